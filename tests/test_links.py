"""Department and region mentions of the stored measures get identities; raw wording stays beside them."""

import json

from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.ingest.pipeline import read_document
from pilotplans.store.db import rebuild, sqlite_url
from tests.conftest import FIXTURES, by_number, codes

runner = CliRunner()


def body_ids(measure, raw):
    return {d.id for d in measure.departments if d.raw == raw}


def test_the_same_body_gets_one_id_however_it_is_written(national2020, xiamen):
    typo = body_ids(by_number(national2020)[40], "人力资源部社会保障部")
    full = body_ids(by_number(national2020)[36], "人力资源社会保障部")
    short = body_ids(by_number(xiamen)[15], "人社部")
    assert typo == full == short == {"mohrss"}


def test_a_typo_is_resolved_and_reported(national2020):
    measure = by_number(national2020)[40]
    assert "department_typo" in codes(measure)
    assert next(d for d in measure.departments if d.raw == "人力资源部社会保障部").flags == ["typo"]


def test_local_branches_are_two_bodies_sharing_a_counterpart(xiamen, hainan):
    xiamen_branch = next(d for d in by_number(xiamen)[1].departments if d.raw == "厦门银保监局")
    hainan_branch = next(d for d in by_number(hainan)[21].departments if d.raw == "海南银保监局")
    assert xiamen_branch.id != hainan_branch.id
    assert xiamen_branch.counterpart == hainan_branch.counterpart == "cbirc"
    assert (xiamen_branch.level, hainan_branch.level) == ("municipal", "provincial")


def test_bare_city_bureau_is_placed_by_the_document(xiamen):
    bureau = next(d for d in by_number(xiamen)[3].departments if d.raw == "市建设局")
    assert (bureau.name, bureau.counterpart_name, bureau.role) == ("厦门市建设局", "住房城乡建设部", "lead")


def test_roles_come_from_the_role_phrases(national2020):
    measure = by_number(national2020)[47]
    assert [(d.raw, d.role) for d in measure.departments] == [
        ("知识产权局", "policy"), ("市场监管总局", "policy"), ("中央宣传部", "support"), ("试点地区", "carry_out"),
    ]


def test_unnamed_pilot_areas_act_as_a_collective_while_named_places_stay_regions(national2020):
    measure = by_number(national2020)[2]
    assert [(d.raw, d.name, d.level, d.role) for d in measure.departments] == [
        ("银保监会", "银保监会", "central", "policy"),
        ("有关省（自治区、直辖市）", "有关省（自治区、直辖市）", "other", "carry_out"),
        ("各试点地区", "试点地区", "other", "carry_out"),
    ]
    named = by_number(national2020)[4]
    assert [d.raw for d in named.departments] == ["住房城乡建设部"]
    assert [r.name for r in named.regions] == ["北京市", "深圳市", "武汉市", "广州市"]


def test_listed_regions_are_exact_and_without_duplicates(national2020):
    measure = by_number(national2020)[9]
    assert measure.scope_kind == "listed"
    assert [r.name for r in measure.regions] == [
        "北京市", "天津市", "上海市", "海南省", "厦门市", "深圳市", "杭州市", "广州市", "武汉市", "成都市", "西安市", "陕西西咸新区",
    ]


def test_repeated_places_are_listed_once_and_reported(national2020):
    measure = by_number(national2020)[95]
    names = [r.name for r in measure.regions]
    assert len(names) == len(set(names)) == 9
    assert "青岛×3" in next(w.message for w in measure.warnings if w.code == "duplicate_name")


def test_pilot_areas_alone_means_every_area_of_the_round(national2020):
    measure = by_number(national2020)[3]
    assert measure.scope_kind == "all"
    assert len(measure.regions) == 28


def test_qualified_areas_are_unnamed(national2020):
    measure = by_number(national2020)[75]
    assert (measure.scope_kind, measure.regions) == ("qualified", [])


def test_blank_scope_of_the_2025_list_is_the_default_of_note_2(national2025):
    measure = by_number(national2025)[1]
    assert measure.scope_kind == "listed"
    assert {r.source for r in measure.regions} == {"default"}
    assert [r.name for r in measure.regions][:3] == ["天津市", "上海市", "重庆市"]
    assert len(measure.regions) == 10
    assert [r.name for r in by_number(national2025)[127].regions] == ["海南省"]


def test_check_reports_no_unresolved_mention_on_the_five_documents(tmp_path, national2020, national2018, national2025, xiamen, hainan):
    url = sqlite_url(tmp_path / "p.db")
    rebuild(url, [national2020, national2018, national2025, xiamen, hainan])
    result = runner.invoke(app, ["check", "--db", url])
    assert result.exit_code == 0
    assert result.stderr.startswith("0 unresolved mention(s) among 1382 department mentions in 5 document(s)")
    listed = runner.invoke(app, ["departments", "--unresolved", "--db", url])
    assert "mofcom" not in listed.stdout


def test_jsonl_carries_departments_and_regions(tmp_path, hainan):
    url = sqlite_url(tmp_path / "p.db")
    rebuild(url, [hainan])
    row = json.loads(runner.invoke(app, ["measures", "--db", url, "-n", "21", "-f", "jsonl"]).stdout)
    branch = next(d for d in row["departments"] if d["raw"] == "海南银保监局")
    assert branch == {"raw": "海南银保监局", "column": "responsibility", "id": branch["id"], "role": "carry_out",
                      "name": "中国银行保险监督管理委员会海南监管局", "level": "provincial", "counterpart": "cbirc",
                      "counterpart_name": "银保监会"}
    assert row["regions"] == [{"raw": "海南", "id": "460000", "name": "海南省", "scope": "listed", "source": "document"}]


def _roles(measure):
    return [(d.raw, d.column, d.role) for d in measure.departments]


def test_a_cell_printing_labelled_lists_reads_as_the_same_prose_bracket():
    table = read_document(FIXTURES / "tables" / "labelled-cells.txt").measures[0]
    prose = read_document(FIXTURES / "plans" / "forms" / "form-brackets.txt").measures[0]
    assert _roles(table) == [("市商务局", "responsibility", "lead"), ("市财政局", "responsibility", "carry_out"),
                             ("市经信局", "responsibility", "carry_out")]
    assert [(r, role) for r, _, role in _roles(prose)] == [("市商务局", "lead"), ("市发展改革委", "carry_out"), ("市市场监管局", "carry_out")]


def test_a_table_cell_without_phrases_or_convention_keeps_the_lead_first_reading():
    measure = read_document(FIXTURES / "tables" / "labelled-cells.txt").measures[1]
    assert _roles(measure) == [("市统计局", "responsibility", "lead"), ("市商务局", "responsibility", "assist")]


def test_a_convention_stated_above_a_table_reads_its_cells_without_phrases():
    document = read_document(FIXTURES / "tables" / "first-lead-note.txt")
    assert [c.kind for c in document.conventions] == ["first_lead"]
    assert document.tables[0].title == "衢州市服务贸易重点任务分工表"
    assert _roles(document.measures[0]) == [("市商务局", "responsibility", "lead"), ("市财政局", "responsibility", "carry_out"),
                                            ("市经信局", "responsibility", "carry_out")]
    assert _roles(document.measures[1]) == [("市统计局", "responsibility", "lead"), ("市商务局", "responsibility", "assist")]


def test_bodies_a_convention_adds_come_after_the_listed_ones():
    measure = read_document(FIXTURES / "plans" / "guiyang-convention-districts.txt").measures[0]
    assert _roles(measure) == [("市大数据局", "responsibility", "lead"), ("贵安新区管委会", "responsibility", "assist"),
                               ("各区（市、县）政府", "convention", "carry_out")]


def test_a_convention_reads_only_lists_that_name_no_lead_themselves():
    from pilotplans.normalizers.links import parse_cell
    from pilotplans.schema.models import Convention

    conventions = [Convention(kind="first_lead", text="排在第一位的为牵头单位"), Convention(kind="others_role", text="其他为配合单位", role="assist")]
    def read(text, label=None):
        return [(m.text, m.role) for m in parse_cell(text, "responsibility", label=label, prose=True, conventions=conventions)]
    assert read("市商务局、市财政局", label="责任单位") == [("市商务局", "lead"), ("市财政局", "assist")]
    assert read("牵头单位：市商务局；责任单位：市财政局") == [("市商务局", "lead"), ("市财政局", "carry_out")]
    assert read("市财政局、市商务局（牵头）", label="责任单位") == [("市财政局", "carry_out"), ("市商务局", "lead")]


def test_a_table_cell_without_phrases_or_labels_is_read_by_the_table_convention():
    from pilotplans.normalizers.links import parse_cell

    def read(text):
        return [(m.text, m.role) for m in parse_cell(text, "responsibility")]
    assert read("招商工作部、安商工作部") == [("招商工作部", "lead"), ("安商工作部", "lead")]
    assert read("市商务局、市发展改革委，各区政府") == [("市商务局", "lead"), ("市发展改革委", "lead"), ("各区政府", "assist")]
    assert read("牵头单位：市商务委；责任单位：市财政局") == [("市商务委", "lead"), ("市财政局", "carry_out")]


def _with_responsibility(document, number, text, region=None):
    """``document`` with measure ``number``'s responsibility written as ``text`` (and its region
    ``region``), bodies resolved again."""
    from pilotplans.normalizers.links import normalise_document

    measures = [m.model_copy(update={"responsibility": text, "departments": [], "warnings": []}) if m.number == number else m
                for m in document.measures]
    update = {"measures": measures, **({"region": region} if region else {})}
    return by_number(normalise_document(document.model_copy(update=update)))[number]


def test_a_run_of_level_words_ending_with_the_citys_own_marker_names_the_districts_and_the_city(xiamen):
    # 厦门 has districts only: 各区、市财政局 is each district's finance bureau and the city's
    measure = _with_responsibility(xiamen, 3, "市商务局，各区、市财政局")
    assert [(d.raw, d.id, d.role) for d in measure.departments if d.column == "responsibility"] == [
        ("市商务局", "350200-commerce_bureau", "lead"),
        ("各区财政局", "350200-subordinate-finance_bureau", "assist"),
        ("市财政局", "350200-finance_bureau", "assist"),
    ]


def test_the_run_stays_one_collective_where_county_level_cities_lie_under_the_city(xiamen):
    # 苏州 has county-level cities (昆山市…): 各区、市财政局 is every district's and county-level city's
    measure = _with_responsibility(xiamen, 3, "市商务局，各区、市财政局", region="苏州")
    assert [(d.raw, d.id) for d in measure.departments if d.column == "responsibility"] == [
        ("市商务局", "320500-commerce_bureau"), ("各区、市财政局", "320500-subordinate-finance_bureau"),
    ]


def test_a_region_is_named_by_the_gazetteer_as_asked():
    from pilotplans.normalizers.links import _region_names
    from pilotplans.normalizers.registry import load_registry

    names = _region_names()
    assert names.get("350200") == load_registry().gazetteer.region("350200").name == "厦门市"


def test_an_id_the_gazetteer_does_not_hold_has_no_name():
    from pilotplans.normalizers.links import _region_names

    names = _region_names()
    assert names.get("999999") is None
    assert names.get(None) is None


def test_a_lists_own_clause_before_its_full_stop_comes_off_with_the_remark_after_it():
    # 嘉兴 2023 (prose-blind34): the clause closes the list after a comma, the convention follows the full stop
    from pilotplans.normalizers.links import _without_remark

    assert _without_remark("市税务局、市财政局,各县市、区政府,列第一位的为牵头单位,下同。以下均需各县市、区政府落实,不再列出",
                           "列第一位的为牵头单位,下同；以下均需各县市、区政府落实,不再列出") == "市税务局、市财政局,各县市、区政府"


def test_a_clause_run_into_the_lists_last_body_with_no_comma_is_not_cut_out_of_it():
    # the quiet case: no comma parts the clause from the body before it, so the list's text is not cut there
    from pilotplans.normalizers.links import _without_remark

    assert _without_remark("市税务局、市财政局,各县市、区政府列第一位的为牵头单位,下同。以下均需各县市、区政府落实,不再列出",
                           "列第一位的为牵头单位,下同；以下均需各县市、区政府落实,不再列出") == (
        "市税务局、市财政局,各县市、区政府列第一位的为牵头单位,下同")

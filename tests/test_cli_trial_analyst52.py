"""The analysts' leftovers of round 51 (round 52): a diff of two rounds of one plan called a later round's new measures
`local`, a local plan's word; `measures --implements` said on stderr alone how each plan took the national measure up;
`departments --sort led` listed 试点地区, the pilot areas as a party, first among the departments."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app


def run(url: str, *args: str, columns: int = 160):
    return CliRunner().invoke(app, [*args, "--db", url], env={"COLUMNS": str(columns)})


def bundled(curated) -> str:
    return f"sqlite:///{curated / 'pilotplans.db'}"


def relations_of(csv_text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in csv.DictReader(io.StringIO(csv_text.lstrip("\ufeff"))):
        counts[row["relation"]] = counts.get(row["relation"], 0) + 1
    return counts


# ----------------------------------------------------------------------------- a later round's additions are `added`
# The expectations are drawn from the diff's own links (a measure of 2020 no 2018 measure carries has no national side),
# not from the counts of one alignment: a better aligner moves measures between the relations, not the words.

def rounds_links(curated) -> list[dict]:
    """The links of national-2018 → national-2020, as JSONL gives them."""
    result = run(bundled(curated), "diff", "national-2018", "national-2020", "-f", "jsonl")
    return [json.loads(line) for line in result.stdout.splitlines()]


def tally(relations) -> dict[str, int]:
    counts: dict[str, int] = {}
    for relation in relations:
        counts[relation] = counts.get(relation, 0) + 1
    return counts


def test_the_measures_new_in_a_later_national_round_are_added_in_the_csv(curated):
    # national-2018 → national-2020 listed 110 national measures of 2020 as `local`, a local plan's additions
    result = run(bundled(curated), "diff", "national-2018", "national-2020", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    new = {r["relation"] for r in rows if not r["2018_position"]}  # its sides named by their rounds (round 53)
    assert (new, "local" in relations_of(result.stdout)) == ({"added"}, False)


def test_a_local_plan_s_own_measures_stay_local(curated):
    # near miss: xiamen-2020 implements national-2020; its own measures keep the local plan's word
    result = run(bundled(curated), "diff", "national-2020", "xiamen-2020", "-f", "csv")
    counts = relations_of(result.stdout)
    assert (counts["local"], "added" in counts) == (10, False)


def test_the_counts_and_the_heading_table_of_two_rounds_name_the_additions_added(curated):
    counts = tally(link["relation"] for link in rounds_links(curated))
    result = run(bundled(curated), "diff", "national-2018", "national-2020", "-f", "table", columns=200)
    lines = result.stdout.splitlines()
    assert lines[0] == "national-2018 → national-2020: " + ", ".join(
        f"{counts.get(r, 0)} {r}" for r in ("same", "adapted", "merged", "split", "added", "dropped"))
    header = next(line for line in lines if "heading" in line and "same" in line)
    assert [cell.strip() for cell in header.strip("┃ ").split("┃")] == [
        "heading", "same", "adapted", "merged", "split", "added", "dropped"]


def test_an_added_measure_in_jsonl_says_it_has_no_source_in_the_earlier_round(curated):
    result = run(bundled(curated), "diff", "national-2018", "national-2020", "--relation", "added", "-f", "jsonl")
    first = json.loads(result.stdout.splitlines()[0])
    assert (first["relation"], first["local"], first["national"], first["reason"]) == (
        "added", 2, None, "no measure of the earlier round carries it")


def test_a_measure_the_later_round_drops_says_so_in_a_round_s_words(curated):
    result = run(bundled(curated), "diff", "national-2018", "national-2020", "--relation", "dropped", "-f", "jsonl")
    reasons = {json.loads(line)["reason"] for line in result.stdout.splitlines()}
    assert reasons == {"the later round does not take it up"}


def test_a_local_plan_s_dropped_measure_keeps_the_local_plan_s_reason(curated):
    # near miss: a local plan's diff keeps the aligner's words
    result = run(bundled(curated), "diff", "national-2020", "xiamen-2020", "--relation", "dropped", "-f", "jsonl")
    reasons = {json.loads(line)["reason"] for line in result.stdout.splitlines()}
    assert reasons == {"no local measure takes it up"}


def test_the_workbook_of_two_rounds_names_the_additions_added(curated, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "rounds.xlsx"
    result = run(bundled(curated), "diff", "national-2018", "national-2020", "-f", "xlsx", "-o", str(out))
    assert result.exit_code == 0, result.output
    sheet = load_workbook(out).active
    header = [cell.value for cell in sheet[1]]
    column = header.index("relation")
    national = header.index("2018_position")  # the earlier round's side, named by its round (round 53)
    found = [(row[column], row[national] is None) for row in sheet.iter_rows(min_row=2, values_only=True)]
    new = sum(link["national_position"] is None for link in rounds_links(curated))
    assert ({r for r, none in found if none}, [r for r, _ in found].count("added"), new > 0) == ({"added"}, new, True)


def test_the_html_report_of_two_rounds_filters_and_counts_added_measures(curated, tmp_path):
    out = tmp_path / "rounds.html"
    result = run(bundled(curated), "diff", "national-2018", "national-2020", "--html", str(out), "-f", "csv",
                 "-o", str(tmp_path / "rounds.csv"))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    links = rounds_links(curated)
    new = sum(link["relation"] == "added" for link in links)
    of = len({link["local_position"] for link in links if link["local_position"] is not None})
    assert page.count('data-relation="added"') == new + 1  # the filter's box and a row per added measure
    assert 'data-relation="local"' not in page
    assert f"<td>{new} of {of} measures of national-2020 ({new / of:.0%})</td>" in page
    assert "earlier round</" in page and "later round</" in page


def test_the_html_report_of_a_local_plan_keeps_local_measures(curated, tmp_path):
    # near miss: a local plan's report keeps its words
    out = tmp_path / "xiamen.html"
    run(bundled(curated), "diff", "national-2020", "xiamen-2020", "--html", str(out), "-f", "csv",
        "-o", str(tmp_path / "xiamen.csv"))
    page = out.read_text(encoding="utf-8")
    assert "<td>10 of 88 local measures (11%)</td>" in page
    assert 'data-relation="added"' not in page


def test_asking_two_rounds_for_local_measures_names_the_word_of_rounds(curated):
    result = run(bundled(curated), "diff", "national-2018", "national-2020", "--relation", "local", "-f", "csv")
    assert result.stderr.splitlines()[-1] == (
        f"note: no link matches --relation local (of the {len(rounds_links(curated))} links of national-2018 → "
        "national-2020): the measures new in national-2020, a later round of national-2018's plan, are `added` here")


def test_asking_a_local_plan_for_added_measures_names_the_local_word(curated):
    result = run(bundled(curated), "diff", "national-2020", "xiamen-2020", "--relation", "added", "-f", "csv")
    assert result.stderr.splitlines()[-1] == (
        "note: no link matches --relation added (of the 132 links of national-2020 → xiamen-2020): the measures "
        "xiamen-2020 adds are `local` here (`added` names those new in a later round of one plan)")


def test_two_plans_of_no_known_programme_keep_the_local_word(national2018, national2020):
    # near miss: rounds are told by what the records know; a programme unknown makes them no rounds of one plan
    from pilotplans.diff.models import Link, MeasureRef
    from pilotplans.diff.refs import document_ref
    from pilotplans.diff.rounds import diff_result

    earlier = document_ref(national2018).model_copy(update={"programme": None})
    addition = Link(national=None, local=MeasureRef(position=1, text="新增举措"), relation="local", score=0.1,
                    reason="no national measure carries it")
    kept = diff_result(earlier, document_ref(national2020), [addition])
    named = diff_result(document_ref(national2018), document_ref(national2020), [addition])
    assert [(r.rounds, r.links[0].relation, r.links[0].reason, tuple(r.counts())) for r in (kept, named)] == [
        (False, "local", "no national measure carries it", ("same", "adapted", "merged", "split", "local", "dropped")),
        (True, "added", "no measure of the earlier round carries it",
         ("same", "adapted", "merged", "split", "added", "dropped"))]


@pytest.mark.parametrize("change", [
    {"level": "provincial", "region": "海南"},  # a province's plan of the later round implements the national one
    {"round": 2018},  # two national plans of one round (a plan and its re-issue)
    {"programme": None},  # a later plan of no known programme
], ids=["a-local-plan-of-the-later-round", "one-round", "no-known-programme"])
def test_a_later_plan_that_is_no_later_round_of_the_national_plan_keeps_the_local_word(national2018, national2020, change):
    # near misses of two rounds of one plan: a local plan is never a round of a national one
    from pilotplans.diff.models import Link, MeasureRef
    from pilotplans.diff.refs import document_ref
    from pilotplans.diff.rounds import diff_result

    later = document_ref(national2020).model_copy(update=change)
    addition = Link(national=None, local=MeasureRef(position=1, text="新增举措"), relation="local", score=0.1,
                    reason="no national measure carries it")
    result = diff_result(document_ref(national2018), later, [addition])
    assert (result.rounds, result.links[0].relation, result.links[0].reason) == (
        False, "local", "no national measure carries it")


def test_a_lineage_counts_a_later_round_s_added_measures_as_new(curated):
    # the lineage reads the diff of the two rounds: its `added` links are the measures that first appear in 2020
    result = run(bundled(curated), "lineage", "-r", "national-2018", "-r", "national-2020", "-f", "jsonl")
    steps: dict[str, int] = {}
    for line in result.stdout.splitlines():
        step = json.loads(line)["steps"][0]
        steps[step] = steps.get(step, 0) + 1
    from pilotplans.diff.lineage import STEPS

    # a measure the later round carries in several measures is split on each path, whatever each part's relation
    # (diff53: a part adding content of its own is adapted in the diff)
    links = rounds_links(curated)
    parts = tally(link["national_position"] for link in links
                  if link["national_position"] is not None and link["local_position"] is not None
                  and link["relation"] != "merged")
    assert steps == tally("split" if parts.get(link["national_position"], 0) > 1 and link["relation"] == "adapted"
                          else STEPS[link["relation"]] for link in links)
    assert steps["new"] == sum(link["national_position"] is None for link in rounds_links(curated))


# ----------------------------------------------------------------------------- measures --implements: a relation column

def rows_of(csv_text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(csv_text.lstrip("\ufeff"))))


def test_the_csv_of_a_national_measure_s_adopters_leads_with_implements_and_relation(curated):
    # the export listed the adopting measures with no word of how each took the national measure up
    result = run(bundled(curated), "measures", "--implements", "2020:16", "-f", "csv")
    assert result.stdout.lstrip("\ufeff").split(",")[:3] == ["implements", "relation", "document"]
    assert [(r["implements"], r["relation"], r["document"], r["number"]) for r in rows_of(result.stdout)] == [
        ("national-2020:16", "split", "hainan-2020", "14"), ("national-2020:16", "same", "xiamen-2020", "7")]


def test_the_implements_column_names_the_measure_as_its_plan_labels_it(curated):
    # `--implements "2020: 16"` (read as 16) wrote "national-2020: 16" in every row, no value a filter on 16 finds
    result = run(bundled(curated), "measures", "--implements", "2020: 16", "-f", "csv")
    assert {r["implements"] for r in rows_of(result.stdout)} == {"national-2020:16"}


def test_a_plan_that_dropped_the_national_measure_is_a_row_of_its_own_with_its_fields_alone(curated):
    result = run(bundled(curated), "measures", "--implements", "national-2020:2", "-f", "csv")
    dropped, taken = rows_of(result.stdout)
    assert ({k: v for k, v in dropped.items() if v} == {
        "implements": "national-2020:2", "relation": "dropped", "document": "hainan-2020",
        "doc_title": "海南省服务贸易创新发展联席会议办公室关于印发海南省全面深化服务贸易创新发展试点实施方案的通知",
        "doc_no": "琼商服〔2020〕150号", "doc_issuer": "海南省服务贸易创新发展联席会议办公室", "doc_date": "2020-11-06",
        "level": "provincial", "region": "海南"})
    assert (taken["relation"], taken["document"], taken["number"], taken["responsibility"]) == (
        "same", "xiamen-2020", "1", "厦门银保监局")


def test_a_filter_of_the_measures_own_leaves_the_dropped_plans_out(curated):
    # near miss: -s keeps the measures holding 保险; a plan that dropped the measure holds none
    result = run(bundled(curated), "measures", "--implements", "national-2020:2", "-s", "保险", "-f", "csv")
    assert [(r["relation"], r["document"]) for r in rows_of(result.stdout)] == [("same", "xiamen-2020")]


def test_the_jsonl_of_adopters_gives_each_record_its_relation(curated):
    result = run(bundled(curated), "measures", "--implements", "national-2020:2", "-f", "jsonl")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["relation"], r["document"], r.get("number")) for r in records] == [
        ("dropped", "hainan-2020", None), ("same", "xiamen-2020", 1)]
    assert list(records[0]) == ["implements", "relation", "document", "doc_title", "doc_no", "doc_issuer", "doc_date",
                                "level", "region"]


def test_one_plan_s_adopters_keep_that_plan_s_rows_alone(curated):
    result = run(bundled(curated), "measures", "--implements", "national-2020:2", "-d", "hainan-2020", "-f", "json")
    assert [(r["relation"], r["document"]) for r in json.loads(result.stdout)] == [("dropped", "hainan-2020")]
    assert "no measure matches" not in result.stderr


def test_the_workbook_of_adopters_opens_with_the_relation_column(curated, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "adopters.xlsx"
    result = run(bundled(curated), "measures", "--implements", "national-2020:16", "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert [row[:4] for row in rows] == [("implements", "relation", "document", "doc_title"),
                                         ("national-2020:16", "split", "hainan-2020", rows[1][3]),
                                         ("national-2020:16", "same", "xiamen-2020", rows[2][3])]


def test_the_help_of_implements_names_its_two_columns():
    result = CliRunner().invoke(app, ["measures", "--help"], env={"COLUMNS": "300", "NO_COLOR": "1"})
    assert "lead each row with two columns, `implements` (national-2020:76) and `relation` (same, adapted, merged or " \
           "split)" in " ".join(result.output.replace("│", " ").split())


# ----------------------------------------------------------------------------- departments: who is no department

def parties(csv_text: str) -> list[tuple[str, str, str]]:
    return [(r["id"], r["party"], r.get("led", "")) for r in rows_of(csv_text)]


def test_sorted_by_measures_led_the_pilot_areas_follow_every_department(curated):
    # 试点地区 (the pilot areas as a party, carrying out 110 national measures) stood first among the departments
    listed = parties(run(bundled(curated), "departments", "--sort", "led", "-f", "csv").stdout)
    assert listed[0] == ("460000-commerce_bureau", "body", "34")
    assert [party for _, party, _ in listed] == ["body"] * 132 + ["collective"] * 9 + ["places"] * 7
    assert listed[132:133] + listed[141:142] == [("member-units", "collective", "4"), ("pilot-areas", "places", "110")]


def test_in_the_default_order_too_the_departments_come_first(curated):
    listed = parties(run(bundled(curated), "departments", "-f", "csv").stdout)
    assert (listed[0], listed[141]) == (("mofcom", "body", ""), ("pilot-areas", "places", ""))


def test_an_unnamed_collective_of_departments_is_no_body(curated):
    # near miss: 有关部门 names departments, but none of them: a collective, listed after the bodies, not among places
    result = run(bundled(curated), "departments", "-d", "xiamen-2020", "-f", "json")
    listed = {body["id"]: body["party"] for body in json.loads(result.stdout)}
    assert (listed["related-departments"], listed["350200-commerce_bureau"]) == ("collective", "body")


def test_a_name_resolving_to_none_is_listed_as_a_body(curated):
    # near miss: a name the registry does not know (its level none, as a collective's is other) is taken for a body's,
    # to be mended in the registry, not for a party's
    from pilotplans.api import Dataset
    from pilotplans.report import department_summary

    national = Dataset(curated / "pilotplans.db").document("national-2020")
    first = national.measures[0]
    links = [link.model_copy(update={"raw": "商务布", "id": None, "name": None, "level": None, "via": "unresolved"})
             if link.id == "sts-jc-office" else link for link in first.departments]
    misspelt = national.model_copy(update={"measures": [first.model_copy(update={"departments": links})]})
    assert [(b.name, b.party) for b in department_summary([misspelt], unresolved_only=True)] == [("商务布", "body")]


def with_owner(curated, name: str):
    """xiamen-2020's first measure with ``name`` added as an owner, resolved as the reader resolves it in a plan of
    厦门 (a place named by a convention, 思明区负责落实, is linked as an owner: ``via`` region)."""
    import datetime as dt

    from pilotplans.api import Dataset
    from pilotplans.normalizers.resolve import make_context, resolve_body
    from pilotplans.schema.models import DepartmentLink

    plan = Dataset(curated / "pilotplans.db").document("xiamen-2020")
    found = resolve_body(name, make_context(region="厦门市", level="municipal", date=dt.date(2020, 3, 1)))
    owner = DepartmentLink(raw=name, column="convention", id=found.id, name=found.name, role="carry_out",
                           level=found.level, region=found.region, via=found.via)
    first = plan.measures[0]
    return plan.model_copy(update={"measures": [first.model_copy(update={"departments": [*first.departments, owner]})]})


def test_a_place_named_as_an_owner_is_places_after_every_department(curated):
    # 思明区 named by itself (via region) was a `body`, listed among the departments
    from pilotplans.report import department_summary

    listed = [(b.name, b.party) for b in department_summary([with_owner(curated, "思明区")], order="led")]
    assert (listed[-1], {party for _, party in listed[:-1]}) == (("思明区", "places"), {"body"})


def test_a_place_s_government_named_as_an_owner_stays_a_body(curated):
    # near miss: 思明区人民政府 is a body of the place, a department-like owner
    from pilotplans.report import department_summary

    listed = {b.name: b.party for b in department_summary([with_owner(curated, "思明区人民政府")], order="led")}
    assert listed["思明区人民政府"] == "body"


def test_the_workbook_of_departments_keeps_the_party_column(curated, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "bodies.xlsx"
    assert run(bundled(curated), "departments", "--sort", "led", "-o", str(out)).exit_code == 0
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert (rows[0][:4], rows[1][:4], rows[-7][:4]) == (
        ("id", "name", "level", "party"), ("460000-commerce_bureau", "海南省商务厅", "provincial", "body"),
        ("pilot-areas", "试点地区", "other", "places"))


# ----------------------------------------------------------------------------- coverage: progress of the plans diffed

@pytest.fixture(scope="module")
def with_wuhan(curated, tmp_path_factory) -> Path:
    """The bundled database with 武汉's 2020 plan stored by ``extract --db`` after the rebuild (no diff of it stored)."""
    import shutil

    path = tmp_path_factory.mktemp("wuhan") / "pilotplans.db"
    shutil.copyfile(curated / "pilotplans.db", path)
    fixture = Path(__file__).parent / "fixtures" / "plans" / "wuhan-2020-tasks.txt"
    stored = CliRunner().invoke(app, ["extract", str(fixture), "--db", f"sqlite:///{path}", "-f", "jsonl"])
    assert stored.exit_code == 0, stored.output
    return path


def test_coverage_tells_its_progress_of_each_plan_it_diffs(with_wuhan):
    # coverage diffed each plan stored after the last rebuild (a second or so each) with nothing shown on a terminal
    from pilotplans.api import Dataset

    told: list[tuple[str, int, int]] = []
    Dataset(with_wuhan).coverage_and_groups("national-2020", on_diff=lambda *step: told.append(step))
    assert told == [("", 0, 1), ("national-2020 → wuhan-2020", 1, 1)]


def test_coverage_drawn_from_the_stored_diffs_tells_no_step(curated):
    # near miss: the diffs the rebuild stored are read, none made
    from pilotplans.api import Dataset

    told: list[tuple[str, int, int]] = []
    Dataset(curated / "pilotplans.db").coverage_and_groups("national-2020", on_diff=lambda *step: told.append(step))
    assert told == []


# ----------------------------------------------------------------------------- a demanding user's pass

def test_a_lineage_measure_not_in_its_round_names_the_round_s_measures(curated):
    # `lineage -m 2018:#99` said only that there was no such measure; --implements names the range
    result = run(bundled(curated), "lineage", "-m", "2018:#99")
    assert (result.exit_code, result.stderr) == (  # exit 2, as --implements naming no measure (round 53)
        2, "error: '2018:#99': national-2018 has no measure #99 (its measures: #1–#48)\n")


@pytest.mark.parametrize("command", [["diff", "national-2018", "national-2020"], ["lineage"]], ids=["diff", "lineage"])
def test_diff_and_lineage_write_json_as_the_listings_do(curated, command):
    # -f json was refused by the two, while documents, measures, search, departments and regions wrote it
    as_json = run(bundled(curated), *command, "-f", "json")
    as_jsonl = run(bundled(curated), *command, "-f", "jsonl")
    assert json.loads(as_json.stdout) == [json.loads(line) for line in as_jsonl.stdout.splitlines()] != []

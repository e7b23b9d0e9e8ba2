"""Where a local plan is from when its metadata names no place: the first province or city its
title names (pilotplans.normalizers.place), said in a warning; nothing guessed otherwise. And what
``extract`` tells on stderr of a document's own warnings that its records do not show."""

import datetime as dt
from pathlib import Path

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.normalizers.place import named_places
from pilotplans.normalizers.registry import load_registry
from pilotplans.parsers.metadata import level_of

NOTICES = Path(__file__).parent / "fixtures" / "notices"


@pytest.mark.parametrize(("issuer", "level"), [
    ("省人民政府办公厅", "provincial"),
    ("省商务厅", "provincial"),
    ("市商务局", "municipal"),
    ("市人民政府办公室", "municipal"),
    ("市场监管总局", "national"),
    ("湖北省人民政府办公厅", "provincial"),
    ("自治区人民政府办公厅", "provincial"),
    ("人民银行", None),
    # a local body whose name ends like a ministry's (委员会) is still its place's
    ("四川省发展和改革委员会", "provincial"),
    ("市发展和改革委员会", "municipal"),
    ("发展和改革委员会", "national"),
    ("商务部", "national"),
    # a central administration's branch named after its place is the place's
    ("国家税务总局四川省税务局", "provincial"),
    ("国家税务总局嘉兴市税务局", "municipal"),
    ("国家税务总局", "national"),
    # ministries printed on one line as a joint issuer (商务部 国家发展改革委 财政部), read as one name
    ("商务部国家发展改革委财政部", "national"),
    ("财政部税务总局", "national"),
    # local bodies printed so are no ministries
    ("省商务厅省财政厅", "provincial"),
    ("商务局财政局", None),
    # nor are a place's Party departments printed as one joint issuer, though each ends like a ministry (部)
    ("成都市委宣传部成都市委组织部", "municipal"),
    ("四川省委宣传部四川省委组织部", "provincial"),
    ("市委宣传部市委组织部", "municipal"),
])
def test_the_level_of_an_issuer_printed_without_its_place(issuer, level):
    assert level_of(issuer) == level


def test_the_places_a_title_names_are_provinces_and_cities_in_order():
    gazetteer = load_registry().gazetteer
    places = named_places("关于推动中国（湖北）自由贸易试验区与南京市、和平区合作的通知", gazetteer)
    assert [(p.written, p.name, p.level) for p in places] == [("湖北", "湖北省", "provincial"), ("南京市", "南京市", "municipal")]


@pytest.mark.parametrize(("title", "named"), [
    ("关于印发武汉市蔡甸区优化营商环境实施方案的通知", [("蔡甸区", "420114")]),
    ("关于印发芮城县防汛应急预案的通知", [("芮城县", "140830")]),
    ("关于印发蔡甸优化营商环境实施方案的通知", []),  # a county only by its full name
])
def test_a_county_is_named_in_full_alone_or_after_its_city(title, named):
    assert [(p.written, p.region_id) for p in named_places(title, load_registry().gazetteer)] == named


def test_a_provincial_plan_whose_title_names_its_province_is_placed_there():
    document = read_document(NOTICES / "unnamed-province-measures.txt")
    assert (document.level, document.region) == ("provincial", "湖北")
    inferred = [w.message for w in document.warnings if w.code == "region_inferred"]
    assert inferred == ["the document's metadata names no region; taken from its title, which names 湖北"]
    first = document.measures[0]
    assert [(d.raw, d.id, d.role) for d in first.departments] == [
        ("省商务厅", "420000-commerce_bureau", "lead"),
        ("省发改委", "420000-development_reform_commission", "carry_out"),
        ("省经信厅", "420000-industry_information_bureau", "carry_out"),
    ]
    assert [(r.id, r.source) for r in first.regions] == [("420000", "document")]


def test_a_plan_whose_title_names_no_place_keeps_its_region_unknown():
    document = read_document(NOTICES / "unnamed-city-no-place.txt")
    assert (document.level, document.region) == ("municipal", None)
    assert not [w for w in document.warnings if w.code == "region_inferred"]
    assert [d.id for d in document.measures[1].departments] == [None, None]


def test_a_plan_with_its_place_in_its_metadata_is_not_placed_again():
    document = read_document(Path(__file__).parent / "fixtures" / "xiamen-tasks.docx")
    assert document.region == "厦门"
    assert not [w for w in document.warnings if w.code == "region_inferred"]


def test_extract_tells_on_stderr_where_it_placed_a_document():
    from typer.testing import CliRunner

    from pilotplans.cli import app

    result = CliRunner().invoke(app, ["extract", str(NOTICES / "unnamed-province-measures.txt"), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ("note: unnamed-province-measures.txt: the document's metadata names no region; "
                             "taken from its title, which names 湖北\n")
    assert len(result.stdout.splitlines()) == 3


def test_extract_tells_on_stderr_the_owners_of_an_item_read_as_a_heading():
    from typer.testing import CliRunner

    from pilotplans.cli import app

    result = CliRunner().invoke(app, ["extract", str(NOTICES / "heading-with-owners.txt"), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ("note: heading-with-owners.txt: item （一） carries a responsibility (市商务局) and has items "
                             "with their own inside; read as a heading whose owners no measure carries: 推进贸易便利化。…\n"
                             # a city's plan (its bodies are 市…) naming no place: said where the user looks
                             "note: heading-with-owners.txt: nothing else gives its level, and its bodies are written 市… "
                             "only (市口岸办、市税务局、市统计局): read as a municipal document\n"
                             "note: heading-with-owners.txt: a municipal document for which no place of its own is "
                             "read in its title, issuer, 文号, notice or bodies: its region is unknown, and its bodies written with their level word "
                             "only (市口岸办、市税务局、市统计局) are left unresolved\n")
    assert len(result.stdout.splitlines()) == 3


def test_a_provincial_plan_naming_no_place_is_placed_by_the_abbreviation_opening_its_doc_no():
    document = read_document(NOTICES / "unnamed-province-doc-no.txt")
    assert (document.level, document.region) == ("provincial", "湖北")
    assert [w.message for w in document.warnings if w.code == "region_inferred"] == [
        "the document's metadata names no region; taken from its 文号 鄂政發〔2019〕12號, which opens with the "
        "abbreviation of 湖北省"]
    assert [d.id for d in document.measures[0].departments] == [
        "420000-development_reform_commission", "420000-market_regulation_bureau"]


@pytest.mark.parametrize(("level", "doc_no"), [
    ("municipal", "宁政办发〔2021〕5号"),  # a city's 文号: 宁 is 南京's here, not 宁夏's
    ("provincial", "府办发〔2021〕5号"),  # no province's abbreviation
    ("provincial", None),
])
def test_a_doc_no_places_only_a_provincial_document_and_only_by_a_province_abbreviation(level, doc_no):
    from pilotplans.normalizers.place import placed
    from pilotplans.schema.models import Document, SourceFile

    source = SourceFile(path="x.txt", name="x.txt", sha256="0" * 64, format="text", size=0)
    document = Document(id="x", title="关于进一步改善营商环境的若干意见", issuer=None, doc_no=doc_no, level=level,
                        source=source)
    assert placed(document, load_registry().gazetteer).region is None


def test_an_autonomous_region_s_word_is_no_county():
    from pilotplans.layout import Paragraph
    from pilotplans.parsers.metadata import read_metadata

    found = read_metadata([Paragraph(text="自治区人民政府办公厅关于印发广西自由贸易试验区实施方案的通知")])
    assert (found.region, found.level) == (None, "provincial")  # the title's 广西 places it (placed)
    autonomous_county = read_metadata([Paragraph(text="长阳土家族自治县人民政府关于印发实施方案的通知")])
    assert (autonomous_county.region, autonomous_county.level) == ("长阳土家族自治县", "county")


@pytest.mark.parametrize(("title", "named"), [
    ("关于学习借鉴深圳前海改革创新经验的通知", []),
    ("关于对标上海浦东新区推进改革的实施方案", []),
    ("关于学习借鉴上海经验推进南京市改革的通知", ["南京市"]),
    ("关于印发支持中国（湖北）自由贸易试验区若干措施的通知", ["湖北"]),  # 支持 names the plan's own
])
def test_a_place_a_title_learns_from_or_benchmarks_against_is_not_the_plans(title, named):
    assert [p.written for p in named_places(title, load_registry().gazetteer)] == named


def test_a_title_opening_with_a_verb_before_its_city_is_placed_in_that_city():
    # the metadata reads 推动兰州 as the place of 推动兰州市…; the place the title names is 兰州市
    document = read_document(NOTICES / "verb-led-city-title.txt")
    assert (document.level, document.region) == ("municipal", "兰州")
    assert [w.message for w in document.warnings if w.code == "region_inferred"] == [
        "the region its metadata reads, 推动兰州, is no place; taken from its title, which names 兰州市"]
    assert not [w for w in document.warnings if w.code == "region_unknown"]
    assert [(d.raw, d.id, d.role) for d in document.measures[0].departments] == [
        ("市商务局", "620100-commerce_bureau", "lead"),
        ("市交通运输局", "620100-transport_bureau", "carry_out"),
        ("各县区政府", "620100-subordinate-people_government", "carry_out"),
    ]


@pytest.mark.parametrize(("region", "title", "kept"), [
    ("长阳土家族自治县", "长阳土家族自治县人民政府关于印发实施方案的通知", "长阳土家族自治县"),  # a place: kept
    ("加快某某", "加快某某市商贸发展实施意见", "加快某某"),  # no place, and the title names none either
])
def test_a_region_read_from_metadata_stays_when_it_is_a_place_or_the_title_names_none(region, title, kept):
    from pilotplans.normalizers.place import placed
    from pilotplans.schema.models import Document, SourceFile

    source = SourceFile(path="x.txt", name="x.txt", sha256="0" * 64, format="text", size=0)
    document = Document(id="x", title=title, issuer=None, level="municipal", region=region, source=source)
    again = placed(document, load_registry().gazetteer)
    assert (again.region, again.warnings) == (kept, [])


def test_a_title_opening_with_its_city_and_then_a_district_in_full_places_the_plan_in_the_district():
    # the metadata reads 武汉 from 武汉市蔡甸区…实施方案; the plan is the district's, and so is its 区商务局
    document = read_document(NOTICES / "city-then-district-title.txt")
    assert (document.level, document.region) == ("county", "蔡甸区")
    assert [(d.raw, d.id) for d in document.measures[0].departments] == [
        ("区商务局", "420114-commerce_bureau"),
        ("发改委", "420114-development_reform_commission"),
        ("财政局", "420114-finance_bureau"),
    ]


@pytest.mark.parametrize(("region", "title", "kept"), [
    ("武汉", "武汉市区域协调发展实施方案", "武汉"),  # 区域 is no district
    ("武汉", "武汉市蔡甸优化营商环境实施方案", "武汉"),  # a district only by its full name
    ("武汉", "关于印发武汉市蔡甸区优化营商环境实施方案的通知", "武汉"),  # the city does not open the title
    ("南京", "武汉市蔡甸区优化营商环境实施方案", "南京"),  # the district is not the region's
    ("湖北", "湖北省武汉市优化营商环境实施方案", "湖北"),  # a province's city is no county
    ("武汉", "武汉市江岸区、江汉区、硚口区服务贸易试点方案", "武汉"),  # the city's plan for several districts
    ("武汉", "武汉市新洲区和黄陂区联动发展实施方案", "武汉"),
])
def test_a_region_read_from_metadata_is_a_district_only_when_the_title_opens_with_its_city_and_the_district(region, title, kept):
    from pilotplans.normalizers.place import placed
    from pilotplans.schema.models import Document, SourceFile

    source = SourceFile(path="x.txt", name="x.txt", sha256="0" * 64, format="text", size=0)
    document = Document(id="x", title=title, issuer=None, level="municipal", region=region, source=source)
    assert placed(document, load_registry().gazetteer).region == kept


def test_a_page_that_lost_its_line_breaks_is_titled_by_its_notice_and_placed_by_the_district_it_names():
    # 鞍山市立山区 2023 (鞍立政发〔2023〕2号) as one line: the red head and the 文号 opening the line
    # are parted off the notice's title, read as the page with its line breaks reads it
    document = read_document(NOTICES / "one-line-page.txt")
    assert (document.title, document.level, document.region) == (
        "立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知", "county", "立山区")
    # its 文号, printed before the notice's title (and again after it), is its own, not a parent's
    assert (document.doc_no, document.parent_doc_no) == ("鞍立政发〔2023〕2号", None)
    assert [(m.number_raw, [d.id for d in m.departments]) for m in document.measures[:2]] == [
        # 全区经济运行各专班: the district's task forces, a collective
        ("1.", ["210304-development_reform_commission", "210304-development_zone_committee", "task-groups"]),
        ("2.", ["210304-industry_information_bureau", "210304-development_zone_committee"]),
    ]


def test_a_page_that_lost_its_line_breaks_reads_its_signature_date_and_the_plan_it_issues():
    # 济南市钢城区 2021 重点任务分工方案 as one line: the signature and its date follow the 印发
    # sentence; the plan's title, the one the notice cites, runs into its first sentence; the first
    # heading's title is two phrases (推进简政放权,释放发展活力) run into the next heading
    document = read_document(NOTICES / "gangcheng-one-line-page.txt")
    assert (document.title, document.issuer, document.date, document.region) == (
        "深化“放管服”改革优化营商环境2021年重点任务分工方案", "济南市钢城区人民政府办公室", dt.date(2021, 4, 10), "钢城区")
    assert document.parent_doc_no == "济政办发〔2021〕4号"
    assert [(m.number_raw, m.heading_title, m.responsibility) for m in document.measures] == [
        ("1.", "规范精简审批,进一步提高行政效能", "牵头单位:区政府办公室,责任单位:区政府有关部门,各街道(功能区)"),
        ("2.", "规范精简审批,进一步提高行政效能", "牵头单位:区政府办公室、区司法局、区行政审批服务局;责任单位:区政府有关部门"),
    ]


def test_the_bundled_one_line_page_reads_its_signature_and_date():
    document = read_document(NOTICES / "one-line-page.txt")
    assert (document.issuer, document.date) == ("立山区人民政府", dt.date(2023, 3, 28))


def test_a_page_that_lost_its_line_breaks_reads_its_title_run_into_its_number_and_a_later_heading():
    # 西安市 市政办函〔2024〕26号 as one line: the notice's title runs into its 文号; 一、总体要求 runs
    # into its text, so the list opens at 二、重点任务, whose title runs into （一） and 1.
    document = read_document(NOTICES / "xian-one-line-page.txt")
    assert (document.title, document.doc_no, document.issuer, document.date) == (
        "西安市人民政府办公厅关于印发强化项目服务保障优化营商环境工作方案的通知", "市政办函〔2024〕26号",
        "西安市人民政府办公厅", dt.date(2024, 4, 12))
    assert [(m.number_raw, m.heading_title, m.deadline) for m in document.measures] == [
        ("1.", "优审批、强监管,提升项目审批质效", "2024年6月底前"),
        ("2.", "优审批、强监管,提升项目审批质效", "2024年9月底前"),
    ]


@pytest.mark.parametrize(("text", "partners"), [
    ("学习借鉴深圳、上海经验，全年举办活动。", [("学习借鉴深圳", "深圳"), ("学习借鉴上海", "上海")]),
    ("与南京、杭州、合肥等城市共建物流通道。", [("与南京、杭州、合肥等城市共建", "南京"), ("与南京、杭州、合肥等城市共建", "杭州"),
                                 ("与南京、杭州、合肥等城市共建", "合肥")]),
    ("推动厦门自贸片区建设，与市商务局共同推进。", []),  # a place named, not as a partner; a partner that is no place
    ("支持南京建设，与企业合作。", []),  # 与 and 合作 in another clause than the place
    # a body of a vertically managed system named after its place is that body, not the place: a
    # plan works with the customs or tax bureau in its own city too
    ("市商务局与深圳海关合作共建产业园。", []),
    ("与深圳市税务局协同推进退税。", []),
    ("对接深圳海关，提升通关效率。", []),
    ("联合深圳海关、东莞共同开展执法。", [("联合深圳海关、东莞共同", "东莞")]),
    ("与深圳市商务局合作。", [("与深圳市商务局合作", "深圳市")]),  # the place's own government's bureau: its partner
    # the words of docking with, taking over from or following a place (placing.toml's others)
    ("对接上海资源，承接北京非首都功能疏解。", [("对接上海", "上海"), ("承接北京", "北京")]),
    ("参照深圳做法，比照上海标准执行。", [("参照深圳", "深圳"), ("比照上海", "上海")]),
    ("总结推广深圳经验，在全市复制。", []),  # 推广 alone: a plan spreads its own experience too
    ("同心县与银川合作共建园区。", [("与银川合作", "银川")]),  # the place before 与 is no partner
])
def test_the_places_a_measure_names_as_others_are_those_it_learns_from_or_works_with(text, partners):
    from pilotplans.normalizers.place import partner_places

    assert [(words, place.written) for words, place in partner_places(text, load_registry().gazetteer)] == partners


@pytest.mark.parametrize(("replace", "region", "inferred"), [
    # the title names 深圳 only as the partner the plan works with: before, the plan was 深圳's
    ({}, None, []),
    ({"深化与深圳": "加强与南京、杭州、合肥等城市"}, None, []),
    # the plan's own city before the partner: taken, the partner no longer listed beside it
    ({"关于印发深化与深圳": "关于印发汕尾市深化与深圳"}, "汕尾",
     ["the document's metadata names no region; taken from its title, which names 汕尾市"]),
])
def test_a_place_a_title_names_as_a_partner_does_not_place_the_plan(tmp_path, replace, region, inferred):
    text = (NOTICES / "title-cooperation-with-another-city.txt").read_text("utf-8")
    for old, new in replace.items():
        text = text.replace(old, new)
    path = tmp_path / "plan.txt"
    path.write_text(text, "utf-8")
    document = read_document(path)
    assert document.region == region
    assert [w.message for w in document.warnings if w.code == "region_inferred"] == inferred


@pytest.mark.parametrize(("cities", "names"), [
    ("武汉、襄阳、宜昌", "武汉、襄阳、宜昌"),
    ("襄阳", "襄阳"),
])
def test_a_plan_whose_bodies_speak_at_a_province_is_the_province_s_whatever_cities_its_title_names(
        tmp_path, cities, names):
    # before, the plan was placed in 武汉 (its title's first city) and its 省… bodies read in no province
    path = tmp_path / "plan.txt"
    path.write_text((NOTICES / "province-title-lists-its-cities.txt").read_text("utf-8").replace(
        "武汉、襄阳、宜昌", cities, 1), "utf-8")
    document = read_document(path)
    assert (document.level, document.region) == ("provincial", "湖北")
    assert [w.message for w in document.warnings if w.code == "region_inferred"] == [
        f"the document's metadata names no region; taken from its title, which names {names}, places of 湖北省, and "
        "from its bodies, written 省… only: the province's plan for them"]
    assert [d.id for d in document.measures[0].departments] == [
        "420000-development_reform_commission", "420000-finance_bureau"]


def test_a_province_s_bodies_under_a_title_naming_cities_of_several_provinces_place_nothing(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text((NOTICES / "province-title-lists-its-cities.txt").read_text("utf-8").replace(
        "武汉、襄阳、宜昌", "武汉、长沙、南昌", 1), "utf-8")
    document = read_document(path)
    # its 省… bodies still say it is a province's plan; which province, nothing says
    assert (document.level, document.region) == ("provincial", None)
    assert [w.code for w in document.warnings if w.code.startswith(("region_", "level_"))] == [
        "level_from_bodies", "region_unnamed"]


@pytest.mark.parametrize("title", [
    "关于支持上海建设国际消费中心城市的若干措施",  # a 市 of a province's rank: its bodies are 市…
    "关于支持广西建设面向东盟开放合作高地的若干措施",  # an 自治区: its bodies are 自治区…
])
def test_a_province_s_bodies_under_a_title_naming_a_province_of_another_level_word_place_nothing(tmp_path, title):
    # 省发改委 is no body of 上海 or 广西: another province's plan supporting them. Before, placed
    # there and 省发改委 read as 上海市发展和改革委员会
    path = tmp_path / "plan.txt"
    path.write_text((NOTICES / "province-title-lists-its-cities.txt").read_text("utf-8").replace(
        "关于支持武汉、襄阳、宜昌建设区域中心城市的若干措施", title, 1), "utf-8")
    document = read_document(path)
    assert (document.level, document.region) == ("provincial", None)
    assert [w.code for w in document.warnings if w.code.startswith(("region_", "level_"))] == [
        "level_from_bodies", "region_unnamed"]
    assert [d.id for d in document.measures[0].departments] == [None, None]


def test_a_province_s_bodies_under_a_title_naming_it_place_the_plan_there(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text((NOTICES / "province-title-lists-its-cities.txt").read_text("utf-8").replace(
        "关于支持武汉、襄阳、宜昌建设区域中心城市的若干措施", "关于湖北支持上海企业来鄂投资的若干措施", 1), "utf-8")
    document = read_document(path)
    assert (document.level, document.region) == ("provincial", "湖北")
    assert [w.message for w in document.warnings if w.code == "region_inferred"] == [
        "the document's metadata names no region; taken from its title, which names 湖北 (it also names 上海市)"]


def test_a_title_naming_places_side_by_side_places_the_plan_in_none_of_them():
    # before, placed in 上海 (the first) with its ministries' plan read as 上海's
    document = read_document(NOTICES / "title-lists-provinces-side-by-side.txt")
    assert (document.level, document.region) == (None, None)
    assert [w.message for w in document.warnings if w.code.startswith("region_")] == [
        "the document's metadata names no region, and its title names several places side by side "
        "(上海、江苏、浙江、安徽): a plan for them all, not one's own: none is taken for its region"]


@pytest.mark.parametrize(("title", "region", "inferred"), [
    # the title places nothing, but its 文号 and 市… bodies say the city whose districts it supports:
    # before, the plan stayed unplaced and its 市… bodies unresolved, the 文号 never read
    ("关于支持魏都区、建安区建设消费中心的若干措施", "许昌", [
        "the document's metadata names no region; taken from its 文号 许政〔2020〕20号, which opens with 许, the "
        "abbreviation of 许昌市 alone among the places whose bodies are written 市…"]),
])
def test_a_title_naming_places_side_by_side_leaves_the_plan_to_its_other_evidence(tmp_path, title, region, inferred):
    path = tmp_path / "plan.txt"
    path.write_text(f"{title}\n许政〔2020〕20号\n各县（市、区）人民政府，市政府各部门：\n现印发给你们，请认真组织实施。\n"
                    "2023年9月20日\n（一）开展消费促进活动。（牵头单位：市商务局，责任单位：市财政局）\n"
                    "（二）发放消费券。（牵头单位：市财政局）\n", "utf-8")
    document = read_document(path)
    assert (document.level, document.region) == ("municipal", region)
    assert [w.message for w in document.warnings if w.code == "region_inferred"] == inferred
    assert not [w for w in document.warnings if w.code == "region_unplaced"]
    assert [d.id for d in document.measures[0].departments] == ["411000-commerce_bureau", "411000-finance_bureau"]


"""A document's level told by its bodies written with a level word only (省商务厅, 市发改委) when its head
does not tell it, or tells it wrongly: a provincial or city site prints its commission without its place
(发展和改革委员会), which ends like a ministry's and read as national; and a local document nothing places
says so (pilotplans.normalizers.place)."""

from pathlib import Path

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret import DocumentHints

FIXTURES = Path(__file__).parent / "fixtures"
NOTICES = FIXTURES / "notices"


def _said(document, *codes):
    return [(w.code, w.message) for w in document.warnings if w.code in codes]


def test_a_provincial_plan_whose_head_names_a_commission_without_its_province_is_provincial_not_national():
    # shaped after 四川省发展和改革委员会's plan (SOURCES.md), its head printed without 四川省
    document = read_document(NOTICES / "province-head-without-its-name.txt")
    assert (document.issuer, document.level, document.region) == ("发展和改革委员会", "provincial", None)
    assert _said(document, "level_from_bodies", "region_unnamed") == [
        ("level_from_bodies", "its issuer, 发展和改革委员会, ends like a ministry's but names no place, and its "
         "bodies are written 省… only (省发展改革委、省市场监管局、省大数据中心按职责分工负责): read as a provincial "
         "document, not a national one"),
        ("region_unnamed", "a provincial document for which no place of its own is read in its title, issuer, 文号, notice or bodies: its "
         "region is unknown, and its bodies written with their level word only (省发展改革委、省市场监管局、"
         "省大数据中心按职责分工负责) are left unresolved")]
    assert [d.id for d in document.measures[0].departments][:2] == [None, None]


def test_the_same_plan_signed_with_its_province_is_placed_there_without_a_word(tmp_path):
    text = (NOTICES / "province-head-without-its-name.txt").read_text("utf-8")
    path = tmp_path / "plan.txt"
    path.write_text(text.replace("\n发展和改革委员会\n2022年", "\n四川省发展和改革委员会\n2022年", 1), "utf-8")
    document = read_document(path)
    assert (document.level, document.region) == ("provincial", "四川")
    assert not _said(document, "level_from_bodies", "region_unnamed")
    assert [d.id for d in document.measures[0].departments][:2] == [
        "510000-development_reform_commission", "510000-market_regulation_bureau"]


def test_a_city_plan_whose_head_names_a_commission_without_its_city_is_municipal_not_national():
    # shaped after 西宁's 加快流通业发展实施意见 (SOURCES.md), its place left out
    document = read_document(NOTICES / "city-head-without-its-name.txt")
    assert (document.level, document.region) == ("municipal", None)
    assert [code for code, _ in _said(document, "level_from_bodies", "region_unnamed")] == [
        "level_from_bodies", "region_unnamed"]


def test_a_plan_whose_head_gives_no_level_takes_its_bodies_level():
    document = read_document(NOTICES / "province-bodies-and-one-city.txt")
    assert (document.issuer, document.level, document.region) == (None, "provincial", None)
    assert _said(document, "level_from_bodies") == [
        ("level_from_bodies", "nothing else gives its level, and its bodies are written 省… only "
         "(省商务厅、省地方金融监管局): read as a provincial document")]


def test_a_city_plan_whose_issuer_gives_its_level_but_no_place_says_its_region_is_unknown():
    document = read_document(NOTICES / "unnamed-city-no-place.txt")
    assert (document.level, document.region) == ("municipal", None)
    assert _said(document, "level_from_bodies", "region_unnamed") == [
        ("region_unnamed", "a municipal document for which no place of its own is read in its title, issuer, 文号, notice or bodies: its "
         "region is unknown, and its bodies written with their level word only (市商务局、市财政局) are left unresolved")]


@pytest.mark.parametrize(("issuer", "cell"), [
    # a central body in its own words: national whatever its cells say
    ("国家发展和改革委员会", "（责任单位：省发展改革委、省商务厅）"),
    # a ministry's plan naming governments of a level in general beside ministries: its 市 a kind of government
    ("商务部", "（责任单位：商务部、发展改革委、有关省、市人民政府）"),
])
def test_a_national_plan_stays_national(tmp_path, issuer, cell):
    text = (NOTICES / "province-head-without-its-name.txt").read_text("utf-8")
    path = tmp_path / "plan.txt"
    path.write_text(text.replace("发展和改革委员会\n", f"{issuer}\n", 1).replace(
        "〔责任单位:省市场监管局〕", cell).replace("省发展改革委、省市场监管局、商务厅、省大数据中心", "商务部、发展改革委"), "utf-8")
    document = read_document(path)
    assert (document.issuer, document.level, document.region) == (issuer, "national", None)
    assert not _said(document, "level_from_bodies", "region_unnamed")


def _issued_by(tmp_path, issuer, cells):
    """The provincial plan of province-head-without-its-name.txt under ``issuer``, its two cells ``cells``."""
    text = (NOTICES / "province-head-without-its-name.txt").read_text("utf-8")
    path = tmp_path / "plan.txt"
    path.write_text(text.replace("发展和改革委员会\n", f"{issuer}\n").replace(
        "省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责", cells[0]).replace(
        "〔责任单位:省市场监管局〕", f"〔责任单位:{cells[1]}〕"), "utf-8")
    return path


@pytest.mark.parametrize("issuer", [
    # a ministry's name no province's body bears (a province has 商务厅, not 商务部)
    "商务部",
    # ministries printed on one line as a joint issuer
    "商务部 国家发展改革委 财政部",
])
def test_a_ministry_s_plan_naming_the_provinces_authorities_by_their_kind_stays_national(tmp_path, issuer):
    # a ministry writes its local counterparts by kind (省商务主管部门), more of them than ministries
    path = _issued_by(tmp_path, issuer, ("商务部、省商务主管部门", "省商务主管部门、省发展改革部门"))
    document = read_document(path)
    assert (document.level, document.region) == ("national", None)
    assert not _said(document, "level_from_bodies", "region_unnamed")


def test_a_commission_s_plan_naming_the_same_bodies_is_provincial(tmp_path):
    # the nearby case: 发展和改革委员会 is a province's commission's name too
    document = read_document(_issued_by(tmp_path, "发展和改革委员会", ("商务部、省商务主管部门",
                                                                  "省商务主管部门、省发展改革部门")))
    assert (document.level, document.region) == ("provincial", None)
    assert [code for code, _ in _said(document, "level_from_bodies", "region_unnamed")] == [
        "level_from_bodies", "region_unnamed"]


def test_a_national_level_the_caller_gives_is_not_overruled_by_the_bodies():
    # a manifest's hints say national: no issuer's name was read for it, so none can be overruled
    path = NOTICES / "province-head-without-its-name.txt"
    document = read_document(path, DocumentHints(id="plan", level="national"))
    assert (document.level, document.region) == ("national", None)
    assert not _said(document, "level_from_bodies", "region_unnamed")


def test_a_plan_of_a_tax_administration_s_provincial_branch_is_the_province_s(tmp_path):
    # 国家税务总局四川省税务局 opens with 国家 but is 四川's tax bureau: its 省… bodies are 四川's
    document = read_document(_issued_by(tmp_path, "国家税务总局四川省税务局", ("省税务局、省财政厅", "省商务厅")))
    assert (document.level, document.region) == ("provincial", "四川")
    assert not _said(document, "level_from_bodies", "region_unnamed")


def test_the_tax_administration_s_own_plan_stays_national(tmp_path):
    document = read_document(_issued_by(tmp_path, "国家税务总局", ("税务总局、财政部", "税务总局")))
    assert (document.level, document.region) == ("national", None)


_HEADLESS_TASKS = ("推进服务贸易创新发展任务分工\n1.支持服务贸易企业开拓国际市场。（责任单位：{}）\n"
                   "2.推进服务外包转型升级。（责任单位：{}）\n")


def test_a_headless_task_list_of_ministries_naming_city_governments_by_kind_gives_no_level(tmp_path):
    # 市人民政府 beside 商务部 and 财政部 is a kind of government a national plan assigns: fewer such
    # bodies than central ones say no local level
    path = tmp_path / "tasks.txt"
    path.write_text(_HEADLESS_TASKS.format("商务部、财政部、有关省、市人民政府", "商务部、科技部"), "utf-8")
    document = read_document(path)
    assert (document.level, document.region) == (None, None)
    assert not _said(document, "level_from_bodies", "region_unnamed")


def test_a_headless_task_list_of_more_city_bodies_than_ministries_is_a_city_s(tmp_path):
    path = tmp_path / "tasks.txt"
    path.write_text(_HEADLESS_TASKS.format("市商务局、市财政局、商务部", "市商务局、市科技局"), "utf-8")
    document = read_document(path)
    assert (document.level, document.region) == ("municipal", None)
    assert [code for code, _ in _said(document, "level_from_bodies", "region_unnamed")] == [
        "level_from_bodies", "region_unnamed"]


def test_bodies_written_with_words_of_two_levels_give_no_level(tmp_path):
    # 省商务厅 beside 市商务局 (a province's plan naming a city's bureau, or a city's naming its
    # province's bureau): no one level is spoken, none is guessed
    path = tmp_path / "tasks.txt"
    path.write_text(_HEADLESS_TASKS.format("省商务厅、省财政厅、市商务局", "省商务厅、市商务局"), "utf-8")
    document = read_document(path)
    assert (document.level, document.region) == (None, None)
    assert not _said(document, "level_from_bodies", "region_unnamed")


def test_governments_of_the_levels_below_beside_a_province_s_bodies_give_the_province_s_level(tmp_path):
    # 市县人民政府 names cities' and counties' governments together, the levels a province's plan
    # assigns, no body of one level: the 省… bodies alone speak, at a province's level
    path = tmp_path / "tasks.txt"
    path.write_text(_HEADLESS_TASKS.format("省商务厅、省财政厅、市县人民政府", "省商务厅、市县人民政府"), "utf-8")
    document = read_document(path)
    assert (document.level, document.region) == ("provincial", None)
    assert _said(document, "level_from_bodies") == [
        ("level_from_bodies", "nothing else gives its level, and its bodies are written 省… only "
         "(省商务厅、省财政厅): read as a provincial document")]


@pytest.mark.parametrize(("name", "level"), [
    ("national-2018-approval.docx", "national"),  # 国务院's approval
    # the 2025 task list prints no head and names no owner: its level stays unknown
    ("national-2025-service-opening.docx", None),
])
def test_a_national_plan_s_bodies_give_it_no_local_level(name, level):
    document = read_document(FIXTURES / name)
    assert document.level == level
    assert not _said(document, "level_from_bodies", "region_unnamed")


@pytest.mark.parametrize("name", ["national-2020-tasks.html", "national-2020-tasks.docx", "national-2020-tasks.pdf"])
def test_a_state_council_table_printed_without_its_notice_reads_national_from_its_central_owners(name):
    # the attachment alone: no 文号, no issuer, no place; its owners are ministries (商务部、发展改革委、外汇局…)
    document = read_document(FIXTURES / name)
    assert (document.issuer, document.doc_no, document.level, document.region) == (None, None, "national", None)
    assert _said(document, "level_from_bodies", "region_unnamed") == [
        ("level_from_bodies", "its head gives no level and names no place, and 40 of the 40 owners its measures "
         "name whose tier is known are central bodies (国务院服务贸易发展部际联席会议办公室、商务部、文化和旅游部…): "
         "read as a national document")]


@pytest.mark.parametrize(("name", "level", "region"), [
    # 上级部门 names ministries over 市… owners: the superiors' column is no owner's
    ("xiamen-tasks.docx", "municipal", "厦门"),
    ("hainan-2020-plan.docx", "provincial", "海南"),
])
def test_a_local_plan_naming_ministries_stays_its_place_s(name, level, region):
    document = read_document(FIXTURES / name)
    assert (document.level, document.region) == (level, region)
    assert not _said(document, "level_from_bodies")


def test_a_local_table_without_its_place_naming_ministries_over_its_own_bodies_is_not_national(tmp_path):
    # xiamen's table (data/raw) with 厦门市 cut from its title: its owners are 市… bodies and 厦门海关, its
    # ministries the superiors' column (上级部门)
    raw = Path(__file__).parent.parent / "data" / "raw" / "003_0b1b6885711b46b3.txt"
    path = tmp_path / "tasks.txt"
    path.write_text(raw.read_text("utf-8").replace("厦门市全面深化", "全面深化", 1), "utf-8")
    document = read_document(path)
    assert document.title == "全面深化服务贸易创新发展试点任务、具体举措及责任分工"
    assert (document.level, document.region) == ("municipal", "厦门")  # placed by 厦门港口局、厦门仲裁委
    assert not _said(document, "level_from_bodies")


def test_a_headless_task_list_naming_its_own_bodies_beside_five_ministries_gives_no_level(tmp_path):
    # five ministries and two 市… owners: not (nearly) all central, and fewer 市… bodies than ministries
    path = tmp_path / "tasks.txt"
    path.write_text(_HEADLESS_TASKS.format("商务部、市商务局、发展改革委、财政部", "科技部、海关总署、市财政局"), "utf-8")
    document = read_document(path)
    assert (document.level, document.region) == (None, None)
    assert not _said(document, "level_from_bodies", "region_unnamed")


def test_a_headless_task_list_of_five_ministries_reads_national(tmp_path):
    # five written as only the State Council's are (商务部 … 外交部), beside 发展改革委, a province's too
    path = tmp_path / "tasks.txt"
    path.write_text(_HEADLESS_TASKS.format("商务部、发展改革委、财政部", "科技部、海关总署、外交部"), "utf-8")
    document = read_document(path)
    assert (document.level, document.region) == ("national", None)
    assert [code for code, _ in _said(document, "level_from_bodies", "region_unnamed")] == ["level_from_bodies"]


def test_a_headless_task_list_of_four_ministries_gives_no_level(tmp_path):
    path = tmp_path / "tasks.txt"
    path.write_text(_HEADLESS_TASKS.format("商务部、发展改革委、财政部", "科技部"), "utf-8")
    assert read_document(path).level is None


def test_a_headless_provincial_table_of_departments_written_without_their_province_is_not_national(tmp_path):
    # a province's departments written without 省 (商务厅、财政厅: forms no central body has) beside bodies a
    # province's plan writes as the State Council's are (发展改革委、卫生健康委、统计局…: its own, written so)
    path = tmp_path / "tasks.txt"
    path.write_text(_HEADLESS_TASKS.format("商务厅、发展改革委、财政厅、卫生健康委、医保局",
                                           "科技厅、国资委、统计局、知识产权局、工业和信息化厅"), "utf-8")
    document = read_document(path)
    assert (document.level, document.region) == (None, None)
    assert not _said(document, "level_from_bodies")


def test_a_headless_table_whose_central_bodies_a_local_plan_writes_so_too_gives_no_level(tmp_path):
    # 发展改革委、卫生健康委、医保局、国资委、统计局 are also a city's or a province's own, written without its
    # place: five of them say no national level
    path = tmp_path / "tasks.txt"
    path.write_text(_HEADLESS_TASKS.format("发展改革委、卫生健康委、医保局", "国资委、统计局"), "utf-8")
    assert read_document(path).level is None


def test_a_task_list_of_ministries_whose_title_names_its_place_is_that_place_s(tmp_path):
    path = tmp_path / "tasks.txt"
    path.write_text(_HEADLESS_TASKS.replace("推进服务贸易", "武汉市推进服务贸易", 1).format(
        "商务部、发展改革委、财政部", "科技部、海关总署、外交部"), "utf-8")
    document = read_document(path)
    assert (document.level, document.region) == ("municipal", "武汉")
    assert not _said(document, "level_from_bodies")


def test_a_county_plan_whose_bodies_are_written_xian_only_reads_county_as_a_placed_county_plan_does(tmp_path):
    # a county's plan placed by its name (海盐县, a county in the gazetteer) reads county, and so does one
    # naming no place but its 县… bodies, its region unknown and said so
    text = ("关于印发推进服务贸易创新发展实施方案的通知\n各乡镇人民政府、街道办事处，县政府各部门：\n"
            "现将《推进服务贸易创新发展实施方案》印发给你们，请认真贯彻落实。\n"
            "推进服务贸易创新发展实施方案\n1.支持服务贸易企业开拓国际市场。（责任单位：县商务局、县财政局）\n"
            "2.推进服务外包转型升级。（责任单位：县商务局、县科技局）\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, "utf-8")
    document = read_document(path)
    assert (document.level, document.region) == ("county", None)
    assert [code for code, _ in _said(document, "level_from_bodies", "region_unnamed")] == [
        "level_from_bodies", "region_unnamed"]
    path.write_text(text.replace("推进服务贸易创新发展实施方案\n1.", "海盐县推进服务贸易创新发展实施方案\n1.", 1), "utf-8")
    document = read_document(path)
    assert (document.level, document.region) == ("county", "海盐县")
    assert not _said(document, "level_from_bodies", "region_unnamed")

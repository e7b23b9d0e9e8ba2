"""The prose13 blind round (tests/fixtures/prose-blind13/KEY.md and key.toml, written before the reader
ran): eight real published pages, read as the key says, and the faults of kind the round found:

- a notice issuing three plans names each in full on one line (关于印发《A》《B》《C》的通知, 82
  characters): too long for a title's line, so its title was lost and a later line taken;
- a 文号 the copy printed without its brackets and 号 (``荆区政发20187``) was joined to the title under it,
  as was a date's figures (``20181224``) to the plan's title;
- breadcrumbs ending with the page's own step (``… > 自治区文件 > 正文``), the section printed again alone
  over the headline (``自治区文件``): joined to the title;
- a red head printed over two lines (``新疆维吾尔自治区人民政府`` / ``文件``): no issuer was read;
- a title whose quoted words carry the copy's ASCII comma (``“收好官,开好局”``): no title line, the
  plan's second line read alone as the title;
- a title printing the rest after its issuer in 《》 (``陇西县人民政府办公室《关于…》的通知``): no issuer."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.titles import breadcrumbs_end, is_title_part
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata as _lines, owners
from tests.page_metadata import page_metadata

BLIND = FIXTURES / "prose-blind13"
READ = ("heilongjiang-2013-province-opinion-host-and-assist-run-on.txt", "jiangxi-2017-province-first-listed-body-leads.txt")


def _metadata(name: str):
    return page_metadata(BLIND / name)


# --- the pages as the key reads them ------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(p.name for p in BLIND.glob("*.txt") if p.name not in READ))
def test_pages_naming_no_owner_are_refused_in_one_line(name):
    with pytest.raises(NoTaskTable) as refused:
        read_document(BLIND / name)
    assert "\n" not in str(refused.value)


def test_targets_with_hosting_and_assisting_bodies_two_to_a_line_are_each_a_measure():
    measures = read_document(BLIND / READ[0]).measures
    assert [m.number for m in measures[:11]] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2]
    assert owners(measures[1]) == [("省财政厅", "lead"), ("省国税局", "assist"), ("地税局", "assist")]
    assert owners(measures[10]) == [("省工信委", "lead"), ("省发改委", "assist")]


def test_the_first_listed_body_leads_from_the_item_stating_it_on():
    measures = read_document(BLIND / READ[1]).measures
    assert [owners(m) for m in measures[:2]] == [
        [("省发改委", "lead"), ("省交通运输厅", "carry_out"), ("省财政厅", "carry_out")]] * 2


# --- a title naming several documents in full ---------------------------------------------------------

def test_a_notice_issuing_three_plans_keeps_its_title_and_issuer():
    metadata = _metadata("jingzhou-2018-district-notice-issuing-three-plans-figures-run-together.txt")
    assert (metadata.title, metadata.issuer, metadata.date, metadata.level, metadata.region) == (
        "荆州市荆州区人民政府关于印发《荆州区第三期学前教育三年行动计划2018—2020年)》《荆州区第二期特殊教育"
        "提升计划(2018—2020年)》《荆州区高中阶段教育普及攻坚计划(2018—2020年)》三个行动计划的通知",
        "荆州市荆州区人民政府", dt.date(2018, 12, 24), "county", "荆州区")


def test_each_document_a_title_cites_whole_counts_as_one_of_its_characters():
    line = "关于印发《" + "甲" * 36 + "行动方案》《" + "乙" * 36 + "行动方案》的通知"
    assert len(line) > 80 and is_title_part(line)


@pytest.mark.parametrize("opening, closing", [("近日省政府办公厅印发", ""), ("学习贯彻", "精神")])
def test_a_long_line_citing_documents_that_reads_as_no_title_is_no_part_of_the_title_under_it(opening, closing):
    cited = "《" + "甲" * 36 + "行动方案》《" + "乙" * 36 + "行动方案》《" + "丙" * 36 + "行动方案》"
    title = "某某省人民政府办公厅关于印发某某三个方案的通知"
    assert _lines(opening + cited + closing, title).title == title


def test_a_long_line_with_a_comma_outside_its_citations_is_no_title_part():
    line = "根据《" + "甲" * 36 + "行动方案》《" + "乙" * 36 + "行动方案》,结合实际制定本方案"
    assert not is_title_part(line)


# --- a 文号 without its brackets ----------------------------------------------------------------------

def test_a_number_printed_without_its_brackets_is_no_part_of_the_title_under_it():
    assert _lines("荆区政发20187", "某区人民政府关于印发某某计划的通知").title == "某区人民政府关于印发某某计划的通知"


@pytest.mark.parametrize("line", ["关于印发2023", "5G发展行动计划", "某某开发区2035"])
def test_a_title_line_ending_in_a_year_s_figures_stays_a_title_part(line):
    assert is_title_part(line)


# --- breadcrumbs ending with the page itself ----------------------------------------------------------

def test_the_section_before_the_page_s_own_step_is_no_part_of_the_title():
    metadata = _metadata("xinjiang-2020-region-county-site-printed-lines-page-number.txt")
    assert (metadata.title, metadata.doc_no, metadata.issuer, metadata.date) == (
        "关于印发《新疆维吾尔自治区关于进一步做好稳就业工作的实施意见》的通知", "新政发〔2020〕16号",
        "新疆维吾尔自治区人民政府", dt.date(2020, 3, 19))


@pytest.mark.parametrize("crumbs, section", [
    ("您的位置: 首页 >> 政务公开 >> 自治区文件 >> 正文", "自治区文件"),
    ("首页 > 政务公开 > 重大决策", "重大决策"),
    ("首页 > 正文", "正文"),
])
def test_breadcrumbs_end_with_their_section(crumbs, section):
    assert breadcrumbs_end(crumbs) == section


def test_a_body_named_before_the_page_s_own_step_stays_the_title_s_issuer():
    assert _lines("首页 > 政务公开 > 某某市人民政府 > 正文", "某某市人民政府", "关于印发某某方案的通知").title == (
        "某某市人民政府关于印发某某方案的通知")


# --- a red head over two lines -------------------------------------------------------------------------

def test_a_red_head_printed_over_two_lines_names_the_issuer():
    assert _lines("某某市人民政府", "文件", "某政发〔2020〕1号", "关于印发《某某意见》的通知").issuer == "某某市人民政府"


def test_a_joint_red_head_printed_one_issuer_to_a_line_names_them_all():
    assert _lines("中共某某县委", "某某县人民政府", "文件", "某发〔2020〕1号", "关于印发《某某意见》的通知").issuer == (
        "中共某某县委、某某县人民政府")


def test_a_red_head_over_two_lines_under_a_line_naming_no_body_names_its_own_issuer_alone():
    assert _lines("来源:某某县政府网", "某某县人民政府", "文件", "某政发〔2020〕1号", "关于印发《某某意见》的通知").issuer == (
        "某某县人民政府")


def test_the_word_file_of_a_red_head_over_two_lines_is_no_part_of_the_title():
    assert _lines("某某市人民政府", "文件", "某政发〔2020〕1号", "关于印发《某某意见》的通知").title == "关于印发《某某意见》的通知"


def test_a_title_naming_files_in_its_words_is_read_whole():
    assert _lines("某某市人民政府", "文件", "关于清理规范性", "文件的通知").title == "关于清理规范性文件的通知"


def test_the_word_file_under_a_line_naming_no_body_names_no_issuer():
    assert _lines("政策解读", "文件", "关于印发《某某意见》的通知").issuer is None


# --- a comma the copy printed in ASCII ------------------------------------------------------------------

def test_a_title_whose_quoted_words_hold_an_ascii_comma_is_read_whole():
    metadata = _metadata("haixi-2020-prefecture-info-rows-cut-at-first-task.txt")
    assert (metadata.title, metadata.doc_no, metadata.issuer, metadata.region) == (
        "海西州人民政府办公室关于印发在全州开展“收好官,开好局”专项行动实施方案的通知", "西政办〔2020〕91号",
        "海西州人民政府办公室", "海西")


@pytest.mark.parametrize("line", ["深入开展“三服务”活动,助推企业高质量发展", "各乡镇人民政府,县直各单位"])
def test_a_line_with_an_ascii_comma_outside_quotes_is_no_part_of_the_title_under_it(line):
    assert _lines(line, "某某县人民政府办公室关于印发某某工作方案的通知").title == "某某县人民政府办公室关于印发某某工作方案的通知"


def test_a_sentence_with_ascii_commas_stays_no_title():
    assert _lines("各市、县人民政府,州政府各部门:", "现将方案印发给你们,请认真贯彻落实。").title is None


# --- the rest of a title in 《》 after its issuer --------------------------------------------------------

def test_the_issuer_before_a_title_s_quoted_rest_is_read():
    metadata = _metadata("longxi-2025-county-notice-requirements-no-plan.txt")
    assert (metadata.title, metadata.doc_no, metadata.issuer, metadata.level) == (
        "陇西县人民政府办公室《关于认真办理2025年陇西县为民实事》的通知", "陇政办发〔2025〕7号",
        "陇西县人民政府办公室", "county")


@pytest.mark.parametrize("title", ["贯彻落实市委《关于加快某某发展的决定》的实施意见", "荆州区落实省政府《关于加快某某发展的意见》实施方案"])
def test_words_carrying_out_a_quoted_title_of_another_body_are_no_issuer(title):
    assert _lines(title).issuer is None


def test_a_place_before_a_quoted_title_is_no_issuer():
    assert _lines("某某市《关于加强某某工作的意见》").issuer is None


# --- a provincial plan placed by the province whose document it carries out ----------------------------

_PLAN = """某某攻坚重点工作责任分工方案
为贯彻落实《{parent_title}》({parent}),抓好各项重点工作的推进落实,现提出如下分工方案。
一、加快基础设施建设
1、加快建设某某公路,提升区域内公路等级。({first}、{second}负责)
2、加快建设某某铁路,构建快速铁路网。({first}、{third}负责)
"""


def _plan(tmp_path, parent_title="江西省人民政府关于支持某某攻坚的指导意见", parent="赣府发〔2017〕12号",
          first="省发改委", second="省交通运输厅", third="省财政厅"):
    path = tmp_path / "plan.txt"
    path.write_text(_PLAN.format(parent_title=parent_title, parent=parent, first=first, second=second, third=third), "utf-8")
    return read_document(path)


def test_a_provincial_plan_citing_its_province_s_document_is_placed_in_that_province():
    document = read_document(BLIND / READ[1])
    assert (document.level, document.region, document.parent_doc_no) == ("provincial", "江西", "赣府发〔2017〕12号")
    assert [w.message for w in document.warnings if w.code == "region_inferred"] == [
        "the document's metadata names no region; taken from the 文号 of the document it carries out, "
        "赣府发〔2017〕12号, which opens with the abbreviation of 江西省: a provincial document naming no other "
        "province carries out its own province's documents"]
    assert [d.id for d in document.measures[0].departments] == [
        "360000-development_reform_commission", "360000-transport_bureau", "360000-finance_bureau"]


def test_the_same_shape_written_anew_is_placed_so(tmp_path):
    assert (_plan(tmp_path).level, _plan(tmp_path).region) == ("provincial", "江西")


def test_a_provincial_plan_citing_a_national_document_stays_unplaced(tmp_path):
    document = _plan(tmp_path, parent_title="国务院关于支持某某攻坚的指导意见", parent="国发〔2017〕12号")
    assert (document.level, document.region) == ("provincial", None)
    assert "region_unnamed" in [w.code for w in document.warnings]


def test_a_city_plan_citing_its_province_s_document_says_nothing_of_its_city(tmp_path):
    document = _plan(tmp_path, first="市发改委", second="市交通运输局", third="市财政局")
    assert (document.level, document.region) == ("municipal", None)


def test_a_provincial_plan_naming_another_province_s_body_is_not_placed_by_the_document_it_cites(tmp_path):
    document = _plan(tmp_path, second="湖南省交通运输厅")
    assert (document.level, document.region) == ("provincial", None)
    assert "region_unnamed" in [w.code for w in document.warnings]


def test_a_provincial_plan_borrowing_another_province_s_experience_is_not_placed_there(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(_PLAN.replace("为贯彻落实《{parent_title}》({parent})", "学习借鉴《{parent_title}》({parent})的经验").format(
        parent_title="浙江省人民政府关于推进某某攻坚的指导意见", parent="浙政发〔2017〕12号",
        first="省发改委", second="省交通运输厅", third="省财政厅"), "utf-8")
    document = read_document(path)
    assert (document.level, document.region, document.parent_doc_no) == ("provincial", None, None)


def test_a_document_borrowed_from_is_no_parent_while_the_one_carried_out_is():
    assert _lines("某某方案", "为贯彻落实《国务院关于某某的意见》(国发〔2017〕1号),参考《浙江省某某方案》(浙政发〔2018〕2号),"
                  "制定本方案。").parent_doc_no == "国发〔2017〕1号"
    assert _lines("某某方案", "参考《浙江省某某方案》(浙政发〔2018〕2号),为贯彻落实《国务院关于某某的意见》(国发〔2017〕1号),"
                  "制定本方案。").parent_doc_no == "国发〔2017〕1号"


def test_a_carried_out_title_holding_a_borrowing_word_stays_the_parent():
    assert _lines("某某方案", "为贯彻落实《江西省人民政府关于借鉴某某经验的指导意见》(赣府发〔2017〕12号),制定本方案。").parent_doc_no == (
        "赣府发〔2017〕12号")


def test_a_site_s_menu_items_government_and_files_name_no_issuer():
    assert _lines("市政府", "文件", "关于印发《某某意见》的通知").issuer is None

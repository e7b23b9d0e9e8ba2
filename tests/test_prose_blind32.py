"""The prose32 blind round (tests/fixtures/prose-blind32/KEY.md and key.toml, written before the reader ran): ten
pages of kinds earlier rounds hold few of (a county bureau's table printed one cell to a line with merged cells,
county, 旗, 乡 and 镇 documents, a county-level city's notice whose number lost its brackets, 2019–2025), read as the
key says, and the faults of kind the round found:

- a title line with the bar of the site's table border after it, under rows of bars alone (海盐: ``…的通知 |`` /
  ``|||…``), was read as a pipe table of one filled cell, and no title was read: a pipe run filling one cell at most is
  a page's borders around that line, read as the line (pilotplans/parsers/text/pipes.py ``bordered_lines``).
- a site's label naming its page by the page's kind alone over the title (云南: ``新闻详情``) was read into the title
  and the issuer: page furniture (tasklist.toml ``page_furniture``).
- a site's day of publishing in figures alone (``2022-01-02``) was read as a title's first line, and a site's tags
  (``实施方案 体检评估工作实施方案 住房抗震改造工作实施方案``) as a title: neither is a title's line
  (pilotplans/parsers/titles.py ``is_title_part``: ``_FIGURES_DATE``, ``_names_several_documents``).
"""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_layout
from pilotplans.parsers.interpret.vocabulary import vocabulary
from pilotplans.parsers.text.lines import Line
from pilotplans.parsers.text.pipes import bordered_lines
from pilotplans.parsers.titles import is_title_part
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, page_metadata, refusal_cause, text_refusal_cause

BLIND = FIXTURES / "prose-blind32"
HAIYAN = BLIND / "haiyan-2025-county-office-report-duties-notice-pipe-chrome-cut-in-notice-no-tasks.txt"
YUNNAN = BLIND / ("yunnan-2022-province-party-and-government-rural-revitalization-opinions-association-site-heading-"
                  "unnumbered-no-owners-cut.txt")
REFUSED = [BLIND / name for name in (
    "haiyan-2025-county-office-report-duties-notice-pipe-chrome-cut-in-notice-no-tasks.txt",
    "yixian-2022-county-party-and-government-rural-revitalization-opinions-no-notice-no-owners-cut.txt",
    "qianjiang-2024-city-office-report-breakdown-notice-number-digits-run-together-no-tasks.txt",
    "yunnan-2022-province-party-and-government-rural-revitalization-opinions-association-site-heading-unnumbered-no-owners-cut.txt",
    "county-20xx-policy-interpretation-work-plan-sample-site-place-masked-no-owners-cut.txt",
    "town-2021-culture-sports-tourism-development-plan-sample-site-place-masked-no-owners-cut.txt",
    "sunite-right-banner-2021-banner-government-fourteenth-five-year-outline-document-site-chapters-no-owners-cut.txt",
    "chengde-2021-city-office-urban-renewal-plan-info-rows-subheadings-unnumbered-no-owners-cut.txt",
    "sanliu-undated-township-flood-control-contingency-plan-general-provisions-no-tasks.txt",
)]


# --- the round's reading ----------------------------------------------------------------------------------------

def test_pages_naming_no_task_s_owner_are_refused():
    assert [refusal_cause(path).startswith("no task table or task list found") for path in REFUSED] == [True] * len(REFUSED)


def test_a_notice_whose_number_lost_its_brackets_reads_none_never_a_rebuilt_one():
    # 潜政办发20241 (〔2024〕1号 with its brackets and 号 lost): no number read, none invented
    meta = page_metadata(REFUSED[2])
    assert (meta.title, meta.doc_no) == ("市人民政府办公室关于分解落实《政府工作报告》的通知", None)


# --- a title inside a page's borders ----------------------------------------------------------------------------

def test_a_title_line_with_the_border_s_bar_after_it_is_the_title():
    meta = page_metadata(HAIYAN)
    assert (meta.title, meta.issuer) == (
        "海盐县人民政府办公室关于印发2025年政府工作报告重点工作和民生实事项目责任分解的通知", "海盐县人民政府办公室")


def test_a_pipe_run_filling_one_cell_is_that_line_without_its_bars():
    assert bordered_lines([Line(1, "关于印发…的通知 |"), Line(2, "||||||"), Line(3, "|")]) == [
        Line(1, "关于印发…的通知"), Line(2, ""), Line(3, "")]


def test_a_pipe_run_filling_two_cells_stays_a_table():
    assert bordered_lines([Line(1, "文  号 | 盐政办发〔2025〕3号 |"), Line(2, "||||||")]) is None


def test_a_page_s_bordered_title_is_read_as_a_paragraph_and_no_grid():
    layout = read_layout(HAIYAN.read_bytes(), str(HAIYAN))
    assert (layout.grids, layout.paragraphs[0].text) == (
        (), "海盐县人民政府办公室关于印发2025年政府工作报告重点工作和民生实事项目责任分解的通知")


# --- a site's label naming its page -----------------------------------------------------------------------------

def test_a_site_s_label_naming_its_page_is_no_line_of_the_title():
    meta = page_metadata(YUNNAN)
    assert (meta.title, meta.issuer) == ("中共云南省委 云南省人民政府关于做好2022年全面推进乡村振兴重点工作的实施意见",
                                         "中共云南省委、云南省人民政府")


def test_page_labels_of_a_page_s_kind_are_furniture():
    assert [vocabulary().is_page_furniture(text) for text in ("新闻详情", "文章正文", "【信息详情】")] == [True] * 3


def test_a_title_naming_details_in_a_phrase_is_no_furniture():
    assert [vocabulary().is_page_furniture(text) for text in ("项目详情", "关于公开新闻详情页的通知", "详情请见附件")] == [False] * 3


def test_a_title_under_a_page_label_reads_whole():
    meta = lines_metadata("新闻详情", "关于做好2022年乡村振兴重点工作的实施意见", "2022-05-19 14:17")
    assert meta.title == "关于做好2022年乡村振兴重点工作的实施意见"


# --- a site's date and tags over the title ----------------------------------------------------------------------

def test_a_site_s_date_in_figures_over_the_title_is_no_line_of_it():
    meta = lines_metadata("2022-01-02", "全县重大政策宣传解读工作实施方案", "一、总体要求")
    assert meta.title == "全县重大政策宣传解读工作实施方案"


def test_a_year_opening_a_title_s_line_stays_in_it():
    meta = lines_metadata("2022年度工作要点", "一、总体要求")
    assert meta.title == "2022年度工作要点"


def test_a_site_s_tags_naming_several_documents_are_no_title():
    county = BLIND / "county-20xx-policy-interpretation-work-plan-sample-site-place-masked-no-owners-cut.txt"
    assert page_metadata(county).title is None


def test_a_title_whose_pieces_a_space_apart_end_no_kind_each_is_a_title():
    assert [is_title_part(text) for text in (
        "中共黟县县委 黟县人民政府 关于做好2022年全面推进乡村振兴重点工作的实施意见",
        "体检评估工作实施方案 住房抗震改造工作实施方案",  # two names: a title issuing two documents may print so
        "实施方案 体检评估工作实施方案 住房抗震改造工作实施方案")] == [True, True, False]


# --- a document of rules cut from its middle (prose31's 内蒙古 办法) -------------------------------------------------

NEIMENGGU = FIXTURES / "prose-blind31" / "neimenggu-undated-autonomous-region-matching-funds-measures-articles-mid-page-no-owners-cut.txt"


def test_a_page_cut_from_a_document_of_rules_is_refused_as_rules_not_as_a_plan():
    # (四)(五) of its principles, then 第五条 … 第十条: a 管理办法 copied from its middle, no title naming it
    assert refusal_cause(NEIMENGGU) == (
        "no task table or task list found: the page prints the articles of a document of rules (第五条、第六条、第七条…), "
        "not a plan of measures with their owners — pilotplans reads task plans")


def test_two_articles_in_a_row_or_articles_cited_in_sentences_name_no_rules(tmp_path):
    text = ("一、重点任务\n第五条 加快项目建设。\n第六条 优化营商环境。\n"
            "二、保障措施\n依据《某某管理办法》第七条规定，加强资金监管。\n")
    assert "articles of a document of rules" not in text_refusal_cause(tmp_path, text)


def test_articles_out_of_sequence_name_no_rules(tmp_path):
    text = "第五条 加快项目建设。\n第七条 优化营商环境。\n第九条 强化资金保障。\n"
    assert "articles of a document of rules" not in text_refusal_cause(tmp_path, text)


def test_a_plan_naming_itself_by_a_kind_of_plan_and_numbered_in_articles_is_no_rules(tmp_path):
    text = ("某县支持中小企业发展的若干措施\n第五条 加大财政支持力度，设立专项资金。\n第六条 优化融资服务。\n"
            "第七条 降低用地成本。\n")
    assert "articles of a document of rules" not in text_refusal_cause(tmp_path, text)


def test_three_articles_in_sequence_opening_lines_name_rules(tmp_path):
    text = "第五条 加快项目建设。\n第六条 优化营商环境。\n第七条 强化资金保障。\n"
    assert text_refusal_cause(tmp_path, text) == (
        "no task table or task list found: the page prints the articles of a document of rules (第五条、第六条、第七条…), "
        "not a plan of measures with their owners — pilotplans reads task plans")


# --- a news copy printing no title, its lead naming the government whose site published it (prose31's 宁夏) -----

NINGXIA = FIXTURES / "prose-blind31" / ("ningxia-2019-region-office-yinchuan-metro-work-plan-news-copy-traditional-"
                                        "owners-bracketed-lead-and-assist-cut.txt")


def test_a_page_printing_no_title_is_placed_by_the_government_whose_site_its_lead_says_published_it():
    # 今天,寧夏回族自治區人民政府網站發布了《自治區人民政府辦公廳關于印發…的通知》 over the plan's own text
    meta = page_metadata(NINGXIA)
    assert (meta.title, meta.region, meta.level, meta.region_named_in) == (None, "宁夏", "provincial", "lead")


def test_a_lead_naming_a_site_of_no_government_places_no_page():
    meta = lines_metadata("今天,某某新闻网发布了《关于印发2019年工作计划的通知》,明确了工作计划。",
                          "一、基础设施互联互通", "(一)道路畅通工程。加快建设快速通道。")
    assert meta.region is None


def test_a_lead_past_the_page_s_opening_lines_places_no_page():
    meta = lines_metadata("一、基础设施互联互通", "(一)道路畅通工程。加快建设快速通道。", "(二)城际公交工程。开通线路。",
                          "今天,宁夏回族自治区人民政府网站发布了《关于印发2019年工作计划的通知》。")
    assert meta.region is None


# --- a notice printing no head, breaking down its place's plan (prose29's 天津) ---------------------------------

TIANJIN = FIXTURES / "prose-blind29" / ("tianjin-2006-municipality-eleventh-five-year-outline-division-notice-owners-"
                                        "bracketed-run-on-cut.txt")
_BREAKING_DOWN = ("市十四届人大四次会议批准了《天津市国民经济和社会发展第十一个五年规划纲要》(以下简称《纲要》)。为切实做好《纲要》"
                  "实施工作,{speaker}人民政府决定,按照职责分工将《纲要》提出的主要目标和任务{verb}到各地区、各部门。现将有关事项通知如下:")


def test_a_notice_breaking_down_its_place_s_plan_is_that_place_s():
    meta = page_metadata(TIANJIN)
    assert (meta.region, meta.level, meta.region_named_in) == ("天津", "municipal", "broken_down")


def test_a_government_of_another_kind_than_the_plan_s_place_takes_no_place_from_it():
    # 县人民政府决定 over 《天津市…纲要》: a county carrying out its city's plan, whichever county
    meta = lines_metadata(_BREAKING_DOWN.format(speaker="县", verb="分解落实"), "一、分工原则")
    assert meta.region is None


def test_a_notice_citing_its_place_s_plan_without_breaking_it_down_takes_no_place_from_it():
    meta = lines_metadata(_BREAKING_DOWN.format(speaker="市", verb="贯彻落实"), "一、分工原则")
    assert meta.region is None


def test_a_notice_breaking_down_a_prefecture_city_s_plan_takes_no_place_from_it():
    # 市人民政府决定 over 《宜昌市…纲要》: 宜昌's own, or one of its county-level cities' (宜都市, whose government speaks
    # as 市人民政府 too) carrying it out — which, the notice does not say
    meta = lines_metadata("为贯彻落实《宜昌市国民经济和社会发展第十四个五年规划纲要》(以下简称《纲要》),市人民政府决定,"
                          "按照职责分工将《纲要》提出的主要目标和任务分解落实到各乡镇、各部门。现将有关事项通知如下:",
                          "一、分工原则")
    assert (meta.region, meta.region_named_in) == (None, "notice")


def test_a_page_printing_no_title_speaking_as_a_county_takes_no_place_from_the_province_s_site():
    # 河北省人民政府网站公布了《…》 over 结合我县实际,制定如下工作方案: the county's plan carrying the province's out
    meta = lines_metadata("日前,河北省人民政府网站公布了《河北省关于加快发展数字经济的行动方案》。为贯彻落实,结合我县实际,"
                          "制定如下工作方案。", "一、工作目标", "到2025年,数字经济规模明显扩大。")
    assert meta.region is None


def test_a_page_printing_no_title_speaking_as_the_site_s_province_is_placed_by_it():
    meta = lines_metadata("日前,河北省人民政府网站公布了《河北省关于加快发展数字经济的行动方案》。为贯彻落实,结合我省实际,"
                          "制定如下工作方案。", "一、工作目标", "到2025年,数字经济规模明显扩大。")
    assert (meta.region, meta.region_named_in) == ("河北", "lead")


def test_a_plan_named_by_the_count_of_its_measures_and_cut_in_articles_is_no_rules(tmp_path):
    # 二十条 names a plan by its measures' count (a document of rules is a 条例, 办法, 规定 or 细则): the page names
    # no owner, and is refused for that alone
    text = ("沙河县促进民营经济高质量发展二十条\n第五条 加大财政支持力度。县财政每年安排专项资金2000万元。\n"
            "第六条 降低企业用地成本。\n第七条 强化融资服务。\n第八条 优化审批服务。\n")
    assert text_refusal_cause(tmp_path, text) == (
        "no task table or task list found (no header row with 序号/具体举措/责任分工 or similar, and no numbered item "
        "naming its 责任单位/牵头单位)")


def test_a_page_citing_a_rule_s_tenth_article_in_its_title_line_names_no_plan(tmp_path):
    text = "《某某市物业管理条例》第十条\n第十一条 业主大会应当依法履行职责。\n第十二条 业主委员会执行业主大会的决定。\n第十三条 物业服务企业应当公示收费标准。\n"
    assert text_refusal_cause(tmp_path, text) == (
        "no task table or task list found: 《某某市物业管理条例》 prints the articles of a document of rules "
        "(第十一条、第十二条、第十三条…), "
        "not a plan of measures with their owners — pilotplans reads task plans")

"""meta49: the metadata faults the last rounds left and those the meta49 round showed (tests/fixtures/meta49/KEY.md),
each mended for its kind of page, with a case where the rule fires and one where it must stay quiet:

- the page's own 文号 printed again in another set of brackets (惠市委发[2010]5号 in its rows, 〔〕 under its title) is
  no document it cites, nor its parent;
- a short name in 《》 (（以下简称《规则》）, 本《实施细则》, a kind of document alone) is no document cited;
- a 文号 with round brackets holds its year, two figures too (革發(79)060號), and its number right after the bracket:
  第N号 after a round bracket (某公告（2022）第14号) and a court's case number are none;
- 布告 closes a title as 公告 does; a proclamation's head (安徽省泗縣革命委員會布告) over its number and date names its
  issuer without the kind;
- bodies a headline prints a space apart before 关于 are its issuers also where the number closes the line in brackets;
- the page's own 文号 with the site's date in figures after it (沪青征地告〔2021〕第1018号 2021-01-22) is its 文号;
- a date row the page's next line ran into (发布时间:2025-10-21上海市奉贤区人民政府) is parted from it, and a site's day
  opening a line of rows (2020-06-30 17:41  来源: …  作者: …) from the rows; 作者 ends the 来源 value before it;
- pages printing no title line (an encyclopedia's profile, a news item with no headline) read none."""

from __future__ import annotations

import datetime as dt

from pilotplans.parsers.info_rows import date_row_apart, read_info_line
from pilotplans.parsers.metadata import DOC_NO, number_over_site_date, without_proclaiming_kind
from pilotplans.plan_titles import Cited
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, owners, page_metadata, read_text, refusal_cause

ROUND = FIXTURES / "meta49"
SICHUAN = ROUND / "sichuan-2011-province-finance-and-education-departments-joint-notice-forwarding-ministries-notice.txt"
SIXIAN = ROUND / "sixian-1979-county-revolutionary-committee-proclamation-round-bracket-number-traditional.txt"
JIAN = ROUND / "jian-2003-city-office-notice-law-site-number-in-brackets-below-title.txt"
QINGPU = ROUND / "qingpu-2021-district-land-notice-own-number-with-site-date.txt"
FENGXIAN = ROUND / "fengxian-2025-district-land-notice-head-run-into-site-row.txt"
XIQING = ROUND / "xiqing-2023-district-land-pre-notice-bid-site-number-below-title.txt"
HUIZHOU = FIXTURES / "places-blind9" / "huizhou-2010-party-committee-and-government-joint-decision-law-rows.txt"
ZUNYI = FIXTURES / "places-blind12" / "zunyi-2020-city-office-rules-doc-site-law-rows.txt"
YUEYANG = FIXTURES / "places-blind3" / "yueyang-2017-city-joint-offices-on-county-site.txt"
WUHU = FIXTURES / "prose-blind21" / "wuhu-2021-city-key-work-leader-lead-partner-lines-cut.txt"
NANNING = FIXTURES / "prose-blind26" / "nanning-2020-development-zone-committee-task-division-notice-requests-only-cut.txt"
PLACES13 = FIXTURES / "places-blind13"


# --- the page's own number in another set of brackets ---------------------------------------------------------------

def test_the_page_s_own_number_printed_with_square_brackets_is_no_citation_nor_its_parent():
    # before: 惠市委发〔2010〕5号 (its rows print 惠市委发[2010]5号) was the first document cited, and the parent
    found = page_metadata(HUIZHOU)
    assert (found.doc_no, found.parent_doc_no) == ("惠市委发[2010]5号", "国科火字〔2009〕102号")
    assert [c.doc_no for c in found.citations if c.doc_no] == ["国科火字〔2009〕102号"]


def test_another_number_of_the_page_s_own_series_stays_cited():
    # quiet: the same series, another number (the decision it amends) is a document cited
    found = lines_metadata("某市人民政府关于修改某某办法的决定", "某府发〔2020〕5号", "各区人民政府：",
                           "现对《某某办法》（某府发[2019]3号）作如下修改。", "某市人民政府", "2020年6月8日")
    assert (found.doc_no, [c.doc_no for c in found.citations]) == ("某府发〔2020〕5号", ["某府发[2019]3号"])


# --- short names in 《》 --------------------------------------------------------------------------------------------

def test_the_short_name_a_page_gives_the_rules_it_issues_is_no_citation():
    # before: （以下简称《规则》） cited 《规则》
    assert page_metadata(ZUNYI).citations == ()


def test_a_page_naming_itself_by_its_kind_after_本_cites_nothing():
    # before: 本《实施细则》 (the rules the notice issues, naming themselves) was cited as 《实施细则》
    assert page_metadata(JIAN).citations == ()


def test_a_title_naming_its_matter_stays_cited_beside_the_short_names():
    # quiet: every title here names its matter (a plan's outline, an opinion, the ministries' notice forwarded)
    assert [(c.title, c.doc_no) for c in page_metadata(SICHUAN).citations] == [
        ("国家中长期教育改革和发展规划纲要", None),
        ("国务院关于当前发展学前教育的若干意见", "国发〔2010〕41号"),
        ("财政部、教育部关于加大财政投入支持学前教育发展的通知", "财教〔2011〕405号"),
        ("教育中长期改革和发展规划纲要", None),
    ]


def test_a_name_after_a_noun_ending_in_本_is_a_title_cited():
    # quiet: 读本 is a noun, not 本 naming the page itself
    found = lines_metadata("某市人民政府关于某某的通知", "各区人民政府：", "请组织学习读本《某某市城市管理办法》。")
    assert [c.title for c in found.citations] == ["某某市城市管理办法"]


def test_a_name_after_本市_is_a_title_cited():
    # quiet: 本 before a place's word (本市) is no document naming itself
    found = lines_metadata("某市人民政府关于某某的通知", "各区人民政府：", "根据本市《某某市城市管理办法》，现通知如下。")
    assert [c.title for c in found.citations] == ["某某市城市管理办法"]


# --- 文号 with round brackets ---------------------------------------------------------------------------------------

def test_a_number_with_a_two_figure_year_in_round_brackets_is_the_page_s():
    # before: no 文号 — a year in brackets had to print four figures
    assert page_metadata(SIXIAN).doc_no == "革發(79)060號"


def test_a_street_s_house_number_with_two_figures_in_round_brackets_is_no_文号():
    # review: any letters before (80) read a two-figure year, so an address (人民路(80)12号) was a 文号; only a series'
    # closing letter (发, 字, 函) opens one
    assert DOC_NO.search("联系地址：某市人民路(80)12号") is None
    assert DOC_NO.search("京政发（85）3号").group() == "京政发（85）3号"


def test_an_announcement_s_issue_printed_第n号_after_a_round_bracket_is_no_文号():
    # quiet (meta48 left it open): round brackets hold the year and the number follows them; 第N号 numbers an issue
    assert DOC_NO.search("某公告（2022）第14号") is None


def test_a_court_s_case_number_is_no_文号():
    # quiet: the court's letters follow its year's bracket, no number
    assert DOC_NO.search("广州市中级人民法院（2022）粤01民初14号民事判决") is None


def test_a_number_with_its_four_figure_year_in_round_brackets_stays_a_文号():
    assert DOC_NO.fullmatch("京政发(2015)3号") is not None


def test_第n号_after_a_hexagonal_bracket_stays_a_district_s_series():
    assert DOC_NO.fullmatch("沪(奉)征地告〔2025〕第38号") is not None


# --- 布告 ----------------------------------------------------------------------------------------------------------

def test_a_proclamation_s_head_is_its_title_and_names_its_issuer_without_its_kind():
    # before: no title, and the issuer 安徽省泗縣革命委員會布告 (the head over the number and date taken as a signature)
    found = page_metadata(SIXIAN)
    assert (found.title, found.issuer, found.date) == (
        "安徽省泗縣革命委員會為鞏固無產階級專政、保衛社會主義現代化建設的順利進行的布告", "安徽省泗縣革命委員會",
        dt.date(1979, 4, 10))


def test_a_matter_announced_keeps_its_kind():
    # quiet: what stands before 公告 names no body (a matter announced), so nothing is taken off
    assert without_proclaiming_kind("征收土地公告") == "征收土地公告"


def test_a_body_s_name_with_no_kind_after_it_is_as_signed():
    assert without_proclaiming_kind("上海市奉贤区人民政府") == "上海市奉贤区人民政府"


# --- issuers a space apart before a headline's number --------------------------------------------------------------

def test_two_departments_a_space_apart_before_关于_are_two_issuers_under_a_headline_closed_by_its_number():
    # before: title and issuer read them run together (四川省财政厅四川省教育厅), one name no body bears
    found = page_metadata(SICHUAN)
    assert (found.title, found.issuer, found.doc_no) == (
        "四川省财政厅 四川省教育厅关于加大财政投入支持学前教育发展的通知", "四川省财政厅、四川省教育厅",
        "川财教〔2011〕224号")


def test_two_offices_run_together_before_印发_under_a_headline_closed_by_its_number_stay_as_read():
    # quiet: no space parts them; their joint signature names them
    found = page_metadata(YUEYANG)
    assert (found.title, found.issuer) == (
        "中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知",
        "中共岳阳市委办公室、岳阳市人民政府办公室")


# --- the page's own number with the site's date ---------------------------------------------------------------------

def test_the_page_s_own_number_with_the_site_s_date_after_it_is_its_文号_not_a_citation():
    # before: no 文号, and 沪青征地告〔2021〕第1018号 was cited and the parent
    found = page_metadata(QINGPU)
    assert (found.doc_no, found.parent_doc_no, found.date) == (
        "沪青征地告〔2021〕第1018号", "沪府土[2021]7号", dt.date(2021, 1, 22))


def test_a_number_followed_by_words_is_no_number_over_a_site_s_date():
    assert number_over_site_date("沪青征地告〔2021〕第1018号 印发给你们") is None


def test_a_number_followed_by_a_day_in_figures_and_words_is_no_number_over_a_site_s_date():
    assert number_over_site_date("沪青征地告〔2021〕第1018号 2021-01-22 公告") is None


def test_a_number_and_its_day_listed_at_the_page_s_foot_is_no_文号_of_the_page():
    # quiet: only the page's head is read so; a site's list of documents under the text prints its numbers so too
    found = lines_metadata("关于做好某某工作的通知", "各区人民政府：", "现就有关事项通知如下。", "某市人民政府",
                           "2021年1月22日", "某府发〔2018〕5号 2018-03-01")
    assert found.doc_no is None


# --- date rows with a line run on ------------------------------------------------------------------------------------

def test_a_date_row_the_head_ran_into_is_parted_and_the_head_read():
    # before: no title — 上海市奉贤区人民政府 was part of the row's value, so nothing named the announcement's issuer
    found = page_metadata(FENGXIAN)
    assert (found.title, found.issuer, found.doc_no) == (
        "上海市奉贤区人民政府征收土地公告", "上海市奉贤区人民政府", "沪(奉)征地告〔2025〕第38号")


def test_a_date_row_run_into_another_row_stays_the_table_s():
    # quiet: …09:11信息来源: 芜湖市人民政府 is two rows run together, no page's line: no date is read off the site's row
    assert date_row_apart("发布时间:2021-04-01 09:11信息来源: 芜湖市人民政府阅读次数:") == [
        "发布时间:2021-04-01 09:11信息来源: 芜湖市人民政府阅读次数:"]
    assert page_metadata(WUHU).date is None


def test_a_day_printed_in_words_runs_into_no_line():
    assert date_row_apart("发布时间:2025年10月21日上海市") == ["发布时间:2025年10月21日上海市"]


def test_a_site_s_day_opening_its_rows_is_parted_from_them_and_作者_ends_the_来源_value():
    # before: the line opened with the day, so it was no row; read alone, 来源's value ran into 作者
    assert date_row_apart("2020-06-30 17:41     来源: 南宁经济技术开发区管理委员会     作者: 南宁经济技术开发区管理委员会") == [
        "2020-06-30 17:41", "来源: 南宁经济技术开发区管理委员会     作者: 南宁经济技术开发区管理委员会"]
    assert [(f.kind, f.value) for f in read_info_line("来源: 南宁经济技术开发区管理委员会     作者: 南宁经济技术开发区管理委员会")] == [
        ("source", "南宁经济技术开发区管理委员会"), ("other", "南宁经济技术开发区管理委员会")]


def test_the_page_with_the_site_s_day_over_its_rows_keeps_no_date_of_its_own():
    # quiet: the day parted from the rows is the site's, no document's date
    found = page_metadata(NANNING)
    assert (found.title, found.doc_no, found.date) == (
        "关于南宁经济技术开发区落实政府工作报告2020年重点工作任务分工方案的通知", "南经管发〔2020〕81号", None)


def test_a_day_in_figures_before_words_that_are_no_row_stays_one_line():
    assert date_row_apart("2020-06-30 17:41 市政府召开常务会议:研究部署") == ["2020-06-30 17:41 市政府召开常务会议:研究部署"]


# --- pages printing no title line -----------------------------------------------------------------------------------

def test_an_encyclopedia_s_profile_opening_with_its_text_has_no_title():
    # decided (left by the last round): its first line is a paragraph, 陈家桥街道新城面貌 a picture's caption in the
    # text; no 标题 row, no heading: none is right
    assert page_metadata(PLACES13 / "chenjiaqiao-2015-municipality-street-profile-encyclopedia.txt").title is None


def test_a_news_item_copied_without_its_headline_has_no_title():
    # decided: the page opens with the item's dated lead (1月18日,杏坪镇召开…); the headline was not copied
    assert page_metadata(PLACES13 / "xingping-2017-town-assessment-news-county-site.txt").title is None


# --- numbers a table of documents lists ------------------------------------------------------------------------------

DAZHOU = ROUND / "dazhou-2008-city-order-and-decision-law-site-number-on-its-own-line.txt"


def test_a_document_a_decision_repeals_listed_in_its_table_is_no_parent():
    # before: the parent 达市府发〔2000〕65号, the first document the decision's attachment lists as repealed
    found = page_metadata(DAZHOU)
    assert (found.doc_no, found.parent_doc_no) == ("达州市人民政府令第48号", None)
    assert Cited(None, "达市府发〔2000〕65号") in found.citations  # still a document the page names


def test_the_number_a_notice_carries_out_stays_its_parent_over_a_table_of_documents():
    # quiet: the number cited in the notice's text, not in the table's rows, is its parent
    found = lines_metadata("某市人民政府关于清理规范性文件的决定", "各区人民政府：",
                           "根据《国务院关于某某的通知》（国发〔2020〕1号）要求，决定废止下列文件。",
                           "序号 文件名称 文号", "1 关于某某的通知 某府发〔2001〕3号", "某市人民政府", "2020年6月8日")
    assert found.parent_doc_no == "国发〔2020〕1号"


def test_the_number_a_notice_cites_above_a_table_listing_it_too_stays_its_parent():
    # review: the parent cited in the text and listed again in the policies' table under it was dropped, and the next
    # number cited (某政发〔2019〕9号) read as the parent
    found = lines_metadata("某市人民政府关于印发某某实施方案的通知", "各区人民政府：",
                           "根据《国务院关于某某的通知》（国发〔2020〕1号）要求，结合《某省某某办法》（某政发〔2019〕9号），制定本方案。",
                           "附件：政策文件目录", "序号 文件名称 文号", "1 国务院关于某某的通知 国发〔2020〕1号",
                           "2 关于某某的意见 某办发〔2018〕2号", "某市人民政府", "2020年6月8日")
    assert found.parent_doc_no == "国发〔2020〕1号"


def test_an_information_row_naming_a_title_and_its_number_heads_no_list():
    # quiet: 名称 … 文号 … on one line with a colon and a number is a row of the page's information table
    found = lines_metadata("名称：某县人民政府关于某某的通知 文号：某政发〔2020〕5号", "各乡镇人民政府：",
                           "根据《某市某某方案》（某市政发〔2019〕7号）要求，现通知如下。", "某县人民政府", "2020年6月8日")
    assert found.parent_doc_no == "某市政发〔2019〕7号"


# --- an announcement headed by its matter over its number -----------------------------------------------------------

def test_an_announcement_s_matter_over_its_number_on_the_page_s_first_lines_is_its_title():
    # before: no title — 征收土地预公告 names no issuer, so no rule read it
    found = page_metadata(XIQING)
    assert (found.title, found.doc_no, found.issuer) == ("征收土地预公告", "西青区征告字〔2023〕20号", "西青区人民政府")


def test_a_site_s_column_of_kinds_of_notice_over_a_number_is_no_title():
    # quiet: 公示公告 is a site's column, no matter announced
    found = lines_metadata("公示公告", "某区征告字〔2023〕2号", "现将有关情况公告如下：", "某区人民政府", "2023年5月25日")
    assert found.title is None


def test_a_matter_announced_over_a_sentence_is_no_title():
    # quiet: no number under it (meta48's near miss, here on the page's first line)
    found = lines_metadata("征收土地公告", "现将有关事项公告如下：", "一、征收范围", "某区人民政府", "2023年5月25日")
    assert found.title is None


# --- a notice's head over its number in brackets ----------------------------------------------------------------------

def test_the_notice_issuing_the_rules_over_its_number_in_brackets_is_the_page_s_head():
    # before: the title the rules' name (the site's headline) and no issuer — the bracketed number between the notice's
    # title and its address line hid the notice's head; read, the law site's line over it names its issuer, and (since
    # places16) stays out of the title: the law site lists the rules' name and their maker over the notice it copies, as
    # the key says
    found = page_metadata(JIAN)
    assert (found.title, found.issuer, found.doc_no) == (
        "关于印发吉安市市本级政务公开工作实施细则的通知", "江西省吉安市人民政府办公室", "吉府发〔2003〕37号")


def test_a_bracket_holding_no_number_between_a_notice_s_title_and_its_addressees_hides_the_head_as_before():
    # quiet: (征求意见稿) is no 文号: the line under the notice's title is no address line, so the rules keep the title
    found = lines_metadata("某市某某工作实施细则", "关于印发某市某某工作实施细则的通知", "(征求意见稿)", "市政府各部门：",
                           "现将《某市某某工作实施细则》印发给你们，请遵照执行。", "二OO三年十二月四日")
    assert found.title == "某市某某工作实施细则"


# --- a site's footer keeping its maintenance contact and code --------------------------------------------------------

PENGSHAN = ROUND / "pengshan-2020-district-land-notice-untitled-site-footer.txt"


def test_a_site_s_footer_naming_its_maintenance_line_gives_the_last_item_no_owners():
    # before: 主办单位:眉山市彭山区人民政府办公室 协办单位:各镇(街道)、区级各部门 (the site's footer, closed by 网站维护技术
    # 联系电话 and 网站标识码 lines) were read as the owners of the announcement's 四、其他事项, its four parts measures
    assert refusal_cause(PENGSHAN).startswith("no task table or task list found")


def test_an_item_s_own_主办单位_line_with_no_site_line_after_it_stays_its_owners(tmp_path):
    # quiet: nothing after the line is a site's registration or maintenance: it names the item's owners
    document = read_text(tmp_path, "某区2020年重点活动安排\n一、举办消费节\n开展促销活动。\n主办单位:区商务局 协办单位:各街道\n"
                                   "二、举办美食节\n开展美食展销。\n主办单位:区文旅局 协办单位:各街道\n")
    assert [owners(m) for m in document.measures][0][0] == ("区商务局", "lead")

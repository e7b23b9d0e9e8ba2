"""The prose34 blind round (tests/fixtures/prose-blind34/KEY.md and key.toml, written before the reader ran): eight
pages of kinds earlier rounds hold few of (a district's 若干措施 on a news copy, a city's 实施细则 with pinyin glosses
and its owners in brackets, a document site's one-line copy, western counties' work reports, a municipality's rules
in articles, a county's plan under its portal's table, 2021–2025), read as the key says, and the faults of kind the
round found:

- a work report's delivery line printing no day (镇沅: ``——在县第十八届人民代表大会第四次会议上 县长 … 各位代表: …``,
  the speaker's words run after it) did not make the line over it a report's title, and the page read no title
  (pilotplans/parsers/metadata.py ``_UNDATED_DELIVERY``).
- a document-sharing site's line naming the file it shares (嘉兴: ``《…实施方案.docx》由会员分享,…``) over a text
  printed in one line gave no title: the file's name is read as one where no line is (pilotplans/parsers/titles.py
  ``shared_file_name``).

Leftovers of round 33, read now:

- a plan named by the count of its measures (…高质量发展二十条, 稳经济30条) reads its title where the page says the count
  is its measures' — its first article (第一条…) below the line, or a line citing it in 《》; a target's line counting
  roads (全年新建农村公路15条) has neither and stays no title (titles.py ``counted_title``).
- a document site's label filing the page under a province in brackets ((内蒙古自治区)锡林郭勒盟…十四五规划(2022年更新),
  prose-blind32's 苏尼特右旗) is passed over where the lines under it give the document's own title opening with words
  the label holds; 铜陵郊区's (the title under it only with the site's 收藏 and 前言 run in) and a page whose only title
  it is keep it (metadata.py ``_label_over_own_title``).
"""

from __future__ import annotations

from pilotplans.parsers.titles import shared_file_name
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, owners, page_metadata, refusal_cause

BLIND = FIXTURES / "prose-blind34"
ZHENYUAN = BLIND / "zhenyuan-2025-autonomous-county-government-work-report-portal-table-frame-no-date-no-tasks.txt"
JIAXING = BLIND / "jiaxing-2023-city-private-economy-implementation-plan-document-site-one-line-first-listed-lead-cut.txt"
MAANSHAN = BLIND / "maanshan-2021-city-private-economy-rules-pinyin-glossed-mirror-owner-brackets-cut.txt"
REFUSED = [BLIND / name for name in (
    "wanzhou-2025-district-office-private-economy-measures-news-copy-cut-before-measures.txt",
    "tongwei-2024-county-government-work-report-traditional-forum-one-line-no-tasks.txt",
    "muchuan-2024-county-government-work-report-forum-post-twenty-articles-named-no-tasks.txt",
    "zhenyuan-2025-autonomous-county-government-work-report-portal-table-frame-no-date-no-tasks.txt",
    "beijing-2023-municipality-party-and-government-offices-rural-responsibility-rules-articles-copy-no-owners-cut.txt",
    "ziyang-2024-county-development-plan-portal-info-table-spaced-number-no-owners-cut.txt",
)]


# --- the round's reading ----------------------------------------------------------------------------------------

def test_pages_naming_no_task_s_owner_are_refused():
    assert [bool(refusal_cause(path)) for path in REFUSED] == [True] * len(REFUSED)


def test_a_glossed_mirror_s_item_reads_its_bracketed_owners():
    # 1.搭建創意平台。…(市商務局,各縣區、開(kāi)發(fā)園區按職責分工負責), under (一) under 二、主要任務
    from pilotplans.ingest.pipeline import read_document

    first = read_document(MAANSHAN).measures[0]
    assert (first.number, first.heading_path) == (1, ["主要任務", "激發(fā)創意熱情彙聚源頭活水"])
    assert ("市商務局", "carry_out") in owners(first)


# --- a delivery line printing no day ----------------------------------------------------------------------------

def test_a_report_over_an_undated_delivery_line_reads_its_title():
    meta = page_metadata(ZHENYUAN)
    assert (meta.title, meta.date, meta.level) == ("2025年镇沅县政府工作报告", None, "county")


def test_a_dash_before_a_meeting_that_is_no_congress_makes_no_report():
    # quiet: ——在全县经济工作会议上 is a speech's line, no report's delivery
    assert lines_metadata("2025年镇沅县政府工作报告", "——在全县经济工作会议上 县长 尹雪兰 同志们: 现在,我讲三点意见。").title is None


def test_an_undashed_undated_session_line_makes_no_report():
    # quiet: 在…会议上 without the dash opens any sentence
    assert lines_metadata("2025年镇沅县政府工作报告", "在县第十八届人民代表大会第四次会议上 县长 尹雪兰").title is None


# --- a document-sharing site's line naming its file -------------------------------------------------------------

def test_a_document_site_s_line_naming_the_shared_file_gives_the_title():
    meta = page_metadata(JIAXING)
    assert (meta.title, meta.level, meta.region) == (
        "嘉兴市贯彻落实《浙江省促进民营经济高质量发展若干措施》实施方案", "municipal", "嘉兴")


def test_a_name_in_brackets_without_a_file_s_extension_is_no_shared_file():
    # quiet: a law or a plan cited opening a sentence; a shared file's name with no extension (a 文库's 《…》由会员分享)
    assert [shared_file_name(text) for text in (
        "《中华人民共和国行政许可法》规定,…", "《民族乡工作进展情况汇报》由会员分享,可在线阅读",
        "《某某市实施方案.pdf》由会员分享",
    )] == [None, None, "某某市实施方案"]


def test_a_shared_file_s_name_gives_way_to_a_title_the_page_prints():
    # quiet: the page's own title line under the site's line stays the title
    meta = lines_metadata("《某某县2024年工作方案定稿.docx》由会员分享,可在线阅读。", "某某县农村公路建设实施方案",
                          "为加快农村公路建设,制定本方案。")
    assert meta.title == "某某县农村公路建设实施方案"


# --- a plan named by the count of its measures ------------------------------------------------------------------

def test_a_title_counting_its_measures_over_its_first_article_is_read():
    meta = lines_metadata("某县促进民营经济高质量发展二十条", "为推动民营经济高质量发展,制定本措施。",
                          "第一条 加大财政支持力度。对新认定的企业给予奖励。(责任单位:县财政局)")
    assert meta.title == "某县促进民营经济高质量发展二十条"


def test_a_title_counting_its_measures_cited_by_its_notice_is_read():
    meta = lines_metadata("各乡镇人民政府:", "现将《某县稳经济30条》印发给你们,请认真贯彻执行。", "某县人民政府", "2023年5月6日",
                          "某县稳经济30条", "1.加大财政支持力度。")
    assert meta.title == "某县稳经济30条"


def test_a_target_counting_roads_over_a_plan_s_items_is_no_title():
    # quiet: r_prose33's case, with a plan's numbered items under it and no line citing it
    assert lines_metadata("全年新建农村公路15条", "为加快农村公路建设,制定本方案。", "一、加大财政支持力度。").title is None


def test_an_article_s_number_over_the_first_article_is_no_counted_title():
    # quiet: 第二十条 is an article, not a count of measures
    assert lines_metadata("依照本办法第二十条", "第一条 为了加强管理,制定本办法。").title is None


def test_a_heading_joined_to_a_count_line_over_an_article_is_no_counted_title():
    # quiet (round 34's leftover): the heading of a report's part run into the line counting its roads, over an article
    assert lines_metadata("主要工作成效", "新建改建农村公路15条", "第一条 为了加强农村公路管理,制定本办法。").title is None


def test_a_count_line_under_a_numbered_heading_over_an_article_is_no_counted_title():
    # quiet: the count line is the part's (三、), not the page's title
    assert lines_metadata("三、支持措施", "稳经济30条", "第一条 加大财政支持力度。").title is None


def test_a_title_counting_its_measures_wrapped_over_two_lines_over_its_first_article_is_read():
    # fires: the count's line goes on from a title's first half, which heads no part
    assert lines_metadata("某县促进民营经济", "高质量发展二十条", "第一条 加大财政支持力度。").title == "某县促进民营经济高质量发展二十条"


def test_a_title_counting_its_measures_under_a_site_s_path_over_its_first_article_is_read():
    # fires: a site's path over the title heads no part of the page
    assert lines_metadata("首页 > 政策文件", "某县促进民营经济高质量发展二十条",
                          "第一条 加大财政支持力度。").title == "某县促进民营经济高质量发展二十条"


def test_a_heading_of_a_part_is_told_by_its_outline_number_or_its_work_done_ending():
    from pilotplans.parsers.titles import heads_a_part

    assert [heads_a_part(line) for line in ("主要工作成效", "一、支持措施", "（二）工作进展", "某县促进民营经济",
                                            "首页 > 政策文件", "一、加快建设交通网络。", "全年取得明显成效。")] == [
        True, True, True, False, False, False, False]


# --- a document site's label filed under a province -------------------------------------------------------------

def test_a_site_s_label_over_the_outline_s_own_title_gives_way_to_it():
    meta = page_metadata(FIXTURES / "prose-blind32" / (
        "sunite-right-banner-2021-banner-government-fourteenth-five-year-outline-document-site-chapters-no-owners-cut.txt"))
    assert meta.title == "苏尼特右旗国民经济和社会发展第十四个五年规划和 2035 年远景目标纲要"


def test_a_site_s_label_over_lines_that_are_no_title_of_the_same_place_stays_the_title():
    # quiet: 铜陵郊区's label over 收藏 / 前言 / the outline's title (read with the site's words run in)
    meta = page_metadata(FIXTURES / "places-blind" / "tongling-jiaoqu-2022-district-outline.txt")
    assert meta.title == "(安徽省)铜陵市郊区国民经济和社会发展十四五规划(2022年更新)"


# --- review r_prose34: the evidence for a counted title is the page's own ------------------------------------------

def test_a_report_s_count_over_a_regulation_attached_further_down_is_no_title():
    # quiet: the 第一条 is the attached 条例's (its own title stands between), not the count's
    assert lines_metadata("各位代表:", "出台支持民营经济发展政策二十条", "全年新增市场主体1.2万户。", "附:某县安全生产条例",
                          "第一条 为了加强安全生产工作,制定本条例。").title is None


def test_a_count_over_another_document_s_articles_far_below_keeps_that_document_s_title():
    # quiet: the first title that reads is the regulation's own, not the report's line counting measures
    assert lines_metadata("重点工作", "贯彻落实国务院稳经济一揽子政策措施33条", "各项工作取得新成效。", "附件",
                          "某县关于促进就业的若干规定", "第一条 为了促进就业,制定本规定。").title == "某县关于促进就业的若干规定"


def test_a_line_naming_the_count_in_brackets_without_issuing_it_confirms_no_title():
    # quiet: 认真贯彻《…33条》 names the whole as a report would; only an issuing line (现将《…》印发) says it is a title
    assert lines_metadata("一年来,全县上下", "全面落实稳经济一揽子政策33条", "认真贯彻《全面落实稳经济一揽子政策33条》",
                          "经济运行稳中向好。").title is None


def test_a_site_s_label_over_a_related_document_s_title_further_down_stays_the_title():
    # quiet: the title under 相关阅读 is another document's, though it opens with the label's place and 关于印发
    meta = lines_metadata("(湖北省)武汉市人民政府关于印发武汉市优化营商环境实施方案的通知", "相关阅读",
                          "武汉市人民政府关于印发武汉市促进消费实施方案的通知", "各区人民政府:")
    assert meta.title == "(湖北省)武汉市人民政府关于印发武汉市优化营商环境实施方案的通知"


def test_an_undated_congress_line_heading_a_speech_makes_no_report():
    # quiet: ——在…人民代表大会…会议上的讲话 heads a speech to the congress, under a line that only ends with 工作报告
    assert lines_metadata("听取和审议县人民政府工作报告", "——在县第十八届人民代表大会第四次会议上的讲话", "各位代表:").title is None


def test_a_shared_file_named_by_its_user_or_the_site_gives_no_title():
    # quiet: a bare kind, a download's copy number, a sample site's count of pieces name the file, not a document
    body = "为进一步加快民营经济发展,制定本方案。一、总体要求。坚持以习近平新时代中国特色社会主义思想为指导。"
    assert [lines_metadata(f"《{name}.docx》由会员分享,可在线阅读", body).title for name in (
        "实施方案", "嘉兴市民营经济实施方案(1)", "工作计划(3篇)")] == [None, None, None]


# review of mend35: a site's path or section, and a labelled line, over a title counting its measures head no part
def test_a_title_counting_its_measures_under_a_site_path_ending_with_a_work_done_section_is_read():
    assert lines_metadata("当前位置：首页 > 政务公开 > 重点工作进展", "某县稳经济30条",
                          "第一条 加大财政支持力度,对企业给予奖励。").title == "某县稳经济30条"


def test_a_title_counting_its_measures_under_its_site_section_printed_alone_is_read():
    assert lines_metadata("当前位置：首页 > 政务公开 > 重点工作进展", "重点工作进展", "某县稳经济30条",
                          "第一条 加大财政支持力度,对企业给予奖励。").title == "某县稳经济30条"


def test_a_labelled_line_ending_with_a_work_done_word_heads_no_part():
    from pilotplans.parsers.titles import heads_a_part

    assert heads_a_part("专题专栏：优化营商环境工作成效") is False

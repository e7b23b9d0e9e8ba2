"""The prose33 blind round (tests/fixtures/prose-blind33/KEY.md and key.toml, written before the reader ran): nine
pages of kinds earlier rounds hold few of (a county-level city's 若干政策 in traditional characters, a chapter's lead
bracket over its items, a consultation page, autonomous places' work reports, sample and document sites' copies,
2021–2024), read as the key says, and the faults of kind the round found:

- a plan named by its measures as a whole, …若干政策 (嵊州), ended no title (not the count of its measures, …二十条:
  taken back by the review, 条 counts a target's roads and routes too): ``TITLE_END`` knew no such kind, and the page read no title (pilotplans/parsers/titles.py
  ``_COUNTED_KINDS``).
- a site's link to more pages of a collection alone over a report (西双版纳: ``點擊查閱更多2023年地方政府工作報告``) was read
  as the title: page furniture (tasklist.toml ``page_furniture``).

- such a title printed with its edition on the line under it (建德: ``…若干政策`` / ``(2025年版)``) is read with it
  (titles.py ``wrapped_over``), as it was while ``TITLE_END`` did not end it; and the rest of its kind cut onto the
  next line (若干政策 / 措施的通知) goes on it (titles.py ``counted_kind_goes_on``).
"""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret.vocabulary import vocabulary
from pilotplans.parsers.titles import TITLE_END, wrapped_over
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, owners, page_metadata, refusal_cause

BLIND = FIXTURES / "prose-blind33"
SHENGZHOU = BLIND / "shengzhou-2022-county-city-industry-policies-traditional-site-mirror-owner-brackets-cut.txt"
CANGNAN = BLIND / "cangnan-2023-county-growth-policies-news-copy-chapter-lead-bracket-items-cut.txt"
XISHUANGBANNA = BLIND / "xishuangbanna-2023-autonomous-prefecture-government-work-report-traditional-mirror-no-title-no-tasks.txt"
TIANYUAN = BLIND / "tianyuan-2023-district-government-work-report-document-site-line-over-spaced-title-no-tasks.txt"
JIANDE = FIXTURES / "prose-blind15" / "jiande-2025-county-city-policy-groups-led-by-bureau-items-bracketed.txt"
REFUSED = [BLIND / name for name in (
    "lincang-2023-city-party-and-government-county-development-plan-consultation-page-joint-signature-no-owners-cut.txt",
    "hengyang-2021-city-office-enterprise-subsidy-opinions-court-site-copy-no-owners-cut.txt",
    "xishuangbanna-2023-autonomous-prefecture-government-work-report-traditional-mirror-no-title-no-tasks.txt",
    "yangbi-2023-autonomous-county-government-work-report-page-four-no-title-no-tasks.txt",
    "tianyuan-2023-district-government-work-report-document-site-line-over-spaced-title-no-tasks.txt",
    "town-2024-township-party-committee-construction-projects-work-plan-document-site-repeated-no-owners.txt",
    "district-2024-district-government-work-plan-sample-site-title-thrice-place-masked-no-owners.txt",
)]


# --- the round's reading ----------------------------------------------------------------------------------------

def test_pages_naming_no_task_s_owner_are_refused():
    assert [refusal_cause(path).startswith("no task table or task list found") for path in REFUSED] == [True] * len(REFUSED)


def test_a_chapter_s_lead_bracket_owns_the_items_under_it():
    # 一、扩大有效投资政策(由县发改局牵头实施) over 1. and 2., which name no owner of their own
    document = read_document(CANGNAN)
    assert [(m.number, m.heading_path, owners(m)) for m in document.measures] == [
        (1, ["扩大有效投资政策"], [("县发改局", "lead")]),
        (2, ["扩大有效投资政策"], [("县发改局", "lead")]),
    ]


def test_a_report_under_a_document_site_s_line_keeps_its_own_spaced_title():
    # 2023年株洲市天元区政府工作报告—全文 (the site's) over 政 府 工 作 报 告 (the report's own)
    meta = page_metadata(TIANYUAN)
    assert (meta.title, meta.date.isoformat() if meta.date else None) == ("政府工作报告", "2023-01-09")


# --- a plan named by its measures as a whole ends a title -------------------------------------------------------

def test_a_county_city_s_policies_titled_by_their_kind_read_their_title():
    meta = page_metadata(SHENGZHOU)
    assert meta.title == "加快推進工業經濟高質量發展若干政策"


def test_a_count_of_roads_or_routes_ending_a_line_is_no_title():
    # 条 counts a road's or a bus route's items as it counts a plan's measures: a target's line is no title (r_prose33:
    # the count of measures, …二十条, was taken back as a title's end; round 32's leftover stays)
    assert [lines_metadata(line).title for line in ("全年新建农村公路15条", "全年新开通城乡公交线路十二条")] == [None, None]


def test_an_article_s_number_a_sentence_s_policies_and_a_count_end_no_title():
    # 第二十条 (an article), 落实有关政策 (a clause's object), 打造一条 (a sentence wrapped at its line's end), 公路15条 (a
    # target's count)
    assert [TITLE_END.search(text) is not None for text in (
        "依照本办法第二十条", "认真落实国家和省有关政策", "全力打造一条", "全年新建农村公路15条", "推动经济高质量发展若干政策举措",
    )] == [False, False, False, False, True]


def test_a_rules_page_s_article_lines_read_no_title():
    meta = lines_metadata("第二十条 本办法自印发之日起施行。", "第二十一条 本办法由县财政局负责解释。")
    assert meta.title is None


# --- a site's link to more pages is no title ------------------------------------------------------------------------

def test_a_site_s_link_to_more_reports_over_a_report_is_no_title():
    meta = page_metadata(XISHUANGBANNA)
    assert (meta.title, meta.region) == (None, "西双版纳")


def test_a_plan_s_line_telling_users_what_to_click_is_no_furniture():
    words = vocabulary()
    assert [words.is_page_furniture(text) for text in (
        "點擊查閱更多2023年地方政府工作報告", "查看更多>>",
        "登录后点击：“企业开办”栏目查看更多办事指南。", "点击查看更多，了解详情",
    )] == [True, True, False, False]


# --- such a title's edition on the line under it is the title's ------------------------------------------------

def test_a_policies_title_s_edition_on_the_next_line_is_read_with_it():
    # 建德市关于推动经济高质量发展的若干政策 / (blank) / (2025年版): the list's title is both lines
    document = read_document(JIANDE)
    assert {table.title for table in document.tables} == {
        "建德市关于推动经济高质量发展的若干政策(2025年版)"}


def test_a_sentence_under_a_policies_title_is_no_half_of_it():
    assert [wrapped_over("建德市关于推动经济高质量发展的若干政策", line) for line in (
        "(2025年版)", "为深入贯彻落实中央和省委经济工作会议精神,现制定以下政策。", "(此件公开发布)", "（2024年底前完成）",
    )] == [True, False, False, False]


# --- such a title's kind cut between its words goes on the next line (r_prose33) -------------------------------------

def test_a_notice_title_cut_between_policies_and_measures_reads_whole():
    # 若干政策 / 措施的通知: the real 若干政策措施 wrapped between its words was cut to …若干政策
    meta = lines_metadata("湖南省人民政府办公厅关于印发实现经济运行整体好转的若干政策", "措施的通知",
                          "各市州人民政府：", "现将有关政策措施印发给你们，请认真贯彻执行。")
    assert meta.title == "湖南省人民政府办公厅关于印发实现经济运行整体好转的若干政策措施的通知"


def test_a_list_title_cut_between_policies_and_measures_is_wrapped_over_and_a_sentence_is_not():
    assert [wrapped_over("实现经济运行整体好转的若干政策", line) for line in (
        "措施", "措施》实施方案", "措施如下：", "举措有力，成效明显。",
    )] == [True, True, False, False]

"""meta47: the metadata faults the prose25 and places11 blind rounds left (tests/fixtures/prose-blind25/KEY.md,
tests/fixtures/places-blind11/KEY.md), each mended for its kind of page, with a case where the rule fires and one
where it must stay quiet:

- a 文号 run into the title's opening word with no gap (吉教发[2015]1号关于印发…的通知) is the 文号, not the title's;
- a signature run onto the line of the sentence issuing the plan (…落实。 附件:… 吉林省教育厅 2015年3月10日) dates it;
- a date whose 年 and 月 a copy lost, its 日 kept (2023925日), is the signature's date, never a title's line;
- a work report's headline is its title over the speaker's address to the congress (我代表…向大会报告工作) as over its
  delivery line;
- a sample-text site's collection title closed by its count of pieces (…(实用13篇)) is the site's, no title;
- a reply to a deputy's suggestion or a member's proposal (关于对…建议的答复, 对…提案的答复) is titled as printed;
- a portal's 信息公开 labels 公开日, 服务对象, 著录日期 are known (data/info_rows.toml), so its rows are read;
- the citing lines of a plan under its notice begin at the plan's title printed after the notice's closing sentence,
  not at a headline printing that title over the notice, and ``parent_doc_no`` is the first 文号 those lines cite;
- an approval cited by its title is named an approval in ``diff``'s note, not a plan."""

from __future__ import annotations

import datetime as dt

from pilotplans.diff.citation import citation_note
from pilotplans.diff.models import CitedRef, DocumentRef
from pilotplans.parsers.dates import read_figures_date
from pilotplans.parsers.interpret.vocabulary import vocabulary
from pilotplans.parsers.titles import TITLE_END, is_title_part
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, page_metadata

PROSE25 = FIXTURES / "prose-blind25"
PLACES11 = FIXTURES / "places-blind11"
JILIN = PROSE25 / "jilin-2015-province-education-department-work-points-site-copy-numbered-no-owners-cut.txt"
YINGXIAN = PROSE25 / "yingxian-2023-county-office-plan-number-and-date-marks-lost-tasks-no-owners-cut.txt"
GUANGMING = PROSE25 / "guangming-2016-new-area-committee-work-report-site-menu-review-no-tasks-cut.txt"
YANGBI = PROSE25 / "yangbi-autonomous-county-culture-reform-tasks-sample-site-copy-labelled-fields-run-on-cut.txt"
CAIDIAN = PROSE25 / "caidian-2026-district-office-notice-piped-info-table-requests-only-cut.txt"
JINGDEZHEN = PLACES11 / "jingdezhen-2019-high-tech-zone-reply-to-city-deputy-number-bracket-lost.txt"
GUANGSHUI = PLACES11 / "guangshui-2024-county-city-bureau-reply-to-cppcc-source-row.txt"
DONGHU = PLACES11 / "donghu-2021-district-reply-on-a-town-s-project-info-rows.txt"
GAOCHANG = PLACES11 / "gaochang-2023-district-office-notice-on-bureau-number-info-rows.txt"


# --- a 文号 run into the title -----------------------------------------------------------------------------------

def test_a_number_run_into_the_title_s_opening_word_is_the_number_not_the_title_s():
    # before: the title 吉教发[2015]1号关于印发《吉林省教育厅2015年工作要点》的通知
    found = page_metadata(JILIN)
    assert (found.title, found.doc_no) == ("关于印发《吉林省教育厅2015年工作要点》的通知", "吉教发[2015]1号")


def test_a_number_run_into_a_sentence_citing_it_is_no_title():
    # quiet: what follows the number is a sentence, no whole title, so the line is no title at all
    found = lines_metadata("某某市人民政府文件", "为贯彻落实国办发〔2022〕10号关于加快推进政务服务的通知要求，现提出如下意见。")
    assert found.title is None


def test_a_signature_run_onto_the_issuing_sentence_s_line_dates_the_notice():
    # before: no date — …认真抓好贯彻落实。 附件:吉林省教育厅2015年工作要点 吉林省教育厅 2015年3月10日 was one line, shorter
    # than a page run on, so its signature was never parted from the sentence
    assert page_metadata(JILIN).date == dt.date(2015, 3, 10)


def test_a_body_and_a_date_opening_a_sentence_after_the_issuing_sentence_date_nothing():
    # quiet: what follows the date is a sentence's (市政府2023年6月30日召开常务会议…), no signature's end
    found = lines_metadata("某某市人民政府关于印发某某方案的通知",
                           "现将《某某方案》印发给你们，请认真贯彻执行。 市政府2023年6月30日召开常务会议审议通过")
    assert found.date is None


# --- a date whose 年 and 月 were lost, its 日 kept ----------------------------------------------------------------

def test_figures_closed_by_their_day_mark_under_a_signature_date_it_and_stay_out_of_the_title():
    # before: the title 2023925日应县促进专业镇高质量发展实施方案, no issuer, no date
    found = page_metadata(YINGXIAN)
    assert (found.title, found.issuer, found.date) == (
        "应县促进专业镇高质量发展实施方案", "应县人民政府办公室", dt.date(2023, 9, 25))


def test_figures_closed_by_their_day_mark_that_split_two_ways_date_nothing():
    # quiet: 2024111日 is 1-11 or 11-1, no one day
    assert read_figures_date("2024111日") is None


def test_a_title_opening_with_its_year_is_still_a_title_s_line():
    # quiet: a year and 年 open a year's plan's title, no date whose marks were lost
    assert is_title_part("2023年应县促进专业镇高质量发展实施方案")


# --- a work report's headline over its speaker's address ---------------------------------------------------------

def test_a_work_report_s_headline_over_the_speaker_s_address_to_the_congress_is_its_title():
    # before: no title (no delivery line under the headline, only 同志们： / 我代表新区管委会向大会报告工作)
    assert page_metadata(GUANGMING).title == "光明新区2016年政府工作报告"


def test_a_site_s_column_over_a_report_s_headline_is_not_the_report_s_title():
    # quiet: the column 政府工作报告 stands over the report's own headline, the address under both
    found = lines_metadata("政府工作报告", "某某区2016年政府工作报告", "同志们：", "我代表区人民政府向大会报告工作，请予审议。")
    assert found.title == "某某区2016年政府工作报告"


def test_a_line_ending_with_工作报告_over_no_address_is_no_title():
    # quiet: news of a meeting that discussed the report: no delivery line, no address to the congress
    found = lines_metadata("某某区2016年政府工作报告", "日期：2016-02-16", "区政府召开常务会议，讨论政府工作报告。")
    assert found.title is None


# --- a sample site's collection title -----------------------------------------------------------------------------

def test_a_sample_site_s_collection_title_closed_by_its_count_of_pieces_is_no_title():
    # before: the title 产业发展实施方案(实用13篇), the site's column of pieces by other makers
    assert page_metadata(YANGBI).title is None


def test_a_title_s_own_bracket_is_no_count_of_pieces():
    # quiet: a plan's period or status in brackets closes its own title
    assert [vocabulary().is_page_furniture(text) for text in (
        "某某市文化产业发展实施方案（2023—2025年）", "某某市文化产业发展实施方案(试行)")] == [False, False]


# --- a reply's title ----------------------------------------------------------------------------------------------

def test_a_reply_to_a_deputy_s_suggestion_or_a_member_s_proposal_is_titled_as_printed():
    # before: no title on any of the three pages (答复 was no kind of document a title ends with)
    assert [page_metadata(path).title for path in (JINGDEZHEN, GUANGSHUI, DONGHU)] == [
        "关于对市人大代表提出高新区政府驻地搬迁建议的答复", "对市政协九届三次会议第24014号提案的答复",
        "关于对区第十六届人大六次会议第35号建议的答复"]


def test_a_sentence_s_答复_ends_no_title():
    # quiet: 答复 as a verb (现将办理情况答复, 特此答复, 请予答复) is no reply's title
    assert [TITLE_END.search(text) for text in ("现将办理情况答复", "特此答复", "请予答复")] == [None, None, None]


# --- a portal's information rows ----------------------------------------------------------------------------------

def test_a_portal_s_rows_labelled_公开日_服务对象_著录日期_are_read():
    # before: no issuer, level or region (a row whose label was unknown made the table none); the 公开日 is the day the
    # site disclosed the page, so it dates the notice, which prints no date of its own, only as the site's, warned
    found = page_metadata(GAOCHANG)
    assert (found.issuer, found.doc_no, found.date, found.date_published) == (
        "高昌区政府办公室", "高区财农〔2023〕45号", dt.date(2023, 7, 4), True)


def test_a_document_s_own_date_row_is_no_publication_row():
    # quiet: 发文日期 is the document's date, read with no date_published warning
    found = page_metadata(CAIDIAN)
    assert (found.date, found.date_published) == (dt.date(2026, 1, 4), False)


# --- citing lines and the parent's 文号 ---------------------------------------------------------------------------

_NOTICE = ("某某市人民政府关于印发某某市全面深化服务贸易创新发展试点实施方案的通知", "各区人民政府：",
           "现将《某某市全面深化服务贸易创新发展试点实施方案》印发给你们，请认真贯彻执行。")
_SIGNED = ("某某市人民政府", "2020年10月1日", "某某市全面深化服务贸易创新发展试点实施方案")
_PLAN = ("为贯彻落实《全面深化服务贸易创新发展试点总体方案》（国函〔2020〕111号），制定本方案。", "一、总体要求", "（一）指导思想",
         "二、主要任务", "（一）推进人员流动便利化。", "1.实施《某某市人才认定标准（试行）》（某政发〔2019〕3号）。")
_OWN_PARAGRAPHS = ("一、各区要按照《国务院关于同意全面深化服务贸易创新发展试点的批复》要求抓好落实。", "二、各区要加强统筹。",
                   "三、请于每年底前报送《试点工作进展情况》。")


def test_a_headline_printing_the_plan_s_title_over_its_notice_does_not_cut_the_preamble_s_citations():
    # before: the cut began at the headline, so the notice's own 二、 ended the citing lines at its 三、: the preamble's
    # plan and its 文号 were lost, and the notice's 三、 too
    found = lines_metadata("某某市全面深化服务贸易创新发展试点实施方案", *_NOTICE, *_OWN_PARAGRAPHS, *_SIGNED, *_PLAN)
    assert [(c.title, c.doc_no) for c in found.citations] == [
        ("国务院关于同意全面深化服务贸易创新发展试点的批复", None), ("试点工作进展情况", None),
        ("全面深化服务贸易创新发展试点总体方案", "国函〔2020〕111号")]
    assert found.parent_doc_no == "国函〔2020〕111号"


def test_the_plan_s_tasks_under_a_headline_still_cite_nothing():
    # quiet: 1.实施《某某市人才认定标准（试行）》 is what a task applies, under the plan's own title
    found = lines_metadata("某某市全面深化服务贸易创新发展试点实施方案", *_NOTICE, *_OWN_PARAGRAPHS, *_SIGNED, *_PLAN)
    assert "某政发〔2019〕3号" not in [c.doc_no for c in found.citations]


def test_a_number_a_task_applies_is_no_parent_s():
    # before: 某政发〔2019〕3号, the first 文号 anywhere on the page (the preamble cites the plan by its title alone)
    plan = ("为贯彻落实《全面深化服务贸易创新发展试点总体方案》，制定本方案。", *_PLAN[1:])
    assert lines_metadata(*_NOTICE, *_SIGNED, *plan).parent_doc_no is None


def test_the_first_number_the_preamble_cites_is_the_parent_s():
    # quiet: the preamble's 文号 stays the parent's, the task's after it none
    assert lines_metadata(*_NOTICE, *_SIGNED, *_PLAN).parent_doc_no == "国函〔2020〕111号"


# --- diff's note names an approval an approval --------------------------------------------------------------------

_NATIONAL_2018 = DocumentRef(id="national-2018", level="national", programme="service-trade", round=2018,
                             doc_no="国函〔2018〕79号", title="国务院关于同意深化服务贸易创新发展试点的批复")


def test_the_2016_approval_cited_by_its_title_is_named_the_approval_of_its_round():
    local = DocumentRef(id="tianjin-2016", level="municipal", region="天津",
                        citations=(CitedRef(title="国务院关于同意开展服务贸易创新发展试点的批复"),))
    assert "《国务院关于同意开展服务贸易创新发展试点的批复》 (the approval of 服务贸易创新发展试点, 2016)" in (
        citation_note(_NATIONAL_2018, local) or "")


def test_the_2016_plan_cited_by_its_title_is_named_the_plan_of_its_round():
    # quiet: the plan's own title (…总体方案) names the round's plan
    local = DocumentRef(id="tianjin-2016", level="municipal", region="天津",
                        citations=(CitedRef(title="服务贸易创新发展试点总体方案"),))
    assert "《服务贸易创新发展试点总体方案》 (the plan of 服务贸易创新发展试点, 2016)" in (citation_note(_NATIONAL_2018, local) or "")

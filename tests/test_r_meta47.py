"""The review of meta47: near misses of its rules that read wrong output, each mended with a case where the rule
fires and one where it must stay quiet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pilotplans.parsers.interpret.vocabulary import vocabulary
from tests.page_metadata import lines_metadata, read_text


# --- a sample site's collection title: page furniture only with the site's word for its collection -----------------

def test_a_collection_title_with_the_site_s_word_in_or_before_its_count_is_page_furniture():
    assert [vocabulary().is_page_furniture(text) for text in (
        "产业发展实施方案(实用13篇)", "工作计划范文(通用5篇)", "实施方案精选(10篇)")] == [True, True, True]


def test_a_plan_s_line_closed_by_a_count_of_pieces_it_sets_keeps_its_words(tmp_path: Path):
    # before: 全年编发简报（12篇） and 形成高质量调研报告（3篇）, each alone on its line, were dropped as a sample site's
    # collection title, and the measures lost them
    document = read_text(tmp_path, "某某县宣传工作实施方案\n为做好宣传工作，制定本方案。\n一、主要任务\n1.加强新闻宣传。\n"
                                   "在省级以上媒体刊发稿件\n全年编发简报（12篇）\n（牵头单位：县委宣传部）\n2.加强理论研究。\n"
                                   "形成高质量调研报告（3篇）\n（牵头单位：县社科联）\n")
    assert [measure.text for measure in document.measures] == [
        "加强新闻宣传。在省级以上媒体刊发稿件全年编发简报（12篇）", "加强理论研究。形成高质量调研报告（3篇）"]


# --- the citing lines: begun after a sentence issuing the plan only -------------------------------------------------

_TITLE = "某某市全面深化服务贸易创新发展试点实施方案"
_PREAMBLE = ("为贯彻落实《全面深化服务贸易创新发展试点总体方案》（国函〔2020〕111号），制定本方案。", "一、总体要求", "（一）指导思想",
             "二、主要任务", "（一）推进人员流动便利化。", "1.实施《某某市人才认定标准（试行）》（某政发〔2019〕3号）。")


def test_a_plan_s_own_request_to_carry_it_out_opens_no_plan_under_it():
    # before: 各区各部门请认真贯彻落实。 was taken for a notice's closing sentence, and the plan's title a site printed again
    # at its foot for the plan's opening: every task over it cited (the task's 标准 and 规定 with their 文号)
    found = lines_metadata(_TITLE, *_PREAMBLE, "三、保障措施", "各区各部门请认真贯彻落实。",
                           "（二）加强宣传。按照《某某市宣传工作规定》（某政办发〔2018〕9号）开展宣传。", "上一篇：" + _TITLE, _TITLE)
    assert [(c.title, c.doc_no) for c in found.citations] == [("全面深化服务贸易创新发展试点总体方案", "国函〔2020〕111号")]


def test_a_notice_s_closing_sentence_naming_the_plan_it_issues_opens_the_plan_under_it():
    # quiet: 《X》已经市人民政府同意，请认真贯彻执行。 issues X though it says no 印发: the headline over the notice is no opening,
    # the notice's own numbered paragraphs cite, the plan's task does not
    found = lines_metadata(_TITLE, "某某市人民政府办公室关于印发" + _TITLE + "的通知", "各区人民政府：",
                           "《" + _TITLE + "》已经市人民政府同意，请认真贯彻执行。",
                           "一、各区要按照《国务院关于同意全面深化服务贸易创新发展试点的批复》要求抓好落实。", "二、各区要加强统筹。",
                           "某某市人民政府办公室", "2020年10月1日", _TITLE, *_PREAMBLE)
    assert [(c.title, c.doc_no) for c in found.citations] == [
        ("国务院关于同意全面深化服务贸易创新发展试点的批复", None), ("全面深化服务贸易创新发展试点总体方案", "国函〔2020〕111号")]


# --- a work report's speaker addressing the congress: the sentence opening its paragraph, no quotation -----------

def test_a_news_story_quoting_the_speaker_s_address_is_no_work_report():
    # before: the title 区长某某作政府工作报告, a news headline, read as a work report's over the quoted address
    found = lines_metadata("新闻中心", "区长某某作政府工作报告", "1月10日，区第五届人大二次会议开幕。区长某某说：",
                           "“我代表区人民政府，向大会报告工作，请予审议。”")
    assert found.title is None


def test_a_site_s_column_over_a_report_s_headline_closed_by_a_bracket_gives_way_to_the_headline():
    # before: the title 政府工作报告, the site's column, over the report's own headline closed by （全文）; since places15
    # the headline so closed is the report's title over the speaker's address (docs/placement.md: the column gives way to
    # …政府工作报告（全文）), as (内蒙古)2022年苏尼特左旗人民政府工作报告(全文) is (places-blind14)
    found = lines_metadata("政府工作报告", "2016年某某区政府工作报告（全文）", "同志们：", "我代表区人民政府向大会报告工作，请予审议。")
    assert found.title == "2016年某某区政府工作报告（全文）"


def test_the_speaker_s_address_after_a_salutation_and_a_clause_on_its_line_titles_the_report():
    # quiet: 各位代表：现在，我代表… opens the report's paragraph, no quotation
    found = lines_metadata("某某区2016年政府工作报告", "各位代表：现在，我代表区人民政府，向大会报告工作，请予审议。")
    assert found.title == "某某区2016年政府工作报告"


# --- a signature run onto the issuing sentence's line: a sentence issuing the plan its title names ----------------

def test_a_signature_run_onto_a_sentence_issuing_the_plan_its_title_names_dates_the_notice():
    # before: no date — 现印发给你们 names no plan in 《》, so the signature run onto its line was never parted from it
    found = lines_metadata("某某市商务局关于印发某某方案的通知", "各区商务局：",
                           "经研究，现印发给你们，请认真贯彻执行。 某某市商务局 2023年6月30日")
    assert found.date == dt.date(2023, 6, 30)


def test_a_deadline_run_onto_a_sentence_issuing_the_plan_dates_nothing():
    # quiet: what follows the date (前完成) makes it a deadline, no signature's
    found = lines_metadata("某某市商务局关于印发某某方案的通知", "各区商务局：",
                           "现印发给你们，请认真贯彻执行。 市商务局 2023年6月30日前完成")
    assert found.date is None


def test_the_speaker_reporting_the_government_s_work_titles_the_report():
    # before: no title — 向大会报告政府工作, the words most reports open with, was neither 报告工作 nor 作…报告
    found = lines_metadata("某某市2024年政府工作报告", "各位代表：",
                           "现在，我代表市人民政府，向大会报告政府工作，请予审议，并请市政协委员提出意见。")
    assert found.title == "某某市2024年政府工作报告"


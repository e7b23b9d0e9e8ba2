"""Shapes of real published pages met in the seventh round of unseen pages (SOURCES.md, seventh round):
task lists, department plans and county plans, each read wrong before."""

from __future__ import annotations

from pathlib import Path

import pytest

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, refusal_cause

PAGES = FIXTURES / "unseen-pages"


# --- two bodies signing one to a line over the date: 肇庆市工业和信息化局 / 肇庆市政务服务和数据管理局 ---------

def test_a_notice_two_departments_sign_names_both_as_its_issuers():
    # the second signer alone was read as the issuer, silently: half the notice's issuers
    document = read_document(PAGES / "two-bodies-sign-over-date.txt")
    assert document.issuer == "肇庆市工业和信息化局、肇庆市政务服务和数据管理局"
    assert (document.level, document.region, str(document.date)) == ("municipal", "肇庆", "2024-07-26")


def test_an_information_table_with_a_site_row_still_gives_the_number():
    # the table's last row (发布网站 | http://… |) opens with no label known: the whole table was dropped,
    # and its 发文字号 with it
    document = read_document(PAGES / "two-bodies-sign-over-date.txt")
    assert document.doc_no == "肇工信函〔2024〕33号"


def test_a_single_signer_under_the_notice_s_sentence_stays_alone():
    metadata = lines_metadata(*["某市商务局关于印发某方案的通知", "各区商务主管部门:",
                          "现将《某方案》印发给你们,请认真贯彻落实。", "某市商务局", "2024年3月1日"])
    assert metadata.issuer == "某市商务局"


def test_a_phrase_ending_like_a_body_over_the_signer_is_no_cosigner():
    # 贯彻落实市委 ends like a body's name, but names none on its own: the signer stands alone
    metadata = lines_metadata(*["关于印发某方案的通知", "各区人民政府:", "现将《某方案》印发给你们。",
                          "贯彻落实市委", "肇庆市商务局", "2024年3月1日"])
    assert metadata.issuer == "肇庆市商务局"


def test_bodies_signing_one_to_a_line_are_listed_in_their_order():
    metadata = lines_metadata(*["关于印发某方案的通知", "各区人民政府:", "现将《某方案》印发给你们。",
                          "肇庆市商务局", "肇庆市财政局", "肇庆市发展和改革局", "2024年3月1日"])
    assert metadata.issuer == "肇庆市商务局、肇庆市财政局、肇庆市发展和改革局"


@pytest.mark.parametrize(("over", "signer"), [
    ("湖南省商务厅", "湖南省商务厅办公室"),  # a body over its own office: the office signs
    ("肇庆市人民政府", "肇庆市政府办公室"),
    ("肇庆市商务局", "肇庆市商务局"),  # one name printed twice
])
def test_a_body_over_a_part_of_itself_is_no_cosigner(over: str, signer: str):
    # a body and its office were listed as two issuers (湖南省商务厅、湖南省商务厅办公室)
    metadata = lines_metadata(*["关于印发某方案的通知", "各区人民政府:", "现将《某方案》印发给你们。", over, signer,
                          "2024年3月1日"])
    assert metadata.issuer == signer


# --- a news report quoting a newspaper in 《》: 对《經濟參考報》記者表示 -----------------------------------------

def test_a_newspaper_quoted_in_a_news_report_is_not_named_as_its_plan():
    # refused as "a news report about 《经济参考报》": the paper the expert spoke to, not a plan
    cause = refusal_cause(PAGES / "news-quoting-a-newspaper.txt")
    assert cause.endswith("a news report, not the plan itself — find the plan's own notice and read that")
    assert "经济参考报" not in cause


@pytest.mark.parametrize(("text", "plan"), [
    ("新华社北京4月20日电 某专家对《经济参考报》记者表示,国务院近日批复同意《某市服务业扩大开放综合试点总体方案》。\n"
     "批复要求,某市人民政府要加强组织领导。\n", "某市服务业扩大开放综合试点总体方案"),
    # 报告 ends in 告, not 报: a 政府工作报告 cited by news is named
    ("新华社北京3月5日电 某专家对记者表示,《某市2024年政府工作报告》提出了今年发展的主要预期目标。\n"
     "报告要求,某市人民政府要加强组织领导。\n", "某市2024年政府工作报告"),
], ids=["a-plan-after-a-newspaper", "a-name-ending-in-a-report"])
def test_a_news_report_names_the_plan_it_cites(tmp_path: Path, text: str, plan: str):
    page = tmp_path / "news.txt"
    page.write_text(text, encoding="utf-8")
    assert f"a news report about 《{plan}》, not the plan itself" in refusal_cause(page)


@pytest.mark.parametrize("document", ["关于2023年度督查发现的典型经验做法的通报", "某市2023年国民经济和社会发展统计公报",
                                      "某市服务业扩大开放工作简报"])
def test_a_document_whose_kind_ends_in_bao_is_no_newspaper(tmp_path: Path, document: str):
    # 通报, 公报, 简报 are documents' kinds: a report citing one was said to be about no document at all
    page = tmp_path / "news.txt"
    page.write_text(f"新华社北京4月20日电 某市人民政府近日印发《{document}》。\n"
                    "会议强调,要抓好各项工作落实,确保取得实效。\n", encoding="utf-8")
    assert f"a news report about 《{document}》, not the plan itself" in refusal_cause(page)


# --- a plan's closing part providing for meetings: 每季度召开一次全体会议 ---------------------------------------

def test_a_plan_s_part_holding_meetings_on_a_schedule_is_no_news_report():
    # the page is a plan's 四、保障措施 (a finance site's page 7 of it): refused as a news report, its
    # 每季度召开一次全体会议 read as a meeting held
    cause = refusal_cause(PAGES / "plan-part-with-scheduled-meetings.txt")
    assert "news report" not in cause


def test_a_plan_s_part_setting_up_meetings_held_on_a_schedule_is_no_news_report(tmp_path: Path):
    # 每月召开一次的联席会议制度: a meeting so held named as what a system is of, not as one a report is of (the
    # attributive 的 alone read as news, the advice naming no plan's missing owners)
    page = tmp_path / "plan.txt"
    page.write_text("四、保障措施\n(一)加强组织领导。建立每月召开一次的联席会议制度,研究解决试点建设重大问题。\n"
                    "(二)强化责任落实。各有关部门要结合承担的改革任务,制定细化实施方案,推动各项改革任务落地见效。\n",
                    encoding="utf-8")
    assert "news report" not in refusal_cause(page)


@pytest.mark.parametrize("opening", [
    "市政府召开常务会议,研究部署稳经济工作。",
    "2月27日,全省商务工作会议在长沙召开。",
    "近日,市商务局召开跨境电商工作推进会。",
    # a meeting held on a schedule, named as the one the report is of (it was read as a plan's provision)
    "市政府定期召开的经济形势分析会昨日举行,市长出席并讲话。",
    "每月召开一次的全市重点项目推进会今天举行,市长出席并讲话。",
])
def test_a_meeting_held_still_makes_a_page_news(tmp_path: Path, opening: str):
    page = tmp_path / "news.txt"
    # the line after it no news of its own (会议强调 would make any page news): the meeting held tells it
    page.write_text(f"{opening}\n要抓好各项工作落实,确保取得实效。\n", encoding="utf-8")
    assert "a news report" in refusal_cause(page)


# --- the page cut inside the last item's owner line: 责任单位:县财 ---------------------------------------------

def _codes(measure) -> list[str]:
    return [w.code for w in measure.warnings]


def test_an_owner_line_cut_in_its_only_name_is_not_read_as_an_owner():
    # 长兴县 2023: item 2's line 责任单位:县财 (the page's end) was read as its owner 县财, warned only unresolved
    document = read_document(PAGES / "owner-line-cut-at-page-end.txt")
    first, last = document.measures
    assert (first.responsibility, first.leader, _codes(first)) == ("县财政局", "朱伟县长", [])
    assert (last.text, last.responsibility, last.leader) == ("全力防范化解财政金融等领域风险隐患。", None, "朱伟县长")
    assert _codes(last) == ["responsibility_missing", "responsibility_cut"]


_LIST = "长兴县人民政府办公室关于印发2023年重点工作责任分解的通知\n一、稳住经济大盘\n1.地区生产总值增长6%。\n{one}\n2.财政收入增长5%。\n{two}\n"


def test_an_owner_line_cut_after_a_whole_name_reads_that_name(tmp_path: Path):
    page = tmp_path / "cut-after-a-name.txt"
    page.write_text(_LIST.format(one="责任单位:县发改局。", two="责任单位:县财政局、县税"), encoding="utf-8")
    last = read_document(page).measures[-1]
    assert (last.responsibility, _codes(last)) == ("县财政局", ["responsibility_cut"])


@pytest.mark.parametrize(("one", "two", "read"), [
    ("责任单位:县发改局", "责任单位:县财政局", "县财政局"),  # no line ends with a stop: nothing tells a cut
    ("责任单位:县发改局。", "责任单位:县财政局。", "县财政局"),  # the last line ends with its stop: whole
    # the last line without its stop, but ending in a whole name: it lost its stop, not a name (it was read as
    # naming no owner, 县财政局 dropped, or as 县财政局 alone, 县税务局 dropped)
    ("责任单位:县发改局。", "责任单位:县财政局", "县财政局"),
    ("责任单位:县发改局。", "责任单位:县财政局、县税务局", "县财政局、县税务局"),
])
def test_an_owner_line_ending_as_the_others_do_is_read_whole(tmp_path: Path, one: str, two: str, read: str):
    page = tmp_path / "whole.txt"
    page.write_text(_LIST.format(one=one, two=two), encoding="utf-8")
    last = read_document(page).measures[-1]
    assert (last.responsibility, _codes(last)) == (read, [])


@pytest.mark.parametrize(("two", "read"), [
    ("责任单位:县综合执法局", "县综合执法局"),  # a name the registry does not know, ending like a body's
    ("责任单位:县财政局(牵头)", "县财政局(牵头)"),  # a whole name with its role after it
])
def test_a_last_owner_line_without_its_stop_ending_in_a_whole_name_is_not_cut(tmp_path: Path, two: str, read: str):
    # it was called cut and its only name dropped (no owner read, warned responsibility_cut)
    page = tmp_path / "whole.txt"
    page.write_text(_LIST.format(one="责任单位:县发改局。", two=two), encoding="utf-8")
    last = read_document(page).measures[-1]
    assert (last.responsibility, "responsibility_cut" in _codes(last)) == (read, False)


# --- a page ending in a part whose heading runs into its text: (五)使用规则:消费者… ---------------------------

def test_a_cut_page_ending_in_a_run_in_heading_names_that_part():
    # 铜梁区 2025: refused as cut in its part (四)活动力度及名额, the page ending in (五)
    cause = refusal_cause(PAGES / "part-heading-run-into-its-text.txt")
    assert "the page ends in its part `(五)使用规则`, before any numbered measure of" in cause


def test_a_cut_page_ending_under_a_heading_of_its_own_line_still_names_it(tmp_path: Path):
    page = tmp_path / "cut.txt"
    page.write_text("某市促进消费工作方案\n为促进消费,结合实际,制定本方案。\n一、总体思路\n认真贯彻落实促进消费决策部署。\n"
                    "二、活动安排\n(一)活动时间\n2025年3月1日至3月31日。\n(二)经费安排\n区财政安排资金100万元,活动结束后", encoding="utf-8")
    assert "the page ends in its part `(二)经费安排`" in refusal_cause(page)


def test_a_page_ending_in_a_closing_part_run_into_its_text_is_not_called_cut(tmp_path: Path):
    # 三、保障措施:… closing the plan as a whole page ends may be the whole plan, as 三、保障措施 on its own line is
    # (it was refused as cut in its part 三、保障措施)
    page = tmp_path / "whole.txt"
    page.write_text("某市促进消费工作方案\n为促进消费,结合实际,制定本方案。\n一、总体思路\n认真贯彻落实促进消费决策部署。\n"
                    "二、活动安排\n(一)活动时间\n2025年3月1日至3月31日。\n(二)经费安排\n区财政安排资金100万元。\n"
                    "三、保障措施:各区要加强组织领导,确保各项工作落实到位。\n", encoding="utf-8")
    assert "the page is cut" not in refusal_cause(page)


def test_a_sentence_after_a_number_is_no_run_in_heading(tmp_path: Path):
    # a clause of more than a short name before the colon (要加强组织领导，明确分工:) names no part
    page = tmp_path / "cut.txt"
    page.write_text("某市促进消费工作方案\n为促进消费,结合实际,制定本方案。\n一、总体思路\n认真贯彻落实促进消费决策部署。\n"
                    "二、活动安排\n(一)活动时间\n2025年3月1日至3月31日。\n(二)要加强组织领导,明确分工:各单位要抓好落实。活动结束后", encoding="utf-8")
    assert "the page ends in its part `(一)活动时间`" in refusal_cause(page)

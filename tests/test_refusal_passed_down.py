"""A notice that only passes a plan down (现将《X》印发给你们, …分解下达, 附件:X) and whose page does not hold the plan is
refused naming the plan it passes down — not a report or basis its sentence cites first (全面完成好《政府工作报告》中确定
的…任务 … 现将《<政府工作报告>任务分解表》印发给你们), nor the report its tasks come from (现将《政府工作报告》中涉及2016年
的各项目标任务分解下达 / 附件:2016年县政府重点工作任务分解表): pilotplans.parsers.interpret.refusal, data/refusals.toml.
Real pages: tests/fixtures/passed-down (SOURCES.md)."""

from __future__ import annotations

import pytest

from pilotplans.parsers.interpret.refusal import _attachment_name, _cited, vocabulary
from tests.conftest import FIXTURES
from tests.page_metadata import refusal_cause, text_refusal_cause

PAGES = FIXTURES / "passed-down"
ATTACHMENT = " as an attachment the page does not hold — fetch the attachment (extract the notice's URL to follow its attachments)"


def test_the_plan_issued_after_a_report_cited_is_the_one_named():
    # before: 《政府工作报告》, the report the notice's sentence cites before the table it issues
    # the table as the notice's 现将 prints it (its attachment line prints the same table 《政府工作报告》任务分解表)
    cause = refusal_cause(PAGES / "dawa-2021-district-table-issued-after-report-cited.txt")
    assert cause.endswith("the notice issues 《<政府工作报告>任务分解表》" + ATTACHMENT)


def test_tasks_handed_down_from_a_report_are_named_by_their_attachment():
    # before: 《政府工作报告》, the report the tasks are taken from; the attachment line names the plan
    cause = refusal_cause(PAGES / "zhijiang-2016-county-tasks-handed-down-attachment-named.txt")
    assert cause.endswith("the notice issues 《2016年县政府重点工作任务分解表》" + ATTACHMENT)


def test_a_notice_naming_its_plan_before_issuing_it_keeps_that_name():
    # quiet: 《X》已经…审议通过,现印发给你们 names its plan first; the page ending at the signature is cut
    cause = refusal_cause(PAGES / "guangzhou-2021-city-division-issued-page-ends-at-signature.txt")
    assert cause.endswith("the notice issuing 《2021年市政府工作报告部署工作责任分工》 ends before the plan's text — the page "
                          "is cut: find the page or attachment that holds the plan")


@pytest.mark.parametrize(("line", "name"), [
    ("全面完成好《政府工作报告》中确定的各项工作任务,现将《<政府工作报告>任务分解表》印发给你们。", "<政府工作报告>任务分解表"),
    ("盘锦市大洼区人民政府办公室关于印发《政府工作报告》任务分解表的通知", "〈政府工作报告〉任务分解表"),
    # quiet: the verb does not follow the name (what is handed down is X's tasks), and a title issuing a name whole
    ("现将《政府工作报告》中涉及2016年的各项目标任务分解下达。", "政府工作报告"),
    ("某市人民政府关于印发《某市服务业扩大开放实施方案》的通知", "某市服务业扩大开放实施方案"),
])
def test_the_name_a_line_issues(line, name):
    assert _cited(vocabulary(), line) == name


@pytest.mark.parametrize(("line", "name"), [
    ("附件:2016年县政府重点工作任务分解表", "2016年县政府重点工作任务分解表"),
    ("附件：1.重点任务分工表", "重点任务分工表"),
    ("附件:《政府工作报告》任务分解表", "〈政府工作报告〉任务分解表"),
    ("附件", None),  # quiet: a label naming nothing
    ("附件：1", None),
])
def test_an_attachment_line_s_name(line, name):
    assert _attachment_name(line) == name


_ISSUING_BY_NAME = ("某市人民政府办公室关于印发《某市2023年招商引资工作方案》的通知\n各区人民政府，市政府各部门：\n"
                    "经市政府同意，现将《某市2023年招商引资工作方案》印发给你们，请认真贯彻落实，并于3月10日前将联系人回执报市商务局。\n"
                    "{attachment}\n某市人民政府办公室\n2023年3月1日\n")


@pytest.mark.parametrize("attachment", ["附件：联系人回执", "附件1：重点任务分工表"])
def test_a_plan_the_notice_issues_by_name_is_named_over_its_first_attachment(tmp_path, attachment):
    # quiet: the notice issues 《X》 by name; its first attachment line names a form or a part (before this review:
    # 《联系人回执》, 《重点任务分工表》 — the attachment's name taken over the plan's)
    cause = text_refusal_cause(tmp_path, _ISSUING_BY_NAME.format(attachment=attachment))
    assert cause.endswith("the notice issues 《某市2023年招商引资工作方案》" + ATTACHMENT)

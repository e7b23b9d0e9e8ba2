"""A notice that only passes a plan down (现将《X》印发给你们, …分解下达, 附件:X) and whose page does not hold the plan is
refused naming the plan it passes down — not a report or basis its sentence cites first (全面完成好《政府工作报告》中确定
的…任务 … 现将《<政府工作报告>任务分解表》印发给你们), nor the report its tasks come from (现将《政府工作报告》中涉及2016年
的各项目标任务分解下达 / 附件:2016年县政府重点工作任务分解表): pilotplans.parsers.interpret.refusal, data/refusals.toml.
Real pages: tests/fixtures/passed-down (SOURCES.md)."""

from __future__ import annotations

import pytest

from pilotplans.parsers.interpret.refusal import _attachment_name, _cited, vocabulary
from tests.conftest import FIXTURES
from tests.page_metadata import refusal_cause

PAGES = FIXTURES / "passed-down"
ATTACHMENT = " as an attachment the page does not hold — fetch the attachment (extract the notice's URL to follow its attachments)"


def test_the_plan_issued_after_a_report_cited_is_the_one_named():
    # before: 《政府工作报告》, the report the notice's sentence cites before the table it issues
    cause = refusal_cause(PAGES / "dawa-2021-district-table-issued-after-report-cited.txt")
    assert cause.endswith("the notice issues 《〈政府工作报告〉任务分解表》" + ATTACHMENT)


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

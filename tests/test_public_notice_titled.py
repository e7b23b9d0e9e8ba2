"""A public notice (公示) titled as one (关于…的公示) whose opening recounts the meeting that chose its list with its day
(2021年10月21日,湘西州住房和城乡建设局…组织召开…评审会): the notice, not news; and signed by a body with its second name
in brackets under its attachment list (附件:1.… / 2.…名单。 / 湘西州住房和城乡建设局(州人民防空办公室)), which owns no
item. A real page nobody made for the rule (https://zjj.xxz.gov.cn/zwgk_159/fdzdgknr/tzgg/202110/t20211026_1836255.html):
read before as one measure owned by 州人民防空办公室, then, that mended, as a news report."""

from __future__ import annotations

from tests.conftest import FIXTURES
from tests.page_metadata import refusal_cause, text_refusal_cause

PUBLIC_NOTICE = ("no task table or task list found: the page is a public notice (公示) putting a list or a result up "
                 "for objections, not a plan of measures with their owners — pilotplans reads task plans")
NEWS = "no task table or task list found: a news report, not the plan itself — find the plan's own notice and read that"


def test_a_public_notice_titled_so_over_a_dated_meeting_is_named_one():
    assert refusal_cause(FIXTURES / "unseen-pages/public-notice-titled-after-a-dated-meeting.txt") == PUBLIC_NOTICE


def test_quiet_a_news_report_of_a_dated_meeting_and_its_public_notice_stays_news(tmp_path):
    # the same opening under a headline of its own (no 关于…的公示): a report recounting the meeting and the 公示
    text = ("第一批湘西州传统村落评审结果出炉\n"
            "2021年10月21日,湘西州住房和城乡建设局组织召开第一批湘西州传统村落专家评审会,对县市推荐上报的46个村落"
            "申报资料进行评审。经评审,19个村落拟纳入第一批湘西州传统村落,现予以公示。\n"
            "任何单位和个人如对公示名单持有异议,均可在公示期间向湘西州住房和城乡建设局反映。\n")
    assert text_refusal_cause(tmp_path, text) == NEWS

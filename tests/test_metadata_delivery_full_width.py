"""A work report's headline with its delivery line run after it (2012年政府工作报告 ——2012年2月1日在…会议上) is read
without that line whatever width its digits are printed in: the line was searched as printed while its date was read
with its digits narrowed (pilotplans.parsers.metadata._without_delivery, pilotplans.parsers.dates.read_delivered_date),
so a page printing them full-width (２０１２年２月１日, as many sites type them) lost its title."""

from __future__ import annotations

import datetime as dt

from pilotplans.parsers.metadata import _without_delivery
from tests.conftest import FIXTURES
from tests.page_metadata import page_metadata

BINHAI = FIXTURES / "places-blind7" / "binhai-2012-tianjin-new-area-work-report-published-ten-years-on.txt"
HEADLINE = "2012年政府工作报告 ——2012年2月1日在滨海新区第一届人民代表大会第三次会议上"
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def test_a_delivery_line_printed_with_full_width_digits_is_no_part_of_the_title(tmp_path):
    # before: no title (the headline read with its delivery line, no title of any kind), though the date was read
    page = tmp_path / "binhai-full-width.txt"
    page.write_text(BINHAI.read_text("utf-8").replace(HEADLINE, HEADLINE.translate(FULL_WIDTH)), "utf-8")
    found = page_metadata(page)
    assert (found.title, found.date, found.issuer) == ("２０１２年政府工作报告", dt.date(2012, 2, 1), "滨海新区人民政府")


def test_a_delivery_line_with_its_year_alone_full_width_is_cut_where_it_starts():
    assert _without_delivery("2012年政府工作报告 ——２０１２年2月1日在滨海新区第一届人民代表大会第三次会议上") == "2012年政府工作报告"


def test_a_dash_and_a_full_width_date_saying_no_meeting_stay_in_the_title():
    # quiet: a date after a dash that says where nothing was delivered (修订, no 在…) is no delivery line
    title = "２０２３年重点工作要点——２０２３年１月５日修订"
    assert _without_delivery(title) == title


def test_the_page_as_printed_keeps_its_title():
    # quiet: the real page, ASCII digits, reads as before
    assert page_metadata(BINHAI).title == "2012年政府工作报告"

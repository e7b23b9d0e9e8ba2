"""A nature reserve written without a place in a county's plan is the county's, the place it most likely lies in
(county_area_words); one of a rank its province runs (province_area_ranks: 国家级, 省级) is not: the rank says the
province may run it (河北雾灵山国家级自然保护区 lies in 兴隆县 and 河北's forestry department runs it), which the county's
plan does not settle, so it is unread with a note, as it is in a city's plan. Written after the county's level word or
its full name, the plan's own word makes it the county's, as 承德雾灵山国家级自然保护区管理局 is the city's."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

XINGLONG = make_context(region="兴隆县", level="county", date=dt.date(2023, 1, 1))


@pytest.mark.parametrize("written", ["雾灵山国家级自然保护区管理局", "雾灵山省级自然保护区管理局"])
def test_a_reserve_of_a_province_s_rank_written_without_a_place_in_a_county_s_plan_is_unread(written):
    found = resolve_body(written, XINGLONG)
    assert found.id is None
    assert found.notes[-1] == (f"{written[:-3]}: a 自然保护区 lies in a county and is run by the province, the county or "
                               "a city, which its name does not give; not read as 兴隆县's")


@pytest.mark.parametrize(("written", "expected"), [
    ("雾灵山自然保护区管理局", "130822-zone_committee-雾灵山自然保护区"),
    ("县雾灵山国家级自然保护区管理局", "130822-zone_committee-雾灵山自然保护区"),
    ("兴隆县雾灵山国家级自然保护区管理局", "130822-zone_committee-雾灵山自然保护区")])
def test_a_reserve_of_no_rank_or_written_as_the_county_s_stays_the_county_s(written, expected):
    assert resolve_body(written, XINGLONG).id == expected

"""A place's full name followed by the level marker it ends with, written again before the body (中共天津市滨海新区区委:
滨海新区 2018; 中共浦东新区区委: 浦东新区 2006; 新区委 would read as a new area's committee) is that place's body, read
without the repeated marker, with a note. A name whose own reading stands keeps it (上海市市场监管局 is the market
regulator, not a repeated 市 before 场监管局), and a marker of another tier is never dropped."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

BINHAI = make_context(region="滨海新区", level="municipal", date=dt.date(2018, 12, 29))
PUDONG = make_context(region="浦东新区", level="municipal", date=dt.date(2006, 1, 12))
SHANGHAI = make_context(region="上海市", level="provincial", date=dt.date(2020, 1, 1))


def test_a_new_area_s_district_committee_with_its_marker_written_again():
    found = resolve_body("中共天津市滨海新区区委", BINHAI)
    assert (found.id, found.notes) == ("120116-party_committee", ("区 written again after 滨海新区",))
    assert resolve_body("滨海新区区委", BINHAI).id == "120116-party_committee"
    assert resolve_body("中共浦东新区区委", PUDONG).id == "310115-party_committee"


def test_a_department_after_the_repeated_marker_is_the_place_s():
    assert resolve_body("天津市滨海新区区委宣传部", BINHAI).id == "120116-party_publicity_department"


def test_a_name_read_without_a_repeat_keeps_its_reading():
    found = resolve_body("上海市市场监管局", SHANGHAI)
    assert (found.id, found.notes) == ("310000-market_regulation_bureau", ())
    assert resolve_body("滨海新区委", BINHAI).notes == ()


def test_another_tier_s_marker_is_not_dropped():
    assert resolve_body("滨海新区市委", BINHAI).id != "120116-party_committee"

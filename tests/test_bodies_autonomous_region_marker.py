"""In an autonomous region 区党委 is the region's Party committee (自治区党委), in the plans of its cities and
counties too (日喀则's 十四五 plan 2021: 在区党委、市委的坚强领导下); it was unread in a city's plan and read as the
county's own committee in a county's (麦盖提县, flagged only). A district writes its own committee 区委, and
outside an autonomous region 区党委 stays the district's."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

RIKAZE_2021 = make_context(region="日喀则市", level="municipal", date=dt.date(2021, 12, 11))
MAIGAITI_2021 = make_context(region="麦盖提县", level="municipal", date=dt.date(2021, 1, 26))
XINGNING_2020 = make_context(region="兴宁区", level="municipal", date=dt.date(2020, 9, 1))
PUDONG_2021 = make_context(region="浦东新区", level="municipal", date=dt.date(2021, 6, 1))


def test_qu_dangwei_is_the_autonomous_region_s_committee_within_it():
    assert resolve_body("区党委", RIKAZE_2021).id == "540000-party_committee"
    assert resolve_body("区党委", MAIGAITI_2021).id == "650000-party_committee"
    assert resolve_body("区党委宣传部", XINGNING_2020).id == "450000-party_publicity_department"


def test_a_district_s_own_committee_and_districts_elsewhere_keep_their_reading():
    assert resolve_body("区委", XINGNING_2020).id == "450102-party_committee"
    assert resolve_body("区政府", XINGNING_2020).id == "450102-people_government"
    assert resolve_body("区党委", PUDONG_2021).id == "310115-party_committee"

"""A division-city of the Corps (新疆生产建设兵团) goes by its division's name (第二师 for 铁门关市, 师市合一),
but only where the Corps is: in a plan of Xinjiang, or after the Corps' own name (兵团第二师). Elsewhere
第二师 is any army's second division and names no place (it read as 铁门关市 in any province's plan)."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

TIEMENGUAN_2021 = make_context(region="铁门关市", level="municipal", date=dt.date(2021, 6, 1))
XINJIANG_2022 = make_context(region="新疆维吾尔自治区", level="provincial", date=dt.date(2022, 7, 1))
XIAMEN_2021 = make_context(region="厦门市", level="municipal", date=dt.date(2021, 6, 1))
NATIONAL_2021 = make_context(level="central", date=dt.date(2021, 6, 1))


def test_a_division_s_name_is_its_city_in_xinjiang():
    assert resolve_body("第二师", TIEMENGUAN_2021).id == "659006"
    assert resolve_body("第二师党委", TIEMENGUAN_2021).id == "659006-party_committee"
    assert resolve_body("第八师", XINJIANG_2022).id == "659001"


def test_a_division_s_name_alone_names_no_place_outside_xinjiang():
    for context in (XIAMEN_2021, NATIONAL_2021):
        assert resolve_body("第二师", context).id is None
        assert resolve_body("第二师党委", context).id is None
    # the city's own name still names it anywhere
    assert resolve_body("铁门关市", XIAMEN_2021).id == "659006"


def test_the_corps_name_before_a_division_places_it_anywhere():
    assert resolve_body("兵团第二师", NATIONAL_2021).id == "659006"
    assert resolve_body("兵团第二师党委", XIAMEN_2021).id == "659006-party_committee"
    assert resolve_body("兵团第八师商务局", NATIONAL_2021).id == "659001-commerce_bureau"
    # a division without a city stays unread, as in Xinjiang; the Corps' own Party committee is a body of its own
    assert resolve_body("兵团第十一师", NATIONAL_2021).id is None
    assert resolve_body("兵团党委", NATIONAL_2021).id == "650000-xpcc-party-committee"


def test_a_division_s_name_without_its_di_is_the_same_division():
    # 八师石河子市 (石河子 2022)
    shihezi = make_context(region="石河子市", level="municipal", date=dt.date(2022, 12, 1))
    assert resolve_body("八师石河子市", shihezi).id == "659001"
    assert resolve_body("八师", shihezi).id == "659001"
    assert resolve_body("八师", XIAMEN_2021).id is None  # outside Xinjiang, as 第八师

"""A state pasture a city runs as a county-level area through a committee (御道口牧场管理区管委会 among 承德's 2022
addressees) is one of the city's area committees, told apart by its name; a 管理区 run as a town (三湖管理区) is still
none, and 牧场管理区 alone names no area."""

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

CHENGDE_2022 = make_context(region="承德市", level="municipal", date=dt.date(2022, 5, 27))
JIANGLING_2017 = make_context(region="江陵县", level="municipal", date=dt.date(2017, 9, 11))


@pytest.mark.parametrize("written", ["御道口牧场管理区管委会", "御道口牧场管理区"])
def test_a_pasture_management_area_is_one_of_its_city_s_area_committees(written):
    found = resolve_body(written, CHENGDE_2022)
    assert (found.id, found.name) == ("130800-zone_committee-御道口牧场管理区", "承德市御道口牧场管理区管理委员会"), written


def test_the_sort_alone_names_no_area():
    assert resolve_body("牧场管理区管委会", CHENGDE_2022).id is None


@pytest.mark.parametrize("written", ["三湖管理区", "三湖管理区管委会"])
def test_a_management_area_run_as_a_town_stays_unread(written):
    assert resolve_body(written, JIANGLING_2017).id is None, written

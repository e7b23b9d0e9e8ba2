"""A county's Party committee office written with the city it lies in before its name (中共盘锦市双台子区委办公室: 双台子区
2024, the notice on the district's deputy forest chiefs) is that county's office, as the committee itself and its
departments so written already were (中共盘锦市双台子区委, 中共盘锦市双台子区委宣传部). The county must be one of that
city's, written in full: 铁西区 is no district of 盘锦's."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

SHUANGTAIZI_2024 = make_context(region="双台子区", level="municipal", date=dt.date(2024, 10, 10))


@pytest.mark.parametrize("written", ["中共盘锦市双台子区委办公室", "盘锦市双台子区委办公室"])
def test_a_county_s_party_office_written_after_its_city_is_the_county_s(written):
    assert resolve_body(written, SHUANGTAIZI_2024).id == "211102-party_general_office"


def test_the_city_s_own_party_office_stays_the_city_s():
    assert resolve_body("中共盘锦市委办公室", SHUANGTAIZI_2024).id == "211100-party_general_office"


def test_a_district_of_another_city_written_after_this_one_names_no_office():
    assert resolve_body("中共盘锦市铁西区委办公室", SHUANGTAIZI_2024).id is None

"""A Shanghai district's 建设和管理委员会 (区建设管理委: 嘉定 2024, 嘉府办发〔2024〕23号, the drafter of its sponge-city
plan) is its housing and construction body: construction with its management, as a stem of the kind. Urban
management alone stays its own kind (区城市管理委), and a stem with another field before it names none (区交通建设管理局)."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

JIADING = make_context(region="嘉定区", level="municipal", date=dt.date(2024, 10, 10))


@pytest.mark.parametrize("written", ["区建设管理委", "区建设和管理委员会", "上海市嘉定区建设和管理委员会"])
def test_a_district_s_construction_and_management_commission_is_its_housing_construction_body(written):
    assert resolve_body(written, JIADING).id == "310114-housing_construction_bureau"


def test_urban_management_stays_its_own_kind():
    assert resolve_body("区城市管理委", JIADING).id == "310114-city_management_bureau"


def test_construction_management_after_another_field_names_no_body():
    assert resolve_body("区交通建设管理局", JIADING).id is None

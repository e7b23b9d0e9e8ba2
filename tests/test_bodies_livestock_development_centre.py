"""An animal husbandry development centre is a public institution of the field the 2018–19 reforms left when they merged
the animal husbandry bureaus into the agriculture and rural affairs bureaus (德州市畜牧业发展中心, 2019, taking the former
bureau's stations; 铜梁区畜牧业发展中心, 2025, listed beside 区农业农村委): its own body titled as written, never the
bureau, whose former names still read as the agriculture bureau; a town's 畜牧兽医站, one of many in a county and named by
no place, stays unread."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

TONGLIANG = make_context(region="铜梁区", level="municipal", date=dt.date(2025, 9, 19))
DEZHOU = make_context(region="德州市", level="municipal", date=dt.date(2019, 6, 1))


def test_a_district_s_animal_husbandry_development_centre_is_its_own_body():
    found = resolve_body("区畜牧业发展中心", TONGLIANG)
    assert (found.id, found.name, found.counterparts) == (
        "500151-livestock_development_center", "铜梁区畜牧业发展中心", ("mara",))


def test_a_centre_named_in_full_is_titled_as_written():
    found = resolve_body("德州市畜牧发展中心", DEZHOU)
    assert (found.id, found.name) == ("371400-livestock_development_center", "德州市畜牧发展中心")


@pytest.mark.parametrize(("written", "expected"), [
    ("区畜牧兽医局", "500151-agriculture_rural_bureau"), ("区农业农村委", "500151-agriculture_rural_bureau")])
def test_the_former_bureau_and_the_agriculture_bureau_stay_the_bureau(written, expected):
    assert resolve_body(written, TONGLIANG).id == expected


@pytest.mark.parametrize("written", ["畜牧兽医站", "各乡镇畜牧兽医站", "区畜牧发展委"])
def test_a_town_s_station_and_no_centre_s_word_stay_unread(written):
    assert resolve_body(written, TONGLIANG).id is None

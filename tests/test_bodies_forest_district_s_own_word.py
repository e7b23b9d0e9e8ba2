"""A forest district (林区: 神农架林区, a county-level unit of its own kind) writes 林区 for itself as it writes 区:
林区党委 and 林区政府 (its 十三五 plan 2016, its news 2021) are its Party committee and government. In a plan of any
other place 林区 names none of its places: a county's, a city's or a province's plan reads nothing from it."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.registry import load_registry
from pilotplans.normalizers.resolve import make_context, resolve_body

SHENNONGJIA = make_context(region="神农架林区", level="municipal", date=dt.date(2016, 3, 1))


@pytest.mark.parametrize(("written", "expected"), [
    ("林区党委", "429021-party_committee"),
    ("林区政府", "429021-people_government"),
    ("区委", "429021-party_committee"),
    ("中共神农架林区委员会", "429021-party_committee"),
])
def test_the_forest_district_s_own_word_names_its_bodies(written, expected):
    assert resolve_body(written, SHENNONGJIA).id == expected


@pytest.mark.parametrize("region", ["房县", "十堰市", "湖北省", "伊春市"])
def test_another_place_s_plan_reads_no_body_from_the_forest_district_s_word(region):
    context = make_context(region=region, level="municipal", date=dt.date(2021, 6, 1))
    assert resolve_body("林区政府", context).id is None


@pytest.mark.parametrize("region", ["金林区", "碑林区", "北林区", "万柏林区"])
def test_a_district_whose_name_only_ends_in_lin_qu_is_no_forest_district(region):
    # 金林 + 区, 碑林 + 区: their kind is 区, not 林区 (伊春's 金林区 writes 林区 for the state forest area)
    context = make_context(region=region, level="municipal", date=dt.date(2021, 6, 1))
    assert resolve_body("林区政府", context).id is None


@pytest.mark.parametrize(("region", "expected"), [("金林区", "230751-people_government"),
                                                  ("碑林区", "610103-people_government")])
def test_such_a_district_still_writes_qu_for_itself(region, expected):
    context = make_context(region=region, level="municipal", date=dt.date(2021, 6, 1))
    assert resolve_body("区政府", context).id == expected


def test_a_district_whose_name_only_ends_in_lin_qu_is_read_by_its_marker_qu_after_zhu():
    context = make_context(region="西安市", level="municipal", date=dt.date(2021, 6, 1))
    found = resolve_body("驻碑林区各单位", context)
    assert (found.id, found.notes[0]) == ("stationed-units", "碑林区 written where its marker 区 stands")


def test_the_gazetteer_takes_lin_qu_as_a_unit_word_of_a_forest_district_only():
    # 万柏林区 (太原) is 万柏林 and a 区; 神农架林区, a unit its province administers directly, is 神农架 and a 林区
    gazetteer = load_registry().gazetteer
    assert (gazetteer.region("140109").short, gazetteer.region("429021").short) == ("万柏林", "神农架")

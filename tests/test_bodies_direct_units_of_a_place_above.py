"""A tier's direct units written with the level marker of a place above the plan's (省直有关部门 or 省级部门 in a
city's plan, 市直有关部门 in a district's) are that place's collective, never the plan's own direct units; the
plan's own marker (市直有关部门 in a city's or a county-level city's plan) stays the plan's own."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

QUANZHOU = make_context(region="泉州市", level="municipal", date=dt.date(2021, 5, 1))
JINJIANG = make_context(region="晋江市", level="municipal", date=dt.date(2021, 5, 1))
FENGZE = make_context(region="丰泽区", level="municipal", date=dt.date(2021, 5, 1))
FUJIAN = make_context(region="福建省", level="provincial", date=dt.date(2021, 5, 1))
YUZHONG = make_context(region="渝中区", level="municipal", date=dt.date(2021, 5, 1))


def _read(written, context):
    found = resolve_body(written, context)
    return found.id, found.region, found.collective


def test_the_province_s_direct_units_in_a_city_s_plan_are_the_province_s():
    assert _read("省直有关部门", QUANZHOU) == ("350000-direct-units", "350000", True)
    assert _read("省级部门", QUANZHOU) == ("350000-direct-units", "350000", True)
    assert _read("省政府各部门", QUANZHOU) == ("350000-direct-units", "350000", True)


def test_the_note_says_whose_units_they_are():
    assert resolve_body("省直有关部门", QUANZHOU).notes == (
        "省 names 福建省, a place above the document's: its direct units, not the plan's own",)


def test_the_province_s_direct_units_in_a_county_level_city_s_plan_are_the_province_s():
    assert _read("省直有关部门", JINJIANG) == ("350000-direct-units", "350000", True)


def test_the_city_s_direct_units_in_a_district_s_plan_are_the_city_s():
    assert _read("市直有关部门", FENGZE) == ("350500-direct-units", "350500", True)


def test_the_plan_s_own_marker_stays_its_own_direct_units():
    assert _read("市直有关部门", QUANZHOU) == ("direct-units", None, True)
    assert _read("市直有关部门", JINJIANG) == ("direct-units", None, True)
    assert _read("区直有关部门", FENGZE) == ("direct-units", None, True)
    assert _read("省直有关部门", FUJIAN) == ("direct-units", None, True)


def test_the_direct_units_of_two_places_written_as_one_are_no_one_collective():
    # the province's direct units and the city's own: read as either, the other's are lost without a word
    for written in ("省直和市直有关部门", "市直和省直有关部门", "省直及市直有关部门", "省直有关部门、市直有关部门"):
        found = resolve_body(written, QUANZHOU)
        assert (found.id, found.notes) == (
            None, (f"{written} names the collectives of two places together: several collectives, to be read one by one",))
    assert resolve_body("市直和区直有关部门", FENGZE).id is None


def test_collectives_of_one_place_written_as_one_stay_one():
    # 各直属机构 prints no marker: the province's, as the 省政府各部门 before it; 驻泉各单位 are no place's direct units
    assert _read("省政府各部门、各直属机构", QUANZHOU) == ("350000-direct-units", "350000", True)
    assert _read("省直及省属驻泉各单位", QUANZHOU) == ("350000-direct-units", "350000", True)
    assert _read("市直及省属驻泉各单位", QUANZHOU) == ("direct-units", None, True)
    assert _read("市政府各部门、各直属机构", QUANZHOU) == ("direct-units", None, True)


def test_the_municipality_s_direct_units_in_its_district_s_plan_are_the_municipality_s():
    # a district of a municipality has no city between: 市直, 市级 name 重庆市 itself
    assert _read("市直有关部门", YUZHONG) == ("500000-direct-units", "500000", True)
    assert _read("市级有关部门", YUZHONG) == ("500000-direct-units", "500000", True)
    assert _read("区级有关部门", YUZHONG) == ("direct-units", None, True)

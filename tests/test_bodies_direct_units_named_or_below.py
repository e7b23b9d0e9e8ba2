"""The direct units of a place other than the plan's, written with that place's full name (哈尔滨市直各有关单位 in a
district's plan, 木兰县直有关单位 in the city's) are that place's collective; written with the marker of a tier below
the plan's (县直有关单位 in a city's plan) they are a county's the phrase does not name, left unread with a note.
The plan's own name or marker stays the plan's own direct units."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

HARBIN = make_context(region="哈尔滨市", level="municipal", date=dt.date(2020, 6, 1))
DAOLI = make_context(region="道里区", level="municipal", date=dt.date(2020, 6, 1))
NANNING = make_context(region="南宁市", level="municipal", date=dt.date(2020, 6, 1))
AKSU = make_context(region="阿克苏地区", level="municipal", date=dt.date(2020, 6, 1))


def _read(written, context):
    found = resolve_body(written, context)
    return found.id, found.region, found.collective


def test_the_city_named_in_full_in_a_district_s_plan_is_the_city_s_collective():
    assert _read("哈尔滨市直各有关单位", DAOLI) == ("230100-direct-units", "230100", True)


def test_the_note_says_the_named_place_is_not_the_document_s():
    assert resolve_body("哈尔滨市直各有关单位", DAOLI).notes == (
        "哈尔滨市 names a place other than the document's: its direct units, not the plan's own",)


def test_a_county_named_in_full_in_the_city_s_plan_is_the_county_s_collective():
    assert _read("木兰县直有关单位", HARBIN) == ("230127-direct-units", "230127", True)


def test_the_plan_s_own_name_stays_its_own_direct_units():
    assert _read("哈尔滨市直各有关单位", HARBIN) == ("direct-units", None, True)
    assert _read("道里区直各有关单位", DAOLI) == ("direct-units", None, True)


def test_a_county_s_marker_in_a_city_s_plan_names_no_one_county():
    found = resolve_body("县直有关单位", HARBIN)
    assert (found.id, found.notes) == (None, (
        "县 names a place under the document's, which the phrase does not name: its direct units, not the plan's own",))


def test_a_district_s_marker_in_an_autonomous_region_s_city_may_be_the_region_s_too():
    found = resolve_body("区直各部门", NANNING)
    assert (found.id, found.notes) == (None, (
        "区 names a place under the document's or 广西壮族自治区, which the phrase does not name: its direct units, "
        "not the plan's own",))


def test_the_district_s_own_marker_in_its_plan_stays_its_own():
    assert _read("区直各有关单位", DAOLI) == ("direct-units", None, True)
    assert _read("市直各有关单位", HARBIN) == ("direct-units", None, True)


def test_a_district_s_marker_in_a_prefecture_s_plan_is_not_its_own_for_its_name_ending_so():
    # 阿克苏地区 ends with 区, but a prefecture writes its own units 地直: 区直 is 新疆's (自治区直属) or a district's
    found = resolve_body("区直各单位", AKSU)
    assert (found.id, found.notes) == (
        None, ("区 names a place under the document's or 新疆维吾尔自治区, which the phrase does not name: its direct "
               "units, not the plan's own",))


def test_a_prefecture_s_own_marker_stays_its_own_direct_units():
    found = resolve_body("地直各单位", AKSU)
    assert (found.id, found.collective) == ("direct-units", True)

"""An autonomous place writes its autonomous word where another place writes its level marker (自治县人民政府有关部门,
自治县纪委: 青龙满族自治县's 自治条例实施办法; 自治州人民政府各部门): the word opens its collectives as 县 does, and names
only places of its kind, the document's own or one above it. In a plan of no such place the word names none of the plan's
places: 自治州 in a plan of 秦皇岛's county, 自治县 in 房县's, 自治区 in 湖北's counties', 省 in a 重庆 district's. A
banner's own full name stands for its word after 驻 as before (驻鄂温克族自治旗有关单位 for 驻旗有关单位)."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body


def _context(region: str):
    return make_context(region=region, level="municipal", date=dt.date(2012, 1, 1))


@pytest.mark.parametrize(("written", "region", "expected"), [
    ("自治县人民政府有关部门", "青龙满族自治县", "direct-units"),
    ("自治旗直各单位", "鄂温克族自治旗", "direct-units"),
    ("自治州人民政府各部门", "勐海县", "532800-direct-units"),
])
def test_an_autonomous_place_s_word_opens_its_direct_units(written, region, expected):
    found = resolve_body(written, _context(region))
    assert (found.id, found.collective) == (expected, True)


def test_an_autonomous_county_s_word_names_its_bodies():
    assert resolve_body("自治县纪委", _context("青龙满族自治县")).id == "130321-discipline_commission"


@pytest.mark.parametrize(("written", "region"), [
    ("自治州人民政府各部门", "青龙满族自治县"),
    ("自治县人民政府有关部门", "房县"),
    ("自治区直各部门", "房县"),
    ("省直有关部门", "渝中区"),
])
def test_the_word_of_a_kind_of_place_the_plan_has_none_of_names_no_direct_units(written, region):
    found = resolve_body(written, _context(region))
    assert found.id is None
    assert "names no place of the document's" in found.notes[0]


def test_an_autonomous_county_s_body_in_a_plain_county_s_plan_names_nothing():
    assert resolve_body("自治县财政局", _context("房县")).id is None


def test_a_banner_s_full_name_after_zhu_still_names_the_units_stationed_there():
    found = resolve_body("驻鄂温克族自治旗有关单位", make_context(region="鄂温克族自治旗", level="municipal",
                                                                date=dt.date(2022, 1, 1)))
    assert (found.id, found.collective) == ("stationed-units", True)

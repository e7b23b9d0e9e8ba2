"""Review of bodies27: a scenic area or a nature reserve written after its host's short name (武夷山风景名胜区 in 武夷山市's
plan, 承德自然保护区 in 承德市's, 黄山风景区 in 黄山市's) kept the host's name out of its id, as a park's does (嘉定工业区 →
…-工业区, the level word naming the same park: 区工业区). Since round 26's review a level word names no such area
(市风景名胜区管委会 is no one body: areas_not_named_by_level), so the id read …-风景名胜区, an area the plan's own rule says
has no name, and differed from the one the province's plan gives (…-承德自然保护区). The place's name is part of such an
area's own: the id keeps it, in the host's plan and in the plan of the city above (武夷山风景名胜区 in 南平's plan is
武夷山市's). A park after the short name (武夷山工业园区, 鲤城工业区, 玉林开发园区) and the full name before a feature's area
word (武夷山市风景名胜区: no one body) are as before."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

WUYISHAN = make_context(region="武夷山市", level="county", date=dt.date(2023, 1, 1))
NANPING = make_context(region="南平市", level="municipal", date=dt.date(2023, 1, 1))
CHENGDE = make_context(region="承德市", level="municipal", date=dt.date(2022, 1, 1))
HUANGSHAN = make_context(region="黄山市", level="municipal", date=dt.date(2009, 10, 15))
QUANZHOU = make_context(region="泉州市", level="municipal", date=dt.date(2019, 1, 1))
YULIN = make_context(region="玉林市", level="municipal", date=dt.date(2024, 3, 22))


@pytest.mark.parametrize(("written", "context", "expected", "name"), [
    ("武夷山风景名胜区管委会", WUYISHAN, "350782-zone_committee-武夷山风景名胜区", "武夷山市武夷山风景名胜区管理委员会"),
    ("武夷山风景名胜区管委会", NANPING, "350782-zone_committee-武夷山风景名胜区", "武夷山市武夷山风景名胜区管理委员会"),
    ("武夷山自然保护区管理局", NANPING, "350782-zone_committee-武夷山自然保护区", "武夷山市武夷山自然保护区管理局"),
    ("承德风景名胜区管委会", CHENGDE, "130800-zone_committee-承德风景名胜区", "承德市承德风景名胜区管理委员会"),
    ("黄山风景区管委会", HUANGSHAN, "341000-zone_committee-黄山风景区", "黄山市黄山风景区管理委员会")])
def test_a_feature_named_area_after_the_host_s_short_name_keeps_the_name_in_its_id(written, context, expected, name):
    found = resolve_body(written, context)
    assert (found.id, found.name) == (expected, name)


def test_the_county_s_area_in_the_city_s_plan_says_whose_it_is():
    assert resolve_body("武夷山自然保护区管理局", NANPING).notes[-2] == "武夷山 is 武夷山市 under 南平市: the area is its"


@pytest.mark.parametrize(("written", "context", "expected"), [
    ("武夷山工业园区管委会", WUYISHAN, "350782-zone_committee-工业园区"),
    ("武夷山工业园区管委会", NANPING, "350782-zone_committee-工业园区"),
    ("鲤城工业区管委会", QUANZHOU, "350502-zone_committee-工业区"),
    ("泉州台商投资区管委会", QUANZHOU, "350500-zone_committee-台商投资区"),
    ("玉林开发园区管委会", YULIN, "450900-zone_committee-开发园区"),
    ("武夷山市风景名胜区管委会", WUYISHAN, None)])
def test_a_park_after_a_short_name_and_a_full_name_before_a_feature_s_area_word_are_as_before(written, context, expected):
    assert resolve_body(written, context).id == expected

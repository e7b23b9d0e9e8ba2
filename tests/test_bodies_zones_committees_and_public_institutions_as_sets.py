"""Collectives of a place's zones and public institutions, none named. A place's own marker with 属 opens the zones
it runs, as a quantifier does (市属各开发区管委会: 潍坊 2024; 市属开发区党工委), and its bonded zones and scenic areas
are zones whose committees are named together (各综保区、景区管委会: 博尔塔拉 2024 州人民政府工作规则): the
committees of every zone of the kind under the place. A zone's word alone before its committee (高新区管委会) stays
one zone's. The public institutions of the document's tier, directly under it (市各直属事业单位: 贵阳 2023,
筑府发〔2023〕13号) or run by it (区管事业单位), are its direct units; 管 opening anything else reads no
collective (区管委会, 市管企业)."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

GUIYANG = make_context(region="贵阳市", level="municipal", date=dt.date(2023, 6, 21))
BORTALA = make_context(region="博尔塔拉蒙古自治州", level="municipal", date=dt.date(2024, 10, 22))
JIADING = make_context(region="嘉定区", level="municipal", date=dt.date(2024, 10, 10))


@pytest.mark.parametrize("written", ["各综保区、景区管委会", "各景区管委会"])
def test_the_committees_of_the_prefecture_s_bonded_zones_and_scenic_areas_are_a_collective(written):
    found = resolve_body(written, BORTALA)
    assert (found.id, found.collective) == ("652700-subordinate-zone_committee", True)


def test_the_party_working_committees_of_the_city_s_own_zones_are_a_collective():
    found = resolve_body("市属开发区党工委", GUIYANG)
    assert (found.id, found.collective) == ("520100-subordinate-party_committee", True)


def test_a_zone_s_word_alone_before_its_committee_is_that_zone_s_committee():
    found = resolve_body("高新区管委会", GUIYANG)
    assert (found.id, found.collective) == ("520100-hightech_zone_committee", False)


@pytest.mark.parametrize(("written", "context"), [("市各直属事业单位", GUIYANG), ("区管事业单位", JIADING),
                                                  ("市直事业单位", GUIYANG)])
def test_the_tier_s_public_institutions_are_its_direct_units(written, context):
    found = resolve_body(written, context)
    assert (found.id, found.collective) == ("direct-units", True)


@pytest.mark.parametrize("written", ["区管委会", "市管企业"])
def test_guan_after_the_marker_before_anything_but_public_institutions_reads_no_collective(written):
    assert resolve_body(written, JIADING).id is None


@pytest.mark.parametrize(("written", "expected"), [("区属各镇人民政府", "310114-subordinate-people_government"),
                                                   ("区属各街道办事处", "310114-subordinate-subdistrict_office")])
def test_a_marker_with_shu_before_towns_opens_the_towns_it_runs(written, expected):
    # 区属各 is a quantifier as 区各 is: once read as a town called 属各镇 and a subdistrict called 属各
    found = resolve_body(written, JIADING)
    assert (found.id, found.collective) == (expected, True)


CHANGLE = make_context(region="昌乐县", level="county", date=dt.date(2024, 5, 13))
SHULAN = make_context(region="舒兰市", level="county", date=dt.date(2024, 5, 13))


@pytest.mark.parametrize(("written", "context"), [("市属各开发区管委会", JIADING), ("市属开发区党工委", JIADING),
                                                  ("市属各开发区管委会", CHANGLE), ("州属各开发区管委会", GUIYANG)])
def test_a_marker_with_shu_writing_a_place_above_or_beside_the_document_s_names_none_of_its_zones(written, context):
    # 市属 in 嘉定区's plan are 上海's zones, in 昌乐县's 潍坊's: once read as the district's or the county's own
    assert resolve_body(written, context).id is None


@pytest.mark.parametrize(("context", "expected"), [(SHULAN, "220283-subordinate-zone_committee"),
                                                   (GUIYANG, "520100-subordinate-zone_committee")])
def test_a_marker_with_shu_writing_the_document_s_own_place_opens_its_zones(context, expected):
    # 市 writes a county-level city (舒兰市) as it writes a prefecture-level one
    found = resolve_body("市属各开发区管委会", context)
    assert (found.id, found.collective) == (expected, True)

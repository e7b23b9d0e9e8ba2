"""Places blind round 13 (tests/fixtures/places-blind13, keyed in key.toml before the reader ran) and the leftovers of
round 12 the brief named: the rules they showed, each with a case where it stays quiet."""

from __future__ import annotations

from pathlib import Path

from pilotplans.normalizers.place import named_places
from pilotplans.normalizers.registry import load_registry
from tests.page_metadata import page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind13"
ROUND12 = Path(__file__).parent / "fixtures" / "places-blind12"


# --- a division's name written right after a place it does not lie in ------------------------------------------------

def test_a_division_written_right_after_a_city_it_does_not_lie_in_is_no_place_named():
    # before: 伊宁市, then 东城区 — 北京's, the one division the gazetteer holds by that name
    found = named_places("伊宁市东城区经济社会发展管理委员会揭牌成立", load_registry().gazetteer)
    assert [(p.written, p.region_id) for p in found] == [("伊宁市", "654002")]


def test_a_division_written_right_after_its_own_municipality_is_named():
    # quiet: 北京市东城区 is 北京's 东城区
    found = named_places("北京市东城区人民政府", load_registry().gazetteer)
    assert [(p.written, p.region_id) for p in found] == [("东城区", "110101")]


def test_a_page_naming_a_county_level_city_s_area_after_it_is_that_city_s():
    # before: no level or place — 伊宁市 named four times, 东城区 (written after it once, alone after that) read as
    # 北京's: two cities, none taken; the area is 伊宁市's, the page that county-level city's
    found = page_metadata(ROUND12 / "yining-2012-county-city-area-committee-news-traditional.txt")
    assert (found.level, found.region, found.region_named_in) == ("county", "伊宁市", "text")

"""A city written right before a district's or county's government (杭州市江干区人民政府办公室) names that district, not the
city: a page citing its district's notices names no city of its own by its text (prose-blind23's 江干, read 杭州
municipal before), where a division the gazetteer no longer holds (江干区, split in 2021) stood after the city."""

from __future__ import annotations

from pilotplans.normalizers.place import place_of_text
from pilotplans.normalizers.registry import load_registry
from tests.conftest import FIXTURES
from tests.page_metadata import page_metadata

JIANGGAN = FIXTURES / "prose-blind23" / "jianggan-2018-district-bureau-ledger-system-notice-cut.txt"


def test_a_page_citing_its_district_s_notices_is_not_placed_in_the_city():
    # before: 杭州, municipal, from 杭州市江干区人民政府办公室 twice in the notice's first sentence
    found = page_metadata(JIANGGAN)
    assert (found.region, found.level, found.region_named_by) == (None, None, None)


def test_a_city_written_before_its_district_s_government_is_not_counted_for_the_city():
    gazetteer = load_registry().gazetteer
    assert place_of_text(["按《杭州市江干区人民政府办公室关于印发…的通知》和《杭州市江干区人民政府办公室关于…的通知》要求。"],
                         None, gazetteer) is None


def test_a_city_written_before_words_naming_no_division_s_government_still_counts():
    # quiet: 杭州市区 (the city's urban area) and 杭州市政府 name the city
    gazetteer = load_registry().gazetteer
    found = place_of_text(["把杭州市区建设成为国际化城市。", "杭州市政府各部门要加强协作。"], None, gazetteer)
    assert found is not None and found[1].region_id == "330100"


def test_a_city_written_before_its_districts_spoken_of_together_still_counts():
    # quiet: 各区人民政府, 辖区政府, 区县政府 name no one division: the city's own page speaks of all of them
    gazetteer = load_registry().gazetteer
    found = place_of_text(["广州市各区人民政府要加强协作。", "广州市辖区政府、广州市区县政府要落实责任。"], None, gazetteer)
    assert found is not None and found[1].region_id == "440100"


def test_a_city_written_before_a_named_district_s_government_is_not_counted_beside_a_collective_one():
    # fires: 江干区人民政府 is one division's, whatever else the page says of the city's divisions together
    gazetteer = load_registry().gazetteer
    assert place_of_text(["杭州市江干区人民政府办公室关于…的通知", "杭州市江干区委办公室关于…的通知"], None, gazetteer) is None

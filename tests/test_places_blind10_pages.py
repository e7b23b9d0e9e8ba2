"""Places blind round 10 (tests/fixtures/places-blind10, keyed in key.toml before the reader ran) and placement's
leftovers: the rules its pages and the leftovers showed, each with a case where it stays quiet."""

from __future__ import annotations

from pathlib import Path

from pilotplans.parsers.metadata import level_of
from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind10"
TO_PROVINCES = ("各省、自治区、直辖市党委和人民政府：", "现将有关事项通知如下。")
TO_DISTRICTS = ("各区人民政府，市政府各委、办、局：", "现将有关事项通知如下。")


# --- a one-character 简称 other places' names open with too -----------------------------------------------------------

def test_a_province_s_abbreviation_some_counties_share_places_its_government():
    # before: no region (鲁 opens 鲁山县's and 鲁甸县's names too; no county's government speaks as a province's)
    found = lines_metadata("省人民政府关于做好某某工作的通知", "鲁政发〔2020〕3号", "各市人民政府：", "现将有关事项通知如下。")
    assert (found.level, found.region) == ("provincial", "山东")


def test_an_autonomous_region_s_abbreviation_places_its_government():
    found = lines_metadata("自治区人民政府关于做好某某工作的通知", "桂政发〔2020〕3号", "各市、县人民政府：",
                           "现将有关事项通知如下。")
    assert (found.level, found.region) == ("provincial", "广西")


def test_a_municipality_s_abbreviation_places_its_government_addressing_its_districts():
    # before: no region (京山市, a county-level city whose government is a 市人民政府 too, opens with 京)
    found = lines_metadata("市人民政府关于做好某某工作的通知", "京政发〔2020〕3号", *TO_DISTRICTS)
    assert (found.level, found.region) == ("municipal", "北京")


def test_chongqing_s_abbreviation_places_its_government_addressing_its_districts_and_counties():
    # before: no region (渝中区, 渝北区 and 新余's 渝水区 open with 渝)
    found = lines_metadata("市人民政府关于做好某某工作的通知", "渝府发〔2020〕3号", "各区县（自治县）人民政府：",
                           "现将有关事项通知如下。")
    assert (found.level, found.region) == ("municipal", "重庆")


def test_a_municipality_s_abbreviation_over_a_notice_to_towns_places_nothing():
    # quiet: a government addressing its towns and streets is a county-level city's (京山市 too prints 京)
    found = lines_metadata("市人民政府关于做好某某工作的通知", "京政发〔2020〕3号", "各镇人民政府、街道办事处：",
                           "现将有关事项通知如下。")
    assert (found.level, found.region) == ("municipal", None)


def test_a_province_s_abbreviation_two_cities_share_places_no_city_s_office():
    # quiet: 吉 opens 吉林市's and 吉安市's names, both prefecture-level cities speaking at the city's level
    found = lines_metadata("市人民政府办公室关于做好某某工作的通知", "吉政办发〔2020〕3号", *TO_DISTRICTS)
    assert found.region is None


def test_a_province_s_abbreviation_under_a_city_s_word_places_nothing():
    # quiet: 鲁政发 is a province's series; a city's government over it is placed by nothing
    found = lines_metadata("市人民政府关于做好某某工作的通知", "鲁政发〔2020〕3号", *TO_DISTRICTS)
    assert found.region is None

"""A notice of a county-level city's government (阿拉山口市人民政府, 禄丰市人民政府) reads at a county's level
where the gazetteer knows its region as a county-level division: its 市 reads as a city's only until the
region is known, as a whole document's level already did (pilotplans.normalizers.place.at_region_level). A
prefecture-level city's notice stays a city's (pilotplans.parsers.metadata)."""

from pathlib import Path

from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import read_metadata

FIXTURES = Path(__file__).parent / "fixtures"


def _page(folder, name):
    lines = (FIXTURES / folder / name).read_text("utf-8").splitlines()
    return read_metadata([Paragraph(text=line) for line in lines])


def test_a_county_level_city_of_an_autonomous_prefecture_reads_county():
    # 阿拉山口市 (652702, under 博尔塔拉州): before, municipal
    found = _page("places-blind3", "alashankou-2016-county-city-breadcrumb-source-row.txt")
    assert (found.issuer, found.level, found.region) == ("阿拉山口市人民政府", "county", "阿拉山口")


def test_a_county_level_city_once_a_county_reads_county():
    # 禄丰市 (532302, 禄丰县 until 2021), its notice's title line missing: before, municipal
    found = _page("places-blind3", "lufeng-2024-county-city-notice-without-title.txt")
    assert (found.issuer, found.level, found.region) == ("禄丰市人民政府", "county", "禄丰")


def test_a_prefecture_level_city_s_notice_stays_municipal():
    found = _page("places-blind3", "panjin-2014-city-info-table-number-in-title.txt")
    assert (found.issuer, found.level, found.region) == ("盘锦市人民政府", "municipal", "盘锦")

"""Places blind round 11 (tests/fixtures/places-blind11, keyed in key.toml before the reader ran): the rules its pages
showed, each with a case where it stays quiet."""

from __future__ import annotations

from pathlib import Path

from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind11"


# --- a place named in full, then called by its kind word ---------------------------------------------------------------

def test_a_code_calling_its_autonomous_county_by_its_kind_word_is_that_county_s():
    # before: no level or place (the page opens at 第一章 总则: no title, 文号 or maker; 三江侗族自治县(以下简称自治县) and,
    # further down, 广西壮族自治区(以下简称自治区), the region it lies in)
    found = page_metadata(ROUND / "sanjiang-autonomous-county-regulations-law-site-no-head.txt")
    assert (found.level, found.region, found.region_named_in) == ("county", "三江侗族自治县", "called_henceforth")


def test_two_places_called_by_their_kind_words_neither_around_the_other_place_nothing():
    # quiet: 三江 and 龙胜 are two counties: whose text it is the page does not say
    found = lines_metadata("第一条 结合三江侗族自治县(以下简称自治县)的特点,制定本条例。",
                           "第二条 龙胜各族自治县(以下简称自治县)与之相邻。")
    assert (found.level, found.region) == (None, None)


def test_a_page_with_a_title_is_not_placed_by_the_place_it_calls_by_its_kind_word():
    # quiet: a page printing its title is placed by its head (here naming no place), not by its text's definitions
    found = lines_metadata("关于加强民族团结工作的通知", "各乡镇人民政府:", "结合三江侗族自治县(以下简称自治县)实际,现通知如下。")
    assert found.region is None

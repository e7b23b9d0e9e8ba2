"""Places blind round 23 (tests/fixtures/places-blind23, keyed in key.toml before the reader ran; 63/63 on its first
run), and round 22's 镇江 leftover (a visit whose place a comma parts from what it is for): pages naming a place that
is not theirs — the city a province's department visits, the province visiting, the
city a district's body visits, the city above a banner, another division's regiment visiting, the county a regiment's
land came from, a renamed district's old name. Each is read as it was: nothing placed where the page never names its
own place, and never at the place it names as someone else's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind23"


@pytest.mark.parametrize("fixture", [
    # a province's department's news of a vice-governor's survey of 金华, named eleven times (我厅, 全省): not 金华's
    "zhejiang-2016-province-department-news-vice-governor-visits-one-city.txt",
    # a district's CPPCC visiting its city's zone (温州综合保税区): never the city's news
    "dongtou-2021-district-cppcc-news-visiting-city-zone-district-unnamed.txt",
    # a regiment hosting another division's (第八师石河子市150团): never the visitors' division-city
    "shuanghe-corps-regiment-hosts-other-division-s-regiment-portal-only.txt",
    # a city congress visiting its county and district (曹县, 牡丹区): never a county
    "heze-city-congress-survey-naming-only-its-county-and-district.txt",
])
def test_a_page_naming_only_places_that_are_not_its_own_is_placed_nowhere(fixture):
    found = page_metadata(ROUND / fixture)
    assert (found.title, found.doc_no, found.issuer, found.level, found.region) == (None, None, None, None, None)


@pytest.mark.parametrize("fixture", [
    # 江西's department hosting 青海's in 南昌: 青海, the guest, named more often than 江西 (江西商务, its own)
    "jiangxi-province-department-hosts-other-province-s-in-its-capital.txt",
    # a banner's meeting studying its city's documents (呼伦贝尔市): its own name only in its slogan (石榴花开鄂温克)
    "ewenke-2025-banner-executive-meeting-short-name-city-above-named.txt",
    # a city bureau hosting national and provincial visitors (国家发展改革委…, 省发展改革委…), its city named once
    "zhongshan-2020-city-bureau-news-national-and-provincial-visitors-city-once.txt",
])
def test_a_page_naming_its_own_place_beside_others_is_left_unplaced_never_at_another_s(fixture):
    # a miss the key counts (review of places24: 江西, 鄂温克, 中山 are these pages' own places): what is held is that
    # the guest, the city above or the visitors never place them
    found = page_metadata(ROUND / fixture)
    assert (found.title, found.doc_no, found.issuer, found.level, found.region) == (None, None, None, None, None)


def test_a_regiment_s_news_is_its_division_city_s_not_the_county_its_land_came_from():
    # 十四师, 第十四师 and 二二五团 place it; 于田县 (its farms taken over) does not
    found = page_metadata(ROUND / "kunyu-2021-corps-regiment-visit-news-source-line-county-it-took-over.txt")
    assert (found.level, found.region, found.region_named_in) == ("county", "昆玉市", "corps")


def test_a_renamed_district_s_notice_citing_its_old_county_is_the_district_s():
    # 平安县 became 平安区 (海东) in 2015; the notice cites 《平安縣人民政府關于…》 by the old name
    found = page_metadata(ROUND / "pingan-2017-renamed-district-office-notice-traditional-old-county-cited.txt")
    assert (found.title, found.doc_no, found.issuer, found.level, found.region) == (
        "海東市平安區人民政府辦公室關于開展全區2017年度退耕還林工作的通知", "平政辦〔2017〕42號",
        "海東市平安區人民政府辦公室", "county", "平安区")


# --- a visit whose place is parted from what it is for by a comma (round 22's 镇江, a leftover) -------------------------


def test_a_visit_closing_right_after_the_comma_after_its_place_places_the_page_at_its_visitors_city():
    # 市商务局、镇江海关…赴镇江综合保税区,调研…: before, no clause of a visit (the comma ended it) and no place
    found = lines_metadata("本报讯 日前,梅州海关、市商务局等单位赴汕头综保区,学习考察综保区建设。")
    assert (found.level, found.region, found.region_named_in) == ("municipal", "梅州", "visitors")


def test_a_visit_s_closing_further_on_than_the_comma_is_no_visit():
    # quiet: the comma's next clause is another (听取汇报后…), so 汕头 is named and not visited: nothing placed
    found = lines_metadata("本报讯 日前,梅州海关、市商务局等单位赴汕头综保区,听取汇报后学习考察。")
    assert (found.level, found.region) == (None, None)


def test_a_visit_across_a_semicolon_or_to_no_place_is_no_visit():
    # quiet: a semicolon ends the sentence's part; 赴一线 names no place (汕头 then named, not visited)
    semicolon = lines_metadata("本报讯 日前,梅州海关、市商务局等单位赴汕头综保区;学习考察综保区建设。")
    nowhere = lines_metadata("本报讯 日前,梅州海关、市商务局赴一线,调研汕头综保区建设。")
    assert [(m.level, m.region) for m in (semicolon, nowhere)] == [(None, None), (None, None)]


def test_visitors_across_a_comma_with_a_province_s_body_or_none_by_the_city_s_word_place_nothing():
    # quiet: the rules of a visit's visitors hold across the comma as within a clause
    provincial = lines_metadata("本报讯 日前,省商务厅、梅州海关、市商务局赴汕头综保区,学习考察。")
    vertical = lines_metadata("本报讯 日前,梅州海关赴汕头综保区,学习考察。")
    assert [(m.level, m.region) for m in (provincial, vertical)] == [(None, None), (None, None)]


def test_a_county_level_city_the_page_names_and_its_visitors_do_not_visit_keeps_the_page_from_their_city():
    # quiet (review of places24): beside 句容市 named on the page (its headline's maker), 市商务局 among the visitors may
    # be 句容's own and 镇江海关 serves 句容 too: never 镇江, municipal; the headline places it as before the comma rule
    found = lines_metadata("句容市商务局开展综保区政策对接", "2月14日,市商务局、镇江海关赴镇江综合保税区,调研综保区建设。")
    assert (found.level, found.region, found.region_named_in) == ("county", "句容市", "headline")


def test_a_county_level_city_named_in_a_later_line_leaves_the_visit_s_page_unplaced():
    # quiet (review of places24): the same visit, 句容市商务局 named after it among those taking part
    found = lines_metadata("2月14日,市商务局、镇江海关赴镇江综合保税区,调研综保区建设。", "句容市商务局负责同志参加调研。")
    assert (found.level, found.region) == (None, None)


def test_a_county_level_city_the_visitors_visit_does_not_keep_the_page_from_their_city():
    # fires (review of places24): 义乌市 is where 梅州's bodies go, so 市商务局 is no body of its own
    found = lines_metadata("本报讯 日前,梅州海关、市商务局等单位赴义乌市,考察小商品市场建设。")
    assert (found.level, found.region, found.region_named_in) == ("municipal", "梅州", "visitors")


def test_a_customs_named_after_a_provincial_capital_among_the_visitors_places_nothing():
    # quiet (review of places24): 南京海关 is 江苏's customs (a capital's customs serves its province: the registry's
    # customs_district), so 南京 is no visitors' city; before, 镇江's news placed at 南京, municipal
    found = lines_metadata("2月14日,市商务局、南京海关赴镇江综合保税区,调研综保区建设。")
    assert (found.level, found.region) == (None, None)


def test_a_capital_s_own_body_among_the_visitors_places_the_page_at_the_capital():
    # fires (review of places24): 南京市商务局 is the city's, not the province's
    found = lines_metadata("2月14日,南京市商务局、市发改委赴镇江综合保税区,调研综保区建设。")
    assert (found.level, found.region, found.region_named_in) == ("municipal", "南京", "visitors")

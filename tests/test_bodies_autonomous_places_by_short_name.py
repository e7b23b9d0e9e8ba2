"""An autonomous prefecture, county or banner written by its short form and its autonomy word, the
nationalities left out (镇宁自治县 for 镇宁布依族苗族自治县: 镇宁自治县人民政府办公室, gzzn.gov.cn 2024): the place,
where it was unread; a name another place bears, or a place with no short form, makes no such name."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

ZHENNING_2024 = make_context(region="镇宁布依族苗族自治县", level="municipal", date=dt.date(2024, 9, 24))
GUIZHOU_2024 = make_context(region="贵州省", level="provincial", date=dt.date(2024, 9, 24))
NATIONAL_2024 = make_context(level="central", date=dt.date(2024, 9, 24))


def test_an_autonomous_county_and_prefecture_by_short_form_and_autonomy_word():
    assert resolve_body("镇宁自治县人民政府办公室", ZHENNING_2024).id == "520423-government_general_office"
    assert resolve_body("镇宁自治县", NATIONAL_2024).id == "520423"
    assert resolve_body("黔西南自治州人民政府", GUIZHOU_2024).id == "522300-people_government"


def test_the_names_it_had_keep_their_reading_and_a_place_with_no_short_form_makes_none():
    assert resolve_body("镇宁县人民政府", ZHENNING_2024).id == "520423-people_government"
    assert resolve_body("黔西南州", GUIZHOU_2024).id == "522300"
    assert resolve_body("鄂温克自治旗", NATIONAL_2024).id is None  # 鄂温克族自治旗 has no short form in the list

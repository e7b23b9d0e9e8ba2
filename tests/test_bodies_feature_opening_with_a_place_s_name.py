"""An area named after a feature whose name opens with a place's (杭州湾新区: 杭州湾 is the bay, 黑山谷风景区: 黑山谷 the
valley, 石门山风景名胜区: 石门山 the hill) was read as an area of that place, named by the one character left over:
330100-zone_committee-湾新区 (杭州's "湾新区"), 210726-zone_committee-谷风景区 (辽宁 黑山县's "谷风景区") and
430726-zone_committee-山风景名胜区 (湖南 石门县's) — silent wrong ids, in a national plan's or an unplaced page's bodies
(the whole review of stop 42 met 黑山谷 in a 万盛经开区 page) and in the named place's own plan. One character and an area
word after a place's name name no area (no area is called 湾新区): the place's name opens the feature's and hosts
nothing, as `_second_host` already reads one character so. Two characters or more (临港新片区), an area word alone
(工业区 of 嘉定工业区) or a zone type's form alone (高新区 of 潜江高新区, 高 + the area word 新区) leave the place its host."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

DAY = dt.date(2024, 1, 1)
NATIONAL = make_context(level="central", date=DAY)
HEISHAN = make_context(region="黑山县", level="county", date=DAY)
NINGBO = make_context(region="宁波市", level="municipal", date=DAY)
CHONGQING = make_context(region="重庆市", level="municipal", date=DAY)


@pytest.mark.parametrize("written", ["杭州湾新区管委会", "黑山谷风景区管委会", "石门山风景名胜区管理处"])
def test_a_feature_opening_with_a_place_s_name_is_no_area_of_that_place(written):
    assert resolve_body(written, NATIONAL).id is None


def test_in_the_place_s_own_plan_the_feature_keeps_its_whole_name():
    found = resolve_body("黑山谷风景区管委会", HEISHAN)
    assert (found.id, found.name) == ("210726-zone_committee-黑山谷风景区", "黑山县黑山谷风景区管理委员会")


@pytest.mark.parametrize(("written", "context", "expected"), [
    ("杭州湾新区管委会", NINGBO, "330200-zone_committee-杭州湾新区"),
    ("黑山谷风景区管委会", CHONGQING, "500000-zone_committee-黑山谷风景区")])
def test_in_the_plan_of_the_place_it_lies_in_the_feature_is_that_place_s(written, context, expected):
    assert resolve_body(written, context).id == expected


@pytest.mark.parametrize(("written", "context", "expected"), [
    ("潜江高新区管委会", make_context(region="潜江市", level="county", date=DAY), "429005-hightech_zone_committee"),
    ("嘉定工业区管委会", make_context(region="嘉定区", level="county", date=DAY), "310114-zone_committee-工业区"),
    ("泉州台商投资区管委会", make_context(region="泉州市", level="municipal", date=DAY), "350500-zone_committee-台商投资区")])
def test_a_zone_s_form_or_an_area_word_after_a_place_s_name_is_still_that_place_s_area(written, context, expected):
    assert resolve_body(written, context).id == expected


def test_a_level_word_after_a_place_s_short_name_is_no_feature_s_first_character():
    # 承德 + 市自然保护区管理局: 市 after the short name makes the city's full name, no hill or bay named 承德市; read as a
    # feature the split was refused and the whole name became an area of the plan's place (130800-zone_committee-
    # 承德市自然保护区), where the level word before an area word no place names an area by names none
    found = resolve_body("承德市自然保护区管理局", make_context(region="承德市", level="municipal", date=DAY))
    assert (found.id, found.notes) == (None, ("市自然保护区管理局 names the administration of an area it does not name: "
                                             "no one body",))


def test_a_place_s_full_name_before_an_area_word_keeps_its_title_once():
    found = resolve_body("嘉定区工业区管委会", make_context(region="嘉定区", level="county", date=DAY))
    assert (found.id, found.name) == ("310114-zone_committee-工业区", "嘉定区工业区管理委员会")


@pytest.mark.parametrize(("written", "context", "expected"), [
    ("莱阳市东新区管委会", make_context(region="莱阳市", level="municipal", date=DAY), "370682-zone_committee-东新区"),
    ("莱阳市东新区管委会", NATIONAL, "370682-zone_committee-东新区")])
def test_a_place_s_full_name_opens_no_feature_s_name(written, context, expected):
    # the level word closes the place's name: no bay or hill is called 莱阳市东, so one character and an area word after
    # the full name are the place's own area — the guard refused the split at 莱阳市 and 莱阳 + 市东新区 became
    # 370682-zone_committee-市东新区, titled 莱阳市市东新区管理委员会
    found = resolve_body(written, context)
    assert (found.id, found.name) == (expected, "莱阳市东新区管理委员会")


def test_the_short_name_before_one_character_and_an_area_word_still_opens_the_feature_s_name():
    assert resolve_body("莱阳东新区管委会", NATIONAL).id is None

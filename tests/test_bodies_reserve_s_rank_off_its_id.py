"""A rank written between a reserve's own name and its area word (雾灵山国家级自然保护区, 长白山国家级自然保护区, 雾灵山省级
自然保护区) is no part of the reserve's name (regions.toml province_area_ranks) — reserves move from a province's rank to
the nation's under the same administration — but it was kept in the id, so 兴隆县雾灵山国家级自然保护区管理局 and
兴隆县雾灵山自然保护区管理局 were two bodies (130822-zone_committee-雾灵山国家级自然保护区 and …-雾灵山自然保护区), and
武夷山国家级自然保护区 in 南平's plan the city's where 武夷山自然保护区 is 武夷山市's. The id now leaves the rank out; the
title keeps the name as printed, and a rank still says who may run an unplaced reserve (see
test_bodies_reserves_of_a_province_s_rank_in_a_county.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

DAY = dt.date(2023, 1, 1)
CHENGDE = make_context(region="承德市", level="municipal", date=DAY)
NANPING = make_context(region="南平市", level="municipal", date=DAY)


@pytest.mark.parametrize("written", ["兴隆县雾灵山国家级自然保护区管理局", "兴隆县雾灵山省级自然保护区管理局",
                                     "兴隆县雾灵山自然保护区管理局"])
def test_a_reserve_written_with_or_without_its_rank_is_one_id(written):
    assert resolve_body(written, CHENGDE).id == "130822-zone_committee-雾灵山自然保护区"


def test_the_title_keeps_the_rank_as_printed():
    assert resolve_body("兴隆县雾灵山国家级自然保护区管理局", CHENGDE).name == "兴隆县雾灵山国家级自然保护区管理局"


def test_a_ranked_reserve_named_after_a_county_is_that_county_s_as_the_unranked_one_is():
    assert resolve_body("武夷山国家级自然保护区管理局", NANPING).id == "350782-zone_committee-武夷山自然保护区"


def test_a_rank_after_a_level_word_alone_names_no_reserve():
    # 市省级自然保护区管理局: no reserve's own name before the rank, so nothing is taken off and no reserve is read
    found = resolve_body("市省级自然保护区管理局", CHENGDE)
    assert (found.id, found.notes[-1]) == (None, "市省级自然保护区: a 自然保护区 lies in a county and is run by the "
                                                 "province, the county or a city, which its name does not give; not "
                                                 "read as 承德市's")


def test_a_scenic_area_s_rank_is_off_its_id_too():
    found = resolve_body("黄山国家级风景名胜区管委会", make_context(region="黄山市", level="municipal", date=DAY))
    assert found.id == "341000-zone_committee-黄山风景名胜区"


@pytest.mark.parametrize(("written", "region", "kept"), [
    ("兰州国家级新区管委会", "兰州市", "620100-zone_committee-兰州国家级新区"),
    ("长春国家级新区管委会", "长春市", "220100-zone_committee-长春国家级新区")])
def test_a_rank_before_an_area_word_of_no_feature_s_area_stays_in_the_id(written, region, kept):
    # 国家级新区 is a sort of area, not a reserve's rank: taken off, 兰州 + 新区 lost the host's name and became the city's
    # unnamed 新区 (620100-zone_committee-新区), the id of 市新区管委会 in 兰州's plan — another body
    found = resolve_body(written, make_context(region=region, level="municipal", date=DAY))
    assert found.id == kept
    assert resolve_body("市新区管委会", make_context(region=region, level="municipal", date=DAY)).id != kept


@pytest.mark.parametrize(("written", "context", "expected"), [
    ("武夷山国家级自然保护区管理局", NANPING, ("350782-zone_committee-武夷山自然保护区", "武夷山市武夷山国家级自然保护区管理局")),
    ("周至国家级自然保护区管理局", make_context(region="西安市", level="municipal", date=DAY),
     ("610124-zone_committee-周至自然保护区", "周至县周至国家级自然保护区管理局"))])
def test_a_ranked_reserve_assigned_to_a_county_by_its_name_keeps_the_rank_in_its_title(written, context, expected):
    # the rank came off the title as well as the id: 武夷山市武夷山自然保护区管理局, a name no page prints
    found = resolve_body(written, context)
    assert (found.id, found.name) == expected


def test_an_unranked_reserve_or_an_area_word_alone_assigned_to_a_county_is_titled_as_before():
    assert resolve_body("武夷山自然保护区管理局", NANPING).name == "武夷山市武夷山自然保护区管理局"
    found = resolve_body("鲤城工业区管委会", make_context(region="泉州市", level="municipal", date=DAY))
    assert (found.id, found.name) == ("350502-zone_committee-工业区", "鲤城区工业区管理委员会")


@pytest.mark.parametrize("rank", ["省级", "国家级"])
def test_a_rank_after_a_county_s_full_name_names_no_reserve(rank):
    # 承德's plan: 兴隆 + 县省级自然保护区 was a reserve called 县省级自然保护区 (130822-zone_committee-县省级自然保护区), and
    # 承德市's 兴隆县 + rank, the rank taken off, one called 兴隆县自然保护区 — the county has reserves the name does not tell
    found = resolve_body(f"兴隆县{rank}自然保护区管理局", CHENGDE)
    assert (found.id, found.notes[-1]) == (None, f"县{rank}自然保护区: a 自然保护区 lies in a county and is run "
                                                 "by the province, the county or a city, which its name does not give; "
                                                 "not read as 兴隆县's")


def test_a_rank_after_a_county_s_full_name_and_a_reserve_s_own_name_is_that_reserve():
    assert resolve_body("兴隆县雾灵山省级自然保护区管理局", CHENGDE).id == "130822-zone_committee-雾灵山自然保护区"


def test_a_rank_after_a_county_s_full_name_names_no_reserve_with_no_plan_around_it():
    # read alone (no document's place), 兴隆 + 县省级自然保护区 was still a reserve called 县省级自然保护区
    # (130822-zone_committee-县省级自然保护区): the rule needed a document's place it does not use
    found = resolve_body("兴隆县省级自然保护区管理局", make_context(date=DAY))
    assert (found.id, found.notes[-1]) == (None, "县省级自然保护区: a 自然保护区 lies in a county and is run by the "
                                                 "province, the county or a city, which its name does not give; "
                                                 "not read as 兴隆县's")


def test_a_reserve_s_own_name_after_a_county_and_before_its_rank_is_read_with_no_plan_around_it():
    assert resolve_body("兴隆县雾灵山省级自然保护区管理局", make_context(date=DAY)).id == "130822-zone_committee-雾灵山自然保护区"

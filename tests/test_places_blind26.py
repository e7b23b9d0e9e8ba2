"""Places blind round 26 (tests/fixtures/places-blind26, keyed in key.toml before the reader ran; 55/63 on its first
run): a 林区's and a 特区's own news, an autonomous county's, a 2011 city notice on a traditional wiki mirror, a
region's department hosting another province's, cities' news of a province's inspection group, a street's report
dated only by its portal's 发布日期 row. A news headline whose body goes to a body named by its level word alone
(青海省生态环境厅到自治区生态环境厅调研交流) is the host's news: the visitors' body places it nowhere."""

from __future__ import annotations

from pathlib import Path

from pilotplans.normalizers import place
from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind26"

XINJIANG = ROUND / "xinjiang-2024-region-department-page-other-province-visitors.txt"

#: The visit's text under a headline the tests below write (the 新疆 page's own sentences, its host's words left out).
VISIT = ("近日,青海省生态环境厅党组成员殷雅琪一行开展了调研交流。", "双方围绕生态保护、环境治理、督察整改等工作进行了深入交流。")


def test_a_headline_s_body_visiting_a_body_named_by_its_level_word_alone_places_the_page_nowhere():
    # 青海省生态环境厅到自治区生态环境厅调研交流 on 新疆's department's page: before, provincial 青海 (named in the
    # headline) — the visitors' province, invented for the host's page
    found = page_metadata(XINJIANG)
    assert (found.level, found.region, found.region_named_in) == (None, None, "notice")


def test_the_headline_written_alone_over_the_visit_places_nothing_either():
    found = lines_metadata("青海省生态环境厅到自治区生态环境厅调研交流", *VISIT)
    assert (found.level, found.region) == (None, None)


def test_a_headline_s_body_going_to_the_grass_roots_is_still_the_body_s_news():
    # quiet: 基层 is no body — the body's own doings, placed at its province as before
    found = lines_metadata("青海省生态环境厅到基层调研交流", *VISIT)
    assert (found.level, found.region, found.region_named_in) == ("provincial", "青海", "headline")


def test_a_level_word_run_into_another_word_is_no_host_named_by_its_level():
    # quiet: 市场监管局 opens with 市 but is no city's body named by its word (placing.toml city_body_not_after)
    found = lines_metadata("青海省生态环境厅到市场监管局调研交流", *VISIT)
    assert (found.level, found.region, found.region_named_in) == ("provincial", "青海", "headline")


def test_a_host_is_a_known_body_named_by_another_province_kind_word_alone():
    # under a 省's body a 自治区's body, under a 自治区's or a 直辖市's (市) a 省's: another province's
    assert [place._an_unnamed_host(text, visitor) for text, visitor in (
        ("自治区生态环境厅", "省"), ("省教育厅", "自治区"), ("省教育厅", "市"))] == [True, True, True]


def test_the_visitor_s_own_kind_places_by_their_kinds_a_named_body_or_a_kind_word_alone_are_no_unnamed_host():
    assert [place._an_unnamed_host(text, "省") for text in ("省委", "省教育厅", "市委", "县政府", "市县", "基层",
                                                              "市场监管局", "自治区", "新疆维吾尔自治区生态环境厅")] == [False] * 9


def test_a_region_s_body_going_to_its_own_region_s_committee_is_still_its_own_news():
    # quiet: 自治区党委 under 新疆's body is its own region's (a report upward), placed at 新疆 as on main
    found = lines_metadata("新疆维吾尔自治区生态环境厅到自治区党委汇报工作", "近日,自治区生态环境厅党组成员一行汇报了工作。",
                           VISIT[1])
    assert (found.level, found.region, found.region_named_in) == ("provincial", "新疆", "headline")


def test_a_body_going_to_a_body_of_a_level_below_by_its_word_alone_is_still_its_own_news():
    # quiet: 到县教育局 under 六安's bureau, 到市教育局 under 安徽's department — bodies inside the visitor's own place, whose
    # portal carries the visit as its news (the branch's first rule left these unplaced; main placed them)
    read = [lines_metadata(head, f"近日,{own}一行开展了调研督导。", VISIT[1]) for head, own in (
        ("六安市教育局到县教育局调研督导", "市教育局"), ("安徽省教育厅到市教育局调研", "省教育厅"))]
    assert [(found.level, found.region) for found in read] == [("municipal", "六安"), ("provincial", "安徽")]


def test_a_municipality_s_body_going_to_a_province_s_body_by_its_word_places_the_page_nowhere():
    # fires: 北京市 is a province-level city; a 省教育厅 is another province's, the host's news
    found = lines_metadata("北京市教育委员会到省教育厅考察交流", "近日,市教育委员会一行开展了考察交流。", VISIT[1])
    assert (found.level, found.region) == (None, None)


def test_the_forest_and_special_districts_autonomous_county_and_cities_read_right_from_the_start():
    # 六枝特区 (county, its 特区 word), 禄劝 (county), 周口 2011 in traditional script (municipal, never 河南), 黄山's news of
    # the province's group (never 安徽), the undated city page (placed nowhere, never 安徽)
    read = {name: page_metadata(ROUND / name) for name in (
        "liuzhi-2020-special-district-tourism-group-meeting-news-media-centre.txt",
        "luquan-2026-autonomous-county-government-meeting-news-portal.txt",
        "zhoukou-2011-city-government-notice-traditional-wiki-mirror.txt",
        "city-undated-environment-news-province-inspection-group-city-never-named.txt")}
    assert [(found.level, found.region) for found in read.values()] == [
        ("county", "六枝特区"), ("county", "禄劝彝族苗族自治县"), ("municipal", "周口"), (None, None)]


def test_the_round_s_key_scores_as_recorded(capsys):
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench", Path(__file__).parent.parent / "bench" / "prose_blind_score.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.main([str(ROUND / "key.toml")]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "total: 56 / 63"

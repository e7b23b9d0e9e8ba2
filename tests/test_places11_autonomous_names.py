"""An autonomous place's full name: its own name, the peoples it is named after, its autonomy word (新疆维吾尔自治区,
广西壮族自治区, 延边朝鲜族自治州, 双江拉祜族佤族布朗族傣族自治县). The peoples are the gazetteer's (read off the names of
its autonomous places), so the place a name opens with is its own name, never its own name and its people."""

from __future__ import annotations

from pathlib import Path

from pilotplans.normalizers.registry import load_registry
from pilotplans.parsers.issuer_names import PLACE
from pilotplans.parsers.metadata import level_of
from tests.page_metadata import page_metadata

FIXTURES = Path(__file__).parent / "fixtures"
HEZHOU = FIXTURES / "prose-blind21" / "hezhou-2023-region-office-notice-cross-border-plan-cut-at-guidance.txt"
XINJIANG = FIXTURES / "prose-blind13" / "xinjiang-2020-region-county-site-printed-lines-page-number.txt"
BAYINGOLIN = FIXTURES / "places-blind" / "bayingolin-2022-prefecture-rules-notice.txt"


def test_the_gazetteer_reads_each_people_of_a_place_named_after_several():
    peoples = load_registry().gazetteer.peoples
    assert {"拉祜族", "佤族", "布朗族", "傣族"} <= set(peoples)  # 双江拉祜族佤族布朗族傣族自治县


def test_the_gazetteer_reads_a_people_named_without_zu():
    peoples = load_registry().gazetteer.peoples
    assert {"维吾尔", "蒙古", "哈萨克"} <= set(peoples)  # 新疆维吾尔自治区, 巴音郭楞蒙古自治州, 伊犁哈萨克自治州


def test_a_place_named_by_its_people_alone_gives_no_people():
    # 鄂伦春自治旗 has no name of its own before its people (no short form): nothing is read off it
    assert "鄂伦春" not in load_registry().gazetteer.peoples


def test_a_region_s_name_opens_with_its_own_name_not_its_people():
    # before: 广西壮族 (four characters before 自治区 were taken for the place)
    assert page_metadata(HEZHOU).region == "广西"


def test_a_region_named_after_a_people_of_three_characters_has_a_level():
    # before: None (新疆维吾尔, five characters before 自治区, was read as no place: no level, no region)
    issuer = page_metadata(XINJIANG).issuer
    assert (issuer, level_of(issuer)) == ("新疆维吾尔自治区人民政府", "provincial")


def test_the_party_committee_of_a_region_opens_with_the_region():
    found = PLACE.match("中共新疆维吾尔自治区委员会办公厅")
    assert found is not None and (found["place"], found["people"], found["kind"]) == ("新疆", "维吾尔", "自治区")


def test_a_region_named_after_no_people_keeps_its_name():
    # quiet: 内蒙古自治区, 西藏自治区 name no people
    found = PLACE.match("内蒙古自治区人民政府")
    assert found is not None and (found["place"], found["people"]) == ("内蒙古", None)


def test_words_before_a_region_word_that_name_no_people_are_read_as_before():
    # quiet: a people is read only where the gazetteer's peoples stand before 自治区 (自治区人民政府 after 关于印发
    # reads as it did: no people in it)
    found = PLACE.match("关于印发自治区人民政府")
    assert found is not None and (found["place"], found["people"]) == ("关于印发", None)


def test_an_autonomous_prefecture_is_read_by_the_prefecture_readers():
    # quiet: 自治州 is no kind of PLACE's; the prefecture its issuer names in full places it, as before
    found = page_metadata(BAYINGOLIN)
    assert (found.level, found.region) == ("municipal", "巴音郭楞")


def test_a_place_named_after_every_people_gives_no_people():
    # quiet: 龙胜各族自治县, 隆林各族自治县 — 各族 is "every people", no people's name (it was read as one)
    peoples = load_registry().gazetteer.peoples
    assert "各族" not in peoples and "族" not in peoples


def test_the_peoples_beside_every_people_are_still_read():
    # fires: the other counties of 广西 named after their peoples keep theirs (三江侗族自治县, 恭城瑶族自治县)
    assert {"侗族", "瑶族"} <= set(load_registry().gazetteer.peoples)

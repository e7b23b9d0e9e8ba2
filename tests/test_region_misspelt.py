"""A --region the gazetteer does not know, one character away from places' names, names them (pilotplans/normalizers/
registry/gazetteer.py ``Gazetteer.misspelt``): `search 数据 --region 哈尔宾市` said only `e.g. 厦门 or 350200`, where an input
method had offered 宾 for 滨. A slip is named only where two characters of a place's name besides its level word are
shared: 夏门市 shares 门 alone with 厦门市, 荆门市, 江门市, 天门市 and 玉门市, 开发区 开 alone with 开平区, 开福区 and 开州区."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.errors import UnknownValue
from pilotplans.normalizers.registry import load_registry
from pilotplans.search import resolve_regions


def test_a_city_s_name_with_one_character_slipped_names_the_city_it_may_be(curated):
    with pytest.raises(UnknownValue) as refused:
        resolve_regions(f"sqlite:///{curated / 'pilotplans.db'}", ["哈尔宾市"])
    assert str(refused.value) == ("--region 哈尔宾市: no place of that name or code in the gazetteer "
                                  "(did you mean 哈尔滨市?)")


def test_a_name_sharing_one_character_of_places_names_besides_their_level_word_gets_the_example(curated):
    # near miss: 夏门市 shares 门 alone with five cities ?门市 (厦门市, 荆门市, 江门市, 天门市, 玉门市): no pointer
    with pytest.raises(UnknownValue) as refused:
        resolve_regions(f"sqlite:///{curated / 'pilotplans.db'}", ["夏门市"])
    assert str(refused.value) == "--region 夏门市: no place of that name or code in the gazetteer (e.g. 厦门 or 350200)"


def test_a_province_s_name_with_its_level_word_slipped_names_the_province_first():
    assert load_registry().gazetteer.misspelt("海南剩")[0] == "海南省"


def test_diff_names_the_places_a_slipped_region_may_be(curated):
    result = CliRunner().invoke(app, ["diff", "national-2020", "xiamen-2020", "--region", "哈尔宾市", "--db",
                                      f"sqlite:///{curated / 'pilotplans.db'}"])
    assert (result.exit_code, result.stderr) == (2, (
        "error: --region 哈尔宾市: no place of that name in the gazetteer (a province, city or county: did you mean "
        "哈尔滨市?)\n"))


@pytest.mark.parametrize("name", ["厦门市", "夏门", "火星人", "开发区", "高新区", "大湾区"],
                         ids=["a place", "two characters", "far from any", "a kind of zone", "a kind of zone whose "
                              "place keeps its level word in its short name (清新区)", "a region of several provinces"])
def test_no_slip_is_named_for_a_place_a_short_name_or_a_name_far_from_any(name):
    # near misses: a place's own name; 夏门's one character in common (门) is shared by too many places; 火星人 is
    # two characters from every name
    assert load_registry().gazetteer.misspelt(name) == ()

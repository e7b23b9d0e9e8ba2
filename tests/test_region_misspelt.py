"""A --region the gazetteer does not know, one character away from places' names, names them (pilotplans/normalizers/
registry/gazetteer.py ``Gazetteer.misspelt``): `search 数据 --region 夏门市` said only `e.g. 厦门 or 350200`, where an input
method had offered 夏 for 厦."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.errors import UnknownValue
from pilotplans.normalizers.registry import load_registry
from pilotplans.search import resolve_regions


def test_a_city_s_name_with_one_character_slipped_names_the_cities_it_may_be(curated):
    with pytest.raises(UnknownValue) as refused:
        resolve_regions(f"sqlite:///{curated / 'pilotplans.db'}", ["夏门市"])
    assert str(refused.value) == ("--region 夏门市: no place of that name or code in the gazetteer "
                                  "(did you mean 厦门市, 荆门市 or 江门市?)")


def test_a_province_s_name_with_its_level_word_slipped_names_the_province_first():
    assert load_registry().gazetteer.misspelt("海南剩")[0] == "海南省"


def test_diff_names_the_places_a_slipped_region_may_be(curated):
    result = CliRunner().invoke(app, ["diff", "national-2020", "xiamen-2020", "--region", "夏门市", "--db",
                                      f"sqlite:///{curated / 'pilotplans.db'}"])
    assert (result.exit_code, result.stderr) == (2, (
        "error: --region 夏门市: no place of that name in the gazetteer (a province, city or county: did you mean "
        "厦门市, 荆门市 or 江门市?)\n"))


@pytest.mark.parametrize("name", ["厦门市", "夏门", "火星人"], ids=["a place", "two characters", "far from any"])
def test_no_slip_is_named_for_a_place_a_short_name_or_a_name_far_from_any(name):
    # near misses: a place's own name; 夏门's one character in common (门) is shared by too many places; 火星人 is
    # two characters from every name
    assert load_registry().gazetteer.misspelt(name) == ()

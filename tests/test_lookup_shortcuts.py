"""The cheap tests that spare the normalisers a regular expression or a loop give what the long way
gives: a name they turn away is one the long way finds nothing in."""

from __future__ import annotations

import pytest

from pilotplans.normalizers.registry import load_registry
from pilotplans.normalizers.registry.bodies import _literal_ends
from pilotplans.normalizers.segment import _MASK, mask_enclosed


@pytest.mark.parametrize(("template", "ends"), [
    ("{city}政府", ("", "政府")),
    ("市{x}局", ("市", "局")),
    ("{system}{county}支行", ("", "支行")),
    ("{a}{b}", ("", "")),
    ("x{a}", ("x", "")),
    ("市委{sub}办", ("市委", "办")),
    ("国资委", ("国资委", "国资委")),
])
def test_the_literal_text_a_template_opens_and_ends_with(template, ends):
    assert _literal_ends(template) == ends


def _names() -> list[str]:
    registry = load_registry()
    names = set(registry.forms())
    # the local bodies' composed names, with and without their places, as documents write them
    for place in ("厦门市", "海南省", "思明区", "各市县", "各市、县", "各县（市、区）", "市", "区", "县", ""):
        for rest in registry.compose:
            names.add(place + rest)
    return sorted(names)


def test_a_pattern_is_tried_on_every_name_it_matches():
    registry = load_registry()
    names = _names()
    matched = 0
    for compiled in (*registry.patterns, *registry.collective_patterns):
        for name in names:
            if compiled.pattern.match(name):
                matched += 1
                assert name.startswith(compiled.head) and name.endswith(compiled.ends), (compiled.form.match, name)
            # a final newline, which ``$`` lets a match end before, keeps the name tried
            if compiled.pattern.match(name + "\n"):
                assert (name + "\n").startswith(compiled.head) and (name + "\n").endswith(compiled.ends)
    assert matched > 300  # the names above reach the patterns, not only the literal forms


def test_a_pattern_is_not_tried_on_a_name_ending_otherwise():
    registry = load_registry()
    building = next(p for p in registry.patterns if p.form.match == "{city}市建设局")
    assert (building.head, building.ends) == ("", ("市建设局", "市建设局\n"))
    assert "厦门市建设局".endswith(building.ends) and building.pattern.match("厦门市建设局")
    assert not "厦门市商务局".endswith(building.ends)
    governments = next(p for p in registry.collective_patterns if p.form.match == "{sub}人民政府")
    assert "各市县人民政府".endswith(governments.ends) and governments.pattern.match("各市县人民政府")
    assert not "各市县财政局".endswith(governments.ends)


def test_area_words_and_zone_forms_are_found_as_by_looking_at_each():
    gazetteer = load_registry().gazetteer
    for name in ("曲江新区", "黄花综合保税区", "长白山保护开发区", "新区", "厦门市商务局", "思明区", "高新区", ""):
        word = next((w for w in gazetteer.area_words if name.endswith(w) and len(name) > len(w)), None)
        assert gazetteer.area_word(name) == word
    assert gazetteer.area_word("曲江新区") == "新区"
    assert gazetteer.area_word("厦门市商务局") is None
    assert gazetteer.zone_by_end("厦门市商务局") is None
    zone = gazetteer.zone_by_end("黄花综合保税区")
    assert zone is not None and zone[1] == "黄花"


@pytest.mark.parametrize(("text", "masked"), [
    ("厦门市商务局", "厦门市商务局"),
    ("各县（市、区）政府", "各县（" + _MASK * 3 + "）政府"),
    ("“放管服”改革", "“" + _MASK * 3 + "”改革"),
])
def test_masking_what_brackets_enclose(text, masked):
    assert mask_enclosed(text) == masked


def test_equal_values_of_the_registry_are_one_object():
    from pilotplans.normalizers.registry.load import _share_equal_values

    regions = load_registry().gazetteer.regions
    provinces = [region for region in regions.values() if region.level == "province"]
    assert len(provinces) > 30 and len({id(region.level) for region in provinces}) == 1
    tier = ("a", "b")
    table = {"x": ("a", "b"), "y": [("a", "b"), {"z": tier}]}
    inner, nested = table["y"], table["y"][1]
    _share_equal_values(table)
    assert table == {"x": ("a", "b"), "y": [("a", "b"), {"z": ("a", "b")}]}
    assert table["x"] is table["y"][0] is table["y"][1]["z"]
    # the containers are the same objects, changed in place
    assert table["y"] is inner and table["y"][1] is nested


def test_sharing_leaves_unhashable_tuples_and_other_values_alone():
    from pilotplans.normalizers.registry.load import _share_equal_values

    holder = {"t": ([1], "a"), "n": 3, "f": frozenset({"a"})}
    listed = holder["t"][0]
    _share_equal_values(holder)
    assert holder == {"t": ([1], "a"), "n": 3, "f": frozenset({"a"})}
    assert holder["t"][0] is listed


def test_the_patterns_a_name_is_tried_against_are_those_ending_as_it_does():
    from pilotplans.normalizers.resolve import _patterns_ending

    registry = load_registry()
    for name in _names():
        for text in (name, name + "\n"):
            whole = [p for p in registry.patterns if text.startswith(p.head) and text.endswith(p.ends)]
            tried = [p for p in _patterns_ending(registry, text[-1:]) if text.startswith(p.head) and text.endswith(p.ends)]
            assert tried == whole, text


def test_a_name_ending_as_no_pattern_does_is_tried_against_none():
    from pilotplans.normalizers.resolve import _patterns_ending

    registry = load_registry()
    building = next(p for p in registry.patterns if p.form.match == "{city}市建设局")
    assert building in _patterns_ending(registry, "局")
    assert building not in _patterns_ending(registry, "行")
    assert _patterns_ending(registry, "。") == ()

"""A gazette issue's masthead (咸宁市人民政府主办2020年第2号) over a text naming no issuer (tests/fixtures/prose-shapes/SOURCES.md):
the publisher's place is inferred for the text, said in region_inferred, and none is taken where the text's bodies speak
at another level than the publisher's (region_unplaced)."""

from __future__ import annotations

import warnings

import pilotplans
from tests.conftest import FIXTURES

SHAPES = FIXTURES / "prose-shapes"


def _read(name: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return pilotplans.read(SHAPES / name)


def test_a_city_s_masthead_places_a_text_naming_no_issuer_said_inferred():
    document = _read("gazette-masthead-of-a-city-over-its-bodies.txt")
    assert (document.issuer, document.region, document.level) == (None, "咸宁", "municipal")
    assert [w.code for w in document.warnings if w.code.startswith("region_")] == ["region_inferred"]


def test_a_province_s_masthead_does_not_place_a_text_whose_bodies_are_a_city_s():
    document = _read("gazette-masthead-of-a-province-over-city-bodies.txt")  # before: 湖北, provincial, unwarned
    assert (document.region, document.level) == (None, "municipal")
    assert "region_unplaced" in [w.code for w in document.warnings]

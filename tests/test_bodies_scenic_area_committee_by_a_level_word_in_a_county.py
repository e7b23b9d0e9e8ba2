"""市风景名胜区管委会 in a county's plan (round 26's leftover, once read as a set over the county) names no one body: a
scenic area is named after a feature, never after a level word (areas_not_named_by_level), whether 市 is the city above
the county (兴隆县, under 承德) or the county-level city's own marker (武夷山市). A park a level word names is the place's
own, as before: 市 the city above in a county's plan, the county-level city itself in its own."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

XINGLONG = make_context(region="兴隆县", level="county", date=dt.date(2023, 1, 1))
WUYISHAN = make_context(region="武夷山市", level="county", date=dt.date(2023, 1, 1))


@pytest.mark.parametrize("context", [XINGLONG, WUYISHAN])
def test_a_scenic_area_s_committee_after_a_level_word_is_no_one_body(context):
    found = resolve_body("市风景名胜区管委会", context)
    assert found.id is None
    assert found.notes[-1] == "市风景名胜区管委会 names the committee of an area it does not name: no one body"


@pytest.mark.parametrize(("written", "context", "expected"), [
    ("市产业园区管委会", XINGLONG, "130800-zone_committee-产业园区"),
    ("县示范区管委会", XINGLONG, "130822-zone_committee-示范区"),
    ("市示范区管委会", WUYISHAN, "350782-zone_committee-示范区")])
def test_a_park_a_level_word_names_is_the_place_s_own(written, context, expected):
    assert resolve_body(written, context).id == expected

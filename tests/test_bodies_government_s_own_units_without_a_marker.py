"""A government's own departments and units written without its level marker in its own notice (政府机关各部门,
政府直属各事业单位: 南宁市兴宁区 2020, 南兴府办函〔2020〕58号; 政府各组成部门: 张家川回族自治县 2016) are the plan's direct
units, a collective, as 区政府各部门 is. A government of every tier (各级政府各部门) or a department word without a
quantifier (政府部门) names no such set."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

XINGNING = make_context(region="兴宁区", level="municipal", date=dt.date(2020, 9, 1))


@pytest.mark.parametrize("written", ["政府机关各部门", "政府直属各事业单位", "政府各组成部门", "政府各有关部门"])
def test_the_government_s_own_units_without_its_marker_are_its_direct_units(written):
    found = resolve_body(written, XINGNING)
    assert (found.id, found.collective) == ("direct-units", True)


@pytest.mark.parametrize("written", ["各级政府各部门", "政府部门"])
def test_every_tier_s_governments_or_a_bare_department_word_are_no_direct_units(written):
    assert resolve_body(written, XINGNING).id is None

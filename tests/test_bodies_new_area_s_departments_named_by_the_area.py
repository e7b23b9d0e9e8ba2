"""A state-level new area's departments named after the area (贵安新区各部门、单位: 贵阳 2023, 筑府发〔2023〕13号,
addressed beside the city's own departments) are the new area's direct units, a collective of that area, in a plan
of its province; the area lies under no city, so the rule that reads a place's name before its collective phrase
for places above or under the document's took none. In a plan of another province the phrase names nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

GUIYANG = make_context(region="贵阳市", level="municipal", date=dt.date(2023, 6, 21))
GUIZHOU = make_context(region="贵州省", level="provincial", date=dt.date(2023, 6, 21))
HANGZHOU = make_context(region="杭州市", level="municipal", date=dt.date(2023, 6, 21))


@pytest.mark.parametrize(("written", "context"), [("贵安新区各部门、单位", GUIYANG), ("贵州贵安新区各有关单位", GUIYANG),
                                                  ("贵安新区各部门", GUIZHOU)])
def test_a_new_area_s_departments_are_its_direct_units(written, context):
    found = resolve_body(written, context)
    assert (found.id, found.collective) == ("520100-guian-direct-units", True)


def test_a_new_area_s_departments_in_another_province_s_plan_name_nothing():
    assert resolve_body("贵安新区各部门", HANGZHOU).id is None

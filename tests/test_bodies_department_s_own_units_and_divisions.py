"""A department writes 厅 or 局 for itself as a place writes its level marker: its notice to its own units and divisions
(安徽省交通运输厅党组 2021, 皖交发〔2021〕63号: 厅直各单位，驻厅纪检监察组，厅机关各处室) names them as sets, none named. A
department named in full, one division, or another body's departments is no such set."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

ANHUI_2021 = make_context(region="安徽省", level="provincial", date=dt.date(2021, 12, 21))


@pytest.mark.parametrize("written", ["厅直各单位", "厅机关各处室", "局属各单位", "局机关各科室"])
def test_a_department_s_own_units_and_divisions_are_a_set(written):
    found = resolve_body(written, ANHUI_2021)
    assert (found.id, found.collective) == ("direct-units", True)


@pytest.mark.parametrize("written", ["公安局各部门", "厅规划处", "厅长", "驻厅纪检监察组"])
def test_a_named_division_or_another_body_s_departments_is_no_set(written):
    found = resolve_body(written, ANHUI_2021)
    assert (found.id, found.collective) == (None, False)


@pytest.mark.parametrize("region", ["合肥市", "太湖县", "北京市"])
@pytest.mark.parametrize("written", ["厅直各单位", "厅机关各处室"])
def test_a_province_department_s_units_in_another_tier_s_plan_are_none_of_its_own(region, written):
    # 厅 is the office only a province's departments take: in a city's, a county's or a municipality's plan (a
    # province department's notice forwarded) its units are no set of the plan's place
    context = make_context(region=region, level="municipal", date=dt.date(2021, 12, 21))
    found = resolve_body(written, context)
    assert (found.id, found.collective) == (None, False)
    assert found.notes == (f"{written} opens with 厅, the office of no department of {region}'s tier: a department's "
                           "own units, none of the plan's place",)


@pytest.mark.parametrize("region", ["合肥市", "太湖县"])
def test_a_bureau_s_units_in_a_city_s_or_county_s_plan_are_a_set(region):
    context = make_context(region=region, level="municipal", date=dt.date(2021, 12, 21))
    found = resolve_body("局属各单位", context)
    assert (found.id, found.collective) == ("direct-units", True)

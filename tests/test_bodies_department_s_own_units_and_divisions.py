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

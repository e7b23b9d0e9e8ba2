"""The organic law's term for a government's departments, 工作部门, names them as a set with no quantifier before it
(旗政府工作部门: 乌拉特后旗 2025, a heading of its site's disclosure list beside 旗人民政府办公室 and 苏木镇人民政府), as
旗政府各工作部门 does; a bare 部门 after the government with no quantifier may be any one of them and stays unread, and
the term after no government nor level marker names no place's."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

URAD_REAR = make_context(region="乌拉特后旗", level="municipal", date=dt.date(2025, 10, 27))


@pytest.mark.parametrize("written", ["旗政府工作部门", "旗人民政府工作部门", "旗政府各工作部门"])
def test_a_government_s_working_departments_are_its_direct_units(written):
    found = resolve_body(written, URAD_REAR)
    assert (found.id, found.collective) == ("direct-units", True)


@pytest.mark.parametrize("written", ["旗政府部门", "政府工作部门", "旗政府工作部门负责人"])
def test_a_bare_department_word_or_no_government_names_no_set(written):
    assert resolve_body(written, URAD_REAR).id is None

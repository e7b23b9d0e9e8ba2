"""The State Council's departments as a set (国务院各部门分别负责: its work report's division of tasks; 国务院有关部门、直属
机构 among a notice's addressees) are a collective of their own, as a province's departments are one (省直各部门), in
any document: no one body. A Corps division-city writes itself 师市 (师市行政工作部门, 师市各部门: 五家渠 2020) as another
city writes 市: in its own documents the word is its level marker; in another place's it names none of its places."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

NATIONAL = make_context(region=None, level="national", date=dt.date(2024, 3, 22))
JILIN = make_context(region="吉林省", level="provincial", date=dt.date(2023, 1, 1))
WUJIAQU = make_context(region="五家渠市", level="municipal", date=dt.date(2020, 1, 1))
URUMQI = make_context(region="乌鲁木齐市", level="municipal", date=dt.date(2020, 1, 1))


@pytest.mark.parametrize("written", ["国务院各部门", "国务院有关部门", "国务院各有关部门", "国务院各部委",
                                     "国务院有关部门、直属机构"])
def test_the_state_council_s_departments_are_a_collective(written):
    found = resolve_body(written, NATIONAL)
    assert (found.id, found.collective, found.kind) == ("state-council-departments", True, "collective")


def test_the_state_council_s_departments_in_a_province_s_plan_are_the_same_set():
    found = resolve_body("国务院有关部门", JILIN)
    assert (found.id, found.collective) == ("state-council-departments", True)


@pytest.mark.parametrize("written, expected", [("国务院", "state-council"), ("国务院办公厅", "gov-office"),
                                               ("各有关部门", "related-departments")])
def test_the_state_council_itself_its_office_and_a_bare_collective_keep_their_reading(written, expected):
    assert resolve_body(written, NATIONAL).id == expected


@pytest.mark.parametrize("written", ["师市行政工作部门", "师市各部门"])
def test_a_division_city_s_own_departments_written_after_师市_are_its_direct_units(written):
    found = resolve_body(written, WUJIAQU)
    assert (found.id, found.collective) == ("direct-units", True)
    assert "师市: the division-city's word for itself (the division and the city run as one), read as 市" in found.notes


def test_a_division_city_s_bureau_written_after_师市_is_the_city_s():
    found = resolve_body("师市发改委", WUJIAQU)
    assert (found.id, found.region) == ("659004-development_reform_commission", "659004")


@pytest.mark.parametrize("written", ["师市发改委", "师市各部门"])
def test_师市_in_a_document_of_no_division_city_stays_unread(written):
    assert resolve_body(written, URUMQI).id is None


def test_师市_alone_names_no_body():
    assert resolve_body("师市", WUJIAQU).id is None

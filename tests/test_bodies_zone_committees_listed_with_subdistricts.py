"""The committees of a district's zones named as a set (各管委会) are bodies of the areas under the district, as
各开发区管委会 is: listed with its subdistricts' offices and the quantifier printed once (各管委会、街道办事处:
渝中区 2021, 渝中府发〔2021〕29号, addressees) they are one collective of that tier. Listed with the district's own
departments they are two sets of two tiers, left unread as one."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

YUZHONG = make_context(region="渝中区", level="municipal", date=dt.date(2021, 4, 16))


@pytest.mark.parametrize("written", ["各管委会、街道办事处", "各管委会、各街道办事处"])
def test_the_zones_committees_and_the_subdistricts_offices_are_one_collective(written):
    found = resolve_body(written, YUZHONG)
    assert (found.id, found.collective) == ("zone-committees", True)


def test_the_zones_committees_with_the_district_s_own_departments_are_no_one_collective():
    found = resolve_body("区政府各部门、各管委会", YUZHONG)
    assert found.id is None
    assert "several collectives" in found.notes[0]


def test_the_district_s_own_offices_with_the_subdistricts_offices_are_no_one_collective():
    assert resolve_body("各委办局、街道办事处", YUZHONG).id is None

"""A list naming the places under a county and the county's own departments together (各乡镇、县政府各部门、各直属机构:
房县's addressees) is two sets at two tiers: read as the departments it lost 各乡镇 without a word, so it is left unread
with a note saying why. A list of the county's own sets alone is still one set."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

FANGXIAN = make_context(region="房县", level="municipal", date=dt.date(2021, 6, 1))


@pytest.mark.parametrize("written", ["各乡镇、县政府各部门、各直属机构", "县政府各部门、各直属机构、各乡镇"])
def test_places_and_bodies_listed_together_are_left_unread_with_a_note(written):
    found = resolve_body(written, FANGXIAN)
    assert (found.id, found.collective) == (None, False)
    assert found.notes == (f"{written} names places (各乡镇) and bodies together: several collectives, to be read one by one",)


def test_the_county_s_own_sets_listed_together_are_one_set():
    found = resolve_body("县政府各部门、各直属机构", FANGXIAN)
    assert (found.id, found.collective) == ("direct-units", True)

"""A body's organs written without its place (政府机关, 党委机关) in a document whose place is unknown are read at the
issuer's place where the issuer names one (the body, as with a place), and otherwise left unread with a note saying
so, never silently; the sets of bodies (国家机关, 县直机关) stay what they were."""

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

ISSUED_IN_HANGZHOU = make_context(level="municipal", date=dt.date(2023, 1, 1), issuer="杭州市商务局")
ISSUER_WITHOUT_PLACE = make_context(level="municipal", date=dt.date(2023, 1, 1), issuer="市商务局")
NO_PLACE = make_context(level="municipal", date=dt.date(2023, 1, 1))


@pytest.mark.parametrize(("written", "expected"), [
    ("政府机关", "330100-people_government"), ("党委机关", "330100-party_committee"),
])
def test_organs_without_a_place_are_read_at_the_issuer_s_place(written, expected):
    found = resolve_body(written, ISSUED_IN_HANGZHOU)
    assert found.id == expected, written
    assert "the place taken from the document's issuer, 杭州市商务局" in found.notes
    assert not any(note.startswith("place taken from the document") for note in found.notes)


@pytest.mark.parametrize(("written", "context"), [
    ("政府机关", NO_PLACE), ("党委机关", NO_PLACE), ("市政府机关", NO_PLACE), ("政府机关", ISSUER_WITHOUT_PLACE),
])
def test_organs_with_no_place_to_read_them_at_stay_unread_with_a_note(written, context):
    found = resolve_body(written, context)
    assert found.id is None, written
    assert found.notes == (f"{written}: the organs of a body whose place it leaves out, and neither the document nor "
                           "its issuer names the place",)


@pytest.mark.parametrize(("written", "expected"), [("国家机关", None), ("县直机关", "direct-units"), ("市直机关", "direct-units")])
def test_sets_of_bodies_written_with_organs_stay_what_they_were(written, expected):
    assert resolve_body(written, NO_PLACE).id == expected, written

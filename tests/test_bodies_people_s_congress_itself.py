"""A place's people's congress itself, the assembly of its deputies (昌都市第二届人民代表大会: 昌都's 十四五 plan 2021),
is a kind of its own beside its standing committee: written with its full word, a term word inside the name or not.
人大 alone stays the standing committee, a deputy (人大代表) is a person, and a congress's special committee, one of
several, is the congress's part, kept by its name."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

CHANGDU_2021 = make_context(region="昌都市", level="municipal", date=dt.date(2021, 6, 22))


def test_the_congress_with_its_term_word_is_the_place_s_congress():
    found = resolve_body("昌都市第二届人民代表大会", CHANGDU_2021)
    assert (found.id, found.name, found.counterparts, found.counterpart_basis) == (
        "540300-people_congress", "昌都市人民代表大会", ("npc",), "twin")


@pytest.mark.parametrize(("written", "expected"), [
    ("市人民代表大会", "540300-people_congress"),
    ("西藏自治区人民代表大会", "540000-people_congress"),
])
def test_the_congress_by_the_place_s_marker_or_another_place_s_name(written, expected):
    assert resolve_body(written, CHANGDU_2021).id == expected


@pytest.mark.parametrize(("written", "expected"), [
    ("市人大", "540300-people_congress_standing_committee"),
    ("昌都市第二届人民代表大会常务委员会", "540300-people_congress_standing_committee"),
])
def test_renda_alone_and_the_standing_committee_keep_their_reading(written, expected):
    assert resolve_body(written, CHANGDU_2021).id == expected


@pytest.mark.parametrize("written", ["市人大代表", "昌都市人民代表大会代表"])
def test_a_deputy_is_no_congress(written):
    assert resolve_body(written, CHANGDU_2021).id is None


@pytest.mark.parametrize(("written", "expected"), [
    ("市人民代表大会财政经济委员会", "540300-people_congress-committee-财政经济委员会"),
    ("日喀则市第二届人民代表大会财政经济农牧环资委员会", "540200-people_congress-committee-财政经济农牧环资委员会"),
])
def test_a_special_committee_is_no_congress_but_the_congress_s_part(written, expected):
    assert resolve_body(written, CHANGDU_2021).id == expected


"""A zone the code table lists, named alone where a body is (承德高新区 among 承德's addressees, 2021), stands for its
committee, as a zone no table lists does (白银高新区): it read as the zone itself, a place, in a list of bodies. A bare
type word (高新区) and a city's own name stay what they were."""

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

CHENGDE_2021 = make_context(region="承德市", level="municipal", date=dt.date(2021, 11, 3))
TANGSHAN_2025 = make_context(region="唐山市", level="municipal", date=dt.date(2025, 12, 31))


@pytest.mark.parametrize(("written", "context", "expected"), [
    ("承德高新区", CHENGDE_2021, "130871-hightech_zone_committee"),
    ("承德高新技术产业开发区", CHENGDE_2021, "130871-hightech_zone_committee"),
    ("唐山高新区", TANGSHAN_2025, "130273-hightech_zone_committee"),
])
def test_a_listed_zone_named_alone_is_its_committee(written, context, expected):
    found = resolve_body(written, context)
    assert (found.id, found.collective) == (expected, False), written
    assert found.notes[-1] == f"{written} is named where a body is: its administrative committee"


def test_a_bare_zone_type_word_names_no_committee():
    assert resolve_body("高新区", CHENGDE_2021).id is None


def test_a_city_named_alone_stays_the_place():
    found = resolve_body("承德", CHENGDE_2021)
    assert (found.id, found.kind) == ("130800", "region")

"""An administration's title after an area word alone names no one body (bodies24: 保护区管理局 in a zone's document).
A level word before the area word names no area either (市自然保护区管理局 read as the city's area called 自然保护区):
自然保护区, 风景名胜区 are kinds of area, no reserve's name, so the title stays unread with a note. The note is the
zone's (no department of its committee) in a zone's document placed at its host's site too, where it was silent, and
says it names no one body in any other place's plan. A committee after a level word and a sort of park (市开发园区管委会)
stays the place's own park, and a reserve named (雾灵山自然保护区管理局) its host's reserve."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

ZONE_ISSUED = make_context(region="承德市", level="municipal", date=dt.date(2022, 1, 1), issuer="承德高新区管委会")
ZONE_PLACED = make_context(region="承德高新技术产业开发区", level="municipal", date=dt.date(2022, 1, 1))
CHENGDE = make_context(region="承德市", level="municipal", date=dt.date(2022, 1, 1))
XINGLONG = make_context(region="兴隆县", level="county", date=dt.date(2022, 1, 1))
ZONE_NOTE = " names the administration of an area it does not name, not a department of the zone's committee"
PLAIN_NOTE = " names the administration of an area it does not name: no one body"


@pytest.mark.parametrize("written", ["市自然保护区管理局", "市风景名胜区管理局", "市保护区管理局"])
def test_an_administration_after_a_level_word_and_an_area_word_alone_is_unread(written):
    found = resolve_body(written, CHENGDE)
    assert (found.id, found.notes) == (None, (written + PLAIN_NOTE,))


def test_a_county_s_reserve_administration_by_its_level_word_is_unread():
    found = resolve_body("县自然保护区管理处", XINGLONG)
    assert (found.id, found.notes) == (None, ("县自然保护区管理处" + PLAIN_NOTE,))


@pytest.mark.parametrize("written", ["保护区管理局", "自然保护区管理局"])
def test_a_zone_s_document_placed_at_its_host_gives_the_zone_s_note(written):
    found = resolve_body(written, ZONE_ISSUED)
    assert (found.id, found.notes) == (None, (written + ZONE_NOTE,))


def test_a_level_word_in_the_zone_s_own_document_gives_the_zone_s_note():
    found = resolve_body("市自然保护区管理局", ZONE_PLACED)
    assert (found.id, found.notes) == (None, ("市自然保护区管理局" + ZONE_NOTE,))


def test_a_bare_administration_in_a_city_s_plan_says_why():
    found = resolve_body("保护区管理局", CHENGDE)
    assert (found.id, found.notes) == (None, ("保护区管理局" + PLAIN_NOTE,))


def test_a_named_reserve_after_a_level_word_stays_its_host_s():
    found = resolve_body("市雾灵山自然保护区管理局", CHENGDE)
    assert found.id == "130800-zone_committee-雾灵山自然保护区"


def test_a_committee_after_a_level_word_and_a_sort_of_park_stays_the_place_s_park():
    # 产业园区: a park named after its place, the level word standing for the name (市开发园区, every sort of zone and
    # park together, names none since bodies26)
    assert resolve_body("市产业园区管委会", CHENGDE).id == "130800-zone_committee-产业园区"

"""The units stationed in a place, written with its short name after 驻 and no tier before it, as the place's own notice
addresses them (驻芜各单位: 芜湖市人民政府关于2025年重点工作及责任分解的通知), are the stationed-units collective. A name
of no place of the document's is stationed elsewhere and stays unread with a note (驻京各单位 in 芜湖's plan); a
village's or abroad (驻村, 驻外) names no place."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

WUHU = make_context(region="芜湖市", level="municipal", date=dt.date(2025, 2, 26))


@pytest.mark.parametrize("written", ["驻芜各单位", "驻芜有关单位", "驻芜湖各单位"])
def test_the_units_stationed_in_the_place_by_its_short_name(written):
    found = resolve_body(written, WUHU)
    assert (found.id, found.collective) == ("stationed-units", True)


def test_the_units_stationed_in_another_place_stay_unread():
    found = resolve_body("驻京各单位", WUHU)
    assert (found.id, found.notes) == (
        None, ("驻京各单位 names units stationed in 京, not in the document's place nor a place above it",))


@pytest.mark.parametrize("written", ["驻村各单位", "驻外各单位"])
def test_a_village_or_abroad_names_no_stationed_units(written):
    assert resolve_body(written, WUHU).id is None


@pytest.mark.parametrize("written", ["驻企各单位", "驻军各单位", "驻场各单位"])
def test_a_word_after_zhu_that_opens_no_place_s_name_names_no_place(written):
    # an enterprise, the garrison, a site: no units stationed in a place, and the note does not say they are
    found = resolve_body(written, WUHU)
    assert (found.id, found.notes) == (
        None, (f"{written} writes {written[1]} after 驻, which opens no place's name: no units stationed in a place",))


def test_a_place_whose_name_opens_with_zhu_is_no_stationed_phrase():
    # 驻马店 is a city of 河南: 驻马店各有关单位 names its units, not units stationed in 马店
    found = resolve_body("驻马店各有关单位", make_context(region="郑州市", level="municipal", date=dt.date(2022, 1, 1)))
    assert (found.id, found.notes) == (
        None, ("驻马店各有关单位 writes 驻马店, the opening of a place's name, not units stationed in a place",))

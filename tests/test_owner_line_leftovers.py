"""Leftovers of the 海盐县 2022 round: forms of owners' lists and deadlines read wrongly or not at all."""

from __future__ import annotations

import pytest

from pilotplans.parsers.interpret.fields import find_tail
from pilotplans.parsers.interpret.vocabulary import vocabulary


def _tail(text: str) -> list[tuple[str | None, str]] | None:
    tail = find_tail(text)
    return tail and [(s.label.role if s.label else None, s.text) for s in tail.fields.segments]


@pytest.mark.parametrize("period", ["2025—2027年", "2025——2027年", "2025–2027年", "2025-2027年", "2025一2027年", "2025～2027年",
                                    "2025至2027年", "2025年至2027年", "2025年—2027年", "2025—27年", "2025—2027年底前"])
def test_a_period_of_years_after_a_list_of_owners_is_the_items_deadline(period):
    # the bracket was no owners' bracket at all: its last piece read as neither a body nor a deadline
    assert _tail(f"推进数字贸易发展。（市商务局，{period}）") == [(None, "市商务局"), ("deadline", period)]


@pytest.mark.parametrize("text", ["2025—2027", "20252027年", "2025年一季度", "2025—2027年行动计划", "2025年—市商务局"])
def test_figures_without_a_year_closing_or_a_period_going_on_into_words_are_no_deadline(text):
    assert not vocabulary().is_deadline(text)

"""Words tried longest first (pilotplans.textutil.longest_first): the one order the vocabularies, the
registry and the placing words are kept in, so that a shorter word (委) never cuts a longer one it closes
(委员会) where each is tried in turn."""

from __future__ import annotations

from pilotplans.textutil import longest_first


def test_words_are_put_longest_first():
    assert longest_first(["委", "委员会", "办公室"]) == ("委员会", "办公室", "委")


def test_words_of_one_length_keep_the_order_given():
    assert longest_first(["局", "委", "办", "厅"]) == ("局", "委", "办", "厅")

"""Whether a word of one clause is found in another's words (pilotplans.diff.relation.is_found).

A word is found when the other words hold it, or — unless it names a place — a variant of it
(服务 / 服务业) among the other words that name no place. The words naming no place are told once a
word set and predicate (``_unplaced``), not for each word asked: these tests hold the answers to
the definition, on written words and on every word of the bundled Xiamen plan against
national-2020's measures.
"""

from __future__ import annotations

import pytest

from pilotplans.diff.align import prepare
from pilotplans.diff.relation import _variant, is_found
from pilotplans.diff.segment import Segmenter
from pilotplans.diff.similarity import is_place_word, place_predicate


def defined(word: str, others: frozenset[str], is_place) -> bool:
    """is_found as its docstring defines it, asking the predicate of every other word each time."""
    if word in others:
        return True
    if is_place(word):
        return False
    return any(_variant(word, other) for other in others if not is_place(other))


def test_a_longer_word_holding_the_word_finds_it():
    assert is_found("服务", frozenset({"服务业", "开放"}), is_place_word) is True


def test_a_place_word_holding_the_word_does_not_find_it():
    # 港澳台 names places: 港澳 → 港澳台 widens a measure, so 港澳 is not found in it
    assert is_found("港澳", frozenset({"港澳台", "合作"}), is_place_word) is False


def test_a_place_word_is_found_only_as_written():
    assert is_found("京津冀", frozenset({"京津冀协同"}), is_place_word) is False
    assert is_found("京津冀", frozenset({"京津冀"}), is_place_word) is True


def test_one_word_set_asked_with_two_predicates_gives_each_predicate_s_answer():
    others = frozenset({"海口市", "建设"})
    # 海口市 names a place for the plain predicate; for a plan of Hainan it is the plan's own ground
    assert is_found("海口", others, is_place_word) is False
    assert is_found("海口", others, place_predicate("海南省")) is True


def test_a_set_looked_in_for_one_predicate_is_looked_in_afresh_for_another():
    # the plain predicate's look leaves 海口市 out (a place), and is kept; the Hainan plan's look must
    # not reuse it (海口 is its own ground there). The test above cannot tell: 海口 names a place for
    # the plain predicate, so is_found answers before looking in the set at all.
    others = frozenset({"海口市", "开放"})
    assert is_found("市场开放", others, is_place_word) is False
    assert is_found("海口", others, place_predicate("海南省")) is True


def test_a_word_sharing_no_variant_with_the_set_is_not_found():
    assert is_found("外国人", frozenset({"服务业", "海南"}), is_place_word) is False


@pytest.mark.parametrize("local", ["xiamen", "hainan"])
def test_every_word_of_a_bundled_plan_is_found_as_defined_in_national_2020_s_measures(national2020, local, request):
    prepared = prepare(national2020, request.getfixturevalue(local), Segmenter(None))
    is_place = prepared.is_place
    words = sorted({word for profile in prepared.derived.profiles for word in profile.words})
    asked = found = 0
    for others in prepared.source.word_sets:
        for word in words:
            answer = is_found(word, others, is_place)
            assert answer is defined(word, others, is_place), (word, sorted(others))
            asked, found = asked + 1, found + answer
    assert asked == len(words) * len(national2020.measures)
    assert 0 < found < asked


def test_the_empty_word_is_found_where_a_word_naming_no_place_is():
    assert is_found("", frozenset({"服务业"}), is_place_word) is defined("", frozenset({"服务业"}), is_place_word) is True
    assert is_found("", frozenset({"京津冀"}), is_place_word) is defined("", frozenset({"京津冀"}), is_place_word) is False

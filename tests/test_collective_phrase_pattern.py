"""The collectives' phrases (市直各有关单位, 国务院有关部门) are tried as one pattern, each phrase a group of
it (:func:`pilotplans.normalizers.registry.bodies.first_fullmatch`): a name gets the collective of the first
phrase matching it whole, as trying each phrase in turn gave it."""

import regex

from pilotplans.normalizers.registry import load_registry
from pilotplans.normalizers.registry.bodies import first_fullmatch
from pilotplans.normalizers.resolve import _collective_phrase

#: Phrases of the collectives as plans print them, and names that are none of them: a body, a phrase
#: with more after it, a place, a phrase cut short.
PHRASES = {
    "有关部门和单位": "related-departments",
    "国务院有关部门": "state-council-departments",
    "市直各有关单位": "direct-units",
    "各群众团体": "people-organisations",
    "各有关行业主管部门": "sector-authorities",
    "各有关高校": "universities",
    "商务部": None,
    "国务院有关部门负责人": None,
    "海南省": None,
    "有关部门和": None,
}


def _one_at_a_time(text: str) -> str | None:
    registry = load_registry()
    return next((ref for pattern, ref in registry.collective_phrases if pattern.fullmatch(text)), None)


def test_a_name_gets_the_collective_of_the_phrase_it_matches_whole():
    assert {text: _collective_phrase(load_registry(), text) for text in PHRASES} == PHRASES


def test_the_one_pattern_answers_as_the_phrases_tried_one_at_a_time():
    assert {text: _one_at_a_time(text) for text in PHRASES} == PHRASES


def test_the_first_phrase_matching_the_whole_name_is_the_group_that_matches():
    one = first_fullmatch([regex.compile("各部门"), regex.compile("各.+"), regex.compile("各部")])
    assert one.fullmatch("各部门").lastgroup == "c0"
    assert one.fullmatch("各单位").lastgroup == "c1"
    assert one.fullmatch("各部").lastgroup == "c1"  # 各.+ comes before 各部
    assert one.fullmatch("各部门们单位").lastgroup == "c1"
    assert one.fullmatch("部门") is None


def test_phrases_with_groups_or_flags_of_their_own_are_not_joined():
    assert first_fullmatch([regex.compile("各部门"), regex.compile("(各)单位")]) is None
    assert first_fullmatch([regex.compile("各部门"), regex.compile("(?i)dept")]) is None
    assert first_fullmatch([]) is None

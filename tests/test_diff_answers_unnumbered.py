"""Answer keys name a measure as the diff names it: by its number, or by ``#<position>`` when its plan prints
none. national-2018's two task tables number no measure, and the scoring passed every link to an unnumbered
measure over, so a key against national-2018 (tests/fixtures/answers/national-2020_to_national2018.real.tsv)
found nothing, with no word of why."""

from __future__ import annotations

import pytest

from pilotplans.diff import diff_documents
from pilotplans.diff.answers import agreement, measure_name, predicted_pairs, read_answer_key
from pilotplans.diff.segment import Segmenter
from tests.conftest import FIXTURES

ANSWERS = FIXTURES / "answers"
ROUNDS_KEY = ANSWERS / "national-2020_to_national2018.real.tsv"


def part_one() -> list:
    """The key's rows of national-2020's part 一 (measures 1–25), the part keyed first; parts 二–八, keyed
    since, are scored by bench/diff_eval.py with their misses listed (README, Comparing plans)."""
    return [row for row in read_answer_key(ROUNDS_KEY) if row.local <= 25]


def test_a_key_names_an_unnumbered_measure_by_its_position():
    rows = read_answer_key(ROUNDS_KEY)
    assert [(r.local, r.nationals, r.relation) for r in rows if r.local in (1, 2, 16)] == [
        (1, ("#7", "#8"), "merged"), (2, (), "local"), (16, ("#48",), "adapted")]


def test_a_key_s_cell_is_a_number_or_a_position_and_nothing_else():
    assert (measure_name("16"), measure_name(" #07 ")) == (16, "#7")
    with pytest.raises(ValueError):
        measure_name("第7条")


def test_links_to_unnumbered_national_measures_are_counted(rounds_diff):
    pairs, _, relation = predicted_pairs(rounds_diff)
    assert (("#48", 16) in pairs, relation[16]) == (True, "adapted")


def test_a_key_against_the_unnumbered_plan_finds_its_pairs(rounds_diff):
    scored = agreement(rounds_diff, part_one())
    assert (scored.pairs_expected, scored.locals_expected, scored.locals_correct) == (3, 20, 20)
    assert ("#48", 16) not in scored.missed and scored.spurious == ()


def test_numbered_keys_keep_naming_numbers(national2020, xiamen):
    # the quiet side: a key of numbered plans reads and scores as it did
    scored = agreement(diff_documents(national2020, xiamen, segmenter=Segmenter(None)),
                       read_answer_key(ANSWERS / "xiamen_to_national2020.sample.tsv"))
    assert (scored.pairs_correct, scored.pairs_expected, scored.missed, scored.spurious) == (12, 12, (), ())


def test_the_rounds_key_is_met_on_its_part_one(rounds_diff):
    scored = agreement(rounds_diff, part_one())
    assert (scored.precision, scored.recall, scored.local_precision, scored.local_recall, scored.relation_agreement) == (
        1.0, 1.0, 1.0, 1.0, 1.0)

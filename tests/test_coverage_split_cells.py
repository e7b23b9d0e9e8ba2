"""A coverage cell of a national measure the local plan carries in several measures reads ``split``, as ``lineage``
steps it, also where the diff calls a part that adds content of its own ``adapted`` (diff53): national-2018 #41 is
carried by 2020's 119 (adapted: it adds a 数据核查 system) and 120 (split), #47 by 46 and 114 (both adapted). Before,
the cell showed the closest of its links' relations, ``adapted``, and no longer said the measure was split."""

from __future__ import annotations

import pytest

from pilotplans.diff.coverage import cells_from
from pilotplans.store.plans import closest


@pytest.fixture(scope="module")
def cells(rounds_diff, national2018):
    return {m.position: cell for m, cell in zip(national2018.measures, cells_from(rounds_diff, national2018))}


def test_a_measure_carried_in_an_adapted_part_and_a_split_part_reads_split(cells):
    assert (cells[41].relation, cells[41].locals) == ("split", ("119", "120"))


def test_a_measure_carried_in_two_adapted_parts_reads_split(cells):
    assert (cells[47].relation, cells[47].locals) == ("split", ("46", "114"))


def test_a_measure_carried_in_one_measure_keeps_its_link_s_relation(cells):
    assert (cells[16].relation, cells[16].locals) == ("adapted", ("99",))


def test_a_measure_carried_in_one_measure_and_merged_into_another_is_not_split():
    assert closest(["adapted", "merged"]) == "adapted"

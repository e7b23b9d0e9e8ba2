"""A table's id column never wraps: an id longer than its share of the terminal is shortened in its
middle, keeping the beginning and the end that tell it from its neighbours."""

from __future__ import annotations

from pilotplans.export import shortened_id, shortened_ids


def test_an_id_within_its_limit_is_left_whole():
    assert shortened_id("harbin-table-leader-2", 21) == "harbin-table-leader-2"


def test_a_longer_id_keeps_its_beginning_and_its_end():
    assert shortened_id("harbin-table-leader-2", 12) == "harbin…der-2"


def test_ids_told_apart_by_their_ends_stay_apart():
    assert (shortened_id("harbin-table-leader", 12), shortened_id("harbin-table-leader-2", 12)) == ("harbin…eader", "harbin…der-2")


def test_a_chinese_id_is_measured_in_terminal_cells():
    # a character takes two cells: the beginning's 8 of its 9 (门 would make 10), "…" and the end's 8
    assert shortened_id("2020年厦门市全面深化服务贸易创新发展试点实施方案", 18) == "2020年厦…实施方案"


ROUNDS = ["xiamen-plan-for-the-pilot-2020-final-version", "xiamen-plan-for-the-pilot-2021-final-version"]


def test_ids_told_apart_only_in_their_middles_are_shortened_less_until_they_differ():
    # at 20 cells both read "xiamen-pla…l-version": two documents shown as one; 31 is the least that tells them apart
    assert shortened_ids([*ROUNDS, ROUNDS[0]], 20) == [
        "xiamen-plan-for…0-final-version", "xiamen-plan-for…1-final-version", "xiamen-plan-for…0-final-version"]


def test_ids_whose_shortenings_differ_keep_the_limit():
    assert shortened_ids(["harbin-table-leader", "harbin-table-leader-2", "harbin-table-leader"], 12) == [
        "harbin…eader", "harbin…der-2", "harbin…eader"]

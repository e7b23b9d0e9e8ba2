"""A part of a split that adds content of its own is ``adapted``, not ``split`` (the key's partial: a measure that
carries some co-equal parts of its source whole and adds nothing, tests/fixtures/answers/README.md rule 3).

national-2018 #47 (探索创新技术贸易管理模式。对自由进出口技术的备案管理制度实行便利化改革…) is taken up by two 2020
measures: 114 carries its first sentence and adds 完善技术进出口监测体系, 46 works its second out as 登记备案管理权限下放
(tests/fixtures/answers/national-2020_to_national2018.real.tsv: both adapted); #41's 119 adds a 数据核查 system. Hainan
22 and 23 each carry some clauses of national-2020 24 and add nothing: they stay split."""

from __future__ import annotations

from pilotplans.diff import diff_documents
from pilotplans.diff.segment import Segmenter
from tests.conftest import links_of


def test_a_part_adding_a_clause_half_found_only_in_a_part_it_leaves_out_is_adapted(rounds_diff):
    link = next(l for l in rounds_diff.links if l.local is not None and l.local.number == 114)
    assert (link.national.label, link.relation) == ("#47", "adapted")
    assert link.reason.endswith("this part adds “完善技术进出口监测体系”, half found only in a part it leaves out")


def test_a_part_rewriting_its_source_s_part_is_adapted(rounds_diff):
    assert links_of(rounds_diff, 46) == [("#47", "adapted")]


def test_a_part_adding_clauses_of_its_own_is_adapted_and_its_sibling_part_stays_split(rounds_diff):
    assert links_of(rounds_diff, 119) == [("#41", "adapted")]
    assert links_of(rounds_diff, 120) == [("#41", "split")]


def test_parts_that_only_leave_out_clauses_of_their_source_stay_split(national2020, hainan):
    result = diff_documents(national2020, hainan, segmenter=Segmenter(None))
    assert links_of(result, 22) == [("24", "split")]
    assert links_of(result, 23) == [("24", "split")]

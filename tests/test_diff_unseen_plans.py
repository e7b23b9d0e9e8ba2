"""The diff on local plans shaped like published ones it was never tuned on
(tests/fixtures/diff_unseen/: invented wording, each file named after the fault it exercises)."""

from __future__ import annotations

import pytest

from pilotplans.api import read
from pilotplans.diff import DiffResult, diff_documents
from tests.conftest import FIXTURES

UNSEEN = FIXTURES / "diff_unseen"


def links_of_local(result: DiffResult) -> list[tuple[int | None, int, str]]:
    """(national, local, relation) of every link with a local side, by local measure."""
    return sorted(((l.national.number if l.national else None, l.local.number, l.relation)
                   for l in result.links if l.local is not None), key=lambda t: (t[1], t[0] or 0))


def links_of_national(result: DiffResult, number: int) -> list[tuple[int | None, str]]:
    return sorted((l.local.number if l.local else None, l.relation)
                  for l in result.links if l.national is not None and l.national.number == number)


@pytest.fixture(scope="module")
def dalian_diff(national2020):
    return diff_documents(national2020, read(UNSEEN / "dalian-frames-and-parts.txt"))


# --- a plan printed in traditional characters --------------------------------------------------

def test_a_plan_in_traditional_characters_links_as_its_simplified_twin(national2020):
    traditional = diff_documents(national2020, read(UNSEEN / "shenzhen-traditional.txt"))
    simplified = diff_documents(national2020, read(UNSEEN / "shenzhen-simplified.txt"))
    assert links_of_local(traditional) == [(2, 1, "same"), (31, 2, "adapted"), (None, 3, "local")]
    assert links_of_local(traditional) == links_of_local(simplified)


def test_a_traditional_plan_keeps_its_printed_wording_on_the_link(national2020):
    result = diff_documents(national2020, read(UNSEEN / "shenzhen-traditional.txt"))
    link = next(l for l in result.links if l.local is not None and l.local.number == 2)
    assert link.local.text.startswith("允許本市指定醫療機構使用臨床急需")


def test_a_local_addition_in_traditional_characters_stays_local(national2020):
    result = diff_documents(national2020, read(UNSEEN / "shenzhen-traditional.txt"))
    assert [(l.national, l.relation) for l in result.links if l.local is not None and l.local.number == 3] \
        == [(None, "local")]


# --- a frame (落实…的政策，) that quotes a whole national measure ------------------------------------

def test_a_frame_quoting_another_national_measure_makes_a_merge(dalian_diff):
    assert [t for t in links_of_local(dalian_diff) if t[1] == 1] == [(21, 1, "merged"), (22, 1, "merged")]


def test_a_frame_naming_only_the_ministry_adds_no_source(dalian_diff):
    assert [t for t in links_of_local(dalian_diff) if t[1] == 2] == [(22, 2, "adapted")]


# --- a short measure holding one part of a national measure another local measure took ----------

def test_a_short_measure_holding_a_part_of_a_taken_measure_is_a_split_part(dalian_diff):
    assert links_of_national(dalian_diff, 24) == [(3, "split"), (4, "split")]


def test_a_measure_repeating_a_part_already_linked_is_no_further_part(dalian_diff):
    assert [t for t in links_of_local(dalian_diff) if t[1] == 5] == [(None, 5, "local")]


# --- a task list with an 适用范围 column and no responsibility cell (the 2025 round) ------------

@pytest.fixture(scope="module")
def nanjing_2025_diff(national2025):
    return diff_documents(national2025, read(UNSEEN / "nanjing-2025-default-scope.txt"))


def regions_of_local(result: DiffResult) -> list[tuple[int | None, int, str]]:
    return [(l.national.number if l.national else None, l.local.number, l.ownership.region)
            for l in result.links if l.local is not None]


def test_a_blank_scope_cell_names_the_default_pilot_areas(nanjing_2025_diff):
    assert regions_of_local(nanjing_2025_diff)[0] == (3, 1, "named")


def test_a_scope_cell_naming_another_area_is_not_named(nanjing_2025_diff):
    assert regions_of_local(nanjing_2025_diff)[1] == (4, 2, "not_named")


def test_a_measure_that_says_nowhere_it_applies_stays_unknown(national2025):
    from pilotplans.diff.ownership import _region_of_scope

    measure = national2025.measures[2].model_copy(update={"regions": [], "scope_kind": None})
    assert _region_of_scope(measure, "南京") == "unknown"
    assert _region_of_scope(national2025.measures[2], "南京") == "named"


# --- the same rule between two national rounds --------------------------------------------------

@pytest.fixture(scope="module")
def rounds_diff(national2018, national2020):
    return diff_documents(national2018, national2020)


def test_a_2018_task_whose_two_clauses_became_two_2020_measures_is_split(rounds_diff):
    # 119 adds a 数据核查 system of its own: a part that adds is adapted (tests/test_diff_split_parts.py)
    task = next(l.national for l in rounds_diff.links
                if l.national is not None and l.national.text.startswith("完善服务贸易统计监测、运行和分析体系"))
    assert sorted((l.local.number, l.relation) for l in rounds_diff.links
                  if l.national is not None and l.national.position == task.position) == [(119, "adapted"), (120, "split")]


def test_a_2020_measure_holding_only_the_clause_another_already_changes_is_new(rounds_diff):
    # 2018's one law-firm clause (内地与港澳台) is taken up by 2020 28 (港澳); 29 (外国) is new (`added`: a later
    # round's new measure, no local plan's)
    assert [(l.national, l.relation) for l in rounds_diff.links
            if l.local is not None and l.local.number == 29] == [(None, "added")]


# --- a ；-clause restating the lead clause of another national measure ----------------------------

@pytest.fixture(scope="module")
def chongqing_diff(national2020):
    return diff_documents(national2020, read(UNSEEN / "chongqing-lead-clauses.txt"))


def test_a_clause_restating_another_measures_lead_clause_makes_a_merge(chongqing_diff):
    assert [t for t in links_of_local(chongqing_diff) if t[1] == 1] == [(106, 1, "merged"), (107, 1, "merged")]


def test_a_clause_naming_only_the_place_another_measure_acts_in_adds_no_source(chongqing_diff):
    # 推进国家数字服务出口基地建设 against national 116 (在数字服务出口基地，对…加强综合监管)
    assert [t for t in links_of_local(chongqing_diff) if t[1] == 2] == [(100, 2, "adapted")]


# --- the brackets a plan's own place name leaves empty ----------------------------------------

def test_a_bracket_left_empty_by_the_plans_own_place_goes_with_it():
    from pilotplans.diff.similarity import normalise_wording

    assert normalise_wording("依托中国（重庆）自由贸易试验区，开展试点", "重庆") == "依托中国自由贸易试验区，开展试点"


def test_a_bracket_with_wording_left_in_it_stays():
    from pilotplans.diff.similarity import normalise_wording

    assert normalise_wording("取消应用商店服务业务（不含禁止外商投资领域）外资股比限制", "重庆") \
        == "取消应用商店服务业务（不含禁止外商投资领域）外资股比限制"
    assert normalise_wording("依托中国（四川）自由贸易试验区", "重庆") == "依托中国（四川）自由贸易试验区"


# --- a further part of a linked source: its words must be carried by one clause ---------------------------------------

def test_a_measure_gathering_a_part_s_words_from_clauses_saying_other_things_is_no_further_part(national2020):
    # 2 holds 制订, 外国人 and 目录 of national 67's third clause, but 制订 only in 制订导游培训计划: it stays local, where
    # `carries_a_free_part` read the measure's words as one bag and split 67 over 1 and 2 (r_diff53)
    result = diff_documents(national2020, read(UNSEEN / "harbin-part-words-spread.txt"))
    assert links_of_local(result) == [(67, 1, "split"), (None, 2, "local")]

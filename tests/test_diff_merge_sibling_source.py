"""A clause its own source seems to explain, through the words two sibling measures share, still adds the
sibling it restates when that sibling explains more of it and the plan carries one of its parts whole.

national-2020's first measure restates national-2018's #7 (部际联席会议的工作统筹、政策协调、信息共享) and, in its
last sentence (地方服务贸易发展统筹协调机制重点强化决策功能), #8 (强化地方服务贸易跨部门统筹协调决策机制): the sentence
is 0.56 found in #7 (服务贸易, 统筹, 协调), above ``merge_unexplained``, so #8 was never looked at and the diff gave
#7 alone (tests/fixtures/answers/national-2020_to_national2018.real.tsv: 1 ← #7, #8 merged)."""

from __future__ import annotations

from pilotplans.diff import diff_documents
from pilotplans.diff.segment import Segmenter
from tests.conftest import links_of


def test_a_sentence_restating_a_sibling_measure_adds_it_as_a_second_source(rounds_diff):
    assert links_of(rounds_diff, 1) == [("#7", "merged"), ("#8", "merged")]


def test_a_clause_a_sibling_explains_better_but_the_plan_carries_little_of_adds_nothing(rounds_diff):
    # national-2020 50 (人民币在服务贸易领域跨境使用试点): its clause 结合重点企业重点项目… is found more in #17
    # (鼓励金融机构…创新适应服务贸易特点的金融服务) than in #40, but the measure carries a quarter of #17
    assert links_of(rounds_diff, 50) == [("#40", "adapted")]


def test_a_clause_wholly_found_in_another_measure_whose_rest_the_plan_leaves_adds_nothing(national2020, hainan):
    # Hainan 68 restates national 72; its 留学生就业 is wholly found in national 63, half of whose part it carries
    result = diff_documents(national2020, hainan, segmenter=Segmenter(None))
    assert links_of(result, 68) == [("72", "same")]

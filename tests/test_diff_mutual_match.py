"""A measure a new round rewrote and moved to another part is linked to its source where the two are each
other's best match, clearly ahead of the next, and one clause of either is carried whole in the other — below
``link``, where the order of the plans says nothing (``link_mutual``).

national-2020 42 (国际服务贸易合作园区, 加强与重点服务贸易伙伴的项目合作) restates national-2018 #21 (推动试点地区与重点
服务贸易伙伴加强合作) in its part 二, far from where 2018 printed it: cosine 0.33, its next source 0.16
(tests/fixtures/answers/national-2020_to_national2018.real.tsv: 42 ← #21 adapted). The order pass is not run again
for gaps beside such links: only a merge makes a span of the order (``fill_beside_merges``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pilotplans.diff import diff_documents
from pilotplans.diff.segment import Segmenter
from pilotplans.diff.sources import load_document
from pilotplans.ingest.manifest import load_manifest
from pilotplans.ingest.pipeline import read_document
from tests.conftest import links_of

PLANS = Path(__file__).parent / "fixtures" / "plans"


@pytest.fixture(scope="module")
def wuhan():
    entry = next(e for e in load_manifest(PLANS).document if e.id == "wuhan-2020")
    return read_document(PLANS / entry.file, entry.hints())


def test_a_measure_moved_by_a_new_round_links_to_its_source_as_each_other_s_best_match(rounds_diff):
    assert links_of(rounds_diff, 42) == [("#21", "adapted")]


def test_a_best_match_barely_ahead_of_the_next_stays_local(national2018, wuhan):
    # 武汉 40 (数字服务出口基地、“光谷”集聚区): 0.36 with #25 (“服务+”整体出口), 0.33 with #24 (服务贸易数字化)
    result = diff_documents(national2018, wuhan, segmenter=Segmenter(None))
    assert links_of(result, 40) == [("-", "local")]


def test_a_mutual_best_match_carrying_no_clause_of_the_other_stays_local(national2018, xiamen):
    # 厦门 79 (跨境金融区块链服务平台) and 2018's #1 (外资银行…同时申请人民币业务): each the other's best, 0.31 ahead
    # of 0.19, but they share only 银行 and 业务
    result = diff_documents(national2018, xiamen, segmenter=Segmenter(None))
    assert links_of(result, 79) == [("-", "local")]


def test_plans_of_different_programmes_take_no_mutual_match(national2025, national2020):
    # national-2020 118 (以信用监管为基础的新型监管机制) and national-2025 149 (完善监管规则，创新监管方式): each the
    # other's best and a clause carried, but the service-opening list is no round of the service-trade plan
    result = diff_documents(national2025, national2020, segmenter=Segmenter(None))
    assert links_of(result, 118) == [("-", "local")]


def test_a_plan_whose_programme_is_not_known_takes_no_mutual_match(national2018, national2025):
    # national-2025 54 (境外…基金为绿色项目提供投融资和技术服务) and 2018's #36 (服务贸易创新发展引导基金): each the
    # other's best, a clause carried; read with no programme, the service-opening list may be of any programme
    unknown = national2025.model_copy(update={"programme": None, "round": None})
    result = diff_documents(national2018, unknown, segmenter=Segmenter(None))
    assert (links_of(result, 54), links_of(result, 48)) == ([("-", "local")], [("-", "local")])


def test_a_gap_beside_links_that_are_no_merge_is_not_filled_by_order(national2018, wuhan):
    # 武汉 45 (出口信保保单融资) carries a sentence of #37, which 44 takes: the order beside 44 ← #37 and 49 ← #41
    # would give it #38 (0.28)
    result = diff_documents(national2018, wuhan, segmenter=Segmenter(None))
    assert (links_of(result, 44), links_of(result, 45)) == ([("#37", "adapted")], [("-", "local")])


JOINED = Path(__file__).parent / "fixtures" / "diff_unseen" / "joined-2018-round.txt"


@pytest.fixture(scope="module")
def joined_diff(national2018):
    # read as ``diff`` reads a file: its title (某市深化服务贸易创新发展试点实施方案) names its programme
    return diff_documents(national2018, load_document(str(JOINED), None), segmenter=Segmenter(None))


def test_a_sentence_joining_clauses_of_two_free_measures_merges_both(joined_diff):
    # 发挥好服务贸易创新发展引导基金作用 (#36's first sentence) + 扩大出口信用保险对服务贸易的支持 (#37's lead), 0.37 alike
    # to either whole: it came out local
    assert links_of(joined_diff, 1) == [("#36", "merged"), ("#37", "merged")]


def test_a_measure_restating_a_sibling_word_for_word_links_to_it_not_to_the_one_sharing_its_words(joined_diff):
    assert links_of(joined_diff, 2) == [("#44", "same")]


def test_a_joined_sentence_of_a_plan_whose_programme_is_not_known_stays_local(national2018):
    # the same file read with no hints and no programme from its title (pilotplans.read)
    result = diff_documents(national2018, read_document(JOINED), segmenter=Segmenter(None))
    assert links_of(result, 1) == [("-", "local")]


def test_a_clause_naming_only_the_topic_of_other_measures_joins_none_of_them(joined_diff):
    # 加大对服务贸易企业的支持力度 is found whole in #17, #37 and #38, but carries a third of any of their parts
    assert links_of(joined_diff, 3) == [("#21", "adapted")]

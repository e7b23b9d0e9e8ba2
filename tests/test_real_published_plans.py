"""Real published local plans of the 2020 round's pilot areas (tests/fixtures/real_plans/: Shanghai's
实施方案 and Shenzhen's 若干措施, whose measures print no owners, and Chongqing's 2021 服务业扩大开放
task division, a table naming its owners, as far as the stored copies of their pages go): read when
declared a local plan of a national one, and diffed against national-2020 as their hand-made keys
(tests/fixtures/answers/*.real.tsv) say."""

from __future__ import annotations

import dataclasses
import importlib

import pytest

from pilotplans.diff import DiffResult, DiffSettings, diff_documents
from pilotplans.diff.answers import agreement, read_answer_key
from pilotplans.errors import NoTaskTable
from pilotplans.ingest.manifest import load_manifest
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret import DocumentHints
from pilotplans.schema.models import Document
from tests.conftest import FIXTURES

REAL = FIXTURES / "real_plans"
ANSWERS = FIXTURES / "answers"
SHAPE = FIXTURES / "prose-shapes" / "ownerless-plan-sections.txt"


def read_real(document_id: str) -> Document:
    entry = next(e for e in load_manifest(REAL).document if e.id == document_id)
    return read_document(REAL / entry.file, entry.hints())


@pytest.fixture(scope="module")
def shanghai() -> Document:
    return read_real("shanghai-2020")


@pytest.fixture(scope="module")
def shanghai_diff(national2020: Document, shanghai: Document) -> DiffResult:
    return diff_documents(national2020, shanghai)


def links_of_local(result: DiffResult) -> list[tuple[int | None, int, str]]:
    return sorted(((l.national.number if l.national else None, l.local.number, l.relation)
                   for l in result.links if l.local is not None), key=lambda t: (t[1], t[0] or 0))


# --- reading a declared local plan whose items name no owner -----------------------------------

def test_a_declared_local_plan_naming_no_owner_reads_its_numbered_items_as_measures(shanghai):
    assert [(m.number, m.text[:8]) for m in shanghai.measures] == [(1, "强化统筹协调机制"), (2, "推进“放管服”改")]
    assert [m.responsibility for m in shanghai.measures] == [None, None]
    assert all("responsibility_missing" in {w.code for w in m.warnings} for m in shanghai.measures)


def test_a_real_task_division_copied_a_cell_a_line_reads_its_six_whole_rows_with_their_owners():
    chongqing = read_real("chongqing-2021")
    assert [(m.number, m.text[:6], m.responsibility, m.cooperating) for m in chongqing.measures] == [
        (1, "支持高等学校", "市科技局", "市发展改革委、市教委、市国资委"),
        (2, "深化科技成果", "市科技局", "市教委、市国资委、市财政局"),
        (3, "探索和完善知", "市知识产权局、重庆银保监局", "市科技局、人行重庆营管部"),
        (4, "积极推动知识", "市知识产权局、重庆银保监局", "市科技局、人行重庆营管部"),
        (5, "允许具有经国", "市住房城乡建委、市人力社保局", "市规划自然资源局"),
        (6, "支持外商投资", "人行重庆营管部", "市商务委、市市场监管局")]


def test_the_real_task_division_links_only_the_measures_whose_content_national_2020_carries(national2020):
    result = diff_documents(national2020, read_real("chongqing-2021"))
    assert links_of_local(result) == [(None, 1, "local"), (None, 2, "local"), (112, 3, "adapted"),
                                      (None, 4, "local"), (40, 5, "adapted"), (None, 6, "local")]


def test_a_page_naming_no_owner_and_declared_nothing_is_still_refused():
    with pytest.raises(NoTaskTable):
        read_document(REAL / "shanghai-2020-tasks-excerpt.txt", DocumentHints(id="shanghai-2020"))


def test_the_plan_s_own_sections_are_not_read_as_ownerless_measures():
    document = read_document(SHAPE, DocumentHints(id="ownerless", parent="national-2020"))
    assert [(m.number, m.text[:6]) for m in document.measures] == [
        (1, "健全工作机制"), (2, "深化审批改革"), (3, "推进专业服务")]


def test_the_plan_s_sections_under_their_other_names_are_not_read_as_ownerless_measures():
    # 一、总体思路 （一）指导思想和基本原则, 三、保障机制, 四、工作保障
    document = read_document(FIXTURES / "prose-shapes" / "ownerless-plan-sections-other-names.txt",
                             DocumentHints(id="ownerless", parent="national-2020"))
    assert [(m.number, m.text[:6]) for m in document.measures] == [
        (1, "健全工作机制"), (2, "深化审批改革"), (3, "推进专业服务")]


def test_the_parts_a_measure_naming_no_owner_holds_are_its_text_not_measures():
    document = read_document(FIXTURES / "prose-shapes" / "ownerless-plan-measure-parts.txt",
                             DocumentHints(id="ownerless", parent="national-2020"))
    assert [(m.number, m.text[:6]) for m in document.measures] == [
        (1, "健全工作机制"), (2, "深化审批改革"), (3, "推进专业服务")]
    assert "（2）完善考核评价机制。" in document.measures[0].text


def test_a_heading_printing_a_sentence_over_its_items_stays_their_heading():
    document = read_document(FIXTURES / "prose-shapes" / "ownerless-plan-heading-lead-sentence.txt",
                             DocumentHints(id="ownerless", parent="national-2020"))
    assert [(m.number, m.text[:6]) for m in document.measures] == [
        (1, "健全工作机制"), (2, "深化审批改革"), (3, "推进专业服务")]


def test_the_plan_s_sections_without_a_declared_parent_are_refused():
    with pytest.raises(NoTaskTable):
        read_document(SHAPE, DocumentHints(id="ownerless"))


# --- the diff on them ------------------------------------------------------------------------------

#: The diff without its mutual best match (link_mutual), which links Shanghai 1 to national 1 too (each the
#: other's best, 0.36, a clause carried): the order beside a merge is tested alone.
NO_MUTUAL = dataclasses.replace(DiffSettings(), mutual_floor=1.0)


def test_a_measure_before_a_merge_links_by_order_within_the_merge_s_first_source(national2020, shanghai):
    # Shanghai 2 merges national 5, 6 and 11 (best 11): national 1 lies within order_gap of 5
    result = diff_documents(national2020, shanghai, NO_MUTUAL)
    assert links_of_local(result) == [(1, 1, "adapted"), (5, 2, "merged"), (6, 2, "merged"), (11, 2, "merged")]
    assert next(l for l in result.links if l.local and l.local.number == 1).basis == "order"


def test_the_measure_before_the_merge_is_also_each_other_s_best_match_with_its_source(shanghai_diff):
    assert links_of_local(shanghai_diff) == [(1, 1, "adapted"), (5, 2, "merged"), (6, 2, "merged"), (11, 2, "merged")]
    assert next(l for l in shanghai_diff.links if l.local and l.local.number == 1).basis == "similarity"


def test_a_merge_s_first_source_beyond_the_order_gap_links_nothing_by_order(national2020, shanghai):
    narrow = dataclasses.replace(NO_MUTUAL, order_gap=3)  # national 2, 3, 4 stand between 1 and 5
    assert links_of_local(diff_documents(national2020, shanghai, narrow))[0] == (None, 1, "local")


def test_source_spans_run_from_a_merge_s_first_source_to_its_last():
    align = importlib.import_module("pilotplans.diff.align")
    assignment = align.Assignment({0: align.Pair(None, 0, 0.0, "none"), 1: align.Pair(10, 1, 0.45, "similarity"),
                                   2: align.Pair(20, 2, 0.6, "similarity")},
                                  [align.Pair(4, 1, 0.8, "clause"), align.Pair(5, 1, 0.7, "clause")])
    assert align._source_spans(assignment) == {1: (4, 10), 2: (20, 20)}


@pytest.mark.parametrize("document_id", ["shanghai-2020", "shenzhen-2021", "chongqing-2021"])
def test_the_real_plans_agree_with_their_hand_keys(national2020, document_id):
    key = read_answer_key(ANSWERS / f"{document_id}_to_national2020.real.tsv")
    scored = agreement(diff_documents(national2020, read_real(document_id)), key)
    assert (scored.precision, scored.recall, scored.local_precision, scored.local_recall, scored.relation_agreement) == (
        1.0, 1.0, 1.0, 1.0, 1.0)


# --- a file compared as the local side of a national plan ------------------------------------------

def test_a_file_naming_no_owner_is_read_as_the_local_plan_of_the_national_one_it_is_compared_with(tmp_path):
    import pilotplans

    result = pilotplans.Dataset(tmp_path / "none.db").diff(FIXTURES / "seeds" / "000_e0aac6ab09a0c8fd.txt", SHAPE)
    assert sorted(l.local.number for l in result.links if l.local is not None) == [1, 2, 3]


def test_a_file_refused_for_another_cause_keeps_its_first_refusal(tmp_path):
    import pilotplans

    with pytest.raises(NoTaskTable, match="not printed in Chinese"):
        pilotplans.Dataset(tmp_path / "none.db").diff(FIXTURES / "seeds" / "000_e0aac6ab09a0c8fd.txt",
                                                      FIXTURES / "unseen-pages" / "english-translation.txt")


@pytest.mark.parametrize("name", ["ownerless-plan-interpretation.txt", "ownerless-news-story.txt"])
def test_a_page_titled_no_plan_is_refused_though_declared_a_local_plan(name):
    with pytest.raises(NoTaskTable):
        read_document(FIXTURES / "prose-shapes" / name, DocumentHints(id="page", parent="national-2020"))


@pytest.mark.parametrize("name", ["ownerless-plan-interpretation.txt", "ownerless-news-story.txt"])
def test_a_page_titled_no_plan_is_not_diffed_as_a_local_plan(tmp_path, name):
    import pilotplans

    with pytest.raises(NoTaskTable, match="no task table or task list found"):
        pilotplans.Dataset(tmp_path / "none.db").diff(FIXTURES / "seeds" / "000_e0aac6ab09a0c8fd.txt",
                                                      FIXTURES / "prose-shapes" / name)


def _cut_in_first_name(tmp_path):
    """guizhou's page cut inside its owner bracket's first name (no name of it whole: the page is refused; cut
    later, it is read up to the cut)."""
    text = (FIXTURES / "prose-blind11" / "guizhou-2022-province-news-over-plan-traditional.txt").read_text("utf-8")
    page = tmp_path / "page.txt"
    page.write_text(text[:text.index("(責任單位:") + len("(責任單位:省發")], encoding="utf-8")
    return page


def test_a_page_cut_inside_its_owner_bracket_declared_a_local_plan_is_refused_saying_so(tmp_path):
    # its item names its owners, cut: it is no plan naming none
    page = _cut_in_first_name(tmp_path)
    with pytest.raises(NoTaskTable, match="^.*the page ends inside an item's owner bracket"):
        read_document(page, DocumentHints(id="page", parent="national-2020"))


def test_a_page_cut_inside_its_owner_bracket_is_not_diffed_as_a_local_plan(tmp_path):
    import pilotplans

    page = _cut_in_first_name(tmp_path)
    with pytest.raises(NoTaskTable, match="the page ends inside an item's owner bracket"):
        pilotplans.Dataset(tmp_path / "none.db").diff(FIXTURES / "seeds" / "000_e0aac6ab09a0c8fd.txt", page)


# A page the refusals name cut in a part of its plan, or a notice ending before its plan's text, was read
# declared as a plan of one measure (the part's lead paragraph), its owners missing, while the same page
# undeclared was refused as cut: diffed, the national plan's measures were found dropped.
CUT_PAGES = ["prose-blind/zhejiang-2024-print-page.txt",
             "prose-blind10/dalian-2025-city-field-list-measures-as-sections.txt",
             "prose-blind13/haixi-2020-prefecture-info-rows-cut-at-first-task.txt"]


@pytest.mark.parametrize("page", CUT_PAGES)
def test_a_cut_page_declared_a_local_plan_is_refused_as_cut(page):
    with pytest.raises(NoTaskTable, match="the page is cut"):
        read_document(FIXTURES / page, DocumentHints(id="page", parent="national-2020"))


@pytest.mark.parametrize("page", CUT_PAGES)
def test_a_cut_page_is_not_diffed_as_a_local_plan(tmp_path, page):
    import pilotplans

    with pytest.raises(NoTaskTable, match="the page is cut"):
        pilotplans.Dataset(tmp_path / "none.db").diff(FIXTURES / "seeds" / "000_e0aac6ab09a0c8fd.txt", FIXTURES / page)


def test_a_real_plan_of_national_2018_cut_in_its_targets_is_refused_as_cut_not_read_from_its_framing():
    # 上海's 2018 实施方案 as the pages corpus stores it: notice, preamble, 指导思想, one target of 主要目标
    with pytest.raises(NoTaskTable, match=r"the page ends in its part `\(二\)主要目标`, .* the page is cut"):
        read_real("shanghai-2018")


def test_a_real_plan_of_national_2018_cut_in_its_targets_is_not_diffed(tmp_path):
    import pilotplans

    with pytest.raises(NoTaskTable, match="the page is cut"):
        pilotplans.Dataset(tmp_path / "none.db").diff(FIXTURES / "seeds" / "001_49e808efe8358f81.txt",
                                                      REAL / "shanghai-2018-opening-without-measures.txt")

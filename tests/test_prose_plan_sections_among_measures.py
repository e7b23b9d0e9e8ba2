"""A plan's own section (工作目标, 基本原则: ``plan_sections`` in tasklist.toml) printed at the level
of the measures among them and naming no owner (（二）工作目标。到2025年，… between （一） and （三）, each
with its owners) is no measure: it was read as one missing its owners, its targets as a task,
warned ``responsibility_missing`` only. It is now left out with an ``item_unread`` note, and the
number it holds is no gap in the measures' numbering
(tests/fixtures/prose-shapes/plan-sections-among-measures.txt)."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

SHAPE = FIXTURES / "prose-shapes" / "plan-sections-among-measures.txt"


def test_sections_of_the_plan_among_measures_are_no_measures():
    document = read_document(SHAPE)
    assert [(m.number_raw, m.responsibility) for m in document.measures] == [
        ("（一）", "市商务局"), ("（三）", "市发展改革委"), ("（五）", "市统计局"), ("（六）", None)]


def test_each_section_left_out_is_noted():
    notes = [w.message for w in read_document(SHAPE).warnings if w.code == "item_unread"]
    assert len(notes) == 2
    assert notes[0].startswith("item （二）工作目标。到2025年")
    assert notes[1].startswith("item （四）基本原则")


def test_the_numbers_the_sections_hold_are_no_gap():
    document = read_document(SHAPE)
    assert not [w for m in document.measures for w in m.warnings if w.code == "number_gap"]
    assert not [w for w in document.warnings if w.code == "number_gap"]


def test_a_task_whose_title_holds_a_section_s_words_stays_a_measure_missing_its_owners():
    last = read_document(SHAPE).measures[-1]
    assert last.text.startswith("完善工作目标考核机制。")
    assert [w.code for w in last.warnings] == ["responsibility_missing"]


# --- the numbers a section holds are no gap only where it stands (review of prose8) ----------------

GAP_ELSEWHERE = FIXTURES / "prose-shapes" / "plan-section-and-a-gap-under-another-heading.txt"
OPENING = FIXTURES / "prose-shapes" / "plan-section-opening-a-heading.txt"
GUARANTEES = FIXTURES / "prose-shapes" / "section-names-under-guarantee-heading.txt"


def test_a_section_s_number_does_not_hide_a_gap_under_another_heading():
    # （二）工作目标 left out under 一、; under 二、 （一） then （三）: its （二） is missing all the same
    document = read_document(GAP_ELSEWHERE)
    assert [(m.number_raw, [w.code for w in m.warnings]) for m in document.measures] == [
        ("（一）", []), ("（三）", []), ("（一）", []), ("（三）", ["number_gap"])]
    assert [w.message for w in document.warnings if w.code == "number_gap"] == [
        "measures 2 are missing (the numbering jumps from 1 to 3)"]


def test_a_section_opening_a_heading_starts_its_numbering_again():
    # 二、 / （一）主要目标。… left out / （二） （三）: no repeat of 一、's （二）
    document = read_document(OPENING)
    assert [(m.number_raw, [w.code for w in m.warnings]) for m in document.measures] == [
        ("（一）", []), ("（二）", []), ("（二）", []), ("（三）", [])]
    assert [w.code for w in document.warnings] == ["item_unread"]


# --- under a heading that is itself a plan section, its items are its measures --------------------

def test_an_item_named_as_a_section_under_a_guarantee_heading_stays_a_measure_missing_its_owners():
    document = read_document(GUARANTEES)
    assert [(m.number_raw, m.text.split("。")[0], [w.code for w in m.warnings]) for m in document.measures] == [
        ("（一）", "健全工作统筹机制", []), ("（二）", "推动服务业有序开放", []),
        ("（一）", "组织领导", ["responsibility_missing"]), ("（二）", "资金保障", []), ("（三）", "督查考核", [])]
    assert not [w for w in document.warnings if w.code in ("item_unread", "number_duplicate")]


# --- section names joined in one title (review of diff2) -------------------------------------------

def _joined(tmp_path, title: str):
    page = tmp_path / "plan.txt"
    page.write_text("某市服务贸易创新发展试点实施方案\n一、重点任务\n"
                    "（一）健全工作统筹机制。定期研究解决试点中的重大问题。（责任单位：市商务局）\n"
                    f"（二）{title}。坚持改革引领，到2025年服务进出口总额达到10亿美元。\n"
                    "（三）推动服务业有序开放。放宽服务业市场准入。（责任单位：市发展改革委）\n", encoding="utf-8")
    return read_document(page)


def test_section_names_joined_in_one_title_are_a_section(tmp_path):
    document = _joined(tmp_path, "指导思想和基本原则")
    assert [m.number_raw for m in document.measures] == ["（一）", "（三）"]


def test_a_title_joining_a_section_name_with_other_words_stays_a_measure(tmp_path):
    document = _joined(tmp_path, "完善工作目标和考核机制")
    assert [m.number_raw for m in document.measures] == ["（一）", "（二）", "（三）"]

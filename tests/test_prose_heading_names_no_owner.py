"""A heading among the task part's headings whose items print no owner (tests/fixtures/prose-shapes/
SOURCES.md): its items were lost, the heading said to hold no measure though it holds two."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

SHAPES = FIXTURES / "prose-shapes"


def _rows(name: str):
    document = read_document(SHAPES / name)
    return [(m.number_raw, m.heading_path, m.text, m.responsibility, [w.code for w in m.warnings])
            for m in document.measures], [w.code for w in document.warnings]


def test_the_items_of_a_heading_between_headings_over_measures_are_measures_missing_owners():
    rows, warnings = _rows("heading-between-owned-headings-names-none.txt")
    assert rows == [
        ("1.", ["重点任务", "扩大对外开放"], "放宽外资准入，支持外商投资设立研发中心。", "市商务局", []),
        ("2.", ["重点任务", "扩大对外开放"], "优化跨境结算，推进跨境人民币业务便利化。", "市金融办", []),
        ("1.", ["重点任务", "优化营商环境"], "推行证照分离改革，压减涉企经营许可事项。", None, ["responsibility_missing"]),
        ("2.", ["重点任务", "优化营商环境"], "推进政务服务一网通办，提升网上办理深度。", None, ["responsibility_missing"]),
        ("1.", ["重点任务", "推进数字贸易"], "建设数字贸易公共服务平台。", "市商务局", []),
    ]
    assert warnings == []  # was item_unread on （二）, its two items lost


def test_the_missing_owners_are_said_to_be_missing_from_the_heading_too():
    measure = read_document(SHAPES / "heading-between-owned-headings-names-none.txt").measures[2]
    assert [w.message for w in measure.warnings] == [
        "no responsibility is printed for this item nor its heading, while the items of its style under the "
        "headings beside it have one"]


def test_sections_before_and_after_the_task_part_stay_out_of_the_measures():
    # 一、总体要求 / 1. 2. and 三、保障措施 / 1. 2. beside 二、重点任务 / 1.（…） 2.（…）: principles and
    # safeguards, not measures missing their owners
    rows, warnings = _rows("sections-around-the-tasks-name-none.txt")
    assert rows == [
        ("1.", ["重点任务"], "放宽外资准入，支持外商投资设立研发中心。", "市商务局", []),
        ("2.", ["重点任务"], "优化跨境结算，推进跨境人民币业务便利化。", "市金融办", []),
    ]
    assert warnings == []


def _measures(name: str):
    return read_document(SHAPES / name).measures


def test_a_title_closed_by_a_full_stop_with_its_owners_heads_the_items_under_it():
    # （一）扩大对外开放。（责任单位：市商务局） / 1. 2.: was one measure, its items run into its text
    measures = _measures("heading-with-owner-closed-by-full-stop.txt")
    assert [(m.number_raw, m.heading_path, m.text, m.responsibility) for m in measures[:2]] == [
        ("1.", ["重点任务", "扩大对外开放"], "放宽外资准入，支持外商投资设立研发中心。", "市商务局"),
        ("2.", ["重点任务", "扩大对外开放"], "优化跨境结算，推进跨境人民币业务便利化。", "市商务局"),
    ]
    assert [w.message for w in measures[0].warnings] == [
        "the responsibility (市商务局) is printed on the heading （一）扩大对外开放, whose items print none"]


def test_a_sentence_with_its_owners_keeps_its_sub_items_as_its_text():
    # （二）推进…，建设…。（责任单位：市发改委） / 1. 2.: a measure whose sub-items detail it
    measure = _measures("heading-with-owner-closed-by-full-stop.txt")[2]
    assert (measure.number_raw, measure.heading_path, measure.responsibility) == ("（二）", ["重点任务"], "市发改委")
    assert measure.text == ("推进数字贸易发展，建设数字贸易公共服务平台。1.完善平台功能，提供通关、结算等一站式服务。"
                            "2.培育数字贸易企业，形成一批示范项目。")
    assert measure.warnings == []


def test_a_section_between_owned_sections_of_the_plan_s_outline_holds_no_measures():
    # 一、总体要求 / 二、主要任务 1.（…） / 三、实施步骤 1. 2. / 四、保障措施 1.（…）: the level holds a section
    # outside the run of headings over measures (总体要求), so it is the plan's outline, and a heading
    # naming no owner between two of them may be a section too (实施步骤's stages); its items were read
    # as two measures missing their owners. Not read, and said so
    document = read_document(SHAPES / "section-between-owned-sections-names-none.txt")
    assert [(m.number_raw, m.heading_path, m.responsibility) for m in document.measures] == [
        ("1.", ["主要任务"], "市商务局"), ("2.", ["主要任务"], "市金融办"),
        ("1.", ["保障措施"], "市发改委"), ("2.", ["保障措施"], "市政府督查室")]
    assert [(w.code, w.message) for w in document.warnings] == [("item_unread", (
        "item 三、实施步骤 names no owner, between headings over measures on a level holding sections of the plan "
        "outside them: not read as measures (a section of the plan, or a task heading whose owners were lost?)"))]

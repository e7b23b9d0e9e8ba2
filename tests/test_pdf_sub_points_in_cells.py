"""An unnumbered text table whose cells list their points 1. 2. keeps one record a row.

A table without rules and without a 序号 column whose 具体举措 cells each list points (1. … / 2. …
in paragraphs) beside one responsibility prints those numbers where a table numbering its items in
the text does: each point was read as an item, a row of its own, seven records for three rows, the
responsibility copied to each, silently (tests/fixtures/variants/sub-points-borderless*.pdf, made
by make_variants.py, cells at their top or centred). Numbers that start again at 1 in every row,
beside no more paragraphs of the columns right of theirs than there are runs from 1 (one
responsibility a row), are the cells' points: each row opens with its first. A table numbered
anew under each heading, a responsibility beside each item, keeps its items.

Beside a task column, a run of points looks the same as items numbered anew under each task of a
merged column with a responsibility merged over them: the reading as points is kept, and the
document carries the warning ``rows_read_as_points`` (the page's geometry passes it on as a
:class:`~pilotplans.layout.Caution`)."""

from __future__ import annotations

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.pdf import layout_from_pages
from tests.conftest import FIXTURES
from tests.test_read_pdf import rows_of, synthetic_page

VARIANTS = FIXTURES / "variants"
READ = [
    (["推进服务业开放"], "1.扩大电信业务开放，支持外资参与增值电信业务。\n2.完善跨境数据流动规则，探索数据出境便利化。", "工业和信息化部"),
    (["优化营商环境"], "1.优化外籍人员来华工作许可和居留许可办理流程。\n2.鼓励金融机构创新适应服务贸易特点的金融产品。\n"
                     "3.加强知识产权保护和运用，健全纠纷多元化解决机制。", "商务部"),
    (["提升便利水平"], "1.提升通关便利化水平，推广“两步申报”等改革经验。\n2.推动数字服务出口基地建设。", "海关总署"),
]


@pytest.mark.parametrize("name", ["sub-points-borderless", "sub-points-borderless-centred"])
def test_a_cell_listing_its_points_in_a_table_without_rules_is_one_record(name):
    document = read_document(VARIANTS / f"{name}.pdf")
    assert [(m.heading_path, m.text, m.responsibility) for m in document.measures] == READ


def test_items_numbered_anew_under_each_task_each_beside_its_own_responsibility_stay_items():
    page = synthetic_page(1, [
        (100, [(70, "试点任务"), (170, "工作措施"), (400, "责任单位")]),
        (120, [(70, "优化营商环境"), (170, "1.推进跨境贸易便利化。"), (400, "市商务局")]),
        (140, [(170, "2.落实外商投资准入。"), (400, "市发改委")]),
        (160, [(70, "扩大对外开放"), (170, "1.支持外资设立医疗机构。"), (400, "市卫健委")]),
        (180, [(170, "2.简化审批流程。"), (400, "市政务服务局")]),
        (200, [(170, "3.支持远程诊疗。"), (400, "市医保局")]),
    ])
    assert [row[1:] for row in rows_of(layout_from_pages([page], "items.pdf"))] == [
        ("工作措施", "责任单位"), ("1.推进跨境贸易便利化。", "市商务局"), ("2.落实外商投资准入。", "市发改委"),
        ("1.支持外资设立医疗机构。", "市卫健委"), ("2.简化审批流程。", "市政务服务局"), ("3.支持远程诊疗。", "市医保局")]


def test_points_starting_again_at_1_in_every_row_beside_one_responsibility_a_row_open_the_rows():
    page = synthetic_page(1, [
        (100, [(70, "试点任务"), (170, "工作措施"), (400, "责任单位")]),
        (120, [(70, "优化营商环境"), (170, "1.推进跨境贸易便利化。"), (400, "市商务局")]),
        (133, [(170, "2.落实外商投资准入。")]),
        (153, [(70, "扩大对外开放"), (170, "1.支持外资设立医疗机构。"), (400, "市卫健委")]),
        (166, [(170, "2.简化审批流程。")]),
        (179, [(170, "3.支持远程诊疗。")]),
    ])
    assert [row[1:] for row in rows_of(layout_from_pages([page], "points.pdf"))] == [
        ("工作措施", "责任单位"), ("1.推进跨境贸易便利化。\n2.落实外商投资准入。", "市商务局"),
        ("1.支持外资设立医疗机构。\n2.简化审批流程。\n3.支持远程诊疗。", "市卫健委")]


SECTIONS_MERGED_OWNER = [
    (100, [(70, "主要任务"), (400, "牵头单位")]),
    (120, [(70, "一、深化投资领域改革")]),
    (140, [(70, "1.全面实施外商投资准入前国民待遇。"), (400, "省发展改革委")]),
    (160, [(70, "2.推进投资项目审批制度改革。")]),
    (180, [(70, "3.探索建立企业投资项目承诺制。")]),
    (200, [(70, "二、推进贸易便利化")]),
    (220, [(70, "1.建设国际贸易单一窗口。"), (400, "省商务厅")]),
    (240, [(70, "2.推进海关特殊监管区域整合优化。")]),
]


def test_items_numbered_anew_under_heading_rows_beside_a_responsibility_merged_over_them_stay_items():
    """Headings 一、 二、 printed between the runs from 1 are what restarts the numbering: each number
    is an item, though the 牵头单位 cell is merged over a heading's items (one paragraph a run)."""
    rows = rows_of(layout_from_pages([synthetic_page(1, SECTIONS_MERGED_OWNER)], "sections.pdf"))
    assert [row[0] for row in rows] == [
        "主要任务", "一、深化投资领域改革", "1.全面实施外商投资准入前国民待遇。", "2.推进投资项目审批制度改革。",
        "3.探索建立企业投资项目承诺制。", "二、推进贸易便利化", "1.建设国际贸易单一窗口。", "2.推进海关特殊监管区域整合优化。"]


def test_points_restarting_with_a_heading_only_above_them_all_still_open_the_rows():
    """The same table with its one heading above every run, none between two, reads as cells
    listing points: a heading over the whole table restarts no numbering."""
    kept = [line for line in SECTIONS_MERGED_OWNER if not line[1][0][1].startswith("二、")]
    lines = [(100 + 20 * index, pieces) for index, (_, pieces) in enumerate(kept)]
    rows = rows_of(layout_from_pages([synthetic_page(1, lines)], "points.pdf"))
    assert [row[0] for row in rows] == [
        "主要任务", "一、深化投资领域改革",
        "1.全面实施外商投资准入前国民待遇。\n2.推进投资项目审批制度改革。\n3.探索建立企业投资项目承诺制。",
        "1.建设国际贸易单一窗口。\n2.推进海关特殊监管区域整合优化。"]


# ─── the reading as points is warned where a merged task column could mean items ──────────────

POINTS_BESIDE_TASKS = [
    (100, [(70, "试点任务"), (170, "工作措施"), (400, "责任单位")]),
    (120, [(70, "优化营商环境"), (170, "1.推进跨境贸易便利化。"), (400, "市商务局")]),
    (133, [(170, "2.落实外商投资准入。")]),
    (153, [(70, "扩大对外开放"), (170, "1.支持外资设立医疗机构。"), (400, "市卫健委")]),
    (166, [(170, "2.简化审批流程。")]),
    (179, [(170, "3.支持远程诊疗。")]),
]
"""Two tasks, each beside a run of numbers from 1 and one responsibility: the page prints the same
for a task cell listing its points as for a task column merged over items numbered anew under each
task with a responsibility merged over them (no rule, no heading line between the runs)."""


def test_numbers_read_as_points_beside_a_task_column_leave_a_caution_for_the_document():
    layout = layout_from_pages([synthetic_page(1, POINTS_BESIDE_TASKS)], "points.pdf")
    assert [row[1] for row in rows_of(layout)][1:] == [
        "1.推进跨境贸易便利化。\n2.落实外商投资准入。", "1.支持外资设立医疗机构。\n2.简化审批流程。\n3.支持远程诊疗。"]
    assert [(c.code, c.message) for c in layout.cautions] == [(
        "rows_read_as_points",
        "page 1: numbers starting again at 1 in every row (2 runs) were read as points listed within a cell, one "
        "record a run; if they are items numbered anew under each task of a merged column, these records each "
        "merge several items")]


def test_a_document_read_with_points_beside_its_tasks_carries_the_warning():
    document = read_document(VARIANTS / "sub-points-borderless.pdf")
    assert [(w.code, w.message[:40]) for w in document.warnings] == [
        ("rows_read_as_points", "page 1: numbers starting again at 1 in e")]
    assert len(document.measures) == 3


def test_points_without_a_column_left_of_them_leave_no_caution():
    # no task column: nothing could be merged over items numbered anew, the points are a cell's
    lines = [(top, [piece for piece in pieces if piece[0] != 70]) for top, pieces in POINTS_BESIDE_TASKS]
    layout = layout_from_pages([synthetic_page(1, lines)], "points.pdf")
    assert len(rows_of(layout)) == 3
    assert layout.cautions == ()


def test_items_numbered_anew_under_heading_rows_leave_no_caution():
    layout = layout_from_pages([synthetic_page(1, SECTIONS_MERGED_OWNER)], "sections.pdf")
    assert len(rows_of(layout)) == 8
    assert layout.cautions == ()


def test_extract_notes_the_points_reading_it_could_not_tell_from_merged_items():
    from typer.testing import CliRunner

    from pilotplans.cli import app

    result = CliRunner().invoke(app, ["extract", "--format", "jsonl", str(VARIANTS / "sub-points-borderless.pdf")])
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "note: sub-points-borderless.pdf: page 1: numbers starting again at 1 in every row (3 runs) were read as points "
        "listed within a cell, one record a run; if they are items numbered anew under each task of a merged column, "
        "these records each merge several items"]

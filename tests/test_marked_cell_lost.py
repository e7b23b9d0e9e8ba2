"""A table copied one cell a line whose converter closed every cell with ` |` (a blank cell a bare `|`) and lost one
cell of a row with no row above it (tests/fixtures/text-tables/flattened/huoshan-2025-devzone-pipes.txt, one cell
taken out of row 1): the cell is neither blank (the copy marks a blank cell) nor merged (nothing above merges down
into row 1). Counted, every cell after it slid a place: the tasks read as leaders, no row's number, exit 0 (tables35's
leftover). Where the cells' kinds place the other cells (a deadline, a leader, bodies), the lost cell is read as empty,
warned ``cell_missing_inferred``; where they cannot (the task's cell lost), the table is refused with a one-line
error (pilotplans.parsers.text ``_read_unmarked``, ``lost`` in pilotplans.parsers.text.kinded_cells)."""

from pathlib import Path

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.ingest.pipeline import read_document

HUOSHAN = Path(__file__).parent / "fixtures" / "text-tables" / "flattened" / "huoshan-2025-devzone-pipes.txt"


def _without(first: str) -> str:
    """The page with the first line reading ``first`` taken out."""
    lines = HUOSHAN.read_text(encoding="utf-8").split("\n")
    lines.remove(first)
    return "\n".join(lines)


def _rows(tmp_path, text):
    page = tmp_path / "table.txt"
    page.write_text(text, encoding="utf-8")
    return [(m.number, m.responsibility, m.deadline, m.leader,
             sorted(w.code for w in m.warnings if w.code in ("cell_merged_inferred", "cell_missing_inferred")))
            for m in read_document(page).measures]


def test_row_one_losing_its_deadline_reads_it_empty_and_warned(tmp_path):
    assert _rows(tmp_path, _without("全年 |")) == [
        (1, "招商工作部、安商工作部", None, "叶林", ["cell_missing_inferred"]),
        (2, "改革办", "全年", "马振明", []), (3, "规划建设局", "全年", "张云峰", [])]


def test_the_warning_names_the_row_and_the_lost_column(tmp_path):
    page = tmp_path / "table.txt"
    page.write_text(_without("全年 |"), encoding="utf-8")
    first = read_document(page).measures[0]
    assert [w.message for w in first.warnings if w.code == "cell_missing_inferred"] == [
        "row 1 (line 7) prints no 完成时限 cell, not even a blank one, and no row above prints one to merge down: "
        "the copy lost it, read as empty"]


def test_row_one_losing_its_owner_reads_it_empty_and_warned(tmp_path):
    assert _rows(tmp_path, _without("招商工作部、安商工作部 |")) == [
        (1, None, "全年", "叶林", ["cell_missing_inferred"]),
        (2, "改革办", "全年", "马振明", []), (3, "规划建设局", "全年", "张云峰", [])]


def test_row_one_losing_its_task_is_refused(tmp_path):
    lines = [line for line in HUOSHAN.read_text(encoding="utf-8").split("\n") if not line.startswith("坚持服务")]
    with pytest.raises(UnreadableFile, match=r"its row 1 closes 4 cells under 5 labels and the cells' kinds cannot "
                                             r"tell which one is missing — print every cell of the row"):
        _rows(tmp_path, "\n".join(lines))


def test_a_later_row_short_of_a_cell_printed_above_is_a_merge_not_a_lost_cell(tmp_path):
    # 马振明 left out of row 2: row 1's leader merged down, as a page merging a leader over rows prints it
    assert _rows(tmp_path, _without("马振明 |")) == [
        (1, "招商工作部、安商工作部", "全年", "叶林", []),
        (2, "改革办", "全年", "叶林", ["cell_merged_inferred"]), (3, "规划建设局", "全年", "张云峰", [])]


def test_the_page_as_printed_loses_no_cell(tmp_path):
    assert _rows(tmp_path, HUOSHAN.read_text(encoding="utf-8")) == [
        (1, "招商工作部、安商工作部", "全年", "叶林", []), (2, "改革办", "全年", "马振明", []),
        (3, "规划建设局", "全年", "张云峰", [])]


def _replaced(text: str, old: str, new: str) -> str:
    """``text`` with its first line reading ``old`` reading ``new``."""
    lines = text.split("\n")
    lines[lines.index(old)] = new
    return "\n".join(lines)


def test_a_row_one_printing_every_cell_loses_none_and_a_later_short_row_is_refused(tmp_path):
    # row 1 closes all five cells, its leader an office (开发区管委会, no person's kind); row 2 leaves its leader to
    # the merge: no cell of row 1 was lost, and the office must not be read into the owners with the leader emptied
    text = _replaced(_without("马振明 |"), "叶林 |", "开发区管委会 |")
    with pytest.raises(UnreadableFile, match=r"its row 2 closes 4 cells under 5 labels and the cells' kinds cannot "
                                             r"tell which one is missing"):
        _rows(tmp_path, text)


def test_row_one_losing_its_leader_beside_a_town_owner_is_refused(tmp_path):
    # row 1's leader lost and its owner a town (王庄镇) that reads as a name by its surname: which cell is lost
    # cannot be told, and the town must not be read as the leader with the owner emptied
    text = _replaced(_without("叶林 |"), "招商工作部、安商工作部 |", "王庄镇 |")
    with pytest.raises(UnreadableFile, match=r"its row 1 closes 4 cells under 5 labels and the cells' kinds cannot "
                                             r"tell which one is missing"):
        _rows(tmp_path, text)


def test_row_one_opening_an_owner_merged_down_stays_a_merge(tmp_path):
    # row 1 prints its owner, rows 2 and 3 leave it (a rowspan going on): merged, nothing lost
    text = "\n".join(line for line in HUOSHAN.read_text(encoding="utf-8").split("\n")
                     if line not in ("改革办 |", "规划建设局 |"))
    assert _rows(tmp_path, text) == [
        (1, "招商工作部、安商工作部", "全年", "叶林", []),
        (2, "招商工作部、安商工作部", "全年", "马振明", ["cell_merged_inferred"]),
        (3, "招商工作部、安商工作部", "全年", "张云峰", ["cell_merged_inferred"])]


def test_a_deadline_column_no_row_fills_is_read_empty_and_not_as_lost_cells(tmp_path):
    # every row prints no 完成时限 (a blank column printed without its marks): no row lost a cell, read as on main
    text = "\n".join(line for line in HUOSHAN.read_text(encoding="utf-8").split("\n") if line != "全年 |")
    assert _rows(tmp_path, text) == [
        (1, "招商工作部、安商工作部", None, "叶林", []), (2, "改革办", None, "马振明", []),
        (3, "规划建设局", None, "张云峰", [])]


def test_every_row_short_alike_of_a_remarks_column_is_read_by_the_marks_not_refused(tmp_path):
    # a 备注 label no row fills, and deadlines the kinds do not know (按进度推进): the count of the marks places every
    # cell, as on main; not refused as a row short of a cell the kinds cannot place
    text = HUOSHAN.read_text(encoding="utf-8").replace("完成时限 |", "完成时限 |\n备注 |", 1).replace("全年 |", "按进度推进 |")
    assert _rows(tmp_path, text) == [
        (1, "招商工作部、安商工作部", "按进度推进", "叶林", []), (2, "改革办", "按进度推进", "马振明", []),
        (3, "规划建设局", "按进度推进", "张云峰", [])]

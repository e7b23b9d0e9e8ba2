"""A table copied one cell a line whose converter closed every cell with ` |` (tests/fixtures/text-tables/flattened/
huoshan-2025-devzone-pipes.txt; 岳阳楼's and 新建's pages in tests/fixtures/tables-blind35) and left a merged cell's
place out: counted, its cells slid one place after the first merged one (霍山's 全年 printed on its first row only
read 招商工作部、安商工作部全年 as row 1's owners and no row's deadline, with no warning). Read as the same lines
without the marks, the cells' kinds place the merged cell, warned (pilotplans.parsers.text ``_read_unmarked``). A
blank cell printed as a bare `|` is told from a merged one by the mark: such a table is counted as before, and refused where a numbered row closes fewer cells than
its header prints labels (a merged cell left out as well: ``_refuse_short_marked_rows``)."""

from pathlib import Path

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.ingest.pipeline import read_document

HUOSHAN = Path(__file__).parent / "fixtures" / "text-tables" / "flattened" / "huoshan-2025-devzone-pipes.txt"
XIAMEN = Path(__file__).parent / "fixtures" / "text-tables" / "xiamen-cell-per-line-pipes.txt"


def _rows(tmp_path, text):
    page = tmp_path / "table.txt"
    page.write_text(text, encoding="utf-8")
    return [(m.number, m.responsibility, m.deadline, m.leader, sorted(w.code for w in m.warnings if w.code.startswith("cell_")))
            for m in read_document(page).measures]


def _lines():
    return HUOSHAN.read_text(encoding="utf-8").split("\n")


def test_a_merged_cell_left_out_is_the_cell_above_warned(tmp_path):
    lines, kept = _lines(), []
    for line in lines:  # 全年 printed on row 1 only: merged down rows 2 and 3
        if line.strip() == "全年 |" and any(k.strip() == "全年 |" for k in kept):
            continue
        kept.append(line)
    assert _rows(tmp_path, "\n".join(kept)) == [
        (1, "招商工作部、安商工作部", "全年", "叶林", []),
        (2, "改革办", "全年", "马振明", ["cell_merged_inferred"]),
        (3, "规划建设局", "全年", "张云峰", ["cell_merged_inferred"])]


def test_the_page_as_printed_reads_every_cell_where_it_stands(tmp_path):
    assert _rows(tmp_path, HUOSHAN.read_text(encoding="utf-8")) == [
        (1, "招商工作部、安商工作部", "全年", "叶林", []), (2, "改革办", "全年", "马振明", []),
        (3, "规划建设局", "全年", "张云峰", [])]


def test_a_blank_cell_printed_as_a_bare_mark_stays_blank_not_merged(tmp_path):
    text = "\n".join("|" if line.strip() == "规划建设局 |" else line for line in _lines())
    assert _rows(tmp_path, text) == [
        (1, "招商工作部、安商工作部", "全年", "叶林", []), (2, "改革办", "全年", "马振明", []),
        (3, None, "全年", "张云峰", [])]


def test_a_blank_cell_beside_a_merged_one_left_out_is_refused(tmp_path):
    # 全年 printed on row 1 only and row 3's owner a bare mark: the count slid row 1's deadline into its owners and
    # read no deadline; the kinds cannot tell the merged cell's place from the blank one's
    kept: list[str] = []
    for line in _lines():
        if line.strip() == "全年 |" and any(k.strip() == "全年 |" for k in kept):
            continue
        kept.append("|" if line.strip() == "规划建设局 |" else line)
    with pytest.raises(UnreadableFile, match=r"row 2 closes 4 cells under 5 labels: a merged cell is left out"):
        _rows(tmp_path, "\n".join(kept))


def test_a_blank_cell_in_a_table_whose_rows_open_before_their_number_is_read_as_before():
    # 试点任务 | 序号 | … | 备注 |: each row's first cell (its group, or a bare mark) stands before its number
    found = read_document(XIAMEN).measures
    assert (len(found), [(m.number, m.responsibility) for m in found[:3]]) == (
        88, [(1, "厦门银保监局"), (2, "市市场监管局"), (3, "市建设局")])

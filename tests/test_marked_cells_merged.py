"""A table copied one cell a line whose converter closed every cell with ` |` (tests/fixtures/text-tables/flattened/
huoshan-2025-devzone-pipes.txt; 岳阳楼's and 新建's pages in tests/fixtures/tables-blind35) and left a merged cell's
place out: counted, its cells slid one place after the first merged one (霍山's 全年 printed on its first row only
read 招商工作部、安商工作部全年 as row 1's owners and no row's deadline, with no warning). Read as the same lines
without the marks, the cells' kinds place the merged cell, warned (pilotplans.parsers.text ``_read_unmarked``). A
blank cell printed as a bare `|` is told from a merged one by the mark: such a table is counted as before."""

from pathlib import Path

from pilotplans.ingest.pipeline import read_document

HUOSHAN = Path(__file__).parent / "fixtures" / "text-tables" / "flattened" / "huoshan-2025-devzone-pipes.txt"


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

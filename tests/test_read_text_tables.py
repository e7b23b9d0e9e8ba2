"""Tables drawn in text — box characters, ASCII grids, pipe tables of every converter, one cell
per line ending in `` |`` — read into the seed's own measures, with the lines they came from.

The fixtures (tests/fixtures/text-tables, made by make_text_tables.py) print the measures of
Xiamen's and Hainan's seeds in each shape, and converted/ holds what w3m, html2text and
markdownify print for the DOCX fixtures published as web pages; every one must give the seed's
measures field by field.
"""

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.text import read_text
from tests.conftest import FIXTURES, read_seed
from tests.test_formats_agree import comparable

TABLES = FIXTURES / "text-tables"
SHAPES = {
    "xiamen-cell-per-line-pipes.txt": "xiamen-2020",
    "hainan-cell-per-line-pipes-unbroken.txt": "hainan-2020",
    "hainan-markdown.md": "hainan-2020",
    "xiamen-outer-pipes.txt": "xiamen-2020",
    "xiamen-separated-pipes.md": "xiamen-2020",
    "hainan-aligned-wrapped-pipes.md": "hainan-2020",
    "xiamen-box-drawing.txt": "xiamen-2020",
    "hainan-ascii-grid.txt": "hainan-2020",
    # printed by real converters from the DOCX fixtures exported as web pages
    "converted/xiamen.w3m.txt": "xiamen-2020",
    "converted/hainan.w3m.txt": "hainan-2020",
    "converted/xiamen.html2text.md": "xiamen-2020",
    "converted/hainan.markdownify.md": "hainan-2020",
}


@pytest.fixture(scope="module")
def seeds():
    return {doc_id: [comparable(m) for m in read_seed(doc_id).measures] for doc_id in set(SHAPES.values())}


@pytest.mark.parametrize("name", SHAPES)
def test_text_table_gives_the_measures_of_the_seed(name, seeds):
    document = read_document(TABLES / name)
    assert [comparable(m) for m in document.measures] == seeds[SHAPES[name]]


def grid_of(text):
    layout = read_text(text, "t.txt")
    assert len(layout.grids) == 1
    return layout.grids[0]


def texts(grid):
    return [[cell.text for cell in row.cells] for row in grid.rows]


# ----------------------------------------------------------------------------- provenance


def test_box_drawn_measure_keeps_its_lines():
    measure = read_document(TABLES / "xiamen-box-drawing.txt").measures[0]
    assert (measure.number, measure.source.line_start, measure.source.line_end) == (1, 9, 12)


def test_cell_per_line_measure_keeps_its_lines():
    measure = read_document(TABLES / "xiamen-cell-per-line-pipes.txt").measures[1]
    assert (measure.number, measure.source.line_start, measure.source.line_end) == (2, 18, 23)


# ----------------------------------------------------------------------------- one cell per line


def test_cells_ending_in_a_bar_group_into_rows_at_blank_lines():
    grid = grid_of("序号 |\n具体举措 |\n责任单位 |\n\n1 |\n加强统筹。 |\n市商务局 |\n\n2 |\n完善机制。 |\n|\n")
    assert texts(grid) == [["序号", "具体举措", "责任单位"], ["1", "加强统筹。", "市商务局"], ["2", "完善机制。", ""]]
    assert [(r.where.line_start, r.where.line_end) for r in grid.rows] == [(1, 3), (5, 7), (9, 11)]


def test_a_group_of_several_rows_is_cut_at_the_header_width():
    grid = grid_of("序号 |\n具体举措 |\n\n1 |\n加强统筹。 |\n2 |\n完善机制。 |\n")
    assert texts(grid) == [["序号", "具体举措"], ["1", "加强统筹。"], ["2", "完善机制。"]]


def test_a_cell_wrapped_over_lines_before_its_bar_keeps_its_lines_as_paragraphs():
    grid = grid_of("序号 |\n具体举措 |\n\n1 |\n加强统筹，\n完善机制。 |\n")
    assert grid.rows[1].cells[1].paragraphs == ("加强统筹，", "完善机制。")


# ----------------------------------------------------------------------------- pipe tables


def test_markdown_rule_dropped_escaped_bar_kept_breaks_and_bold_read():
    grid = grid_of("| **序号** | **具体举措** |\n|:---:|---|\n| 1 | 甲\\|乙<br>丙 |\n| 2 | 丁 |\n")
    assert [[c.paragraphs for c in row.cells] for row in grid.rows] == [
        [("序号",), ("具体举措",)], [("1",), ("甲|乙", "丙")], [("2",), ("丁",)]]


def test_aligned_continuation_rows_join_the_cells_they_wrap():
    grid = grid_of("| 序号 | 具体举措     |\n"
                   "|------|--------------|\n"
                   "| 1    | 加强统筹协调 |\n"
                   "|      | 机制。       |\n"
                   "| 2    | 完善。       |\n")
    assert texts(grid) == [["序号", "具体举措"], ["1", "加强统筹协调机制。"], ["2", "完善。"]]


def test_an_aligned_row_after_a_cell_that_was_not_full_is_a_row_of_its_own():
    grid = grid_of("| 序号 | 具体举措     |\n"
                   "|------|--------------|\n"
                   "| 1    | 加强统筹。   |\n"
                   "|      | 另起一段。   |\n")
    assert texts(grid) == [["序号", "具体举措"], ["1", "加强统筹。"], ["", "另起一段。"]]


def test_latin_words_wrapped_in_an_aligned_table_keep_their_space():
    grid = grid_of("| 序号 | 具体举措     |\n"
                   "|------|--------------|\n"
                   "| 1    | QFII and     |\n"
                   "|      | RQFII 试点。 |\n")
    assert texts(grid)[1] == ["1", "QFII and RQFII 试点。"]


def test_prose_with_a_bar_is_not_a_table():
    layout = read_text("关于印发方案的通知\n办公室 | 2021年3月5日\n各单位：请认真贯彻落实。\n", "t.txt")
    assert layout.grids == ()
    assert [p.text for p in layout.paragraphs] == ["关于印发方案的通知", "办公室 | 2021年3月5日", "各单位：请认真贯彻落实。"]


# ----------------------------------------------------------------------------- drawn tables


def test_a_cell_running_over_a_bar_spans_columns():
    grid = grid_of("┌────┬────────┐\n"
                   "│序号│具体举措│\n"
                   "├────┴────────┤\n"
                   "│（一）总体要求│\n"
                   "├────┬────────┤\n"
                   "│1   │加强统筹│\n"
                   "└────┴────────┘\n")
    assert texts(grid) == [["序号", "具体举措"], ["（一）总体要求", "（一）总体要求"], ["1", "加强统筹"]]
    assert [c.merged_from for c in grid.rows[1].cells] == [None, "left"]


def test_a_rule_left_out_under_a_cell_merges_it_down():
    grid = grid_of("+------+----+----------+\n"
                   "| 任务 | 序 | 举措     |\n"
                   "+======+====+==========+\n"
                   "| 完善 | 1  | 加强统筹 |\n"
                   "| 管理 +----+----------+\n"
                   "|      | 2  | 完善机制 |\n"
                   "+------+----+----------+\n")
    assert texts(grid) == [["任务", "序", "举措"], ["完善管理", "1", "加强统筹"], ["完善管理", "2", "完善机制"]]
    assert grid.rows[2].cells[0].merged_from == "above"
    assert (grid.rows[1].cells[0].where.line_start, grid.rows[1].cells[0].where.line_end) == (4, 5)


def test_a_cell_holding_a_dash_is_not_a_rule():
    grid = grid_of("┌────┬──────┐\n│序号│上级  │\n├────┼──────┤\n│1   │ -    │\n└────┴──────┘\n")
    assert texts(grid) == [["序号", "上级"], ["1", "-"]]


def test_lines_that_do_not_fill_their_cell_stay_separate_paragraphs():
    grid = grid_of("┌────┬──────────┐\n"
                   "│ 序 │ 举措     │\n"
                   "├────┼──────────┤\n"
                   "│ 1  │ 加强统筹 │\n"
                   "│    │ 协调。   │\n"
                   "│    │ 另起。   │\n"
                   "└────┴──────────┘\n")
    assert grid.rows[1].cells[1].paragraphs == ("加强统筹协调。", "另起。")


def test_boxes_drawn_with_two_column_lines_as_a_cjk_editor_draws_them():
    grid = grid_of("┌─┬──┐\n│序│举措│\n├─┼──┤\n│１│加强│\n└─┴──┘\n")  # one ─ under each character
    assert texts(grid) == [["序", "举措"], ["１", "加强"]]


def test_cells_without_blank_lines_are_told_apart_by_their_numbers_headings_between():
    cells = ["序号", "具体举措", "责任单位", "（一）完善管理体制", "1", "加强统筹。", "市商务局", "2", "完善机制。", "市发改委",
             "（二）扩大对外开放", "3", "放宽准入。", "市商务局", "4", "优化服务。", ""]
    grid = grid_of("".join(f"{cell} |\n" if cell else "|\n" for cell in cells))
    assert texts(grid) == [["序号", "具体举措", "责任单位"], ["（一）完善管理体制"], ["1", "加强统筹。", "市商务局"],
                           ["2", "完善机制。", "市发改委"], ["（二）扩大对外开放"], ["3", "放宽准入。", "市商务局"], ["4", "优化服务。", ""]]


def test_cells_without_blank_lines_or_numbers_stay_one_row():
    grid = grid_of("甲 |\n乙 |\n丙 |\n")
    assert texts(grid) == [["甲", "乙", "丙"]]


@pytest.mark.parametrize("name", ["converted/hainan.w3m.txt", "converted/hainan.markdownify.md"])
def test_the_notice_before_a_converted_table_gives_the_seed_metadata(name):
    seed, document = read_seed("hainan-2020"), read_document(TABLES / name)
    assert (document.title, document.doc_no, document.issuer, document.date) == (seed.title, seed.doc_no, seed.issuer, seed.date)

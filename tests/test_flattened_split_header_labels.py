"""A flattened task table (one cell per line) whose header prints a label over two lines: a web
page's header cell too narrow for its label breaks it into two paragraphs (牵头 / 市领导 on 余姚's
2025 民生实事 page, tests/fixtures/text-tables/blind5/yuyao-2025-leader-label-split-cells.txt;
责任 / 单位, 完成 / 时限, 编 / 号). Main refused such a table ("no task table or task list found"):
the header stopped at the first piece no label reads. Two lines of the header are one label where
joined they are a whole label of the column vocabulary (columns.toml) while one of them at least is
none alone; a label closed by a short bracket (形象进度(%)) is a label-like line too."""

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.text import read_text
from tests.conftest import FIXTURES

YUYAO = FIXTURES / "text-tables" / "blind5" / "yuyao-2025-leader-label-split-cells.txt"
ROWS = "1\n加强统筹。\n区商务局\n6月底前\n2\n完善机制。\n区发改委\n2021年底前\n3\n优化服务。\n区公安局\n持续推进\n"
READ = [["序号", "工作任务", "责任单位", "完成时限"], ["1", "加强统筹。", "区商务局", "6月底前"]]


def texts(grid):
    return [[cell.text for cell in row.cells] for row in grid.rows]


@pytest.mark.parametrize("header", [
    "序号\n工作任务\n责任\n单位\n完成\n时限\n",
    "序号\n\n工作任务\n\n责任\n\n单位\n\n完成时限\n",  # a paragraph per cell, a blank line between
    "序\n号\n工作任务\n责任单位\n完成时限\n",
])
def test_a_label_printed_over_two_lines_is_one_column(header):
    grid, = read_text(header + ROWS, "t.txt").grids
    assert texts(grid)[:2] == READ


def test_a_number_label_whose_first_piece_is_no_label_opens_the_header():
    grid, = read_text("编\n号\n工作任务\n责任单位\n完成时限\n" + ROWS, "t.txt").grids
    assert texts(grid)[:2] == [["编号", "工作任务", "责任单位", "完成时限"], READ[1]]


def test_the_yuyao_page_reads_its_leader_and_owner_in_their_own_columns(tmp_path):
    # the excerpt is cut inside row 5: the rows before it, as the page prints them
    text = YUYAO.read_text(encoding="utf-8")
    page = tmp_path / "yuyao.txt"
    page.write_text(text[:text.index("\n5\n") + 1], encoding="utf-8")
    document = read_document(page)
    assert [(m.number, m.leader, m.responsibility) for m in document.measures] == [
        (1, "吕  乐", "市发改局"), (2, "吕  乐", "市消防大队"), (3, "吕  乐", "团市委"), (4, "毛丕显", "生态环境局余姚分局")]
    assert document.measures[0].text == "新建公用和专用电动汽车充电桩350个,其中农村185个"


def test_the_yuyao_page_cut_inside_its_last_row_is_refused_in_one_line():
    with pytest.raises(UnreadableFile, match="row 5 \\(line 68\\) holds 4 lines for 5 columns; which cell is missing cannot be told"):
        read_document(YUYAO)


# Quiet: lines that are labels each alone, or whose join is no label, stay columns of their own.

def test_two_whole_labels_in_a_row_stay_two_columns():
    header = "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
    grid, = read_text(header + "1\n加强统筹。\n区商务局\n区财政局\n6月底前\n2\n完善机制。\n区发改委\n区财政局\n2021年底前\n",
                      "t.txt").grids
    assert texts(grid)[0] == ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]


def test_a_line_whose_join_with_the_next_is_no_whole_label_stays_its_own_column():
    # 项目 + 责任单位 holds a label but is none as a whole: 项目 is a column of its own (unknown), and
    # the table, whose columns none names the measures', is refused as on main
    with pytest.raises(UnreadableFile, match="under the 4 labels 序号/项目/责任单位/完成时限"):
        read_text("序号\n项目\n责任单位\n完成时限\n" + ROWS + "4\n健全制度。\n区财政局\n9月底前\n", "t.txt")


def test_a_header_of_one_line_labels_reads_as_before():
    grid, = read_text("序号\n工作任务\n责任单位\n完成时限\n" + ROWS, "t.txt").grids
    assert texts(grid)[:2] == READ
    assert [row.cells[0].where.line_start for row in grid.rows][:2] == [1, 5]


# A real page (霍山 2025, tests/fixtures/text-tables/flattened/SOURCES.md): its header as printed, and
# broken as a narrow page's cells are (责任 / 领导, 责任 / 单位, 完成 / 时限), reads the same rows.

HUOSHAN = FIXTURES / "text-tables" / "flattened" / "huoshan-2025-devzone-pipes.txt"
HUOSHAN_ROWS = [(1, "叶林", "招商工作部、安商工作部", "全年"), (2, "马振明", "改革办", "全年"), (3, "张云峰", "规划建设局", "全年")]


@pytest.mark.parametrize("broken", [False, True])
def test_a_real_pages_header_broken_over_two_lines_a_label_reads_as_printed_whole(tmp_path, broken):
    text = HUOSHAN.read_text(encoding="utf-8").replace(" |\n", "\n")
    if broken:
        text = text.replace("责任领导\n责任单位\n完成时限\n", "责任\n领导\n责任\n单位\n完成\n时限\n")
    page = tmp_path / "huoshan.txt"
    page.write_text(text, encoding="utf-8")
    document = read_document(page)
    assert [(m.number, m.leader, m.responsibility, m.deadline) for m in document.measures] == HUOSHAN_ROWS


# Where a label printed over two lines was read: its header cell spans both lines (main placed it on
# the first piece's line alone, 责任单位 on line 3 where 单位 stands on line 4).

def test_a_label_printed_over_two_lines_spans_both_lines():
    grid, = read_text("序号\n工作任务\n责任\n单位\n完成\n时限\n" + ROWS, "t.txt").grids
    assert [(c.where.line_start, c.where.line_end) for c in grid.rows[0].cells] == [(1, 1), (2, 2), (3, 4), (5, 6)]
    assert (grid.rows[0].where.line_start, grid.rows[0].where.line_end) == (1, 6)


def test_a_second_tables_label_printed_over_two_lines_is_one_column_spanning_both_lines():
    text = "序号\n工作任务\n责任单位\n完成时限\n" + ROWS + "附件2\n" + "序号\n工作任务\n责任\n单位\n完成\n时限\n" + ROWS
    first, second = read_text(text, "t.txt").grids
    assert texts(second)[:2] == READ
    assert [(c.where.line_start, c.where.line_end) for c in second.rows[0].cells] == [(18, 18), (19, 19), (20, 21), (22, 23)]


def test_labels_printed_whole_keep_their_own_lines():
    grid, = read_text("序号\n\n工作任务\n\n责任单位\n\n完成时限\n" + ROWS, "t.txt").grids
    assert [(c.where.line_start, c.where.line_end) for c in grid.rows[0].cells] == [(1, 1), (3, 3), (5, 5), (7, 7)]

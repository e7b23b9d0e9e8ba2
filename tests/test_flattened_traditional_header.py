"""A flattened task table (one cell per line) whose header prints traditional characters (a
mirror site's 序號 / 民生實事 / 責任單位 / 完成時限) is found and read as its simplified header is:
the labels are looked up folded to simplified (columns.role_of, as the HTML and DOCX grids' labels
are), and the cells keep the characters they print."""

from pilotplans.parsers.text import read_text

ROWS = "1\n{a}\n{b}\n2023年底\n2\n{c}\n{d}\n6月底前\n"


def texts(grid):
    return [[cell.text for cell in row.cells] for row in grid.rows]


def test_a_traditional_header_opens_a_flattened_table():
    grid, = read_text("序號\n民生實事\n責任單位\n完成時限\n" + ROWS.format(a="加強統籌。", b="市商務局", c="完善機制。", d="市發改委"), "t.txt").grids
    assert texts(grid) == [["序號", "民生實事", "責任單位", "完成時限"], ["1", "加強統籌。", "市商務局", "2023年底"],
                           ["2", "完善機制。", "市發改委", "6月底前"]]


def test_a_simplified_header_reads_the_same_rows():
    grid, = read_text("序号\n民生实事\n责任单位\n完成时限\n" + ROWS.format(a="加强统筹。", b="市商务局", c="完善机制。", d="市发改委"), "t.txt").grids
    assert texts(grid)[1:] == [["1", "加强统筹。", "市商务局", "2023年底"], ["2", "完善机制。", "市发改委", "6月底前"]]

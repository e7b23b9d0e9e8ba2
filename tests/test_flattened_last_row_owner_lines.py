"""A flattened task table (one cell per line) whose last column lists the owners, and a last row
printing its owners one body a line (区公安局 / 区司法局, a web page's owner cell of several
paragraphs): the table's last row ends where its lines run out of columns, so its second owner
line was left after the table as a paragraph, silently (main before the mend read 区公安局 alone).

An owners' list goes on with a line of bodies' names; a paragraph after the table is a sentence
(各单位要高度重视…), a title (附件2) or a notice's signature (an office's name over its date). The
last row's owners' cell takes the lines after it that each name bodies saying whose they are and
end no sentence, and says so (``Row.placed``, warned ``cell_stacked_bodies``)."""

import pytest

from pilotplans.parsers.text import read_text

DEADLINE_FIRST = ("序号\n工作任务\n完成时限\n责任单位\n",
                  "1\n加强统筹。\n6月底前\n区商务局\n2\n完善机制。\n2021年底前\n区发改委\n3\n优化服务。\n2021年底前\n区公安局\n")
OWNERS_ONLY = ("序号\n工作任务\n责任单位\n", "1\n加强统筹。\n区商务局\n2\n完善机制。\n区发改委\n3\n优化服务。\n区公安局\n")
LEAD_AND_HELPERS = ("序号\n工作任务\n牵头单位\n配合单位\n",
                    "1\n加强统筹。\n区商务局\n区财政局\n2\n完善机制。\n区发改委\n区财政局\n3\n优化服务。\n区公安局\n区司法局\n")
AFTER = "\n各单位要高度重视，确保任务落实。\n"


def texts(grid):
    return [[cell.text for cell in row.cells] for row in grid.rows]


@pytest.mark.parametrize(("table", "more", "last"), [
    (DEADLINE_FIRST, "区司法局\n", ["3", "优化服务。", "2021年底前", "区公安局\n区司法局"]),
    (OWNERS_ONLY, "区司法局\n区财政局\n", ["3", "优化服务。", "区公安局\n区司法局\n区财政局"]),
    (LEAD_AND_HELPERS, "区财政局\n", ["3", "优化服务。", "区公安局", "区司法局\n区财政局"]),
])
def test_the_last_rows_owner_lines_after_it_stay_in_its_last_cell(table, more, last):
    header, rows = table
    layout = read_text(header + rows + more + AFTER, "t.txt")
    grid, = layout.grids
    assert texts(grid)[-1] == last
    assert [p.text for p in layout.paragraphs] == ["各单位要高度重视，确保任务落实。"]


def test_the_row_says_where_its_owner_lines_were_read():
    header, rows = DEADLINE_FIRST
    grid, = read_text(header + rows + "区司法局\n", "t.txt").grids
    assert grid.rows[-1].placed == ("row 3 (line 13): lines 17–17 after its last cell each name bodies: "
                                    "read as its 责任单位 cell going on, one body a line")
    assert grid.rows[-1].where.line_end == 17


# Quiet: what follows the table and is no line of bodies stays out of it.

@pytest.mark.parametrize("after", [
    "各单位要高度重视，确保任务落实。\n",
    "附件2\n区政府工作领导小组\n",
    "宁波市人民政府办公厅\n2021年5月6日\n",
    "区政府办公室。\n",
    "大连市西岗区人民政府办公室\n",  # a sign-off printing no date, at the text's end
    "区政府办公室\n2021年5月6日印发\n",  # an office's imprint, its date going on
])
def test_a_paragraph_after_the_table_is_not_pulled_into_the_last_row(after):
    header, rows = DEADLINE_FIRST
    layout = read_text(header + rows + "\n" + after, "t.txt")
    grid, = layout.grids
    assert texts(grid)[-1] == ["3", "优化服务。", "2021年底前", "区公安局"]
    assert grid.rows[-1].placed is None
    assert [p.text for p in layout.paragraphs] == after.split()


def test_a_deadline_column_printed_last_ends_the_row_at_its_deadline():
    header = "序号\n工作任务\n责任单位\n完成时限\n"
    rows = "1\n加强统筹。\n区商务局\n6月底前\n2\n完善机制。\n区发改委\n2021年底前\n"
    layout = read_text(header + rows + "区公安局\n", "t.txt")
    assert texts(layout.grids[0])[-1] == ["2", "完善机制。", "区发改委", "2021年底前"]
    assert [p.text for p in layout.paragraphs] == ["区公安局"]


def test_owner_lines_stop_at_a_sign_off_printing_no_date():
    header, rows = DEADLINE_FIRST
    layout = read_text(header + rows + "区司法局\n\n大连市西岗区人民政府办公室\n", "t.txt")
    assert texts(layout.grids[0])[-1] == ["3", "优化服务。", "2021年底前", "区公安局\n区司法局"]
    assert [p.text for p in layout.paragraphs] == ["大连市西岗区人民政府办公室"]


def test_owner_lines_stop_at_a_signer_naming_its_place_over_a_year_and_month():
    # the notice dated by its month (宁波市人民政府办公厅 / 2021年5月, cells.py _month_signature_at): before, the
    # signer was read as the last row's second owner
    header, rows = DEADLINE_FIRST
    layout = read_text(header + rows + "区司法局\n宁波市人民政府办公厅\n2021年5月\n", "t.txt")
    assert texts(layout.grids[0])[-1] == ["3", "优化服务。", "2021年底前", "区公安局\n区司法局"]
    assert [p.text for p in layout.paragraphs] == ["宁波市人民政府办公厅", "2021年5月"]


def test_an_office_naming_no_place_over_a_year_and_month_stays_an_owner_line():
    # 区政府办公室 leaves its place to the document, as a row's bodies do: no signer
    header, rows = DEADLINE_FIRST
    layout = read_text(header + rows + "区司法局\n区政府办公室\n2021年5月\n", "t.txt")
    assert texts(layout.grids[0])[-1] == ["3", "优化服务。", "2021年底前", "区公安局\n区司法局\n区政府办公室"]

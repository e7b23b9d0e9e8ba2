"""Rules that frame a table's text rather than draw its cells, read as a text table (columns
from the gutters its rules stand in, rows from the rules between them or the spacing), as the
same table's pages where the frame stays open already were.

- Columns ruled, rows not (vertical rules inside a frame): where the frame closes on a page (its
  top and bottom edge where the table starts or ends) the ruled finder made one row of the whole
  part, each cell packing several measures (a 27-measure table read as 23, exit 0).
- Columns ruled, broken beside heading rows that span the table, rows not: the ruled finder closed
  one box round each page's rows, the column rules standing inside it (24 measures read as 1, exit 0).
- A box round rows ruled (or shaded) between them, no rule between columns: one cell a row
  (a 15-measure table read as 4, exit 0).
- A ruled grid whose last row on a page has its bottom rule under one column only: the text of
  its other columns closed on no cell and was dropped (a 13-measure table read as 12, exit 0).

The whole documents are generated layouts (``frame=columns``, ``frame=box``,
tests/test_generated_layouts.py). Pages are built as in tests/test_read_pdf.py: 10 pt text, a CJK glyph one em wide."""

from __future__ import annotations

from pilotplans.parsers.pdf import layout_from_pages
from pilotplans.parsers.pdf.content import PageContent, Rule
from pilotplans.parsers.pdf.ruled import covered_length, crossed, frame_only, ruled_tables, without_frames
from tests.test_read_pdf import filler, rows_of, synthetic_page

LEFT, RIGHT, COLUMNS = 60.0, 430.0, (92.0, 312.0)
TOP, BOTTOM = 95.0, 222.0
LINES = [
    (100, [(70, "序号"), (100, "具体举措"), (320, "责任单位")]),
    (118, [(70, "1"), (100, filler(20)), (320, filler(10))]),
    (131, [(100, filler(4, "。")), (320, filler(6))]),
    (149, [(70, "2"), (100, filler(20)), (320, filler(10))]),
    (162, [(100, filler(20)), (320, filler(3))]),
    (175, [(100, filler(6, "。"))]),
    (193, [(70, "3"), (100, filler(20)), (320, filler(10))]),
    (206, [(100, filler(8, "。")), (320, filler(2))]),
]
EXPECTED = [
    ("序号", "具体举措", "责任单位"),
    ("1", filler(20) + filler(4, "。"), filler(10) + filler(6)),
    ("2", filler(20) + filler(20) + filler(6, "。"), filler(10) + filler(3)),
    ("3", filler(20) + filler(8, "。"), filler(10) + filler(2)),
]


def frame(*between: float, columns: tuple[float, ...] = COLUMNS) -> tuple[Rule, ...]:
    """The frame's top and bottom, its sides and ``columns`` rules, and a rule at each of ``between``."""
    return (*(Rule(LEFT, y, RIGHT, y) for y in (TOP, *between, BOTTOM)),
            *(Rule(x, TOP, x, BOTTOM) for x in (LEFT, *columns, RIGHT)))


def page(rules: tuple[Rule, ...], number: int = 1) -> PageContent:
    return synthetic_page(number, LINES, rules)


def kept(*pages: PageContent) -> list[list[int]]:
    """The row counts of the ruled tables kept on each page."""
    return [[t.row_count for t in tables] for tables in without_frames(pages, [ruled_tables(p) for p in pages])]


def test_a_frame_ruling_only_the_columns_is_read_as_a_text_table_of_its_rows():
    assert [t.row_count for t in ruled_tables(page(frame()))] == [1]
    assert kept(page(frame())) == [[]]  # left to the text-aligned reader
    assert rows_of(layout_from_pages([page(frame())], "frame.pdf")) == EXPECTED


def test_a_frame_with_a_rule_under_the_header_only_is_read_the_same():
    assert kept(page(frame(114.0))) == [[]]
    assert rows_of(layout_from_pages([page(frame(114.0))], "frame.pdf")) == EXPECTED


def test_a_box_round_rows_ruled_between_them_is_read_as_a_text_table_of_its_rows():
    # no rule between columns: ruled, each row would be one cell holding the whole row's text
    rules = frame(114.0, 145.0, 189.0, columns=())
    assert [(t.row_count, len(t.columns)) for t in ruled_tables(page(rules))] == [(4, 2)]
    assert kept(page(rules)) == [[]]
    assert rows_of(layout_from_pages([page(rules)], "box.pdf")) == EXPECTED


def test_a_grid_ruling_every_row_stays_a_ruled_table():
    rules = frame(114.0, 145.0, 189.0)
    assert kept(page(rules)) == [[4]]
    assert rows_of(layout_from_pages([page(rules)], "grid.pdf")) == EXPECTED


def test_a_ruled_row_with_one_tall_cell_is_a_row():
    one_row = synthetic_page(1, [(100, [(70, "1"), (100, filler(20)), (320, filler(10))]),
                                 (113, [(100, filler(20))]), (126, [(100, filler(4, "。"))])],
                             (Rule(LEFT, TOP, RIGHT, TOP), Rule(LEFT, 140, RIGHT, 140),
                              *(Rule(x, TOP, x, 140) for x in (LEFT, *COLUMNS, RIGHT))))
    tables = ruled_tables(one_row)
    assert [(t.row_count, len(t.cells)) for t in tables] == [(1, 3)]
    assert not frame_only(tables[0])


def test_a_packed_row_on_the_page_after_a_grid_on_the_same_columns_stays_a_ruled_row():
    # a grid row holding a parallel list in each cell (several items, one per paragraph) after
    # a page break: its own page shows one ruled row, the page before the grid it belongs to
    grid, packed = page(frame(114.0, 145.0, 189.0), 1), page(frame(), 2)
    assert kept(grid, packed) == [[4], [1]]
    assert kept(packed, grid) == [[1], [4]]
    assert kept(packed) == [[]]


def test_text_where_a_rule_is_missing_under_a_row_is_a_cell_of_its_grid_position():
    # the last row's bottom rule drawn under the first column only (a merged cell closing there,
    # the rest of the row running on over a page break): its other cells close on no box
    rules = (*(Rule(LEFT, y, RIGHT, y) for y in (TOP, 114.0, 145.0, 189.0)), Rule(LEFT, BOTTOM, COLUMNS[0], BOTTOM),
             *(Rule(x, TOP, x, BOTTOM) for x in (LEFT, *COLUMNS, RIGHT)))
    (table,) = ruled_tables(page(rules))
    assert [(c.row0, c.col0) for c in table.cells if c.row0 == 3] == [(3, 0), (3, 1), (3, 2)]
    assert rows_of(layout_from_pages([page(rules)], "open.pdf")) == EXPECTED


def test_a_closed_grid_has_a_cell_for_each_box_only():
    (table,) = ruled_tables(page(frame(114.0, 145.0, 189.0)))
    assert len(table.cells) == 12


def test_column_rules_ending_together_close_the_row_a_page_break_cuts():
    # no rule under the last row at all (zebra rows, the last one unshaded, cut by a page break):
    # the column rules run on to where the page ends the table
    rules = (*(Rule(LEFT, y, RIGHT, y) for y in (TOP, 114.0, 145.0, 189.0)),
             *(Rule(x, TOP, x, BOTTOM) for x in (LEFT, *COLUMNS, RIGHT)))
    (table,) = ruled_tables(page(rules))
    assert (table.row_count, table.bbox[3]) == (4, BOTTOM)
    assert rows_of(layout_from_pages([page(rules)], "open.pdf")) == EXPECTED


def test_column_rules_ending_on_a_drawn_rule_add_none():
    from pilotplans.parsers.pdf.ruled import _edge, column_ends

    assert column_ends([_edge(r) for r in frame(114.0, 145.0, 189.0)], 3.0) == ()


def short_part(number: int = 2) -> PageContent:
    """A page opening with a table's last row, closed by its frame: one line in each cell."""
    rules = (Rule(LEFT, 60, RIGHT, 60), Rule(LEFT, 90, RIGHT, 90), *(Rule(x, 60, x, 90) for x in (LEFT, *COLUMNS, RIGHT)))
    return synthetic_page(number, [(70, [(70, "4"), (100, filler(6, "。")), (320, filler(4))])], rules)


def test_a_short_part_of_a_frame_running_open_over_the_page_before_is_read_as_text():
    # the page before: column rules from the header down to the page's foot, no rule across them
    open_page = synthetic_page(1, LINES, (Rule(LEFT, TOP, RIGHT, TOP), *(Rule(x, TOP, x, 800) for x in (LEFT, *COLUMNS, RIGHT))))
    assert kept(open_page, short_part()) == [[], []]


def test_a_short_ruled_part_beside_no_open_frame_stays_ruled():
    assert kept(short_part()) == [[1]]
    assert kept(page(frame(114.0, 145.0, 189.0)), short_part()) == [[4], [1]]


def test_a_short_part_after_a_packed_grid_row_kept_as_ruled_stays_ruled():
    # a grid, a page holding one tall row of it (kept: the grid before shows it is a grid row),
    # then a short closing part: the tall row's column rules belong to a ruled table, not an open frame
    grid, packed = page(frame(114.0, 145.0, 189.0), 1), page(frame(), 2)
    assert kept(grid, packed, short_part(3)) == [[4], [1], [1]]


def test_column_rules_opening_under_two_spanning_header_cells_assume_no_rule_across_a_cell_between():
    # 序号 | 上级部门(牵头|配合) | 具体举措 | 责任单位(牵头|配合): the rules between 牵头 and 配合 begin
    # together under the two spanning cells, but the 具体举措 cell between them spans both header
    # lines, its own column rules running on through that height: no page cuts the table there
    xs = (40.0, 70.0, 130.0, 190.0, 400.0, 470.0, 540.0)
    header = synthetic_page(1, [(97, [(132, "上级部门"), (402, "责任单位")]), (105, [(44, "序号"), (250, "具体举措")]),
                                (113, [(72, "牵头"), (132, "配合"), (402, "牵头"), (472, "配合")])],
                            (*(Rule(xs[0], y, xs[-1], y) for y in (95, 125)), Rule(xs[1], 110, xs[3], 110),
                             Rule(xs[4], 110, xs[6], 110), *(Rule(x, 95, x, 125) for x in (xs[0], xs[1], xs[3], xs[4], xs[6])),
                             *(Rule(x, 110, x, 125) for x in (xs[2], xs[5]))))
    (table,) = ruled_tables(header)
    assert [(c.row0, c.row1, c.col0, c.col1, [line.text for line in c.lines]) for c in table.cells if c.col0 == 3] == [
        (0, 2, 3, 4, ["具体举措"]),
    ]


def test_text_beside_a_narrower_last_row_outside_every_column_rule_is_no_cell():
    # a 备注 row boxed under the first two columns only, the page number printed beside it: no
    # column rule bounds the page number's grid position, so it closes on no cell of the table
    lines = [*LINES[:3], (226, [(70, "备注"), (100, filler(6, "。")), (330, "第 3 页")])]
    rules = (*frame(114.0, 145.0), Rule(LEFT, 240, COLUMNS[1], 240),
             *(Rule(x, BOTTOM, x, 240) for x in (LEFT, *COLUMNS)))
    (table,) = ruled_tables(synthetic_page(1, lines, rules))
    assert [[line.text for line in c.lines] for c in table.cells if c.row0 == table.row_count - 1] == [
        ["备注"], [filler(6, "。")],
    ]


def shaded_first_column() -> tuple[Rule, ...]:
    """The 序号 column's cells shaded one by one (their top and bottom edges) inside a frame ruling the columns only."""
    return tuple(Rule(LEFT, y, COLUMNS[0], y, painted=True) for y in (TOP, 114.0, 145.0, 189.0, BOTTOM))


def test_a_frame_whose_first_column_is_shaded_cell_by_cell_is_read_by_its_rows():
    # the shaded cells' edges close the first column's cells only: read as rules, the other
    # columns made one cell each, copied into every row (every measure holding all the text)
    assert rows_of(layout_from_pages([page((*frame(), *shaded_first_column()))], "shaded.pdf")) == EXPECTED


def test_shading_across_every_column_of_a_frame_still_parts_its_rows():
    bands = tuple(Rule(LEFT, y, RIGHT, y, painted=True) for y in (114.0, 145.0, 189.0))
    assert kept(page((*frame(), *bands))) == [[4]]
    assert rows_of(layout_from_pages([page((*frame(), *bands))], "zebra.pdf")) == EXPECTED


HEADED = [
    (100, [(70, "序号"), (100, "具体举措"), (320, "责任单位")]),
    (118, [(70, "一、" + filler(8))]),
    *((top + 18, pieces) for top, pieces in LINES[1:6]),
    (211, [(70, "二、" + filler(8))]),
    *((top + 36, pieces) for top, pieces in LINES[6:]),
]
HEADED_BOTTOM = 258.0


def broken_columns(*between: float) -> tuple[Rule, ...]:
    """A frame ruling the columns, its header boxed, the column rules broken beside the two heading
    rows spanning the table (一、 under the header, 二、 before row 3), a rule at each of ``between``."""
    rules = [*(Rule(LEFT, y, RIGHT, y) for y in (TOP, 114.0, *between, HEADED_BOTTOM)),
             *(Rule(x, TOP, x, HEADED_BOTTOM) for x in (LEFT, RIGHT))]
    for x in COLUMNS:
        rules += [Rule(x, TOP, x, 114.0), Rule(x, 132.0, x, 207.0), Rule(x, 225.0, x, HEADED_BOTTOM)]
    return tuple(rules)


def test_column_rules_broken_by_heading_rows_spanning_the_table_are_read_as_a_text_table_of_its_rows():
    # the ruled finder closed one box round everything under the header, the column rules standing
    # inside it: read as ruled, the whole part was one row, every cell holding every row's text
    # (generated layout 4300040: 24 measures read as one, exit 0)
    headed = synthetic_page(1, HEADED, broken_columns())
    assert kept(headed) == [[]]
    heading_1, heading_2 = "一、" + filler(8), "二、" + filler(8)
    assert rows_of(layout_from_pages([headed], "headed.pdf")) == [
        EXPECTED[0], (heading_1, heading_1, ""), EXPECTED[1], EXPECTED[2], (heading_2, heading_2, ""), EXPECTED[3]]


def test_column_rules_broken_by_heading_rows_in_a_grid_ruling_every_row_stay_a_ruled_table():
    # the same heading rows in a grid: each heading row a merged cell no rule crosses
    assert kept(synthetic_page(1, HEADED, broken_columns(132.0, 163.0, 207.0, 225.0))) == [[6]]


def test_column_rules_broken_under_an_open_header_inside_the_frame_sides_are_read_as_a_text_table():
    # no rule under the header (no shading) and a heading row right under it: the finder closed no
    # cell of the frame's own columns but the parts between the broken column rules, the header's
    # middle labels a table of their own (generated layout 4302133: every responsibility lost)
    columns = (92.0, 312.0, 372.0)
    lines = [(100, [(70, "序号"), (100, "具体举措"), (320, "责任单位"), (376, "时限")]),
             (118, [(70, "一、" + filler(8))]),
             (136, [(70, "1"), (100, filler(20)), (320, filler(4)), (376, "2025年")]),
             (149, [(100, filler(4, "。")), (320, filler(4))]),
             (167, [(70, "2"), (100, filler(20)), (320, filler(4)), (376, "2026年")]),
             (180, [(100, filler(20)), (320, filler(3))]),
             (193, [(100, filler(6, "。"))])]
    rules = (Rule(LEFT, TOP, RIGHT, TOP), *(Rule(x, TOP, x, 209.0) for x in (LEFT, RIGHT)),
             *(Rule(x, TOP, x, 114.0) for x in columns), *(Rule(x, 132.0, x, 209.0) for x in columns))
    headed = synthetic_page(1, lines, rules)
    assert [(t.row_count, t.bbox) for t in ruled_tables(headed)] == [(1, (92.0, 95.0, 372.0, 114.0)),
                                                                    (1, (92.0, 132.0, 372.0, 209.0))]
    assert kept(headed) == [[]]
    heading = "一、" + filler(8)
    assert rows_of(layout_from_pages([headed], "headed.pdf")) == [
        ("序号", "具体举措", "责任单位", "时限"), (heading, heading, "", ""),
        ("1", filler(20) + filler(4, "。"), filler(4) + filler(4), "2025年"),
        ("2", filler(20) + filler(20) + filler(6, "。"), filler(4) + filler(3), "2026年")]


def test_a_short_ruled_table_inside_a_page_border_stays_ruled():
    # the border's sides run on above and below the table: no frame of its own columns
    border = (*short_part().rules, Rule(30, 20, 560, 20), Rule(30, 820, 560, 820), Rule(30, 20, 30, 820), Rule(560, 20, 560, 820))
    assert kept(synthetic_page(2, [(70, [(70, "4"), (100, filler(6, "。")), (320, filler(4))])], border)) == [[1]]


def test_a_short_ruled_table_under_the_top_edge_of_a_page_border_stays_ruled():
    # the border's sides begin where the table does, but no column rule of the table goes on
    # inside them past a break: no frame whose column rules a heading row broke; read as text, the
    # header's 责任单位 ran into every row's responsibility
    lines = [(100, [(70, "序号"), (100, "具体举措"), (320, "责任单位")]),
             (118, [(70, "4"), (100, filler(20)), (320, filler(10))]), (131, [(100, filler(4, "。")), (320, filler(6))])]
    grid = (*(Rule(LEFT, y, RIGHT, y) for y in (TOP, 114.0, 145.0)), *(Rule(x, TOP, x, 145.0) for x in (LEFT, *COLUMNS, RIGHT)))
    border = (Rule(30, TOP, 560, TOP), Rule(30, 820, 560, 820), Rule(30, TOP, 30, 820), Rule(560, TOP, 560, 820))
    bordered = synthetic_page(2, lines, grid + border)
    assert kept(bordered) == [[2]]
    assert rows_of(layout_from_pages([bordered], "bordered.pdf")) == [
        ("序号", "具体举措", "责任单位"), ("4", filler(20) + filler(4, "。"), filler(10) + filler(6))]


def tall_cell():
    """The cell of three lines (具体举措) of a ruled row, 45 pt high (95–140), between x 92 and 312."""
    one_row = synthetic_page(1, [(100, [(70, "1"), (100, filler(20)), (320, filler(10))]),
                                 (113, [(100, filler(20))]), (126, [(100, filler(4, "。"))])],
                             (Rule(LEFT, TOP, RIGHT, TOP), Rule(LEFT, 140, RIGHT, 140),
                              *(Rule(x, TOP, x, 140) for x in (LEFT, *COLUMNS, RIGHT))))
    return next(cell for cell in ruled_tables(one_row)[0].cells if len(cell.lines) == 3)


def test_a_short_piece_of_rule_drawn_twice_inside_a_cell_does_not_cross_it():
    # exports draw a border once for each cell it bounds: a piece over a third of the cell, drawn
    # twice, was counted as two thirds and made the cell a frame
    assert tall_cell().bbox == (92.0, 95.0, 312.0, 140.0)
    assert not crossed(tall_cell(), (Rule(200, 100, 200, 115), Rule(200, 100, 200, 115)))


def test_pieces_of_rule_over_most_of_a_cell_without_closing_it_cross_it():
    assert crossed(tall_cell(), (Rule(200, 100, 200, 115), Rule(200, 118, 200, 133)))


def test_the_length_spans_cover_counts_each_stretch_once():
    assert covered_length([(5.0, 15.0), (0.0, 10.0), (0.0, 10.0), (20.0, 25.0)]) == 20.0


NESTED_LINES = [(100, [(70, "序号"), (100, "具体举措"), (320, "责任单位")]),
                (124, [(70, "1"), (100, filler(20)), (322, "牵头"), (366, "商务部")]),
                (138, [(100, filler(20)), (322, "配合"), (366, "财政部")]),
                (152, [(100, filler(4, "。")), (322, "配合"), (366, "海关总署")]),
                (180, [(70, "2"), (100, filler(20)), (320, filler(6))])]


def nested_grid() -> PageContent:
    """A grid of three rows whose first measure's responsibility cell (312–430, 115–172) holds a
    table of its own (牵头/配合 beside each body), ruled inside the cell away from its edges."""
    grid = (*(Rule(LEFT, y, RIGHT, y) for y in (TOP, 115.0, 172.0, 200.0)),
            *(Rule(x, TOP, x, 200.0) for x in (LEFT, *COLUMNS, RIGHT)))
    nested = (*(Rule(318, y, 424, y) for y in (121, 135, 149, 165)), *(Rule(x, 121, x, 165) for x in (318, 362, 424)))
    return synthetic_page(1, NESTED_LINES, grid + nested)


def test_a_table_inside_a_cell_of_a_grid_does_not_make_the_grid_a_frame():
    # the inner table's column rule stands inside the cell over most of its height without reaching
    # its edges, as a broken column rule of a frame does; but it is the side of boxes closed inside
    # the cell: read as a frame, the grid was read as text and the cell's bodies were lost
    # (the inner table, inside one cell, is that cell's text only: tests/test_pdf_nested_table.py)
    grid = nested_grid()
    assert kept(grid) == [[3]]
    assert rows_of(layout_from_pages([grid], "nested.pdf")) == [
        ("序号", "具体举措", "责任单位"), ("1", filler(20) + filler(20) + filler(4, "。"), "牵头商务部配合财政部配合海关总署"),
        ("2", filler(20), filler(6))]


def part_under(grid: bool, number: int = 1) -> PageContent:
    """A page ending with a table's first row after a heading paragraph, one line in each cell, its own
    short ruled part (rules at 240 and 270) under the ``grid`` of the same columns the page opens with."""
    part = (Rule(LEFT, 240, RIGHT, 240), Rule(LEFT, 270, RIGHT, 270), *(Rule(x, 240, x, 270) for x in (LEFT, *COLUMNS, RIGHT)))
    lines = [(250, [(70, "4"), (100, filler(6, "。")), (320, filler(4))])]
    return synthetic_page(number, [*LINES, *lines] if grid else lines, (*frame(114.0, 145.0, 189.0), *part) if grid else part)


def test_a_packed_row_after_a_short_part_of_a_grid_on_the_page_before_stays_a_ruled_row():
    # the table ending the page before is a short part cut off by a heading paragraph from the grid
    # above it on the same columns: the rest of its row on the next page (rows ruled, packed in
    # two cells) is that grid's row, and neither part is an open frame's
    assert kept(part_under(grid=True), page(frame(), 2)) == [[4, 1], [1]]


def test_a_packed_row_after_a_short_part_alone_is_still_a_frame():
    assert kept(part_under(grid=False), page(frame(), 2)) == [[], []]

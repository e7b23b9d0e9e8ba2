"""A header printed again inside a page part of a text table: a table printed anew after a heading
paragraph (each heading's measures a table of their own, the header repeated), a box round it, no
rule under the header. The rule above the header parted it from the heading row, but nothing
parted it from the centred row under it: the header's labels were read as the first lines of
that row (序号 57, 具体举措 允许在…), its number lost (generated layout 100040 with frame=box or
frame=columns, DIMENSION_REPAIRS in tests/test_generated_layouts.py). A run of lines repeating
the part's opening header, line for line, is cut off before and after."""

from __future__ import annotations

from pilotplans.parsers.pdf import layout_from_pages
from pilotplans.parsers.pdf.aligned.anchors import hard_cuts, printed_again
from pilotplans.parsers.pdf.aligned.pieces import table_pieces
from pilotplans.parsers.pdf.settings import DEFAULT_SETTINGS
from pilotplans.parsers.pdf.tables import Boundary
from tests.test_pdf_text_rows import synthetic_bands
from tests.test_read_pdf import filler, rows_of, synthetic_page

COLUMNS = (Boundary(70, 70), Boundary(90, 100), Boundary(300, 320), Boundary(420, 420))
HEADER = [(100, [(70, "序号"), (100, "具体举措"), (320, "责任单位")])]


def part(*again: tuple[float, list[tuple[float, str]]]):
    return table_pieces(synthetic_bands([
        *HEADER,
        (115, [(70, "1"), (100, filler(18)), (320, filler(6))]),
        (130, [(100, filler(6, "。"))]),
        *again,
        (175, [(100, filler(18)), (320, filler(6))]),
        (190, [(70, "2"), (100, filler(18)), (320, filler(3))]),
        (205, [(100, filler(5, "。"))]),
    ]), COLUMNS)


def test_the_opening_header_printed_again_is_cut_off_from_the_rows_around_it():
    table = part((150, [(70, "序号"), (100, "具体举措"), (320, "责任单位")]))
    cuts = hard_cuts(table, (), DEFAULT_SETTINGS, header_bands=1)
    assert {3, 4} <= cuts.other


def test_lines_that_only_resemble_the_header_are_not_cut():
    table = part((150, [(70, "序号"), (100, "具体举措")]))
    cuts = hard_cuts(table, (), DEFAULT_SETTINGS, header_bands=1)
    assert not {3, 4} & cuts.other


# The same where no repeated header is told (header_bands=0: the part opens the table on its first
# page): the part's first line, labels in several columns, printed again lower down, is the header
# printed again (generated layout 90411700023: headings as paragraphs, the header repeated under
# each, a three-line header; its labels read into measure 9, its number lost, silently).

TALL_HEADER = [(100, [(100, "具体"), (320, "责任")]), (110, [(70, "序号"), (100, "举措"), (320, "单位")])]


def test_the_opening_header_printed_again_is_found_without_being_told_and_cut_off():
    table = table_pieces(synthetic_bands([
        *TALL_HEADER,
        (125, [(70, "1"), (100, filler(18)), (320, filler(6))]),
        (140, [(100, filler(6, "。"))]),
        (160, [(100, "具体"), (320, "责任")]),
        (170, [(70, "序号"), (100, "举措"), (320, "单位")]),
        (185, [(100, filler(18)), (320, filler(6))]),
        (200, [(70, "2"), (100, filler(18)), (320, filler(3))]),
    ]), COLUMNS)
    assert printed_again(table) == 2
    assert {4, 6} <= hard_cuts(table, (), DEFAULT_SETTINGS, header_bands=0).other


def test_a_part_opening_with_one_cell_s_line_looks_for_no_header_printed_again():
    # a line of one cell (a responsibility alone) may well be printed twice: not a header
    table = table_pieces(synthetic_bands([
        (100, [(320, "市商务局")]),
        (115, [(70, "1"), (100, filler(18)), (320, filler(6))]),
        (130, [(100, filler(6, "。")), (320, "市商务局")]),
        (145, [(320, "市商务局")]),
    ]), COLUMNS)
    assert printed_again(table) == 0


def test_a_part_opening_with_a_row_s_line_printed_again_looks_for_no_header_printed_again():
    # a part with no header on its first page: rows opening alike (支持符合条件的企业…, the same
    # owners), their numbers at their middle line; the line printed again is a row's, not labels
    opening = (115, [(100, "支持符合条件的企业开展跨境服务"), (320, "市商务局、")])
    table = table_pieces(synthetic_bands([
        opening, (130, [(70, "1"), (100, filler(18)), (320, "市财政局")]), (145, [(100, filler(5, "。"))]),
        (opening[0] + 50, opening[1]), (180, [(70, "2"), (100, filler(16)), (320, "市发改委")]),
        (195, [(100, filler(5, "。"))]),
    ]), COLUMNS)
    assert printed_again(table) == 0
    assert not {3, 4} & hard_cuts(table, (), DEFAULT_SETTINGS, header_bands=0).other


def test_a_part_s_rows_opening_alike_keep_their_first_lines():
    # the same through the reader: rows 2–4 were cut after their first line, each losing it (and
    # 市商务局、市发改委、) to a row without a number, silently
    lines = []
    for number, (text, owner) in enumerate([("推进服务贸易数字化转型升级发展", "市财政局"),
                                            ("推动服务外包向高端化转型发展", "市发改委"),
                                            ("推进服务贸易数字化转型升级发展", "市财政局")], 1):
        top = 100 + 55 * (number - 1)
        lines += [(top, [(110, "支持符合条件的企业开展跨境服务贸易业务，"), (330, "市商务局、市发改委、")]),
                  (top + 15, [(70, f"{number}"), (110, text), (330, owner)]), (top + 30, [(110, filler(6, "。"))])]
    rows = rows_of(layout_from_pages([synthetic_page(1, lines)], "alike.pdf"))
    assert [(row[0], row[2]) for row in rows] == [
        ("1", "市商务局、市发改委、市财政局"), ("2", "市商务局、市发改委、市发改委"), ("3", "市商务局、市发改委、市财政局")]


# A second table of other labels printed under the first on one page, 附件2 and its title between
# them, no rules: the header is a row of its own, the label and title lines no part of the row
# above (they followed its closing 。), found by the same column-label test.

OTHER_HEADER = [(70, "序号"), (110, "主要任务"), (330, "牵头单位")]


def two_tables(between: list[tuple[float, list[tuple[float, str]]]]) -> list[tuple[str, ...]]:
    def rows(top: float) -> list[tuple[float, list[tuple[float, str]]]]:
        out = []
        for n in range(1, 4):
            out += [(top, [(70, str(n)), (110, filler(20)), (330, "市商务局")]), (top + 15, [(110, filler(6, "。"))])]
            top += 35
        return out
    page = synthetic_page(1, [(100, [(70, "序号"), (110, "具体举措"), (330, "责任单位")]), *rows(120),
                              *between, (270, OTHER_HEADER), *rows(290)])
    return rows_of(layout_from_pages([page], "p.pdf"))


def test_a_header_of_other_labels_is_a_row_of_its_own_and_the_title_above_it_no_part_of_the_row_before():
    body = [(str(n), filler(20) + filler(6, "。"), "市商务局") for n in range(1, 4)]
    assert two_tables([(230, [(70, "附件2")]), (250, [(150, "某市服务业扩大开放任务清单")])]) == [
        ("序号", "具体举措", "责任单位"), *body, ("附件2", "某市服务业扩大开放任务清单", ""),
        ("序号", "主要任务", "牵头单位"), *body]


def test_the_last_line_of_the_row_above_a_header_of_other_labels_stays_in_its_row():
    body = [(str(n), filler(20) + filler(6, "。"), "市商务局") for n in range(1, 4)]
    assert two_tables([]) == [("序号", "具体举措", "责任单位"), *body, ("序号", "主要任务", "牵头单位"), *body]

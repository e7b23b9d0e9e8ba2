"""PDF text tables whose rows are centred, with a column one character wide (上级部门 stacking one
character a line): where the stacks of two rows touch, the column does not show where a cell
ends, and a cut a character off leaves a stack off its row's centre; the reader warns
(``stacked_cells_shifted``). Generated layout 100059 first showed the fault
(tests/test_generated_layouts.py, ``WARNED_FAULTS``).

Bands are built as in tests/test_pdf_text_rows.py: 10 pt text, lines 15 pt apart; the number at
x 70, the measure at 100, the owner at 330, the stacked column at 500.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.pdf import layout_from_pages
from pilotplans.parsers.pdf.aligned.pieces import Piece, table_pieces
from pilotplans.parsers.pdf.aligned.stacks import shifted_stack_doubt
from pilotplans.parsers.pdf.settings import PdfSettings
from pilotplans.parsers.pdf.tables import Boundary
from tests.conftest import FIXTURES
from tests.test_pdf_text_rows import synthetic_bands
from tests.test_read_pdf import VARIANTS, filler, rows_of, synthetic_page

COLUMNS = (Boundary(60, 60), Boundary(90, 100), Boundary(320, 330), Boundary(490, 500), Boundary(510, 510))
ROWS = [  # number, measure lines, owner, stacked cell: each row as tall as its stack, the others centred on it
    ("1", [filler(20), filler(6, "。")], filler(6), "省发改委"),
    ("2", [filler(20), filler(4, "。")], filler(5), "省商务厅牵头"),
    ("3", [filler(20), filler(9, "。")], filler(4), "省社会保险服务中心"),
    ("4", [filler(20), filler(7, "。")], filler(6), "省委统战部"),
]


def centred_lines(rows: list[tuple[str, list[str], str, str]], top: float = 100.0) -> list[tuple[float, list[tuple[float, str]]]]:
    """The lines ``(top, [(x, text), ...])`` of rows centred in rows as tall as their tallest column."""
    lines = []
    for number, measure, owner, stack in rows:
        columns = [(70.0, [number]), (100.0, measure), (330.0, [owner]), (500.0, list(stack))]
        height = max(len(texts) for _, texts in columns)
        by_line: dict[float, list[tuple[float, str]]] = {}
        for x, texts in columns:
            for k, text in enumerate(texts):
                by_line.setdefault((height - len(texts)) / 2 + k, []).append((x, text))
        lines += [(top + 15.0 * k, pieces) for k, pieces in sorted(by_line.items())]
        top += 15.0 * height
    return lines


def rows_cut(shift: int) -> tuple[object, list[list[Piece]]]:
    """The table pieces of ``ROWS`` and their rows, the stack's cut between rows 2 and 3 moved
    ``shift`` characters down (each row's other pieces in place)."""
    table = table_pieces(synthetic_bands(centred_lines(ROWS)), COLUMNS)
    heights = [len(stack) for *_, stack in ROWS]
    tops = [100.0 + 15.0 * sum(heights[:index]) for index in range(len(ROWS))]
    rows: list[list[Piece]] = [[] for _ in ROWS]
    for piece in table.pieces:
        row = max(index for index in range(len(ROWS)) if tops[index] <= piece.top)
        if piece.span == (3, 4) and row in (1, 2):
            row = 1 if piece.top < tops[2] + 15.0 * shift else 2
        rows[row].append(piece)
    return table, rows


def lowered(piece: Piece, by: float) -> Piece:
    return replace(piece, segment=replace(piece.segment, top=piece.top + by, bottom=piece.bottom + by))


def test_a_stacked_cell_cut_a_character_off_its_row_s_centre_is_doubted():
    table, rows = rows_cut(1)  # 省社会保险服务中心's first character read with row 2
    assert shifted_stack_doubt(table, rows, frozenset(), [frozenset()] * 3, "centre") == (
        "rows centred, the cell '省商务厅牵头省' (row '2') of a column one character wide sits 7.5 pt off the centre"
        " of every other cell of its row while touching the stack of a row beside it: that column's cells in rows"
        " '1' to '4', whose stacks touch, may be cut between rows a character off (check them)")


def test_stacked_cells_each_centred_on_its_row_leave_no_doubt():
    table, rows = rows_cut(0)
    assert shifted_stack_doubt(table, rows, frozenset(), [frozenset()] * 3, "centre") is None


def test_rows_from_their_top_are_not_weighed_by_their_centre():
    table, rows = rows_cut(1)
    assert shifted_stack_doubt(table, rows, frozenset(), [frozenset()] * 3, "top") is None


def test_a_stacked_cell_merged_over_rows_is_not_weighed_by_one_row_s_centre():
    table, rows = rows_cut(1)
    open_below = [frozenset(), frozenset({3}), frozenset()]  # the stacked column open between rows 2 and 3
    assert shifted_stack_doubt(table, rows, frozenset(), open_below, "centre") is None


def test_a_centred_table_read_right_carries_no_warning():
    layout = layout_from_pages([synthetic_page(1, [(80.0, [(70.0, "序号"), (100.0, "具体措施"), (330.0, "责任单位"),
                                                          (500.0, "注")]), *centred_lines(ROWS)])], "centred.pdf")
    assert [row[-1] for row in rows_of(layout)] == ["注", "省发改委", "省商务厅牵头", "省社会保险服务中心", "省委统战部"]
    assert layout.cautions == ()


def test_a_cell_off_its_row_s_centre_by_less_than_the_setting_s_share_of_a_line_is_rounding():
    table, rows = rows_cut(1)  # half a line off: doubted at the default 0.4 of a line, not at 0.6
    assert shifted_stack_doubt(table, rows, frozenset(), [frozenset()] * 3, "centre",
                               PdfSettings(stack_off_centre=0.6)) is None


def test_a_stack_centred_with_one_cell_of_its_row_leaves_no_doubt():
    # row 2's owner set two lines lower than its other cells: the stack, cut right, is centred
    # with the number and the measure, so the row's cells do not share one centre and none is doubted
    table, rows = rows_cut(0)
    moved = [[lowered(p, 30.0) if index == 1 and p.span == (2, 3) else p for p in row]
             for index, row in enumerate(rows)]
    assert shifted_stack_doubt(table, moved, frozenset(), [frozenset()] * 3, "centre") is None


def test_a_centred_table_whose_remarks_stack_beside_a_cell_set_lower_carries_no_warning():
    # wrapped-label-three-line.pdf (generated layout 4160000909), page 5: the 备注 stack
    # 需争取国家部委支持 of row 46 is centred on its number, while its 完成时间 sits lower; read right
    document = read_document(VARIANTS / "wrapped-label-three-line.pdf")
    assert [m.remarks for m in document.measures if m.number == 46] == ["需争取国家部委支持"]
    assert "stacked_cells_shifted" not in {w.code for w in document.warnings}


def test_an_off_centre_stack_touching_no_other_row_s_stack_leaves_no_doubt():
    # the rows above and below hold nothing in the stacked column: every cell of it shows where it
    # ends, so an off-centre stack there is how the row is set, not a cut
    table, rows = rows_cut(1)
    alone = [[p for p in row if p.span != (3, 4) or index == 1] for index, row in enumerate(rows)]
    assert shifted_stack_doubt(table, alone, frozenset(), [frozenset()] * 3, "centre") is None


@pytest.mark.parametrize("value, message", [
    (0, "PdfSettings.stack_off_centre must be a positive number, not 0"),
    (1.5, "PdfSettings.stack_off_centre must be in (0, 1], not 1.5"),
])
def test_the_share_a_stack_may_sit_off_is_checked(value, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        PdfSettings(stack_off_centre=value)


def test_the_share_of_the_pitch_a_stack_may_miss_it_by_is_checked():
    with pytest.raises(ValueError, match=re.escape("PdfSettings.stack_pitch_slack must be in (0, 1], not 2")):
        PdfSettings(stack_pitch_slack=2)


# rows set at their top: a cell merged over rows, printed from its top, is cut at each row's end

MERGED_FROM_TOP = FIXTURES / "tables" / "stacked-owner-cells-merged-printed-from-their-top.pdf"
HEADER_STACKED = FIXTURES / "tables" / "heading-run-into-the-row-above.pdf"
OWN_STACKS = FIXTURES / "tables" / "stacked-remarks-of-their-own-rows-touching.pdf"


def top_lines(rows: list[tuple[str, list[str], str]], top: float = 100.0,
              step: float = 15.0) -> list[tuple[float, list[tuple[float, str]]]]:
    """The lines of rows (number, measure lines, stacked cell) each set at its row's top, each row as
    tall as its tallest column, lines 15 pt apart and a row's first line ``step`` under the last above."""
    lines = []
    for number, measure, stack in rows:
        columns = [(70.0, [number]), (100.0, measure), (500.0, list(stack))]
        by_line: dict[int, list[tuple[float, str]]] = {}
        for x, texts in columns:
            for k, text in enumerate(texts):
                by_line.setdefault(k, []).append((x, text))
        lines += [(top + 15.0 * k, pieces) for k, pieces in sorted(by_line.items())]
        top += 15.0 * (max(len(texts) for _, texts in columns) - 1) + step
    return lines


TOP_COLUMNS = (Boundary(60, 60), Boundary(90, 100), Boundary(490, 500), Boundary(510, 510))


def top_rows(rows: list[tuple[str, list[str], str]], step: float = 15.0) -> tuple[object, list[list[Piece]]]:
    table = table_pieces(synthetic_bands(top_lines(rows, step=step)), TOP_COLUMNS)
    heights = [max(len(measure), len(stack), 1) for _, measure, stack in rows]
    tops = [100.0 + sum(15.0 * (height - 1) + step for height in heights[:index]) for index in range(len(rows))]
    placed: list[list[Piece]] = [[] for _ in rows]
    for piece in table.pieces:
        placed[max(index for index in range(len(rows)) if tops[index] <= piece.top)].append(piece)
    return table, placed


def test_a_stack_ending_on_its_row_s_last_line_over_the_next_row_s_is_doubted_in_rows_at_their_top():
    # 人力资源社会保障部 merged over rows 1 and 2, cut at row 1's end (its third line): 人力资 / 源社会保障部
    table, rows = top_rows([("1", [filler(20), filler(20), filler(6, "。")], "人力资"),
                            ("2", [filler(20), filler(4, "。")], "源社会保障部"), ("3", [filler(9, "。")], "省委统战部")])
    assert shifted_stack_doubt(table, rows, frozenset(), [frozenset()] * 2, "top") == (
        "rows at their top, the cell '人力资' (row '1') of a column one character wide ends on its row's last line and the"
        " next row's begins on the line after it: a cell merged over the rows would be cut there alike, so that column's"
        " cells in rows '1' to '3', whose stacks touch, may be one cell or cut between rows elsewhere (check them)")


def test_a_stack_opening_its_row_level_with_its_cells_off_the_line_pitch_is_a_cell_of_its_own():
    # rows 14.4 pt apart for lines 15 pt apart: the next row's stack begins with its row, not at the
    # pitch the stack above keeps, as a cell merged over both rows would (trap 20000061: 备注 拟先行先试
    # of 21 over 长期任务 of 22, each its row's own, named)
    table, rows = top_rows([("1", [filler(20), filler(20), filler(6, "。")], "人力资"),
                            ("2", [filler(20), filler(4, "。")], "源社会保障部"), ("3", [filler(9, "。")], "省委统战部")],
                           step=14.4)
    assert shifted_stack_doubt(table, rows, frozenset(), [frozenset()] * 2, "top") is None


def test_rows_with_their_cells_stacked_as_their_own_carry_no_warning():
    document = read_document(OWN_STACKS)
    assert "stacked_cells_shifted" not in {w.code for w in document.warnings}
    remarks = {m.number: m.remarks for m in document.measures if m.number in (21, 22, 23, 24)}
    assert remarks == {21: "拟先行先试", 22: "长期任务", 23: None, 24: "长期任务"}


def test_a_stack_running_below_the_other_cells_of_its_row_ends_there():
    table, rows = top_rows([("1", [filler(20), filler(6, "。")], "省发改委"), ("2", [filler(20), filler(4, "。")], "省社会保险服务中心"),
                            ("3", [filler(9, "。")], "省委统战部")])
    assert shifted_stack_doubt(table, rows, frozenset(), [frozenset()] * 2, "top") is None


def test_stacked_cells_of_owners_merged_down_rows_printed_from_their_top_are_doubted():
    # trap 10000120: 人力资源部、知识产权局 merged over 38–40 read 人力 / 资 / 源部、知识产权局, silently
    notes = [w.message for w in read_document(MERGED_FROM_TOP).warnings if w.code == "stacked_cells_shifted"]
    assert [note.split(":")[0] for note in notes] == ["page 2", "page 4", "page 5", "page 6"]
    assert "the cell '人力' (row '38.')" in notes[0] and "in rows '38.' to '44.'" in notes[0]


def test_a_header_label_stacked_over_the_first_row_leaves_no_doubt():
    # trap 10000159: 分管领导 stacked in the header, touching the first row's stack on every page
    assert "stacked_cells_shifted" not in {w.code for w in read_document(HEADER_STACKED).warnings}

"""A cell spanning rows that opens a page after a page break is the rest of the cell above the
break only when that cell's text reaches down to the break: text a page break cuts fills its part
to the bottom, so a cell ending well above it ended on its page, however full its last line (in a
column a few characters wide every line is). The cells are those of the generated layout 7300100
(``python -m tests.layouts 7300100 --out DIR``: rules between rows, columns ruled, 配合单位 three
characters wide, 10 pt), whose 43 (市公安局、市人社局, the last row of page 4) and 44–45 (市人社局,
merged, opening page 5) were read as one cell; that layout is read in tests/test_generated_layouts.py."""

from __future__ import annotations

from pilotplans.layout import Cell, Where
from pilotplans.parsers.pdf.content import Glyph
from pilotplans.parsers.pdf.grids import Slot, carry_merges_over_break
from pilotplans.parsers.pdf.lines import TextLine
from pilotplans.parsers.pdf.tables import PlacedCell

LEFT, RIGHT, SIZE = 268.0, 298.0, 10.0


def line(text: str, top: float) -> TextLine:
    glyphs = tuple(Glyph(ch, LEFT + i * SIZE, top, LEFT + (i + 1) * SIZE, top + SIZE, SIZE) for i, ch in enumerate(text))
    return TextLine(glyphs, text, LEFT, top, LEFT + len(text) * SIZE, top + SIZE, SIZE)


def slot(texts: list[str], first_top: float, box: tuple[float, float], page: int, rows: tuple[int, int],
         pitch: float = 12.2) -> Slot:
    lines = tuple(line(text, first_top + i * pitch) for i, text in enumerate(texts))
    placed = PlacedCell(rows[0], rows[1], 0, 1, (263.0, box[0], 311.0, box[1]), lines)
    cell = Cell(("".join(texts),), Where(page=page, bbox=(263.0, box[0], 311.0, box[1])))
    return Slot(cell, placed, placed, RIGHT)


def carry(first_top: float, pitch: float = 12.2) -> tuple[list[list[Slot]], list[list[Slot]]]:
    """43's cell on page 4 (its lines from ``first_top``, ``pitch`` apart, the row 651–773) and
    44–45's merged cell opening page 5 (rows 63–100–174), carried over the break."""
    done = [[slot(["市公安", "局、市", "人社局"], first_top, (651.0, 773.0), 4, (5, 6), pitch)]]
    merged = slot(["市人社", "局"], 64.0, (63.0, 174.0), 5, (0, 2))
    part = [[merged], [merged]]
    carry_merges_over_break(done, part, 0)
    return done, part


def carried(first_top: float, pitch: float = 12.2) -> list[str]:
    """The texts read for 43, 44 and 45: 43's cell on page 4 (its lines from ``first_top``, ``pitch``
    apart, the row 651–773), 44–45's merged cell opening page 5 (rows 63–100–174)."""
    done = [[slot(["市公安", "局、市", "人社局"], first_top, (651.0, 773.0), 4, (5, 6), pitch)]]
    merged = slot(["市人社", "局"], 64.0, (63.0, 174.0), 5, (0, 2))
    part = [[merged], [merged]]
    carry_merges_over_break(done, part, 0)
    return [done[0][0].cell.text, part[0][0].cell.text, part[1][0].cell.text]


def test_a_merged_cell_opening_a_page_is_its_own_when_the_cell_above_ends_well_above_the_break():
    # 43's text ends at 698.4, 75 pt above the page's last rule (773)
    assert carried(664.0) == ["市公安局、市人社局", "市人社局", "市人社局"]


def test_a_merged_cell_opening_a_page_goes_on_from_a_cell_above_whose_text_reaches_the_break():
    # the same lines ending at 769.4, 3.6 pt above the rule: the text ran on over the break
    assert carried(735.0) == ["市公安局、市人社局市人社局"] * 3


def test_a_cell_whose_lines_are_spaced_apart_reaches_the_break_though_a_line_s_pitch_is_left_blank():
    # lines a fixed 28 pt apart (10 pt type): the last (740–750) ends 23 pt above the rule, the next
    # (778) no longer fit; two sizes (20 pt) would call it ended on its page
    assert carried(684.0, pitch=28.0) == ["市公安局、市人社局市人社局"] * 3


def test_a_cell_whose_lines_are_spaced_apart_ends_on_its_page_two_pitches_above_the_break():
    # the same lines ending at 712, 61 pt (over two pitches) above the rule
    assert carried(646.0, pitch=28.0) == ["市公安局、市人社局", "市人社局", "市人社局"]


def test_a_merged_cell_of_its_own_opening_a_page_is_not_marked_as_going_on_from_the_cell_above():
    # Cell.continues makes the row reader join the cell's first paragraph to the owner above
    _, part = carry(664.0)
    assert [row[0].cell.continues for row in part] == [False, False]


def test_a_merged_cell_going_on_from_the_cell_above_is_read_whole_in_every_row():
    done, part = carry(735.0)
    assert [done[0][0].cell.merged_from, part[0][0].cell.merged_from, part[1][0].cell.merged_from] == [None, "above", "above"]

"""Whether a text table's rows, cut by the way its cells sit, may be cut a line off.

A table without numbers and without rules between its rows shows where a row begins only by how
its cells sit: at the row's top, or centred. Where every line closes a sentence and the pitch is
even, both ways cut the lines into rows of one size, a line apart. The first row tells: read at
the top, a first row printing its text alone, beside none of the cells (owner, deadline) every
other row prints, is the top line of a row whose cells sit lower (centred). That reading is not
trusted; the part's rows are named as uncertain.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...columns import is_listed_label
from ..lines import SENTENCE_END
from ..settings import PdfSettings
from .anchors import HardCuts, labels_above_body
from .evidence import blocks_whole, gap_blocks, regular_gaps, unruled
from .pieces import Piece, TablePieces, opens_item


def _labels_over(table: TablePieces, end: int) -> bool:
    """Whether the part's bands before ``end`` are a header of labels over a first body line that
    closes a sentence: its first line alone (:func:`.anchors.labels_above_body`), or its lines read
    column by column (a label wrapped over two lines, 完成 / 时限) each a label the vocabulary lists
    whole, two columns' labels or more."""
    if end == 1:
        return labels_above_body(table)
    if end >= len(table.by_band):
        return False
    by_column: dict[tuple[int, int], str] = {}
    for band in table.by_band[:end]:
        for piece in band:
            by_column[piece.span] = by_column.get(piece.span, "") + piece.segment.text.strip()
    return (len(by_column) >= 2 and all(is_listed_label(label) for label in by_column.values())
            and any(piece.segment.text.strip()[-1:] in SENTENCE_END for piece in table.by_band[end]))


def first_row_bare_doubt(table: TablePieces, ranges: Sequence[tuple[int, int]],
                         placed: Sequence[Sequence[Piece]], hard: HardCuts,
                         category: frozenset[int], continued: bool = False) -> str | None:
    """In words, why the rows of a part may be cut a line off (see the module docstring), or None.
    Only a part opening with a header of labels over its body (:func:`_labels_over`: one line of
    labels, or labels wrapped over two lines), without numbers in the text, category columns or
    rules between rows, with three body rows or more, is judged: its first body row prints one
    column's text alone where every other body row prints two columns or more, and that first row
    reads as a measure's text cut short: it opens with no heading's or item's number and closes a
    sentence (a section heading printed alone under the header, 一、… or （一）…, is a heading row
    above rows read right, not a row a line off). A number column does not clear the doubt where
    the first row prints no number and every other row prints one: the numbers sit with the cells,
    at the rows' centre as well as at their top. A part that may go on with a table from the page
    before (``continued``) is not judged: a first row printing its text alone there is the rest of
    the row the page break cut (a numbered table's continued page prints just so), and the part
    before speaks for how the rows sit."""
    if (continued or table.numbering is not None or category or hard.ruled or len(ranges) < 4 or ranges[0][0] != 0
            or not _labels_over(table, ranges[0][1])):
        return None
    body = placed[1:]
    spans = [{piece.span for piece in row} for row in body]
    if len(spans[0]) != 1 or not _cut_short(body[0]):
        return None
    if all(len(row) >= 2 for row in spans[1:]):
        if table.number_column is not None and not all(
                any(piece.col0 == table.number_column for piece in row) for row in body[1:]):
            return None
        kind = ("without rules or numbers" if table.number_column is None
                else "without rules whose numbers sit with its cells")
        return (f"rows 2–{len(ranges)} of a table {kind}: the first row under the header "
                "prints its text alone, beside none of the cells every other row prints, so the rows' cells "
                "may sit at their centre and every row's text be read a line off")
    printing = sum(len(row) >= 2 for row in spans)
    if (table.number_column is None and len(spans[-1]) == 1 and _cut_short(body[-1])
            and 2 * printing >= len(spans) - 1):
        return (f"rows 2–{len(ranges)} of a table without rules or numbers: the first and the last rows under "
                "the header print their text alone, rows printing cells between them, so the rows' cells may "
                "sit at their centre and the rows' text be cut a line off")
    return None


def _cut_short(row: Sequence[Piece]) -> bool:
    """Whether a row printing one column reads as a measure's text cut short: it opens with no
    heading's or item's number and closes a sentence (a section heading printed alone, 一、… or
    （一）…, is a heading row, not a row a line off)."""
    pieces = sorted(row, key=lambda piece: (piece.band, piece.segment.x0))
    return not any(opens_item(piece) for piece in pieces) and pieces[-1].segment.text.strip()[-1:] in SENTENCE_END


def gap_inside_doubt(table: TablePieces, ranges: Sequence[tuple[int, int]], hard: HardCuts,
                     settings: PdfSettings, continued: bool = False) -> str | None:
    """In words, where the rows of a part contradict the gaps between its printed lines, or None.
    In a table without rules between its rows, white space wider than the line pitch between two
    consecutive printed lines of the body (two lines of the page with none between them) parts two
    rows. Where the body shows two such gaps or more, every one the same size, the rows as read
    must end at them: a gap falling inside a row as read, or a body row cut at the pitch between
    two such gaps where no heading or header ends, inside a block printing each column's cell once
    (a block printing two owners or two numbers is two rows, a gap missing between them),
    contradicts the page's own evidence (cells centred or at the bottom read as the next row's, a
    row's lines given to two rows), and the rows are named as uncertain. Gaps of several sizes (paragraph spacing inside a cell, a heading
    set apart), or gaps setting apart a block that prints one column's text alone (a cell's paragraph
    gap of the rows' size: :func:`.evidence.blocks_whole`), are not judged."""
    if not unruled(hard, ranges, continued):
        return None
    body = ranges[1][0] if ranges[0][0] == 0 and ranges[0][1] < len(table.bands) else 0
    gaps = regular_gaps(table, body, settings)
    blocks = gap_blocks(table, body, gaps, hard)
    if not gaps or not blocks_whole(table, blocks, hard, settings, cells=False):
        return None  # gaps of several sizes, or a block between gaps printing one column alone
    inside = sorted({index + 1 for index, (s, e) in enumerate(ranges) for k in gaps if s < k < e})
    if inside:
        named = ", ".join(str(row) for row in inside)
        return (f"row{'s' if len(inside) > 1 else ''} {named} of a table without rules hold{'' if len(inside) > 1 else 's'} "
                "a gap wider than the line pitch where the table's other gaps of that size part its rows: the rows' "
                "cells may sit at their centre or bottom, and the rows' text be cut a line off")
    first, last = min(gaps), max(gaps)
    one_row = [block for block in blocks if blocks_whole(table, [block], hard, settings)]  # each column's cell once
    unparted = [index + 1 for index, (s, _e) in enumerate(ranges)
                if first < s < last and s not in gaps and s not in hard.all
                and any(b < s < e for b, e in one_row)]
    if unparted:
        named = ", ".join(str(row) for row in unparted)
        return (f"row{'s' if len(unparted) > 1 else ''} {named} of a table without rules, whose rows gaps wider "
                f"than the line pitch part, begin{'' if len(unparted) > 1 else 's'} at the pitch, with no gap: the "
                "rows' cells may sit at their centre or bottom, and one row's text be cut in two")
    return None


def numbers_doubt(table: TablePieces, ranges: Sequence[tuple[int, int]], placed: Sequence[Sequence[Piece]],
                  hard: HardCuts, continued: bool = False) -> str | None:
    """In words, where the rows of a part contradict its 序号 numbers, or None. A table prints its
    rows' numbers one way in every row: at the row's first line, or with its cells. In a table
    without rules between its rows, rows of two lines or more read with their number on their first
    line beside others read with it lower (the part's last numbered row aside: a row the page break
    cuts prints its first part from the top), or a last numbered row printing none of the cells every
    other numbered row prints, its text closing a sentence, followed by a row without a number that
    prints them, contradict the page: the rows are named as uncertain (a note under the table prints
    its text alone; a last numbered row whose text runs on is read on into the row after it, its
    measure whole)."""
    if table.number_column is None or len(hard.ruled) >= 2 or continued:
        return None
    column = table.number_column
    numbered = []
    for index, ((s, e), row) in enumerate(zip(ranges, placed)):
        bands = [piece.band for piece in row if piece.col0 == column and piece.is_number]
        if len(bands) == 1:
            numbered.append((index, s, e, bands[0]))
    if len(numbered) < 3:
        return None
    tall = [(s, band) for _index, s, e, band in numbered[:-1] if e - s >= 2]  # the last may go on past the page
    at_top = sum(band == s for s, band in tall)
    if at_top and at_top < len(tall):
        return (f"rows of a table without rules read with their 序号 number on their first line ({at_top}) and "
                f"lower ({len(tall) - at_top}): the numbers sit one way in every row, so the rows may be cut a "
                "line off and cells given to the next row")
    spans = [{piece.span for piece in placed[index] if piece.col0 != column} for index, *_rest in numbered]
    last_index = numbered[-1][0]
    cells = set.intersection(*(spans_row - {min(spans_row)} for spans_row in spans[:-1] if spans_row)) \
        if all(spans[:-1]) else set()
    after = [{piece.span for piece in row} for row in placed[last_index + 1:]]
    text = sorted((piece for piece in placed[last_index] if piece.col0 != column),
                  key=lambda piece: (piece.band, piece.segment.x0))
    closed = bool(text) and text[-1].segment.text.strip()[-1:] in SENTENCE_END
    if closed and cells and not cells & spans[-1] and any(cells <= row for row in after):
        return (f"row {last_index + 1} of a table without rules, its last numbered row, prints none of the cells "
                "every other numbered row prints, and a row without a number after it prints them: that row's "
                "text may be cut in two")
    return None

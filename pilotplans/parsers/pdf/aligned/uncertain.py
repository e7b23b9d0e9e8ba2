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
from .anchors import HardCuts, labels_above_body
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

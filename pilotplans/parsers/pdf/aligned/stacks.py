"""Whether the cells of a column stacking one character a line may have been cut a character off
between rows, in a text table part whose rows are centred.

Where the stacks of two rows touch (the one's last character at the line pitch above the next
one's first), the column does not show where one cell ends: every line is full. The other
columns show it only by where they sit: in centred rows each cell is centred on its row, so a
stack cut a character off between two rows leaves one of them half a line off the centre
of the text beside it. The first and the last row of a part are not weighed (the rest of a row a
page break cut, or a row it cuts, prints from its part's top), nor a cell merged over rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..settings import DEFAULT_SETTINGS, PdfSettings
from .pieces import Piece, TablePieces, follows, stacked_spans


def shifted_stack_doubt(table: TablePieces, placed: Sequence[Sequence[Piece]], category: frozenset[int],
                        open_below: Sequence[frozenset[int]], mode: str | None,
                        settings: PdfSettings = DEFAULT_SETTINGS) -> str | None:
    """The doubt, in words, left by the first stacked cell of a centred part that sits off its
    row's centre while touching the stack of a row beside it (see the module docstring), or None."""
    if mode != "centre" or len(placed) < 3:
        return None
    for span in sorted(stacked_spans(table)):
        if span[1] - span[0] == 1 and (span[0] in category or span[0] == table.number_column):
            continue
        stacks = [sorted((p for p in row if p.span == span), key=lambda p: p.top) for row in placed]
        for index in range(1, len(placed) - 1):
            stack = stacks[index]
            beside = [p for p in placed[index] if p.span != span and not _in(p, category)]
            if not stack or not beside or _merged(span, index, open_below):
                continue
            above, below = stacks[index - 1], stacks[index + 1]
            touching = (above and follows(table, above[-1], stack[0], settings)
                        or below and follows(table, stack[-1], below[0], settings))
            if not touching:
                continue
            off = abs((stack[0].top + stack[-1].bottom) / 2
                      - (min(p.top for p in beside) + max(p.bottom for p in beside)) / 2)
            if off > settings.stack_off_centre * table.pitch:
                text = "".join(p.segment.text.strip() for p in stack)
                return (f"rows centred, the cell {text!r} of a column one character wide sits {off:.1f} pt off the"
                        " centre of its row's text while touching the cell of a row beside it: that column's cells"
                        " may be cut between rows a character off (check the cells of the rows around it)")
    return None


def _in(piece: Piece, category: frozenset[int]) -> bool:
    return piece.col1 - piece.col0 == 1 and piece.col0 in category


def _merged(span: tuple[int, int], index: int, open_below: Sequence[frozenset[int]]) -> bool:
    """Whether the column is open to the row above or below (a cell merged over rows)."""
    columns = set(range(*span))
    return (index > 0 and columns <= open_below[index - 1]
            or index < len(open_below) and columns <= open_below[index])

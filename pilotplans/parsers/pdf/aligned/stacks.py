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
    """The doubt, in words, left by the first stacked cell of a centred part that sits off the
    centre of every other cell of its row while touching the stack of a row beside it (see the
    module docstring), or None. Each other column is weighed alone: a row whose cells do not all
    share one centre (a cell set at its top among centred ones) has its stack centred with one of them."""
    if mode == "top":
        return _filled_stack_doubt(table, placed, category, open_below, settings)
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
            if not (_touch(table, stacks[index - 1], stack, settings)
                    or _touch(table, stack, stacks[index + 1], settings)):
                continue
            centre = (stack[0].top + stack[-1].bottom) / 2
            off = min(abs(centre - _centre([p for p in beside if p.span == other]))
                      for other in {p.span for p in beside})
            if off > settings.stack_off_centre * table.pitch:
                return _doubt(table, placed, stacks, index, off, settings)
    return None


def _filled_stack_doubt(table: TablePieces, placed: Sequence[Sequence[Piece]], category: frozenset[int],
                        open_below: Sequence[frozenset[int]], settings: PdfSettings) -> str | None:
    """In a part whose rows sit at their top, the doubt left by the first stacked cell that ends on
    its row's last line (as low as the lowest other cell of its row, no lower) while the next row's
    stack begins on the line after it: a cell merged over both rows, printed from its top, is cut at
    the row's end just so, and a stack ending where its row ends shows no end of its own. A stack
    running below every other cell of its row sets the row's height: it ends there."""
    for span in sorted(stacked_spans(table)):
        if span[1] - span[0] == 1 and (span[0] in category or span[0] == table.number_column):
            continue
        stacks = [sorted((p for p in row if p.span == span), key=lambda p: p.top) for row in placed]
        for index in range(len(placed) - 1):
            stack = stacks[index]
            beside = [p for p in placed[index] if p.span != span and not _in(p, category)]
            if not stack or not beside or set(range(*span)) <= open_below[index]:
                continue
            if not (_numbered(placed[index]) and _numbered(placed[index + 1])):
                continue  # a header's stacked label over the first row, a row a page break cut
            if not _touch(table, stack, stacks[index + 1], settings):
                continue
            lowest = max(p.top for p in beside)
            if abs(stack[-1].top - lowest) <= settings.number_slack * table.pitch and not _opens_its_row(
                    table, stack, stacks[index + 1], placed[index + 1], span, category, settings):
                last = index + 1
                while last < len(stacks) - 1 and _touch(table, stacks[last], stacks[last + 1], settings):
                    last += 1
                text = "".join(p.segment.text.strip() for p in stack)
                return (f"rows at their top, the cell {text!r} (row {_row_name(placed, index)}) of a column one character"
                        " wide ends on its row's last line and the next row's begins on the line after it: a cell merged"
                        " over the rows would be cut there alike, so that column's cells in rows"
                        f" {_row_name(placed, index)} to {_row_name(placed, last)}, whose stacks touch, may be one cell"
                        " or cut between rows elsewhere (check them)")
    return None


def _opens_its_row(table: TablePieces, upper: Sequence[Piece], lower: Sequence[Piece], row: Sequence[Piece],
                   span: tuple[int, int], category: frozenset[int], settings: PdfSettings) -> bool:
    """Whether the next row's stack (``lower``, under ``upper``) is a cell of its own: it begins level
    with the other cells of its row (``row``), as every cell of a row set at its top does, and its step
    from the stack above breaks the line pitch, which a cell merged over both rows keeps from line to
    line whatever the rows' edges (``PdfSettings.stack_pitch_slack`` of the pitch, both)."""
    slack = settings.stack_pitch_slack * table.pitch
    others = [p for p in row if p.span != span and not _in(p, category)]
    return (bool(others) and abs(lower[0].top - min(p.top for p in others)) <= slack
            and abs(lower[0].top - upper[-1].top - table.pitch) > slack)


def _doubt(table: TablePieces, placed: Sequence[Sequence[Piece]], stacks: Sequence[Sequence[Piece]], index: int,
           off: float, settings: PdfSettings) -> str:
    """The doubt in words: the off-centre cell and the run of rows whose stacks touch it (the
    cells that may have been cut a character off), named by their numbers where they have them."""
    first = last = index
    while first > 0 and _touch(table, stacks[first - 1], stacks[first], settings):
        first -= 1
    while last < len(stacks) - 1 and _touch(table, stacks[last], stacks[last + 1], settings):
        last += 1
    text = "".join(p.segment.text.strip() for p in stacks[index])
    return (f"rows centred, the cell {text!r} (row {_row_name(placed, index)}) of a column one character wide sits"
            f" {off:.1f} pt off the centre of every other cell of its row while touching the stack of a row beside"
            f" it: that column's cells in rows {_row_name(placed, first)} to {_row_name(placed, last)}, whose"
            " stacks touch, may be cut between rows a character off (check them)")


def _touch(table: TablePieces, upper: Sequence[Piece], lower: Sequence[Piece], settings: PdfSettings) -> bool:
    """Whether a row's stack ends at the line pitch above the next row's (no white space between)."""
    return bool(upper and lower and follows(table, upper[-1], lower[0], settings))


def _numbered(row: Sequence[Piece]) -> bool:
    return any(p.is_number for p in row)


def _row_name(placed: Sequence[Sequence[Piece]], row: int) -> str:
    """A row named by its number cell where it has one (``'70'``), else by its place in the part (``#3``)."""
    numbers = [p.segment.text.strip() for p in placed[row] if p.is_number]
    return repr(numbers[0]) if numbers else f"#{row + 1} of the part"


def _centre(cell: Sequence[Piece]) -> float:
    return (min(p.top for p in cell) + max(p.bottom for p in cell)) / 2


def _in(piece: Piece, category: frozenset[int]) -> bool:
    return piece.col1 - piece.col0 == 1 and piece.col0 in category


def _merged(span: tuple[int, int], index: int, open_below: Sequence[frozenset[int]]) -> bool:
    """Whether the column is open to the row above or below (a cell merged over rows)."""
    columns = set(range(*span))
    return (index > 0 and columns <= open_below[index - 1]
            or index < len(open_below) and columns <= open_below[index])

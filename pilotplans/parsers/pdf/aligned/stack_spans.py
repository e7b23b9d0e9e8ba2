"""Cells of a column stacking one character a line merged over several rows, read where the part's
rows centre their text and the stack's place tells it.

In such a column every line is full, so a block of characters running on at the line pitch shows
neither where one cell ends nor which rows a cell spans (:mod:`.spanning` leaves the column alone).
Where the rows centre their text each cell sits at the middle of its box: a cell of its own at the
middle of its row's other text, a cell merged over a run of rows at the middle of theirs (from the
first row's top to the last row's bottom). A block placed row by row, each row's part at its row's
middle, is left as placed. Where a part sits off its row's middle (a cell merged over two rows,
cut by the rows' edge: 已有工作 / 基础), the block is cut into cells anew: the one way of cutting
it, in order, into cells each at the middle of its own row or of a run of rows the column prints
nothing else in, is read, a cell over rows open down them. Where no way fits, or more than one, the
block stays as placed (:func:`.stacks.shifted_stack_doubt` names it). A block reaching the row opening
a continued part or the part's last row is left alone: a row a page break cuts fills its part, and a
cell merged over the break prints from its top.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..settings import PdfSettings
from .pieces import Piece, TablePieces, follows, stacked_spans
from .spanning import _extent, _parts

Cut = tuple[tuple[int, int, int, int], ...]
"""A block cut into cells: for each cell, its first and end character (end-exclusive) and its first
and last row."""


@dataclass(frozen=True)
class StackSpans:
    """What :func:`centred_stack_spans` reads: each row's pieces, a stack's characters moved to the
    first row of the cell they make, and for each boundary between two rows the stacked columns read
    merged over both."""

    placed: tuple[tuple[Piece, ...], ...]
    open_below: tuple[frozenset[int], ...]


def centred_stack_spans(table: TablePieces, placed: Sequence[Sequence[Piece]], inner: frozenset[int],
                        category: frozenset[int], walls: frozenset[int], mode: str | None,
                        settings: PdfSettings) -> StackSpans:
    """The stacked columns' cells of a part whose rows centre their text (``mode``), read as the
    module docstring says; ``inner`` holds the numbered rows that are neither the row opening a
    continued part nor the part's last row, ``walls`` the row boundaries a rule is drawn on."""
    rows = [list(row) for row in placed]
    open_below: list[set[int]] = [set() for _ in range(max(len(rows) - 1, 0))]
    if mode != "centre" or not table.pitch:
        return _read(rows, open_below)
    slack, off_centre = settings.number_slack * table.pitch, settings.stack_off_centre * table.pitch
    stacked = stacked_spans(table)
    text = _text_span(table, stacked | {(c, c + 1) for c in category})
    if text is None:
        return _read(rows, open_below)
    # once for the part: a column's cut moves only its own pieces, and never the task text's that the
    # extents measure, so what each later column reads of them is what the part's rows hold now
    row_of = {id(p): index for index, row in enumerate(rows) for p in row}
    extents = [_extent([p for p in row if p.span == text]) for row in rows]
    for span in sorted(stacked):
        column = span[0]
        if span[1] - column != 1 or column in category or column == table.number_column:
            continue
        mine = [p for p in table.column_pieces(span) if id(p) in row_of]
        filled = {row_of[id(p)] for p in mine}
        for block in _blocks(table, mine, settings):
            block_rows = [row_of[id(p)] for p in block]
            if any(row not in inner or extents[row] is None for row in block_rows):
                continue
            if all(_fits(part, row, row, extents, off_centre) for row, part in _parts(block, row_of)):
                continue  # each row's part at its row's middle, within what a cut a character off moves: as placed
            low, high = block_rows[0], block_rows[-1]
            while low - 1 in inner and low - 1 not in filled and low - 1 not in walls and extents[low - 1] is not None:
                low -= 1
            while high + 1 in inner and high + 1 not in filled and high not in walls and extents[high + 1] is not None:
                high += 1
            cuts = _cuts(block, 0, low, high, extents, walls, slack)
            if len(cuts) != 1:
                continue  # no way, or more than one: left as placed
            for first, end, top_row, last_row in cuts[0]:
                for piece in block[first:end]:
                    rows[row_of[id(piece)]].remove(piece)
                    rows[top_row].append(piece)
                for index in range(top_row, last_row):
                    open_below[index].add(column)
    order = {id(p): k for k, p in enumerate(table.pieces)}
    return _read([sorted(row, key=lambda p: order[id(p)]) for row in rows], open_below)


def _cuts(block: Sequence[Piece], start: int, low: int, high: int, extents: Sequence[tuple[float, float] | None],
          walls: frozenset[int], slack: float, limit: int = 2) -> list[Cut]:
    """The ways (at most ``limit``) of cutting ``block[start:]`` into cells, in order, each at the
    middle of a run of rows from ``low`` to ``high`` below the cell before (no run over a rule)."""
    if start == len(block):
        return [()]
    found: list[Cut] = []
    for end in range(start + 1, len(block) + 1):
        for first in range(low, high + 1):
            for last in range(first, high + 1):
                if last > first and last - 1 in walls:
                    break
                if not _fits(block[start:end], first, last, extents, slack):
                    continue
                for rest in _cuts(block, end, last + 1, high, extents, walls, slack, limit - len(found)):
                    found.append(((start, end, first, last), *rest))
                    if len(found) >= limit:
                        return found
    return found


def _fits(cell: Sequence[Piece], first: int, last: int, extents: Sequence[tuple[float, float] | None],
          slack: float) -> bool:
    """Whether ``cell`` sits at the middle of rows ``first``–``last`` (their task text), within rounding,
    and within them: no line of it beside the task text of the row above them or below them (a cell
    prints inside its box; trap 60000137: 市市场监管局, merged over 18–22 to the page's last row, sits by
    chance at the middle of 19–20 too, its first line beside 18's text)."""
    top, bottom = extents[first], extents[last]
    if top is None or bottom is None:
        return False
    above = extents[first - 1] if first > 0 else None
    below = extents[last + 1] if last + 1 < len(extents) else None
    if above is not None and (cell[0].top + cell[0].bottom) / 2 < above[1]:
        return False
    if below is not None and (cell[-1].top + cell[-1].bottom) / 2 > below[0]:
        return False
    return abs((cell[0].top + cell[-1].bottom) / 2 - (top[0] + bottom[1]) / 2) <= slack


def _text_span(table: TablePieces, left_out: frozenset[tuple[int, int]]) -> tuple[int, int] | None:
    """The column printing the most text (the task's, 具体举措), ``left_out`` aside: its cell is its row's
    own, never merged over rows, and sets where the row's text sits (another column's cell in a row may
    be merged over it and the next, and sit off the row's middle)."""
    sizes: dict[tuple[int, int], int] = {}
    for piece in table.pieces:
        if piece.col1 - piece.col0 == 1 and piece.span not in left_out:
            sizes[piece.span] = sizes.get(piece.span, 0) + len(piece.segment.text.strip())
    return max(sizes, key=lambda span: (sizes[span], -span[0])) if sizes else None


def _blocks(table: TablePieces, pieces: Sequence[Piece], settings: PdfSettings) -> list[list[Piece]]:
    """A column's characters grouped into blocks, each running on at the line pitch."""
    blocks: list[list[Piece]] = []
    for piece in sorted(pieces, key=lambda p: p.top):
        if blocks and follows(table, blocks[-1][-1], piece, settings):
            blocks[-1].append(piece)
        else:
            blocks.append([piece])
    return blocks


def _read(rows: Sequence[Sequence[Piece]], open_below: Sequence[set[int]]) -> StackSpans:
    return StackSpans(tuple(tuple(row) for row in rows), tuple(frozenset(columns) for columns in open_below))

"""The text of a text-aligned table as pieces: each segment of each line placed in the columns it
covers, with what a reader of the printed table sees between two lines of one column.

Between two consecutive lines of one column a reader sees one of: white space wider than the
column's line pitch (``GAP``: a cell ends there, or the column is empty for a while); a line that
left room at its end for the next one's first word (``ENDED``) or closed a sentence (``CLOSED``):
a paragraph, and maybe a cell, ends there; or a full line running on (``RUNS``): the text goes on
in the same cell. In a column never seen wrapping, a line as long as its longest may be full or a
whole cell (``FULL``).
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from ..lines import SENTENCE_END, TextLine, enumerator_value, left_room, text_edge
from ..settings import DEFAULT_SETTINGS, PdfSettings
from ..tables import Boundary
from .columns import Band, column_span

GAP, ENDED, CLOSED, RUNS, FULL = "gap", "ended", "closed", "runs", "full"

ITEM_NUMBER = re.compile(
    r"^(?:\d{1,4}[.．、]?|[（(]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]|[一二三四五六七八九十]{1,3}、)$"
)
"""A cell line that is nothing but an item number (``11``, ``3.``, ``（二）``, ``四、``)."""


@dataclass(frozen=True)
class Piece:
    """A segment of one line of a text table, placed in the columns it covers (end-exclusive)."""

    band: int
    segment: TextLine
    col0: int
    col1: int

    @property
    def span(self) -> tuple[int, int]:
        return (self.col0, self.col1)

    @property
    def top(self) -> float:
        return self.segment.top

    @property
    def bottom(self) -> float:
        return self.segment.bottom

    @property
    def is_number(self) -> bool:
        """Whether the piece is nothing but an item number."""
        return bool(ITEM_NUMBER.match(self.segment.text.strip()))


@dataclass(frozen=True)
class ItemNumbering:
    """The numbers opening a text table's rows in its text (:mod:`.items`): the column, the
    marker style, and the bands of the lines that open the items, in order."""

    column: int
    style: str
    bands: tuple[int, ...]
    points: bool = False
    """Whether the numbers were read as points a cell lists (only the first of each run opens a
    row: :func:`.items.sub_points`)."""


@dataclass(frozen=True)
class TablePieces:
    """A text table part's pieces with what is known of its columns: where full lines end in each
    column span seen wrapping (``edges``), where its longest line ends (``ends``: in a column
    never seen wrapping only a line as long as the longest may have been full), the line pitch,
    the column holding the item numbers (序号), if one does, and else the numbers printed at the
    start of its text, if any (set by :func:`.items.item_numbering`)."""

    bands: tuple[Band, ...]
    pieces: tuple[Piece, ...]
    by_band: tuple[tuple[Piece, ...], ...]
    edges: dict[tuple[int, int], float]
    ends: dict[tuple[int, int], float]
    pitch: float
    number_column: int | None
    numbering: ItemNumbering | None = None

    def column_pieces(self, span: tuple[int, int]) -> list[Piece]:
        return list(self._by_span.get(span, ()))

    def line_below(self, piece: Piece) -> Piece | None:
        """The first line of ``piece``'s column span on a band below its own, if any."""
        return self._neighbours[0].get((piece.span, piece.band))

    def line_above(self, piece: Piece) -> Piece | None:
        """The last line of ``piece``'s column span on a band above its own, if any."""
        return self._neighbours[1].get((piece.span, piece.band))

    @cached_property
    def _by_span(self) -> dict[tuple[int, int], list[Piece]]:
        """The pieces of each column span, in order: indexed once, not scanned for each question."""
        grouped: dict[tuple[int, int], list[Piece]] = {}
        for piece in self.pieces:
            grouped.setdefault(piece.span, []).append(piece)
        return grouped

    @cached_property
    def _neighbours(self) -> tuple[dict[tuple[tuple[int, int], int], Piece], dict[tuple[tuple[int, int], int], Piece]]:
        """For each column span and band holding a line of it, the span's first line on a band below
        and its last line on a band above (one pass over each span's lines)."""
        below: dict[tuple[tuple[int, int], int], Piece] = {}
        above: dict[tuple[tuple[int, int], int], Piece] = {}
        for span, pieces in self._by_span.items():  # in band order, as ``pieces`` is
            for earlier, later in zip(pieces, pieces[1:]):
                if earlier.band != later.band:  # the last line of a band, and the first of the next
                    below[(span, earlier.band)] = later
                    above[(span, later.band)] = earlier
        return below, above

    def spans(self) -> list[tuple[int, int]]:
        return sorted({piece.span for piece in self.pieces})


def table_pieces(bands: Sequence[Band], columns: Sequence[Boundary],
                 settings: PdfSettings = DEFAULT_SETTINGS) -> TablePieces:
    """The pieces of a text table part read on ``columns``."""
    by_band = tuple(tuple(Piece(index, segment, *column_span(segment, columns)) for segment in band.segments)
                    for index, band in enumerate(bands))
    pieces = tuple(piece for band in by_band for piece in band)
    ends: dict[tuple[int, int], float] = {}
    for piece in pieces:
        ends[piece.span] = max(ends.get(piece.span, piece.segment.x1), piece.segment.x1)
    return TablePieces(tuple(bands), pieces, by_band, wrapping_edges(by_band, settings), ends,
                       line_pitch(pieces, settings), number_column(pieces))


def wrapping_edges(by_band: Sequence[Sequence[Piece]], settings: PdfSettings = DEFAULT_SETTINGS) -> dict[tuple[int, int], float]:
    """Where full lines end in each column span known to wrap: one whose line stands alone on its
    band right below a line of the same span is a wrapped line. A span never seen wrapping is
    left out: its lines are whole cells or paragraphs."""
    wrapping = {
        pieces[0].span for before, pieces in zip(by_band, by_band[1:])
        if len(pieces) == 1 and any(p.span == pieces[0].span for p in before)
    }
    lines: dict[tuple[int, int], list[TextLine]] = {}
    for pieces in by_band:
        for piece in pieces:
            if piece.span in wrapping:
                lines.setdefault(piece.span, []).append(piece.segment)
    return {span: text_edge(found, "right", settings) for span, found in lines.items()}


def line_pitch(pieces: Sequence[Piece], settings: PdfSettings = DEFAULT_SETTINGS) -> float:
    """The distance from one line's top to the next in a cell: the most common short distance
    between consecutive lines of one column that stand over one another (0 when no column has
    two lines)."""
    distances: list[float] = []
    by_span: dict[tuple[int, int], list[Piece]] = {}
    for piece in pieces:
        by_span.setdefault(piece.span, []).append(piece)
    for found in by_span.values():
        for above, below in zip(found, found[1:]):
            distance = below.top - above.top
            overlap = min(above.segment.x1, below.segment.x1) - max(above.segment.x0, below.segment.x0)
            size = below.segment.size
            if settings.pitch_min_em * size < distance < settings.pitch_max_em * size and overlap > 0:
                distances.append(distance)
    if not distances:
        return 0.0
    shortest = min(distances)
    return statistics.median(d for d in distances if d <= shortest + settings.pitch_spread_em * pieces[0].segment.size)


def number_column(pieces: Sequence[Piece]) -> int | None:
    """The column whose pieces are mostly bare item numbers (序号), or from which cells packing
    numbered items (``107 允许…``, ``108 …``) run on into the next column; None if none is."""
    counts: dict[int, list[int]] = {}
    for piece in pieces:
        if piece.col1 - piece.col0 == 1:
            counts.setdefault(piece.col0, [0, 0])[piece.is_number] += 1
        elif opens_item(piece):
            counts.setdefault(piece.col0, [0, 0])[1] += 1
    best = max(counts.items(), key=lambda item: (item[1][1], -item[0]), default=None)
    if best is None or best[1][1] == 0 or best[1][1] < best[1][0]:
        return None
    return best[0]


def stacked_spans(table: TablePieces) -> frozenset[tuple[int, int]]:
    """The column spans stacking one character a line (a column one character wide, seen
    wrapping): every line is full, so none shows whether it starts a cell afresh; where the
    stacks of two rows touch, only the other columns show where the second row starts."""
    spans: dict[tuple[int, int], bool] = {}
    for piece in table.pieces:
        spans[piece.span] = spans.get(piece.span, True) and len(piece.segment.text.strip()) == 1
    return frozenset(span for span, single in spans.items() if single and span in table.edges)


def follows(table: TablePieces, above: Piece, below: Piece, settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether ``below`` is the line after ``above`` at the table's line pitch (no white space
    between them)."""
    return below.top - above.top <= table.pitch + settings.row_gap_em * below.segment.size


def between(table: TablePieces, above: Piece, below: Piece, settings: PdfSettings = DEFAULT_SETTINGS) -> str:
    """What a reader sees between two consecutive lines of one column (``GAP`` … ``FULL``)."""
    if not follows(table, above, below, settings):
        return GAP
    edge = table.edges.get(above.span, table.ends[above.span])
    if left_room(above.segment, edge, below.segment, settings):
        return ENDED
    if above.segment.text.rstrip()[-1:] in SENTENCE_END:
        return CLOSED
    return RUNS if above.span in table.edges else FULL


def opens_item(piece: Piece) -> bool:
    """Whether a piece opens with an item number (``107 允许…``, ``2.``)."""
    return piece.is_number or enumerator_value(piece.segment.text) is not None

"""Cells of a text-aligned table: each row's segments grouped into cells, and cells that run on
down over row boundaries a rule leaves open (vertically merged cells)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..content import PageContent, Rule
from ..lines import TextLine, text_lines
from ..settings import DEFAULT_SETTINGS, PdfSettings
from ..tables import Boundary, PageTable, PlacedCell
from .columns import Band, Span, merged_spans
from .rows import table_rows
from .rules import row_boundaries, rules_across


@dataclass(frozen=True)
class StackedCell:
    """A cell of a text table: its rows and columns (end-exclusive) and its segments."""

    row0: int
    row1: int
    col0: int
    col1: int
    segments: tuple[TextLine, ...]


def text_page_table(page: PageContent, bands: Sequence[Band], found: Sequence[Boundary], rules: Sequence[Rule],
                    settings: PdfSettings = DEFAULT_SETTINGS, outer: tuple[float, float] | None = None,
                    header_bands: int = 0, continued: bool = False, settled: str | None = None,
                    ended_before: Sequence[float] = (), going_on: Sequence[float] = ()) -> PageTable:
    """A page table from bands and the gutters between their columns. Horizontal rules across the
    bands (a three-line table's, or one under every row) bound it and separate its rows; the rows
    between them are read from the text (:func:`~.rows.table_rows`). ``outer`` is the whole
    table's left and right edges when it is read on the columns of a table it is part of;
    ``header_bands`` the bands of a repeated header opening it; ``continued`` says it may go on
    with a table from the page before, ``settled`` how that table's numbered rows sat, and
    ``ended_before`` the middles of its category columns whose last cell ended there;
    ``going_on`` the middles of the category columns whose last cell goes on to the next page."""
    table_rules = rules_across(bands, rules, settings)
    extent = list(outer) if outer else []
    left = min([b.line.x0 for b in bands] + [r.x0 for r in table_rules] + extent)
    right = max([b.line.x1 for b in bands] + [r.x1 for r in table_rules] + extent)
    columns = (Boundary(left, left), *found, Boundary(right, right))
    read = table_rows(bands, columns, table_rules, rules, settings, header_bands, continued, settled, ended_before,
                      going_on)
    ys = row_boundaries(bands, read.ranges, table_rules, settings)
    row_spans = [merged_spans([(piece.segment, piece.span) for piece in pieces]) for pieces in read.pieces]
    cells: list[PlacedCell] = []
    for cell in stacked_cells(row_spans, read.open_below, len(columns) - 1):
        x0 = columns[cell.col0].mid if cell.col0 else left
        x1 = columns[cell.col1].mid if cell.col1 < len(columns) - 1 else right
        lines = text_lines((g for s in cell.segments for g in s.glyphs), settings)
        cells.append(PlacedCell(cell.row0, cell.row1, cell.col0, cell.col1, (x0, ys[cell.row0], x1, ys[cell.row1]),
                                lines))
    def middles(chosen: frozenset[int]) -> tuple[float, ...]:  # not ``found``: that is this function's gutters
        return tuple(sorted((columns[c].mid + columns[c + 1].mid) / 2 for c in chosen))

    return PageTable(page.number, (left, ys[0], right, ys[-1]), columns, ys, tuple(cells), ruled=False,
                     settled=read.settled, ended=middles(read.ended), continuing=middles(read.continuing),
                     doubt=read.doubt, shifted=read.shifted, uncertain=read.uncertain, unspanned=read.unspanned,
                     painted_foot=middles(read.painted_foot), ruled_spans=middles(read.ruled_spans),
                     painted_over_break=middles(read.painted_over_break))


def stacked_cells(rows: Sequence[Sequence[Span]], open_below: Sequence[frozenset[int]],
                  width: int) -> tuple[StackedCell, ...]:
    """The cells of a text table from the cells of each of its rows (``rows``), a cell running on
    down over the row boundaries that leave all its columns open (``open_below``, one set per
    boundary) and taking the segments printed there in the same columns. An empty position
    makes a cell only as part of such a run."""
    done: list[StackedCell] = []
    ending: dict[int, int] = {}  # first column → index in ``done`` of the cell ending on this row
    for row, spans in enumerate(rows):
        filled = {column for col0, col1, _ in spans for column in range(col0, col1)}
        empty = [(column, column + 1, []) for column in range(width) if column not in filled]
        current: dict[int, int] = {}
        for col0, col1, segments in sorted([*spans, *empty], key=lambda span: span[0]):
            index = ending.get(col0)
            above = done[index] if index is not None else None
            if above is not None and above.col1 == col1 and set(range(col0, col1)) <= open_below[row - 1]:
                done[index] = replace(above, row1=row + 1, segments=above.segments + tuple(segments))
            else:
                index = len(done)
                done.append(StackedCell(row, row + 1, col0, col1, tuple(segments)))
            current[col0] = index
        ending = current
    return tuple(cell for cell in done if cell.segments or cell.row1 - cell.row0 > 1)

"""The tables found on a page, before they are stitched over page breaks and made grids."""

from __future__ import annotations

from dataclasses import dataclass

from ...textutil import join_lines
from .content import BBox, PageContent
from .lines import TextLine


@dataclass(frozen=True)
class Boundary:
    """A column boundary: a ruling line (``lo == hi``) or a gutter of white space."""

    lo: float
    hi: float

    @property
    def mid(self) -> float:
        return (self.lo + self.hi) / 2

    def overlaps(self, other: Boundary, tolerance: float) -> bool:
        """Whether two boundaries meet, allowing ``tolerance`` between them."""
        return self.lo - tolerance <= other.hi and other.lo - tolerance <= self.hi


@dataclass(frozen=True)
class PlacedCell:
    """A table cell on one page: its grid span (end-exclusive), box and text lines."""

    row0: int
    row1: int
    col0: int
    col1: int
    bbox: BBox
    lines: tuple[TextLine, ...]
    painted: bool | None = None
    """Whether a ruled cell is painted, as the edge of paint along its top shows (None on a page
    painting nothing): a cell merged over rows keeps the shade of its first row."""


@dataclass(frozen=True)
class PageTable:
    """A table, or the part of one, on one page."""

    page: int
    bbox: BBox
    columns: tuple[Boundary, ...]
    rows: tuple[float, ...]
    cells: tuple[PlacedCell, ...]
    ruled: bool
    settled: str | None = None
    """How a text table's numbered rows sit (``top``, ``centre``), when they show it clearly."""
    ended: tuple[float, ...] = ()
    """The middles (x) of a text table's category columns whose last cell ends on this page (its
    text centred over rows here: a cell a page break cuts prints from its part's top)."""
    continuing: tuple[float, ...] = ()
    """The middles (x) of a continued text table part's category columns whose first rows go on
    with a cell from the page before."""
    doubt: str | None = None
    """What the reading of a text table part's rows leaves in doubt, in words, for the document
    to carry as a warning (the rows hold no place for it)."""
    shifted: str | None = None
    """Where a text table part's column stacking one character a line may be cut between rows a
    character off, in words, for the document to carry as a warning."""
    uncertain: str | None = None
    """Why a text table part's rows may be cut a line off, in words, for the document to carry as a
    warning."""
    unspanned: str | None = None
    """Where a text table part's zebra rows show cells that may be merged with the cell above but
    were not read so, in words, for the document to carry as a warning."""
    painted_foot: tuple[float, ...] = ()
    """The middles (x) of a text table part's columns whose cell only the paint reads merged into
    its last row: carried on over the page break into a blank cell, it may be that row's own."""
    ruled_spans: tuple[float, ...] = ()
    """The middles (x) of a text table part's owner columns where a rule between rows, drawn in
    pieces, leaves a cell merged over rows: such a cell may go on over a page break too, which the
    rules at the break cannot show."""
    painted_over_break: tuple[float, ...] = ()
    """The middles (x) of a continued text table part's columns whose cell in the row opening it
    zebra rows show painted as the row before the page break, not as its own row: the rest of a
    cell merged over the break."""

    @property
    def row_count(self) -> int:
        return len(self.rows) - 1


@dataclass(frozen=True)
class PageBlocks:
    """One page after tables and furniture are found: its tables and its other lines."""

    page: PageContent
    tables: tuple[PageTable, ...]
    lines: tuple[TextLine, ...]


def first_row_texts(table: PageTable) -> tuple[str, ...]:
    """The texts of a page table's first row, cell by cell (a header a continued page repeats)."""
    cells = sorted((cell for cell in table.cells if cell.row0 == 0 and cell.lines), key=lambda cell: cell.col0)
    return tuple(join_lines([line.text for line in cell.lines]) for cell in cells)

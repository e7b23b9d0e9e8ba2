"""The intermediate form every reader produces and the interpreter consumes.

A reader (text, DOCX, HTML, PDF) knows geometry and markup, nothing of 试点任务 or 责任单位.
It turns a file into a :class:`Layout`: the document's blocks in reading order, each block a
:class:`Paragraph` or a :class:`Grid` (a table as rows of cells).

Contract every reader keeps:

* merged cells are already expanded: a cell that spans several columns (colspan, gridSpan) or
  rows (rowspan, vMerge) is repeated in every grid position it covers, the copies flagged with
  ``merged_from`` (``"left"`` for a horizontal span, ``"above"`` for a vertical one), so a row
  always has one :class:`Cell` per grid column it covers;
* several paragraphs in one cell stay apart in ``Cell.paragraphs``;
* a table that continues over several pages is one :class:`Grid`; the first row that starts on a
  new page has ``Row.after_break`` set. Repeated header rows stay in the grid (the interpreter
  recognises and drops them) and so do the two halves of a cell broken by a page break (the
  interpreter joins them, because only it knows which columns may be continued);
* page headers, footers and page numbers are not content and are left out;
* every paragraph, row and cell carries a :class:`Where` with its provenance.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Literal

#: Grid columns a table may reach. Word makes tables of at most 63 and no page prints more than a
#: few dozen; a grid, or a cell's span, reaching far beyond is a damaged or forged file, and
#: expanding it would take minutes and gigabytes (a span of 10⁹ columns): the DOCX reader refuses
#: such a table, the HTML reader cuts such a span to this.
MAX_GRID_COLUMNS = 1000

Format = Literal["text", "docx", "html", "pdf", "image", "xlsx"]


@dataclass(frozen=True)
class Where:
    """Where something was found in its source file.

    ``page`` is 1-based (PDF only); ``bbox`` is ``(x0, top, x1, bottom)`` in PDF points with the
    origin at the top-left corner of the page; ``line_start``/``line_end`` are 1-based, inclusive
    line numbers for text sources. ``confidence`` is set when the text was recognised from an
    image (OCR): the lowest confidence (0–1) of its characters. ``sheet`` and ``sheet_row`` name
    a workbook's sheet and the row as the sheet numbers it (1-based).
    """

    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    line_start: int | None = None
    line_end: int | None = None
    confidence: float | None = None
    sheet: str | None = None
    sheet_row: int | None = None

    def spanning(self, other: Where) -> Where:
        """The smallest Where that covers both ``self`` and ``other``."""
        lines = [n for n in (self.line_start, self.line_end, other.line_start, other.line_end) if n]
        bbox = self.bbox
        if self.bbox and other.bbox and self.page == other.page:
            a, b = self.bbox, other.bbox
            bbox = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
        confidences = [c for c in (self.confidence, other.confidence) if c is not None]
        return Where(
            page=self.page if self.page is not None else other.page,
            bbox=bbox or other.bbox,
            line_start=min(lines) if lines else None,
            line_end=max(lines) if lines else None,
            confidence=min(confidences) if confidences else None,
            sheet=self.sheet if self.sheet is not None else other.sheet,
            sheet_row=min(rows) if (rows := [n for n in (self.sheet_row, other.sheet_row) if n is not None]) else None,
        )


@dataclass(frozen=True)
class Cell:
    """One grid position of a table row.

    ``paragraphs`` holds the cell's paragraphs with their inner whitespace as printed (a line
    wrap inside one paragraph is not a paragraph break). ``merged_from`` marks a copy made while
    expanding a merged cell. ``continues`` is set by a reader that can see it (PDF) on a cell
    opening a page whose first paragraph goes on from the last paragraph of the same column
    before the page break (the line before the break was full).
    """

    paragraphs: tuple[str, ...]
    where: Where = Where()
    merged_from: Literal["left", "above"] | None = None
    continues: bool = False

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    @cached_property
    def is_empty(self) -> bool:
        """Whether no paragraph prints anything but whitespace; told once per cell (the
        interpreter asks it of a cell for each role of its row, some twenty times)."""
        return not any(p.strip() for p in self.paragraphs)


@dataclass(frozen=True)
class Row:
    """A table row. ``doubt`` is set by a reader that had to infer which lines make which cell
    (a table flattened to one cell per line) when the cells it placed look implausible: what looks
    wrong, in words, for the interpreter to report on the record the row gives. ``inferred`` says,
    in words, what such a reader supplied that the text does not print (a group cell merged with
    the row above, copied into a row one line short), for the interpreter to report likewise."""

    cells: tuple[Cell, ...]
    where: Where = Where()
    after_break: bool = False
    doubt: str | None = None
    inferred: str | None = None  # what a reader inferred to complete the row (a cell merged from above), in words
    emptied: str | None = None  # a cell the row does not print, read as empty, in words
    placed: str | None = None  # lines a reader placed in a bodies' column rather than the text, in words

    @property
    def is_empty(self) -> bool:
        return all(cell.is_empty for cell in self.cells)


@dataclass(frozen=True)
class Grid:
    """A table: rows of cells in reading order."""

    rows: tuple[Row, ...]
    where: Where = Where()


@dataclass(frozen=True)
class SpanningCell:
    """A cell as markup or geometry gives it, before its spans are expanded: it starts at grid
    position (``row``, ``column``) and covers ``rowspan`` rows and ``colspan`` columns."""

    row: int
    column: int
    cell: Cell
    rowspan: int = 1
    colspan: int = 1


def expand_spans(placed: Iterable[SpanningCell], rows: int, columns: int | None = None) -> tuple[tuple[Cell, ...], ...]:
    """The rows of a grid with every span expanded: the one place every reader expands merges.

    A cell spanning several columns is repeated rightwards (copies ``merged_from="left"``), one
    spanning several rows downwards (copies ``merged_from="above"``, in every column it covers);
    a copy keeps the text and the :class:`Where` of the cell it copies. A position two cells claim
    keeps the first; a position none claims is an empty cell. ``columns`` defaults to the widest
    extent the cells reach.
    """
    slots: dict[tuple[int, int], Cell] = {}
    width = 0
    for item in placed:
        for dr in range(max(item.rowspan, 1)):
            if item.row + dr >= rows:
                break
            for dc in range(max(item.colspan, 1)):
                kind = "above" if dr else ("left" if dc else None)
                cell = item.cell if kind is None else replace(item.cell, merged_from=kind, continues=False)
                slots.setdefault((item.row + dr, item.column + dc), cell)
                width = max(width, item.column + dc + 1)
    width = width if columns is None else columns
    return tuple(tuple(slots.get((r, c), Cell(())) for c in range(width)) for r in range(rows))


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the source's text, with where it is printed."""

    text: str
    where: Where = Where()


Block = Paragraph | Grid


@dataclass(frozen=True)
class Doubt:
    """A character a reader is unsure of (OCR below its confidence threshold): where it is, how
    sure the recogniser was, and the text around it as read on its line (``context``, the
    character at index ``at``)."""

    char: str
    confidence: float
    context: str
    at: int
    where: Where


@dataclass(frozen=True)
class Caution:
    """What a reader found implausible in the structure it read, where no row or cell can carry
    it (a reading of a table's geometry that another, as likely, contradicts): a warning code and
    its words, for the document to carry."""

    code: str
    message: str


@dataclass(frozen=True)
class Layout:
    """A whole document as read from one file. ``doubts`` lists the characters the reader is
    unsure of (only OCR has any), for the records that hold them to say so; ``cautions`` what
    the reader found implausible in the structure it read, for the document to carry. ``site``
    is what a web page's head says of the site it is on (its ``SiteName``, else its ``<title>``),
    read only to place a document naming its place nowhere else."""

    source: str
    format: Format
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    doubts: tuple[Doubt, ...] = ()
    cautions: tuple[Caution, ...] = ()
    site: tuple[str, ...] = ()

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Paragraph))

    @property
    def grids(self) -> tuple[Grid, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Grid))

"""Columns of a text-aligned table: lines cut into segments at gutters of white space, the
gutters every line agrees on, and the columns a segment covers."""

from __future__ import annotations

import statistics
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ..lines import TextLine, cut_line
from ..settings import DEFAULT_SETTINGS, PdfSettings
from ..tables import Boundary


@dataclass(frozen=True)
class Band:
    """One text line of a page split into its column segments."""

    line: TextLine
    segments: tuple[TextLine, ...]


Span = tuple[int, int, list[TextLine]]
"""Segments of one row of a text table that make one cell: its columns (end-exclusive) and them."""


def gutters(bands: Sequence[Band], left: float, right: float,
            settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[Boundary, ...]:
    """The white columns between ``left`` and ``right`` that no segment crosses.

    Segments of lines with several columns decide; a one-segment line that crosses such a gutter
    (a heading row spanning the table) is left out, one that sits inside it (a lone number) counts.
    A gutter is a column boundary when enough lines have text on each side of it, or enough
    lines have text on both sides.
    """
    multi = [s for b in bands if len(b.segments) > 1 for s in b.segments]
    first = free_intervals(multi, left, settings)
    kept = list(multi)
    for band in bands:
        if len(band.segments) == 1:
            segment = band.segments[0]
            if not any(segment.x0 < gap.mid < segment.x1 for gap in first):
                kept.append(segment)
    found = free_intervals(kept, left, settings)
    used = [gap for gap in found if columns_used(bands, gap, settings) >= settings.min_text_table_rows
            or lines_beside(bands, gap, settings) >= settings.min_lines_beside]
    return tuple(used)


def free_intervals(segments: Sequence[TextLine], left: float, settings: PdfSettings = DEFAULT_SETTINGS) -> list[Boundary]:
    """The white columns right of ``left`` between segments, at least a gutter wide, or at least
    ``aligned_gutter_em`` wide where the segments after it start at one left edge on
    ``min_text_table_rows`` lines or more (a column printed from HTML without borders stands its
    cells' padding from the longest lines before it: a text's letters stand closer, and a
    column's aligned left edge is the evidence a lone narrow gap lacks)."""
    if not segments:
        return []
    covered = sorted((s.x0, s.x1) for s in segments)
    size = statistics.median(s.size for s in segments)
    tolerance = settings.column_edge_tolerance
    free: list[Boundary] = []
    cursor = left
    for x0, x1 in covered:
        wide = x0 - cursor >= settings.gutter_em * size * settings.gutter_slack
        if not wide and x0 - cursor >= settings.aligned_gutter_em * size:
            wide = sum(1 for a, _b in covered if abs(a - x0) <= tolerance) >= settings.min_text_table_rows
        if wide and cursor > left:
            free.append(Boundary(cursor, x0))
        cursor = max(cursor, x1)
    return free


def columns_used(bands: Sequence[Band], gap: Boundary, settings: PdfSettings = DEFAULT_SETTINGS) -> int:
    """How many lines have text on each side of a gutter (the fewer of the two counts), or 0
    when no line has text on both sides of it. Cells centred in their rows print their lines
    at other heights than their neighbours', so the two sides need not share lines."""
    tolerance = settings.column_edge_tolerance
    left = [any(s.x1 <= gap.lo + tolerance for s in b.segments) for b in bands]
    right = [any(s.x0 >= gap.hi - tolerance for s in b.segments) for b in bands]
    if not any(a and b for a, b in zip(left, right)):
        return 0
    return min(sum(left), sum(right))


def lines_beside(bands: Sequence[Band], gap: Boundary, settings: PdfSettings = DEFAULT_SETTINGS) -> int:
    """How many lines have text on both sides of a gutter (a column holding one heading merged
    over every row of a page shows it beside the header's label and the first row only)."""
    tolerance = settings.column_edge_tolerance
    return sum(1 for b in bands if any(s.x1 <= gap.lo + tolerance for s in b.segments)
               and any(s.x0 >= gap.hi - tolerance for s in b.segments))


def column_span(segment: TextLine, columns: Sequence[Boundary]) -> tuple[int, int]:
    """The columns (end-exclusive, counted between ``columns``' boundaries) a segment covers.

    A segment crosses a gutter only when it runs over the whole of it: one ending inside a
    gutter belongs to the column on its left, one starting inside it to the column on its
    right (a table's gutters are where all its pages leave white space, so on one page a cell's
    line may reach into one). A segment wholly inside a gutter goes by the gutter's middle."""
    inner = columns[1:-1]
    first = sum(1 for b in inner if b.lo < segment.x0)
    last = sum(1 for b in inner if b.hi < segment.x1)
    if first > last:
        first = last = sum(1 for b in inner if b.mid < (segment.x0 + segment.x1) / 2)
    return first, last + 1



def segments_on_columns(segment: TextLine, columns: Sequence[Boundary],
                        settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[TextLine, ...]:
    """A line segment cut where one of a table's known column boundaries runs through a gap
    between two of its glyphs at least ``known_gutter_em`` wide (two columns' texts that stand
    closer than a gutter on a page that does not show the gutter itself)."""
    def cuts(left, right) -> bool:  # noqa: ANN001 - glyphs
        return (right.x0 - left.x1 >= settings.known_gutter_em * right.size
                and any(left.x1 <= boundary.mid <= right.x0 for boundary in columns))

    return cut_line(segment, cuts, settings)


def bands_on_columns(bands: Sequence[Band], inner: Sequence[Boundary],
                     settings: PdfSettings = DEFAULT_SETTINGS) -> list[Band]:
    """Bands whose segments are cut again where the given column boundaries run between words."""
    return [Band(band.line, tuple(piece for segment in band.segments
                                  for piece in segments_on_columns(segment, inner, settings)))
            for band in bands]


def bands_at_column_edges(bands: Sequence[Band], inner: Sequence[Boundary],
                          settings: PdfSettings = DEFAULT_SETTINGS) -> list[Band]:
    """Bands whose segments are cut where a glyph starts at the left edge of a column the page's
    own lines show (within ``column_edge_tolerance`` of a gutter's right side) at least
    ``aligned_gutter_em`` after the glyph before it: two cells' texts printed closer than a
    gutter (an HTML table without borders keeps only its cells' padding between them), the
    longest lines of the column before it reaching past the gutter the other lines leave."""
    return _cut_at_edges(bands, [boundary.hi for boundary in inner], settings)


def bands_at_shared_edges(bands: Sequence[Band], settings: PdfSettings = DEFAULT_SETTINGS) -> list[Band]:
    """Bands whose segments are also cut before a glyph at least ``aligned_gutter_em`` after the
    one before it that starts where ``min_text_table_rows`` segments or more of the page start (a
    column's left edge): cells of a table printed from HTML without borders stand only their
    padding apart, so the longest lines of one column run into the next one's text, while the
    other lines show the column's edge."""
    tolerance = settings.column_edge_tolerance
    starts = sorted(s.x0 for b in bands for s in b.segments)
    # each start's neighbours looked up in the sorted starts (a window a little wider than the
    # tolerance, then the tolerance itself), not counted over every start of the page for each
    pad = tolerance + 1.0
    edges = [x for x in dict.fromkeys(starts)
             if sum(1 for y in starts[bisect_left(starts, x - pad):bisect_right(starts, x + pad)]
                    if abs(y - x) <= tolerance) >= settings.min_text_table_rows]
    return _cut_at_edges(bands, edges, settings) if edges else list(bands)


def _cut_at_edges(bands: Sequence[Band], edges: Sequence[float], settings: PdfSettings) -> list[Band]:
    """Bands whose segments are cut before a glyph at least ``aligned_gutter_em`` after the one
    before it that starts within ``column_edge_tolerance`` of one of ``edges``."""
    tolerance = settings.column_edge_tolerance

    def cuts(left, right) -> bool:  # noqa: ANN001 - glyphs
        return (right.x0 - left.x1 >= settings.aligned_gutter_em * right.size
                and any(abs(right.x0 - edge) <= tolerance for edge in edges))

    return [Band(band.line, tuple(piece for segment in band.segments for piece in cut_line(segment, cuts, settings)))
            for band in bands]


def crosses(band: Band, columns: Sequence[Boundary]) -> bool:
    """Whether a segment of the band runs across the whole of one of the column boundaries (see
    :func:`column_span`)."""
    return any(s.x0 <= gap.lo and gap.hi < s.x1 for s in band.segments for gap in columns)


def merged_spans(segments: Sequence[tuple[TextLine, tuple[int, int]]]) -> list[Span]:
    """Segments of one row grouped into cells: overlapping column spans make one cell."""
    spans: list[Span] = []
    for segment, (col0, col1) in sorted(segments, key=lambda item: item[1]):
        if spans and col0 < spans[-1][1]:
            first, last, members = spans[-1]
            spans[-1] = (first, max(last, col1), members + [segment])
        else:
            spans.append((col0, col1, [segment]))
    return spans

"""Paragraphs outside tables: lines grouped by indent, spacing and the room a line left at its
end; a paragraph running over a page break is one paragraph."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence

from ...layout import Paragraph, Where
from ...textutil import join_lines
from .grids import rounded
from .lines import SENTENCE_END, TextLine, confidence_of, left_room, paragraph_breaks, paragraphs_of_lines, text_edge
from .settings import DEFAULT_SETTINGS, PdfSettings
from .tables import PageBlocks


def body_extents(pages: Sequence[PageBlocks], settings: PdfSettings = DEFAULT_SETTINGS) -> dict[int, tuple[float, float]]:
    """The left and right edges body text is aligned to, per page width (rounded): portrait and
    landscape pages have their own margins."""
    by_width: dict[int, list[PageBlocks]] = {}
    for page in pages:
        if page.lines:
            by_width.setdefault(round(page.page.width), []).append(page)
    extents = {}
    for width, group in by_width.items():
        lines = [line for page in group for line in page.lines]
        right = column_right(lines, group[0].page.width, settings)
        extents[width] = (body_left(group, lines, right, settings), right)
    return extents


def column_right(lines: Sequence[TextLine], page_width: float, settings: PdfSettings = DEFAULT_SETTINGS) -> float:
    """Where the body's full lines end: the right edge of :func:`~.lines.text_edge`, unless one line
    alone reaches it, ends a sentence (。；…) and stops ``lone_edge_em`` or more short of the left
    margin mirrored across the page. Then no line shows the edge (a page of one-line paragraphs: the
    longest of them would seem full, and the line under it its wrapped end) and the mirrored margin
    is taken: margins are about even, and a full line reaches the right one. A lone line ending
    mid-sentence stays the edge: its sentence goes on on the line under it."""
    right = text_edge(lines, "right", settings)
    mirrored = page_width - min(line.x0 for line in lines)
    size = statistics.median(line.size for line in lines)
    reaching = [line for line in lines if line.x1 >= right - settings.wrap_slack_em * size]
    if (len(reaching) == 1 and reaching[0].text.rstrip()[-1:] in SENTENCE_END
            and mirrored - right >= settings.lone_edge_em * size):
        return mirrored
    return right


def body_left(pages: Sequence[PageBlocks], lines: Sequence[TextLine], right: float,
              settings: PdfSettings = DEFAULT_SETTINGS) -> float:
    """Where body text starts: where the lines a full line wrapped onto start (most of them). Chinese paragraphs indent their first line, and a page of one-line
    paragraphs (field lines under items) has more first lines than wrapped ones, so the most
    common start is not the edge; a hanging number (``1.`` out to the left of its text) is not
    either, as the wrapped lines start at the text. Without wrapped lines, the most common start
    near the leftmost one."""
    starts = [
        round(line.x0)
        for page in pages for before, line in zip(page.lines, page.lines[1:])
        if abs(before.size - line.size) <= settings.size_tolerance
        and 0 <= line.top - before.bottom <= settings.usual_gap_em * line.size
        and not left_room(before, right, line, settings)
    ]
    if not starts:
        return text_edge(lines, "left", settings)
    counts = Counter(starts)
    best = max(counts.items(), key=lambda item: (item[1], -item[0]))[0]
    return min(line.x0 for line in lines if round(line.x0) == best)


def usual_line_gap(pages: Sequence[PageBlocks], settings: PdfSettings = DEFAULT_SETTINGS) -> float:
    """The most common space between consecutive lines of body text."""
    gaps = [
        round(b.top - a.bottom, 1)
        for page in pages for a, b in zip(page.lines, page.lines[1:])
        if 0 <= b.top - a.bottom <= settings.usual_gap_em * a.size and abs(a.size - b.size) <= settings.size_tolerance
    ]
    return statistics.median(gaps) if gaps else 0.0


def paragraph_line_groups(page: PageBlocks, left: float, right: float, usual_gap: float,
                          settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[tuple[TextLine, ...], ...]:
    """A page's lines outside tables grouped into paragraphs, in reading order. Besides the rules
    of :func:`~.lines.paragraph_breaks`, a wider space than usual, an indented line (Chinese
    paragraphs open with an indent; centred lines count as indented), or a table between two
    lines separates paragraphs."""
    lines = list(page.lines)
    if not lines:
        return ()
    breaks = list(paragraph_breaks(lines, right, settings))
    for index in range(1, len(lines)):
        before, line = lines[index - 1], lines[index]
        gap = line.top - before.bottom
        indented = line.x0 - left >= settings.indent_em * line.size
        table_between = any(before.bottom <= t.bbox[1] <= line.top for t in page.tables)
        if gap > usual_gap + settings.paragraph_gap_em * line.size or indented or table_between:
            breaks[index] = True
    return paragraphs_of_lines(lines, breaks)


def continues_over_break(before: Sequence[TextLine], after: Sequence[TextLine], left: float, right: float,
                         settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether a page's first paragraph goes on with the last paragraph of the page before: the
    last line there was full and the first line here is neither indented nor of another size."""
    last, first = before[-1], after[0]
    indented = first.x0 - left >= settings.indent_em * first.size
    return not indented and not paragraph_breaks((last, first), right, settings)[1]


def paragraph_of_lines(lines: Sequence[TextLine], page: int) -> Paragraph:
    """One paragraph from its lines, with the box they cover."""
    bbox = (min(line.x0 for line in lines), min(line.top for line in lines),
            max(line.x1 for line in lines), max(line.bottom for line in lines))
    return Paragraph(join_lines([line.text for line in lines]),
                     Where(page=page, bbox=rounded(bbox), confidence=confidence_of(lines)))

"""Rows of a text-aligned table: which lines start a row, and where the row boundaries lie."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ..content import Rule
from ..lines import SENTENCE_END, TextLine, left_room, text_edge
from ..settings import DEFAULT_SETTINGS, PdfSettings
from ..tables import Boundary
from .columns import Band, column_span

OPENS, WHOLE, ENDED, CLOSED, RUNS = "opens", "whole", "ended", "closed", "runs"
"""How a column's text on a band relates to its text on the band before: none there (``opens``);
lines taken as whole cells (``whole``, a column never seen wrapping); the line before left room
for this one (``ended``), or was full but closed a sentence (``closed``), or was full (``runs``)."""

ITEM_NUMBER = re.compile(
    r"^(?:\d{1,4}[.．、]?|[（(]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]|[一二三四五六七八九十]{1,3}、)$"
)
"""A cell line that is nothing but an item number (``11``, ``3.``, ``（二）``, ``四、``)."""


def rules_across(bands: Sequence[Band], rules: Sequence[Rule], settings: PdfSettings = DEFAULT_SETTINGS) -> list[Rule]:
    """Horizontal rules wide enough to belong to a text table made of ``bands`` and no further
    from its lines than ``table_rule_reach_em``."""
    left, right = min(b.line.x0 for b in bands), max(b.line.x1 for b in bands)
    reach = settings.table_rule_reach_em * max(b.line.size for b in bands)
    top, bottom = bands[0].line.top - reach, bands[-1].line.bottom + reach
    return [r for r in rules
            if r.horizontal and r.x1 - r.x0 > settings.table_rule_width_fraction * (right - left) and top <= r.top <= bottom]


def rule_between(rules: Sequence[Rule], top: float, bottom: float, left: float, right: float,
                 settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether a horizontal rule across ``left``–``right`` lies between ``top`` and ``bottom``."""
    tolerance, overhang = settings.rule_tolerance, settings.rule_overhang
    return any(
        r.horizontal and top - tolerance <= r.top <= bottom + tolerance
        and r.x0 <= left + overhang and r.x1 >= right - overhang
        for r in rules
    )


def row_starts(bands: Sequence[Band], columns: Sequence[Boundary], rules: Sequence[Rule],
               settings: PdfSettings = DEFAULT_SETTINGS, header_bands: int = 0) -> tuple[bool, ...]:
    """For each band of a text table, whether it starts a row: a rule or an unusually wide gap
    above it, a line spanning the columns (a heading row) before or at it, the end of a repeated
    header (its first ``header_bands`` bands), or the columns it has text in starting new cells
    there (see :func:`starts_cells`)."""
    gaps = [b.line.top - a.line.bottom for a, b in zip(bands, bands[1:])]
    usual = min(gaps) if gaps else 0.0
    spans = [[column_span(s, columns) for s in band.segments] for band in bands]
    edges = wrapping_edges(bands, spans, settings)
    covered = [_columns_covered(band_spans) for band_spans in spans]
    tolerance = settings.rule_tolerance
    starts = [True]
    row_begin = 0
    for index in range(1, len(bands)):
        band, previous = bands[index], bands[index - 1]
        size = band.line.size
        gap = band.line.top - previous.line.bottom
        spanning = any(c1 - c0 > 1 for c0, c1 in spans[index])
        was_spanning = any(c1 - c0 > 1 for c0, c1 in spans[index - 1])
        ruled = any(previous.line.bottom - tolerance <= r.top <= band.line.top + tolerance for r in rules)
        starts.append(ruled or gap > usual + settings.row_gap_em * size or index == header_bands or
                      (spanning and not was_spanning) or (was_spanning and not spanning) or
                      starts_cells(previous, band, spans[index - 1], spans[index], edges,
                                   set().union(*covered[row_begin:index - 1]), settings))
        if starts[-1]:
            row_begin = index
    return tuple(starts)


def column_states(before: Band, band: Band, before_spans: Sequence[tuple[int, int]],
                  band_spans: Sequence[tuple[int, int]], edges: dict[tuple[int, int], float],
                  settings: PdfSettings = DEFAULT_SETTINGS) -> dict[tuple[int, int], str]:
    """For each column span with text on ``band``, how its text there follows the band before
    (one of ``OPENS`` … ``RUNS``); ``edges`` says where full lines end in spans that wrap."""
    previous = dict(zip(before_spans, before.segments))
    states: dict[tuple[int, int], str] = {}
    for span, segment in zip(band_spans, band.segments):
        above = previous.get(span)
        if above is None:
            states[span] = OPENS
        elif span not in edges:
            states[span] = WHOLE
        elif left_room(above, edges[span], segment, settings):
            states[span] = ENDED
        elif above.text.rstrip()[-1:] in SENTENCE_END:
            states[span] = CLOSED
        else:
            states[span] = RUNS
    return states


def starts_cells(before: Band, band: Band, before_spans: Sequence[tuple[int, int]],
                 band_spans: Sequence[tuple[int, int]], edges: dict[tuple[int, int], float],
                 earlier: set[int], settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether the columns with text on ``band`` (at least two) start new cells there; ``earlier``
    holds the columns with text on the current row's bands before ``before``. Cells of a row
    open on the same line, so a row starts:

    * where every such column starts afresh (its line before left room, or it had none);
    * where one of them surely opens a new cell and the others' lines before, though full,
      closed a sentence. A column surely opens a cell when it has text again after a band
      without (a cell's lines follow one another), or when it starts afresh with a bare item
      number (a 序号 column's new value);
    * where a bare item number opens a cell and another column starts afresh beside it: a
      column whose line before was full then ended its cell exactly at the line's end.
    """
    states = column_states(before, band, before_spans, band_spans, edges, settings)
    if len(states) < 2:
        return False
    fresh = {span for span, state in states.items() if state in (OPENS, WHOLE, ENDED)}
    if len(fresh) == len(states):
        return True
    numbered = {span for span, segment in zip(band_spans, band.segments)
                if span in fresh and ITEM_NUMBER.match(segment.text.strip())}
    if numbered and any(states[span] in (OPENS, ENDED) for span in fresh - numbered):
        return True
    resumed = any(state == OPENS and set(range(*span)) & earlier for span, state in states.items())
    return bool(numbered or resumed) and all(state != RUNS for state in states.values())


def _columns_covered(band_spans: Sequence[tuple[int, int]]) -> set[int]:
    return {column for col0, col1 in band_spans for column in range(col0, col1)}


def wrapping_edges(bands: Sequence[Band], spans: Sequence[Sequence[tuple[int, int]]],
                   settings: PdfSettings = DEFAULT_SETTINGS) -> dict[tuple[int, int], float]:
    """Where full lines end in each column span of a text table known to wrap: a line alone on
    its band below a line of the same span is a wrapped line. A span never seen wrapping is left
    out (its lines are taken as whole cells)."""
    wrapping = {
        spans[i][0] for i in range(1, len(bands))
        if len(bands[i].segments) == 1 and spans[i][0] in spans[i - 1]
    }
    lines: dict[tuple[int, int], list[TextLine]] = {}
    for band, band_spans in zip(bands, spans):
        for segment, span in zip(band.segments, band_spans):
            if span in wrapping:
                lines.setdefault(span, []).append(segment)
    return {span: text_edge(found, "right", settings) for span, found in lines.items()}


def row_boundaries(groups: Sequence[Sequence[Band]], rules: Sequence[Rule],
                   settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[float, ...]:
    """The y of each row boundary of a text table: the rule there, or else midway between the
    rows (the outer ones just outside the text)."""
    first, last = groups[0][0].line, groups[-1][-1].line
    tolerance = settings.rule_tolerance
    above = [r.top for r in rules if r.top <= first.top]
    below = [r.top for r in rules if r.top >= last.bottom]
    ys = [max(above) if above else first.top - settings.table_margin]
    for before, after in pairwise(groups):
        between = [r.top for r in rules if before[-1].line.bottom - tolerance <= r.top <= after[0].line.top + tolerance]
        ys.append(between[0] if between else (before[-1].line.bottom + after[0].line.top) / 2)
    ys.append(min(below) if below else last.bottom + settings.table_margin)
    return tuple(ys)


def unruled_columns(groups: Sequence[Sequence[Band]], columns: Sequence[Boundary], table_rules: Sequence[Rule],
                    rules: Sequence[Rule], settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[frozenset[int], ...]:
    """For each boundary between two rows of a text table, the columns the rules drawn there
    (``rules``, in pieces or whole) leave out: a cell in such a column spans both rows (a
    vertically merged cell draws no rule inside it). None where no rule across the table
    (``table_rules``) separates the rows: nothing shows a merge there."""
    middles = [(a.mid + b.mid) / 2 for a, b in pairwise(columns)]
    tolerance = settings.rule_tolerance
    found: list[frozenset[int]] = []
    for before, after in pairwise(groups):
        top, bottom = before[-1].line.bottom - tolerance, after[0].line.top + tolerance
        if not any(top <= r.top <= bottom for r in table_rules):
            found.append(frozenset())
            continue
        here = [r for r in rules if r.horizontal and top <= r.top <= bottom]
        found.append(frozenset(column for column, middle in enumerate(middles)
                               if not any(r.x0 <= middle <= r.x1 for r in here)))
    return tuple(found)

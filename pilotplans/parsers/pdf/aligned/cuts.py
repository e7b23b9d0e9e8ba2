"""The cheapest rows of a text table part: a shortest path over the cuts between its lines.

* A cut through a column's text costs what a reader would make of it: nothing at white space
  wider than the column's line pitch, a little between two paragraphs (the line before left
  room at its end or closed a sentence), much through a wrapped line; a cut before a line on
  which every column with text starts afresh earns a bonus (cells of a row open on one line; a
  full line may run on, and a column one character wide never shows it: neither starts afresh).
* A row holding white space of its own in a column (two cells of one column) costs as much as
  a cut there would save.
* A 序号 column names each row: every row holds at most one number, no row holds half of one,
  and rows without a number stand only before the first numbered row (a header, or the rest of
  a row broken by the page break) or after the last. The numbers sit at their rows' top or
  centre, the same way in every row of the part (the way that costs least): a row whose text
  does not sit around its number that way costs the distance. Numbers printed at the start of
  the text (:mod:`.items`) name their rows alike: a row's text in their column starts at its
  number, at the row's top when the part's rows sit at their top.
* The columns' text of a row sits at the row's top or centre alike: a numbered row whose
  columns do not sit the part's way costs the distance, or a fixed price and the distance from
  the other way (a renderer may print one row of a centred table from its top); a row without
  a number (a header, or a table without numbers) costs the distance from the way that fits it
  best, weighed as a misplaced number. Centring a part's rows is a little less likely than
  starting them at their top, whatever their count.

Every weight is a :class:`~..settings.PdfSettings` field.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from ..settings import PdfSettings
from .anchors import Anchor, HardCuts, anchors
from .pieces import CLOSED, ENDED, FULL, GAP, RUNS, Piece, TablePieces, between, opens_item, stacked_spans

MODES = ("top", "centre")

def best_rows(table: TablePieces, hard: HardCuts, category: frozenset[int], settings: PdfSettings,
              broken_from: int | None = None,
              settled: str | None = None) -> tuple[list[tuple[int, int]], str | None, str | None]:
    """The cheapest rows (band ranges), over the ways numbers and text may sit in their rows; that
    way (for a table without numbers, the way its columns' text sits: :func:`text_place`); and
    that way again when the numbered rows show it clearly (the ways' costs, without the prior
    for the top, differ by more than ``settled_margin``), else None. ``broken_from`` is the band
    where the rest of a row a page break cut may stand on a continued part (after its repeated
    header, below the rule under it); ``settled`` the way the table's earlier part showed
    clearly, which its rows keep."""
    n = len(table.bands)
    if n == 0:
        return [], None, settled
    costs = CutCosts(table, category, settings)
    numbers = anchors(table, hard.all, settings)
    readings: list[tuple[float, list[tuple[int, int]], str]] = []
    for mode in (settled,) if settled else MODES:
        total, ranges = 0.0, []
        for begin, end in intervals(n, hard.all):
            if begin in hard.heading:  # heading rows: one each numbered heading
                starts = [k for k in range(begin + 1, end) if any(opens_item(p) for p in table.by_band[k])]
                ranges.extend(pairwise([begin, *starts, end]))
                continue
            row_ruled = len(hard.ruled) >= 2  # rules under its rows, not just a header's
            ruled = (row_ruled and begin in hard.ruled and begin != broken_from, row_ruled and end in hard.ruled)
            cost, found = cheapest_rows(costs, begin, end, [a for a in numbers if begin <= a.first < end], mode, ruled)
            total += cost
            ranges.extend(found)
        readings.append((total + (settings.centred_part if mode == "centre" else 0.0), ranges, mode))
    best = min(readings, key=lambda reading: reading[0])  # the first of equals: top
    if not numbers:
        return best[1], text_place(costs, best[1], settings), settled
    evidence = [total - (settings.centred_part if mode == "centre" else 0.0)
                for total, ranges, mode in readings]  # what the rows show, the prior for the top left out
    clear = settled or len(readings) > 1 and abs(evidence[0] - evidence[1]) > settings.settled_margin
    return best[1], best[2], best[2] if clear else None


def text_place(costs: CutCosts, ranges: Sequence[tuple[int, int]], settings: PdfSettings) -> str | None:
    """Where the columns' text sits in the rows of a table without numbers: ``centre`` when
    centring its rows' text fits clearly better than starting it at their top, ``top`` when the
    reverse, None when the rows cannot tell (cells of one line)."""
    top = sum(costs.coherence(s, e, "top") for s, e in ranges)
    centre = sum(costs.coherence(s, e, "centre") for s, e in ranges)
    margin = settings.centred_row * len(ranges)
    return "centre" if centre + margin < top else "top" if top + margin < centre else None

def intervals(n: int, cuts: frozenset[int]) -> list[tuple[int, int]]:
    points = [0, *sorted(k for k in cuts if 0 < k < n), n]
    return list(pairwise(points))

class CutCosts:
    """What each cut and each row of a table part costs (see the module docstring)."""

    def __init__(self, table: TablePieces, category: frozenset[int], settings: PdfSettings) -> None:
        self.table = table
        n = len(table.bands)
        self.cut = [0.0] * (n + 1)
        self.gaps: list[tuple[int, int]] = []
        counted = [p for p in table.pieces
                   if not (p.col1 - p.col0 == 1 and (p.col0 in category or p.col0 == table.number_column))]
        by_span: dict[tuple[int, int], list[Piece]] = {}
        for piece in counted:
            by_span.setdefault(piece.span, []).append(piece)
        for pieces in by_span.values():
            for above, below in pairwise(pieces):
                state = between(table, above, below, settings)
                if state == GAP:
                    self.gaps.append((above.band, below.band))
                    continue
                price = {RUNS: settings.cut_through_line, FULL: settings.cut_after_full_line,
                         ENDED: settings.cut_between_paragraphs, CLOSED: settings.cut_between_paragraphs}[state]
                for k in range(above.band + 1, below.band + 1):
                    self.cut[k] += price
        starts = {k: [] for k in range(n)}
        stacked = stacked_spans(table)  # a line one character wide never shows whether it starts afresh
        for span, pieces in by_span.items():
            if span in stacked:
                continue
            previous = None
            for piece in pieces:
                fresh = previous is None or between(table, previous, piece, settings) not in (RUNS, FULL)
                starts[piece.band].append(fresh)  # a full line may run on: it shows no fresh start
                previous = piece
        for k in range(1, n):
            if len(starts[k]) >= 2 and all(starts[k]):
                self.cut[k] -= settings.fresh_line_bonus
        self.tops = [min((p.top for p in table.by_band[k] if p in counted), default=None) for k in range(n)]
        self.bottoms = [max((p.bottom for p in table.by_band[k] if p in counted), default=None) for k in range(n)]
        self.by_span = by_span
        self.span_bands = [([p.band for p in pieces], pieces) for pieces in by_span.values()]
        self.pitch = table.pitch or max(b.line.size for b in table.bands) * settings.pitch_fallback_em
        self.settings = settings

    def extent(self, begin: int, end: int) -> tuple[float, float] | None:
        tops = [t for t in self.tops[begin:end] if t is not None]
        bottoms = [b for b in self.bottoms[begin:end] if b is not None]
        return (min(tops), max(bottoms)) if tops else None

    def inner_gaps(self, begin: int, end: int) -> int:
        return sum(1 for above, below in self.gaps if begin <= above and below < end)

    def coherence(self, begin: int, end: int, mode: str) -> float:
        """How far the columns' text in a row without a number sits from the row's top, centre or
        bottom, in line pitches."""
        extent = self.extent(begin, end)
        if extent is None:
            return 0.0
        off = sum(place_offset(mode, top, bottom, extent) for top, bottom in self.cells(begin, end))
        return off / self.pitch

    def cells(self, begin: int, end: int) -> list[tuple[float, float]]:
        """The top and bottom of each column's text in bands ``begin``–``end``."""
        found = []
        for bands, pieces in self.span_bands:
            first, last = bisect_left(bands, begin), bisect_left(bands, end)
            if first < last:
                found.append((pieces[first].top, pieces[last - 1].bottom))
        return found

def place_offset(mode: str, top: float, bottom: float, extent: tuple[float, float]) -> float:
    """How far something from ``top`` to ``bottom`` is from sitting at the ``mode`` place of a
    row spanning ``extent``."""
    if mode == "top":
        return abs(top - extent[0])
    if mode == "bottom":
        return abs(bottom - extent[1])
    return abs((top + bottom) / 2 - (extent[0] + extent[1]) / 2)

def cheapest_rows(costs: CutCosts, begin: int, end: int, numbers: Sequence[Anchor],
                  mode: str, ruled: tuple[bool, bool] = (False, False)) -> tuple[float, list[tuple[int, int]]]:
    """The cheapest cuts of bands ``begin``–``end`` into rows, and their cost. ``ruled`` says a
    rule closes the bands above and below: a row without a number then stands on neither side
    of the numbered ones (the rule under a row is where it ends)."""
    first = numbers[0].first if numbers else None
    last = numbers[-1].first if numbers else None
    starts = [0] * (end - begin + 1)
    inside = {k for a in numbers for k in range(a.first + 1, a.last + 1)}
    count = [0] * (end + 1)
    for a in numbers:
        count[a.first + 1] += 1
    for k in range(1, end + 1):
        count[k] += count[k - 1]
    by_first = {a.first: a for a in numbers}

    settings = costs.settings

    def row_cost(s: int, e: int) -> float | None:
        held = count[e] - count[s]
        if held > 1 or e in inside or s in inside:
            return None
        cost = settings.each_row + settings.white_in_row * costs.inner_gaps(s, e)
        if held == 1:
            anchor = next(by_first[k] for k in range(s, e) if k in by_first)
            if anchor.in_text and anchor.after is not None and s <= anchor.after:
                return None  # the row's text in the items' column starts at its number
            extent = costs.extent(s, e)
            own = min(costs.coherence(s, e, way) for way in ((mode, "top") if e == end else (mode,)))
            other = costs.coherence(s, e, "top" if mode == "centre" else "centre")
            cost += min(settings.cell_offset * own, settings.cell_offset * other + settings.row_other_way)
            if extent is not None and (not anchor.in_text or mode == "top"):  # a text cell starts at the top
                off = place_offset(mode, anchor.top, anchor.bottom, extent)
                if e == end:  # a row a page break cuts prints its first part from the top
                    off = min(off, place_offset("top", anchor.top, anchor.bottom, extent))
                cost += (settings.number_offset * off / costs.pitch
                         + (settings.number_misplaced if off > settings.number_slack * costs.pitch else 0.0))
        elif numbers:
            if not (e <= first and not ruled[0] or s > last and not ruled[1]):  # type: ignore[operator]
                return None  # rows without a number stand only before the first numbered row or after the last
            if s > last:  # type: ignore[operator]
                cost += settings.row_after_numbers
        if held == 0:  # a row without a number (a header) may sit either way whatever the numbered rows do
            cost += settings.number_offset * min(costs.coherence(s, e, other) for other in MODES)
        return cost

    best = [float("inf")] * (end - begin + 1)
    best[0] = 0.0
    for e in range(begin + 1, end + 1):
        for s in range(begin, e):
            if best[s - begin] == float("inf"):
                continue
            cost = row_cost(s, e)
            if cost is None:
                continue
            total = best[s - begin] + cost + (costs.cut[s] if s > begin else 0.0)
            if total < best[e - begin] - 1e-9:
                best[e - begin], starts[e - begin] = total, s
    if best[end - begin] == float("inf"):
        if any(ruled):  # rows without a number where no rule would allow them: read without the rules' word
            return cheapest_rows(costs, begin, end, numbers, mode)
        return 0.0, [(begin, end)]
    ranges: list[tuple[int, int]] = []
    e = end
    while e > begin:
        s = starts[e - begin]
        ranges.append((s, e))
        e = s
    return best[end - begin], ranges[::-1]

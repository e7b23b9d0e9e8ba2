"""Rows of a text-aligned table, found from what every column agrees on.

A table drawn without rules between its rows shows its rows only through its text. The reader
cuts the lines of a table part into rows where the cost of the cuts and of the rows they make is
least (a shortest path over the possible cuts):

* a cut through a column's text costs what a reader would make of it: nothing at white space
  wider than the column's line pitch, a little between two paragraphs (the line before left
  room at its end or closed a sentence), much through a wrapped line (``RUNS``);
* a row holding white space of its own in a column (two cells of one column) costs as much as
  a cut there would save;
* a 序号 column names each row: every row holds at most one number, no row holds half of one,
  and rows without a number stand only before the first numbered row (a header, or the rest of
  a row broken by the page break) or after the last. The number sits at the row's top, centre
  or bottom, the same way in every row of the part (the way that costs least): a row whose text
  does not sit around its number that way costs the distance;
* in a table without numbers, the columns' text sits at the row's top, centre or bottom alike.

Rules between rows, a repeated header and heading rows spanning the table are hard cuts.
Category columns (left of the 序号 column, or text running across the rows the other columns
agree on) hold cells merged over several rows: their blocks of text are given the rows around
which they are centred, or from whose top they start.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..content import Rule
from ..settings import DEFAULT_SETTINGS, PdfSettings
from ..tables import Boundary
from .columns import Band
from .pieces import CLOSED, ENDED, FULL, GAP, RUNS, Piece, TablePieces, between, follows, opens_item, table_pieces

MODES = ("top", "centre")


@dataclass(frozen=True)
class RowsRead:
    """The rows of a text table part: each row's band range (end-exclusive), the pieces placed
    in it, and for each boundary between two rows the category columns open across it (a cell
    merged over both rows)."""

    ranges: tuple[tuple[int, int], ...]
    pieces: tuple[tuple[Piece, ...], ...]
    open_below: tuple[frozenset[int], ...]
    ruled: tuple[bool, ...]
    """For each boundary between two rows, whether a rule is drawn there."""


@dataclass(frozen=True)
class Anchor:
    """A row's number: a bare 序号 piece, or a cell packing numbered items over the 序号 column."""

    first: int
    last: int
    top: float
    bottom: float


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


def table_rows(bands: Sequence[Band], columns: Sequence[Boundary], table_rules: Sequence[Rule],
               rules: Sequence[Rule], settings: PdfSettings = DEFAULT_SETTINGS, header_bands: int = 0,
               continued: bool = False) -> RowsRead:
    """The rows of a text table part (see the module docstring). ``table_rules`` are the rules
    across the table, ``rules`` every rule near it (pieces of a row's rule drawn cell by cell
    show which columns a rule leaves out); ``header_bands`` is the number of bands a repeated
    header takes at its top; ``continued`` says the part may go on with a table from the page
    before (rows without a number at its top then go on with a row from there, not a header)."""
    table = table_pieces(bands, columns, settings)
    hard = hard_cuts(table, table_rules, settings, header_bands)
    category = category_columns(table, hard, settings)
    ranges, mode = best_rows(table, hard, category, settings)
    ranges = lone_category_rows(table, ranges, category, settings)
    if table.number_column is None and not category:
        category = running_columns(table, ranges, settings)
        if category:
            ranges, mode = best_rows(table, hard, category, settings)
    placed = place_pieces(table, ranges, category)
    ruled = tuple(any(ranges[i][1] == cut for cut in hard.ruled) for i in range(len(ranges) - 1))
    spans = category_spans(table, ranges, placed, category, hard, settings, header_bands if continued else None, mode)
    open_below = tuple(
        ruled_open(table, ranges, index, columns, table_rules, rules, settings) if ruled[index] else spans[index]
        for index in range(len(ranges) - 1)
    )
    return RowsRead(tuple(ranges), tuple(tuple(p) for p in placed), open_below, ruled)


# ─── hard cuts ────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class HardCuts:
    """Cuts the text cannot argue with: rules between lines, the end of a repeated header, and
    the edges of heading rows spanning the table (``heading`` holds their bands)."""

    ruled: frozenset[int]
    other: frozenset[int]
    heading: frozenset[int]

    @property
    def all(self) -> frozenset[int]:
        return self.ruled | self.other


def hard_cuts(table: TablePieces, table_rules: Sequence[Rule], settings: PdfSettings, header_bands: int) -> HardCuts:
    """The cuts rules, a repeated header and heading rows impose (a cut ``k`` falls before band
    ``k``)."""
    bands = table.bands
    tolerance = settings.rule_tolerance
    ruled = {k for k in range(1, len(bands))
             if any(bands[k - 1].line.bottom - tolerance <= r.top <= bands[k].line.top + tolerance for r in table_rules)}
    heading = heading_bands(table, settings)
    other = {k for k in range(1, len(bands)) if (k - 1 in heading) != (k in heading)}
    if 0 < header_bands < len(bands):
        other.add(header_bands)
    return HardCuts(frozenset(ruled), frozenset(other - ruled), frozenset(heading))


def heading_bands(table: TablePieces, settings: PdfSettings = DEFAULT_SETTINGS) -> set[int]:
    """Bands of heading rows spanning the table: lines whose one piece crosses a column boundary
    from the first column, in runs of such lines (each numbered item starting its own) none of
    which has text in another column beside it, opening with a heading's number (``三、…``), and
    running on to the last column if they wrap. The lines of a cell packing numbered items over
    序号 and 具体举措 have responsibilities beside them, or wrap inside those two columns."""
    found: set[int] = set()
    run: list[int] = []
    last_column = max((p.col1 for p in table.pieces), default=0)

    def close() -> None:
        first = table.by_band[run[0]][0] if run else None
        if (first is not None and all(len(table.by_band[k]) == 1 for k in run) and first.col0 == 0
                and opens_item(first) and (len(run) == 1 or first.col1 == last_column)):
            found.update(run)
        run.clear()

    for k, pieces in enumerate(table.by_band):
        spanning = [p for p in pieces if p.col1 - p.col0 > 1]
        if spanning and run and spanning[0].span == table.by_band[run[-1]][0].span and not opens_item(spanning[0]) \
                and follows(table, table.by_band[run[-1]][0], spanning[0], settings):
            run.append(k)
            continue
        close()
        if spanning and pieces[0] is spanning[0]:
            run.append(k)
    close()
    return found


# ─── category columns ─────────────────────────────────────────────────────────────────────


def category_columns(table: TablePieces, hard: HardCuts, settings: PdfSettings) -> frozenset[int]:
    """Columns left of the 序号 column: categories whose cells span the rows of their items."""
    if table.number_column is None:
        return frozenset()
    return frozenset(range(table.number_column))


def running_columns(table: TablePieces, ranges: Sequence[tuple[int, int]], settings: PdfSettings) -> frozenset[int]:
    """In a table without numbers, the category columns: those left of the first column that
    has text in most rows and never runs across a row cut, whose text runs on across row cuts
    the other columns agree on (a task cell merged over its policy rows) or stands in few rows
    (a heading merged over its tasks' rows)."""
    cuts = {start for start, _end in ranges[1:]}
    running: set[int] = set()
    filled: dict[int, set[int]] = {}
    row_of = {k: index for index, (s, e) in enumerate(ranges) for k in range(s, e)}
    for span in table.spans():
        if span[1] - span[0] != 1:
            continue
        found = table.column_pieces(span)
        filled[span[0]] = {row_of[p.band] for p in found}
        if any(above.band < cut <= below.band and between(table, above, below, settings) in (RUNS, FULL)
               for above, below in pairwise(found) for cut in cuts):
            running.add(span[0])
    share = settings.sparse_share
    steady = [c for c in sorted(filled) if c not in running and len(filled[c]) >= share * len(ranges)]
    if not steady or not running:
        return frozenset()
    return frozenset(c for c in range(steady[0]) if c in running or len(filled.get(c, ())) < share * len(ranges))


# ─── the cheapest rows ────────────────────────────────────────────────────────────────────

def anchors(table: TablePieces, cuts: frozenset[int] = frozenset(), settings: PdfSettings = DEFAULT_SETTINGS) -> list[Anchor]:
    """The rows' numbers: bare numbers in the 序号 column, and cells over it packing numbered items
    (lines starting in the 序号 column, some running on into the next, one opening an item: the
    cell may open a page with the end of an item; a paragraph's last line may end before the
    next column). A cell does not run over the hard ``cuts``."""
    if table.number_column is None:
        return []
    column = table.number_column
    found = [Anchor(p.band, p.band, p.top, p.bottom) for p in table.pieces if p.span == (column, column + 1) and p.is_number]
    packed = [p for p in table.pieces if p.col0 == column and not p.is_number]
    fresh = fresh_cells(table, column, settings)
    block: list[Piece] = []
    for piece in [*packed, None]:  # lines of a cell over 序号 and 具体举措 packing numbered items
        if block and (piece is None or not follows(table, block[-1], piece, settings)
                      or any(block[-1].band < cut <= piece.band for cut in cuts)
                      or opens_item(piece) and piece.band in fresh):
            if any(opens_item(p) for p in block) and any(p.col1 - p.col0 > 1 for p in block):
                found.append(Anchor(block[0].band, block[-1].band, block[0].top, block[-1].bottom))
            block = []
        if piece is not None:
            block.append(piece)
    return sorted(found, key=lambda a: a.first)


def fresh_cells(table: TablePieces, number_column: int, settings: PdfSettings = DEFAULT_SETTINGS) -> set[int]:
    """Bands on which a column other than 序号 starts a block of text after white space: where
    two cells packing numbered items in consecutive rows meet (``113 …。`` then ``114 …``), the
    responsibilities' or the category's column starts its next cell."""
    found: set[int] = set()
    by_span: dict[tuple[int, int], list[Piece]] = {}
    for piece in table.pieces:
        if piece.col1 - piece.col0 == 1 and piece.col0 != number_column:
            by_span.setdefault(piece.span, []).append(piece)
    for pieces in by_span.values():
        found.update(below.band for above, below in pairwise(pieces) if not follows(table, above, below, settings))
    return found


def best_rows(table: TablePieces, hard: HardCuts, category: frozenset[int],
              settings: PdfSettings) -> tuple[list[tuple[int, int]], str | None]:
    """The cheapest rows (band ranges), over the ways numbers and text may sit in their rows, and
    that way (None when no row holds a number)."""
    n = len(table.bands)
    if n == 0:
        return [], None
    costs = CutCosts(table, category, settings)
    numbers = anchors(table, hard.all, settings)
    best: tuple[float, list[tuple[int, int]], str] | None = None
    for mode in MODES:
        total, ranges = 0.0, []
        for begin, end in intervals(n, hard.all):
            if begin in hard.heading:  # heading rows: one each numbered heading
                starts = [k for k in range(begin + 1, end) if any(opens_item(p) for p in table.by_band[k])]
                ranges.extend(pairwise([begin, *starts, end]))
                continue
            cost, found = cheapest_rows(costs, begin, end, [a for a in numbers if begin <= a.first < end], mode)
            total += cost
            ranges.extend(found)
        if best is None or total < best[0] - 1e-9:
            best = (total, ranges, mode)
    assert best is not None
    return best[1], best[2] if numbers else None


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
        for span, pieces in by_span.items():
            previous = None
            for piece in pieces:
                starts[piece.band].append(previous is None or between(table, previous, piece, settings) != RUNS)
                previous = piece
        for k in range(1, n):
            if len(starts[k]) >= 2 and all(starts[k]):
                self.cut[k] -= settings.fresh_line_bonus
        self.tops = [min((p.top for p in table.by_band[k] if p in counted), default=None) for k in range(n)]
        self.bottoms = [max((p.bottom for p in table.by_band[k] if p in counted), default=None) for k in range(n)]
        self.by_span = by_span
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
        off = 0.0
        for pieces in self.by_span.values():
            inside = [p for p in pieces if begin <= p.band < end]
            if not inside:
                continue
            off += place_offset(mode, inside[0].top, inside[-1].bottom, extent)
        return off / self.pitch


def place_offset(mode: str, top: float, bottom: float, extent: tuple[float, float]) -> float:
    """How far something from ``top`` to ``bottom`` is from sitting at the ``mode`` place of a
    row spanning ``extent``."""
    if mode == "top":
        return abs(top - extent[0])
    if mode == "bottom":
        return abs(bottom - extent[1])
    return abs((top + bottom) / 2 - (extent[0] + extent[1]) / 2)


def cheapest_rows(costs: CutCosts, begin: int, end: int, numbers: Sequence[Anchor],
                  mode: str) -> tuple[float, list[tuple[int, int]]]:
    """The cheapest cuts of bands ``begin``–``end`` into rows, and their cost."""
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
        if mode == "centre":
            cost += settings.centred_row
        if held == 1:
            anchor = next(by_first[k] for k in range(s, e) if k in by_first)
            extent = costs.extent(s, e)
            if extent is not None:
                off = place_offset(mode, anchor.top, anchor.bottom, extent)
                if e == end:  # a row a page break cuts prints its first part from the top
                    off = min(off, place_offset("top", anchor.top, anchor.bottom, extent))
                cost += (settings.number_offset * off / costs.pitch
                         + (settings.number_misplaced if off > settings.number_slack * costs.pitch else 0.0))
        elif numbers:
            if not (e <= first or s > last):  # type: ignore[operator]
                return None  # rows without a number stand only before the first numbered row or after the last
            if s > last:  # type: ignore[operator]
                cost += settings.row_after_numbers
        else:  # a row without a number (a header) may sit either way whatever the numbered rows do
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
        return 0.0, [(begin, end)]
    ranges: list[tuple[int, int]] = []
    e = end
    while e > begin:
        s = starts[e - begin]
        ranges.append((s, e))
        e = s
    return best[end - begin], ranges[::-1]


# ─── pieces into rows, category spans ─────────────────────────────────────────────────────


def lone_category_rows(table: TablePieces, ranges: list[tuple[int, int]], category: frozenset[int],
                       settings: PdfSettings) -> list[tuple[int, int]]:
    """The rows with a row of its own for each block of a category column printed on lines of
    its own between two rows (a heading printed with no items under it)."""
    if not category:
        return ranges
    extents = [_extent([p for k in range(s, e) for p in table.by_band[k] if not _in_category(p, category)])
               for s, e in ranges]
    for column in category:
        pieces = [p for p in table.pieces if p.span == (column, column + 1)]
        for block in column_blocks(table, pieces, settings, [0] * len(pieces), {0}):
            top, bottom = block[0].top, block[-1].bottom
            bands = range(block[0].band, block[-1].band + 1)
            alone = all(all(_in_category(p, category) for p in table.by_band[k]) for k in bands)
            if not alone or any(x is not None and x[0] <= bottom and top <= x[1] for x in extents):
                continue
            index = next(i for i, (s, e) in enumerate(ranges) if s <= block[0].band < e)
            s, e = ranges[index]
            if not (s <= block[-1].band < e):
                continue
            parts = [r for r in ((s, bands.start), (bands.start, bands.stop), (bands.stop, e)) if r[0] < r[1]]
            ranges[index:index + 1] = parts
            extents[index:index + 1] = [None if r == (bands.start, bands.stop) else
                                        _extent([p for k in range(*r) for p in table.by_band[k]
                                                 if not _in_category(p, category)]) for r in parts]
    return ranges


def _extent(pieces: Sequence[Piece]) -> tuple[float, float] | None:
    return (min(p.top for p in pieces), max(p.bottom for p in pieces)) if pieces else None



def place_pieces(table: TablePieces, ranges: Sequence[tuple[int, int]], category: frozenset[int]) -> list[list[Piece]]:
    """Each row's pieces: those of its bands, and a category column's pieces in the row whose
    text they stand beside (the nearest, for one between rows)."""
    placed: list[list[Piece]] = [[] for _ in ranges]
    row_of = {k: index for index, (s, e) in enumerate(ranges) for k in range(s, e)}
    extents = []
    for s, e in ranges:  # a row of a category's lines alone (a heading without items) keeps them
        pieces = [p for k in range(s, e) for p in table.by_band[k]]
        extents.append(_extent([p for p in pieces if not _in_category(p, category)] or pieces))
    for piece in table.pieces:
        index = row_of[piece.band]
        if _in_category(piece, category):
            index = nearest_row(piece, extents, index)
        placed[index].append(piece)
    return placed


def _in_category(piece: Piece, category: frozenset[int]) -> bool:
    return piece.col1 - piece.col0 == 1 and piece.col0 in category


def nearest_row(piece: Piece, extents: Sequence[tuple[float, float] | None], default: int) -> int:
    """The row whose text a piece stands beside, or the nearest one."""
    middle = (piece.top + piece.bottom) / 2
    best, distance = default, float("inf")
    for index, extent in enumerate(extents):
        if extent is None:
            continue
        d = 0.0 if extent[0] <= middle <= extent[1] else min(abs(middle - extent[0]), abs(middle - extent[1]))
        if d < distance:
            best, distance = index, d
    return best


def category_spans(table: TablePieces, ranges: Sequence[tuple[int, int]], placed: Sequence[Sequence[Piece]],
                   category: frozenset[int], hard: HardCuts, settings: PdfSettings,
                   header_bands: int | None = None, mode: str | None = None) -> list[frozenset[int]]:
    """For each boundary between two rows, the category columns whose cell spans both rows: a
    category's block of text spans the rows around which it is centred or from whose top it
    starts, and the rows between two blocks belong to one of them (cells merged over rows
    leave none out). The rows it may span are those after the header: the repeated header's
    ``header_bands`` on a continued part, else the rows before the first numbered row. A table
    whose numbers sit at the ``mode`` place of their rows centres its categories alike, unless
    they clearly start at their rows' top."""
    open_below: list[set[int]] = [set() for _ in range(max(len(ranges) - 1, 0))]
    if not category:
        return [frozenset(s) for s in open_below]
    numbers = anchors(table, hard.all, settings)
    numbered = {index for index, (s, e) in enumerate(ranges) if any(s <= a.first < e for a in numbers)}
    if header_bands is not None:
        first = next((index for index, (s, e) in enumerate(ranges) if s >= header_bands), len(ranges))
    else:  # the rows after the header: before the first numbered row, or the first row
        first = min(numbered, default=len(ranges)) if numbers else min(1, len(ranges) - 1)
    eligible = [index for index, (s, e) in enumerate(ranges) if s not in hard.heading and index >= first]
    extents = []
    for index, (s, e) in enumerate(ranges):
        own = [p for p in placed[index] if not _in_category(p, category)] or list(placed[index])
        extents.append(_extent(own))
    row_of = {id(piece): index for index, pieces in enumerate(placed) for piece in pieces}
    allowed = set(eligible)
    for column in category:
        pieces = [p for p in table.pieces if p.span == (column, column + 1) and row_of[id(p)] in allowed]
        blocks = column_blocks(table, pieces, settings, [row_of[id(p)] for p in pieces], allowed)
        spans = block_spans(blocks, eligible, extents, table.pitch or 1.0, mode, settings.centred_row)
        if eligible:  # rows above the first block: the rest of a cell merged over the page break
            spans.insert(0, (eligible[0], spans[0][0] - 1 if spans else eligible[-1]))
        for first, last in spans:
            for index in range(first, last):
                open_below[index].add(column)
    return [frozenset(s) for s in open_below]


def column_blocks(table: TablePieces, pieces: Sequence[Piece], settings: PdfSettings, rows: Sequence[int],
                  allowed: set[int]) -> list[list[Piece]]:
    """A column's lines grouped into blocks of text: lines following one another at the line
    pitch, in rows (``rows``, one per piece) with none outside ``allowed`` between them; a wider
    gap, or a line opening a numbered item (the next heading, ``（六）…``), starting a new block."""
    blocks: list[list[Piece]] = []
    previous_row = None
    for piece, row in zip(pieces, rows):
        joined = (blocks and between(table, blocks[-1][-1], piece, settings) != GAP and not opens_item(piece)
                  and all(r in allowed for r in range(previous_row, row + 1)))  # type: ignore[arg-type]
        if joined:
            blocks[-1].append(piece)
        else:
            blocks.append([piece])
        previous_row = row
    return blocks


def block_spans(blocks: Sequence[Sequence[Piece]], eligible: Sequence[int],
                extents: Sequence[tuple[float, float] | None], pitch: float,
                prefer: str | None = None, centring: float = DEFAULT_SETTINGS.centred_row) -> list[tuple[int, int]]:
    """The rows (first, last, inclusive) each block of a category column spans: contiguous spans
    over the ``eligible`` rows, each holding the rows its block stands beside, chosen so that each
    block is centred in its span or starts at its top."""
    rows = [index for index in eligible if extents[index] is not None]
    if not blocks or not rows:
        return []
    position = {index: n for n, index in enumerate(rows)}
    touched: list[tuple[int, int]] = []
    for block in blocks:
        top, bottom = block[0].top, block[-1].bottom
        hit = [position[i] for i in rows if extents[i][0] <= bottom and top <= extents[i][1]]  # type: ignore[index]
        if not hit:
            middle = (top + bottom) / 2
            near = min(rows, key=lambda i: min(abs(middle - extents[i][0]), abs(middle - extents[i][1])))  # type: ignore[index]
            hit = [position[near]]
        touched.append((min(hit), max(hit)))
    for (a0, a1), (b0, b1) in pairwise(touched):
        if b0 <= a1:
            return []  # blocks that share a row: no spans to read
    readings = [spans_read(blocks, touched, rows, extents, pitch, mode) for mode in ("top", "centre")]
    top, centre = readings
    if prefer == "centre":
        return (top if top[0] + centring < centre[0] else centre)[1]
    return (centre if centre[0] + centring < top[0] else top)[1]


def spans_read(blocks: Sequence[Sequence[Piece]], touched: Sequence[tuple[int, int]], rows: Sequence[int],
               extents: Sequence[tuple[float, float] | None], pitch: float, mode: str) -> tuple[float, list[tuple[int, int]]]:
    """The cheapest contiguous spans of a category column's blocks over ``rows`` with each block
    at the ``mode`` place of its span (the last block of a page part, and the first when it
    stands in the part's first row, may sit at their span's top either way: a cell merged over a
    page break prints its text from the top of its part), and their cost in line pitches."""
    m = len(rows)
    last_block = len(blocks) - 1
    opening = touched[0][0] == 0  # the first block stands in the part's first row

    def cost(j: int, s: int, e: int) -> float:
        extent = (extents[rows[s]][0], extents[rows[e]][1])  # type: ignore[index]
        top, bottom = blocks[j][0].top, blocks[j][-1].bottom
        off = place_offset(mode, top, bottom, extent)
        if j == last_block or j == 0 and opening:
            off = min(off, place_offset("top", top, bottom, extent))
        return off / pitch

    # best[j][s]: cheapest spans for blocks[:j+1] with block j starting at row s
    best: list[dict[int, tuple[float, int]]] = []
    for j in range(len(blocks)):
        lo, hi = touched[j]
        starts = range(0, lo + 1) if j == 0 else range(touched[j - 1][1] + 1, lo + 1)
        found: dict[int, tuple[float, int]] = {}
        for s in starts:
            if j == 0:
                found[s] = (0.0, -1)
                continue
            options = [(best[j - 1][p][0] + cost(j - 1, p, s - 1), p) for p in best[j - 1]]
            if options:
                found[s] = min(options)
        best.append(found)
    total, start = min((best[last_block][s][0] + cost(last_block, s, m - 1), s) for s in best[last_block])
    spans: list[tuple[int, int]] = []
    end = m - 1
    for j in range(last_block, -1, -1):
        spans.append((rows[start], rows[end]))
        end = start - 1
        start = best[j][start][1]
    return total, spans[::-1]


def ruled_open(table: TablePieces, ranges: Sequence[tuple[int, int]], index: int, columns: Sequence[Boundary],
               table_rules: Sequence[Rule], rules: Sequence[Rule], settings: PdfSettings) -> frozenset[int]:
    """The columns a rule drawn between rows ``index`` and ``index + 1`` leaves out (drawn in
    pieces cell by cell, or whole): a cell in such a column spans both rows (a vertically merged
    cell draws no rule inside it)."""
    middles = [(a.mid + b.mid) / 2 for a, b in pairwise(columns)]
    tolerance = settings.rule_tolerance
    above = table.bands[ranges[index][1] - 1].line.bottom - tolerance
    below = table.bands[ranges[index + 1][0]].line.top + tolerance
    here = [r for r in rules if r.horizontal and above <= r.top <= below]
    return frozenset(column for column, middle in enumerate(middles) if not any(r.x0 <= middle <= r.x1 for r in here))


def row_boundaries(table_bands: Sequence[Band], ranges: Sequence[tuple[int, int]], rules: Sequence[Rule],
                   settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[float, ...]:
    """The y of each row boundary of a text table: the rule there, or else midway between the
    rows (the outer ones just outside the text)."""
    first, last = table_bands[0].line, table_bands[-1].line
    tolerance = settings.rule_tolerance
    above = [r.top for r in rules if r.top <= first.top]
    below = [r.top for r in rules if r.top >= last.bottom]
    ys = [max(above) if above else first.top - settings.table_margin]
    for (_s0, e0), (s1, _e1) in pairwise(ranges):
        bottom = max(table_bands[k].line.bottom for k in range(_s0, e0))
        top = table_bands[s1].line.top
        between_ = [r.top for r in rules if bottom - tolerance <= r.top <= top + tolerance]
        ys.append(between_[0] if between_ else (bottom + top) / 2)
    ys.append(min(below) if below else last.bottom + settings.table_margin)
    return tuple(ys)

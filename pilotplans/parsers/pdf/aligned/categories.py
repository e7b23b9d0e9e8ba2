"""Category columns of a text table: cells merged over the rows of their items (试点任务 left of
序号, a 2018 task over its policy rows). Their blocks of text are given the rows around which
they are centred, or from whose top they start; the rows between two blocks belong to one of
them; a block printed between two rows (a heading without items) is a row of its own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..settings import DEFAULT_SETTINGS, PdfSettings
from .anchors import HardCuts, anchors
from .cuts import place_offset
from .pieces import CLOSED, ENDED, FULL, GAP, RUNS, Piece, TablePieces, between, opens_item

def category_columns(table: TablePieces, hard: HardCuts, settings: PdfSettings) -> frozenset[int]:
    """Columns left of the 序号 column, or of the column whose text opens with the items' numbers:
    categories whose cells span the rows of their items."""
    if table.number_column is not None:
        return frozenset(range(table.number_column))
    if table.numbering is not None:
        return frozenset(range(table.numbering.column))
    return frozenset()

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

@dataclass(frozen=True)
class CategoryCells:
    """What the category columns' blocks of a text table part say: for each boundary between two
    rows, the category columns open across it; the category columns whose last cell ends on this
    part; and, on a continued part, those whose first rows go on with a cell from the page before."""

    open_below: tuple[frozenset[int], ...]
    ended: frozenset[int] = frozenset()
    continuing: frozenset[int] = frozenset()

def category_spans(table: TablePieces, ranges: Sequence[tuple[int, int]], placed: Sequence[Sequence[Piece]],
                   category: frozenset[int], hard: HardCuts, settings: PdfSettings,
                   header_bands: int | None = None, mode: str | None = None,
                   ended_before: frozenset[int] = frozenset(),
                   going_on: frozenset[int] = frozenset()) -> CategoryCells:
    """For each boundary between two rows, the category columns whose cell spans both rows: a
    category's block of text spans the rows around which it is centred or from whose top it
    starts, and the rows between two blocks belong to one of them (cells merged over rows
    leave none out). The rows it may span are those after the header: the repeated header's
    ``header_bands`` on a continued part, else the rows before the first numbered row. A table
    whose numbers sit at the ``mode`` place of their rows centres its categories alike, unless
    they clearly start at their rows' top.

    A cell merged over a page break prints its text from the top of its part: a category's last
    block on a page whose top is at no row's top ended on that page (:func:`ended_on_page`). On
    a continued part, the category columns whose cell ended on the page before
    (``ended_before``) have no rows going on with it: their first block spans from the part's
    first row. The category columns whose last cell goes on to the next page (``going_on``: the
    part there opens with rows going on with it) start their last block's span at its top."""
    open_below: list[set[int]] = [set() for _ in range(max(len(ranges) - 1, 0))]
    if not category:
        return CategoryCells(tuple(frozenset(s) for s in open_below))
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
    ended: set[int] = set()
    continuing: set[int] = set()
    for column in category:
        pieces = [p for p in table.pieces if p.span == (column, column + 1) and row_of[id(p)] in allowed]
        blocks = column_blocks(table, pieces, settings, [row_of[id(p)] for p in pieces], allowed)
        pitch = table.pitch or max(b.line.size for b in table.bands) * settings.pitch_fallback_em
        spans = block_spans(blocks, eligible, extents, pitch, mode, settings.centred_row,
                            from_before=column not in ended_before, to_next=column in going_on)
        if header_bands is not None and eligible and (not blocks or spans and spans[0][0] > eligible[0]):
            continuing.add(column)
        if eligible:  # rows above the first block: the rest of a cell merged over the page break
            spans.insert(0, (eligible[0], spans[0][0] - 1 if spans else eligible[-1]))
        for first, last in spans:
            for index in range(first, last):
                open_below[index].add(column)
        if blocks and ended_on_page(blocks[-1], [extents[i] for i in eligible], pitch, settings):
            ended.add(column)
    return CategoryCells(tuple(frozenset(s) for s in open_below), frozenset(ended), frozenset(continuing))

def ended_on_page(block: Sequence[Piece], extents: Sequence[tuple[float, float] | None], pitch: float,
                  settings: PdfSettings) -> bool:
    """Whether a category's last block on a page shows its cell ended there: a cell merged over
    a page break prints its text from the top of its part on the page, at the top of the row it
    starts in; a block whose top is at no row's top (within ``number_slack`` line pitches) was
    centred over rows that all stand on this page."""
    slack = settings.number_slack * pitch
    return all(extent is None or abs(block[0].top - extent[0]) > slack for extent in extents)

def column_blocks(table: TablePieces, pieces: Sequence[Piece], settings: PdfSettings, rows: Sequence[int],
                  allowed: set[int]) -> list[list[Piece]]:
    """A column's lines grouped into blocks of text: lines following one another at the line
    pitch, in rows (``rows``, one per piece) with none outside ``allowed`` between them; a wider
    gap, a line opening a numbered item (the next heading, ``（六）…``), or a line in another row
    than the line before when that one ended its paragraph (two tasks' cells printed with no
    space between them) starting a new block."""
    blocks: list[list[Piece]] = []
    previous_row = None
    for piece, row in zip(pieces, rows):
        state = between(table, blocks[-1][-1], piece, settings) if blocks else GAP
        joined = (state != GAP and not opens_item(piece)
                  and not (row != previous_row and state in (ENDED, CLOSED))
                  and all(r in allowed for r in range(previous_row, row + 1)))  # type: ignore[arg-type]
        if joined:
            blocks[-1].append(piece)
        else:
            blocks.append([piece])
        previous_row = row
    return blocks


CONTRADICTED = 1.0
"""Line pitches by which a part's first block must sit better over a span after its first rows than
over any span from them to overrule the page before's word that its last cell ended there (a cell
a page break cuts may be printed centred in its part, not from its part's top)."""

def block_spans(blocks: Sequence[Sequence[Piece]], eligible: Sequence[int],
                extents: Sequence[tuple[float, float] | None], pitch: float,
                prefer: str | None = None, centring: float = DEFAULT_SETTINGS.centred_row,
                from_before: bool = True, to_next: bool = False) -> list[tuple[int, int]]:
    """The rows (first, last, inclusive) each block of a category column spans: contiguous spans
    over the ``eligible`` rows, each holding the rows its block stands beside, chosen so that each
    block is centred in its span or starts at its top. Rows above the first block's span go on
    with a cell from the page before, unless ``from_before`` is false (that cell ended there): the
    first block's span then starts at the first row. ``to_next`` says the last block's cell goes
    on to the next page: it prints from its span's top."""
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
    readings = [spans_read(blocks, touched, rows, extents, pitch, mode, from_before, to_next)
                for mode in ("top", "centre")]
    if not from_before:  # the page before's word against this part's: a block far off any span from the first row
        free = [spans_read(blocks, touched, rows, extents, pitch, mode, True, to_next) for mode in ("top", "centre")]
        if min(r[0] for r in free) + CONTRADICTED < min(r[0] for r in readings):
            readings = free
    top, centre = readings
    if prefer == "centre":
        return (top if top[0] + centring < centre[0] else centre)[1]
    return (centre if centre[0] + centring < top[0] else top)[1]

def spans_read(blocks: Sequence[Sequence[Piece]], touched: Sequence[tuple[int, int]], rows: Sequence[int],
               extents: Sequence[tuple[float, float] | None], pitch: float, mode: str,
               from_before: bool = True, to_next: bool = False) -> tuple[float, list[tuple[int, int]]]:
    """The cheapest contiguous spans of a category column's blocks over ``rows`` with each block
    at the ``mode`` place of its span (the last block of a page part, and the first when it
    stands in the part's first row, may sit at their span's top either way: a cell merged over a
    page break prints its text from the top of its part), and their cost in line pitches. The
    first block's span starts at the first row unless ``from_before`` (rows above it may go on with
    a cell from the page before); the last block sits at its span's top when ``to_next`` (its
    cell goes on to the next page)."""
    m = len(rows)
    last_block = len(blocks) - 1
    opening = touched[0][0] == 0  # the first block stands in the part's first row

    def cost(j: int, s: int, e: int) -> float:
        extent = (extents[rows[s]][0], extents[rows[e]][1])  # type: ignore[index]
        top, bottom = blocks[j][0].top, blocks[j][-1].bottom
        off = place_offset("top" if to_next and j == last_block else mode, top, bottom, extent)
        if j == last_block or j == 0 and opening:
            off = min(off, place_offset("top", top, bottom, extent))
        return off / pitch

    # best[j][s]: cheapest spans for blocks[:j+1] with block j starting at row s
    best: list[dict[int, tuple[float, int]]] = []
    for j in range(len(blocks)):
        lo, hi = touched[j]
        starts = (range(0, lo + 1) if from_before else range(1)) if j == 0 else range(touched[j - 1][1] + 1, lo + 1)
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

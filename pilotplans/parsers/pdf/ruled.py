"""Ruled tables: rules → edges → intersections → cell boxes → tables (pdfplumber's lines
strategy), each cell holding the text lines of the glyphs inside it."""

from __future__ import annotations

import bisect
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import pairwise

from .content import BBox, Glyph, PageContent, Rule
from .lines import text_lines
from .settings import DEFAULT_SETTINGS, PdfSettings
from .tables import Boundary, PageTable, PlacedCell


def ruled_tables(page: PageContent, settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[PageTable, ...]:
    """The tables a page's ruling lines draw, with their text; a table drawn inside a cell of
    another is that cell's text, not a table of its own (:func:`nested_in`)."""
    tables = tuple(ruled_table(page.number, boxes, page.glyphs, settings, page.rules)
                   for boxes in ruled_cell_groups(page.rules, settings))
    return tuple(t for t in tables if not any(nested_in(t, other, settings.rule_snap) for other in tables if other is not t))


def nested_in(table: PageTable, other: PageTable, snap: float) -> bool:
    """Whether ``table`` lies inside one cell of ``other`` (within ``snap``): a small table printed
    in a cell (targets under a measure's text), whose lines the cell holds already; read as a table
    of its own too, its rows went on the grid as rows of their own, duplicated into a record."""
    x0, top, x1, bottom = table.bbox
    return any(c[0] - snap <= x0 and c[1] - snap <= top and x1 <= c[2] + snap and bottom <= c[3] + snap
               for c in (cell.bbox for cell in other.cells))


def without_frames(pages: Sequence[PageContent], tables_by_page: Sequence[Sequence[PageTable]],
                   settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[tuple[PageTable, ...], ...]:
    """Each page's ruled tables, frames round text they do not rule into cells left out for the
    text-aligned reader: a frame (:func:`frame_only`), unless the table ending the page before or
    opening the page after is a ruled grid with the same columns (more rows than a frame may
    have: a frame's last row alone on a page is no evidence of one), or a short part of such a grid
    on its page, a heading paragraph between them (:func:`grids_of_part`), where it is a row of that
    grid packed with several items (a parallel list in one cell) or the rest of a row the break cut
    (several lines in two cells of it); and a short part (at most
    ``frame_max_rows`` rows) of a frame that runs open over the page next to it (column rules on
    the same columns closing no cell there): read as one ruled row it would glue the rest of a
    row broken by the page break to the row after it."""
    framed = []
    for index, tables in enumerate(tables_by_page):
        before = max(tables_by_page[index - 1], key=lambda t: t.bbox[3], default=None) if index else None
        after = (min(tables_by_page[index + 1], key=lambda t: t.bbox[1], default=None)
                 if index + 1 < len(tables_by_page) else None)
        grids = [grid for k, t in ((index - 1, before), (index + 1, after)) if t is not None
                 for grid in grids_of_part(t, tables_by_page[k], pages[k], settings)]
        framed.append(tuple(t for t in tables if not frame_only(t, settings, pages[index].rules)
                            or any(columns_among(t, grid, settings) for grid in grids)))
    kept = []
    for index, tables in enumerate(framed):
        neighbours = [(pages[k], framed[k]) for k in (index - 1, index + 1) if 0 <= k < len(pages)]
        kept.append(tuple(t for t in tables if t.row_count > settings.frame_max_rows
                          or not any(open_columns(page, others, t, settings) for page, others in neighbours)))
    return tuple(kept)


def grids_of_part(part: PageTable, tables: Sequence[PageTable], page: PageContent,
                  settings: PdfSettings = DEFAULT_SETTINGS) -> list[PageTable]:
    """The ruled grids (more rows than a frame may have, no frame) that ``part``, the table next
    to a page break, belongs to: itself, or a grid on its page with its columns (:func:`columns_among`)
    when it is a short part of that grid cut off by a heading row between them (the rest of a row
    broken by the break, the first row after a heading paragraph)."""
    found = [t for t in (part, *(t for t in tables if t is not part and columns_among(part, t, settings)))
             if t.row_count > settings.frame_max_rows]
    return [t for t in found if not frame_only(t, settings, page.rules)]


def open_columns(page: PageContent, tables: Sequence[PageTable], table: PageTable,
                 settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether ``page`` draws a rule at every column boundary of ``table`` outside its own ruled
    tables: the same table's column rules running open over that page (no rule across them)."""
    near = settings.column_tolerance
    free = [r for r in page.rules if not r.horizontal and not any(rule_in(r, t.bbox, settings.rule_snap) for t in tables)]
    return len(table.columns) > 2 and all(any(abs(r.x0 - column.lo) <= near for r in free) for column in table.columns)


def columns_among(one: PageTable, other: PageTable, settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether every column boundary of one ruled table is one of another's (to within
    ``column_tolerance``), its outer edges the other's: a part of the same table (a cell spanning
    two columns hides the boundary between them)."""
    near = settings.column_tolerance
    ends = (abs(one.columns[0].lo - other.columns[0].lo) <= near and abs(one.columns[-1].lo - other.columns[-1].lo) <= near)
    return ends and all(any(abs(a.lo - b.lo) <= near for b in other.columns) for a in one.columns)


def frame_only(table: PageTable, settings: PdfSettings = DEFAULT_SETTINGS, rules: Sequence[Rule] = ()) -> bool:
    """Whether a ruled table's rules frame its text rather than draw its cells: a box without a
    rule between columns (one column, its rows ruled or not: a box round a table ruled between
    rows, or round shaded rows), or columns ruled but rows not, which vertical rules and the
    table's top and bottom edge close on the page where the table starts or ends: at most
    ``frame_max_rows`` rows (a rule under the header, or none), one of which holds several lines
    (``min_text_table_rows``) in two cells or more; and a table one of whose cells holding several
    lines column ``rules`` of the page cross (:func:`crossed`: column rules broken beside heading
    rows that span the table), or that stands between the sides of such a frame (:func:`enclosed`:
    the broken column rules' parts closed as tables of their own). Read as ruled, the first gives one cell a row
    and the second one row a page part, many measures packed in each record
    (tests/test_pdf_column_rules.py). The text-aligned reader finds such a table's columns from
    the gutters and its rows from the rules between them or the spacing, as it does on the pages
    where the frame stays open."""
    if len(table.columns) <= 2 or any(crossed(cell, rules, settings) for cell in table.cells):
        return True
    if table.row_count <= settings.frame_max_rows and enclosed(table, rules, settings):
        return True
    if table.row_count > settings.frame_max_rows:
        return False
    for row in range(table.row_count):
        tall = [cell for cell in table.cells if cell.row0 == row and len(cell.lines) >= settings.min_text_table_rows]
        if len(tall) >= 2:
            return True
    return False


def crossed(cell: PlacedCell, rules: Sequence[Rule], settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether a cell holding several lines (``min_text_table_rows``) has vertical rules standing
    inside it, at one place across, over most of its height in pieces that do not reach both its
    top and bottom edge (column rules broken by heading rows that span the table, no rule between
    rows): the box the ruled finder closed round it is no cell but the frame of rows not ruled,
    several in it. A rule that is the side of a box closed inside the cell by rules stopping short
    of its sides belongs to a table nested in the cell, and crosses nothing."""
    if len(cell.lines) < settings.min_text_table_rows:
        return False
    x0, top, x1, bottom = cell.bbox
    snap = settings.rule_snap
    # rules across the cell stopping short of a side: a table's of its own inside the cell
    short = [r for r in rules if r.horizontal and top < r.top < bottom and r.x1 > x0 + snap and r.x0 < x1 - snap
             and not (r.x0 <= x0 + snap and r.x1 >= x1 - snap)]

    def boxed(rule: Rule) -> bool:
        # the side of a box closed inside the cell (a table nested in it), no column rule of a frame
        ends = [h.top for h in short if h.x0 - snap <= rule.x0 <= h.x1 + snap]
        return any(abs(y - rule.top) <= snap for y in ends) and any(abs(y - rule.bottom) <= snap for y in ends)

    inside = [r for r in rules if not r.horizontal and x0 + snap < r.x0 < x1 - snap
              and min(r.bottom, bottom) > max(r.top, top) and not boxed(r)]
    for x in clustered((r.x0 for r in inside), snap):
        pieces = [r for r in inside if abs(r.x0 - x) <= snap]
        length = covered_length((max(r.top, top), min(r.bottom, bottom)) for r in pieces)
        closing = any(r.top <= top + snap and r.bottom >= bottom - snap for r in pieces)
        if length > (bottom - top) / 2 and not closing:
            return True
    return False


def covered_length(spans: Iterable[tuple[float, float]]) -> float:
    """How much of a line the spans (low, high) cover together, each stretch once: a border drawn
    once for each cell it bounds counts once."""
    total, reach = 0.0, float("-inf")
    for low, high in sorted(spans):
        if high > reach:
            total += high - max(low, reach)
            reach = high
    return total


def enclosed(table: PageTable, rules: Sequence[Rule], settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether vertical rules stand left and right of a ruled table across its whole height, both
    beginning where it begins or both ending where it ends, and a rule on one of the table's column
    edges goes on between them above or below it: the table's own rules are column rules of a frame
    round it whose sides those are, broken beside a heading row that spans the frame (no rule
    between rows closes a cell of the frame's own columns, so the finder keeps the inner part alone).
    A page border whose edge runs along the table's has no such broken column rule: the table is one."""
    x0, top, x1, bottom = table.bbox
    snap = settings.rule_snap
    sides = [r for r in rules if not r.horizontal and r.top <= top + snap and r.bottom >= bottom - snap]
    left = [r for r in sides if r.x0 < x0 - snap]
    right = [r for r in sides if r.x0 > x1 + snap]
    edges = [x for cell in table.cells for x in (cell.bbox[0], cell.bbox[2])]
    return any(((abs(a.top - top) <= snap and abs(b.top - top) <= snap)
                or (abs(a.bottom - bottom) <= snap and abs(b.bottom - bottom) <= snap))
               and any(a.x0 < r.x0 < b.x0 and (r.bottom <= top + snap or r.top >= bottom - snap)
                       and r.top >= max(a.top, b.top) - snap and r.bottom <= min(a.bottom, b.bottom) + snap
                       and any(abs(r.x0 - x) <= snap for x in edges) for r in rules if not r.horizontal)
               for a in left for b in right)


def ruled_cell_groups(rules: Iterable[Rule], settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[tuple[BBox, ...], ...]:
    """Cell boxes of each table the ruling lines draw (pdfplumber's lines strategy)."""
    from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    edges = [_edge(rule) for rule in row_marks(tuple(rules), settings.rule_snap)]
    if not edges:
        return ()
    tol = settings.rule_snap
    merged = merge_edges(edges, tol, tol, tol, tol)
    merged = [e for e in merged if max(e["x1"] - e["x0"], e["bottom"] - e["top"]) >= settings.rule_min_length]
    implied = [_edge(rule) for rule in column_ends(merged, tol)]
    if implied:
        merged = merge_edges([*merged, *implied], tol, tol, tol, tol)
    cells = intersections_to_cells(edges_to_intersections(merged, tol, tol))
    return tuple(tuple(tuple(float(v) for v in cell) for cell in table) for table in cells_to_tables(cells))


def row_marks(rules: Sequence[Rule], snap: float) -> tuple[Rule, ...]:
    """``rules`` without the painted edges of one column's cells where the table's other column
    rules run on across them beyond what the edge and the rules beside it at that height cover (a
    first column shaded cell by cell in a table whose rows are not ruled): the edge marks that
    cell's shading, not a row of the table; read as a rule it closed the first column's cells
    alone and left each other column one cell, copied into every row."""
    verticals = [r for r in rules if not r.horizontal]

    def covered(rule: Rule) -> tuple[float, float]:
        lo, hi = rule.x0, rule.x1
        pieces = sorted((r for r in rules if r.horizontal and abs(r.top - rule.top) <= snap), key=lambda r: r.x0)
        grew = True
        while grew:
            grew = False
            for piece in pieces:
                if piece.x0 <= hi + snap and piece.x1 >= lo - snap and (piece.x0 < lo or piece.x1 > hi):
                    lo, hi, grew = min(lo, piece.x0), max(hi, piece.x1), True
        return lo, hi

    def parts_every_column(rule: Rule) -> bool:
        # one column's shading: column rules crossing its height stand at both of its ends and
        # none between them, and another runs on beside it (zebra bands across every column but a
        # merged heading column beside them part the rows still)
        lo, hi = covered(rule)
        y = rule.top
        crossing = [v.x0 for v in verticals if v.top < y - snap and v.bottom > y + snap]
        one_column = (any(abs(x - lo) <= snap for x in crossing) and any(abs(x - hi) <= snap for x in crossing)
                      and not any(lo + snap < x < hi - snap for x in crossing))
        return not (one_column and any(not lo - snap <= x <= hi + snap for x in crossing))

    return tuple(r for r in rules if not (r.horizontal and r.painted) or parts_every_column(r))


def column_ends(edges: Sequence[dict], tolerance: float) -> tuple[Rule, ...]:
    """A horizontal rule where several column rules end (or begin) together: a page break cuts a
    table there, and the row it cuts runs to the page's end inside its column rules even where no
    rule is drawn under it (a frame left open at the break, a row that is not shaded). None where
    a drawn rule spans those column rules already, and none where a column rule between them runs
    on across that height (a cell spanning two header lines between two spanning cells whose inner
    rules begin together under them: the table goes on there, no page cuts it)."""
    verticals = [e for e in edges if e["orientation"] == "v"]
    found = []
    for end in ("top", "bottom"):
        groups: list[list[dict]] = []
        for edge in sorted(verticals, key=lambda e: e[end]):
            if groups and edge[end] - groups[-1][-1][end] <= tolerance:
                groups[-1].append(edge)
            else:
                groups.append([edge])
        for group in groups:
            y = sum(e[end] for e in group) / len(group)
            x0, x1 = min(e["x0"] for e in group), max(e["x0"] for e in group)
            drawn = any(e["orientation"] == "h" and abs(e["top"] - y) <= tolerance
                        and e["x0"] <= x0 + tolerance and e["x1"] >= x1 - tolerance for e in edges)
            crossed = any(x0 + tolerance < e["x0"] < x1 - tolerance
                          and e["top"] < y - tolerance and e["bottom"] > y + tolerance for e in verticals)
            if len(group) >= 2 and not drawn and not crossed:
                found.append(Rule(x0, y, x1, y))
    return tuple(found)


def _edge(rule: Rule) -> dict:
    if rule.horizontal:
        return {"x0": rule.x0, "x1": rule.x1, "top": rule.top, "bottom": rule.top, "doctop": rule.top,
                "width": rule.x1 - rule.x0, "height": 0.0, "orientation": "h"}
    return {"x0": rule.x0, "x1": rule.x0, "top": rule.top, "bottom": rule.bottom, "doctop": rule.top,
            "width": 0.0, "height": rule.bottom - rule.top, "orientation": "v"}


def clustered(values: Iterable[float], tolerance: float) -> tuple[float, ...]:
    """Sorted values with those within ``tolerance`` of their neighbour replaced by their mean."""
    groups: list[list[float]] = []
    for value in sorted(values):
        if groups and value - groups[-1][-1] <= tolerance:
            groups[-1].append(value)
        else:
            groups.append([value])
    return tuple(sum(group) / len(group) for group in groups)


def bounded(left: float, right: float, y: float, rules: Sequence[Rule], snap: float) -> bool:
    """Whether vertical rules stand at ``left`` and at ``right`` (to within ``snap``) across height ``y``."""
    def ruled_at(x: float) -> bool:
        return any(not r.horizontal and abs(r.x0 - x) <= snap and r.top - snap <= y <= r.bottom + snap for r in rules)

    return ruled_at(left) and ruled_at(right)


def nearest_index(values: Sequence[float], value: float) -> int:
    return min(range(len(values)), key=lambda i: abs(values[i] - value))


def ruled_table(page: int, boxes: Sequence[BBox], glyphs: Sequence[Glyph],
                settings: PdfSettings = DEFAULT_SETTINGS, rules: Sequence[Rule] = ()) -> PageTable:
    """A page table from its cell boxes, each cell holding the lines of the glyphs inside it. Text
    at a grid position no box covers but column ``rules`` bound on both sides (a rule missing where
    a page break cuts a table, a shaded row's edge that draws only part of it) makes a cell of that
    position: the text inside a table's rules is never dropped. Text at a position no column rule
    bounds (a page number beside a last row narrower than the table) is no cell of it."""
    xs = clustered((x for box in boxes for x in (box[0], box[2])), settings.rule_snap)
    ys = clustered((y for box in boxes for y in (box[1], box[3])), settings.rule_snap)
    ordered = sorted(boxes, key=lambda b: (b[1], b[0]))
    spans = [(nearest_index(ys, b[1]), nearest_index(ys, b[3]), nearest_index(xs, b[0]), nearest_index(xs, b[2]))
             for b in ordered]
    owner: dict[tuple[int, int], int] = {}
    for index, (row0, row1, col0, col1) in enumerate(spans):
        for r in range(row0, row1):
            for c in range(col0, col1):
                owner.setdefault((r, c), index)
    inside: list[list[Glyph]] = [[] for _ in ordered]
    unclosed: dict[tuple[int, int], list[Glyph]] = {}
    for glyph in glyphs:
        x, y = (glyph.x0 + glyph.x1) / 2, (glyph.top + glyph.bottom) / 2
        if not (xs[0] <= x <= xs[-1] and ys[0] <= y <= ys[-1]):
            continue
        r = min(bisect.bisect_right(ys, y) - 1, len(ys) - 2)
        c = min(bisect.bisect_right(xs, x) - 1, len(xs) - 2)
        index = owner.get((r, c))
        if index is not None:
            inside[index].append(glyph)
        elif bounded(xs[c], xs[c + 1], (ys[r] + ys[r + 1]) / 2, rules, settings.rule_snap):
            unclosed.setdefault((r, c), []).append(glyph)
    # a position no box covers that holds text is a cell a missing rule left open
    spans += [(r, r + 1, c, c + 1) for r, c in unclosed]
    inside += list(unclosed.values())
    cells = tuple(sorted((
        PlacedCell(row0, row1, col0, col1, (xs[col0], ys[row0], xs[col1], ys[row1]), text_lines(found, settings))
        for (row0, row1, col0, col1), found in zip(spans, inside)
    ), key=lambda cell: (cell.row0, cell.col0)))
    bbox = (xs[0], ys[0], xs[-1], ys[-1])
    cells, blocked = split_painted_blocks(split_late_text(cells, xs, ys), xs, ys, rules, settings.rule_snap, settings)
    cells = painted_cells(cells, rules, settings.rule_snap)
    return PageTable(page, bbox, tuple(Boundary(x, x) for x in xs), ys, cells, ruled=True,
                     unspanned=blocked_doubt(blocked))


def painted_cells(cells: Sequence[PlacedCell], rules: Sequence[Rule], snap: float) -> tuple[PlacedCell, ...]:
    """The cells, each told whether it is painted (:attr:`PlacedCell.painted`): whether an edge of paint
    along its top (within ``snap``) has its paint below at the cell's middle. A page painting nothing
    leaves every cell unknown."""
    edges = [r for r in rules if r.painted and r.horizontal]
    if not edges:
        return tuple(cells)

    def painted(cell: PlacedCell) -> bool:
        middle, top = (cell.bbox[0] + cell.bbox[2]) / 2, cell.bbox[1]
        return any(below and x0 <= middle <= x1 for r in edges if abs(r.top - top) <= snap
                   for x0, x1, below in r.paint_below)
    return tuple(replace(cell, painted=painted(cell)) for cell in cells)


def split_painted_blocks(cells: Sequence[PlacedCell], xs: Sequence[float], ys: Sequence[float],
                         rules: Sequence[Rule], snap: float, settings: PdfSettings = DEFAULT_SETTINGS,
                         ) -> tuple[tuple[PlacedCell, ...], tuple[PlacedCell, ...]]:
    """The cells, a box spanning rows whose row boundaries inside it are drawn by paint alone (zebra
    rows: the edges of shaded bands, no line) split between its blocks of text; and the boxes so
    read (split or not), for :func:`blocked_doubt`. A cell merged over rows keeps the shade of its
    first row, so two merged cells one under the other, both opening on a row of one shade, show no
    edge between them and make one box (工业和信息化部 / 公安部 / 司法部 over the rows of five
    measures, read as one cell of all five). One cell prints one block of text: where the box holds
    several, parted by white space as tall as a line and wider than the white between the lines of
    one cell's paragraph (:func:`usual_white`; a table printed at a wide fixed line spacing, 28 pt
    for 10.5 pt text, leaves a line's height of white between the wrapped lines of one cell: read
    as blocks they cut 市商务局、市财政 / 局、市市场监管局 into two rows' cells), each with exactly one
    row boundary in the white between it and the next, the box is cut at those boundaries; where
    some white holds no boundary or several, it is left whole. Either way the paint cannot show over which rows each
    block's cell goes on. A box with one block, however many rows it spans, and a box any line
    bounds (a merged cell a rule draws) are cells as drawn."""
    found: list[PlacedCell] = []
    blocked: list[PlacedCell] = []
    usual = usual_white(cells)
    for cell in cells:
        cuts = (_block_cuts(cell, ys, rules, snap, usual, settings.paragraph_gap_em)
                if cell.row1 - cell.row0 >= 2 and cell.lines else None)
        if cuts is None:
            found.append(cell)
            continue
        blocked.append(cell)
        if not cuts:
            found.append(cell)
            continue
        bounds = [cell.row0, *cuts, cell.row1]
        for row0, row1 in zip(bounds, bounds[1:]):
            lines = tuple(line for line in cell.lines if ys[row0] <= (line.top + line.bottom) / 2 <= ys[row1])
            found.append(replace(cell, row0=row0, row1=row1, bbox=(xs[cell.col0], ys[row0], xs[cell.col1], ys[row1]),
                                 lines=lines))
    return tuple(sorted(found, key=lambda c: (c.row0, c.col0))), tuple(blocked)


def usual_white(cells: Sequence[PlacedCell]) -> float:
    """The most common white between consecutive lines of a cell one row tall (one cell's own
    lines, whatever the paint): the table's line spacing; 0 when no such cell wraps."""
    whites = [below.top - above.bottom for cell in cells if cell.row1 - cell.row0 == 1
              for above, below in pairwise(sorted(cell.lines, key=lambda line: line.top))
              if below.top >= above.bottom]
    return statistics.median(whites) if whites else 0.0


def _block_cuts(cell: PlacedCell, ys: Sequence[float], rules: Sequence[Rule], snap: float,
                usual: float, paragraph_gap_em: float) -> list[int] | None:
    """The rows at which :func:`split_painted_blocks` cuts a box (empty: several blocks, but no
    cut the white alone tells), or None for a box that is a cell as drawn (one block, or a line
    drawn at a row boundary inside it)."""
    inner = range(cell.row0 + 1, cell.row1)
    horizontal = [r for r in rules if r.horizontal]
    for row in inner:
        at = [r for r in horizontal if abs(r.top - ys[row]) <= snap]
        if not at or not all(r.painted for r in at):
            return None  # a row boundary some line draws, or none at all: no zebra rows here
    lines = sorted(cell.lines, key=lambda line: line.top)
    # white as tall as a line, and more than the table's line spacing leaves: another block
    gaps = [(above, below) for above, below in zip(lines, lines[1:])
            if below.top - above.bottom >= above.bottom - above.top
            and below.top - above.bottom > usual + paragraph_gap_em * above.size]
    if not gaps:
        return None
    cuts: list[int] = []
    for above, below in gaps:
        between = [row for row in inner if above.bottom <= ys[row] <= below.top]
        if len(between) != 1:
            return []
        cuts.append(between[0])
    return cuts


def blocked_doubt(blocked: Sequence[PlacedCell]) -> str | None:
    """The boxes :func:`split_painted_blocks` read from their blocks of text, in words."""
    if not blocked:
        return None
    boxes = "; ".join(f"column {cell.col0 + 1}, rows {cell.row0 + 1}–{cell.row1} ({cell.lines[0].text.strip()[:12]!r}…)"
                      for cell in blocked)
    return ("zebra rows: the paint shows no edge between cells merged over rows in a column whose text prints in"
            f" several blocks, read as a cell each where the white between them holds one row's edge: over which"
            f" rows each goes on the paint cannot show ({boxes})")


def split_late_text(cells: Sequence[PlacedCell], xs: Sequence[float], ys: Sequence[float]) -> tuple[PlacedCell, ...]:
    """The cells, a box spanning rows split where its text starts at a later row's top: a merged
    cell prints its text from its first row's top or centred over its rows, so text printed from
    the top of a later row, off the box's middle, is a cell of its own from that row, the rows
    above it an empty cell (the rest of a cell merged over them from above, or over the page
    break, when no rule parts the two: a heading column's 五、… starting at measure 90 took 89,
    still under 四 from the page before)."""
    found: list[PlacedCell] = []
    for cell in cells:
        if cell.row1 - cell.row0 < 2 or not cell.lines:
            found.append(cell)
            continue
        top, bottom = min(line.top for line in cell.lines), max(line.bottom for line in cell.lines)
        size = max(line.size for line in cell.lines)
        row_tops = {other.row0: min(line.top for line in other.lines) for other in cells
                    if other is not cell and other.lines and other.row1 - other.row0 == 1
                    and cell.row0 < other.row0 < cell.row1 and not (cell.col0 <= other.col0 < cell.col1)}
        later = next((row for row, row_top in sorted(row_tops.items()) if abs(row_top - top) <= size / 2), None)
        centred = abs((top + bottom) / 2 - (ys[cell.row0] + ys[cell.row1]) / 2) <= size
        if later is None or centred:
            found.append(cell)
            continue
        found.append(replace(cell, row1=later, bbox=(xs[cell.col0], ys[cell.row0], xs[cell.col1], ys[later]), lines=()))
        found.append(replace(cell, row0=later, bbox=(xs[cell.col0], ys[later], xs[cell.col1], ys[cell.row1])))
    return tuple(sorted(found, key=lambda c: (c.row0, c.col0)))


def centre_in(glyph: Glyph, box: BBox) -> bool:
    """Whether a glyph's centre lies in a box."""
    x = (glyph.x0 + glyph.x1) / 2
    y = (glyph.top + glyph.bottom) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def outside(glyphs: Iterable[Glyph], boxes: Sequence[BBox]) -> tuple[Glyph, ...]:
    """The glyphs whose centre lies in none of the boxes."""
    return tuple(g for g in glyphs if not any(centre_in(g, box) for box in boxes))


def free_rules(page: PageContent, tables: Sequence[PageTable], settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[Rule, ...]:
    """The page's rules that draw none of its ruled tables, pieces of one row's rule joined."""
    return joined_rules((r for r in page.rules if not any(rule_in(r, t.bbox, settings.rule_snap) for t in tables)),
                        settings.rule_snap)


def joined_rules(rules: Iterable[Rule], snap: float) -> tuple[Rule, ...]:
    """Rules with horizontal pieces at one height that meet end to end joined into one (a table
    drawn cell by cell draws a row's rule in pieces); vertical rules as they are."""
    rules = tuple(rules)
    rows: list[list[Rule]] = []
    for rule in sorted((r for r in rules if r.horizontal), key=lambda r: r.top):
        if rows and rule.top - rows[-1][-1].top <= snap:
            rows[-1].append(rule)
        else:
            rows.append([rule])
    joined: list[Rule] = []
    for row in rows:
        pieces: list[Rule] = []
        for rule in sorted(row, key=lambda r: r.x0):
            if pieces and rule.x0 <= pieces[-1].x1 + snap:
                last = pieces[-1]
                pieces[-1] = Rule(last.x0, last.top, max(last.x1, rule.x1), last.bottom, last.painted and rule.painted,
                                  last.paint_below + rule.paint_below)
            else:
                pieces.append(rule)
        joined.extend(pieces)
    return (*joined, *(r for r in rules if not r.horizontal))


def rule_in(rule: Rule, box: BBox, tolerance: float) -> bool:
    """Whether a rule lies inside a box (to within ``tolerance``)."""
    return (box[0] - tolerance <= rule.x0 and rule.x1 <= box[2] + tolerance
            and box[1] - tolerance <= rule.top and rule.bottom <= box[3] + tolerance)

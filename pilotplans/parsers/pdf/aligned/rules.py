"""The rules of a text table: which belong to it, where they part its rows, which columns a rule
between two rows leaves out (a cell merged over both), and where the row boundaries lie."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..content import Rule
from ..lines import TextLine
from ..settings import DEFAULT_SETTINGS, PdfSettings
from ..tables import Boundary
from .columns import Band
from .pieces import Piece, TablePieces


def rules_across(bands: Sequence[Band], rules: Sequence[Rule], settings: PdfSettings = DEFAULT_SETTINGS) -> list[Rule]:
    """Horizontal rules wide enough to belong to a text table made of ``bands`` and no further
    from its lines than ``table_rule_reach_em``: drawn whole, or drawn in pieces at one height
    that together are that wide (a row's rule broken where a cell merged over the rows draws
    none: a table ruled between rows draws its rules column by column, and only there, which
    :func:`ruled_open` reads). Painted edges count whole only (zebra bands are read by the paint)."""
    left, right = min(b.line.x0 for b in bands), max(b.line.x1 for b in bands)
    reach = settings.table_rule_reach_em * max(b.line.size for b in bands)
    top, bottom = bands[0].line.top - reach, bands[-1].line.bottom + reach
    wide = settings.table_rule_width_fraction * (right - left)
    near = [r for r in rules if r.horizontal and top <= r.top <= bottom]
    segments = [s for b in bands for s in b.segments]
    drawn = [r for r in near if not r.painted and not _underlines(r, segments, settings)]
    return [r for r in near if r.x1 - r.x0 > wide or (r in drawn and _drawn_at(drawn, r.top, settings) > wide)]


def _underlines(rule: Rule, segments: Sequence[TextLine], settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether ``rule`` underlines a segment's text: it lies under the segment's lower half, no
    further than a quarter em below it, and within its ends (a row's rule drawn in pieces runs to
    its cells' edges, past the text's by the cells' padding)."""
    tolerance = settings.rule_tolerance
    return any(s.top + s.size / 2 < rule.top <= s.bottom + s.size / 4
               and s.x0 - tolerance <= rule.x0 and rule.x1 <= s.x1 + tolerance for s in segments)


def _drawn_at(drawn: Sequence[Rule], y: float, settings: PdfSettings) -> float:
    """How much of a line at height ``y`` the drawn rules there cover together, each stretch once."""
    total, reach = 0.0, float("-inf")
    for r in sorted((r for r in drawn if abs(r.top - y) <= settings.rule_tolerance), key=lambda r: r.x0):
        if r.x1 > reach:
            total += r.x1 - max(r.x0, reach)
            reach = r.x1
    return total

def ruled_cuts(bands: Sequence[Band], table_rules: Sequence[Rule], settings: PdfSettings = DEFAULT_SETTINGS) -> set[int]:
    """The cuts (before band ``k``) the rules of a text table make: a rule between two lines, or a
    rule drawn in pieces (broken where cells merged over rows draw none) lying below the last line
    and above the next that print under its pieces. A merged cell beside it runs on past the rule at
    its own line pitch and its line may straddle the rule's height: the rule parts the rows of the
    columns it is drawn in, and the cut falls before the first line whose middle lies below it.

    A rule in one piece stopping short of a column the table's other rules reach (the cell there
    merged over both rows, :func:`_short_rules`) is read so only where the band after it holds both
    lines under the rule and a line of the column it leaves out reaching above it: that line, another
    cell's, set the band's top (layout 3700224: row 41's own lines 1.0 pt above the rule, the merged
    责任单位's 1.5). A rule ends short of a table's edge for other reasons too (a column a character
    a line whose stacks cross every rule), and there the whole rule's reading stands."""
    tolerance = settings.rule_tolerance
    cuts = {k for k in range(1, len(bands))
            if any(bands[k - 1].line.bottom - tolerance <= r.top <= bands[k].line.top + tolerance for r in table_rules)}
    drawn = [r for r in table_rules if not r.painted]
    broken = _broken_rules(drawn, tolerance)
    short = [p for p in _short_rules(bands, drawn, tolerance) if p not in broken]
    for pieces in broken + short:
        y = pieces[0].top
        k = next((k for k, band in enumerate(bands) if (band.line.top + band.line.bottom) / 2 > y), len(bands))
        if not 0 < k < len(bands) or k in cuts:
            continue

        def under(band: Band) -> list[TextLine]:
            return [s for s in band.segments if any(s.x0 < p.x1 and p.x0 < s.x1 for p in pieces)]

        if pieces in short and not (under(bands[k]) and any(
                s not in under(bands[k]) and s.top + tolerance < y for s in bands[k].segments)):
            continue  # no band whose top another cell's line set: the whole rule's reading stands
        above = next((found for band in reversed(bands[:k]) if (found := under(band))), [])
        below = next((found for band in bands[k:] if (found := under(band))), [])
        if (above and below and max(s.bottom for s in above) - tolerance <= y
                and min(s.top for s in below) + tolerance >= y):
            cuts.add(k)
    return cuts


def painted_top_end(bands: Sequence[Band], table_rules: Sequence[Rule],
                    settings: PdfSettings = DEFAULT_SETTINGS) -> int | None:
    """The band a shaded band over the table's first line ends before (a cut ``k`` falls before
    band ``k``): the nearest painted edge across the table above that line's middle with its
    paint below (a band's top), and the nearest below it with its paint above (the band's
    bottom), which parts the last line whose middle lies above it from the next. A header
    painted apart from the rows shows where it ends though no rule is drawn there, and though
    the next row's first line, its glyphs' ascent reaching into the band, starts above the edge
    (a shaded header ran on into the first row, read as one row). None when the paint shows no
    such band or it covers the table's last line, or the nearest edge above the first line is a
    band's bottom (a banner or caption shaded above the table: the line lies below its paint)."""
    first = (bands[0].line.top + bands[0].line.bottom) / 2
    edges = [r for r in table_rules if r.horizontal and r.painted and r.paint_below]
    above = [r.top for r in edges if r.top < first]
    if not above:
        return None
    nearest = max(above)  # a band's bottom nearer than any top: the line lies below the paint (a banner)
    if not any(abs(r.top - nearest) <= settings.rule_tolerance and all(below for *_, below in r.paint_below)
               for r in edges):
        return None
    ends = [r.top for r in edges if r.top > first and not any(below for *_, below in r.paint_below)]
    if not ends:
        return None
    bottom = min(ends)
    return next((k for k in range(1, len(bands)) if (bands[k].line.top + bands[k].line.bottom) / 2 > bottom), None)


def _broken_rules(rules: Iterable[Rule], tolerance: float) -> list[list[Rule]]:
    """The horizontal rules drawn at one height in pieces that leave a gap between them (a row's
    rule broken at merged cells), each height's pieces together."""
    broken = []
    for pieces in _heights(rules, tolerance):
        ordered = sorted(pieces, key=lambda r: r.x0)
        reach = ordered[0].x1
        gap = False
        for piece in ordered[1:]:
            gap = gap or piece.x0 > reach + tolerance
            reach = max(reach, piece.x1)
        if gap:
            broken.append(ordered)
    return broken


def _heights(rules: Iterable[Rule], tolerance: float) -> list[list[Rule]]:
    """The rules grouped by the height they are drawn at, lowest last."""
    heights: list[list[Rule]] = []
    for rule in sorted(rules, key=lambda r: r.top):
        if heights and rule.top - heights[-1][-1].top <= tolerance:
            heights[-1].append(rule)
        else:
            heights.append([rule])
    return heights


def _short_rules(bands: Sequence[Band], drawn: Sequence[Rule], tolerance: float) -> list[list[Rule]]:
    """The heights whose drawn rules, in one piece or several with no gap, stop short of where the
    table's other rules reach, before a column whose text prints past their end: a row's rule
    ends at the edge of a cell merged over both rows as a rule broken in the middle does (the
    table's first or last column merged), each height's pieces together."""
    if not drawn:
        return []
    left, right = min(r.x0 for r in drawn), max(r.x1 for r in drawn)
    segments = [s for b in bands for s in b.segments]
    short = []
    for pieces in _heights(drawn, tolerance):
        start, end = min(r.x0 for r in pieces), max(r.x1 for r in pieces)
        if (end < right - tolerance and any(s.x0 >= end - tolerance for s in segments)) or (
                start > left + tolerance and any(s.x1 <= start + tolerance for s in segments)):
            short.append(sorted(pieces, key=lambda r: r.x0))
    return short


def rule_between(rules: Sequence[Rule], top: float, bottom: float, left: float, right: float,
                 settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether a horizontal rule across ``left``–``right`` lies between ``top`` and ``bottom``."""
    tolerance, overhang = settings.rule_tolerance, settings.rule_overhang
    return any(
        r.horizontal and top - tolerance <= r.top <= bottom + tolerance
        and r.x0 <= left + overhang and r.x1 >= right - overhang
        for r in rules
    )

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
    if not here:  # a rule in pieces beside a merged cell's line reaching below it (:func:`ruled_cuts`)
        upper, lower = table.bands[ranges[index][1] - 1].line, table.bands[ranges[index + 1][0]].line
        low, high = (upper.top + upper.bottom) / 2, (lower.top + lower.bottom) / 2
        here = [r for r in table_rules if r.horizontal and not r.painted and low < r.top < high]
    return frozenset(column for column, middle in enumerate(middles) if not any(r.x0 <= middle <= r.x1 for r in here))

def painted_only(table: TablePieces, ranges: Sequence[tuple[int, int]], index: int, rules: Sequence[Rule],
                 settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether what parts rows ``index`` and ``index + 1`` is only the edges of shaded bands (zebra
    rows): they part the rows, but which columns run on over them (merged cells) is read from
    the text as where no rule is drawn."""
    tolerance = settings.rule_tolerance
    above = table.bands[ranges[index][1] - 1].line.bottom - tolerance
    below = table.bands[ranges[index + 1][0]].line.top + tolerance
    here = [r for r in rules if r.horizontal and above <= r.top <= below]
    return bool(here) and all(r.painted for r in here)


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


@dataclass(frozen=True)
class PaintedSpans:
    """What zebra rows show of cells merged over rows: for each boundary between two rows, the
    columns whose cell the paint shows merged over both (``open_below``), and the cells (row,
    column) the paint shows may be merged but which are not read so (``unread``)."""

    open_below: tuple[frozenset[int], ...]
    unread: tuple[tuple[int, int], ...]
    over_break: frozenset[int] = frozenset()
    """On a continued part, the columns whose cell in the row opening it is painted unlike the cell
    printing the row's number, as the edges over the row's top show: not the row's own cell but the
    rest of a cell merged over the page break from the row before it, whose shade it keeps."""
    guessed: tuple[tuple[int, int], ...] = ()
    """The blank cells (row, column) under a boundary showing no edge that proves nothing, read as
    the cell above going on because the paint shows them merged into the row below: a blank cell of
    its own merged over those rows looks the same, so the reading is named, not proved."""

    @property
    def to_foot(self) -> frozenset[int]:
        """The columns whose cell the paint reads merged into the part's last row: whether it goes
        on over the page break the paint cannot show (a cell opening the next page blank, painted
        as the row it opens, looks the same whether it is the rest of this one or its row's own)."""
        return self.open_below[-1] if self.open_below else frozenset()


def painted_spans(table: TablePieces, ranges: Sequence[tuple[int, int]], placed: Sequence[Sequence[Piece]],
                  columns: Sequence[Boundary], rules: Sequence[Rule], walls: frozenset[int],
                  header_bands: int | None = None, skip: frozenset[int] = frozenset(),
                  settings: PdfSettings = DEFAULT_SETTINGS) -> PaintedSpans:
    """Cells merged over rows, as zebra rows show them. Where rows are painted in turns each cell is
    painted as a band of its own, so a boundary where the rows' shade changes shows an edge across
    every column but one of a cell merged over both rows (it keeps the shade of its first row all
    the way down). No edge across a column there proves the cell goes on when the cell above is
    painted (a painted cell ending shows its bottom edge) or the row below is (a cell of its own
    there would show its top edge). Which row is painted is told by the side the paint lies on of
    the edges across the cells the row prints that go on from no row above, all on one side. The
    row below must print nothing in the column, or the text above run down to its row's foot and
    on (a stack taller than its first row). This holds whether the rows print their text centred or
    from their top, where the text alone cannot tell a merged cell from a cell above blank ones.

    Left unread, and named in ``unread`` (the row below, its column): a column showing no edge
    over a blank cell where neither cell is painted (a blank cell of its own looks the same), or
    where the row's cells show paint on both sides (a cell opening a page may be the rest of one
    from the page before, painted as that row); and on a continued part (``header_bands``: the
    bands of its repeated header), a cell of the first row painted unlike the cell that prints
    the row's number: the rest of a cell merged over the page break, whose text printed on the
    page before. The columns of ``skip`` (category columns, read otherwise) are left alone.

    A cell's own shade, where the edges over its row's top show it, overrules its row's: a cell
    merged over the page break keeps the shade of the row before it (``over_break``: in a part whose
    rows show a change of shade between them, zebra rows, the cells unlike the number's where the
    number's shade is that of most of the row's cells, the row's; a column painted on its own, the
    number's say, or a cell highlighted in rows that are not painted, shows its shade alone), so in a row
    painted otherwise it shows no edge at the row's foot over a blank cell of its own shade, which
    proves nothing (the cell above may end there or go on): left unread. But a blank cell the paint
    shows merged into the row below (no edge where that row is painted, say) is read as the cell above
    going on, the likelier reading, and named in ``guessed``: a blank cell of its own merged over
    those rows shows no edge either."""
    open_below: list[set[int]] = [set() for _ in range(max(len(ranges) - 1, 0))]
    unread: list[tuple[int, int]] = []
    undecided: list[tuple[int, int]] = []  # blank cells under a boundary that shows no edge but no proof
    middles = [(a.mid + b.mid) / 2 for a, b in pairwise(columns)]
    started: dict[int, bool] = {}  # a merged cell's column: whether its first row is painted
    item_column = table.number_column if table.number_column is not None else (
        table.numbering.column if table.numbering is not None else None)
    opening = next((index for index, (start, _end) in enumerate(ranges) if start >= header_bands), None) \
        if header_bands is not None else None

    def edges(index: int) -> list[Rule]:  # between the middles of the lines the boundary parts
        above, below = table.bands[ranges[index][1] - 1].line, table.bands[ranges[index + 1][0]].line
        return [r for r in rules if r.horizontal and (above.top + above.bottom) / 2 < r.top < (below.top + below.bottom) / 2]

    def sides_of(crossed: list[Rule], column: int) -> set[bool]:
        return {below for r in crossed for x0, x1, below in r.paint_below if x0 <= middles[column] <= x1}

    def painted_at_top(row: int, column: int) -> bool | None:  # as the edges over the row's top show, if any cross
        if row == 0:
            return None
        sides = sides_of(edges(row - 1), column)  # a rule drawn along the edge keeps the paint's sides
        return None if not sides else True in sides

    def shade_changes(index: int) -> bool:  # painted edges across most columns: the rows' shade changes there
        here = edges(index)
        if index in walls or not here or not all(r.painted for r in here):
            return False
        return sum(1 for column, middle in enumerate(middles) if column not in skip
                   and any(r.x0 <= middle <= r.x1 for r in here)) >= (len(middles) - len(skip)) / 2

    over_break: set[int] = set()
    if opening and item_column is not None and (reference := painted_at_top(opening, item_column)) is not None \
            and any(shade_changes(index) for index in range(opening, len(ranges) - 1)):  # the part's rows are zebra
        shades = {column: painted_at_top(opening, column) for column in range(len(middles))
                  if column not in skip | {item_column}}
        unlike = {column for column, shade in shades.items() if shade not in (None, reference)}
        if len(unlike) < sum(1 for shade in shades.values() if shade == reference):
            over_break = unlike  # the row's shade is its number's and most of its cells' (not a painted column's)

    for index in range(len(ranges) - 1):
        if not shade_changes(index):
            continue  # no change of the rows' shade: no evidence (a category column, merged over many rows, shows none)
        here = edges(index)
        crossed = {column: [r for r in here if r.x0 <= middle <= r.x1] for column, middle in enumerate(middles)}
        carried = open_below[index - 1] if index else set()
        own = {p.col0 for p in placed[index] if p.col1 - p.col0 == 1} - carried
        sides = {side for column in own for side in sides_of(crossed[column], column)}
        blank_below = {column for column in crossed
                       if not crossed[column] and column not in skip and _blank(placed, index + 1, column)}
        if index == opening and item_column is not None and len(sides_of(crossed[item_column], item_column)) == 1:
            reference = sides_of(crossed[item_column], item_column)
            unread += [(index, column) for column in sorted(crossed)
                       if column not in skip | {item_column} and sides_of(crossed[column], column) - reference]
        if not sides:
            continue  # the row prints no cell of its own alone in a column (a heading row): no evidence
        if len(sides) != 1:
            undecided += [(index + 1, column) for column in sorted(blank_below - carried)]
            continue
        below_painted = sides == {True}
        for column, found in crossed.items():
            if found or column in skip:
                continue
            top = None if column in carried else painted_at_top(index, column)
            painted = started[column] if column in carried else not below_painted if top is None else top
            if (painted or below_painted) and (column in blank_below or _runs_on(placed, index, column, settings)):
                open_below[index].add(column)
                started[column] = painted
            elif column in blank_below:
                undecided.append((index + 1, column))
    guessed: list[tuple[int, int]] = []
    for row, column in reversed(undecided):  # the lowest first: a blank cell may go on into one undecided too
        if row < len(open_below) and column in open_below[row]:
            open_below[row - 1].add(column)  # a blank cell merged into the row below: likeliest the cell above going on
            guessed.append((row, column))
        else:
            unread.append((row, column))
    return PaintedSpans(tuple(frozenset(s) for s in open_below), tuple(sorted(unread)), frozenset(over_break),
                        tuple(sorted(guessed)))


def _blank(placed: Sequence[Sequence[Piece]], row: int, column: int) -> bool:
    return not any(p.span == (column, column + 1) for p in placed[row])


def _runs_on(placed: Sequence[Sequence[Piece]], index: int, column: int, settings: PdfSettings) -> bool:
    """Whether the column's text in row ``index`` reaches that row's foot (a stack running on
    into the row below)."""
    above = [p for p in placed[index] if p.span == (column, column + 1)]
    return bool(above) and above[-1].bottom >= max(p.bottom for p in placed[index]) - settings.rule_tolerance


def _named_cells(placed: Sequence[Sequence[Piece]], cells: Sequence[tuple[int, int]]) -> str:
    def name(row: int) -> str:
        first = min(placed[row], key=lambda p: (p.band, p.col0), default=None)
        return repr(first.segment.text.strip()[:12]) if first is not None else f"#{row + 1}"
    return "; ".join(f"row {name(row)}, column {column + 1}" for row, column in cells)


def painted_guess_doubt(placed: Sequence[Sequence[Piece]], guessed: Sequence[tuple[int, int]]) -> str | None:
    """The blank cells :func:`painted_spans` reads as the cell above going on (``guessed``), in words."""
    if not guessed:
        return None
    return ("zebra rows: these blank cells show no edge under the cell above and run on into the row below, read"
            " as that cell going on, which the paint cannot prove: they may be blank cells of their own merged"
            f" over those rows ({_named_cells(placed, guessed)})")


def painted_doubt(placed: Sequence[Sequence[Piece]], unread: Sequence[tuple[int, int]]) -> str | None:
    """The cells :func:`painted_spans` leaves unread, in words, rows named by their first words."""
    if not unread:
        return None
    cells = _named_cells(placed, unread)
    return ("zebra rows: the paint shows these cells may be merged with the cell above, or be the rest of a cell"
            f" from the page before, which their text cannot confirm: they may lack that cell's text ({cells})")

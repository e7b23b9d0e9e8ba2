"""Cells of a text table's other columns (a 责任单位, a 备注) merged over several numbered rows.

A cell merged down rows shows no rule in a table without rules between rows, and prints its text
once. Where the part's rows centre their text, the merged cell's text is centred over all the rows
it spans, not over its own: that is the evidence read here (not in a column a character wide,
whose lines all run on: two cells of one character a line touch as one block). A block of a column's lines (lines at
the line pitch) whose middle sits at the middle of a run of numbered rows, within rounding
(``number_slack`` of the line pitch), while the run's other rows print nothing in that column and
the block is off its own row's middle, is one cell over the run; so is a block the rows' cut split
in two (its lines run on across the cut) when it sits at the middle of the rows it touches.
Where rows sit at their top, a merged cell looks like a cell above blank ones: nothing is read
(``responsibility_missing`` warns the blanks where most rows print an owner). So too where the
rows centre their numbers but the column's own cells sit at their rows' top as often as at their
middle: a cell at the top of its row may sit by chance at the middle of that row and a blank one
above it.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from ..settings import PdfSettings
from .anchors import HardCuts, anchors
from .categories import column_blocks
from .pieces import Piece, TablePieces, stacked_spans


@dataclass(frozen=True)
class CentredSpans:
    """What :func:`centred_spans` reads: for each boundary between two rows, the columns read merged
    over both; and the blocks read as each row's own cell though their lines run on across a row
    boundary, a part running past its row's other text (first row, last row, column), which a cell
    merged over those rows, taller than their text, may print alike (:func:`_taller`)."""

    open_below: list[set[int]]
    cut: tuple[tuple[int, int, int], ...] = ()
    opening: tuple[tuple[int, int, int], ...] = ()
    """The blocks running on from the row opening a continued part into the next row and centred over
    both (first row, last row, column), read as each row's cell (:func:`_centred_from_the_opening`)."""
    to_foot: tuple[tuple[int, int, int, str], ...] = ()
    """The cells at their row's top, off its middle, over a column blank down to the part's last row
    (row, last row, column, the cell's first line), read as that row's own cell (:func:`_topped_to_the_foot`)."""
    under_opening: tuple[tuple[int, int, int], ...] = ()
    """The blocks under the numbered row opening a continued part, that row blank in their column, whose
    middle sits at the middle of their own rows and of those rows with the opening row, or between the two
    (opening row, the block's last row, column): read as their own rows' cell, though a cell merged over
    the opening row too may print so (:func:`_under_the_opening`)."""
    inner: frozenset[int] = frozenset()
    """The numbered rows but the row opening a continued part and the part's last row (whose cells a
    page break may cut or carry on): the rows a cell read merged over rows may span, where at least two."""


def centred_spans(table: TablePieces, ranges: Sequence[tuple[int, int]], placed: Sequence[Sequence[Piece]],
                  skip: frozenset[int], hard: HardCuts, walls: frozenset[int], mode: str | None,
                  settings: PdfSettings, header_bands: int | None = None) -> CentredSpans:
    """For each boundary between two rows, the columns whose cell is read as merged over both
    (see the module docstring), in a part whose rows centre their text (``mode``); ``skip`` holds
    the columns read otherwise (categories), ``walls`` the boundaries a rule is drawn on (not the
    edge of a shading only), which no cell crosses. On a continued part (``header_bands``: the
    bands of its repeated header) the first row after the header may be the rest of a row a page
    break cut, its cells the rest of cells from the page before: no span starts there; nor does a
    block in the part's last row start one (a cell merged over the page break, carried on into the blank
    first rows of the page after), but for a block running across the cut above it
    (:func:`_straddling_the_foot`); a block above it, centred over the rows down to it, that row blank in
    the column, spans them all (whether it goes on over the break the page after tells: layout 4700002,
    人力资源部社会保障部 centred over (1)–(2) at page 2's foot, read (1)'s alone, the part's one other row). A block printed below the opening row, that row blank in the
    column, may reach up into it: a cell of the rows under it alone sits at their middle, so a block at
    the middle of the opening row and the rows it prints in, off their own, is one cell over them all
    (a cell of their own, or the rest of the cell above the break centred over its part: the grid's
    stitching tells which by its text, :func:`..grids.carry_merges_over_break`); where its middle
    tells neither, it is named (:func:`_under_the_opening`)."""
    open_below: list[set[int]] = [set() for _ in range(max(len(ranges) - 1, 0))]
    cut: list[tuple[int, int, int]] = []
    from_opening: list[tuple[int, int, int]] = []
    to_foot: list[tuple[int, int, int, str]] = []
    under_opening: list[tuple[int, int, int]] = []
    if mode != "centre":
        return CentredSpans(open_below)
    numbers = anchors(table, hard.all, settings)
    numbered = {index for index, (s, e) in enumerate(ranges)
                if s not in hard.heading and any(s <= a.first < e for a in numbers)}
    opening = next((index for index, (s, _e) in enumerate(ranges) if s >= header_bands), None) \
        if header_bands is not None else None
    whole = set(numbered)  # every numbered row, the part's first and last too
    numbered.discard(opening)  # type: ignore[arg-type]
    foot = len(ranges) - 1
    numbered_to_foot = numbered | ({foot} if any(ranges[foot][0] <= a.first < ranges[foot][1] for a in numbers)
                                   and ranges[foot][0] not in hard.heading else set())
    numbered.discard(foot)  # a block in the part's foot may be a cell going on over the page break (the page after
    # carries it into its blank first rows): its text's place here proves nothing; a block above may still reach it
    if len(numbered_to_foot) < 2 or not table.pitch:
        return CentredSpans(open_below)
    slack = settings.number_slack * table.pitch
    row_of = {id(piece): index for index, pieces in enumerate(placed) for piece in pieces}
    stacked = {span[0] for span in stacked_spans(table)}  # a character a line: every line runs on, no block shows its end
    columns = sorted({p.col0 for p in table.pieces if p.col1 - p.col0 == 1} - skip - stacked - {table.number_column})
    views = {column: _ColumnView.of(table, column, placed, row_of, skip, numbered, settings) for column in columns}
    merged = _merged_pieces(views, row_of, numbered, walls, slack)
    for column in columns:
        view = views[column]
        extents = [_own_extent(pieces, merged) for pieces in view.others]
        # whether each part of a block sits at its own row's middle is judged by every other text of the row, as
        # before the own extents: a row whose own text is no taller than a block's part there, beside a cell merged
        # over it and the row above, sits at that part's middle by chance (layout 5900272: 张建国（副市长） centred over
        # 5–6 beside 市工信局、市通信管理局 merged over them too, read 张建国 / （副市长） with the own extents)
        full = view.full
        everywhere = view.everywhere
        mine = [p for p in everywhere if row_of[id(p)] in numbered]
        filled = {row_of[id(p)] for p in mine}
        blocks = view.blocks
        printed = view.printed
        if _prints_from_top(blocks, printed, row_of, extents, slack):
            continue
        above = opening if opening in whole and opening not in printed and extents[opening] is not None else None  # type: ignore[index]
        for block in blocks:
            first, last = row_of[id(block[0])], row_of[id(block[-1])]
            inside = {id(p) for p in block}
            if any(row_of[id(p)] in range(first, last + 1) and id(p) not in inside for p in mine):
                continue  # another block of the column shares its rows: cells of their own
            if first != last and all(_centred(part, full[row], slack) for row, part in _parts(block, row_of)):
                if _taller(block, row_of, full, slack):
                    cut.append((first, last, column))  # a cell merged over the rows, taller than their text, may print so
                continue  # each row's part sits at its own row's middle: cells of their own (a column a character wide)
            # a block level with its first row's other text, the column blank under it to the part's foot, sits
            # as a cell merged down over those rows prints, from its top (layout 4100102: 教育部 at row 86's top
            # under 85 opening page 3, blank to the foot): at the middle of the opening row and its own it may be
            # that or a cell centred over them all, and is kept its own rows' and named; between the middles it
            # is no cell reaching up. A cell with text under it is no such cell: its middle tells (layout
            # 1700510: 司法部… centred over 28–29 opening page 3, level with 29's first line by chance)
            topped = above is not None and _at_its_row_s_top(block, extents[first], slack) and not any(
                i in printed for i in range(last + 1, len(placed)))
            span = _centred_over(block, first, last, extents, numbered, filled, walls, slack, None if topped else above,
                                 foot if foot in numbered_to_foot and foot not in printed else None)
            if span is not None:
                for index in range(span[0], span[1]):
                    open_below[index].add(column)
            if above is not None and (span is None or span[0] != above) and _under_the_opening(
                    block, first, last, extents, numbered, filled, walls, slack, above, between=not topped):
                under_opening.append((above, last, column))
        if foot in numbered_to_foot:
            for start, end in _straddling_the_foot(table, everywhere, row_of, extents, numbered_to_foot, walls, foot, settings):
                for index in range(start, end):
                    open_below[index].add(column)
        ends = {row for row in (opening, foot) if row in whole}
        if ends:
            cut += [(first, last, column) for first, last in _cut_at_the_ends(table, everywhere, row_of, extents, whole,
                                                                               ends, settings)]
        if foot in whole:
            to_foot += [(row, foot, column, text) for row, text in _topped_to_the_foot(
                table, everywhere, placed, row_of, extents, whole, opening, foot, settings)]
        if opening in whole:
            from_opening += [(opening, last, column) for last in _centred_from_the_opening(
                table, everywhere, row_of, extents, whole, opening, walls, settings)]  # type: ignore[arg-type]
    return CentredSpans(open_below, tuple(cut), tuple(from_opening), tuple(to_foot), tuple(under_opening),
                        frozenset(numbered))


@dataclass(frozen=True)
class _ColumnView:
    """One column of a part as :func:`centred_spans` judges it: each row's other text (``others``: every
    piece of the row but the column's own and the categories'), where that text sits (``full``), the
    column's pieces (``everywhere``), its blocks over the numbered rows, and the rows printing in it."""

    everywhere: list[Piece]
    others: list[list[Piece]]
    full: list[tuple[float, float] | None]
    blocks: list[list[Piece]]
    printed: frozenset[int]

    @classmethod
    def of(cls, table: TablePieces, column: int, placed: Sequence[Sequence[Piece]], row_of: dict[int, int],
           skip: frozenset[int], numbered: set[int], settings: PdfSettings) -> _ColumnView:
        everywhere = table.column_pieces((column, column + 1))
        others = [[p for p in pieces if p.span != (column, column + 1) and not _skipped(p, skip)] for pieces in placed]
        mine = [p for p in everywhere if row_of[id(p)] in numbered]
        return cls(everywhere, others, [_extent(pieces) for pieces in others],
                   column_blocks(table, mine, settings, [row_of[id(p)] for p in mine], numbered),
                   frozenset(row_of[id(p)] for p in everywhere))


def _merged_pieces(views: dict[int, _ColumnView], row_of: dict[int, int], numbered: set[int], walls: frozenset[int],
                   slack: float) -> frozenset[int]:
    """The pieces (by ``id``) of the blocks a first look reads as cells merged over a run of rows, centred over
    them and off their own row's middle (:func:`_centred_over`, the rows' extents taken from every other
    column): a cell over rows is none of any row's own text. Whether the column prints from its rows' top is
    judged as :func:`centred_spans` judges it, a row printing in the column anywhere (the part's first or
    last row too) being no blank beside a block."""
    found: set[int] = set()
    for view in views.values():
        extents = view.full
        filled = {row_of[id(p)] for block in view.blocks for p in block}
        if _prints_from_top(view.blocks, view.printed, row_of, extents, slack):
            continue
        for block in view.blocks:
            first, last = row_of[id(block[0])], row_of[id(block[-1])]
            if first != last and all(_centred(part, extents[row], slack) for row, part in _parts(block, row_of)):
                continue
            span = _centred_over(block, first, last, extents, numbered, filled, walls, slack)
            if span is not None and span[1] > span[0]:
                found.update(id(p) for p in block)
    return frozenset(found)


def _own_extent(pieces: Sequence[Piece], merged: frozenset[int]) -> tuple[float, float] | None:
    """Where a row's other text sits, judged by the cells that are the row's own: a cell merged over rows and
    centred over them may run past a row's text (layout 100635: 交通运输部制订政策… centred over 4–7, its lines
    placed in 6 and 7, drew 6's extent down past its task text, so 省政府分管副省长, centred over 5–6, sat at no
    run's middle and was read as two cells); the row's other cells, where it prints any, tell where its text
    sits. Cells of their own touching across a row boundary (rows set with no padding) stay in it."""
    own = [p for p in pieces if id(p) not in merged]
    return _extent(own or pieces)


def _at_its_row_s_top(block: Sequence[Piece], extent: tuple[float, float] | None, slack: float) -> bool:
    """Whether ``block`` begins level with the other text of its first row (``extent``), within rounding."""
    return extent is not None and abs(block[0].top - extent[0]) <= slack


def _under_the_opening(block: Sequence[Piece], first: int, last: int, extents: Sequence[tuple[float, float] | None],
                       numbered: set[int], filled: set[int], walls: frozenset[int], slack: float, above: int,
                       between: bool = True) -> bool:
    """Whether ``block``, not read as reaching the row opening a continued part (``above``, blank in the
    column, the rows between blank too), may yet be a cell merged over that row and its own: its middle
    sits at the middle of those rows within rounding while at its own rows' middle too, or lies between
    the two, at neither (a cell of its own sits at its rows' middle, one merged over the opening row too
    at theirs, and the geometry cannot tell which this is; layout 100066: 分管副市长 merged over 101–102
    opening page 3, 101 one line, sits half a line off 102's middle, read as 102's alone before). Without
    ``between`` only the middle of the rows with the opening row counts (a block at its row's top)."""
    if any(i in walls for i in range(above, last)) or any(
            i not in numbered or i in filled or extents[i] is None for i in range(above + 1, first)):
        return False
    over, top, bottom = extents[above], extents[first], extents[last]
    assert over is not None and top is not None and bottom is not None
    middle = (block[0].top + block[-1].bottom) / 2
    reaching, own = (over[0] + bottom[1]) / 2, (top[0] + bottom[1]) / 2
    return abs(middle - reaching) <= slack or (between and abs(middle - own) > slack and reaching <= middle <= own)


def _topped_to_the_foot(table: TablePieces, everywhere: Sequence[Piece], placed: Sequence[Sequence[Piece]],
                        row_of: dict[int, int], extents: Sequence[tuple[float, float] | None], whole: set[int],
                        opening: int | None, foot: int, settings: PdfSettings) -> list[tuple[int, str]]:
    """The rows of a part whose rows centre their text where the column's text is one block within
    the row, at the row's top and off its middle, while every row under it down to the part's last
    row is numbered and prints nothing in the column, and another column's cell of the row, not the
    number's, sits at its middle.
    A cell of its own sits at its row's middle here; LibreOffice sets a cell merged over rows from its
    top where it reaches the page's last row, whatever its alignment, so this is a cell merged down
    over the rows under it, and on past the page break or not: which rows it spans no line on either page shows (layout 4300282: 试点地区 at the
    top of 42 over 42–45, 43 cut by the page break, 44 and 45 blank on the next page). Not the row
    opening a continued part (the rest of a row the break cut prints from its top) nor the part's last
    row (a row the break cuts fills its part)."""
    slack = settings.number_slack * table.pitch
    filled = {row_of[id(p)] for p in everywhere}
    found = []
    for block in column_blocks(table, [p for p in everywhere if row_of[id(p)] in whole], settings,
                               [row_of[id(p)] for p in everywhere if row_of[id(p)] in whole], whole):
        row = row_of[id(block[0])]
        extent = extents[row]
        if row_of[id(block[-1])] != row or row in (opening, foot) or extent is None:
            continue
        below = range(row + 1, foot + 1)
        if any(index not in whole or index in filled or extents[index] is None for index in below):
            continue
        if abs(block[0].top - extent[0]) <= slack and not _centred(block, extent, slack) \
                and _centres_a_cell(placed, row, foot, block[0].col0, table.number_column, extent, slack):
            found.append((row, block[0].segment.text.strip()))
    return found


def _centres_a_cell(placed: Sequence[Sequence[Piece]], row: int, foot: int, column: int, number_column: int | None,
                    extent: tuple[float, float], slack: float) -> bool:
    """Whether the row centres its cells: another column's cell of the row sits at its middle, off
    its top, and no text column's cell (not the number's) sits at its top, off its middle, but one
    over blanks to the part's foot too (a cell merged down like ``column``'s). A text cell at the
    row's top over text below shows the row sets its text from the top, whatever the part's other
    rows or a number column centred alone show (layout 102018: 年度重点任务 at its row's top beside
    cells at theirs; a table whose 序号 alone is centred, its text at the top of its rows)."""
    cells: dict[int, list[Piece]] = {}
    for piece in placed[row]:
        if piece.col1 - piece.col0 == 1 and piece.col0 != column:
            cells.setdefault(piece.col0, []).append(piece)

    def printed_below(other: int) -> bool:
        return any(p.col0 == other for index in range(row + 1, foot + 1) for p in placed[index])

    if any(abs(cell[0].top - extent[0]) <= slack and not _centred(cell, extent, slack) and printed_below(other)
           for other, cell in cells.items() if other != number_column):
        return False
    return any(abs(cell[0].top - extent[0]) > slack and _centred(cell, extent, slack) for cell in cells.values())


def topped_blocks_doubt(found: Sequence[tuple[int, int, int, str]]) -> str | None:
    """The cells of :attr:`CentredSpans.to_foot`, in words, rows named by their place in the part."""
    if not found:
        return None
    cells = "; ".join(f"{text} in column {column + 1} of row #{row + 1} of the part, blank down to #{last + 1}"
                      for row, last, column, text in found)
    return ("rows centred, a column's cell sits at its row's top, not its middle, the column blank in every row under it"
            f" to the part's foot, read as its row's own cell: a cell merged down over those rows prints so ({cells})")


def _centred_from_the_opening(table: TablePieces, everywhere: Sequence[Piece], row_of: dict[int, int],
                              extents: Sequence[tuple[float, float] | None], whole: set[int], opening: int,
                              walls: frozenset[int], settings: PdfSettings) -> list[int]:
    """The rows under the numbered row opening a continued part (``opening``) into which a block of
    the column runs on at the line pitch from it, sitting at the middle of both rows and not each
    part at its own row's: a cell merged over both would print so, but no span is read from the row
    opening a part (it may be the rest of a row a page break cut), so each row reads its part
    (trap 40000059: 体育总局…负责推进 / （以体育消费试点城市最终公布名单为准） over 96–97 opening page 6).
    A block within one row, over more than two, or across a rule, and a column another block shares
    those rows in, prove nothing."""
    slack = settings.number_slack * table.pitch
    mine = [p for p in everywhere if row_of[id(p)] in whole]
    found = []
    for block in column_blocks(table, mine, settings, [row_of[id(p)] for p in mine], whole):
        first, last = row_of[id(block[0])], row_of[id(block[-1])]
        if first != opening or last != first + 1 or first in walls:
            continue
        if any(row_of[id(p)] in (first, last) and all(p is not q for q in block) for p in mine):
            continue  # another block of the column shares its rows: cells of their own
        upper, lower = extents[first], extents[last]
        if upper is None or lower is None or all(_centred(part, extents[row], slack) for row, part in _parts(block, row_of)):
            continue  # each part at its own row's middle: _cut_at_the_ends judges it
        if abs((block[0].top + block[-1].bottom) / 2 - (upper[0] + lower[1]) / 2) <= slack:
            found.append(last)
    return found


def opening_blocks_doubt(placed: Sequence[Sequence[Piece]], found: Sequence[tuple[int, int, int]]) -> str | None:
    """The blocks of :attr:`CentredSpans.opening`, in words, rows named by their number."""
    if not found:
        return None
    cells = _blocks_named(placed, found)
    return ("rows centred, a column's text runs on at the line pitch from the row opening the page into the next and"
            f" sits at the middle of both, read as each row's cell: a cell merged over those rows prints so ({cells})")


def under_opening_doubt(placed: Sequence[Sequence[Piece]], found: Sequence[tuple[int, int, int]]) -> str | None:
    """The blocks of :attr:`CentredSpans.under_opening`, in words, rows named by their number."""
    if not found:
        return None
    cells = _blocks_named(placed, found)
    return ("rows centred, a column's cell under the row opening the page, that row blank in the column, sits at no"
            " middle that tells its own rows from those rows with the opening row, read as its own rows' cell: a cell"
            f" merged over the opening row too prints so ({cells})")


def _blocks_named(placed: Sequence[Sequence[Piece]], found: Sequence[tuple[int, int, int]]) -> str:
    """Blocks (first row, last row, column) in words, rows named by their number where they have one."""
    return "; ".join(f"rows {_row_name(placed, first)} to {_row_name(placed, last)}, column {column + 1}"
                     for first, last, column in found)


def _row_name(placed: Sequence[Sequence[Piece]], row: int) -> str:
    numbers = [p.segment.text.strip() for p in placed[row] if p.is_number]
    return repr(numbers[0]) if numbers else f"#{row + 1} of the part"


def _cut_at_the_ends(table: TablePieces, everywhere: Sequence[Piece], row_of: dict[int, int],
                     extents: Sequence[tuple[float, float] | None], whole: set[int], ends: set[int],
                     settings: PdfSettings) -> list[tuple[int, int]]:
    """The blocks of the column that run on at the line pitch across one row boundary from or into a
    row at an end of the part (``ends``: the row opening a continued part, the part's last row), each
    part sitting at its own row's middle and one running past its row's other text: read as each
    row's cell, as elsewhere in the part, and doubted alike where a part in a row within the part is
    as tall as that row's other text (the rows' edge, which that text sets, cuts the cell there): a
    cell merged over the rows, taller than their other text, prints so (trap 40000059, 94–95 at page
    5's foot). Cells of their own each as tall as its row, the rows set with no padding, run on at the
    pitch alike where the upper one's last line is full (77–78 opening page 3), and a row a page
    break cuts fills its part to the break whatever its cells: neither is doubted."""
    slack = settings.number_slack * table.pitch
    mine = [p for p in everywhere if row_of[id(p)] in whole]
    found = []
    for block in column_blocks(table, mine, settings, [row_of[id(p)] for p in mine], whole):
        first, last = row_of[id(block[0])], row_of[id(block[-1])]
        if last != first + 1 or not ({first, last} & ends):
            continue  # over more rows, a cell merged over some of them read so explains the block as well
        if any(row_of[id(p)] in range(first, last + 1) and all(p is not q for q in block) for p in mine):
            continue  # another block of the column shares its rows: cells of their own
        parts = _parts(block, row_of)
        if all(_centred(part, extents[row], slack) for row, part in parts) and _taller(block, row_of, extents, slack) \
                and any(not _taller(part, row_of, extents, slack) for row, part in parts if row not in ends):
            found.append((first, last))
    return found


def cut_blocks_doubt(placed: Sequence[Sequence[Piece]], cut: Sequence[tuple[int, int, int]]) -> str | None:
    """The blocks of :attr:`CentredSpans.cut`, in words, rows named by their number where they have one."""
    if not cut:
        return None
    cells = _blocks_named(placed, cut)
    return ("rows centred, a column's text runs on at the line pitch across a row boundary, each part at its own row's"
            f" middle, read as each row's cell: a cell merged over those rows, taller than their other text, prints"
            f" so too ({cells})")


def _straddling_the_foot(table: TablePieces, everywhere: Sequence[Piece], row_of: dict[int, int],
                         extents: Sequence[tuple[float, float] | None], numbered: set[int], walls: frozenset[int],
                         foot: int, settings: PdfSettings) -> list[tuple[int, int]]:
    """The runs of rows a block of the column is centred over that reaches the part's last row
    (``foot``) from the row above it, its lines running on across the cut between them: a cell
    merged down to the foot may go on over the page break, but where its text runs across that
    cut and sits at the middle of the rows it touches, it is one cell over them at least (cut,
    each row read a part of it: …制订政策保障 / 措施；…, trap 40000059). A block within the last row
    proves nothing (the cell of a row the page break cuts, or one carried on)."""
    slack = settings.number_slack * table.pitch
    mine = [p for p in everywhere if row_of[id(p)] in numbered]
    filled = {row_of[id(p)] for p in mine}
    runs = []
    for block in column_blocks(table, mine, settings, [row_of[id(p)] for p in mine], numbered):
        first, last = row_of[id(block[0])], row_of[id(block[-1])]
        if last != foot or first == last:
            continue
        if any(row_of[id(p)] in range(first, last + 1) and all(p is not q for q in block) for p in mine):
            continue  # another block of the column shares its rows: cells of their own
        if all(_centred(part, extents[row], slack) for row, part in _parts(block, row_of)):
            continue  # each row's part sits at its own row's middle: cells of their own
        span = _centred_over(block, first, last, extents, numbered, filled, walls, slack)
        if span is not None:
            runs.append(span)
    return runs


def _centred_over(block: Sequence[Piece], first: int, last: int, extents: Sequence[tuple[float, float] | None],
                  numbered: set[int], filled: set[int], walls: frozenset[int], slack: float,
                  above: int | None = None, below: int | None = None) -> tuple[int, int] | None:
    """The run of rows (first, last inclusive) a block is centred over, when more than one row;
    ``above`` is a row above the block it may reach up into though no span is read from it (the
    numbered row opening a continued part, blank in the column)."""
    def free(index: int) -> bool:  # a row the block's cell may reach into: numbered, blank in its column
        return (index in numbered and index not in filled or index in (above, below)) and extents[index] is not None

    if any(extents[i] is None or i not in numbered for i in range(first, last + 1)) or any(
            i in walls for i in range(first, last)):
        return None
    lowest, highest = first, last
    while lowest - 1 >= 0 and free(lowest - 1) and lowest - 1 not in walls:
        lowest -= 1
    while highest + 1 < len(extents) and free(highest + 1) and highest not in walls:
        highest += 1
    if first == last and _centred(block, extents[first], slack):
        return None  # at its own row's middle: that row's cell (a run of rows around it may share the middle)
    middle = (block[0].top + block[-1].bottom) / 2
    best: tuple[float, int, tuple[int, int]] | None = None
    for start in range(lowest, first + 1):
        for end in range(last, highest + 1):
            off = abs(middle - (extents[start][0] + extents[end][1]) / 2)  # type: ignore[index]
            if best is None or (off, end - start) < best[:2]:
                best = (off, end - start, (start, end))
    assert best is not None
    off, _size, (start, end) = best
    if end == start or off > slack:
        return None
    if end == below and _own_rows_at_the_middle(block, first, last, extents, start, end, slack):
        return None
    return start, end


def _own_rows_at_the_middle(block: Sequence[Piece], first: int, last: int,
                            extents: Sequence[tuple[float, float] | None], start: int, end: int, slack: float) -> bool:
    """Whether a block's own rows (``first``–``last``) and the run ``start``–``end`` it is centred over
    share their middle within twice the slack: a block within the slack of either is at the middle of
    both, and its own rows' cell prints so where the rows above and below it are of a height. The
    part's last row blank in the column is no evidence of a cell reaching it then (a 适用范围 leaves
    rows blank; layout 4700030: 重庆, 16's own, 3.8 pt off its row's middle for a slack of 3.8, at the
    middle of 15–17 with 17 the page's last row, was read for 15 and 17 too)."""
    own = (extents[first][0] + extents[last][1]) / 2  # type: ignore[index]
    run = (extents[start][0] + extents[end][1]) / 2  # type: ignore[index]
    return abs(own - run) <= 2 * slack


def _prints_from_top(blocks: Sequence[Sequence[Piece]], printed: AbstractSet[int], row_of: dict[int, int],
                     extents: Sequence[tuple[float, float] | None], slack: float) -> bool:
    """Whether a column's cells may print from their row's top: of its ``blocks`` (read over the
    numbered rows) within one row (not the part's last: its cell may go on over the page break, and
    print at its top) whose neighbour rows both print in the column (``printed``, any row of the part,
    its first and last too: a block beside a blank row may be a cell merged over both, and proves
    nothing; one beside a row printing a cell of its own in the column is no such cell), as many or more sit at their
    row's top, off its middle, as sit at its middle, off its top (a cell as tall as its row tells
    neither). A block centred over two rows may sit at the top of the lower one by chance; a cell
    at the top of its row, in a column printing from the top, sits by chance at the middle of that
    row and a blank one above."""
    def blank(index: int) -> bool:
        return 0 <= index < len(extents) and extents[index] is not None and index not in printed

    top = middle = 0
    for block in blocks:
        row = row_of[id(block[0])]
        extent = extents[row]
        if extent is None or row_of[id(block[-1])] != row or blank(row - 1) or blank(row + 1):
            continue
        at_top = abs(block[0].top - extent[0]) <= slack
        at_middle = _centred(block, extent, slack)
        top += at_top and not at_middle
        middle += at_middle and not at_top
    return top > 0 and top >= middle


def _parts(block: Sequence[Piece], row_of: dict[int, int]) -> list[tuple[int, list[Piece]]]:
    """A block's lines grouped by the row each was placed in."""
    parts: list[tuple[int, list[Piece]]] = []
    for piece in block:
        row = row_of[id(piece)]
        if parts and parts[-1][0] == row:
            parts[-1][1].append(piece)
        else:
            parts.append((row, [piece]))
    return parts


def _taller(block: Sequence[Piece], row_of: dict[int, int], extents: Sequence[tuple[float, float] | None],
            slack: float) -> bool:
    """Whether a part of ``block`` in some row runs past that row's other text, above or below it: a
    cell merged over rows and taller than their text does; cells of their own no taller than their
    rows' text, set with no padding between rows, run on at the pitch alike and do not."""
    def past(part: Sequence[Piece], extent: tuple[float, float] | None) -> bool:
        return extent is not None and (part[0].top < extent[0] - slack or part[-1].bottom > extent[1] + slack)

    return any(past(part, extents[row]) for row, part in _parts(block, row_of))


def _centred(part: Sequence[Piece], extent: tuple[float, float] | None, slack: float) -> bool:
    return extent is not None and abs((part[0].top + part[-1].bottom) / 2 - (extent[0] + extent[1]) / 2) <= slack


def _skipped(piece: Piece, skip: frozenset[int]) -> bool:
    return piece.col1 - piece.col0 == 1 and piece.col0 in skip


def _extent(pieces: Sequence[Piece]) -> tuple[float, float] | None:
    return (min(p.top for p in pieces), max(p.bottom for p in pieces)) if pieces else None

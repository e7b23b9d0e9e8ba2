"""A whole table's page parts into one :class:`~pilotplans.layout.Grid`.

Merged cells are expanded by :func:`pilotplans.layout.expand_spans`. Over a page break: the first
row of each continued page has ``after_break`` set; that row is the repeated header when the
table repeats one, so the row that may hold the second half of a broken row is the first row
after the repeated header. A vertically merged cell that runs on over the break is carried on as
copies (``merged_from="above"``) on the new page; when its own text is broken by the break, every
position it covers holds the whole text. The copy of a merged cell carries the :class:`Where` of
the cell it copies.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import takewhile

from ...layout import Cell, Grid, Row, SpanningCell, Where, expand_spans
from ...textutil import is_terminated, join_lines, squash
from ..columns import role_of
from .content import BBox
from .lines import TextLine, confidence_of, opens_later_heading, paragraph_breaks, paragraphs_of_lines, text_edge
from .settings import DEFAULT_SETTINGS, PdfSettings
from .stitch import column_map, group_columns
from .tables import Boundary, PageTable, PlacedCell


@dataclass(frozen=True)
class Slot:
    """A grid position while a grid is built: its cell, the placed cell that cell's text starts
    in (``origin``, shared by every copy of a merged cell) and the one it ends in (``tail``,
    another page's when the cell runs over a page break), and where the cell's full lines end."""

    cell: Cell
    origin: PlacedCell | None
    tail: PlacedCell | None
    right: float

    @property
    def vertical_merge(self) -> bool:
        """Whether this position belongs to a cell spanning rows."""
        return self.cell.merged_from == "above" or (self.origin is not None and self.origin.row1 - self.origin.row0 > 1)


@dataclass(frozen=True)
class _RowPlace:
    """Where a row of a PDF table is printed: its page, box and whether a page break comes before it."""

    page: int
    bbox: BBox
    after_break: bool


def grid_of_group(group: Sequence[PageTable], settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[Grid, tuple[str, ...]]:
    """One grid from a table's page parts: merged cells expanded, rows after a page break flagged,
    vertically merged cells that run on over a page break carried on; and, in words, each blank
    cell opening a page filled so from a cell only the paint of zebra rows read as merged into the
    last row before the break (:attr:`PageTable.painted_foot`): the paint cannot show whether that
    cell goes on, so the blank may be its row's own (not where the opening row is the rest of a row
    the break cut, its text going on from the row above: the cell is that row's)."""
    canonical = group_columns(group, settings)
    edges = right_edges(group, canonical, settings)
    slots: list[list[Slot]] = []
    places: list[_RowPlace] = []
    header: list[tuple[str, ...]] = []
    doubts: list[str] = []
    spanning = sorted({c for table in group if table.ruled for c in _columns_spanning_rows(table, canonical, settings)})
    parts = [page_slots(table, canonical, edges, settings) for table in group]
    printed = _cells_printed(parts)
    texts_of = [[tuple(slot.cell.text for slot in row) for row in part_slots] for part_slots in parts]
    openings: set[int] = set()  # the rows (of ``slots``) opening a continued page, after its repeated header
    for part, (table, part_slots) in enumerate(zip(group, parts)):
        texts = texts_of[part]
        if part == 0:
            header = texts
        elif slots:
            first = repeated_header_count(header, texts)
            before = group[part - 1]
            merged = [c for c in range(len(canonical) - 1) if any(canonical[c].mid <= x <= canonical[c + 1].mid
                                                                 for x in (*before.ruled_spans, *table.ruled_spans))]
            unsure = _ruled_break_doubts(slots[-1], part_slots[first], merged, settings) if first < len(part_slots) else []
            ended = [is_terminated(slot.cell.text) for slot in slots[-1]]
            over = [c for c in range(len(canonical) - 1)
                    if any(canonical[c].mid <= x <= canonical[c + 1].mid for x in table.painted_over_break)]
            below = [c for c in range(len(canonical) - 1)
                     if first < len(part_slots) and _opens_below(part_slots[first], c, settings)]
            painted_own: list[int] = []
            if table.ruled and before.ruled and first < len(part_slots):
                painted_over, painted_own = _painted_at_break(slots[-1], part_slots[first])
                over = sorted({*over, *painted_over})
            alone = [c for c in range(len(canonical) - 1)
                     if first < len(part_slots) and len(_rows_covered(part_slots, first, c)) == 1]
            filled = carry_merges_over_break(slots, part_slots, first, settings, over, unruled=not table.ruled,
                                             own=painted_own)
            if table.ruled and before.ruled:
                later = [row for after in range(part + 1, len(parts))
                         for row in parts[after][repeated_header_count(header, texts_of[after]) + 1:]]
                guessed = _carried_into_a_sparse_column([row for index, row in enumerate(slots)
                                                         if index >= first and index not in openings],
                                                        [*part_slots[first + 1:], *later],
                                                        [c for c in filled if c in alone and c not in over])
                if guessed and _opens_a_row(part_slots[first]):  # not a broken row's rest
                    doubts.append(f"page {table.page}: the row {opening_words(slots[-1], part_slots[first])!r} opening"
                                  " the page takes the text of the cell above the break, merged over rows, in column"
                                  f" {', '.join(str(c + 1) for c in guessed)}, whose cells are blank in rows of their"
                                  " own elsewhere: no rule at the break shows that the cell goes on, and the blank may"
                                  " be the row's own")
            if table.ruled and before.ruled and first < len(part_slots) and _opens_a_row(part_slots[first]):
                unsure = sorted({*unsure, *_grid_break_doubts(slots[-1], part_slots[first], spanning, filled),
                                 *_joined_after_a_sentence(part_slots[first], filled, ended),
                                 *_cut_cell_read_as_two(slots[-1], part_slots, first, printed, settings),
                                 *_joined_though_centred(slots[-1], part_slots[first], filled, below, settings),
                                 *_partners_carried_past_their_lead(slots[-1], part_slots, first, filled,
                                                                    _column_roles(texts[:first] or header))})
            own = [slot for c, slot in enumerate(part_slots[first] if first < len(part_slots) else ())
                   if c not in merged and not slot.cell.is_empty
                   and slot.cell.text.strip() != slots[-1][c].cell.text.strip()]  # not one carried on
            if unsure and not all(slot.cell.continues for slot in own):  # not a broken row's rest
                opening = opening_words(slots[-1], part_slots[first])
                doubts.append(f"page {table.page}: rules between rows show cells merged over rows, but not whether one"
                              f" goes on over the page break: the row {opening!r} opening the page may lack, or"
                              f" wrongly hold, the text of the cell above the break in column"
                              f" {', '.join(str(c + 1) for c in unsure)}")
            doubtful = [column for column in filled if any(canonical[column].mid <= x <= canonical[column + 1].mid
                                                           for x in before.painted_foot)]
            if doubtful and not any(slot.cell.continues for slot in part_slots[first]):  # not a broken row's rest
                opening = opening_words(slots[-1], part_slots[first])
                doubts.append(f"page {table.page}: the row {opening!r} opening the page takes the text of the cell"
                              f" above the break in column {', '.join(str(c + 1) for c in doubtful)}, read merged by"
                              " the paint alone, which cannot show that it goes on: the blank may be the row's own")
        if part > 0 and slots:
            openings.add(len(slots) + first)
        for index, row in enumerate(part_slots):
            slots.append(row)
            box = (table.bbox[0], table.rows[index], table.bbox[2], table.rows[index + 1])
            places.append(_RowPlace(table.page, rounded(box), part > 0 and index == 0))
    rows = tuple(
        Row(tuple(slot.cell for slot in row), Where(page=place.page, bbox=place.bbox, confidence=row_confidence(row)),
            after_break=place.after_break)
        for row, place in zip(slots, places)
    )
    confidences = [row.where.confidence for row in rows if row.where.confidence is not None]
    return Grid(rows=rows, where=Where(page=group[0].page, bbox=rounded(group[0].bbox),
                                       confidence=min(confidences) if confidences else None)), tuple(doubts)


def page_slots(table: PageTable, canonical: Sequence[Boundary], edges: dict[int, float],
               settings: PdfSettings = DEFAULT_SETTINGS) -> list[list[Slot]]:
    """A page table's rows as slots on the whole table's columns, its merged cells expanded by
    :func:`~pilotplans.layout.expand_spans` (a cell spanning columns copied rightwards, one
    spanning rows downwards); a position no cell covers is an empty cell. A copy keeps the
    :class:`Where` of the cell it copies, which tells the placed cell behind every position."""
    mapping = column_map(table.columns, canonical, settings.column_tolerance)
    width = len(canonical) - 1
    spanning: list[SpanningCell] = []
    behind: dict[Where, tuple[PlacedCell, float]] = {}
    for placed in table.cells:
        col0, col1 = mapping[placed.col0], mapping[placed.col1]
        if col1 <= col0:
            continue
        right = edges.get(col1, placed.bbox[2])
        where = Where(page=table.page, bbox=rounded(placed.bbox), confidence=confidence_of(placed.lines))
        behind.setdefault(where, (placed, right))
        cell = Cell(cell_paragraphs(placed.lines, right, settings), where)
        spanning.append(SpanningCell(placed.row0, col0, cell, placed.row1 - placed.row0, col1 - col0))
    grid = expand_spans(spanning, table.row_count, width)
    xs = [b.mid for b in canonical]
    rows: list[list[Slot]] = []
    for r, cells in enumerate(grid):
        row = []
        for c, cell in enumerate(cells):
            if cell.where in behind:
                placed, right = behind[cell.where]
                row.append(Slot(cell, placed, placed, right))
            else:
                row.append(Slot(_empty_cell(table, xs, r, c), None, None, xs[c + 1]))
        rows.append(row)
    return rows


def carry_merges_over_break(done: list[list[Slot]], part: list[list[Slot]], first: int,
                            settings: PdfSettings = DEFAULT_SETTINGS, merged_over: Sequence[int] = (),
                            unruled: bool = False, own: Sequence[int] = ()) -> list[int]:
    """Carry the vertically merged cells of the row before a page break on over the continued
    page's rows (``first`` is the row after its repeated header rows), in place.

    An empty cell opening the page is the rest of the cell above when that one spans rows or the
    empty one does: it and its copies become copies of the cell above. A cell spanning rows that
    opens the page with text going on from the cell above (whose last line was full, its text
    reaching down to the break: :func:`_stops_short`) is the rest of it too: every position of the
    merged cell, before the break and after, gets the whole text (the first keeps
    ``merged_from=None``, the others are copies); one stopping short, or one that set its row's
    height (:func:`_sets_its_row`) under a row of its own opening the page (its first cell holding
    text does not go on from the cell above it) where the cell opening the page begins below that
    row's text (:func:`_opens_below`), is not marked ``continues`` (the row reader joins a cell so
    marked to the one above); nor, in a text table (``unruled``), one under a cell above the break that
    begins below its row's other text (:func:`_opens_below`): a cell centred in its own row, since
    LibreOffice prints a cell merged down over the break from its part's top (layout 4100156: 海口市、三亚市
    merged over 50–51 opening page 3 under 49's 具备条件的试点地区, centred in its row, its line full). So is a cell
    of the opening row alone
    in a column of ``merged_over`` (painted as the row before the break, not as its own: zebra
    rows, :attr:`PageTable.painted_over_break`). A cell of a column of ``own`` (painted as its own row,
    not as the cell above: :func:`_painted_at_break`) goes on from no cell. Returns the columns whose
    empty opening cell was taken as the rest of the cell above.
    """
    filled: list[int] = []
    if first >= len(part):
        return filled
    if _one_cell_across(done[-1]):  # a heading row: carried down no column, but its text may go on
        if _one_cell_across(part[first]) and _goes_on(done[-1][0], part[first][0], settings):
            part[first] = [replace(slot, cell=replace(slot.cell, continues=True)) for slot in part[first]]
        return filled
    fresh = _opens_its_own_row(done[-1], part[first], settings)
    for column, above in enumerate(done[-1]):
        opening = part[first][column]
        if above.cell.is_empty or opening.cell.merged_from is not None:
            continue
        covered = _rows_covered(part, first, column)
        spans = len(covered) > 1 or column in merged_over
        goes_on = not opening.cell.is_empty and column not in own and _goes_on_in(done[-1], part[first], column, settings)
        ended = fresh and _sets_its_row(done[-1], column, settings) and _opens_below(part[first], column, settings)
        centred = unruled and _opens_below(done[-1], column, settings)
        if goes_on and not (spans and (_stops_short(above) or ended or centred)):
            opening = replace(opening, cell=replace(opening.cell, continues=True))
            part[first][column] = opening
        if opening.cell.is_empty and (above.vertical_merge or spans):
            copy = Slot(replace(above.cell, merged_from="above"), above.origin, above.tail, above.right)
            for r in covered:
                part[r][column] = copy
            filled.append(column)
        elif opening.cell.continues and spans:
            paragraphs = _joined_paragraphs(above.cell.paragraphs, opening.cell.paragraphs)
            for row in done:
                slot = row[column]
                if slot.origin is above.origin:
                    row[column] = replace(slot, cell=replace(slot.cell, paragraphs=paragraphs), tail=opening.tail)
            copy = Slot(replace(above.cell, paragraphs=paragraphs, merged_from="above"), above.origin, opening.tail,
                        opening.right)
            for r in covered:
                part[r][column] = copy
    return filled


def _painted_at_break(above: Sequence[Slot], opening: Sequence[Slot]) -> tuple[list[int], list[int]]:
    """What zebra rows show of a ruled grid's row opening a page (``opening``) under the row before the
    break (``above``), where the two rows are painted unlike (each by the shade most of its cells of its
    own holding text and covering its row alone show; none where as many show each: a row's first cell
    alone is no row's shade, a cell highlighted or a column painted on its own shows its own paint, and
    read so a highlighted 序号 opening a page carried the row above's cells over the whole row, its
    text joined to theirs): the columns whose cell is painted as the cell above and its row,
    not as its own row, and the columns whose cell is painted as its own row, unlike the cell above. A
    cell merged over rows keeps the shade of its first row, so the first are the rest of the cell above,
    merged over the break, whose text printed before it (layout 100642: 市委宣传部 and 市文旅局、广电集团
    merged over 72–73, 72 white at page 1's foot, 73 opening page 2 grey but for those two cells, blank
    and white), and the second cells of their own, however full the last line above them (trap 60000195:
    李华（副秘书长） merged over 136–137 opening page 6 grey as 136, under 135's 省政府分管副省长, white: read
    as its rest). Where the two rows are painted alike (the rest of a row the break cut keeps its shade)
    the paint shows nothing; a cell above painted unlike its own row (a column painted on its own) leaves
    its column unread."""
    def own_shade(row: Sequence[Slot]) -> bool | None:
        shades = [slot.origin.painted for slot in row if slot.cell.merged_from is None and not slot.cell.is_empty
                  and _covers_its_row_alone(slot) and slot.origin.painted is not None]
        painted = sum(shades)
        return None if 2 * painted == len(shades) else 2 * painted > len(shades)
    before, after = own_shade(above), own_shade(opening)
    if before is None or after is None or before == after:
        return [], []
    shades = [(c, upper.origin.painted, slot.origin.painted) for c, (upper, slot) in enumerate(zip(above, opening))
              if upper.origin is not None and slot.origin is not None and slot.cell.merged_from is None]
    carried = [c for c, upper, shade in shades if not above[c].cell.is_empty and upper == before and shade == before]
    own = [c for c, upper, shade in shades if upper is not None and shade == after and upper != after]
    return carried, own


def _one_cell_across(row: Sequence[Slot]) -> bool:
    """Whether the row is one cell across the table (a heading row printed in the table): a cell no
    column of the rows under it goes on from, its copies in every column being copies rightwards
    (layout 4401422: 六、优化政策体系 across the table at a page's foot, carried down the blank
    协同单位 cells of the two rows opening the next page)."""
    return len(row) > 1 and row[0].origin is not None and all(slot.origin is row[0].origin for slot in row)


def opening_words(above: Sequence[Slot], opening: Sequence[Slot]) -> str:
    """The first words of the row opening a page, to name it in a warning: those of its first cell
    holding text other than the cell above the break in its column (a cell merged over rows, a
    heading column's above all, reads the same on both sides of the break, carried on or printed
    again, and names no row: every page it runs over would be named alike), else of its first cell
    holding text."""
    texts = [slot.cell.text.strip() for slot in opening]
    own = (text for text, slot in zip(texts, above) if text and text != slot.cell.text.strip())
    return next(own, next((text for text in texts if text), ""))[:12]


def _ruled_break_doubts(above: Sequence[Slot], opening: Sequence[Slot], merged: Sequence[int],
                       settings: PdfSettings = DEFAULT_SETTINGS) -> list[int]:
    """The columns, among those where rules between rows show merged cells (``merged``), whose cell
    opening a page may be the rest of the cell above the break, or not: the cell above holds text
    and the one opening the page is blank, or its text reads on from that cell's last full line. A
    cell merged over the break prints its text on one side of it, or runs on over it, and no rule
    at a break tells it from two cells of their own."""
    return [c for c in merged if not above[c].cell.is_empty
            and (opening[c].cell.is_empty or _goes_on(above[c], opening[c], settings))]


def _columns_spanning_rows(table: PageTable, canonical: Sequence[Boundary],
                           settings: PdfSettings = DEFAULT_SETTINGS) -> set[int]:
    """The columns (on the whole table's columns) where a ruled page table draws a cell spanning rows."""
    mapping = column_map(table.columns, canonical, settings.column_tolerance)
    return {c for cell in table.cells if cell.row1 - cell.row0 > 1 for c in range(mapping[cell.col0], mapping[cell.col1])}


def _opens_a_row(opening: Sequence[Slot]) -> bool:
    """Whether the row opening a page is a row of its own, not the rest of a row the break cut: its
    first cell of its own holding text (not a copy of a cell merged from above) does not go on from
    the cell above the break (a column a character wide, every line full, may seem to go on)."""
    own = next((slot for slot in opening if slot.cell.merged_from is None and not slot.cell.is_empty), None)
    return own is not None and not own.cell.continues


def _grid_break_doubts(above: Sequence[Slot], opening: Sequence[Slot], spanning: Sequence[int],
                       filled: Sequence[int]) -> list[int]:
    """The columns, among those where a ruled table draws cells spanning rows (``spanning``), whose
    cell opening a page is blank under a cell holding text above the break and was not carried on
    (``filled``: the blank or the cell above spans rows on its page): a cell merged over the break
    prints its text on one side only, and where each side covers one row no rule tells it from two
    cells of their own, so the row opening the page may lack the text of the cell above."""
    return [c for c in spanning if c not in filled and not above[c].cell.is_empty and opening[c].cell.is_empty]


def _joined_after_a_sentence(opening: Sequence[Slot], filled: Sequence[int], ended: Sequence[bool]) -> list[int]:
    """The columns whose cell spanning rows opening a page (a row of its own) was joined to the cell
    above the break as its rest, its text going on from a full line, though that text ended a
    sentence (``ended``, column by column): a cell merged over the rows before the break and
    another over the rows after it print alike, and the full line before the break cannot tell."""
    return [c for c, slot in enumerate(opening) if slot.cell.merged_from == "above" and c not in filled and ended[c]]


def _cut_cell_read_as_two(above: Sequence[Slot], part: Sequence[Sequence[Slot]], first: int,
                          printed: dict[int, set[str]], settings: PdfSettings = DEFAULT_SETTINGS) -> list[int]:
    """The columns whose cell of the row opening a page (a row of its own), covering that row alone,
    goes on from the full last line of the cell above the break, which covers its row alone too and
    ends level with its row's other text (:func:`_sets_its_row` does not hold) and reaches down to
    the break (:func:`_stops_short` does not hold), and where the two texts joined are a cell the
    column prints whole elsewhere in the table (``printed``: :func:`_cells_printed`): a cell merged
    over both rows, cut by the break where its row's other cells end it, prints so (省政府 at page 8's
    foot, 分管副省长 opening page 9, layout 2300103, the column printing 省政府分管副省长 in four
    rows); read as two, the document is told the two may be one. Two cells of their own in a column
    whose every line is full (2021年底前 over 2023年底前完成, 李华（副秘书长） over 市政府分管副秘书长) print
    alike but for that: their join is no cell of the table's."""
    found = []
    for column, slot in enumerate(part[first]):
        upper = above[column]
        if slot.cell.is_empty or not slot.cell.continues or slot.cell.merged_from is not None:
            continue
        if len(_rows_covered(part, first, column)) != 1 or not _covers_its_row_alone(upper):
            continue
        joined = squash(join_lines([upper.cell.text, slot.cell.text]))
        if not _sets_its_row(above, column, settings) and not _stops_short(upper) and joined in printed.get(column, ()):
            found.append(column)
    return found


def _cells_printed(parts: Sequence[Sequence[Sequence[Slot]]]) -> dict[int, set[str]]:
    """The texts (whitespace squashed) of the cells each column of a table's page parts prints,
    before any cell is carried on over a page break."""
    printed: dict[int, set[str]] = {}
    for part in parts:
        for row in part:
            for column, slot in enumerate(row):
                if not slot.cell.is_empty:
                    printed.setdefault(column, set()).add(squash(slot.cell.text))
    return printed


def _carried_into_a_sparse_column(rows: Sequence[Sequence[Slot]], after: Sequence[Sequence[Slot]],
                                  carried: Sequence[int]) -> list[int]:
    """Of the columns whose blank cell opening a page, covering its row alone, was carried on from a
    cell merged over rows above the break (``carried``), those that leave a cell of a row blank
    elsewhere in the table (``rows``: the rows before the break but a repeated header's and those
    opening a page, whose blank is the same question, a cell merged over the break perhaps left
    uncarried, and no evidence of the column's blanks (layout 6100287: 14's and 20's 责任单位 carried
    on rightly, named for 9's blank opening page 4, a cell lost there); ``after``: the rows after the
    one opening the part, on its page and on every later page but each page's opening row and repeated
    header: whether a column leaves its rows blank is the whole table's say, not the pages read so far
    nor the page the break opens). A column that prints in every row (an owner column) has
    a blank opening a page only where a merged cell goes on; one that leaves rows blank (a 备注, a
    sparse 协同单位) may leave that one blank too, and no rule at a break tells which (layout 6100173:
    拟先行先试 merged over 12–13 at page 3's foot, 14's 备注 blank on page 4, read 拟先行先试)."""
    return [c for c in carried
            if any(row[c].cell.is_empty and row[c].cell.merged_from is None and not _one_cell_across(row)
                   for row in (*rows, *after))]


def _covers_its_row_alone(slot: Slot) -> bool:
    return slot.origin is not None and slot.tail is slot.origin and slot.origin.row1 - slot.origin.row0 == 1


def _joined_though_centred(above: Sequence[Slot], opening: Sequence[Slot], filled: Sequence[int],
                           below: Sequence[int], settings: PdfSettings = DEFAULT_SETTINGS) -> list[int]:
    """The columns whose cell spanning rows opening a page (a row of its own) was joined to the cell
    above the break as its rest, its first line going on from that cell's full last line, though it
    begins below its row's other text (``below``, judged before the join: :func:`_opens_below`),
    as a cell of its own centred over its rows does, while the cell above, ending level with its row's
    other text, cannot show it ended there (:func:`_sets_its_row` fails): the rest of a cut cell
    prints from its part's top, but a merged cell of many lines centred over few rows begins near
    their top too (40's 责任单位 joined to 41–42's, layout 2300150)."""
    return [c for c, slot in enumerate(opening) if slot.cell.merged_from == "above" and c not in filled
            and c in below and not _sets_its_row(above, c, settings)]


def _column_roles(rows: Sequence[tuple[str, ...]]) -> list[str | None]:
    """Each column's role, named by the header: the first of ``rows`` and those after it that are
    labels too (:func:`_labels`), the lowest label naming one in that column, else None. A header of
    two tiers names the columns under a label spanning them in its lower tier (责任单位 over 牵头单位 |
    配合单位: a lead and its partners)."""
    labelled = [*rows[:1], *takewhile(_labels, rows[1:])]
    width = max((len(row) for row in labelled), default=0)
    return [next((role for row in reversed(labelled) if c < len(row) and (role := role_of(row[c]))), None)
            for c in range(width)]


def _labels(row: Sequence[str]) -> bool:
    """Whether a row is a header's: half or more of its cells holding text name a column's role
    (:func:`~pilotplans.parsers.columns.role_of`). A row of the table's own may hold a cell that
    happens to (a remark 需争取国家部委支持 reads as a superior's label), never most of them."""
    texts = [text for text in row if text.strip()]
    return bool(texts) and 2 * sum(1 for text in texts if role_of(text)) >= len(texts)


def _partners_carried_past_their_lead(above: Sequence[Slot], part: Sequence[Sequence[Slot]], first: int,
                                      filled: Sequence[int], roles: Sequence[str | None]) -> list[int]:
    """The cooperating columns whose blank opening a page (row ``first`` of ``part``) was carried on as
    the rest of the cell above the break (``filled``), though the lead's cell beside it, merged over
    exactly the same rows above the break, ended there: the row opening the page prints a lead of its
    own (a cell of its own holding text that does not go on from the one above, or whose line seems to
    go on from a cell ending on its page: :func:`_stops_short`, a short name at the top of its rows).
    A merged cell ending at a page's last rule prints just as one going on, so the partners may have
    ended with their lead there, the blank the new lead's row's own (民政部、中央台办 merged with 移民局
    over 113–114 at page 4's foot, 115 opening page 5 with 邮政局 and a blank 协同单位, layout 2900111),
    or go on under the new lead: the page cannot tell, and the blank is named. Not where the blank is
    merged over more rows than the new lead's cell beside it: partners going on under leads that change
    are a cell going on, not a row's own blank. A lead going on over rows whose partners change is how
    a plan prints one body leading a run of measures, and a deadline or heading column merges apart
    from the owners: neither is named."""
    opening = part[first]
    leads = [d for d, role in enumerate(roles) if role == "responsibility" and d < len(opening)]
    ended = [d for d in leads if above[d].origin is not None and above[d].origin.row1 - above[d].origin.row0 > 1
             and opening[d].cell.merged_from is None and not opening[d].cell.is_empty
             and (not opening[d].cell.continues or _stops_short(above[d]))]
    return [c for c in filled if c < len(roles) and roles[c] == "cooperating"
            and any(_same_rows(above[c], above[d])
                    and len(_rows_covered(part, first, c)) <= len(_rows_covered(part, first, d)) for d in ended)]


def _same_rows(one: Slot, other: Slot) -> bool:
    """Whether two cells are merged over the same rows of the same page."""
    return one.origin is not None and other.origin is not None and one.cell.where.page == other.cell.where.page \
        and (one.origin.row0, one.origin.row1) == (other.origin.row0, other.origin.row1)


def _rows_covered(part: Sequence[Sequence[Slot]], first: int, column: int) -> list[int]:
    """The rows of a page part the cell at ``(first, column)`` covers: those holding the same
    placed cell, or only ``first`` for a position no cell covers."""
    origin = part[first][column].origin
    if origin is None:
        return [first]
    return [r for r in range(first, len(part)) if part[r][column].origin is origin]


def _opens_its_own_row(above: Sequence[Slot], opening: Sequence[Slot], settings: PdfSettings) -> bool:
    """Whether the row opening a page, before any cell is carried on to it, is a row of its own: its
    first cell holding text does not go on from the cell above the break (a row the break cut
    opens the page with the rest of its cells)."""
    own = next((c for c, slot in enumerate(opening) if slot.cell.merged_from is None and not slot.cell.is_empty), None)
    return own is not None and not _goes_on_in(above, opening, own, settings)


def _sets_its_row(row: Sequence[Slot], column: int, settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether the cell of ``row`` in ``column``, covering that row alone, runs below the text of
    every other cell of its own in the row (by ``settings.own_row_reach`` of its line height or
    more): its text set the row's height, so it ends in that row. A cell merged over the rows after it and cut by a page break is cut where the
    row's other cells end it (a row grows for its own cells, and the rows a merged cell spans for
    it at its last), its last line no lower than theirs; so a cell spanning rows that opens the next
    page, its first line seeming to go on from this one's full last line (every line of a column a
    character wide is full: 试点期内 at a page's foot, 持续推进 merged over the next two rows), is
    one of its own. A line's height is as :func:`_line_height` takes it."""
    above = row[column]
    if above.tail is None or above.tail is not above.origin or above.tail.row1 - above.tail.row0 != 1 \
            or not above.tail.lines:
        return False
    others = [slot.tail.lines[-1].bottom for c, slot in enumerate(row)
              if c != column and slot.tail is not None and slot.tail is slot.origin and slot.tail is not above.tail
              and slot.tail.row1 - slot.tail.row0 == 1 and slot.tail.lines]
    reach = settings.own_row_reach * _line_height(above.tail.lines)
    return bool(others) and above.tail.lines[-1].bottom - max(others) >= reach


def _opens_below(row: Sequence[Slot], column: int, settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether the cell of ``row`` (the row opening a page) in ``column`` begins below the text of every
    other cell of its own in the row (by ``settings.own_row_reach`` of its line height or more): the
    rest of a cell a page break cuts prints from its part's top, as high as any text there (a row
    split over the break, its tallest cell's last character 区 over the next row's text, read with
    it: trap 10000166); a cell merged over rows, centred in them, begins lower."""
    opening = row[column]
    if opening.origin is None or not opening.origin.lines:
        return False
    others = [slot.origin.lines[0].top for c, slot in enumerate(row)
              if c != column and slot.origin is not None and slot.origin is not opening.origin
              and slot.cell.merged_from is None and slot.origin.lines]
    reach = settings.own_row_reach * _line_height(opening.origin.lines)
    return bool(others) and opening.origin.lines[0].top - min(others) >= reach


def _line_height(lines: Sequence[TextLine]) -> float:
    """A cell's line height: its pitch where it shows one (the step between its lines' tops), at
    least the type's size."""
    steps = [b.top - a.top for a, b in zip(lines, lines[1:]) if b.top - a.top > 0]
    return max([lines[-1].size, min(steps)] if steps else [lines[-1].size])


def _stops_short(above: Slot) -> bool:
    """Whether the text of the cell above a page break ends two lines' height or more above its
    part's bottom: text a page break cuts fills its part down to the break (whatever its cell's
    alignment), so such a cell ends on its page, and a cell spanning rows that opens the next page
    is one of its own, however full its last line (in a column a few characters wide every line
    is: 市公安局、市人社局 then 市人社局 merged over the next two rows read as one cell). A line's
    height is its pitch where the cell shows one (the step between its lines' tops, at least the
    type's size): a cut cell leaves up to a pitch blank above the break, the line that no longer
    fit, and lines spaced apart (a fixed 28 pt for 12 pt type) leave more than two sizes."""
    if above.tail is None or not above.tail.lines:
        return False
    return above.tail.bbox[3] - above.tail.lines[-1].bottom >= 2 * _line_height(above.tail.lines)


def _goes_on_in(above: Sequence[Slot], opening: Sequence[Slot], column: int, settings: PdfSettings) -> bool:
    """Whether the cell of the row opening a page in ``column`` goes on from the cell above the break
    (:func:`_goes_on`), which it can only where it covers the same columns: the rest of a cell a page
    break cuts prints in the columns the cell spans. A row of one cell across the table opening a page
    under a row of cells is a heading of its own, however full the last line of the cell above it
    (trap 60000140: 六、提升“两业”融合国际竞争力 opening page 3 under 75's number, every line of the
    序号 column reaching the column's edge, was joined to the heading 五、… above 73–75)."""
    return _columns_of(above, column) == _columns_of(opening, column) and _goes_on(above[column], opening[column], settings)


def _columns_of(row: Sequence[Slot], column: int) -> tuple[int, ...]:
    """The columns of ``row`` the cell at ``column`` covers (``column`` alone for a position no cell
    covers)."""
    origin = row[column].origin
    if origin is None:
        return (column,)
    return tuple(c for c, slot in enumerate(row) if slot.origin is origin)


def _goes_on(above: Slot, opening: Slot, settings: PdfSettings) -> bool:
    """Whether the text opening a cell goes on from the text of the cell above a page break (the
    line before the break was full, and the line after does not go on with the numbering the
    cell above began: ``（一）…`` then ``（二）…``, nor open a heading numbered like the one the
    cell above opens with, further on: ``（四）…`` then ``（六）…``)."""
    if above.tail is None or opening.tail is None or not above.tail.lines or not opening.tail.lines:
        return False
    start = above.origin if above.origin is not None and above.origin.lines else above.tail
    if opens_later_heading(start.lines[0].text, opening.tail.lines[0].text):
        return False
    lines = (*above.tail.lines, opening.tail.lines[0])
    return not paragraph_breaks(lines, above.right, settings)[-1]


def _joined_paragraphs(before: Sequence[str], after: Sequence[str]) -> tuple[str, ...]:
    return (*before[:-1], join_lines([before[-1], after[0]]), *after[1:])


def repeated_header_count(header: Sequence[tuple[str, ...]], texts: Sequence[tuple[str, ...]]) -> int:
    """How many rows opening a continued page repeat the rows opening the table."""
    count = 0
    while count < min(len(header), len(texts)) and header[count] == texts[count] and any(texts[count]):
        count += 1
    return count


def _empty_cell(table: PageTable, xs: Sequence[float], row: int, column: int) -> Cell:
    left = table.bbox[0] if column == 0 else xs[column]
    right = table.bbox[2] if column == len(xs) - 2 else xs[column + 1]
    return Cell((), Where(page=table.page, bbox=rounded((left, table.rows[row], right, table.rows[row + 1]))))


def right_edges(group: Sequence[PageTable], canonical: Sequence[Boundary],
                settings: PdfSettings = DEFAULT_SETTINGS) -> dict[int, float]:
    """Where full lines end in the cells of a whole table that end at each column boundary (the
    index of the boundary is the key). A line ending well short of that ended a paragraph."""
    lines: dict[int, list[TextLine]] = {}
    for table in group:
        mapping = column_map(table.columns, canonical, settings.column_tolerance)
        for cell in table.cells:
            lines.setdefault(mapping[cell.col1], []).extend(cell.lines)
    return {column: text_edge(found, "right", settings) for column, found in lines.items() if found}


def cell_paragraphs(lines: Sequence[TextLine], right: float,
                    settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[str, ...]:
    """A cell's paragraphs: wrapped lines joined, a new paragraph where a line clearly starts one."""
    if not lines:
        return ()
    breaks = paragraph_breaks(lines, right, settings)
    return tuple(join_lines([line.text for line in group]) for group in paragraphs_of_lines(lines, breaks))


def row_confidence(row: Sequence[Slot]) -> float | None:
    """The lowest OCR confidence of the cells a row holds itself (a copy of a merged cell counts
    in the row the cell starts in)."""
    found = [slot.cell.where.confidence for slot in row
             if slot.cell.merged_from is None and slot.cell.where.confidence is not None]
    return min(found) if found else None


def rounded(bbox: BBox) -> BBox:
    return tuple(round(v, 2) for v in bbox)  # type: ignore[return-value]

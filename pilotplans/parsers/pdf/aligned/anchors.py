"""What fixes a text table's rows before its text is weighed: its numbers (bare 序号 pieces,
cells packing numbered items over the 序号 column, or numbers printed at the start of the text),
heading rows, and the cuts rules and a repeated header impose."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ...columns import is_listed_label, role_of
from ..content import Rule
from ..lines import SENTENCE_END, opens_heading
from ..settings import DEFAULT_SETTINGS, PdfSettings
from .items import heading_lines
from .rules import painted_top_end, ruled_cuts
from .pieces import FULL, RUNS, Piece, TablePieces, between, follows, opens_item


@dataclass(frozen=True)
class Anchor:
    """A row's number: a bare 序号 piece, a cell packing numbered items over the 序号 column, or
    the line opening an item with its number in the text (``in_text``: the row's text in that
    column starts there, so the row starts below ``after``, the band of the column's line before
    it, if any)."""

    first: int
    last: int
    top: float
    bottom: float
    in_text: bool = False
    after: int | None = None

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
    """The cuts rules, a repeated header, a shaded band over the first line (a painted header:
    :func:`.rules.painted_top_end`), the 序号 label right above the first number and heading
    rows impose (a cut ``k`` falls before band ``k``)."""
    bands = table.bands
    ruled = ruled_cuts(bands, table_rules, settings)
    heading = heading_bands(table, settings) | heading_lines(table, table.numbering, settings)
    other = {k for k in range(1, len(bands)) if (k - 1 in heading) != (k in heading)}
    if 0 < header_bands < len(bands):
        other.add(header_bands)
        other.update(header_again(table, header_bands))
    elif (opening := printed_again(table)) > 0:
        other.update(header_again(table, opening))
    other.update(other_header(table))
    painted_end = painted_top_end(bands, table_rules, settings)
    if painted_end is not None:
        other.add(painted_end)
    label_end = number_label_end(table, settings)
    if label_end is not None:
        other.add(label_end)
    if header_bands == 0 and labels_above_body(table):
        other.add(1)
    return HardCuts(frozenset(ruled), frozenset(other - ruled), frozenset(heading))

def header_again(table: TablePieces, header_bands: int) -> set[int]:
    """Cuts before and after each run of bands that prints the part's opening header again, line
    for line (a table printed anew after a heading paragraph, its header repeated: a rule above it
    and none below, the header would otherwise run on into the row under it)."""
    header = [band.line.text for band in table.bands[:header_bands]]
    texts = [band.line.text for band in table.bands]
    return {k for start in range(header_bands, len(texts) - header_bands + 1)
            if texts[start:start + header_bands] == header for k in (start, start + header_bands) if k < len(texts)}


def other_header(table: TablePieces) -> set[int]:
    """Cuts before and after each line below the first that prints a header of its own: every
    piece of it a column's label the vocabulary lists whole, in two columns or more (the
    column-label test :func:`printed_again` puts a repeated header to, without reading labels
    from fragments: a measure holding 责任分工 beside an owner 试点任务 is no header), one label at
    least not the opening line's (lines only resembling the opening header are left to
    :func:`header_again`). A second table of other labels printed
    under the first on one page (序号 / 主要任务 / 牵头单位) would otherwise run into its first row."""
    opening = {piece.segment.text.strip() for piece in table.by_band[0]} if table.by_band else set()
    cuts: set[int] = set()
    # the opening header's lines, down to the first body line (one opening an item or closing a
    # sentence), are one header: a label wrapping in its column (备 / 注, 责任领 / 导) prints
    # lines above and below the other labels' line
    body = not table.by_band or _body_line(table.by_band[0])
    for k in range(1, len(table.bands)):
        pieces = table.by_band[k]
        labels = {piece.segment.text.strip() for piece in pieces}
        if body and len(pieces) >= 2 and not labels <= opening and all(is_listed_label(label) for label in labels):
            cuts.update(c for c in (k, k + 1) if c < len(table.bands))
            cuts.update(_title_above(table, k))
        body = body or _body_line(pieces)
    return cuts


def _body_line(pieces: Sequence[Piece]) -> bool:
    """Whether a line prints a table's body (an item number, a closed sentence), not its header."""
    return any(opens_item(piece) or piece.segment.text.strip()[-1:] in SENTENCE_END for piece in pieces)


def _title_above(table: TablePieces, header: int) -> set[int]:
    """A cut before the lines of one piece each right above a header of its own (附件2, the
    second table's title) after a line closing a sentence (the row above's last): they are no
    part of that row. The longest such run is taken."""
    first = header
    while first > 1 and len(table.by_band[first - 1]) == 1:
        first -= 1
    return next(({k} for k in range(first, header) if table.bands[k - 1].line.text.rstrip()[-1:] in SENTENCE_END),
                set())


def printed_again(table: TablePieces) -> int:
    """How many bands of the part's opening header a table printed anew further down the part
    (after a heading paragraph) prints again, line for line, when no repeated header was told: the
    part's first line, with text in two columns or more (labels), printed again lower down, and
    the lines after each alike; 0 when it is not (a body row's whole line printed twice is not
    looked for: a line of one cell may well be). The lines printed again must read as labels, each
    column's lines joined, in two columns or more (序号, 具体举措: a part with no header on its page
    may open with a row whose first line another row's repeats, 支持符合条件的企业… beside the
    same owners)."""
    texts = [band.line.text for band in table.bands]
    if not table.by_band or len(table.by_band[0]) < 2:
        return 0
    again = next((k for k in range(1, len(texts)) if texts[k] == texts[0]), None)
    if again is None:
        return 0
    count = 0
    while count < again and again + count < len(texts) and texts[count] == texts[again + count]:
        count += 1
    return count if _labels(table, count) >= 2 else 0


def _labels(table: TablePieces, bands: int) -> int:
    """How many columns the first ``bands`` bands of a part print a header's label in (a label
    wrapping over those lines joined: 具体 / 举措)."""
    joined: dict[tuple[int, int], str] = {}
    for pieces in table.by_band[:bands]:
        for piece in pieces:
            joined[piece.span] = joined.get(piece.span, "") + piece.segment.text.strip()
    return sum(role_of(text) is not None for text in joined.values())


def number_label_end(table: TablePieces, settings: PdfSettings = DEFAULT_SETTINGS) -> int | None:
    """The band of the first bare number in the 序号 column when the line right above it in that
    column is text (its label, 序号): a row's number sits at its row's top or centre, so no row
    holds both, and the header ends there, however full its labels' lines in other columns look
    (a label filling a narrow column, 完成时限, looks like a line wrapping into the cell below)."""
    if table.number_column is None:
        return None
    pieces = table.column_pieces((table.number_column, table.number_column + 1))
    first = next((index for index, piece in enumerate(pieces) if piece.is_number), None)
    if not first:
        return None
    label, number = pieces[first - 1], pieces[first]
    if opens_item(label) or not follows(table, label, number, settings):
        return None
    return number.band


def labels_above_body(table: TablePieces) -> bool:
    """Whether the part opens with a line of labels right above a line of its body: the first
    line prints two columns' labels or more, every piece of it a label the vocabulary lists whole
    (具体举措 | 责任单位 | 完成时限), and the line under it closes a sentence. The header's bottom
    is then its labels' line, however close the first row's first line sits and however its cells
    are set (a first row printing its owner on that line, its text of closed sentences, was read
    into the header, the labels' line its first). An item's number alone is no proof: a row of
    column numbers under the labels (1 | 2 | 3, （1） | （2） | …) opens items too, and cut off the
    header it was read as a measure of its own (owner 2, deadline 3)."""
    if len(table.by_band) < 2 or len(table.by_band[0]) < 2:
        return False
    labels = [piece.segment.text.strip() for piece in table.by_band[0]]
    return (all(is_listed_label(label) for label in labels)
            and any(piece.segment.text.strip()[-1:] in SENTENCE_END for piece in table.by_band[1]))


def heading_bands(table: TablePieces, settings: PdfSettings = DEFAULT_SETTINGS) -> set[int]:
    """Bands of heading rows spanning the table: lines whose one piece crosses a column boundary
    from the first column, in runs of such lines (each numbered item starting its own) none of
    which has text in another column beside it, opening with a heading's number (``三、…``, not an
    item's ``109 …``), and
    running on to the last column if they wrap. The lines of a cell packing numbered items over
    序号 and 具体举措 have responsibilities beside them, or wrap inside those two columns."""
    found: set[int] = set()
    run: list[int] = []
    last_column = max((p.col1 for p in table.pieces), default=0)

    def close() -> None:
        first = table.by_band[run[0]][0] if run else None
        if (first is not None and all(len(table.by_band[k]) == 1 for k in run) and first.col0 == 0
                and opens_heading(first.segment.text) and (len(run) == 1 or first.col1 == last_column)):
            found.update(run)
        run.clear()

    for k, pieces in enumerate(table.by_band):
        spanning = [p for p in pieces if p.col1 - p.col0 > 1]
        if spanning and run and spanning[0].span == table.by_band[run[-1]][0].span and not opens_item(spanning[0]) \
                and follows(table, table.by_band[run[-1]][0], spanning[0], settings):
            run.append(k)
            continue
        if not spanning and run and len(pieces) == 1 and _heading_ends(table, table.by_band[run[0]][0],
                                                                       table.by_band[run[-1]][0], pieces[0],
                                                                       last_column, settings):
            run.append(k)  # the heading's last line, short enough to fit in the first columns
            close()
            continue
        close()
        if spanning and pieces[0] is spanning[0]:
            run.append(k)
    close()
    return found


def _heading_ends(table: TablePieces, first: Piece, above: Piece, piece: Piece, last_column: int,
                  settings: PdfSettings) -> bool:
    """Whether ``piece``, alone on its line, is the last line of a heading row (first line
    ``first``) whose line above (``above``) ran across the table to its last column: it starts
    where that line does, follows it at the line pitch, opens no item or heading of its own, and
    does not run on into the next line of its column (a last line ends its cell; the first line of
    a row's cell, alone under the heading where rows have no white space between them, may run
    on). Where no white space parts the heading row from the line above it, rows may follow one
    another at the pitch, and a line closing a sentence is as likely a row of one line (a heading
    names a task; a row's cell states a measure)."""
    below = table.line_below(piece)
    spaced = first.band == 0 or not any(follows(table, p, first, settings) for p in table.by_band[first.band - 1])
    return (above.col0 == 0 and above.col1 == last_column and piece.col0 == 0
            and abs(piece.segment.x0 - above.segment.x0) <= settings.heading_indent_em * piece.segment.size
            and follows(table, above, piece, settings) and not opens_item(piece)
            and not opens_heading(piece.segment.text)
            and (below is None or between(table, piece, below, settings) not in (RUNS, FULL))
            and (spaced or piece.segment.text.rstrip()[-1:] not in SENTENCE_END))


def anchors(table: TablePieces, cuts: frozenset[int] = frozenset(), settings: PdfSettings = DEFAULT_SETTINGS) -> list[Anchor]:
    """The rows' numbers: bare numbers in the 序号 column, and cells over it packing numbered items
    (lines starting in the 序号 column, some running on into the next, one opening an item: the
    cell may open a page with the end of an item; a paragraph's last line may end before the
    next column). A cell does not run over the hard ``cuts``. A table without a 序号 column may
    number its items at the start of its text (:mod:`.items`)."""
    if table.number_column is None:
        return text_anchors(table)
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

def text_anchors(table: TablePieces) -> list[Anchor]:
    """The lines opening items with their numbers in the text, as anchors of their rows."""
    numbering = table.numbering
    if numbering is None:
        return []
    column = table.column_pieces((numbering.column, numbering.column + 1))
    found = []
    for band in numbering.bands:
        piece = next(p for p in column if p.band == band)
        before = max((p.band for p in column if p.band < band), default=None)
        found.append(Anchor(band, band, piece.top, piece.bottom, in_text=True, after=before))
    return found

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

"""Rows of a text-aligned table, found from what every column agrees on.

A table drawn without rules between its rows shows its rows only through its text. Its lines
are placed in their columns (:mod:`.pieces`); numbers (a 序号 column, or numbers printed at the
start of the text: :mod:`.items`), heading rows and rules fix what they can (:mod:`.anchors`,
:mod:`.rules`); the rest is the cheapest way to cut the lines into rows
(:mod:`.cuts`); category columns hold cells merged over several rows (:mod:`.categories`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..content import Rule
from ..settings import DEFAULT_SETTINGS, PdfSettings
from ..tables import Boundary
from .anchors import hard_cuts
from .categories import category_columns, category_spans, lone_category_rows, place_pieces, running_columns
from .columns import Band
from .cuts import best_rows
from .evidence import gap_rows, number_rows
from .items import item_numbering, points_doubt
from .pieces import Piece, table_pieces
from .rules import painted_doubt, painted_guess_doubt, painted_only, painted_spans, ruled_open
from .spanning import centred_spans, cut_blocks_doubt, opening_blocks_doubt, topped_blocks_doubt, under_opening_doubt
from .stack_spans import centred_stack_spans
from .stacks import shifted_stack_doubt
from .uncertain import first_row_bare_doubt, gap_inside_doubt, numbers_doubt


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
    settled: str | None = None
    """How the numbered rows sit (``top``, ``centre``) when they show it clearly (or were told)."""
    ended: frozenset[int] = frozenset()
    """The category columns whose last cell ends on this part (its text centred over rows here)."""
    continuing: frozenset[int] = frozenset()
    """On a continued part, the category columns whose first rows go on with a cell from the page before."""
    doubt: str | None = None
    """What the reading of the rows leaves in doubt, in words (:func:`.items.points_doubt`)."""
    shifted: str | None = None
    """Where a column stacking one character a line may be cut between rows a character off, in
    words (:func:`.stacks.shifted_stack_doubt`)."""
    unspanned: str | None = None
    """Where zebra rows show cells that may be merged with the cell above but were not read so, in
    words (:func:`.rules.painted_doubt`)."""
    painted_foot: frozenset[int] = frozenset()
    """The columns whose cell the paint alone reads merged into the part's last row
    (:attr:`.rules.PaintedSpans.to_foot`)."""
    ruled_spans: frozenset[int] = frozenset()
    """The columns (not category columns) a rule between two rows leaves out somewhere on the part:
    cells merged over rows that the rules draw (:func:`.rules.ruled_open`)."""
    painted_over_break: frozenset[int] = frozenset()
    """The columns whose cell in the row opening a continued part zebra rows show merged over the page
    break from the row before it (:attr:`.rules.PaintedSpans.over_break`)."""
    uncertain: str | None = None
    """Why the rows may be cut a line off, in words (:func:`.uncertain.first_row_bare_doubt`)."""

def table_rows(bands: Sequence[Band], columns: Sequence[Boundary], table_rules: Sequence[Rule],
               rules: Sequence[Rule], settings: PdfSettings = DEFAULT_SETTINGS, header_bands: int = 0,
               continued: bool = False, settled: str | None = None, ended_before: Sequence[float] = (),
               going_on: Sequence[float] = ()) -> RowsRead:
    """The rows of a text table part (see the module docstring). ``table_rules`` are the rules
    across the table, ``rules`` every rule near it (pieces of a row's rule drawn cell by cell
    show which columns a rule leaves out); ``header_bands`` is the number of bands a repeated
    header takes at its top; ``continued`` says the part may go on with a table from the page
    before (rows without a number at its top then go on with a row from there, not a header);
    ``settled`` is how the rows of the table's part before sat, when they showed it clearly
    (a table's rows sit alike on every page); ``ended_before`` the middles (x) of the category
    columns whose last cell ended on the page before (no row here goes on with it), and
    ``going_on`` those of the category columns whose last cell goes on to the next page."""
    table = table_pieces(bands, columns, settings)
    table = replace(table, numbering=item_numbering(table, settings))
    hard = hard_cuts(table, table_rules, settings, header_bands)
    category = category_columns(table, hard, settings)
    broken_from = header_bands if continued else None
    ranges, mode, settled = best_rows(table, hard, category, settings, broken_from, settled)
    ranges = lone_category_rows(table, ranges, category, settings)
    if not category and table.numbering is None:  # rows the page's gaps or numbers decide (:mod:`.evidence`)
        decided = gap_rows(table, ranges, hard, settings, continued)
        if decided is None and table.number_column is not None:
            contradicted = numbers_doubt(table, ranges, place_pieces(table, ranges, category), hard, continued)
            decided = number_rows(table, ranges, hard, settings, contradicted is not None, continued)
        ranges = decided or ranges
    if table.number_column is None and table.numbering is None and not category:
        category = running_columns(table, ranges, settings)
        if category:
            ranges, mode, settled = best_rows(table, hard, category, settings, broken_from, settled)
    placed = place_pieces(table, ranges, category)
    ruled = tuple(any(ranges[i][1] == cut for cut in hard.ruled) for i in range(len(ranges) - 1))
    def at(middles: Sequence[float]) -> frozenset[int]:
        return frozenset(c for c in category if any(columns[c].mid <= x <= columns[c + 1].mid for x in middles))

    cells = category_spans(table, ranges, placed, category, hard, settings, broken_from, mode,
                           at(ended_before) if continued else frozenset(), at(going_on))
    walls = frozenset(index for index in range(len(ranges) - 1)
                      if ruled[index] and not painted_only(table, ranges, index, rules, settings))
    read_centred = centred_spans(table, ranges, placed, category, hard, walls, mode, settings, broken_from)
    centred = read_centred.open_below
    stacks = centred_stack_spans(table, placed, read_centred.inner, category, walls, mode, settings)
    placed = [list(row) for row in stacks.placed]
    painted = painted_spans(table, ranges, placed, columns, rules, walls, broken_from, category, settings)
    spans_otherwise = [cells.open_below[index] | centred[index] | stacks.open_below[index]
                       for index in range(len(ranges) - 1)]
    spans = [spans_otherwise[index] | painted.open_below[index] for index in range(len(ranges) - 1)]
    open_below = tuple(
        ruled_open(table, ranges, index, columns, table_rules, rules, settings) if index in walls else spans[index]
        for index in range(len(ranges) - 1)
    )
    ruled_spans = frozenset(c for index in walls for c in open_below[index]) - frozenset(category)
    return RowsRead(tuple(ranges), tuple(tuple(p) for p in placed), open_below, ruled, settled, cells.ended,
                    cells.continuing, points_doubt(table),
                    shifted_stack_doubt(table, placed, category, open_below, mode, settings),
                    "; ".join(filter(None, (
                        painted_doubt(placed, [(row, column) for row, column in painted.unread
                                               if not (row and column in open_below[row - 1])]),
                        painted_guess_doubt(placed, painted.guessed),
                        cut_blocks_doubt(placed, [(first, last, column) for first, last, column in read_centred.cut
                                                  if not all(column in open_below[i] for i in range(first, last))]),
                        opening_blocks_doubt(placed, [(first, last, column) for first, last, column in read_centred.opening
                                                      if column not in open_below[first]]),
                        topped_blocks_doubt([cell for cell in read_centred.to_foot
                                             if cell[2] not in open_below[cell[0]]]),
                        under_opening_doubt(placed, [(first, last, column) for first, last, column
                                                     in read_centred.under_opening if column not in open_below[first]])
                    ))) or None,
                    painted.to_foot - spans_otherwise[-1] if spans_otherwise and len(ranges) - 2 not in walls
                    else frozenset(), ruled_spans, painted.over_break,
                    "; ".join(filter(None, (first_row_bare_doubt(table, ranges, placed, hard, category, continued),
                                            gap_inside_doubt(table, ranges, hard, settings, continued),
                                            numbers_doubt(table, ranges, placed, hard, continued)))) or None)

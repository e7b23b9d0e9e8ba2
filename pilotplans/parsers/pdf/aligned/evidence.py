"""Rows a rule-less table's page decides, where the cheapest rows contradict it.

The cheapest rows (:mod:`.cuts`) weigh how the columns' text sits; a page may show more. In a
table without rules between its rows:

* white space wider than the line pitch between consecutive printed lines, the same size
  everywhere in the body (two such gaps or more), parts rows: each row runs from one gap to the
  next;
* a 序号 number printed apart from the row's other cells (on a band holding no owner or deadline,
  where the cells sit on other bands) marks the row's first line: each row runs from its number
  to the next one's, the last to the table's end.

Where the cheapest rows cut against that evidence (a gap inside a row or a row cut at the pitch
between gaps; rows read with their numbers at the top in some rows and lower in others, or a
closed last numbered row lacking the cells a bare row after it prints: :func:`.uncertain.numbers_doubt`,
which the caller asks first), the rows are read from the evidence instead,
when it is whole (every row between gaps holding one number at most; every number apart from
the cells). Elsewhere nothing changes: a page whose rows agree with it keeps them.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ...columns import is_listed_label
from ..settings import PdfSettings
from .anchors import HardCuts
from .pieces import TablePieces


def body_start(table: TablePieces, ranges: Sequence[tuple[int, int]]) -> int:
    """The band the body opens on: under the part's first row (its header) where there is one, or
    under the header's labels where that row read holds lines below them: the most lines from the
    top whose text, read column by column, is two columns' labels or more, each a label the
    vocabulary lists whole (序号 | 具体举措 | 责任单位 | 完成时限, 完成 over 时限 wrapped)."""
    if not (len(ranges) > 1 and ranges[0][0] == 0):
        return 0
    labels, by_column = 0, {}
    for k in range(ranges[0][1] - 1):
        for piece in table.by_band[k]:
            by_column[piece.span] = by_column.get(piece.span, "") + piece.segment.text.strip()
        if len(by_column) >= 2 and all(is_listed_label(label) for label in by_column.values()):
            labels = k + 1
    return labels or ranges[0][1]


def regular_gaps(table: TablePieces, begin: int, settings: PdfSettings) -> dict[int, float]:
    """The cuts ``k`` after ``begin`` (before band ``k``) where white space wider than the line
    pitch parts two consecutive printed lines, with its height, where there are two or more and
    every one is the same size (within ``row_gap_em``); else none."""
    found = {}
    for k in range(begin + 1, len(table.bands)):
        above, below = table.bands[k - 1].line, table.bands[k].line
        space = below.top - above.top
        if space > table.pitch + settings.row_gap_em * above.size:
            found[k] = space
    if len(found) < 2 or max(found.values()) - min(found.values()) > settings.row_gap_em * table.bands[0].line.size:
        return {}
    return found


def gap_blocks(table: TablePieces, body: int, gaps: dict[int, float], hard: HardCuts) -> list[tuple[int, int]]:
    """The body's blocks of lines from ``body`` to the part's end, cut at the gaps and the part's hard cuts."""
    cuts = sorted(set(gaps) | {k for k in hard.all if body < k < len(table.bands)})
    return list(pairwise([body, *cuts, len(table.bands)]))


def blocks_whole(table: TablePieces, blocks: Sequence[tuple[int, int]], hard: HardCuts, settings: PdfSettings,
                 cells: bool = True) -> bool:
    """Whether the blocks between gaps are rows: every block (heading rows aside) prints text in two
    columns or more, and, where ``cells``, prints each column's text without a blank line in it
    (one cell a column: a 序号 number, an owner or a deadline printed twice with a line or more
    between them is two rows' cells, a gap missing between them). A block printing one column's
    text alone is a cell's paragraph set apart by spacing of the rows' size (a cell wrapping with
    a paragraph gap inside it), not a row: the gaps then prove no row's edge."""
    for s, e in blocks:
        if all(k in hard.heading for k in range(s, e)):
            continue
        tops: dict[tuple[int, int], list[float]] = {}
        for k in range(s, e):
            for piece in table.by_band[k]:
                tops.setdefault(piece.span, []).append(piece.top)
        if len(tops) < 2:
            return False
        if cells and any(below - above > table.pitch + settings.row_gap_em * table.bands[s].line.size
                         for printed in tops.values() for above, below in pairwise(sorted(printed))):
            return False
    return True


def unruled(hard: HardCuts, ranges: Sequence[tuple[int, int]], continued: bool) -> bool:
    """Whether a part is judged by its page's evidence: no rules between its rows, three rows or
    more, not going on from the page before (its first row may be the rest of a cut row)."""
    return not (len(hard.ruled) >= 2 or len(ranges) < 3 or continued)


def gap_rows(table: TablePieces, ranges: Sequence[tuple[int, int]], hard: HardCuts, settings: PdfSettings,
             continued: bool = False) -> list[tuple[int, int]] | None:
    """The body's rows from gap to gap (and at the part's hard cuts), the rows before the body kept,
    where the rows read cut against the regular gaps and the gaps' rows are whole (a number column's
    rows each hold one number at most), else None."""
    if not unruled(hard, ranges, continued):
        return None
    body = body_start(table, ranges)
    gaps = regular_gaps(table, body, settings)
    if not gaps:
        return None
    rows = gap_blocks(table, body, gaps, hard)
    if all(row in ranges for row in rows) or not blocks_whole(table, rows, hard, settings):
        return None
    head = [row for row in ranges if row[1] <= body] or ([(0, body)] if body else [])
    return head + rows


def number_rows(table: TablePieces, ranges: Sequence[tuple[int, int]], hard: HardCuts, settings: PdfSettings,
                to_end: bool, continued: bool = False) -> list[tuple[int, int]] | None:
    """The body's rows from each 序号 number to the next (cut at the part's hard cuts), the rows
    before the first number kept, where every number prints apart from the row's other cells and
    the rows read do not all start at a number, else None. The last numbered row runs to the
    part's end where ``to_end`` (the rows read contradict the numbers there:
    :func:`.uncertain.numbers_doubt`), else to the end of the row read holding its number, the
    rows read after it kept (a note under the table)."""
    if table.number_column is None or not unruled(hard, ranges, continued):
        return None
    column = table.number_column
    numbered = [k for k, band in enumerate(table.by_band)
                if any(piece.col0 == column and piece.is_number for piece in band)]
    if len(numbered) < 3:
        return None
    body = body_start(table, ranges)
    if numbered[0] != body:
        return None  # a number in the header, or lines between the header and the first number: not judged
    if any(len([piece for piece in table.by_band[k] if piece.col0 != column]) > 1 for k in numbered):
        return None  # a number beside the cells does not show the row's top
    end = len(table.bands) if to_end else next(e for s, e in ranges if s <= numbered[-1] < e)
    cuts = sorted(set(numbered[1:]) | {k for k in hard.all if numbered[0] < k < end})
    rows = list(pairwise([numbered[0], *cuts, end]))
    if all(row in ranges for row in rows):
        return None
    head = [row for row in ranges if row[1] <= body] or ([(0, body)] if body else [])
    return head + rows + [row for row in ranges if row[0] >= end]

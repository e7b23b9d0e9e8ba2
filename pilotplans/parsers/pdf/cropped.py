"""Cells whose last line is cut off by the edge under it: text the page does not print.

A word processor keeps a cell's text inside its padding. A row it may not break over a page and that
is too tall for the room left (a header repeated on every page taking half of it) is cut off where the
page's room ends: the last line printed touches the cell's bottom edge, or crosses it, and the lines
after it are not printed at all (上级部门 stacking a character a line read 人社部、科技部、外交部、教 for
…教育部、移民局, trap 60000077). Nothing on the page holds the rest, so the cell is only named: the
document carries ``cell_cropped``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...textutil import join_lines
from .content import Rule
from .lines import TextLine
from .settings import DEFAULT_SETTINGS, PdfSettings
from .tables import PageTable, PlacedCell


def cropped_cells(table: PageTable, rules: Sequence[Rule], settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[PlacedCell, ...]:
    """The cells of ``table`` closing its part on the page whose last line reaches the drawn edge
    under the cell (a rule or a painted band's edge across the cell's width) within
    ``settings.crop_reach_em`` of its size, or crosses it, where the rows above keep their padding
    (:func:`_rows_keep_padding`)."""
    bottom = table.bbox[3]
    if not _rows_keep_padding(table, settings):
        return ()
    found = []
    for cell in table.cells:
        if not cell.lines or abs(cell.bbox[3] - bottom) > settings.rule_snap:
            continue
        last = max(cell.lines, key=lambda line: line.bottom)
        if any(_closes(rule, cell, last, settings) and last.bottom >= rule.top - settings.crop_reach_em * last.size
               for rule in rules):
            found.append(cell)
    return tuple(found)


def _rows_keep_padding(table: PageTable, settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether each row of ``table`` above its last keeps its lowest line more than
    ``settings.crop_reach_em`` off its bottom edge (true where no such row prints text): a table
    whose cells are set with no padding under their text has every row's last line touching the
    edge under it, its last row's alike, and shows no row cut off."""
    gaps = [(cell.bbox[3] - line.bottom) / line.size for cell in table.cells
            if abs(cell.bbox[3] - table.bbox[3]) > settings.rule_snap for line in cell.lines]
    return all(gap > settings.crop_reach_em for gap in gaps)


def _closes(rule: Rule, cell: PlacedCell, last: TextLine, settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether ``rule`` is the edge closing ``cell`` under its ``last`` line: level with the cell's
    bottom, below the line's top, across the cell's width (an underline spans its words only)."""
    x0, _top, x1, bottom = cell.bbox
    return (rule.horizontal and abs(rule.top - bottom) <= settings.rule_snap and rule.top > last.top
            and rule.x0 <= x0 + settings.rule_snap and rule.x1 >= x1 - settings.rule_snap)


def cropped_doubt(table: PageTable, rules: Sequence[Rule], settings: PdfSettings = DEFAULT_SETTINGS) -> str | None:
    """The words naming the cropped cells of ``table`` (see :func:`cropped_cells`), or None."""
    cells = cropped_cells(table, rules, settings)
    if not cells:
        return None
    named = "; ".join(f"row {cell.row0 + 1}, column {cell.col0 + 1} (…{join_lines([line.text for line in cell.lines])[-12:]})"
                      for cell in cells)
    return (f"{named}: the last line printed reaches the edge closing the cell, its padding gone: the cell was cut "
            "off there (a row too tall for the page's room), the rest of its text not printed")

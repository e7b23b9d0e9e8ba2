"""The columns a fitted table keeps, shaped and printed once for every table (:mod:`pilotplans.fitted_table`):
a flexible column's values shaped to its share, the column as wide as its share or as what it shows, the
rows added under one look per column."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table

from pilotplans.fit import ColumnFit, fit_columns, wrap_keeping
from pilotplans.fitted_table import ColumnLook, ShownColumn, fill, shaped_columns

HEADERS = ["no.", "text"]
COLUMNS = [["1", "2"], ["加强统筹协调", "推进"]]  # the opening words of hainan-2020's measures, shortened
FIT = ColumnFit(flexible=("text",), flexible_min=4, leave_out=(), padding=3)


def wrapped(k: int, values, cells: int) -> list[str]:
    return [wrap_keeping(v, cells) for v in values]


def test_a_flexible_column_is_shaped_to_its_share_and_keeps_it_whole():
    fitted = fit_columns(HEADERS, COLUMNS, 16, FIT)
    assert shaped_columns(HEADERS, COLUMNS, fitted, wrapped) == [
        ShownColumn(0, "no.", ("1", "2"), 3), ShownColumn(1, "text", ("加强统\n筹协调", "推进"), 7)]


def test_a_column_not_held_to_its_share_is_as_wide_as_what_it_shows():
    fitted = fit_columns(HEADERS, COLUMNS, 16, FIT)
    assert shaped_columns(HEADERS, COLUMNS, fitted, wrapped, share_whole=False)[1].cells == 6


def test_fill_prints_each_column_as_its_look_says_and_a_section_before_the_row_named():
    table = Table()
    fill(table, [ShownColumn(0, "no.", ("1", "2"), 3), ShownColumn(1, "[text]", ("加强统", "推进"), 6)],
         lambda column: ColumnLook(justify="right" if column.index == 0 else "left"), section_at=1)
    console = Console(file=io.StringIO(), width=40, color_system=None)
    console.print(table)
    # the number right-aligned, the header printed as written (not read as markup), the line between the rows
    assert console.file.getvalue().splitlines() == [
        "┏━━━━━┳━━━━━━━━┓", "┃ no. ┃ [text] ┃", "┡━━━━━╇━━━━━━━━┩", "│   1 │ 加强统 │", "├─────┼────────┤",
        "│   2 │ 推进   │", "└─────┴────────┘"]

"""Printing the columns :func:`pilotplans.fit.fit_columns` kept into a terminal table.

Every fitted table (``measures``, the links of ``diff``, ``coverage``, the listings of ``documents``,
``departments`` and ``regions``) does the same after fitting: each kept column's values shaped to
the cells it was given (wrapped or cut by the table's own rule), the column made as wide as that,
never wrapped again by the table, and the rows added. :func:`shaped_columns` and :func:`fill` are
that, once; what differs between the tables — how a value is shaped, how a column is aligned,
coloured and held to its width — is what each caller passes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from pilotplans.fit import Fitted, column_width

if TYPE_CHECKING:
    from rich.table import Table

#: How a column's values are shown in ``cells`` cells: (the column's index, its values, cells) → the values as shown.
Shape = Callable[[int, Sequence[str], int], list[str]]


@dataclass(frozen=True)
class ShownColumn:
    """A column kept: its index among the table's columns, its header, its values as shown and the
    cells it is printed in."""

    index: int
    header: str
    values: tuple[str, ...]
    cells: int


@dataclass(frozen=True)
class ColumnLook:
    """How a kept column is printed: aligned (``justify``), coloured (``style``), what the table does
    with a value wider than the column (``overflow``: never, while the terminal holds the table) and
    whether the column is ``held`` to its cells (as wide at most as at least) or only kept from
    being narrower."""

    justify: Literal["left", "right"] = "left"
    style: str | None = None
    overflow: Literal["ellipsis", "ignore"] = "ellipsis"
    held: bool = True


def shaped_columns(headers: Sequence[str], columns: Sequence[Sequence[str]], fitted: Fitted, shape: Shape,
                   share_whole: bool = True) -> list[ShownColumn]:
    """The columns ``fitted`` kept, in order: a column given a share (a flexible one) has its values
    ``shape``\\ d to it, the others are shown as they are; each is as wide as its header and widest
    line shown and, ``share_whole``, at least its share (a text wrapped short of it keeps the room)."""
    shown: list[ShownColumn] = []
    for k in fitted.kept:
        values = list(columns[k])
        if k in fitted.widths:
            values = shape(k, values, fitted.widths[k])
        cells = column_width(headers[k], values)
        if share_whole:
            cells = max(fitted.widths.get(k, 0), cells)
        shown.append(ShownColumn(k, headers[k], tuple(values), cells))
    return shown


def fill(table: Table, shown: Sequence[ShownColumn], look: Callable[[ShownColumn], ColumnLook],
         section_at: int | None = None) -> None:
    """Adds the ``shown`` columns to ``table``, each as ``look`` says and never wrapped, then their
    rows, a section line before row ``section_at`` (the totals under a matrix). Header and values are
    printed as written, never read as markup."""
    from rich.markup import escape

    for column in shown:
        how = look(column)
        table.add_column(escape(column.header), justify=how.justify, style=how.style, no_wrap=True,
                         overflow=how.overflow, min_width=column.cells, max_width=column.cells if how.held else None)
    for n in range(len(shown[0].values) if shown else 0):
        if n == section_at:
            table.add_section()
        table.add_row(*(escape(column.values[n]) for column in shown))

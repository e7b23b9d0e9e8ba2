"""Fitting a listing's columns to the terminal without breaking a value inside.

A listing such as ``pilotplans documents`` holds values a reader copies whole — ids, 文号, dates,
counts —, which a table must never wrap (a 文号 folded as ``琼商服〔202`` / ``0〕150号`` cannot be
copied), and one flexible column (a title) that can be cut with "…". Each kept column is as wide as
its widest value; the flexible column takes the rest of the terminal, down to its least width; when
even that does not fit, whole columns are left out in the order the listing gives, and the caller
says which (nothing is left out silently).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

#: Cells a column adds to its widest value in a table without borders: one of padding either side.
PADDING = 2


@dataclass(frozen=True)
class ColumnFit:
    """How a listing fits a narrow terminal: ``flexible`` is the column cut with "…" to the room left
    (never below ``flexible_min`` cells, unless its values are narrower); ``leave_out`` names the
    columns left out, first to last, while the table is still wider than the terminal."""

    flexible: str
    flexible_min: int
    leave_out: tuple[str, ...]


@dataclass(frozen=True)
class Fitted:
    """The columns kept (their indexes, in order), the headers left out (in the order they were left
    out) and the width of the flexible column (``None`` when it was left out or is absent)."""

    kept: tuple[int, ...]
    left_out: tuple[str, ...]
    flexible_width: int | None


def column_width(header: str, values: Sequence[str]) -> int:
    """Cells the widest of ``header`` and ``values`` takes (a CJK character takes two)."""
    from rich.cells import cell_len

    return max([cell_len(header), *(cell_len(v) for v in values)])


def fit_columns(headers: Sequence[str], columns: Sequence[Sequence[str]], width: int, fit: ColumnFit) -> Fitted:
    """Which of ``headers`` (each with its ``columns`` of values as shown) a table ``width`` cells wide
    keeps, and how wide its flexible column is: every other column keeps its widest value whole."""
    wanted = [column_width(h, values) for h, values in zip(headers, columns)]
    flexible = headers.index(fit.flexible) if fit.flexible in headers else None
    floor = None if flexible is None else min(wanted[flexible], max(fit.flexible_min, column_width(fit.flexible, ())))
    kept = list(range(len(headers)))
    left_out: list[str] = []

    def needed() -> int:
        return sum((floor if k == flexible else wanted[k]) + PADDING for k in kept)  # type: ignore[operator]

    for name in fit.leave_out:
        if needed() <= width:
            break
        if name in headers and headers.index(name) in kept:
            kept.remove(headers.index(name))
            left_out.append(name)
    flexible_width = None
    if flexible is not None:
        room = width - sum(wanted[k] + PADDING for k in kept if k != flexible) - PADDING
        flexible_width = max(floor, min(wanted[flexible], room))  # type: ignore[type-var]
    return Fitted(tuple(kept), tuple(left_out), flexible_width)


def cut_to_cells(text: str, cells: int) -> str:
    """``text`` when it takes at most ``cells`` terminal cells; otherwise its beginning and "…" in
    at most ``cells`` cells."""
    from rich.cells import cell_len

    if cell_len(text) <= cells:
        return text
    shown, used = "", 0
    for char in text:
        if used + cell_len(char) > cells - 1:
            break
        shown, used = shown + char, used + cell_len(char)
    return shown + "…"


#: ``pilotplans documents``: the title cut first (to five characters and "…" at least), then the
#: columns a reader can most easily do without on a narrow terminal left out — the date and the
#: warnings count (both in every other format), the round, the region (the id and 文号 name the place
#: already) —; the id, level, 文号, measures count and title stay.
DOCUMENTS = ColumnFit(flexible="title", flexible_min=12, leave_out=("date", "warnings", "round", "region"))

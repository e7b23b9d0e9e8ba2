"""Coverage's totals: a row per local plan of each matrix, what the table prints under it and more.

The matrix's files (CSV, JSONL, JSON, the workbook's ``coverage`` sheet) keep a row a national measure, so the count
of a plan's local additions — measures of its own, reaching no national measure — has no row to stand in. The totals
give it, with how many of the national measures the plan took up and by which relation: ``coverage --totals`` writes
them in any format, and the workbook holds them as its second sheet, ``totals``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pilotplans.diff.coverage import CoverageMatrix

#: The relations a coverage cell holds, in the order the totals count them (``dropped`` last, as the table's order of
#: strength gives them).
CELL_RELATIONS = ("same", "adapted", "merged", "split", "dropped")


@dataclass(frozen=True)
class PlanTotals:
    """One local plan's totals in the matrix of one national plan: how it was linked, how many of the national
    plan's ``measures`` it took up (``taken_up``: not dropped), how many by each relation of a cell (they add up to
    ``measures``), and its ``local_additions``: its own measures no national measure is the source of."""

    national_document: str
    document: str
    linked: str | None
    measures: int
    taken_up: int
    same: int
    adapted: int
    merged: int
    split: int
    dropped: int
    local_additions: int


#: The totals' columns, in every format's order: the national plan before the local one, as in the matrix's files.
TOTALS_COLUMNS = tuple(PlanTotals.__dataclass_fields__)


def plan_totals(matrices: Sequence[CoverageMatrix]) -> list[PlanTotals]:
    """A row per local plan of each matrix, the matrices in their order and each one's plans in its columns' order."""
    rows = []
    for matrix in matrices:
        how = {link.document: link.how for link in matrix.links}
        for k, plan in enumerate(matrix.locals):
            relations = [row.cells[k].relation for row in matrix.rows]
            counts = {relation: relations.count(relation) for relation in CELL_RELATIONS}
            rows.append(PlanTotals(national_document=matrix.national.id, document=plan.id, linked=how.get(plan.id),
                                   measures=len(matrix.rows), taken_up=len(relations) - counts["dropped"],
                                   local_additions=matrix.additions[k], **counts))
    return rows


def totals_records(matrices: Sequence[CoverageMatrix]) -> list[dict[str, Any]]:
    """:func:`plan_totals` as records (JSON's keys, numbers as numbers)."""
    return [asdict(totals) for totals in plan_totals(matrices)]


def totals_csv(matrices: Sequence[CoverageMatrix]) -> str:
    """The totals as CSV, UTF-8 with a byte-order mark, as the matrix's CSV."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(TOTALS_COLUMNS)
    for record in totals_records(matrices):
        writer.writerow(["" if record[name] is None else str(record[name]) for name in TOTALS_COLUMNS])
    return "\ufeff" + buffer.getvalue()


def totals_jsonl(matrices: Sequence[CoverageMatrix]) -> str:
    """The totals, one JSON object a line (:func:`pilotplans.jsonl.jsonl_lines`)."""
    from pilotplans.jsonl import jsonl_lines

    return jsonl_lines(totals_records(matrices))


def totals_json(matrices: Sequence[CoverageMatrix]) -> str:
    """The totals as one JSON array."""
    return json.dumps(totals_records(matrices), ensure_ascii=False, indent=2) + "\n"


#: The totals table's headers, in its columns' order.
TABLE_HEADERS = ("local plan", "linked", "taken up", *CELL_RELATIONS, "local additions")


def fitted_totals_table(matrices: Sequence[CoverageMatrix], width: int = 160) -> tuple[str, tuple[str, ...]]:
    """The totals as terminal tables, one a national plan (its id in the title), a row a local plan: the plan, how
    it was linked, the measures it took up of the national plan's (``109/122``), by relation, and its local additions;
    and the columns left out to fit ``width`` cells (of any table, in the order they went). No id or count is cut:
    each column is at least as wide as its widest value, a header wraps between its words, and on a terminal too
    narrow for every column whole the columns go whole, as :data:`pilotplans.fit.TOTALS` orders them (the plan's id
    stays), named to the caller to say."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from pilotplans.errors import shown_id
    from pilotplans.fit import TOTALS, column_width, fit_columns

    console = Console(file=io.StringIO(), width=width, force_terminal=False, color_system=None)
    rows = plan_totals(matrices)
    # a header measured by its widest word, which it wraps to when the terminal is narrow
    wrapped = [name.replace(" ", "\n") for name in TABLE_HEADERS]
    left_out: dict[str, None] = {}
    for national in dict.fromkeys(totals.national_document for totals in rows):
        lines = [[shown_id(t.document), t.linked or "", f"{t.taken_up}/{t.measures}",
                  *(str(getattr(t, relation)) for relation in CELL_RELATIONS), str(t.local_additions)]
                 for t in rows if t.national_document == national]
        columns = [[line[k] for line in lines] for k in range(len(TABLE_HEADERS))]
        fitted = fit_columns(wrapped, columns, width - 1, TOTALS)  # the table's left edge
        table = Table(title=escape(f"{shown_id(national)}: what each local plan did with its measures"))
        least = {k: column_width(wrapped[k], columns[k]) for k in fitted.kept}
        # on one line each header where they all fit so; else each column held to its least width, its header wrapped
        # (rich, left to squeeze the headers itself, made the table wider than the terminal)
        held = sum(column_width(TABLE_HEADERS[k], columns[k]) + TOTALS.padding for k in fitted.kept) > width - 1
        for k in fitted.kept:
            table.add_column(escape(TABLE_HEADERS[k]), justify="left" if k < 2 else "right", min_width=least[k],
                             max_width=least[k] if held else None)
        for line in lines:
            table.add_row(*(escape(line[k]) for k in fitted.kept))
        console.print(table, crop=False)  # an id wider than the terminal: the table wider, not the id cut
        left_out.update(dict.fromkeys(name.replace("\n", " ") for name in fitted.left_out))
    return console.file.getvalue(), tuple(left_out)  # type: ignore[attr-defined]

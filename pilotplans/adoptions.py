"""The export of ``measures --implements``: which local plans took up one national measure, how, and in which of their
measures.

Each row is a local plan's measure taking the national measure up, led by two columns the measures' own records lack:
``implements`` (the national measure, ``national-2020:76``) and ``relation`` (``same``, ``adapted``, ``merged`` or
``split``, as ``coverage`` links them). A plan implementing the national plan that took the measure up in none of its
measures is a row of its own, ``dropped``, holding the plan's fields alone (document, title, 文号, issuer, date, level,
region): in a file, where the note on stderr is not, the plans that dropped it are still told.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from pilotplans.export import CSV_COLUMNS, MeasureOut, csv_record
from pilotplans.jsonl import jsonl_lines
from pilotplans.schema.models import Document

if TYPE_CHECKING:
    from pilotplans.diff.coverage import CoverageCell

#: The columns an adoption adds before the measure's own (:data:`pilotplans.export.CSV_COLUMNS`).
ADOPTION_COLUMNS: tuple[str, ...] = ("implements", "relation")
#: The measure's columns a plan that dropped the national measure still fills: the plan's own.
PLAN_COLUMNS: tuple[str, ...] = ("document", "doc_title", "doc_no", "doc_issuer", "doc_date", "level", "region")


@dataclass(frozen=True, slots=True)
class Adoption:
    """One local plan's answer to a national measure: ``record``, one of its measures taking it up (None for a plan that
    dropped it, ``plan`` then its only fields)."""

    implements: str
    relation: str
    plan: Document
    record: MeasureOut | None


def adoptions(implements: str, cells: Sequence[tuple[str, CoverageCell]], records: Sequence[MeasureOut],
              plans: Mapping[str, Document], with_dropped: bool = True) -> list[Adoption]:
    """The rows of ``measures --implements``: for each plan of ``cells`` (in their order) its ``records`` the cell links,
    in the plan's order, or — ``with_dropped``, and the plan among ``plans`` — one ``dropped`` row of a plan that took
    the measure up in none. ``implements`` names the national measure (``national-2020:76``)."""
    rows: list[Adoption] = []
    for plan_id, cell in cells:
        if plan_id not in plans:
            continue
        if not cell.locals:
            if with_dropped:
                rows.append(Adoption(implements, "dropped", plans[plan_id], None))
            continue
        taken = set(cell.positions)
        rows += [Adoption(implements, cell.relation, plans[plan_id], r) for r in records
                 if r.document == plan_id and r.position in taken]
    return rows


def adoption_data(row: Adoption) -> dict[str, Any]:
    """A row as a JSON object: the two adoption fields, then the measure's record (a dropped plan's: its own fields)."""
    head = {"implements": row.implements, "relation": row.relation}
    if row.record is not None:
        return {**head, **row.record.model_dump(mode="json")}
    plan = row.plan
    return {**head, "document": plan.id, "doc_title": plan.title, "doc_no": plan.doc_no, "doc_issuer": plan.issuer,
            "doc_date": None if plan.date is None else plan.date.isoformat(), "level": plan.level, "region": plan.region}


def adoption_csv_row(row: Adoption) -> list[str]:
    """A row as its CSV line has it, under ``ADOPTION_COLUMNS + CSV_COLUMNS``."""
    if row.record is not None:
        return [row.implements, row.relation, *csv_record(row.record).values()]
    data = adoption_data(row)
    return [row.implements, row.relation, *("" if c not in PLAN_COLUMNS or data[c] is None else str(data[c])
                                            for c in CSV_COLUMNS)]


def adoption_headers() -> tuple[str, ...]:
    """The CSV's and the workbook's header."""
    return ADOPTION_COLUMNS + CSV_COLUMNS


def render_adoptions(rows: Sequence[Adoption], fmt: Literal["jsonl", "json", "csv", "xlsx"]) -> str | bytes:
    """The rows in ``fmt``: JSONL, a JSON array, CSV with a byte-order mark (Excel reads the Chinese right), or a
    workbook of one sheet ``measures``."""
    if fmt in ("jsonl", "json"):
        dumped = [adoption_data(row) for row in rows]
        # json.dumps, not the measures' json_array: a dropped plan's row holds no measure's fields (no source)
        return jsonl_lines(dumped) if fmt == "jsonl" else json.dumps(dumped, ensure_ascii=False, indent=2) + "\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(adoption_headers())
    writer.writerows(adoption_csv_row(row) for row in rows)
    text = "\ufeff" + buffer.getvalue()
    if fmt == "csv":
        return text
    from pilotplans.xlsx import csv_workbook

    return csv_workbook("measures", text)

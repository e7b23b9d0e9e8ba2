"""Coverage as a workbook: the matrix's sheet ``coverage`` (the CSV's rows, each column of one type) and ``totals``.

The CSV's text read back cell by cell made a ``:local`` column of numbers and text alike (``109`` a number,
``56；87`` and ``#3`` text), which Excel sorts apart and flags; here the sheet is made from the matrices: the national
measure's number, position and heading number are numbers, every ``:local`` cell is its labels as text, joined as
every output joins them (:data:`pilotplans.diff.coverage.LABEL_SEPARATOR`), and Excel is told those columns are text.
"""

from __future__ import annotations

from collections.abc import Sequence

from pilotplans.diff.coverage import CoverageMatrix, joined_labels
from pilotplans.diff.coverage_totals import TOTALS_COLUMNS, totals_records
from pilotplans.xlsx import Sheet, Value, fitted_columns, workbook_bytes

#: The matrix's columns before the local plans', as the CSV heads them.
MEASURE_COLUMNS = ("national_document", "number", "position", "heading_number", "heading", "text")


def coverage_sheet(matrices: Sequence[CoverageMatrix]) -> Sheet:
    """The sheet ``coverage``: a row a national measure of each matrix, per local plan (in the CSV's order) its
    ``:relation`` and its ``:local`` labels as text (blank where the plan took none up or implements another plan)."""
    plans = list(dict.fromkeys(doc.id for matrix in matrices for doc in matrix.locals))
    headers = [*MEASURE_COLUMNS, *(f"{plan}:{part}" for plan in plans for part in ("relation", "local"))]
    rows: list[list[Value]] = []
    for matrix in matrices:
        index = {doc.id: k for k, doc in enumerate(matrix.locals)}
        for row in matrix.rows:
            n = row.national
            line: list[Value] = [matrix.national.id, n.number, n.position, n.heading_number, n.heading_title or None, n.text]
            for plan in plans:
                cell = row.cells[index[plan]] if plan in index else None
                line += [cell.relation, joined_labels(cell.locals) or None] if cell else [None, None]
            rows.append(line)
    labels = tuple(len(MEASURE_COLUMNS) + 2 * k + 1 for k in range(len(plans)))
    return Sheet("coverage", fitted_columns(headers, rows), rows, labels)


def totals_sheet(matrices: Sequence[CoverageMatrix]) -> Sheet:
    """The sheet ``totals``: a row per local plan of each matrix (:mod:`pilotplans.diff.coverage_totals`), counts as
    numbers."""
    rows: list[list[Value]] = [[record[name] for name in TOTALS_COLUMNS] for record in totals_records(matrices)]
    return Sheet("totals", fitted_columns(TOTALS_COLUMNS, rows), rows)


def coverage_workbook(matrices: Sequence[CoverageMatrix], *, totals_only: bool = False) -> bytes:
    """The workbook ``coverage -f xlsx`` writes: the sheets ``coverage`` and ``totals``, or ``totals`` alone."""
    sheets = [totals_sheet(matrices)] if totals_only else [coverage_sheet(matrices), totals_sheet(matrices)]
    return workbook_bytes(sheets)

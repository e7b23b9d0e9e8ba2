"""Coverage as a workbook: the matrix's sheet ``coverage`` (the CSV's rows, each column of one type) and ``totals``.

The CSV's text read back cell by cell made a ``:local`` column of numbers and text alike (``109`` a number,
``56；87`` and ``#3`` text), which Excel sorts apart and flags; here the sheet is made from the matrices: the national
measure's number, position and heading number are numbers, every ``:local`` cell is its labels as text, joined as
every output joins them (:data:`pilotplans.diff.coverage.LABEL_SEPARATOR`), and Excel is told those columns are text.
"""

from __future__ import annotations

from collections.abc import Sequence

from pilotplans.diff.columns import coverage_headers, label_columns
from pilotplans.diff.coverage import CoverageMatrix, matrix_plans, typed_rows
from pilotplans.diff.coverage_totals import TOTALS_COLUMNS, totals_records
from pilotplans.xlsx import Sheet, Value, fitted_columns, workbook_bytes


def coverage_sheet(matrices: Sequence[CoverageMatrix]) -> Sheet:
    """The sheet ``coverage``: the CSV's rows, typed (:func:`pilotplans.diff.coverage.typed_rows`): a row a national
    measure of each matrix, per local plan its ``:relation`` and its ``:local`` labels as text (blank where the plan
    took none up or implements another plan)."""
    plans = matrix_plans(matrices)
    headers = coverage_headers(plans)
    rows = list(typed_rows(matrices, plans))
    return Sheet("coverage", fitted_columns(headers, rows), rows, label_columns(len(plans)))


def totals_sheet(matrices: Sequence[CoverageMatrix]) -> Sheet:
    """The sheet ``totals``: a row per local plan of each matrix (:mod:`pilotplans.diff.coverage_totals`), counts as
    numbers."""
    rows: list[list[Value]] = [[record[name] for name in TOTALS_COLUMNS] for record in totals_records(matrices)]
    return Sheet("totals", fitted_columns(TOTALS_COLUMNS, rows), rows)


def coverage_workbook(matrices: Sequence[CoverageMatrix], *, totals_only: bool = False) -> bytes:
    """The workbook ``coverage -f xlsx`` writes: the sheets ``coverage`` and ``totals``, or ``totals`` alone."""
    sheets = [totals_sheet(matrices)] if totals_only else [coverage_sheet(matrices), totals_sheet(matrices)]
    return workbook_bytes(sheets)

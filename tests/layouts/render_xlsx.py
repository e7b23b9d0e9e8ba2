"""Print a table plan as an Excel workbook, as bureaus publish their 任务清单: the covering notice's
lines and the title in one-cell rows above the table (the title merged across it), the header, then
the rows; a heading a row merged across the table (headings=row, and headings=paragraph, which a
sheet cannot print between tables), or a cell merged down its measures' rows (headings=column);
cells whose value repeats down merged over their rows; numbers typed as numbers."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

from tests.layouts.plan import TablePlan
from tests.layouts.spec import LayoutSpec

_WRAP = Alignment(wrap_text=True, vertical="top")


def _value(text: str, role: str) -> str | int:
    """A number column's cell typed as a number where it prints one (as a sheet's 序号 is)."""
    return int(text) if role == "number" and text.isdigit() else text


def render_xlsx(plan: TablePlan, spec: LayoutSpec, path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "任务清单"
    width = len(plan.columns)
    row = 1
    for line in plan.cover:
        sheet.cell(row, 1, line.text)
        row += 1
    for line in plan.title_lines or (plan.title,):
        sheet.cell(row, 1, line)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        row += 1
    for column, label in enumerate(plan.columns, start=1):
        sheet.cell(row, column, label.label)
    row += 1
    roles = [c.role for c in plan.columns]
    heading_column = roles.index("heading") if spec.headings == "column" else None
    for group in plan.groups:
        if spec.headings in ("row", "paragraph"):
            sheet.cell(row, 1, group.label)
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
            row += 1
        first = row
        for index, values in enumerate(group.rows):
            for column, (role, text) in enumerate(zip(roles, values)):
                span = group.span(index, column)
                if column == heading_column or span == 0:
                    continue
                cell = sheet.cell(row, column + 1, _value(text, role))
                cell.alignment = _WRAP
                if span > 1:
                    sheet.merge_cells(start_row=row, start_column=column + 1, end_row=row + span - 1, end_column=column + 1)
            row += 1
        if heading_column is not None:
            sheet.cell(first, heading_column + 1, group.label)
            if row - 1 > first:
                sheet.merge_cells(start_row=first, start_column=heading_column + 1, end_row=row - 1, end_column=heading_column + 1)
    book.save(path)

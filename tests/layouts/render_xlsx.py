"""Print a table plan as an Excel workbook, as bureaus publish their 任务清单: the covering notice's
lines and the title in one-cell rows above the table (the title merged across it), the header, then
the rows; a heading a row merged across the table (headings=row, and headings=paragraph, which a
sheet cannot print between tables), or a cell merged down its measures' rows (headings=column);
cells whose value repeats down merged over their rows; numbers typed as numbers.

A workbook has dimensions of its own, drawn from the layout's seed (:func:`workbook_draws`, each from
its own stream, as :mod:`.spec` draws a layout's): the table on one sheet or going on in a second
sheet under the header repeated (as over a page), cells typed on one line or with line breaks where a
narrow column wraps them, two measures of a heading packed in one cell (序号 and 具体举措 merged across,
one measure a line, their owners a parallel list, as the 2020 national table packs 107–118), and the
workbook as openpyxl writes it or opened and saved again by LibreOffice Calc (another program's
XML; where LibreOffice is installed)."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from tests.layouts.plan import HeadingGroup, TablePlan
from tests.layouts.spec import LayoutSpec

_WRAP = Alignment(wrap_text=True, vertical="top")
_DIGITS = re.compile(r"\d+")
SAVE_TIMEOUT_S = 120

WORKBOOK_DIMENSIONS: dict[str, tuple[Any, ...]] = {
    "sheets": ("one", "header-per-sheet"),
    "cell_lines": ("one", "typed-breaks"),
    "packed": (False, True),
    # a LibreOffice save is a program started per workbook (20–40 s each on a loaded machine, where the rest of a
    # layout's test takes one or two): one layout in twelve (6 of the 118)
    "saved_by": ("openpyxl",) * 11 + ("libreoffice",),
}


def workbook_draws(spec: LayoutSpec) -> dict[str, Any]:
    """The workbook's own dimensions for ``spec``, each drawn from a stream of its own."""
    return {name: random.Random(f"{spec.seed}:xlsx-{name}").choice(values) for name, values in WORKBOOK_DIMENSIONS.items()}


@dataclass(frozen=True)
class _Row:
    """A row of the table as the sheet prints it: its cells (None where a cell above covers it), the rows each
    spans, the columns the first cell merges across (packed rows), and its group's index."""

    cells: tuple[str | int | None, ...]
    spans: tuple[int, ...]
    across: int
    group: int
    packs: bool = False


def render_xlsx(plan: TablePlan, spec: LayoutSpec, path: Path) -> None:
    draws = workbook_draws(spec)
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
    roles = [c.role for c in plan.columns]
    heading_column = roles.index("heading") if spec.headings == "column" else None
    _header(sheet, plan, row)
    row += 1
    body = _body(plan, spec, draws)
    split = _split_at(body) if draws["sheets"] == "header-per-sheet" else None
    first_of_group: dict[int, int] = {}  # each group's first row on the sheet being written
    started: set[int] = set()  # the groups whose first row is printed (a group going on in the next sheet has)
    for index, printed in enumerate(body):
        if index == split:
            _close_heading(sheet, heading_column, first_of_group, body[index - 1].group, row)
            sheet = book.create_sheet("任务清单（续）")
            _header(sheet, plan, 1)
            row, first_of_group = 2, {}
        if printed.group not in first_of_group:
            if first_of_group:
                _close_heading(sheet, heading_column, first_of_group, body[index - 1].group, row)
            opens = printed.group not in started
            started.add(printed.group)
            if opens and spec.headings in ("row", "paragraph"):
                sheet.cell(row, 1, plan.groups[printed.group].label)
                sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
                row += 1
            first_of_group[printed.group] = row
            if opens and heading_column is not None:
                sheet.cell(row, heading_column + 1, plan.groups[printed.group].label)
        for column, value in enumerate(printed.cells):
            if value is None:
                continue
            cell = sheet.cell(row, column + 1, value)
            cell.alignment = _WRAP
            across = printed.across if roles[column] == "number" else 1
            if printed.spans[column] > 1 or across > 1:
                sheet.merge_cells(start_row=row, start_column=column + 1, end_row=row + printed.spans[column] - 1,
                                  end_column=column + across)
        row += 1
    if body:
        _close_heading(sheet, heading_column, first_of_group, body[-1].group, row)
    book.save(path)
    if draws["saved_by"] == "libreoffice" and (shutil.which("soffice") or shutil.which("libreoffice")):
        _saved_by_libreoffice(path)


def _body(plan: TablePlan, spec: LayoutSpec, draws: dict[str, Any]) -> list[_Row]:
    roles = [c.role for c in plan.columns]
    return _body_rows(plan, roles, roles.index("heading") if spec.headings == "column" else None, draws)


def packed_rows(plan: TablePlan, spec: LayoutSpec, draws: dict[str, Any]) -> int:
    """How many rows of the workbook pack two measures."""
    return sum(1 for row in _body(plan, spec, draws) if row.packs)


def sheet_rows(plan: TablePlan, spec: LayoutSpec, draws: dict[str, Any]) -> tuple[int, int] | None:
    """Where the table goes on in a second sheet: the group of the first sheet's last row and of the second's
    first; None for a table on one sheet."""
    body = _body(plan, spec, draws)
    split = _split_at(body) if draws["sheets"] == "header-per-sheet" else None
    return None if split is None else (body[split - 1].group, body[split].group)


def _header(sheet: Worksheet, plan: TablePlan, row: int) -> None:
    for column, label in enumerate(plan.columns, start=1):
        sheet.cell(row, column, label.label)


def _close_heading(sheet: Worksheet, heading_column: int | None, first_of_group: dict[int, int], group: int,
                   row: int) -> None:
    """Merge a heading column's cell down the rows its group printed on this sheet (up to ``row``, not included)."""
    first = first_of_group.get(group)
    if heading_column is not None and first is not None and row - 1 > first and sheet.cell(first, heading_column + 1).value:
        sheet.merge_cells(start_row=first, start_column=heading_column + 1, end_row=row - 1, end_column=heading_column + 1)


def _value(text: str, role: str) -> str | int:
    """A number column's cell typed as a number where it prints one (as a sheet's 序号 is)."""
    return int(text) if role == "number" and text.isdigit() else text


def _body_rows(plan: TablePlan, roles: list[str], heading_column: int | None, draws: dict[str, Any]) -> list[_Row]:
    """The table's measure rows as the sheet prints them, the first two measures of each group that may share a row
    (:func:`_packable`) packed in one where the draw packs."""
    out: list[_Row] = []
    for number, group in enumerate(plan.groups):
        pair = next((i for i in range(len(group.rows) - 1) if _packable(group, i, roles, heading_column)), None)
        index = 0
        while index < len(group.rows):
            if draws["packed"] and index == pair:
                out.append(_packed(group, index, roles, heading_column, number, draws))
                index += 2
                continue
            values = group.rows[index]
            cells = tuple(None if column == heading_column or group.span(index, column) == 0
                          else _typed(_value(text, role), role, draws) for column, (role, text) in enumerate(zip(roles, values)))
            out.append(_Row(cells, tuple(max(group.span(index, column), 1) for column in range(len(roles))), 1, number))
            index += 1
    return out


def _packable(group: HeadingGroup, at: int, roles: list[str], heading_column: int | None) -> bool:
    """Whether the group's measures ``at`` and ``at + 1`` may share one row: a responsibility column, no cell of
    either spanning rows or spanned from above, 序号 (where the table prints one) right before 具体举措, and every
    other column printing the same in both (a packed row gives its other cells to each of its measures)."""
    if "responsibility" not in roles or "text" not in roles:
        return False
    if any(group.span(row, column) != 1 for row in (at, at + 1) for column in range(len(roles)) if column != heading_column):
        return False
    first, second = group.rows[at], group.rows[at + 1]
    if "number" in roles:
        number = roles.index("number")
        if number + 1 >= len(roles) or roles[number + 1] != "text":
            return False
        if not (_DIGITS.search(first[number]) and _DIGITS.search(second[number])):
            return False
    return all(first[column] == second[column] for column, role in enumerate(roles)
               if role not in ("number", "text", "responsibility") and column != heading_column)


def _packed(group: HeadingGroup, at: int, roles: list[str], heading_column: int | None, index: int,
            draws: dict[str, Any]) -> _Row:
    """The group's measures ``at`` and ``at + 1`` in one row: their texts a line each in the 具体举措 cell (numbered
    as the table numbers them in the text), or with their numbers (``107 允许…``) in one cell merged across 序号 and
    具体举措; their owners a parallel list a line each."""
    text, responsibility = roles.index("text"), roles.index("responsibility")
    number = roles.index("number") if "number" in roles else None
    first, second = group.rows[at], group.rows[at + 1]
    cells: list[str | int | None] = []
    for column, role in enumerate(roles):
        if column == heading_column or role == "text" and number is not None:
            cells.append(None)
        elif column == number:
            cells.append("\n".join(f"{_DIGITS.search(row[column])[0]} {row[text]}" for row in (first, second)))
        elif column in (text, responsibility):
            cells.append(f"{first[column]}\n{second[column]}")
        else:
            cells.append(_typed(first[column], role, draws))
    return _Row(tuple(cells), (1,) * len(roles), 2 if number is not None else 1, index, packs=True)


def _typed(value: str | int, role: str, draws: dict[str, Any]) -> str | int:
    """A text or responsibility cell with a line break typed where a narrow column wraps it (after the first
    ，past its twelfth character; after the first 、 of a list of owners), as the draw types them."""
    if draws["cell_lines"] != "typed-breaks" or not isinstance(value, str):
        return value
    if role == "text" and len(value) > 24:
        at = value.find("，", 12)
        return value if at < 0 or at == len(value) - 1 else f"{value[:at + 1]}\n{value[at + 1:]}"
    if role == "responsibility" and "、" in value:
        at = value.index("、")
        return f"{value[:at + 1]}\n{value[at + 1:]}"
    return value


def _split_at(body: list[_Row]) -> int | None:
    """The row the second sheet opens with: the middle one, or the nearest after it no cell above spans into."""
    for index in range(max(len(body) // 2, 1), len(body)):
        if not any(_spans_into(body, index, column) for column in range(len(body[index].cells))):
            return index
    return None


def _spans_into(body: list[_Row], index: int, column: int) -> bool:
    return any(above + body[above].spans[column] > index for above in range(index))


def _saved_by_libreoffice(path: Path) -> None:
    """The workbook opened and saved again by LibreOffice Calc, in place."""
    program = shutil.which("soffice") or shutil.which("libreoffice")
    assert program is not None
    with tempfile.TemporaryDirectory() as folder:
        profile = (Path(folder) / "profile").resolve()
        out = Path(folder) / "out"
        subprocess.run([program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to",
                        'xlsx:Calc MS Excel 2007 XML', "--outdir", str(out), str(path)],
                       capture_output=True, text=True, timeout=SAVE_TIMEOUT_S, check=True)
        shutil.copyfile(out / path.name, path)

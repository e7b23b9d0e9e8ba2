"""Excel workbooks (openpyxl): every listing as a sheet, and the dataset's ``measures.xlsx``.

A sheet reads well as it opens: the header row bold and frozen, an autofilter over the table,
columns as wide as what they hold (Chinese characters count twice; long text columns wrap at a
readable width), numbers and dates as numbers and dates, and the provenance columns (file, page,
row, lines) at the end. Workbooks are written in openpyxl's streaming mode (a large dataset is
never held as cells) and made deterministic: the same rows give the same bytes (fixed timestamps
in the document properties and the zip entries).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from copy import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pilotplans.export import MeasureOut

#: Display width (in Latin characters) a wrapped column is given, and the width of any other at most.
WRAP_WIDTH, MAX_WIDTH, MIN_WIDTH = 60, 40, 6
#: Rows a column's width is measured on.
WIDTH_SAMPLE = 200
_FIXED_TIME = dt.datetime(2000, 1, 1)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # characters a worksheet cannot hold
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

Value = str | int | float | dt.date | None


@dataclass(frozen=True)
class Column:
    """A column of a sheet: its header, display width and whether its text wraps."""

    name: str
    width: float
    wrap: bool = False


@dataclass(frozen=True)
class Sheet:
    """A sheet: a title, its columns and its rows (values, one per column)."""

    title: str
    columns: tuple[Column, ...]
    rows: Iterable[Sequence[Value]]


def display_width(text: str) -> int:
    """How many Latin characters wide ``text`` shows (wide and full-width characters count two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fitted_columns(headers: Sequence[str], rows: Sequence[Sequence[Value]]) -> tuple[Column, ...]:
    """Columns as wide as their header and their longest value (on the first rows), long ones wrapped."""
    columns = []
    for k, header in enumerate(headers):
        widest = max([display_width(header)] + [max((display_width(line) for line in str(row[k]).split("\n")), default=0)
                                                 for row in rows[:WIDTH_SAMPLE] if row[k] is not None])
        wrap = widest > WRAP_WIDTH
        columns.append(Column(header, WRAP_WIDTH if wrap else max(MIN_WIDTH, min(widest, MAX_WIDTH)) + 2, wrap))
    return tuple(columns)


def sheet_title(name: str, taken: set[str]) -> str:
    """A sheet title from ``name``: at most 31 characters, none of []:*?/\\, unique among ``taken``."""
    base = _SHEET_FORBIDDEN.sub("_", name).strip("'") or "sheet"
    title, n = base[:31], 1
    while title.lower() in taken:
        n += 1
        suffix = f"~{n}"
        title = base[: 31 - len(suffix)] + suffix
    taken.add(title.lower())
    return title


def _cell_value(value: Value) -> Value:
    if isinstance(value, str):
        return _ILLEGAL.sub("", value)
    return value


def write_workbook(sheets: Iterable[Sheet], target: io.BufferedIOBase | io.BytesIO) -> None:
    """Write ``sheets`` as one workbook to the binary stream ``target``."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    workbook.properties.creator = "pilotplans"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    wrapped, top = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
    taken: set[str] = set()
    # The style of a body cell by (wrapped, date): setting a style on a cell looks it up in the
    # workbook's tables, a third of the time of writing the dataset's workbook cell by cell.
    styles: dict[tuple[bool, bool], Any] = {}
    for sheet in sheets:
        # One cell per column and kind, given each row's value in turn: a row appended in
        # write-only mode is written at once, so a cell is free again for the next row (making
        # and styling a cell for every value was a third of the time of writing the workbook).
        body: dict[tuple[int, bool], Any] = {}
        ws = workbook.create_sheet(sheet_title(sheet.title, taken))
        for k, column in enumerate(sheet.columns, start=1):
            ws.column_dimensions[get_column_letter(k)].width = column.width
        ws.freeze_panes = "A2"
        header = []
        for column in sheet.columns:
            cell = WriteOnlyCell(ws, column.name)
            cell.font, cell.fill, cell.alignment = bold, fill, wrapped
            header.append(cell)
        ws.append(header)
        count = 0
        for row in sheet.rows:
            cells = []
            for k, (column, value) in enumerate(zip(sheet.columns, row, strict=True)):
                date = isinstance(value, dt.date)
                cell = body.get((k, date))
                if cell is None:
                    cell = body[k, date] = WriteOnlyCell(ws)
                    kind = (column.wrap, date)
                    style = styles.get(kind)
                    if style is None:  # the first cell of its kind registers its style, as each cell did
                        cell.alignment = wrapped if column.wrap else top
                        if date:
                            cell.number_format = "yyyy-mm-dd"
                        styles[kind] = copy(cell._style)
                    else:  # openpyxl's way of giving a cell another's style, without looking it up again
                        cell._style = copy(style)
                cell.value = _cell_value(value)
                cells.append(cell)
            ws.append(cells)
            count += 1
        if sheet.columns:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.columns))}{count + 1}"
    if not taken:
        workbook.create_sheet("empty")
    buffer = io.BytesIO()
    workbook.save(buffer)
    target.write(_deterministic(buffer.getvalue()))


def workbook_bytes(sheets: Iterable[Sheet]) -> bytes:
    """``sheets`` as the bytes of one workbook."""
    buffer = io.BytesIO()
    write_workbook(sheets, buffer)
    return buffer.getvalue()


def _deterministic(data: bytes) -> bytes:
    """The workbook ``data`` with fixed times: its document properties' and its zip entries'."""
    stamp = _FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), content)
            entry = zipfile.ZipInfo(info.filename, date_time=_FIXED_TIME.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, content)
    return out.getvalue()


# ----------------------------------------------------------------------------- measures

#: The columns of a measures sheet: the CSV's, the provenance last.
PROVENANCE = ("source_file", "source_format", "page", "row", "line", "line_end", "paragraph")
#: Columns of whole numbers, and of dates, in a measures sheet.
INTEGER_COLUMNS = frozenset({"table", "heading_number", "number", "position", "page", "row", "line", "line_end", "paragraph"})
DATE_COLUMNS = frozenset({"doc_date"})
#: Width and wrapping of each measures column (a sheet of thousands of rows is not measured first).
_WIDE = {"text": (WRAP_WIDTH, True), "responsibility": (30, True), "heading": (24, True), "heading_path": (30, True),
         "doc_title": (30, True), "table_title": (24, True), "superior": (24, True), "cooperating": (24, True),
         "remarks": (24, True), "scope": (20, True), "sector": (20, True), "regulations": (30, True), "deadline": (16, True),
         "leader": (14, True), "policies": (40, True), "departments": (36, True), "regions": (24, True),
         "warnings": (20, True), "source_file": (26, False), "doc_issuer": (20, True)}
#: The document's own fields, left out of a sheet that holds one document (its sheet says them).
DOCUMENT_FIELDS = ("doc_title", "doc_no", "doc_issuer", "doc_date", "level", "region")


def measure_columns(names: Sequence[str]) -> tuple[Column, ...]:
    def column(name: str) -> Column:
        width, wrap = _WIDE.get(name, (max(MIN_WIDTH, display_width(name)) + 2, False))
        return Column(name, width, wrap)

    return tuple(column(n) for n in names)


def sheet_order(csv_columns: Sequence[str]) -> list[str]:
    """The CSV's columns with the provenance moved to the end."""
    return [c for c in csv_columns if c not in PROVENANCE] + [c for c in csv_columns if c in PROVENANCE]


def typed(name: str, value: str) -> Value:
    """A CSV cell as the value a sheet holds: whole numbers and dates as such, empty as None."""
    if value == "":
        return None
    if name in INTEGER_COLUMNS and value.lstrip("-").isdigit():
        return int(value)
    if name in DATE_COLUMNS:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def csv_records(text: str, columns: Sequence[str]) -> Iterator[dict[str, str]]:
    """The rows of CSV text without its header (as stored per document by a rebuild), by column."""
    for row in csv.reader(io.StringIO(text)):
        yield dict(zip(columns, row, strict=True))


def measure_sheet(title: str, records: Iterable[dict[str, str]], *, one_document: bool = False) -> Sheet:
    """A sheet of measures from their CSV rows (see :data:`pilotplans.export.CSV_COLUMNS`)."""
    from pilotplans.export import CSV_COLUMNS

    names = [c for c in sheet_order(CSV_COLUMNS) if not (one_document and c in DOCUMENT_FIELDS)]
    rows = ([typed(name, record[name]) for name in names] for record in records)
    return Sheet(title, measure_columns(names), rows)


def measures_workbook(records: Sequence[MeasureOut]) -> bytes:
    """A workbook of one sheet ``measures`` holding ``records`` (``--format xlsx``)."""
    from pilotplans.export import CSV_COLUMNS, to_csv

    text = to_csv(records).lstrip("\ufeff")
    body = text.split("\r\n", 1)[1] if "\r\n" in text else ""
    return workbook_bytes([measure_sheet("measures", csv_records(body, CSV_COLUMNS))])


def rows_workbook(title: str, headers: Sequence[str], rows: Sequence[Sequence[Value]]) -> bytes:
    """A workbook of one sheet holding a listing."""
    return workbook_bytes([Sheet(title, fitted_columns(headers, rows), rows)])


def csv_workbook(title: str, text: str) -> bytes:
    """A workbook of one sheet holding CSV text (its first row the header), numbers as numbers."""
    reader = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    if not reader:
        return rows_workbook(title, [], [])
    headers, rows = reader[0], reader[1:]
    values: list[list[Value]] = [[_number(v) for v in row] for row in rows]
    return rows_workbook(title, headers, values)


def _number(value: str) -> Value:
    if value == "":
        return None
    if re.fullmatch(r"-?(0|[1-9]\d{0,14})", value):
        return int(value)
    if re.fullmatch(r"-?\d+\.\d+", value):
        return float(value)
    return value

"""Excel workbooks (.xlsx) read into a :class:`~pilotplans.layout.Layout` (openpyxl).

Many 任务清单 and 任务分解表 are published as workbooks. A sheet is a table as it prints: each
visible sheet in the workbook's order, its hidden rows and columns left out (a hidden sheet is
not printed and is not read), the empty rows and columns around its cells cut away. A run of
empty rows parts a sheet into blocks (a note under the table, a second table). In a block, the
rows above its first row of two or more cells that print one cell only — a title merged across
the table, an attachment label, a date — are the paragraphs before the table; the rest is one
:class:`~pilotplans.layout.Grid`, its merged ranges merged cells (expanded as every reader
expands them). A cell prints what Excel shows of it: text as typed (its line breaks part its
paragraphs), a whole number without ``.0``, a date as its number format writes it
(``yyyy年m月d日`` → 2025年6月30日, ``yyyy/m/d`` → 2025/6/30; a date-time or a format of no date
parts as ``2025-06-30``), a formula its cached value. Provenance names the sheet and its row
(:class:`~pilotplans.layout.Where` ``sheet`` and ``sheet_row``).

Nothing here knows of 试点任务 or 责任单位: which block is a task table is the interpreter's to
tell, and a workbook with none is refused there as any document is.
"""

from __future__ import annotations

import datetime as dt
import io
import tomllib
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import regex

from pilotplans.errors import UnreadableFile
from pilotplans.layout import MAX_GRID_COLUMNS, Block, Cell, Grid, Layout, Paragraph, Row, SpanningCell, Where, expand_spans
from pilotplans.patterns import compiled
from pilotplans.textutil import cell_lines

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

# A number format's date parts (Excel's codes, longest first) and the pieces it prints as they are.
_DATE_PART = r"yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d"
_QUOTED = r'"([^"]*)"'
_TIME_PART = r"[hs]|am/pm|a/p"


@dataclass(frozen=True)
class SheetCell:
    """A cell of a sheet as it prints, at its sheet row and column (both 1-based), and the range
    it covers when merged."""

    row: int
    column: int
    text: str
    rowspan: int = 1
    colspan: int = 1


def read_workbook(data: bytes, source: str) -> Layout:
    """The Layout of an .xlsx workbook's bytes: each visible sheet's blocks in order. Raises
    :class:`UnreadableFile` in one line for a workbook openpyxl cannot open (a damaged part, a
    package that is no workbook) and for one whose visible sheets print nothing."""
    import openpyxl

    try:
        with warnings.catch_warnings():  # openpyxl warns of what it leaves out (data validation, a default style), not of text
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), data_only=True, read_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, SyntaxError) as exc:
        raise UnreadableFile(source, f"damaged Excel workbook (.xlsx): {_first_line(exc)}") from None
    except Exception as exc:  # noqa: BLE001 - openpyxl raises the XML parser's own errors for a damaged part
        raise UnreadableFile(source, f"damaged Excel workbook (.xlsx): {type(exc).__name__}: {_first_line(exc)}") from None
    uncomputed = _uncomputed_formulas(data, book)
    if uncomputed:
        raise UnreadableFile(source, f"Excel workbook (.xlsx) whose formulas hold no computed value ({len(uncomputed)} cells: "
                                     f"{'、'.join(uncomputed[:3])}{'…' if len(uncomputed) > 3 else ''}; a program wrote it without "
                                     "computing them): open it in Excel or WPS and save it, which computes them")
    blocks: list[Block] = []
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        blocks.extend(sheet_blocks(sheet.title, list(_sheet_cells(sheet, book.epoch)), _hidden_rows(sheet), _hidden_columns(sheet)))
    if not blocks:
        raise UnreadableFile(source, "Excel workbook (.xlsx) whose visible sheets print nothing")
    return Layout(source=source, format="xlsx", blocks=tuple(blocks))


def sheet_blocks(name: str, cells: Sequence[SheetCell], hidden_rows: frozenset[int] = frozenset(),
                 hidden_columns: frozenset[int] = frozenset()) -> list[Block]:
    """The blocks one sheet's printed cells make: paragraphs (a block's one-cell rows above its
    first row of several cells) and grids, the blocks parted by empty rows, each grid's columns
    those its cells print in."""
    shown = [c for c in cells if c.row not in hidden_rows and c.column not in hidden_columns and c.text.strip()]
    blocks: list[Block] = []
    above: list[int] = []  # the columns of the sheet's last grid
    for rows in _row_runs(shown, hidden_rows):
        made, columns = _block(name, rows, shown, hidden_columns, above)
        blocks.extend(made)
        above = columns or above
    return blocks


def _row_runs(cells: Sequence[SheetCell], hidden_rows: frozenset[int]) -> Iterator[list[int]]:
    """The sheet's printed rows in runs of rows with no empty row between them (a merged cell's
    rows are printed rows of its run); hidden rows part nothing."""
    printed = sorted({r for c in cells for r in range(c.row, c.row + c.rowspan) if r not in hidden_rows})
    run: list[int] = []
    for r in printed:
        if run and any(gap not in hidden_rows for gap in range(run[-1] + 1, r)):
            yield run
            run = []
        run.append(r)
    if run:
        yield run


def _block(name: str, rows: list[int], cells: Sequence[SheetCell], hidden_columns: frozenset[int],
           above: Sequence[int] = ()) -> tuple[list[Block], list[int]]:
    """One run of rows as paragraphs (its leading one-cell rows) then a grid as wide as the columns its
    cells print in, or as the grid above it in the sheet where its cells print in that grid's columns only
    (a sign-off under a table, 填报人 | 联系电话, keeps each cell in its column: a row narrower than its
    table reads as one whose first cells a merge above covers); a run of one-cell rows only is paragraphs.
    With the blocks, the grid's columns (none for paragraphs only)."""
    in_run = set(rows)
    cells = [c for c in cells if c.row in in_run]
    starting = {r: sorted((c for c in cells if c.row == r), key=lambda c: c.column) for r in rows}
    first_wide = next((i for i, r in enumerate(rows) if _printed_cells(r, cells) > 1), None)
    lead = rows if first_wide is None else rows[:first_wide]
    blocks: list[Block] = [Paragraph(" ".join(c.text for c in starting[r] if c.text.strip()),
                                     Where(sheet=name, sheet_row=r)) for r in lead if starting[r]]
    table_rows = [] if first_wide is None else rows[first_wide:]
    if not table_rows:
        return blocks, []
    index = {r: i for i, r in enumerate(table_rows)}
    columns = sorted({col for c in cells if c.row in index for col in range(c.column, c.column + c.colspan)
                      if col not in hidden_columns})[:MAX_GRID_COLUMNS]
    if above and set(columns) <= set(above):
        columns = list(above)
    at_column = {col: i for i, col in enumerate(columns)}
    placed = [SpanningCell(index[c.row], at_column[c.column],
                           Cell(cell_lines(c.text), Where(sheet=name, sheet_row=c.row)),
                           rowspan=sum(1 for r in range(c.row, c.row + c.rowspan) if r in index),
                           colspan=sum(1 for col in range(c.column, c.column + c.colspan) if col in at_column))
              for c in cells if c.row in index and c.column in at_column]
    grid_rows = expand_spans(placed, len(table_rows), len(at_column))
    first = Where(sheet=name, sheet_row=table_rows[0])
    return [*blocks, Grid(tuple(Row(cells_, Where(sheet=name, sheet_row=r)) for r, cells_ in zip(table_rows, grid_rows, strict=True)),
                          first)], columns


def _printed_cells(row: int, cells: Sequence[SheetCell]) -> int:
    """How many cells print in a sheet row (a merged cell counts once, in every row it covers)."""
    return sum(1 for c in cells if c.row <= row < c.row + c.rowspan)


def _sheet_cells(sheet: Worksheet, epoch: dt.datetime) -> Iterator[SheetCell]:
    """The cells of a sheet that print something, a merged range as its top-left cell over the
    range (a range whose top-left cell is empty prints nothing); a number in a built-in format of a
    Chinese Excel openpyxl does not know (``data/excel_formats.toml``: 31 for ``yyyy年m月d日``) as that
    format writes it."""
    from openpyxl.utils.datetime import from_excel

    builtin = _builtin_formats()
    spans = {(rng.min_row, rng.min_col): (rng.max_row - rng.min_row + 1, rng.max_col - rng.min_col + 1)
             for rng in sheet.merged_cells.ranges}
    # the cells the sheet's XML holds (openpyxl 3.x keeps them by (row, column) in ``_cells``): ``iter_rows`` would
    # make a cell for every position of the sheet's used range, millions for a sheet styled down a whole column
    for (row, column), cell in sorted(sheet._cells.items()):
        if cell.value is None:
            continue
        value, number_format = cell.value, cell.number_format or "General"
        # the style's format id (openpyxl 3.x keeps it in ``_style``): "General" is all ``number_format`` gives for it
        known = builtin.get(cell._style.numFmtId) if number_format == "General" else None
        if known is not None and isinstance(value, (int, float)) and not isinstance(value, bool):
            value, number_format = from_excel(value, epoch), known
        text = shown_value(value, number_format)
        if not text.strip():
            continue
        rowspan, colspan = spans.get((row, column), (1, 1))
        yield SheetCell(row, column, text, rowspan, colspan)


def _uncomputed_formulas(data: bytes, book: Any) -> list[str]:
    """The printed cells of the visible sheets (``Sheet!A3``) holding a formula whose value the workbook does not
    keep: a program that writes formulas without computing them (openpyxl, many exporters) leaves them so, and
    read as blank such a 序号 (``=A2+1``) or 责任单位 joins its row to the one above. Read again for the formulas
    only where a sheet's XML holds one."""
    import openpyxl

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if not any(b"<f>" in part or b"<f " in part for part in
                   (archive.read(name) for name in archive.namelist() if name.startswith("xl/worksheets/"))):
            return []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        formulas = openpyxl.load_workbook(io.BytesIO(data), data_only=False, read_only=False)
    found: list[str] = []
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        hidden_rows, hidden_columns = _hidden_rows(sheet), _hidden_columns(sheet)
        for (row, column), cell in sorted(formulas[sheet.title]._cells.items()):
            shown = sheet._cells.get((row, column))
            if (cell.data_type == "f" and (shown is None or shown.value is None)
                    and row not in hidden_rows and column not in hidden_columns):
                found.append(f"{sheet.title}!{cell.coordinate}")
    return found


@cache
def _builtin_formats() -> dict[int, str]:
    """The built-in number formats of a Chinese Excel by their id (``data/excel_formats.toml``)."""
    text = resources.files("pilotplans.data").joinpath("excel_formats.toml").read_text("utf-8")
    return {int(key): code for key, code in tomllib.loads(text)["builtin"].items()}


def _hidden_rows(sheet: Worksheet) -> frozenset[int]:
    return frozenset(r for r, dim in sheet.row_dimensions.items() if dim.hidden)


def _hidden_columns(sheet: Worksheet) -> frozenset[int]:
    from openpyxl.utils import column_index_from_string

    hidden: set[int] = set()
    for key, dim in sheet.column_dimensions.items():
        if dim.hidden:
            start = dim.min or column_index_from_string(key)
            hidden.update(range(start, (dim.max or start) + 1))
    return frozenset(hidden)


def shown_value(value: Any, number_format: str = "General") -> str:
    """What Excel shows of a cell's value: text as typed, a whole number without a fraction, a
    percentage by its format, a date (or a date-time at midnight) as its number format writes
    it."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime) and value.time() == dt.time() or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        day = value.date() if isinstance(value, dt.datetime) else value
        return shown_date(day, number_format)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (dt.time, dt.timedelta)):
        return str(value)
    if isinstance(value, (int, float)):
        if "%" in number_format:
            return _number(value * 100) + "%"
        return _number(value)
    return str(value)


def _number(value: float) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value) if isinstance(value, int) else format(value, ".15g")


def shown_date(day: dt.date, number_format: str) -> str:
    """A date as a number format of Excel writes it (its year, month and day codes, the literal
    text between them); a format of no such codes, or one that writes a time too, as ISO."""
    fmt = compiled(r"\[[^\]]*\]").sub("", number_format).split(";")[0]
    codes = compiled(_QUOTED).sub("", fmt.lower())  # the format's codes, its quoted text left out
    if compiled(_TIME_PART).search(codes) or not compiled(r"[yd]").search(codes):
        return day.isoformat()
    out: list[str] = []
    for piece in compiled(rf'{_QUOTED}|\\(.)|({_DATE_PART})|(.)', regex.IGNORECASE).finditer(fmt):
        quoted, escaped, part, other = piece.groups()
        if part is not None:
            out.append(_date_part(day, part.lower()))
        else:
            out.append(quoted if quoted is not None else escaped if escaped is not None else other)
    return "".join(out)


def _date_part(day: dt.date, part: str) -> str:
    return {"yyyy": f"{day.year:04d}", "yy": f"{day.year % 100:02d}", "mm": f"{day.month:02d}", "m": str(day.month),
            "mmm": str(day.month), "mmmm": str(day.month), "dd": f"{day.day:02d}", "d": str(day.day),
            "ddd": str(day.day), "dddd": str(day.day)}[part]


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__

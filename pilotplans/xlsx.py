"""Excel workbooks (XlsxWriter): every listing as a sheet, and the dataset's ``measures.xlsx``.

A sheet reads well as it opens: the header row bold and frozen, an autofilter over the table,
columns as wide as what they hold (Chinese characters count twice; long text columns wrap at a
readable width), numbers and dates as numbers and dates, and the provenance columns (file, page,
row, lines) at the end. Workbooks are written by XlsxWriter in its constant-memory mode (a large
dataset is never held as cells, nor its strings in a table) and are deterministic: the same rows
give the same bytes (fixed times in the document properties and the zip entries). The dataset's
workbook is put together from sheets written once each (:class:`AssembledWorkbook`): a
document's sheet is written where the document is read and kept with its build.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Collection, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import IO, TYPE_CHECKING, Any

from pilotplans.parsers.text.lines import text_width  # columns a text shows: wide characters count two

if TYPE_CHECKING:
    from xlsxwriter import Workbook
    from xlsxwriter.format import Format

    from pilotplans.export import MeasureOut
    from pilotplans.xlsx_parts import KeptSheet, PreviousWorkbook

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
    """A sheet: a title, its columns and its rows (values, one per column), and the indices of the columns that hold
    labels written as text though they may read as numbers (``109``, ``22；23``, ``#3``): Excel is told they are text,
    and flags none of them as a number stored as text."""

    title: str
    columns: tuple[Column, ...]
    rows: Iterable[Sequence[Value]]
    labels: tuple[int, ...] = ()


def fitted_columns(headers: Sequence[str], rows: Sequence[Sequence[Value]]) -> tuple[Column, ...]:
    """Columns as wide as their header and their longest value (on the first rows), long ones wrapped."""
    sample = rows[:WIDTH_SAMPLE]
    values = list(zip(*sample, strict=True)) if sample else [()] * len(headers)
    columns = []
    for header, column in zip(headers, values, strict=True):
        texts = {v if isinstance(v, str) else str(v) for v in column if v is not None}  # each text measured once
        widest = max(text_width(header), max(map(_widest_line, texts), default=0))
        wrap = widest > WRAP_WIDTH
        columns.append(Column(header, WRAP_WIDTH if wrap else max(MIN_WIDTH, min(widest, MAX_WIDTH)) + 2, wrap))
    return tuple(columns)


def _widest_line(text: str) -> int:
    """The display width of the widest line of a text."""
    if "\n" not in text:
        return text_width(text)
    return max(text_width(line) for line in text.split("\n"))


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


#: Cells a workbook written in steps (:meth:`WorkbookWriter.steps`) writes between two pauses: a
#: few milliseconds.
CELLS_PER_STEP = 256


class WorkbookWriter:
    """A workbook written to the binary stream ``target`` a sheet at a time (:meth:`add`, or
    :meth:`steps` to write a sheet in short steps between other work), then :meth:`close`.

    XlsxWriter in its constant-memory mode: each row is written to the sheet's temporary file as
    soon as the next begins, and text is written in the cell (not in a table of every string of
    the workbook, which a large dataset would hold whole), so that memory does not grow with the
    rows; a finished sheet's temporary file is closed (XlsxWriter opens it again to put the
    workbook together), so that a sheet per document never holds a file open per document. Its
    zip entries carry a fixed time, and the document properties are given one; its formats are
    numbered in one order whatever a sheet uses first (:func:`_formats`).

    ``small=True`` for a workbook of one small sheet (:func:`kept_steps`): the workbook's other
    parts are put together in memory rather than in a temporary file each
    (:func:`pilotplans.xlsx_parts.rows_on_disk_parts_in_memory`): a thousand documents' sheets
    would make and remove ten thousand files, which costs seconds where the disk is busy."""

    def __init__(self, target: io.BufferedIOBase | io.BytesIO | IO[bytes], *, small: bool = False) -> None:
        import tempfile

        from pilotplans.xlsx_parts import rows_on_disk_parts_in_memory

        self._folder = tempfile.TemporaryDirectory(prefix="pilotplans-xlsx-")  # the sheets' temporary files
        if small:
            self.workbook = _workbook(target, {"in_memory": True, "tmpdir": self._folder.name})
            rows_on_disk_parts_in_memory(self.workbook)
        else:
            self.workbook = _workbook(target, {"constant_memory": True, "tmpdir": self._folder.name})
        self.header, self.body = _formats(self.workbook)
        self.taken: set[str] = set()
        self.rows = 0
        """Rows (under the header) of the sheet written last."""

    def add(self, sheet: Sheet) -> None:
        """Write ``sheet`` whole."""
        for _ in self.steps(sheet):
            pass

    def steps(self, sheet: Sheet) -> Iterator[None]:
        """Write ``sheet``, pausing (yielding) after every ``CELLS_PER_STEP`` cells or so."""
        ws = self.workbook.add_worksheet(sheet_title(sheet.title, self.taken))
        self.rows = 0
        for k, column in enumerate(sheet.columns):
            ws.set_column_pixels(k, k, _pixels(column.width))
        ws.freeze_panes(1, 0)
        for k, column in enumerate(sheet.columns):
            ws.write_string(0, k, column.name, self.header)
        from pilotplans.xlsx_parts import RowWriter

        formats = [(self.body[column.wrap, False], self.body[column.wrap, True]) for column in sheet.columns]
        rows = RowWriter(ws, [plain._get_xf_index() for plain, _ in formats], drop=_ILLEGAL)  # text, numbers, blanks
        count = cells = 0
        for count, row in enumerate(sheet.rows, start=1):
            if len(row) != len(formats):
                raise ValueError(f"sheet {sheet.title!r}: a row of {len(row)} values for {len(formats)} columns")
            if not rows.write(count, row):
                _write_cells(ws, count, row, formats)
            cells += len(formats)
            if cells >= CELLS_PER_STEP:
                cells = 0
                yield
        if sheet.columns:
            ws.autofilter(0, 0, count, len(sheet.columns) - 1)
        if sheet.labels and count:
            from xlsxwriter.utility import xl_range

            ws.ignore_errors({"number_stored_as_text": " ".join(xl_range(1, k, count, k) for k in sheet.labels)})
        self.rows = count
        ws._opt_close()  # XlsxWriter's own step before it puts the workbook together (it reopens the file then)

    def close(self) -> None:
        """Put the workbook together and write it to the target."""
        try:
            if not self.taken:
                self.workbook.add_worksheet("empty")
            self.workbook.close()
        finally:
            self.discard()

    def discard(self) -> None:
        """Remove the sheets' temporary files (the workbook is not written, or is written already)."""
        for sheet in self.workbook.worksheets():
            sheet._opt_close()
        self._folder.cleanup()


def _write_cells(ws: Any, row: int, values: Sequence[Value], formats: Sequence[tuple[Format, Format]]) -> None:
    """Write a row of ``values`` a cell at a time through XlsxWriter (a row :class:`RowWriter`
    declines: one holding a date or a truth value); ``formats``: each column's (plain, date)."""
    for k, value in enumerate(values):
        if value is None:
            ws.write_blank(row, k, None, formats[k][0])
        elif isinstance(value, str):
            ws.write_string(row, k, _ILLEGAL.sub("", value), formats[k][0])
        elif isinstance(value, dt.date):
            ws.write_datetime(row, k, value, formats[k][1])
        elif isinstance(value, bool):
            ws.write_boolean(row, k, value, formats[k][0])
        else:
            ws.write_number(row, k, value, formats[k][0])


def _workbook(target: io.BufferedIOBase | io.BytesIO | IO[bytes], options: dict[str, object], *,
              assembling: bool = False) -> Workbook:
    """An XlsxWriter workbook writing to ``target`` as every workbook here is written: text as
    text, the document properties at a fixed time. ``assembling``: one of many sheets, whose
    names are looked up (:func:`pilotplans.xlsx_parts.assembling_workbook`)."""
    import xlsxwriter

    from pilotplans.xlsx_parts import assembling_workbook

    options = {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False, **options}
    workbook = assembling_workbook(target, options) if assembling else xlsxwriter.Workbook(target, options)
    workbook.set_properties({"author": "pilotplans", "created": _FIXED_TIME})
    return workbook


def _formats(workbook: Workbook) -> tuple[Format, dict[tuple[bool, bool], Format]]:
    """The formats of a workbook: the header's, and the body's by (wrapped, date). They are
    numbered at once, in this order (:func:`pilotplans.xlsx_parts.pin_styles`), so that a sheet
    names the same styles whatever workbook it is written in and whatever it uses first: a
    sheet kept from one workbook (:func:`kept_sheet`) can be put in another as it is."""
    from pilotplans.xlsx_parts import pin_styles

    header = workbook.add_format({"bold": True, "pattern": 1, "bg_color": "#DDEBF7", "text_wrap": True, "valign": "top"})
    body = {(wrap, date): workbook.add_format({"valign": "top", **({"text_wrap": True} if wrap else {}),
                                               **({"num_format": "yyyy-mm-dd"} if date else {})})
            for wrap in (False, True) for date in (False, True)}
    pin_styles([header, *body.values()])
    return header, body


def kept_steps(sheet: Sheet, *, first: bool = False) -> Generator[None, None, KeptSheet]:
    """Steps of writing ``sheet`` once, to be put in any workbook as it is (:class:`AssembledWorkbook`);
    returns the kept sheet. It is written as the workbook's ``first`` sheet would be, shown
    selected, or else as any other sheet (a sheet put among others must not say it is selected)."""
    from pilotplans.xlsx_parts import sheet_alone

    writer = WorkbookWriter(io.BytesIO(), small=True)
    try:
        yield from writer.steps(sheet)
        # Only the sheet's own part is made, as the workbook would store it: not the workbook
        # around it, zipped and read back (half the CPU of a document's sheet).
        return sheet_alone(writer.workbook.worksheets()[-1], writer.rows, len(sheet.columns), selected=first)
    finally:
        writer.discard()


def kept_sheet(sheet: Sheet, *, first: bool = False) -> KeptSheet:
    """``sheet`` written once, to be put in any workbook as it is (see :func:`kept_steps`)."""
    steps = kept_steps(sheet, first=first)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]


class AssembledWorkbook:
    """A workbook put together from sheets each written once in a workbook of its own
    (:func:`kept_steps`): those given here (:meth:`add`, :meth:`steps`) and those kept from
    before (:meth:`add_kept`: each document's sheet of the dataset, kept with its build), copied
    as their zip stores them (:func:`pilotplans.xlsx_parts.assemble`). The workbook's own parts
    (its list of sheets, their names and autofilters, its styles: its frame) are written by
    XlsxWriter in its in-memory mode as it closes, each sheet an empty one standing for the kept
    sheet, so that a thousand sheets cost no temporary file each. The workbook is the one
    :class:`WorkbookWriter` writes of the same sheets, but for the times of its zip's entries.
    Its first sheet should be one given here: it is the one shown selected.

    ``previous``: the workbook the last rebuild wrote (:class:`pilotplans.xlsx_parts.PreviousWorkbook`),
    whose frame is copied when the new one's is the same, and each sheet given here whose key (of
    its rows, or of what they are made from: :meth:`add_keyed`) is the same, and each kept sheet
    of a document carried over, rather than made again: the bytes written are the same either
    way. :attr:`facts` (once closed) are what the next rebuild compares (the rebuild keeps them
    with its build facts)."""

    def __init__(self, target: io.BufferedIOBase | io.BytesIO | IO[bytes], previous: PreviousWorkbook | None = None) -> None:
        self.target = target
        self.previous = previous
        self._draft = io.BytesIO()
        self.workbook = _workbook(self._draft, {"in_memory": True}, assembling=True)
        _formats(self.workbook)  # the styles the kept sheets name
        self.taken: set[str] = set()
        self._sheets: list[tuple[str, int, int, Callable[[], KeptSheet]]] = []  # title, rows, columns, load
        self._unchanged: set[str] = set()  # titles of the sheets the previous workbook holds as they are
        self.facts: dict[str, str] = {}
        """A key of the frame (``workbook.frame``), and of each sheet given here (``workbook.sheet.<title>``:
        of its rows, or the key it was given) with its shape (``workbook.shape.<title>``: rows and
        columns), as :class:`pilotplans.xlsx_parts.PreviousWorkbook` reads them."""

    def add(self, sheet: Sheet) -> None:
        """Write ``sheet`` whole."""
        for _ in self.steps(sheet):
            pass

    def steps(self, sheet: Sheet) -> Iterator[None]:
        """Write ``sheet``, pausing (yielding) after every ``CELLS_PER_STEP`` cells or so; or copy
        it from the previous workbook if its rows are the same (they are held to be compared)."""
        from pilotplans.xlsx_parts import content_key

        first = not self.taken
        title = sheet_title(sheet.title, self.taken)
        rows = sheet.rows if isinstance(sheet.rows, list) else list(sheet.rows)
        yield from self._made(title, content_key(title, first, sheet.columns, rows), first,
                              lambda: Sheet(title, sheet.columns, rows))

    def add_keyed(self, title: str, key: str, make: Callable[[], Sheet]) -> None:
        """Add the sheet ``make`` gives, whose ``key`` is one of everything it is made from (for
        a sheet costly to make): copied from the previous workbook if it holds a sheet of that
        key under this title, else made and written."""
        from pilotplans.xlsx_parts import content_key

        first = not self.taken
        title = sheet_title(title, self.taken)
        for _ in self._made(title, content_key(title, first, key), first, make):
            pass

    def _made(self, title: str, key: str, first: bool, make: Callable[[], Sheet]) -> Iterator[None]:
        """Steps of writing sheet ``title`` that ``make`` gives, unless the previous workbook holds
        it (its ``key`` is the same); noted among the facts either way."""
        self.facts[f"workbook.sheet.{title}"] = key
        shape = self.previous.shape(title, key) if self.previous is not None else None
        if shape is not None:
            self._add(title, *shape, None)
        else:
            sheet = make()
            kept = yield from kept_steps(Sheet(title, sheet.columns, sheet.rows, sheet.labels), first=first)
            self._add(title, kept.rows, kept.columns, lambda: kept)
        self.facts[f"workbook.shape.{title}"] = f"{self._sheets[-1][1]} {self._sheets[-1][2]}"

    def add_kept(self, title: str, rows: int, columns: int, load: Callable[[], KeptSheet], *,
                 carried: tuple[int, int] | None = None) -> str:
        """Add a kept sheet (:func:`kept_sheet`) of ``rows`` rows under its header and ``columns``
        columns, which ``load`` gives when the workbook is closed; its title here. ``carried``:
        the kept sheet's CRC-32 and size when it is the very sheet the previous workbook holds
        under this title (its document was carried over): it is then copied from there (if they
        agree), not loaded."""
        title = sheet_title(title, self.taken)
        same = carried is not None and self.previous is not None and self.previous.holds(title, carried)
        self._add(title, rows, columns, None if same else load)
        return title

    def _add(self, title: str, rows: int, columns: int, load: Callable[[], KeptSheet] | None) -> None:
        """Note sheet ``title``, which ``load`` gives (None: the previous workbook's, unchanged)."""
        if load is None:
            previous = self.previous
            assert previous is not None
            self._unchanged.add(title)
            load = partial(previous.kept, title, rows, columns)
        self._sheets.append((title, rows, columns, load))

    def close(self) -> None:
        """Put the workbook together and write it to the target: on the previous workbook's
        frame when it is the same (its unchanged sheets left as they are), else on one
        XlsxWriter writes."""
        from pilotplans.xlsx_parts import assemble, content_key, splice

        frame = content_key([(title, rows, columns) for title, rows, columns, _ in self._sheets])
        self.facts["workbook.frame"] = frame
        members = self.previous.frame(frame) if self.previous is not None and self._sheets else None
        if members is not None:
            assert self.previous is not None
            splice(self.previous.handle, self.previous.members, self.target,
                   {members[title]: load for title, _, _, load in self._sheets if title not in self._unchanged})
        else:
            for title, rows, columns, _ in self._sheets:
                ws = self.workbook.add_worksheet(title)
                if columns:  # the workbook names the sheet's autofilter range (the kept sheet has it too)
                    ws.autofilter(0, 0, rows, columns - 1)
            if not self._sheets:
                self.workbook.add_worksheet("empty")
            self.workbook.close()
            self._draft.seek(0)
            assemble(self._draft, self.target, {title: load for title, _, _, load in self._sheets})
        self.discard()

    def discard(self) -> None:
        """Let go of what is held (the workbook is not written, or is written already)."""
        self._sheets.clear()
        self._unchanged.clear()
        self._draft = io.BytesIO()


def write_workbook(sheets: Iterable[Sheet], target: io.BufferedIOBase | io.BytesIO) -> None:
    """Write ``sheets`` as one workbook to the binary stream ``target`` (:class:`WorkbookWriter`)."""
    writer = WorkbookWriter(target)
    for sheet in sheets:
        writer.add(sheet)
    writer.close()


def _pixels(width: float) -> int:
    """The pixels XlsxWriter is given for a column ``width`` characters wide: it states a column's
    width as its pixels over 7 (the width of a digit), so that the workbook states ``width``
    itself (to a seventh of a character), as the ``width`` of a column in the file means."""
    return round(width * 7)


def workbook_bytes(sheets: Iterable[Sheet]) -> bytes:
    """``sheets`` as the bytes of one workbook."""
    buffer = io.BytesIO()
    write_workbook(sheets, buffer)
    return buffer.getvalue()


# ----------------------------------------------------------------------------- measures

#: The columns of a measures sheet: the CSV's, the provenance last.
PROVENANCE = ("source_file", "source_format", "sheet", "page", "row", "line", "line_end", "paragraph")
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
        width, wrap = _WIDE.get(name, (max(MIN_WIDTH, text_width(name)) + 2, False))
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


def document_sheet(doc_id: str, csv_text: str) -> Sheet:
    """Document ``doc_id``'s sheet of the dataset's workbook from its CSV rows (as its build stores
    them, without the header): its measures without the document's own fields, the provenance last."""
    from pilotplans.export import CSV_COLUMNS

    return measure_sheet(doc_id, csv_records(csv_text, CSV_COLUMNS), one_document=True)


def measures_workbook(records: Sequence[MeasureOut]) -> bytes:
    """A workbook of one sheet ``measures`` holding ``records`` (``--format xlsx``)."""
    from pilotplans.export import csv_record

    return workbook_bytes([measure_sheet("measures", (csv_record(r) for r in records))])


def rows_workbook(title: str, headers: Sequence[str], rows: Sequence[Sequence[Value]]) -> bytes:
    """A workbook of one sheet holding a listing."""
    return workbook_bytes([Sheet(title, fitted_columns(headers, rows), rows)])


def csv_workbook(title: str, text: str, labels: Collection[str] = ()) -> bytes:
    """A workbook of one sheet holding CSV text (its first row the header), numbers as numbers; the columns headed
    by a name among ``labels`` hold labels (``1``, ``二、1``, ``#3``) as text, and Excel is told they are text."""
    reader = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    if not reader:
        return rows_workbook(title, [], [])
    headers, rows = reader[0], reader[1:]
    texts = tuple(k for k, header in enumerate(headers) if header in labels)
    values: list[list[Value]] = [[(v or None) if k in texts else _number(v) for k, v in enumerate(row)] for row in rows]
    return workbook_bytes([Sheet(title, fitted_columns(headers, values), values, texts)])


def _number(value: str) -> Value:
    if value == "":
        return None
    if re.fullmatch(r"-?(0|[1-9]\d{0,14})", value):
        return int(value)
    if re.fullmatch(r"-?\d+\.\d+", value):
        return float(value)
    return value

"""Sheets written once and copied into many workbooks as their zip holds them (deflated).

The dataset's workbook holds a sheet per document. Each is written where the document is read
(:func:`pilotplans.xlsx.kept_sheet`) and kept with the document's other exports; the workbook is
then put together from the kept sheets (:class:`pilotplans.xlsx.AssembledWorkbook`), writing anew
only what changed. A thousand documents' sheets are some hundred megabytes of XML: inflating and
deflating them again costs seconds, so they are copied into the new zip as they are stored. What this needs beyond XlsxWriter's public
API is here, and only here:

- **Style numbers.** A cell names its style by number (``s="3"``: an ``xf`` of ``styles.xml``),
  and XlsxWriter numbers a format when it is first used, so that the same sheet written in two
  workbooks could name its styles differently. :func:`pin_styles` numbers the formats at once,
  in the order given, with XlsxWriter's own ``Format._get_xf_index`` (XlsxWriter 3.x, pinned in
  ``pyproject.toml``; ``tests/test_xlsx_kept.py`` fails if the numbers move).
- **Rows on disk, parts in memory.** XlsxWriter writes a sheet's rows to a temporary file in its
  constant-memory mode (text in the cell, not in the workbook's table of strings: a kept sheet
  must not name strings of a table it is not kept with), and each of the workbook's ten other
  parts to a temporary file too, unless in its in-memory mode, which turns the constant-memory
  mode off. :func:`rows_on_disk_parts_in_memory` turns it on again (``Workbook.constant_memory``,
  read by each sheet as it is added) for the workbooks of one sheet that keep a document's
  sheet: the sheet written is the same, the parts go into memory.
- **Rows as XlsxWriter writes them, three times faster.** Writing a cell through XlsxWriter's API
  (checks, a tuple in its table of the row, then the XML of each cell with its attributes
  escaped one by one) costs about 4 µs: two thirds of the cost of a document's sheet (the
  bundled five's sheets took 98 ms, 52 ms written this way). :class:`RowWriter`
  writes a row of plain values (text, numbers, dates, blanks: what a sheet of measures holds)
  as the XML XlsxWriter writes for them in its constant-memory mode, with XlsxWriter's own
  escaping, and keeps the sheet's dimensions as XlsxWriter does; any other row is left to
  XlsxWriter (``tests/test_xlsx_rows.py`` compares the bytes of both).
- **Which member holds a sheet**: read from the workbook's parts (``xl/workbook.xml`` and its
  relationships), as any reader of the format does, not from how XlsxWriter names its files.
- **The zip.** Python's ``zipfile`` deflates whatever it writes, and no library on PyPI copies a
  deflated member from one archive to another (``stream-zip`` and ``zipstream-ng`` take the
  inflated bytes); :func:`splice` writes the archive itself: each member's local header and data,
  then the central directory and its end record (PKWARE's APPNOTE, sections 4.3.7, 4.3.12 and
  4.3.16), copying every member of a workbook XlsxWriter wrote but those it replaces. No zip64:
  a workbook of 4 GiB or 65,535 members is refused (a dataset of ten thousand documents is far
  below both).
"""

from __future__ import annotations

import datetime as dt
import math
import posixpath
import struct
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any
from xml.etree import ElementTree

_LOCAL = struct.Struct("<IHHHHHIIIHH")  # APPNOTE 4.3.7, without the name and extra field
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")  # 4.3.12
_END = struct.Struct("<IHHHHIIH")  # 4.3.16
_LOCAL_SIGNATURE, _CENTRAL_SIGNATURE, _END_SIGNATURE = 0x04034B50, 0x02014B50, 0x06054B50
_DATA_DESCRIPTOR = 0x08  # general purpose flag: sizes after the data (never written here)
_LIMIT = 0xFFFFFFFF
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"


@dataclass(frozen=True)
class KeptSheet:
    """A sheet's XML as a workbook's zip stores it (deflated, its CRC-32 and inflated size), with
    the shape the workbook's own parts state of it (rows under the header, columns)."""

    data: bytes
    crc: int
    size: int
    rows: int
    columns: int


def pin_styles(formats: Iterable[Any]) -> None:
    """Number XlsxWriter ``formats`` (their ``xf`` index) now, in this order (see the module docstring)."""
    for fmt in formats:
        fmt._get_xf_index()


def rows_on_disk_parts_in_memory(workbook: Any) -> None:
    """Have an XlsxWriter ``workbook`` opened in its in-memory mode write the rows of the sheets
    added from now on as in its constant-memory mode (see the module docstring)."""
    workbook.constant_memory = True


class RowWriter:
    """Rows of an XlsxWriter ``worksheet`` in constant-memory mode written straight to its rows'
    file, each cell styled by ``styles`` (per column: the format of a value and of a date), as
    XlsxWriter's own ``write_*`` calls would write them (see the module docstring)."""

    def __init__(self, worksheet: Any, styles: Sequence[tuple[Any, Any]]) -> None:
        from xlsxwriter.utility import _preserve_whitespace, xl_col_to_name

        self.worksheet = worksheet
        self.names = [xl_col_to_name(k) for k in range(len(styles))]
        self.styles = [(plain._get_xf_index(), date._get_xf_index()) for plain, date in styles]
        self.preserve = _preserve_whitespace
        self.usable = bool(worksheet.constant_memory) and len(styles) <= worksheet.xls_colmax

    def write(self, row: int, values: Sequence[object]) -> bool:
        """Write ``values`` as row ``row`` (0 is the first; rows come in order, after any the
        worksheet was given by XlsxWriter); False, having written nothing, for a row of other
        values (booleans, numbers that are not finite, text past a cell's limit), which the caller
        writes through XlsxWriter."""
        sheet = self.worksheet
        if not self.usable or len(values) != len(self.styles) or row <= sheet.previous_row:
            return False
        number = str(row + 1)
        cells = []
        for k, value in enumerate(values):
            reference = self.names[k] + number
            if value is None:
                cells.append(f'<c r="{reference}" s="{self.styles[k][0]}"/>')
            elif isinstance(value, str):
                if len(value) > sheet.xls_strmax // 2:
                    return False
                text = sheet._escape_control_characters(value)
                if text.startswith("<r>") and text.endswith("</r>"):
                    cells.append(f'<c r="{reference}" s="{self.styles[k][0]}" t="inlineStr"><is>{text}</is></c>')
                else:
                    space = ' xml:space="preserve"' if self.preserve(text) else ""
                    cells.append(f'<c r="{reference}" s="{self.styles[k][0]}" t="inlineStr"><is><t{space}>'
                                 f'{sheet._escape_data(text)}</t></is></c>')
            elif isinstance(value, dt.date):
                cells.append(f'<c r="{reference}" s="{self.styles[k][1]}"><v>{sheet._convert_date_time(value):.16G}</v></c>')
            elif isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
                cells.append(f'<c r="{reference}" s="{self.styles[k][0]}"><v>{value:.16G}</v></c>')
            else:
                return False
        if row >= sheet.xls_rowmax:
            return True  # XlsxWriter ignores a cell past the last row
        sheet._write_single_row(row)  # what XlsxWriter holds of the row before (the header)
        if cells:
            sheet.fh.write(f'<row r="{number}">{"".join(cells)}</row>')
            sheet.dim_rowmin = row if sheet.dim_rowmin is None else min(sheet.dim_rowmin, row)
            sheet.dim_rowmax = row if sheet.dim_rowmax is None else max(sheet.dim_rowmax, row)
            sheet.dim_colmin = 0 if sheet.dim_colmin is None else min(sheet.dim_colmin, 0)
            last = len(cells) - 1
            sheet.dim_colmax = last if sheet.dim_colmax is None else max(sheet.dim_colmax, last)
        return True


def sheet_members(archive: zipfile.ZipFile) -> dict[str, str]:
    """The zip member holding each worksheet of a workbook, by sheet name."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in relations.iter(f"{{{_PACKAGE}}}Relationship")}
    members = {}
    for sheet in workbook.iter(f"{{{_MAIN}}}sheet"):
        target = targets[sheet.get(f"{{{_RELATIONSHIP}}}id")]
        members[sheet.get("name", "")] = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
    return members


def stored_bytes(source: IO[bytes], info: zipfile.ZipInfo) -> bytes:
    """The bytes a zip member is stored as (deflated, as a rule), not inflated."""
    source.seek(info.header_offset)
    fields = _LOCAL.unpack(source.read(_LOCAL.size))
    if fields[0] != _LOCAL_SIGNATURE:
        raise zipfile.BadZipFile(f"{info.filename}: no local header where the central directory puts it")
    source.seek(fields[9] + fields[10], 1)  # the name and the extra field
    return source.read(info.compress_size)


def kept_member(source: IO[bytes], title: str, rows: int, columns: int) -> KeptSheet:
    """Sheet ``title`` of the workbook ``source``, as its zip stores it (see :class:`KeptSheet`)."""
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo(sheet_members(archive)[title])
        if info.compress_type != zipfile.ZIP_DEFLATED:
            raise ValueError(f"sheet {title!r} is not deflated in its workbook")
        return KeptSheet(stored_bytes(source, info), info.CRC, info.file_size, rows, columns)


def assemble(draft: IO[bytes], target: IO[bytes], sheets: Mapping[str, Callable[[], KeptSheet]]) -> None:
    """Write to ``target`` the workbook ``draft`` with the worksheets ``sheets`` names (by sheet
    name) replaced by the kept sheets their callables give (called one at a time, as each is
    written)."""
    with zipfile.ZipFile(draft) as archive:
        members = sheet_members(archive)
        splice(draft, archive.infolist(), target, {members[title]: load for title, load in sheets.items()})


def splice(source: IO[bytes], members: list[zipfile.ZipInfo], target: IO[bytes],
           replacements: Mapping[str, Callable[[], KeptSheet]]) -> None:
    """Write ``members`` of the zip ``source`` to ``target`` as they are stored, but those
    ``replacements`` names, which take the deflated bytes their callables give."""
    if len(members) >= 0xFFFF:
        raise ValueError(f"a workbook of {len(members)} parts: more than a zip without zip64 holds")
    central = []
    offset = 0
    for info in members:
        load = replacements.get(info.filename)
        if load is None:
            data, method, crc, size = stored_bytes(source, info), info.compress_type, info.CRC, info.file_size
        else:
            kept = load()
            data, method, crc, size = kept.data, zipfile.ZIP_DEFLATED, kept.crc, kept.size
        if offset > _LIMIT or len(data) > _LIMIT or size > _LIMIT:
            raise ValueError(f"{info.filename}: a workbook past 4 GiB, more than a zip without zip64 holds")
        name = info.filename.encode("ascii" if info.filename.isascii() else "utf-8")
        flags = (info.flag_bits & ~_DATA_DESCRIPTOR) | (0 if info.filename.isascii() else 0x800)
        version = max(info.extract_version, 20)
        year, month, day, hour, minute, second = info.date_time
        time, date = hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day
        target.write(_LOCAL.pack(_LOCAL_SIGNATURE, version, flags, method, time, date, crc, len(data), size, len(name), 0))
        target.write(name)
        target.write(data)
        central.append(_CENTRAL.pack(_CENTRAL_SIGNATURE, info.create_version | info.create_system << 8, version, flags, method,
                                     time, date, crc, len(data), size, len(name), 0, 0, 0, info.internal_attr,
                                     info.external_attr, offset) + name)
        offset += _LOCAL.size + len(name) + len(data)
    directory = b"".join(central)
    if offset + len(directory) > _LIMIT:
        raise ValueError("a workbook past 4 GiB, more than a zip without zip64 holds")
    target.write(directory)
    target.write(_END.pack(_END_SIGNATURE, 0, 0, len(central), len(central), len(directory), offset, 0))

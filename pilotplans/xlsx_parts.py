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
- **Which member holds a sheet**: read from the workbook's parts (``xl/workbook.xml`` and its
  relationships), as any reader of the format does, not from how XlsxWriter names its files.
- **The zip.** Python's ``zipfile`` deflates whatever it writes, and no library on PyPI copies a
  deflated member from one archive to another (``stream-zip`` and ``zipstream-ng`` take the
  inflated bytes); :func:`splice` writes the archive itself: each member's local header and data,
  then the central directory and its end record (PKWARE's APPNOTE, sections 4.3.7, 4.3.12 and
  4.3.16), copying every member of a workbook XlsxWriter wrote but those it replaces. No zip64:
  a workbook of 4 GiB or 65,535 members is refused (a dataset of ten thousand documents is far
  below both).
- **A name looked up.** XlsxWriter checks that a new sheet's name is not taken by comparing it
  with every sheet's: half a million comparisons for a thousand documents' sheets, fifty million
  for ten thousand. :func:`assembling_workbook` gives a workbook that looks the name up instead
  (the names given are made valid and unique by :func:`pilotplans.xlsx.sheet_title`).
- **Parts carried over.** A rebuild after one document changed would otherwise make the
  workbook's own parts again for a thousand empty sheets standing for the kept ones (about half a
  second), and write the coverage and documents sheets again though their rows are often the same.
  :class:`PreviousWorkbook` is the workbook the last rebuild wrote, with the facts it noted of it
  (:attr:`pilotplans.xlsx.AssembledWorkbook.facts`: a key of its frame — every sheet's title, rows
  and columns — and of each sheet written in it: of its rows, or of what they are made from when
  making them costs more than reading that, as for the coverage sheet); the new workbook copies
  from it, as they are stored, its frame when the keys agree, each sheet whose key is the same
  and each kept sheet of a document carried over, so that it is byte for byte the workbook made
  whole (``tests/test_xlsx_kept.py``).
- **Rows as XlsxWriter writes them.** XlsxWriter spends some five microseconds on a cell (its
  checks, a table of the row, a format looked up, attributes escaped one by one): a second for
  the coverage sheet of a thousand plans (170,000 cells), written on every rebuild. :class:`RowWriter`
  writes a row of text, numbers and blanks into the sheet's row file itself, in the very bytes
  XlsxWriter's constant-memory writer gives it (``tests/test_xlsx_rows.py`` compares them over
  every kind of cell, escapes and limits included), at a fifth of the cost; the sheet's frame
  (columns, panes, dimension, autofilter) stays XlsxWriter's.
"""

from __future__ import annotations

import functools
import io
import hashlib
import math
import posixpath
import re
import struct
import zlib
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
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


_NEEDS_CARE = re.compile(r"[\x00-\x08\x0b-\x1f&<>\ufffe\uffff]|_x[0-9a-fA-F]{4}_|^\s|\s$")  # escapes, or space kept
_STRING_MAX = 32767  # UTF-16 units a cell holds (XlsxWriter's ``xls_strmax``)


class RowWriter:
    """Rows of an XlsxWriter worksheet in constant-memory mode (``ws``) written by this writer
    where every value is text, a number or None (see the module docstring); ``styles`` is the
    style number of each column's cells (their formats' ``xf`` index, pinned: :func:`pin_styles`),
    and ``drop`` the characters text loses before it is written. :meth:`write` declines a row
    holding another kind of value (a date, a truth value, a number that is not finite), which the
    caller gives XlsxWriter; rows are written in order, after the header XlsxWriter wrote."""

    def __init__(self, ws: Any, styles: list[int], drop: re.Pattern[str] | None = None) -> None:
        from xlsxwriter.utility import xl_col_to_name

        self.ws = ws
        self._drop = drop
        self._cells = [(f'<c r="{xl_col_to_name(k)}', f'" s="{style}"') for k, style in enumerate(styles)]
        self._last = len(styles) - 1

    def write(self, row: int, values: Any) -> bool:
        """Write ``values`` as row ``row`` (0 is the header's); False (nothing written) if one is
        not text, a number or None, or the sheet has no columns."""
        if self._last < 0:
            return False  # a sheet without columns: XlsxWriter writes no row
        for value in values:
            if not (value is None or type(value) in (str, int) or (type(value) is float and math.isfinite(value))):
                return False
        ws = self.ws
        if ws.table:
            ws._write_single_row(row)  # a row XlsxWriter holds (the header, a declined row) goes first
        ws._check_dimensions(row, self._last)
        number = str(row + 1)
        parts = [f'<row r="{number}">']
        append = parts.append
        for (head, tail), value in zip(self._cells, values):
            if value is None:
                append(f"{head}{number}{tail}/>")
            elif type(value) is str:
                if len(value) > _STRING_MAX // 2 or _NEEDS_CARE.search(value):
                    append(_careful_string(f"{head}{number}{tail}", self._drop.sub("", value) if self._drop else value))
                else:
                    append(f'{head}{number}{tail} t="inlineStr"><is><t>{value}</t></is></c>')
            else:
                append(f"{head}{number}{tail}><v>{value:.16G}</v></c>")
        append("</row>")
        ws.fh.write("".join(parts))
        return True


def _careful_string(opening: str, value: str) -> str:
    """An inline string cell as XlsxWriter writes one that is long, holds characters to escape, or
    starts or ends with a space (``Worksheet._write_string`` and ``_write_cell``)."""
    from xlsxwriter.utility import _preserve_whitespace, _utf16_len, _utf16_truncate
    from xlsxwriter.xmlwriter import XMLwriter

    if len(value) > _STRING_MAX // 2 and _utf16_len(value) > _STRING_MAX:
        value = _utf16_truncate(value, _STRING_MAX)
    value = XMLwriter._escape_control_characters(value)
    if value.startswith("<r>") and value.endswith("</r>"):  # XlsxWriter's rich text, written as it is
        return f'{opening} t="inlineStr"><is>{value}</is></c>'
    space = ' xml:space="preserve"' if _preserve_whitespace(value) else ""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'{opening} t="inlineStr"><is><t{space}>{value}</t></is></c>'


@dataclass(frozen=True)
class KeptSheet:
    """A sheet's XML as a workbook's zip stores it (deflated, its CRC-32 and inflated size), with
    the shape the workbook's own parts state of it (rows under the header, columns)."""

    data: bytes
    crc: int
    size: int
    rows: int
    columns: int


def content_key(*parts: object) -> str:
    """A key of what a sheet or a frame is made of (titles, shapes, columns, rows: texts, numbers,
    dates and None, whose ``repr`` tells them apart), with XlsxWriter's version: equal keys, equal parts."""
    from xlsxwriter import __version__

    digest = hashlib.sha256(__version__.encode())
    for part in parts:
        digest.update(repr(part).encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


class PreviousWorkbook:
    """The workbook at ``path`` an :class:`pilotplans.xlsx.AssembledWorkbook` wrote, with the
    ``facts`` it noted of it (see the module docstring): the parts a new workbook may copy.
    The caller vouches that the file is the one those facts are of (its hash, as the rebuild
    noted it) and that it was written by this version of the package. Closed by :meth:`close`."""

    def __init__(self, path: Path, facts: dict[str, str]) -> None:
        self.handle = open(path, "rb")
        try:
            self.archive = zipfile.ZipFile(self.handle)
            self.members = self.archive.infolist()
            self._sheets = sheet_members(self.archive)
        except BaseException:
            self.handle.close()
            raise
        self.facts = facts

    def frame(self, key: str) -> dict[str, str] | None:
        """The member holding each sheet, by title, if this workbook's frame has ``key``; else None."""
        return self._sheets if self.facts.get("workbook.frame") == key else None

    def holds(self, title: str, stored: tuple[int, int]) -> bool:
        """Whether kept sheet ``title`` is stored here as it is now: its CRC-32 and size are ``stored``."""
        member = self._sheets.get(title)
        if member is None:
            return False
        info = self.archive.getinfo(member)
        return info.compress_type == zipfile.ZIP_DEFLATED and stored == (info.CRC, info.file_size)

    def shape(self, title: str, key: str) -> tuple[int, int] | None:
        """The rows and columns of sheet ``title`` (one written in the workbook) if it is stored
        here as it is now: its key was ``key``; else None."""
        member = self._sheets.get(title)
        shape = self.facts.get(f"workbook.shape.{title}", "").split()
        if member is None or self.facts.get(f"workbook.sheet.{title}") != key or len(shape) != 2:
            return None
        if self.archive.getinfo(member).compress_type != zipfile.ZIP_DEFLATED:
            return None
        return int(shape[0]), int(shape[1])

    def kept(self, title: str, rows: int, columns: int) -> KeptSheet:
        """Sheet ``title`` as stored here (of ``rows`` rows and ``columns`` columns: :meth:`holds`)."""
        info = self.archive.getinfo(self._sheets[title])
        return KeptSheet(stored_bytes(self.handle, info), info.CRC, info.file_size, rows, columns)

    def close(self) -> None:
        self.archive.close()
        self.handle.close()


def assembling_workbook(target: IO[bytes], options: dict[str, Any]) -> Any:
    """An XlsxWriter ``Workbook(target, options)`` whose check that a new sheet's name is not taken
    (case ignored, as Excel compares them) looks it up in a set (see the module docstring)."""
    return _named_workbook_class()(target, options)


@functools.cache
def _named_workbook_class() -> type:
    from xlsxwriter import Workbook
    from xlsxwriter.exceptions import DuplicateWorksheetName

    class NamedWorkbook(Workbook):  # type: ignore[misc]
        def _check_sheetname(self, sheetname: str | None, is_chartsheet: bool = False) -> str:
            taken = self.__dict__.setdefault("_names_taken", set())
            if sheetname and sheetname.lower() in taken:
                raise DuplicateWorksheetName(f"Sheetname '{sheetname}', with case ignored, is already in use.")
            sheets, self.worksheets_objs = self.worksheets_objs, []  # XlsxWriter's checks but the comparisons
            try:
                checked: str = super()._check_sheetname(sheetname, is_chartsheet)
            finally:
                self.worksheets_objs = sheets
            taken.add(checked.lower())
            return checked

    return NamedWorkbook


def pin_styles(formats: Iterable[Any]) -> None:
    """Number XlsxWriter ``formats`` (their ``xf`` index) now, in this order (see the module docstring)."""
    for fmt in formats:
        fmt._get_xf_index()


def rows_on_disk_parts_in_memory(workbook: Any) -> None:
    """Have an XlsxWriter ``workbook`` opened in its in-memory mode write the rows of the sheets
    added from now on as in its constant-memory mode (see the module docstring)."""
    workbook.constant_memory = True


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


def sheet_alone(worksheet: Any, rows: int, columns: int, *, selected: bool) -> KeptSheet:
    """The part of an XlsxWriter ``worksheet`` (its rows written in the constant-memory mode and
    closed) as the workbook's zip would store it, made without the workbook (see :class:`KeptSheet`):
    what XlsxWriter's packager does for a worksheet, the XML deflated as :mod:`zipfile` deflates a
    member. ``selected``: the sheet is the workbook's first, which closing the workbook selects and
    makes active (the tests compare it with the sheet a whole workbook stores)."""
    if selected:
        worksheet.selected = 1
        worksheet.active = 1
    worksheet._opt_reopen()
    worksheet._write_single_row()
    text = io.StringIO()
    worksheet._set_xml_writer(text)
    worksheet._assemble_xml_file()
    data = text.getvalue().encode("utf-8")
    deflate = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)  # zipfile's ZIP_DEFLATED
    return KeptSheet(deflate.compress(data) + deflate.flush(), zlib.crc32(data), len(data), rows, columns)


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

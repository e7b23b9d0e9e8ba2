"""Rows of text, numbers and blanks are written by the project's own row writer, in the very bytes
XlsxWriter's constant-memory writer gives them (:class:`pilotplans.xlsx_parts.RowWriter`); a row
holding anything else is left to XlsxWriter."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest

from pilotplans import xlsx_parts
from pilotplans.xlsx import Column, Sheet, workbook_bytes
from pilotplans.xlsx_parts import sheet_members

COLUMNS = (Column("text", 20), Column("wrapped", 60, wrap=True), Column("number", 8))

#: Every kind of cell the row writer writes, and each escape or limit XlsxWriter applies to text.
ROWS = [
    ["试点任务", "加强统筹协调。", 1],
    ["a & b < c > d", 'quoted "x"', 0],
    [" leading space", "trailing space ", -3],
    ["line\nbreak", "tab\there", 12345678901234567890],
    ["carriage\rreturn", "control\x01\x1fdropped", 0.1],
    ["_x0041_ looks escaped", "<r>rich-looking</r>", 1e-7],
    ["not a char \ufffe\uffff", "𠀀 astral", 2.5],
    ["长" * 40000, "", None],
    [None, None, None],
    ["\n", " ", 3.0],
]


def sheet_xml(book: bytes, title: str) -> str:
    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        return archive.read(sheet_members(archive)[title]).decode("utf-8")


def by_xlsxwriter(monkeypatch: pytest.MonkeyPatch, sheet: Sheet) -> bytes:
    """The workbook as XlsxWriter alone writes it: the row writer declines every row."""
    with monkeypatch.context() as patched:
        patched.setattr(xlsx_parts.RowWriter, "write", lambda self, row, values: False)
        return workbook_bytes([sheet])


def test_rows_are_written_in_the_bytes_xlsxwriter_gives_them(monkeypatch):
    sheet = Sheet("cells", COLUMNS, ROWS)
    assert sheet_xml(workbook_bytes([sheet]), "cells") == sheet_xml(by_xlsxwriter(monkeypatch, sheet), "cells")


def test_the_whole_workbook_is_the_same_bytes(monkeypatch):
    sheet = Sheet("cells", COLUMNS, ROWS)
    assert workbook_bytes([sheet]) == by_xlsxwriter(monkeypatch, sheet)


def test_text_is_escaped_kept_spaced_and_cut_as_xlsxwriter_does():
    xml = sheet_xml(workbook_bytes([Sheet("cells", COLUMNS, ROWS)]), "cells")
    assert '<c r="A3" s="2" t="inlineStr"><is><t>a &amp; b &lt; c &gt; d</t></is></c>' in xml
    assert '<c r="A4" s="2" t="inlineStr"><is><t xml:space="preserve"> leading space</t></is></c>' in xml
    assert '<c r="A6" s="2" t="inlineStr"><is><t>carriage_x000D_return</t></is></c>' in xml
    assert '<c r="B6" s="4" t="inlineStr"><is><t>controldropped</t></is></c>' in xml
    assert '<c r="A7" s="2" t="inlineStr"><is><t>_x005F_x0041_ looks escaped</t></is></c>' in xml
    assert '<c r="B7" s="4" t="inlineStr"><is><r>rich-looking</r></is></c>' in xml
    assert f'<c r="A9" s="2" t="inlineStr"><is><t>{"长" * 32767}</t></is></c>' in xml
    assert '<c r="C5" s="2"><v>1.234567890123457E+19</v></c>' in xml
    assert '<row r="10"><c r="A10" s="2"/><c r="B10" s="4"/><c r="C10" s="2"/></row>' in xml


def test_a_row_holding_a_date_or_a_truth_value_is_left_to_xlsxwriter(monkeypatch):
    sheet = Sheet("mixed", COLUMNS, [["a", "b", 1], ["date", dt.date(2020, 8, 2), 2], ["yes", "no", True], ["c", "d", 3]])
    xml = sheet_xml(workbook_bytes([sheet]), "mixed")
    assert '<c r="B3" s="5"><v>44045</v></c>' in xml
    assert '<c r="C4" s="2" t="b"><v>1</v></c>' in xml
    assert xml == sheet_xml(by_xlsxwriter(monkeypatch, sheet), "mixed")


def test_the_row_writer_declines_a_row_holding_a_date_a_truth_value_or_a_number_not_finite():
    import xlsxwriter

    book = xlsxwriter.Workbook(io.BytesIO(), {"constant_memory": True, "in_memory": False})
    writer = xlsx_parts.RowWriter(book.add_worksheet("s"), [0, 0])
    assert writer.write(1, ["a", dt.date(2020, 1, 1)]) is False
    assert writer.write(1, ["a", True]) is False
    assert writer.write(1, ["a", float("nan")]) is False
    assert writer.write(1, ["a", 1.5]) is True
    book.close()

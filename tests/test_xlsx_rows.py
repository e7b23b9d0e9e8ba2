"""Rows written straight to a sheet (:class:`pilotplans.xlsx_parts.RowWriter`) are the bytes
XlsxWriter writes for them through its own API; a row it does not write is left to XlsxWriter."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from pilotplans import xlsx_parts
from pilotplans.xlsx import Column, Sheet, WorkbookWriter, kept_sheet

COLUMNS = (Column("text", 60, wrap=True), Column("number", 8), Column("date", 12))
ROWS = [
    ["plain text 国务院", 1, dt.date(2020, 8, 2)],
    ["  leading and trailing spaces  ", 0, None],
    ['&<>" and an ampersand & more', -7, dt.datetime(2021, 3, 4, 5, 6, 7)],
    ["_x0041_ looks like an escape", 10**17, None],
    ["a carriage\rreturn and a\nnew line\tand a tab", 0.1, None],
    ["<r><t>looks like rich text</t></r>", 2.5e-9, None],
    ["not characters \ufffe \uffff", None, None],
    ["control \x01\x1f characters", None, None],
    ["", None, None],
    [None, None, None],
    ["a boolean (left to XlsxWriter)", True, None],
    ["x" * 20_000 + " (long: left to XlsxWriter)", 3, None],
    ["after them", 4, dt.date(1999, 12, 31)],
]


def _workbook(monkeypatch: pytest.MonkeyPatch, *, fast: bool, small: bool) -> bytes:
    if not fast:
        monkeypatch.setattr(xlsx_parts.RowWriter, "write", lambda self, row, values: False)
    target = io.BytesIO()
    writer = WorkbookWriter(target, small=small)
    writer.add(Sheet("rows", COLUMNS, ROWS))
    writer.add(Sheet("empty", (), ()))
    writer.close()
    monkeypatch.undo()
    return target.getvalue()


@pytest.mark.parametrize("small", [False, True])
def test_rows_written_straight_are_the_bytes_xlsxwriter_writes(monkeypatch, small):
    assert _workbook(monkeypatch, fast=True, small=small) == _workbook(monkeypatch, fast=False, small=small)


def test_a_kept_sheet_of_rows_written_straight_is_the_one_xlsxwriter_keeps(monkeypatch):
    fast = kept_sheet(Sheet("rows", COLUMNS, ROWS))
    monkeypatch.setattr(xlsx_parts.RowWriter, "write", lambda self, row, values: False)
    assert fast == kept_sheet(Sheet("rows", COLUMNS, ROWS))


def test_rows_of_plain_values_are_written_straight_and_others_are_left_to_xlsxwriter():
    written: list[bool] = []
    real = xlsx_parts.RowWriter.write

    def write(self, row, values):
        written.append(real(self, row, values))
        return written[-1]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(xlsx_parts.RowWriter, "write", write)
        kept_sheet(Sheet("rows", COLUMNS, ROWS))
    assert written == [True] * 10 + [False, False, True]

"""The dataset's workbook put together from sheets made once: each document's sheet is written
where the document is read, kept with its build and copied into every later workbook as its zip
stores it; only the sheets of what changed are made again."""

from __future__ import annotations

import datetime as dt
import io
import re
import sqlite3
import zipfile

import pytest

from openpyxl import load_workbook

from pilotplans import xlsx
from pilotplans.xlsx import AssembledWorkbook, Column, Sheet, WorkbookWriter, document_sheet, kept_sheet
from tests.conftest import build

XIAMEN = "003_0b1b6885711b46b3.txt"


def stored_sheets(out):
    with sqlite3.connect(out / "pilotplans.db") as connection:
        return dict(connection.execute("select document_id, sheet from document_builds"))


def change_xiamen(raw):
    xiamen = raw / XIAMEN
    xiamen.write_text(xiamen.read_text("utf-8").replace("拟先行先试，形成全国首创举措", "拟先行先试", 1), "utf-8")


def stored_csv(curated, doc_id):
    with sqlite3.connect(curated / "pilotplans.db") as connection:
        return connection.execute("select csv from document_builds where document_id = ?", (doc_id,)).fetchone()[0]


def test_a_workbook_put_together_from_kept_sheets_is_the_workbook_written_whole(curated):
    ids = ("hainan-2020", "xiamen-2020")
    documents = Sheet("documents", (Column("id", 14),), [[i] for i in ids])
    whole = io.BytesIO()
    writer = WorkbookWriter(whole)
    writer.add(documents)
    for i in ids:
        writer.add(document_sheet(i, stored_csv(curated, i)))
    writer.close()
    kept = {i: kept_sheet(document_sheet(i, stored_csv(curated, i))) for i in ids}
    assembled = io.BytesIO()
    book = AssembledWorkbook(assembled)
    book.add(documents)
    for title, sheet in kept.items():
        book.add_kept(title, sheet.rows, sheet.columns, lambda sheet=sheet: sheet)
    book.close()
    assert (kept["hainan-2020"].rows, kept["xiamen-2020"].rows) == (117, 88)
    assert parts(assembled) == parts(whole)
    assert load_workbook(assembled).sheetnames == ["documents", "hainan-2020", "xiamen-2020"]


def parts(workbook):
    """Each part of a workbook (its zip's members, inflated), by name."""
    with zipfile.ZipFile(workbook) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def stored_member(workbook, name):
    """A part of a workbook as its zip stores it: (deflated bytes, CRC-32, inflated size)."""
    from pilotplans.xlsx_parts import stored_bytes

    with zipfile.ZipFile(workbook) as archive:
        info = archive.getinfo(name)
        return stored_bytes(workbook, info), info.CRC, info.file_size


@pytest.mark.parametrize("first", [True, False])
def test_a_kept_sheet_is_stored_as_a_workbook_written_whole_stores_it(first):
    sheet = Sheet("dated", (Column("date", 12), Column("text", 60, wrap=True), Column("n", 6)),
                  [[dt.date(2020, 8, 2), "甲\x01乙", 3], [None, "丙", 4.5], [None, None, None]])
    whole = io.BytesIO()
    writer = WorkbookWriter(whole)
    if not first:
        writer.add(Sheet("first", (), ()))
    writer.add(sheet)
    writer.close()
    kept = kept_sheet(sheet, first=first)
    assert (kept.data, kept.crc, kept.size) == stored_member(whole, f"xl/worksheets/sheet{1 if first else 2}.xml")
    assert (kept.rows, kept.columns) == (3, 3)


def test_formats_are_numbered_in_one_order_whatever_a_workbook_writes_first():
    dates_first = Sheet("dates", (Column("date", 12), Column("text", 60, wrap=True)), [[dt.date(2020, 8, 2), "甲"]])
    text_first = Sheet("text", (Column("text", 60, wrap=True), Column("date", 12)), [["甲", dt.date(2020, 8, 2)]])

    def parts(sheet):
        buffer = io.BytesIO()
        writer = WorkbookWriter(buffer)
        writer.add(sheet)
        writer.close()
        with zipfile.ZipFile(buffer) as archive:
            return archive.read("xl/styles.xml"), archive.read("xl/worksheets/sheet1.xml").decode()

    (styles_a, sheet_a), (styles_b, sheet_b) = parts(dates_first), parts(text_first)
    assert styles_a == styles_b
    def styles(xml):
        return {ref: int(s) for ref, s in re.findall(r'<c r="([A-Z]+\d+)" s="(\d+)"', xml)}

    # the header 1; then the body: plain 2, a date 3, wrapped 4, a wrapped date 5
    assert (styles(sheet_a), styles(sheet_b)) == ({"A1": 1, "B1": 1, "A2": 3, "B2": 4}, {"A1": 1, "B1": 1, "A2": 4, "B2": 3})


def test_an_unchanged_documents_sheet_is_carried_over_not_made_again(raw, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(raw, out)
    before = stored_sheets(out)
    made = []

    def noting(sheet):
        made.append(sheet.title)
        return kept_sheet(sheet)

    monkeypatch.setattr(xlsx, "kept_sheet", noting)
    change_xiamen(raw)
    build(raw, out)
    after = stored_sheets(out)
    assert made == ["xiamen-2020"]
    assert {i: after[i] == before[i] for i in after} == {
        "hainan-2020": True, "national-2018": True, "national-2020": True, "national-2025": True, "xiamen-2020": False}


def test_a_changed_documents_sheet_is_made_anew(raw, tmp_path):
    out = tmp_path / "out"
    build(raw, out)
    change_xiamen(raw)
    build(raw, out)
    sheet = load_workbook(out / "measures.xlsx")["xiamen-2020"]
    headers = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[headers.index("number")] == 8)
    assert row[headers.index("remarks")] == "拟先行先试"


def test_a_full_and_an_incremental_rebuild_write_the_same_workbook(raw, tmp_path):
    build(raw, tmp_path / "incremental")
    change_xiamen(raw)
    assert build(raw, tmp_path / "incremental").read == 1
    build(raw, tmp_path / "full", full=True)
    assert (tmp_path / "incremental" / "measures.xlsx").read_bytes() == (tmp_path / "full" / "measures.xlsx").read_bytes()


def test_the_kept_sheets_are_read_a_batch_of_documents_at_a_time(raw, tmp_path, monkeypatch):
    from pilotplans.store import workbook

    build(raw, tmp_path / "whole")
    monkeypatch.setattr(workbook.StoredSheets, "BATCH", 2)
    reads = []
    real_init = workbook.StoredSheets.__init__

    class Counted:
        """The build's statements, the queries of the kept sheets counted."""

        def __init__(self, statements):
            self.statements = statements

        def rows(self, sql, params=None):
            if "FROM document_builds" in sql and "sheet_crc" in sql:
                reads.append(sql)
            return self.statements.rows(sql, params)

    def counting(self, connection, ids):
        real_init(self, Counted(connection), ids)

    monkeypatch.setattr(workbook.StoredSheets, "__init__", counting)
    build(raw, tmp_path / "batched", full=True)
    assert len(reads) == 3  # five documents, two at a time
    assert parts(tmp_path / "batched" / "measures.xlsx") == parts(tmp_path / "whole" / "measures.xlsx")


def test_a_sheet_name_taken_in_another_case_is_refused_by_an_assembled_workbook():
    from xlsxwriter.exceptions import DuplicateWorksheetName, InvalidWorksheetName

    book = AssembledWorkbook(io.BytesIO())
    book.workbook.add_worksheet("Xiamen-2020")
    with pytest.raises(DuplicateWorksheetName):
        book.workbook.add_worksheet("xiamen-2020")
    with pytest.raises(InvalidWorksheetName):
        book.workbook.add_worksheet("x" * 32)
    assert [ws.get_name() for ws in book.workbook.worksheets()] == ["Xiamen-2020"]


@pytest.fixture
def closings(monkeypatch):
    """Each dataset workbook closed from now on, as (whether it copied the previous workbook's
    frame, the titles of the sheets it left as the previous workbook holds them)."""
    seen = []
    real = AssembledWorkbook.close

    def noting(self):
        unchanged = sorted(self._unchanged)
        real(self)
        seen.append((self.previous is not None and not self.workbook.fileclosed, unchanged))

    monkeypatch.setattr(AssembledWorkbook, "close", noting)
    return seen


def full_workbook(raw, tmp_path):
    build(raw, tmp_path / "full", full=True)
    return (tmp_path / "full" / "measures.xlsx").read_bytes()


def test_a_rebuild_after_a_change_copies_the_unchanged_parts_of_the_workbook_in_place(raw, tmp_path, closings):
    out = tmp_path / "out"
    build(raw, out)
    change_xiamen(raw)
    build(raw, out)
    assert closings == [(False, []), (True, ["coverage", "documents", "hainan-2020", "national-2018", "national-2020",
                                            "national-2025"])]
    assert (out / "measures.xlsx").read_bytes() == full_workbook(raw, tmp_path)


def test_a_removed_document_makes_a_new_frame_and_copies_the_sheets_that_did_not_change(raw, tmp_path, closings):
    out = tmp_path / "out"
    build(raw, out)
    (raw / "002_e688f04ce005bf43.txt").unlink()  # national-2025, which no local plan here implements
    manifest = raw / "manifest.toml"
    text = manifest.read_text("utf-8")
    start = text.index('[[document]]\nfile = "002_')
    manifest.write_text(text[:start] + text[text.index("[[document]]", start + 1):], "utf-8")
    build(raw, out)
    assert closings[1] == (False, ["coverage", "hainan-2020", "national-2018", "national-2020", "xiamen-2020"])
    assert (out / "measures.xlsx").read_bytes() == full_workbook(raw, tmp_path)


def test_nothing_is_copied_from_a_workbook_of_another_version(raw, tmp_path, closings, monkeypatch):
    from pilotplans.ingest import versions

    out = tmp_path / "out"
    build(raw, out)
    current = versions.build_version()
    monkeypatch.setattr(versions, "build_version", lambda: versions.BuildVersion("another reader", current.registry, current.gazetteer,
                                                                                  current.store))
    change_xiamen(raw)
    assert build(raw, out).carried == 0
    assert closings[1] == (False, [])


def test_nothing_is_copied_from_a_workbook_that_is_not_the_one_the_last_rebuild_wrote(raw, tmp_path, closings):
    out = tmp_path / "out"
    build(raw, out)
    book = load_workbook(out / "measures.xlsx")
    book["documents"]["B2"] = "edited by hand"
    book.save(out / "measures.xlsx")
    change_xiamen(raw)
    assert build(raw, out).carried == 4
    assert closings[1] == (False, [])
    assert (out / "measures.xlsx").read_bytes() == full_workbook(raw, tmp_path)


def test_a_change_to_what_the_coverage_sheet_shows_makes_it_anew(raw, tmp_path, closings):
    out = tmp_path / "out"
    build(raw, out)
    xiamen = raw / XIAMEN
    first = "实行保险公司分支机构和高级管理人员准入方式改革，取消对保险支公司高管人员任职资格的事前审批，由省级银保监机构实施备案管理。"
    xiamen.write_text(xiamen.read_text("utf-8").replace(first, "加强城市公园绿地的日常养护。", 1), "utf-8")
    build(raw, out)
    assert closings[1] == (True, ["documents", "hainan-2020", "national-2018", "national-2020", "national-2025"])
    assert (out / "measures.xlsx").read_bytes() == full_workbook(raw, tmp_path)

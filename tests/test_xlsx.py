"""Excel: `rebuild` writes measures.xlsx (a sheet per document and one for the coverage matrix) and
every listing takes `--format xlsx`; read back with openpyxl and converted by LibreOffice."""

from __future__ import annotations

import csv
import os
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.ingest.convert import soffice

runner = CliRunner()


@pytest.fixture(scope="module")
def workbook(curated):
    return load_workbook(curated / "measures.xlsx")


def test_measures_xlsx_has_a_sheet_per_document_and_the_coverage_matrix(workbook):
    assert workbook.sheetnames == ["documents", "hainan-2020", "national-2018", "national-2020", "national-2025",
                                   "xiamen-2020", "coverage"]
    assert [workbook[name].max_row - 1 for name in ("hainan-2020", "national-2018", "national-2020", "national-2025",
                                                     "xiamen-2020")] == [117, 48, 122, 152, 88]


def test_every_sheet_has_a_frozen_header_and_an_autofilter(workbook):
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}", sheet.title


def test_a_measure_sheet_reads_well_and_ends_with_the_provenance(workbook):
    sheet = workbook["national-2020"]
    headers = [c.value for c in sheet[1]]
    assert headers[-4:] == ["row", "line", "line_end", "paragraph"]
    text = headers.index("text") + 1
    letter = sheet.cell(1, text).column_letter
    assert sheet.column_dimensions[letter].width >= 40
    row93 = next(r for r in sheet.iter_rows(min_row=2) if r[headers.index("number")].value == 93)
    assert row93[text - 1].alignment.wrap_text is True
    assert row93[headers.index("responsibility")].value.endswith("后续视情扩大到其他地区")


def test_the_coverage_sheet_names_each_local_plans_relation(workbook):
    assert [c.value for c in workbook["coverage"][1]][-4:] == [
        "hainan-2020:relation", "hainan-2020:local", "xiamen-2020:relation", "xiamen-2020:local"]


def test_a_listing_as_xlsx_keeps_numbers_as_numbers(curated, tmp_path):
    out = tmp_path / "documents.xlsx"
    result = runner.invoke(app, ["documents", "--db", f"sqlite:///{curated / 'pilotplans.db'}", "-f", "xlsx", "-o", str(out)])
    assert result.exit_code == 0, result.output
    sheet = load_workbook(out).active
    headers = [c.value for c in sheet[1]]
    counts = {row[0].value: row[headers.index("measures")].value for row in sheet.iter_rows(min_row=2)}
    assert counts == {"hainan-2020": 117, "national-2018": 48, "national-2020": 122, "national-2025": 152, "xiamen-2020": 88}


def test_search_hits_as_xlsx(curated, tmp_path):
    out = tmp_path / "hits.xlsx"
    result = runner.invoke(app, ["search", "银保监", "--db", f"sqlite:///{curated / 'pilotplans.db'}", "-f", "xlsx", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert load_workbook(out).active.cell(2, 1).value == "xiamen-2020"


def _to_csv(workbook: Path, folder: Path) -> Path | None:
    """``workbook`` converted to CSV by LibreOffice (its first sheet), or None when it could not load it."""
    profile = (folder / "profile").as_uri()
    subprocess.run([soffice(), f"-env:UserInstallation={profile}", "--headless",
                    # CSV in UTF-8 (filter options: comma, double quote, encoding 76), not the locale's.
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                    "--outdir", str(folder), str(workbook)], capture_output=True, timeout=180, env={**os.environ, "HOME": str(folder)})
    converted = folder / f"{workbook.stem}.csv"
    return converted if converted.is_file() else None


@pytest.fixture(scope="module")
def calc(tmp_path_factory) -> None:
    """Skip unless LibreOffice can convert a plain openpyxl workbook (Calc is a package of its own)."""
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("calc")
    plain = Workbook()
    plain.active.append(["序号", 1])
    plain.save(folder / "plain.xlsx")
    if _to_csv(folder / "plain.xlsx", folder) is None:
        pytest.skip("LibreOffice cannot load a plain .xlsx here: LibreOffice Calc is not installed (apt-get install libreoffice-calc)")


def test_libreoffice_converts_measures_xlsx(calc, curated, tmp_path):
    converted = _to_csv(curated / "measures.xlsx", tmp_path)
    assert converted is not None
    with open(converted, encoding="utf-8", errors="replace") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["id", "title", "文号"]
    assert [r[0] for r in rows[1:]] == ["hainan-2020", "national-2018", "national-2020", "national-2025", "xiamen-2020"]


def _sheet_rows(sheet) -> list[list[object]]:
    """A sheet's body rows read back, dates as dates (openpyxl reads them as datetimes)."""
    import datetime as dt

    return [[c.value.date() if isinstance(c.value, dt.datetime) else c.value for c in row] for row in sheet.iter_rows(min_row=2)]


def _csv_as_sheet(path: Path, one_document: bool) -> tuple[list[str], list[list[object]]]:
    """The rows of a measures CSV as a measures sheet holds them: provenance last, numbers and dates typed."""
    from pilotplans.xlsx import DOCUMENT_FIELDS, sheet_order, typed

    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    names = [c for c in sheet_order(list(rows[0])) if not (one_document and c in DOCUMENT_FIELDS)]
    return names, [[typed(name, row[name]) for name in names] for row in rows]


def test_extract_as_xlsx_holds_what_the_csv_holds(tmp_path):
    from tests.conftest import SEED_FILES, SEEDS

    source = SEEDS / SEED_FILES["xiamen-2020"]
    for fmt in ("csv", "xlsx"):
        result = runner.invoke(app, ["extract", str(source), "-f", fmt, "-o", str(tmp_path / f"xiamen.{fmt}")])
        assert result.exit_code == 0, result.output
    sheet = load_workbook(tmp_path / "xiamen.xlsx")["measures"]
    names, rows = _csv_as_sheet(tmp_path / "xiamen.csv", one_document=False)
    assert [c.value for c in sheet[1]] == names
    assert len(rows) == 88
    assert _sheet_rows(sheet) == rows


def test_a_document_sheet_of_measures_xlsx_holds_its_rows_of_measures_csv(workbook, curated, tmp_path):
    names, rows = _csv_as_sheet(curated / "measures.csv", one_document=True)
    document = names.index("document")
    xiamen = [row for row in rows if row[document] == "xiamen-2020"]
    sheet = workbook["xiamen-2020"]
    assert [c.value for c in sheet[1]] == names
    assert _sheet_rows(sheet) == xiamen


def test_a_workbook_keeps_its_text_in_its_cells_not_in_a_table_of_every_string():
    """Written row by row in constant memory: nothing of the rows written is kept for the end."""
    import io
    import zipfile

    from pilotplans.xlsx import Column, Sheet, workbook_bytes

    rows = ([f"措施{k}", k] for k in range(3))
    data = workbook_bytes([Sheet("措施", (Column("text", 10), Column("number", 8)), rows)])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert "xl/sharedStrings.xml" not in archive.namelist()
        assert archive.read("xl/worksheets/sheet1.xml").count(b't="inlineStr"') == 2 + 3
    assert [[c.value for c in row] for row in load_workbook(io.BytesIO(data)).active.iter_rows()] == [
        ["text", "number"], ["措施0", 0], ["措施1", 1], ["措施2", 2]]


def test_a_workbook_of_more_sheets_than_files_a_process_may_open_is_written(tmp_path):
    """A sheet per document: a finished sheet holds no file open while the next are written."""
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_NOFILE, (64, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))\n"
        "from pilotplans.xlsx import Column, Sheet, write_workbook\n"
        "sheets = (Sheet(f'doc-{k}', (Column('text', 10),), [[f'措施{k}']]) for k in range(150))\n"
        "with open(sys.argv[1], 'wb') as handle:\n"
        "    write_workbook(sheets, handle)\n")
    import sys

    target = tmp_path / "many.xlsx"
    done = subprocess.run([sys.executable, "-c", script, str(target)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-600:]
    workbook = load_workbook(target, read_only=True)
    assert len(workbook.sheetnames) == 150
    assert [[c.value for c in row] for row in workbook["doc-149"].iter_rows()] == [["text"], ["措施149"]]


def test_the_documents_sheet_counts_each_documents_measures_and_warnings_as_the_rebuild_summary_does(workbook, curated):
    from pilotplans.store.previous import summaries_of

    sheet = workbook["documents"]
    headers = [c.value for c in sheet[1]]
    counts = {row[0]: (row[headers.index("measures")], row[headers.index("warnings")])
              for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert counts == {s.id: (s.measures, s.warnings) for s in summaries_of(f"sqlite:///{curated / 'pilotplans.db'}")}
    assert [counts[i][0] for i in ("hainan-2020", "national-2018", "national-2020", "national-2025", "xiamen-2020")] == [
        117, 48, 122, 152, 88]


def test_a_rebuild_counts_its_documents_measures_once_for_the_summary_and_the_documents_sheet(raw, tmp_path, monkeypatch):
    import re

    from pilotplans.store.statements import PlainSqlite
    from tests.conftest import build

    counts = []

    def seen(statement):
        if re.search(r"count\(\*\).*from measures", statement, re.IGNORECASE | re.DOTALL):
            counts.append(statement)

    def traced(path, real=PlainSqlite.new_file):  # every statement the new database file is given
        opened = real(path)
        opened.connection.set_trace_callback(seen)
        return opened

    monkeypatch.setattr(PlainSqlite, "new_file", traced)
    result = build(raw, tmp_path / "out")
    assert len(counts) == 1
    assert [(s.id, s.measures) for s in result.documents] == [
        ("hainan-2020", 117), ("national-2018", 48), ("national-2020", 122), ("national-2025", 152), ("xiamen-2020", 88)]

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
        "hainan-2020: relation", "hainan-2020: local", "xiamen-2020: relation", "xiamen-2020: local"]


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

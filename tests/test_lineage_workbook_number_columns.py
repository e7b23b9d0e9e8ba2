"""lineage -f xlsx: each round's ``no.`` column of one type. A round numbering only some of its measures printed its
numbers as numbers and its unnumbered measures' labels (``#5``) as text in one column, which Excel sorts apart and flags;
such a column is now text throughout and Excel is told so, as the coverage workbook does its ``:local`` columns."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from tests.conftest import SEED_FILES, SEEDS

FIXTURES = Path(__file__).parent / "fixtures"
#: 濂江's plan numbers the measures of its part 二 (1.–3.) and of part 三 three of five: two paragraphs stand unnumbered
SOME_NUMBERED = FIXTURES / "plans" / "lianjiang-conventions-in-brackets.txt"
LOCAL = "lianjiang-conventions-in-brackets"


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("lineage") / "lineage.xlsx"
    result = CliRunner().invoke(app, ["lineage", "-r", str(SEEDS / SEED_FILES["national-2020"]), "-r", str(SOME_NUMBERED),
                                      "-o", str(target)])
    assert result.exit_code == 0, result.output
    return target


def column(target: Path, header: str) -> list[tuple[object, str]]:
    sheet = openpyxl.load_workbook(target)["lineage"]
    k = [cell.value for cell in sheet[1]].index(header)
    return [(cell.value, cell.data_type) for cell in list(sheet.columns)[k][1:] if cell.value is not None]


def test_a_round_numbering_only_some_measures_writes_its_no_column_as_text(book):
    # its numbers restart under 三、: each number printed twice is qualified by its headings' numbers (diff60)
    assert column(book, f"{LOCAL}:no.") == [("二、（一）1", "s"), ("二、（一）2", "s"), ("二、（二）3", "s"), ("三、1", "s"),
                                            ("#5", "s"), ("#6", "s"), ("三、2", "s"), ("三、3", "s")]


def test_a_round_numbering_every_measure_keeps_its_numbers_numbers(book):
    # the near miss: national-2020 numbers all 122 of its measures, and its column stays one of numbers
    cells = column(book, "national-2020:no.")
    assert (len(cells), cells[:3], {kind for _, kind in cells}) == (122, [(1, "n"), (2, "n"), (3, "n")], {"n"})


def test_excel_is_told_the_text_column_is_text_and_no_other(book):
    with zipfile.ZipFile(book) as workbook:
        sheet = workbook.read("xl/worksheets/sheet1.xml").decode()
    # column F is the local plan's no.; A, national-2020's, is not named; 130 paths (122 + 8 new) under the header
    assert re.findall("<ignoredErrors>.*?</ignoredErrors>", sheet) == [
        '<ignoredErrors><ignoredError sqref="F2:F131" numberStoredAsText="1"/></ignoredErrors>']


def test_the_csv_still_writes_each_label_as_printed(tmp_path):
    # a CSV holds text only: its cells are the labels the workbook writes, unchanged
    result = CliRunner().invoke(app, ["lineage", "-r", str(SEEDS / SEED_FILES["national-2020"]), "-r", str(SOME_NUMBERED),
                                      "-f", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"))))[1:]
    assert [row[5] for row in rows if row[5]] == ["二、（一）1", "二、（一）2", "二、（二）3", "三、1", "#5", "#6", "三、2", "三、3"]

"""coverage's totals in its files, and its labels given alike everywhere (round 56).

The table printed under each matrix how many national measures each plan took up and how many measures it added of
its own; the CSV, JSONL, JSON and the workbook, a row a national measure, had no row for the additions. `--totals`
writes a row a local plan in any format, and the workbook holds those rows as a second sheet, `totals`. The workbook
was the CSV read back cell by cell, so a `:local` column held numbers (`1`) and text (`22；23`) alike; the table
joined labels with `,` where the CSV used `；`. The bundled plans: national-2020 with hainan-2020 (cited) and
xiamen-2020 (given by the manifest); national 24 is carried by 海南 22 and 23 (split) and 厦门 13 (same).
"""

from __future__ import annotations

import io
import json
import zipfile

from typer.testing import CliRunner

from pilotplans.cli import app

TOTALS = [
    {"national_document": "national-2020", "document": "hainan-2020", "linked": "cited", "measures": 122, "taken_up": 109,
     "same": 73, "adapted": 27, "merged": 1, "split": 8, "dropped": 13, "local_additions": 7},
    {"national_document": "national-2020", "document": "xiamen-2020", "linked": "given", "measures": 122, "taken_up": 79,
     "same": 59, "adapted": 15, "merged": 2, "split": 3, "dropped": 43, "local_additions": 10},
]


def run(curated, *args: str):
    return CliRunner().invoke(app, ["coverage", "-n", "national-2020", *args,
                                    "--db", f"sqlite:///{curated / 'pilotplans.db'}"], env={"COLUMNS": "200"})


def workbook(curated, tmp_path, *args: str):
    from openpyxl import load_workbook

    target = tmp_path / "coverage.xlsx"
    result = run(curated, *args, "-o", str(target))
    assert result.exit_code == 0, result.output
    return load_workbook(io.BytesIO(target.read_bytes())), target


def test_totals_as_csv_give_a_row_a_local_plan_with_its_local_additions(curated):
    result = run(curated, "--totals", "-f", "csv")
    assert (result.exit_code, result.stdout_bytes.decode("utf-8")) == (0, (
        "\ufeffnational_document,document,linked,measures,taken_up,same,adapted,merged,split,dropped,local_additions\r\n"
        "national-2020,hainan-2020,cited,122,109,73,27,1,8,13,7\r\n"
        "national-2020,xiamen-2020,given,122,79,59,15,2,3,43,10\r\n"))


def test_totals_as_jsonl_are_records_with_numbers_as_numbers(curated):
    result = run(curated, "--totals", "-f", "jsonl")
    assert [json.loads(line) for line in result.stdout.splitlines()] == TOTALS


def test_totals_as_json_are_the_jsonl_records_in_one_array(curated):
    assert json.loads(run(curated, "--totals", "-f", "json").stdout) == TOTALS


def table_rows(text: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.strip("│").split("│")] for line in text.splitlines() if line.startswith("│")]


def test_totals_on_a_terminal_are_a_table_of_the_same_figures(curated):
    text = run(curated, "--totals", "-f", "table").stdout
    assert (text.split("\n")[0].strip(), table_rows(text)) == (
        "national-2020: what each local plan did with its measures",
        [["hainan-2020", "cited", "109/122", "73", "27", "1", "8", "13", "7"],
         ["xiamen-2020", "given", "79/122", "59", "15", "2", "3", "43", "10"]])


def test_totals_on_a_narrow_terminal_cut_no_figure(curated):
    # a first version let rich squeeze the columns: `109/…`, and the `same` column empty on 80 columns; since round 57
    # a column goes whole, named on stderr (tests/test_coverage_columns_and_notes.py), rather than the table overflowing
    result = CliRunner().invoke(app, ["coverage", "-n", "national-2020", "--totals", "-f", "table",
                                      "--db", f"sqlite:///{curated / 'pilotplans.db'}"], env={"COLUMNS": "60"})
    assert table_rows(result.stdout) == [["hainan-2020", "109/122", "73", "27", "7"],
                                         ["xiamen-2020", "79/122", "59", "15", "10"]]


def test_the_matrix_table_s_footer_gives_the_totals_figures(curated):
    lines = run(curated, "-f", "table").stdout.splitlines()
    footer = [[cell.strip() for cell in line.strip("│").split("│")][1:] for line in lines
              if "taken up" in line or "local additions" in line]
    assert footer == [["taken up", "109/122", "79/122"], ["local additions", "7", "10"]]


def test_the_matrix_s_csv_keeps_a_row_a_national_measure_without_totals(curated):
    rows = run(curated, "-f", "csv").stdout.splitlines()
    assert (len(rows), rows[0]) == (123, "\ufeffnational_document,number,position,heading_number,heading,text,"
                                         "hainan-2020:relation,hainan-2020:local,xiamen-2020:relation,xiamen-2020:local")


def test_a_workbook_holds_the_matrix_then_the_totals(curated, tmp_path):
    book, _ = workbook(curated, tmp_path)
    totals = [[cell.value for cell in row] for row in book["totals"].iter_rows()]
    assert book.sheetnames == ["coverage", "totals"]
    assert totals == [list(TOTALS[0]), *([*record.values()] for record in TOTALS)]


def test_a_workbook_of_totals_alone_holds_one_sheet(curated, tmp_path):
    book, _ = workbook(curated, tmp_path, "--totals")
    assert (book.sheetnames, book["totals"].max_row) == (["totals"], 3)


def test_a_local_column_holds_text_where_a_cell_has_several_labels(curated, tmp_path):
    sheet = workbook(curated, tmp_path)[0]["coverage"]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[1].value == 24)
    assert [(cell.value, cell.data_type) for cell in row[6:]] == [
        ("split", "s"), ("22；23", "s"), ("same", "s"), ("13", "s")]


def test_a_local_column_holds_text_where_a_cell_has_one_number(curated, tmp_path):
    # before, `1` was written as the number 1 and `22；23` as text in one column
    sheet = workbook(curated, tmp_path)[0]["coverage"]
    assert [(cell.value, cell.data_type) for cell in sheet[2][6:]] == [
        ("adapted", "s"), ("1", "s"), ("adapted", "s"), ("8", "s")]


def test_a_dropped_measure_s_local_cell_is_blank(curated, tmp_path):
    sheet = workbook(curated, tmp_path)[0]["coverage"]
    assert [cell.value for cell in sheet[3][6:]] == ["dropped", None, "same", "1"]


def test_the_national_measure_s_numbers_stay_numbers(curated, tmp_path):
    sheet = workbook(curated, tmp_path)[0]["coverage"]
    assert [(cell.value, cell.data_type) for cell in sheet[2][:4]] == [
        ("national-2020", "s"), (1, "n"), (1, "n"), (1, "n")]


def test_excel_is_told_the_local_columns_are_text(curated, tmp_path):
    _, target = workbook(curated, tmp_path)
    with zipfile.ZipFile(target) as book:
        matrix = book.read("xl/worksheets/sheet1.xml").decode()
        totals = book.read("xl/worksheets/sheet2.xml").decode()
    assert '<ignoredErrors><ignoredError sqref="H2:H123 J2:J123" numberStoredAsText="1"/></ignoredErrors>' in matrix
    assert "ignoredErrors" not in totals  # its counts are numbers


def test_the_table_joins_a_cell_s_labels_as_the_csv_does(curated):
    table = run(curated, "-f", "table").stdout
    csv_row = next(line for line in run(curated, "-f", "csv").stdout.splitlines() if line.startswith("national-2020,24,"))
    assert ("split 22；23" in table, "split 22,23" in table, csv_row.endswith(",split,22；23,same,13")) == (True, False, True)


def test_excel_is_told_the_local_columns_are_text_over_another_matrix_s_rows(curated, tmp_path):
    # review of round 56: the range follows the rows written, national-2018's 48 measures, not national-2020's 122
    target = tmp_path / "coverage-2018.xlsx"
    result = CliRunner().invoke(app, ["coverage", "-n", "national-2018", "-l", "hainan-2020", "-l", "xiamen-2020",
                                      "-o", str(target), "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(target) as book:
        matrix = book.read("xl/worksheets/sheet1.xml").decode()
    assert '<ignoredErrors><ignoredError sqref="H2:H49 J2:J49" numberStoredAsText="1"/></ignoredErrors>' in matrix


def test_totals_of_plans_named_against_another_round_say_they_were_named(curated):
    # review of round 56: national-2018's tasks, which neither plan implements; counted from the computed diffs
    result = CliRunner().invoke(app, ["coverage", "-n", "national-2018", "-l", "hainan-2020", "-l", "xiamen-2020",
                                      "--totals", "-f", "csv", "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    assert (result.exit_code, result.stdout_bytes.decode("utf-8")) == (0, (
        "\ufeffnational_document,document,linked,measures,taken_up,same,adapted,merged,split,dropped,local_additions\r\n"
        "national-2018,hainan-2020,named,48,10,0,8,0,2,38,105\r\n"
        "national-2018,xiamen-2020,named,48,10,0,8,0,2,38,76\r\n"))

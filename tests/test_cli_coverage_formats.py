"""`coverage` in every listing's formats (round 53): it had no -f/--format, printed only a table and wrote CSV or a
workbook with -o, alongside the table. It now takes -f table|jsonl|json|csv|xlsx, and -o FILE writes the format asked
(or the one FILE's ending names) there instead of standard output, as every listing does."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app

ROOT = Path(__file__).resolve().parent.parent


def run(curated, *args: str):
    return CliRunner().invoke(app, ["coverage", *args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"],
                              env={"COLUMNS": "200"})


def test_json_gives_each_national_measure_with_a_cell_per_local_plan(curated):
    result = run(curated, "-n", "national-2020", "-f", "json")
    records = json.loads(result.stdout)
    first = records[0]
    assert (result.exit_code, len(records), first["national_document"], first["number"], first["heading"]) == (
        0, 122, "national-2020", 1, "全面探索完善管理体制")
    assert first["cells"] == [{"document": "hainan-2020", "linked": "cited", "relation": "adapted", "local": ["1"]},
                              {"document": "xiamen-2020", "linked": "given", "relation": "adapted", "local": ["8"]}]


def test_a_national_measure_split_over_two_local_measures_lists_both(curated):
    # national 24: 海南 22 and 23 each carry a part of it, 厦门 13 the whole
    records = json.loads(run(curated, "-n", "national-2020", "-f", "json").stdout)
    cells = next(r["cells"] for r in records if r["number"] == 24)
    assert [(c["document"], c["relation"], c["local"]) for c in cells] == [
        ("hainan-2020", "split", ["22", "23"]), ("xiamen-2020", "same", ["13"])]


def test_jsonl_holds_the_json_array_s_records_a_line_each(curated):
    whole = json.loads(run(curated, "-n", "national-2020", "-f", "json").stdout)
    lines = run(curated, "-n", "national-2020", "-f", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == whole


def test_csv_to_standard_output_is_the_file_minus_o_writes(curated, tmp_path):
    printed = CliRunner().invoke(app, ["coverage", "-n", "national-2020", "-f", "csv", "--db",
                                       f"sqlite:///{curated / 'pilotplans.db'}"])
    written = run(curated, "-n", "national-2020", "-o", str(tmp_path / "coverage.csv"))
    assert (written.exit_code, written.stdout) == (0, "")
    assert printed.stdout_bytes == (tmp_path / "coverage.csv").read_bytes()


def test_a_workbook_asked_by_format_opens_with_the_csv_s_header(curated, tmp_path):
    from openpyxl import load_workbook

    target = tmp_path / "matrix"  # no ending: -f says what it is
    result = run(curated, "-n", "national-2020", "-f", "xlsx", "-o", str(target))
    header = next(csv.reader(io.StringIO(run(curated, "-n", "national-2020", "-f", "csv").stdout.lstrip("\ufeff"))))
    sheet = load_workbook(io.BytesIO(target.read_bytes()))["coverage"]
    assert result.exit_code == 0, result.output
    assert ([c.value for c in sheet[1]], sheet.max_row) == (header, 123)


def test_a_format_coverage_does_not_write_is_one_error_line(curated):
    result = run(curated, "-f", "html")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", "error: --format: 'html' is not one of 'table', 'jsonl', 'json', 'csv', 'xlsx'.\n")


def test_in_a_pipe_without_a_format_each_national_measure_is_a_jsonl_line_as_every_listing_prints(curated):
    # round 54: coverage printed its table into a pipe, where measures, diff and lineage print JSONL; CliRunner's
    # standard output is no terminal, as a pipe's; the plans linked to none and the national plans no local plan
    # implements, which the table lists under its matrices, are notes on stderr beside the records
    result = run(curated)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert (result.exit_code, len(records), records[0]["national_document"], records[0]["number"]) == (
        0, 122, "national-2020", 1)
    assert records[0]["cells"] == [{"document": "hainan-2020", "linked": "cited", "relation": "adapted", "local": ["1"]},
                                   {"document": "xiamen-2020", "linked": "given", "relation": "adapted", "local": ["8"]}]
    assert result.stderr == ("note: national-2018: no stored local plan implements it\n"
                             "note: national-2025: no stored local plan implements it\n")


def test_in_a_pipe_without_a_format_coverage_prints_what_f_jsonl_prints(curated):
    # one schema: the records and the notes of a pipe are -f jsonl's, to the byte
    piped, asked = run(curated, "-n", "national-2020"), run(curated, "-n", "national-2020", "-f", "jsonl")
    assert (piped.exit_code, piped.stdout, piped.stderr) == (asked.exit_code, asked.stdout, asked.stderr)
    assert len(piped.stdout.splitlines()) == 122


def test_on_a_terminal_without_a_format_the_table_is_printed(curated):
    # near miss: standard output a terminal (a pty): the table, as every listing prints there
    main, terminal = pty.openpty()
    try:
        process = subprocess.Popen([sys.executable, "-m", "pilotplans", "coverage", "-n", "national-2020", "--db",
                                    f"sqlite:///{curated / 'pilotplans.db'}"], stdout=terminal, stderr=subprocess.DEVNULL,
                                   cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"})
        os.close(terminal)
        printed = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            printed += chunk
        process.wait(timeout=120)
    finally:
        os.close(main)
    lines = printed.decode().splitlines()
    assert (process.returncode, lines[0]) == (
        0, "hainan-2020 → national-2020: linked by the 文号 it cites (it cites 国函〔2020〕111号)")
    assert not any(line.startswith("{") for line in lines)


def test_the_help_says_the_table_on_a_terminal_and_jsonl_when_piped(curated):
    result = CliRunner().invoke(app, ["coverage", "--help"], env={"COLUMNS": "400"})
    assert (result.exit_code, "else table on a terminal, jsonl when piped" in " ".join(result.stdout.split())) == (0, True)


def test_a_table_into_a_file_is_written_there_whole_and_not_printed(curated, tmp_path):
    target = tmp_path / "coverage.txt"
    result = run(curated, "-n", "national-2020", "-o", str(target))
    text = target.read_text("utf-8")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", f"wrote {target}\n")
    assert text.splitlines()[0] == "hainan-2020 → national-2020: linked by the 文号 it cites (it cites 国函〔2020〕111号)"
    assert "│ taken up " in text


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_the_national_plans_no_local_plan_implements_are_notes_beside_a_file_format(curated, fmt):
    # the table lists them under its matrices; records have no room for them, so stderr says them
    result = run(curated, "-f", fmt)
    assert (result.exit_code, result.stderr) == (0, "note: national-2018: no stored local plan implements it\n"
                                                    "note: national-2025: no stored local plan implements it\n")

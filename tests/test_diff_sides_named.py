"""A diff of two plans of one level names its sides by the plans (round 53): national-2018 → national-2020 headed its
table's columns `national` and `local`, and its CSV's and workbook's, though neither plan is local. The table, CSV, XLSX
and HTML report now name them by the plans' rounds (2018, 2020), else their ids; the JSON keys stay national/local.
A local plan against the plan above it keeps `national` and `local`."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.diff.models import DiffResult, DocumentRef


def run(curated, *args: str):
    return CliRunner().invoke(app, ["diff", *args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"],
                              env={"COLUMNS": "120"})


def links_header(table: str) -> list[str]:
    """The header of the table of links: the line after its title, its cells."""
    lines = table.splitlines()
    at = next(k for k, line in enumerate(lines) if line.strip() in ("links",))
    return [cell.strip() for cell in lines[at + 2].strip("┃").split("┃")]


def test_two_rounds_head_their_table_s_columns_by_their_rounds(curated):
    result = run(curated, "national-2018", "national-2020", "-f", "table")
    assert links_header(result.stdout) == ["2018", "2020", "relation", "score", "ownership", "region", "2018 text",
                                           "2020 text"]


def test_a_local_plan_s_table_keeps_national_and_local(curated):
    result = run(curated, "national-2020", "xiamen-2020", "-f", "table")
    assert links_header(result.stdout) == ["national", "local", "relation", "score", "ownership", "region",
                                           "national text", "local text"]


def test_two_rounds_head_their_csv_s_columns_by_their_rounds(curated):
    result = run(curated, "national-2018", "national-2020", "-f", "csv")
    header = next(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert header[:7] == ["2018", "2020", "relation", "score", "ownership", "2018_text", "2020_text"]
    assert [h for h in header if h.startswith("2020_")][-4:] == ["2020_bodies", "2020_owners", "2020_covered", "2020_label"]


def test_a_local_plan_s_csv_keeps_its_header(curated):
    result = run(curated, "national-2020", "xiamen-2020", "-f", "csv")
    header = next(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert header[:7] == ["national", "local", "relation", "score", "ownership", "national_text", "local_text"]


def test_two_rounds_keep_the_json_keys(curated):
    first = json.loads(run(curated, "national-2018", "national-2020", "-f", "jsonl").stdout.splitlines()[0])
    assert (list(first)[:7], first["national_document"], first["local_document"]) == (
        ["national", "local", "relation", "score", "ownership", "national_text", "local_text"], "national-2018",
        "national-2020")


def test_two_rounds_head_their_workbook_by_their_rounds(curated, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "rounds.xlsx"
    assert run(curated, "national-2018", "national-2020", "-o", str(out)).exit_code == 0
    assert [c.value for c in load_workbook(out).active[1]][:2] == ["2018", "2020"]


def test_the_report_of_two_rounds_names_each_side_by_its_round(curated, tmp_path):
    out = tmp_path / "rounds.html"
    assert run(curated, "national-2018", "national-2020", "--html", str(out), "-f", "csv").exit_code == 0
    page = out.read_text("utf-8")
    # round 55: the legend names the earlier and the later round, each by its year (tests/test_diff_report_words.py)
    assert "<del>deleted</del> = in the earlier round&#x27;s (2018) text only, <ins>inserted</ins> = in the later " \
           "round&#x27;s (2020) text only" in page
    assert "2 measures of national-2018 not taken up by national-2020: #1, #2</summary>" in page
    assert "in the national text only" not in page and "national measures not taken up" not in page


def test_the_report_of_a_local_plan_keeps_national_and_local(curated, tmp_path):
    out = tmp_path / "xiamen.html"
    assert run(curated, "national-2020", "xiamen-2020", "--html", str(out), "-f", "csv").exit_code == 0
    page = out.read_text("utf-8")
    assert "<del>deleted</del> = in the national text only, <ins>inserted</ins> = in the local text only" in page
    assert "national measures not taken up by xiamen-2020" in page


@pytest.mark.parametrize(("first", "second", "labels"), [
    # two national plans of two programmes: no rounds of one plan, yet neither is local
    (("national-2020", "national", 2020), ("national-2025", "national", 2025), ("2020", "2025")),
    # one level, one round: the ids
    (("national-2020", "national", 2020), ("national-2020-tasks", "national", 2020), ("national-2020", "national-2020-tasks")),
    # a file against the stored copy of its own plan: one id, no word to tell them apart but national/local
    (("national-2020", "national", 2020), ("national-2020", "national", 2020), ("national", "local")),
    # a local plan against the plan above it, and a plan of no known level
    (("national-2020", "national", 2020), ("xiamen-2020", "municipal", 2020), ("national", "local")),
    (("national-2020", None, 2020), ("national-2025", None, 2025), ("national", "local")),
])
def test_the_sides_are_named_by_the_plans_only_of_one_level(first, second, labels):
    national, local = (DocumentRef(id=i, level=level, round=year) for i, level, year in (first, second))
    assert DiffResult(national=national, local=local, links=()).side_labels() == labels

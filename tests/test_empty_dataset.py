"""coverage and lineage of a pilotplans database holding too few documents say what it holds and how to add more,
rather than ask for options that cannot help (pilotplans/diff/coverage.py ``select``, pilotplans/api.py ``lineage``)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from pilotplans.cli import app


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def keeping(curated: Path, tmp_path: Path, *ids: str) -> str:
    """The bundled documents' database copied with only the documents ``ids`` left in it, as a URL."""
    path = tmp_path / "pilotplans.db"
    shutil.copyfile(curated / "pilotplans.db", path)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute(f"DELETE FROM documents WHERE id NOT IN ({', '.join('?' for _ in ids)})", ids)
    connection.close()
    return f"sqlite:///{path}"


def test_coverage_of_a_database_holding_no_document_says_so(curated, tmp_path):
    result = run("coverage", "--db", keeping(curated, tmp_path))
    assert (result.exit_code, result.stderr) == (1, (
        "error: the database holds no document yet: store plans in it with `pilotplans extract FILE --db URL`, or build "
        "the dataset with `pilotplans rebuild`\n"))


def test_coverage_of_a_database_holding_national_plans_alone_asks_for_the_plans(curated, tmp_path):
    result = run("coverage", "--db", keeping(curated, tmp_path, "national-2018", "national-2020"))
    assert (result.exit_code, result.stderr) == (1, (
        "error: no stored local plan implements any stored national plan; name the plans with --national and --local\n"))


def test_lineage_of_a_database_holding_no_document_says_it_holds_no_round(curated, tmp_path):
    result = run("lineage", "--db", keeping(curated, tmp_path))
    assert (result.exit_code, result.stderr) == (1, (
        "error: lineage follows measures from one national round to the next, and the database holds none: no two "
        "national plans with a round to follow (store another round's plan with `pilotplans extract FILE --db URL`, or "
        "name the plans with -r)\n"))


def test_lineage_of_a_database_holding_one_round_names_it(curated, tmp_path):
    result = run("lineage", "--db", keeping(curated, tmp_path, "national-2020", "xiamen-2020"))
    assert (result.exit_code, result.stderr) == (1, (
        "error: lineage follows measures from one national round to the next, and the database holds one, "
        "national-2020: no two national plans with a round to follow (store another round's plan with "
        "`pilotplans extract FILE --db URL`, or name the plans with -r)\n"))


def test_lineage_of_a_database_holding_two_rounds_follows_them(curated, tmp_path):
    result = run("lineage", "--db", keeping(curated, tmp_path, "national-2018", "national-2020"))
    assert (result.exit_code, result.stdout.splitlines()[0]) == (
        0, "national-2018 → national-2020: 0 carried, 7 changed, 0 merged, 2 split, 111 new, 39 dropped")


def test_coverage_of_a_database_holding_local_plans_alone_asks_for_their_national_plan(curated, tmp_path):
    # naming the plans with --national cannot help where no national plan is stored; -l alike
    url = keeping(curated, tmp_path, "hainan-2020", "xiamen-2020")
    for options in ([], ["-l", "xiamen-2020"]):
        result = run("coverage", *options, "--db", url)
        assert (result.exit_code, result.stderr) == (1, (
            "error: the database holds no national plan, only local ones (hainan-2020, xiamen-2020): store the national "
            "plan they implement with `pilotplans extract FILE --db URL`, or build the dataset with `pilotplans rebuild`\n"))


def test_coverage_of_local_plans_beside_a_national_plan_they_do_not_implement_keeps_its_words(curated, tmp_path):
    # a national plan is stored: naming the plans with --national and --local can help
    result = run("coverage", "--db", keeping(curated, tmp_path, "national-2025", "xiamen-2020"))
    assert (result.exit_code, result.stderr) == (1, (
        "error: no stored local plan implements any stored national plan; name the plans with --national and --local\n"))

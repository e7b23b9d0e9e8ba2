"""A listing of a pilotplans database that holds no document yet (its tables made, no row in them: every document
deleted, or the tables made by hand) says so and how to store plans in it, rather than `note: no document matches`,
which reads as a filter that matched nothing (pilotplans/cli.py ``_note_none``). A database holding no table at all
is refused as it was, naming what makes the dataset in it."""

from __future__ import annotations

import sqlite3

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from tests.conftest import curated_copy


def run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize("command", [["documents"], ["measures"], ["search", "数据"], ["departments"], ["regions"]],
                         ids=lambda c: c[0])
def test_a_listing_of_a_database_holding_no_document_says_how_to_store_one(curated, tmp_path, command):
    url = curated_copy(curated, tmp_path, "DELETE FROM documents")
    result = run(*command, "--db", url)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", (
        f"note: {url} holds no document yet: store plans in it with `pilotplans extract FILE --db {url}`, or build the "
        f"dataset with `pilotplans rebuild --db {url}`\n"))


def test_a_listing_matching_nothing_in_a_database_holding_documents_says_nothing_matches(curated, tmp_path):
    # near miss: the database holds plans, the filter keeps none of them
    url = curated_copy(curated, tmp_path)
    result = run("measures", "-d", "national-2020", "-n", "999", "--db", url)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "note: no measure matches\n")


def test_a_database_holding_no_table_is_refused_naming_what_builds_the_dataset_in_it(tmp_path):
    path = tmp_path / "empty.db"
    with sqlite3.connect(path) as connection:  # a database file holding no table (its last one dropped)
        connection.execute("CREATE TABLE scratch (a INTEGER)")
        connection.execute("DROP TABLE scratch")
    connection.close()
    result = run("documents", "--db", f"sqlite:///{path}")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", (
        f"error: sqlite:///{path}: the database is empty (no tables): run `pilotplans rebuild --db sqlite:///{path}` "
        f"to build the dataset in it, or `pilotplans extract FILE --db sqlite:///{path}` to store documents in it\n"))

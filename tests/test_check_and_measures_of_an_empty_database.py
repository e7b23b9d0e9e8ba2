"""`check` and `measures` on a database with nothing to check or list (pilotplans/cli.py ``check``, ``_note_none``).

`check` of a database holding no document printed `0 unresolved mention(s) … in 0 document(s)` and exited 0: a
dataset never built read as one that passed. It now says the database holds no document yet and exits 1. `measures`
asked for no filter, of a database holding documents and no measure, said `no measure matches`, which reads as a
filter that kept nothing; it now says how many documents the database holds and that none has a measure."""

from __future__ import annotations

from typer.testing import CliRunner

from pilotplans.cli import app
from tests.conftest import curated_copy


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_check_of_a_database_holding_no_document_says_so_and_fails(curated, tmp_path):
    url = curated_copy(curated, tmp_path, "DELETE FROM documents")
    result = run("check", "--db", url)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", (
        f"note: {url} holds no document yet: store plans in it with `pilotplans extract FILE --db {url}`, or build the "
        f"dataset with `pilotplans rebuild --db {url}`\n"))


def test_check_of_a_database_holding_documents_counts_what_it_checked(curated, tmp_path):
    # near miss: one document stored, every mention of it resolved (179: its rows of measure_departments)
    url = curated_copy(curated, tmp_path, keeping=("national-2018",))
    result = run("check", "--db", url)
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "", "0 unresolved mention(s) among 179 department mentions in 1 document(s)\n")


def test_measures_unfiltered_of_documents_without_measures_says_none_of_them_has_one(curated, tmp_path):
    url = curated_copy(curated, tmp_path, "DELETE FROM measures")
    result = run("measures", "--db", url)
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "", f"note: {url} holds 5 document(s) and no measure of theirs (`pilotplans documents` lists them)\n")


def test_measures_filtered_of_documents_without_measures_says_none_matches(curated, tmp_path):
    # near miss: a filter was given, and it is what kept nothing
    url = curated_copy(curated, tmp_path, "DELETE FROM measures")
    result = run("measures", "-d", "xiamen-2020", "--db", url)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "note: no measure matches\n")

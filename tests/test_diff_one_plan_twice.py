"""`pilotplans diff X X` — one plan given as both NATIONAL and LOCAL, a slip of the keyboard or of tab completion — is
one line saying so, not a diff: a plan diffed against itself keeps every measure the same, and 122 rows of `same`
read as a plan that took up every national measure (pilotplans/cli.py ``_one_plan_twice``). Before the mend it
printed the whole diff without a word. A file and a stored id stay two plans: a new copy of a stored plan is diffed
against the plan as stored."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from tests.conftest import FIXTURES, SEED_FILES, SEEDS

CHENGDU = FIXTURES / "plans" / "chengdu-2020-tasks.txt"


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_a_stored_id_given_twice_is_refused_in_one_line(curated):
    result = run("diff", "national-2020", "national-2020", "--db", f"sqlite:///{curated / 'pilotplans.db'}")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", (
        "error: NATIONAL and LOCAL are the same plan (national-2020): a diff says what LOCAL did with the measures of "
        "NATIONAL, and a plan diffed against itself keeps every measure the same; name two plans "
        f"(`pilotplans documents --db sqlite:///{curated / 'pilotplans.db'}` lists the stored ones)\n"))


def test_one_file_given_twice_however_its_path_is_spelt_is_refused(monkeypatch):
    monkeypatch.chdir(FIXTURES)
    result = run("diff", "plans/chengdu-2020-tasks.txt", "./plans/../plans/chengdu-2020-tasks.txt")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", (
        "error: NATIONAL and LOCAL are the same plan (plans/chengdu-2020-tasks.txt): a diff says what LOCAL did with "
        "the measures of NATIONAL, and a plan diffed against itself keeps every measure the same; name two plans\n"))


def test_a_file_against_the_stored_copy_of_its_plan_is_diffed(curated):
    # near miss: a downloaded copy of a stored plan against the plan as stored, each measure linked to its own
    result = run("diff", "xiamen-2020", str(SEEDS / SEED_FILES["xiamen-2020"]), "-f", "jsonl",
                 "--db", f"sqlite:///{curated / 'pilotplans.db'}")
    assert (result.exit_code, result.stderr) == (0, "")
    assert {line.split('"relation": "')[1].split('"')[0] for line in result.stdout.splitlines()} == {"same"}


def test_two_files_of_two_plans_are_diffed():
    # near miss: two files, two plans
    result = run("diff", str(SEEDS / SEED_FILES["national-2020"]), str(CHENGDU), "-f", "jsonl")
    assert (result.exit_code, len(result.stdout.splitlines()) > 100) == (0, True)


def test_an_id_diffed_outside_the_pilotplans_folder_names_the_database_missing_and_where(tmp_path, monkeypatch):
    # it said `no such file, and no database to look the id up in`, naming neither the database nor the folder
    monkeypatch.chdir(tmp_path)
    result = run("diff", "national-2020", str(CHENGDU))
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", (
        "error: national-2020: no such file, and no database to look the id up in: no data/curated/pilotplans.db in "
        f"{tmp_path}: run the command in the pilotplans folder (after `pilotplans rebuild`), or pass --db URL\n"))


def test_two_files_diffed_outside_the_pilotplans_folder_need_no_database(tmp_path, monkeypatch):
    # near miss: no id to look up
    monkeypatch.chdir(tmp_path)
    result = run("diff", str(SEEDS / SEED_FILES["national-2020"]), str(CHENGDU), "-f", "jsonl")
    assert (result.exit_code, len(result.stdout.splitlines()) > 100) == (0, True)


@pytest.mark.parametrize("name", ["national-2099", "nosuch.docx"])
def test_a_name_twice_that_is_neither_a_stored_id_nor_a_file_is_said_to_be_no_plan(curated, name):
    # it read `NATIONAL and LOCAL are the same plan (national-2099)`: a mistyped id or file given twice was called a
    # plan, and the user sent to list plans rather than told the name is none of them
    db = f"sqlite:///{curated / 'pilotplans.db'}"
    result = run("diff", name, name, "--db", db)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", (
        f"error: {name}: no such file, and no document with this id in {db}; it holds hainan-2020, national-2018, "
        "national-2020, national-2025, xiamen-2020\n"))


def test_an_id_twice_in_a_database_named_that_is_not_there_is_refused_for_the_database(tmp_path):
    # near miss of the above: no database to look the id up in is the fault, not the plan
    result = run("diff", "national-2020", "national-2020", "--db", f"sqlite:///{tmp_path / 'nothere.db'}")
    assert (result.exit_code, result.stderr) == (1, (
        f"error: {tmp_path / 'nothere.db'}: no such database: --db names no file (a typo?); `pilotplans rebuild --db "
        f"sqlite:///{tmp_path / 'nothere.db'}` builds the dataset there\n"))


def test_a_missing_file_path_given_twice_outside_the_pilotplans_folder_is_said_to_be_no_such_file(tmp_path, monkeypatch):
    # a path (a slash in it) is no id: it was looked up as one, and the error named the missing database
    monkeypatch.chdir(tmp_path)
    result = run("diff", "plans/typo.docx", "plans/typo.docx")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "error: plans/typo.docx: no such file\n")

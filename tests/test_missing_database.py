"""A --db naming no file is a one-line error saying so and how to build the dataset there: a bare `pilotplans
rebuild`, which the default database's message asks for, would build data/curated's database instead
(pilotplans/cli.py ``_existing_db``)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app


def test_a_db_naming_no_file_says_so_and_how_to_build_it_there(tmp_path):
    url = f"sqlite:///{tmp_path / 'pilotplans.bd'}"
    result = CliRunner().invoke(app, ["search", "数据", "--db", url])
    assert (result.exit_code, result.stderr) == (1, (
        f"error: {tmp_path / 'pilotplans.bd'}: no such database: --db names no file (a typo?); "
        f"`pilotplans rebuild --db {url}` builds the dataset there\n"))


def test_the_default_database_missing_still_asks_for_a_rebuild(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data" / "raw").mkdir(parents=True)
    result = CliRunner().invoke(app, ["search", "数据"])
    assert (result.exit_code, result.stderr) == (1, "error: data/curated/pilotplans.db: no database yet; run `pilotplans "
                                                    "rebuild` first (or pass --db URL)\n")


def test_serve_of_a_db_naming_no_file_says_so_in_the_same_words(tmp_path):
    # it said `no database; run pilotplans rebuild first (or give --db)`, a --db given, which a bare rebuild does not make
    for given in (str(tmp_path / "pilotplans.bd"), f"sqlite:///{tmp_path / 'pilotplans.bd'}"):
        result = CliRunner().invoke(app, ["serve", "--db", given, "--port", "0"])
        assert (result.exit_code, result.stderr) == (1, (
            f"error: {tmp_path / 'pilotplans.bd'}: no such database: --db names no file (a typo?); "
            f"`pilotplans rebuild --db sqlite:///{tmp_path / 'pilotplans.bd'}` builds the dataset there\n"))


def test_serve_of_the_default_database_missing_outside_the_pilotplans_folder_says_where_to_run_it(tmp_path, monkeypatch):
    # it said `run pilotplans rebuild first`, which finds no data/raw there to read; every other command said this
    pytest.importorskip("datasette")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["serve", "--port", "0"])
    assert (result.exit_code, result.stderr) == (1, (
        f"error: data/curated/pilotplans.db: no database yet in {tmp_path}: run the command in the pilotplans folder "
        "(after `pilotplans rebuild`), or pass --db URL\n"))


def test_serve_of_the_default_database_missing_in_the_pilotplans_folder_asks_for_a_rebuild(tmp_path, monkeypatch):
    pytest.importorskip("datasette")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data" / "raw").mkdir(parents=True)
    result = CliRunner().invoke(app, ["serve", "--port", "0"])
    assert (result.exit_code, result.stderr) == (1, "error: data/curated/pilotplans.db: no database yet; run `pilotplans "
                                                    "rebuild` first (or pass --db URL)\n")

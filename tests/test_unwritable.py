"""Outputs and databases that cannot be written or reached: one line naming the path or URL and
the cause, exit code 1, no traceback, and nothing already stored is lost."""

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from tests.conftest import SEEDS

runner = CliRunner()
XIAMEN = SEEDS / "003_0b1b6885711b46b3.txt"
READ_ONLY = Path("/sys")  # refuses new files even to root


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def assert_one_line(result, line):
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {line}"]
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_output_in_a_folder_that_does_not_exist(tmp_path):
    target = tmp_path / "missing" / "dir" / "x.csv"
    assert_one_line(run("extract", XIAMEN, "-f", "csv", "-o", target),
                    f"{target}: cannot write: the folder {target.parent} does not exist")
    assert not (tmp_path / "missing").exists()


def test_output_that_is_a_folder(tmp_path):
    assert_one_line(run("extract", XIAMEN, "-o", tmp_path), f"{tmp_path}: cannot write: it is a folder; name a file inside it")


def test_output_under_a_file(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("x")
    target = note / "x.csv"
    assert_one_line(run("extract", XIAMEN, "-o", target), f"{target}: cannot write: {note} is a file, not a folder")


@pytest.mark.skipif(not READ_ONLY.is_dir(), reason="needs Linux's /sys")
def test_output_where_writing_is_not_permitted():
    target = READ_ONLY / "measures.csv"
    assert_one_line(run("extract", XIAMEN, "-o", target), f"{target}: cannot write: permission denied in {READ_ONLY}")


def test_listing_to_an_unwritable_output(tmp_path):
    db = f"sqlite:///{tmp_path / 'p.db'}"
    assert run("extract", XIAMEN, "--db", db).exit_code == 0
    target = tmp_path / "missing" / "docs.csv"
    assert_one_line(run("documents", "--db", db, "-f", "csv", "-o", target),
                    f"{target}: cannot write: the folder {target.parent} does not exist")


def test_database_in_a_folder_that_does_not_exist(tmp_path):
    url = f"sqlite:///{tmp_path / 'missing' / 'x.db'}"
    assert_one_line(run("extract", XIAMEN, "--db", url),
                    f"{url}: cannot open the database: the folder {tmp_path / 'missing'} does not exist")


@pytest.mark.skipif(not READ_ONLY.is_dir(), reason="needs Linux's /sys")
def test_database_where_writing_is_not_permitted():
    url = f"sqlite:///{READ_ONLY / 'x.db'}"
    assert_one_line(run("extract", XIAMEN, "--db", url), f"{url}: cannot open the database: permission denied in {READ_ONLY}")


def test_database_that_is_a_folder(tmp_path):
    url = f"sqlite:///{tmp_path}"
    assert_one_line(run("extract", XIAMEN, "--db", url), f"{url}: cannot open the database: it is a folder, not a database file")


def test_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not a database\n" * 100)
    url = f"sqlite:///{path}"
    assert_one_line(run("extract", XIAMEN, "--db", url), f"{url}: cannot write the database: file is not a database")
    assert path.read_text() == "not a database\n" * 100


@pytest.mark.parametrize("url", ["not a url", "sqlite//x.db"])
def test_bad_url(url):
    assert_one_line(run("extract", XIAMEN, "--db", url),
                    f"{url}: not a database URL (e.g. sqlite:///FILE or postgresql+psycopg://USER@HOST/DB)")


def test_unknown_kind_of_database():
    assert_one_line(run("extract", XIAMEN, "--db", "oracle2://u@h/d"),
                    "oracle2://u@h/d: unknown kind of database 'oracle2' (e.g. sqlite:///FILE or postgresql+psycopg://USER@HOST/DB)")


def test_postgresql_that_refuses_the_connection_hides_the_password():
    pytest.importorskip("psycopg")
    result = run("extract", XIAMEN, "--db", "postgresql+psycopg://me:secret@127.0.0.1:1/plans")
    assert_one_line(result, 'postgresql+psycopg://me:***@127.0.0.1:1/plans: cannot connect to the database: connection failed: '
                            'connection to server at "127.0.0.1", port 1 failed: Connection refused')


def test_query_of_a_database_without_tables(tmp_path):
    path = tmp_path / "empty.db"
    sqlite3.connect(path).close()
    path.touch()
    url = f"sqlite:///{path}"
    # a bare `pilotplans rebuild` would rebuild data/curated's database, not this one
    assert_one_line(run("measures", "--db", url),
                    f"{url}: the database is empty (no tables): run `pilotplans rebuild --db {url}` to build the dataset "
                    f"in it, or `pilotplans extract FILE --db {url}` to store documents in it")


def test_rebuild_to_an_unwritable_output_keeps_the_old_dataset(tmp_path):
    import shutil

    raw = tmp_path / "raw"
    shutil.copytree(SEEDS, raw)
    db = tmp_path / "keep.db"
    url = f"sqlite:///{db}"
    assert run("rebuild", "--raw", raw, "--out", tmp_path / "out", "--db", url).exit_code == 0
    before = db.read_bytes()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("rebuild", "--raw", raw, "--out", blocker / "out", "--db", url)
    assert_one_line(result, f"{blocker / 'out'}: cannot write: {blocker} is a file, not a folder")
    assert db.read_bytes() == before


@pytest.mark.parametrize("command", [["documents"], ["measures"], ["departments"], ["regions"], ["check"], ["coverage"],
                                     ["diff", "national-2020", "xiamen-2020"]])
def test_every_command_refuses_a_bad_url_in_one_line(command):
    assert_one_line(run(*command, "--db", "not a url"),
                    "not a url: not a database URL (e.g. sqlite:///FILE or postgresql+psycopg://USER@HOST/DB)")


def test_rebuild_into_an_unreachable_database_keeps_the_outputs(tmp_path):
    import shutil

    raw = tmp_path / "raw"
    shutil.copytree(SEEDS, raw)
    out = tmp_path / "out"
    assert run("rebuild", "--raw", raw, "--out", out).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    result = run("rebuild", "--raw", raw, "--out", out, "--db", "postgresql+psycopg://me:secret@127.0.0.1:1/plans")
    pytest.importorskip("psycopg")
    assert_one_line(result, 'postgresql+psycopg://me:***@127.0.0.1:1/plans: cannot connect to the database: connection failed: '
                            'connection to server at "127.0.0.1", port 1 failed: Connection refused')
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before

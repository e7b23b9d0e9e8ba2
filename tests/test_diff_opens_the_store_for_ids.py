"""``diff`` needs the database for a document id (pilotplans/cli.py ``_note_reversed``): an id looked up in an old or
unreadable database (data/curated/pilotplans.db under the working folder, or --db) is one line naming it and the
cause. Two files are read on the fly and need none, so such a database stops no diff of files; the titles LOCAL cites
are still looked up among the national plans of a database that is there (a note saying so when it cannot be read).
A stored LOCAL read from a database an older pilotplans wrote, which keeps no citations, is said to read as citing no
plan by title."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.store.db import StoreError
from pilotplans.store.read import national_plans

ROOT = Path(__file__).parent.parent
NATIONAL_2020 = ROOT / "tests" / "fixtures" / "seeds" / "000_e0aac6ab09a0c8fd.txt"
SHANGHAI = ROOT / "tests" / "fixtures" / "real_plans" / "shanghai-2020-tasks-excerpt.txt"
NATIONAL_2018 = ROOT / "tests" / "fixtures" / "seeds" / "001_49e808efe8358f81.txt"
WUHAN = ROOT / "tests" / "fixtures" / "plans" / "wuhan-2020-tasks.txt"


@pytest.fixture
def unreadable_default_store(tmp_path, monkeypatch) -> Path:
    """A working folder whose data/curated/pilotplans.db is no database at all."""
    store = tmp_path / "data" / "curated" / "pilotplans.db"
    store.parent.mkdir(parents=True)
    store.write_text("not a database\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return store


def test_two_files_are_diffed_beside_an_unreadable_default_database(unreadable_default_store):
    # the titles LOCAL cites would be looked up among the stored national plans: it says they are not (review r_analyst45)
    result = CliRunner().invoke(app, ["diff", str(NATIONAL_2020), str(SHANGHAI), "-f", "csv"])
    assert (result.exit_code, result.stderr) == (0, (
        "note: sqlite:///data/curated/pilotplans.db: cannot read the database: file is not a database; the titles "
        "shanghai-2020 cites are looked up among the pilot rounds' plans alone, not the national plans stored there\n"))
    rows = [line.split(",")[:3] for line in result.stdout.splitlines()[1:]]
    assert rows[:2] == [["1", "1", "adapted"], ["2", "", "dropped"]]


def test_two_files_beside_an_unreadable_database_are_quiet_when_local_cites_no_title(unreadable_default_store, tmp_path):
    uncited = tmp_path / "wuhan-2020-tasks.txt"
    uncited.write_text(WUHAN.read_text(encoding="utf-8").replace("为贯彻落实《全面深化服务贸易创新发展试点总体方案》，", ""),
                       encoding="utf-8")
    result = CliRunner().invoke(app, ["diff", str(NATIONAL_2020), str(uncited), "-f", "csv"])
    assert (result.exit_code, result.stderr) == (0, "")


@pytest.fixture
def store_of_a_plan_no_round_has(curated, tmp_path) -> str:
    """The rebuilt bundled documents with national-2025 stored under a title no pilot round's plan has."""
    import shutil
    import sqlite3

    path = tmp_path / "pilotplans.db"
    shutil.copyfile(curated / "pilotplans.db", path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE documents SET title = '数字贸易创新发展试点工作方案' WHERE id = 'national-2025'")
    connection.close()
    return f"sqlite:///{path}"


def _citing_the_stored_title(tmp_path) -> Path:
    local = tmp_path / "wuhan-2020-tasks.txt"
    local.write_text(WUHAN.read_text(encoding="utf-8").replace("《全面深化服务贸易创新发展试点总体方案》",
                                                               "《数字贸易创新发展试点工作方案》"), encoding="utf-8")
    return local


def test_two_files_diffed_with_a_database_still_look_the_cited_title_up_among_its_national_plans(
        store_of_a_plan_no_round_has, tmp_path):
    # two files need no database, but one given (or the default one in the folder) still names the plan a title
    # cites: not opening it left wuhan-2020 citing national-2025's title unwarned (review r_analyst45)
    result = CliRunner().invoke(app, ["diff", str(NATIONAL_2018), str(_citing_the_stored_title(tmp_path)), "-f", "csv",
                                      "--db", store_of_a_plan_no_round_has])
    assert (result.exit_code, result.stderr) == (0, (
        "warning: wuhan-2020-tasks cites 《数字贸易创新发展试点工作方案》 (the plan national-2025 is titled after) as the plan it "
        "carries out, not national-2018 (国函〔2018〕79号): the links say only how alike the measures of wuhan-2020-tasks are "
        "to those of national-2018, not what it did with them\n"))


def test_two_files_diffed_with_no_database_there_are_quiet_on_a_title_no_round_has(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no data/curated/pilotplans.db
    result = CliRunner().invoke(app, ["diff", str(NATIONAL_2018), str(_citing_the_stored_title(tmp_path)), "-f", "csv"])
    assert (result.exit_code, result.stderr) == (0, "")


def test_an_id_looked_up_in_an_unreadable_default_database_is_one_line_naming_it(unreadable_default_store):
    result = CliRunner().invoke(app, ["diff", "national-2020", str(SHANGHAI), "-f", "csv"])
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "", "error: sqlite:///data/curated/pilotplans.db: cannot read the database: file is not a database\n")


def test_the_national_plans_of_an_unreadable_database_are_a_store_error_naming_it(tmp_path):
    store = tmp_path / "pilotplans.db"
    store.write_text("not a database\n", encoding="utf-8")
    with pytest.raises(StoreError) as raised:
        national_plans(f"sqlite:///{store}")
    assert str(raised.value) == f"sqlite:///{store}: cannot read the database: file is not a database"


def test_the_national_plans_of_a_rebuilt_database_are_listed_by_id(curated):
    rows = national_plans(f"sqlite:///{curated / 'pilotplans.db'}")
    assert [(row["id"], row["doc_no"]) for row in rows] == [
        ("national-2018", "国函〔2018〕79号"), ("national-2020", "国函〔2020〕111号"), ("national-2025", None)]


def test_diff_s_help_says_the_database_is_for_ids():
    result = CliRunner().invoke(app, ["diff", "--help"], env={"COLUMNS": "250", "NO_COLOR": "1"})
    shown = " ".join(result.output.replace("│", " ").split())
    assert ("SQLAlchemy URL of the database the ids are looked up in, and the national plans a title LOCAL cites may name "
            "(two files need none: one that cannot be read is then a note).") in shown


# a database an older pilotplans wrote keeps no citations ---------------------------------------------------------

@pytest.fixture
def store_without_citations(curated, tmp_path) -> str:
    """The rebuilt bundled documents as a database written before documents.citations was kept."""
    import shutil
    import sqlite3

    path = tmp_path / "pilotplans.db"
    shutil.copyfile(curated / "pilotplans.db", path)
    with sqlite3.connect(path) as connection:
        connection.execute("ALTER TABLE documents DROP COLUMN citations")
    connection.close()
    return f"sqlite:///{path}"


def test_a_stored_local_plan_of_a_database_keeping_no_citations_is_said_to_cite_nothing_by_title(store_without_citations):
    result = CliRunner().invoke(app, ["diff", "national-2018", "hainan-2020", "-f", "csv", "--db", store_without_citations])
    assert (result.exit_code, result.stderr.splitlines()[0]) == (0, (
        f"note: {store_without_citations} was written by an older pilotplans (no documents.citations): hainan-2020 reads "
        "as citing no plan by title, so whether it carries out another plan than national-2018 is told by its 文号 alone; "
        f"run `pilotplans rebuild --db {store_without_citations}` to read what it cites"))
    assert result.stderr.splitlines()[1].startswith("warning: hainan-2020 cites 国函〔2020〕111号")  # its 文号 still tells


def test_a_local_file_read_beside_a_database_keeping_no_citations_reads_its_own(store_without_citations):
    result = CliRunner().invoke(app, ["diff", "national-2020", str(SHANGHAI), "-f", "csv", "--db", store_without_citations])
    assert (result.exit_code, result.stderr) == (0, "")


def test_a_rebuilt_database_keeps_citations_and_one_written_before_them_does_not(curated, store_without_citations):
    from pilotplans.store.read import keeps_citations

    assert (keeps_citations(f"sqlite:///{curated / 'pilotplans.db'}"), keeps_citations(store_without_citations)) == (
        True, False)


def test_the_note_on_a_database_keeping_no_citations_names_a_national_file_by_its_id(store_without_citations):
    # the plans named by their ids, as the citation warning under it names them, not by the path given (review r_analyst45)
    result = CliRunner().invoke(app, ["diff", str(NATIONAL_2018), "hainan-2020", "-f", "csv", "--db", store_without_citations])
    assert (result.exit_code, result.stderr.splitlines()[0]) == (0, (
        f"note: {store_without_citations} was written by an older pilotplans (no documents.citations): hainan-2020 reads "
        "as citing no plan by title, so whether it carries out another plan than national-2018 is told by its 文号 alone; "
        f"run `pilotplans rebuild --db {store_without_citations}` to read what it cites"))


@pytest.mark.parametrize(("national", "local"), [
    ("national-2018", "national-2020"),  # a newer round given as LOCAL carries out no plan: no citation is checked
    ("hainan-2020", "xiamen-2020"),  # nor for a local plan given as NATIONAL
])
def test_a_database_keeping_no_citations_is_not_noted_where_no_citation_is_checked(store_without_citations, national, local):
    result = CliRunner().invoke(app, ["diff", national, local, "-f", "csv", "--db", store_without_citations])
    assert result.exit_code == 0
    assert "documents.citations" not in result.stderr

"""A bad ``$PILOTPLANS_SEGMENTER`` — a name that is no engine, or an engine that is not installed — is refused before
anything is read: one line naming the variable and the choices, exit 2; it was an internal error in the middle of the
first document whose places' names are cut (:func:`pilotplans.cut_engines.configured_engine`)."""

from __future__ import annotations

import sys

import pytest
from typer.testing import CliRunner

from pilotplans import cut_engines
from pilotplans.cli import app
from pilotplans.cut_engines import ENGINE_ENV, configured_engine
from pilotplans.errors import BadSetting
from tests.conftest import FIXTURES

# its notice's 应县人民政府办公 is cut into words to place the county: the page reaches the engine
YINGXIAN = FIXTURES / "prose-blind25" / "yingxian-2023-county-office-plan-number-and-date-marks-lost-tasks-no-owners-cut.txt"

runner = CliRunner()


@pytest.fixture
def fresh_choice(monkeypatch):
    """Whether an engine is installed asked anew (and again after the test)."""
    monkeypatch.delenv(ENGINE_ENV, raising=False)
    cut_engines._installed.cache_clear()
    yield monkeypatch
    cut_engines._installed.cache_clear()


def without_jieba(monkeypatch) -> None:
    """jieba as the import system sees a package that is not installed (``find_spec`` finds nothing)."""
    monkeypatch.setitem(sys.modules, "jieba", None)


def test_a_name_that_is_no_engine_is_refused_in_one_line_before_reading(fresh_choice):
    fresh_choice.setenv(ENGINE_ENV, "thulac")
    result = runner.invoke(app, ["extract", str(YINGXIAN), "-f", "json"])
    assert result.exit_code == 2
    assert result.stderr == "error: $PILOTPLANS_SEGMENTER must be one of rjieba, jieba, not 'thulac'\n"
    assert result.stdout == ""


def test_an_engine_that_is_not_installed_is_refused_in_one_line_naming_the_installed_one(fresh_choice):
    fresh_choice.setenv(ENGINE_ENV, "jieba")
    without_jieba(fresh_choice)
    result = runner.invoke(app, ["extract", str(YINGXIAN), "-f", "json"])
    assert result.exit_code == 2
    assert result.stderr == ("error: $PILOTPLANS_SEGMENTER names jieba, which is not installed: install it, or set it to "
                             "rjieba (installed), or unset it (the engines: rjieba, jieba)\n")
    assert result.stdout == ""


def test_the_diff_refuses_a_bad_name_before_reading_its_plans(fresh_choice, tmp_path):
    fresh_choice.setenv(ENGINE_ENV, "thulac")
    result = runner.invoke(app, ["diff", str(FIXTURES / "national-2020-tasks.docx"), str(YINGXIAN)])
    assert (result.exit_code, result.stderr) == (2, "error: $PILOTPLANS_SEGMENTER must be one of rjieba, jieba, not 'thulac'\n")


def test_an_installed_engine_named_reads_the_page_as_without_the_variable(fresh_choice):
    # quiet: jieba named, and installed, cuts the page as rjieba does; the page is cut before its measures' owners, and
    # says so alike either way (no refusal, no internal error)
    unset = runner.invoke(app, ["extract", str(YINGXIAN), "-f", "json"])
    fresh_choice.setenv(ENGINE_ENV, "jieba")
    named = runner.invoke(app, ["extract", str(YINGXIAN), "-f", "json"])
    assert (named.exit_code, named.stderr) == (unset.exit_code, unset.stderr)
    assert named.stderr == (f"error: {YINGXIAN}: no task table or task list found: the page ends in its part `二、重点任务`, "
                            "before any numbered measure of 《应县促进专业镇高质量发展实施方案》 names its owners — the page is "
                            "cut: find the page or attachment that holds the whole plan\n")


def test_help_is_printed_whatever_the_variable_says(fresh_choice):
    fresh_choice.setenv(ENGINE_ENV, "thulac")
    result = runner.invoke(app, ["extract", "--help"])
    assert result.exit_code == 0
    assert "PATH_OR_URL..." in result.stdout


def test_unset_or_blank_the_variable_names_no_engine(fresh_choice):
    assert configured_engine() is None
    fresh_choice.setenv(ENGINE_ENV, "  ")
    assert configured_engine() is None


def test_the_library_refuses_an_engine_not_installed_as_the_command_line_does(fresh_choice):
    fresh_choice.setenv(ENGINE_ENV, "jieba")
    without_jieba(fresh_choice)
    with pytest.raises(BadSetting, match=r"^\$PILOTPLANS_SEGMENTER names jieba, which is not installed"):
        cut_engines.default_engine()


def _county_plan_stored_municipal_by_this_reader(path) -> str:
    """A database holding 大竹县's plan read municipal (as a manifest may give it), its ``version.reader`` fact this
    version's: the documents listing checks that fact before its note on plans stored before the county level."""
    import sqlite3

    from pilotplans.ingest.pipeline import read_document
    from pilotplans.ingest.versions import build_version
    from pilotplans.store.db import rebuild, sqlite_url

    county = read_document(FIXTURES / "text-tables/blind/dazhu-2016-task-table.html")
    url = sqlite_url(path)
    rebuild(url, [county.model_copy(update={"level": "municipal"})])
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO build_info (key, value) VALUES ('version.reader', ?)", (build_version().reader,))
    return url


def test_listing_county_plans_needs_no_segmenter_so_a_bad_name_lists_them(fresh_choice, tmp_path):
    # the listing cuts no word: its check of the database's reader version asked the whole build version, whose store
    # part names the segmenter, and a bad name ended `documents --level county` in a traceback
    url = _county_plan_stored_municipal_by_this_reader(tmp_path / "p.db")
    fresh_choice.setenv(ENGINE_ENV, "thulac")
    result = runner.invoke(app, ["documents", "--db", url, "-f", "json", "--level", "county"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "[]\n", "note: no document matches\n")


def test_the_reader_version_alone_is_the_build_version_s_reader_part():
    from pilotplans.ingest.versions import build_version, reader_version

    assert reader_version() == build_version().reader


def test_the_served_search_box_does_not_turn_a_bad_name_into_no_hits(fresh_choice):
    # the search box's expression read any refused query as one matching nothing: a bad name made every search of the
    # served site empty, unsaid
    from pilotplans.serve import fts_expression

    fresh_choice.setenv(ENGINE_ENV, "thulac")
    with pytest.raises(BadSetting, match=r"^\$PILOTPLANS_SEGMENTER must be one of rjieba, jieba, not 'thulac'$"):
        fts_expression("跨境数据")


def test_the_served_search_box_still_matches_nothing_for_a_query_asking_for_either_word(fresh_choice):
    from pilotplans.serve import fts_expression

    assert fts_expression("跨境 OR 数据") == '""'


def test_the_served_site_is_refused_before_it_is_built(fresh_choice, tmp_path):
    pytest.importorskip("datasette")
    from pilotplans.serve import datasette_app

    stored = tmp_path / "p.db"
    stored.write_bytes(b"")
    fresh_choice.setenv(ENGINE_ENV, "thulac")
    with pytest.raises(BadSetting):
        datasette_app(stored)


THULAC_REFUSED = "error: $PILOTPLANS_SEGMENTER must be one of rjieba, jieba, not 'thulac'\n"


@pytest.mark.parametrize("command", [["rebuild"], ["coverage"], ["lineage"], ["search", "跨境数据"], ["serve"],
                                     ["measures", "--implements", "national-2020:76"]])
def test_every_command_that_may_cut_words_refuses_a_bad_name_before_opening_the_database(fresh_choice, tmp_path, command):
    fresh_choice.setenv(ENGINE_ENV, "thulac")
    result = runner.invoke(app, [*command, "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert (result.exit_code, result.stderr) == (2, THULAC_REFUSED)


def test_listing_the_measures_is_not_refused_for_a_name_it_never_uses(fresh_choice, tmp_path):
    fresh_choice.setenv(ENGINE_ENV, "thulac")
    result = runner.invoke(app, ["measures", "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert result.exit_code == 1
    assert "PILOTPLANS_SEGMENTER" not in result.stderr


def _reading_begun(*args, **kwargs):
    raise AssertionError("the rebuild began reading the folder")


def test_the_library_s_rebuild_refuses_a_bad_name_before_reading_the_folder(fresh_choice, tmp_path):
    # it was met after the folder's reading had begun, or as an internal error of each file whose places' names are cut
    from pilotplans.api import Dataset
    from pilotplans.ingest import dataset

    fresh_choice.setattr(dataset, "folder_sources", _reading_begun)
    fresh_choice.setenv(ENGINE_ENV, "thulac")
    with pytest.raises(BadSetting) as refused:
        Dataset(f"sqlite:///{tmp_path / 'p.db'}").rebuild(YINGXIAN.parent, tmp_path / "out", full=True)
    assert str(refused.value) == "$PILOTPLANS_SEGMENTER must be one of rjieba, jieba, not 'thulac'"
    assert not (tmp_path / "out").exists()


def test_the_library_s_rebuild_with_an_installed_engine_named_goes_on_to_read_the_folder(fresh_choice, tmp_path):
    from pilotplans.api import Dataset
    from pilotplans.ingest import dataset

    fresh_choice.setattr(dataset, "folder_sources", _reading_begun)
    fresh_choice.setenv(ENGINE_ENV, "jieba")
    with pytest.raises(AssertionError, match="began reading the folder"):
        Dataset(f"sqlite:///{tmp_path / 'p.db'}").rebuild(YINGXIAN.parent, tmp_path / "out", full=True)


def test_the_library_s_reading_of_files_refuses_a_bad_name_not_as_each_file_s_internal_error(fresh_choice):
    from pilotplans.ingest.reading import read_paths

    fresh_choice.setenv(ENGINE_ENV, "thulac")
    with pytest.raises(BadSetting, match=r"^\$PILOTPLANS_SEGMENTER must be one of rjieba, jieba, not 'thulac'$"):
        read_paths([YINGXIAN], lambda path: None)


def test_the_library_s_reading_of_files_with_the_variable_unset_reads_each_file(fresh_choice):
    from pilotplans.ingest.reading import read_paths

    read = read_paths([YINGXIAN], lambda path: None)
    assert read.documents == [] and [failure.cause.split(":")[0] for failure in read.failures] == [
        "no task table or task list found"]

"""``pilotplans diff`` of two stored plans draws its table, JSONL and CSV from the diff the rebuild
stored, when that diff is still the one the current code makes of the stored documents; each is
what a new diff gives, character for character."""

import shutil
import sqlite3

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.diff import diff_documents
from pilotplans.diff.render import render, to_table
from pilotplans.diff.stored import current_links, stored_result
from pilotplans.store.db import load_documents


def url_of(out):
    return f"sqlite:///{out / 'pilotplans.db'}"


def stored(out, *ids):
    found = {d.id: d for d in load_documents(url_of(out), ids=list(ids))}
    return [found[i] for i in ids]


@pytest.mark.parametrize("local", ["xiamen-2020", "hainan-2020"])
def test_the_table_drawn_from_the_stored_diff_is_the_table_of_a_new_diff(curated, local):
    national, plan = stored(curated, "national-2020", local)
    links = current_links(url_of(curated), "national-2020", local)
    assert links is not None
    assert to_table(stored_result(national, plan, links)) == to_table(diff_documents(national, plan))


def stored_pairs(out):
    with sqlite3.connect(out / "pilotplans.db") as connection:
        return connection.execute("SELECT national_document, local_document FROM plan_pairs "
                                  "ORDER BY national_document, local_document").fetchall()


def test_the_rebuild_stores_the_diff_of_every_bundled_local_plan(curated):
    assert stored_pairs(curated) == [("national-2020", "hainan-2020"), ("national-2020", "xiamen-2020")]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_every_stored_diff_prints_the_jsonl_and_csv_of_a_new_diff(curated, fmt):
    for national_id, local_id in stored_pairs(curated):
        national, plan = stored(curated, national_id, local_id)
        links = current_links(url_of(curated), national_id, local_id)
        assert links is not None, local_id
        assert render(stored_result(national, plan, links), fmt) == render(diff_documents(national, plan), fmt), local_id


def no_diff(*args, **kwargs):
    raise AssertionError("the stored diff was not used")


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv"])
def test_the_diff_command_prints_a_new_diff_from_the_stored_one(curated, monkeypatch, fmt):
    import importlib

    national, xiamen = stored(curated, "national-2020", "xiamen-2020")
    computed = diff_documents(national, xiamen)
    expected = to_table(computed) if fmt == "table" else render(computed, fmt)

    monkeypatch.setattr(importlib.import_module("pilotplans.diff.compare"), "diff_documents", no_diff)
    result = CliRunner().invoke(app, ["diff", "national-2020", "xiamen-2020", "-f", fmt, "--db", url_of(curated)])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == expected.encode("utf-8")


def computing_diffs(monkeypatch):
    """Count the diffs computed from now on."""
    import importlib

    compare = importlib.import_module("pilotplans.diff.compare")
    computed = []
    real = compare.diff_documents

    def counted(*args, **kwargs):
        computed.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(compare, "diff_documents", counted)
    return computed


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_stale_stored_diff_is_computed_again(curated, tmp_path, monkeypatch, fmt):
    shutil.copy(curated / "pilotplans.db", tmp_path / "pilotplans.db")
    with sqlite3.connect(tmp_path / "pilotplans.db") as connection:
        connection.execute("UPDATE plan_pairs SET pair_key = 'an older diff' WHERE local_document = 'xiamen-2020'")
        connection.execute("UPDATE plan_links SET score = 0")  # what a stale diff holds is not printed
    national, xiamen = stored(tmp_path, "national-2020", "xiamen-2020")
    expected = render(diff_documents(national, xiamen), fmt)
    computed = computing_diffs(monkeypatch)
    result = CliRunner().invoke(app, ["diff", "national-2020", "xiamen-2020", "-f", fmt, "--db", url_of(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == expected.encode("utf-8")
    assert len(computed) == 1


def test_a_database_of_an_older_version_without_the_links_detail_is_computed_again(curated, tmp_path, monkeypatch):
    shutil.copy(curated / "pilotplans.db", tmp_path / "pilotplans.db")
    with sqlite3.connect(tmp_path / "pilotplans.db") as connection:
        connection.execute("ALTER TABLE plan_links DROP COLUMN detail")
    assert current_links(url_of(tmp_path), "national-2020", "xiamen-2020") is None
    national, xiamen = stored(tmp_path, "national-2020", "xiamen-2020")
    expected = render(diff_documents(national, xiamen), "jsonl")
    computed = computing_diffs(monkeypatch)
    result = CliRunner().invoke(app, ["diff", "national-2020", "xiamen-2020", "-f", "jsonl", "--db", url_of(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == expected.encode("utf-8")
    assert len(computed) == 1


def test_a_stored_diff_made_by_other_code_or_of_other_documents_is_not_used(curated, tmp_path):
    shutil.copy(curated / "pilotplans.db", tmp_path / "pilotplans.db")
    with sqlite3.connect(tmp_path / "pilotplans.db") as connection:
        connection.execute("UPDATE plan_pairs SET pair_key = 'an older diff' WHERE local_document = 'xiamen-2020'")
    assert current_links(url_of(tmp_path), "national-2020", "xiamen-2020") is None
    assert current_links(url_of(tmp_path), "national-2020", "hainan-2020") is not None


def test_two_plans_without_a_stored_diff_have_none(curated):
    assert current_links(url_of(curated), "national-2018", "national-2020") is None
    assert current_links(url_of(curated), "national-2020", "no-such-plan") is None


def test_a_stored_diff_checked_against_another_registry_is_not_used(curated, tmp_path):
    shutil.copy(curated / "pilotplans.db", tmp_path / "pilotplans.db")
    with sqlite3.connect(tmp_path / "pilotplans.db") as connection:
        connection.execute("UPDATE build_info SET value = 'an older registry' WHERE key = 'version.registry'")
    assert current_links(url_of(tmp_path), "national-2020", "xiamen-2020") is None


def test_the_registry_and_gazetteer_versions_read_alone_are_those_of_the_build_version():
    from pilotplans.ingest.versions import build_version, file_part_versions

    version = build_version()
    assert file_part_versions() == {"registry": version.registry, "gazetteer": version.gazetteer}



@pytest.mark.parametrize("flag", ["--region", "--html"])
def test_a_diff_given_a_region_or_an_html_report_is_computed_not_drawn_from_the_stored_one(curated, tmp_path, monkeypatch, flag):
    # the stored diff knows neither: --region changes the local plan's region checks, --html draws the whole alignment
    from pilotplans.diff.sources import with_region

    national, xiamen = stored(curated, "national-2020", "xiamen-2020")
    value = "海南省" if flag == "--region" else str(tmp_path / "report.html")
    local = with_region(xiamen, "海南省") if flag == "--region" else xiamen
    expected = render(diff_documents(national, local), "jsonl")
    computed = computing_diffs(monkeypatch)
    result = CliRunner().invoke(app, ["diff", "national-2020", "xiamen-2020", "-f", "jsonl", flag, value, "--db", url_of(curated)])
    assert result.exit_code == 0, result.output
    assert len(computed) == 1
    assert result.stdout_bytes == expected.encode("utf-8")
    if flag == "--region":  # another region: other region checks than the stored diff's
        assert expected != render(diff_documents(national, xiamen), "jsonl")
    else:
        assert (tmp_path / "report.html").exists()

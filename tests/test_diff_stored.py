"""``pilotplans diff`` of two stored plans draws its table from the diff the rebuild stored, when
that diff is still the one the current code makes of the stored documents; the table is the
table a new diff gives, character for character."""

import shutil
import sqlite3

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.diff import diff_documents
from pilotplans.diff.render import to_table
from pilotplans.diff.stored import current_links, stored_table
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
    assert stored_table(national, plan, links) == to_table(diff_documents(national, plan))


def test_the_diff_command_prints_the_table_of_a_new_diff(curated, monkeypatch):
    import importlib

    national, xiamen = stored(curated, "national-2020", "xiamen-2020")
    expected = to_table(diff_documents(national, xiamen))

    def no_diff(*args, **kwargs):
        raise AssertionError("the stored diff was not used")

    monkeypatch.setattr(importlib.import_module("pilotplans.diff.compare"), "diff_documents", no_diff)
    result = CliRunner().invoke(app, ["diff", "national-2020", "xiamen-2020", "--db", url_of(curated)])
    assert result.exit_code == 0, result.output
    assert result.stdout == expected


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

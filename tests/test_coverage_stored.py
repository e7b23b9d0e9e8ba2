"""``coverage`` of stored plans draws on the diffs the rebuild stored where they are still current
(only the national plans are read whole), and prints what diffing them again prints."""

import importlib
import shutil
import sqlite3

import pytest

from pilotplans import Dataset
from pilotplans.diff.coverage import coverage_matrix, to_csv
from pilotplans.diff.stored import current_coverage_links, stored_headers
from pilotplans.store.db import load_documents


def url_of(out):
    return f"sqlite:///{out / 'pilotplans.db'}"


def computed(url):
    """The coverage of national-2020 by diffing its local plans anew."""
    documents = {d.id: d for d in load_documents(url)}
    return coverage_matrix(documents["national-2020"], [documents["hainan-2020"], documents["xiamen-2020"]])


def test_the_current_stored_diffs_are_those_of_the_local_plans_and_their_parent(curated):
    assert sorted(current_coverage_links(url_of(curated))) == [("national-2020", "hainan-2020"), ("national-2020", "xiamen-2020")]


def test_headers_hold_the_metadata_and_the_parent_link_but_no_measures(curated):
    headers = {d.id: d for d in stored_headers(url_of(curated))}
    assert sorted(headers) == ["hainan-2020", "national-2018", "national-2020", "national-2025", "xiamen-2020"]
    assert (headers["xiamen-2020"].parent, headers["xiamen-2020"].region, headers["xiamen-2020"].measures) == ("national-2020", "厦门", [])


def test_coverage_from_the_stored_diffs_is_the_coverage_of_new_diffs(curated, monkeypatch):
    expected = computed(url_of(curated))

    def no_diff(*args, **kwargs):
        raise AssertionError("a plan with a current stored diff was diffed again")

    monkeypatch.setattr(importlib.import_module("pilotplans.diff.coverage"), "diff_documents", no_diff)
    (matrix,) = Dataset(curated / "pilotplans.db").coverage(national="national-2020")
    assert matrix.model_dump(exclude={"links"}) == expected.model_dump(exclude={"links"})
    assert to_csv([matrix]) == to_csv([expected.model_copy(update={"links": matrix.links})])


@pytest.mark.parametrize("stale", ["xiamen-2020", "hainan-2020"])
def test_a_plan_whose_stored_diff_is_stale_is_diffed_again(curated, tmp_path, stale):
    shutil.copy(curated / "pilotplans.db", tmp_path / "pilotplans.db")
    with sqlite3.connect(tmp_path / "pilotplans.db") as connection:
        connection.execute("UPDATE plan_pairs SET pair_key = 'an older diff' WHERE local_document = ?", (stale,))
        # what an older diff said: were its links used, every cell of the plan would read same
        connection.execute("UPDATE plan_links SET relation = 'same' WHERE local_document = ?", (stale,))
    assert sorted(current_coverage_links(url_of(tmp_path))) == sorted(
        {("national-2020", "hainan-2020"), ("national-2020", "xiamen-2020")} - {("national-2020", stale)})
    (matrix,) = Dataset(tmp_path / "pilotplans.db").coverage(national="national-2020")
    assert matrix.model_dump(exclude={"links"}) == computed(url_of(tmp_path)).model_dump(exclude={"links"})

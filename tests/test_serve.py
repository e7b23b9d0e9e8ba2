"""`pilotplans serve`: Datasette on a local port over the curated database, with Chinese word search
in the measures' search box, facets, descriptions and canned queries; read through its JSON API and
in headless Chromium."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest

pytest.importorskip("datasette", reason="Datasette is not installed (pip install '.[serve]')")


@pytest.fixture(scope="module")
def site(curated) -> Iterator[str]:
    process = subprocess.Popen([sys.executable, "-m", "pilotplans", "serve", "--db", str(curated / "pilotplans.db"), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()  # type: ignore[union-attr]
        assert line.startswith("serving "), line + process.stderr.read()  # type: ignore[union-attr]
        yield line.split(" at ")[1].split()[0]
    finally:
        process.terminate()
        process.wait(timeout=10)


def get(url: str) -> object:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


def test_the_search_box_matches_chinese_words(site):
    rows = get(f"{site}/measures.json?_search={urllib.parse.quote('跨境数据')}&_shape=array&_col=document_id&_col=number&_size=100")
    found = {(r["document_id"], r["number"]) for r in rows}
    assert {("national-2020", 76), ("national-2020", 115), ("xiamen-2020", 51), ("hainan-2020", 72)} <= found


def test_facets_and_descriptions_come_from_the_metadata(site):
    table = get(f"{site}/measures.json?_size=0")
    assert sorted(table["facet_results"]) == ["document_id", "heading_title", "scope_kind"]
    counts = {f["value"]: f["count"] for f in table["facet_results"]["document_id"]["results"]}
    assert counts == {"national-2025": 152, "national-2020": 122, "hainan-2020": 117, "xiamen-2020": 88, "national-2018": 48}
    metadata = get(f"{site.rsplit('/', 1)[0]}/-/metadata.json")
    measures = metadata["databases"]["pilotplans"]["tables"]["measures"]
    assert measures["columns"]["text"] == "举措内容 / the measure's text"


def test_measures_at_a_glance_facet_by_department_and_region(site):
    table = get(f"{site}/measure_browse.json?_search={urllib.parse.quote('跨境数据')}&_size=0")
    assert sorted(table["facet_results"]) == ["departments", "document_id", "heading_title", "regions", "scope_kind"]
    departments = {f["value"]: f["count"] for f in table["facet_results"]["departments"]["results"]}
    assert departments["中央网信办"] == 6
    narrowed = get(f"{site}/measure_browse.json?departments__arraycontains={urllib.parse.quote('商务部')}"
                   f"&regions__arraycontains={urllib.parse.quote('厦门市')}&_search={urllib.parse.quote('跨境数据')}&_shape=array")
    assert {(r["document_id"], r["number"]) for r in narrowed} == {
        ("national-2020", 83), ("national-2020", 115), ("xiamen-2020", 57), ("xiamen-2020", 81)}


def test_canned_query_measures_a_department_leads(site):
    rows = get(f"{site}/measures_a_department_leads.json?body={urllib.parse.quote('厦门银保监局')}&_shape=array")
    assert {r["document_id"] for r in rows} == {"xiamen-2020"} and len(rows) >= 3


def test_canned_query_national_measures_a_region_did_not_take_up(site):
    rows = get(f"{site}/national_measures_a_region_did_not_take_up.json?region={urllib.parse.quote('厦门')}&_shape=array")
    assert rows and {r["local_document"] for r in rows} == {"xiamen-2020"}
    assert rows[0]["national_number"] == 7


def test_canned_query_local_bodies_with_another_central_owner(site):
    rows = get(f"{site}/local_bodies_with_another_central_owner.json?_shape=array")
    assert ("hainan-2020", 39) in {(r["local_document"], r["national_number"]) for r in rows}


def test_a_page_loads_in_headless_chromium(site):
    from tests.test_diff_html_browser import CHROMIUM_ARGS, chromium_path

    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    executable = chromium_path()
    if executable is None:
        pytest.skip("no Chromium at $PILOTPLANS_CHROMIUM, /usr/bin/chromium or on the PATH")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(f"{site}/measures?_search={urllib.parse.quote('银保监')}")
            assert page.locator("h1").first.inner_text().strip() == "举措 / Measures"
            assert "厦门银保监局" in page.locator("table.rows-and-columns").inner_text()
            assert errors == []
        finally:
            browser.close()


def test_a_database_without_the_tables_is_a_clear_error(curated, tmp_path):
    # in the words of every other command (store/db.py schema_fault): a bare `pilotplans rebuild` would make
    # data/curated's database, not this one, and another program's is not to be rebuilt
    import shutil
    import sqlite3

    from pilotplans.errors import PilotplansError
    from pilotplans.serve import metadata

    sqlite3.connect(tmp_path / "other.db").execute("CREATE TABLE documents (id TEXT, title TEXT)").connection.close()
    with pytest.raises(PilotplansError) as raised:
        metadata(tmp_path / "other.db")
    assert str(raised.value) == (f"sqlite:///{tmp_path / 'other.db'}: not a pilotplans database (only documents: documents, "
                                 "named as a table of pilotplans', holds too few of its columns): name the dataset's "
                                 "database with --db (`pilotplans rebuild` makes one)")
    sqlite3.connect(tmp_path / "empty.db").close()
    with pytest.raises(PilotplansError) as raised:
        metadata(tmp_path / "empty.db")
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    assert str(raised.value) == (f"{url}: the database is empty (no tables): run `pilotplans rebuild --db {url}` to build "
                                 f"the dataset in it, or `pilotplans extract FILE --db {url}` to store documents in it")
    shutil.copyfile(curated / "pilotplans.db", tmp_path / "old.db")
    with sqlite3.connect(tmp_path / "old.db") as connection:
        connection.execute("ALTER TABLE documents DROP COLUMN title")
    connection.close()
    with pytest.raises(PilotplansError) as raised:
        metadata(tmp_path / "old.db")
    url = f"sqlite:///{tmp_path / 'old.db'}"
    assert str(raised.value) == (f"{url}: the database was written by an older pilotplans (no documents.title); "
                                 f"run `pilotplans rebuild --db {url}` to rebuild it")


def test_a_database_lacking_only_what_serve_reads_not_keeps_serves_own_words(curated, tmp_path, monkeypatch):
    # near miss: the database holds every table and column this version writes; serve.toml naming another is its own fault
    import pilotplans.serve as serve
    from pilotplans.errors import PilotplansError

    settings = serve._settings()
    monkeypatch.setattr(serve, "_settings", lambda: {**settings, "tables": {**settings["tables"], "nothing": {}}})
    with pytest.raises(PilotplansError) as raised:
        serve.metadata(curated / "pilotplans.db")
    # it advised `pilotplans rebuild --db …`, which makes the same tables again: no table 'nothing' among them
    assert str(raised.value) == (f"{curated / 'pilotplans.db'}: pilotplans/data/serve.toml names a table 'nothing', "
                                 "which no rebuild makes: the serve.toml installed is at fault (mend it, or install "
                                 "pilotplans again)")


def test_serve_toml_naming_a_column_no_rebuild_makes_is_serve_tomls_fault(curated, monkeypatch):
    import pilotplans.serve as serve
    from pilotplans.errors import PilotplansError

    settings = serve._settings()
    documents = {**settings["tables"]["documents"], "facets": ["level", "province"]}
    monkeypatch.setattr(serve, "_settings", lambda: {**settings, "tables": {**settings["tables"], "documents": documents}})
    with pytest.raises(PilotplansError) as raised:
        serve.metadata(curated / "pilotplans.db")
    assert str(raised.value) == (f"{curated / 'pilotplans.db'}: pilotplans/data/serve.toml names a column province of "
                                 "'documents', which no rebuild makes: the serve.toml installed is at fault (mend it, or "
                                 "install pilotplans again)")


def test_a_database_of_this_version_lacking_its_view_is_advised_a_full_rebuild(curated, tmp_path):
    # near miss: a view the rebuild makes, dropped by hand; a bare rebuild finds nothing changed and leaves it out
    import shutil
    import sqlite3

    from pilotplans.errors import PilotplansError
    from pilotplans.serve import metadata

    path = tmp_path / "pilotplans.db"
    shutil.copyfile(curated / "pilotplans.db", path)
    with sqlite3.connect(path) as connection:
        connection.execute("DROP VIEW measure_browse")
    connection.close()
    with pytest.raises(PilotplansError) as raised:
        metadata(path)
    assert str(raised.value) == (f"{path}: no table 'measure_browse' (pilotplans/data/serve.toml); run `pilotplans "
                                 f"rebuild --full --db sqlite:///{path}` to make the database again")


def test_without_datasette_serve_says_how_to_install_it(curated, monkeypatch):
    from typer.testing import CliRunner

    from pilotplans.cli import app

    monkeypatch.setitem(sys.modules, "datasette.app", None)  # as if the extra were not installed
    result = CliRunner().invoke(app, ["serve", "--db", str(curated / "pilotplans.db"), "--port", "0"])
    assert (result.exit_code, result.stderr) == (1, "error: pilotplans serve needs Datasette: pip install '.[serve]' "
                                                 "in the pilotplans folder (or 'pilotplans[serve]' from a package index)\n")


def test_a_file_that_is_no_database_is_one_line_naming_it(curated):
    from typer.testing import CliRunner

    from pilotplans.cli import app

    pytest.importorskip("datasette")
    csv = curated / "measures.csv"  # the dataset's CSV given for its database: sqlite3's traceback before
    result = CliRunner().invoke(app, ["serve", "--db", str(csv), "--port", "0"])
    assert (result.exit_code, result.stderr) == (1, f"error: sqlite:///{csv}: cannot read the database: file is not a database\n")


def test_the_tables_serve_knows_a_rebuild_makes_are_those_sqlalchemy_makes():
    # serve reads them from the kept schema a rebuild makes its file with: each table, view and search index of the
    # models, with its columns
    from sqlalchemy import create_engine, inspect

    from pilotplans.serve import made_tables
    from pilotplans.store.models import metadata as schema

    engine = create_engine("sqlite://")
    schema.create_all(engine)
    inspector = inspect(engine)
    made = {name: frozenset(c["name"] for c in inspector.get_columns(name))
            for name in [*inspector.get_table_names(), *inspector.get_view_names()]}
    engine.dispose()
    assert made_tables() == made
    assert "measure_browse" in made_tables() and "measure_fts" in made_tables()
    assert "src_sheet" in made_tables()["measures"]

"""The same store code on PostgreSQL (runs when PILOTPLANS_TEST_POSTGRES_URL names a database)."""

import os
from pathlib import Path

import pytest

from pilotplans.export import measures_out, to_jsonl
from pilotplans.store.db import load_documents, rebuild, sqlite_url

URL = os.environ.get("PILOTPLANS_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="set PILOTPLANS_TEST_POSTGRES_URL to a PostgreSQL database to run")


def test_postgres_round_trip_equals_sqlite(tmp_path, national2018, xiamen):
    rebuild(URL, [national2018, xiamen])
    sqlite = sqlite_url(tmp_path / "p.db")
    rebuild(sqlite, [national2018, xiamen])
    assert load_documents(URL) == load_documents(sqlite) == [national2018, xiamen]
    assert to_jsonl(measures_out(load_documents(URL))) == to_jsonl(measures_out(load_documents(sqlite)))


def test_postgres_rebuild_replaces_everything_in_one_transaction(national2018, xiamen):
    rebuild(URL, [national2018, xiamen])
    rebuild(URL, [xiamen])
    assert [d.id for d in load_documents(URL)] == ["xiamen-2020"]


def test_postgres_search_finds_the_measures_sqlite_finds(tmp_path, national2020, xiamen):
    from pilotplans import Dataset

    rebuild(URL, [national2020, xiamen])
    sqlite = sqlite_url(tmp_path / "s.db")
    rebuild(sqlite, [national2020, xiamen])
    for query in ("跨境数据", "银保监"):
        on_postgres = {(h.document, h.number, h.snippet) for h in Dataset(URL).search(query, limit=None)}
        assert on_postgres == {(h.document, h.number, h.snippet) for h in Dataset(sqlite).search(query, limit=None)}


def test_postgres_coverage_diffs_the_plans_and_gives_the_matrix_the_stored_diffs_give(curated, national2020, xiamen):
    from pilotplans import Dataset

    rebuild(URL, [national2020, xiamen])
    (on_postgres,) = Dataset(URL).coverage(national="national-2020", local=["xiamen-2020"])
    (from_stored,) = Dataset(curated / "pilotplans.db").coverage(national="national-2020", local=["xiamen-2020"])
    assert (on_postgres.rows, on_postgres.additions) == (from_stored.rows, from_stored.additions)


def test_postgres_search_vector_is_a_tsvector_with_a_gin_index(national2018):
    from sqlalchemy import create_engine, text

    rebuild(URL, [national2018])
    engine = create_engine(URL)
    with engine.connect() as connection:
        schema = connection.execute(text("SELECT current_schema()")).scalar_one()
        kind = connection.execute(text("SELECT data_type FROM information_schema.columns WHERE table_schema = :schema "
                                       "AND table_name = 'measure_search' AND column_name = 'vector'"), {"schema": schema}).scalar_one()
        index = connection.execute(text("SELECT indexdef FROM pg_indexes WHERE schemaname = :schema "
                                        "AND indexname = 'ix_measure_search_vector'"), {"schema": schema}).scalar_one()
    engine.dispose()
    assert kind == "tsvector"
    assert index == f"CREATE INDEX ix_measure_search_vector ON {schema}.measure_search USING gin (vector)"


def test_postgres_rebuild_after_one_change_copies_the_exports_unchanged_chunks_and_keeps_the_reference_tables(
        raw, tmp_path, monkeypatch):
    from pilotplans.ingest.dataset import rebuild_dataset
    from pilotplans.store import build as store_build
    from pilotplans.store import references
    from tests.conftest import build

    out = tmp_path / "out"
    rebuild_dataset(raw, out, URL, workers=1, full=True)
    xiamen = raw / "003_0b1b6885711b46b3.txt"
    xiamen.write_text(xiamen.read_text("utf-8").replace("拟先行先试，形成全国首创举措", "拟先行先试", 1), "utf-8")
    asked, made = [], []
    real_chunks, real_make = store_build.export_chunks, references._make_reference_tables
    monkeypatch.setattr(store_build, "export_chunks", lambda connection, ids: (asked.append(list(ids)), real_chunks(connection, ids))[1])
    monkeypatch.setattr(references, "_make_reference_tables", lambda connection: (made.append(1), real_make(connection)))
    assert rebuild_dataset(raw, out, URL, workers=1).read == 1
    assert (asked, made) == ([["xiamen-2020"]], [])
    monkeypatch.undo()
    build(raw, tmp_path / "full", full=True)
    for name in ("measures.csv", "measures.jsonl", "measures.xlsx"):
        assert (out / name).read_bytes() == (tmp_path / "full" / name).read_bytes()


# analyst44's citations (documents.citations, a JSON column) and departments --superior, on PostgreSQL --------------

WUHAN = Path(__file__).parent / "fixtures" / "plans" / "wuhan-2020-tasks.txt"


def test_postgres_keeps_every_citation_of_a_plan_in_order(national2020, hainan):
    rebuild(URL, [national2020, hainan])
    stored = {d.id: d for d in load_documents(URL)}
    assert [(c.title, c.doc_no) for c in stored["hainan-2020"].citations[:2]] == [
        ("国务院关于同意全面深化服务贸易创新发展试点的批复", "国函〔2020〕111号"), ("全面深化服务贸易创新发展试点总体方案", None)]
    assert (stored["hainan-2020"].citations, stored["national-2020"].citations) == (hainan.citations, [])


def test_postgres_links_a_plan_by_the_title_it_cites_as_sqlite_does(national2018, national2020):
    from pilotplans import Dataset
    from pilotplans.ingest.pipeline import read_document

    rebuild(URL, [national2018, national2020])
    (stored,) = Dataset(URL).store([read_document(WUHAN)])
    (matrix,) = Dataset(URL).coverage(national="national-2020")
    assert (stored.parent, [(link.document, link.how, link.detail) for link in matrix.links]) == ("national-2020", [(
        "wuhan-2020-tasks", "cited_title", "it cites 《全面深化服务贸易创新发展试点总体方案》, the plan of 全面深化服务贸易创新发展试点 "
        "that the title of national-2020 names")])


def test_postgres_diff_warns_of_a_title_naming_another_stored_national_plan(national2018, national2020):
    from typer.testing import CliRunner

    from pilotplans.cli import app

    rebuild(URL, [national2018, national2020])
    result = CliRunner().invoke(app, ["diff", "national-2018", str(WUHAN), "-f", "csv", "--db", URL])
    assert (result.exit_code, result.stderr) == (0, (
        "warning: wuhan-2020 cites 《全面深化服务贸易创新发展试点总体方案》 (the plan national-2020 is titled after) as the "
        "plan it carries out, not national-2018 (国函〔2018〕79号): the links say only how alike the measures of wuhan-2020 "
        "are to those of national-2018, not what it did with them\n"))


def test_postgres_departments_superior_lists_what_sqlite_lists(curated, national2020, xiamen):
    from typer.testing import CliRunner

    from pilotplans.cli import app

    rebuild(URL, [national2020, xiamen])
    args = ["departments", "-d", "xiamen-2020", "--superior", "-f", "csv", "--db"]
    on_postgres = CliRunner().invoke(app, [*args, URL])
    on_sqlite = CliRunner().invoke(app, [*args, sqlite_url(curated / "pilotplans.db")])
    assert (on_postgres.exit_code, on_postgres.stdout) == (0, on_sqlite.stdout)
    assert on_postgres.stdout.splitlines()[1] == "mofcom,商务部,central,body,,24,24,xiamen-2020,policy:24,商务部"


def test_postgres_says_whether_it_keeps_citations(national2020):
    from sqlalchemy import create_engine, text

    from pilotplans.store.read import keeps_citations

    rebuild(URL, [national2020])
    kept = keeps_citations(URL)
    engine = create_engine(URL)
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE documents DROP COLUMN citations"))
    engine.dispose()
    assert (kept, keeps_citations(URL)) == (True, False)

"""Several processes writing one PostgreSQL database at once (runs when
PILOTPLANS_TEST_POSTGRES_URL names a database).

Each test works in a schema of its own (the URL's search_path), so that it never meets the
tables of another test run on the same server, and drops that schema, and only that, at the end.
"""

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from pilotplans.ingest.dataset import rebuild_dataset
from pilotplans.ingest.reading import manifest_hints
from pilotplans.ingest.pipeline import read_document
from pilotplans.store.db import load_documents, sqlite_url
from tests.conftest import FIXTURES, SEEDS

URL = os.environ.get("PILOTPLANS_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="set PILOTPLANS_TEST_POSTGRES_URL to a PostgreSQL database to run")

PLANS = FIXTURES / "plans"
EXTRACTED = ["chengdu-2020-tasks.txt", "wuhan-2020-tasks.txt", "hefei-convention-first-lead.txt",
             "qingdao-flat-cells.txt", "ningbo-role-phrases.txt", "guiyang-convention-districts.txt"]


@pytest.fixture()
def schema_url():
    import psycopg

    plain = URL.replace("postgresql+psycopg://", "postgresql://")
    name = f"pilotplans_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {name}")
    try:
        yield f"{URL}{'&' if '?' in URL else '?'}options=-csearch_path%3D{name}"
    finally:
        with psycopg.connect(plain, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA {name} CASCADE")


def as_extract_reads(name: str):
    """The document `extract` makes of a plan (with the hints of the manifest beside it)."""
    path = PLANS / name
    return read_document(path, manifest_hints(PLANS)(path))


def start(*arguments: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pilotplans.cli", *arguments], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})


def finish(processes: list[subprocess.Popen]) -> list[tuple[int, str]]:
    return [(p.wait(timeout=300), p.stderr.read().decode()) for p in processes]


def consistent(url: str) -> None:
    """Every body a stored measure names is in the bodies table, and each document is whole."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as connection:
        missing = connection.execute(text(
            "select distinct body_id from measure_departments where body_id is not null "
            "and body_id not in (select id from bodies)")).all()
        orphans = connection.execute(text("select count(*) from measures where document_id not in (select id from documents)")).scalar()
    engine.dispose()
    assert (missing, orphans) == ([], 0)


def test_parallel_extracts_lose_nothing(schema_url, tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SEEDS, raw)
    rebuild_dataset(raw, tmp_path / "out", schema_url, workers=1)
    results = finish([start("extract", str(PLANS / name), "--db", schema_url, "--workers", "1") for name in EXTRACTED])
    assert [code for code, _ in results] == [0] * len(EXTRACTED), results
    stored = {d.id: d for d in load_documents(schema_url)}
    extracted = [as_extract_reads(name) for name in EXTRACTED]
    assert sorted(stored) == sorted(["hainan-2020", "national-2018", "national-2020", "national-2025", "xiamen-2020",
                                     *(d.id for d in extracted)])
    for document in extracted:
        assert len(stored[document.id].measures) == len(document.measures)
    consistent(schema_url)


def test_extracts_and_a_rebuild_at_once_never_deadlock(schema_url, tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SEEDS, raw)
    processes = [start("extract", str(PLANS / name), "--db", schema_url, "--workers", "1") for name in EXTRACTED[:3]]
    processes.insert(1, start("rebuild", "--raw", str(raw), "--out", str(tmp_path / "out"), "--db", schema_url, "--workers", "1"))
    processes += [start("extract", str(PLANS / name), "--db", schema_url, "--workers", "1") for name in EXTRACTED[3:]]
    results = finish(processes)
    assert [code for code, _ in results] == [0] * len(processes), results
    stored = {d.id: d for d in load_documents(schema_url)}
    # the rebuild replaced whatever was stored before it; what was stored after it is there, whole
    assert {"hainan-2020", "national-2018", "national-2020", "national-2025", "xiamen-2020"} <= set(stored)
    for document in map(as_extract_reads, EXTRACTED):
        assert document.id not in stored or len(stored[document.id].measures) == len(document.measures)
    consistent(schema_url)


def test_an_incremental_rebuild_on_postgresql_makes_what_sqlite_makes(schema_url, tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SEEDS, raw)
    rebuild_dataset(raw, tmp_path / "pg", schema_url, workers=1)
    xiamen = raw / "003_0b1b6885711b46b3.txt"
    xiamen.write_text(xiamen.read_text("utf-8").replace("拟先行先试，形成全国首创举措", "拟先行先试", 1), "utf-8")
    result = rebuild_dataset(raw, tmp_path / "pg", schema_url, workers=1)
    assert (result.read, result.carried) == (1, 4)
    rebuild_dataset(raw, tmp_path / "lite", sqlite_url(tmp_path / "lite.db"), workers=1)
    assert load_documents(schema_url) == load_documents(sqlite_url(tmp_path / "lite.db"))
    for name in ("measures.csv", "measures.jsonl", "measures.xlsx"):
        assert (tmp_path / "pg" / name).read_bytes() == (tmp_path / "lite" / name).read_bytes()
    nothing = rebuild_dataset(raw, tmp_path / "pg", schema_url, workers=1)
    assert (nothing.read, nothing.reason) == (0, "nothing changed")

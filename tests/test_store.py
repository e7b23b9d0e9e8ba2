"""Storage: documents round-trip through the database; a rebuild is all or nothing."""

import sqlite3

import pytest

from pilotplans.store.db import StoreError, load_documents, rebuild, sqlite_url, store_documents


def test_documents_round_trip_through_sqlite(tmp_path, national2018, hainan):
    url = sqlite_url(tmp_path / "p.db")
    rebuild(url, [national2018, hainan])
    assert load_documents(url) == [hainan, national2018]


def test_rebuild_replaces_the_old_content(tmp_path, national2018, hainan):
    url = sqlite_url(tmp_path / "p.db")
    rebuild(url, [national2018, hainan])
    rebuild(url, [hainan])
    assert [d.id for d in load_documents(url)] == ["hainan-2020"]


def test_failed_rebuild_leaves_the_old_database_intact(tmp_path, hainan, xiamen):
    path = tmp_path / "p.db"
    rebuild(sqlite_url(path), [hainan])
    before = path.read_bytes()
    with pytest.raises(StoreError, match=rf"^sqlite:///{path}: cannot write the database: UNIQUE constraint failed: documents.id$"):
        rebuild(sqlite_url(path), [xiamen, xiamen])  # the second cannot be stored: same id
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.db"]  # no temporary file left behind


def test_store_adds_and_replaces_by_id(tmp_path, hainan, xiamen):
    url = sqlite_url(tmp_path / "p.db")
    store_documents(url, [hainan])
    store_documents(url, [hainan, xiamen])
    assert [d.id for d in load_documents(url)] == ["hainan-2020", "xiamen-2020"]


def test_measures_are_queryable_with_plain_sql(tmp_path, xiamen):
    path = tmp_path / "p.db"
    rebuild(sqlite_url(path), [xiamen])
    with sqlite3.connect(path) as connection:
        row = connection.execute("select remarks from measures where document_id='xiamen-2020' and number=8").fetchone()
    assert row == ("拟先行先试，形成全国首创举措",)

"""Storage: documents round-trip through the database; a rebuild is all or nothing."""

import sqlite3

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.store.db import StoreError, load_documents, rebuild, sqlite_url, store_documents
from tests.conftest import FIXTURES


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


def test_a_prose_task_list_round_trips_with_its_paths_leaders_and_conventions(tmp_path):
    forms = FIXTURES / "plans" / "forms"
    documents = [read_document(forms / "form-field-lines.txt"), read_document(forms / "form-conventions.txt")]
    url = sqlite_url(tmp_path / "p.db")
    rebuild(url, documents)
    loaded = load_documents(url)
    assert loaded == sorted(documents, key=lambda d: d.id)
    conventions = next(d for d in loaded if d.id == "form-conventions")
    assert [c.kind for c in conventions.conventions] == ["first_lead", "others_role", "added_body"]
    assert conventions.tables[0].headings[1].parent == 1


def test_heading_paths_and_leaders_are_queryable_with_plain_sql(tmp_path):
    path = tmp_path / "p.db"
    rebuild(sqlite_url(path), [read_document(FIXTURES / "plans" / "forms" / "form-field-lines.txt")])
    with sqlite3.connect(path) as connection:
        row = connection.execute("select leader, deadline, src_paragraph from measures where number=1").fetchone()
        kinds = connection.execute("select kind from tables").fetchall()
    assert row == ("张建国", "2023年12月底", 9)
    assert kinds == [("task_list",)]


def test_adding_to_a_database_of_an_older_version_says_to_rebuild_it(tmp_path, xiamen):
    path = tmp_path / "p.db"
    rebuild(sqlite_url(path), [xiamen])
    with sqlite3.connect(path) as connection:
        connection.execute("alter table measures drop column leader")
    with pytest.raises(StoreError) as refused:
        store_documents(sqlite_url(path), [xiamen])
    assert str(refused.value) == (f"{sqlite_url(path)}: the database was written by an older pilotplans (no measures.leader); "
                                  f"run `pilotplans rebuild --db {sqlite_url(path)}` to rebuild it")


def test_records_put_together_from_rows_are_those_pydantic_constructs():
    from pilotplans.schema import models
    from pilotplans.store.rows import construct

    for cls in (models.Warning, models.SourceRef, models.SourceFile, models.Heading, models.PolicyRow, models.DepartmentLink,
                models.RegionLink, models.Measure, models.Table, models.Convention, models.Document):
        fields = cls.__pydantic_fields__
        assert all(f.alias is None and f.validation_alias is None for f in fields.values()), cls
        values = {name: f"value of {name}" for name in fields}
        built, reference = construct(cls, dict(values)), cls.model_construct(**values)
        assert built == reference and built.__dict__ == reference.__dict__ and built.model_fields_set == reference.model_fields_set


def test_where_a_convention_begins_to_apply_round_trips(tmp_path):
    plan = tmp_path / "later-convention.txt"
    plan.write_text("一、重点任务\n1.建设服务平台。（责任单位：市商务局）\n"
                    "2.完善统计制度。（责任单位：市统计局。本条及以下责任单位均包括各区县政府，不再重复列举）\n", encoding="utf-8")
    document = read_document(plan)
    path = tmp_path / "p.db"
    rebuild(sqlite_url(path), [document])
    assert load_documents(sqlite_url(path)) == [document]
    with sqlite3.connect(path) as connection:
        assert connection.execute("select kind, body, from_measure from conventions").fetchall() == [("added_body", "各区县政府", 2)]

"""A batch of rows written while documents are still being added leaves queued the rows that refer
to a document not yet added (``pilotplans.store.bulk.DocumentWriter``): a local plan's diff against
a national plan whose file sorts later."""

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from pilotplans.schema.models import Document, SourceFile
from pilotplans.store.bulk import DocumentWriter, write_documents
from pilotplans.store.db import open_engine, sqlite_url
from pilotplans.store.models import metadata


def document(id: str) -> Document:
    return Document(id=id, source=SourceFile(path=f"{id}.txt", name=f"{id}.txt", sha256="0" * 64, format="text", size=1))


def pair(national: str, local: str) -> dict[str, list[dict[str, object]]]:
    return {"plan_pairs": [dict(national_document=national, local_document=local, pair_key="k", cells_key="c")]}


@pytest.fixture
def connection(tmp_path):
    engine = open_engine(sqlite_url(tmp_path / "db.sqlite"), "build")
    with engine.connect() as connection:
        connection.begin()
        metadata.create_all(connection)
        yield connection
    engine.dispose()


def stored(connection, table):
    return connection.scalar(select(func.count()).select_from(metadata.tables[table]))


def test_a_diff_against_a_national_plan_not_yet_added_waits_for_it(connection):
    writer = DocumentWriter(connection)
    writer.add(document("local-a"), pair("national", "local-a"))
    writer.add(document("local-b"), pair("local-a", "local-b"))  # after the held one: its table's order is kept
    writer.flush(held=True)
    assert (stored(connection, "documents"), stored(connection, "plan_pairs"), writer.held, writer.queued) == (2, 0, 2, 0)
    writer.add(document("national"))
    writer.flush(held=True)
    assert (stored(connection, "documents"), stored(connection, "plan_pairs"), writer.held) == (3, 2, 0)


def test_a_diff_against_a_national_plan_stored_before_goes_in_with_its_batch(connection):
    write_documents(connection, [document("national")])  # carried over: in the database, not added by this writer
    writer = DocumentWriter(connection)
    writer.add(document("local-a"), pair("national", "local-a"))
    writer.flush(held=True)
    assert (stored(connection, "plan_pairs"), writer.held) == (1, 0)


def test_a_diff_against_a_document_never_added_fails_when_everything_is_written(connection):
    writer = DocumentWriter(connection)
    writer.add(document("local-a"), pair("national", "local-a"))
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        writer.flush()

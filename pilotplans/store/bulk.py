"""Writing and deleting whole documents, a table at a time.

Rows go in with one ``COPY`` per table on PostgreSQL (psycopg), one ``executemany`` of plain
tuples straight to the driver on SQLite (values put in the form SQLAlchemy's types give them:
JSON as text, dates as ISO text: :mod:`pilotplans.store.sqlite_schema`), and one Core ``executemany``
elsewhere; never one statement per row. The statements are plain SQL (:mod:`pilotplans.store.statements`):
a rebuild into a new SQLite file runs them through ``sqlite3``. Keys are given by the writer
(:class:`~pilotplans.store.rows.NextIds`), after the highest in use; on PostgreSQL the key
sequences are then moved past them, so that rows added by other means get fresh keys too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import json
from datetime import date

from pilotplans import interrupts
from pilotplans.schema.models import Document
from pilotplans.store.rows import DOCUMENT_TABLES, NextIds, Row, Rows, add_document, add_rows
from pilotplans.store.statements import Statements, in_list, statements

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table

    from pilotplans.store.search import MeasureWords

#: Rows gathered before they are written (bounds the memory a large rebuild holds).
BATCH_ROWS = 20_000
#: The table whose rows SQLite's search index (``measure_fts``) takes in by a trigger (:mod:`pilotplans.store.models`):
#: written through a staging table, so that the index is filled in one statement a batch.
SEARCH_INDEXED = "measure_search"
#: Ids per ``IN (…)`` list (SQLite allows a few thousand variables per statement).
IDS_PER_STATEMENT = 500


def highest_ids(db: Statements) -> NextIds:
    """The keys that follow the highest ones in use in each table."""
    names = list(NextIds.__dataclass_fields__)
    (highest,) = db.rows("SELECT " + ", ".join(f'(SELECT max(id) FROM "{name}") AS "{name}"' for name in names))
    return NextIds.after(dict(zip(names, highest)))


def _copy(connection: Connection, table: Table, rows: Sequence[Row]) -> None:
    import psycopg
    from sqlalchemy import JSON
    from psycopg.types.json import Json
    from sqlalchemy.exc import DBAPIError

    columns = list(rows[0])
    json_columns = {c.name for c in table.columns if isinstance(c.type, JSON)}
    quote = connection.dialect.identifier_preparer.quote
    statement = f"COPY {quote(table.name)} ({', '.join(quote(c) for c in columns)}) FROM STDIN"
    driver = connection.connection.driver_connection
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
            for row in rows:
                copy.write_row([Json(row[c]) if c in json_columns else row[c] for c in columns])
    except psycopg.Error as exc:  # the driver's own: raised as SQLAlchemy raises it, so that the store says it in a line
        raise DBAPIError(statement, None, exc) from None


def _as_date(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _as_json(value: Any) -> str | None:
    if value is None:
        return None
    return "[]" if value == [] else json.dumps(value)


def _sqlite_executemany(db: Statements, name: str, rows: Sequence[Row]) -> None:
    from pilotplans.store.sqlite_schema import sqlite_schema

    schema = sqlite_schema()
    columns = list(rows[0])  # every row of a table is made by one function: the same keys, in order
    json_columns, date_columns = schema.json[name], schema.dates[name]
    special = [(k, _as_json if c in json_columns else _as_date) for k, c in enumerate(columns)
               if c in json_columns or c in date_columns]
    values: list[Any] = []
    for row in rows:
        value = list(row.values())
        for k, convert in special:
            value[k] = convert(value[k])
        values.append(tuple(value))
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    if name != SEARCH_INDEXED:
        db.run_plain(f'INSERT INTO "{name}" ({names}) VALUES ({marks})', values)
        return
    # The search index's rows go in through a staging table and one INSERT … SELECT: the trigger then fills
    # measure_fts within one statement, so FTS5 writes the batch's terms as one segment. Row by row (one statement
    # each) it flushed its pending terms at every statement and wrote each row as a segment of its own, to be merged.
    # The staging table is dropped whatever happens (an error, a caller's Ctrl-C between the statements): a caller's
    # connection must not keep it; IF EXISTS, for a failure that rolled back the transaction that made it.
    staged = f"staged_{name}"
    db.run(f'DROP TABLE IF EXISTS temp."{staged}"')
    db.run(f'CREATE TEMP TABLE "{staged}" AS SELECT {names} FROM main."{name}" WHERE 0')
    try:
        db.run_plain(f'INSERT INTO temp."{staged}" ({names}) VALUES ({marks})', values)
        db.run(f'INSERT INTO main."{name}" ({names}) SELECT {names} FROM temp."{staged}" ORDER BY rowid')
    finally:
        db.run(f'DROP TABLE IF EXISTS temp."{staged}"')


def _insert(db: Statements, name: str, rows: Sequence[Row]) -> None:
    if db.dialect == "sqlite":
        _sqlite_executemany(db, name, rows)
        return
    from pilotplans.store.models import metadata

    connection = db.sqlalchemy  # type: ignore[attr-defined]
    if db.dialect == "postgresql" and connection.dialect.driver == "psycopg":
        _copy(connection, metadata.tables[name], rows)
    else:
        connection.execute(metadata.tables[name].insert(), list(rows))


def insert_rows(db: Statements, rows: Rows) -> None:
    """Insert ``rows``, parents first, and empty the batch; stops at the first Ctrl-C between tables."""
    for name in DOCUMENT_TABLES:
        batch = rows.tables[name]
        if not batch:
            continue
        interrupts.checkpoint()
        _insert(db, name, batch)
    rows.clear()


def insert_table(connection: Statements | Connection, name: str, rows: Sequence[Row]) -> None:
    """Insert ``rows`` into one table (all with the same columns)."""
    if rows:
        _insert(statements(connection), name, rows)


def advance_sequences(db: Statements) -> None:
    """On PostgreSQL, move each key sequence past the highest key in use."""
    if db.dialect != "postgresql":
        return
    for name in NextIds.__dataclass_fields__:
        db.sqlalchemy.exec_driver_sql(  # type: ignore[attr-defined]
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)")


class DocumentWriter:
    """Adds documents to the database a batch of rows at a time."""

    def __init__(self, connection: Statements | Connection, *, empty: bool = False) -> None:
        """``empty``: the database holds no row yet (a new file: no key is in use)."""
        from pilotplans.diff.segment import BatchCuts, default_cache_dir

        self.connection = statements(connection)
        self.ids = NextIds.after({}) if empty else highest_ids(self.connection)
        self.rows = Rows()
        self.extra: dict[str, list[Row]] = {}
        self.extra_rows = 0  # counted in the batch: a plan's diff is a row per national measure
        self.added: set[str] = set()  # the documents queued or written by this writer
        self.present: set[str] = set()  # others the extra rows refer to, found in the database
        self.held = 0  # extra rows a batch left queued: they refer to a document not yet added
        self.cuts = BatchCuts(default_cache_dir())  # each document's cuts, cached by its texts
        self.postgres = self.connection.dialect == "postgresql"

    def add(self, document: Document, extra: dict[str, list[Row]] | None = None,
            words: Sequence[MeasureWords] | None = None, rows: Rows | None = None) -> None:
        """Queue ``document``'s rows (its search index's among them: from its measures' ``words``
        when they were worked out already, :func:`pilotplans.store.search.document_words`), and
        ``extra`` rows of other tables that refer to it. ``rows``: the document's rows made already
        (:func:`pilotplans.store.rows.document_rows`; ``document`` then needs only its own fields,
        and ``words`` must be given)."""
        from pilotplans.store.references import contribution_digest, first_forms
        from pilotplans.store.search import document_texts, search_rows

        self.added.add(document.id)
        links_before = len(self.rows.tables["measure_departments"])
        regions_before = len(self.rows.tables["measure_regions"])
        if rows is None:
            add_document(self.rows, self.ids, document)
            count = len(document.measures)
        else:
            add_rows(self.rows, self.ids, rows)
            count = len(rows.tables["measures"])
        measure_rows = self.rows.tables["measures"][len(self.rows.tables["measures"]) - count:]
        links = self.rows.tables["measure_departments"][links_before:]
        for build in (extra or {}).get("document_builds", ()):  # its first mentions, kept with its build
            build["mentions"] = [list(mention) for mention in first_forms(measure_rows, links)]
            regions = self.rows.tables["measure_regions"][regions_before:]
            build["references_digest"] = contribution_digest(build["mentions"], [row["region_id"] for row in regions])
        cut = self.cuts.cutter(document_texts(document)) if words is None else None
        self.rows.tables["measure_search"].extend(
            search_rows(document, [row["id"] for row in measure_rows], cut, postgres=self.postgres, measure_words=words))
        for name, batch in (extra or {}).items():
            self.extra.setdefault(name, []).extend(batch)
            self.extra_rows += len(batch)
        if self.queued >= BATCH_ROWS:
            self.flush(held=True)

    @property
    def queued(self) -> int:
        """The rows queued, not yet written (but those a batch held back)."""
        return self.rows.count() + self.extra_rows - self.held

    def flush(self, *, held: bool = False) -> None:
        """Write what is queued; ``held``: while documents are still being added, the extra rows
        that refer to a document neither added nor in the database, and every row of their table
        after them, are left queued (its diff against a national plan whose file sorts later
        would fail the foreign key), so that each table's rows go in in the order they were
        queued, under the keys the database gives them in that order, as one batch would. Without
        ``held`` everything goes in: a row referring to a document never added fails loudly."""
        insert_rows(self.connection, self.rows)
        left = 0
        for name, rows in list(self.extra.items()):
            ready = self._ready(name, rows) if held else len(rows)
            insert_table(self.connection, name, rows[:ready])
            del rows[:ready]
            left += len(rows)
        self.extra_rows = self.held = left

    def _ready(self, name: str, rows: Sequence[Row]) -> int:
        """How many of ``rows`` (of table ``name``), from the first, refer only to documents added
        or found in the database."""
        from pilotplans.store.sqlite_schema import sqlite_schema

        columns = sqlite_schema().to_documents[name]
        missing = {row[c] for row in rows for c in columns} - self.added - self.present - {None}
        if missing:
            wanted = sorted(missing)
            for start in range(0, len(wanted), IDS_PER_STATEMENT):
                marks, params = in_list("id", wanted[start:start + IDS_PER_STATEMENT])
                self.present.update(i for (i,) in self.connection.rows(f"SELECT id FROM documents WHERE id IN {marks}", params))
        for k, row in enumerate(rows):
            if any(row[c] is not None and row[c] not in self.added and row[c] not in self.present for c in columns):
                return k
        return len(rows)


def write_documents(connection: Statements | Connection, documents: Iterable[Document]) -> None:
    """Insert ``documents`` (whose ids must be free)."""
    writer = DocumentWriter(connection)
    for document in documents:
        writer.add(document)
    writer.flush()
    advance_sequences(writer.connection)


def delete_documents(connection: Statements | Connection, ids: Iterable[str]) -> None:
    """Delete the documents with these ids and every row that belongs to them."""
    db = statements(connection)
    ids = list(ids)
    for start in range(0, len(ids), IDS_PER_STATEMENT):
        interrupts.checkpoint()
        marks, params = in_list("id", ids[start:start + IDS_PER_STATEMENT])
        db.run(f"DELETE FROM documents WHERE id IN {marks}", params)

"""Reading stored documents back as records: a few queries per table, no ORM objects.

The queries are plain SQL, run by Python's own ``sqlite3`` for a SQLite file (a query command
then never imports SQLAlchemy, a tenth of a second of its start-up) and by SQLAlchemy for any
other database. Values come back as the driver gives them (JSON as text from SQLite, parsed from
PostgreSQL; dates as text or dates) and are made alike here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from pilotplans.schema.models import Document
from pilotplans.store import rows as r
from pilotplans.store.db import Rows, read_faults, read_only
from pilotplans.store.statements import in_list

Row = Mapping[str, Any]
# A query: SQL in which ``{ids}`` stands for a parenthesised list of document ids, and the ids
# (or None for all).
Query = Callable[[str, Sequence[str] | None], list[Row]]

_JSON = {"notes", "columns", "roles", "heading_path", "flags", "citations"}
_CONVERTED = _JSON | {"date"}
_WHERE_DOCUMENT = " WHERE {column} IN {{ids}}"
_MEASURES_OF = "SELECT id FROM measures WHERE document_id IN {ids}"

_TABLES = {
    "documents": ("SELECT * FROM documents{where} ORDER BY id", "id"),
    "warnings": ("SELECT * FROM warnings{where} ORDER BY id", "document_id"),
    "headings": ('SELECT * FROM headings{where} ORDER BY table_id, position', "document_id"),
    "tables": ('SELECT * FROM "tables"{where} ORDER BY document_id, "index"', "document_id"),
    "conventions": ("SELECT * FROM conventions{where} ORDER BY document_id, position", "document_id"),
    "measures": ("SELECT * FROM measures{where} ORDER BY document_id, position", "document_id"),
}
_MEASURE_TABLES = {
    "policy_rows": "SELECT * FROM policy_rows{where} ORDER BY measure_id, position",
    "measure_departments": "SELECT * FROM measure_departments{where} ORDER BY measure_id, position",
    "measure_regions": "SELECT * FROM measure_regions{where} ORDER BY measure_id, position",
}


def _typed(rows: list[dict[str, Any]]) -> list[Row]:
    """``rows`` with their JSON and date columns as Python values (in place)."""
    if not rows:
        return rows
    convert = [(name, json.loads if name in _JSON else dt.date.fromisoformat) for name in rows[0] if name in _CONVERTED]
    for row in rows:
        for name, function in convert:
            value = row[name]
            if isinstance(value, str):
                row[name] = function(value)
    return rows


def _query(rows: Rows) -> Query:
    """Queries over ``rows``: ``{ids}`` becomes a list of named parameters, one per id."""
    def query(sql: str, ids: Sequence[str] | None) -> list[Row]:
        marks, params = in_list("id", ids) if ids is not None else ("", {})
        return _typed(rows(sql.format(ids=marks), params))

    return query


def sqlalchemy_query(connection: Any) -> Query:
    """Queries through an open connection (a SQLAlchemy one, or :class:`pilotplans.store.statements.Statements`)."""
    from pilotplans.store.statements import statements

    return _query(statements(connection).mappings)


@contextmanager
def query_for(url: str) -> Iterator[Query]:
    """The queries of the database at ``url``, all on one snapshot (sqlite3 for a SQLite file)."""
    with read_only(url) as snapshot:
        yield _query(snapshot.rows)


def warnings_by_owner(rows: Sequence[Row]) -> tuple[dict[int, list[Any]], dict[int, list[Any]], dict[str, list[Any]]]:
    """The stored warnings by heading key, by measure key and by document id. A heading's warning
    is its document's too, stored once with the heading's key. A database written by an older
    pilotplans (read without a rebuild) holds it twice, the document's copy a row of its own
    without the heading's key: a heading's row matched by such a row of its document (same code
    and message) is not the document's a second time."""
    from collections import Counter

    copies = Counter((row["document_id"], row["code"], row["message"]) for row in rows
                     if row["heading_id"] is None and row["measure_id"] is None)
    by_heading: dict[int, list[Any]] = {}
    by_measure: dict[int, list[Any]] = {}
    by_document: dict[str, list[Any]] = {}
    for row in rows:
        if row["heading_id"] is not None:
            by_heading.setdefault(row["heading_id"], []).append(r.warning(row))
            copy = (row["document_id"], row["code"], row["message"])
            if copies[copy]:
                copies[copy] -= 1  # the older layout: the document's copy is read as its own row
            else:
                by_document.setdefault(row["document_id"], []).append(r.warning(row))
        elif row["measure_id"] is not None:
            by_measure.setdefault(row["measure_id"], []).append(r.warning(row))
        else:
            by_document.setdefault(row["document_id"], []).append(r.warning(row))
    return by_heading, by_measure, by_document


def read_documents(query: Query, ids: Collection[str] | None = None) -> list[Document]:
    """The documents ``query`` reaches (all, or those with the given ids), by id."""
    wanted = sorted(set(ids)) if ids is not None else None
    if wanted == []:
        return []

    def rows_of(sql: str, column: str | None) -> list[Row]:
        if wanted is None:
            return query(sql.format(where=""), None)
        where = _WHERE_DOCUMENT.format(column=column) if column != "measure_id" else " WHERE measure_id IN (" + _MEASURES_OF + ")"
        return query(sql.format(where=where), wanted)

    tables = {name: rows_of(sql, column) for name, (sql, column) in _TABLES.items()}
    if not tables["documents"]:
        return []
    by_measure_table = {name: r.group(rows_of(sql, "measure_id"), "measure_id") for name, sql in _MEASURE_TABLES.items()}

    by_heading, by_measure, by_document = warnings_by_owner(tables["warnings"])
    heading_rows = r.group(tables["headings"], "table_id")
    table_rows = r.group(tables["tables"], "document_id")
    convention_rows = r.group(tables["conventions"], "document_id")
    measure_rows = r.group(tables["measures"], "document_id")
    policies, departments, regions = (by_measure_table[n] for n in ("policy_rows", "measure_departments", "measure_regions"))

    result = []
    for row in tables["documents"]:
        doc_id = row["id"]
        doc_tables = [
            r.table(t, [r.heading(h, by_heading.get(h["id"], [])) for h in heading_rows.get(t["id"], [])])
            for t in table_rows.get(doc_id, [])
        ]
        doc_measures = [
            r.measure(m, policies=[r.policy(p) for p in policies.get(m["id"], [])],
                      departments=[r.department(d) for d in departments.get(m["id"], [])],
                      regions=[r.region(g) for g in regions.get(m["id"], [])],
                      warnings=by_measure.get(m["id"], []))
            for m in measure_rows.get(doc_id, [])
        ]
        result.append(r.document(row, tables=doc_tables, measures=doc_measures,
                                 conventions=[r.convention(c) for c in convention_rows.get(doc_id, [])],
                                 warnings=by_document.get(doc_id, [])))
    return result


def document_ids(url: str) -> list[str]:
    """The ids of the documents stored at ``url``, sorted."""
    return sorted(row["id"] for row in statement_rows(url, "SELECT id FROM documents", {}))


def national_plans(url: str) -> list[Row]:
    """The id, title and 文号 of every national plan stored at ``url``, by id: what a citation may name. A database
    that cannot be read (not a database, or one an older pilotplans wrote) is a :class:`~pilotplans.store.db.StoreError`
    naming it and the cause, not the driver's own error."""
    return statement_rows(url, "SELECT id, title, doc_no FROM documents WHERE level = 'national' ORDER BY id", {})


def keeps_citations(url: str) -> bool:
    """Whether the database at ``url`` keeps what each document cites (``documents.citations``): a database an older
    pilotplans wrote has no such column, and its documents read as citing nothing (:func:`pilotplans.store.rows`)."""
    sql = ("SELECT name FROM pragma_table_info('documents')" if url.startswith("sqlite") else
           "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() "
           "AND table_name = 'documents'")
    return any(row["name"] == "citations" for row in statement_rows(url, sql, {}))


def statement_rows(url: str, sql: str, params: Mapping[str, Any]) -> list[Row]:
    """The rows of one statement with named parameters (``:name``) on the database at ``url``:
    through ``sqlite3`` for a SQLite file, SQLAlchemy otherwise; JSON and date columns as values. A database that
    cannot be read (not a database, an empty one, another program's, one an older pilotplans wrote, one locked) is a
    :class:`~pilotplans.store.db.StoreError` naming it and the cause (:func:`~pilotplans.store.db.read_faults`)."""
    with read_faults(url), read_only(url) as snapshot:
        return snapshot_rows(snapshot, sql, params)


def snapshot_rows(snapshot: Any, sql: str, params: Mapping[str, Any]) -> list[Row]:
    """The rows of one statement on a :func:`~pilotplans.store.db.read_only` snapshot, JSON and
    date columns as values: several statements that must agree read one snapshot."""
    return _typed(snapshot.rows(sql, params))

"""What the last rebuild of a dataset left: each document's build key, the build's facts, and
what a rebuild prints of each document.

A rebuild looks at this before anything else, and when nothing changed it is all a rebuild does;
so for a SQLite file it is read with Python's own ``sqlite3``, without importing SQLAlchemy (a
tenth of a second). Other databases are read through SQLAlchemy with the same statements.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pilotplans.store.db import plain_sqlite_file, read_only

if TYPE_CHECKING:
    from pilotplans.ingest.unlinked import PlanFacts
    from sqlalchemy import Connection

    from pilotplans.store.exports import Chunks
    from pilotplans.store.statements import Statements

Query = Callable[[str], Sequence[tuple[Any, ...]]]

_TABLES_NEEDED = ("documents", "document_builds", "build_info", "measure_search")
_DOCUMENTS = ("SELECT d.id, d.level, b.build_key, b.linked FROM documents d "
              "LEFT JOIN document_builds b ON b.document_id = d.id")
_INFO = "SELECT key, value FROM build_info"
_LAYOUT = ("SELECT document_id, csv_size, csv_digest, jsonl_size, jsonl_digest FROM document_builds "
           "ORDER BY document_id")
_COUNTS = {
    "measures": "SELECT document_id, COUNT(*) FROM measures GROUP BY document_id",
    "headings": "SELECT document_id, COUNT(*) FROM headings GROUP BY document_id",
    # every warning once: the document's own (its headings' among them) and its measures'
    "warnings": "SELECT document_id, COUNT(*) FROM warnings GROUP BY document_id",
}
_NAMES = "SELECT id, source_name FROM documents ORDER BY id"


@dataclass(frozen=True)
class StoredDocument:
    """What the last rebuild left of one document."""

    id: str
    build_key: str | None
    level: str | None
    linked: tuple[str, ...] = ()


@dataclass(frozen=True)
class PreviousBuild:
    """What the last rebuild of a dataset left: its documents and its facts (``build_info``)."""

    documents: dict[str, StoredDocument] = field(default_factory=dict)
    info: dict[str, str] = field(default_factory=dict)
    reason: str = ""
    """Why nothing can be carried over, when nothing can ("no database yet" …)."""
    exports: list[Chunks] | None = None
    """Each document's chunks of the exports it wrote (:mod:`pilotplans.store.exports`), by id;
    None when the database does not keep them (written by an older version)."""

    @property
    def usable(self) -> bool:
        return not self.reason


@dataclass(frozen=True)
class DocumentSummary:
    """What a rebuild prints of each document."""

    id: str
    measures: int
    headings: int
    warnings: int
    source_name: str


@contextmanager
def _query(url: str) -> Iterator[tuple[Query, set[str]]]:
    with read_only(url) as snapshot:
        yield (lambda sql: [tuple(row.values()) for row in snapshot.rows(sql, {})]), snapshot.tables()


def _linked(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = json.loads(value)
    return tuple(value or ())  # type: ignore[arg-type]


def previous_build(url: str) -> PreviousBuild:
    """What the last rebuild at ``url`` left, or an empty one saying why nothing can be used."""
    path = plain_sqlite_file(url)
    if path is not None and not path.is_file():
        return PreviousBuild(reason="no database yet")
    try:
        with _query(url) as (query, tables):
            if "documents" not in tables:
                return PreviousBuild(reason="no pilotplans tables in the database")
            if not set(_TABLES_NEEDED) <= tables:
                return PreviousBuild(reason="the database was not written by a rebuild of this version")
            stored = {i: StoredDocument(i, key, level, _linked(linked)) for i, level, key, linked in query(_DOCUMENTS)}
            facts = {key: value for key, value in query(_INFO)}
            exports = _layout(query)
    except Exception as exc:  # noqa: BLE001 - whatever keeps it from being read, nothing is carried over
        return PreviousBuild(reason=f"the database cannot be read ({type(exc).__name__}: {exc})")
    return PreviousBuild(documents=stored, info=facts, exports=exports)


def _layout(query: Query) -> list[Chunks] | None:
    """The exports' chunks the database keeps; None when it keeps none (an older version's: the
    version it was written by then tells that nothing is carried over)."""
    from pilotplans.store.exports import Chunks, Piece

    try:
        rows = query(_LAYOUT)
    except Exception:  # noqa: BLE001 - no such columns
        return None
    return [Chunks(doc_id, Piece(csv_size, csv_digest), Piece(jsonl_size, jsonl_digest))
            for doc_id, csv_size, csv_digest, jsonl_size, jsonl_digest in rows]


def summaries(query: Query) -> list[DocumentSummary]:
    """Counts of each stored document, by id."""
    counts = {name: dict(query(sql)) for name, sql in _COUNTS.items()}
    return [DocumentSummary(doc_id, counts["measures"].get(doc_id, 0), counts["headings"].get(doc_id, 0),
                            counts["warnings"].get(doc_id, 0), name)
            for doc_id, name in query(_NAMES)]


def summaries_on(connection: Statements | Connection) -> list[DocumentSummary]:
    """Counts of each document stored through the open ``connection``, by id."""
    from pilotplans.store.statements import statements

    return summaries(statements(connection).rows)


_PLAN_FACTS = "SELECT id, level, region, programme, parent, parent_doc_no FROM documents ORDER BY id"


def plan_facts_of(url: str) -> list[PlanFacts]:
    """Each document stored at ``url`` as :func:`pilotplans.ingest.unlinked.unlinked_notes` reads it, by id."""
    from pilotplans.ingest.unlinked import PlanFacts

    with _query(url) as (query, _tables):
        return [PlanFacts(*row) for row in query(_PLAN_FACTS)]


def summaries_of(url: str) -> list[DocumentSummary]:
    """Counts of each document stored at ``url``, by id."""
    with _query(url) as (query, _tables):
        return summaries(query)

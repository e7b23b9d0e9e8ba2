"""Rebuilding a dataset: a database made whole, then put in place of the old one at once.

:class:`DatasetBuild` is one rebuild. When nothing is carried over it makes the database anew:
on SQLite it writes a new file beside the old one without a journal and without waiting for the
disk after each statement (nobody else sees the file yet), and moves it over the old one when
everything is in; on another database (PostgreSQL) the tables are dropped and made anew inside
one transaction (so that a database written by an older pilotplans gets this version's
columns). When documents are carried over, the others are deleted and the new ones added in one
transaction on the database itself, SQLite's included: its journal makes the change whole or
nothing, and an incremental rebuild then costs what changed, not a copy of the whole file.
Either way a rebuild that fails, or that Ctrl-C stops, leaves the old database as it was.

Which documents may be carried over is for the caller to say (:mod:`pilotplans.ingest.dataset`);
:func:`pilotplans.store.previous.previous_build` tells what the last rebuild left.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, overload

from pilotplans import interrupts
from pilotplans.schema.models import Document, Warning
from pilotplans.store.bulk import DocumentWriter, advance_sequences, delete_documents, insert_table
from pilotplans.store.db import (
    StoreError, _connect, beside_fault, database_error, open_engine, shown_url, sqlite_path, sqlite_url,
    take_lock,
)
from pilotplans.store.previous import DocumentSummary, summaries_on
from pilotplans.store.references import REFERENCES_FACT, refresh_reference_tables
from pilotplans.store.rows import LinkUpdate
from pilotplans.store.statements import Guarded, PlainSqlite, Statements, Through, database_failed, in_list, statements

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from pilotplans.store.exports import Chunks
    from pilotplans.store.rows import NextIds, Rows
    from pilotplans.store.search import MeasureWords
    from pilotplans.xlsx import AssembledWorkbook
    from pilotplans.xlsx_parts import KeptSheet

_DONE = object()
#: Pairs of plans worth a worker process of their own when they are diffed: a diff of the bundled
#: plans takes a tenth of a second, far more than forking a worker (which inherits the national
#: plans) and sending it a local plan cost, and this process writes the workbook meanwhile.
PAIRS_PER_WORKER = 1


@dataclass(frozen=True)
class DocumentBuild:
    """How a document was made (the ``document_builds`` table of :mod:`pilotplans.store.models`)."""

    build_key: str
    csv: str
    jsonl: str
    sheet: KeptSheet
    """Its sheet of the dataset's workbook (:func:`pilotplans.xlsx.kept_sheet`)."""
    linked: tuple[str, ...] = ()
    words: list[MeasureWords] | None = None
    """The indexed words of each measure (:func:`pilotplans.store.search.document_words`, perhaps
    joined: :func:`pilotplans.store.search.joined_words`), when worked out where the document was read."""
    diff: PairDiff | None = None
    """The document's diff against its national plan (stored already), when made where it was read."""
    rows: Rows | None = None
    """The document's rows (:func:`pilotplans.store.rows.document_rows`), when made where it was read
    (with its ``words``): the Document added then needs only its own fields."""


@dataclass(frozen=True)
class PairDiff:
    """A local plan's diff against its national plan: the ``plan_links`` rows
    (:func:`pilotplans.store.plans.diff_pair`) and the pair's key (:func:`pilotplans.store.plans.pair_key`)."""

    national: str
    key: str
    rows: list[dict[str, object]]


class DatasetBuild:
    """One rebuild of the dataset at ``url`` (see the module docstring); a context manager.

    ``carry=True`` starts from the stored dataset (call :meth:`keep` with the documents carried
    over); ``carry=False`` from an empty one, which on SQLite replaces the file: a file holding tables
    of another program's beside pilotplans' is then refused, naming them, unless ``overwrite``. :meth:`add` documents, then :meth:`finish`; leaving
    the block without finishing discards everything.
    """

    def __init__(self, url: str, *, carry: bool = False, overwrite: bool = False) -> None:
        self.url = url
        self.carry = carry
        self.overwrite = overwrite
        self.target = sqlite_path(url)
        self.temporary: Path | None = None
        self.engine: Engine | None = None
        self.connection: Connection | None = None
        self.db: Statements | None = None
        """The open transaction's statements: through ``sqlite3`` on a new file (:class:`PlainSqlite`), else through
        SQLAlchemy's ``connection``."""
        self.writer: DocumentWriter | None = None
        self.finished = False

    # ------------------------------------------------------------------ opening and closing

    def __enter__(self) -> DatasetBuild:
        # From here until the new database is in place (or thrown away) Ctrl-C only stops the
        # work at a checkpoint: a temporary file or an open transaction is never left behind.
        self._protection = interrupts.protected()
        self._protection.__enter__()
        try:
            self._open()
        except BaseException:
            self._discard()
            self._protection.__exit__(*sys.exc_info())
            raise
        return self

    def _open(self) -> None:
        if self.target is not None:
            self._open_file()
        else:
            self.engine = open_engine(self.url, "write")
            _connect(self.engine, self.url)
            self._begin(drop=not self.carry)

    def _open_file(self) -> None:
        assert self.target is not None
        from pilotplans.files import why_unwritable

        if self.carry and self.target.exists():
            if self._open_in_place():
                return
            # A table this version adds is missing: SQLAlchemy makes it (and its indexes, search index, triggers).
            self.engine = open_engine(self.url, "write")
            _connect(self.engine, self.url)
            self._begin(drop=False)
            return
        fault = None if self.overwrite else beside_fault(self.url)
        if fault is not None:
            raise fault
        try:
            handle, name = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=self.target.parent)
        except OSError as exc:
            raise StoreError(f"{shown_url(self.url)}: cannot write the database: {why_unwritable(self.target, exc)}") from None
        os.close(handle)
        self.temporary = Path(name)
        # A new file nobody else sees yet: written through sqlite3, its tables made by the statements SQLAlchemy
        # would run (:mod:`pilotplans.store.sqlite_schema`), without importing it.
        from pilotplans.store.sqlite_schema import sqlite_schema

        schema = sqlite_schema()
        try:
            self.db = PlainSqlite.new_file(self.temporary)
            for statement in schema.statements:
                self.db.run(statement)
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        self.writer = DocumentWriter(self.db, empty=True)

    def _open_in_place(self) -> bool:
        """Open the file in place through ``sqlite3`` (its write lock taken, waiting for another writer as SQLAlchemy's
        engine waits), when it holds every table and column of this version's (:func:`pilotplans.store.in_place.current`).
        False, nothing left open, when one is missing (a database before a version adding a table): SQLAlchemy makes it."""
        assert self.target is not None
        from pilotplans.store.db import WRITE_TIMEOUT
        from pilotplans.store.in_place import current

        try:
            db = PlainSqlite.in_place(self.target, WRITE_TIMEOUT)
        except sqlite3.Error as exc:
            raise database_error(self.url, exc, "cannot open the database") from None
        try:
            db.begin(immediate=True)
            if not current(db):
                db.close(rollback=True)
                return False
            self.db = db
            self.writer = DocumentWriter(self.db)
        except BaseException as exc:
            db.close(rollback=True)  # the write lock given back, whatever failed
            if isinstance(exc, sqlite3.Error):
                raise self._error(exc) from None
            raise
        return True

    def _begin(self, *, drop: bool) -> None:
        assert self.engine is not None
        from sqlalchemy.exc import SQLAlchemyError

        from pilotplans.store.models import metadata

        try:
            self.connection = self.engine.connect()
            self.connection.begin()
            take_lock(self.connection, shared=False)
            if drop:
                # The tables are made anew, so that a database written by an older pilotplans gets
                # this version's columns; PostgreSQL changes its schema inside the transaction.
                metadata.drop_all(self.connection)
            metadata.create_all(self.connection)
            self.db = Through(self.connection)
            self.writer = DocumentWriter(self.db)
        except SQLAlchemyError as exc:
            raise self._error(exc) from None

    def _error(self, exc: BaseException) -> StoreError:
        error = database_error(self.url if self.temporary is None else sqlite_url(self.temporary), exc, "cannot write the database")
        if self.temporary is not None:  # name the user's database, not the temporary file
            return StoreError(str(error).replace(shown_url(sqlite_url(self.temporary)), shown_url(self.url), 1))
        return error

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None) -> None:
        try:
            if not self.finished:
                self._discard()
        finally:  # raises an interrupt noted since the last checkpoint, when no error is on its way
            self._protection.__exit__(kind, value, trace)

    def _discard(self) -> None:
        if isinstance(self.db, PlainSqlite):
            try:
                self.db.close(rollback=True)
            except sqlite3.Error:
                pass
        self.db = None
        if self.connection is not None:
            from sqlalchemy.exc import SQLAlchemyError

            try:
                self.connection.rollback()
                self.connection.close()
            except SQLAlchemyError:
                pass
            self.connection = None
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None
        if self.temporary is not None and self.temporary.exists():
            self.temporary.unlink()

    def _run(self, action: Callable[[Statements], object]) -> object:
        """``action`` on the open transaction, database errors as StoreError."""
        assert self.db is not None
        try:
            return action(self.db)
        except Exception as exc:
            if database_failed(exc):
                raise self._error(exc) from None
            raise

    def _later(self) -> Statements:
        """The open transaction for what reads it after the call handing it out returned (the exports' chunks, the
        workbook's sheets, read as the files are written): its database errors StoreErrors, as :meth:`_run` gives."""
        assert self.db is not None
        return Guarded(self.db, self._error)

    # ------------------------------------------------------------------ what goes in

    def keep(self, ids: Collection[str]) -> None:
        """Delete every stored document but those with these ids (the ones carried over)."""
        def drop(db: Statements) -> None:
            gone = [i for (i,) in db.rows("SELECT id FROM documents") if i not in ids]
            delete_documents(db, gone)

        self._run(drop)

    def add(self, document: Document, build: DocumentBuild | None = None) -> None:
        """Add ``document`` (whose id must be free), with how it was made (its diff among it: the
        national plan stored already or added before the last write; its diff waits for it till then)."""
        assert self.writer is not None
        extra = None
        if build is not None:
            from pilotplans.store.exports import piece_of

            sheet = build.sheet
            csv, jsonl = piece_of(build.csv.encode("utf-8")), piece_of(build.jsonl.encode("utf-8"))
            extra = {"document_builds": [dict(document_id=document.id, build_key=build.build_key, linked=list(build.linked),
                                              csv=build.csv, jsonl=build.jsonl, sheet=sheet.data, sheet_crc=sheet.crc,
                                              sheet_size=sheet.size, sheet_rows=sheet.rows, sheet_columns=sheet.columns,
                                              csv_size=csv.size, csv_digest=csv.digest, jsonl_size=jsonl.size,
                                              jsonl_digest=jsonl.digest)]}
            if build.diff is not None:  # :meth:`diff_plans` then finds the pair's diff current
                from pilotplans.store.plans import cells_key

                extra["plan_links"] = build.diff.rows
                extra["plan_pairs"] = [dict(national_document=build.diff.national, local_document=document.id,
                                            pair_key=build.diff.key, cells_key=cells_key(build.diff.rows))]
        writer = self.writer
        words = build.words if build is not None else None
        rows = build.rows if build is not None else None
        self._run(lambda _connection: writer.add(document, extra, words, rows))

    def flush(self, at_least: int = 0) -> None:
        """Write the rows queued so far (they are written in batches otherwise), if there are
        ``at_least`` that many; as a batch does, those referring to a document not yet added wait."""
        writer = self.writer
        assert writer is not None
        if writer.queued >= max(at_least, 1):
            self._run(lambda _connection: writer.flush(held=True))

    def link_views(self, ids: Collection[str]) -> list[Document]:
        """The stored documents with these ids as much as linking them needs: their own fields, the
        text of each measure and their warnings (tables and the rest left out)."""
        def views(db: Statements) -> list[Document]:
            self._flush(db)
            return _link_views(db, ids)

        return self._run(views)  # type: ignore[return-value]

    def update_links(self, updates: list[LinkUpdate]) -> None:
        """Store documents' links made anew: parent, round, programme, the ``parent_inferred``
        warning and what the link filled in."""
        def apply(db: Statements) -> None:
            self._flush(db)
            assert self.writer is not None
            _update_links(db, updates, self.writer.ids)

        self._run(apply)

    def _flush(self, _db: Statements) -> None:
        assert self.writer is not None
        self.writer.flush()

    def diff_plans(self, keys: dict[str, str], diff_version: str, *, workers: int | None = 1,
                   meanwhile: Iterator[object] | None = None,
                   early: Mapping[object, Iterator[list[dict[str, object]]]] | None = None) -> int:
        """Diff every stored local plan against its stored national plan (:mod:`pilotplans.store.plans`),
        where the pair's key (``keys``: each document's build key) changed; drop the diffs of pairs
        that are no more. Returns how many pairs were diffed.

        The pairs are diffed over ``workers`` processes (:func:`pilotplans.ingest.parallel.in_order`;
        None: one per ``PAIRS_PER_WORKER`` pairs, up to the cores), forked once the national plans
        are loaded; each local plan is loaded here when a worker is
        about to need it and stored in the order of the pairs, so that neither the result nor the
        memory held depends on the workers. While the workers diff, this process takes steps of
        ``meanwhile`` (writing the workbook), one whenever no diff is in; what is left of it is the
        caller's to finish. ``early`` holds the rows of pairs diffed already, as the stored plans
        would be (:mod:`pilotplans.ingest.early_diffs`): each an iterator of one item, with
        ``ready()`` as the pool's. The diff's aligner is imported only when a pair is left to diff
        here."""
        from pilotplans.ingest.parallel import available_cores, in_order
        from pilotplans.store import plans

        def run(connection: Statements) -> int:
            self._flush(connection)
            wanted = {pair: plans.pair_key(keys.get(pair.national), keys.get(pair.local), diff_version)
                      for pair in plans.wanted_pairs(connection.rows("SELECT id, level, parent FROM documents"))}
            stored = {plans.Pair(n, l): key for n, l, key
                      in connection.rows("SELECT national_document, local_document, pair_key FROM plan_pairs")}
            stale = [pair for pair, key in stored.items() if wanted.get(pair) != key]
            fresh = sorted((pair for pair, key in wanted.items() if stored.get(pair) != key), key=lambda p: (p.national, p.local))
            _delete_pairs(connection, stale)
            if not fresh:
                return 0
            begun = early or {}
            todo = [pair for pair in fresh if pair not in begun]
            nationals = {d.id: d for d in _full_documents(connection, sorted({pair.national for pair in todo}))}
            if todo:  # (pairs all diffed early need no aligner here)
                import pilotplans.diff.compare  # noqa: F401 - before the workers are forked, so that each need not import it

            def diff(item: tuple[plans.Pair, Document]) -> list[dict[str, object]]:
                pair, local = item
                return plans.diff_pair(nationals[pair.national], local)

            count = workers if workers is not None else min(available_cores(), len(todo) // PAIRS_PER_WORKER)
            results = in_order(diff, _LocalPlans(connection, todo), max(1, count))
            try:
                waiting = meanwhile
                for pair in fresh:
                    source = begun.get(pair, results)
                    while waiting is not None and not source.ready():  # type: ignore[attr-defined]
                        interrupts.checkpoint()
                        if next(waiting, _DONE) is _DONE:
                            waiting = None
                    rows = next(source)
                    interrupts.checkpoint()
                    insert_table(connection, "plan_links", rows)
                    insert_table(connection, "plan_pairs", [dict(national_document=pair.national, local_document=pair.local,
                                                                 pair_key=wanted[pair], cells_key=plans.cells_key(rows))])
            finally:
                results.close()
            return len(fresh)

        return self._run(run)  # type: ignore[return-value]

    # ------------------------------------------------------------------ what comes out

    def summaries(self) -> list[DocumentSummary]:
        """Counts of each stored document, by id."""
        def count(connection: Statements) -> list[DocumentSummary]:
            self._flush(connection)
            return summaries_on(connection)

        return self._run(count)  # type: ignore[return-value]

    def export_layout(self) -> list[Chunks]:
        """Each stored document's chunks of the exports, by document id (documents stored without
        a build — by ``extract --db`` — have none)."""
        self._run(self._flush)
        return self._run(export_layout)  # type: ignore[return-value]

    def export_chunks(self, ids: Sequence[str]) -> Iterator[tuple[str, bytes, bytes]]:
        """The CSV rows and JSONL lines (as UTF-8) of the stored documents with these ids, in that order."""
        assert self.db is not None
        self._run(self._flush)
        return export_chunks(self._later(), ids)

    def document_sheets(self, book: AssembledWorkbook, summaries: Sequence[DocumentSummary] | None = None,
                        carried: Collection[str] = ()) -> Iterator[None]:
        """Steps of writing to ``book`` the sheets of the dataset's workbook but the coverage sheet
        (:mod:`pilotplans.store.workbook`), counts from ``summaries`` (:meth:`summaries`) when
        given; the documents' kept sheets are read as ``book`` closes (those ``carried`` over
        perhaps copied from the previous workbook)."""
        from pilotplans.store.workbook import document_sheets

        assert self.db is not None
        self._run(self._flush)
        return document_sheets(self._later(), book, summaries, carried)

    def coverage_key(self) -> str | None:
        """A key of everything the coverage sheet is made from (None: there is none to make)."""
        from pilotplans.store.workbook import coverage_key

        assert self.db is not None
        self._run(self._flush)
        return coverage_key(self._later())

    def coverage_sheet(self) -> object | None:
        """The coverage sheet of the dataset's workbook, from the stored diffs (None without any)."""
        from pilotplans.store.workbook import coverage_sheet

        assert self.db is not None
        self._run(self._flush)
        return coverage_sheet(self._later())

    def finish(self, info: dict[str, str] | None = None, *, then: Callable[[], None] | None = None,
               references: str | None = None) -> None:
        """Complete the database (reference tables, ``info`` as its build facts), put it in place
        of the old one, then run ``then`` (which must not fail: put the exports in place).
        ``references``: the key of the reference tables the database holds (carried over with its
        documents, from the build facts), which are left as they are if it is still theirs
        (:func:`pilotplans.store.references.refresh_reference_tables`)."""
        assert self.db is not None
        facts = dict(info or {})
        facts.pop(REFERENCES_FACT, None)
        versions = " ".join(facts.get(f"version.{part}", "") for part in ("registry", "gazetteer"))

        def complete(connection: Statements) -> None:
            self._flush(connection)
            advance_sequences(connection)
            # (Tables carried over with the documents are in the database opened in place.)
            kept = references if self.carry and self.temporary is None else None
            key = refresh_reference_tables(connection, versions=versions, kept=kept)
            if key is not None:
                facts[REFERENCES_FACT] = key
            connection.run("DELETE FROM build_info")
            insert_table(connection, "build_info", [dict(key=k, value=v) for k, v in sorted(facts.items())])
            interrupts.checkpoint()

        self._run(complete)
        with interrupts.protected(final=True):
            db = self.db
            if isinstance(db, PlainSqlite):
                try:
                    db.commit()
                    db.close()
                except sqlite3.Error as exc:  # still self.db: leaving the block rolls it back and closes it (_discard)
                    raise self._error(exc) from None
            else:
                from sqlalchemy.exc import SQLAlchemyError

                assert self.connection is not None and self.engine is not None
                try:
                    self.connection.commit()
                    self.connection.close()
                except SQLAlchemyError as exc:
                    raise self._error(exc) from None
                self.connection = None
                self.engine.dispose()
                self.engine = None
            self.db = None
            if self.temporary is not None:
                self._replace_file()
            self.finished = True
            if then is not None:
                then()

    def _replace_file(self) -> None:
        assert self.temporary is not None and self.target is not None
        from pilotplans.files import default_mode, why_unwritable

        try:
            with open(self.temporary, "rb+") as handle:
                os.fsync(handle.fileno())  # once, for the whole file
            os.chmod(self.temporary, default_mode())
            os.replace(self.temporary, self.target)
        except OSError as exc:
            self.temporary.unlink(missing_ok=True)
            raise StoreError(f"{shown_url(self.url)}: cannot write the database: {why_unwritable(self.target, exc)}") from None


def _link_views(connection: Statements, ids: Collection[str]) -> list[Document]:
    from pilotplans.store import rows as r
    from pilotplans.store.read import sqlalchemy_query

    query = sqlalchemy_query(connection)  # the documents' rows with their JSON and dates read
    wanted = list(ids)
    views = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks, params = in_list("id", chunk)
        texts: dict[str, list[str]] = {}
        for doc_id, text in connection.rows(f"SELECT document_id, text FROM measures WHERE document_id IN {marks} "
                                            "ORDER BY document_id, position", params):
            texts.setdefault(doc_id, []).append(text)
        notes: dict[str, list[Warning]] = {}
        for row in connection.mappings(f"SELECT * FROM warnings WHERE document_id IN {marks} AND measure_id IS NULL "
                                       "ORDER BY id", params):  # its headings' among them, stored once
            notes.setdefault(row["document_id"], []).append(r.warning(row))
        for row in query("SELECT * FROM documents WHERE id IN {ids} ORDER BY id", chunk):
            measures_of = [r.text_only(t) for t in texts.get(row["id"], [])]
            views.append(r.document(row, tables=[], measures=measures_of, conventions=[], warnings=notes.get(row["id"], [])))
    return views


def _update_links(connection: Statements, updates: list[LinkUpdate], ids: NextIds) -> None:
    """Store ``updates``, a statement of each kind for them all (each document is in them once):
    a rebuild of 1,000 documents links about 700, and four statements each took a third of a
    second of the serial work after the reading. A new warning's key is taken from ``ids`` like
    the other rows' (on PostgreSQL the key sequence is moved past them only as the build ends)."""
    from pilotplans.ingest.parents import INFERRED

    if not updates:
        return
    connection.run('UPDATE documents SET parent = :parent, "round" = :round, programme = :programme WHERE id = :document',
                   [dict(document=c.document, parent=c.parent, round=c.round, programme=c.programme) for c in updates])
    connection.run("DELETE FROM warnings WHERE document_id = :document AND code = :code AND measure_id IS NULL "
                   "AND heading_id IS NULL", [dict(document=c.document, code=INFERRED) for c in updates])
    inferred = [dict(id=ids.take("warnings"), document_id=c.document, code=c.inferred.code, message=c.inferred.message)
                for c in updates if c.inferred is not None]
    if inferred:
        connection.run("INSERT INTO warnings (id, document_id, code, message) VALUES (:id, :document_id, :code, :message)",
                       inferred)
    linked = "CAST(:linked AS JSON)" if connection.dialect == "postgresql" else ":linked"
    connection.run(f"UPDATE document_builds SET linked = {linked} WHERE document_id = :document",
                   [dict(document=c.document, linked=json.dumps(list(c.linked))) for c in updates])


def export_layout(connection: Statements | Connection) -> list[Chunks]:
    """Each stored document's chunks of the exports (:mod:`pilotplans.store.exports`), by document id."""
    from pilotplans.store.exports import Chunks, Piece

    return [Chunks(doc_id, Piece(csv_size, csv_digest), Piece(jsonl_size, jsonl_digest))
            for doc_id, csv_size, csv_digest, jsonl_size, jsonl_digest in statements(connection).rows(
                "SELECT document_id, csv_size, csv_digest, jsonl_size, jsonl_digest FROM document_builds ORDER BY document_id")]


def export_chunks(connection: Statements | Connection, ids: Sequence[str]) -> Iterator[tuple[str, bytes, bytes]]:
    """The CSV rows and JSONL lines (as UTF-8) of the stored documents with these ids, in the order
    given, read a batch of documents at a time."""
    db = statements(connection)
    csv, jsonl = as_utf8("csv", db), as_utf8("jsonl", db)
    wanted = list(ids)
    for start in range(0, len(wanted), 50):
        interrupts.checkpoint()
        batch = wanted[start:start + 50]
        marks, params = in_list("id", batch)
        found = {doc_id: (csv_text, jsonl_text) for doc_id, csv_text, jsonl_text
                 in db.rows(f"SELECT document_id, {csv}, {jsonl} FROM document_builds WHERE document_id IN {marks}", params)}
        for doc_id in batch:
            csv_text, jsonl_text = found[doc_id]
            yield doc_id, _utf8(csv_text), _utf8(jsonl_text)


def _utf8(text: str | bytes) -> bytes:
    return text if isinstance(text, bytes) else text.encode("utf-8")


def as_utf8(column: str, connection: Statements) -> str:
    """``column``'s text as the UTF-8 bytes the database holds (SQLite, whose files the package
    creates in UTF-8, and PostgreSQL), else as text: the exports are written as bytes, and tens of
    megabytes need not be decoded only to be encoded again."""
    if connection.dialect == "sqlite":
        return f"CAST({column} AS BLOB)"
    if connection.dialect == "postgresql":
        return f"convert_to({column}, 'UTF8')"
    return column


def _delete_pairs(connection: Statements, pairs: list[object]) -> None:
    for pair in pairs:
        for table in ("plan_links", "plan_pairs"):
            connection.run(f"DELETE FROM {table} WHERE national_document = :national AND local_document = :local",
                           {"national": pair.national, "local": pair.local})  # type: ignore[attr-defined]


class _LocalPlans(Sequence[tuple[object, Document]]):
    """The pairs to diff, each with its local plan, loaded from the database when it is asked for
    (by the pool handing it to a worker): only the plans being diffed are held."""

    def __init__(self, connection: Statements, pairs: list[object]) -> None:
        self.connection = connection
        self.pairs = pairs

    def __len__(self) -> int:
        return len(self.pairs)

    @overload
    def __getitem__(self, index: int) -> tuple[object, Document]: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[object, Document]]: ...

    def __getitem__(self, index: int | slice) -> tuple[object, Document] | Sequence[tuple[object, Document]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        pair = self.pairs[index]
        (local,) = _full_documents(self.connection, [pair.local])  # type: ignore[attr-defined]
        return pair, local


def _full_documents(connection: Statements, ids: list[str]) -> list[Document]:
    from pilotplans.store.read import read_documents, sqlalchemy_query

    return read_documents(sqlalchemy_query(connection), ids)

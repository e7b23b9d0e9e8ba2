"""Write Documents to a database and read them back, transactionally.

SQLite is the embedded default; any SQLAlchemy URL works (PostgreSQL included). Rows are written
a whole table at a time (:mod:`pilotplans.store.bulk`) and read back a few queries per table
(:mod:`pilotplans.store.read`). A rebuild (:mod:`pilotplans.store.build`) of a SQLite file writes
a new file beside the old one and replaces it only when everything is in; on another database
the whole rebuild is one transaction.

Several processes may write one PostgreSQL database at once (``extract --db`` in parallel, a
rebuild among them): every writer takes one advisory lock, exclusive, before it touches a table,
and every reader takes it shared, so writers follow one another whole and no two transactions
ever wait for each other's tables (no deadlock). On SQLite a writer takes the file's write lock
when it begins (``BEGIN IMMEDIATE``) and waits for another writer up to ``WRITE_TIMEOUT``
seconds. While a database is written, Ctrl-C stops the work only where it can be rolled back
(:mod:`pilotplans.interrupts`).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pilotplans import interrupts
from pilotplans.errors import PilotplansError

if TYPE_CHECKING:  # SQLAlchemy is imported where a database is opened through it: reading a
    # SQLite file needs only sqlite3 (pilotplans.store.read)
    from sqlalchemy import Connection, Engine
    from sqlalchemy.engine import URL

    from pilotplans.schema.models import Document

#: The key of the advisory lock PostgreSQL writers and readers take ("pilo" in ASCII).
ADVISORY_LOCK = 0x70696C6F
#: Seconds a SQLite writer waits for another one to finish.
WRITE_TIMEOUT = 300.0

Mode = Literal["read", "write", "build"]


class StoreError(PilotplansError):
    """The database could not be opened or written."""


#: The rows of one statement with named parameters (``:name``), each a dict of its columns.
Rows = Callable[[str, Mapping[str, Any]], list[dict[str, Any]]]


@dataclass(frozen=True)
class Snapshot:
    """A database as it was at one moment, opened only to be read: the rows of a statement, and
    the names of its tables."""

    rows: Rows
    tables: Callable[[], set[str]]


def plain_sqlite_file(url: str) -> Path | None:
    """The file of a plain ``sqlite:///FILE`` URL (no options), else None."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url or url[len(prefix):] in ("", ":memory:"):
        return None
    return Path(url[len(prefix):])


def open_read_only(path: Path | str) -> sqlite3.Connection:
    """A connection to the SQLite file at ``path`` that cannot write it (transactions begun by hand)."""
    from urllib.parse import quote

    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, isolation_level=None)


@contextmanager
def read_only(url: str) -> Iterator[Snapshot]:
    """The database at ``url`` read at one moment and never written: a plain SQLite file through
    Python's own ``sqlite3`` (a command that only reads then never imports SQLAlchemy, a tenth of
    a second of its start-up), any other database through SQLAlchemy (:func:`reading`)."""
    path = plain_sqlite_file(url)
    if path is None:
        from sqlalchemy import inspect

        from pilotplans.store.statements import Through

        with reading(url) as connection:
            yield Snapshot(Through(connection).mappings, lambda: set(inspect(connection).get_table_names()))
        return
    connection = open_read_only(path)
    connection.row_factory = sqlite3.Row
    try:
        connection.execute("BEGIN")  # one snapshot for every statement

        def rows(sql: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
            return [dict(row) for row in connection.execute(sql, dict(params))]

        def tables() -> set[str]:
            return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

        yield Snapshot(rows, tables)
    finally:
        connection.close()


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path)}"


def shown_url(url: str) -> str:
    """``url`` as it may be printed: with any password masked."""
    if plain_sqlite_file(url) is not None:
        return url  # a file has no password
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return url


def _from_sqlalchemy(exc: BaseException) -> bool:
    return type(exc).__module__.startswith("sqlalchemy")


def _first_line(exc: BaseException) -> str:
    """The first line of an error's message, without SQLAlchemy's statement and background notes."""
    orig = getattr(exc, "orig", None) if _from_sqlalchemy(exc) else None
    cause = orig if isinstance(orig, BaseException) else exc
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    return lines[0] if lines else cause.__class__.__name__


def _sqlite_cause(path: Path) -> str | None:
    """Why SQLite cannot open or create the file at ``path``, when the file system tells."""
    from pilotplans.files import why_unwritable

    if path.is_dir():
        return "it is a folder, not a database file"
    if not path.parent.is_dir():
        return why_unwritable(path)
    if not path.exists():
        try:  # the file system's own answer (root is refused by some file systems, not by modes)
            handle, probe = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        except OSError as exc:
            return why_unwritable(path, exc)
        os.close(handle)
        os.unlink(probe)
        return None
    if not os.access(path, os.R_OK | os.W_OK):
        return f"permission denied on {path}"
    return None


def database_error(url: str, exc: BaseException, doing: str) -> StoreError:
    """One line naming the database (password masked) and the cause of ``exc``."""
    shown = shown_url(url)
    database_failed = isinstance(exc, sqlite3.Error)
    if _from_sqlalchemy(exc):
        from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

        if isinstance(exc, NoSuchModuleError):
            return StoreError(f"{shown}: unknown kind of database {url.split(':', 1)[0]!r} (e.g. sqlite:///FILE or postgresql+psycopg://USER@HOST/DB)")
        if isinstance(exc, ArgumentError):
            if "://" not in url and Path(url).is_file():  # a database's file named as a path, not a URL
                return StoreError(f"{shown}: not a database URL; as a URL, this file is {sqlite_url(url)}")
            return StoreError(f"{shown}: not a database URL (e.g. sqlite:///FILE or postgresql+psycopg://USER@HOST/DB)")
        database_failed = isinstance(exc, DBAPIError)
    if isinstance(exc, ImportError):
        from pilotplans.extras import install_hint

        hint = f" ({install_hint('postgres')})" if url.startswith("postgres") else ""
        return StoreError(f"{shown}: the database driver {exc.name or ''} is not installed{hint}")
    path = sqlite_path(url) if not isinstance(exc, ValueError) else None
    cause = _sqlite_cause(path) if path is not None and database_failed else None
    return StoreError(f"{shown}: {doing}: {cause or _first_line(exc)}")


def _connect(engine: Engine, url: str) -> None:
    """Open and close one connection, so that an unreachable database is told apart from a
    failed write."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        with engine.connect():
            pass
    except SQLAlchemyError as exc:
        doing = "cannot open the database" if engine.dialect.name == "sqlite" else "cannot connect to the database"
        raise database_error(url, exc, doing) from None


def _names_what_is_missing(exc: BaseException) -> bool:
    """True when a query failed for a table or a column the database lacks (SQLite's ``no such table`` or ``no such
    column``, PostgreSQL's ``relation … does not exist`` or ``column … does not exist``): what it holds then says why
    (:func:`schema_fault`)."""
    message = _first_line(exc).lower()
    return ("no such table" in message or "no such column" in message
            or (("relation" in message or "column" in message) and "does not exist" in message))


def _locked(exc: BaseException) -> bool:
    """True when SQLite gave up waiting for a lock another process holds on the file (``database is locked``)."""
    return "database is locked" in _first_line(exc).lower()


def outdated_error(url: str, missing: Sequence[str]) -> StoreError:
    """The error of a database written by an older pilotplans, lacking the tables or columns ``missing`` (``table`` or
    ``table.column``), naming at most three and saying how to make it anew."""
    from pilotplans.store.advice import rebuild_advice

    return StoreError(f"{shown_url(url)}: the database was written by an older pilotplans (no {', '.join(missing[:3])}); "
                      f"run {rebuild_advice(url)} to rebuild it")


@dataclass(frozen=True)
class StoredSchema:
    """What a database holds, as far as this version reads it: its tables, and the tables (``table``) and columns
    (``table.column``) of pilotplans' it lacks."""

    tables: frozenset[str]
    missing: tuple[str, ...]
    #: Of the columns this version gives the tables the database shares with it by name, how many it holds, and how
    #: many there are: a table another program named alike (``documents``, ``measures``) holds few of them.
    shared_columns: tuple[int, int] = (0, 0)

    def foreign(self) -> bool:
        """Whether no table of the database is pilotplans': none named as one of pilotplans', no ``documents``
        (every pilotplans database has held it, and a rebuild's previous build is read from it: another program's
        ``regions (id, name, code, level, parent_id)`` holds most of the columns of pilotplans' own), or those named
        alike holding fewer than half the columns this version gives them (another program's ``documents``), which
        an older pilotplans, lacking a column or a table added since, never does."""
        held, expected = self.shared_columns
        return "documents" not in self.tables or not expected or 2 * held < expected

    def lacks_column(self, name: str) -> bool:
        """Whether a column named ``name`` is among those it lacks (a row read from it has no such key)."""
        return any(part.endswith(f".{name}") for part in self.missing)


def stored_schema(url: str) -> StoredSchema | None:
    """What the database at ``url`` holds (:class:`StoredSchema`); None when it cannot be opened to be looked at. A
    plain SQLite file is looked at through ``sqlite3``, read-only (:func:`pilotplans.store.in_place.file_schema`), any
    other database through SQLAlchemy, and so is a file that cannot be read read-only: one another program left a hot
    journal beside (it crashed mid-transaction), which only a connection that may write rolls back before reading."""
    path = plain_sqlite_file(url)
    if path is not None and path.is_file():
        from pilotplans.store.in_place import file_schema

        try:
            connection = open_read_only(path)
            try:
                return file_schema(connection)
            finally:
                connection.close()
        except sqlite3.Error:
            pass  # SQLAlchemy's connection opens it as before, or says it cannot be looked at
    from sqlalchemy.exc import SQLAlchemyError

    try:
        with reading(url) as connection:
            return schema_of(connection)
    except (SQLAlchemyError, StoreError):
        return None


def schema_of(connection: Connection) -> StoredSchema:
    """What the database of ``connection`` holds (:class:`StoredSchema`)."""
    from sqlalchemy import inspect

    from pilotplans.store.models import metadata

    inspector = inspect(connection)
    present = frozenset(inspector.get_table_names())
    shared = [metadata.tables[name] for name in sorted(present & set(metadata.tables))]
    missing = missing_from_schema(connection) if shared else []
    held = sum(len({c["name"] for c in inspector.get_columns(t.name)} & set(t.columns.keys())) for t in shared)
    return StoredSchema(present, tuple(missing), (held, sum(len(t.columns) for t in shared)))


def schema_fault(url: str, schema: StoredSchema) -> StoreError | None:
    """Why this version cannot read the database at ``url`` for what it holds (``schema``), as one line naming it and
    what to do: no table at all (an empty database), no table of pilotplans' (another program's database), or not
    every table and column this version reads (written by an older pilotplans). None when it holds them all."""
    from pilotplans.store.advice import extract_advice, rebuild_advice
    from pilotplans.store.models import metadata

    shown = shown_url(url)
    if not schema.tables:
        return StoreError(f"{shown}: the database is empty (no tables): run {rebuild_advice(url)} to build the dataset "
                          f"in it, or {extract_advice(url)} to store documents in it")
    if schema.foreign():  # never advise a rebuild there: it would replace the file, or drop the tables named alike
        named = first_tables(sorted(schema.tables))
        alike = sorted(schema.tables & set(metadata.tables))
        held = (f"only {named}: {first_tables(alike)}, named as "
                + ("a table of pilotplans', holds too few of its columns" if len(alike) == 1 else
                   "tables of pilotplans', hold too few of their columns")
                if alike and "documents" in schema.tables else
                f"no documents table, only {named}" if alike else f"no table of pilotplans', only {named}")
        return StoreError(f"{shown}: not a pilotplans database ({held}): name the "
                          "dataset's database with --db (`pilotplans rebuild` makes one)")
    return outdated_error(url, schema.missing) if schema.missing else None


#: The first bytes of every SQLite database file.
SQLITE_HEADER = b"SQLite format 3\x00"
#: SQLite's errors of a file that begins as a database and cannot be read as one (damaged, or cut short).
_DAMAGED = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB"})
#: SQLite's error of a file a read-only connection cannot read for the hot journal beside it (a program writing it
#: stopped mid-transaction): only a connection that may write rolls it back.
_HOT_JOURNAL = "SQLITE_READONLY_ROLLBACK"


def first_tables(tables: Sequence[str]) -> str:
    """The first three of ``tables``, ``…`` after them when there are more: how a message names a database's tables."""
    return ", ".join(tables[:3]) + (" …" if len(tables) > 3 else "")


def replace_fault(url: str) -> StoreError | None:
    """Why a rebuild must not make the dataset anew at ``url`` unless told so plainly (``--overwrite``), as one line
    naming the database, what it holds and what to do: a file that is no SQLite database, or a SQLite database of
    another program's (no table of pilotplans', :meth:`StoredSchema.foreign`), which the rebuild would replace, what
    it holds lost; on PostgreSQL, another program's tables named as pilotplans' (``documents``), which it would drop.
    None for a database not there yet, an empty one, a pilotplans database (an older version's too), and a
    PostgreSQL database whose other tables the rebuild leaves as they are (:func:`other_tables` names them). A
    database is pilotplans' by its tables' columns, never by their names alone: another program's ``documents``,
    ``measures`` and ``build_info`` (common names) hold few of the columns pilotplans gives them."""
    path = plain_sqlite_file(url) or sqlite_path(url)
    if path is not None:
        if not path.is_file() or path.stat().st_size == 0:
            return None  # nothing there yet (or a folder: writing it says why)
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
            if header == SQLITE_HEADER:
                connection = open_read_only(path)
                try:
                    connection.execute("SELECT name FROM sqlite_master LIMIT 1").fetchall()  # a damaged file fails here
                finally:
                    connection.close()
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorname", None) == _HOT_JOURNAL:
                # a program writing it stopped mid-transaction: its journal beside it rolls the file back when a program
                # next opens it for writing, which the rebuild would do only to replace it, whose it was never told
                return StoreError(f"{shown_url(url)}: {path} was left mid-write by a program that stopped, its journal "
                                  f"{path.name}-journal beside it, so whose it is cannot be told, and a rebuild would "
                                  "replace it, what it holds lost: open it with that program (or sqlite3) to roll it "
                                  "back, name the dataset's database with --db, or give --overwrite to replace the file")
            if getattr(exc, "sqlite_errorname", None) not in _DAMAGED:
                return None  # locked, or unreadable to this user: writing it says why
            # whose it was cannot be told, and the rebuild would replace it without a word
            return StoreError(f"{shown_url(url)}: {path} cannot be read as a SQLite database ({exc}), and a rebuild "
                              "would replace it, what it holds lost: name the dataset's database with --db, or give "
                              "--overwrite to replace the file")
        except (OSError, sqlite3.Error):
            return None  # opening it for writing says why it cannot be
        if header != SQLITE_HEADER:
            return StoreError(f"{shown_url(url)}: {path} is no SQLite database, and a rebuild would replace it, what it "
                              "holds lost: name the dataset's database with --db, or give --overwrite to replace the file")
    schema = stored_schema(url)
    if schema is None or not schema.tables or not schema.foreign():
        return None
    from pilotplans.store.models import metadata

    alike = sorted(schema.tables & set(metadata.tables))
    if path is None and not alike:
        return None
    held = (f"{shown_url(url)}: another program's database (its tables: {first_tables(sorted(schema.tables))}; none is "
            "pilotplans')")
    if path is not None:
        return StoreError(f"{held}: a rebuild replaces the file, and they would be lost; name the dataset's database with "
                          "--db, or give --overwrite to replace it")
    return StoreError(f"{held}: a rebuild would drop {first_tables(alike)}, named as pilotplans', to make its own; name the "
                      "dataset's database with --db, or give --overwrite to drop "
                      + ("it" if len(alike) == 1 else "them"))


def tables_not_pilotplans(path: Path) -> list[str]:
    """The tables of the SQLite file at ``path`` that are none of pilotplans' — neither of its schema, nor its search
    index (``measure_fts`` and the tables FTS5 keeps it in), nor SQLite's own —, sorted: another program's tables
    kept in a pilotplans database (made beside pilotplans' by ``extract --db``, or by hand), and views not of
    pilotplans' (:data:`~pilotplans.store.sqlite_schema.VIEWS`: a user's saved query over its tables), which a rebuild replacing
    the file would lose; none for a file that cannot be read as a database."""
    from pilotplans.store.sqlite_schema import VIEWS, sqlite_schema

    try:
        connection = open_read_only(path)
        try:
            names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
        finally:
            connection.close()
    except sqlite3.Error:
        return []
    ours = set(sqlite_schema().tables)
    return sorted(n for n in names if n not in ours and n not in VIEWS and not n.startswith(("sqlite_", "measure_fts")))


def beside_fault(url: str) -> StoreError | None:
    """Why a rebuild making the SQLite file at ``url`` anew must not replace it unless told so (``--overwrite``): it
    holds another program's tables beside pilotplans' (:func:`tables_not_pilotplans`), which would be lost; None for
    any other database, a file not there yet, and one holding pilotplans' tables alone."""
    path = sqlite_path(url)
    others = tables_not_pilotplans(path) if path is not None and path.is_file() else []
    if not others:
        return None
    return StoreError(f"{shown_url(url)}: holds tables of another program's beside pilotplans' ({first_tables(others)}): "
                      "a rebuild replaces the file, and they would be lost; move them to another database, or give "
                      "--overwrite to replace it")


def other_tables(url: str) -> tuple[str, ...]:
    """The tables of the database at ``url`` when none is pilotplans' (another program's database, which pilotplans'
    tables are then made beside), sorted; none for a database not there yet, an empty one or a pilotplans one."""
    path = plain_sqlite_file(url) or sqlite_path(url)
    if path is not None and (not path.is_file() or path.stat().st_size == 0):
        return ()
    schema = stored_schema(url)
    if schema is None or not schema.foreign():
        return ()
    return tuple(sorted(schema.tables))


def missing_from_schema(connection: Connection) -> list[str]:
    """The tables (``table``) and columns (``table.column``) this version writes that the database of ``connection``
    lacks, in the order of the schema; SQLite's search index (``measure_fts``) among them."""
    from sqlalchemy import inspect

    from pilotplans.store.models import metadata

    inspector = inspect(connection)
    present = set(inspector.get_table_names())
    missing = [table.name for table in metadata.sorted_tables if table.name not in present]
    if connection.dialect.name == "sqlite" and "measure_search" in present and "measure_fts" not in present:
        missing.append("measure_fts")
    return missing + [name for name in outdated_tables(connection) if "." in name]


@contextmanager
def read_faults(url: str) -> Iterator[None]:
    """Within the block, an error reading the database at ``url`` is one line naming it and the cause
    (:func:`read_error`): the database's own error, and a row read lacking a column this version reads (a
    ``KeyError`` naming a column the database lacks: written by an older pilotplans). Any other exception is the
    code's fault and goes on as it is."""
    try:
        yield
    except KeyError as exc:
        named = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else None  # a row's key, not KeyError()
        schema = stored_schema(url) if named else None
        fault = schema_fault(url, schema) if schema is not None and named and schema.lacks_column(named) else None
        if fault is not None:
            raise fault from None
        raise
    except Exception as exc:
        if reading_failed(exc):
            raise read_error(url, exc) from None
        raise


def open_engine(url: str, mode: Mode = "read") -> Engine:
    """An engine for ``url`` with SQLite foreign keys switched on.

    ``mode`` says what its transactions do on SQLite: ``read`` (one snapshot per transaction),
    ``write`` (the write lock taken at the start), ``build`` (a new file nobody else sees yet:
    no journal, no waiting for the disk after each statement).
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    try:
        _check_supported(url, make_url(url))
        engine = create_engine(url, connect_args={"timeout": WRITE_TIMEOUT} if mode == "write" and url.startswith("sqlite") else {})
    except (SQLAlchemyError, ValueError, ImportError, TypeError) as exc:
        raise database_error(url, exc, "cannot open the database") from None
    if engine.dialect.name == "sqlite":
        from pilotplans.store.statements import sqlite_pragmas

        begin = "BEGIN IMMEDIATE" if mode == "write" else "BEGIN"

        @event.listens_for(engine, "connect")
        def _on_connect(connection, _record) -> None:  # type: ignore[no-untyped-def]
            connection.isolation_level = None  # transactions begin where pilotplans says (below)
            cursor = connection.cursor()
            for pragma in sqlite_pragmas(build=mode == "build"):
                cursor.execute(pragma)
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
            connection.exec_driver_sql(begin)
    return engine


def take_lock(connection: Connection, *, shared: bool) -> None:
    """Take the dataset's advisory lock for the rest of the transaction (PostgreSQL only)."""
    if connection.dialect.name == "postgresql":
        function = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
        connection.exec_driver_sql(f"SELECT {function}({ADVISORY_LOCK})")


@contextmanager
def reading(url: str) -> Iterator[Connection]:
    """A connection whose queries all see the database as it was at one moment."""
    engine = open_engine(url)
    try:
        _connect(engine, url)
        with engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                take_lock(connection, shared=True)
                yield connection
    finally:
        engine.dispose()


@contextmanager
def writing(url: str) -> Iterator[Connection]:
    """A transaction on ``url`` that holds the writers' lock, with the tables made if missing;
    committed when the block ends, rolled back on any error or Ctrl-C."""
    from sqlalchemy.exc import SQLAlchemyError

    from pilotplans.store.models import metadata

    engine = open_engine(url, "write")
    try:
        _connect(engine, url)
        with interrupts.protected():
            with engine.connect() as connection:
                transaction = connection.begin()
                try:
                    take_lock(connection, shared=False)
                    metadata.create_all(connection)
                    yield connection
                    interrupts.checkpoint()
                except BaseException:
                    transaction.rollback()
                    raise
                with interrupts.protected(final=True):
                    transaction.commit()
    except SQLAlchemyError as exc:
        raise database_error(url, exc, "cannot write the database") from None
    finally:
        engine.dispose()


def outdated_tables(connection: Connection) -> list[str]:
    """The tables (``table.column``) of the database that lack a column this version writes: a
    database written by an older pilotplans."""
    from sqlalchemy import inspect

    from pilotplans.store.models import metadata

    inspector = inspect(connection)
    missing: list[str] = []
    if inspector.has_table("measures") and not inspector.has_table("measure_search"):
        missing.append("measure_search")  # stored measures would be missing from the search index
    for table in metadata.sorted_tables:
        if not inspector.has_table(table.name):
            continue
        present = {column["name"] for column in inspector.get_columns(table.name)}
        missing.extend(f"{table.name}.{column.name}" for column in table.columns if column.name not in present)
    return missing


def _refuse_foreign(url: str) -> None:
    """The error of a database holding another program's table named as one of pilotplans' (``documents``), before
    anything is written to it: the tables made beside its own would stay, and the older pilotplans' words would advise
    a rebuild there, replacing its file. A database it cannot look at goes on to be opened for writing, which words
    why."""
    from pilotplans.store.models import metadata

    if url.startswith("sqlite") and (sqlite_path(url) is None or not sqlite_path(url).exists()):
        return
    schema = stored_schema(url)
    if schema is not None and schema.tables & set(metadata.tables) and schema.foreign():
        raise schema_fault(url, schema)


def store_documents(url: str, documents: Iterable[Document]) -> list[Document]:
    """Add or replace ``documents`` in the database at ``url``, in one transaction. A local plan
    without a parent is first linked to a stored national plan — by the 文号 it cites, else by
    its best match (:mod:`pilotplans.ingest.parents`) — and takes its round. Returns what was stored."""
    from pilotplans.ingest.parents import link_parents
    from pilotplans.store.bulk import delete_documents, write_documents
    from pilotplans.store.read import read_documents, sqlalchemy_query
    from pilotplans.store.references import forget_references_key, refresh_reference_tables

    documents = list(documents)
    path = plain_sqlite_file(url)
    if path is not None and path.is_file():
        stored = _stored_in_place(url, path, documents)
        if stored is not None:
            return stored
    _refuse_foreign(url)
    with writing(url) as connection:
        missing = outdated_tables(connection)
        if missing:
            raise outdated_error(url, missing)
        nationals = read_documents(sqlalchemy_query(connection), _national_ids(connection))
        documents = link_parents(documents, nationals)
        delete_documents(connection, [d.id for d in documents])
        write_documents(connection, documents)
        refresh_reference_tables(connection)
        forget_references_key(connection)
    return documents


def _stored_in_place(url: str, path: Path, documents: list[Document]) -> list[Document] | None:
    """:func:`store_documents` on the SQLite file at ``path`` through ``sqlite3``, when it holds every table and column
    of this version's (:mod:`pilotplans.store.in_place`): the same statements in one transaction holding the file's
    write lock, committed when all is in, rolled back on any error or Ctrl-C. None, nothing written, for any other file
    (SQLAlchemy makes what it lacks, or refuses it)."""
    from pilotplans.ingest.parents import link_parents
    from pilotplans.store.bulk import delete_documents, write_documents
    from pilotplans.store.in_place import current
    from pilotplans.store.read import read_documents, sqlalchemy_query
    from pilotplans.store.references import forget_references_key, refresh_reference_tables
    from pilotplans.store.statements import PlainSqlite

    try:
        db = PlainSqlite.in_place(path, WRITE_TIMEOUT)
    except sqlite3.Error as exc:
        raise database_error(url, exc, "cannot open the database") from None
    try:
        with interrupts.protected():
            db.begin(immediate=True)
            if not current(db):
                return None
            nationals = read_documents(sqlalchemy_query(db), [i for (i,) in db.rows(
                "SELECT id FROM documents WHERE level = :level", {"level": "national"})])
            documents = link_parents(documents, nationals)
            delete_documents(db, [d.id for d in documents])
            write_documents(db, documents)
            refresh_reference_tables(db)
            forget_references_key(db)
            interrupts.checkpoint()
            with interrupts.protected(final=True):
                db.commit()
    except sqlite3.Error as exc:
        raise database_error(url, exc, "cannot write the database") from None
    finally:
        db.close(rollback=True)  # (nothing to roll back once committed)
    return documents


def _national_ids(connection: Connection) -> list[str]:
    from sqlalchemy import select

    from pilotplans.store.models import metadata

    documents = metadata.tables["documents"]
    return list(connection.scalars(select(documents.c.id).where(documents.c.level == "national")))


def rebuild(url: str, documents: Iterable[Document]) -> None:
    """Replace the whole dataset at ``url`` with ``documents`` (see :mod:`pilotplans.store.build`)."""
    from pilotplans.store.build import DatasetBuild

    with DatasetBuild(url, carry=False) as build:
        for document in documents:
            build.add(document)
        build.finish()


def load_documents(url: str, ids: Collection[str] | None = None) -> list[Document]:
    """The documents stored at ``url`` (all, or those with the given ids), ordered by id."""
    from pilotplans.store.read import query_for, read_documents

    with read_faults(url), query_for(url) as query:
        return read_documents(query, ids)


def reading_failed(exc: BaseException) -> bool:
    """Whether ``exc`` is the database's own (SQLite's, SQLAlchemy's, or a :class:`StoreError`), which
    :func:`read_error` words in one line, not a fault of the code reading it."""
    return isinstance(exc, (sqlite3.Error, StoreError)) or _from_sqlalchemy(exc)


def read_error(url: str, exc: BaseException) -> StoreError:
    """``exc``, raised reading the database at ``url``, as one line naming the database and the cause."""
    if isinstance(exc, StoreError):
        return exc
    if _names_what_is_missing(exc):
        schema = stored_schema(url)
        fault = schema_fault(url, schema) if schema is not None else None
        if fault is not None:
            return fault
    if _locked(exc):
        return StoreError(f"{shown_url(url)}: cannot read the database: another process is writing it and holds it "
                          "locked (a rebuild, or extract --db); run the command again when it is done")
    return database_error(url, exc, "cannot read the database")


def sqlite_path(url: str) -> Path | None:
    """The file a sqlite URL points at, or None for other databases and in-memory SQLite;
    :class:`StoreError` for a string that is not a database URL."""
    plain = plain_sqlite_file(url)
    if plain is not None:
        return plain
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise database_error(url, ArgumentError(str(exc)), "cannot open the database") from None
    _check_supported(url, parsed)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


#: The databases pilotplans stores in: its search index is SQLite's FTS5 or PostgreSQL's tsvector.
SUPPORTED_BACKENDS = ("sqlite", "postgresql")


def _check_supported(url: str, parsed: URL) -> None:
    """:class:`StoreError` for a URL of a database SQLAlchemy knows and pilotplans does not store in
    (mysql://…): that only SQLite and PostgreSQL are supported, not that a driver is missing. A kind
    SQLAlchemy does not know either is left to :func:`open_engine`, which names it unknown."""
    from sqlalchemy.exc import NoSuchModuleError

    backend = parsed.get_backend_name()
    if backend in SUPPORTED_BACKENDS:
        return
    try:
        parsed.get_dialect()
    except NoSuchModuleError:
        return
    except ImportError:  # a known dialect whose module needs its driver at once
        pass
    raise StoreError(f"{shown_url(url)}: pilotplans supports only SQLite and PostgreSQL databases, not {backend} "
                     "(e.g. sqlite:///FILE or postgresql+psycopg://USER@HOST/DB)")

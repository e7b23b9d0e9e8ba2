"""The store's statements as plain SQL, run alike on a ``sqlite3`` connection and a SQLAlchemy one.

What a rebuild stores, reads back and updates is written as SQL text with named parameters (``:name``), which
Python's ``sqlite3`` takes as it is and SQLAlchemy's ``text()`` takes on every database: a rebuild into a new SQLite
file runs it through ``sqlite3`` (:class:`PlainSqlite`: no SQLAlchemy imported, no statement compiled), any other
through the SQLAlchemy connection it opened (:class:`Through`: PostgreSQL, and a SQLite file written in place).
Values come back as the driver gives them: JSON as text from SQLite and parsed from PostgreSQL, dates as text or
dates (:func:`loaded`, :func:`as_date`).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from sqlalchemy import Connection

Params = Mapping[str, Any]


@runtime_checkable
class Statements(Protocol):
    """An open transaction on a database, run statement by statement."""

    dialect: str
    """``sqlite`` or ``postgresql``."""

    def rows(self, sql: str, params: Params | None = None) -> list[tuple[Any, ...]]:
        """The rows of a query, as tuples."""

    def mappings(self, sql: str, params: Params | None = None) -> list[dict[str, Any]]:
        """The rows of a query, each a dict of its columns."""

    def run(self, sql: str, params: Params | Sequence[Params] | None = None) -> None:
        """Run a statement, once or (a sequence of parameters) once for each."""

    def run_plain(self, sql: str, values: Sequence[tuple[Any, ...]]) -> None:
        """Run a statement with the driver's own positional parameters once for each of ``values`` (SQLite: ``?``)."""

    def cursor_rows(self, sql: str) -> Iterator[tuple[Any, ...]]:
        """The rows of a query taking no parameters, as the driver gives them, one at a time."""


def in_list(name: str, values: Sequence[Any]) -> tuple[str, dict[str, Any]]:
    """A parenthesised list of named parameters for ``values`` (``(:name0, :name1)``), and the parameters."""
    params = {f"{name}{k}": value for k, value in enumerate(values)}
    return f"({', '.join(':' + key for key in params)})", params


def loaded(value: Any) -> Any:
    """A JSON column's value as Python: SQLite gives its text, PostgreSQL the value parsed."""
    return json.loads(value) if isinstance(value, (str, bytes)) else value


def as_date(value: Any) -> Any:
    """A date column's value as a date: SQLite gives its ISO text, PostgreSQL the date."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def sqlite_pragmas(*, build: bool) -> tuple[str, ...]:
    """The settings of every connection pilotplans opens to a SQLite file (foreign keys kept), and of one building a
    new file nobody else sees yet (``build``: no journal, no waiting for the disk after each statement): the same
    through ``sqlite3`` (:meth:`PlainSqlite.new_file`) and SQLAlchemy (:func:`pilotplans.store.db.open_engine`)."""
    return ("PRAGMA foreign_keys=ON", *(("PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF") if build else ()))


class PlainSqlite:
    """:class:`Statements` on a ``sqlite3`` connection of its own, whose transactions it begins by hand."""

    dialect = "sqlite"

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    @classmethod
    def new_file(cls, path: Path) -> PlainSqlite:
        """A connection to a new database file nobody else sees yet, a transaction begun on it: foreign keys on, no
        journal and no waiting for the disk after each statement (what :func:`pilotplans.store.db.open_engine` gives a
        build)."""
        connection = sqlite3.connect(str(path), isolation_level=None)
        for pragma in sqlite_pragmas(build=True):
            connection.execute(pragma)
        connection.execute("BEGIN")
        return cls(connection)

    @classmethod
    def in_place(cls, path: Path, timeout: float) -> PlainSqlite:
        """A connection to the database file at ``path`` others may read and write too, waiting up to ``timeout``
        seconds for another writer's lock: foreign keys on, the file's journal kept (what
        :func:`pilotplans.store.db.open_engine` gives a writer); :meth:`begin` its transaction."""
        connection = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
        try:
            for pragma in sqlite_pragmas(build=False):
                connection.execute(pragma)
        except BaseException:
            connection.close()
            raise
        return cls(connection)

    def begin(self, *, immediate: bool = False) -> None:
        """Begin a transaction; ``immediate``: holding the file's write lock from the start (``BEGIN IMMEDIATE``)."""
        self.connection.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")

    def rows(self, sql: str, params: Params | None = None) -> list[tuple[Any, ...]]:
        return self.connection.execute(sql, dict(params or {})).fetchall()

    def mappings(self, sql: str, params: Params | None = None) -> list[dict[str, Any]]:
        cursor = self.connection.execute(sql, dict(params or {}))
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row)) for row in cursor]

    def run(self, sql: str, params: Params | Sequence[Params] | None = None) -> None:
        if isinstance(params, Sequence):
            self.connection.executemany(sql, params)
        else:
            self.connection.execute(sql, dict(params or {}))

    def run_plain(self, sql: str, values: Sequence[tuple[Any, ...]]) -> None:
        self.connection.executemany(sql, values)

    def cursor_rows(self, sql: str) -> Iterator[tuple[Any, ...]]:
        cursor = self.connection.execute(sql)
        try:
            yield from cursor
        finally:
            cursor.close()

    def commit(self) -> None:
        self.connection.execute("COMMIT")

    def close(self, *, rollback: bool = False) -> None:
        try:
            if rollback and self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
        finally:
            self.connection.close()


class Through:
    """:class:`Statements` on a SQLAlchemy connection (its transaction the caller's)."""

    def __init__(self, connection: Connection) -> None:
        self.sqlalchemy = connection
        self.dialect = connection.dialect.name

    def rows(self, sql: str, params: Params | None = None) -> list[tuple[Any, ...]]:
        from sqlalchemy import text

        return [tuple(row) for row in self.sqlalchemy.execute(text(sql), dict(params or {}))]

    def mappings(self, sql: str, params: Params | None = None) -> list[dict[str, Any]]:
        from sqlalchemy import text

        return [dict(row) for row in self.sqlalchemy.execute(text(sql), dict(params or {})).mappings()]

    def run(self, sql: str, params: Params | Sequence[Params] | None = None) -> None:
        from sqlalchemy import text

        if isinstance(params, Sequence):
            if params:
                self.sqlalchemy.execute(text(sql), [dict(p) for p in params])
        else:
            self.sqlalchemy.execute(text(sql), dict(params or {}))

    def run_plain(self, sql: str, values: Sequence[tuple[Any, ...]]) -> None:
        self.sqlalchemy.exec_driver_sql(sql, list(values))

    def cursor_rows(self, sql: str) -> Iterator[tuple[Any, ...]]:
        cursor = self.sqlalchemy.connection.cursor()
        try:
            cursor.execute(sql)
            yield from cursor
        finally:
            cursor.close()


def database_failed(exc: BaseException) -> bool:
    """Whether ``exc`` is the database's own: ``sqlite3``'s or SQLAlchemy's (told by its module: not imported to be
    told)."""
    return isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("sqlalchemy")


class Guarded:
    """:class:`Statements` of ``db`` whose database errors (:func:`database_failed`) are raised as ``error(exc)``:
    what reads the database later, outside the call that handed it out (the exports' chunks, the workbook's kept
    sheets and coverage rows, read as the files are written), fails with the build's one-line error too."""

    def __init__(self, db: Statements, error: Callable[[BaseException], Exception]) -> None:
        self.db = db
        self.error = error
        self.dialect = db.dialect

    def _guarded(self, action: Callable[..., Any], *args: Any) -> Any:
        try:
            return action(*args)
        except Exception as exc:
            if database_failed(exc):
                raise self.error(exc) from None
            raise

    def rows(self, sql: str, params: Params | None = None) -> list[tuple[Any, ...]]:
        return self._guarded(self.db.rows, sql, params)  # type: ignore[no-any-return]

    def mappings(self, sql: str, params: Params | None = None) -> list[dict[str, Any]]:
        return self._guarded(self.db.mappings, sql, params)  # type: ignore[no-any-return]

    def run(self, sql: str, params: Params | Sequence[Params] | None = None) -> None:
        self._guarded(self.db.run, sql, params)

    def run_plain(self, sql: str, values: Sequence[tuple[Any, ...]]) -> None:
        self._guarded(self.db.run_plain, sql, values)

    def cursor_rows(self, sql: str) -> Iterator[tuple[Any, ...]]:
        rows = self._guarded(self.db.cursor_rows, sql)
        try:
            while True:
                row = self._guarded(next, rows, None)
                if row is None:
                    return
                yield row
        finally:
            rows.close()  # the cursor closed when the caller stops early too


def statements(connection: Statements | Connection) -> Statements:
    """``connection`` as :class:`Statements` (a SQLAlchemy connection wrapped in :class:`Through`)."""
    return connection if isinstance(connection, (PlainSqlite, Through, Guarded)) else Through(connection)  # type: ignore[arg-type]

"""The store's tables as a SQLite database holds them, without SQLAlchemy.

A rebuild into a new SQLite file (:class:`pilotplans.store.build.DatasetBuild`) writes it through Python's own
``sqlite3``: its tables are made by the very statements SQLAlchemy runs to make them from
:mod:`pilotplans.store.models` (``CREATE TABLE`` … as ``sqlite3 .schema`` prints them, the indexes, the search
index's FTS5 table and triggers, the view), and its rows are put in the form SQLAlchemy's types give them (JSON as
text, dates as ISO text). Those statements and the tables' shapes are worked out by SQLAlchemy once and kept in the
cache folder (:func:`pilotplans.cachedir.made_once`), keyed by the source of the modules defining the tables and by
SQLAlchemy's own, so that a rebuild neither imports SQLAlchemy nor builds the tables' models (a sixth of a second
of its CPU); any change to either makes them again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

#: The views pilotplans makes (SQLite): any other view in its database is a user's.
VIEWS = frozenset({"measure_browse"})


@dataclass(frozen=True)
class SqliteSchema:
    """What a SQLite database of pilotplans' is made of."""

    statements: tuple[str, ...]
    """The statements making every table, index, trigger and view, in the order SQLAlchemy runs them."""
    tables: tuple[str, ...]
    """The tables of :mod:`pilotplans.store.models`, parents first (``metadata.sorted_tables``)."""
    json: dict[str, frozenset[str]]
    """The JSON columns of each table (stored as JSON text)."""
    dates: dict[str, frozenset[str]]
    """The date columns of each table (stored as ISO text)."""
    to_documents: dict[str, tuple[str, ...]]
    """The columns of each table that refer to a document (a foreign key to ``documents.id``)."""
    columns: dict[str, tuple[str, ...]]
    """The columns of each table, in order."""

    @property
    def views(self) -> tuple[str, ...]:
        """The statements making the views (``CREATE VIEW IF NOT EXISTS``: made again by every ``create_all``, the
        tables there or not)."""
        return tuple(statement for statement in self.statements if statement.lstrip().upper().startswith("CREATE VIEW"))


def _sources() -> tuple[Path, ...]:
    """The files the schema is made from: the tables' modules and SQLAlchemy's (its version in it)."""
    from importlib.util import find_spec

    here = Path(__file__).parent
    spec = find_spec("sqlalchemy")  # found, not imported
    origin = Path(spec.origin) if spec is not None and spec.origin else Path("sqlalchemy")
    return here / "models.py", here / "search.py", Path(__file__), origin


@cache
def sqlite_schema() -> SqliteSchema:
    """The schema of a SQLite database of pilotplans' (see the module docstring), kept in the cache folder."""
    from pilotplans.cachedir import code_as_imported, made_once

    code = code_as_imported(*_sources())
    return made_once("sqlite-schema", (code.digest,), made_schema, SqliteSchema, code)


def made_schema() -> SqliteSchema:
    """The schema as SQLAlchemy makes it now: the statements it runs to make the tables in an empty SQLite database
    (its look-ups of what is there aside), and the tables' shapes."""
    from sqlalchemy import JSON, Date, create_engine, event

    from pilotplans.store.models import metadata

    engine = create_engine("sqlite://")
    statements: list[str] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _noted(_connection, _cursor, statement, _parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if not statement.lstrip().upper().startswith("PRAGMA"):
            statements.append(statement)

    with engine.begin() as connection:
        metadata.create_all(connection)
    engine.dispose()
    tables = metadata.sorted_tables
    # Plain text throughout (SQLAlchemy's names are its own ``str``, which would import it to be read back)
    return SqliteSchema(
        _indexes_sorted(str(statement) for statement in statements), tuple(str(table.name) for table in tables),
        {str(t.name): frozenset(str(c.name) for c in t.columns if isinstance(c.type, JSON)) for t in tables},
        {str(t.name): frozenset(str(c.name) for c in t.columns if isinstance(c.type, Date)) for t in tables},
        {str(t.name): tuple(str(c.name) for c in t.columns if any(k.column.table.name == "documents" for k in c.foreign_keys))
         for t in tables},
        {str(t.name): tuple(str(c.name) for c in t.columns) for t in tables})


def _indexes_sorted(statements: Iterable[str]) -> tuple[str, ...]:
    """The statements in SQLAlchemy's order, each run of index statements sorted: SQLAlchemy makes a table's indexes in
    the order of its own sets, which the hash seed changes from process to process, so the schema kept by one process
    would differ from the one another makes (the same indexes, in another order). Indexes of one table depend on nothing
    but it, so sorting a run of them changes no database."""
    ordered: list[str] = []
    run: list[str] = []
    for statement in statements:
        if statement.lstrip().upper().startswith(("CREATE INDEX", "CREATE UNIQUE INDEX")):
            run.append(statement)
            continue
        ordered += sorted(run)
        run = []
        ordered.append(statement)
    return (*ordered, *sorted(run))

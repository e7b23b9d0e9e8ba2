"""A SQLite file of pilotplans' written in place through Python's own ``sqlite3``, not SQLAlchemy.

A rebuild carrying documents over and ``extract --db`` write the stored file in place, in one transaction holding
its write lock. Through SQLAlchemy that meant importing it and building the tables' models (a sixth to a quarter of
a CPU-second) to take the lock and run ``metadata.create_all``, while every statement they run is plain SQL
(:mod:`pilotplans.store.statements`). A file holding every table and column of this version's needs nothing of
``create_all`` but the view it makes again if gone (``CREATE VIEW IF NOT EXISTS``): such a file is written through
``sqlite3`` (:func:`current`). Any other — a table or a column missing (a database of an older version's, or another
program's) — is left to SQLAlchemy, which makes the tables, or refuses the file, as before.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from pilotplans.store.statements import PlainSqlite

if TYPE_CHECKING:
    from pilotplans.store.db import StoredSchema


def current(db: PlainSqlite) -> bool:
    """Whether the database of ``db`` (a transaction begun) holds every table and column of this version's, its search
    index among them (what :func:`file_schema` finds it lacks: nothing): then the views ``create_all`` makes whether or
    not any table is made are made (if gone), and True. False, nothing changed, otherwise."""
    from pilotplans.store.sqlite_schema import sqlite_schema

    schema = sqlite_schema()
    held = file_schema(db.connection)
    if held.missing or not set(schema.tables) <= held.tables:
        return False
    for statement in schema.views:
        db.run(statement)
    return True


def file_schema(connection: sqlite3.Connection) -> StoredSchema:
    """What the SQLite database of ``connection`` holds (:class:`pilotplans.store.db.StoredSchema`), as
    :func:`pilotplans.store.db.schema_of` reads it through SQLAlchemy's inspector: its tables (SQLite's own left out),
    and, when it shares one with this version, the tables and columns it lacks in the schema's order (the search
    index's FTS5 table among them) and how many of the shared tables' columns it holds."""
    from pilotplans.store.db import StoredSchema
    from pilotplans.store.sqlite_schema import sqlite_schema

    schema = sqlite_schema()
    present = frozenset(name for (name,) in connection.execute(  # as SQLAlchemy's inspector lists them
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite~_%' ESCAPE '~'"))
    held = {table: {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
            for table in schema.tables if table in present}
    missing: list[str] = []
    if held:
        missing = [table for table in schema.tables if table not in present]
        if "measure_search" in present and "measure_fts" not in present:
            missing.append("measure_fts")
        missing += [f"{table}.{column}" for table in schema.tables if table in held
                    for column in schema.columns[table] if column not in held[table]]
    shared = sum(len(held[table] & set(schema.columns[table])) for table in held)
    return StoredSchema(present, tuple(missing), (shared, sum(len(schema.columns[table]) for table in held)))

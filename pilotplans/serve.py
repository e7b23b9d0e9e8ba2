"""`pilotplans serve`: the curated database in a web page (Datasette, the optional ``serve`` extra).

Datasette is given the metadata of ``pilotplans/data/serve.toml`` (titles, table and column
descriptions in Chinese and English, facets, canned queries) and the measures' full-text index
(``measure_fts``) behind the measures table's search box. Datasette's search box quotes what is
typed as one token, and the index holds words cut by the project's segmenter, so 跨境数据 would
find only measures holding that exact word: the ``escape_fts`` SQL function Datasette calls on a
search is replaced here by one that turns the query into the same FTS5 expression
``pilotplans search`` uses (:meth:`pilotplans.search.SearchQuery.fts5`). The database is served
immutable (read only; Datasette may count its rows once).
"""

from __future__ import annotations

import functools
import sqlite3
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from pilotplans.errors import PilotplansError
from pilotplans.extras import install_hint
from pilotplans.store.advice import is_default_database, rebuild_advice
from pilotplans.store.db import open_read_only, read_faults, schema_fault, sqlite_url, stored_schema

#: What ``serve`` says when the serve extra (Datasette and the server it runs on) is not installed.
NEEDS_SERVE_EXTRA = f"pilotplans serve needs Datasette: {install_hint('serve')}"


@functools.cache
def _settings() -> dict[str, Any]:
    return tomllib.loads(resources.files("pilotplans.data").joinpath("serve.toml").read_text("utf-8"))


def metadata(db_path: Path) -> dict[str, Any]:
    """Datasette's metadata for the database at ``db_path``, checked against it: every table and
    column ``serve.toml`` names must exist (a clear error names what does not)."""
    settings = _settings()
    with read_faults(sqlite_url(db_path)):  # a file that is no SQLite database: one line naming it, not sqlite3's traceback
        conn = open_read_only(db_path.resolve())
        try:
            columns = {t: {row[1] for row in conn.execute(f'PRAGMA table_info("{t}")')}
                       for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        finally:
            conn.close()
    tables: dict[str, Any] = {}
    rebuild = rebuild_advice(sqlite_url(db_path), full=True)  # the database may be this version's: nothing to read
    for name, table in settings["tables"].items():
        if name not in columns:
            raise _unservable(db_path, f"{db_path}: no table {name!r} (pilotplans/data/serve.toml); run {rebuild} to make the database again"
                              if name in made_tables() else _not_made(db_path, f"a table {name!r}"))
        facets = {f if isinstance(f, str) else next(iter(f.values())) for f in table.get("facets", [])}  # "col" or {array = "col"}
        named = facets | set(table.get("columns", {})) | ({table["label_column"]} if "label_column" in table else set())
        unknown = sorted(named - columns[name] - {"id"})
        if unknown:
            raise _unservable(db_path, f"{db_path}: table {name!r} has no column {', '.join(unknown)} (named in pilotplans/data/serve.toml); "
                                       f"run {rebuild} to make the database again"
                              if set(unknown) <= made_tables().get(name, frozenset()) else
                              _not_made(db_path, f"{'a column' if len(unknown) == 1 else 'columns'} {', '.join(unknown)} of {name!r}"))
        if "fts_table" in table and table["fts_table"] not in columns:
            raise _unservable(db_path, f"{db_path}: no search index ({table['fts_table']}); run {rebuild} to make it"
                              if table["fts_table"] in made_tables() else _not_made(db_path, f"a search index {table['fts_table']!r}"))
        tables[name] = table
    return {"title": settings["title"], "description": settings["description"],
            "databases": {db_path.stem: {"tables": tables, "queries": settings["queries"]}}}


@functools.cache
def made_tables() -> dict[str, frozenset[str]]:
    """The tables and views a rebuild of a SQLite database makes, with their columns: the statements a rebuild makes
    its new file with (:func:`pilotplans.store.sqlite_schema.sqlite_schema`, kept: no SQLAlchemy imported) run in a
    database in memory (its views and its search index, ``measure_fts``, too)."""
    from pilotplans.store.sqlite_schema import sqlite_schema

    connection = sqlite3.connect(":memory:")
    try:
        for statement in sqlite_schema().statements:
            connection.execute(statement)
        names = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
        return {name: frozenset(column[1] for column in connection.execute(f'PRAGMA table_info("{name}")'))
                for name in names}
    finally:
        connection.close()


def _not_made(db_path: Path, what: str) -> str:
    """What ``serve`` says of ``what`` serve.toml names and no rebuild makes: serve.toml's fault, which a rebuild would
    not mend (it makes the same tables again)."""
    return (f"{db_path}: pilotplans/data/serve.toml names {what}, which no rebuild makes: the serve.toml installed is at "
            "fault (mend it, or install pilotplans again)")


def _unservable(db_path: Path, said: str) -> PilotplansError:
    """The error of a database lacking what serve.toml names: in the words every other command uses for an empty,
    another program's or an older pilotplans' database (:func:`pilotplans.store.db.schema_fault`, which names the
    database to rebuild — a bare ``pilotplans rebuild`` makes data/curated's — and advises no rebuild of another
    program's); ``said`` when the database holds every table and column this version writes (serve.toml's fault)."""
    url = sqlite_url(db_path.resolve())
    schema = stored_schema(url)
    return (schema_fault(url, schema) if schema is not None else None) or PilotplansError(said)


def fts_expression(query: str) -> str:
    """What Datasette's search box matches for ``query``: the FTS5 expression of ``pilotplans search``
    (a query with no word matches nothing)."""
    from pilotplans.errors import BadSetting, UnknownValue
    from pilotplans.search import parse_query

    try:
        return parse_query(query).fts5()
    except BadSetting:  # no query's fault: every search would match nothing, unsaid
        raise
    except UnknownValue:
        return '""'


def _plugin() -> type:
    """The Datasette plugin ``serve`` registers: Chinese word search in the search box."""
    from datasette import hookimpl

    class Plugin:
        @staticmethod
        @hookimpl(trylast=True)  # after Datasette's own escape_fts, so that this one is the one kept
        def prepare_connection(conn: sqlite3.Connection) -> None:
            conn.create_function("escape_fts", 1, fts_expression)

    return Plugin


def require_extra() -> None:
    """Raise the one line naming the serve extra when Datasette or the server it runs on is not installed —
    checked before the database, which is of no use without them."""
    try:
        import datasette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        raise PilotplansError(NEEDS_SERVE_EXTRA) from None


def datasette_app(db_path: Path) -> Any:
    """The Datasette instance serving ``db_path`` with pilotplans' metadata and search."""
    try:
        from datasette.app import Datasette
        from datasette.plugins import pm
    except ImportError:
        raise PilotplansError(NEEDS_SERVE_EXTRA) from None
    if not db_path.is_file():
        url = sqlite_url(db_path)
        other = " (or give --db)" if is_default_database(url) else ""
        raise PilotplansError(f"{db_path}: no database; run {rebuild_advice(url)} first{other}")
    from pilotplans.cut_engines import configured_engine

    configured_engine()  # a bad $PILOTPLANS_SEGMENTER refused before serving, not at the first search
    if pm.get_plugin("pilotplans") is None:
        pm.register(_plugin(), name="pilotplans")
    return Datasette(immutables=[str(db_path)], metadata=metadata(db_path),
                     settings={"default_page_size": 50, "facet_time_limit_ms": 1000, "sql_time_limit_ms": 5000})


def serve(db_path: Path, *, host: str = "127.0.0.1", port: int = 8001, open_browser: bool = False) -> None:
    """Serve ``db_path`` until interrupted, printing its address (``port`` 0: any free port)."""
    import asyncio
    import socket

    require_extra()
    import uvicorn  # the server Datasette runs on, installed with it by the serve extra

    app = datasette_app(db_path)
    asyncio.run(app.invoke_startup())
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)  # connections wait from now on, before the address is printed
    except OSError as exc:
        raise PilotplansError(f"cannot listen on {host}:{port}: {exc.strerror or exc} (try --port 0 for any free port)") from None
    url = f"http://{host if ':' not in host else f'[{host}]'}:{sock.getsockname()[1]}/{db_path.stem}"
    print(f"serving {db_path} at {url} (Ctrl-C to stop)", flush=True)
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    uvicorn.run(app.app(), fd=sock.fileno(), log_level="warning")

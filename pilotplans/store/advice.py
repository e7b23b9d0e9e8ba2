"""The commands pilotplans advises in its errors and notes (``pilotplans rebuild``, ``pilotplans extract FILE``),
worded for the database in use.

A bare ``pilotplans rebuild`` writes data/curated's database and no other, so advice about any other database names
it with ``--db``: the URL as the user gave it, quoted where a shell would split or expand it. A URL holding a
password is shown with the password masked (``***``, as every message shows it), and a command holding the mask
cannot be pasted as it stands: the advice then says so.
"""

from __future__ import annotations

import shlex

#: What a masked password reads in a URL shown (SQLAlchemy's ``render_as_string(hide_password=True)``).
MASK = "***"


def is_default_database(url: str) -> bool:
    """Whether ``url`` is the database a bare ``pilotplans rebuild`` writes (data/curated/pilotplans.db, in the
    working folder), however it is spelled (``sqlite:///./data/curated/pilotplans.db`` too)."""
    from pilotplans.api import DB_NAME, DEFAULT_OUT
    from pilotplans.store.db import sqlite_path

    path = sqlite_path(url)
    return path is not None and path.resolve() == (DEFAULT_OUT / DB_NAME).resolve()


def _has_password(url: str) -> bool:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).password is not None
    except (ArgumentError, ValueError):
        return False


def advised(words: str, url: str | None, *, always_named: bool = False) -> str:
    """The command ``pilotplans WORDS`` run on the database at ``url`` (None: the default one), in backquotes, as an
    error or a note advises it: bare for the default database (unless ``always_named``: a command that touches no
    database without ``--db``), else with ``--db`` and the URL as given — its password masked, and then followed by
    what to put in its place, since the command cannot be pasted as it is."""
    from pilotplans.api import DB_NAME, DEFAULT_OUT
    from pilotplans.store.db import plain_sqlite_file, shown_url, sqlite_url

    if url is None or is_default_database(url):
        if not always_named:
            return f"`pilotplans {words}`"
        url = sqlite_url(DEFAULT_OUT / DB_NAME)
    masked = plain_sqlite_file(url) is None and _has_password(url)
    command = f"`pilotplans {words} --db {shlex.quote(shown_url(url) if masked else url)}`"
    return f"{command} (with the password in place of {MASK})" if masked else command


def rebuild_advice(url: str | None, *, full: bool = False) -> str:
    """``pilotplans rebuild`` for the database at ``url`` (:func:`advised`); with ``full``, ``--full`` (what a
    database the last rebuild wrote with this version needs to be made anew: a rebuild with nothing changed leaves it
    as it is). A rebuild reads data/raw of the working folder unless ``--raw`` names another: where there is none (a
    command run outside the pilotplans folder), the advice names the folder with ``--raw DIR`` and says what DIR is,
    since a bare rebuild there only fails."""
    from pilotplans.api import DEFAULT_RAW

    words = "rebuild --full" if full else "rebuild"
    if DEFAULT_RAW.is_dir():
        return advised(words, url)
    return (f"{advised(words + ' --raw DIR', url)} (DIR: the folder of the source documents, data/raw in the "
            "pilotplans folder; there is none here)")


def extract_advice(url: str | None) -> str:
    """``pilotplans extract FILE`` storing into the database at ``url`` (:func:`advised`): named with ``--db`` even
    when it is the default one, since without it extract stores nothing."""
    return advised("extract FILE", url, always_named=True)

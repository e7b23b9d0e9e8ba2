"""Regular expressions compiled once and kept, compiled, between runs.

The ``regex`` module parses and compiles a pattern in Python: the patterns pilotplans compiles
when it starts (dates and document numbers, the vocabularies of the data files, the labels of an
information table, number forms) took an ``extract`` of a DOCX about 23 ms of its CPU, more
than reading the document's XML. A compiled pattern pickles as its compiled code (``regex``'s
own pickling calls its C compiler with that code), which loads in a fiftieth of the time. So
:func:`compiled` keeps every pattern it compiles in one pickle in the cache folder
(:func:`pilotplans.cachedir.default_cache_dir`; an empty ``PILOTPLANS_CACHE_DIR`` turns it off),
named for the versions of ``regex`` and Python, and read once per process when the first pattern
is asked for. The pattern's text and flags are its key, so a pattern changed in the code or a
data file is simply compiled anew; the file is written again when the program ends if anything
was added to it (whole, by renaming, so that two programs ending at once leave one of them).
A file that cannot be read is ignored, as if empty.
"""

from __future__ import annotations

import atexit
import sys
from pathlib import Path

import regex

#: Patterns a file keeps at most: a program compiling patterns built from changing data (a test
#: suite's made-up vocabularies) starts the file again rather than grow it without end.
MOST = 2_000

Key = tuple[str, int]


class _Kept:
    patterns: dict[Key, regex.Pattern[str]] | None = None
    added = False
    path: Path | None = None


def compiled(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, from the patterns kept between runs when it is there."""
    kept = _Kept.patterns if _Kept.patterns is not None else _load()
    key = (pattern, int(flags))
    found = kept.get(key)
    if found is None:
        found = kept[key] = regex.compile(pattern, flags)
        if not _Kept.added and _Kept.path is not None:
            _Kept.added = True
            atexit.register(_save)
    return found


def _file() -> Path | None:
    from pilotplans.cachedir import default_cache_dir

    folder = default_cache_dir()
    if folder is None:
        return None
    python = "".join(map(str, sys.version_info[:2]))
    return folder / f"patterns-regex{regex.__version__}-py{python}.pickle"


def _load() -> dict[Key, regex.Pattern[str]]:
    from pilotplans.cachedir import read_kept

    _Kept.path = _file()
    loaded = read_kept(_Kept.path) if _Kept.path is not None else None
    _Kept.patterns = loaded if isinstance(loaded, dict) else {}
    return _Kept.patterns


def _save() -> None:
    """Write the patterns kept (:func:`pilotplans.cachedir.keep`)."""
    from pilotplans.cachedir import keep

    path, patterns = _Kept.path, _Kept.patterns
    if path is None or patterns is None:
        return
    if len(patterns) > MOST:
        patterns = dict(list(patterns.items())[-MOST:])
    keep(path, patterns)

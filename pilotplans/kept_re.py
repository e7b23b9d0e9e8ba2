"""The standard library's regular expressions (``re``) that the libraries compile as they are imported,
compiled once and kept between runs.

pilotplans' own patterns are ``regex``'s, kept by :mod:`pilotplans.patterns`. But the modules an
``extract`` imports compile some fifty patterns of ``re`` as they load (``platform``, ``json``,
``logging``, ``textwrap``, ``string``, ``fractions``, python-docx's, pydantic's), and ``re`` parses and
compiles each in Python: about 33 million instructions of every start. What a pattern compiles to —
the code ``re`` hands its C engine (``_sre.compile``), with the pattern's flags, groups and group names
— depends on the pattern's text, its flags and Python's version alone. So the command line
(:func:`install`, from ``pilotplans/__main__.py``) gives ``re``'s compiler a ``compile`` that takes
that code kept for a pattern compiled before: one marshal file in the cache folder
(:func:`pilotplans.cachedir.default_cache_dir`; an empty ``PILOTPLANS_CACHE_DIR`` turns it off),
named for Python's exact version and the engine's (``_sre.MAGIC``), whose key is the pattern (text or
bytes) and its flags. The engine compiles the kept code as it compiles ``re``'s own (and checks it
there: code it does not accept raises); the pattern object is the one ``re`` makes. A pattern is
compiled by ``re``'s own steps, at the same depth of calls (so that a warning ``re``'s parser gives
names the same line of the caller), when it is not kept; one whose parsing gives a warning, or that is
compiled with ``re.DEBUG`` (which prints its code), or given as anything but a plain ``str`` or
``bytes``, is never kept, so that it warns and prints as before in every run. The file is checked by a
CRC-32 written before it: a file damaged on disk is refused whole (its code never reaches the engine),
its patterns compiled again and the file written again. Importing :mod:`pilotplans` as a library
changes nothing.
"""

from __future__ import annotations

import _sre
import marshal
import re
import sys
import zlib
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

from pilotplans.cachedir import KeptTable

#: Patterns a file keeps at most: a program compiling patterns made from changing text (a search of
#: the user's words) starts the file again rather than grow it without end.
MOST = 2_000

#: A pattern's text or bytes and its flags.
Key = tuple[str | bytes, int]
#: What ``_sre.compile`` is given besides the pattern: its flags, its code, its groups less one, the
#: group names' numbers and the groups' names.
Kept = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

#: ``re``'s own compiler function, which :func:`install` takes the place of.
ORIGINAL = _compiler.compile


def install() -> None:
    """Have ``re`` compile its patterns through the kept code (once per process)."""
    _compiler.compile = kept_compile


def kept_compile(p: Any, flags: int = 0) -> re.Pattern[Any]:
    """``re._compiler.compile(p, flags)``: from the code kept for the pattern when it is there,
    else by ``re``'s own steps (then kept, unless it warned or is to be printed)."""
    key: Key | None = (p, int(flags)) if type(p) in (str, bytes) and not flags & re.DEBUG else None
    if key is not None:
        kept = _KEPT.get(key)
        if kept is not None:
            return _sre.compile(p, *kept)  # type: ignore[no-any-return]
    # re._compiler.compile's own steps, called from the same depth
    if isinstance(p, (str, bytes)):
        pattern = p
        p = _parser.parse(p, flags)
    else:
        pattern = None
    code = _compiler._code(p, flags)
    if flags & re.DEBUG:
        print()
        _compiler.dis(code)
    groupindex = p.state.groupdict
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    made: Kept = (flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))
    compiled = _sre.compile(pattern, *made)
    if key is not None and not _warns(pattern, flags):
        # as plain ints: the code holds re's named opcodes (an int subclass marshal does not write)
        _KEPT.add(key, (int(made[0]), list(map(int, code)), made[2], dict(groupindex), made[4]))
    return compiled  # type: ignore[no-any-return]


def _warns(pattern: str | bytes, flags: int) -> bool:
    """Whether parsing ``pattern`` gives a warning (a pattern kept would no longer give it)."""
    import warnings

    with warnings.catch_warnings(record=True) as given:
        warnings.simplefilter("always")
        _parser.parse(pattern, flags)
    return bool(given)


def _file() -> Path | None:
    from pilotplans.cachedir import default_cache_dir

    folder = default_cache_dir()
    if folder is None:
        return None
    return folder / f"re-{sys.implementation.cache_tag}-{sys.hexversion:x}-sre{_sre.MAGIC}.marshal"


def _valid(table: object) -> bool:
    """Whether every entry of a table read back has the shapes ``_sre.compile`` is given."""
    return all(type(key) is tuple and len(key) == 2 and type(key[0]) in (str, bytes) and type(key[1]) is int
               and type(value) is tuple and len(value) == 5 and type(value[0]) is int and type(value[1]) is list
               and type(value[2]) is int and type(value[3]) is dict and type(value[4]) is tuple
               for key, value in table.items())  # type: ignore[attr-defined]


def _loads(data: bytes) -> Any:
    """The table a file holds; a file that does not match its CRC-32 (damaged) raises, and is made again."""
    view = memoryview(data)
    if len(view) < 4 or zlib.crc32(view[4:]) != int.from_bytes(view[:4], "big"):
        raise ValueError("the kept patterns of re do not match their CRC-32")
    return marshal.loads(view[4:])


def _dumps(table: dict[Key, Kept]) -> bytes:
    blob = marshal.dumps(table)
    return zlib.crc32(blob).to_bytes(4, "big") + blob


_KEPT: KeptTable[Key, Kept] = KeptTable(_file, _loads, _dumps, _valid, MOST)

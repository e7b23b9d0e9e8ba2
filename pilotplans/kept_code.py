"""Code that ``dataclasses`` and ``typing`` compile from source at every start, compiled once and
kept between runs.

For every class it decorates, ``dataclasses`` writes the source of its methods (``__init__``,
``__repr__``, ``__eq__``, ``__hash__`` and, frozen, ``__setattr__`` and ``__delattr__``) and
compiles it with ``exec``: the 120-odd record classes a command imports (ours, pydantic's and
typer's) cost it some six hundred compilations of a few lines each, a fifth of the CPU of
importing everything an ``extract`` of a DOCX needs. ``typing`` compiles every annotation written
as a string (a forward reference): pydantic-core's schema module declares a hundred typed
dictionaries whose 710 annotations are 215 distinct strings, compiled one by one.

The code a source compiles to depends on that source and on Python's version alone, as a ``.pyc``
does. So the command line (:func:`install`, from ``pilotplans/__main__.py``) gives the
``dataclasses`` module an ``exec`` and the ``typing`` module a ``compile`` that take the code kept
for a source compiled before: one marshal file in the cache folder
(:func:`pilotplans.cachedir.default_cache_dir`; an empty ``PILOTPLANS_CACHE_DIR`` turns it off),
named for Python's bytecode version, whose key is the mode and the whole source text. What runs is
what the module's own call would run (the same code, in the same namespaces; a source that does
not compile raises as it did), so the classes and annotations are the same. New code is added to
the file when the program ends (whole, by renaming); a file that cannot be read is ignored, as if
empty. Importing :mod:`pilotplans` as a library changes nothing. The file is checked by a CRC-32
written before it: a file damaged on disk is refused whole (its code never runs), its sources are
compiled again and the file written again.
"""

from __future__ import annotations

import builtins
import marshal
import sys
import zlib
from pathlib import Path
from types import CodeType
from typing import Any

from pilotplans.cachedir import KeptTable

#: Sources a file keeps at most: a program making classes from changing fields (a test suite's
#: made-up records) starts the file again rather than grow it without end.
MOST = 5_000


def install() -> None:
    """Have ``dataclasses`` and ``typing`` compile sources through the kept code (once per process)."""
    import dataclasses
    import typing

    if getattr(dataclasses, "exec", None) is kept_exec:
        return
    # found before the builtins by the modules' own calls
    dataclasses.exec = kept_exec  # type: ignore[attr-defined]
    typing.compile = kept_compile  # type: ignore[attr-defined]


def kept_exec(source: Any, globals: dict[str, Any] | None = None, locals: Any = None, /) -> None:  # noqa: A002
    """``exec(source, globals, locals)``, a source text compiled from the code kept for it when it is
    there. As ``exec`` does, no ``globals`` means the caller's (and its locals, without ``locals``)."""
    if isinstance(source, str):
        source = _code(source, "exec")
    if globals is None:
        caller = sys._getframe(1)
        globals = caller.f_globals  # noqa: A001
        if locals is None:
            locals = caller.f_locals  # noqa: A001
    builtins.exec(source, globals, locals)


def kept_compile(source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: bool = False,
                 optimize: int = -1) -> Any:
    """``compile(...)`` as ``typing`` calls it (a forward reference's text, ``"<string>"``, ``"eval"``)
    from the code kept for it; any other call is compiled as it was (with the caller's future
    features, as ``compile`` inherits them)."""
    if isinstance(source, str) and filename == "<string>" and not flags and optimize == -1:
        if dont_inherit or not sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS:
            return _code(source, mode)
    if not dont_inherit:
        flags |= sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS
    return builtins.compile(source, filename, mode, flags, True, optimize)


def _future_flags() -> int:
    """The flags ``compile`` takes over from its caller's code (CPython's ``PyCF_MASK``): its future
    features, not ``nested_scopes``' code flag, which every nested function carries."""
    import __future__

    flags = 0
    for name in __future__.all_feature_names:
        if name not in ("nested_scopes", "generators"):
            flags |= getattr(__future__, name).compiler_flag
    return flags


_FUTURE_FLAGS = _future_flags()


def _code(source: str, mode: str) -> CodeType:
    # as the module's own call compiles it: no future features (dataclasses and typing use none)
    return _KEPT.made(f"{mode}\n{source}", lambda: compile(source, "<string>", mode, dont_inherit=True))


def _file() -> Path | None:
    import importlib.util

    from pilotplans.cachedir import default_cache_dir

    folder = default_cache_dir()
    if folder is None:
        return None
    # "-checked": behind a CRC-32 (the file before held the code unchecked)
    return folder / f"code-{sys.implementation.cache_tag}-{importlib.util.MAGIC_NUMBER.hex()}-checked.marshal"


def _valid(table: object) -> bool:
    return all(isinstance(k, str) and isinstance(v, CodeType) for k, v in table.items())  # type: ignore[attr-defined]


def _loads(data: bytes) -> Any:
    """The table a file holds; a file that does not match its CRC-32 (damaged) raises, and is made again."""
    view = memoryview(data)
    if len(view) < 4 or zlib.crc32(view[4:]) != int.from_bytes(view[:4], "big"):
        raise ValueError("the kept code does not match its CRC-32")
    return marshal.loads(view[4:])


def _dumps(table: dict[str, CodeType]) -> bytes:
    blob = marshal.dumps(table)
    return zlib.crc32(blob).to_bytes(4, "big") + blob


_KEPT: KeptTable[str, CodeType] = KeptTable(_file, _loads, _dumps, _valid, MOST)

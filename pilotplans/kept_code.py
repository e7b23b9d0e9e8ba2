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
empty. Importing :mod:`pilotplans` as a library changes nothing.

The file holds what every command compiled (up to ``MOST`` sources): a cache folder the rebuild,
the diffs, the store's and the analysts' commands had used held 2,015 sources where an extract of a
DOCX asks for some 880, and unmarshalling one costs some 16 thousand instructions. So the file keeps
the code in batches, each what one program added, marshalled together (the names their code shares
are read once), behind an index of every source's batch: a program unmarshals a batch only when it
first asks for one of its sources (:class:`KeptCode`). The index and each batch are checked by a
CRC-32 written before them, the index as the file is read and a batch as it is first unmarshalled:
damaged code is never run; its sources are compiled again, as without a file, and the file is
written again without the damaged batch.
"""

from __future__ import annotations

import builtins
import marshal
import sys
import zlib
from pathlib import Path
from collections.abc import Callable
from types import CodeType
from typing import Any

# at the top, not as the file is first read: where no bytecode was written, importing it then would
# compile it, and a run whose code is all kept must compile nothing
from pilotplans.cachedir import _WITH_ADDITIONS, _locked, default_cache_dir

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
    key = f"{mode}\n{source}"
    found = _CODE.get(key)
    if found is None:  # compiled as the module's own call compiles it: no future features (dataclasses and typing use none)
        found = _CODE[key] = _KEPT.code(key) or _KEPT.add(key, compile(source, "<string>", mode, dont_inherit=True))
    return found


def _file() -> Path | None:
    import importlib.util

    folder = default_cache_dir()
    if folder is None:
        return None
    # "-batches": the code kept in checked batches behind an index (the file before held it unmarshalled, unchecked)
    return folder / f"code-{sys.implementation.cache_tag}-{importlib.util.MAGIC_NUMBER.hex()}-batches.marshal"


#: A position in the index: the batch times ``_SPAN``, plus the place of the code in it.
_SPAN = 1 << 20


def _checked(blob: bytes) -> bytes:
    return zlib.crc32(blob).to_bytes(4, "big") + blob


def _unchecked(blob: memoryview) -> memoryview | None:
    """What :func:`_checked` wrapped, or None when it does not match its CRC-32 (damaged)."""
    return blob[4:] if len(blob) >= 4 and zlib.crc32(blob[4:]) == int.from_bytes(blob[:4], "big") else None


def _read(path: Path | None) -> tuple[dict[str, int], list[memoryview]]:
    """The index and the batches (each still marshalled and checked) a file holds; nothing when there
    is no file, or its index is damaged or not of this form. The batches are views of the file's bytes
    (not copied: they are a megabyte or two, read by every start)."""
    if path is None:
        return {}, []
    try:
        data = memoryview(path.read_bytes())
        size = int.from_bytes(data[:4], "big")
        index_blob = _unchecked(data[4:8 + size])
        if index_blob is None:
            return {}, []
        index, ends = marshal.loads(index_blob)
    except Exception:  # noqa: BLE001 - a missing or broken file is made again, never trusted
        return {}, []
    if not (type(index) is dict and type(ends) is list and all(type(end) is int for end in ends)):
        return {}, []
    if not all(type(k) is str and type(v) is int and 0 <= v // _SPAN < len(ends) for k, v in index.items()):
        return {}, []
    starts = [8 + size, *ends[:-1]]
    return index, [data[start:end] for start, end in zip(starts, ends)]


def _codes(blob: memoryview) -> list[CodeType] | None:
    """A batch's code, or None when it is damaged or not of this form."""
    unchecked = _unchecked(blob)
    if unchecked is None:
        return None
    try:
        codes = marshal.loads(unchecked)
    except Exception:  # noqa: BLE001 - checked but not code (another form): refused
        return None
    return codes if type(codes) is list and all(type(code) is CodeType for code in codes) else None


class KeptCode:
    """The code kept in the file (``file()``, None with the cache off), read the first time a source is
    asked for: its index whole, each batch when one of its sources is first asked for. Code a program
    compiles is added, as one more batch, when the program ends (or a worker process does:
    :func:`pilotplans.cachedir.save_additions`), with the batches another program kept meanwhile,
    under a lock on the folder (:func:`pilotplans.cachedir._locked`); past ``most`` sources the oldest
    batches are left out. A damaged batch is left out when the file is written again."""

    def __init__(self, file: Callable[[], Path | None], most: int) -> None:
        self._file, self._most = file, most
        self._index: dict[str, int] | None = None
        self._blobs: list[memoryview] = []
        self._batches: dict[int, list[CodeType] | None] = {}
        self._path: Path | None = None
        self._added: dict[str, CodeType] = {}
        self._damaged = False  # a batch read here was refused: the file is written again without it
        self._registered = False

    def code(self, key: str) -> CodeType | None:
        """The code kept for ``key``, or None (not kept, or its batch damaged)."""
        index = self._index
        if index is None:
            self._path = self._file()
            index, self._blobs = _read(self._path)
            self._index = index
        at = index.get(key)
        if at is None:
            return None
        batch, place = divmod(at, _SPAN)
        if batch in self._batches:
            codes = self._batches[batch]
        else:
            codes = self._batches[batch] = _codes(self._blobs[batch])
            if codes is None:
                self._damaged = True
                self._register()
        return codes[place] if codes is not None and place < len(codes) else None

    def add(self, key: str, code: CodeType) -> CodeType:
        """``code``, compiled for ``key``, to be kept when the program ends."""
        if self._path is not None:
            self._added[key] = code
            self._register()
        return code

    def _register(self) -> None:
        if self._path is not None and not self._registered:
            import atexit

            self._registered = True
            atexit.register(self._save)
            _WITH_ADDITIONS.append(self)  # type: ignore[arg-type]

    def _save(self) -> None:
        from pilotplans.errors import OutputError
        from pilotplans.files import write_atomic

        if self._path is None or not (self._added or self._damaged):
            return
        added, self._added, self._damaged = self._added, {}, False  # a second call writes nothing
        with _locked(self._path):  # what another program kept meanwhile is read and kept
            index, blobs = _read(self._path)
            keys: list[list[str]] = [[] for _ in blobs]
            for key, at in index.items():
                keys[at // _SPAN].append(key)
            kept: list[tuple[list[str], bytes | memoryview]] = [(sorted(batch_keys, key=index.__getitem__), blob)
                    for batch_keys, blob in zip(keys, blobs) if _codes(blob) is not None]
            held = {key for batch_keys, _ in kept for key in batch_keys}  # not a damaged batch's: compiled again here
            new = {key: code for key, code in added.items() if key not in held}
            if new:
                kept.append((list(new), _checked(marshal.dumps(list(new.values())))))
            while len(kept) > 1 and sum(len(batch_keys) for batch_keys, _ in kept) > self._most:
                del kept[0]
            index, ends, end = {}, [], 0
            for number, (batch_keys, blob) in enumerate(kept):
                index.update((key, number * _SPAN + place) for place, key in enumerate(batch_keys))
                end += len(blob)
                ends.append(end)
            index_blob = _checked(marshal.dumps((index, ends)))
            shift = 4 + len(index_blob)
            index_blob = _checked(marshal.dumps((index, [e + shift for e in ends])))
            content = (len(index_blob) - 4).to_bytes(4, "big") + index_blob + b"".join(blob for _, blob in kept)
            try:
                write_atomic(self._path, content, make_folders=True)
            except OutputError:
                pass


_KEPT = KeptCode(_file, MOST)

#: The code this process compiled or read back so far.
_CODE: dict[str, CodeType] = {}

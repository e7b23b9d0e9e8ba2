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

The file holds every pattern any command compiled (up to ``MOST``): the registry's build, the
diffs, the store's and the analysts' commands add theirs, and an ``extract`` of a DOCX asks for
about 240 of them. So each pattern is kept as the bytes of its pickle, read back with the file as
they are and unpickled (compiled from its code) only when the pattern is first asked for: read
back compiled, a cache folder that every command had used (1,197 patterns) cost every start some
100 million instructions, each pattern 84 thousand. The file is checked whole when it is read (a
CRC-32 of the table's pickle before it), so that a pattern's code damaged on disk refuses the
file there and then (and it is made again), never the pattern in the middle of reading a plan.
"""

from __future__ import annotations

import pickle
import sys
import zlib
from pathlib import Path

import regex

from pilotplans.cachedir import KeptTable

#: Patterns a file keeps at most: a program compiling patterns built from changing data (a test
#: suite's made-up vocabularies) starts the file again rather than grow it without end.
MOST = 2_000

Key = tuple[str, int]


def compiled(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, from the patterns kept between runs when it is there."""
    key = (pattern, int(flags))
    found = _COMPILED.get(key)
    if found is None:
        made: list[regex.Pattern[str]] = []

        def make() -> bytes:
            made.append(regex.compile(pattern, flags))
            return pickle.dumps(made[0], protocol=pickle.HIGHEST_PROTOCOL)

        held = _KEPT.made(key, make)
        found = _COMPILED[key] = made[0] if made else pickle.loads(held)
    return found


def valid_pattern(pattern: str) -> str:
    """``pattern`` if it compiles, else a ``ValueError`` naming it: the check a data file's schema makes
    of each regular expression the file gives."""
    try:
        compiled(pattern)
    except regex.error as error:
        raise ValueError(f"not a valid regular expression ({pattern}): {error}") from error
    return pattern


def _file() -> Path | None:
    from pilotplans.cachedir import default_cache_dir

    folder = default_cache_dir()
    if folder is None:
        return None
    python = "".join(map(str, sys.version_info[:2]))
    # "-on-use": each pattern kept as its pickle, compiled when first asked for (the file before held them compiled)
    return folder / f"patterns-regex{regex.__version__}-py{python}-on-use.pickle"


def _loads(data: bytes) -> dict[Key, bytes]:
    """The table a file holds: its pickle checked whole against the CRC-32 written before it."""
    check, table = int.from_bytes(data[:4], "big"), data[4:]
    if zlib.crc32(table) != check:
        raise pickle.UnpicklingError("the file of kept patterns is damaged")
    return pickle.loads(table)  # type: ignore[no-any-return]


def _dumps(table: dict[Key, bytes]) -> bytes:
    pickled = pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL)
    return zlib.crc32(pickled).to_bytes(4, "big") + pickled


def _all_code(table: dict[Key, object]) -> bool:
    """Whether every value of a table read back is a pattern's pickle (anything else, and the file is made again)."""
    return all(type(value) is bytes for value in table.values())


#: Each pattern's pickle by its text and flags, as kept in the file.
_KEPT: KeptTable[Key, bytes] = KeptTable(_file, _loads, _dumps, _all_code, MOST)

#: The patterns this process compiled or read back so far.
_COMPILED: dict[Key, regex.Pattern[str]] = {}


class KeptPattern:
    """A compiled pattern that a pickle keeps as the pickle of its compiled code, compiled from it
    (in C) only when it is first used: a value cached whole (the registry, read back by every
    command) holds hundreds of patterns of which a document uses a few, and a pattern read back
    from its pickle is compiled there and then (the registry's eleven collective patterns, each
    holding every way of writing 各地 a subordinate place, cost more to read back than all its
    places). It answers as the compiled pattern does (``match``, ``fullmatch``, ``search``,
    ``finditer``, ``pattern`` …) and equals it. Two threads using it at once for the first time
    may both compile it: the same pattern, and either is kept."""

    __slots__ = ("_compiled", "_held")

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self._compiled: regex.Pattern[str] | None = pattern
        self._held: bytes | None = None

    @property
    def compiled(self) -> regex.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = pickle.loads(self._held)  # type: ignore[arg-type]
        return compiled

    def match(self, *args: object, **kwargs: object) -> regex.Match[str] | None:
        return self.compiled.match(*args, **kwargs)  # type: ignore[arg-type]

    def fullmatch(self, *args: object, **kwargs: object) -> regex.Match[str] | None:
        return self.compiled.fullmatch(*args, **kwargs)  # type: ignore[arg-type]

    def search(self, *args: object, **kwargs: object) -> regex.Match[str] | None:
        return self.compiled.search(*args, **kwargs)  # type: ignore[arg-type]

    def __getattr__(self, name: str) -> object:
        return getattr(self.compiled, name)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, KeptPattern):
            other = other.compiled
        return self.compiled == other

    def __hash__(self) -> int:
        return hash(self.compiled)

    def __repr__(self) -> str:
        return repr(self.compiled)

    def __reduce__(self) -> tuple[object, ...]:
        held = self._held if self._held is not None else pickle.dumps(self._compiled, protocol=pickle.HIGHEST_PROTOCOL)
        return _kept_pattern, (held, zlib.crc32(held))


def _kept_pattern(held: bytes, check: int) -> KeptPattern:
    """A :class:`KeptPattern` read back: its code kept, compiled on first use, and checked now: read
    only on first use, damage there (a cache file damaged on disk) would otherwise come to light in
    the middle of resolving a plan, on every run, or match otherwise (regex trusts the code it is
    given), where a damaged cache must be refused when read (and made again)."""
    if zlib.crc32(held) != check:
        raise pickle.UnpicklingError("a kept pattern's code is damaged")
    kept = KeptPattern.__new__(KeptPattern)
    kept._compiled, kept._held = None, held
    return kept

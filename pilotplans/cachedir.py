"""Where pilotplans keeps what saves time on a second run (word segmentations, recognised pages)."""

from __future__ import annotations

import os
import pickle
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

CACHE_ENV = "PILOTPLANS_CACHE_DIR"


def default_cache_dir() -> Path | None:
    """``$PILOTPLANS_CACHE_DIR``, else ``$XDG_CACHE_HOME/pilotplans``, else ``~/.cache/pilotplans``.

    An empty ``PILOTPLANS_CACHE_DIR`` turns the disk cache off.
    """
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pilotplans"


def read_kept(path: Path) -> Any:
    """What :func:`keep` left at ``path``, or None: a missing, unreadable or broken file is never
    trusted (it is made again)."""
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except Exception:  # noqa: BLE001 - a broken cache is made again, never trusted
        return None


def keep(path: Path, value: Any) -> None:
    """Pickle ``value`` to ``path`` whole (through a temporary file renamed over it, so that two
    programs writing at once leave one of them); a folder that cannot be written (a read-only
    home) is left alone, and so is a value that cannot be pickled (a compiled library's object, a
    lambda): the value is made again next time."""
    from pilotplans.errors import OutputError
    from pilotplans.files import write_atomic

    try:
        content = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return
    try:
        write_atomic(path, content, make_folders=True)
    except (OutputError, OSError):  # OSError: a folder on the way that cannot be searched (its stat refused)
        pass


def library_versions() -> bytes:
    """The versions of Python, pydantic and regex, for the key of a value one of them made or
    pickled: a data file validated by pydantic's schemas, pydantic's models or regex's compiled
    patterns kept as they pickle. Another release may read the same file, or the same pickle,
    otherwise, so it keeps its own copy."""
    import sys

    import pydantic.version
    import regex

    return f"python {sys.version} pydantic {pydantic.version.VERSION} regex {regex.__version__}".encode()


def key_digest(data: bytes = b"") -> Any:
    """A new hash of what a kept value is made from, for its file's name in the cache folder (call
    ``update`` with more bytes, then ``hexdigest``). BLAKE2b: a cryptographic digest, so that an edited
    file never meets the name of what was made before the edit, at half the instructions of SHA-256
    (13 an input byte against 28): every start hashes about 0.9 MB of data files and code for these
    names, which cost it about 27 million instructions with SHA-256."""
    import hashlib

    return hashlib.blake2b(data)


def kept_path(folder: Path, name: str, key: Iterable[bytes]) -> Path:
    """The file of ``folder`` keeping the value called ``name`` made from ``key`` (the bytes of
    everything it is made from, each part's length hashed before it so that no two keys run
    together): ``name-DIGEST.pickle``, a new name whenever any part changes."""
    return kept_file(folder, name, key)[0]


def kept_file(folder: Path, name: str, key: Iterable[bytes]) -> tuple[Path, str]:
    """:func:`kept_path`, with the whole digest of ``key`` (the stamp of :func:`keep_stamped`)."""
    digest = key_digest()
    for part in key:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    whole = digest.hexdigest()
    return folder / f"{name}-{whole[:20]}.pickle", whole


def made_once(name: str, key: Iterable[bytes], make: Callable[[], T], kind: type[T], code: Code | None = None) -> T:
    """``make()``, kept in the cache folder under ``name`` and a digest of ``key`` (the bytes of
    everything the value is made from: a data file, the code reading it, the versions it depends
    on), so that a later run with the same key reads it back instead of making it. What is read back
    is trusted only as a ``kind`` stamped with the whole digest of the same key (:func:`read_stamped`);
    with the cache off (or unwritable) the value is made every time. ``code``, the source files
    ``key`` holds as this process imported them, keeps a value made while one of them changed on
    disk from being kept (:func:`keep_stamped`)."""
    folder = default_cache_dir()
    if folder is None:
        return make()
    path, stamp = kept_file(folder, name, key)
    kept = read_stamped(path, stamp, kind)
    if kept is not None:
        return kept
    value = make()
    keep_stamped(path, stamp, value, code)
    return value


def made_from_data(name: str, file: str, code: Code, build: Callable[[str], T], kind: type[T]) -> T:
    """``build(text)`` of the package's data file ``file`` (``pilotplans/data``), kept as
    :func:`made_once` keeps a value: keyed by the file's digest as this process first read it, the
    ``code`` that reads it (the modules building the value and what shapes it, as imported:
    :func:`code_as_imported`) and :func:`library_versions`. The file is read only to build the value,
    which is not kept when the file or the code changed since the process started (its bytes may
    then not be the digest's)."""
    from pilotplans import data

    files = code_as_imported(*code.paths, data.FOLDER / file)
    key = (files.digests[-1], code.digest, library_versions())
    return made_once(name, key, lambda: build(data.read_bytes(file).decode("utf-8")), kind, files)


class Code:
    """The source files of the code that makes a kept value, with the digests of their bytes as this
    process read them when it imported that code (:func:`code_as_imported`).

    A kept value must be keyed by the code that made it, not by the files on disk when it is first
    asked for: a program imports its modules, a checkout (a merge, a file reverted) changes them
    on disk, and the program, keying by the disk, kept a value its old classes made under the new
    code's key, which every later program read back and failed on (``'Registry' object has no
    attribute 'marker_words'``). Read at import, the key names the code that runs; and a value made
    while a file differs on disk from what was read (:meth:`unchanged`: a module imported later
    than the key was read, during the change) is not kept."""

    __slots__ = ("paths", "digests", "_digest")

    def __init__(self, paths: tuple[Path, ...], digests: tuple[bytes, ...]) -> None:
        self.paths, self.digests = paths, digests
        self._digest: bytes | None = None

    @property
    def digest(self) -> bytes:
        """A digest of every file's name and digest, worked out once (several values share code)."""
        if self._digest is None:
            digest = key_digest()
            for path, file_digest in zip(self.paths, self.digests):
                digest.update(f"\0{path.name}\0{len(file_digest)}\0".encode())
                digest.update(file_digest)
            self._digest = digest.digest()
        return self._digest

    def unchanged(self) -> bool:
        """Whether no file was touched since the process imported the package (its inode changed
        then: ``st_ctime_ns``, which a copy or an install keeping the files' times cannot set back):
        then each still holds the bytes it held at the start, which are those its digest was taken
        of. The bytes alone could not tell: a file is read when the module keying a value is
        imported, which may be long after the file's own module was (``patterns.py`` imported at
        start, read when the registry's loader or the refusals' vocabulary is imported), and a
        checkout in between left the new bytes in the key and the old code running. One that cannot
        be looked at is changed."""
        return first_touched_since_import(self.paths) is None


def first_touched_since_import(paths: Iterable[Path]) -> Path | None:
    """The first of ``paths`` whose inode changed since this process imported the package
    (``st_ctime_ns`` from :data:`pilotplans.IMPORTED_NS` on, less a tick of the kernel's coarse
    clock: a write, a rename over it, a copy or an install, which cannot set it back even when they
    keep the file's modification time), or that cannot be looked at (gone); None when every one is
    as it was when the process started: then what the process read of them at any time is what it
    imported."""
    started = import_started_ns()
    for path in paths:
        try:
            if os.stat(path).st_ctime_ns >= started:
                return path
        except OSError:
            return path
    return None


def import_started_ns() -> int:
    """The change time (``st_ctime_ns``) from which a file counts as changed since this process
    imported the package: :data:`pilotplans.IMPORTED_NS` less a margin, since the kernel stamps a
    change with a coarse clock, up to a tick behind ``time.time_ns()``."""
    import pilotplans

    return pilotplans.IMPORTED_NS - _CLOCK_TICK_NS


#: How far behind ``time.time_ns()`` a file's change time may be stamped (the kernel's coarse clock).
_CLOCK_TICK_NS = 20_000_000


#: The digest of each source file as first read by this process (:func:`code_as_imported`).
_SOURCES: dict[Path, bytes] = {}


def code_as_imported(*files: str | Path) -> Code:
    """The source ``files`` (a module's ``__file__``, a data file), the digests of their bytes as
    first read by this process: called where the module keying a kept value is imported, so that
    they are the bytes its code was imported from (a file another module read before is not read
    again). Each digest is the one kept for the file's stamp when there is one
    (:func:`pilotplans.kept_digests.file_digest`): the file is then not read at all. A file that
    cannot be read is keyed as empty, and keeps nothing (:meth:`Code.unchanged`)."""
    paths = tuple(Path(file) for file in files)
    for path in paths:
        if path not in _SOURCES:
            from pilotplans.kept_digests import file_digest

            try:
                _SOURCES[path] = file_digest(path)
            except OSError:
                _SOURCES[path] = b""
    return Code(paths, tuple(_SOURCES[path] for path in paths))


def keyed_files() -> tuple[Path, ...]:
    """The files a kept value was keyed by in this process so far (:func:`code_as_imported`)."""
    return tuple(_SOURCES)


def read_stamped(path: Path, stamp: str, kind: type[T]) -> T | None:
    """The ``kind`` :func:`keep_stamped` kept at ``path`` with ``stamp``, or None: a file holding
    another stamp (made by other code under this name), no stamp (kept before the stamps) or
    anything else is refused, and the value made again."""
    kept = read_kept(path)
    if type(kept) is tuple and len(kept) == 2 and kept[0] == stamp and isinstance(kept[1], kind):
        return kept[1]  # type: ignore[no-any-return]
    return None


def keep_stamped(path: Path, stamp: str, value: object, code: Code | None = None) -> None:
    """Keep ``value`` at ``path`` with ``stamp`` (the whole digest of its key), unless the ``code``
    it was made by changed on disk since it was imported (then it is made again next time)."""
    if code is None or code.unchanged():
        keep(path, (stamp, value))


def save_additions() -> None:
    """Write every :class:`KeptTable` that gained values in this process: what a worker process
    calls as it ends, since it ends without running the ``atexit`` functions that write them at the
    end of the program. (The worker reading a rebuild's documents compiles the readers' patterns
    and their records' methods, which the program that forked it never uses: unsaved, they were
    compiled again by every rebuild, some 180 million instructions of its reading.)"""
    for table in _WITH_ADDITIONS:
        table._save()


#: The tables that gained values in this process (see :func:`save_additions`).
_WITH_ADDITIONS: list[KeptTable[Any, Any]] = []


class KeptTable(Generic[K, V]):
    """A table of values made from their keys, kept in one file of the cache folder between runs.

    The file (``file()``, None with the cache off) is read whole the first time a value is asked
    for; a value not in it is made and added, and the table is written whole (through a temporary
    file, so that a reader never sees half of it) when the program ends, if anything was added (or
    when a worker process ends: :func:`save_additions`), with the values another program kept in
    the file meanwhile (read and written under a lock on the folder, :func:`_locked`, so that two
    programs ending at once keep each other's), keeping its ``most`` newest entries: a program making
    values from changing keys (a test suite's made-up data) starts the table again rather than
    grow it without end. A file that cannot be read, or holds anything ``valid`` refuses, is as if
    empty; a folder that cannot be written is left alone.
    """

    def __init__(self, file: Callable[[], Path | None], loads: Callable[[bytes], object],
                 dumps: Callable[[dict[K, V]], bytes], valid: Callable[[object], bool], most: int) -> None:
        self._file, self._loads, self._dumps, self._valid, self._most = file, loads, dumps, valid, most
        self._table: dict[K, V] | None = None
        self._path: Path | None = None
        self._added = False  # values were added since the file was last written
        self._registered = False  # to be written when the program (or a worker) ends

    def made(self, key: K, make: Callable[[], V]) -> V:
        """The value kept for ``key``, or ``make()`` (then kept)."""
        table = self._table if self._table is not None else self._load()
        value = table.get(key)
        if value is None:
            value = table[key] = make()
            if self._path is not None:
                self._added = True
                if not self._registered:
                    self._registered = True
                    import atexit

                    atexit.register(self._save)
                    _WITH_ADDITIONS.append(self)
        return value

    def _load(self) -> dict[K, V]:
        self._path = self._file()
        self._table = self._read()
        return self._table

    def _read(self) -> dict[K, V]:
        """The table in the file (empty when there is none, or it cannot be read or trusted)."""
        loaded: object = None
        if self._path is not None:
            try:
                loaded = self._loads(self._path.read_bytes())
            except Exception:  # noqa: BLE001 - a missing or broken file is made again, never trusted
                loaded = None
        return loaded if isinstance(loaded, dict) and self._valid(loaded) else {}  # type: ignore[return-value]

    def _save(self) -> None:
        from pilotplans.errors import OutputError
        from pilotplans.files import write_atomic

        if self._path is None or self._table is None or not self._added:
            return
        self._added = False  # written now (a second call, the program's end after a worker's, writes nothing)
        with _locked(self._path):  # no other program writes the file between its reading and writing here
            table = {**self._read(), **self._table}  # what another program kept meanwhile (a worker, the program that forked it)
            table = table if len(table) <= self._most else dict(list(table.items())[-self._most:])
            try:
                write_atomic(self._path, self._dumps(table), make_folders=True)
            except OutputError:
                pass


#: Seconds a table waits at most for another program writing its file (see :func:`_locked`).
LOCK_WAIT = 2.0


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Held while a table's file at ``path`` is read, merged with the table and written: workers
    told to stop at once write their tables at once, and one that read the file before another
    wrote it lost the other's values. An advisory lock (``flock``) on the file's folder (no file
    of its own left in the cache folder), waited for ``LOCK_WAIT`` seconds at most (the table is
    written anyway then); where there is none (no ``fcntl``, a folder that cannot be made or
    opened, a file system refusing the lock), the table is written unlocked at once, as before."""
    try:
        import fcntl

        path.parent.mkdir(parents=True, exist_ok=True)
        folder = os.open(path.parent, os.O_RDONLY)
    except (ImportError, OSError):
        yield
        return
    try:
        deadline = time.monotonic() + LOCK_WAIT
        while True:
            try:
                fcntl.flock(folder, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:  # another program holds it
                if time.monotonic() >= deadline:
                    break
                time.sleep(0.01)
            except OSError:  # no lock to be had here (NFS refuses one on a folder opened to read)
                break
        yield
    finally:
        os.close(folder)  # releases the lock

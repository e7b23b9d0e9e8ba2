"""The version of everything that decides what a document reads as, for incremental rebuilds.

A stored document is carried over to the next rebuild only when its source file and the version
of what read it are unchanged. The version has four parts, each a hash of the package's own
files (code and data) and, for the reader, of the libraries it reads with:

- ``reader``: detection, the readers, the interpreter and the normalisers (every module of the
  package that is not named below), the vocabularies they read, the libraries they call and
  Python's own version;
- ``registry``: the department registry and the role phrases (``departments.toml``,
  ``roles.toml`` and the code that validates and indexes them);
- ``gazetteer``: the divisions and pilot areas (``divisions.tsv``, ``regions.toml`` and their code);
- ``store``: how records are stored and exported (:mod:`pilotplans.store`, :mod:`pilotplans.export`,
  and each document's sheet of the workbook: :mod:`pilotplans.xlsx`, :mod:`pilotplans.xlsx_parts`
  and XlsxWriter's version), and the segmenter that cuts the words of the search index (its engine
  and version).

Comparing plans (``pilotplans.diff``), the command line and the reports change nothing stored, so
they are no part of it. A file the package gains counts in ``reader`` until it is placed
elsewhere: a module nobody thought of re-reads everything rather than keep a stale record.

Reading and hashing the package's 2.7 MB of code and data cost every rebuild some 120 million
instructions (3% of its calling process), the same each time. So each hash worked out is kept in
the cache folder (:data:`KEPT_HASHES`), keyed by the *stamps* of the package's files (path, inode,
size, modification and change times) and what else the hash is made from (the libraries'
versions): a process whose package has the same stamps takes it from there without reading a
file. As for the sources' digests (:mod:`pilotplans.ingest.digests`), a package with a file
changed less than :data:`SETTLED_NS` ago is hashed and nothing of it is kept: a second write in
the same tick of the clock could leave that file's stamp as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from pilotplans.cachedir import KeptTable, default_cache_dir, key_digest
# How long before a package's hashes are worked out its files must have been changed for the hashes to be
# kept by their stamps (see the module docstring): the sources' digests' own rule.
from pilotplans.ingest.digests import SETTLED_NS

T = TypeVar("T", str, dict)

PACKAGE = Path(__file__).resolve().parents[1]

#: Distributions whose version changes what a file reads as.
READING_LIBRARIES = ("pdfplumber", "pdfminer.six", "python-docx", "lxml", "beautifulsoup4", "charset-normalizer",
                     "cn2an", "opencc-python-reimplemented", "regex", "rapidfuzz", "pydantic",
                     # the ocr extra: the recogniser and its models, and what renders and prepares pages
                     "rapidocr-onnxruntime", "onnxruntime", "opencv-python", "pypdfium2", "pillow", "numpy")

#: Package paths (relative, as POSIX) that change nothing stored.
NOT_STORED = ("diff/", "cli.py", "cli_common.py", "cli_read.py", "cli_spec.py", "cli_fast.py", "report.py", "__main__.py", "interrupts.py", "collector.py", "ingest/parallel.py", "data/diff_normalise.toml",
              "data/policy_stopwords.txt")

#: Package paths of each part other than ``reader`` (a prefix ending in / is a folder).
PARTS = {
    "registry": ("data/departments.toml", "data/roles.toml", "normalizers/registry/bodies.py",
                 "normalizers/registry/files.py", "normalizers/registry/roles.py", "normalizers/registry/load.py",
                 "normalizers/registry/__init__.py", "normalizers/registry/entries.py",
                 # how the registry (and the gazetteer inside it) pickle their parts read on first use
                 "normalizers/registry/apart.py"),
    "gazetteer": ("data/divisions.tsv", "data/regions.toml", "normalizers/registry/divisions.py",
                  "normalizers/registry/gazetteer.py"),
    "store": ("store/", "export.py", "ingest/versions.py", "ingest/staging.py", "xlsx.py", "xlsx_parts.py"),
}


@dataclass(frozen=True)
class BuildVersion:
    """Hashes of what reads a document (see the module docstring)."""

    reader: str
    registry: str
    gazetteer: str
    store: str

    def key(self) -> str:
        """One hash of every part."""
        return hashlib.sha256("|".join(asdict(self).values()).encode()).hexdigest()[:32]

    def changed(self, other: BuildVersion | None) -> list[str]:
        """The names of the parts that differ from ``other`` (every part when there is none)."""
        if other is None:
            return list(asdict(self))
        return [name for name, value in asdict(self).items() if getattr(other, name) != value]

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def _under(relative: str, paths: tuple[str, ...]) -> bool:
    """Whether the package path ``relative`` is one of ``paths`` (a file, or a folder ending in ``/``)."""
    return any(relative == p or (p.endswith("/") and relative.startswith(p)) for p in paths)


def _part_of(relative: str) -> str | None:
    if _under(relative, NOT_STORED):
        return None
    for part, paths in PARTS.items():
        if _under(relative, paths):
            return part
    return "reader"


def _version(name: str, installed: dict[str, str] | None = None) -> str:
    """The installed version of the distribution ``name`` ("none" when it is not installed), from
    ``installed`` (:func:`installed_versions`) when given."""
    version = (installed if installed is not None else installed_versions()).get(_canonical(name), "none")
    if version == "":  # installed without its version in the folder's name: ask its metadata
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "none"
    return version


def _library_versions(installed: dict[str, str] | None = None) -> str:
    installed = installed_versions() if installed is None else installed
    return ";".join(f"{name}={_version(name, installed)}" for name in READING_LIBRARIES)


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def installed_versions() -> dict[str, str]:
    """The version of each distribution installed on ``sys.path`` (by canonical name; the first
    found wins, as for imports), read from the names of the ``name-version.dist-info`` folders:
    asking ``importlib.metadata`` for each library parses every one's metadata, a sixtieth of a
    rebuild's start. An ``.egg-info`` folder without a version in its name gives ``""``."""
    versions: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for folder in names:
            stem, dot, kind = folder.rpartition(".")
            if not dot or kind not in ("dist-info", "egg-info"):
                continue
            name, _, version = stem.partition("-")
            if kind == "egg-info":
                version = version.split("-py")[0]
            versions.setdefault(_canonical(name), version)
    return versions


#: The suffixes of the package's code and data files.
SUFFIXES = (".py", ".toml", ".tsv", ".txt")


def package_files(package: Path = PACKAGE) -> list[Path]:
    """The package's code and data files, by path (those under a ``__pycache__`` folder aside;
    folders are walked without following links to folders)."""
    found: dict[str, int | None] = {}
    _walk(str(package), found, stamped=False)
    return sorted(map(Path, found))


def _walk(folder: str, found: dict[str, int | None], *, stamped: bool) -> None:
    """Each code and data file under ``folder`` (as :func:`package_files` lists them), by its path,
    with its change time (``st_ctime_ns``) when ``stamped``, else None."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    _walk(entry.path, found, stamped=stamped)
            elif os.path.splitext(entry.name)[1] in SUFFIXES and entry.is_file():
                found[entry.path] = entry.stat().st_ctime_ns if stamped else None


def _stamped_files(package: Path) -> dict[str, int]:
    """Each of :func:`package_files` as its path relative to ``package`` (POSIX), with its change time."""
    found: dict[str, int | None] = {}
    _walk(str(package), found, stamped=True)
    cut = len(str(package)) + 1
    return {path[cut:].replace(os.sep, "/"): stamp for path, stamp in found.items()}  # type: ignore[misc]


def package_contents(package: Path = PACKAGE) -> tuple[tuple[str, bytes], ...]:
    """Each of :func:`package_files` as (its path relative to ``package``, as POSIX; its bytes), in
    order of path. The running package's files are walked and read once per process, as its code
    is imported once (each version below hashes some of them); another folder's, each time."""
    if package == PACKAGE:
        return _running_package_contents()
    return _read_contents(package)


@cache
def _running_package_contents() -> tuple[tuple[str, bytes], ...]:
    return _read_contents(PACKAGE)


@cache
def _running_package_listing() -> tuple[int, dict[str, int]]:
    """The running package's files as first listed by this process (what its versions hash), by
    path relative to it, with their change times then, and the time they were listed."""
    listed_at = time.time_ns()
    return listed_at, _stamped_files(PACKAGE)


@cache
def _running_package_files() -> tuple[Path, ...]:
    """The running package's files as first listed by this process (what its versions hash)."""
    return tuple(sorted(PACKAGE / relative for relative in _running_package_listing()[1]))


def _files_of(package: Path) -> tuple[Path, ...] | list[Path]:
    return _running_package_files() if package == PACKAGE else package_files(package)


def _read_contents(package: Path) -> tuple[tuple[str, bytes], ...]:
    return tuple((path.relative_to(package).as_posix(), path.read_bytes()) for path in _files_of(package))


def changed_since_import(paths: tuple[str, ...] | None = None, package: Path = PACKAGE, *,
                         versioned: bool = False) -> str | None:
    """The first by path of the package's files (those at ``paths``, a file or a folder ending in
    ``/``; None: every one) changed on disk since this process imported pilotplans, as its path
    relative to ``package``: written, replaced or added since then (its change time:
    :func:`pilotplans.cachedir.import_started_ns`), or gone since the versions listed it. None when
    none was: then every version this process works out from the files (:func:`build_version`,
    :func:`diff_version`, :func:`ocr_version`) is the version of the code it runs. One that was
    changed may have been imported before the change and hashed after it (a checkout between a
    rebuild's imports and its version): what the process made is not the version's, and must not be
    kept under it. A file gone counts as changed: gone since the versions listed it, or, of the
    running package, one this process used before that listing (a module it imported, a file a kept
    value is keyed by: :func:`used_files`) that is no longer there. ``versioned``: only the files a
    version hashes count (not the command line's, the reports', :data:`NOT_STORED` outside
    :data:`DIFF_PATHS`: a change to them changes nothing stored). One walk of the package's
    folders, each file looked at as it is listed (some 240 files: a millisecond or two)."""
    from pilotplans.cachedir import _CLOCK_TICK_NS, import_started_ns

    started = import_started_ns()
    try:
        listed = _stamped_files(package)
    except OSError:  # a folder gone or unreadable: the package is not what was imported
        return "."
    listed_at, seen = _running_package_listing() if package == PACKAGE else (0, {})
    gone = seen.keys() - listed.keys()  # gone since the versions listed it: changed too
    if package == PACKAGE:  # gone before the versions listed it, and after this process used it
        gone |= {relative for relative in used_files() - listed.keys() if not (package / relative).exists()}
    touched = [relative for relative, stamp in listed.items()
               if _asked(relative, paths, versioned) and stamp >= started
               # a change time ahead of this clock when the versions listed the file (a file
               # server's or a host's clock ahead of this one) cannot tell whether the change was
               # before the import: unchanged since that listing, it holds what the versions hashed
               and not (seen.get(relative) == stamp and stamp > listed_at + _CLOCK_TICK_NS)]
    touched += [relative for relative in gone if _asked(relative, paths, versioned)]
    return min(touched) if touched else None


def used_files() -> set[str]:
    """The running package's code and data files this process has used so far, relative to it (as
    POSIX): each module of it imported from a source file, and each file a kept value was keyed by
    (:func:`pilotplans.cachedir.code_as_imported`: the registry's and vocabularies' data files). A
    file deleted between the import and the versions' first listing is in neither listing, and is
    among these. Files outside the package (another folder's module, a copy's data folder) are not."""
    from pilotplans import cachedir

    root = os.fspath(PACKAGE) + os.sep
    files = [getattr(module, "__file__", None) for module in list(sys.modules.values())]
    files += [os.fspath(path) for path in cachedir.keyed_files()]
    return {file[len(root):].replace(os.sep, "/") for file in files
            if isinstance(file, str) and file.startswith(root) and file.endswith(SUFFIXES)}


def _asked(relative: str, paths: tuple[str, ...] | None, versioned: bool) -> bool:
    """Whether the package path ``relative`` is one :func:`changed_since_import` is asked about."""
    if paths is not None and not _under(relative, paths):
        return False
    return not versioned or _part_of(relative) is not None or _under(relative, DIFF_PATHS)


def _part_hashes(seeds: dict[str, str], package: Path) -> dict[str, str]:
    """For each part named in ``seeds`` (a name :func:`_part_of` gives), a hash of its seed and of
    the package files in it."""
    def made() -> dict[str, str]:
        digests = {part: hashlib.sha256(seed.encode()) for part, seed in seeds.items()}
        for relative, data in package_contents(package):
            digest = digests.get(_part_of(relative))  # type: ignore[arg-type]
            if digest is not None:
                digest.update(relative.encode() + b"\0" + data + b"\0")
        return {part: digest.hexdigest()[:16] for part, digest in digests.items()}

    return kept_hash(f"parts {json.dumps(seeds, sort_keys=True)}", made, package)


def package_stamp(package: Path = PACKAGE) -> str | None:
    """A digest of the stamps of the package's files (path, inode, size, modification and change
    times), or None when one of them was changed less than :data:`SETTLED_NS` ago (or cannot be
    looked at): then its hashes are not kept. The running package's is worked out once a process."""
    if package == PACKAGE:
        return _running_package_stamp()
    return _stamp(package)


@cache
def _running_package_stamp() -> str | None:
    return _stamp(PACKAGE)


def _stamp(package: Path) -> str | None:
    now = time.time_ns()
    digest = key_digest(os.fsencode(package))
    try:
        for path in _files_of(package):
            status = path.stat()
            if max(status.st_mtime_ns, status.st_ctime_ns) >= now - SETTLED_NS:
                return None
            digest.update(f"\0{path.relative_to(package).as_posix()}\0{status.st_ino}\0{status.st_size}"
                          f"\0{status.st_mtime_ns}\0{status.st_ctime_ns}".encode())
    except OSError:
        return None
    return str(digest.hexdigest())


def _kept_hashes_file() -> Path | None:
    folder = default_cache_dir()
    return folder / KEPT_HASHES if folder is not None else None


def _valid_hashes(table: object) -> bool:
    """Whether every value of ``table`` is what :func:`kept_hash` keeps for its key: a file that
    parses but holds anything else (a hash where the parts' hashes belong, a part missing, a
    number) is as if empty, never a version that is no hash or a crash."""
    return all(isinstance(key, str) and _valid_hash(key, value) for key, value in table.items())  # type: ignore[attr-defined]


def _valid_hash(key: str, value: object) -> bool:
    """Whether ``value`` is a hash for a ``paths`` key (:func:`paths_version`), or, for a ``parts``
    key (:func:`_part_hashes`), a hash for each part its seeds name and no other."""
    _, kind, what = (key.split(" ", 2) + ["", ""])[:3]
    if kind == "paths":
        return _is_hash(value)
    if kind != "parts" or not isinstance(value, dict):
        return False
    try:
        seeds = json.loads(what)
    except ValueError:
        return False
    return isinstance(seeds, dict) and value.keys() == seeds.keys() and all(map(_is_hash, value.values()))


def _is_hash(value: object) -> bool:
    return isinstance(value, str) and re.fullmatch(r"[0-9a-f]{16}", value) is not None


#: The file of the cache folder keeping the hashes of the package's files (see the module docstring).
KEPT_HASHES = "package-hashes.json"
_KEPT = KeptTable(_kept_hashes_file, json.loads, lambda table: json.dumps(table).encode(), _valid_hashes, most=64)


def kept_hash(what: str, made: Callable[[], T], package: Path = PACKAGE) -> T:
    """``made()``, a hash (or hashes by part) of the package's files described by ``what``, kept
    by the stamps of the package's files (:func:`package_stamp`) when they are settled."""
    stamp = package_stamp(package)
    if stamp is None:
        return made()
    return _KEPT.made(f"{stamp} {what}", made)  # type: ignore[return-value]


def build_version(package: Path = PACKAGE) -> BuildVersion:
    """The version of the package at ``package`` and of the libraries installed beside it."""
    from pilotplans.diff.segment import engine_signature

    installed = installed_versions()
    return BuildVersion(**_part_hashes({
        "reader": _reader_seed(installed),
        "registry": "",
        "gazetteer": "",
        "store": f"segmenter={engine_signature()};xlsxwriter={_version('xlsxwriter', installed)};",
    }, package))


def reader_version(package: Path = PACKAGE) -> str:
    """The ``reader`` part of :func:`build_version` alone: what a note on a stored database compares with its
    ``version.reader`` fact. It needs no segmenter (the ``store`` part names it), so a bad ``$PILOTPLANS_SEGMENTER``
    does not stop a listing that cuts no word."""
    return _part_hashes({"reader": _reader_seed(installed_versions())}, package)["reader"]


def _reader_seed(installed: dict[str, str]) -> str:
    """The seed of the ``reader`` part: the Python and the reading libraries installed."""
    return f"python={sys.version_info[0]}.{sys.version_info[1]};{_library_versions(installed)}"


def file_part_versions(parts: tuple[str, ...] = ("registry", "gazetteer"), package: Path = PACKAGE) -> dict[str, str]:
    """The hashes :func:`build_version` gives the ``parts`` made of the package's files alone
    (``registry``, ``gazetteer``): what a stored diff's ownership and region checks were made with
    (:mod:`pilotplans.diff.stored`)."""
    if not set(parts) <= {"registry", "gazetteer"}:
        raise ValueError(f"not a part made of the package's files alone: {', '.join(parts)}")
    return _part_hashes(dict.fromkeys(parts, ""), package)


#: Package paths whose change changes a stored diff of two plans (``plan_links``); the diff reads
#: traditional characters as simplified through ``normalizers/simplified.py``, and a link's reason quotes a printed
#: span within one sentence by ``textutil.py``'s sentence ends (``diff/quotes.py``).
DIFF_PATHS = ("diff/", "data/diff_normalise.toml", "data/policy_stopwords.txt", "normalizers/simplified.py",
              "textutil.py")


def diff_version(package: Path = PACKAGE) -> str:
    """A hash of what diffs two plans (the diff's code and data, the segmenter): part of the key
    of each stored diff (:mod:`pilotplans.store.plans`). What reads a document is in its build key."""
    from pilotplans.diff.segment import engine_signature

    return paths_version(DIFF_PATHS, engine_signature(), package)


#: Package paths whose change changes what a scanned page is recognised as (the OCR page cache).
OCR_PATHS = ("parsers/ocr/", "data/ocr.toml")


def ocr_version(package: Path = PACKAGE) -> str:
    """A hash of the OCR reader's code and data: part of the key of each recognised page kept on
    disk (:mod:`pilotplans.parsers.ocr.cache`), so that a change to either reads pages again."""
    return paths_version(OCR_PATHS, "", package)


def paths_version(paths: tuple[str, ...], seed: str, package: Path = PACKAGE) -> str:
    """A hash of ``seed`` and the package files at ``paths`` (a file, or a folder ending in ``/``)."""
    def made() -> str:
        digest = hashlib.sha256(seed.encode())
        for relative, data in package_contents(package):
            if _under(relative, paths):
                digest.update(relative.encode() + b"\0" + data + b"\0")
        return digest.hexdigest()[:16]

    return kept_hash(f"paths {json.dumps([list(paths), seed])}", made, package)

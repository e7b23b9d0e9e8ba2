"""The manifest of a raw-data folder: what is known of each document beyond its text."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, PrivateAttr, ValidationError

from pilotplans.cachedir import code_as_imported
from pilotplans.errors import ManifestError, first_fault, shown_ids
from pilotplans.schema.models import Level
from pilotplans.ingest import MANIFEST_NAME  # noqa: F401 - named here too
from pilotplans.ingest.ids import ID_RULE, id_fault, shown_as_typed

if TYPE_CHECKING:  # the interpreter is imported when hints are made, not with the manifest
    from pilotplans.parsers.interpret import DocumentHints


#: This module and the records' module naming the levels an entry may give, as imported: what a
#: kept parsed manifest is keyed by.
_CODE = code_as_imported(__file__, Path(__file__).parents[1] / "schema" / "models.py")


class ManifestEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    file: str
    id: str
    programme: str | None = None
    round: int | None = None
    level: Level | None = None
    region: str | None = None
    parent: str | None = None
    title: str | None = None
    doc_no: str | None = None
    issuer: str | None = None
    date: dt.date | None = None
    note: str | None = None

    def hints(self) -> DocumentHints:
        """The hints the reader gets: each field of DocumentHints, as this entry gives it."""
        from dataclasses import fields

        from pilotplans.parsers.interpret import DocumentHints

        return DocumentHints(**{field.name: getattr(self, field.name) for field in fields(DocumentHints)})


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    document: list[ManifestEntry] = []
    _entries_by_file: dict[str, ManifestEntry] | None = PrivateAttr(default=None)

    def entry_for(self, file_name: str) -> ManifestEntry | None:
        return self._by_file().get(file_name)

    def _by_file(self) -> dict[str, ManifestEntry]:
        """The first entry of each file (looked up once per file of a folder of thousands)."""
        if self._entries_by_file is None:
            by_file: dict[str, ManifestEntry] = {}
            for entry in self.document:
                by_file.setdefault(entry.file, entry)
            self._entries_by_file = by_file
        return self._entries_by_file


def load_manifest(folder: Path) -> Manifest:
    """The manifest of ``folder`` (an empty one if the folder has none). Raises ManifestError."""
    path = folder / MANIFEST_NAME
    if not path.exists():
        return Manifest()
    try:
        manifest = _kept_or_parsed(path, path.read_bytes())
    except UnicodeDecodeError as exc:
        raise ManifestError(f"{path}: not UTF-8 text (byte {exc.start} is not UTF-8): TOML is written in UTF-8") from None
    except OSError as exc:
        raise ManifestError(f"{path}: cannot open: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(f"{path}: not valid TOML ({exc})") from exc
    except ValidationError as exc:
        raise ManifestError(f"{path}: {first_fault(exc)}") from exc
    for entry in manifest.document:  # the rule the id made from a file's name keeps too (pilotplans.ingest.ids)
        fault = id_fault(entry.id)
        if fault is not None:
            raise ManifestError(f"{path}: the id {shown_as_typed(entry.id)} given to {entry.file} {fault}: {ID_RULE}")
    ids = [e.id for e in manifest.document]
    duplicated = sorted(i for i, n in Counter(ids).items() if n > 1)
    if duplicated:
        raise ManifestError(f"{path}: ids listed more than once: {shown_ids(duplicated)}")
    files = [e.file for e in manifest.document]
    twice = sorted(f for f, n in Counter(files).items() if n > 1)
    if twice:  # only the first entry of a file would count: the others would vanish unread
        raise ManifestError(f"{path}: files listed more than once: {', '.join(twice)}")
    listing = _listing(folder)
    missing = [e.file for e in manifest.document if not _exists(folder, e.file, listing)]
    if missing:
        raise ManifestError(f"{path}: listed files not found in {folder}: {', '.join(missing)}")
    not_files = [e.file for e in manifest.document if not _is_file(folder, e.file, listing)]
    if not_files:  # a folder under a document's name would be skipped unread
        raise ManifestError(f"{path}: listed names that are not files in {folder}: {', '.join(not_files)}")
    unknown_parents = sorted({e.parent for e in manifest.document if e.parent and e.parent not in ids})
    if unknown_parents:
        raise ManifestError(f"{path}: parent ids not listed in the manifest: {', '.join(shown_as_typed(p) for p in unknown_parents)}")
    return manifest


def _listing(folder: Path) -> dict[str, os.DirEntry[str]]:
    """The entries of ``folder`` by name, listed once: asking the system about each file a manifest
    lists, twice (whether it is there, whether it is a file), was most of loading a kept manifest
    of a thousand documents (some 130 million instructions)."""
    try:
        with os.scandir(folder) as entries:
            return {entry.name: entry for entry in entries}
    except OSError:
        return {}


def _exists(folder: Path, name: str, listing: dict[str, os.DirEntry[str]]) -> bool:
    """``(folder / name).exists()``, told by the listing when it holds ``name`` as it is written and
    not as a link; any other name (a path, another spelling a case-insensitive disk finds, a link)
    is asked of the system."""
    entry = listing.get(name)
    if entry is None or entry.is_symlink():
        return (folder / name).exists()
    return True


def _is_file(folder: Path, name: str, listing: dict[str, os.DirEntry[str]]) -> bool:
    """``(folder / name).is_file()``, told by the listing as :func:`_exists` is."""
    entry = listing.get(name)
    if entry is None or entry.is_symlink():
        return (folder / name).is_file()
    return entry.is_file()


def _kept_or_parsed(path: Path, data: bytes) -> Manifest:
    """The manifest ``data`` (the bytes of the file at ``path``) parsed and validated, or read back
    from the cache folder when these very bytes were parsed before: parsing and validating the TOML
    of a folder of a thousand documents (130 KB) took some 350 million instructions of every rebuild
    (about 60 ms), reading the parsed manifest back a twentieth of that. One file a manifest (named
    by its path), holding the digest of the bytes it was parsed from (with this module's code, the
    records' module that names the levels, and Python's and pydantic's versions: the entries pickle
    as pydantic's models), so that a manifest edited as documents are added replaces its file
    rather than fill the cache folder. Only what parsing gives is kept: the checks against the
    folder (files listed, ids) are made every time."""
    import sys

    import pydantic.version

    from pilotplans.cachedir import default_cache_dir, keep, key_digest, read_kept

    folder = default_cache_dir()
    if folder is None:
        return _parsed(data)
    key = key_digest(data)
    key.update(_CODE.digest)  # this module and the records' module that names the levels (Level), as imported
    # Python's and pydantic's versions (not regex's, which a rebuild with nothing changed never imports)
    key.update(f"python {sys.version} pydantic {pydantic.version.VERSION}".encode())
    digest = key.hexdigest()
    kept_path = folder / f"manifest-{key_digest(os.fsencode(path.resolve())).hexdigest()[:20]}.pickle"
    kept = read_kept(kept_path)
    if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == digest and isinstance(kept[1], Manifest):
        return kept[1]
    manifest = _parsed(data)
    if _CODE.unchanged():  # parsed by the code the key names, not by what was imported before a checkout
        keep(kept_path, (digest, manifest))
    return manifest


def _parsed(data: bytes) -> Manifest:
    """The manifest ``data`` parsed and validated (the errors of decoding, TOML and pydantic raised),
    its line ends read as a file opened as text reads them."""
    text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    return Manifest.model_validate(tomllib.loads(text))


def source_files(folder: Path) -> list[Path]:
    """The documents in a raw folder: every regular, non-hidden file but the manifest, by name
    (told by the folder's listing, not by a question to the system for each file but a link; the
    names sorted as their paths sort, case-insensitively on Windows, without comparing a thousand
    paths part by part)."""
    with os.scandir(folder) as entries:
        names = [e.name for e in entries if not e.name.startswith(".") and e.name != MANIFEST_NAME and _entry_is_file(folder, e)]
    return [folder / name for name in sorted(names, key=str.lower if os.name == "nt" else None)]


def _entry_is_file(folder: Path, entry: os.DirEntry[str]) -> bool:
    """``(folder / entry.name).is_file()``: a link is asked of the system, whose answer for a link
    it cannot follow (a loop, a path through a file) is no, where the listing's entry raises."""
    return (folder / entry.name).is_file() if entry.is_symlink() else entry.is_file()

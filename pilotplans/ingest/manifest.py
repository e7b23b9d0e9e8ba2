"""The manifest of a raw-data folder: what is known of each document beyond its text."""

from __future__ import annotations

import datetime as dt
from collections import Counter
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, PrivateAttr, ValidationError, field_validator

from pilotplans.errors import ManifestError
from pilotplans.schema.models import Level
from pilotplans.ingest import MANIFEST_NAME  # noqa: F401 - named here too

if TYPE_CHECKING:  # the interpreter is imported when hints are made, not with the manifest
    from pilotplans.parsers.interpret import DocumentHints


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

    @field_validator("id")
    @classmethod
    def _id_is_a_slug(cls, value: str) -> str:
        if not value or any(ch.isspace() or ch in "/\\" for ch in value):
            raise ValueError("an id has no spaces or slashes")
        return value

    def hints(self) -> DocumentHints:
        from pilotplans.parsers.interpret import DocumentHints

        return DocumentHints(
            id=self.id, title=self.title, doc_no=self.doc_no, issuer=self.issuer,
            date=self.date, level=self.level, region=self.region,
            programme=self.programme, round=self.round, parent=self.parent,
        )


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
        manifest = Manifest.model_validate(tomllib.loads(path.read_text("utf-8")))
    except UnicodeDecodeError as exc:
        raise ManifestError(f"{path}: not UTF-8 text (byte {exc.start} is not UTF-8): TOML is written in UTF-8") from None
    except OSError as exc:
        raise ManifestError(f"{path}: cannot open: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(f"{path}: not valid TOML ({exc})") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ManifestError(f"{path}: {where}: {first['msg']}") from exc
    ids = [e.id for e in manifest.document]
    duplicated = sorted(i for i, n in Counter(ids).items() if n > 1)
    if duplicated:
        raise ManifestError(f"{path}: ids listed more than once: {', '.join(duplicated)}")
    files = [e.file for e in manifest.document]
    twice = sorted(f for f, n in Counter(files).items() if n > 1)
    if twice:  # only the first entry of a file would count: the others would vanish unread
        raise ManifestError(f"{path}: files listed more than once: {', '.join(twice)}")
    missing = [e.file for e in manifest.document if not (folder / e.file).exists()]
    if missing:
        raise ManifestError(f"{path}: listed files not found in {folder}: {', '.join(missing)}")
    not_files = [e.file for e in manifest.document if not (folder / e.file).is_file()]
    if not_files:  # a folder under a document's name would be skipped unread
        raise ManifestError(f"{path}: listed names that are not files in {folder}: {', '.join(not_files)}")
    unknown_parents = sorted({e.parent for e in manifest.document if e.parent and e.parent not in ids})
    if unknown_parents:
        raise ManifestError(f"{path}: parent ids not listed in the manifest: {', '.join(unknown_parents)}")
    return manifest


def source_files(folder: Path) -> list[Path]:
    """The documents in a raw folder: every regular, non-hidden file but the manifest, by name."""
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".") and p.name != MANIFEST_NAME)

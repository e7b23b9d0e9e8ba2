"""Read a folder of source documents and rebuild the curated dataset from it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pilotplans.errors import PilotplansError, UnreadableFile
from pilotplans.files import ensure_folder, write_atomic
from pilotplans.ingest.manifest import load_manifest, source_files
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret import DocumentHints
from pilotplans.schema.models import Document

if TYPE_CHECKING:
    from pilotplans.parsers.pdf import PdfSettings

CSV_NAME = "measures.csv"
JSONL_NAME = "measures.jsonl"
DB_NAME = "pilotplans.db"


@dataclass
class FolderRead:
    documents: list[Document] = field(default_factory=list)
    failures: list[UnreadableFile] = field(default_factory=list)


class RebuildFailed(PilotplansError):
    """Some source could not be read, so nothing was written."""

    def __init__(self, failures: list[UnreadableFile]) -> None:
        self.failures = failures
        super().__init__(f"rebuild stopped, nothing was written: {len(failures)} file(s) could not be read")


def read_paths(paths: Iterable[Path], hints_for: Callable[[Path], DocumentHints | None],
               on_file: Callable[[Path], None] | None = None, settings: PdfSettings | None = None) -> FolderRead:
    """Read each path; a file that cannot be read is recorded, and the others are still read.
    ``settings`` tune the PDF reader."""
    result = FolderRead()
    for path in paths:
        if on_file:
            on_file(path)
        try:
            result.documents.append(read_document(path, hints_for(path), settings))
        except UnreadableFile as failure:
            result.failures.append(failure)
        except Exception as exc:  # a reader bug must not cost the user the other files
            result.failures.append(UnreadableFile(path, f"internal error while reading ({type(exc).__name__}: {exc}); please report it with the file"))
    return result


def manifest_hints(folder: Path) -> Callable[[Path], DocumentHints | None]:
    """A lookup of the hints the manifest of ``folder`` gives a file (None when it lists none)."""
    manifest = load_manifest(folder)

    def hints_for(path: Path) -> DocumentHints | None:
        entry = manifest.entry_for(path.name) if path.parent.resolve() == folder.resolve() else None
        return entry.hints() if entry else None

    return hints_for


def read_folder(folder: Path, on_file: Callable[[Path], None] | None = None,
                settings: PdfSettings | None = None) -> FolderRead:
    """Every document in a raw folder, with the manifest's hints."""
    if not folder.is_dir():
        raise PilotplansError(f"{folder}: no such folder of source documents")
    paths = source_files(folder)
    if not paths:
        raise PilotplansError(f"{folder}: holds no source documents")
    return read_paths(paths, manifest_hints(folder), on_file, settings)


def link_parents(documents: list[Document]) -> list[Document]:
    """Fill ``parent`` (and the round) from the 文号 a local plan cites, or from its best-matching
    national plan among ``documents``, where the manifest did not give it
    (:mod:`pilotplans.ingest.parents`)."""
    from pilotplans.ingest.parents import link_parents as link

    return link(documents)


def check_unique_ids(documents: list[Document]) -> None:
    seen: dict[str, str] = {}
    for document in documents:
        if document.id in seen:
            raise PilotplansError(f"two documents share the id {document.id!r}: {seen[document.id]} and {document.source.path}; give them ids in the manifest")
        seen[document.id] = document.source.path


def rebuild_dataset(raw: Path, out: Path, db_url: str, on_file: Callable[[Path], None] | None = None,
                    settings: PdfSettings | None = None) -> list[Document]:
    """Read ``raw``, replace the database at ``db_url``, and write the CSV and JSONL into ``out``.

    Nothing is written unless every source reads: a failed rebuild leaves the old dataset intact.
    The exports are made from what the database holds after the rebuild.
    """
    from pilotplans.export import measures_out, to_csv, to_jsonl
    from pilotplans.store.db import load_documents, rebuild

    read = read_folder(raw, on_file, settings)
    if read.failures:
        raise RebuildFailed(read.failures)
    documents = link_parents(read.documents)
    check_unique_ids(documents)
    ensure_folder(out)
    rebuild(db_url, documents)
    stored = load_documents(db_url)
    records = measures_out(stored)
    write_atomic(out / CSV_NAME, to_csv(records))
    write_atomic(out / JSONL_NAME, to_jsonl(records))
    return stored

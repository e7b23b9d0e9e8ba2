"""Reading source documents: one file (:func:`read_source`), a folder of them with its manifest
(:func:`folder_sources`, :func:`manifest_hints`), or many over the machine's cores
(:func:`read_sources`, :func:`sources_read`: a process pool, :mod:`pilotplans.ingest.parallel`).

This is what ``extract`` uses, and what a rebuild (:mod:`pilotplans.ingest.dataset`) reads with. A
file that cannot be read is recorded with the reason, and the others are still read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from pilotplans import interrupts
from pilotplans.errors import PilotplansError, UnreadableFile
from pilotplans.ingest.pipeline import default_id

if TYPE_CHECKING:
    from pilotplans.ingest.manifest import ManifestEntry
    from pilotplans.ingest.pipeline import Progress
    from pilotplans.parsers.interpret import DocumentHints
    from pilotplans.parsers.ocr import OcrSettings
    from pilotplans.parsers.pdf import PdfSettings
    from pilotplans.schema.models import Document


@dataclass
class FolderRead:
    """What reading a folder gave: the documents read, and the files that could not be."""

    documents: list[Document] = field(default_factory=list)
    failures: list[UnreadableFile] = field(default_factory=list)


@dataclass(frozen=True)
class Source:
    """A file to read, with what is known of it beforehand: its manifest entry, or hints given
    directly."""

    path: Path
    entry: ManifestEntry | None = None
    given: DocumentHints | None = None
    settings: PdfSettings | None = None
    ocr: OcrSettings | None = None

    @property
    def id(self) -> str:
        if self.entry is not None:
            return self.entry.id
        return self.given.id if self.given is not None else default_id(self.path)

    def hints(self) -> DocumentHints | None:
        """The hints the reader gets (made here, so that planning a rebuild needs no interpreter)."""
        if self.given is not None:
            return self.given
        return self.entry.hints() if self.entry is not None else None

    @property
    def parent(self) -> str | None:
        """The id of the document its hints say it implements."""
        return getattr(self._told(), "parent", None)

    @property
    def level(self) -> str | None:
        """The level its hints give (what planning a rebuild asks of every source: read from the
        manifest entry, without making the hints, whose class imports the interpreter)."""
        return getattr(self._told(), "level", None)

    def _told(self) -> DocumentHints | ManifestEntry | None:
        """What is known of the file beforehand, in the order :meth:`hints` takes it."""
        return self.given if self.given is not None else self.entry

    def described(self) -> str:
        """What is known of the file beforehand, as text (part of its build key)."""
        if self.entry is not None:
            return self.entry.model_dump_json()
        return repr(sorted(vars(self.given).items())) if self.given is not None else ""

    def reading(self) -> str:
        """What the options given change in how the file reads, as text (part of its build key):
        which pages are read through OCR, and how (empty for the defaults)."""
        if self.ocr is None:
            return ""
        from pilotplans.parsers.ocr import DEFAULT_OCR

        key = self.ocr.reading_key()
        return "" if key == DEFAULT_OCR.reading_key() else key


def read_source(source: Source, on_page: Progress | None = None) -> Document | UnreadableFile:
    """The Document ``source`` holds, or why it cannot be read (returned, not raised: it crosses
    from a worker process as a value); a reader bug is a failure too, so that it does not cost the
    user the other files. ``on_page`` hears of each page recognised through OCR."""
    from pilotplans import collector
    from pilotplans.ingest.pipeline import read_document

    try:
        return read_document(source.path, source.hints(), source.settings, ocr=source.ocr, progress=on_page)
    except UnreadableFile as failure:
        return failure.with_traceback(None)  # a value now: its frames need not be kept
    except Exception as exc:  # noqa: BLE001
        return UnreadableFile(source.path, f"internal error while reading ({type(exc).__name__}: {exc}); please report it with the file")
    finally:
        collector.settle()  # the readers are imported and warm: collect as usual from here on


def _worker_settings(settings: PdfSettings | None, parallel: bool) -> PdfSettings | None:
    """Files read in parallel read their pages in their own process (no pool inside a pool)."""
    if not parallel or settings is None or getattr(settings, "processes", 1) == 1:
        return settings
    return replace(settings, processes=1)


def _worker_ocr(ocr: OcrSettings | None) -> OcrSettings:
    """Files read in parallel recognise their scanned pages in their own process, one at a time."""
    from pilotplans.parsers.ocr import DEFAULT_OCR

    return replace(ocr or DEFAULT_OCR, workers=1)


def preload(*modules: str) -> None:
    """Import ``modules`` and load the registry now (before workers are forked, so that each starts
    with them in memory, or while another process reads, so that nobody waits for them later)."""
    import importlib

    from pilotplans.normalizers.registry import load_registry

    for module in modules:
        importlib.import_module(module)
    load_registry()


def prepare_workers() -> None:
    """Import the interpreter, the normalisers and the sheet writer and load the registry before
    workers are forked, so that each starts with them in memory rather than importing them again."""
    preload("pilotplans.parsers.interpret", "pilotplans.normalizers.links", "pilotplans.normalizers.resolve",
             "pilotplans.xlsx_parts", "xlsxwriter")


#: What reading the files a name's extension suggests imports: the reader, and the libraries it
#: imports when it first reads (:func:`pilotplans.ingest.pipeline.read_layout` goes by the bytes:
#: a guess wrong here only leaves an import to each worker).
READER_MODULES = {
    ".txt": ("pilotplans.parsers.text",),
    ".docx": ("pilotplans.parsers.docx", "pilotplans.parsers.text.cells", "docx", "docx.opc.exceptions", "lxml.etree"),
    ".html": ("pilotplans.parsers.html", "pilotplans.parsers.text.cells", "bs4", "charset_normalizer"),
}
READER_MODULES[".htm"] = READER_MODULES[".html"]
READER_MODULES[".xlsx"] = ("pilotplans.parsers.workbook", "openpyxl")


def readers_for(paths: Iterable[Path]) -> list[str]:
    """The modules reading files of these names will likely import (their readers, the libraries
    these use and what detects the format), to import before workers reading them are forked."""
    wanted = {module for path in paths for module in READER_MODULES.get(path.suffix.lower(), ())}
    return ["pilotplans.ingest.detect", *sorted(wanted)] if wanted else []


class Reading(Iterator[object]):
    """The results of reading the sources, in order, telling ``on_file`` of each; :meth:`close`
    stops the workers (also before the first result was asked for)."""

    def __init__(self, sources: Sequence[Source], results: Iterator[object], on_file: Callable[[Path], None] | None) -> None:
        self.sources = iter(sources)
        self.results = results
        self.on_file = on_file

    def __next__(self) -> object:
        from pilotplans.ingest.parallel import WorkerDied

        source = next(self.sources)
        try:
            result = next(self.results)
        except WorkerDied:
            self.close()
            raise PilotplansError(f"{source.path}: a process reading the files stopped unexpectedly (out of memory?); "
                                  "try again with --workers 1") from None
        if self.on_file:
            self.on_file(source.path)
        return result

    def ready(self) -> bool:
        """Whether the next result can be had without waiting for a worker."""
        return getattr(self.results, "ready", lambda: True)()  # type: ignore[no-any-return]

    def close(self) -> None:
        self.results.close()  # type: ignore[attr-defined]


def sources_read(sources: Sequence[Source], work: Callable[..., object], workers: int,
                  on_file: Callable[[Path], None] | None, on_page: Progress | None = None, *,
                  background: bool = False) -> Reading:
    """``work`` for each source, in order, over ``workers`` processes; the workers start now.
    ``on_page`` hears of the pages recognised through OCR when the files are read in this process
    (a worker's pages are not told). ``background`` reads with one worker in a process of its
    own, forked at once and importing the readers itself, so that this process can do other work
    meanwhile (import and open the database)."""
    from functools import partial

    from pilotplans.ingest.parallel import in_order

    parallel = workers > 1 and len(sources) > 1
    background = background and workers == 1 and bool(sources)
    if parallel or background:
        if parallel:
            from pilotplans import collector

            prepare_workers()
            collector.before_fork()  # they inherit the frozen heap
        # (A worker in the background imports and loads on its own, with the collector as this
        # process starts: it settles once it has read its first document.)
        sources = [replace(s, settings=_worker_settings(s.settings, True), ocr=_worker_ocr(s.ocr)) for s in sources]
    elif on_page is not None:
        work = partial(work, on_page=on_page)
    return Reading(sources, in_order(work, sources, workers if parallel else 1, background=background), on_file)


def read_sources(sources: Sequence[Source], workers: int = 1, on_file: Callable[[Path], None] | None = None,
                 on_page: Progress | None = None) -> FolderRead:
    """Read each source (over ``workers`` processes); a file that cannot be read is recorded, and
    the others are still read. ``on_page`` hears of the pages recognised through OCR (see
    :func:`sources_read`). A bad ``$PILOTPLANS_SEGMENTER`` is refused first (:class:`~pilotplans.errors.BadSetting`),
    not read as an internal error of each file whose places' names are cut."""
    from pilotplans.cut_engines import configured_engine

    configured_engine()
    result = FolderRead()
    parallel = workers > 1 and len(sources) > 1
    # Worker processes are stopped before the program ends, also on Ctrl-C; reading in this
    # process leaves nothing to stop.
    with interrupts.protected() if parallel else nullcontext():
        reading = sources_read(sources, read_source, workers, on_file, on_page)
        try:
            for read in reading:
                if isinstance(read, UnreadableFile):
                    result.failures.append(read)
                else:
                    result.documents.append(read)  # type: ignore[arg-type]
        finally:
            reading.close()
    return result


def read_paths(paths: Iterable[Path], hints_for: Callable[[Path], DocumentHints | None],
               on_file: Callable[[Path], None] | None = None, settings: PdfSettings | None = None,
               workers: int = 1, ocr: OcrSettings | None = None, on_page: Progress | None = None) -> FolderRead:
    """Read each path with the hints ``hints_for`` gives it (see :func:`read_sources`);
    ``settings`` tune the PDF reader, ``ocr`` the reading of scans (``on_page`` hears of each page
    recognised)."""
    sources = [Source(Path(p), given=hints_for(Path(p)), settings=settings, ocr=ocr) for p in paths]
    return read_sources(sources, workers, on_file, on_page)


def manifest_hints(folder: Path) -> Callable[[Path], DocumentHints | None]:
    """A lookup of the hints the manifest of ``folder`` gives a file (None when it lists none)."""
    from pilotplans.ingest import MANIFEST_NAME

    if not (folder / MANIFEST_NAME).exists():  # then the manifest's models need not be imported
        return lambda path: None
    from pilotplans.ingest.manifest import load_manifest

    manifest = load_manifest(folder)

    def hints_for(path: Path) -> DocumentHints | None:
        entry = manifest.entry_for(path.name) if path.parent.resolve() == folder.resolve() else None
        return entry.hints() if entry else None

    return hints_for


def folder_sources(folder: Path, settings: PdfSettings | None = None, ocr: OcrSettings | None = None) -> list[Source]:
    """Every document of a raw folder, with the manifest's hints."""
    from pilotplans.ingest.manifest import load_manifest, source_files

    if folder.is_file():  # `rebuild --raw plan.docx`: one document, which extract reads
        raise PilotplansError(f"{folder}: a file, not a folder of source documents: name its folder ({folder.parent}), or "
                              "store the file alone with `pilotplans extract FILE --db URL`")
    if not folder.is_dir():
        raise PilotplansError(f"{folder}: no such folder of source documents")
    paths = source_files(folder)
    if not paths:
        raise PilotplansError(f"{folder}: holds no source documents")
    manifest = load_manifest(folder)
    return [Source(path, entry=manifest.entry_for(path.name), settings=settings, ocr=ocr) for path in paths]


def link_parents(documents: list[Document]) -> list[Document]:
    """Fill ``parent`` (and the round) from the 文号 a local plan cites, or from its best-matching
    national plan among ``documents``, where the manifest did not give it
    (:mod:`pilotplans.ingest.parents`)."""
    from pilotplans.ingest.parents import link_parents as link

    return link(documents)


def check_unique_ids(documents: Iterable[Document] | Iterable[Source]) -> None:
    seen: dict[str, str] = {}
    for item in documents:
        path = str(item.path) if isinstance(item, Source) else str(item.source.path)
        if item.id in seen:
            raise PilotplansError(f"two documents share the id {item.id!r}: {seen[item.id]} and {path}; give them ids in the manifest")
        seen[item.id] = path


# ----------------------------------------------------------------------------- rebuilding

"""Read a folder of source documents and rebuild the curated dataset from it.

A rebuild is incremental: each source file gets a *build key* — a hash of its bytes, its path,
the manifest's hints for it, the OCR options it is read with (``--ocr``; recognised pages are
also cached on their own, :mod:`pilotplans.parsers.ocr.cache`) and the version of what reads it
(:mod:`pilotplans.ingest.versions`)
— and a document whose key is the one the last rebuild stored is carried over from the previous
database, not read again. The others are read over the machine's cores
(:mod:`pilotplans.ingest.parallel`) and written as they come, so that a large dataset is never
held in memory whole. When nothing changed at all, nothing is written.

Linking local plans to their national plan needs every national plan, so it happens once all
are read: fresh local plans are linked, and carried ones too when a national plan was added,
changed or removed (the fields a link filled are stored with each document, so that the link can
be undone and made again without reading the plan). When the manifest tells the level of every
document to read and none is carried over (a full rebuild), the national plans are read first,
and then each other document is linked, and diffed against its national plan, by the worker that
reads it: linking and diffing then go over the cores with the reading, instead of following it. The exports (``measures.csv``,
``measures.jsonl``) are the stored documents' measures, in id order, as each document's build
stored them; they are written beside the new database and put in place with it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from pilotplans import interrupts
from pilotplans.errors import PilotplansError, UnreadableFile
from pilotplans.files import ensure_folder
from pilotplans.ingest.reading import (Reading, Source, check_unique_ids, folder_sources, preload, read_source, readers_for,
                                       sources_read)
from pilotplans.ingest.staging import StagedExports, csv_head, exports_intact, rewrite_exports

if TYPE_CHECKING:
    from pilotplans.schema.models import Document
    from pilotplans.ingest.early_diffs import EarlyDiffs, ReaderDiffs
    from pilotplans.ingest.versions import BuildVersion
    from pilotplans.ingest.pipeline import Progress
    from pilotplans.parsers.ocr import OcrSettings
    from pilotplans.parsers.pdf import PdfSettings
    from pilotplans.store.build import DatasetBuild
    from pilotplans.store.rows import LinkUpdate
    from pilotplans.store.previous import DocumentSummary, PreviousBuild, StoredDocument
    from pilotplans.store.rows import Rows
    from pilotplans.store.search import MeasureWords
    from pilotplans.xlsx_parts import KeptSheet

DB_NAME = "pilotplans.db"
#: Rows worth writing while waiting for the workers' next document (see :func:`_write_dataset`).
WAITING_FLUSH_ROWS = 2_000


class RebuildFailed(PilotplansError):
    """Some source could not be read, so nothing was written."""

    def __init__(self, failures: list[UnreadableFile]) -> None:
        self.failures = failures
        super().__init__(f"rebuild stopped, nothing was written: {len(failures)} file(s) could not be read")


# ----------------------------------------------------------------------------- reading files


class _NationalsFirst(Iterator[object]):
    """The documents of a rebuild built (:func:`build_source`), the national plans first, then the
    others, each linked and diffed where it is read (:func:`build_linked`): the workers reading
    them are started once the national plans are read, and inherit them. For a rebuild where the
    manifest tells which sources are national plans (:func:`_split_nationals`).

    The national plans are read in this process, one after another, whatever the workers: the
    workers, forked once they are read, then start with what reading a plan imports and the caches
    it fills (the segmenter's, the regions resolved, the relations' variants), instead of a pool of
    their own importing and filling them again in each of its workers before the pool of the others
    does it once more (two workers ran a tenth more instructions than one process). A rebuild
    holds a few national plans and many local ones: the few read one after another cost less than
    the two extra processes did.

    The national plans are read, and the workers forked, when it is made: before the caller
    imports the store and opens the database, which it then does while the workers read (a
    quarter of what the calling process did alone before the workers started)."""

    def __init__(self, nationals: Sequence[Source], others: Sequence[Source], workers: int,
                 on_file: Callable[[Path], None] | None, on_page: Progress | None) -> None:
        self.others, self.workers, self.on_file, self.on_page = others, workers, on_file, on_page
        self.reading: Iterator[object] = sources_read(nationals, build_source, 1, on_file, on_page)
        try:
            first = list(self.reading)
        finally:
            self.reading.close()  # type: ignore[attr-defined]
        self.read: list[Document] = [built.document for built in first if isinstance(built, Built)]
        self.first = first  # handed on first, then what the workers read
        self._read_others()

    def __next__(self) -> object:
        return self.first.pop(0) if self.first else next(self.reading)

    def ready(self) -> bool:
        """Whether the next result can be had without waiting for a worker."""
        return bool(self.first) or self.reading.ready()  # type: ignore[attr-defined]

    def _read_others(self) -> None:
        from functools import partial

        if self.workers > 1 and len(self.others) > 1:  # before the fork: what linking and diffing use, and the readers
            preload("pilotplans.diff.compare", "pilotplans.ingest.parents", "pilotplans.store.plans", "pilotplans.store.rows",
                    *readers_for(source.path for source in self.others))
            from pilotplans.store.plans import segmenter

            segmenter()  # its cache file read once, not by each worker
        work = partial(build_linked, nationals=tuple(self.read))
        self.reading = sources_read(self.others, work, self.workers, self.on_file, self.on_page)

    def close(self) -> None:
        self.reading.close()  # type: ignore[attr-defined]


def _split_nationals(sources: Sequence[Source]) -> tuple[list[Source], list[Source]] | None:
    """The national plans among ``sources`` and the others, when the hints of every one tell its
    level (else a national plan might be among the others) and there are both."""
    levels = [source.level for source in sources]
    if None in levels:
        return None
    nationals = [s for s, level in zip(sources, levels) if level == "national"]
    others = [s for s, level in zip(sources, levels) if level != "national"]
    return (nationals, others) if nationals and others else None


@dataclass(frozen=True)
class Planned:
    """A source of the dataset with its build key."""

    source: Source
    key: str
    size: int


@dataclass(frozen=True)
class Built:
    """What a worker returns for a file of the dataset: the document, its exports (its sheet of
    the workbook among them) and the words its measures are found by (cut and written in the
    worker, so that the process storing every document does not do it one after another)."""

    document: Document
    csv: str
    jsonl: str
    sheet: KeptSheet
    words: list[MeasureWords]
    """Joined as the index stores them (:func:`pilotplans.store.search.joined_words`)."""
    linked: bool = False
    """Whether the document was linked where it was read (:func:`build_linked`): then ``link`` is
    what its link changes (None: nothing) and ``diff`` its diff against its national plan."""
    link: LinkUpdate | None = None
    diff: tuple[str, list[dict[str, object]]] | None = None
    """The national plan's id and the ``plan_links`` rows (:func:`pilotplans.store.plans.diff_pair`)."""
    rows: Rows | None = None
    """The document's rows (:func:`pilotplans.store.rows.document_rows`), when made where it was
    read: ``document`` then holds only its own fields (no tables, measures or conventions)."""


@dataclass(frozen=True)
class RebuildResult:
    """What a rebuild did."""

    documents: list[DocumentSummary]
    read: int
    carried: int
    reason: str
    """Why the documents read were read (``3 changed or new``, ``the reader changed`` …)."""
    unlinked: list[str] = field(default_factory=list)
    """A line for each local plan linked to no national plan while one of its programme is stored
    (:func:`pilotplans.ingest.unlinked.unlinked_notes`)."""
    left_out: tuple[str, ...] = ()
    """The ids of the documents the database held that the raw folder does not (stored by
    ``extract --db``, or whose file left the folder): the rebuild removed them."""
    beside: tuple[str, ...] = ()
    """The tables of another program's the database held (PostgreSQL), pilotplans' made beside them
    (:func:`pilotplans.store.db.other_tables`)."""

    @property
    def unchanged(self) -> bool:
        return self.read == 0 and self.reason == "nothing changed"


def build_key(source: Source, data_digest: str, version: BuildVersion) -> str:
    """The key under which ``source``'s document is stored (see the module docstring), given the
    SHA-256 (hex) of its file's bytes (:class:`pilotplans.ingest.digests.SourceDigests`)."""
    digest = hashlib.sha256()
    for part in (data_digest, str(source.path), source.described(), source.reading(), version.key()):
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()[:32]


def build_source(source: Source, on_page: Progress | None = None) -> Built | UnreadableFile:
    """Read ``source``, render its exports (its sheet of the workbook too) and cut its search words
    (the work of one worker)."""
    read = read_source(source, on_page)
    return read if isinstance(read, UnreadableFile) else built_of(read)


def build_linked(source: Source, nationals: Sequence[Document], on_page: Progress | None = None) -> Built | UnreadableFile:
    """:func:`build_source`, then the document linked to its national plan among ``nationals``
    (every one the dataset holds, in the order of the sources, as :func:`_relink` gives them) and
    diffed against it as :meth:`pilotplans.store.build.DatasetBuild.diff_plans` would diff the
    stored pair: the work of a worker once the national plans are read (:class:`_NationalsFirst`).
    The process storing the documents then neither links them one after another once all are read
    nor loads each local plan back from the database to hand it to a worker that diffs it."""
    from pilotplans.ingest.parents import link_parent
    from pilotplans.store.plans import diff_pair, pair_of
    from pilotplans.store.rows import document_rows

    built = build_source(source, on_page)
    if isinstance(built, UnreadableFile):
        return built
    document = built.document
    after = link_parent(document, nationals)
    by_id = {n.id: n for n in nationals}
    pair = pair_of(after.id, after.level, after.parent, by_id)  # the pair diff_plans would diff
    diff = (pair.national, diff_pair(by_id[pair.national], after)) if pair is not None else None
    # Its rows, not the Document, cross to the process storing it: a Document takes 2.5 ms to
    # unpickle and 1.6 ms to make rows of, its rows 0.4 ms to unpickle (a local plan of 40 measures).
    return replace(built, document=document.model_copy(update={"tables": [], "conventions": [], "measures": []}),
                   rows=document_rows(document), linked=True, link=link_update(document, after, stored=document), diff=diff)


def built_of(document: Document) -> Built:
    """``document`` with its exports (its sheet of the workbook too) rendered and its search words cut."""
    from pilotplans.export import document_jsonl_and_csv
    from pilotplans.store.search import document_words, joined_words
    from pilotplans.xlsx import document_sheet, kept_sheet

    jsonl, csv_text = document_jsonl_and_csv(document)
    csv_rows = csv_text[len(csv_head()):]
    return Built(document, csv_rows, jsonl, kept_sheet(document_sheet(document.id, csv_rows)),
                 joined_words(document_words(document)))


def _nationals_key(keys: dict[str, str], levels: dict[str, str | None]) -> str:
    nationals = sorted((i, keys[i]) for i, level in levels.items() if level == "national" and i in keys)
    return hashlib.sha256(repr(nationals).encode()).hexdigest()[:32]


@dataclass(frozen=True)
class _LinkView:
    """What linking a freshly read document needs, kept small while the rest are read: its own
    fields (no tables, measures or conventions) and the text of each measure."""

    fields: Document
    texts: tuple[str, ...]

    @classmethod
    def of(cls, document: Document) -> _LinkView:
        return cls(document.model_copy(update={"tables": [], "conventions": [], "measures": []}),
                   tuple(m.text for m in document.measures))

    def document(self) -> Document:
        from pilotplans.store.rows import text_only

        return self.fields.model_copy(update={"measures": [text_only(t) for t in self.texts]})


LINK_FIELDS = ("parent", "round", "programme")


def unlink(document: Document, linked: Sequence[str]) -> Document:
    """``document`` as it was before linking filled in the fields ``linked`` names."""
    from pilotplans.ingest.parents import INFERRED

    update: dict[str, object] = {name: None for name in LINK_FIELDS if name in linked}
    if "warning" in linked:
        warnings = list(document.warnings)
        last = max((k for k, w in enumerate(warnings) if w.code == INFERRED), default=None)
        if last is not None:
            del warnings[last]
        update["warnings"] = warnings
    return document.model_copy(update=update) if update else document


def _inferred(document: Document) -> object:
    from pilotplans.ingest.parents import INFERRED

    return next((w for w in reversed(document.warnings) if w.code == INFERRED), None)


def link_update(before: Document, after: Document, stored: Document, stored_linked: Sequence[str] = ()) -> LinkUpdate | None:
    """What to store for a document that linking took from ``before`` to ``after``; None when the
    database (``stored``, with the fields ``stored_linked`` says its link filled) holds it already."""
    from pilotplans.store.rows import LinkUpdate

    linked = tuple(name for name in LINK_FIELDS if getattr(before, name) != getattr(after, name))
    if len(after.warnings) > len(before.warnings):
        linked += ("warning",)
    if (all(getattr(after, name) == getattr(stored, name) for name in LINK_FIELDS)
            and _inferred(after) == _inferred(stored) and linked == tuple(stored_linked)):
        return None
    return LinkUpdate(after.id, after.parent, after.round, after.programme, _inferred(after), linked)  # type: ignore[arg-type]


def _relink(build: DatasetBuild, planned: list[Planned], fresh: dict[str, _LinkView], carried: list[str],
            previous: PreviousBuild, levels: dict[str, str | None], nationals_changed: bool,
            updates: list[LinkUpdate]) -> None:
    """Link the fresh local plans not linked where they were read (those were: ``updates``), and
    the carried ones when the national plans changed."""
    from pilotplans.ingest.parents import link_parent

    order = {p.source.id: k for k, p in enumerate(planned)}
    national_ids = [i for i in levels if levels[i] == "national"]
    carried_nationals = [i for i in national_ids if i not in fresh]
    # A fresh national plan's view is made once, for the candidates and for its own turn below (made
    # twice, the three of the bundled five were a third of the link views' 849 measures).
    made = {i: fresh[i].document() for i in national_ids if i in fresh}
    nationals = [*made.values(), *build.link_views(carried_nationals)]
    nationals.sort(key=lambda d: order[d.id])
    for document_id, view in fresh.items():
        document = made.get(document_id) or view.document()
        change = link_update(document, link_parent(document, nationals), stored=document)
        if change is not None:
            updates.append(change)
    if nationals_changed:
        carried_locals = [i for i in carried if levels.get(i) != "national"]
        for start in range(0, len(carried_locals), 200):
            for stored in build.link_views(carried_locals[start:start + 200]):
                linked = previous.documents[stored.id].linked
                before = unlink(stored, linked)
                change = link_update(before, link_parent(before, nationals), stored, linked)
                if change is not None:
                    updates.append(change)
    build.update_links(updates)


def rebuild_dataset(raw: Path, out: Path, db_url: str, on_file: Callable[[Path], None] | None = None,
                    settings: PdfSettings | None = None, *, workers: int | None = None, full: bool = False,
                    ocr: OcrSettings | None = None, on_page: Progress | None = None,
                    overwrite: bool = False) -> RebuildResult:
    """Read ``raw``, replace the database at ``db_url``, and write the CSV and JSONL into ``out``.

    Nothing is written unless every source reads: a failed rebuild leaves the old dataset intact.
    A database of another program's that the rebuild would replace or whose tables it would drop is
    refused before anything is read (:func:`pilotplans.store.db.replace_fault`) unless ``overwrite``.
    Documents whose source and reader are unchanged are carried over unread (see the module
    docstring) unless ``full`` asks for everything to be read again; ``workers`` processes read
    the others (by default one per 256 KiB of files to read, up to the cores:
    :func:`pilotplans.ingest.parallel.workers_for`). A ``$PILOTPLANS_SEGMENTER`` naming no engine, or one not
    installed, is refused before anything is read (:class:`~pilotplans.errors.BadSetting`, the command line's one
    line), not met in the middle of the first document whose places' names are cut.
    """
    from pilotplans.cut_engines import configured_engine

    configured_engine()
    sources = folder_sources(raw, settings, ocr)
    check_unique_ids(sources)
    ensure_folder(out)
    # A full rebuild reads every file whatever was stored: its reading starts before the build keys
    # and the previous build are worked out (a fortieth of a second of a rebuild of the bundled
    # five, spent while the worker imports its readers), and before what works them out is
    # imported (the store's reader of the previous build, sqlite3: 5 ms a worker forked after
    # them would wait for).
    with interrupts.protected() if full else nullcontext():
        started = _start_reading(sources, _sizes(sources), workers, on_file, on_page, carried=False) if full else None
        try:
            from pilotplans.ingest.digests import FACT, SourceDigests
            from pilotplans.ingest.versions import build_version
            from pilotplans.store.previous import previous_build, summaries_of

            version = build_version()
            previous = previous_build(db_url)
            # A database the last rebuild wrote is pilotplans' (told by the tables previous_build looked at already:
            # 2 ms of a rebuild with nothing to do); any other may be another program's, which is not replaced unasked.
            beside = _refuse_another_programs(db_url, overwrite) if not previous.usable else ()
            digests = SourceDigests(previous.info.get(FACT) if previous.usable and not full else None)  # --full hashes all
            planned = []
            for source in sources:
                try:
                    data_digest, size = digests.digest(source.path)
                except OSError as exc:
                    raise RebuildFailed([UnreadableFile(source.path, f"cannot open: {exc.strerror or exc}")]) from None
                planned.append(Planned(source, build_key(source, data_digest, version), size))
            keys = {p.source.id: p.key for p in planned}

            stale = version.changed(_stored_version(previous))
            if full:
                reason = "a full rebuild was asked for"
            elif not previous.usable:
                reason = previous.reason
            elif stale:
                reason = f"the {' and '.join(stale)} changed"
            else:
                reason = ""
            carry = {} if reason else {i: s for i, s in previous.documents.items() if i in keys and s.build_key == keys[i]}
            to_read = [p for p in planned if p.source.id not in carry]
            levels: dict[str, str | None] = {i: s.level for i, s in carry.items()}
            if not reason:
                reason = f"{len(to_read)} new or changed" if to_read else "nothing changed"

            if not to_read and set(previous.documents) == set(keys):
                # Nothing to read and nothing to remove: the database stays as it is.
                if not exports_intact(out, previous.info, layout=previous.exports):
                    rewrite_exports(db_url, out, previous)
                return RebuildResult(summaries_of(db_url), 0, len(carry), reason, _unlinked(db_url))

            if not carry and not overwrite:
                # A rebuild carrying nothing makes the SQLite file anew: tables of another program's beside pilotplans'
                # are refused here, before the documents are read (the reading of OCR'd PDFs takes minutes), not once
                # they are (DatasetBuild checks it again for its other callers).
                from pilotplans.store.db import beside_fault

                fault = beside_fault(db_url)
                if fault is not None:
                    raise fault
            with interrupts.protected():  # from here on, Ctrl-C stops the work only where it can be undone
                results, background, early = started or _start_reading([p.source for p in to_read], [p.size for p in to_read],
                                                                        workers, on_file, on_page, carried=bool(carry))  # workers start reading
                try:
                    summaries = _write_dataset(results, db_url, out, planned, carry, previous, version, levels, workers,
                                               prepare=background, early=early, facts=digests.fact(), overwrite=overwrite)
                finally:
                    # The diffs' pipes first: a diffs' process answering into a pipe nobody reads would hold up the
                    # reading worker, which waits for it as it ends, and the pool, which waits for the worker.
                    if early is not None:
                        early.close()
                    results.close()
        finally:  # (also when the rebuild stops before its documents are stored)
            if started is not None:
                if started[2] is not None:
                    started[2].close()
                started[0].close()
    return RebuildResult(summaries, len(to_read), len(carry), reason, _unlinked(db_url),
                         tuple(sorted(set(previous.documents) - set(keys))), beside)


def _refuse_another_programs(db_url: str, overwrite: bool) -> tuple[str, ...]:
    """Raise :func:`pilotplans.store.db.replace_fault` of the database at ``db_url`` unless ``overwrite``; else the
    tables of another program's a PostgreSQL database holds, which pilotplans' are made beside (a SQLite file is
    replaced whole)."""
    from pilotplans.store.db import other_tables, replace_fault, sqlite_path

    fault = None if overwrite else replace_fault(db_url)
    if fault is not None:
        raise fault
    return other_tables(db_url) if sqlite_path(db_url) is None else ()


def _unlinked(db_url: str) -> list[str]:
    """What :func:`pilotplans.ingest.unlinked.unlinked_notes` says of the documents stored at ``db_url``."""
    from pilotplans.ingest.unlinked import unlinked_notes
    from pilotplans.store.previous import plan_facts_of

    return unlinked_notes(plan_facts_of(db_url))


def _sizes(sources: Sequence[Source]) -> list[int]:
    """The sizes of the sources' files (0 for one that cannot be looked at: reading it says why)."""
    sizes = []
    for source in sources:
        try:
            sizes.append(source.path.stat().st_size)
        except OSError:
            sizes.append(0)
    return sizes


def _start_reading(sources: list[Source], sizes: list[int], workers: int | None, on_file: Callable[[Path], None] | None,
                   on_page: Progress | None, *, carried: bool) -> tuple[Reading | _NationalsFirst, bool, EarlyDiffs | None]:
    """Start reading ``sources`` (of these sizes) for a rebuild (``carried``: beside documents
    carried over); the reading, whether it is done in the background, and then the diffs the
    worker reading it begins as it reads (:mod:`pilotplans.ingest.early_diffs`). Where workers read and
    nothing is carried over, the national plans are read first when the manifest names them, and
    the other documents linked and diffed as they are read (:class:`_NationalsFirst`)."""
    from pilotplans.ingest.parallel import workers_for

    readers = workers_for(sizes) if workers is None else workers
    # Little to read: one worker reads it while this process imports and opens the database and
    # what writing needs (a third of a rebuild of the bundled five); a PDF or a scan is read here,
    # where its pages may have processes of their own. (A worker in the background only reads:
    # this process, which would wait for it, renders and cuts each document while the worker
    # reads the next.)
    background = workers is None and readers == 1 and not any(_paged(source.path) for source in sources)
    if not background and not carried:
        split = _split_nationals(sources)
        if split is not None:  # then the documents are linked and diffed as they are read
            return _NationalsFirst(*split, readers, on_file, on_page), False, None
    if background:
        # The records' models and the registry are imported and loaded by this process (to store the
        # documents and make the reference tables) and by the worker (to read them): imported and
        # loaded here, before the worker is forked, they are so once (the worker no longer hashes
        # the registry's key and unpickles its 1.5 MB: some 80 million instructions). Loaded
        # without settling the collector: this process imports SQLAlchemy and the rest next, and
        # settles once that is done (:func:`_prepare_writing`); the worker, once it has read its
        # first document.
        from pilotplans import collector
        from pilotplans.normalizers.registry import load_registry
        import pilotplans.schema.models  # noqa: F401

        with collector.settling_later():
            load_registry()
    if not background:
        return sources_read(sources, build_source, readers, on_file, on_page), False, None
    from functools import partial

    from pilotplans.ingest.early_diffs import EarlyDiffs

    early = EarlyDiffs(_named_parents(sources))
    in_reader = early.in_reader()
    try:
        reading = sources_read(_pairs_first(sources), read_source if in_reader is None else partial(_read_then_diff, diffs=in_reader),
                               readers, on_file, on_page, background=True)
    except BaseException:
        early.close()
        raise
    early.forked()
    return reading, True, early


def _read_then_diff(source: Source, diffs: ReaderDiffs, on_page: Progress | None = None) -> object:
    """:func:`read_source` in the worker reading in the background, which then begins (or sends on)
    the diffs the document makes possible, in processes forked from it (:mod:`pilotplans.ingest.early_diffs`)."""
    read = read_source(source, on_page)
    if not isinstance(read, UnreadableFile):
        diffs.read(read)
    return read


def _pairs_first(sources: Sequence[Source]) -> list[Source]:
    """``sources`` in the order a worker in the background reads them: each national plan another
    source's hints name as its parent, followed at once by the sources naming it, then the others,
    each group in the order given; so that the diffs of those pairs begin while the others are read
    (:mod:`pilotplans.ingest.early_diffs`). They are stored in the order given (:func:`_stored_order`)."""
    by_id = {source.id: source for source in sources}
    children = _named_parents(sources)
    first: list[Source] = []
    taken: set[str] = set()
    for source in sources:
        for member in ((source.id, *children[source.id]) if source.id in children else ()):
            if member not in taken:
                first.append(by_id[member])
                taken.add(member)
    return first + [source for source in sources if source.id not in taken]


def _named_parents(sources: Sequence[Source]) -> dict[str, list[str]]:
    """The ids of the sources whose hints name each parent, in their order."""
    children: dict[str, list[str]] = {}
    for source in sources:
        if source.parent is not None and source.parent != source.id:
            children.setdefault(source.parent, []).append(source.id)
    return children


def _stored_order(results: Iterable[object], ids: Sequence[str], early: EarlyDiffs | None) -> Iterator[object]:
    """The results of reading the documents of ``ids`` (perhaps read in another order: see
    :func:`_pairs_first`) in the order of ``ids``, the order they are stored in: a document read in
    the background is rendered as it comes (:func:`built_of`), after the diffs it makes possible are
    begun (``early``), and held until those before it are handed on. A file that could not be read
    is handed on at once; from then on the documents are no longer rendered (nothing will be stored)."""
    held: dict[str, Built] = {}
    upcoming = iter(ids)
    wanted = next(upcoming, None)
    failed = False
    for result in results:
        if isinstance(result, UnreadableFile):
            failed = True
            yield result
            continue
        if failed:
            continue
        if not isinstance(result, Built):  # a document read in the background
            if early is not None:
                early.read(result)  # type: ignore[arg-type]
            result = built_of(result)  # type: ignore[arg-type]
        held[result.document.id] = result
        while wanted in held:
            yield held.pop(wanted)  # type: ignore[arg-type]
            wanted = next(upcoming, None)
    yield from held.values()  # read under an id no source has: storing it says so


def _national(source: Source) -> bool:
    """Whether the manifest's hints give ``source`` as a national plan."""
    return source.level == "national"


def _paged(path: Path) -> bool:
    """Whether the file is a PDF or an image, read a page at a time, its pages perhaps over
    processes of its own (recognised through OCR, or ``PdfSettings.processes``); a file that
    cannot be opened is neither (its reader says why)."""
    from pilotplans.ingest.detect import HEAD_BYTES, is_paged

    try:
        with open(path, "rb") as handle:
            return is_paged(handle.read(HEAD_BYTES))
    except OSError:
        return False


def _prepare_writing(*, diffs_at_the_end: bool) -> None:
    """Import what storing, linking and diffing the documents and writing the workbook use (the
    registry is loaded): done while a worker reads, instead of after the last document came; then
    collect as usual. The diff's aligner (:mod:`pilotplans.diff.compare`) only when the plans are to
    be diffed here at the end (``diffs_at_the_end``): where the manifest names the national plans the
    local plans implement, they are diffed early by processes of their own
    (:mod:`pilotplans.ingest.early_diffs`), which import it themselves, and this process imports it
    only if a pair is left for it (:meth:`pilotplans.store.build.DatasetBuild.diff_plans`)."""
    from pilotplans import collector

    preload("pilotplans.ingest.parents", "pilotplans.store.references", "pilotplans.store.plans", "pilotplans.store.read",
            "pilotplans.store.workbook", "xlsxwriter", *(("pilotplans.diff.compare",) if diffs_at_the_end else ()))
    collector.settle()  # the registry was loaded before the worker was forked (:func:`_start_reading`)


def _write_dataset(results: Iterator[object], db_url: str, out: Path, planned: list[Planned],
                   carry: dict[str, StoredDocument], previous: PreviousBuild, version: BuildVersion,
                   levels: dict[str, str | None], workers: int | None, *, prepare: bool = False,
                   early: EarlyDiffs | None = None, facts: dict[str, str] | None = None,
                   overwrite: bool = False) -> list[DocumentSummary]:
    """Store the documents read (``results``) beside those carried over, link them, diff the local
    plans (over ``workers`` processes; None: as many as the pairs are worth), write the exports and
    put everything in place; the stored documents' summaries. Documents linked and diffed where
    they were read (:func:`build_linked`) are stored with their link and diff, and left out of
    linking and diffing here. ``prepare``: the documents are read by another process, and this one
    makes ready for what follows the reading meanwhile; ``early``: the diffs of local plans the
    reading worker begins as soon as they and their national plan are read
    (:mod:`pilotplans.ingest.early_diffs`), whose rows are stored with the others'. ``facts``: build facts
    to note besides the versions and the exports' digests."""
    from pilotplans.ingest.versions import diff_version
    from pilotplans.store.build import DatasetBuild, DocumentBuild, PairDiff
    from pilotplans.store.plans import pair_key
    from pilotplans.store.references import REFERENCES_FACT

    keys = {p.source.id: p.key for p in planned}
    with DatasetBuild(db_url, carry=bool(carry), overwrite=overwrite) as build, (closing(early) if early is not None else nullcontext()):
        if carry:
            build.keep(set(carry))
        if prepare:
            _prepare_writing(diffs_at_the_end=not (early is not None and early.pipes))
        fresh: dict[str, _LinkView] = {}  # the documents to link
        updates: list[LinkUpdate] = []  # the links made where the documents were read
        diff = diff_version()
        failures: list[UnreadableFile] = []
        waiting_for = {p.source.id for p in planned if p.source.id not in carry and _national(p.source)}
        for built in _stored_order(results, [p.source.id for p in planned if p.source.id not in carry], early):
            if isinstance(built, UnreadableFile):
                failures.append(built)
                continue
            if failures:  # nothing will be written: the other files are read only to report them too
                continue
            document = built.document
            pair = None
            if built.diff is not None:
                national, rows = built.diff
                pair = PairDiff(national, pair_key(keys.get(national), keys.get(document.id), diff), rows)
            build.add(document, DocumentBuild(keys[document.id], built.csv, built.jsonl, built.sheet, words=built.words,
                                              diff=pair, rows=built.rows))
            waiting_for.discard(document.id)
            if prepare:
                # A worker in the background reads the next document meanwhile, which this process
                # would wait for: the rows are stored now rather than all after the last document
                # (a tenth of what follows the reading of the bundled five). The rows of each table
                # go in in the same order, under the same keys, as one batch would put them.
                build.flush()
            elif not waiting_for and not results.ready():  # type: ignore[attr-defined]
                # Workers read, and the next document is not in: the rows queued are written while
                # this process would wait, rather than in a batch the last document leaves to be
                # written after it, with both workers done (2,000 rows: a few hundredths of a second).
                # Only once every national plan is stored: a local plan's diff refers to its own.
                build.flush(at_least=WAITING_FLUSH_ROWS)
            if not built.linked:
                fresh[document.id] = _LinkView.of(document)
            elif built.link is not None:
                updates.append(built.link)
            levels[document.id] = document.level
        if early is not None:
            early.no_more()  # every document is read: the diffs' processes end once their last diff is in
        if failures:
            position = {str(p.source.path): k for k, p in enumerate(planned)}
            raise RebuildFailed(sorted(failures, key=lambda f: position.get(f.path, len(position))))
        nationals = _nationals_key(keys, levels)
        _relink(build, planned, fresh, list(carry), previous, levels,
                nationals_changed=bool(carry) and nationals != previous.info.get("nationals"), updates=updates)
        fresh.clear()  # the link views are done with: not held while the plans are diffed

        # The exports in place lend their unchanged chunks when documents are carried over (then
        # the build that wrote them is of this version).
        staged = StagedExports(out, build.export_layout(), build.export_chunks, previous.exports if carry else None,
                               stamps=previous.info if carry else None)
        try:
            # The sheet of the documents is written while the workers diff the plans; the coverage
            # sheet, read from the diffs, once they are all stored; the documents' own sheets
            # were written where each was read, and are put in as the workbook closes.
            # The workbook in place lends its unchanged parts when documents are carried over (then
            # the build that wrote it is of this version).
            book = staged.open_workbook(previous.info if carry else None)
            summaries = build.summaries()  # the diffs change no count: counted once, for the sheet and the caller
            sheets = build.document_sheets(book, summaries, carry)
            build.diff_plans(keys, diff, workers=workers, meanwhile=sheets,
                             early=early.running if early is not None else None)
            for _ in sheets:
                pass
            coverage = build.coverage_key()
            if coverage is not None:  # the sheet is made only if the workbook in place does not hold it
                book.add_keyed("coverage", coverage, build.coverage_sheet)  # type: ignore[arg-type]
            staged.close_workbook(book)
            _code_as_versioned()
            info = {f"version.{name}": value for name, value in version.as_dict().items()}
            info.update(nationals=nationals, **staged.digests, **book.facts, **(facts or {}))
            build.finish(info, then=staged.put_in_place, references=previous.info.get(REFERENCES_FACT) if carry else None)
        finally:
            staged.discard()
    return summaries


def _code_as_versioned() -> None:
    """Raise :class:`pilotplans.errors.CodeChanged` when one of the package's files changed since this
    process imported it: the build version and the diffs' were hashed from the files when asked, and
    the documents read and diffed by the code imported before (or after) — stored under that version,
    the next rebuild would carry them over as the new code's. Asked as the build is about to be put
    in place, once every document is read and diffed: nothing is written then."""
    from pilotplans.errors import CodeChanged
    from pilotplans.ingest.versions import changed_since_import

    changed = changed_since_import(versioned=True)  # the command line's and the reports' files version nothing stored
    if changed is not None:
        raise CodeChanged(changed, "the rebuild")


def _stored_version(previous: PreviousBuild) -> BuildVersion | None:
    from pilotplans.ingest.versions import BuildVersion

    names = ("reader", "registry", "gazetteer", "store")
    if not previous.usable or any(f"version.{n}" not in previous.info for n in names):
        return None
    return BuildVersion(**{n: previous.info[f"version.{n}"] for n in names})

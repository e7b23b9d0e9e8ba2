"""The exports of a rebuild (``measures.csv``, ``measures.jsonl``, ``measures.xlsx``) written beside
their final place and put there with the new database, so that a rebuild that fails or is
interrupted leaves the old ones whole.

The CSV and JSONL are the stored documents' chunks in id order (:mod:`pilotplans.store.exports`):
after one change, each unchanged chunk is copied from the files in place once its bytes there hash
to the digest its build keeps, and only the others are read from the database. The workbook is put
together from kept sheets (:class:`pilotplans.xlsx.AssembledWorkbook`), lent its unchanged parts by
the workbook in place. Each file is synced to disk in the background before it is renamed over
the old one (:class:`pilotplans.files.BackgroundSync`).
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from pilotplans import interrupts
from pilotplans.files import BackgroundSync, default_mode, why_unwritable
from pilotplans.store.exports import file_digest

if TYPE_CHECKING:
    from pilotplans.store.exports import Chunks, Piece
    from pilotplans.store.previous import PreviousBuild
    from pilotplans.xlsx import AssembledWorkbook
    from pilotplans.xlsx_parts import PreviousWorkbook

CSV_NAME = "measures.csv"
JSONL_NAME = "measures.jsonl"
XLSX_NAME = "measures.xlsx"


def csv_head() -> str:
    from pilotplans.export import to_csv

    return to_csv([])


def _head(name: str) -> bytes:
    """What an export file opens with before the documents' chunks: the CSV's header row; the JSONL nothing."""
    return csv_head().encode("utf-8") if name == CSV_NAME else b""


def _sha256_of_file(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


class StagedExports:
    """The exports written beside their final place, put there by :meth:`put_in_place`.

    ``layout`` holds each stored document's chunks (:mod:`pilotplans.store.exports`), in the
    order they are written; ``fetch`` reads the chunks of the documents with the ids given from the
    database. ``previous``: the chunks of the exports in place (when the build that wrote them is
    of this version): each unchanged chunk is copied from there, once its bytes are checked."""

    def __init__(self, out: Path, layout: Sequence[Chunks], fetch: Callable[[Sequence[str]], Iterable[tuple[str, bytes, bytes]]],
                 previous: Sequence[Chunks] | None = None) -> None:
        self.out = out
        self.files: dict[str, Path] = {}
        self.digests: dict[str, str] = {}
        self._workbook_file: io.BufferedWriter | None = None
        self._book: AssembledWorkbook | None = None
        self._previous: PreviousWorkbook | None = None
        self._sync = BackgroundSync()
        try:
            self._write(layout, fetch, previous)
            self._sync.start([self.files[CSV_NAME], self.files[JSONL_NAME]])
        except BaseException:
            self.discard()
            raise

    def _open(self, name: str) -> io.BufferedWriter:
        target = self.out / name
        try:
            handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.out)
        except OSError as exc:
            from pilotplans.errors import OutputError

            raise OutputError(target, why_unwritable(target, exc)) from None
        self.files[name] = Path(temporary)
        return os.fdopen(handle, "wb")

    def _write(self, layout: Sequence[Chunks], fetch: Callable[[Sequence[str]], Iterable[tuple[str, bytes, bytes]]],
               previous: Sequence[Chunks] | None) -> None:
        from pilotplans.store.exports import piece_of

        head = _head(CSV_NAME)
        pieces: dict[str, list[Piece]] = {CSV_NAME: [piece_of(head)], JSONL_NAME: []}
        with self._open(CSV_NAME) as csv_file, self._open(JSONL_NAME) as jsonl_file, \
                closing(_InPlace(self.out, previous, layout)) as in_place:
            files = {CSV_NAME: csv_file, JSONL_NAME: jsonl_file}
            csv_file.write(head)
            # The chunks the files in place cannot lend are read from the database a batch at a
            # time; one they seemed to hold but do not (edited since) on its own.
            fetched = iter(fetch([c.document for c in layout if not in_place.lends(c)]))
            for chunks in layout:
                lent = in_place.lends(chunks)
                data = in_place.read(chunks) if lent else None
                if data is None:
                    interrupts.checkpoint()
                    doc_id, *rows = next(iter(fetch([chunks.document])) if lent else fetched)
                    assert doc_id == chunks.document, (doc_id, chunks.document)
                    data = dict(zip(files, rows))
                    for name in files:  # what is written, whatever the database says of it
                        pieces[name].append(piece_of(data[name]))
                else:
                    for name in files:
                        pieces[name].append(getattr(chunks, _EXPORT[name]))
                for name, handle in files.items():
                    handle.write(data[name])
        self.digests = {f"exports.{name}": file_digest(pieces[name]) for name in (CSV_NAME, JSONL_NAME)}

    def open_workbook(self, previous: dict[str, str] | None = None) -> AssembledWorkbook:
        """The workbook, to be written beside the other exports (then :meth:`close_workbook`).
        ``previous``: the facts of the build that wrote the exports in place, when it is of this
        version: the workbook there, if it is the one they name, lends the new one its unchanged
        parts (:class:`pilotplans.xlsx_parts.PreviousWorkbook`)."""
        import zipfile
        from xml.etree.ElementTree import ParseError

        from pilotplans.xlsx import AssembledWorkbook
        from pilotplans.xlsx_parts import PreviousWorkbook

        if previous is not None and exports_intact(self.out, previous, (XLSX_NAME,)):
            try:
                self._previous = PreviousWorkbook(self.out / XLSX_NAME, previous)
            except (OSError, zipfile.BadZipFile, KeyError, ParseError):
                self._previous = None  # changed since it was hashed: made whole
        self._workbook_file = self._open(XLSX_NAME)
        self._book = AssembledWorkbook(self._workbook_file, self._previous)
        return self._book

    def close_workbook(self, book: AssembledWorkbook | None = None) -> None:
        """Close the workbook (``book``: unless closed already) and note its hash."""
        if book is not None:
            book.close()
        self._workbook_file.close()
        self._close_previous()
        self.digests[f"exports.{XLSX_NAME}"] = _sha256_of_file(self.files[XLSX_NAME])
        self._sync.start([self.files[XLSX_NAME]])

    def put_in_place(self) -> None:
        self._sync.wait()
        mode = default_mode()
        for name, temporary in self.files.items():
            os.chmod(temporary, mode)
            os.replace(temporary, self.out / name)
        self.files.clear()

    def _close_previous(self) -> None:
        if self._previous is not None:
            self._previous.close()
            self._previous = None

    def discard(self) -> None:
        self._sync.wait()
        self._close_previous()
        if self._book is not None:
            self._book.discard()
        if self._workbook_file is not None:
            self._workbook_file.close()
        for temporary in self.files.values():
            temporary.unlink(missing_ok=True)
        self.files.clear()


#: Which chunk of a document's build each export file is made of.
_EXPORT = {CSV_NAME: "csv", JSONL_NAME: "jsonl"}


class _InPlace:
    """The exports in place, written as ``previous`` (each document's chunks, by id), lending the
    chunks of ``layout`` they hold (:func:`pilotplans.store.exports.copy_offsets`); closed by
    :meth:`close`. Without ``previous``, or where a file cannot be opened, it lends nothing."""

    def __init__(self, out: Path, previous: Sequence[Chunks] | None, layout: Sequence[Chunks]) -> None:
        from pilotplans.store.exports import copy_offsets

        self.handles: dict[str, int] = {}
        self.offsets: dict[str, dict[str, int]] = {name: {} for name in _EXPORT}
        if previous is None:
            return
        try:
            for name in _EXPORT:
                self.handles[name] = os.open(out / name, os.O_RDONLY)
        except OSError:
            self.close()
            return
        for name, export in _EXPORT.items():
            self.offsets[name] = copy_offsets(previous, len(_head(name)), layout, export)

    def lends(self, chunks: Chunks) -> bool:
        """Whether both files in place hold ``chunks`` where their build put them (as their
        layout says: the bytes are checked as they are read)."""
        return all(chunks.document in offsets for offsets in self.offsets.values())

    def read(self, chunks: Chunks) -> dict[str, bytes] | None:
        """The bytes of ``chunks`` in each file in place, if they are its bytes (else None)."""
        from pilotplans.store.exports import read_piece

        data = {}
        for name, export in _EXPORT.items():
            piece = read_piece(self.handles[name], self.offsets[name][chunks.document], getattr(chunks, export))
            if piece is None:
                return None
            data[name] = piece
        return data

    def close(self) -> None:
        for handle in self.handles.values():
            os.close(handle)
        self.handles.clear()
        self.offsets = {name: {} for name in _EXPORT}


def exports_intact(out: Path, info: dict[str, str], names: Sequence[str] = (CSV_NAME, JSONL_NAME, XLSX_NAME),
                    layout: Sequence[Chunks] | None = None) -> bool:
    """Whether the exports ``names`` in ``out`` are those the build of facts ``info`` wrote: the
    workbook by its hash; the CSV and JSONL by the chunks of ``layout`` (the build's), whose
    digests make theirs (:mod:`pilotplans.store.exports`)."""
    from pilotplans.store.exports import holds, piece_of

    for name in names:
        expected = info.get(f"exports.{name}")
        if name in _EXPORT:
            if layout is None:
                return False
            pieces = ([piece_of(_head(name))] if name == CSV_NAME else []) + [getattr(c, _EXPORT[name]) for c in layout]
            if file_digest(pieces) != expected or not holds(out / name, pieces):
                return False
            continue
        try:
            if _sha256_of_file(out / name) != expected:
                return False
        except OSError:
            return False
    return True


def rewrite_exports(db_url: str, out: Path, previous: PreviousBuild) -> None:
    """Write the exports again from the stored builds (someone changed or removed them)."""
    from functools import partial

    from pilotplans.store.build import export_chunks, export_layout
    from pilotplans.store.db import reading

    with reading(db_url) as connection:
        from pilotplans.store.workbook import write_dataset_workbook

        staged = StagedExports(out, export_layout(connection), partial(export_chunks, connection))
        try:
            write_dataset_workbook(connection, staged.open_workbook())
            staged.close_workbook()
        except BaseException:
            staged.discard()
            raise
    try:
        staged.put_in_place()
    finally:
        staged.discard()

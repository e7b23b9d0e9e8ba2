"""The exports of a rebuild (``measures.csv``, ``measures.jsonl``, ``measures.xlsx``) written beside
their final place and put there with the new database, so that a rebuild that fails or is
interrupted leaves the old ones whole.

The CSV and JSONL are the stored documents' chunks in id order (:mod:`pilotplans.store.exports`):
after one change, each unchanged chunk is copied from the files in place, and only the others are
read from the database. A file in place is taken for the one the last build wrote when its
*stamp* is the one that build noted (:func:`stamp`: inode, size and modification time; the build
dates each export it writes two seconds back, so that any later write to it changes its stamp,
whatever the clock's granularity): its unchanged chunks are then copied without being read (in the
kernel where it can: ``copy_file_range``), and, when nothing changed, the exports are not hashed.
Where the stamp is not the one noted (the file was touched, copied, edited), each chunk is copied
only once its bytes there hash to the digest its build keeps, and the workbook is hashed whole. The workbook is put
together from kept sheets (:class:`pilotplans.xlsx.AssembledWorkbook`), lent its unchanged parts by
the workbook in place. Each file is synced to disk in the background before it is renamed over
the old one (:class:`pilotplans.files.BackgroundSync`).
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import time
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


#: How far back a written export is dated (:func:`dated_stamp`): at least the coarsest granularity
#: of the file systems' times (FAT's two seconds).
DATED_BACK_NS = 2_000_000_000


def stamp_fact(name: str) -> str:
    """The build fact holding the stamp of export ``name`` as its build wrote it."""
    return f"exports.stamp.{name}"


def stamp(path: Path | None = None, *, handle: int | None = None) -> str:
    """What the file system says of a file's contents without reading them: its inode, size and
    modification time (of the file at ``path``, or of the open file ``handle``)."""
    status = os.fstat(handle) if handle is not None else os.stat(path)  # type: ignore[arg-type]
    return f"{status.st_ino}:{status.st_size}:{status.st_mtime_ns}"


def dated_stamp(path: Path) -> str:
    """Date the file at ``path``, written whole, :data:`DATED_BACK_NS` back, and return its stamp:
    a later write dates it at the time it is made, so that the stamp changes with any write (made
    in the same tick of the clock as the last of ours, it would otherwise leave the stamp as it was).
    Where the file cannot be dated (a file system that lets no one but its owner set a time) the
    stamp is empty, one no file has: the export is checked by its hash, as before stamps."""
    now = time.time_ns()
    try:
        os.utime(path, ns=(now, now - DATED_BACK_NS))
    except OSError:
        return ""
    return stamp(path)


def _stamped(path: Path, info: dict[str, str], name: str) -> bool:
    """Whether the file at ``path`` has the stamp the build of facts ``info`` noted for export ``name``."""
    noted = info.get(stamp_fact(name))
    try:
        return noted is not None and stamp(path) == noted
    except OSError:
        return False


class StagedExports:
    """The exports written beside their final place, put there by :meth:`put_in_place`.

    ``layout`` holds each stored document's chunks (:mod:`pilotplans.store.exports`), in the
    order they are written; ``fetch`` reads the chunks of the documents with the ids given from the
    database. ``previous``: the chunks of the exports in place (when the build that wrote them is
    of this version): each unchanged chunk is copied from there, once its bytes are checked, or
    at once where the files' stamps are those ``stamps`` (the facts of the build that wrote them) note."""

    def __init__(self, out: Path, layout: Sequence[Chunks], fetch: Callable[[Sequence[str]], Iterable[tuple[str, bytes, bytes]]],
                 previous: Sequence[Chunks] | None = None, stamps: dict[str, str] | None = None) -> None:
        self.out = out
        self.files: dict[str, Path] = {}
        self.digests: dict[str, str] = {}
        self._workbook_file: io.BufferedWriter | None = None
        self._book: AssembledWorkbook | None = None
        self._previous: PreviousWorkbook | None = None
        self._sync = BackgroundSync()
        try:
            self._write(layout, fetch, previous, stamps)
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
               previous: Sequence[Chunks] | None, stamps: dict[str, str] | None) -> None:
        from pilotplans.store.exports import piece_of

        head = _head(CSV_NAME)
        pieces: dict[str, list[Piece]] = {CSV_NAME: [piece_of(head)], JSONL_NAME: []}
        with self._open(CSV_NAME) as csv_file, self._open(JSONL_NAME) as jsonl_file, \
                closing(_InPlace(self.out, previous, layout, stamps)) as in_place:
            files = {CSV_NAME: csv_file, JSONL_NAME: jsonl_file}
            copies = {name: _Copies(in_place.handles.get(name), handle) for name, handle in files.items()}
            csv_file.write(head)
            # The chunks the files in place cannot lend are read from the database a batch at a
            # time; one they seemed to hold but do not (edited since) on its own.
            fetched = iter(fetch([c.document for c in layout if not in_place.lends(c)]))
            for chunks in layout:
                lent = in_place.lends(chunks)
                if lent and in_place.trusted:  # the files in place are as their build wrote them
                    for name in files:
                        piece = getattr(chunks, _EXPORT[name])
                        copies[name].add(in_place.offsets[name][chunks.document], piece.size)
                        pieces[name].append(piece)
                    continue
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
                    copies[name].flush()
                    handle.write(data[name])
            for name in files:
                copies[name].flush()
        self.digests = {f"exports.{name}": file_digest(pieces[name]) for name in (CSV_NAME, JSONL_NAME)}
        self.digests.update({stamp_fact(name): dated_stamp(self.files[name]) for name in (CSV_NAME, JSONL_NAME)})

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
        self.digests[stamp_fact(XLSX_NAME)] = dated_stamp(self.files[XLSX_NAME])
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
    :meth:`close`. Without ``previous``, or where a file cannot be opened, it lends nothing.
    ``trusted`` when both files, as opened, have the stamps ``stamps`` (the facts of the build
    that wrote them) note, and ``previous`` makes the digests noted with them: their chunks are
    then as that build wrote them, unread."""

    def __init__(self, out: Path, previous: Sequence[Chunks] | None, layout: Sequence[Chunks],
                 stamps: dict[str, str] | None = None) -> None:
        from pilotplans.store.exports import copy_offsets

        self.handles: dict[str, int] = {}
        self.offsets: dict[str, dict[str, int]] = {name: {} for name in _EXPORT}
        self.trusted = False
        if previous is None:
            return
        try:
            for name in _EXPORT:
                self.handles[name] = os.open(out / name, os.O_RDONLY)
            # (the layout too must be the one they were written as: ``extract --db`` takes a
            # document's chunks out of it, not out of the files)
            self.trusted = stamps is not None and all(
                stamp(handle=self.handles[name]) == stamps.get(stamp_fact(name))
                and file_digest(_pieces(name, previous)) == stamps.get(f"exports.{name}") for name in _EXPORT)
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
        self.trusted = False


class _Copies:
    """Ranges of the file in place ``source`` (an open handle) to be copied to the end of the
    export being written (``target``), one run of adjacent ranges at a time (:meth:`flush`, before
    anything else is written to it)."""

    def __init__(self, source: int | None, target: io.BufferedWriter) -> None:
        self.source, self.target = source, target
        self.start = self.size = 0

    def add(self, offset: int, size: int) -> None:
        if self.size and offset != self.start + self.size:
            self.flush()
        if not self.size:
            self.start = offset
        self.size += size

    def flush(self) -> None:
        if not self.size:
            return
        assert self.source is not None
        interrupts.checkpoint()
        self.target.flush()
        copy_range(self.source, self.target.fileno(), self.start, self.size)
        self.target.seek(0, os.SEEK_END)
        self.start = self.size = 0


def copy_range(source: int, target: int, offset: int, size: int) -> None:
    """Copy ``size`` bytes at ``offset`` of the open file ``source`` to the open file ``target``
    at its position: in the kernel (``copy_file_range``) where it can, else read and written here.
    A source that ends first changed since its stamp was checked: an error (nothing is put in place)."""
    from pilotplans.errors import OutputError

    in_kernel = hasattr(os, "copy_file_range")
    while size:
        done = 0
        if in_kernel:
            try:
                done = os.copy_file_range(source, target, size, offset)
            except OSError:  # not between these files (another file system, an old kernel): by hand
                in_kernel = False
        if not in_kernel:
            data = os.pread(source, min(size, 1 << 20), offset)
            done = len(data)
            if done:
                _write_all(target, data)
        if done == 0:
            raise OutputError(f"the export in place (handle {source})",
                              "it was shortened while it was copied; run the rebuild again")
        offset += done
        size -= done


def _write_all(target: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(target, view):]


def _pieces(name: str, layout: Sequence[Chunks]) -> list[Piece]:
    """The pieces of export ``name`` (CSV or JSONL) written as ``layout``: its head, then each chunk."""
    from pilotplans.store.exports import piece_of

    return ([piece_of(_head(name))] if name == CSV_NAME else []) + [getattr(c, _EXPORT[name]) for c in layout]


def exports_intact(out: Path, info: dict[str, str], names: Sequence[str] = (CSV_NAME, JSONL_NAME, XLSX_NAME),
                    layout: Sequence[Chunks] | None = None) -> bool:
    """Whether the exports ``names`` in ``out`` are those the build of facts ``info`` wrote: each
    by the stamp that build noted of it, or else the workbook by its hash and the CSV and JSONL by
    the chunks of ``layout`` (the build's), whose digests make theirs (:mod:`pilotplans.store.exports`)."""
    from pilotplans.store.exports import holds

    for name in names:
        expected = info.get(f"exports.{name}")
        if name in _EXPORT:
            if layout is None:
                return False
            pieces = _pieces(name, layout)
            if file_digest(pieces) != expected or not (_stamped(out / name, info, name) or holds(out / name, pieces)):
                return False
            continue
        if _stamped(out / name, info, name):
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

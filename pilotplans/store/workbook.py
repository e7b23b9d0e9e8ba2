"""The sheets of the dataset's workbook (``measures.xlsx``), read from the database a rebuild wrote.

A sheet ``documents`` (each document's metadata and counts), then a sheet per document (its
measures as ``measures.csv`` has them, without the document's own fields, the provenance last) and
a sheet ``coverage`` (each national measure × what each local plan implementing it made of it, from
the stored diffs: :mod:`pilotplans.store.plans`). Only documents stored by a rebuild (with their
exports) are in it, as in ``measures.csv``. A document's sheet is made once, where the document
is read, and kept with its build; the workbook is put together from the kept sheets, copied as
they are stored (:mod:`pilotplans.xlsx_parts`), so that a rebuild after one document changed
writes anew only the sheets ``documents`` and ``coverage`` and that document's; and of those
only the ones that changed, the others copied from the workbook in place
(:class:`pilotplans.xlsx_parts.PreviousWorkbook`; the coverage sheet is known by a key of the
pairs' cells, :func:`coverage_key`, before it is made).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from functools import partial
from itertools import chain, islice
from typing import TYPE_CHECKING, Any

from pilotplans.store.previous import DocumentSummary, summaries_on
from pilotplans.store.statements import Statements, as_date, in_list, statements
from pilotplans.xlsx import WIDTH_SAMPLE, Sheet, fitted_columns
from pilotplans.xlsx_parts import KeptSheet

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from pilotplans.xlsx import AssembledWorkbook

DOCUMENT_HEADERS = ("id", "title", "文号", "issuer", "date", "level", "region", "round", "parent", "measures", "warnings", "source_file")


def _document_rows(connection: Statements, summaries: Sequence[DocumentSummary] | None = None) -> list[list[Any]]:
    """A row of the sheet ``documents`` per document stored with a build; its counts are those of
    ``summaries`` (:func:`pilotplans.store.previous.summaries`, counted here when not given)."""
    if summaries is None:
        summaries = summaries_on(connection)
    counted = {summary.id: summary for summary in summaries}
    rows = []
    query = ('SELECT id, title, doc_no, issuer, date, level, region, "round", parent, source_name FROM documents '
             "WHERE id IN (SELECT document_id FROM document_builds) ORDER BY id")
    for row in connection.rows(query):
        doc_id, title, doc_no, issuer, date, level, region, round_, parent, source = row
        summary = counted.get(doc_id)
        rows.append([doc_id, title, doc_no, issuer, as_date(date), level, region, round_, parent,
                     summary.measures if summary else 0, summary.warnings if summary else 0, source])
    return rows


def coverage_sheet(connection: Statements | Connection) -> Sheet | None:
    """The coverage sheet, a national plan at a time: of its links only the columns the matrix
    shows are read, and its rows are made as they are written (a dataset of hundreds of local
    plans has as many columns, and a hundred thousand links)."""
    connection = statements(connection)
    pairs = connection.rows("SELECT national_document, local_document FROM plan_pairs")  # one row per pair diffed
    if not pairs:
        return None
    nationals = sorted({national for national, _ in pairs})
    plans = sorted({local for _, local in pairs})
    headers, labels = _coverage_frame(plans)
    rows = _coverage_rows(connection, nationals, plans)
    first = list(islice(rows, WIDTH_SAMPLE))
    return Sheet("coverage", fitted_columns(headers, first), chain(first, rows), labels)


def _coverage_frame(plans: Sequence[str]) -> tuple[list[str], tuple[int, ...]]:
    """The coverage sheet's headers with the local plans ``plans`` (as ``coverage -f xlsx`` heads its own:
    :func:`pilotplans.diff.columns.coverage_headers`) and its columns of labels written as text, which Excel is told
    are text (``:local``)."""
    from pilotplans.diff.columns import coverage_headers, label_columns

    return coverage_headers(plans), label_columns(len(plans))


def coverage_key(connection: Statements) -> str | None:
    """A key of everything :func:`coverage_sheet` makes its sheet from (None when it makes none):
    its headers and the columns it flags as text, the pairs and what the sheet shows of each (their
    ``cells_key``), and the national plans' measures. Reading it costs a few hundredths of a second where making the sheet costs tenths
    (a thousand plans): an incremental rebuild whose diffs changed no cell copies the sheet."""
    from pilotplans.xlsx_parts import content_key

    pairs = sorted(connection.rows("SELECT national_document, local_document, cells_key FROM plan_pairs"))
    if not pairs:
        return None
    marks, params = in_list("national", sorted({national for national, _, _ in pairs}))
    measure_rows = connection.rows(
        f"SELECT document_id, position, number, heading_number, heading_title, text FROM measures WHERE document_id IN {marks} "
        "ORDER BY document_id, position", params)
    # the headers and the columns flagged as text are in the key: a sheet kept from a rebuild that headed or flagged
    # them otherwise is made anew, not copied with its old headers
    frame = _coverage_frame(sorted({local for _, local, _ in pairs}))
    return content_key("coverage", frame, [tuple(pair) for pair in pairs], [tuple(row) for row in measure_rows])


def _coverage_rows(connection: Statements, nationals: list[str], plans: list[str]) -> Iterator[list[Any]]:
    from pilotplans.store.plans import coverage_rows

    for national in nationals:
        of_national = {"national": national}
        implementing = [i for (i,) in connection.rows(
            "SELECT DISTINCT local_document FROM plan_links WHERE national_document = :national", of_national)]
        if not implementing:
            continue
        found = connection.rows(
            "SELECT local_document, national_position, relation, local_label FROM plan_links WHERE national_document = :national "
            "AND national_position IS NOT NULL AND local_label IS NOT NULL ORDER BY local_document, position", of_national)
        measure_rows = connection.rows(
            "SELECT position, number, heading_number, heading_title, text FROM measures WHERE document_id = :national "
            "ORDER BY position", of_national)
        yield from coverage_rows(national, measure_rows, implementing, found, plans)


def write_dataset_workbook(connection: Statements | Connection, book: AssembledWorkbook) -> None:
    """Write the dataset's workbook (see the module docstring) to ``book``, and close it."""
    connection = statements(connection)
    for _ in document_sheets(connection, book):
        pass
    coverage = coverage_sheet(connection)
    if coverage is not None:
        book.add(coverage)
    book.close()


def document_sheets(connection: Statements, book: AssembledWorkbook,
                    summaries: Sequence[DocumentSummary] | None = None, carried: Collection[str] = ()) -> Iterator[None]:
    """Steps of writing to ``book`` the sheets of ``measures.xlsx`` but the coverage sheet: they do
    not depend on the stored diffs, and can be written while the plans are diffed. The sheet
    ``documents`` is written, its counts from ``summaries`` when the caller has them; each
    document's sheet is the one kept with its build (made where it was read:
    :func:`pilotplans.xlsx.kept_sheet`), read from the database as ``book`` closes, but those of
    the documents ``carried`` over, which the book may copy from the previous workbook instead."""
    documents = _document_rows(connection, summaries)
    yield from book.steps(Sheet("documents", fitted_columns(DOCUMENT_HEADERS, documents), documents))
    shapes = connection.rows("SELECT document_id, sheet_rows, sheet_columns, sheet_crc, sheet_size FROM document_builds "
                             "ORDER BY document_id")
    stored = StoredSheets(connection, [doc_id for doc_id, *_ in shapes])
    for k, (doc_id, rows, columns, crc, size) in enumerate(shapes):
        book.add_kept(doc_id, rows, columns, partial(stored.load, k), carried=(crc, size) if doc_id in carried else None)
        yield


class StoredSheets:
    """The sheets kept with the builds of documents ``ids``, read as the workbook closes: a batch
    of ``BATCH`` documents' in one query (a query per document cost a tenth of a second for a
    thousand), the last batch only held."""

    BATCH = 64

    def __init__(self, connection: Statements, ids: Sequence[str]) -> None:
        self.connection = connection
        self.ids = ids
        self._held: dict[str, KeptSheet] = {}

    def load(self, k: int) -> KeptSheet:
        """The sheet of document ``ids[k]``."""
        doc_id = self.ids[k]
        if doc_id not in self._held:
            marks, params = in_list("id", self.ids[k:k + self.BATCH])
            self._held = {
                i: KeptSheet(bytes(data), crc, size, rows, columns)
                for i, data, crc, size, rows, columns in self.connection.rows(
                    "SELECT document_id, sheet, sheet_crc, sheet_size, sheet_rows, sheet_columns FROM document_builds "
                    f"WHERE document_id IN {marks}", params)}
        return self._held[doc_id]

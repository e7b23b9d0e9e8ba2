"""The sheets of the dataset's workbook (``measures.xlsx``), read from the database a rebuild wrote.

A sheet ``documents`` (each document's metadata and counts), then a sheet per document (its
measures as ``measures.csv`` has them, without the document's own fields, the provenance last) and
a sheet ``coverage`` (each national measure × what each local plan implementing it made of it, from
the stored diffs: :mod:`pilotplans.store.plans`). Only documents stored by a rebuild (with their
exports) are in it, as in ``measures.csv``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, func, select

from pilotplans.store.models import metadata
from pilotplans.xlsx import Sheet, csv_records, fitted_columns, measure_sheet

_T = metadata.tables

DOCUMENT_HEADERS = ("id", "title", "文号", "issuer", "date", "level", "region", "round", "parent", "measures", "warnings", "source_file")


def _document_rows(connection: Connection) -> list[list[Any]]:
    documents, builds, measures, warnings = _T["documents"], _T["document_builds"], _T["measures"], _T["warnings"]
    counts = dict(connection.execute(select(measures.c.document_id, func.count()).group_by(measures.c.document_id)).all())
    flagged = dict(connection.execute(select(warnings.c.document_id, func.count()).where(warnings.c.heading_id.is_(None))
                                      .group_by(warnings.c.document_id)).all())
    rows = []
    query = (select(documents.c.id, documents.c.title, documents.c.doc_no, documents.c.issuer, documents.c.date,
                    documents.c.level, documents.c.region, documents.c.round, documents.c.parent, documents.c.source_name)
             .where(documents.c.id.in_(select(builds.c.document_id))).order_by(documents.c.id))
    for row in connection.execute(query):
        doc_id, title, doc_no, issuer, date, level, region, round_, parent, source = row
        rows.append([doc_id, title, doc_no, issuer, date, level, region, round_, parent, counts.get(doc_id, 0),
                     flagged.get(doc_id, 0), source])
    return rows


def _coverage_sheet(connection: Connection) -> Sheet | None:
    from pilotplans.store.plans import coverage_lines

    links, measures = _T["plan_links"], _T["measures"]
    link_rows = [dict(r) for r in connection.execute(select(links).order_by(links.c.national_document, links.c.local_document,
                                                                              links.c.position)).mappings()]
    if not link_rows:
        return None
    nationals = sorted({r["national_document"] for r in link_rows})
    measure_rows = [dict(r) for r in connection.execute(
        select(measures.c.document_id, measures.c.position, measures.c.number, measures.c.heading_number,
               measures.c.heading_title, measures.c.text)
        .where(measures.c.document_id.in_(nationals)).order_by(measures.c.document_id, measures.c.position)).mappings()]
    plans, lines = coverage_lines(measure_rows, link_rows)
    headers = ["national_document", "number", "position", "heading_number", "heading", "text"]
    for plan in plans:
        headers += [f"{plan}: relation", f"{plan}: local"]
    rows: list[list[Any]] = []
    for line in lines:
        row: list[Any] = [line.national, line.number, line.position, line.heading_number, line.heading, line.text]
        for plan in plans:
            relation, labels = line.cells.get(plan, (None, ()))
            row += [relation, "；".join(labels) or None]
        rows.append(row)
    fitted = list(fitted_columns(headers, rows))
    return Sheet("coverage", tuple(fitted), rows)


def dataset_sheets(connection: Connection) -> Iterator[Sheet]:
    """The sheets of ``measures.xlsx`` (see the module docstring), each read when it is written."""
    from pilotplans.export import CSV_COLUMNS

    documents = _document_rows(connection)
    yield Sheet("documents", fitted_columns(DOCUMENT_HEADERS, documents), documents)
    builds = _T["document_builds"]
    for (doc_id,) in connection.execute(select(builds.c.document_id).order_by(builds.c.document_id)).all():
        text = connection.execute(select(builds.c.csv).where(builds.c.document_id == doc_id)).scalar_one()
        yield measure_sheet(doc_id, csv_records(text, CSV_COLUMNS), one_document=True)
    coverage = _coverage_sheet(connection)
    if coverage is not None:
        yield coverage


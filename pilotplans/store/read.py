"""Reading stored documents back as records, a few queries per table (no ORM objects)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from sqlalchemy import Connection, Select, select

from pilotplans.schema.models import Document
from pilotplans.store import rows as r
from pilotplans.store.models import metadata

_T = metadata.tables


def _rows(connection: Connection, query: Select[Any]) -> list[Mapping[str, Any]]:
    return list(connection.execute(query).mappings())


def read_documents(connection: Connection, ids: Collection[str] | None = None) -> list[Document]:
    """The documents stored through ``connection`` (all, or those with the given ids), by id."""
    documents, conventions, tables, headings = _T["documents"], _T["conventions"], _T["tables"], _T["headings"]
    measures, policies, warnings = _T["measures"], _T["policy_rows"], _T["warnings"]
    departments, regions = _T["measure_departments"], _T["measure_regions"]

    def of_documents(query: Select[Any], column: Any) -> Select[Any]:
        return query if ids is None else query.where(column.in_(list(ids)))

    measure_ids = of_documents(select(measures.c.id), measures.c.document_id).scalar_subquery()

    def of_measures(query: Select[Any], column: Any) -> Select[Any]:
        return query if ids is None else query.where(column.in_(measure_ids))

    document_rows = _rows(connection, of_documents(select(documents), documents.c.id).order_by(documents.c.id))
    if not document_rows:
        return []
    warning_rows = _rows(connection, of_documents(select(warnings), warnings.c.document_id).order_by(warnings.c.id))
    by_heading: dict[int, list[Any]] = {}
    by_measure: dict[int, list[Any]] = {}
    by_document: dict[str, list[Any]] = {}
    for row in warning_rows:
        if row["heading_id"] is not None:
            by_heading.setdefault(row["heading_id"], []).append(r.warning(row))
        elif row["measure_id"] is not None:
            by_measure.setdefault(row["measure_id"], []).append(r.warning(row))
        else:
            by_document.setdefault(row["document_id"], []).append(r.warning(row))

    heading_rows = r.group(_rows(connection, of_documents(select(headings), headings.c.document_id)
                                 .order_by(headings.c.table_id, headings.c.position)), "table_id")
    table_rows = r.group(_rows(connection, of_documents(select(tables), tables.c.document_id)
                               .order_by(tables.c.document_id, tables.c.index)), "document_id")
    convention_rows = r.group(_rows(connection, of_documents(select(conventions), conventions.c.document_id)
                                    .order_by(conventions.c.document_id, conventions.c.position)), "document_id")
    policy_rows = r.group(_rows(connection, of_measures(select(policies), policies.c.measure_id)
                                .order_by(policies.c.measure_id, policies.c.position)), "measure_id")
    department_rows = r.group(_rows(connection, of_measures(select(departments), departments.c.measure_id)
                                    .order_by(departments.c.measure_id, departments.c.position)), "measure_id")
    region_rows = r.group(_rows(connection, of_measures(select(regions), regions.c.measure_id)
                                .order_by(regions.c.measure_id, regions.c.position)), "measure_id")
    measure_rows = r.group(_rows(connection, of_documents(select(measures), measures.c.document_id)
                                 .order_by(measures.c.document_id, measures.c.position)), "document_id")

    result = []
    for row in document_rows:
        doc_id = row["id"]
        doc_tables = [
            r.table(t, [r.heading(h, by_heading.get(h["id"], [])) for h in heading_rows.get(t["id"], [])])
            for t in table_rows.get(doc_id, [])
        ]
        doc_measures = [
            r.measure(m, policies=[r.policy(p) for p in policy_rows.get(m["id"], [])],
                      departments=[r.department(d) for d in department_rows.get(m["id"], [])],
                      regions=[r.region(g) for g in region_rows.get(m["id"], [])],
                      warnings=by_measure.get(m["id"], []))
            for m in measure_rows.get(doc_id, [])
        ]
        result.append(r.document(row, tables=doc_tables, measures=doc_measures,
                                 conventions=[r.convention(c) for c in convention_rows.get(doc_id, [])],
                                 warnings=by_document.get(doc_id, [])))
    return result

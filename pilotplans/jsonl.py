"""Measures as JSONL (what ``extract --format jsonl`` prints), made from the records directly: the
same text as :mod:`pilotplans.export` writes from its :class:`~pilotplans.export.MeasureOut`,
without that module's record classes to import or a record to validate for each measure."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pilotplans.schema.models import Document, Measure


def jsonl_lines(dumped: Iterable[dict[str, object]]) -> str:
    """One line of JSON for each of ``dumped``, its Chinese text as it is."""
    return "".join(json.dumps(data, ensure_ascii=False) + "\n" for data in dumped)


def measure_data(document: Document, measure: Measure) -> dict[str, Any]:
    """A measure's flat record as plain data: what a JSONL line holds, field for field and in the
    same order, the floats of the source as floats and the date as its ISO form. The one place that
    says which field comes from where: :func:`pilotplans.export.measure_out` validates it into a
    ``MeasureOut`` (for CSV and XLSX), whose ``model_dump(mode="json")`` gives it back."""
    table = next((t for t in document.tables if t.index == measure.table), None)
    src = measure.source
    return {
        "document": document.id, "doc_title": document.title, "doc_no": document.doc_no,
        "doc_issuer": document.issuer, "doc_date": None if document.date is None else document.date.isoformat(),
        "level": document.level, "region": document.region, "table": measure.table,
        "table_title": table.title if table else None, "heading_number": measure.heading_number,
        "heading": measure.heading_title, "heading_path": list(measure.heading_path), "number": measure.number,
        "number_raw": measure.number_raw, "position": measure.position, "text": measure.text,
        "responsibility": measure.responsibility, "superior": measure.superior, "cooperating": measure.cooperating,
        "remarks": measure.remarks, "scope": measure.scope, "sector": measure.sector,
        "regulations": measure.regulations, "deadline": measure.deadline, "leader": measure.leader,
        "policies": [{"text": p.text, "responsibility": p.responsibility} for p in measure.policies],
        "scope_kind": measure.scope_kind,
        "departments": [{"raw": d.raw, "column": d.column, "id": d.id, "name": d.name, "role": d.role,
                         "level": d.level, "counterpart": d.counterpart, "counterpart_name": d.counterpart_name}
                        for d in measure.departments],
        "regions": [{"raw": r.raw, "id": r.id, "name": r.name, "scope": measure.scope_kind, "source": r.source}
                    for r in measure.regions],
        "source": {"file": src.file, "format": src.format, "page": src.page, "table": src.table, "row": src.row,
                   "line": src.line_start, "line_end": src.line_end, "paragraph": src.paragraph,
                   "bbox": [float(v) for v in src.bbox] if src.bbox else None, "ocr": src.ocr,
                   "confidence": None if src.confidence is None else float(src.confidence)},
        "warnings": [w.code for w in measure.warnings],
    }


def documents_jsonl(documents: Iterable[Document]) -> str:
    """:func:`~pilotplans.export.to_jsonl` of :func:`~pilotplans.export.measures_out` of ``documents``, byte for byte, from
    :func:`measure_data`."""
    return jsonl_lines(measure_data(d, m) for d in documents for m in d.measures)

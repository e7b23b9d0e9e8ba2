"""Measures as JSONL and JSON (what ``extract --format jsonl`` and ``--format json`` print), made from
the records directly: the same text as :mod:`pilotplans.export` writes from its
:class:`~pilotplans.export.MeasureOut`, without that module's record classes to import or a record to
validate for each measure."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pilotplans.schema.models import Document, Measure


def jsonl_lines(dumped: Iterable[dict[str, object]]) -> str:
    """One line of JSON for each of ``dumped``, its Chinese text as it is."""
    return "".join(json.dumps(data, ensure_ascii=False) + "\n" for data in dumped)


def json_array(dumped: list[dict[str, Any]]) -> str:
    """Records' dumps (``model_dump(mode="json")``, or :func:`pilotplans.jsonl.measure_data`) as one
    JSON array indented by two spaces: what ``json.dumps(dumped, ensure_ascii=False, indent=2)``
    gives, made by pydantic-core (``json.dumps`` lays an indented text out in Python, not in its C
    encoder: with a record validated for each measure, 5% of national-2025's ``extract -f json``). A float
    below 1e-4 (a PDF's coordinate a hair from zero) is written ``9.9e-05`` by Python and
    ``0.000099`` by pydantic-core; one of 1e16 or more ``1e+16`` by Python and, by the pydantic-core
    of the oldest pydantic this package takes (2.6), ``1e16``; one that is not finite is Python's
    ``NaN`` or ``Infinity`` only while pydantic-core's ``inf_nan_mode`` is left at its default:
    records holding any of these are written by ``json.dumps``, as before."""
    import pydantic_core

    if not all(_floats_written_alike(data) for data in dumped):
        return json.dumps(dumped, ensure_ascii=False, indent=2) + "\n"
    return pydantic_core.to_json(dumped, indent=2).decode("utf-8") + "\n"


def _floats_written_alike(data: dict[str, Any]) -> bool:
    """Whether Python's JSON and pydantic-core's write each float of a record's dump (its source's
    box and OCR confidence) alike: both write the shortest digits that read back as the float, and
    both as plain digits from 1e-4 up to 1e16, where Python (``repr``) writes no exponent; outside it
    the two exponents are not written alike by every pydantic-core (:func:`json_array`)."""
    source = data["source"]
    floats = [*(source["bbox"] or ()), *(() if source["confidence"] is None else (source["confidence"],))]
    return all(value == 0 or 1e-4 <= abs(value) < 1e16 for value in floats)


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
        "source": {"file": src.file, "format": src.format, "sheet": src.sheet, "page": src.page, "table": src.table, "row": src.row,
                   "line": src.line_start, "line_end": src.line_end, "paragraph": src.paragraph,
                   "bbox": [float(v) for v in src.bbox] if src.bbox else None, "ocr": src.ocr,
                   "confidence": None if src.confidence is None else float(src.confidence)},
        "warnings": [w.code for w in measure.warnings],
    }


def documents_jsonl(documents: Iterable[Document]) -> str:
    """:func:`~pilotplans.export.to_jsonl` of :func:`~pilotplans.export.measures_out` of ``documents``, byte for byte, from
    :func:`measure_data`."""
    return jsonl_lines(measure_data(d, m) for d in documents for m in d.measures)


def documents_json(documents: Iterable[Document]) -> str:
    """:func:`~pilotplans.export.to_json` of :func:`~pilotplans.export.measures_out` of ``documents``, byte for byte, from
    :func:`measure_data` (no ``MeasureOut`` built for each measure, as :func:`documents_jsonl`)."""
    return json_array([measure_data(d, m) for d in documents for m in d.measures])

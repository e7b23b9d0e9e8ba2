"""A Document as plain rows of the database's tables, and back.

Pure functions between the records of :mod:`pilotplans.schema` and one ``dict`` per table row,
so that the store can insert whole tables at once (executemany, COPY) instead of one ORM object
at a time. Integer keys are given here, from :class:`NextIds`, so that child rows can name their
parent without a round trip to the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from pydantic import BaseModel

from pilotplans.schema.models import (
    Citation, Convention, DepartmentLink, Document, Heading, Measure, PolicyRow, RegionLink, SourceFile, SourceRef, Table, Warning,
)

Row = dict[str, Any]
M = TypeVar("M", bound=BaseModel)

#: The tables a Document is written to, parents before children (the order rows are inserted in).
DOCUMENT_TABLES = ("documents", "conventions", "tables", "headings", "measures", "policy_rows", "warnings",
                   "measure_departments", "measure_regions", "measure_search")


@dataclass
class NextIds:
    """The next free integer key of each table a Document is written to."""

    conventions: int = 1
    tables: int = 1
    headings: int = 1
    measures: int = 1
    policy_rows: int = 1
    warnings: int = 1
    measure_departments: int = 1
    measure_regions: int = 1

    def take(self, table: str) -> int:
        value: int = getattr(self, table)
        setattr(self, table, value + 1)
        return value

    @classmethod
    def after(cls, highest: Mapping[str, int | None]) -> NextIds:
        """The ids that follow the highest ones in use (``None`` for an empty table)."""
        return cls(**{spec.name: (highest.get(spec.name) or 0) + 1 for spec in fields(cls)})


@dataclass
class Rows:
    """Rows to insert, per table, in the order they were made."""

    tables: dict[str, list[Row]] = field(default_factory=lambda: {name: [] for name in DOCUMENT_TABLES})

    def count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())

    def clear(self) -> None:
        for rows in self.tables.values():
            rows.clear()


def _source(ref: SourceRef) -> Row:
    bbox = ref.bbox or (None, None, None, None)
    return dict(
        src_file=ref.file, src_format=ref.format, src_table=ref.table, src_row=ref.row, src_sheet=ref.sheet, src_page=ref.page,
        src_x0=bbox[0], src_top=bbox[1], src_x1=bbox[2], src_bottom=bbox[3],
        src_line_start=ref.line_start, src_line_end=ref.line_end, src_paragraph=ref.paragraph,
        src_ocr=ref.ocr, src_confidence=ref.confidence,
    )


def _warning_rows(rows: Rows, ids: NextIds, document_id: str, warnings: Sequence[Warning], *,
                  measure_id: int | None = None, heading_id: int | None = None) -> None:
    rows.tables["warnings"].extend(
        dict(id=ids.take("warnings"), document_id=document_id, measure_id=measure_id, heading_id=heading_id,
             code=w.code, message=w.message)
        for w in warnings
    )


def document_row(document: Document) -> Row:
    """The ``documents`` row of ``document``."""
    source = document.source
    return dict(
        id=document.id, title=document.title, doc_no=document.doc_no, doc_no_raw=document.doc_no_raw,
        issuer=document.issuer, date=document.date,
        level=document.level, region=document.region, programme=document.programme, round=document.round,
        parent=document.parent, parent_doc_no=document.parent_doc_no,
        citations=[{"title": c.title, "doc_no": c.doc_no} for c in document.citations], source_path=source.path,
        source_name=source.name, source_sha256=source.sha256, source_format=source.format, source_size=source.size,
        notes=list(document.notes),
    )


def add_document(rows: Rows, ids: NextIds, document: Document) -> None:
    """Append every row ``document`` is stored as to ``rows``, taking keys from ``ids``."""
    doc_id = document.id
    out = rows.tables
    heading_of: dict[tuple[str, str], list[tuple[int, Warning]]] = {}  # a heading's warnings, to be stored once (below)
    out["documents"].append(document_row(document))
    out["conventions"].extend(
        dict(id=ids.take("conventions"), document_id=doc_id, position=i, kind=c.kind, text=c.text, role=c.role, body=c.body,
             from_measure=c.from_measure, table_index=c.table)
        for i, c in enumerate(document.conventions, start=1)
    )
    for table in document.tables:
        table_id = ids.take("tables")
        out["tables"].append(dict(id=table_id, document_id=doc_id, index=table.index, kind=table.kind, title=table.title,
                                  attachment=table.attachment, columns=list(table.columns), roles=list(table.roles),
                                  **_source(table.source)))
        for heading in table.headings:
            heading_id = ids.take("headings")
            out["headings"].append(dict(
                id=heading_id, table_id=table_id, document_id=doc_id, position=heading.position,
                number_raw=heading.number_raw, number=heading.number, title=heading.title,
                description=heading.description, level=heading.level, parent_position=heading.parent,
                **_source(heading.source)))
            for w in heading.warnings:
                heading_of.setdefault((w.code, w.message), []).append((heading_id, w))
    for measure in document.measures:
        measure_id = ids.take("measures")
        out["measures"].append(dict(
            id=measure_id, document_id=doc_id, position=measure.position, table_index=measure.table,
            heading_position=measure.heading, heading_title=measure.heading_title,
            heading_number=measure.heading_number, heading_path=list(measure.heading_path),
            number_raw=measure.number_raw, number=measure.number, text=measure.text,
            responsibility=measure.responsibility, responsibility_label=measure.responsibility_label,
            cooperating=measure.cooperating, leader=measure.leader, superior=measure.superior,
            remarks=measure.remarks, scope=measure.scope, sector=measure.sector, regulations=measure.regulations,
            deadline=measure.deadline, scope_kind=measure.scope_kind, **_source(measure.source)))
        out["policy_rows"].extend(
            dict(id=ids.take("policy_rows"), measure_id=measure_id, position=i, text=p.text,
                 responsibility=p.responsibility, **_source(p.source))
            for i, p in enumerate(measure.policies, start=1)
        )
        _warning_rows(rows, ids, doc_id, measure.warnings, measure_id=measure_id)
        out["measure_departments"].extend(
            dict(id=ids.take("measure_departments"), measure_id=measure_id, position=i, column=d.column, raw=d.raw,
                 body_id=d.id, name=d.name, role=d.role, role_phrase=d.role_phrase, level=d.level,
                 counterpart_id=d.counterpart, counterpart_name=d.counterpart_name, region_id=d.region, via=d.via,
                 flags=list(d.flags))
            for i, d in enumerate(measure.departments, start=1)
        )
        out["measure_regions"].extend(
            dict(id=ids.take("measure_regions"), measure_id=measure_id, position=i, raw=r.raw, region_id=r.id,
                 name=r.name, source=r.source)
            for i, r in enumerate(measure.regions, start=1)
        )
    _document_warning_rows(rows, ids, doc_id, document.warnings, heading_of)


def _document_warning_rows(rows: Rows, ids: NextIds, document_id: str, warnings: Sequence[Warning],
                           heading_of: dict[tuple[str, str], list[tuple[int, Warning]]]) -> None:
    """The rows of a document's warnings, in their order. A heading's warning is one of its
    document's too (the reader adds it to both): it is stored once, in the document's order, with
    the heading's key (it was stored twice, the document's row without it, so that the warnings
    table held each heading warning twice). A heading's warning its document does not hold keeps
    its own row."""
    for w in warnings:
        held = heading_of.get((w.code, w.message))
        _warning_rows(rows, ids, document_id, [w], heading_id=held.pop(0)[0] if held else None)
    for left in heading_of.values():
        for heading_id, w in left:
            _warning_rows(rows, ids, document_id, [w], heading_id=heading_id)


#: The columns holding the key of another row of a document, by the table whose key it is.
KEY_COLUMNS = {"table_id": "tables", "heading_id": "headings", "measure_id": "measures"}


def document_rows(document: Document) -> Rows:
    """The rows ``document`` is stored as, keyed from 1 (:func:`add_rows` moves the keys where
    they go): made where the document is read, they cross to the process storing it in a tenth of
    the time the Document takes to unpickle, and that process need not make them."""
    rows = Rows()
    add_document(rows, NextIds(), document)
    return rows


def add_rows(rows: Rows, ids: NextIds, made: Rows) -> None:
    """Append ``made`` (one document's rows, :func:`document_rows`) to ``rows``, their keys and the
    keys they hold moved to the ones ``ids`` gives next (which are taken): the rows
    :func:`add_document` appends."""
    offsets = {name: getattr(ids, name) - 1 for name in NextIds.__dataclass_fields__}
    for name in DOCUMENT_TABLES:
        batch = made.tables[name]
        if not batch:
            continue
        own = offsets.get(name)
        held = [(column, offsets[table]) for column, table in KEY_COLUMNS.items() if column in batch[0]]
        for row in batch:
            if own is not None:
                row["id"] += own
            for column, offset in held:
                if row[column] is not None:
                    row[column] += offset
        rows.tables[name].extend(batch)
        if own is not None:
            setattr(ids, name, getattr(ids, name) + len(batch))


# ----------------------------------------------------------------------------- rows → records
#
# The rows were validated as records when they were written, so the records are put together
# without validating them again: :func:`construct` does what pydantic's ``model_construct`` does
# for a model given every field (no aliases, no extra fields, no post-init: a test holds every
# record class to it), without looking at each field's aliases and defaults — a fifth of the time,
# which matters when a thousand documents are loaded.

_set = object.__setattr__


def construct(cls: type[M], values: dict[str, Any]) -> M:
    """An instance of the record class ``cls`` holding ``values`` (every field), unvalidated."""
    instance = cls.__new__(cls)
    fields = {name: values[name] for name in cls.__pydantic_fields__}
    _set(instance, "__dict__", fields)
    _set(instance, "__pydantic_fields_set__", set(fields))
    _set(instance, "__pydantic_extra__", None)
    _set(instance, "__pydantic_private__", None)
    return instance


def _source_ref(row: Mapping[str, Any]) -> SourceRef:
    bbox = None
    if row["src_x0"] is not None:
        bbox = (row["src_x0"], row["src_top"], row["src_x1"], row["src_bottom"])
    return construct(SourceRef, dict(
        file=row["src_file"], format=row["src_format"], table=row["src_table"], row=row["src_row"], sheet=row["src_sheet"],
        page=row["src_page"], bbox=bbox, line_start=row["src_line_start"], line_end=row["src_line_end"],
        paragraph=row["src_paragraph"], ocr=bool(row["src_ocr"]), confidence=row["src_confidence"]))


def warning(row: Mapping[str, Any]) -> Warning:
    return construct(Warning, dict(code=row["code"], message=row["message"]))


def convention(row: Mapping[str, Any]) -> Convention:
    return construct(Convention, dict(kind=row["kind"], text=row["text"], role=row["role"], body=row["body"],
                                       from_measure=row["from_measure"], table=row.get("table_index")))


def heading(row: Mapping[str, Any], warnings: list[Warning]) -> Heading:
    return construct(Heading, dict(
        position=row["position"], number_raw=row["number_raw"], number=row["number"], title=row["title"],
        description=row["description"], level=row["level"], parent=row["parent_position"], source=_source_ref(row),
        warnings=warnings))


def table(row: Mapping[str, Any], headings: list[Heading]) -> Table:
    return construct(Table, dict(
        index=row["index"], kind=row["kind"], title=row["title"], attachment=row["attachment"],
        columns=list(row["columns"]), roles=list(row["roles"]), headings=headings, source=_source_ref(row)))


def policy(row: Mapping[str, Any]) -> PolicyRow:
    return construct(PolicyRow, dict(text=row["text"], responsibility=row["responsibility"], source=_source_ref(row)))


def department(row: Mapping[str, Any]) -> DepartmentLink:
    return construct(DepartmentLink, dict(
        raw=row["raw"], column=row["column"], id=row["body_id"], name=row["name"], role=row["role"],
        role_phrase=row["role_phrase"], level=row["level"], counterpart=row["counterpart_id"],
        counterpart_name=row["counterpart_name"], region=row["region_id"], via=row["via"], flags=list(row["flags"] or [])))


def region(row: Mapping[str, Any]) -> RegionLink:
    return construct(RegionLink, dict(raw=row["raw"], id=row["region_id"], name=row["name"], source=row["source"]))


def measure(row: Mapping[str, Any], *, policies: list[PolicyRow], departments: list[DepartmentLink],
            regions: list[RegionLink], warnings: list[Warning]) -> Measure:
    return construct(Measure, dict(
        position=row["position"], table=row["table_index"], heading=row["heading_position"],
        heading_title=row["heading_title"], heading_number=row["heading_number"],
        heading_path=list(row["heading_path"] or []), number_raw=row["number_raw"], number=row["number"],
        text=row["text"], responsibility=row["responsibility"], responsibility_label=row["responsibility_label"],
        cooperating=row["cooperating"], leader=row["leader"], superior=row["superior"], remarks=row["remarks"],
        scope=row["scope"], sector=row["sector"], regulations=row["regulations"], deadline=row["deadline"],
        policies=policies, departments=departments, regions=regions, scope_kind=row["scope_kind"],
        source=_source_ref(row), warnings=warnings))


def document(row: Mapping[str, Any], *, tables: list[Table], measures: list[Measure], conventions: list[Convention],
             warnings: list[Warning]) -> Document:
    source = construct(SourceFile, dict(path=row["source_path"], name=row["source_name"], sha256=row["source_sha256"],
                                        format=row["source_format"], size=row["source_size"]))
    return construct(Document, dict(
        id=row["id"], title=row["title"], doc_no=row["doc_no"], doc_no_raw=row.get("doc_no_raw"), issuer=row["issuer"],
        date=row["date"], level=row["level"], region=row["region"], programme=row["programme"], round=row["round"],
        parent=row["parent"], parent_doc_no=row["parent_doc_no"], source=source,
        citations=[construct(Citation, dict(title=c["title"], doc_no=c["doc_no"])) for c in row.get("citations") or ()],
        tables=tables, measures=measures, notes=list(row["notes"] or []), conventions=conventions, warnings=warnings))


def group(rows: Iterable[Mapping[str, Any]], key: str) -> dict[Any, list[Mapping[str, Any]]]:
    """``rows`` grouped by the value of ``key``, each group in the order given."""
    grouped: dict[Any, list[Mapping[str, Any]]] = {}
    for row in rows:
        grouped.setdefault(row[key], []).append(row)
    return grouped


def text_only(text: str) -> Measure:
    """A measure that holds only its text (for linking a document to its national plan, which
    compares measure texts). Every optional field is given, so that pydantic computes no default
    (it inspects each default factory's signature, a slow affair for thousands of measures)."""
    return Measure.model_construct(
        heading=None, heading_title=None, heading_number=None, heading_path=[], number_raw=None, number=None, text=text,
        responsibility=None, responsibility_label=None, cooperating=None, leader=None, superior=None, remarks=None,
        scope=None, sector=None, regulations=None, deadline=None, policies=[], departments=[], regions=[], scope_kind=None,
        warnings=[])


@dataclass(frozen=True)
class LinkUpdate:
    """A document's link to its national plan, made anew. (Here, not beside the database build
    that stores it: a worker linking the plans it reads makes one, and forked before the store is
    imported, it would import the database's library for this class alone.)"""

    document: str
    parent: str | None
    round: int | None
    programme: str | None
    inferred: Warning | None
    linked: tuple[str, ...]

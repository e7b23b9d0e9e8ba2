"""Turning drafts into the records of :mod:`pilotplans.schema.models`."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import regex

from pilotplans.layout import Layout, Paragraph, Where
from pilotplans.parsers.described import Described
from pilotplans.parsers.interpret.drafts import HeadingDraft, MeasureDraft
from pilotplans.parsers.metadata import Metadata
from pilotplans.patterns import compiled
from pilotplans.schema.models import (
    Citation, Convention, Document, Heading, Measure, PolicyRow, SourceFile, SourceRef, Table, Warning,
)

#: A note's opening under a table (注：, 说明：, 备注：).
NOTE_OPENING = compiled(r"^\s*(注|说明|备注)\s*[：:]")


@dataclass(frozen=True)
class DocumentHints(Described):
    """What is known of a document beyond its own text (from the manifest or the caller): what its text
    may say too (:class:`Described`), and its id (given by name), programme, round and parent."""

    id: str = dataclasses.field(kw_only=True)
    programme: str | None = None
    round: int | None = None
    parent: str | None = None


def source_ref(layout: Layout, table: int, row: int | None, where: Where, paragraph: int | None = None) -> SourceRef:
    return SourceRef(
        file=layout.source.replace("\\", "/").rsplit("/", 1)[-1], format=layout.format, table=table,
        row=where.sheet_row if where.sheet_row is not None else row, sheet=where.sheet,
        page=where.page, bbox=where.bbox, line_start=where.line_start, line_end=where.line_end, paragraph=paragraph,
        ocr=where.confidence is not None, confidence=where.confidence,
    )


def task_responsibility(draft: MeasureDraft) -> str | None:
    if draft.values.get("responsibility"):
        return draft.values["responsibility"]
    distinct = list(dict.fromkeys(p.responsibility for p in draft.policies if p.responsibility))
    return "\n".join(distinct) or None


def heading_record(layout: Layout, table: int, draft: HeadingDraft) -> Heading:
    """The Heading a draft reads as, with a warning when no measure stands under it."""
    warnings = list(draft.read.warnings)
    if draft.measures == 0:
        warnings.append(Warning(code="heading_empty", message=f"no measure is printed under heading {draft.read.title!r}"))
    return Heading(
        position=draft.position,
        number_raw=draft.read.number.raw or None if draft.read.number else None,
        number=draft.read.number.value if draft.read.number else None,
        title=draft.read.title, description=draft.read.description, level=draft.level, parent=draft.parent,
        source=source_ref(layout, table, draft.row, draft.where, draft.paragraph), warnings=warnings,
    )


def heading_path(heading: Heading | None, by_position: dict[int, Heading]) -> list[str]:
    """The titles of ``heading`` and the headings enclosing it, outermost first."""
    path: list[str] = []
    while heading is not None:
        path.insert(0, heading.title)
        heading = by_position.get(heading.parent) if heading.parent is not None else None
    return path


def measure_record(layout: Layout, table: int, position: int, draft: MeasureDraft, headings: dict[int, Heading]) -> Measure:
    heading = headings.get(draft.heading) if draft.heading else None
    return Measure(
        position=position, table=table, heading=draft.heading,
        heading_title=heading.title if heading else None,
        heading_number=heading.number if heading else None,
        heading_path=heading_path(heading, headings),
        number_raw=draft.number_raw, number=draft.number.value if draft.number else None,
        text=draft.text, responsibility=task_responsibility(draft),
        responsibility_label=draft.responsibility_label,
        superior=draft.values.get("superior"), remarks=draft.values.get("remarks"),
        scope=draft.values.get("scope"), sector=draft.values.get("sector"),
        regulations=draft.values.get("regulations"), deadline=draft.values.get("deadline"),
        cooperating=draft.values.get("cooperating"), leader=draft.values.get("leader"),
        policies=[PolicyRow(text=p.text, responsibility=p.responsibility, source=source_ref(layout, table, p.row, p.where)) for p in draft.policies],
        source=source_ref(layout, table, draft.row, draft.where, draft.paragraph), warnings=draft.warnings,
    )


def read_notes(paragraphs: list[Paragraph]) -> list[str]:
    """The notes printed under the tables (注：…, and the numbered lines that follow one)."""
    notes: list[str] = []
    for paragraph in paragraphs:
        text = paragraph.text.strip()
        if NOTE_OPENING.match(text) or (notes and regex.match(r"^\d+[.．、]", text)):
            notes.append(text)
    return notes


def document_record(source: SourceFile, hints: DocumentHints, metadata: Metadata, tables: list[Table],
                    measures: list[Measure], notes: list[str], warnings: list[Warning],
                    conventions: list[Convention] | None = None) -> Document:
    """The Document: printed metadata wins over the hints, which fill its gaps."""
    if metadata.region_named_by and not hints.region:
        # the notice's own words named the place (结合淮安实际): whether they place it is the place rules'
        from pilotplans.normalizers.place import notice_placed
        from pilotplans.normalizers.registry import load_registry

        found = notice_placed(measures, metadata.region or "", metadata.region_named_by, load_registry().gazetteer,
                              metadata.region_named_in, [table.title for table in tables if table.title],
                              metadata.doc_no)
        warnings = [*warnings, *([found.warning] if found.warning is not None else [])]
        if found.region is None:
            metadata = dataclasses.replace(metadata, region=None, level=metadata.level_read)
    if metadata.date_published and hints.date is None:
        warnings = [*warnings, Warning(code="date_published", message=(
            f"the document prints no date of its own; {metadata.date.isoformat()} is the day the web page "
            "published it (its 发布日期), not the day it was signed"))]
    elif metadata.date_published:
        metadata = dataclasses.replace(metadata, date=None)  # the manifest's date is the document's own
    if metadata.doc_no_printed and hints.doc_no:
        # the manifest's 文号 is the document's own: a number mended from a line that lost its bracket yields to it
        metadata = dataclasses.replace(metadata, doc_no=None, doc_no_printed=None)
    if metadata.doc_no_printed:
        warnings = [*warnings, Warning(code="doc_no_mended", message=(
            f"the 文号 is printed {metadata.doc_no_printed}, its year's closing bracket lost and the year run into the "
            f"number; read as {metadata.doc_no}, the year being the one the document's date prints"))]
    return Document(
        id=hints.id,
        title=metadata.title or hints.title,
        doc_no=metadata.doc_no or hints.doc_no,
        doc_no_raw=metadata.doc_no_printed,
        issuer=metadata.issuer or hints.issuer,
        date=metadata.date or hints.date,
        level=hints.level or metadata.level,  # type: ignore[arg-type]
        region=hints.region or metadata.region,
        programme=hints.programme, round=hints.round, parent=hints.parent,
        parent_doc_no=metadata.parent_doc_no,
        citations=[Citation(title=c.title, doc_no=c.doc_no and regex.sub(r"\s+", "", c.doc_no)) for c in metadata.citations],
        source=source, tables=tables, measures=measures, notes=notes, conventions=conventions or [], warnings=warnings,
    )

"""One interpreter for every format: a :class:`Layout` becomes a :class:`Document`.

The interpreter finds task tables by their header vocabulary (:mod:`.tables`), reads their rows
into headings and measure drafts (:mod:`.rows`), mends the faults extractions put into them where
the layout shows the fault (:mod:`.repairs`), checks numbering and wording (:mod:`.checks`) and
builds the records (:mod:`.records`), with the document's metadata read from its paragraphs.
Whatever it mends or cannot place is reported as a :class:`Warning` on the record concerned.
"""

from __future__ import annotations

from pilotplans.errors import NoTaskTable
from pilotplans.layout import Layout
from pilotplans.normalizers import faults
from pilotplans.parsers.interpret.checks import check_heading_numbers, check_measure_numbers, check_text_faults
from pilotplans.parsers.interpret.records import (
    DocumentHints, document_record, heading_record, measure_record, read_notes, source_ref,
)
from pilotplans.parsers.interpret.repairs import demote_stray_tasks, glued_scope
from pilotplans.parsers.interpret.rows import TableReader
from pilotplans.parsers.interpret.tables import find_tables
from pilotplans.parsers.metadata import read_metadata
from pilotplans.schema.models import Document, Measure, SourceFile, Table, Warning
from pilotplans.textutil import squash

__all__ = ["DocumentHints", "interpret"]


def interpret(layout: Layout, source: SourceFile, hints: DocumentHints) -> Document:
    """The Document a layout holds. Raises NoTaskTable when it holds no task table."""
    spans, after = find_tables(layout)
    if not spans:
        raise NoTaskTable(source.path)
    metadata = read_metadata(list(spans[0].before) or list(layout.paragraphs))
    document_warnings: list[Warning] = []
    tables: list[Table] = []
    measures: list[Measure] = []
    for table_index, span in enumerate(spans, start=1):
        reader = TableReader(span)
        reader.read()
        narrative = squash("".join(p.text for p in span.before))
        reader.measures = demote_stray_tasks(reader.measures, reader.headings, span.columns.has("policy"), narrative)
        check_heading_numbers(reader.headings)
        document_warnings.extend(reader.warnings)
        document_warnings.extend(check_measure_numbers(reader.measures))
        headings = []
        for draft in reader.headings:
            heading = heading_record(layout, table_index, draft)
            document_warnings.extend(heading.warnings)
            headings.append(heading)
        by_position = {h.position: h for h in headings}
        for draft in reader.measures:
            glued_scope(draft)
            check_text_faults(draft)
            heading = by_position.get(draft.heading) if draft.heading else None
            measures.append(measure_record(layout, table_index, len(measures) + 1, draft, heading))
        kind = "opening_measures" if span.columns.has("regulations") and not span.columns.has("responsibility") else "tasks"
        tables.append(Table(
            index=table_index, kind=kind, title=span.caption, attachment=span.attachment,
            columns=list(span.columns.labels), roles=[r or "" for r in span.columns.roles], headings=headings,
            source=source_ref(layout, table_index, 1, span.header.where),
        ))
    notes = read_notes(after)
    for note in notes:
        document_warnings.extend(faults.check_counted_lists(note, "a note"))
    return document_record(source, hints, metadata, tables, measures, notes, document_warnings)

"""A whole text file that is a comma-separated table: a spreadsheet saved as CSV.

A task table kept in Excel and saved as "CSV UTF-8" is a file of records whose fields are
separated by ASCII commas, a field holding a comma, a quote or a line break quoted (``"…"``). It
is told from the content: no tab anywhere (a tab-written table is :mod:`.tabs`'), at least two
records, and every record of the file (blank lines aside) parsed into the same number of fields,
at least :data:`FIELDS_AT_LEAST` — what a spreadsheet writes, and what prose, whose lines hold
commas in no fixed number and mostly the full-width ``，``, never is. The table it becomes is read
like any other: a file without a task table's header is still refused.
"""

from __future__ import annotations

import csv
import io

from pilotplans.layout import Block, Cell, Grid, Paragraph, Row, Where
from pilotplans.textutil import cell_lines

#: Fields every record of a comma-separated table has, at least: a task table's number, measure
#: and owner.
FIELDS_AT_LEAST = 3


def comma_records(text: str) -> list[tuple[tuple[str, ...], Where]] | None:
    """The records of ``text`` with the lines each spans, when the whole text is a comma-separated
    table (see the module's docstring); else ``None``."""
    if "\t" in text or "," not in text:
        return None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records: list[tuple[tuple[str, ...], Where]] = []
    start = 1
    try:
        for fields in reader:
            end = reader.line_num
            if any(field.strip() for field in fields):
                if len(fields) < FIELDS_AT_LEAST or (records and len(fields) != len(records[0][0])):
                    return None  # prose, or a record unlike the first: told at once, the rest unread
                records.append((tuple(fields), Where(line_start=start, line_end=end)))
            start = end + 1
    except csv.Error:
        return None
    return records if len(records) >= 2 else None


def comma_blocks(records: list[tuple[tuple[str, ...], Where]]) -> list[Block]:
    """The blocks of :func:`comma_records`: the records holding one field alone before the table (a
    title over the sheet: a merged cell a spreadsheet saves as one value and empty fields) and those
    holding their first field alone after it (a note under it) as paragraphs, and the table between
    them, a row per record, a cell per field, a line break inside a quoted field parting its
    paragraphs (a spreadsheet's Alt+Enter). A record after the table holding another field alone is
    a row: a task's text continued under cells merged down over it."""
    lone = [sum(1 for field in fields if field.strip()) == 1 for fields, _ in records]
    first = next((k for k, alone in enumerate(lone) if not alone), len(records))
    last = max((k for k in range(first, len(records)) if not (lone[k] and records[k][0][0].strip())), default=first - 1)
    blocks: list[Block] = [_paragraph(record) for record in records[:first]]
    rows = tuple(
        Row(cells=tuple(Cell(paragraphs=cell_lines(field), where=where) for field in fields), where=where)
        for fields, where in records[first:last + 1]
    )
    if rows:
        blocks.append(Grid(rows=rows, where=rows[0].where.spanning(rows[-1].where)))
    blocks.extend(_paragraph(record) for record in records[last + 1:])
    return blocks


def _paragraph(record: tuple[tuple[str, ...], Where]) -> Paragraph:
    fields, where = record
    return Paragraph(text=" ".join(cell_lines(next(field for field in fields if field.strip()))), where=where)


"""Finding the task tables of a layout: grids whose header row names task-table columns.

A table printed in several parts (a page break, a heading paragraph between two parts, the header
printed again after it) is one :class:`TableSpan`: its rows and the paragraphs printed between its
parts are its entries, in order; a heading printed just above the first part, in the style of
those between the parts, is the heading of the first rows.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from pilotplans.layout import Grid, Layout, Paragraph, Row, Where
from pilotplans.normalizers.numbers import find_heading_marker, find_item_marker
from pilotplans.parsers.columns import Columns, read_header
from pilotplans.parsers.headings import read_heading

_ATTACHMENT = regex.compile(r"^附\s*件\s*(\d*)\s*[：:]?\s*$")


@dataclass
class Entry:
    """One row of a task table, or a group of paragraphs printed between two parts of it."""

    index: int  # 1-based row number within the table, header = 1
    row: Row | None = None
    paragraphs: list[Paragraph] | None = None
    opens_part: bool = False  # first row of a later part of the table (printed after a break)

    @property
    def where(self) -> Where:
        if self.row is not None:
            return self.row.where
        assert self.paragraphs
        return self.paragraphs[0].where.spanning(self.paragraphs[-1].where)


@dataclass
class TableSpan:
    columns: Columns
    header: Row
    entries: list[Entry]
    caption: str | None
    attachment: str | None
    before: list[Paragraph]  # paragraphs printed before the table (narrative)


def _header_in(grid: Grid) -> tuple[int, Columns] | None:
    for i, row in enumerate(grid.rows[:3]):
        columns = read_header(row)
        if columns:
            return i, columns
    return None


def find_tables(layout: Layout) -> tuple[list[TableSpan], list[Paragraph]]:
    """The task tables of a layout, each with its rows in order, and the paragraphs after them."""
    tables: list[TableSpan] = []
    seen: list[Paragraph] = []
    pending: list[Paragraph] = []
    current: TableSpan | None = None
    for block in layout.blocks:
        if isinstance(block, Paragraph):
            if block.text.strip():
                pending.append(block)
            continue
        found = _header_in(block)
        if found:
            header_at, columns = found
            if current and columns.roles == current.columns.roles and header_at == 0 and (not pending or _is_heading(pending)):
                _extend(current, block.rows, pending)
            else:
                seen.extend(pending)
                caption, attachment = _caption(seen)
                current = TableSpan(columns=columns, header=block.rows[header_at], entries=[],
                                    caption=caption, attachment=attachment, before=list(seen))
                tables.append(current)
                _extend(current, block.rows[header_at + 1:], [])
            pending = []
        elif current and _fits(block, current.columns):
            _extend(current, block.rows, pending)
            pending = []
        else:
            seen.extend(pending)
            pending = []
    seen.extend(pending)
    after = seen[len(tables[-1].before):] if tables else seen
    for table in tables:
        _take_first_heading(table)
    return tables, after


def _is_heading(paragraphs: list[Paragraph]) -> bool:
    """Whether the paragraphs printed between two parts of a table are one numbered heading."""
    texts = [p.text for p in paragraphs]
    return len(texts) <= 2 and find_heading_marker(texts[0].strip()) is not None and read_heading(texts) is not None


def _marker_style(paragraphs: list[Paragraph]) -> str | None:
    marker = find_item_marker(paragraphs[0].text.strip())
    return marker.style if marker else None


def _take_first_heading(table: TableSpan) -> None:
    """Read the numbered heading printed just above a table as the heading of its first rows, when
    the table's later parts are each preceded by a heading of the same style (headings printed
    as paragraphs between the parts of one table)."""
    if not table.before or not _is_heading(table.before[-1:]):
        return
    style = _marker_style(table.before[-1:])
    between = [e.paragraphs for e in table.entries if e.paragraphs is not None]
    if not any(_is_heading(p) and _marker_style(p) == style for p in between):
        return
    heading = table.before.pop()
    for entry in table.entries:
        entry.index += 1
    table.entries.insert(0, Entry(index=2, paragraphs=[heading]))
    table.caption, table.attachment = _caption(table.before)


def _fits(grid: Grid, columns: Columns) -> bool:
    widths = [sum(1 for c in row.cells) for row in grid.rows if not row.is_empty]
    return bool(widths) and max(widths) <= columns.width + 1 and min(widths) >= 2


def _extend(table: TableSpan, rows: tuple[Row, ...] | list[Row], paragraphs: list[Paragraph]) -> None:
    next_index = (table.entries[-1].index if table.entries else 1) + 1
    continued = bool(table.entries)
    if paragraphs:
        table.entries.append(Entry(index=next_index, paragraphs=list(paragraphs)))
        next_index += 1
    for i, row in enumerate(rows):
        table.entries.append(Entry(index=next_index, row=row, opens_part=continued and i == 0))
        next_index += 1


def _caption(paragraphs: list[Paragraph]) -> tuple[str | None, str | None]:
    """The caption and attachment label printed just above a table."""
    caption = attachment = None
    for paragraph in reversed(paragraphs[-3:]):
        text = paragraph.text.strip()
        label = _ATTACHMENT.match(text)
        if label:
            attachment = f"附件{label[1]}" if label[1] else "附件"
            break
        if caption is None and len(text) <= 60 and not text.endswith("。"):
            caption = text
        else:
            break
    return caption, attachment

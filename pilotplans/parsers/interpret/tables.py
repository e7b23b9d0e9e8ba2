"""Finding the task tables of a layout: grids whose header row names task-table columns.

A table printed in several parts (a page break, a heading paragraph between two parts, the header
printed again after it) is one :class:`TableSpan`: its rows and the paragraphs printed between its
parts are its entries, in order; a heading printed just above the first part, in the style of
those between the parts, is the heading of the first rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from pilotplans.layout import Cell, Grid, Layout, Paragraph, Row, Where
from pilotplans.normalizers.numbers import Number, find_heading_marker, find_item_marker, marker_style, parse_measure_number
from pilotplans.parsers.columns import Columns, is_header_repeat, is_listed_label, read_header, reads_under, sub_label
from pilotplans.parsers.headings import read_heading
from pilotplans.parsers.interpret.conventions import find_conventions
from pilotplans.parsers.interpret.vocabulary import vocabulary
from pilotplans.parsers.info_rows import read_info_line
from pilotplans.parsers.titles import wrapped_over
from pilotplans.patterns import compiled
from pilotplans.textutil import is_terminated, join_fragments, squash

_ATTACHMENT = compiled(r"^附\s*件\s*(\d*)\s*[：:]?\s*$")
# The notice's publication note ((此件公开发布), （此件可公开发布）): it closes the notice, never a caption.
_PUBLICATION_NOTE = compiled(r"^[（(]\s*此件[^（()）]{0,20}[）)]$")
# The longest piece of a header label that wraps onto a second row (围, 责领导, 部门).
_LABEL_FRAGMENT = 6

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
    """A table of tasks found in a layout: its columns, header, entries, caption, attachment and the paragraphs before it."""

    columns: Columns
    header: Row
    entries: list[Entry]
    caption: str | None
    attachment: str | None
    before: list[Paragraph]  # paragraphs printed before the table (narrative)


@dataclass(frozen=True)
class _Header:
    """A grid's header: the row it starts at, how many rows print it, and its columns."""

    at: int  # index of its first row in the grid
    rows: int  # how many rows print it
    row: Row  # the header as one row
    columns: Columns


def _header_in(grid: Grid) -> _Header | None:
    for i, row in enumerate(grid.rows[:3]):
        columns = read_header(row)
        if columns:
            if i + 1 < len(grid.rows):
                wrapped = _wrapped_header(row, grid.rows[i + 1], columns)
                if wrapped is not None:
                    return _Header(at=i, rows=2, row=wrapped[0], columns=wrapped[1])
            return _Header(at=i, rows=1, row=row, columns=columns)
    return None


def _wrapped_header(row: Row, after: Row, columns: Columns) -> tuple[Row, Columns] | None:
    """The header whose labels wrap onto a second row (适用范 / 围, 牵头负 / 责领导), read as one.

    Also a header of two levels, a label spanning several columns over the labels of each
    (责任单位 over 牵头单位 | 配合单位), the other labels merged down through both rows: under a
    spanning label the label below names the column; a label merged down is the one above.

    Evidence: the second row only prints short fragments under labels of the first (or copies of
    them, merged down), and joined they name more columns than the first row alone.
    """
    if len(after.cells) != len(row.cells) or after.is_empty:
        return None
    spanning = [top.merged_from == "left" or (nxt is not None and nxt.merged_from == "left")
                for top, nxt in zip(row.cells, (*row.cells[1:], None))]
    below = [None if bottom.merged_from == "above" or bottom.is_empty else bottom for bottom in after.cells]
    if all(bottom is None for bottom in below):
        return None
    # a copy keeping no merge (text with tabs or bars): a blank label after a label, a sub-label word under each
    # of the two (责任单位 and a blank over 牵头 | 配合), is the label spanning both
    for i in _unmarked_spans(row, below):
        spanning[i - 1] = spanning[i] = True
    for top, bottom, spans in zip(row.cells, below, spanning):
        if bottom is not None and ((top.is_empty and not spans) or len(squash(bottom.text)) > _LABEL_FRAGMENT):
            return None
    # a short word under a spanning label names its column with the label's head (牵头 under 责任单位: 牵头单位)
    subs = [sub_label(_spanning_label(row, i), bottom.text) if bottom is not None and spans else None
            for i, (bottom, spans) in enumerate(zip(below, spanning))]
    joined = Row(cells=tuple(top if bottom is None else replace(top, paragraphs=(sub or bottom.text,), merged_from=None) if spans
                             else replace(top, paragraphs=(join_fragments(top.text, bottom.text),))
                             for top, bottom, spans, sub in zip(row.cells, below, spanning, subs)),
                 where=row.where.spanning(after.where))
    wider = read_header(joined)
    if wider is None:
        return None
    known, before = sum(1 for r in wider.roles if r), sum(1 for r in columns.roles if r)
    # every word of the second line under a spanning label and read with it (时间安排 over 开始 | 完成, or over
    # 开始时间 | 完成时间): the line is the header's even where it names no more columns (开始时间 no role reads,
    # 完成时间 the deadline the label above named)
    printed_under = [(i, bottom, spans) for i, (bottom, spans) in enumerate(zip(below, spanning)) if bottom is not None]
    sub_line = any(spans for _, _, spans in printed_under) and all(
        spans and reads_under(_spanning_label(row, i), bottom.text) for i, bottom, spans in printed_under)
    if known < before or (known == before and not sub_line):
        return None
    return joined, wider


def _spanning_label(row: Row, at: int) -> str:
    """The text of the label spanning the header's column ``at`` (its first cell's, the cells merged from the left
    after it; a blank cell after a label, where a copy kept no merge, the label's)."""
    while at > 0 and (row.cells[at].merged_from == "left" or row.cells[at].is_empty):
        at -= 1
    return row.cells[at].text


def _unmarked_spans(row: Row, below: Sequence[Cell | None]) -> list[int]:
    """The header's blank cells, kept by no merge, that the label before them spans: the line under prints under
    both a word read with that label (责任单位 then a blank, over 牵头 | 配合)."""
    found = []
    for i in range(1, len(row.cells)):
        top, before = row.cells[i], row.cells[i - 1]
        if not top.is_empty or top.merged_from is not None or before.is_empty or before.merged_from is not None:
            continue
        under, under_before = below[i], below[i - 1]
        if under is None or under_before is None:
            continue
        if reads_under(before.text, under_before.text) and reads_under(before.text, under.text):
            found.append(i)
    return found


def find_tables(layout: Layout) -> tuple[list[TableSpan], list[Paragraph]]:
    """The task tables of a layout, each with its rows in order, and the paragraphs after them."""
    tables: list[TableSpan] = []
    seen: list[Paragraph] = []
    pending: list[Paragraph] = []
    current: TableSpan | None = None
    # a sheet prints no page break: a later block of its rows (under empty rows) is no rest of a row a break cut
    breaks = layout.format != "xlsx"
    for block in (part for block in layout.blocks for part in _split_at_other_headers(block)):
        if isinstance(block, Paragraph):
            if block.text.strip():
                pending.append(block)
            continue
        found = _header_in(block)
        if found:
            columns = found.columns
            if (current and columns.roles == current.columns.roles and found.at == 0 and (not pending or _is_heading(pending))
                    and (columns.labels == current.columns.labels or is_header_repeat(found.row, current.columns))
                    and not (not pending and _opens_another_table([e.row for e in current.entries if e.row is not None],
                                                                  block.rows[found.rows:], columns))):
                _extend(current, block.rows, pending, breaks)
            else:
                seen.extend(pending)
                # a workbook's caption is printed on the table's sheet: a cover sheet's last line (its date) is none
                caption, attachment = _caption([p for p in seen if p.where.sheet == found.row.where.sheet], adjacent=len(pending))
                current = TableSpan(columns=columns, header=found.row, entries=[],
                                    caption=caption, attachment=attachment, before=list(seen))
                tables.append(current)
                _extend(current, block.rows[found.at + found.rows:], [])
            pending = []
        elif current and _fits(block, current.columns):
            _extend(current, block.rows, pending, breaks)
            pending = []
        else:
            seen.extend(pending)
            pending = []
    seen.extend(pending)
    after = seen[len(tables[-1].before):] if tables else seen
    for table in tables:
        _take_first_heading(table)
    return tables, after


def _split_at_other_headers(block: Grid | Paragraph) -> list[Grid | Paragraph]:
    """A grid cut where a later row is a header of other labels, every cell a column's label (a
    second table printed under the first with no gap a reader of the page could see, as a PDF
    without rules prints it): the rows printing one cell across right above it (附件2, the second table's title) become
    paragraphs between the two, so they read as its caption, not as a row of the first."""
    if not isinstance(block, Grid):
        return [block]
    found = _header_in(block)
    if found is None:
        return [block]
    rows = block.rows
    start = found.at + found.rows
    for index in range(start + 1, len(rows)):
        filled = [cell.text for cell in rows[index].cells if not cell.is_empty and cell.merged_from is None]
        if len(filled) < 2 or not all(is_listed_label(text) for text in filled):  # every cell a column's label
            continue
        columns = read_header(rows[index])
        if columns is not None and (columns.labels == found.columns.labels or is_header_repeat(rows[index], found.columns)):
            if _opens_another_table(rows[start:index], rows[index + 1:], found.columns):
                return [Grid(rows=rows[:index], where=block.where), *_split_at_other_headers(Grid(rows=rows[index:],
                                                                                                where=block.where))]
            continue
        if columns is None:
            continue
        first = index
        while first > start and _caption_row(rows[first - 1], found.columns) is not None:
            first -= 1
        between = [p for row in rows[first:index] for p in (_caption_row(row, found.columns) or [])]
        return [Grid(rows=rows[:first], where=block.where), *between,
                *_split_at_other_headers(Grid(rows=rows[index:], where=block.where))]
    return [block]


def _opens_another_table(before: Sequence[Row], after: Sequence[Row], columns: Columns) -> bool:
    """Whether the rows ``after`` a header printed again (a page's repeated header, or a second grid
    of the same labels) are another table's, not the rest of the table whose rows ``before`` it are:
    the first of them (past the header's other rows) is numbered 1 and opens under no heading of
    its own (no heading row, a blank heading cell or no heading column), where the last row before
    the header is a numbered measure's above 1. A table's 序号 runs on over its page breaks and starts
    again at 1 only under a new heading (a plan numbering each task's measures anew); at 1 again
    under the same heading it is a second table of the same columns (an appendix's, a 附件's table
    printed on the next page), whose rows are not the first table's last heading's."""
    first = next((row for row in after if not is_header_repeat(row, columns)), None)  # past the header's other rows
    last = next((row for row in reversed(before) if not row.is_empty), None)
    if first is None or last is None:
        return False
    heading = columns.index("heading")
    if heading is not None and heading < len(first.cells) and not first.cells[heading].is_empty:
        return False
    opening, closing = _row_number(first, columns), _row_number(last, columns)
    # 1 printed otherwise than the measure before (（1） after 23) is a point of that measure's, not a table's first row
    return (opening is not None and closing is not None and opening.value == 1 and closing.value > 1
            and marker_style(opening.raw) == marker_style(closing.raw))


def _row_number(row: Row, columns: Columns) -> Number | None:
    """The number a measure's row prints: in its 序号 column, else opening its text; None for a
    row printing none (a heading row, a caption)."""
    if _lone_cell(row) is not None:
        return None
    number, text = columns.index("number"), columns.index("text")
    if number is not None and number < len(row.cells):
        return parse_measure_number(row.cells[number].text)
    if text is not None and text < len(row.cells):
        marker = find_item_marker(row.cells[text].text.strip())
        return marker.number if marker is not None else None
    return None


def _caption_row(row: Row, columns: Columns) -> list[Paragraph] | None:
    """The paragraphs of a row printing a caption rather than a measure (one cell across the
    table, or 附件2 and a title in cells of their own with no number and no responsibility), else
    None."""
    lone = _lone_cell(row)
    if lone is not None and any(find_item_marker(p.text) is not None or is_terminated(p.text) for p in lone):
        return None  # a measure (2、扩大…。) whose owner is blank: a caption is a label or a title
    if lone is not None or len(row.cells) != len(columns.roles):
        return lone
    cells = list(zip(row.cells, columns.roles))
    if any(not cell.is_empty for cell, role in cells if role == "responsibility"):
        return None
    if any(cell.text.strip()[:1].isdigit() for cell, role in cells if role == "number"):
        return None
    filled = [cell for cell, _role in cells if not cell.is_empty and cell.merged_from is None]
    return [Paragraph(text=text, where=cell.where) for cell in filled for text in cell.paragraphs] or None


def _lone_cell(row: Row | None) -> list[Paragraph] | None:
    """The paragraphs of a row that prints one cell across the table (a heading row), else None."""
    if row is None:
        return None
    filled = {c.text for c in row.cells if not c.is_empty and c.merged_from is None}
    if len(filled) != 1:
        return None
    cell = next(c for c in row.cells if not c.is_empty and c.merged_from is None)
    return [Paragraph(text=text, where=cell.where) for text in cell.paragraphs]


def _is_heading(paragraphs: list[Paragraph]) -> bool:
    """Whether the paragraphs printed between two parts of a table are one numbered heading."""
    texts = [p.text for p in paragraphs]
    return len(texts) <= 2 and find_heading_marker(texts[0].strip()) is not None and read_heading(texts) is not None


def _take_first_heading(table: TableSpan) -> None:
    """Read the numbered heading printed just above a table as the heading of its first rows, when
    the table's later parts are preceded by a heading of the same style (printed as a paragraph
    between the parts, or as a row across the table)."""
    if not table.before or not _is_heading(table.before[-1:]):
        return
    style = marker_style(table.before[-1].text.strip())
    between = [e.paragraphs if e.paragraphs is not None else _lone_cell(e.row) for e in table.entries]
    if not any(p and _is_heading(p) and marker_style(p[0].text.strip()) == style for p in between):
        return
    heading = table.before.pop()
    for entry in table.entries:
        entry.index += 1
    table.entries.insert(0, Entry(index=2, paragraphs=[heading]))
    table.caption, table.attachment = _caption(table.before)


def _fits(grid: Grid, columns: Columns) -> bool:
    widths = [sum(1 for c in row.cells) for row in grid.rows if not row.is_empty]
    return bool(widths) and max(widths) <= columns.width + 1 and min(widths) >= 2


def _extend(table: TableSpan, rows: tuple[Row, ...] | list[Row], paragraphs: list[Paragraph], breaks: bool = True) -> None:
    """``rows`` (and the paragraphs before them) added to ``table``; their first row opens a part printed after a
    break where the table had rows before and the form prints breaks (a workbook's sheet does not)."""
    next_index = (table.entries[-1].index if table.entries else 1) + 1
    continued = bool(table.entries) and breaks
    if paragraphs:
        table.entries.append(Entry(index=next_index, paragraphs=list(paragraphs)))
        next_index += 1
    for i, row in enumerate(rows):
        table.entries.append(Entry(index=next_index, row=row, opens_part=continued and i == 0))
        next_index += 1


def _info_row_or_value(paragraphs: list[Paragraph], index: int) -> bool:
    """Whether paragraph ``index`` is a row of a web page's information lines (浏览次数:), or the value
    of one printed under its label alone (来源: / 开化县): the page's, no caption of the table. The
    value of a title's label (标 题： / 宜昌市…分工表) is a title, and may be the table's."""
    if read_info_line(paragraphs[index].text.strip()) is not None:
        return True
    above = read_info_line(paragraphs[index - 1].text.strip()) if index else None
    return above is not None and len(above) == 1 and not above[0].value and above[0].kind != "title"


def _caption(paragraphs: list[Paragraph], adjacent: int = 0) -> tuple[str | None, str | None]:
    """The caption and attachment label printed just above a table; a caption printed over two
    lines is read whole where both are among the ``adjacent`` last paragraphs (no table printed
    between them: the line above may be the caption of a table that is no task table)."""
    caption = attachment = None
    text_after: str | None = None  # the line read last, the one under the current
    for index in range(len(paragraphs) - 1, max(len(paragraphs) - 4, -1), -1):
        text = paragraphs[index].text.strip()
        if find_conventions(text):  # a note on how to read the table (排在第一位的为牵头单位)
            continue
        if vocabulary().is_page_furniture(text):  # the page's tools (字号: / 大 中 小), never a caption
            continue
        if _PUBLICATION_NOTE.match(text):
            break
        label = _ATTACHMENT.match(text)
        if label:
            attachment = f"附件{label[1]}" if label[1] else "附件"
            break
        if caption is None and len(text) <= 60 and not text.endswith("。") and not _info_row_or_value(paragraphs, index):
            caption = text
        elif (caption is not None and caption == text_after and len(paragraphs) - index <= adjacent
              and wrapped_over(text, caption) and not _info_row_or_value(paragraphs, index)):
            caption = text + caption  # a caption printed over two lines (宜昌市服务业扩大开放 / 综合试点…分工表)
        else:
            break
        text_after = text
    return caption, attachment

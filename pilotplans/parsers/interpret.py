"""One interpreter for every format: a :class:`Layout` becomes a :class:`Document`.

The interpreter finds task tables by their header vocabulary, gives each column its role, drops
repeated header rows, joins the halves of cells broken by a page break, recognises heading rows
(a heading column, a full-width row, paragraphs between two parts of a table), splits cells that
pack several numbered measures, and reads the document's metadata from its paragraphs.
Whatever it mends or cannot place is reported as a :class:`Warning` on the record concerned.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

import regex

from pilotplans.errors import NoTaskTable
from pilotplans.layout import Cell, Grid, Layout, Paragraph, Row, Where
from pilotplans.normalizers import faults
from pilotplans.normalizers.numbers import (
    Number, find_heading_marker, numbered_item, parse_measure_number, split_numbered_items,
)
from pilotplans.parsers.columns import Columns, is_header_repeat, read_header
from pilotplans.parsers.headings import HeadingText, read_heading
from pilotplans.parsers.metadata import Metadata, read_metadata
from pilotplans.schema.models import (
    Document, Heading, Measure, PolicyRow, SourceFile, SourceRef, Table, Warning,
)
from pilotplans.textutil import is_terminated, join_fragments, squash

_DASH = regex.compile(r"^[\-—–－─_\s/无]*$")
_ATTACHMENT = regex.compile(r"^附\s*件\s*(\d*)\s*[：:]?\s*$")
_NOTE = regex.compile(r"^\s*(注|说明|备注)\s*[：:]")
_GLUED_SCOPE = regex.compile(r"^(?P<text>.*[。；;])[^\S\n]+(?P<scope>[^。；;\n]{1,40})$", regex.S)
# Columns whose values are carried into the measure as-is (text and number are handled apart).
_VALUE_ROLES = ("responsibility", "cooperating", "superior", "remarks", "scope", "sector", "regulations", "deadline")


@dataclass(frozen=True)
class DocumentHints:
    """What is known of a document beyond its own text (from the manifest or the caller)."""

    id: str
    title: str | None = None
    doc_no: str | None = None
    issuer: str | None = None
    date: dt.date | None = None
    level: str | None = None
    region: str | None = None
    programme: str | None = None
    round: int | None = None
    parent: str | None = None


# ----------------------------------------------------------------------------- table spans


@dataclass
class _Entry:
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
class _TableSpan:
    columns: Columns
    header: Row
    entries: list[_Entry]
    caption: str | None
    attachment: str | None
    before: list[Paragraph]  # paragraphs printed before the table (narrative)


def _header_in(grid: Grid) -> tuple[int, Columns] | None:
    for i, row in enumerate(grid.rows[:3]):
        columns = read_header(row)
        if columns:
            return i, columns
    return None


def find_tables(layout: Layout) -> tuple[list[_TableSpan], list[Paragraph]]:
    """The task tables of a layout, each with its rows in order, and the paragraphs after them."""
    tables: list[_TableSpan] = []
    seen: list[Paragraph] = []
    pending: list[Paragraph] = []
    current: _TableSpan | None = None
    for block in layout.blocks:
        if isinstance(block, Paragraph):
            if block.text.strip():
                pending.append(block)
            continue
        found = _header_in(block)
        if found:
            header_at, columns = found
            if current and columns.roles == current.columns.roles and header_at == 0 and not pending:
                _extend(current, block.rows, pending)
            else:
                seen.extend(pending)
                caption, attachment = _caption(seen)
                current = _TableSpan(columns=columns, header=block.rows[header_at], entries=[],
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
    return tables, after


def _fits(grid: Grid, columns: Columns) -> bool:
    widths = [sum(1 for c in row.cells) for row in grid.rows if not row.is_empty]
    return bool(widths) and max(widths) <= columns.width + 1 and min(widths) >= 2


def _extend(table: _TableSpan, rows: tuple[Row, ...] | list[Row], paragraphs: list[Paragraph]) -> None:
    next_index = (table.entries[-1].index if table.entries else 1) + 1
    continued = bool(table.entries)
    if paragraphs:
        table.entries.append(_Entry(index=next_index, paragraphs=list(paragraphs)))
        next_index += 1
    for i, row in enumerate(rows):
        table.entries.append(_Entry(index=next_index, row=row, opens_part=continued and i == 0))
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


# ----------------------------------------------------------------------------- drafts


@dataclass
class _PolicyDraft:
    text: str
    responsibility: str | None
    where: Where
    row: int


@dataclass
class _MeasureDraft:
    number: Number | None
    number_raw: str | None
    text: str
    heading: int | None
    where: Where
    row: int
    values: dict[str, str] = field(default_factory=dict)  # column role → text
    policies: list[_PolicyDraft] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    own_policy: bool = False  # the task's first row printed a policy of its own
    row_where: Where | None = None  # where the row that opened this measure is (without its policy rows)

    def extend_where(self, where: Where) -> None:
        self.where = self.where.spanning(where)


@dataclass
class _PackedBlock:
    """Measures packed into one cell with their parallel list of responsibilities."""

    measures: list[_MeasureDraft]
    responsibilities: list[str]
    row: int


@dataclass
class _HeadingDraft:
    position: int
    read: HeadingText
    where: Where
    row: int
    measures: int = 0


@dataclass
class _Aligned:
    """A row's cells placed in the table's columns."""

    cells: list[Cell | None]
    columns: Columns

    def cell(self, role: str) -> Cell | None:
        i = self.columns.index(role)
        return self.cells[i] if i is not None else None

    def fresh(self, role: str) -> str | None:
        """Text printed in this row's cell of ``role`` (not a copy of a merged neighbour)."""
        cell = self.cell(role)
        if cell is None or cell.is_empty or cell.merged_from is not None:
            return None
        return cell.text.strip()

    def inherited(self, role: str) -> str | None:
        cell = self.cell(role)
        if cell is None or cell.is_empty or cell.merged_from != "above":
            return None
        return cell.text.strip()

    def fresh_roles(self) -> list[str]:
        return [r for r in self.columns.roles if r and self.fresh(r)]


# ----------------------------------------------------------------------------- one table


class _TableReader:
    """Reads the entries of one task table into headings and measure drafts."""

    def __init__(self, span: _TableSpan) -> None:
        self.span = span
        self.columns = span.columns
        self.numbered = self.columns.has("number")
        self.headings: list[_HeadingDraft] = []
        self.measures: list[_MeasureDraft] = []
        self.warnings: list[Warning] = []
        self.pending_break = False
        self.last_kind = "measure"  # what the last row added: a measure or a policy row
        self.last_responsibility: str | None = None
        self.displaced: tuple[str, _Entry] | None = None
        self.unassigned: list[_MeasureDraft] = []  # packed measures still waiting for a responsibility
        self.block: _PackedBlock | None = None  # the packed block being read

    # -- driving

    def read(self) -> None:
        for entry in self.span.entries:
            if entry.paragraphs is not None:
                self._read_paragraphs(entry)
            else:
                assert entry.row is not None
                self._read_row(entry, entry.row)
        self._close_block()
        if self.displaced:
            text, entry = self.displaced
            self._new_measure(None, text, entry, {})
            self.measures[-1].warnings.append(Warning(code="cell_displaced", message=f"text printed in the heading column read as a measure: {text[:30]}…"))
        for draft in self.unassigned:
            draft.warnings.append(Warning(code="responsibility_missing", message="the parallel list of responsibilities has no entry for this measure"))

    def _read_paragraphs(self, entry: _Entry) -> None:
        assert entry.paragraphs is not None
        texts = [p.text for p in entry.paragraphs]
        heading = read_heading(texts)
        if heading and any(find_heading_marker(t) for t in texts) or heading and len(texts) <= 2:
            self._new_heading(heading, entry)
        else:
            self.warnings.append(Warning(code="unplaced_text", message="text printed between two parts of the table was not read as a heading: " + " / ".join(t[:40] for t in texts)))
        self.pending_break = False

    def _read_row(self, entry: _Entry, row: Row) -> None:
        after_break = row.after_break or entry.opens_part or self.pending_break
        self.pending_break = False
        if is_header_repeat(row, self.columns):
            self.pending_break = True
            return
        if row.is_empty:
            return
        heading = self._heading_only(row)
        if heading:
            self._new_heading(heading, entry)
            return
        aligned = self._align(row, entry)
        if after_break and self._goes_on_with_heading(aligned):
            self._continue_heading(aligned.cell("heading"))
            aligned = _Aligned(cells=[None if role == "heading" else cell for cell, role in zip(aligned.cells, self.columns.roles)],
                               columns=self.columns)
        if after_break and self._is_continuation(aligned):
            if self.block is not None:
                self._continue_packed(aligned, entry)
            else:
                self._continue(aligned, entry)
            return
        self._close_block()
        heading_text = aligned.fresh("heading")
        if heading_text is not None:
            cell = aligned.cell("heading")
            assert cell is not None
            read = read_heading(list(cell.paragraphs))
            if read is not None:
                self._new_heading(read, entry)
            elif not [r for r in aligned.fresh_roles() if r != "heading"]:
                self.displaced = (heading_text, entry)
                return
            else:
                self.warnings.append(Warning(code="cell_displaced", message=f"heading column holds a sentence: {heading_text[:30]}…"))
        self._read_content(aligned, entry)

    # -- recognising rows

    def _heading_only(self, row: Row) -> HeadingText | None:
        """A numbered heading printed alone in a row (2025 list: ``一、…`` spanning the table)."""
        filled = [c for c in row.cells if not c.is_empty and c.merged_from is None]
        if len({c.text for c in filled}) != 1:
            return None
        cell = filled[0]
        if parse_measure_number(cell.text) or not any(find_heading_marker(p) for p in cell.paragraphs):
            return None
        return read_heading(list(cell.paragraphs))

    def _align(self, row: Row, entry: _Entry) -> _Aligned:
        width = self.columns.width
        cells = list(row.cells)
        while len(cells) > width and cells[-1].is_empty:
            cells.pop()
        while len(cells) > width and cells[0].is_empty:
            cells.pop(0)
        if len(cells) == width:
            return _Aligned(cells=list(cells), columns=self.columns)
        number_col = self.columns.index("number")
        text_col = self.columns.index("text")
        if number_col is not None:
            for anchor, cell in enumerate(cells):
                packed = split_numbered_items(cell.paragraphs) is not None
                if parse_measure_number(cell.text) is None and not packed:
                    continue
                placed: list[Cell | None] = [None] * width
                for offset, other in enumerate(cells):
                    column = number_col + offset - anchor
                    if packed and offset > anchor and text_col == number_col + 1:
                        column += 1
                    if 0 <= column < width:
                        placed[column] = other
                    elif not other.is_empty:
                        self.warnings.append(Warning(code="extra_cell", message=f"row {entry.index}: a cell beyond the table's columns was dropped: {other.text[:30]}"))
                return _Aligned(cells=placed, columns=self.columns)
        if len(cells) < width:
            return _Aligned(cells=[None] * (width - len(cells)) + cells, columns=self.columns)
        for extra in cells[width:]:
            if not extra.is_empty:
                self.warnings.append(Warning(code="extra_cell", message=f"row {entry.index}: a cell beyond the table's columns was dropped: {extra.text[:30]}"))
        return _Aligned(cells=cells[:width], columns=self.columns)

    def _goes_on_with_heading(self, aligned: _Aligned) -> bool:
        """Whether the heading cell opening a page is the rest of the heading above the break (the
        reader saw that cell's last line was full: ``Cell.continues``)."""
        cell = aligned.cell("heading")
        return bool(self.headings) and cell is not None and cell.continues and cell.merged_from is None and not cell.is_empty

    def _continue_heading(self, cell: Cell) -> None:
        """Join the rest of a heading printed after a page break to the heading before it."""
        heading = self.headings[-1]
        read = heading.read
        first, *rest = cell.paragraphs
        if read.description:
            heading.read = replace(read, description="\n".join([join_fragments(read.description, first), *rest]))
        else:
            heading.read = replace(read, title=join_fragments(read.title, first), description="\n".join(rest) or None)

    def _is_continuation(self, aligned: _Aligned) -> bool:
        """The rest of the row above, printed after a page break."""
        if not self.measures and not self.displaced:
            return False
        if aligned.fresh("heading"):
            return False
        if self.block is not None and any(c is not None and c.continues for c in aligned.cells):
            return True  # a packed cell broken between two items, another column broken mid-text
        number_cell = aligned.cell("number")
        if aligned.fresh("number") and number_cell is not None and numbered_item(number_cell.paragraphs[0]) is not None:
            return False
        roles = aligned.fresh_roles()
        if not roles:
            return False
        if self.displaced:
            return True
        if self.numbered:
            return True
        return any(not is_terminated(self._last_value(role) or "。") for role in roles if role in ("text", "policy"))

    def _last_value(self, role: str) -> str | None:
        measure = self.measures[-1]
        if role == "text":
            return measure.text
        if role == "policy":
            return measure.policies[-1].text if measure.policies else None
        return measure.values.get(role)

    # -- building records

    def _continue(self, aligned: _Aligned, entry: _Entry) -> None:
        if self.displaced:
            fragment, origin = self.displaced
            self.displaced = None
            role = aligned.fresh_roles()[0]
            joined = join_fragments(fragment, aligned.fresh(role) or "")
            message = f"text begun in the heading column (row {origin.index}) and continued in the {role} column after a page break, read as one {role} entry"
            if role == "policy" and self.measures:
                self._add_policy(joined, self.last_responsibility, origin, extend=entry)
                self.measures[-1].warnings.append(Warning(code="cell_displaced", message=message))
            else:
                self._new_measure(None, joined, origin, {})
                self.measures[-1].warnings.append(Warning(code="cell_displaced", message=message))
            return
        measure = self.measures[-1]
        measure.extend_where(entry.where)
        for role in aligned.fresh_roles():
            value = aligned.fresh(role) or ""
            if role == "text":
                measure.text = join_fragments(measure.text, value)
                measure.row_where = (measure.row_where or entry.where).spanning(entry.where)
            elif role == "policy" and measure.policies:
                policy = measure.policies[-1]
                policy.text = join_fragments(policy.text, value)
                policy.where = policy.where.spanning(entry.where)
            elif role == "responsibility" and self.last_kind == "policy" and measure.policies:
                policy = measure.policies[-1]
                policy.responsibility = join_fragments(policy.responsibility or "", value)
                self.last_responsibility = policy.responsibility
            elif role == "responsibility":
                measure.values[role] = join_fragments(measure.values.get(role, ""), value)
                self.last_responsibility = measure.values[role]
            else:
                measure.values[role] = join_fragments(measure.values.get(role, ""), value)

    def _read_content(self, aligned: _Aligned, entry: _Entry) -> None:
        number_text = aligned.fresh("number")
        text = aligned.fresh("text")
        values = {role: aligned.fresh(role) for role in _VALUE_ROLES if aligned.fresh(role)}
        if number_text is not None:
            number_cell = aligned.cell("number")
            assert number_cell is not None
            items = split_numbered_items(number_cell.paragraphs)
            text_cell = aligned.cell("text")
            if items is None and text_cell is not None and text_cell.merged_from == "left":
                # a cell over 序号 and 具体举措 whose first item alone stands before a page break
                first = numbered_item(number_cell.paragraphs[0])
                if first is not None and first[1]:
                    items = [(first[0], "\n".join([first[1], *number_cell.paragraphs[1:]]))]
            if items:
                self._read_packed(items, aligned, entry)
                return
            number = parse_measure_number(number_text)
            if number is None:
                draft = self._new_measure(None, text or "", entry, values, number_raw=number_text)
                draft.warnings.append(Warning(code="number_unreadable", message=f"序号 cell does not hold a number: {number_text!r}"))
                return
            if text is None:
                text_cell = aligned.cell("text")
                if text_cell is not None and not text_cell.is_empty:
                    text = text_cell.text.strip()
            self._new_measure(number, text or "", entry, values)
            return
        policy = aligned.fresh("policy")
        if policy is not None and _DASH.match(policy):
            policy = None
        responsibility = values.get("responsibility") or aligned.inherited("responsibility")
        if responsibility is None and not self.numbered:
            responsibility = self.last_responsibility
        if text is not None:
            if self.numbered:
                if self.measures and not is_terminated(self.measures[-1].text):
                    self._continue(aligned, entry)
                    return
                draft = self._new_measure(None, text, entry, values)
                draft.warnings.append(Warning(code="number_missing", message="row has a measure text but no number"))
                return
            task_values = dict(values)
            task_values.pop("responsibility", None)
            draft = self._new_measure(None, text, entry, task_values)
            if policy is not None:
                draft.own_policy = True
                self._add_policy(policy, responsibility, entry)
            elif responsibility:
                draft.values["responsibility"] = responsibility
                self.last_responsibility = responsibility
            return
        if policy is not None and self.measures:
            self._add_policy(policy, responsibility, entry)
            return
        if self.measures:
            # Only side columns are filled: read them as belonging to the row above.
            self._continue(aligned, entry)

    def _read_packed(self, items: list[tuple[Number, str]], aligned: _Aligned, entry: _Entry) -> None:
        """Several numbered measures in one cell, with a parallel list of responsibilities.

        The block stays open while a page break continues it; its responsibilities are paired with
        its measures when it closes.
        """
        cell = aligned.cell("responsibility")
        responsibilities = list(cell.paragraphs) if cell is not None and cell.merged_from is None else []
        values = {role: aligned.fresh(role) for role in _VALUE_ROLES if role != "responsibility" and aligned.fresh(role)}
        drafts = [self._new_measure(number, text, entry, dict(values)) for number, text in items]
        self.block = _PackedBlock(measures=drafts, responsibilities=responsibilities, row=entry.index)

    def _continue_packed(self, aligned: _Aligned, entry: _Entry) -> None:
        """The part of a packed block printed after a page break: the end of its last item, more
        numbered items, and more of the responsibility list."""
        block = self.block
        assert block is not None
        number_cell = aligned.cell("number")
        for paragraph in number_cell.paragraphs if number_cell is not None and number_cell.merged_from is None else ():
            item = numbered_item(paragraph)
            if item is None:
                last = block.measures[-1]
                last.text = join_fragments(last.text, paragraph)
                last.extend_where(entry.where)
            else:
                block.measures.append(self._new_measure(item[0], item[1], entry, {}))
        cell = aligned.cell("responsibility")
        if cell is not None and cell.merged_from is None and cell.paragraphs:
            paragraphs = list(cell.paragraphs)
            if cell.continues and block.responsibilities:
                block.responsibilities[-1] = join_fragments(block.responsibilities[-1], paragraphs.pop(0))
            block.responsibilities.extend(paragraphs)

    def _close_block(self) -> None:
        """Pair a packed block's measures with its responsibilities.

        A list one short leaves its last measures waiting; the next block's surplus at the head of
        its list is theirs (the national 2020 table prints 113's responsibility that way).
        """
        block, self.block = self.block, None
        if block is None:
            return
        responsibilities = list(block.responsibilities)
        surplus = len(responsibilities) - len(block.measures)
        while surplus > 0 and self.unassigned:
            draft = self.unassigned.pop(0)
            draft.values["responsibility"] = responsibilities.pop(0)
            draft.warnings.append(Warning(
                code="responsibility_list_shifted",
                message=f"its responsibility is printed at the head of the next block's list (row {block.row})",
            ))
            surplus -= 1
        for i, draft in enumerate(block.measures):
            if i < len(responsibilities):
                draft.values["responsibility"] = responsibilities[i]
            else:
                self.unassigned.append(draft)
        if surplus > 0:
            self.warnings.append(Warning(code="responsibility_extra", message=f"row {block.row}: {surplus} responsibilities left over after pairing them with the measures"))

    def _new_heading(self, read: HeadingText, entry: _Entry) -> None:
        self.headings.append(_HeadingDraft(position=len(self.headings) + 1, read=read, where=entry.where, row=entry.index))

    def _new_measure(self, number: Number | None, text: str, entry: _Entry, values: dict[str, str], number_raw: str | None = None) -> _MeasureDraft:
        draft = _MeasureDraft(
            number=number, number_raw=number.raw if number else number_raw, text=text,
            heading=self.headings[-1].position if self.headings else None,
            where=entry.where, row=entry.index, values=dict(values), row_where=entry.where,
        )
        if "responsibility" in draft.values:
            self.last_responsibility = draft.values["responsibility"]
        if self.headings:
            self.headings[-1].measures += 1
        self.measures.append(draft)
        self.last_kind = "measure"
        return draft

    def _add_policy(self, text: str, responsibility: str | None, entry: _Entry, extend: _Entry | None = None) -> None:
        measure = self.measures[-1]
        where = entry.where.spanning(extend.where) if extend else entry.where
        measure.policies.append(_PolicyDraft(text=text, responsibility=responsibility, where=where, row=entry.index))
        measure.extend_where(where)
        if responsibility:
            self.last_responsibility = responsibility
        self.last_kind = "policy"


# ----------------------------------------------------------------------------- checks


def _check_heading_numbers(headings: list[_HeadingDraft]) -> None:
    """Infer missing heading numbers from their neighbours and report gaps and repeats."""
    if not any(h.read.number for h in headings):
        return
    previous = 0
    for heading in headings:
        if heading.read.number is None:
            inferred = previous + 1
            heading.read.number = Number(raw="", value=inferred)
            heading.read.warnings.append(Warning(
                code="heading_number_missing",
                message=f"heading {heading.read.title!r} is printed without its number; read as number {inferred}",
            ))
        value = heading.read.number.value
        if value > previous + 1:
            missing = ", ".join(str(n) for n in range(previous + 1, value))
            heading.read.warnings.append(Warning(code="heading_gap", message=f"heading numbers jump from {previous} to {value} (missing {missing})"))
        elif value <= previous:
            heading.read.warnings.append(Warning(code="heading_out_of_order", message=f"heading number {value} follows {previous}"))
        previous = max(previous, value)


def _check_measure_numbers(measures: list[_MeasureDraft]) -> list[Warning]:
    """Report gaps, repeats and out-of-order measure numbers (on the measure and the document)."""
    found: list[Warning] = []
    previous: int | None = None
    seen: set[int] = set()
    for draft in measures:
        if draft.number is None:
            continue
        value = draft.number.value
        if value in seen:
            warning = Warning(code="number_duplicate", message=f"measure number {value} is printed more than once")
        elif previous is not None and value > previous + 1:
            span = f"{previous + 1}–{value - 1}" if value - 1 > previous + 1 else f"{previous + 1}"
            warning = Warning(code="number_gap", message=f"measures {span} are missing (the numbering jumps from {previous} to {value})")
        elif previous is not None and value < previous:
            warning = Warning(code="number_out_of_order", message=f"measure {value} is printed after {previous}")
        else:
            warning = None
        if warning:
            draft.warnings.append(warning)
            found.append(warning)
        seen.add(value)
        previous = value if previous is None else max(previous, value)
    return found


def _demote_stray_tasks(reader: _TableReader, narrative: str) -> None:
    """Read as a policy row a 'task' that the plan's narrative does not name.

    Where a table restates the tasks of a narrative plan (2018: attachment 3 restates the tasks of
    attachment 1), a task-column cell that the narrative does not contain, has no policy of its
    own and follows a task with policy rows is a policy row the extraction shifted left.
    """
    tasks = reader.measures
    if not reader.columns.has("policy") or len(tasks) < 5 or not narrative:
        return
    def named(draft: _MeasureDraft) -> bool:
        key = squash(draft.text)[:15]
        return bool(key) and key in narrative
    found = [named(t) for t in tasks]
    if sum(found) < 0.6 * len(tasks):
        return
    kept: list[_MeasureDraft] = []
    for task, is_named in zip(tasks, found):
        previous = kept[-1] if kept else None
        if not is_named and not task.own_policy and previous is not None and previous.policies and task.number is None:
            previous.policies.append(_PolicyDraft(text=task.text, responsibility=task.values.get("responsibility"), where=task.row_where or task.where, row=task.row))
            previous.policies.extend(task.policies)
            previous.extend_where(task.where)
            previous.warnings.append(Warning(
                code="cell_shifted",
                message=f"{task.text[:24]}… is printed in the task column (row {task.row}) but the plan does not name it as a task "
                        "and it has no policy of its own: read as a policy row of this task",
            ))
            for heading in reader.headings:
                if heading.position == task.heading:
                    heading.measures -= 1
            continue
        kept.append(task)
    reader.measures = kept


def _glued_scope(draft: _MeasureDraft) -> None:
    """Move a scope the extraction glued to the end of the text ("…流动。 海南") to the scope."""
    if draft.values.get("scope"):
        return
    match = _GLUED_SCOPE.match(draft.text)
    if not match:
        return
    draft.text = match["text"].strip()
    draft.values["scope"] = match["scope"].strip()
    draft.warnings.append(Warning(code="scope_glued_to_text", message=f"适用范围 {match['scope'].strip()!r} was printed at the end of the text; moved to the scope"))


def _text_faults(draft: _MeasureDraft) -> None:
    fields = {"text": draft.text, **draft.values}
    for policy in draft.policies:
        fields[f"policy {policy.text[:8]}…"] = policy.text
    for name, value in fields.items():
        draft.warnings.extend(faults.check_traditional(value, name))
        draft.warnings.extend(faults.check_stray_words(value, name))
        draft.warnings.extend(faults.check_counted_lists(value, name))
    draft.warnings.extend(faults.check_stray_spaces(draft.text, "text"))
    if draft.values.get("scope"):
        draft.warnings.extend(faults.check_stray_spaces(draft.values["scope"], "scope"))
    for name in ("responsibility", "scope", "superior"):
        if draft.values.get(name):
            draft.warnings.extend(faults.check_duplicates(draft.values[name], name))


# ----------------------------------------------------------------------------- records


def _source_ref(layout: Layout, table: int, row: int, where: Where) -> SourceRef:
    return SourceRef(
        file=layout.source.replace("\\", "/").rsplit("/", 1)[-1], format=layout.format, table=table, row=row,
        page=where.page, bbox=where.bbox, line_start=where.line_start, line_end=where.line_end,
        ocr=where.confidence is not None, confidence=where.confidence,
    )


def _task_responsibility(draft: _MeasureDraft) -> str | None:
    if draft.values.get("responsibility"):
        return draft.values["responsibility"]
    distinct = list(dict.fromkeys(p.responsibility for p in draft.policies if p.responsibility))
    return "\n".join(distinct) or None


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
        reader = _TableReader(span)
        reader.read()
        narrative = squash("".join(p.text for p in span.before))
        _demote_stray_tasks(reader, narrative)
        _check_heading_numbers(reader.headings)
        document_warnings.extend(reader.warnings)
        document_warnings.extend(_check_measure_numbers(reader.measures))
        headings = []
        for draft in reader.headings:
            warnings = list(draft.read.warnings)
            if draft.measures == 0:
                warnings.append(Warning(code="heading_empty", message=f"no measure is printed under heading {draft.read.title!r}"))
            document_warnings.extend(warnings)
            headings.append(Heading(
                position=draft.position,
                number_raw=draft.read.number.raw or None if draft.read.number else None,
                number=draft.read.number.value if draft.read.number else None,
                title=draft.read.title, description=draft.read.description,
                source=_source_ref(layout, table_index, draft.row, draft.where), warnings=warnings,
            ))
        by_position = {h.position: h for h in headings}
        for draft in reader.measures:
            _glued_scope(draft)
            _text_faults(draft)
            heading = by_position.get(draft.heading) if draft.heading else None
            measures.append(Measure(
                position=len(measures) + 1, table=table_index, heading=draft.heading,
                heading_title=heading.title if heading else None,
                heading_number=heading.number if heading else None,
                number_raw=draft.number_raw, number=draft.number.value if draft.number else None,
                text=draft.text, responsibility=_task_responsibility(draft),
                superior=draft.values.get("superior"), remarks=draft.values.get("remarks"),
                scope=draft.values.get("scope"), sector=draft.values.get("sector"),
                regulations=draft.values.get("regulations"), deadline=draft.values.get("deadline"),
                cooperating=draft.values.get("cooperating"),
                policies=[PolicyRow(text=p.text, responsibility=p.responsibility, source=_source_ref(layout, table_index, p.row, p.where)) for p in draft.policies],
                source=_source_ref(layout, table_index, draft.row, draft.where), warnings=draft.warnings,
            ))
        kind = "opening_measures" if span.columns.has("regulations") and not span.columns.has("responsibility") else "tasks"
        tables.append(Table(
            index=table_index, kind=kind, title=span.caption, attachment=span.attachment,
            columns=list(span.columns.labels), roles=[r or "" for r in span.columns.roles], headings=headings,
            source=_source_ref(layout, table_index, 1, span.header.where),
        ))
    notes = _notes(after)
    for note in notes:
        document_warnings.extend(faults.check_counted_lists(note, "a note"))
    return _document(source, hints, metadata, tables, measures, notes, document_warnings)


def _notes(paragraphs: list[Paragraph]) -> list[str]:
    notes: list[str] = []
    for paragraph in paragraphs:
        text = paragraph.text.strip()
        if _NOTE.match(text) or (notes and regex.match(r"^\d+[.．、]", text)):
            notes.append(text)
    return notes


def _document(source: SourceFile, hints: DocumentHints, metadata: Metadata, tables: list[Table],
              measures: list[Measure], notes: list[str], warnings: list[Warning]) -> Document:
    return Document(
        id=hints.id,
        title=metadata.title or hints.title,
        doc_no=metadata.doc_no or hints.doc_no,
        issuer=metadata.issuer or hints.issuer,
        date=metadata.date or hints.date,
        level=hints.level or metadata.level,  # type: ignore[arg-type]
        region=hints.region or metadata.region,
        programme=hints.programme, round=hints.round, parent=hints.parent,
        parent_doc_no=metadata.parent_doc_no,
        source=source, tables=tables, measures=measures, notes=notes, warnings=warnings,
    )

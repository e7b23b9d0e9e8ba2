"""Reading the rows of one task table into headings and measure drafts.

:class:`TableReader` walks a :class:`TableSpan`'s entries: it drops repeated header rows, joins the
halves of cells broken by a page break, recognises heading rows (a heading column, a full-width
row, paragraphs between two parts of a table) and splits cells that pack several numbered measures.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from pilotplans.layout import Cell, Paragraph, Row, Where
from pilotplans.normalizers.numbers import (
    ItemMarker, Number, find_heading_marker, find_item_marker, marker_style, numbered_item, parse_measure_number,
    split_numbered_items,
)
from pilotplans.parsers.columns import SUBHEADING, TASK, Columns, is_header_repeat, task_text_role, vocabulary
from pilotplans.parsers.headings import HeadingText, read_heading
from pilotplans.parsers.interpret.drafts import HeadingDraft, MeasureDraft, PackedBlock, PolicyDraft
from pilotplans.parsers.interpret.fields import join_labelled_lists, join_owner_rows
from pilotplans.parsers.interpret.points import points_going_on
from pilotplans.parsers.interpret.repairs import pair_packed_block
from pilotplans.parsers.interpret.tables import Entry, TableSpan
from pilotplans.patterns import compiled
from pilotplans.schema.models import Warning
from pilotplans.textutil import is_terminated, join_fragments, longest_first, squash

_DASH = compiled(r"^[\-—–－─_\s/无]*$")
# Columns whose values are carried into the measure as-is (text and number are handled apart).
VALUE_ROLES = ("responsibility", "cooperating", "superior", "remarks", "scope", "sector", "regulations", "deadline", "leader")

@dataclass
class _Aligned:
    """A row's cells placed in the table's columns.

    A role printed in several columns (牵头单位 | 责任单位) reads as one value: the only filled
    cell as printed, or every filled cell as a labelled list, ``牵头单位：X；责任单位：Y``. A
    responsibility cell printing labelled lists on lines of their own reads them joined by ；.
    """

    cells: list[Cell | None]
    columns: Columns

    def cell(self, role: str) -> Cell | None:
        i = self.columns.index(role)
        return self.cells[i] if i is not None else None

    def _printed(self, role: str, *merged_from: str | None) -> list[tuple[str, str]]:
        """(label, text) of the cells of ``role`` filled in this row (``merged_from`` None: printed
        here; "above": the copy of a cell merged from the row above; both: either, in column order)."""
        found = []
        for i in self.columns.indexes(role):
            cell = self.cells[i] if i < len(self.cells) else None
            if cell is not None and not cell.is_empty and cell.merged_from in merged_from:
                text = cell.text.strip()
                found.append((self.columns.squashed[i], join_labelled_lists(text) if role == "responsibility" else text))
        return found

    @staticmethod
    def _value(printed: list[tuple[str, str]]) -> str | None:
        if not printed:
            return None
        if len(printed) == 1:
            return printed[0][1]
        return "；".join(f"{label}：{text}" for label, text in printed)

    def fresh(self, role: str) -> str | None:
        """Text printed in this row's cell of ``role`` (not a copy of a merged neighbour)."""
        return self._value(self._printed(role, None))

    def inherited(self, role: str) -> str | None:
        return self._value(self._printed(role, "above"))

    def spanned(self, role: str) -> str | None:
        """The value of ``role``'s cells printed here or spanning this row from a row above, as one
        (牵头单位 merged down the rows beside a 责任单位 printed on each: both are the row's)."""
        return self._value(self._printed(role, None, "above"))

    def label(self, role: str, spanning: bool = False) -> str | None:
        """The label of the only filled column of a role printed in several (its bodies take the
        label's role), else None; ``spanning``: counting cells spanning the row from above."""
        printed = self._printed(role, None, "above") if spanning else self._printed(role, None)
        return printed[0][0] if len(printed) == 1 and len(self.columns.indexes(role)) > 1 else None

    def fresh_roles(self) -> list[str]:
        return list(dict.fromkeys(r for r in self.columns.roles if r and self.fresh(r)))


# Item styles that number measures at the start of a text cell: 12. 12、 （12） 12） ①.
_TEXT_NUMBER_STYLES = frozenset({"digit_dot", "digit_comma", "digit_paren", "digit_half_paren", "circled"})


# A number of four figures opening a text cell (1000、 1001. in a list of more than 999 measures):
# item markers stop at three figures, as 2025. or 2025、 opening a paragraph is likelier a year; in a
# table's text cell, followed by 、 or a dot that no figure or date unit follows, it is the item's.
_FOUR_FIGURES = compiled(r"^(?P<n>\d{4})\s*(?:(?P<digit_comma>、)|(?P<digit_dot>[.．﹒]))(?![\d０-９年月日])")


def _text_number(text: str | None) -> ItemMarker | None:
    marker = find_item_marker(text) if text else None
    if marker is None and text and (match := _FOUR_FIGURES.match(text)):
        style = "digit_comma" if match["digit_comma"] else "digit_dot"
        return ItemMarker(style=style, number=Number(raw=match[0].strip(), value=int(match["n"])), end=match.end())
    return marker if marker is not None and marker.style in _TEXT_NUMBER_STYLES else None


_FIGURE = compiled(r"[0-9０-９]")
_PLACE_MAX = 6  # the longest town's name a second heading column's list prints (江川路街道)
_NAME_CUT = compiled(r"[、，,；;]")


def _no_title(name: str) -> str | None:
    """What a second heading column's cell prints where it is no task's title (table_words.toml), else None:
    ``places`` (浦锦街道、马桥镇: every name closing with a town's level word), ``a target`` (地区生产总值增长6%左右: a
    figure and a target's mark) or ``a project's kind`` (新建, 改扩建: the whole cell one of the kinds listed; a short
    title, 稳增长 or 党建, is a title)."""
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.parsers.interpret.table_words import table_words

    words, text = table_words(), squash(name)
    parts = [p for p in _NAME_CUT.split(text) if p]
    towns = longest_first(load_registry().town_units)  # 乡镇 before 镇
    # a town's name is short (马桥镇, 江川路街道); one alone only by a unit of two characters or more, as 特色小镇
    # or 商业街 close titles too
    ending = [next((t for t in towns if p.endswith(t) and len(t) < len(p) <= _PLACE_MAX), None) for p in parts]
    if parts and all(ending) and (len(parts) > 1 or len(ending[0] or "") > 1):
        return "places"
    if _FIGURE.search(text) and any(mark in text for mark in words.target_marks):
        return "a target"
    if text in words.project_kinds:
        return "a project's kind"
    return None


def _untitled(names: list[str]) -> tuple[str, str] | None:
    """The first of a second heading column's names that is no title, and its kind (:func:`_no_title`), where most
    of its names are none (places, a project's kind, targets); None where most are titles, so that one name such
    as 七宝镇 among titles leaves the column's headings read."""
    kinds = [(n, kind) for n in names if (kind := _no_title(n)) is not None]
    return kinds[0] if 2 * len(kinds) > len(names) else None


def numbers_in_text(span: TableSpan) -> bool:
    """Whether a table without a 序号 column prints each measure's number at the start of its text
    (``（67）优化铁水联运…``). Evidence: most text cells open with a number of one style, and the
    numbers rise from row to row (a cell listing ``1. … 2. …`` inside one measure opens with 1
    in every row). A header repeated on every page is no text cell (rows tall enough to fit one
    or two a page repeat it as often as they print a number)."""
    index = span.columns.index("text")
    if index is None:
        return False
    texts = [row.cells[index].text.strip() for row in (e.row for e in span.entries if e.row is not None)
             if index < len(row.cells) and not row.cells[index].is_empty and row.cells[index].merged_from is None
             and not is_header_repeat(row, span.columns)]
    markers = [m for m in (_text_number(t) for t in texts) if m is not None]
    if len(markers) < 2 or len(markers) < 0.6 * len(texts) or len({m.style for m in markers}) > 1:
        return False
    rising = sum(1 for a, b in zip(markers, markers[1:]) if b.number.value > a.number.value)
    return rising >= 0.8 * (len(markers) - 1)


def _spanning(aligned: _Aligned, values: dict[str, str]) -> dict[str, str]:
    """The values of a numbered row, ``values`` printed in it, with those a cell spanning it from a
    row above gives it (one 责任单位 cell merged down the rows of the measures one bureau leads: the
    cell is each one's, as a heading cell spanning rows is each one's heading), joined with the
    cells of the same role printed in the row (a 牵头单位 spanning, a 责任单位 printed per row)."""
    spanned = {role: value for role in VALUE_ROLES if aligned.inherited(role) and (value := aligned.spanned(role))}
    return {**values, **spanned}


class TableReader:
    """Reads the entries of one task table into headings and measure drafts."""

    def __init__(self, span: TableSpan) -> None:
        self.span = span
        self.columns = span.columns
        self.numbers_in_text = not self.columns.has("number") and numbers_in_text(span)
        self.numbered = self.columns.has("number") or self.numbers_in_text
        self.headings: list[HeadingDraft] = []
        self.measures: list[MeasureDraft] = []
        self.warnings: list[Warning] = []
        self.pending_break = False
        self.last_kind = "measure"  # what the last row added: a measure or a policy row
        self.last_responsibility: str | None = None
        self.displaced: tuple[str, Entry] | None = None
        # the task column's sentence the last row opened its measure with (see _read_row): a cell merged down
        # over the rows after it is their task too
        self.row_task: str | None = None
        self.unassigned: list[MeasureDraft] = []  # packed measures still waiting for a responsibility
        self.block: PackedBlock | None = None  # the packed block being read
        self.row_label: str | None = None  # the label of the row's only filled responsibility column, of several
        self.unread_columns: set[int] = set()  # the unlabelled columns whose text was reported not read
        self.last_row: Row | None = None  # the last row read, for the columns a line between two parts stands in
        self.typed_shift = False  # the last row was typed from the left and placed past the heading's column
        self.spans: dict[str, list[MeasureDraft]] = {}  # role → the measures one cell merged down their rows gives it to
        rows = [e.row for e in span.entries if e.row is not None]
        self.row_after: dict[int, Row] = {id(row): after for row, after in zip(rows, rows[1:])}  # the table's next row
        self.rows = rows
        self.row_at: dict[int, int] = {id(row): i for i, row in enumerate(rows)}
        self.measures_at_heading = -1  # how many measures were read when the last heading was
        self.described: set[int] = set()  # the rows whose heading-column sentence was read as the heading's description

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
        self._warn_blank_responsibilities()
        self._warn_blank_cells()

    def _warn_blank_responsibilities(self) -> None:
        """Warn each numbered measure left without a responsibility in a table whose other measures
        print one: its cell is blank where the source left it so, or where a cell spanning several
        rows was printed on the first of them only (a PDF whose rules do not show the span, its text
        from the top of its first row, or a span broken by a page break) and no reading can tell
        which. Where as many measures or more read blank as print one, spans are the likelier (a
        bureau owning runs of measures), and silence would pass half the table off as unowned."""
        if not self.numbered or not self.columns.has("responsibility"):
            return
        blank = [d for d in self.measures if not d.values.get("responsibility") and d not in self.unassigned]
        if not blank or len(blank) == len(self.measures):
            return
        if 2 * len(blank) < len(self.measures):
            message = ("the responsibility cell is blank, while most measures of the table print one (a blank in the"
                       " source, or a cell spanning several measures printed on the first only)")
        else:
            message = (f"the responsibility cell is blank, as in {len(blank)} of the table's {len(self.measures)}"
                       " measures while the others print one (cells spanning several measures printed on the first"
                       " only, or blanks in the source)")
        for draft in blank:
            draft.warnings.append(Warning(code="responsibility_missing", message=message))

    def _warn_blank_cells(self) -> None:
        """Warn each numbered measure whose cell of a side column most rows fill (a column role marked
        ``blank_warned``: 完成时限, 责任领导, 上级部门; not 备注, printed where there is something to
        remark) is blank where most measures of the table
        fill that column: the source may leave it blank, but a reader that lost the cell (merged over
        rows, or broken by a page break, and read under another row) must not pass it off as a blank.
        Where half the measures or more leave it blank, blanks are the column's habit and nothing is said."""
        if not self.numbered:
            return
        for role in (entry.name for entry in vocabulary() if entry.blank_warned):
            index = self.columns.index(role)
            if index is None:
                continue
            blank = [d for d in self.measures if not d.values.get(role)]
            filled = len(self.measures) - len(blank)
            if not blank or 2 * filled <= len(self.measures):
                continue
            label = squash(self.columns.labels[index])
            message = (f"the {label} cell is blank, while {filled} of the table's {len(self.measures)} measures print"
                       " one (a blank in the source, or a cell the reading lost: merged over several measures, or"
                       " broken by a page break)")
            for draft in blank:
                draft.warnings.append(Warning(code="cell_blank", message=message))

    def _read_paragraphs(self, entry: Entry, after_points: bool = False) -> None:
        assert entry.paragraphs is not None
        going_on = 0 if after_points else self._points_going_on(entry)
        if going_on:
            carried = entry.paragraphs[:going_on]
            self._extend_text([p.text for p in carried], carried[0].where.spanning(carried[-1].where), self.last_row)
            self.pending_break = False
            if going_on < len(entry.paragraphs):  # what follows the points: a heading, or the next row's opening
                self._read_paragraphs(replace(entry, paragraphs=entry.paragraphs[going_on:]), after_points=True)
            return
        texts = [p.text for p in entry.paragraphs]
        column = self._column_beside(entry.paragraphs)
        carried = self._cell_carried_over(entry, column)
        if carried is not None:
            self._read_row(Entry(index=entry.index, row=carried, opens_part=True), carried)
            return
        heading = read_heading(texts)
        if (heading is None and self.headings and self.measures_at_heading == len(self.measures) and self.block is None
                and not any(find_heading_marker(t) for t in texts)):
            # the heading's next paragraphs, printed apart from it between the same two parts (a workbook's heading
            # cell written a paragraph a row, an empty row between them), as the paragraphs read together give them
            for text in texts:
                self._describe_heading(text, None)
            self.pending_break = False
            return
        if heading and any(find_heading_marker(t) for t in texts) or heading and len(texts) <= 2:
            self._new_heading(heading, entry)
            if column is not None:
                self.warnings.append(Warning(code="cell_displaced", message="text printed alone between two parts of the table, in a column right of the first, read as a heading (the rest of a cell broken across the page?): " + " / ".join(t[:40] for t in texts)))
        else:
            self.warnings.append(Warning(code="unplaced_text", message="text printed between two parts of the table was not read as a heading: " + " / ".join(t[:40] for t in texts)))
        self.pending_break = False

    def _cell_carried_over(self, entry: Entry, column: int | None) -> Row | None:
        """The lines printed alone at the top of a page between two parts of a table, standing
        in a column right of the first one of the row above the break, whose cell there holds
        text, as the rest of that cell (a row broken across the page in its owner column only):
        a heading between two parts is printed across the table or in its first column, never
        inside a later one. None where they stand elsewhere, carry a heading number, or no row is
        known. ``column`` is the one they stand in (:meth:`_column_beside`)."""
        assert entry.paragraphs is not None
        last = self.last_row
        if column is None or last is None or not self.measures or last.cells[column].is_empty:
            return None
        where = entry.where
        cells = tuple(Cell(tuple(p.text for p in entry.paragraphs), where) if i == column else Cell(())
                      for i in range(len(last.cells)))
        return Row(cells=cells, where=where, after_break=True)

    def _points_going_on(self, entry: Entry) -> int:
        """How many of the paragraphs printed between two parts of the table, from the first, go
        on with the points the text cell of the last row read lists (:func:`points_going_on`),
        standing in that column on its page or later: a cell whose points are parted by white
        space wider than the space between rows (paragraph spacing) ends the table's part above
        them, and they run on to the foot of the page and over the break. Not where they number
        on from the table's last heading (:meth:`_heading_numbers_on`)."""
        assert entry.paragraphs is not None
        last = self.last_row
        text = self.columns.index("text")
        if last is None or not self.measures or self.block is not None or text is None or text >= len(last.cells):
            return 0
        count = points_going_on(last.cells[text].paragraphs, [p.text for p in entry.paragraphs])
        if not count or self._column_beside(entry.paragraphs[:count], same_page=True) != text:
            return 0
        return 0 if self._heading_numbers_on([p.text for p in entry.paragraphs[:count]]) else count

    def _points_row(self, previous: Row | None, row: Row) -> bool:
        """Whether ``row``, opening a part of the table after a break with text in its text column
        only, holds the rest of the points the text cell of ``previous`` (the row above the break)
        lists (:func:`points_going_on`: ``（六）…`` after ``（五）…``, or ``（一）…`` after a lead
        ending ``：``), not a heading row: a row broken across the page prints the rest of its
        cell in a row of its own, its other cells blank, never spanning them (a heading row
        spanning a table without a 序号 column fills its text column only, the others its copies).
        Not where they number on from the table's last heading (:meth:`_heading_numbers_on`): a
        heading row may open a page."""
        text = self.columns.index("text")
        if (previous is None or text is None or not self.measures or self.block is not None
                or text >= len(row.cells) or text >= len(previous.cells)):
            return False
        filled = [i for i, cell in enumerate(row.cells) if not cell.is_empty and cell.merged_from is None]
        if filled != [text] or any(cell.merged_from == "left" for cell in row.cells):
            return False  # text elsewhere, or a row spanning the table (its text column the first): a heading row
        paragraphs = list(row.cells[text].paragraphs)
        return (points_going_on(previous.cells[text].paragraphs, paragraphs) == len(paragraphs)
                and not self._heading_numbers_on(paragraphs))

    def _heading_numbers_on(self, paragraphs: list[str]) -> bool:
        """Whether the first numbered of ``paragraphs`` numbers on from the table's last heading
        in its style (``（六）`` after the heading ``（五）``): a heading row as likely as a point."""
        marker = next((m for m in map(find_item_marker, (p.strip() for p in paragraphs)) if m is not None), None)
        number = self.headings[-1].read.number if self.headings else None
        last = find_item_marker(number.raw) if number is not None else None
        return (marker is not None and last is not None and last.style == marker.style
                and last.number.value + 1 == marker.number.value)

    def _extend_text(self, paragraphs: list[str], where: Where, above: Row | None) -> None:
        """Append ``paragraphs`` (printed at ``where``) to the text of the last measure read:
        the rest of the cell of the row ``above`` the break, which holds them from now on as the
        last row read (for the points that may go on after the next break)."""
        text = self.columns.index("text")
        if above is not None and text is not None and text < len(above.cells):
            cells = list(above.cells)
            cells[text] = replace(cells[text], paragraphs=(*cells[text].paragraphs, *paragraphs))
            self.last_row = replace(above, cells=tuple(cells))
        measure = self.measures[-1]
        measure.extend_where(where)
        for paragraph in paragraphs:
            measure.text = join_fragments(measure.text, paragraph)
        measure.row_where = (measure.row_where or where).spanning(where)

    def _column_beside(self, paragraphs: list[Paragraph], same_page: bool = False) -> int | None:
        """The column right of the first, of the last row read (on an earlier page, or on its
        own page too where ``same_page``), in which every one of ``paragraphs`` (printed between
        two parts of the table) starts, if they carry no heading number (or ``same_page``: points
        carry one); else None."""
        last = self.last_row
        if last is None or len(last.cells) < 2 or last.where.page is None:
            return None
        if not same_page and any(find_heading_marker(p.text) for p in paragraphs):
            return None
        boxes = [cell.where.bbox for cell in last.cells]
        if any(box is None for box in boxes):
            return None
        first_right = boxes[0][2]
        column = None
        for paragraph in paragraphs:
            where = paragraph.where
            if (where.bbox is None or where.page is None or where.page < last.where.page + (not same_page)
                    or where.bbox[0] < first_right):
                return None
            inside = [i for i, box in enumerate(boxes) if i and box[0] - 2 <= where.bbox[0] < box[2]]
            if len(inside) != 1 or column not in (None, inside[0]):
                return None
            column = inside[0]
        if column is None or column >= len(self.columns.roles) or self.columns.roles[column] in ("heading", "number"):
            return None
        return column

    def _read_row(self, entry: Entry, row: Row) -> None:
        previous, self.last_row = self.last_row, row
        self.row_label = None
        after_break = row.after_break or entry.opens_part or self.pending_break
        self.pending_break = False
        if is_header_repeat(row, self.columns):
            self.pending_break = True
            return
        if self._header_label_piece(row, previous) or self._header_label_piece(row, self.row_after.get(id(row))):
            self.pending_break = after_break  # the header's row of its own: the rows after it open the part as they would
            return
        if row.is_empty:
            return
        if after_break and self._points_row(previous, row):
            text = row.cells[self.columns.index("text") or 0]
            self._extend_text(list(text.paragraphs), text.where, previous)
            return
        if after_break and self._heading_row_goes_on(row):
            self._continue_heading(row.cells[0])
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
        self._report_unlabelled(aligned, entry)
        heading_text = aligned.fresh("heading")
        undecided: str | None = None
        if heading_text is not None:
            cell = aligned.cell("heading")
            assert cell is not None
            read = read_heading(list(cell.paragraphs))
            if read is not None:
                self._new_heading(read, entry)
                heading_text = None
            elif not [r for r in aligned.fresh_roles() if r != "heading"]:
                if not after_break and self._tasks_in_heading_column() and self._right_under_a_heading(row):
                    self._describe_heading(heading_text, row)  # the row prints nothing else: no row's task
                    return
                self.displaced = (heading_text, entry)
                return
            elif not self._tasks_in_heading_column():
                self.warnings.append(Warning(code="cell_displaced", message=f"heading column holds a sentence: {heading_text[:30]}…"))
                heading_text = None
            else:
                parted = self._parted_heading_paragraph(row) if not after_break else False
                if parted is True:
                    self._describe_heading(heading_text, row)
                    heading_text = None
                elif parted is None:
                    undecided = heading_text
        elif self.row_task is not None and aligned.inherited("heading") == self.row_task:
            heading_text = self.row_task  # the task's cell merged down beside this row's plan of work too
        else:
            heading_text = None
        self.row_task = None
        count = len(self.measures)
        named = self._read_subheading(aligned, entry)
        self._read_content(aligned, entry)
        if named is not None and len(self.measures) == count + 1:
            # every name the column prints a closed sentence: the row's task, the opening of its measure's text
            task = self.measures[count]
            task.text = f"{named}\n{task.text}" if task.text else named
        if undecided is not None and len(self.measures) == count + 1:
            self.measures[count].warnings.append(Warning(code="heading_paragraph_undecided", message=(
                f"the sentence in the heading column beside it ({undecided[:20]}…) stands on one row under the heading "
                f"{self.headings[-1].read.title[:20]}, the column blank between them and no row after it before the next "
                "heading: the heading cell's next paragraph or this row's task, read as its task")))
        if heading_text is not None and len(self.measures) == count + 1:
            # a task column's sentence (实事项目: 新建成公办中小学…。) beside the row's plan of work: the row's task,
            # the opening of its measure's text, not a heading
            task = self.measures[count]
            task.text = f"{heading_text}\n{task.text}" if task.text else heading_text
            self.row_task = heading_text
        elif heading_text is not None:
            self.warnings.append(Warning(code="cell_displaced", message=f"heading column holds a sentence: {heading_text[:30]}…"))
        self._track_spans(aligned, self.measures[count:])

    @cached_property
    def subheading_names(self) -> str | None:
        """How the table's second heading column (a task column between the heading column and the measures':
        类别 | 序号 | 任务名称 | 任务要求及举措) reads, worked out once from every name it prints: ``heading`` where each
        is a title (no sentence closed in it), ``text`` where each closes a sentence (the task is the row's
        measure, read as its text's opening), None where the column prints both or nothing (no rule tells)."""
        index = self.columns.index(SUBHEADING)
        if index is None:
            return None
        names = [_joined(r.cells[index]) for r in self.rows
                 if len(r.cells) == len(self.columns.roles) and not r.cells[index].is_empty
                 and r.cells[index].merged_from is None and not is_header_repeat(r, self.columns)]
        names = [n for n in names if n]
        if not names:
            return None
        untitled = _untitled(names)
        if untitled is not None:
            self.subheading_untitled = untitled
            return "untitled"
        if all(not is_terminated(n) and (read := read_heading([n])) is not None and read.description is None
               for n in names):
            return "heading"
        if all(is_terminated(n) for n in names):
            return "text"
        return None

    #: the first cell of the second heading column that is no task's title, and its kind (set with ``untitled``)
    subheading_untitled: tuple[str, str] = ("", "")

    def _read_subheading(self, aligned: _Aligned, entry: Entry) -> str | None:
        """Read the name the row prints in the table's second heading column: under the row's category, the heading
        of the rows it names (a cell merged down, or left blank below, carries it; a name printed again on the next
        row is the same heading), or, where the column prints closed sentences, the row's task returned to open its
        text. Where the column prints both, no name is read and the column is said unread once."""
        name = aligned.fresh(SUBHEADING)
        if name is None:
            return None
        name = _joined(aligned.cell(SUBHEADING))
        reads = self.subheading_names
        if reads == "text":
            return name
        if reads is None or reads == "untitled":
            index = self.columns.index(SUBHEADING)
            if index not in self.unread_columns:
                self.unread_columns.add(index)
                label = self.columns.labels[index]
                if reads is None:
                    said = "prints both names and closed sentences, read neither as headings nor as the rows' text"
                else:
                    untitled, kind = self.subheading_untitled
                    said = f"prints {kind} ({untitled[:20]}), no task's title, read as no heading"
                self.warnings.append(Warning(code="column_unlabelled", message=(
                    f"row {entry.index}: column {index + 1} ({label}) {said}, and its text is not read: {name[:30]}")))
            return None
        read = read_heading([name])
        assert read is not None
        parent = next((h for h in reversed(self.headings) if h.level == 1), None)
        last = self.headings[-1] if self.headings else None
        if last is not None and last.level == 2 and last.parent == (parent.position if parent else None) \
                and last.read.title == read.title:
            return None  # the name printed again on the next row of its group
        self.headings.append(HeadingDraft(position=len(self.headings) + 1, read=read, where=entry.where, row=entry.index,
                                          level=2, parent=parent.position if parent else None))
        return None

    def _parted_heading_paragraph(self, row: Row) -> bool | None:
        """Whether the sentence ``row`` prints in the heading column (labelled with a task word) is the next
        paragraph of the heading cell above it, parted into a row of its own (a program that writes a cell's
        paragraphs one a row and leaves the cell unmerged: LibreOffice importing a web page's rowspan). True where
        the column's last printed cell above it is a heading on one row (or that heading's sentences read so), the
        column blank between, the sentence spans no row under it, and the column stays blank beside one measure's
        row or more after it up to its next heading or the table's end: the column groups the rows, it names no
        row's task. False where the column prints another sentence before its next heading (each row's task, as a
        实事项目 column prints them) or the sentence is merged down its rows. None where nothing tells: the column's
        next printed cell, a heading or the table's end, comes right after the sentence's row."""
        if not self._right_under_a_heading(row):
            return False
        column, at = self.heading_column, self.row_at[id(row)]
        blank_rows = 0
        for later, cell in zip(self.rows[at + 1:], column[at + 1:]):
            if cell is None or cell.merged_from is not None:
                return False
            if not cell.is_empty:
                if read_heading(list(cell.paragraphs)) is None:
                    return False
                break
            blank_rows += 1 if any(not c.is_empty for c in later.cells) else 0
        return True if blank_rows else None

    @cached_property
    def heading_column(self) -> list[Cell | None]:
        """The heading column's cell of each row of the table (None for a row printing other columns, or every row of a
        table with no such column), worked out once, the first time a rule asks."""
        index = self.columns.index("heading")
        return [r.cells[index] if index is not None and len(r.cells) == len(self.columns.roles) else None for r in self.rows]

    def _right_under_a_heading(self, row: Row) -> bool:
        """Whether the heading-column cell ``row`` prints, a sentence ended, spans no row under it and the column's last printed cell
        above it is the last heading, printed on one row (or that heading's sentences read so), the column blank
        between: the cell of a heading whose paragraphs a program wrote one a row, unmerged."""
        at = self.row_at.get(id(row))
        if at is None or not self.headings or self.columns.index("heading") is None:
            return False
        column = self.heading_column
        below = column[at + 1] if at + 1 < len(column) else None
        if column[at] is None or not is_terminated(column[at].text) or below is not None and below.merged_from == "above":
            return False
        above = at - 1
        while above >= 0 and (_blank(column[above]) or id(self.rows[above]) in self.described):
            above -= 1
        heading = column[above] if above >= 0 else None
        return not (heading is None or heading.merged_from is not None or column[above + 1] is None
                    or column[above + 1].merged_from == "above" or read_heading(list(heading.paragraphs)) is None)

    def _describe_heading(self, sentence: str, row: Row | None) -> None:
        """The heading cell's next paragraph, parted into a row (or a paragraph) of its own: its description, as the
        cell read whole gives it."""
        heading = self.headings[-1]
        read = heading.read
        heading.read = replace(read, description="\n".join(p for p in (read.description, sentence) if p))
        if row is not None:
            self.described.add(id(row))

    def _tasks_in_heading_column(self) -> bool:
        """Whether the table's heading column is labelled with a task word (实事项目, 重点工作: a task column grouping
        the measures of a text column beside it, columns.py ``_resolve_task_columns``), not a heading's (领域, 类别):
        a sentence in it is a row's task, where one in a heading's column is a cell out of place."""
        index = self.columns.index("heading")
        return index is not None and task_text_role(self.columns.labels[index]) == TASK

    def _track_spans(self, aligned: _Aligned, added: list[MeasureDraft]) -> None:
        """Note, for each value role, the measures whose cell one merged cell gives them: a row
        adding one measure beside a cell merged from the row above joins that cell's measures, one
        printing its own cell starts them anew (see :meth:`_continue_spanned`)."""
        if len(added) != 1:
            if added:
                self.spans = {}
            return
        for role in VALUE_ROLES:
            members = self.spans.get(role)
            if members and aligned.inherited(role) and not aligned.fresh(role) and added[0].values.get(role) == members[-1].values.get(role):
                members.append(added[0])
            else:
                self.spans[role] = [added[0]]

    def _continue_spanned(self, role: str, before: str | None, after: str) -> None:
        """Give the rest of a cell printed after a page break to every measure the cell, merged
        down their rows before the break, gives its text (the last measure's is joined already):
        the cell is one, so its text is each one's."""
        members = self.spans.get(role) or []
        if len(members) < 2 or members[-1] is not self.measures[-1]:
            return
        for member in members[:-1]:
            if member.values.get(role) == before:
                member.values[role] = after

    def _header_label_piece(self, row: Row, header: Row | None) -> bool:
        """Whether ``row`` is a piece of the repeated ``header`` beside it whose label wraps into a row
        of its own (完成时 above the other labels and 限 below them, the header's own cell in that column
        blank): each cell it prints, none copied from a neighbour, is the start or the end of its own
        column's label, and the header's cell in that column prints no whole label."""
        if header is None or len(row.cells) != self.columns.width or len(header.cells) != self.columns.width:
            return False
        filled = [i for i, cell in enumerate(row.cells) if not cell.is_empty]
        if not filled:
            return False
        for i in filled:
            cell, label = row.cells[i], squash(self.columns.labels[i] or "")
            text = squash(cell.text)
            if cell.merged_from is not None or not label or text == label or not (label.startswith(text) or label.endswith(text)):
                return False
            if squash(header.cells[i].text) == label:
                return False
        return is_header_repeat(header, self.columns)

    def _report_unlabelled(self, aligned: _Aligned, entry: Entry) -> None:
        """Say once per column that the text of a column the header leaves unlabelled, or labels
        with a word no column role reads (工作成效), is not read (a cell no label names: a stray
        column, or a span that pushed a row's cells right; or a column under a label spanning it
        from the column before, 责任单位 over two columns)."""
        for i, cell in enumerate(aligned.cells):
            spanned = i < len(self.columns.spanned) and self.columns.spanned[i]
            if (cell is None or cell.is_empty or cell.merged_from is not None or i in self.unread_columns
                    or self.columns.roles[i] is not None):
                continue
            self.unread_columns.add(i)
            label = self.columns.labels[i].strip()
            if spanned:
                said = f"sits under the label {self.columns.labels[i]} spanning it from column {i}"
            else:
                said = f"({label}) has a label no column role reads" if label else "has no label in the header"
            self.warnings.append(Warning(code="column_unlabelled", message=(
                f"row {entry.index}: column {i + 1} {said}, and its text is not read: {cell.text[:30]}")))

    # -- recognising rows

    def _heading_only(self, row: Row) -> HeadingText | None:
        """A numbered heading printed alone in a row (2025 list: ``一、…`` spanning the table), or
        spanning the columns before owner cells of its own (:meth:`_beside_its_owners`)."""
        filled = [c for c in row.cells if not c.is_empty and c.merged_from is None]
        if len({c.text for c in filled}) != 1:
            filled = self._beside_its_owners(row)
            if not filled:
                return None
        cell = filled[0]
        if parse_measure_number(cell.text) or not any(find_heading_marker(p) for p in cell.paragraphs):
            return None
        marker, last = _text_number(cell.text), _text_number(self.measures[-1].number_raw) if self.measures else None
        if (self.numbers_in_text and marker is not None and last is not None and marker.style == last.style and any(
                c.merged_from == "above" and role in VALUE_ROLES for c, role in zip(row.cells, self.columns.roles))):
            # numbered as the table's measures are, beside an owner cell spanning down from the row
            # above: （2）推进… alone beside the 牵头单位 spanning （1） and （2） is （2）'s measure. A title
            # numbered otherwise (二、… over 序号 and 具体举措) stays a heading the span runs past.
            return None
        return read_heading(list(cell.paragraphs))

    def _beside_its_owners(self, row: Row) -> list[Cell]:
        """The heading cell of a heading row that spans the columns up to owner cells of its own
        (``一、…`` over 序号 and 具体举措, its 责任单位 beside it, spanning the rows of its measures,
        which print that cell's copies): ``[cell]`` where the row's first cell spans on over the
        text column (the next cells are its copies, none a text of its own), holds one numbered
        paragraph (not a cell packing numbered items), and every other filled cell stands in an
        owner column (a value role) and spans the row below (whose cell there is its copy: the
        owner of the measures under the heading); else ``[]``. A measure's row never prints its
        text as a copy of its first cell; a measure printed over 序号 and 具体举措 (``（一）推进…``)
        beside an owner of its own spans no row with it."""
        roles = self.columns.roles
        text = self.columns.index("text")
        if text is None or len(row.cells) != len(roles) or text == 0 or row.cells[0].is_empty:
            return []
        first = row.cells[0]
        spanned = 1
        while spanned < len(row.cells) and row.cells[spanned].merged_from == "left" and row.cells[spanned].text == first.text:
            spanned += 1
        rest = [i for i in range(spanned, len(row.cells)) if not row.cells[i].is_empty and row.cells[i].merged_from is None]
        if spanned <= text or not rest or any(roles[i] not in VALUE_ROLES for i in rest):
            return []
        after = self.row_after.get(id(row))
        if after is None or len(after.cells) != len(row.cells) or any(after.cells[i].merged_from != "above" for i in rest):
            return []  # its owner cells span no row below: a measure over 序号 and 具体举措 beside its own owner
        if sum(find_item_marker(p.strip()) is not None for p in first.paragraphs) != 1:
            return []  # a cell over 序号 and 具体举措 packing numbered items beside their owners
        return [first]

    def _align(self, row: Row, entry: Entry) -> _Aligned:
        width = self.columns.width
        cells = list(row.cells)
        while len(cells) > width and cells[-1].is_empty:
            cells.pop()
        while len(cells) > width and cells[0].is_empty:
            cells.pop(0)
        number_col = self.columns.index("number")
        if len(cells) == width:
            typed = self._typed_from_the_left(cells, number_col) or self._typed_rest(row, cells, number_col)
            self.typed_shift = typed is not None
            return _Aligned(cells=typed if typed is not None else list(cells), columns=self.columns)
        self.typed_shift = False
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
                skipped = self._past_merged_heading(cells, anchor, number_col)
                return _Aligned(cells=skipped if skipped is not None else placed, columns=self.columns)
        if len(cells) < width:
            return _Aligned(cells=[None] * (width - len(cells)) + cells, columns=self.columns)
        for extra in cells[width:]:
            if not extra.is_empty:
                self.warnings.append(Warning(code="extra_cell", message=f"row {entry.index}: a cell beyond the table's columns was dropped: {extra.text[:30]}"))
        return _Aligned(cells=cells[:width], columns=self.columns)

    def _typed_from_the_left(self, cells: list[Cell], number_col: int | None) -> list[Cell | None] | None:
        """A grid row as wide as the table whose cells were typed from the left, its last cells blank, where the
        text it was typed from printed the row a cell short under a heading merged down (a bureau typing a ledger's
        rows into a Word table: `2 | 扎实做好… | 疾控处 | 长期推进 |  |`): placed past the heading's column as
        :meth:`_past_merged_heading` places such a row of a text, on the same evidence; else None. A row whose
        last cell prints (a whole row), whose number does not open it, or which leaves a cell blank before its
        last printed one (a heading printed once above it: typing from the left leaves no gap) is read as printed."""
        if (number_col is None or not self.headings or not cells[-1].is_empty
                or self.columns.index("heading") != number_col + 1 or cells[number_col].is_empty
                or any(not cell.is_empty for cell in cells[:number_col])
                or any(cell.merged_from is not None for cell in cells)):
            return None
        printed = cells[number_col + 1:]
        while printed and printed[-1].is_empty:
            printed.pop()
        if any(cell.is_empty for cell in printed):  # typed from the left leaves no blank before its last cell
            return None
        if parse_measure_number(cells[number_col].text) is None:
            return None
        return self._past_merged_heading(cells, number_col, number_col)

    def _typed_rest(self, row: Row, cells: list[Cell], number_col: int | None) -> list[Cell | None] | None:
        """The rest of a row typed from the left that a page break cut (`扎实做` / `好疫苗接种…`, the row placed past
        the heading's column above the break): its cells moved as the row's were, one column on; else None."""
        if not self.typed_shift or not row.after_break or number_col is None or not cells[number_col].is_empty \
                or not cells[-1].is_empty:
            return None
        placed: list[Cell | None] = [None] * self.columns.width
        placed[number_col] = cells[number_col]
        for column in range(number_col + 1, self.columns.width - 1):
            placed[column + 1] = cells[column]
        return placed

    def _past_merged_heading(self, cells: list[Cell], anchor: int, number_col: int) -> list[Cell | None] | None:
        """A row a cell short whose heading column's cell, merged down from a row above, a pipe table printed in
        that row only (序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 / 2 | 疾控处… : 2's 工作任务 is 1's), placed past
        that column: its number in the number column, its other cells from the column after the heading's on. Only
        under a heading read already, and where the cells then fall in columns of their kind (bodies under a
        bodies' column, a deadline under 完成时限) more often than placed one after the other (a 完成时限 read as
        the owners, `长期推进` cut to `长期`), and no cell but bodies then falls under a bodies' column (2 | 常规政务公开事项
        | 强化执法信息公开 | 2021年8月前 prints its own group and task and no owner: 强化执法信息公开 is no 责任处室);
        else None, the row placed as printed."""
        heading_col = self.columns.index("heading")
        after = [cell for cell in cells[anchor + 1:]]
        while after and after[-1].is_empty:
            after.pop()
        if (heading_col != number_col + 1 or not self.headings or not after
                or number_col + 1 + len(after) >= self.columns.width):
            return None
        consecutive = _fits(self.columns, number_col + 1, after)
        past = _fits(self.columns, heading_col + 1, after)
        if past <= consecutive or _non_bodies_under_bodies(self.columns, heading_col + 1, after):
            return None
        placed: list[Cell | None] = [None] * self.columns.width
        placed[number_col] = cells[anchor]
        for offset, cell in enumerate(after):
            placed[heading_col + 1 + offset] = cell
        return placed

    def _heading_row_goes_on(self, row: Row) -> bool:
        """Whether a row of one cell across the table opening a page is the rest of the heading row
        the break cut (the grid marks it ``continues`` only under a row of one cell across whose
        last line was full: :func:`~pilotplans.parsers.pdf.grids.carry_merges_over_break`)."""
        first, *others = row.cells
        return (bool(self.headings) and bool(others) and first.continues and not first.is_empty
                and first.merged_from is None and all(cell.merged_from == "left" for cell in others))

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
        if aligned.fresh("heading") or aligned.fresh(SUBHEADING):
            return False
        if self.block is not None and any(c is not None and c.continues for c in aligned.cells):
            return True  # a packed cell broken between two items, another column broken mid-text
        number_cell = aligned.cell("number")
        if aligned.fresh("number") and number_cell is not None and numbered_item(number_cell.paragraphs[0]) is not None:
            return False
        if self.numbers_in_text and _text_number(aligned.fresh("text")) is not None:
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

    def _continue(self, aligned: _Aligned, entry: Entry) -> None:
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
                before = measure.values.get(role)
                measure.values[role] = join_labelled_lists(join_owner_rows(before or "", value))
                self.last_responsibility = measure.values[role]
                self._continue_spanned(role, before, measure.values[role])
            else:
                before = measure.values.get(role)
                measure.values[role] = join_fragments(before or "", value)
                self._continue_spanned(role, before, measure.values[role])

    def _read_content(self, aligned: _Aligned, entry: Entry) -> None:
        self.row_label = aligned.label("responsibility")
        number_text = aligned.fresh("number")
        text = aligned.fresh("text")
        values = {role: value for role in VALUE_ROLES if (value := aligned.fresh(role))}
        marker = _text_number(text) if self.numbers_in_text else None
        text_cell = aligned.cell("text")
        # the measures a text cell numbering its measures in their text packs, a line each (2.… / 3.…), the lines
        # between going on with the item above: None for a cell of one measure, or one whose later numbers do not go
        # on from its own (its sub-points: 3.…： / 1.… / 2.…)
        packed = (split_numbered_items(text_cell.paragraphs, number_of=_text_number, in_sequence=True)
                  if marker is not None and text_cell is not None else None)
        if packed is not None:
            self._read_packed(packed, aligned, entry)  # 2.… / 3.… a line each, their owners a parallel list
            return
        if marker is not None and text is not None:
            self.row_label = aligned.label("responsibility", spanning=True)
            self._new_measure(marker.number, text[marker.end:].strip(), entry, _spanning(aligned, values))
            return
        if number_text is not None and parse_measure_number(number_text) is not None:
            self.row_label = aligned.label("responsibility", spanning=True)
            values = _spanning(aligned, values)
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
            if number is None and self._line_under_the_table(aligned, entry):
                self.warnings.append(Warning(code="line_under_table", message=(
                    f"row {entry.index} under the table's last measure prints one line in its 序号 column and nothing "
                    f"else ({number_text[:30]}): a line under the table, not read as a record")))
                return
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
                if self._under_spanning_number(aligned):
                    self._join_second_task(aligned, entry)
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
            late = self._responsibilities_one_row_late(aligned, entry)
            if late is not None:
                self._pair_again(late, aligned.fresh("responsibility") or "", entry)
                return
            # Only side columns are filled: read them as belonging to the row above.
            self._continue(aligned, entry)

    def _line_under_the_table(self, aligned: _Aligned, entry: Entry) -> bool:
        """Whether a row printing only a line that is no number in the 序号 column (附件：… 分享到：…, a page's footer
        a program wrote into the sheet's rows under the table) stands under the table's measures: no row after it
        numbers a measure, so it is no row of the table whose number was lost."""
        if aligned.fresh_roles() != ["number"] or not self.measures or entry.row is None:
            return False
        index, at = self.columns.index("number"), self.row_at.get(id(entry.row))
        if index is None or at is None:
            return False
        return not any(len(row.cells) > index and parse_measure_number(row.cells[index].text) is not None
                       for row in self.rows[at + 1:])

    def _responsibilities_one_row_late(self, aligned: _Aligned, entry: Entry) -> int | None:
        """Where a row printing a responsibility alone, outside the rows the measure above spans, comes under a
        numbered measure that prints one of its own, the last row of its heading's, and the nearest measure above
        without one (its cell blank) is the last of the heading before, followed by measures each printing one: the
        index of that measure. The column then holds one responsibility per measure from the blank on, each a row
        below its own (a parallel list one short in one heading's block, one over in the next, its paragraphs written
        one a row: 113's responsibility opening the next block of the 2020 national table, saved as a workbook), not a
        cell going on. None otherwise: a measure printed with no owner and a cell going on under a later one of the
        same heading, or a lone row with the heading's measures going on after it, read as they print."""
        if not self.numbered or aligned.fresh_roles() != ["responsibility"] or self.block is not None:
            return None
        if any(cell is not None and cell.merged_from == "above" for cell in (aligned.cell("number"), aligned.cell("text"))):
            return None  # a row inside the measure's own merged rows: its cell's next paragraph (杭州: 市科技局 / 市财政局)
        last = self.measures[-1]
        if last.number is None or last.row is None or not last.values.get("responsibility") or last.policies:
            return None
        for index in range(len(self.measures) - 2, -1, -1):
            draft = self.measures[index]
            if draft.number is None or draft.row is None or draft.policies:
                return None
            if not draft.values.get("responsibility"):
                # its cell blank, or a packed cell's list holding none for it: the shift is a list one short in the
                # heading's block before and one over in this one (the blank the last measure of the heading before,
                # the lone row the last of this heading's rows); a blank and a lone row in one block are a measure
                # printed with no owner and the cell above going on, as they read
                moved = self.measures[index + 1:]
                if (not self.headings or draft.heading is None or draft.heading >= self.headings[-1].position
                        or any(m.heading != self.headings[-1].position for m in moved)
                        or not self._ends_its_heading(entry.row)):
                    return None
                return index
        return None

    def _ends_its_heading(self, row: Row | None) -> bool:
        """Whether no row after ``row`` prints anything before the table's next heading (a row printing one text, a
        heading, merged across; or a heading column's next printed cell) or its end."""
        at = self.row_at.get(id(row)) if row is not None else None
        if at is None:
            return False
        column = self.heading_column
        for later, cell in zip(self.rows[at + 1:], column[at + 1:]):
            texts = [c.text for c in later.cells if not c.is_empty]
            if not texts:
                continue
            if cell is not None and not cell.is_empty and cell.merged_from is None:
                return True
            return len(set(texts)) == 1 and read_heading(texts[:1]) is not None  # a heading row (merged across)
        return True

    def _pair_again(self, blank: int, surplus: str, entry: Entry) -> None:
        """Give each measure from ``blank`` on the responsibility printed a row below it, the last the row's
        ``surplus``; each warned, naming the rows the list runs between."""
        moved = self.measures[blank:]
        message = (f"its responsibility is printed a row below it: the list runs one short from measure "
                   f"{moved[0].number_raw}'s blank cell to the row under measure {moved[-1].number_raw} printing one "
                   f"alone (row {entry.index}), paired again by its order")
        self.unassigned = [draft for draft in self.unassigned if draft not in moved]
        for draft, after in zip(moved, [*moved[1:], None]):
            draft.values["responsibility"] = after.values["responsibility"] if after is not None else surplus
            draft.warnings.append(Warning(code="responsibility_list_shifted", message=message))
        moved[-1].extend_where(entry.where)
        self.last_responsibility = surplus

    def _read_packed(self, items: list[tuple[Number, str]], aligned: _Aligned, entry: Entry) -> None:
        """Several numbered measures in one cell, with a parallel list of responsibilities.

        The block stays open while a page break continues it; its responsibilities are paired with
        its measures when it closes.
        """
        cell = aligned.cell("responsibility")
        responsibilities = list(cell.paragraphs) if cell is not None and cell.merged_from is None else []
        values = {role: value for role in VALUE_ROLES if role != "responsibility" and (value := aligned.fresh(role))}
        drafts = [self._new_measure(number, text, entry, dict(values)) for number, text in items]
        self.block = PackedBlock(measures=drafts, responsibilities=responsibilities, row=entry.index)

    def _continue_packed(self, aligned: _Aligned, entry: Entry) -> None:
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
        """Pair a packed block's measures with its responsibilities (see :func:`pair_packed_block`)."""
        block, self.block = self.block, None
        if block is None:
            return
        surplus = pair_packed_block(block, self.unassigned)
        if surplus > 0:
            self.warnings.append(Warning(code="responsibility_extra", message=f"row {block.row}: {surplus} responsibilities left over after pairing them with the measures"))

    def _under_spanning_number(self, aligned: _Aligned) -> bool:
        """Whether a row printing a finished task of its own and no number sits under the 序号 cell
        of the measure above, that cell spanning both rows (a web page's rowspan; a one-cell-per-line
        copy's second task and deadline after a row's own): the cell copied down reads the number
        of the last measure."""
        cell = aligned.cell("number")
        if not self.measures or cell is None or cell.merged_from != "above" or cell.is_empty:
            return False
        if any(role != "text" and role not in VALUE_ROLES for role in aligned.fresh_roles()):
            return False  # a heading or a policy printed beside it: the row is no second task alone
        number, last = parse_measure_number(cell.text), self.measures[-1].number
        return number is not None and last is not None and number.value == last.value

    def _join_second_task(self, aligned: _Aligned, entry: Entry) -> None:
        """A second task printed under the number of the measure above (see
        :meth:`_under_spanning_number`): its text and the other cells it prints (a deadline of its
        own) joined to that measure's, each on a line of its own; the cells spanning both rows (the
        bodies in charge) are the measure's already. Warned, naming the row."""
        measure = self.measures[-1]
        measure.extend_where(entry.where)
        measure.row_where = (measure.row_where or entry.where).spanning(entry.where)
        for role in aligned.fresh_roles():
            value = aligned.fresh(role) or ""
            if role == "text":
                measure.text = f"{measure.text}\n{value}"
            else:
                measure.values[role] = "\n".join(part for part in (measure.values.get(role), value) if part)
        measure.warnings.append(Warning(code="second_task_joined", message=(
            f"row {entry.index} prints a task of its own under the 序号 cell of measure {measure.number_raw} spanning "
            f"both rows: joined to that measure ({(aligned.fresh('text') or '')[:20]})")))
        if entry.row is not None and entry.row.inferred:
            measure.warnings.append(Warning(code="cell_merged_inferred", message=entry.row.inferred))

    def _new_heading(self, read: HeadingText, entry: Entry) -> None:
        self.measures_at_heading = len(self.measures)
        self.headings.append(HeadingDraft(position=len(self.headings) + 1, read=read, where=entry.where, row=entry.index))

    def _next_heading_in(self, text: str) -> tuple[str, HeadingText] | None:
        """A measure's text whose last paragraph is the next heading of the table (五、… under 四、…, in
        the same style), run into the row above it where no rule parts them: the text before it, and
        the heading. None where the text holds no such paragraph, where the paragraphs before it open
        with a marker of that style (the cell lists points: 一、… 二、…), or where its title ends a
        sentence (a heading is a title: 二、扩大跨境人民币结算业务。 is a point)."""
        if not self.headings or "\n" not in text:
            return None
        current = self.headings[-1].read.number
        before, _, last = text.rpartition("\n")
        found = find_heading_marker(last)
        heading = read_heading([last]) if found else None
        if current is None or found is None or heading is None or heading.number is None or not before.strip():
            return None
        style = marker_style(found[0].raw)
        if found[0].value != current.value + 1 or style is None or style != marker_style(current.raw):
            return None
        if is_terminated(heading.title) or any(marker_style(p.strip()) == style for p in before.split("\n")):
            return None
        return before.rstrip(), heading

    def _new_measure(self, number: Number | None, text: str, entry: Entry, values: dict[str, str], number_raw: str | None = None) -> MeasureDraft:
        split = self._next_heading_in(text) if self.numbered else None
        if split is not None:
            text = split[0]
        draft = MeasureDraft(
            number=number, number_raw=number.raw if number else number_raw, text=text,
            heading=self.headings[-1].position if self.headings else None,
            where=entry.where, row=entry.index, values=dict(values), row_where=entry.where,
            responsibility_label=self.row_label if "responsibility" in values else None,
        )
        if "responsibility" in draft.values:
            self.last_responsibility = draft.values["responsibility"]
        if entry.row is not None and entry.row.doubt:
            draft.warnings.append(Warning(code="cell_displaced", message=entry.row.doubt))
        if entry.row is not None and entry.row.inferred:
            draft.warnings.append(Warning(code="cell_merged_inferred", message=entry.row.inferred))
        if entry.row is not None and entry.row.emptied:
            draft.warnings.append(Warning(code="cell_missing_inferred", message=entry.row.emptied))
        if entry.row is not None and entry.row.placed:
            draft.warnings.append(Warning(code="cell_stacked_bodies", message=entry.row.placed))
        if self.headings:
            self.headings[-1].measures += 1
            if self.headings[-1].parent is not None:  # a second level's: its category holds the measure too
                self.headings[self.headings[-1].parent - 1].measures += 1
        self.measures.append(draft)
        self.last_kind = "measure"
        if split is not None:
            heading = split[1]
            draft.warnings.append(Warning(code="heading_in_cell", message=(
                f"the last line of the measure's text cell, {heading.number.raw if heading.number else ''}{heading.title},"
                " is the table's next heading run into the row above it: read as that heading")))
            self._new_heading(heading, entry)
        return draft

    def _add_policy(self, text: str, responsibility: str | None, entry: Entry, extend: Entry | None = None) -> None:
        measure = self.measures[-1]
        where = entry.where.spanning(extend.where) if extend else entry.where
        measure.policies.append(PolicyDraft(text=text, responsibility=responsibility, where=where, row=entry.index))
        measure.extend_where(where)
        if responsibility:
            self.last_responsibility = responsibility
        self.last_kind = "policy"


_BODY_COLUMNS = frozenset({"responsibility", "cooperating", "superior"})


def _joined(cell: Cell | None) -> str:
    """A cell's text with the lines it wraps over joined (a name printed over two lines is one name)."""
    return "" if cell is None else "".join(p.strip() for p in cell.paragraphs if p.strip())


def _blank(cell: Cell | None) -> bool:
    """A cell that prints nothing and is no part of a cell merged over it."""
    return cell is not None and cell.is_empty and cell.merged_from is None


def _non_bodies_under_bodies(columns: Columns, first: int, cells: list[Cell]) -> bool:
    """Whether any of ``cells``, placed one after the other from column ``first``, prints what names no bodies
    under a bodies' column (a task's sentence, a deadline under 责任处室)."""
    return any(first + offset < columns.width and columns.roles[first + offset] in _BODY_COLUMNS
               and cell.text.strip() and not _names_bodies(cell.text)
               for offset, cell in enumerate(cells))


def _names_bodies(text: str) -> bool:
    """Whether a cell's text is a list of bodies, by name or by role phrase, a body's other name in brackets after
    it (规划信息处(爱卫办)) aside."""
    from pilotplans.parsers.interpret.fields import is_body_list, names_bodies_by_role

    text = _BRACKETED.sub("", text).strip()
    return bool(text) and (is_body_list(text) or names_bodies_by_role(text))


# A bracket and what it encloses, none inside it (a body's other name: 规划信息处(爱卫办)).
_BRACKETED = compiled(r"[（(][^（）()]*[）)]")


def _fits(columns: Columns, first: int, cells: list[Cell]) -> int:
    """How many of ``cells``, placed one after the other from column ``first``, fall in a column of their kind: a
    list of bodies (by name or by role phrase) under a bodies' column, a deadline under the deadline's; a body or a
    deadline under another column counts against."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary as task_words

    words = task_words()
    score = 0
    for offset, cell in enumerate(cells):
        column = first + offset
        role = columns.roles[column] if column < columns.width else None
        text = cell.text.strip()
        bodies = _names_bodies(text)
        deadline = bool(text) and words.is_deadline(text)
        if role in _BODY_COLUMNS:
            score += 1 if bodies else -1 if deadline else 0
        elif role == "deadline":
            score += 1 if deadline else -1 if bodies else 0
        elif bodies or deadline:
            score -= 1
    return score

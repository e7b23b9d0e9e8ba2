"""Reading a prose task list: numbered paragraphs with their responsibilities.

Most local implementation plans print their tasks as numbered paragraphs (一、 （一） 1. （1） ① …,
in any nesting, skipping and reusing levels) with the responsibility in a bracket at the end of an
item or on field lines after it (:mod:`.fields`). This module reads a layout's paragraphs into an
outline, decides which items are measures, and builds the same drafts the table reader builds, so
the checks and records after it never know which one read a measure.

* The outline is a stack keyed by marker *style*, not by depth: a paragraph opening with a style
  already on the stack closes the items above it and becomes their sibling; a new style opens a
  level below the current item.
* A paragraph without a number continues the open item, until the item's bracket or field lines
  have ended it; after that it stands alone (a heading's explanation, a signature, a note).
* Measures are the items that assign a responsibility (a bracket, or field lines naming a body or
  a leader), and their siblings of the same style under the same heading that assign none
  (``responsibility_missing``). Items inside a measure are part of its text. Items with measures
  inside are headings; items with neither (总体要求, 指导思想, 保障措施) are neither.
* When only the last sub-item of an item that introduces a list (``重点做好以下工作：``) carries
  the responsibility, it is the whole item's: field lines printed after the sub-items.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pilotplans.layout import Grid, Layout, Paragraph, Where
from pilotplans.normalizers.numbers import ItemMarker, find_item_marker
from pilotplans.parsers.headings import HeadingText, looks_like_title
from pilotplans.parsers.interpret.conventions import find_conventions
from pilotplans.parsers.interpret.drafts import HeadingDraft, MeasureDraft
from pilotplans.parsers.interpret.fields import Fields, find_tail, read_field_line
from pilotplans.parsers.interpret.vocabulary import vocabulary
from pilotplans.schema.models import Convention, Warning
from pilotplans.textutil import join_fragments

_COLONS = ("：", ":")
_TITLE_STOPS = ("。", "：", ":", "；")


@dataclass
class Item:
    """One numbered paragraph of the outline, with the paragraphs that continue it."""

    marker: ItemMarker
    lead: str  # the marker as printed, with any space after it
    text: str  # its own text, without the marker and without a responsibility bracket
    paragraph: int  # 1-based block index of its first paragraph
    where: Where
    parent: Item | None = None
    children: list[Item] = field(default_factory=list)
    fields: Fields | None = None
    closed: bool = False  # a bracket or field lines ended its text

    def add_fields(self, found: Fields) -> None:
        if self.fields is None:
            self.fields = Fields()
        self.fields.extend(found)

    @property
    def assigns(self) -> bool:
        return self.fields is not None and self.fields.assigns

    @property
    def inner_assigns(self) -> bool:
        """Whether an item inside this one assigns a responsibility."""
        return any(child.assigns or child.inner_assigns for child in self.children)

    @property
    def printed(self) -> str:
        return self.lead.strip() + self.text

    def descendants(self) -> list[Item]:
        return [d for child in self.children for d in (child, *child.descendants())]


@dataclass
class Outline:
    """The numbered items of a layout, the conventions it states, and the paragraphs outside items."""

    items: list[Item]  # the outermost items, in order
    conventions: list[Convention]
    loose: list[tuple[int, Paragraph]]  # paragraphs that belong to no item (notice, signature, notes)


def read_outline(layout: Layout) -> Outline:
    """The outline of a layout's paragraphs (grids end the open item and are otherwise skipped)."""
    reader = _OutlineReader()
    for index, block in enumerate(layout.blocks, start=1):
        if isinstance(block, Grid):
            reader.interrupt()
            continue
        # A paragraph's line breaks (<br> in a web page) separate the lines of a list as
        # paragraphs do.
        for line in block.text.split("\n"):
            reader.read(line.strip(), index, block)
    return reader.outline()


class _OutlineReader:
    """Reads lines into the outline: the open items are a stack keyed by marker style."""

    def __init__(self) -> None:
        self.top: list[Item] = []
        self.stack: list[Item] = []
        self.conventions: list[Convention] = []
        self.loose: list[tuple[int, Paragraph]] = []

    def outline(self) -> Outline:
        for item in _walk(self.top):
            if item.fields is not None and item.fields.remark:
                self.conventions.extend(find_conventions(item.fields.remark))
        return Outline(items=self.top, conventions=self.conventions, loose=self.loose)

    def interrupt(self) -> None:
        """A table stands between two paragraphs: the open item ends."""
        if self.stack:
            self.stack[-1].closed = True

    def read(self, text: str, index: int, block: Paragraph) -> None:
        """Read one line, or the lines a reader printed as one paragraph (see :meth:`_next_cut`)."""
        while text:
            cut = self._next_cut(text)
            self._read_piece(text[:cut].strip(), index, block)
            text = text[cut:].strip()

    def _next_cut(self, text: str) -> int:
        """Where the first of several lines run into one paragraph ends (the length of ``text``
        when it is one line). Evidence of a line run into the one before it, after the end of a
        sentence or of a bracket:

        * a responsibility bracket followed by an item number (…〔责任单位：X〕（61）鼓励…);
        * a field line (…共享平台等。牵头单位:发展改革委);
        * the number that follows an open item's (…取得突破。二、重点任务), opening a title or
          the next item of the same style as the innermost open one.
        """
        words = vocabulary()
        opening = find_item_marker(text)
        open_items = [item.marker for item in self.stack]
        if opening is not None:  # the line's own item, placed as _place will place it
            same = next((i for i in range(len(open_items) - 1, -1, -1) if open_items[i].style == opening.style), None)
            open_items = [*(open_items[:same] if same is not None else open_items), opening]
        for position, char in enumerate(text[:-1]):
            closes_bracket = char in words.closers.values()
            if char != "。" and not closes_bracket:
                continue
            rest = text[position + 1:].lstrip(words.after_bracket)
            cut = len(text) - len(rest)
            marker = find_item_marker(rest)
            if closes_bracket:
                if marker is not None and find_tail(text[:position + 1]) is not None:
                    return cut
                continue
            if read_field_line(rest) is not None:
                return cut
            if marker is not None and _follows(marker, rest[marker.end:], open_items):
                return cut
        return len(text)

    def _read_piece(self, text: str, index: int, block: Paragraph) -> None:
        if not text or vocabulary().is_furniture(text):
            return
        marker = find_item_marker(text)
        if marker is not None:
            item = Item(marker=marker, lead=text[:marker.end], text="", paragraph=index, where=block.where)
            self._place(item)
            _append(item, text[marker.end:])
            return
        open_item = self.stack[-1] if self.stack else None
        found = read_field_line(text)
        if found is not None and open_item is not None:
            open_item.add_fields(found)
            open_item.where = open_item.where.spanning(block.where)
            open_item.closed = True
            return
        stated = find_conventions(text)
        if stated:
            self.conventions.extend(stated)
            return
        if open_item is not None and not open_item.closed:
            open_item.where = open_item.where.spanning(block.where)
            _append(open_item, text)
            return
        if not self.loose or self.loose[-1][0] != index:
            self.loose.append((index, block))

    def _place(self, item: Item) -> None:
        """Put ``item`` in the outline: a sibling of the open item of its style, else a child of
        the innermost open item."""
        stack = self.stack
        level = next((i for i in range(len(stack) - 1, -1, -1) if stack[i].marker.style == item.marker.style), None)
        if level is not None:
            del stack[level:]
        parent = stack[-1] if stack else None
        item.parent = parent
        (parent.children if parent else self.top).append(item)
        stack.append(item)


def _follows(marker: ItemMarker, after: str, open_items: list[ItemMarker]) -> bool:
    """Whether ``marker`` numbers the item after an open one of its style, opening a title or
    a sibling of the innermost open item."""
    if not any(m.style == marker.style and m.number.value + 1 == marker.number.value for m in open_items):
        return False
    return looks_like_title(after) or open_items[-1].style == marker.style


def _append(item: Item, text: str) -> None:
    """Add a paragraph to an item's text; a responsibility bracket ending it ends the item."""
    joined = join_fragments(item.text, text.strip())
    tail = find_tail(joined)
    if tail is None:
        item.text = joined
        return
    item.text = tail.text
    item.add_fields(tail.fields)
    item.closed = True


def _walk(items: list[Item]) -> list[Item]:
    return [d for item in items for d in (item, *item.descendants())]


# ----------------------------------------------------------------------------- measures


def _introduces_list(item: Item) -> bool:
    return item.text.rstrip().endswith(_COLONS)


def _lift_trailing_fields(items: list[Item]) -> None:
    """Give an item the responsibility printed after its last sub-item (the sub-items are its text).

    Evidence: the item has none of its own, only its last sub-item has one, and the item
    introduces its sub-items (ends with ：) or, for field lines, reads as a sentence rather than a
    title and has several sub-items.
    """
    for item in items:
        _lift_trailing_fields(item.children)
        if item.assigns or not item.children:
            continue
        last = item.children[-1]
        if not last.assigns or last.inner_assigns or any(c.assigns or c.inner_assigns for c in item.children[:-1]):
            continue
        assert last.fields is not None
        from_field_lines = not last.fields.bracket
        if _introduces_list(item) or (from_field_lines and len(item.children) > 1 and not looks_like_title(item.text)):
            item.fields, last.fields = last.fields, None


@dataclass
class TaskList:
    """The headings and measure drafts of a prose task list."""

    headings: list[HeadingDraft]
    measures: list[MeasureDraft]
    warnings: list[Warning]
    conventions: list[Convention]
    loose: list[tuple[int, Paragraph]]
    first_item: int | None  # block index of the first item of the list's outermost heading or measure


def heading_title(text: str) -> str:
    """The title of a heading item: the whole text if it reads as a title, else its first phrase
    (``加强组织领导。市…`` → ``加强组织领导``)."""
    text = text.strip()
    if looks_like_title(text):
        return text
    cut = min((i for i in (text.find(stop) for stop in _TITLE_STOPS) if i > 0), default=-1)
    if cut > 0 and looks_like_title(text[:cut]):
        return text[:cut]
    return text


def read_task_list(layout: Layout) -> TaskList:
    """The task list a layout's paragraphs print (empty when no item assigns a responsibility)."""
    outline = read_outline(layout)
    _lift_trailing_fields(outline.items)
    builder = _Builder()
    builder.visit(outline.items, parent=None)
    return TaskList(headings=builder.headings, measures=builder.measures, warnings=builder.warnings,
                    conventions=outline.conventions, loose=outline.loose, first_item=builder.first_item)


class _Builder:
    """Walks the outline, making headings of items with measures inside and drafts of measures."""

    def __init__(self) -> None:
        self.headings: list[HeadingDraft] = []
        self.measures: list[MeasureDraft] = []
        self.warnings: list[Warning] = []
        self.first_item: int | None = None

    def visit(self, items: list[Item], parent: HeadingDraft | None) -> None:
        measure_styles = {i.marker.style for i in items if i.assigns and not i.inner_assigns}
        for item in items:
            if item.inner_assigns:
                if item.assigns:
                    self.warnings.append(Warning(
                        code="responsibility_on_heading",
                        message=f"item {item.marker.number.raw} carries a responsibility and has items with their own inside; read as a heading: {item.text[:30]}…",
                    ))
                heading = self._heading(item, parent)
                self.visit(item.children, heading)
            elif item.assigns:
                self._measure(item, parent)
            elif item.marker.style in measure_styles:
                draft = self._measure(item, parent)
                draft.warnings.append(Warning(code="responsibility_missing", message="no responsibility is printed for this item, while the items beside it have one"))

    def _heading(self, item: Item, parent: HeadingDraft | None) -> HeadingDraft:
        if self.first_item is None:
            self.first_item = item.paragraph
        read = HeadingText(number=item.marker.number, title=heading_title(item.text), description=None)
        draft = HeadingDraft(position=len(self.headings) + 1, read=read, where=item.where, row=None,
                             level=parent.level + 1 if parent else 1, parent=parent.position if parent else None,
                             paragraph=item.paragraph)
        self.headings.append(draft)
        return draft

    def _measure(self, item: Item, parent: HeadingDraft | None) -> MeasureDraft:
        if self.first_item is None:
            self.first_item = item.paragraph
        text, where = item.text, item.where
        fields = Fields()
        if item.fields is not None:
            fields.extend(item.fields)
        for inner in item.descendants():
            text = join_fragments(text, inner.printed)
            where = where.spanning(inner.where)
            if inner.fields is not None:
                fields.extend(inner.fields)
        values = {role: value for role in ("responsibility", "cooperating", "superior", "deadline", "leader")
                  if (value := fields.value(role))}
        if fields.remark:
            values["remarks"] = fields.remark
        draft = MeasureDraft(
            number=item.marker.number, number_raw=item.marker.number.raw, text=text.strip(),
            heading=parent.position if parent else None, where=where, row=None, values=values,
            row_where=item.where, paragraph=item.paragraph,
            responsibility_label=fields.label("responsibility"),
        )
        if parent is not None:
            for heading in self.headings:
                if heading.position == parent.position:
                    heading.measures += 1
        self.measures.append(draft)
        return draft


def number_runs(measures: list[MeasureDraft]) -> list[list[MeasureDraft]]:
    """Measures cut into runs of one numbering: a new run begins where the marker style changes
    or the numbering starts again under another heading (1. 2. | 1. 2. 3.)."""
    runs: list[list[MeasureDraft]] = []
    previous: MeasureDraft | None = None
    for draft in measures:
        restart = previous is None or _style(draft) != _style(previous) or (
            draft.heading != previous.heading and draft.number is not None and draft.number.value == 1
        )
        if restart:
            runs.append([draft])
        else:
            runs[-1].append(draft)
        previous = draft
    return runs


def _style(draft: MeasureDraft) -> str | None:
    marker = find_item_marker(draft.number_raw or "")
    return marker.style if marker else None

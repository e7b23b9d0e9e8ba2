"""The outline of a prose plan: its numbered paragraphs as a tree of items.

The open items are a stack keyed by marker *style*, not by depth: a paragraph opening with a style
already on the stack closes the items above it and becomes their sibling; a new style opens a level
below the current item, so plans may skip and reuse levels (一、 then 1. under it; （1） under 二、).
A paragraph without a number continues the open item until the item's responsibility bracket or
field lines have ended it; after that it stands alone (a heading's explanation, a signature, a
note). Field lines attach to the open item; a convention stated in a paragraph of its own is kept
for the document. Lines a reader ran into one paragraph are read apart where the text shows it
(:mod:`pilotplans.parsers.interpret.run_in`).

A task printed as a card (``重点工作：…`` / ``牵头单位：…`` / ``完成时限：…``, lines or a table of
label/value rows) is an item too: the labelled text is the text of a number printed alone before
it (``1.``), or of an item without a number (``marker`` None, style ``card``) that ends at the next
card, or at the next numbered item once its field lines have ended it. A title printed after a
dash (——在推进…上精准发力) under a heading's title or after an ended item is a sub-heading
without a number (style ``dash``), holding the items up to the next one.

A number printed alone on its line without a mark (``1`` / ``优化营商环境`` / ``深化…。`` /
``牵头单位：…``) is a page number unless a run of them in sequence, a few lines apart, mostly name
who does what follows them; then each is an item's (style ``digit_bare``). A bare line of bodies
closing an item's text (``1.`` / ``…。`` / ``区商务局、区财政局``), right before the next item, is the
item's owners when two items or more print them so.

The outline starts again, in a new *part*, where a covering notice ends and the plan begins: at
the plan's title (the title the notice cites in 《》 or in 关于印发…的通知), at an attachment label
(附件, 附件2), or at the notice's date line while nothing read yet assigns a responsibility. The
notice's own numbered paragraphs (一、…三、从下季度开始，各责任单位要…) are then never headings of
the plan's items.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

import regex

from pilotplans.layout import Grid, Layout, Paragraph, Where
from pilotplans.normalizers.numbers import KINDRED_STYLES, USUAL_DEPTH, ItemMarker, Number, find_item_marker, runs_in_sequence
from pilotplans.normalizers.simplified import fold
from pilotplans.parsers.headings import looks_like_title
from pilotplans.parsers.titles import TITLE_KINDS, banner_over
from pilotplans.parsers.interpret.conventions import StatedConvention, find_conventions
from pilotplans.parsers.columns import TASK
from pilotplans.parsers.interpret.fields import (
    ROUND_CLOSERS, CardText, Fields, Segment, bracket_alone, find_lead, find_tail, is_body_list, opens_field_line, read_bracket_alone,
    read_card_text, read_field_line, unclosed_round,
)
from pilotplans.parsers.interpret.run_in import is_value_line, next_cut
from pilotplans.parsers.interpret.vocabulary import vocabulary
from pilotplans.parsers.interpret.owner_sentences import OwnerSentence, owner_fields, read_owner_sentence
from pilotplans.parsers.dates import read_date
from pilotplans.parsers.metadata import is_attachment_label
from pilotplans.parsers.notice_lines import lines_of
from pilotplans.parsers.text.lines import text_width
from pilotplans.parsers.titles import cited_titles
from pilotplans.patterns import compiled
from pilotplans.textutil import join_fragments


# The shortest first line of a title printed over two lines that is read as the title's start.
_TITLE_START = 6
# A label and its value printed as the cells of one line: 重点工作: | 支持…试验区。 |
_FLATTENED_PAIR = compiled(r"^\s*\|?\s*(?P<label>[^|]{2,16}?)\s*\|\s*(?P<value>[^|]+?)\s*\|?\s*$")


# The style of an item that has no number: a task printed as a card (重点工作：X / 牵头单位：Y).
CARD = "card"
# The style of a sub-heading printed after a dash instead of a number (一、… / ——在推进“放管服”
# 改革上精准发力 / 3、…): it holds the items up to the next one, its items numbered on across them.
DASH = "dash"
_DASH_TITLE = compiled(r"^\s*(?P<lead>(?:——|──|--|－－)\s*)(?P<title>\S.*)$")
# The style of a measure printed as a paragraph without a number (a list whose automatic numbers a
# copy lost: 一、… / 推行一网通办。（责任单位：X） / 推行告知承诺制。（责任单位：Y）).
PLAIN = "plain"


@dataclass
class Item:
    """One numbered paragraph of the outline, with the paragraphs that continue it; or a task
    printed as a card, without a number (``marker`` None)."""

    marker: ItemMarker | None
    lead: str  # the marker as printed, with any space after it
    text: str  # its own text, without the marker and without a responsibility bracket
    paragraph: int  # 1-based block index of its first paragraph
    where: Where
    order: int = 0  # the order of its first line among the lines read
    parent: Item | None = None
    children: list[Item] = field(default_factory=list)
    fields: Fields | None = None
    closed: bool = False  # a bracket or field lines ended its text
    card: str | None = None  # the role of the label of a card's text (text, task), for an item a card printed
    first_line: str = ""  # its own text as its numbered line printed it, before any paragraph continuing it
    second_line: str = ""  # the first paragraph continuing it, as printed (empty when none did)
    plain: bool = False  # a measure printed as a paragraph without a number (style PLAIN)
    closing_note: bool = False  # its fields are a bracket printed alone after its items (see tasklist._lift_trailing_fields)
    unread: list[str] = field(default_factory=list)  # labelled lines after its owners that no label reads (工作职责：…)
    title_line: bool = False  # its text opens with a title printed on a line of its own under its number (see _title_lines)
    # the bracket opening its text read as its owners (1.【市商务局】放宽…), and the count of its field
    # segments then: the bracket is its topic, put back into its text, once it names who does it otherwise
    lead_owners: tuple[str, int] | None = None
    # a measure printing no owner, of a plan declared a local plan whose items name none at all (see
    # tasklist.mark_ownerless_measures): a measure all the same, its owners missing
    ownerless: bool = False
    # so, an item of a list of points (二、2024年工作要点 / 1.…) on a page none of whose items names an owner: the
    # heading's title (see tasklist.mark_points)
    points_of: str | None = None
    # the last words of its text where the page ends inside it, its last sentence unfinished and naming no owner,
    # the owners its earlier sentences' brackets name read (see tasklist._read_clause_owners)
    cut: str | None = None
    # the page's last item printing its title alone, no sentence after it and nothing after it on the page: the
    # copy is cut right after the title, its text and owners lost (see tasklist._mark_cut_after_title)
    cut_after_title: bool = False
    # a line naming whom to ask (联系人：…, tasklist.toml ``contact_labels``) closed its owner lines: the
    # close of a task card, whose owner lines may own the items before it (see tasklist._share_card_owners)
    contact: bool = False
    # its numbered line was one of several a reader ran into one paragraph (a page copied as one line): the
    # break between a heading's title and its paragraph is lost (see tasklist.run_in_title)
    run_in: bool = False
    # the number a card's task text opens with (重点工作： | 135.统筹… |: one task's row of a city's progress pages,
    # prose-blind40's 广州), the card's own number: a card has no marker (see _card_number)
    card_number: Number | None = None
    # a line after it naming the owners of the items above it by count (2项目标的责任单位均为X) that does not fit the
    # items printed so (more counted than stand, one naming its own, an unowned one left out): no owner is read from
    # it, the line left as before and said on the measure (see _OutlineReader._read_owner_sentence)
    owner_sentence_unread: str | None = None

    @property
    def style(self) -> str:
        if self.marker is not None:
            return self.marker.style
        return PLAIN if self.plain else CARD

    @property
    def number(self) -> Number | None:
        if self.marker is None:
            return self.card_number
        return self.marker.number if self.marker.style != DASH else None

    def add_fields(self, found: Fields) -> None:
        if self.lead_owners is not None and found.by_role("responsibility"):
            bracket, count = self.lead_owners
            self.lead_owners = None
            if self.fields is not None and len(self.fields.segments) == count:
                # 1.【开发区】推进园区扩区。 / 牵头单位：市发改委: the bracket was its topic, not its owners
                self.fields = None
                self.text = bracket + self.text
                self.first_line = bracket + self.first_line if self.first_line else self.first_line
        if self.fields is None:
            self.fields = Fields()
        self.fields.extend(found)

    @property
    def assigns(self) -> bool:
        return (self.fields is not None and self.fields.assigns) or self.ownerless

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

    parts: list[list[Item]]  # the outermost items of each part (a notice, the plan, an attachment), in order
    conventions: list[StatedConvention]
    loose: list[tuple[int, Paragraph]]  # lines that belong to no item (notice, signature, notes), with their block index
    # for each part, the title line that began it when it names a plan the notice cites (a notice
    # issuing two plans, 现将《A方案》《B方案》印发给你们, prints each under its title): the line as
    # printed and the cited title it names (the same plan's title printed over two lines, or again
    # as a page's running header, names one cited title); else None
    titles: list[tuple[str, str] | None] = field(default_factory=list)

def read_outline(layout: Layout) -> Outline:
    """The outline of a layout's paragraphs; a table of one column is read as paragraphs, and so
    is a table of labels and values that prints tasks as cards; any other table ends the open
    item and is otherwise skipped."""
    reader = _OutlineReader()
    lines = list(_lines(layout))
    lines = _labels_over_values(lines[:_footer_start(lines)])
    numbers = _numbers_alone(lines)
    owners = _owner_lines(lines, numbers)
    titles = _title_lines(lines, numbers)
    signature = _signature_lines(lines, numbers)
    for position, line in enumerate(lines):
        # the line after this one, which may hold the value of a field label closing this one
        # (…研发中心完成时限： / 2023年底前)
        after = lines[position + 1] if position + 1 < len(lines) else None
        following = after[0] if after is not None else None
        if line is None:
            reader.interrupt()
        elif position in numbers:
            reader.read_number_alone(numbers[position], line[1], line[2])
        elif position in owners:
            reader.read_owner_line(*line)
        elif position in signature:
            reader.read_signature_line(*line)
        elif position in titles and find_item_marker(line[0]) is None:
            reader.read_title_line(*line)
        elif position in titles:
            reader.read(*line, following=following)
            reader.mark_title_line()
        else:
            reader.read(*line, following=following)
    return reader.outline()


# A number printed alone on its line, without the mark a list's number has (1 / 优化营商环境 / …).
_BARE_NUMBER = compiled(r"^\s*(?P<n>\d{1,3})\s*$")
# The most lines from one such number to the next in one list (farther apart, they are page numbers).
_ITEM_LINES = 12
# The fewest such numbers in sequence read as a list's.
_FEWEST_ALONE = 2
# The style of an item whose number stands alone on its line, without a mark (1).
BARE = "digit_bare"


def _is_item_line(line: _Line | None) -> bool:
    return line is not None and find_item_marker(line[0]) is not None


def _assigns_on(line: _Line | None) -> bool:
    """Whether a line names who does an item: a field line naming a body or leader (牵头单位：区发改局),
    or a responsibility bracket closing it (…便利化。（牵头单位：区发改局））."""
    if line is None:
        return False
    found = read_field_line(line[0])
    if found is None:
        tail = find_tail(line[0])
        found = tail.fields if tail is not None else None
    return found is not None and found.assigns


def _names_owners(stretch: list[_Line | None], last: bool = False) -> bool:
    """Whether the lines of one item whose number stands alone name who does it: a field line or a
    bracket naming a body (:func:`_assigns_on`), or a bare line of bodies closing the item's text
    (…。 / 区发改局、各街道), the stretch's last line (of the last item: its last line before a table,
    another item or the end). Two lines of bodies one after the other (a 牵头单位 and a 配合单位
    cell) are a table's cells, no item's owners."""
    from pilotplans.parsers.interpret.fields import is_body_list
    from pilotplans.textutil import is_terminated

    if any(_assigns_on(line) for line in stretch):
        return True
    if last:  # the last item's lines end before a table or another item
        stretch = stretch[:next((i for i, line in enumerate(stretch) if line is None or _is_item_line(line)), len(stretch))]
    texts = [line[0].strip() for line in stretch if line is not None and line[0].strip()]
    return len(texts) >= 2 and is_body_list(texts[-1]) and is_terminated(texts[-2]) and not is_body_list(texts[-2])


def _numbers_alone(lines: list[_Line | None]) -> dict[int, ItemMarker]:
    """The lines that are an item's number printed alone, without a mark (``1`` / ``优化营商环境`` /
    ``深化…。`` / ``牵头单位：区发改局``), by their place in ``lines``, as the markers they are.

    A bare number on its line is a page number unless the list shows otherwise (page numbers are
    furniture, tasklist.toml ``page_furniture``): at least two such numbers in sequence (1, 2 …),
    each a few lines after the one before, no other item's number right after any of them, and
    most of them (two at least) followed by lines, up to the next number (the last's: as many as
    the one before's, at most), that name who does it (:func:`_names_owners`); an item among them
    naming none is one, warned so (``responsibility_missing``), not a page number."""
    found = [(i, int(m["n"])) for i, line in enumerate(lines) if line is not None and (m := _BARE_NUMBER.match(line[0]))]
    markers: dict[int, ItemMarker] = {}
    for indices in runs_in_sequence(found, _ITEM_LINES, _FEWEST_ALONE):
        run = [found[index] for index in indices]
        ends = [after for after, _ in run[1:]] + [min(len(lines), run[-1][0] + 1 + (run[-1][0] - run[-2][0]))]
        stretches = [lines[place + 1:end] for (place, _), end in zip(run, ends)]
        named = sum(_names_owners(stretch, last=i == len(stretches) - 1) for i, stretch in enumerate(stretches))
        if all(stretch and not _is_item_line(stretch[0]) for stretch in stretches) and named >= 2 and 2 * named > len(run):
            for place, value in run:
                text = lines[place][0]
                markers[place] = ItemMarker(style=BARE, number=Number(raw=text.strip(), value=value), end=len(text))
    return markers


def _owner_lines(lines: list[_Line | None], numbers: dict[int, ItemMarker]) -> set[int]:
    """The lines that print an item's owners as a bare list of bodies after its text, without a
    label or a bracket (``1.`` / ``举办促消费活动。`` / ``区商务局、区财政局``), by their place in ``lines``.

    Evidence, for each: the line is a list of bodies (:func:`~.fields.is_body_list`), printed right
    after a numbered item's text that ends a sentence, while nothing has yet named the item's
    owners, and the item's last line (:func:`_ends_item`); and the list prints at least two items so
    (else one such line is no list's way of naming owners, and is left in the text it runs on).
    A line of bodies before a date is a signature (某区人民政府 / 2023年3月1日), no item's owners."""
    from pilotplans.parsers.interpret.fields import is_body_list
    from pilotplans.textutil import is_terminated

    found: list[int] = []
    open_item = False  # a numbered item is open, its owners not yet named
    for place, line in enumerate(lines):
        if line is None:
            open_item = False
            continue
        text = line[0].strip()
        if place in numbers or find_item_marker(text) is not None:
            open_item = True
            continue
        if not open_item or not text:
            continue
        if read_field_line(text) is not None or find_tail(text) is not None:
            open_item = False
            continue
        previous = lines[place - 1]
        if read_owner_sentence(text) is not None:
            continue  # 4项目标的责任单位均为X: a sentence naming the items above it, read as one (no body's name)
        if is_body_list(text) and previous is not None and is_terminated(previous[0]) and _ends_item(lines, place, numbers):
            found.append(place)
            open_item = False
    return set(found) if len(found) >= 2 else set()


def _signature_lines(lines: list[_Line | None], numbers: dict[int, ItemMarker]) -> set[int]:
    """The lines of the notice's signature printed under its last item, by their place in ``lines``: a body named
    after its place alone on a line over a date alone on the next (某某区人民政府办公室 / 2023年5月6日), or the two on one
    line, with no item opening after them. They are the document's, never the last item's text, which they ran
    on into where that item printed no closing stop (…定期报送工作进展 / 某某区人民政府办公室 / 2023年5月6日). A body
    without its place over a date (区商务局 / 2023年12月31日) is an item's owner and deadline, and stays the item's."""
    from pilotplans.parsers.dates import read_date_alone, signed_line

    filled = [place for place, line in enumerate(lines) if line is not None and line[0].strip()]
    for k, place in enumerate(filled):
        text = lines[place][0].strip()  # type: ignore[index]
        signed = signed_line(text)
        if signed is not None and all(_signs(name) for name in signed["issuer"].split()):
            found, rest = {place}, filled[k + 1:]
        elif (k + 1 < len(filled) and _signs(text)
                and read_date_alone(lines[filled[k + 1]][0]) is not None):  # type: ignore[index]
            found, rest = {place, filled[k + 1]}, filled[k + 2:]
        else:
            continue
        if not any(i in numbers or _is_item_line(lines[i]) for i in rest) and None not in lines[place:]:
            # a joint signature names each body on a line of its own over the one date (某某区发展和改革局 /
            # 某某区商务局 / 2023年5月6日): the names over the last are the signature's too, never the item's text
            while k > 0 and _signs(lines[filled[k - 1]][0].strip()):  # type: ignore[index]
                k -= 1
                found.add(filled[k])
            return found
    return set()


def _signs(text: str) -> bool:
    """Whether ``text`` alone on its line is a signing body's name opening with its place (某某区人民政府办公室), the
    Party's name before it read past (中共某某区委办公室: the committee's office of that place)."""
    from pilotplans.parsers.interpret.sign_off import place_s_body

    return bool(_BODY_NAME_ALONE.match(text)) and place_s_body(text[2:] if text.startswith("中共") else text)


# A body's name alone on its line (某某区人民政府办公室, 中共某某县委办公室（代章）); a date alone on its line is read as
# the notice's date is (read_date_alone: 2023年5月6日, 二〇二三年五月八日).
_BODY_NAME_ALONE = compiled(r"^\p{Han}[\p{Han}（）()]{3,40}$")


def _ends_item(lines: list[_Line | None], place: int, numbers: dict[int, ItemMarker]) -> bool:
    """Whether the line at ``place`` is an item's last: the next line opens an item (or a table, or
    the document ends), or it is a signature's first (its next line but one a date: 某区人民政府 /
    2023年3月1日). A line of bodies followed by more lines (a 配合单位 cell, a leader's name) is one
    cell of a table's row copied one cell per line, never an item's owners."""
    after = [i for i in range(place + 1, len(lines)) if lines[i] is None or lines[i][0].strip()]
    if not after or lines[after[0]] is None or after[0] in numbers or _is_item_line(lines[after[0]]):
        return True
    if read_date(lines[after[0]][0].strip()) is not None:
        return False  # the line is a signature's
    signed = after[1] if len(after) > 1 else None
    return signed is not None and (line := lines[signed]) is not None and read_date(line[0].strip()) is not None


_Line = tuple[str, int, Paragraph]

# How much narrower (in half-width columns) than the widest line the page may have wrapped a title
# line printed under a number alone is: a sentence's first line wrapped by the page is as wide as
# the page lets it be, less the indent of a paragraph's first line (two characters) at most.
_TITLE_NARROWER = 6


def _width(text: str) -> int:
    """The columns a line takes, its spaces at either end aside (see :func:`text_width`)."""
    return text_width(text.strip())


def _continues_item(line: _Line | None) -> bool:
    """Whether a line goes on with an open item's text: no table, number, field line, card, nor a
    bracket standing alone."""
    if line is None:
        return False
    text = line[0].strip()
    if not text or _is_item_line(line) or read_field_line(text) is not None or read_card_text(text) is not None:
        return False
    tail = find_tail(text)
    return tail is None or bool(tail.text.strip())


def _title_lines(lines: list[_Line | None], numbers: dict[int, ItemMarker]) -> set[int]:
    """The lines that are an item's title printed on a line of its own under its number standing
    alone (``1.`` / ``加快数字贸易发展`` / ``支持企业…。（责任单位：…）``), or after its number on the
    number's line (``（一）加快数字贸易发展`` / ``支持企业…。``), by their place in ``lines``.

    Candidates: the line before is a number and nothing else (``1.``, or a bare number read as an
    item's), or the line opens with a number; the line (after its number) reads as a title (a short
    phrase without sentence punctuation); the line after it goes on with the item's text (no
    number, field line, card, bracket alone or table).
    Evidence that a candidate is no sentence's first line wrapped by the page: it is narrower, by
    more than a paragraph's indent, than the widest line the page may have wrapped (a line of the
    candidates' paragraphs, or any other line a line continuing its sentence follows): a wrapped
    line is as wide as the page lets it be."""
    from pilotplans.textutil import is_terminated

    goes_on = [_continues_item(line) for line in lines]  # each line read once (field lines, cards, tails)
    candidates: dict[int, int] = {}  # a candidate's place: the end of the item's text after it
    for place in range(0, len(lines) - 1):
        line = lines[place]
        if line is None or place in numbers or not goes_on[place + 1]:
            continue
        own = find_item_marker(line[0])
        if own is not None:
            # the number's own line printing the title (（一）加快数字贸易发展 / 支持…。（…）)
            if not looks_like_title(line[0][own.end:]) or not line[0][own.end:].strip():
                continue
        else:
            before = lines[place - 1] if place > 0 else None
            if before is None:
                continue
            marker = find_item_marker(before[0])
            if not (place - 1 in numbers or (marker is not None and not before[0][marker.end:].strip())):
                continue
            if not looks_like_title(line[0]) or not goes_on[place]:
                continue
        end = place + 1
        while end < len(lines) and goes_on[end] and end - place <= _ITEM_LINES:
            end += 1
        candidates[place] = end
    if not candidates:
        return set()
    widths = [_width(line[0]) for place, end in candidates.items() for line in lines[place + 1:end] if line is not None]
    widths += [_width(line[0]) for place, line in enumerate(lines[:-1])
               if place not in candidates and line is not None and line[0].strip() and not is_terminated(line[0])
               and not _is_item_line(line) and goes_on[place + 1]]
    widest = max(widths, default=0)
    return {place for place in candidates if _width(lines[place][0]) + _TITLE_NARROWER < widest}  # type: ignore[index]


def _lines(layout: Layout) -> Iterator[_Line | None]:
    """The lines of a layout's paragraphs (and of its tables read as paragraphs) with the index of
    their block and their paragraph; None for a table that ends the open item."""
    for index, block in enumerate(layout.blocks, start=1):
        paragraphs = (_boxed_paragraphs(block) or _card_paragraphs(block)) if isinstance(block, Grid) else [block]
        if paragraphs is None:
            yield None
            continue
        for paragraph in paragraphs:
            # A paragraph's line breaks (<br> in a web page) separate the lines of a list as
            # paragraphs do, and so does a signature run into the title after it.
            for line in lines_of(paragraph.text):
                yield _unflattened(line), index, paragraph


# The fewest label/value pairs a task card printed one cell a line is read from (具体任务 / … / 责任单位 / … /
# 完成时限 / …): its text, its owners and one field more.
_FEWEST_PAIRS = 3


def _labels_over_values(lines: list[_Line | None]) -> list[_Line | None]:
    """``lines`` with a task card printed as a table of labels and values copied one cell a line (具体任务 /
    全面落实… / 责任单位 / 卫健局、文旅局 / 配合单位 / 各乡镇 / 完成时限 / …) read as the card's field lines, each label
    joined to the line after it (具体任务：全面落实…, 责任单位：卫健局、文旅局), as a table of such rows reads
    (:func:`_card_paragraphs`).

    Evidence: a run of at least ``_FEWEST_PAIRS`` pairs, each a line that is wholly a label of the header
    vocabulary (no colon, nothing else: 责任单位) over a line that is none, one of the labels naming a task's
    text (具体任务, 工作任务) and one naming who does it (责任单位, 牵头单位). A label alone over a paragraph
    once (a heading that happens to be a label's words, 主要任务 / …) is no card."""
    found = list(lines)
    position = 0
    while position < len(found):
        end = position
        while end + 1 < len(found) and _label_over_value(found[end], found[end + 1]):
            end += 2
        pairs = [(found[i], found[i + 1]) for i in range(position, end, 2)]
        if len(pairs) >= _FEWEST_PAIRS and _names_a_card(pair[0][0] for pair in pairs if pair[0] is not None):
            joined: list[_Line | None] = []
            for label, value in pairs:
                assert label is not None and value is not None
                joined.append((f"{label[0].strip()}：{value[0].strip()}", label[1], label[2]))
            found[position:end] = joined
            position += len(joined)
        else:
            position += 1
    return found


def _label_over_value(label: _Line | None, value: _Line | None) -> bool:
    """Whether ``label`` is a line holding a whole label of the header vocabulary alone (no colon) and
    ``value`` a line under it that is no such label."""
    from pilotplans.parsers.columns import is_whole_label

    if label is None or value is None or not value[0].strip():
        return False
    text = label[0].strip()
    return (bool(text) and not any(c in text for c in "：:") and is_whole_label(text)
            and not is_whole_label(value[0].strip()))


def _names_a_card(labels: Iterator[str]) -> bool:
    """Whether the labels of a run of label/value lines name a task's text and who does it."""
    from pilotplans.parsers.columns import read_label, task_text_role

    texts = owners = False
    for label in labels:
        texts = texts or task_text_role(label.strip()) is not None
        read = read_label(label.strip())
        owners = owners or (read is not None and read.role == "responsibility")
    return texts and owners


def _footer_start(lines: list[_Line | None]) -> int:
    """Where the web site's footer closing a copied page begins (its 主办单位：… line, which would
    read as a field line of the last item, is printed before the registrations that mark the page's
    end): the run of lines closing the document that may each be a footer's, when one of them is a
    page's end (``footer_words`` and ``page_end`` in tasklist.toml); the end when there is none."""
    words = vocabulary()
    start, marked = len(lines), False
    while start > 0 and (line := lines[start - 1]) is not None and words.is_footer_line(line[0]):
        marked = marked or words.is_page_end(line[0])
        start -= 1
    return start if marked else len(lines)


def _boxed_paragraphs(grid: Grid) -> list[Paragraph] | None:
    """The paragraphs of a table of one column (a page that boxes its text in a table), or None
    for a table of several columns."""
    paragraphs: list[Paragraph] = []
    for row in grid.rows:
        cells = [cell for cell in row.cells if not cell.is_empty and cell.merged_from is None]
        if len(cells) > 1:
            return None
        paragraphs.extend(Paragraph(text=text, where=cell.where) for cell in cells for text in cell.paragraphs)
    return paragraphs


def _card_paragraphs(grid: Grid) -> list[Paragraph] | None:
    """The lines of a table that prints tasks as cards, a label and its value side by side in
    each row (重点工作 | 支持…试验区。 / 牵头单位 | 区发展改革局 / 完成时限 | …), each row read as
    the line ``label：value``; None for any other table.

    Evidence: every row that prints two cells prints a label of the header vocabulary (a task's
    text, or a field such as 牵头单位) in the first, and the labels name both a task's text and
    who does it. Lines a converter ran into a label's cell before the label (a card's number,
    ``2.``), and a row of one cell after the first row (a value wrapped onto a row of its own, a
    number or heading printed across), are read as lines of their own.

    A card may print rows the vocabulary does not know (a tracking page's 年度阶段性工作目标 |
    第一季度：… and 进展落实情况 | …): a row whose first cell is only a short label is passed
    over with the rows of one cell after it, as a task table's columns of unknown labels are,
    as long as the card prints no more such rows than rows it knows.
    """
    paragraphs: list[Paragraph] = []
    texts = fields = known = unknown = 0
    passing_over = False
    for row in grid.rows:
        cells = [cell for cell in row.cells if not cell.is_empty and cell.merged_from is None]
        if not cells:
            continue
        if len(cells) == 1 and (paragraphs or passing_over):
            # A value wrapped onto a row of its own, or a number or heading printed across.
            if not passing_over:
                paragraphs.extend(Paragraph(text=text.strip(), where=cells[0].where) for text in cells[0].paragraphs)
            continue
        if len(cells) != 2:
            return None
        *before, label = (p.strip() for p in cells[0].paragraphs)
        value, *more = (p.strip() for p in cells[1].paragraphs)
        line = _labelled(label, value)
        kind = _label_kind(line)
        if kind is None:
            if before or not _is_bare_label(label):
                return None
            unknown += 1
            passing_over = True
            continue
        passing_over = False
        known += 1
        texts += kind == "text"
        fields += kind == "assigns"
        paragraphs.extend(Paragraph(text=text, where=cells[0].where) for text in before)
        paragraphs.append(Paragraph(text=line, where=row.where))
        paragraphs.extend(Paragraph(text=text, where=cells[1].where) for text in more)
    return paragraphs if texts and fields and unknown <= known else None


_BARE_LABEL = compiled(r"^\p{Han}[\p{Han}\s]{1,15}[：:]?$")


def _is_bare_label(text: str) -> bool:
    """A cell that holds only a short label (年度阶段性工作目标, 进展落实情况：), no sentence."""
    return bool(_BARE_LABEL.match(text.strip()))


def _labelled(label: str, value: str) -> str:
    """A label and its value printed apart, as one line ``label：value``."""
    return f"{label.strip().rstrip('：:').strip()}：{value.strip()}"


def _names_owners_itself(item: Item) -> bool:
    """Whether ``item`` names its own owners: its fields (a bracket, field lines, a sentence counting it), or its
    sentences (…，由市统计局负责; 此项工作由X牵头: read later, see tasklist._prose_owners)."""
    from pilotplans.parsers.interpret.openings import closing_by_fields, opening_fields, subject_fields

    if item.fields is not None:
        return True
    found = opening_fields(item.text, item.first_line) or closing_by_fields(item.text) or subject_fields(item.text)
    if found is not None and found.assigns:
        return True
    folded = fold(item.text)
    return any(pattern.search(folded) for pattern in vocabulary().owner_sentence_own_duty)


def _card_number(card: CardText) -> tuple[Number, str] | None:
    """The number a task's card text opens with and the text after it (重点工作：135.统筹违法建设治理… → 135,
    统筹…): a list's number in its usual forms (135. 135、 135．), a sentence after it. None where the text opens
    otherwise (a year, 2023年底前完成…; a figure, 1.5万亩…) or the card labels a measure's text (具体措施：…), which
    a task's card may hold under it."""
    if card.role != TASK:
        return None
    marker = find_item_marker(card.text)
    if marker is None or marker.style not in _CARD_MARKS:
        return None
    rest = card.text[marker.end:].strip()
    if not _HAN_OPENING.match(rest) or _next_in_text(marker, rest):
        return None  # 1.完善制度；2.加强监管。: the first of a list the cell prints, no number of the card's
    return marker.number, rest


def _next_in_text(marker: ItemMarker, rest: str) -> bool:
    """Whether ``rest`` prints the number after ``marker``'s in its style (…；2.加强…, …，2、完善…)."""
    following = marker.number.value + 1
    return regex.search(rf"(?<![\d.．]){following}[{regex.escape(_CARD_MARKS[marker.style])}]", rest) is not None


# The styles of a number a card's task text may open with (135. 135、: a list's, printed in its cell), each with the
# marks after the number in that style.
_CARD_MARKS = {"digit_dot": ".．", "digit_comma": "、"}
_HAN_OPENING = compiled(r"^\p{Han}")


def _label_kind(line: str) -> str | None:
    """What a line ``label：value`` labels (after the number of a card, 1.重点工作：…): a task's
    ``text``, a field that ``assigns`` a body or a leader, another ``field`` (完成时限), or None."""
    marker = find_item_marker(line)
    rest = line[marker.end:] if marker is not None else line
    if read_card_text(rest) is not None:
        return "text"
    found = read_field_line(rest)
    if found is None:
        return None
    return "assigns" if found.assigns else "field"


def _unflattened(line: str) -> str:
    """A label and its value that a converter printed as cells of one line (``重点工作: | 支持… |``,
    ``牵头单位 | 区发展改革局``), as the line ``label：value``; any other line as it is."""
    match = _FLATTENED_PAIR.match(line)
    if match is None:
        return line
    joined = _labelled(match["label"], match["value"])
    return joined if _label_kind(joined) is not None else line


# A line opening with a short label and its colon, a value after it (工作职责：负责…, 工作目标：…).
_LABEL_LINE = compiled(r"^\s*\p{Han}{2,8}\s*[：:]\s*\S")
# Labels of a document's notes, read as notes under the list (see records.read_notes).
_NOTE_LABELS = compiled(r"^\s*(?:说明|备注)\s*[：:]")
# A notice's publication note (此件公开发布, 此件主动公开), a page's (此页无正文) or a note on the whole
# document (本方案由市商务局负责解释, 本方案自印发之日起施行): never an item's remark.
_PUBLICATION_NOTE = compiled(r"^\s*(?:此[件页]|本" + TITLE_KINDS + ")")
# The round brackets an aside on an item is printed in; a lenticular or square one alone on its line
# (【数字贸易】) is a sub-heading or an emphasis over what follows.
_ASIDE_OPENERS = ("（", "(")


# A line ending inside a list of bodies: the list goes on on the next line.
_LIST_GOES_ON = compiled(r"[、，,]\s*$")


def _unread_label_line(text: str) -> bool:
    """Whether a line after an item's owners is one more labelled line of that item that no
    label of the vocabulary reads (工作职责：… after 牵头单位：… / 责任单位：…), not a note of the
    document's nor a line of a site's footer (联系电话：…)."""
    return (_LABEL_LINE.match(text) is not None and _NOTE_LABELS.match(text) is None
            and not vocabulary().is_footer_line(text))


# A 1. list's number right before figures (11.121人才梯队项目): a decimal, unless the list expects that number next.
_NUMBER_BEFORE_FIGURES = compiled(r"^\s*(?P<n>\d{1,3})\s*[.．](?=\d{1,4}\p{Han})")


class _OutlineReader:
    """Reads lines into the outline: the open items are a stack keyed by marker style."""

    def __init__(self) -> None:
        self.parts: list[list[Item]] = [[]]
        self.titles: list[tuple[str, str] | None] = [None]  # the cited title line that began each part, and its title
        self.stack: list[Item] = []
        self.conventions: list[StatedConvention] = []
        self.loose: list[tuple[int, Paragraph]] = []
        self.lines = 0  # lines read so far
        self.cited: dict[str, None] = {}  # titles of the plans the lines read so far name, in the order named
        self.begun: set[str] = set()  # those of them whose title line began a part
        self.styles: set[str] = set()  # the marker styles of the items of the current part
        # the item whose field line, read last, ends inside its list (牵头单位：市发改委、): the item,
        # the count of its field segments before that line, and the line
        self.field_open: tuple[Item, int, str] | None = None
        self.assigned = False  # whether an item read so far names who does it (see _anything_assigns)
        self.last: dict[str, int] = {}  # the last number read in each marker style of the current part
        self.after_piece: str | None = None  # what follows the piece being read: the rest of its line, or the next line

    @property
    def top(self) -> list[Item]:
        return self.parts[-1]

    def outline(self) -> Outline:
        _split_plain_heads([item for part in self.parts for item in part])
        for item in walk([item for part in self.parts for item in part]):
            if item.fields is not None and item.fields.remark:
                # A remark in an item's bracket (…负责。排名第一的为牵头单位，下同) speaks from that item on.
                self.conventions.extend(StatedConvention(c, item.order) for c in find_conventions(item.fields.remark))
        self.conventions.sort(key=lambda stated: stated.order)
        kept = [(part, title) for part, title in zip(self.parts, self.titles) if part]
        return Outline(parts=[part for part, _ in kept], conventions=self.conventions, loose=self.loose,
                       titles=[title for _, title in kept])

    def read_number_alone(self, marker: ItemMarker, index: int, block: Paragraph) -> None:
        """Open the item whose number stands alone on its line (see :func:`_numbers_alone`); the
        lines after it are its text."""
        self.lines += 1
        item = Item(marker=marker, lead=marker.number.raw, text="", paragraph=index, where=block.where, order=self.lines)
        self._place(item)

    def read_owner_line(self, text: str, index: int, block: Paragraph) -> None:
        """Give the open item the bodies a line after its text lists (see :func:`_owner_lines`), as
        an unlabelled list of its owners; they end its text."""
        self.lines += 1
        item = self.stack[-1]
        item.add_fields(Fields(segments=[Segment(label=None, text=text.strip(), printed=text.strip())]))
        item.where = item.where.spanning(block.where)
        item.closed = True
        self._anything_assigns()

    def read_signature_line(self, text: str, index: int, block: Paragraph) -> None:
        """A line of the notice's signature under its last item (see :func:`_signature_lines`): the open item ends
        before it, and the line belongs to no item."""
        self.lines += 1
        self.interrupt()
        self.loose.append((index, Paragraph(text=text, where=block.where)))

    def read_title_line(self, text: str, index: int, block: Paragraph) -> None:
        """Give the open item the title printed on a line of its own under its number (see
        :func:`_title_lines`): its text opens with it, kept apart from the paragraph after it by
        a line break, as a title run in before its paragraph is by its full stop."""
        self.lines += 1
        item = self.stack[-1]
        item.where = item.where.spanning(block.where)
        item.text = item.first_line = text.strip()
        item.title_line = True

    def mark_title_line(self) -> None:
        """Mark the item just read from its numbered line as opening with a title printed on that
        line alone (see :func:`_title_lines`): the paragraph after it stays apart from it."""
        item = self.stack[-1] if self.stack else None
        if item is not None and item.text and item.text == item.first_line and item.fields is None:
            item.title_line = True

    def interrupt(self) -> None:
        """A table stands between two paragraphs: the open item ends."""
        if self.stack:
            self.stack[-1].closed = True

    def read(self, text: str, index: int, block: Paragraph, following: str | None = None) -> None:
        """Read one line, or the lines a reader printed as one paragraph (see :func:`next_cut`);
        ``following`` is the line after it, if any."""
        run_on = False
        while text:
            cut = next_cut(text, [item.marker for item in self.stack if item.marker is not None], self.last, following)
            run_on = run_on or bool(text[cut:].strip())
            piece = text[:cut].strip()
            if cut < len(text) and opens_field_line(text[cut:].strip()):
                piece = piece.rstrip("，,；;")  # the comma ending the text before a field line run into it is neither's
            self.after_piece = text[cut:].strip() or following
            self._read_piece(piece, index, block, run_on)
            self._anything_assigns()  # before the item that may have gained owners is closed
            text = text[cut:].strip()

    def _next_number_before_figures(self, text: str) -> ItemMarker | None:
        """The marker of a line whose item's name opens with figures (``11.121人才梯队项目。…（牵头单位：…）``: item 11,
        not the decimal 11.121), read so only where that number is the one the running ``1.`` list expects next, the
        item before it names its owners and the line ends in a bracket naming owners as theirs do."""
        found = _NUMBER_BEFORE_FIGURES.match(text)
        last = self.last.get("digit_dot")
        if found is None or last is None or int(found["n"]) != last + 1:
            return None
        tail = find_tail(text)
        if tail is None or not tail.fields.assigns:  # (含中央补助资金) ends a line of figures as no owners' bracket does
            return None
        before = next((item for item in reversed(self.stack) if item.style == "digit_dot"), None)
        if before is None or before.fields is None or not before.fields.assigns:
            return None
        return ItemMarker(style="digit_dot", number=Number(raw=found[0].strip(), value=int(found["n"])), end=found.end())

    def _read_piece(self, text: str, index: int, block: Paragraph, run_on: bool = False) -> None:
        """Read one line; ``run_on`` when it is one of several lines a reader ran into a paragraph."""
        if text and vocabulary().is_page_end(text):
            self.stack.clear()  # a web page's tools or footer: nothing after them continues an item
            return
        words = vocabulary()
        if not text or words.is_page_furniture(text) or (
                words.is_banner(text) and not self._wraps_open_text(text) and banner_over(text, self.after_piece)):
            return
        self.lines += 1
        held, self.field_open = self.field_open, None
        marker = (find_item_marker(text) or _dash_heading(text, self.stack[-1] if self.stack else None)
                  or self._next_number_before_figures(text))
        if marker is not None and self._figure_wrapped(marker):
            marker = None  # …新增规模以上工业企业 / 3。全年完成投资…: the open item's sentence ends here
        begins = self._begins_part(text) if marker is None else None
        if begins is not None and begins[1] is not None and begins[1] in self.begun and self.top:
            return  # a plan's title printed again over its later items (a page's running header)
        if begins is not None:
            self.stack.clear()
            if self.top:
                self.parts.append([])
                self.titles.append(None)
                self.styles = set()
                self.last = {}
            kind, cited = begins
            if kind == "title" and cited is not None:
                self.begun.add(cited)
                if self.titles[-1] is None:
                    self.titles[-1] = (text.strip(), cited)
        self.cited.update(dict.fromkeys(cited_titles(text)))
        if marker is not None:
            item = Item(marker=marker, lead=text[:marker.end], text="", paragraph=index, where=block.where, order=self.lines,
                        run_in=run_on)
            self._place(item)
            card = read_card_text(text[marker.end:])
            item.card = card.role if card is not None else None
            own = card.text if card is not None else text[marker.end:]
            lead = find_lead(own) if card is None else None
            if lead is not None:  # the owners first (1.【市商务局】放宽…): the item's, its text after them
                item.add_fields(lead.fields)
                item.lead_owners = (lead.bracket, len(item.fields.segments) if item.fields is not None else 0)
                own = lead.text
            _append(item, own, run_on)
            item.first_line = item.text
            return
        card = read_card_text(text)
        open_item = self.stack[-1] if self.stack else None
        if card is not None and open_item is not None and _prints_labelled_parts(open_item):
            # （一）总体要求：… / 主要预期目标：…（X牵头）: the item prints its parts as labelled paragraphs, and
            # this is the next of them, no card of its own
            open_item.where = open_item.where.spanning(block.where)
            _append(open_item, text, run_on)
            return
        if card is not None:
            self._open_card(card, index, block)
            return
        if open_item is not None and not open_item.closed and _bracket_left_open(open_item.text):
            # The item's responsibility bracket opened on the line before and goes on here, its
            # lines wrapped by the extraction: (牵头单位：州审批局；/ 责任单位：州司法局…）
            open_item.where = open_item.where.spanning(block.where)
            _append(open_item, text)
            return
        if open_item is not None and not open_item.closed and self._read_closing_note(open_item, text, block):
            return
        sentence = read_owner_sentence(text) if open_item is not None else None
        if sentence is not None and open_item is not None:
            if not open_item.closed and self._read_owner_sentence(open_item, sentence, block):
                return
            open_item.owner_sentence_unread = text.strip()  # read as before (the item's text), and said on the measure
        found = read_field_line(text)
        if found is None and held is not None and held[0] is open_item and is_body_list(text):
            # a field line's list wrapped onto this line (牵头单位：市发改委、 / 市商务局): read whole
            item, count, printed = held
            whole = read_field_line(printed + text.strip())
            if whole is not None and item.fields is not None:
                del item.fields.segments[count:]
                item.fields.extend(whole)
                item.where = item.where.spanning(block.where)
                self.field_open = (item, count, printed + text.strip()) if _LIST_GOES_ON.search(text) else None
                return
        if found is None and open_item is not None and _awaits_value(open_item) and is_value_line(text):
            # the value of a field label printed alone on the line above (责任单位： / 区发展和改革局);
            # a sentence is the text going on, never a value
            assert open_item.fields is not None
            label = open_item.fields.segments.pop()
            found = read_field_line(label.printed.rstrip() + text)
            if found is None:
                open_item.fields.segments.append(label)
        if found is not None and open_item is not None:
            count = len(open_item.fields.segments) if open_item.fields is not None else 0
            open_item.add_fields(_closing_text_bracket_left_out(found, open_item.text))
            open_item.where = open_item.where.spanning(block.where)
            open_item.closed = True
            if _LIST_GOES_ON.search(text):
                self.field_open = (open_item, count, text.strip())
            return
        if open_item is not None and self._owners_after_fields(open_item, text, block):
            return
        if (open_item is not None and open_item.closed and open_item.fields is not None and not open_item.fields.bracket
                and words.is_contact_line(text)):
            open_item.contact = True  # 责任单位：X / 联系人：Y closing a card: whom to ask, no field of the item
        elif open_item is not None and open_item.closed and open_item.fields is not None and _unread_label_line(text):
            open_item.unread.append(text)  # read as before (a loose line), and said on the measure
        stated = find_conventions(text)
        if stated and not (open_item is not None and open_item.closed and _states_in_own_bracket(text)
                           and self._open_plain(open_item, text, index, block)):
            self.conventions.extend(StatedConvention(c, self.lines) for c in stated)
            return
        if stated:
            return  # a measure of its own whose bracket states the convention: read from its remark
        if open_item is not None and not open_item.closed:
            open_item.where = open_item.where.spanning(block.where)
            _append(open_item, text, run_on)
            return
        if open_item is not None and self._open_plain(open_item, text, index, block):
            return
        self.loose.append((index, Paragraph(text=text, where=block.where)))

    def _figure_wrapped(self, marker: ItemMarker) -> bool:
        """Whether a line opening with a figure and 。 (N。, which numbers an item in a copy that printed every full
        stop as 。) is a figure wrapped onto the line, the stop ending the open item's sentence and the next sentence
        after it (1.推进…，新增规模以上工业企业 / 3。全年完成投资…): so when the open item's words go on unended and the
        document numbers otherwise — the nearest open item of the style printed its number with no 。, or none is
        open and the figure is past 1 (no list starts there)."""
        from pilotplans.textutil import is_terminated

        if marker.style != "digit_dot" or not marker.number.raw.endswith("。"):
            return False
        open_item = self.stack[-1] if self.stack else None
        if open_item is None or open_item.closed or not open_item.text or is_terminated(open_item.text):
            return False
        sibling = next((item for item in reversed(self.stack) if item.style == "digit_dot" and item.marker), None)
        if sibling is None:
            return marker.number.value > 1
        return not (sibling.marker and sibling.marker.number.raw.endswith("。"))

    def _wraps_open_text(self, text: str) -> bool:
        """Whether a line that may be a site's banner (市政府门户网站) is the words of an item whose
        text is still open (依托 / 市政府门户网站 / 建设统一入口。): a banner stands over a page, never
        inside an item's sentence. Elsewhere it is one only over a line opening on its own
        (:func:`~pilotplans.parsers.titles.banner_over`): over 建设实施方案 it is a title's first line."""
        open_item = self.stack[-1] if self.stack else None
        return open_item is not None and not open_item.closed and bool(open_item.text)

    def _owners_after_fields(self, open_item: Item, text: str, block: Paragraph) -> bool:
        """Read a responsibility bracket printed alone on its line after the item's field lines
        (完成时限： / 2023年底前 / （责任单位：市商务局）; 责任单位：X / （配合单位：Y）) as more of the
        item's fields: it opened a measure of its own with no text, and was lost with nothing said.
        A bracket naming no one is the item's remark (a publication note aside); nothing after the
        item's own bracket (ending its text) is read here, but a bracket alone may follow another
        (（牵头单位：X） / （配合单位：Y））."""
        fields = open_item.fields
        if not open_item.closed or fields is None or (fields.bracket and not fields.alone):
            return False
        content = bracket_alone(text)
        if content is not None and vocabulary().closing_note(content) is not None:
            # （以上任务由X牵头，Y配合）: a closing note for the items above, in brackets; its opening
            # words name no body (they were read as one: 以上任务由X)
            return self._read_closing_note(open_item, content, block)
        if content is not None and (vocabulary().is_items_note(content) or _PUBLICATION_NOTE.match(content)):
            return False  # （以下任务由X牵头）, （本部分任务均由X负责）, （本方案由X负责）: no bracket of this item's
        found = read_bracket_alone(text)
        if found is None:
            # an aside in brackets on the item (（2024年6月底前完成阶段任务）) is its remark: it was lost
            # with nothing said; a publication note (（此件公开发布）) is the notice's
            aside = content  # the line already read as one bracket above
            if aside is None or not aside.strip() or _PUBLICATION_NOTE.match(aside) or find_conventions(aside):
                return False  # a convention stated for the items (…为牵头单位，下同) is read as one
            if not text.strip().startswith(_ASIDE_OPENERS) or (_LABEL_LINE.match(aside) and not _NOTE_LABELS.match(aside)):
                return False  # 【数字贸易】 heads what follows; （联系人：…）, （信息公开形式：…） are the notice's
            fields.remark = f"{fields.remark}；{aside.strip()}" if fields.remark else aside.strip()
            open_item.where = open_item.where.spanning(block.where)
            return True
        open_item.add_fields(found)
        open_item.where = open_item.where.spanning(block.where)
        return True

    def _read_closing_note(self, open_item: Item, text: str, block: Paragraph) -> bool:
        """Read a line saying who does the items above it (以上任务由X牵头，Y配合。, tasklist.toml
        ``closing_note_openings``), printed after an item that names no owner, as a bracket printed
        alone after it: the owners of the items before it whose heading it closes (see
        tasklist._lift_trailing_fields). False for any other line, or one naming no body."""
        from pilotplans.parsers.interpret.openings import opening_fields

        rest = vocabulary().closing_note(text)
        found = opening_fields(rest) if rest else None
        if found is None or not found.assigns or found.remark is not None:
            return False
        found.bracket = found.alone = True
        open_item.add_fields(found)
        open_item.where = open_item.where.spanning(block.where)
        open_item.closed = True
        return True

    def _read_owner_sentence(self, open_item: Item, sentence: OwnerSentence, block: Paragraph) -> bool:
        """Read a line naming the owners of the items above it by their count (4项目标的责任单位均为市发展改革委。,
        该目标责任单位为市经委。: see :mod:`.owner_sentences`): each of the items it counts — the open item and the items
        numbered in sequence just before it in its list, in its style, none naming owners of its own — gets the
        bodies it names, read as a field line ``责任单位：…`` would be, and the open item closes. False, the line left
        to be read as before, where it is no such sentence or its count names items that are not there so."""
        if open_item.marker is None or open_item.fields is not None:
            return False
        siblings = open_item.parent.children if open_item.parent is not None else self.top
        if not siblings or siblings[-1] is not open_item or sentence.count > len(siblings):
            return False
        counted = siblings[len(siblings) - sentence.count:]
        last = open_item.marker.number.value
        if any(item.marker is None or item.style != open_item.style or _names_owners_itself(item) or item.children
               or item.marker.number.value != last - (len(counted) - 1 - place) for place, item in enumerate(counted)):
            return False
        before = siblings[len(siblings) - sentence.count - 1] if len(siblings) > sentence.count else None
        if before is not None and before.style == open_item.style and not _names_owners_itself(before):
            # 3项目标… after five unowned targets, 该目标… after two: the count leaves an unowned target of the run
            # just above it out, so it does not tell which it names (the page's groups each follow an owned one)
            return False
        fields = owner_fields(sentence)
        if fields is None or not fields.assigns:
            return False
        for item in counted:  # each its own fields (mutable: an item's may be lifted or joined later)
            item.add_fields(fields if item is counted[0] else owner_fields(sentence))  # type: ignore[arg-type]
            item.closed = True
        open_item.where = open_item.where.spanning(block.where)
        self._anything_assigns()
        return True

    def _open_plain(self, closed: Item, text: str, index: int, block: Paragraph) -> bool:
        """A paragraph without a number, after an item its responsibility ended, that ends with a
        responsibility of its own is a measure of its own (style PLAIN), not a loose line lost
        from the record: its list lost its numbers, or it was printed without one beside a
        numbered measure. Under a heading whose title ran into the first such paragraph
        (一、提升政务服务效能 / 推行一网通办。（…）), it is that heading's item, and so is the
        paragraph the heading swallowed (:func:`_split_plain_heads`)."""
        tail = find_tail(text)
        if tail is None or not tail.fields.assigns:
            return False
        if closed.plain:
            parent = closed.parent
        elif closed.marker is None or closed.marker.style == DASH:
            return False  # a card, or a dash sub-heading: their lines are their own
        elif _swallowed_first(closed):
            parent = closed
        elif not closed.children:
            parent = closed.parent  # a measure ended by its bracket: this paragraph is one beside it
        else:
            return False
        while self.stack and self.stack[-1] is not parent:
            self.stack.pop()
        item = Item(marker=None, lead="", text="", paragraph=index, where=block.where, order=self.lines, plain=True,
                    parent=parent)
        (parent.children if parent else self.top).append(item)
        self.stack.append(item)
        _append(item, text)
        item.first_line = item.text
        return True

    def _begins_part(self, text: str) -> tuple[str, str | None] | None:
        """Whether an unnumbered line ends a covering notice or a part, how, and the cited title
        it names: ``("title", T)``, the line prints the title T of a plan the notice cites (or its
        first line, when the title runs over two; or a title line ending with the short name the
        notice cites, 现将《实施方案》印发给你们), T the one it prints whole, else the first named
        whose title line has not yet begun a part (a notice names its plans in the order it prints
        them; the first line of one may begin the other's title too); ``("attachment", None)``, an attachment
        label; ``("date", None)``, the notice's date while nothing read yet names who does
        anything; None when it ends nothing."""
        if is_attachment_label(text):
            return "attachment", None
        squashed = regex.sub(r"\s+", "", fold(text))
        named = [title for title in self.cited
                 if title == squashed or (len(squashed) >= _TITLE_START and title.startswith(squashed))
                 or (looks_like_title(text) and squashed.endswith(title))]
        if named:
            return "title", min(named, key=lambda title: (title != squashed, title in self.begun))
        if read_date(text) is not None and not self._anything_assigns():
            return "date", None
        return None

    def _anything_assigns(self) -> bool:
        """Whether an item read so far names who does it. An item gains its owners only while it
        is open (on the stack: its bracket, field lines, a line of bodies after it), and keeps them:
        the answer, once yes, stays yes, and the open items are the only ones to look at again
        (looking at every item read for each date line was quadratic in a list whose items each
        print a date line)."""
        if not self.assigned:
            self.assigned = any(item.assigns for item in self.stack)
        return self.assigned

    def _open_card(self, card: CardText, index: int, block: Paragraph) -> None:
        """A task's labelled text (重点工作：…) opens a card: the text of the open item when that
        item has printed nothing but its number (``1.`` / ``重点工作：…``), else an unnumbered item
        of its own, after the card or the measure open before it (closed by its field lines). As
        in a table whose 重点工作 column groups its 具体措施 column, a text labelled as a measure's
        (具体措施：…) inside a card labelled as a task (重点工作：…) that names nobody yet opens a
        card inside it, which then reads as its heading."""
        open_item = self.stack[-1] if self.stack else None
        if open_item is not None and not open_item.text and open_item.fields is None and not open_item.children:
            open_item.where = open_item.where.spanning(block.where)
            open_item.card = card.role
            _append(open_item, card.text)
            return
        while self.stack and (self.stack[-1].closed or (
                self.stack[-1].marker is None and not (card.role == "text" and self.stack[-1].card == TASK))):
            self.stack.pop()
        item = Item(marker=None, lead="", text="", paragraph=index, where=block.where, order=self.lines, card=card.role)
        parent = self.stack[-1] if self.stack else None
        item.parent = parent
        (parent.children if parent else self.top).append(item)
        self.stack.append(item)
        numbered = _card_number(card)
        if numbered is not None:
            item.card_number, item.lead = numbered[0], numbered[0].raw
        _append(item, numbered[1] if numbered is not None else card.text)

    def _place(self, item: Item) -> None:
        """Put ``item`` in the outline: a sibling of the open item of its style, else a child of
        the innermost open item — unless it is numbered past 1 in a style this part has not shown
        yet and usually nests outside the open items (二、 while （6） is open): its first siblings
        were lost (run into a paragraph the text does not let us cut), so it closes the open items
        that usually nest inside it rather than opening a level below them."""
        stack = self.stack
        while stack and stack[-1].marker is None and stack[-1].closed:
            stack.pop()  # a card ended by its field lines holds no items
        assert item.marker is not None
        _match_kindred(item, stack)
        style = item.style
        level = next((i for i in range(len(stack) - 1, -1, -1) if stack[i].style == style), None)
        if level is not None:
            del stack[level:]
        elif item.marker.number.value > 1 and style not in self.styles:
            depth = USUAL_DEPTH[style]
            while stack and USUAL_DEPTH.get(stack[-1].style, len(USUAL_DEPTH)) >= depth:
                stack.pop()
        self.styles.add(style)
        self.last[style] = item.marker.number.value
        parent = stack[-1] if stack else None
        item.parent = parent
        (parent.children if parent else self.top).append(item)
        stack.append(item)


def _match_kindred(item: Item, stack: list[Item]) -> None:
    """Read ``item`` in the style of an open item whose style differs from its own only in the
    punctuation (2. open, 3、 comes) when no open item has its own style and its number is the
    next of that item's: a slip of the pen (1. 2. 3、 4.), which would otherwise make 3、 a heading
    over 4. and lose its text; so too a figure in brackets next after a measure its own bracket
    ended (2.…（…） （3）…). The number as printed is kept."""
    marker = item.marker
    assert marker is not None
    kindred = KINDRED_STYLES.get(marker.style, ())
    if not kindred or any(open_item.style == marker.style for open_item in stack):
        return
    sibling = next((i for i in reversed(stack) if i.marker is not None and i.style in kindred
                    and i.marker.number.value + 1 == marker.number.value), None)
    if sibling is None and stack and marker.style in _BRACKETED_DIGITS and marker.number.value > 1:
        # 1.…（责任单位：X） 2.…（责任单位：Y） （3）…: a number in brackets next after a measure its own
        # bracket ended, in a style not open, is its sibling by a slip too; as a sub-item it would
        # open its list at 3 and turn 2. into a heading with nothing of its own
        innermost = stack[-1]
        if (innermost.marker is not None and innermost.style in _PLAIN_DIGITS and innermost.closed
                and innermost.fields is not None and not innermost.children
                and innermost.marker.number.value + 1 == marker.number.value):
            sibling = innermost
    if sibling is not None:
        item.marker = replace(marker, style=sibling.style)


# Figures in brackets, and figures followed by a mark: the styles a slip of the pen swaps (2. then （3）).
_BRACKETED_DIGITS = frozenset({"digit_paren", "digit_half_paren"})
_PLAIN_DIGITS = frozenset({"digit_dot", "digit_comma"})


def _dash_heading(text: str, open_item: Item | None) -> ItemMarker | None:
    """The marker of a title printed after a dash where a sub-heading stands: after an item a
    bracket or field lines ended, or right under a heading's title (一、… / ——在深化…上保持定力 /
    1、…（牵头单位：…）/ ——在推进…上精准发力 / 3、…). A dash line that continues an open text
    (到2025年，主要目标是： / ——产业结构持续优化), or says a sentence (——这五年，…。), is none."""
    match = _DASH_TITLE.match(text)
    if match is None or open_item is None:
        return None
    title = match["title"].strip()
    if "。" in title or not looks_like_title(title):
        return None
    # a heading's title, with its items still to come: no sentence, no lead-in to a list (…如下：)
    heading = open_item.text.strip()
    under_title = (not open_item.children and not open_item.closed and bool(heading)
                   and "。" not in heading and not heading.endswith(("：", ":")))
    if not (open_item.closed or under_title):
        return None
    return ItemMarker(style=DASH, number=Number(raw=match["lead"].strip(), value=1), end=match.end("lead"))


def _states_in_own_bracket(text: str) -> bool:
    """Whether a paragraph is a task with its owners' bracket, the convention stated in that
    bracket's remark (优化…协作。（X指导，各区政府负责落实。以下均需各区政府落实，不再列出）), not a
    note of its own: some text before the bracket, and nothing stating a convention outside it."""
    tail = find_tail(text)
    return (tail is not None and bool(tail.text.strip(" \t\u3000。")) and tail.fields.assigns
            and tail.fields.remark is not None and not find_conventions(tail.text))




def _awaits_value(item: Item) -> bool:
    """Whether the item's last field line is a label and its colon alone, its value on the next line
    (a line wrapped after the colon, or a label set on a line of its own): never a bracket's."""
    fields = item.fields
    return (item.closed and fields is not None and not fields.bracket and bool(fields.segments)
            and fields.segments[-1].label is not None and not fields.segments[-1].text.strip())


def _closing_text_bracket_left_out(found: Fields, text: str) -> Fields:
    """The field line's ``found`` without the round bracket closing its last list that closes a bracket the
    item's ``text`` opened and left open (1.对…研发机构(实验室、工程中心等,给予奖励。 / 责任单位:市科技局、市财政局)):
    the page closes the text's aside after the owners, and the closer is no part of the last body's name
    (市财政局) was read, unresolved). A closer matched inside the list (市政府（办公室）), or after a text
    leaving no bracket open, stays as printed."""
    if not found.segments or unclosed_round(text) <= 0:
        return found
    last = found.segments[-1]
    value = last.text.rstrip()
    if not value.endswith(ROUND_CLOSERS) or unclosed_round(value) >= 0:
        return found
    kept = value[:-1].rstrip()
    printed = last.printed.rstrip()
    segment = Segment(label=last.label, text=kept, printed=printed[:-1].rstrip() if printed.endswith(ROUND_CLOSERS) else printed,
                      separator=last.separator)
    return replace(found, segments=[*found.segments[:-1], segment])


def _bracket_left_open(text: str) -> bool:
    """Whether ``text`` ends inside a responsibility bracket: its last bracket is open and holds
    nothing yet, or the beginning of a field line (…1天办结。（ / …（牵头单位：州审批局；)."""
    words = vocabulary()
    closers = set(words.closers.values())
    for position in range(len(text) - 1, -1, -1):
        char = text[position]
        if char in closers:
            return False
        if char in words.closers:
            inside = text[position + 1:].strip()
            return not inside or read_field_line(inside) is not None
    return False


# A part's label opening an item's text (总体要求：…): a few characters, no stop among them.
_PART_LABEL = compiled(r"^(?P<label>[^\s，,。；;：:、（(]{2,8})[：:](?=\S)")


def _prints_labelled_parts(item: Item) -> bool:
    """Whether a numbered ``item``, still open (no owners read, nothing inside it), prints its text as
    labelled parts: its own text opens with the name of one of a plan's parts (``plan_sections`` in
    tasklist.toml: 总体要求, 工作目标) and its colon, and goes on after it (（一）总体要求：以…为指导…). A title
    of the item's own before a colon (（一）加快平台建设：推进…) is a heading over cards (具体措施：…), each a measure."""
    label = _PART_LABEL.match(item.text.strip())
    return (item.marker is not None and not item.closed and item.fields is None and not item.children
            and item.card is None and label is not None and fold(label["label"]) in vocabulary().plan_sections)


def _append(item: Item, text: str, run_on: bool = False) -> None:
    """Add a paragraph to an item's text; a responsibility bracket ending it ends the item. A
    bracket printed alone on its line is marked so (``Fields.alone``); one after a sentence's end
    in lines run into one paragraph (``run_on``) may have been, and is marked so
    (``Fields.line_lost``)."""
    if item.text and item.text == item.first_line and not item.second_line:
        item.second_line = text.strip()
    if item.title_line and item.text == item.first_line and text.strip():
        joined = f"{item.text}\n{text.strip()}"  # the title stays apart from the paragraph after it
    else:
        joined = join_fragments(item.text, text.strip())
    tail = find_tail(joined)
    if tail is None:
        item.text = joined
        return
    item.text = tail.text
    if text.strip().rstrip(vocabulary().after_bracket) == tail.bracket:
        tail.fields.alone = True
    elif run_on and tail.text.rstrip().endswith("。"):
        tail.fields.line_lost = True
    item.add_fields(tail.fields)
    item.closed = True


def _swallowed_first(item: Item, *, holding_plain: bool = False) -> bool:
    """Whether a numbered item's own line is a title (提升政务服务效能) and its text ran on into a
    paragraph its responsibility ended: a heading that took its first unnumbered measure in (with
    ``holding_plain``, one that holds PLAIN items already)."""
    title = item.first_line.strip()
    held = all(child.plain for child in item.children) if holding_plain else not item.children
    return (held and item.closed and bool(title) and item.text.strip() != title
            and "。" not in title and looks_like_title(title) and item.text.startswith(item.first_line))


def _split_plain_heads(items: list[Item]) -> None:
    """Give back to its heading the first unnumbered measure it swallowed (see _OutlineReader._open_plain):
    a heading with PLAIN items whose own text ran on past its title keeps the title, and the rest,
    with its responsibility, becomes its first PLAIN item. A heading of the same style as such
    headings beside it whose one measure it swallowed (二、降低企业成本 / 落实…。（…）) is read so too."""
    holding = {item.style for item in items if any(child.plain for child in item.children)}
    for item in items:
        if item.marker is not None and (
                (item.children and _swallowed_first(item, holding_plain=True))
                or (not item.children and item.style in holding and _swallowed_first(item))):
            title = item.first_line
            first = Item(marker=None, lead="", text=item.text[len(title):].strip(), paragraph=item.paragraph,
                         where=item.where, order=item.order, parent=item, fields=item.fields, closed=True, plain=True)
            first.first_line = first.text
            item.text, item.fields, item.closed = title, None, False
            item.children.insert(0, first)
        _split_plain_heads(item.children)


def walk(items: list[Item]) -> list[Item]:
    """Every item of ``items`` and inside them, in document order."""
    return [d for item in items for d in (item, *item.descendants())]

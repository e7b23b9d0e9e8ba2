"""Fitting a listing's columns to the terminal without breaking a value inside.

A listing such as ``pilotplans documents`` holds values a reader copies whole — ids, 文号, dates,
counts —, which a table must never wrap (a 文号 folded as ``琼商服〔202`` / ``0〕150号`` cannot be
copied), and one flexible column (a title) that can be cut with "…". Each kept column is as wide as
its widest value; the flexible column takes the rest of the terminal, down to its least width; when
even that does not fit, whole columns are left out in the order the listing gives, then, on a
terminal narrower still, the others from the last (the id stays), and the caller says which (nothing
is left out or cropped silently).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

#: Cells a column adds to its widest value in a table without borders: one of padding either side.
PADDING = 2


@dataclass(frozen=True)
class ColumnFit:
    """How a listing fits a narrow terminal: the ``flexible`` columns share the room the others leave
    (each never below ``flexible_min`` cells nor its header's width, unless its values are
    narrower), a value cut to one line with "…" or, ``wrap``, wrapped over lines at its separators;
    ``leave_out`` names the columns left out, first to last, while the table is still wider than the
    terminal (and after them the others, from the last, but the first)."""

    flexible: tuple[str, ...]
    flexible_min: int
    leave_out: tuple[str, ...]
    wrap: bool = False
    #: Cells a column adds to its widest value: :data:`PADDING` without borders, one more with them.
    padding: int = PADDING
    #: The room shared evenly (:func:`share_evenly`: a column wanting little has it whole) rather
    #: than in proportion to what each still wants.
    even: bool = False
    #: A wrapped column is at least as wide as its widest item up to this many cells, a longer item
    #: folded; None: up to its whole width, no item folded (a list of bodies' names).
    item_cells: int | None = 14
    #: Columns of names shown whole, never folded onto a second line: as wide as the widest while the
    #: ``leave_out`` columns can make room for it, and past them cut with "…" to the room left (never
    #: below ``flexible_min`` cells) rather than left out.
    cut: tuple[str, ...] = ()
    #: Cells a flexible column not itself in ``leave_out`` is given at least (or what it wants, if
    #: less) while a ``leave_out`` column can make room for it: a text read six characters a line is
    #: hardly shown at all.
    readable: int = 0
    #: Flexible columns of lists that, given less room than their widest item (or in a table whose rows
    #: are one line each), show on one line how many items each holds and as many whole items as fit
    #: (:func:`count_to_cells`) rather than being left out: as narrow as its header at least, and
    #: beside a column of names cut to fit, given only what the names leave.
    counted: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fitted:
    """The columns kept (their indexes, in order), the headers left out (in the order they were left
    out) and the width of each flexible column kept (by index)."""

    kept: tuple[int, ...]
    left_out: tuple[str, ...]
    widths: dict[int, int]


def column_width(header: str, values: Sequence[str]) -> int:
    """Cells the widest of ``header`` and ``values`` takes (a CJK character takes two; a header or a value of several
    lines, its widest line)."""
    from rich.cells import cell_len

    return max(cell_len(line) for v in (header, *values) for line in v.split("\n"))


def fit_columns(headers: Sequence[str], columns: Sequence[Sequence[str]], width: int, fit: ColumnFit,
                least: dict[int, int] | None = None) -> Fitted:
    """Which of ``headers`` (each with its ``columns`` of values as shown) a table ``width`` cells wide
    keeps, and how wide each flexible column is: every other column keeps its widest value whole, and
    a flexible one is never narrower than its ``least`` cells (by index: the widest part of its values
    that must not be broken)."""
    wanted = [column_width(h, values) for h, values in zip(headers, columns)]
    flexible = {k for k, h in enumerate(headers) if h in fit.flexible and h not in fit.cut}
    least = least or {}
    floor = {k: min(wanted[k], max(fit.flexible_min, column_width(headers[k], ()), least.get(k, 0),
                                   0 if headers[k] in fit.counted else _item_floor(columns[k], fit))) for k in flexible}
    kept = list(range(len(headers)))
    left_out: list[str] = []

    def needed() -> int:
        return sum(floor.get(k, wanted[k]) + fit.padding for k in kept)

    def shares() -> dict[int, int]:
        shared = [k for k in kept if k in flexible]
        room = width - sum(wanted[k] + fit.padding for k in kept if k not in flexible) - fit.padding * len(shared)
        share = share_evenly if fit.even else _shared_out
        counted = [k for k in shared if headers[k] in fit.counted]
        if not counted or not any(headers[k] in fit.cut for k in shared):
            return share(room, {k: floor[k] for k in shared}, {k: wanted[k] for k in shared})
        # names cut to fit come first: a list counted has its least, and then what the names leave
        first = [k for k in shared if k not in counted]
        widths = share(room - sum(floor[k] for k in counted), {k: floor[k] for k in first}, {k: wanted[k] for k in first})
        left = room - sum(widths.values())
        return {**widths, **share(left, {k: floor[k] for k in counted}, {k: wanted[k] for k in counted})}

    def cramped() -> bool:  # too wide, or a column that stays narrower than it can be read
        return needed() > width or any(cells < min(fit.readable, wanted[k]) for k, cells in shares().items()
                                       if headers[k] not in fit.leave_out)

    for name in fit.leave_out:
        if not cramped():
            break
        if name in headers and headers.index(name) in kept:
            kept.remove(headers.index(name))
            left_out.append(name)
    for k in kept:  # names wider than the room left: cut to it with "…", before any other column goes
        if headers[k] in fit.cut and needed() > width:
            flexible.add(k)
            floor[k] = min(wanted[k], max(fit.flexible_min, column_width(headers[k], ())))
    for k in reversed(kept[1:]):  # narrower still: the others from the last, the id kept, rather than cropped unsaid
        if needed() <= width:
            break
        kept.remove(k)
        left_out.append(headers[k])
    return Fitted(tuple(kept), tuple(left_out), shares())


def _item_floor(values: Sequence[str], fit: ColumnFit) -> int:
    """The cells a wrapped column's widest item keeps whole: all of them, or up to ``fit.item_cells``."""
    if not fit.wrap:
        return 0
    widest = _widest_item(values)
    return widest if fit.item_cells is None else min(fit.item_cells, widest)


def _widest_item(values: Sequence[str]) -> int:
    """Cells the widest item of the lists ``values`` hold takes (see :func:`wrap_to_cells`)."""
    from rich.cells import cell_len

    return max((cell_len(item.rstrip(" ")) for v in values for item in _ITEM.findall(v)), default=0)


def _shared_out(room: int, floor: dict[int, int], wanted: dict[int, int]) -> dict[int, int]:
    """``room`` cells shared by columns: each its floor, then what is left in proportion to what
    each still wants, none beyond what it wants."""
    extra = max(0, room - sum(floor.values()))
    short = {k: wanted[k] - floor[k] for k in floor}
    total = sum(short.values())
    if total <= extra:
        return dict(wanted)
    return {k: floor[k] + extra * short[k] // total for k in floor}


def share_evenly(room: int, floor: dict[int, int], wanted: dict[int, int]) -> dict[int, int]:
    """``room`` cells shared by columns, each at least its floor and at most what it wants, as evenly
    as that allows: every column as wide as the others but those wanting less (which have it whole)
    and those whose floor is wider; the cells a level leaves over go one each to the first columns
    still short."""
    def at(level: int) -> dict[int, int]:
        return {k: min(wanted[k], max(floor[k], level)) for k in floor}

    level = 0
    while level < max(wanted.values(), default=0) and sum(at(level + 1).values()) <= room:
        level += 1
    widths = at(level)
    spare = room - sum(widths.values())
    for k in sorted(floor):
        if spare > 0 and widths[k] < wanted[k]:
            widths[k], spare = widths[k] + 1, spare - 1
    return widths


def cut_to_cells(text: str, cells: int) -> str:
    """``text`` when it takes at most ``cells`` terminal cells; otherwise its beginning and "…" in
    at most ``cells`` cells."""
    from rich.cells import cell_len

    if cell_len(text) <= cells:
        return text
    shown, used = "", 0
    for char in text:
        if used + cell_len(char) > cells - 1:
            break
        shown, used = shown + char, used + cell_len(char)
    return shown + "…"


#: A wrapped column is at least as wide as its widest item up to this many cells (a document id, a
#: role and its count, seven Chinese characters of a name), unless its fit keeps every item whole: a
#: longer item is folded rather than widening the column further.
ITEM_CELLS = ColumnFit.item_cells

#: The separators a listing's lists are joined with (``documents``: ``a,b``; ``roles``: ``lead:3 assist:1``;
#: ``written as``: ``市商务局、商务局``), after which a wrapped value may break.
_ITEM = re.compile(r"[^,、 ]+[,、 ]*|[,、 ]+")


def wrap_to_cells(text: str, cells: int) -> str:
    """``text`` over lines of at most ``cells`` cells, broken after its list separators (``,``, ``、``,
    a space); an item wider than a line is folded within it."""
    from rich.cells import cell_len

    lines: list[str] = []
    line = ""
    for item in _ITEM.findall(text):
        if line and cell_len(line + item.rstrip(" ")) > cells:
            lines.append(line.rstrip(" "))
            line = ""
        while cell_len(item.rstrip(" ")) > cells:
            head = cut_to_cells(item, cells + 1)[:-1]  # the most of it one line holds
            lines.append(head)
            item = item[len(head):]
        line += item
    if line.rstrip(" ") or not lines:
        lines.append(line.rstrip(" "))
    return "\n".join(lines)


def count_to_cells(text: str, cells: int) -> str:
    """The list ``text`` (items joined by ``,``: document ids, which a file's name may give spaces) on one
    line of at most ``cells`` cells: whole when it fits; else how many items it holds, as many of them
    whole as fit and how many more (``3: national-2018 …and 2 more``); else the count alone. No item is
    ever cut."""
    from rich.cells import cell_len

    if cell_len(text) <= cells:
        return text
    items = counted_items(text)
    for shown in range(len(items) - 1, 0, -1):
        line = f"{len(items)}: {','.join(items[:shown])} …and {len(items) - shown} more"
        if cell_len(line) <= cells:
            return line
    return str(len(items))


def counted_items(text: str) -> list[str]:
    """The items of a list :func:`count_to_cells` shows: parted at its commas only."""
    return [item for item in text.split(",") if item]


def wrap_counted(text: str, cells: int) -> str:
    """The list ``text`` over lines of at most ``cells`` cells, broken after its commas only (an id
    with spaces stays on one line); an item wider than a line has a line of its own."""
    from rich.cells import cell_len

    lines: list[str] = []
    for item in counted_items(text):
        if lines and cell_len(lines[-1] + item) <= cells:
            lines[-1] += item
        else:
            lines.append(item)
        lines[-1] += ","
    return "\n".join(lines).removesuffix(",") if lines else text


def widest_counted_item(values: Sequence[str]) -> int:
    """Cells the widest item of the lists ``values`` hold takes (see :func:`counted_items`)."""
    from rich.cells import cell_len

    return max((cell_len(item) for v in values for item in counted_items(v)), default=0)


#: Marks no wrapped line begins with (they close what the line before holds): 、 and ） stay on its end.
CLOSING = frozenset("，。、；：！？）」』》〉】〕”’,.;:!?)]}…")


def wrap_keeping(text: str, cells: int, whole: Sequence[tuple[int, int]] = ()) -> str:
    """``text`` over lines of at most ``cells`` cells, broken between any two characters but inside
    none of the ``whole`` spans (start, end: a 文号, a body's name), which go to the next line whole,
    and before no :data:`CLOSING` mark; only a span wider than a line is folded within it."""
    from rich.cells import cell_len

    inside = {k for start, end in whole for k in range(start + 1, end)}  # the places no line may begin
    inside |= {k for k, char in enumerate(text) if k and char in CLOSING}
    lines: list[str] = []
    start = 0
    while cell_len(text[start:]) > cells:
        end, used = start, 0
        while end < len(text) and used + cell_len(text[end]) <= cells:
            used, end = used + cell_len(text[end]), end + 1
        end = max(end, start + 1)  # a character wider than a line: alone on its line
        at = end
        while at > start and at in inside:
            at -= 1
        lines.append(text[start:at if at > start else end])
        start = at if at > start else end
    if start < len(text) or not lines:
        lines.append(text[start:])
    return "\n".join(lines)


#: ``pilotplans documents``: the title cut first (to five characters and "…" at least), then the
#: columns a reader can most easily do without on a narrow terminal left out — the date and the
#: warnings count (both in every other format), the programme and the round (the parent's id names
#: them), the region (the id and 文号 name the place already), then the parent —; the id, level, 文号,
#: measures count and title stay.
DOCUMENTS = ColumnFit(flexible=("title",), flexible_min=12,
                      leave_out=("date", "warnings", "programme", "round", "region", "parent"))

#: ``pilotplans departments``: the id, each body's name and counterpart, the level and counts whole
#: (a name broken over lines, 中共海南省委外事工 / 作委员会办公室, is not one a reader can copy or
#: search), the lists wrapped between their items, the forms written each whole; on a narrow terminal
#: the forms a body was written in go first, then its roles (all in every other format), then its
#: central counterpart and its level (its id's prefix tells a local body's place, a central one has
#: none) (its party is in every other format: the departments come first, a collective's or places' level says `other`); its documents, on one line (their count and the ids that fit), stay while every name is whole
#: beside them and then go too; narrower still, a name wider than the room left is cut with "…" (whole
#: in every other format) rather than the counts left out.
DEPARTMENTS = ColumnFit(flexible=("documents", "roles", "written as"), flexible_min=6,
                        leave_out=("written as", "roles", "counterpart", "level", "documents"), wrap=True,
                        item_cells=None, cut=("name", "counterpart"), counted=("documents",))

#: ``pilotplans measures`` (and ``extract``) in a table with borders: the heading, the text and the
#: responsibility share the room the ids (document, number) and the warning codes leave, each header
#: and each 文号 and body's name whole; on a narrow terminal the heading is left out first (the number
#: and the other formats give it), then the warnings — an empty warnings column before the heading —,
#: as they are too where the text or the responsibility would have fewer than ten characters a line
#: (at 120 columns a plan naming a long body read its text six characters a line, at 100 sixteen).
MEASURES = ColumnFit(flexible=("heading", "text", "responsibility"), flexible_min=8, leave_out=("heading", "warnings"),
                     padding=PADDING + 1, even=True, readable=20)

#: The links of ``pilotplans diff`` in a table with borders: the labels, relation and score whole, the
#: two texts sharing the rest; on a narrow terminal the region goes first, then the ownership check
#: (both in every other format and the HTML report), as they do too where a text would have fewer
#: than six characters a line.
LINKS = ColumnFit(flexible=("national text", "local text"), flexible_min=8, leave_out=("region", "ownership"),
                  padding=PADDING + 1, even=True, readable=12)

#: The matrix of ``pilotplans coverage`` in a table with borders: the number and each local plan's
#: cells whole, the measure's words in what they leave (ten characters a line at least, its own few
#: lines); on a terminal too narrow for every plan, the plans from the last (every plan is in
#: ``--output``'s CSV or workbook).
COVERAGE = ColumnFit(flexible=("measure",), flexible_min=20, leave_out=(), padding=PADDING + 1)

#: ``coverage --totals`` in a table with borders, a row a local plan: every figure whole (a header wraps between its
#: words), no column shared out; on a narrow terminal ``dropped`` goes first (``taken up``, 109/122, says it: 13),
#: then how each plan was linked, then the counts by relation from the last, so that what a plan took up and its
#: local additions, the figures the matrix's table prints under it, stay longest (every column is in ``-o`` FILE).
TOTALS = ColumnFit(flexible=(), flexible_min=0, leave_out=("dropped", "linked", "split", "merged", "adapted", "same"),
                   padding=PADDING + 1)

#: ``pilotplans regions``: the name and the documents wrapped, the code and counts whole.
REGIONS = ColumnFit(flexible=("name", "documents"), flexible_min=6, leave_out=("documents",), wrap=True)

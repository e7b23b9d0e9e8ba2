"""Glyphs into text lines, lines into segments and paragraphs.

A :class:`TextLine` is the glyphs sharing one baseline, left to right; a *segment* is a piece of
a line between two gaps wide enough to separate table columns. Whether a line starts a new
paragraph is read from the room the line before it left at its end (a wrapped line was full).
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ...normalizers.numbers import chinese_to_int
from .content import BBox, Glyph
from .settings import DEFAULT_SETTINGS, PdfSettings

OPENERS = set("（(《“‘「『【〔[{<〈")
CLOSERS = set("，。、；：！？）)》”’」』】〕]}>〉…—·%,.;:!?")
BRACKETS_AND_STOPS = OPENERS | CLOSERS
SENTENCE_END = set("。！？；!?;")
QUOTES_HOLDING_ON = set("”’\"'")
"""Closing quotation marks a line-breaker may not break after either (Unicode's ambiguous
quotation class: ``业”融`` wraps as one piece)."""
ASCII_WORD = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True)
class TextLine:
    """Glyphs sharing one baseline, left to right (space glyphs kept for the text)."""

    glyphs: tuple[Glyph, ...]
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)

    @property
    def ink(self) -> tuple[Glyph, ...]:
        return tuple(g for g in self.glyphs if not g.is_space)


def confidence_of(lines: Iterable[TextLine]) -> float | None:
    """The lowest OCR confidence of the lines' glyphs; None when no glyph was recognised from an
    image (a text layer's glyphs are certain)."""
    found = [g.confidence for line in lines for g in line.glyphs if g.confidence is not None]
    return min(found) if found else None


def is_wide(char: str) -> bool:
    """A CJK (full-width) character: lines wrapped between such characters join with no space."""
    return unicodedata.east_asian_width(char) in ("W", "F") or char in "“”‘’—…·"


def text_lines(glyphs: Iterable[Glyph], settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[TextLine, ...]:
    """Glyphs grouped into lines, top to bottom."""
    lines: list[list[Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: (g.top, g.x0)):
        if glyph.is_space and not lines:
            continue
        if lines and _shares_line(lines[-1], glyph, settings):
            lines[-1].append(glyph)
        else:
            lines.append([glyph])
    made = (text_line(line, settings) for line in lines)
    return tuple(sorted((line for line in made if line is not None), key=lambda line: (line.top, line.x0)))


def _shares_line(line: list[Glyph], glyph: Glyph, settings: PdfSettings) -> bool:
    anchor = next((g for g in line if not g.is_space), line[0])
    overlap = min(anchor.bottom, glyph.bottom) - max(anchor.top, glyph.top)
    return overlap >= settings.line_overlap * min(anchor.bottom - anchor.top, glyph.bottom - glyph.top)


def text_line(glyphs: Sequence[Glyph], settings: PdfSettings = DEFAULT_SETTINGS) -> TextLine | None:
    """One line from its glyphs (None if they are all spaces)."""
    ordered = tuple(sorted(glyphs, key=lambda g: g.x0))
    ink = [g for g in ordered if not g.is_space]
    if not ink:
        return None
    return TextLine(
        glyphs=ordered,
        text=line_text(ordered, settings),
        x0=min(g.x0 for g in ink),
        top=min(g.top for g in ink),
        x1=max(g.x1 for g in ink),
        bottom=max(g.bottom for g in ink),
        size=statistics.median(g.size for g in ink),
    )


def line_text(glyphs: Sequence[Glyph], settings: PdfSettings = DEFAULT_SETTINGS) -> str:
    """The text of left-to-right glyphs: space glyphs become one space; a wide gap between two
    Latin/digit glyphs is a space too; gaps between CJK glyphs (justification) are not."""
    parts: list[str] = []
    previous: Glyph | None = None
    pending_space = False
    for glyph in glyphs:
        if glyph.is_space:
            pending_space = previous is not None
            continue
        if previous is not None:
            gap = glyph.x0 - previous.x1
            latin_pair = not is_wide(previous.text[-1]) and not is_wide(glyph.text[0])
            if pending_space or (latin_pair and gap > settings.word_gap_em * glyph.size):
                parts.append(" ")
        parts.append(glyph.text)
        previous, pending_space = glyph, False
    return "".join(parts)


def line_segments(line: TextLine, settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[TextLine, ...]:
    """A line cut where the gap between two glyphs is wide enough to separate table columns."""
    return cut_line(line, lambda left, right: right.x0 - left.x1 >= settings.gutter_em * right.size, settings)


def cut_line(line: TextLine, cuts: Callable[[Glyph, Glyph], bool],
             settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[TextLine, ...]:
    """A line cut between every two consecutive ink glyphs ``cuts`` says part."""
    pieces: list[list[Glyph]] = [[]]
    last_ink: Glyph | None = None
    for glyph in line.glyphs:
        if not glyph.is_space:
            if last_ink is not None and cuts(last_ink, glyph):
                pieces.append([])
            last_ink = glyph
        pieces[-1].append(glyph)
    made = (text_line(piece, settings) for piece in pieces)
    return tuple(segment for segment in made if segment is not None)


def first_unit_width(line: TextLine) -> float:
    """Width of the first piece of a line that a line-breaker cannot split: one CJK glyph or one
    Latin/digit word, with the opening brackets before it, the closing punctuation after it, and
    whatever an opening bracket or a closing quotation mark after it holds to (a line cannot end
    with ``“`` or ``（``, nor break right after ``”``)."""
    ink = line.ink
    index = 0
    while index < len(ink) - 1 and ink[index].text in OPENERS:
        index += 1
    if ASCII_WORD.match(ink[index].text):
        while index + 1 < len(ink) and (ASCII_WORD.match(ink[index + 1].text) or ink[index + 1].text in "-_/'"):
            index += 1
    while index + 1 < len(ink) and (ink[index + 1].text in BRACKETS_AND_STOPS or ink[index].text in OPENERS
                                    or ink[index].text in QUOTES_HOLDING_ON):
        index += 1
    return ink[index].x1 - ink[0].x0


def left_room(line: TextLine, right: float, following: TextLine, settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether ``line``, in a column whose full lines end at ``right``, left room at its end for
    the first unbreakable piece of ``following`` (so the break after it was not a wrap)."""
    return right - line.x1 >= first_unit_width(following) - settings.wrap_slack_em * following.size


ENUMERATOR = re.compile(
    r"^\s*(?:[（(]\s*(?P<paren>\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]"
    r"|(?P<num>\d{1,3})(?:\s+|[.．、)）](?!\d))"
    r"|(?P<cn>[一二三四五六七八九十]{1,3})、)"
)


def opens_heading(text: str) -> bool:
    """Whether a line opens with a heading's number (``三、``, ``（二）``, ``(2)``) rather than an
    item's (``109 ``, ``2.``: the measures' own numbering)."""
    return _heading_number(text) is not None


def opens_later_heading(first: str, text: str) -> bool:
    """Whether ``text`` opens a heading numbered in the form ``first`` opens with, further on in
    its numbering (``（四）…`` then ``（六）…``: a list of headings may skip a number)."""
    a, b = _heading_number(first), _heading_number(text)
    return a is not None and b is not None and a[:2] == b[:2] and b[2] > a[2]


def _heading_number(text: str) -> tuple[str, bool, int] | None:
    """The heading number a line opens with: its form (bracketed or 一、), whether in digits, its value."""
    match = ENUMERATOR.match(text)
    group = match and ("paren" if match.group("paren") else "cn" if match.group("cn") else None)
    if not group:
        return None
    written = match.group(group)  # type: ignore[union-attr]
    return group, written.isdigit(), chinese_to_int(written)  # type: ignore[return-value]


def enumerator_value(text: str) -> int | None:
    """The number a line opens with when it opens an item (``108 ``, ``2.``, ``（三）``, ``四、``)."""
    match = ENUMERATOR.match(text)
    if not match:
        return None
    return chinese_to_int(match.group("paren") or match.group("num") or match.group("cn"))


def paragraph_breaks(lines: Sequence[TextLine], right: float,
                     settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[bool, ...]:
    """For each line, whether it starts a paragraph, in a column whose full lines end at ``right``.

    A line starts a paragraph when the line before it left room at its end for the line's first
    unbreakable piece (so the break was not a wrap), when it opens with an item number (``（二）``,
    ``108 ``) and the line before left room for a character, when it continues an item numbering
    (``107 …``, ``108 …``; ``（一）…``, ``（二）…``), or when its font size differs from the line
    before. The numbering is the one the first numbered paragraph began: the first line of a
    cell continued over a page break may be the end of an item (``药服务贸易。``, then ``109 …``);
    a numbered line after a sentence end also starts one when the numbering goes on from it
    further down (``116 …`` after a full line, ``117 …`` below).
    """
    breaks: list[bool] = []
    expected: int | None = None
    numbers = [enumerator_value(line.text) for line in lines]
    for index, line in enumerate(lines):
        number = numbers[index]
        if index == 0:
            breaks.append(True)
            expected = number + 1 if number is not None else None
            continue
        if (number is not None and lines[index - 1].text.rstrip()[-1:] in SENTENCE_END
                and number + 1 in numbers[index + 1:]):
            expected = number  # an item the numbering goes on from further down (``116`` before ``117``)
        if expected is None and number is not None and breaks_before(lines, index, right, settings):
            expected = number  # the first numbered paragraph after the opening one
        starts = breaks_before(lines, index, right, settings) or (expected is not None and number == expected)
        if number is not None and expected is not None and number == expected and starts:
            expected += 1
        breaks.append(starts)
    return tuple(breaks)


def breaks_before(lines: Sequence[TextLine], index: int, right: float, settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether the line at ``index`` starts a paragraph by what it and the line before show: the
    line before left room for its first piece, or for a character when it opens with an item
    number, or the font size changes."""
    line, previous = lines[index], lines[index - 1]
    return (
        left_room(previous, right, line, settings)
        or abs(line.size - previous.size) > settings.size_tolerance
        or (enumerator_value(line.text) is not None and right - previous.x1 >= settings.numbered_break_em * line.size)
    )


def paragraphs_of_lines(lines: Sequence[TextLine], breaks: Sequence[bool]) -> tuple[tuple[TextLine, ...], ...]:
    """Lines grouped into paragraphs at the given breaks."""
    groups: list[list[TextLine]] = []
    for line, starts in zip(lines, breaks):
        if starts or not groups:
            groups.append([])
        groups[-1].append(line)
    return tuple(tuple(group) for group in groups)


def text_edge(lines: Sequence[TextLine], side: str, settings: PdfSettings = DEFAULT_SETTINGS) -> float:
    """Where a column of lines is aligned on one side: among the line ends near the outermost one
    (``edge_reach_em``), the most common (so punctuation hanging into the margin does not count)."""
    size = statistics.median(line.size for line in lines)
    ends = [line.x1 if side == "right" else -line.x0 for line in lines]
    outer = max(ends)
    near = [round(end) for end in ends if end >= outer - settings.edge_reach_em * size]
    counts: dict[int, int] = {}
    for end in near:
        counts[end] = counts.get(end, 0) + 1
    best = max(counts.items(), key=lambda item: (item[1], item[0]))[0]
    edge = max(end for end in ends if round(end) == best)
    return edge if side == "right" else -edge

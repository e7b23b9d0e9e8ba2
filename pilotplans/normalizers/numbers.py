"""Heading and measure numbers in every form the documents print them.

``(一)``, ``（二）``, ``一、``, ``十三、``, ``第三条``, ``①``, full-width ``１２`` and plain ``12``
all become integers; the printed form is kept beside the integer. :func:`find_item_marker` reads
the number that opens a paragraph of a prose plan together with its *style* (一、 （一） 1. 1、
（1） 1） ① 第一部分), which tells the levels of a plan apart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from pilotplans.normalizers.glosses import without_glosses_mapped
from pilotplans.patterns import compiled
from pilotplans.textutil import nfkc

# The capital forms of the numerals (大写数字: 壹 for 一, 贰 for 二), which some plans and some copies
# print for a heading's number (壹、工作目标 / (壹)建立…机制): read as the numerals they stand for.
# 参 (a capital three in some prints) is left out: it is a common word's first character.
_CAPITAL_DIGITS = str.maketrans("壹贰貳叁肆伍陆陸柒捌玖拾佰", "一二二三四五六六七八九十百")
_CN_DIGITS = "零〇一二三四五六七八九十百两壹贰貳叁肆伍陆陸柒捌玖拾佰"
# A capital numeral and its 、 before a word of one character and another 、 open a list of one-character
# words, no heading (陆、海、空联运…, 水、陆、空: 陆 is the word for land as well as a capital six).
_CAPITAL_IN_WORD_LIST = compiled(r"^\s*[壹贰貳叁肆伍陆陸柒捌玖拾佰]+\s*、\s*\p{Han}\s*、")
_CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}  # ① .. ⑳

# A heading number: (一) （一） 一、 十三、 第三部分 (written with Chinese numerals or digits).
HEADING_MARKER = compiled(
    rf"""
    (?P<raw>
        [（(]\s*(?P<n>[{_CN_DIGITS}]+|\d+)\s*[）)]
      | (?P<n>[{_CN_DIGITS}]+)\s*、
      | 第\s*(?P<n>[{_CN_DIGITS}]+|\d+)\s*(?:部分|条|项|章|节)
    )
    """,
    regex.X,
)

# A measure number alone in a cell: 12, １２, 12., 12、, ①, (12)
_MEASURE_NUMBER = compiled(r"^\s*[（(]?\s*(?P<n>\d{1,4})\s*[）)]?\s*[.、．]?\s*$")
# A numbered item opening a paragraph that packs several measures: "107 允许…", "107．允许…"
NUMBERED_ITEM = compiled(r"^\s*(?P<n>\d{1,4})\s*[.、．]?\s*(?=\S)(?!\d)")
# A CJK unified ideograph, which NFKC keeps and no measure number holds.
_IDEOGRAPH = compiled(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Number:
    """An item's number as printed (``raw``) and its value."""

    raw: str
    value: int


# A mark a plan prints after an item's number to flag the item (1*.开展…, 2＊、…: 黄埔 marks its new
# measures so); the number is the item's, the mark kept in its number as printed.
_FLAG = r"(?:\s*[*＊★☆※])?"

# The number opening a paragraph of a prose plan, by style. A style is a kind of marker, not a
# level: plans skip and reuse levels, so the reader keys its outline by style.
_ITEM_MARKERS = (
    # 第一部分, and the levels of a plan written as articles: 第一章 > 第一节 > 第一条 (若干规定)
    ("ordinal", rf"第\s*(?P<n>[{_CN_DIGITS}]+|\d{{1,3}})\s*部分"),
    ("chapter", rf"第\s*(?P<n>[{_CN_DIGITS}]+|\d{{1,3}})\s*章"),
    ("section", rf"第\s*(?P<n>[{_CN_DIGITS}]+|\d{{1,3}})\s*节"),
    ("article", rf"第\s*(?P<n>[{_CN_DIGITS}]+|\d{{1,3}})\s*条"),
    ("cn_paren", rf"[（(]\s*(?P<n>[{_CN_DIGITS}]+)\s*[）)]"),
    ("cn", rf"(?P<n>[{_CN_DIGITS}]+)\s*(?:、|[．.﹒](?!\d))"),
    ("digit_paren", r"[（(]\s*(?P<n>\d{1,3})\s*[）)]"),
    ("digit_half_paren", r"(?P<n>\d{1,3})\s*[）)]"),
    ("digit_comma", rf"(?P<n>\d{{1,3}}){_FLAG}\s*、"),
    # 1。 too, before words: a copy that turned every full stop into 。 (a news site's 1。在以习近平同志为核心的…); a
    # figure and its 。 alone on a line (…增长 / 8。) end the sentence above, no item
    ("digit_dot", rf"(?P<n>\d{{1,3}}){_FLAG}\s*(?:[.．﹒](?!\d)|。(?=\s*\p{{Han}}))"),
    ("circled", "(?P<n>[\u2460-\u2473])"),
)
# The usual nesting of the styles, outermost first (第一部分 > 一、 > （一） > 1. > （1） > ①). Plans
# may skip and reuse levels, so the outline never relies on it, except to place an item whose
# first siblings were lost (see pilotplans.parsers.interpret.outline).
USUAL_DEPTH = {
    "ordinal": 0, "chapter": 0, "section": 1, "article": 1, "cn": 1, "cn_paren": 2, "digit_dot": 3, "digit_comma": 3,
    "digit_bare": 3,  # a number printed alone on its line without a mark (read so by the outline, never here)
    "digit_paren": 4,
    "digit_half_paren": 4, "circled": 5,
}
# Styles that differ only in their punctuation (1. and 1、, （1） and 1）): a plan that numbers an item
# in the other one by a slip (1. 2. 3、 4.) still means a sibling (see pilotplans.parsers.interpret.outline).
KINDRED_STYLES = {
    "digit_dot": ("digit_comma",), "digit_comma": ("digit_dot",),
    "digit_paren": ("digit_half_paren",), "digit_half_paren": ("digit_paren",),
}
_ITEM_MARKER = compiled(
    r"^\s*(?:" + "|".join(f"(?P<{style}>{pattern})" for style, pattern in _ITEM_MARKERS) + r")\s*",
)


@dataclass(frozen=True)
class ItemMarker:
    """The number that opens a paragraph (``（一）``, ``1．``, ``①``), its style, and where the
    paragraph's own text begins."""

    style: str
    number: Number
    end: int


# A numeral a mirror site printed with its pinyin gloss after it (一(yī)、, （二(èr)）): the marker is
# read past the gloss (see pilotplans/normalizers/glosses.py).
_GLOSSED_NUMERAL = compiled(rf"^[（(]?[{_CN_DIGITS}]{{1,3}}[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{{1,6}}[)）]")


def find_item_marker(text: str) -> ItemMarker | None:
    """The item marker opening ``text``, or None when the paragraph does not open with one. A
    numeral's pinyin gloss (一(yī)、) is read past; ``end`` is a place in ``text`` as printed."""
    match = _ITEM_MARKER.match(text)
    if match is not None and _CAPITAL_IN_WORD_LIST.match(text):
        return None
    if match is None:
        if _GLOSSED_NUMERAL.match(text):
            plain, at = without_glosses_mapped(text)
            found = find_item_marker(plain) if plain != text else None
            return ItemMarker(style=found.style, number=found.number, end=at[found.end]) if found is not None else None
        return None
    style = next(name for name, _ in _ITEM_MARKERS if match[name] is not None)
    digits = match.captures("n")[0]
    value = _CIRCLED[digits] if style == "circled" else chinese_to_int(digits)
    if value is None or value <= 0:
        return None
    return ItemMarker(style=style, number=Number(raw=match[style].strip(), value=value), end=match.end())


# Figures, numerals and 第, after which a number is part of another (十一、 2021. 第一、): no item opens there.
_INSIDE_NUMBER = frozenset("0123456789０１２３４５６７８９" + _CN_DIGITS + "第")
# The characters an item number opens with (a figure, a numeral, 第, a bracket, a circled figure).
_MARKER_OPENINGS = _INSIDE_NUMBER | frozenset("（(") | frozenset(_CIRCLED)


def item_marker_at(text: str, position: int, window: int) -> ItemMarker | None:
    """The item marker opening ``text`` at ``position``, a place inside a line that ran on, read
    from the ``window`` characters there; None when none opens there (a space before a number
    opens none: the number does) or the place is inside another number (…重点工作31.实施…: 31, not
    1; 十一、; 第一部分 opens at 第). Places where no number can open are told by their character
    alone, as a long line asks at each of its places."""
    if text[position:position + 1] not in _MARKER_OPENINGS or (position > 0 and text[position - 1] in _INSIDE_NUMBER):
        return None
    return find_item_marker(text[position:position + window])


def marker_style(text: str) -> str | None:
    """The style of the item marker opening ``text`` (``cn``, ``cn_paren``, ``digit_dot`` …), or None when it
    opens with none."""
    marker = find_item_marker(text)
    return marker.style if marker else None


_DIGIT_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNIT_VALUES = {"十": 10, "百": 100}


def _plain_numeral(text: str) -> int | None:
    """The value of a numeral in its standard form (三, 十三, 二十, 一百零五, 一百一十), or None for
    any other form, which cn2an then reads. cn2an costs a quarter of a second to import and
    compile its patterns, more than reading a small document; headings and list items are
    numbered in the standard forms (a test holds this function to cn2an on every string of up to
    four of these characters)."""
    value, digit, smallest, zero = 0, None, 1000, False
    for char in text:
        if char in _DIGIT_VALUES:
            number = _DIGIT_VALUES[char]
            if digit is not None:
                return None
            if number == 0:
                if zero or smallest != 100:  # 零 stands only for the missing tens of 一百零五
                    return None
                zero = True
            else:
                digit = number
        else:
            unit = _UNIT_VALUES.get(char)
            if unit is None or unit >= smallest or zero:
                return None
            if digit is None and not (unit == 10 and smallest == 1000):  # 十三, but not 百 or 一百十
                return None
            value += (1 if digit is None else digit) * unit
            digit, smallest = None, unit
    if digit is not None:
        if smallest == 100 and not zero:  # 一百五: a colloquial 150
            return None
        return value + digit
    return None if zero or smallest == 1000 else value


def chinese_to_int(text: str) -> int | None:
    """The integer a Chinese numeral (十三, 二十一, 一百零五) or a digit string stands for."""
    text = nfkc(text).strip().translate(_CAPITAL_DIGITS)
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _CN_DIGITS for ch in text):
        return None
    plain = _plain_numeral(text)
    if plain is not None:
        return plain
    import cn2an

    try:
        return int(cn2an.cn2an(text.replace("两", "二"), "smart"))
    except (ValueError, KeyError):
        return None


def parse_measure_number(cell: str) -> Number | None:
    """The measure number a 序号 cell holds, or None if it holds something else.

    A cell holding a Chinese character holds something else: NFKC leaves the CJK unified
    ideographs as they are, and a number is digits, brackets and a stop. Such cells (a measure's
    text, asked whether it is a number) are not normalised: 72% of the characters normalised in a
    rebuild were theirs."""
    if _IDEOGRAPH.search(cell):
        return None
    folded = nfkc(cell).strip()
    if folded in _CIRCLED:
        return Number(raw=cell.strip(), value=_CIRCLED[folded])
    match = _MEASURE_NUMBER.match(folded)
    if match:
        return Number(raw=cell.strip(), value=int(match["n"]))
    return None


def runs_in_sequence(found: Sequence[tuple[int, int]], farthest: int, fewest: int) -> list[list[int]]:
    """The runs among ``found`` (place, value pairs in order of place) whose values go on one by one
    (n, n+1 …), each at least two places after the one before (never on the next) and at most
    ``farthest``, at least ``fewest`` long: the row numbers of a table copied a cell to a line, the
    numbers of items printed alone on their lines. Each run as the indices of its pairs in ``found``."""
    runs: list[list[int]] = []
    for index, (place, value) in enumerate(found):
        if runs and value == found[runs[-1][-1]][1] + 1 and 2 <= place - found[runs[-1][-1]][0] <= farthest:
            runs[-1].append(index)
        else:
            runs.append([index])
    return [run for run in runs if len(run) >= fewest]


def find_heading_marker(text: str, *, anywhere: bool = False) -> tuple[Number, int, int] | None:
    """The heading number in ``text`` with its span, at the start (or anywhere, if asked)."""
    for match in HEADING_MARKER.finditer(text):
        if not anywhere and text[: match.start()].strip():
            return None
        value = chinese_to_int(match["n"])
        if value is not None and value > 0 and not _CAPITAL_IN_WORD_LIST.match(text[match.start():]):
            return Number(raw=match["raw"].strip(), value=value), match.start(), match.end()
        if not anywhere:
            return None
    return None


def numbered_item(paragraph: str) -> tuple[Number, str] | None:
    """The number and text of a paragraph that opens with a measure number ("107 允许…"), or a
    bare number; None for a paragraph that does not."""
    bare = parse_measure_number(paragraph)
    if bare is not None:
        return bare, ""
    match = NUMBERED_ITEM.match(nfkc(paragraph))
    if match is None:
        return None
    return Number(raw=paragraph[: match.end()].strip(), value=int(match["n"])), paragraph[match.end():].strip()


def bare_number(paragraph: str) -> ItemMarker | None:
    """The bare number opening a paragraph of a packed cell (``107 允许…``, ``108、试点…``), read as a marker of one
    style (``bare``), or None."""
    match = NUMBERED_ITEM.match(nfkc(paragraph))
    if not match:
        return None
    return ItemMarker(style="bare", number=Number(raw=paragraph[: match.end()].strip(), value=int(match["n"])),
                      end=match.end())


def split_numbered_items(paragraphs: tuple[str, ...], number_of: Callable[[str], ItemMarker | None] = bare_number,
                         in_sequence: bool = False) -> list[tuple[Number, str]] | None:
    """Split a cell that packs several numbered measures ("107 允许…", "108 试点…").

    Returns the (number, text) pairs when at least two paragraphs open with a number (``number_of`` reads it: a
    bare number by default) and every paragraph either opens with one or continues the item before it; None
    otherwise. ``in_sequence``: the numbers must go on one by one in the first's style (2.… / 3.…), a paragraph
    numbered in that style that does not (a list of sub-points: 3.…： / 1.… / 2.…) makes it None, and one numbered
    in another style continues the item before it.
    """
    items: list[tuple[Number, str]] = []
    style: str | None = None
    for paragraph in paragraphs:
        marker = number_of(paragraph)
        if marker is not None and (not in_sequence or style is None
                                   or marker.style == style and marker.number.value == items[-1][0].value + 1):
            style = marker.style
            items.append((marker.number, paragraph[marker.end:].strip()))
        elif marker is not None and marker.style == style:
            return None  # a line numbered in the list's style that does not go on from it: a list of sub-points
        elif items:
            number, text = items[-1]
            items[-1] = (number, f"{text}\n{paragraph.strip()}")
        else:
            return None
    return items if len(items) >= 2 else None

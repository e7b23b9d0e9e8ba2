"""Word's automatic numbering, rendered as Word prints it.

Plans written in Word often number their items with list numbering (``w:numPr``) rather than
typed numbers: the text of the paragraph is ``加强统筹协调`` and Word prints ``一、加强统筹协调``.
:class:`ListNumbers` reads ``numbering.xml`` (abstract definitions, their instances, start
overrides) and the styles that carry numbering, and gives each numbered paragraph, in document
order, the label Word prints: the level's ``lvlText`` (``%1、``, ``（%1）``, ``%1.%2``) with each
``%n`` replaced by the counter of level *n* in that level's format. As in Word (and LibreOffice),
the instances (``numId``) of one abstract list count on together, level by level, except that an
instance's ``startOverride`` restarts a level where that instance first uses it; a level counts
from its ``start``, and deeper levels start again whenever a level above them counts.

A paragraph's list and level are its own ``w:numPr``'s, what it leaves out taken from its style,
whose ``numPr`` is merged along ``basedOn`` (a heading style may set only its level); a style that
sets no level numbers at the level its list links to it (``w:lvl/w:pStyle``, Word's headings
numbered by a multilevel list). A list that only points at a numbering style (``w:numStyleLink``)
prints, and counts in, the list that style names.

What follows the label: nothing when the level says ``w:suff="nothing"`` or the label ends in a
full-width character (``一、``, ``（一）``, ``１．``), else one space (``1.``, ``(1)``), Word's tab
being layout. Bullets print no label (a bullet character says nothing of the item).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

import unicodedata

from pilotplans.parsers.wordml import child as _child
from pilotplans.parsers.wordml import w as _w
from pilotplans.patterns import compiled

if TYPE_CHECKING:
    from lxml.etree import _Element

_PLACEHOLDER = compiled(r"%([1-9])")
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_IDEOGRAPH_DIGITS = "〇一二三四五六七八九"



def _val(element: _Element | None, default: str | None = None) -> str | None:
    return default if element is None else element.get(_w("val"), default)


def _int(element: _Element | None, default: int) -> int:
    try:
        return int(_val(element, str(default)) or default)
    except ValueError:
        return default


# ----------------------------------------------------------------------------- number formats


def _letters(n: int, base: str) -> str:
    """A, B … Z, AA, BB … as Word counts letters."""
    return base[(n - 1) % 26] * ((n - 1) // 26 + 1) if n > 0 else str(n)


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _enclosed(first: int, last: int) -> Callable[[int], str]:
    return lambda n: chr(first + n - 1) if 1 <= n <= last - first + 1 else str(n)


def _chinese(n: int, mode: str = "low") -> str:
    import cn2an

    return cn2an.an2cn(n, mode) if n > 0 else str(n)


def _cycle(symbols: str) -> Callable[[int], str]:
    return lambda n: symbols[(n - 1) % len(symbols)] if n > 0 else str(n)


_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalHalfWidth": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: "".join(chr(0xFF10 + int(d)) for d in str(n)),
    "decimalFullWidth2": lambda n: "".join(chr(0xFF10 + int(d)) for d in str(n)),
    "decimalEnclosedCircle": _enclosed(0x2460, 0x2473),
    "decimalEnclosedCircleChinese": _enclosed(0x2460, 0x2473),
    "decimalEnclosedFullstop": _enclosed(0x2488, 0x249B),
    "decimalEnclosedParen": _enclosed(0x2474, 0x2487),
    "chineseCounting": _chinese,
    "chineseCountingThousand": _chinese,
    "taiwaneseCounting": _chinese,
    "taiwaneseCountingThousand": _chinese,
    "chineseLegalSimplified": lambda n: _chinese(n, "up"),
    "ideographDigital": lambda n: "".join(_IDEOGRAPH_DIGITS[int(d)] for d in str(n)),
    "taiwaneseDigital": lambda n: "".join(_IDEOGRAPH_DIGITS[int(d)] for d in str(n)),
    "ideographTraditional": _cycle(_HEAVENLY_STEMS),
    "ideographZodiac": _cycle(_EARTHLY_BRANCHES),
    "upperLetter": lambda n: _letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    "lowerLetter": lambda n: _letters(n, "abcdefghijklmnopqrstuvwxyz"),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "none": lambda n: "",
}


def format_number(n: int, fmt: str) -> str:
    """``n`` in Word's number format ``fmt`` (decimal for a format not known here)."""
    return _FORMATS.get(fmt, str)(n)


# ----------------------------------------------------------------------------- definitions


@dataclass(frozen=True)
class Level:
    """One level of a Word list numbering: its start, format, label text, restart and the suffix after the label."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    legal: bool = False  # w:isLgl: every number in the label printed in decimal
    restart: int | None = None  # w:lvlRestart: 0 = never restart, n = restart after level n (1-based)
    suffix: str = "tab"


def _level(lvl: _Element) -> Level:
    return Level(
        start=_int(_child(lvl, "start"), 1),
        fmt=_val(_child(lvl, "numFmt"), "decimal") or "decimal",
        text=_val(_child(lvl, "lvlText"), "") or "",
        legal=_child(lvl, "isLgl") is not None and _val(_child(lvl, "isLgl"), "1") not in ("0", "false"),
        restart=_int(_child(lvl, "lvlRestart"), -1) if _child(lvl, "lvlRestart") is not None else None,
        suffix=_val(_child(lvl, "suff"), "tab") or "tab",
    )


def _levels(parent: _Element) -> dict[int, Level]:
    return {int(lvl.get(_w("ilvl"), "0")): _level(lvl) for lvl in parent.findall(_w("lvl"))}


@dataclass
class ListNumbers:
    """The numbering definitions of one document and the counters of its lists, advanced as its
    numbered paragraphs are met in document order."""

    instances: dict[str, dict[int, Level]] = field(default_factory=dict)  # numId → levels
    abstract_of: dict[str, str] = field(default_factory=dict)  # numId → abstractNumId (the list it counts in)
    starts: dict[str, dict[int, int]] = field(default_factory=dict)  # numId → level → startOverride
    styles: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)  # style id → (numId, ilvl), as set
    style_levels: dict[tuple[str, str], int] = field(default_factory=dict)  # (abstractNumId, style id) → the level linked to it
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # abstractNumId → level → count
    used: set[tuple[str, int]] = field(default_factory=set)  # (numId, ilvl) met so far

    @classmethod
    def read(cls, numbering: _Element | None, styles: _Element | None) -> ListNumbers:
        """The lists defined by ``numbering.xml`` and ``styles.xml`` (either may be missing)."""
        numbers = cls()
        if styles is not None:
            numbers.styles = _style_numbering(styles)
        if numbering is not None:
            definitions = {a.get(_w("abstractNumId")): a for a in numbering.findall(_w("abstractNum"))}
            abstract_of = {num.get(_w("numId")): _val(_child(num, "abstractNumId")) or "" for num in numbering.findall(_w("num"))}
            for num in numbering.findall(_w("num")):
                num_id = num.get(_w("numId"))
                abstract_id = _linked_abstract(abstract_of[num_id], definitions, abstract_of, numbers.styles)
                numbers.abstract_of[num_id] = abstract_id
                definition = definitions.get(abstract_id)
                levels = {} if definition is None else _levels(definition)
                for override in num.findall(_w("lvlOverride")):
                    ilvl = int(override.get(_w("ilvl"), "0"))
                    lvl = _child(override, "lvl")
                    if lvl is not None:
                        levels[ilvl] = _level(lvl)
                    start = _child(override, "startOverride")
                    if start is not None:
                        numbers.starts.setdefault(num_id, {})[ilvl] = _int(start, 1)
                numbers.instances[num_id] = levels
                if definition is not None:
                    for lvl in definition.findall(_w("lvl")):
                        linked = _val(_child(lvl, "pStyle"))
                        if linked:
                            numbers.style_levels[(abstract_id, linked)] = int(lvl.get(_w("ilvl"), "0"))
        return numbers

    def label(self, pPr: _Element | None) -> str | None:
        """The label Word prints before the paragraph of properties ``pPr`` (its ``w:pPr``; None:
        it has none) with what follows it, advancing its list's counters; None for a paragraph
        that is not numbered (or bulleted)."""
        found = self._numbering_of(pPr)
        if found is None:
            return None
        num_id, ilvl = found
        levels = self.instances.get(num_id)
        if not levels or ilvl not in levels:
            return None
        level = levels[ilvl]
        counters = self.counters.setdefault(self.abstract_of[num_id], {})
        override = self.starts.get(num_id, {}).get(ilvl)
        if override is not None and (num_id, ilvl) not in self.used:
            counters[ilvl] = override
        else:
            counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        self.used.add((num_id, ilvl))
        for deeper in [k for k in counters if k > ilvl]:
            if _restarts(levels.get(deeper, Level()), ilvl):
                del counters[deeper]
        if level.fmt == "bullet":
            return None
        text = _PLACEHOLDER.sub(lambda m: self._number(num_id, int(m.group(1)) - 1, level.legal), level.text)
        if not text:
            return None
        return text + _separator(text, level.suffix)

    def _number(self, num_id: str, ilvl: int, legal: bool) -> str:
        level = self.instances[num_id].get(ilvl, Level())
        value = self.counters.get(self.abstract_of[num_id], {}).get(ilvl, self.starts.get(num_id, {}).get(ilvl, level.start))
        return format_number(value, "decimal" if legal else level.fmt)

    def _numbering_of(self, pPr: _Element | None) -> tuple[str, int] | None:
        """The list and level of the paragraph of properties ``pPr``: its own ``w:numPr``, what it leaves out taken from its
        paragraph style's; a style that gives no level numbers at the level of its list linked to
        the style (``w:lvl/w:pStyle``: headings numbered by a multilevel list), else at level 0."""
        numPr = None if pPr is None else _child(pPr, "numPr")
        style = None if pPr is None else _val(_child(pPr, "pStyle"))
        style_num, style_ilvl = self.styles.get(style, (None, None)) if style else (None, None)
        own_num = own_ilvl = None
        if numPr is not None:
            own_num = _val(_child(numPr, "numId"))
            if _child(numPr, "ilvl") is not None:
                own_ilvl = _int(_child(numPr, "ilvl"), 0)
        num_id = own_num if own_num is not None else style_num
        if num_id is None or num_id == "0":
            return None
        ilvl = own_ilvl if own_ilvl is not None else style_ilvl
        if ilvl is None and style:
            ilvl = self.style_levels.get((self.abstract_of.get(num_id, ""), style))
        return num_id, ilvl or 0


def _style_numbering(styles: _Element) -> dict[str, tuple[str | None, int | None]]:
    """The list (``numId``) and level each style gives its paragraphs, each found on the style
    itself or the nearest style it is ``basedOn`` that sets it (a heading style may take its
    list from its parent and set only its level); None where no style in the chain sets it."""
    own: dict[str, tuple[str | None, int | None]] = {}
    based: dict[str, str] = {}
    for style in styles.findall(_w("style")):
        style_id = style.get(_w("styleId"))
        if style_id is None:
            continue
        parent = _val(_child(style, "basedOn"))
        if parent:
            based[style_id] = parent
        pPr = _child(style, "pPr")
        numPr = None if pPr is None else _child(pPr, "numPr")
        if numPr is not None:
            ilvl = _child(numPr, "ilvl")
            own[style_id] = (_val(_child(numPr, "numId")), None if ilvl is None else _int(ilvl, 0))
    found: dict[str, tuple[str | None, int | None]] = {}
    for style_id in set(own) | set(based):
        num_id = ilvl = None
        seen, current = set(), style_id
        while current and current not in seen and (num_id is None or ilvl is None):
            seen.add(current)
            set_num, set_ilvl = own.get(current, (None, None))
            num_id = set_num if num_id is None else num_id
            ilvl = set_ilvl if ilvl is None else ilvl
            current = based.get(current)
        if num_id not in (None, "0"):
            found[style_id] = (num_id, ilvl)
    return found


def _linked_abstract(abstract_id: str, definitions: dict[str | None, _Element], abstract_of: dict[str | None, str],
                     styles: dict[str, tuple[str | None, int | None]]) -> str:
    """The abstract list whose levels ``abstract_id`` prints: itself, or, for a list that only
    points at a numbering style (``w:numStyleLink``), the list that style's ``numId`` names."""
    seen: set[str] = set()
    while abstract_id not in seen:
        seen.add(abstract_id)
        definition = definitions.get(abstract_id)
        link = None if definition is None else _val(_child(definition, "numStyleLink"))
        num_id = styles.get(link, (None, None))[0] if link else None
        if num_id is None or num_id not in abstract_of:
            break
        abstract_id = abstract_of[num_id]
    return abstract_id


def _restarts(level: Level, counted: int) -> bool:
    """Whether ``level`` starts again when the level ``counted`` (0-based, above it) counts: after
    any level above it by default, never with ``w:lvlRestart`` 0, else only after the levels up to
    the one it names (1-based: items 1. 2. 3. running on through （一）（二） and starting again at 二、)."""
    if level.restart is None:
        return True
    return 0 < level.restart and counted < level.restart


def _separator(label: str, suffix: str) -> str:
    """What Word prints between a label and the text, as text: nothing after a full-width
    character or when the level says so, else one space."""
    if suffix == "nothing" or unicodedata.east_asian_width(label[-1]) in ("W", "F"):
        return ""
    return " "

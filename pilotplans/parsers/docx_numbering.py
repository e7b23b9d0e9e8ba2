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
    styles: dict[str, tuple[str, int]] = field(default_factory=dict)  # style id → (numId, ilvl)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # abstractNumId → level → count
    used: set[tuple[str, int]] = field(default_factory=set)  # (numId, ilvl) met so far

    @classmethod
    def read(cls, numbering: _Element | None, styles: _Element | None) -> ListNumbers:
        """The lists defined by ``numbering.xml`` and ``styles.xml`` (either may be missing)."""
        numbers = cls()
        if numbering is not None:
            abstract = {a.get(_w("abstractNumId")): _levels(a) for a in numbering.findall(_w("abstractNum"))}
            for num in numbering.findall(_w("num")):
                num_id = num.get(_w("numId"))
                abstract_id = _val(_child(num, "abstractNumId")) or ""
                numbers.abstract_of[num_id] = abstract_id
                levels = dict(abstract.get(abstract_id, {}))
                for override in num.findall(_w("lvlOverride")):
                    ilvl = int(override.get(_w("ilvl"), "0"))
                    lvl = _child(override, "lvl")
                    if lvl is not None:
                        levels[ilvl] = _level(lvl)
                    start = _child(override, "startOverride")
                    if start is not None:
                        numbers.starts.setdefault(num_id, {})[ilvl] = _int(start, 1)
                numbers.instances[num_id] = levels
        if styles is not None:
            numbers.styles = _style_numbering(styles)
        return numbers

    def label(self, p: _Element) -> str | None:
        """The label Word prints before paragraph ``p`` (with what follows it), advancing its
        list's counters; None for a paragraph that is not numbered (or bulleted)."""
        found = self._numbering_of(p)
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
            if levels.get(deeper, Level()).restart != 0:
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

    def _numbering_of(self, p: _Element) -> tuple[str, int] | None:
        pPr = _child(p, "pPr")
        numPr = None if pPr is None else _child(pPr, "numPr")
        if numPr is not None:
            num_id = _val(_child(numPr, "numId"))
            if num_id is None:
                return None
            return (num_id, _int(_child(numPr, "ilvl"), 0)) if num_id != "0" else None
        style = None if pPr is None else _val(_child(pPr, "pStyle"))
        return self.styles.get(style) if style else None


def _style_numbering(styles: _Element) -> dict[str, tuple[str, int]]:
    """Paragraph styles that number their paragraphs (directly or through ``basedOn``)."""
    own: dict[str, tuple[str | None, int]] = {}
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
            own[style_id] = (_val(_child(numPr, "numId")), _int(_child(numPr, "ilvl"), 0))
    found: dict[str, tuple[str, int]] = {}
    for style_id in set(own) | set(based):
        seen, current = set(), style_id
        while current and current not in own and current not in seen:
            seen.add(current)
            current = based.get(current)
        if current in own and own[current][0] not in (None, "0"):
            num_id, ilvl = own[current]
            found[style_id] = (num_id, ilvl)  # type: ignore[assignment]
    return found


def _separator(label: str, suffix: str) -> str:
    """What Word prints between a label and the text, as text: nothing after a full-width
    character or when the level says so, else one space."""
    if suffix == "nothing" or unicodedata.east_asian_width(label[-1]) in ("W", "F"):
        return ""
    return " "

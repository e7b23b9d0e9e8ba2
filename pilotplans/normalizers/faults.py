"""Faults in a source's wording that are reported, never silently mended.

Each check is a pure function from a piece of text to the warnings it shows.
"""

from __future__ import annotations

from collections import Counter

import regex

from pilotplans.normalizers.glosses import glosses
from pilotplans.normalizers.simplified import changes_nothing, converter
from pilotplans.patterns import compiled
from pilotplans.schema.models import Warning

# A lowercase Latin word standing between Chinese characters: "规则 and 标准".
_STRAY_WORD = compiled(r"(?<=\p{Han}[^\S\n]*)\b(?P<word>[a-z]{2,})\b(?=[^\S\n]*\p{Han})")
# An ASCII space between two Chinese characters inside a sentence: "和地 区".
_STRAY_SPACE = compiled(r"(?<=\p{Han})[^\S\n]+(?=\p{Han})")
# A list of names: items separated by 、 (the clause ends at ；/。/等/负责…).
_LIST_CLAUSE = compiled(r"[^；;。\n]+")
_LIST_TAIL = compiled(r"(等.*|负责.*|牵头.*|配合.*|支持.*|制订.*|统筹.*|共同.*)$")


def _t2s():  # type: ignore[no-untyped-def]
    return converter()


def traditional_characters(text: str) -> list[str]:
    """The traditional characters in ``text`` (those OpenCC's t2s would change), in order, once each."""
    if changes_nothing(text):
        return []
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        pairs = zip(text, converted)
    else:
        pairs = ((ch, _t2s().convert(ch)) for ch in text)
    found: list[str] = []
    for original, simplified in pairs:
        if original != simplified and original not in found:
            found.append(original)
    return found


def check_traditional(text: str, field: str) -> list[Warning]:
    chars = traditional_characters(text)
    if not chars:
        return []
    shown = "、".join(f"{c}→{_t2s().convert(c)}" for c in chars)
    return [Warning(code="traditional_chars", message=f"traditional characters in {field}: {shown}")]


def check_glosses(text: str, field: str) -> list[Warning]:
    """Pinyin glosses a mirror site printed after some characters (創新(xīn)), kept as printed."""
    found = glosses(text)
    if not found:
        return []
    shown = "、".join(found[:8]) + ("…" if len(found) > 8 else "")
    return [Warning(code="pinyin_glosses", message=f"pinyin glosses after characters in {field} (a mirror site's copy): {shown}")]


def check_stray_words(text: str, field: str) -> list[Warning]:
    return [
        Warning(code="stray_latin_word", message=f"stray Latin word {m['word']!r} inside Chinese text of {field}: …{_around(text, m.start(), m.end())}…")
        for m in _STRAY_WORD.finditer(text)
    ]


def check_stray_spaces(text: str, field: str) -> list[Warning]:
    return [
        Warning(code="stray_space", message=f"space between Chinese characters in {field}: …{_around(text, m.start(), m.end())}…")
        for m in _STRAY_SPACE.finditer(text)
    ]


def check_undecodable(text: str, field: str) -> list[Warning]:
    """U+FFFD, put by a decoder for bytes of the source it could not decode: the text around them is lost."""
    from pilotplans.ingest.detect import UNDECODABLE

    count = text.count(UNDECODABLE)
    if not count:
        return []
    first = text.index(UNDECODABLE)
    return [Warning(code="undecodable_bytes", message=(
        f"{count} undecodable character{'s' if count > 1 else ''} (�) in {field}, where the source's bytes are "
        f"damaged: …{_around(text, first, first + 1)}…"))]


def duplicated_names(text: str) -> list[tuple[str, int]]:
    """Names repeated within one 、-separated list of ``text``, with their counts, in order."""
    found: list[tuple[str, int]] = []
    for clause in _LIST_CLAUSE.findall(text):
        items = [item.strip() for item in _LIST_TAIL.sub("", clause).split("、")]
        items = [item for item in items if item]
        if len(items) < 2:
            continue
        counts = Counter(items)
        for item in dict.fromkeys(items):
            if counts[item] > 1:
                found.append((item, counts[item]))
    return found


def check_duplicates(text: str, field: str) -> list[Warning]:
    duplicates = duplicated_names(text)
    if not duplicates:
        return []
    shown = "、".join(f"{name}×{count}" for name, count in duplicates)
    return [Warning(code="duplicate_name", message=f"names repeated in one list of {field}: {shown}")]


# "下述21个市辖区：涪陵区、渝中区、…" — a stated count followed by the list it counts.
_COUNTED_LIST = compiled(r"(?P<count>\d+|[一二三四五六七八九十]+)\s*个(?P<what>[^：:，。；\d]{1,10})[：:](?P<items>[^。；]+)")


def check_counted_lists(text: str, field: str) -> list[Warning]:
    """A list whose stated size ("21个市辖区：…") differs from the number of names it gives."""
    from pilotplans.normalizers.numbers import chinese_to_int

    found = []
    for match in _COUNTED_LIST.finditer(text):
        stated = chinese_to_int(match["count"])
        items = [item for item in regex.split(r"[、，,]", match["items"]) if item.strip()]
        if stated is not None and len(items) >= 2 and stated != len(items):
            found.append(Warning(code="count_mismatch", message=f"{field} says {stated}个{match['what']} but lists {len(items)}: {'、'.join(i.strip() for i in items)}"))
    return found


def _around(text: str, start: int, end: int, width: int = 6) -> str:
    return text[max(0, start - width): end + width]

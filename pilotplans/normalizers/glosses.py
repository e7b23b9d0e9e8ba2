"""Pinyin glosses a mirror site prints after some characters (創新(xīn), 發(fā)展).

A copy of a notice on a mirror site may carry, after some of its characters, their reading in
brackets. A record keeps the wording as printed (a ``pinyin_glosses`` warning shows them); titles,
文号 and the names of bodies are read past them (省工(gōng)業和信息化廳 is 省工業和信息化廳), and a
document's title, 文号 and issuer are kept without them (關(guān)于印發(fā)… is 關于印發…).
"""

from __future__ import annotations

import regex

from pilotplans.patterns import compiled

# The shape of one syllable, with or without its tone mark, in brackets right after a Chinese
# character.
_GLOSS = compiled(r"(?<=\p{Han})\s?[(（](?P<initial>[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
                  r"[aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,3}(?:ng|n|r)?[)）]")
# What a gloss shows that a bracketed letter or list mark ((a), (ai), (e)) does not: a tone mark, or
# an initial consonant (重(zhong)). A bare vowel syllable without a tone mark is a gloss only in a
# text that shows a gloss of either kind elsewhere (創新(xīn)的(de)…(a)…).
_TONED = compiled(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


def _shown(match: regex.Match[str]) -> bool:
    return match["initial"] is not None or _TONED.search(match.group()) is not None


def _found(text: str) -> list[regex.Match[str]]:
    """The glosses of ``text``: its bracketed syllables, when one of them shows a tone mark or an initial."""
    if "(" not in text and "（" not in text:
        return []
    matches = list(_GLOSS.finditer(text))
    return matches if any(_shown(match) for match in matches) else []


def without_glosses(text: str) -> str:
    """``text`` without the pinyin glosses a mirror site printed after some characters
    (創新(xīn) → 創新)."""
    matches = _found(text)
    return _without(text, matches)[0] if matches else text


def without_glosses_mapped(text: str) -> tuple[str, list[int]]:
    """``text`` without its glosses, and where each of its characters stands in ``text`` (one more
    entry: the end of ``text``), so that a place found in the one is a place in the other."""
    matches = _found(text)
    if not matches:
        return text, list(range(len(text) + 1))
    return _without(text, matches)


def _without(text: str, matches: list[regex.Match[str]]) -> tuple[str, list[int]]:
    """``text`` without the glosses ``matches`` found in it, and the places of what is kept."""
    kept: list[str] = []
    at: list[int] = []
    start = 0
    for match in [*matches, None]:
        end = match.start() if match is not None else len(text)
        kept.append(text[start:end])
        at.extend(range(start, end))
        if match is not None:
            start = match.end()
    at.append(len(text))
    return "".join(kept), at


def glosses(text: str) -> list[str]:
    """The glosses in ``text`` with the character each follows (新(xīn)), in order, once each."""
    found: list[str] = []
    for match in _found(text):
        shown = text[match.start() - 1] + match.group().strip()
        if shown not in found:
            found.append(shown)
    return found

"""Pinyin glosses a mirror site prints after some characters (創新(xīn), 發(fā)展).

A copy of a notice on a mirror site may carry, after some of its characters, their reading in
brackets. A record keeps the wording as printed (a ``pinyin_glosses`` warning shows them); titles,
文号 and the names of bodies are read past them (省工(gōng)業和信息化廳 is 省工業和信息化廳).
"""

from __future__ import annotations

from pilotplans.patterns import compiled

# The shape of one syllable, with or without its tone mark, in brackets right after a Chinese
# character.
_GLOSS = compiled(r"(?<=\p{Han})\s?[(（](?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
                  r"[aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,3}(?:ng|n|r)?[)）]")


def without_glosses(text: str) -> str:
    """``text`` without the pinyin glosses a mirror site printed after some characters
    (創新(xīn) → 創新)."""
    if "(" not in text and "（" not in text:
        return text
    return _GLOSS.sub("", text)


def glosses(text: str) -> list[str]:
    """The glosses in ``text`` with the character each follows (新(xīn)), in order, once each."""
    found: list[str] = []
    for match in _GLOSS.finditer(text):
        shown = text[match.start() - 1] + match.group().strip()
        if shown not in found:
            found.append(shown)
    return found

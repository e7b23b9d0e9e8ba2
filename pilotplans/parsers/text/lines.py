"""Lines of a text extraction, and how wide they print in a fixed-width font.

Tables drawn in text (box-drawing characters, aligned pipe tables) are laid out in display
columns: a CJK character takes two, an ASCII one one. Characters of ambiguous East Asian width
(box-drawing lines, “quotes”, ①) take one column in most tools and two in CJK editors, so every
measure here takes that width as a parameter and the readers try both.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

AMBIGUOUS_WIDTHS = (1, 2)


@dataclass(frozen=True)
class Line:
    """One line of the file: its 1-based number and its text without the line end."""

    number: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def has_tab(self) -> bool:
        return "\t" in self.text


def split_lines(text: str) -> list[Line]:
    """The numbered lines of a decoded file (``\\r\\n`` and ``\\n`` line ends; a file with no
    ``\\n`` at all has the classic Mac OS ``\\r`` ones)."""
    if "\n" not in text:
        text = text.replace("\r", "\n")
    return [Line(i, line.rstrip("\r")) for i, line in enumerate(text.split("\n"), start=1)]


@lru_cache(maxsize=4096)
def char_width(ch: str, ambiguous: int = 1) -> int:
    """The display columns ``ch`` takes: 2 for wide and full-width characters, ``ambiguous`` for
    those of ambiguous width, 0 for combining marks and zero-width characters, else 1."""
    if unicodedata.combining(ch) or unicodedata.category(ch) == "Cf":
        return 0
    kind = unicodedata.east_asian_width(ch)
    if kind in ("W", "F"):
        return 2
    return ambiguous if kind == "A" else 1


def text_width(text: str, ambiguous: int = 1) -> int:
    """The display columns ``text`` takes (see :func:`char_width`; ASCII characters take one each)."""
    if text.isascii():
        return len(text)
    return sum(char_width(ch, ambiguous) for ch in text)


def columns_of(text: str, ambiguous: int = 1) -> list[int]:
    """The display column at which each character of ``text`` starts (tabs as single columns)."""
    positions, column = [], 0
    for ch in text:
        positions.append(column)
        column += char_width(ch, ambiguous)
    return positions


def _word_char(ch: str) -> bool:
    """A character of a Latin word or number a line wrap cannot split (``12.5%``, ``e-Port``)."""
    return ch.isascii() and (ch.isalnum() or ch in "%+-_/.")


def first_token(text: str) -> str:
    """What a line wrap could not have split: the first Latin word or digit run of ``text``, or
    its first character."""
    text = text.lstrip()
    if not text:
        return ""
    end = 1
    while end < len(text) and _word_char(text[0]) and _word_char(text[end]):
        end += 1
    return text[:end]


def wrapped(before: str, after: str, room: int, ambiguous: int = 1) -> bool:
    """Whether ``after`` goes on the next line only because ``before`` filled a space ``room``
    columns wide: the first token of ``after`` (with the space a Latin word needs) did not fit."""
    before, after = before.rstrip(), after.strip()
    if not before or not after:
        return False
    token = first_token(after)
    gap = 1 if _word_char(before[-1]) and _word_char(token[0]) else 0
    return text_width(before, ambiguous) + gap + text_width(token, ambiguous) > room

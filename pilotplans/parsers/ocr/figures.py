"""Spaces a scan shows beside a figure set in Chinese text, dropped.

A word processor sets a quarter em between Chinese text and a figure (关于印发2021年, 第1条), which
the text layer never spells but a scan prints as a white gap the recogniser reads as a space
(关于印发 2021 年, 第 1 条); it reads the digits of a figure whose print is spaced apart each alone
(2 0 2 4 年, 3 0 %). On one recognised line a space is dropped where a figure (digits, and the
separators inside a number: 2.5, 2025-2027) stands on one side and on the other

* a Chinese character or a full-width mark (2021 年 → 2021年, （ 2025 → （2025),
* a sign closing the figure (30 % → 30%),
* or another digit, where the digits each stand alone among Chinese text (2 0 2 4 年 → 2024年),

but for the space after a figure opening the line before a Chinese character other than a date's
unit (``107 允许…``: a list item's number and the space typed after it), and never a space with a
Latin letter's word on a side (``COVID 19``, ``G20 峰会``, ``5G 网络``: a Latin word's space is typed).
The marks are ``[figures]`` in ``data/ocr.toml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ...errors import PilotplansError
from ..pdf.content import Glyph
from .characters import chinese_side
from .datafile import SOURCE, ocr_data


@dataclass(frozen=True)
class FigureMarks:
    """The marks a printed figure holds or ends with, and a date's units."""

    inside: frozenset[str]
    """Separators a number holds between its digits (2.5, 2025-2027, 1/2)."""
    signs: frozenset[str]
    """Signs closing a figure (30%)."""
    date_units: frozenset[str]
    """The units of a date (年, 月, 日): a figure opening a line before one is a date's, no list item's number."""


@lru_cache(maxsize=1)
def figure_marks() -> FigureMarks:
    """``[figures]`` of the data file, validated."""
    raw = ocr_data().get("figures")
    if not isinstance(raw, dict):
        raise PilotplansError(f"{SOURCE}: needs a [figures] table (inside, signs, date_units)")
    values = {}
    for name in ("inside", "signs", "date_units"):
        value = raw.get(name)
        if not isinstance(value, str) or not value or any(c.isspace() or c.isalnum() and c.isascii() for c in value):
            raise PilotplansError(f"{SOURCE}: figures.{name} must be a string of marks (no space, letter or digit)")
        values[name] = frozenset(value)
    return FigureMarks(**values)


def _digit(char: str) -> bool:
    return char.isdecimal()


def figure_spaces_dropped(line: Sequence[Glyph]) -> tuple[Glyph, ...]:
    """The glyphs of one recognised line without the spaces beside its figures (see the module
    docstring)."""
    if not any(g.is_space for g in line) or not any(_digit(g.text) for g in line) \
            or any(len(g.text) != 1 for g in line):
        return tuple(line)
    text = "".join(g.text for g in line)
    words = _words(text)
    dropped = {i for i, char in enumerate(text) if char == " " and _dropped(text, words, i)}
    if not dropped:
        return tuple(line)
    return tuple(glyph for i, glyph in enumerate(line) if i not in dropped)


def _words(text: str) -> list[tuple[int, int, str]]:
    """The line's runs of ASCII letters, digits, full-width digits and a number's separators
    (start, end, kind): ``figure`` for digits and separators alone, ``latin`` where a letter is in it."""
    marks = figure_marks()
    runs: list[tuple[int, int, str]] = []
    start = None
    for i, char in enumerate(text + " "):
        part = (char.isascii() and char.isalnum()) or _digit(char) or (char in marks.inside and start is not None)
        if part and start is None:
            start = i
        elif not part and start is not None:
            run = text[start:i].rstrip("".join(marks.inside))
            end = start + len(run)
            kind = "latin" if any(c.isalpha() for c in run) else "figure"
            runs.append((start, end, kind))
            start = None
    return runs


def _dropped(text: str, words: Sequence[tuple[int, int, str]], i: int) -> bool:
    """Whether the space at ``i`` is one beside a figure (see the module docstring)."""
    before = next((w for w in words if w[1] == i), None)
    after = next((w for w in words if w[0] == i + 1), None)
    if (before and before[2] == "latin") or (after and after[2] == "latin"):
        return False
    left = text[i - 1] if i else ""
    right = text[i + 1] if i + 1 < len(text) else ""
    marks = figure_marks()
    if before and after:  # digits apart: each alone, the run among Chinese text
        return _lone_digits(text, words, before, after)
    if before:
        if right in marks.signs:
            return True
        if not chinese_side(right):
            return False
        opens_line = not text[:before[0]].strip()
        return not opens_line or right in marks.date_units
    if after:
        return chinese_side(left)
    return False


def _lone_digits(text: str, words: Sequence[tuple[int, int, str]], before: tuple[int, int, str],
                 after: tuple[int, int, str]) -> bool:
    """Whether the two figures beside a space belong to a run of single digits each a space apart,
    the run between Chinese text or a sign closing a figure on one side at least."""
    index = words.index(before)
    first = last = index
    while first > 0 and words[first - 1][1] + 1 == words[first][0] and text[words[first - 1][1]] == " ":
        first -= 1
    while last + 1 < len(words) and words[last][1] + 1 == words[last + 1][0] and text[words[last][1]] == " ":
        last += 1
    run = words[first:last + 1]
    if after not in run or any(kind != "figure" or end - start != 1 for start, end, kind in run):
        return False
    start, end = run[0][0], run[-1][1]
    left = text[:start].rstrip()[-1:]
    right = text[end:].lstrip()[:1]
    return chinese_side(left) or chinese_side(right) or right in figure_marks().signs

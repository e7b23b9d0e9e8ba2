"""The brackets round a 文号's year, told by the room they take on the page.

A document's number prints its year in the hexagonal brackets 〔〕 (粤府〔2021〕22号), each a full
em wide, its ink on the side of the year. The recogniser rarely knows them: it reads ``[`` or ``(``
or ``【`` and often a space for the blank half of the bracket's em (粤府 [2021] 22号). What was printed
shows in the room between the year and its neighbours: a full-width bracket leaves an em between
the character before it and the year's first digit (between the year's last digit and the number
after it), an ASCII one, narrow, about half of one (``wide_bracket_em`` between). A year so
bracketed both sides wide is read 〔year〕 and the spaces read in the brackets' room are dropped;
a narrow pair (苏府[2017]68号 printed so) stays as read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from ..pdf.content import Glyph
from .geometry import tuned

OPENING, CLOSING = "〔", "〕"
_NUMBER = regex.compile(r"(?<=\p{Han}) ?(?P<open>[\[(（【［〔]) ?(?P<year>(?:19|20)\d{2}) ?(?P<close>[\])）】］〕]) ?(?=\d{1,4} ?号)")


def year_brackets(line: Sequence[Glyph]) -> tuple[Glyph, ...]:
    """The glyphs of one recognised line, each 文号 year's brackets that took an em each made 〔〕,
    without the spaces read in their room."""
    if any(len(g.text) != 1 for g in line):
        return tuple(line)
    text = "".join(g.text for g in line)
    dropped: set[int] = set()
    mended: dict[int, Glyph] = {}
    for match in _NUMBER.finditer(text):
        before, year = line[match.start() - 1], line[match.start("year"):match.end("year")]
        after = line[match.end()]  # the number's first digit (the pattern took the space before it)
        room = tuned().wide_bracket_em * year[0].size
        if year[0].x0 - before.x1 < room or after.x0 - year[-1].x1 < room:
            continue
        opening, closing = match.start("open"), match.start("close")
        mended[opening] = replace(line[opening], text=OPENING, x0=before.x1, x1=year[0].x0)
        mended[closing] = replace(line[closing], text=CLOSING, x0=year[-1].x1, x1=after.x0)
        dropped.update(i for i in range(match.start(), match.end()) if text[i] == " ")
    if not mended:
        return tuple(line)
    return tuple(mended.get(i, glyph) for i, glyph in enumerate(line) if i not in dropped)

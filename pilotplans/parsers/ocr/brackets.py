"""Brackets printed narrow (ASCII) where a line begins, told by where the line begins.

Between Chinese characters a bracket's width shows in the distance between its neighbours
(:func:`~.glyphs._printed_wide`); at the start of a line it has no neighbour on its open side,
and the recogniser reads ``（`` for a narrow ``(`` as readily as for a full-width one. The line's
left edge tells: a full-width ``（`` takes a whole em, its ink on the right of it, and placed by its
ink (``ink_offset``) it starts where the lines above and below start; a narrow ``(`` takes half an
em, its ink on the left, and placed as a full-width one its box starts a third of an em or more
left of them (``narrow_start_em``). Such a bracket is the ASCII one, and so is the bracket that
closes it, on its line or a line after it in the same column (a source sets a bracket's pair
alike: ``(江海联运事项可结合当地实际)``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..pdf.content import Glyph
from .characters import is_chinese, knowledge
from .geometry import tuned


def narrow_brackets(lines: Sequence[Sequence[Glyph]]) -> list[tuple[Glyph, ...]]:
    """The lines (each a recognised box's glyphs, left to right), each full-width opening bracket
    starting a line that was printed narrow made ASCII, with its closing partner."""
    known = knowledge()
    narrow = {wide: ascii_form for ascii_form, wide in known.full_width.items()}
    openings = {wide for wide, ascii_form in narrow.items() if ascii_form in known.openings}
    partners = {wide: _partner(wide, narrow) for wide in openings}
    result = [list(line) for line in lines]
    for i, line in enumerate(result):
        if not line or line[0].text not in openings or partners[line[0].text] is None:
            continue
        edge = _left_edge(i, result)
        if edge is None or edge - line[0].x0 < tuned().narrow_start_em * line[0].size:
            continue
        opening = line[0].text
        line[0] = replace(line[0], text=narrow[opening])
        _close(i, result, partners[opening], narrow)  # type: ignore[arg-type]
    return [tuple(line) for line in result]


def _partner(opening: str, narrow: dict[str, str]) -> str | None:
    """The full-width closing bracket of an opening one (（ → ）), if the data file knows its ASCII form."""
    closing = chr(ord(opening) + 1)
    return closing if closing in narrow else None


def _column_lines(i: int, lines: Sequence[Sequence[Glyph]]) -> list[int]:
    """The lines of the same column as line ``i`` that lie within ``line_pitch_em`` lines of it,
    above or below (their first characters within ``column_em`` of its own), by height."""
    g = tuned()
    first = lines[i][0]
    reach = g.line_pitch_em * first.size * g.column_lines
    return sorted((j for j, other in enumerate(lines) if j != i and other
                   and abs(other[0].top - first.top) <= reach and abs(other[0].x0 - first.x0) <= g.column_em * first.size),
                  key=lambda j: lines[j][0].top)


def _left_edge(i: int, lines: Sequence[Sequence[Glyph]]) -> float | None:
    """Where the lines next to line ``i`` in its column start (the least of their first
    characters' left edges), counting only lines starting with a Chinese character."""
    edges = [lines[j][0].x0 for j in _column_lines(i, lines) if is_chinese(lines[j][0].text)]
    return min(edges) if edges else None


def _close(i: int, lines: list[list[Glyph]], closing: str, narrow: dict[str, str]) -> None:
    """The first ``closing`` bracket after the start of line ``i``, on it or on the lines under it
    in its column, made ASCII (none when an ASCII one comes first)."""
    below = [i] + [j for j in _column_lines(i, lines) if lines[j][0].top > lines[i][0].top]
    for j in below:
        for k, glyph in enumerate(lines[j]):
            if j == i and k == 0:
                continue
            if glyph.text == narrow[closing]:  # closed already, as read: (一)
                return
            if glyph.text == closing:
                lines[j][k] = replace(glyph, text=narrow[closing])
                return

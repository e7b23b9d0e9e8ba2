"""The rules of a text table: which belong to it, where they part its rows, which columns a rule
between two rows leaves out (a cell merged over both), and where the row boundaries lie."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..content import Rule
from ..settings import DEFAULT_SETTINGS, PdfSettings
from ..tables import Boundary
from .columns import Band
from .pieces import TablePieces


def rules_across(bands: Sequence[Band], rules: Sequence[Rule], settings: PdfSettings = DEFAULT_SETTINGS) -> list[Rule]:
    """Horizontal rules wide enough to belong to a text table made of ``bands`` and no further
    from its lines than ``table_rule_reach_em``."""
    left, right = min(b.line.x0 for b in bands), max(b.line.x1 for b in bands)
    reach = settings.table_rule_reach_em * max(b.line.size for b in bands)
    top, bottom = bands[0].line.top - reach, bands[-1].line.bottom + reach
    return [r for r in rules
            if r.horizontal and r.x1 - r.x0 > settings.table_rule_width_fraction * (right - left) and top <= r.top <= bottom]

def rule_between(rules: Sequence[Rule], top: float, bottom: float, left: float, right: float,
                 settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether a horizontal rule across ``left``–``right`` lies between ``top`` and ``bottom``."""
    tolerance, overhang = settings.rule_tolerance, settings.rule_overhang
    return any(
        r.horizontal and top - tolerance <= r.top <= bottom + tolerance
        and r.x0 <= left + overhang and r.x1 >= right - overhang
        for r in rules
    )

def ruled_open(table: TablePieces, ranges: Sequence[tuple[int, int]], index: int, columns: Sequence[Boundary],
               table_rules: Sequence[Rule], rules: Sequence[Rule], settings: PdfSettings) -> frozenset[int]:
    """The columns a rule drawn between rows ``index`` and ``index + 1`` leaves out (drawn in
    pieces cell by cell, or whole): a cell in such a column spans both rows (a vertically merged
    cell draws no rule inside it)."""
    middles = [(a.mid + b.mid) / 2 for a, b in pairwise(columns)]
    tolerance = settings.rule_tolerance
    above = table.bands[ranges[index][1] - 1].line.bottom - tolerance
    below = table.bands[ranges[index + 1][0]].line.top + tolerance
    here = [r for r in rules if r.horizontal and above <= r.top <= below]
    return frozenset(column for column, middle in enumerate(middles) if not any(r.x0 <= middle <= r.x1 for r in here))

def painted_only(table: TablePieces, ranges: Sequence[tuple[int, int]], index: int, rules: Sequence[Rule],
                 settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether what parts rows ``index`` and ``index + 1`` is only the edges of shaded bands (zebra
    rows): they part the rows, but which columns run on over them (merged cells) is read from
    the text as where no rule is drawn."""
    tolerance = settings.rule_tolerance
    above = table.bands[ranges[index][1] - 1].line.bottom - tolerance
    below = table.bands[ranges[index + 1][0]].line.top + tolerance
    here = [r for r in rules if r.horizontal and above <= r.top <= below]
    return bool(here) and all(r.painted for r in here)


def row_boundaries(table_bands: Sequence[Band], ranges: Sequence[tuple[int, int]], rules: Sequence[Rule],
                   settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[float, ...]:
    """The y of each row boundary of a text table: the rule there, or else midway between the
    rows (the outer ones just outside the text)."""
    first, last = table_bands[0].line, table_bands[-1].line
    tolerance = settings.rule_tolerance
    above = [r.top for r in rules if r.top <= first.top]
    below = [r.top for r in rules if r.top >= last.bottom]
    ys = [max(above) if above else first.top - settings.table_margin]
    for (_s0, e0), (s1, _e1) in pairwise(ranges):
        bottom = max(table_bands[k].line.bottom for k in range(_s0, e0))
        top = table_bands[s1].line.top
        between_ = [r.top for r in rules if bottom - tolerance <= r.top <= top + tolerance]
        ys.append(between_[0] if between_ else (bottom + top) / 2)
    ys.append(min(below) if below else last.bottom + settings.table_margin)
    return tuple(ys)

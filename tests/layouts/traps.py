"""The PDF table traps: layouts drawn with the values that read worst set on purpose.

A plain draw sets each dimension's value one time in so many; the traps set them on every layout of
their kind, six of each, on PDF tables drawn from their own seeds: tables without rules between rows,
three-line tables, owner cells merged down the rows (spans a page break cuts among them), a shaded
header, a header repeated on every page, and a column squeezed to a character a line. Each trap's
layouts are PDF table draws from seeds ``TRAP_SEED_BASE * (place + 1) + k`` (the first six drawn as PDF
tables), given the trap's values; the rest of the layout stays as drawn. The bench scores them
(``python bench/layout_bench.py --traps``) and tests/test_generated_layouts.py reads them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from tests.layouts.spec import LayoutSpec, _pick, draw_spec, table_column_count, table_fits

TRAPS: dict[str, dict[str, Any]] = {
    "no row rules": {"rules": "none"},
    "three-line": {"rules": "three-line"},
    "merged owners": {"merge_owners": True, "row_break": "split"},
    "shaded header": {"shading": "header"},
    "repeated header": {"header": "repeated"},
    "narrow column": {"column_width": "narrow"},
}
"""Each trap with the values it sets."""

PER_TRAP = 6
TRAP_SEED_BASE = 10_000_000


def trap_spec(spec: LayoutSpec, values: dict[str, Any]) -> LayoutSpec:
    """A PDF table layout given a trap's values: a grid rules its frame (``frame`` None), other rules
    draw one from the seed; a table too wide for a portrait page turns landscape, as when drawn."""
    trapped = replace(spec, **values)
    if trapped.rules == "grid":
        trapped = replace(trapped, frame=None)
    elif trapped.frame is None:
        trapped = replace(trapped, frame=_pick(spec.seed, "frame"))
    if not table_fits(table_column_count(trapped.as_dict()), trapped.size or 10.5, trapped.orientation or "portrait"):
        trapped = replace(trapped, orientation="landscape")
    return trapped


def trap_specs(headings_of: dict[str, Sequence[int | None]], per_trap: int = PER_TRAP) -> tuple[LayoutSpec, ...]:
    """``per_trap`` layouts of every trap, in the order of :data:`TRAPS`."""
    specs: list[LayoutSpec] = []
    for place, values in enumerate(TRAPS.values()):
        base, found, k = TRAP_SEED_BASE * (place + 1), 0, 0
        while found < per_trap:
            spec = draw_spec(base + k, headings_of, cooperation=False)  # the traps as first drawn
            k += 1
            if spec.form == "table" and spec.is_pdf:
                specs.append(trap_spec(spec, values))
                found += 1
    return tuple(specs)


def trap_of(spec: LayoutSpec) -> str:
    """The trap a layout of :func:`trap_specs` was drawn for."""
    return list(TRAPS)[spec.seed // TRAP_SEED_BASE - 1]

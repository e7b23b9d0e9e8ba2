"""Compare two workbooks as a reader sees them, whatever wrote them.

    python bench/compare_workbooks.py A.xlsx B.xlsx

Reads both back with openpyxl (the tests' reader) and compares the sheets in order, each sheet's
dimensions, frozen panes, autofilter and column widths (column by column), and every cell's
value, type, bold, fill (its pattern and RGB, the alpha byte aside: Excel ignores it), wrapping,
vertical alignment and number format. Prints what differs and ``SAME`` or ``DIFFERENT``; exits 1
when they differ. Used to check that a change of writer kept ``measures.xlsx`` as it was.
"""

from __future__ import annotations

import sys
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter


def _fill(cell: Any) -> tuple[str, str] | None:
    fill = cell.fill
    if fill is None or fill.fill_type is None:
        return None
    rgb = fill.fgColor.rgb if fill.fgColor is not None else None
    return fill.fill_type, rgb[-6:] if isinstance(rgb, str) else rgb


def describe(path: str) -> dict[str, Any]:
    """What a reader sees of the workbook at ``path``."""
    workbook = load_workbook(path)
    seen: dict[str, Any] = {"sheets": workbook.sheetnames}
    for sheet in workbook.worksheets:
        widths = {get_column_letter(k): round(d.width, 3) for d in sheet.column_dimensions.values() if d.width
                  for k in range(d.min or 1, (d.max or d.min or 1) + 1)}
        cells = [(c.coordinate, c.value, c.data_type, bool(c.font.b), _fill(c), bool(c.alignment.wrap_text),
                  c.alignment.vertical, c.number_format) for row in sheet.iter_rows() for c in row]
        seen[sheet.title] = {"dimensions": (sheet.max_row, sheet.max_column), "frozen": sheet.freeze_panes,
                             "filter": sheet.auto_filter.ref, "widths": widths, "cells": cells}
    return seen


def main() -> int:
    first, second = describe(sys.argv[1]), describe(sys.argv[2])
    problems, cells = 0, 0
    if first["sheets"] != second["sheets"]:
        print("sheets differ:", first["sheets"], second["sheets"])
        problems += 1
    for name in first["sheets"]:
        a, b = first[name], second.get(name)
        if b is None:
            continue
        for key in ("dimensions", "frozen", "filter", "widths"):
            if a[key] != b[key]:
                print(f"{name}: {key} differ: {a[key]} | {b[key]}")
                problems += 1
        cells += len(a["cells"])
        if a["cells"] != b["cells"]:
            differing = [(x, y) for x, y in zip(a["cells"], b["cells"]) if x != y]
            print(f"{name}: {len(differing)} of {len(a['cells'])} cells differ, first {differing[:3]}")
            problems += 1
    print(f"{'SAME' if not problems else 'DIFFERENT'}: {len(first['sheets'])} sheets, {cells} cells compared")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

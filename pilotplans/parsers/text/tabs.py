"""Text outside drawn tables: paragraphs, and tables written with tabs.

Two shapes are recognised from the content:

* **tab-separated rows**: a table row is a line whose cells are separated by tabs; a cell may
  hold several ``<p>…</p>`` paragraphs. A blank line between two rows is where the printed
  page broke, so the row after it is marked ``after_break``. Lines without a tab are paragraphs.
* **one cell per line**: each cell is a line that starts with a tab, a blank line ends the row,
  and a line without the leading tab continues the cell above it (a wrapped header, say).
"""

from __future__ import annotations

import regex

from pilotplans.layout import Block, Cell, Grid, Paragraph, Row, Where
from pilotplans.parsers.text.lines import Line
from pilotplans.patterns import compiled
from pilotplans.textutil import join_lines

_P_TAG = compiled(r"<p>(.*?)</p>", regex.S)


def tab_blocks(lines: list[Line]) -> list[Block]:
    """The paragraphs and tab-written tables of ``lines``."""
    if is_cell_per_line(lines):
        return _cell_per_line_blocks(lines)
    return _tab_separated_blocks(lines)


def is_cell_per_line(lines: list[Line]) -> bool:
    """True when most non-blank lines are a single cell introduced by one leading tab."""
    content = [line for line in lines if not line.blank]
    if not content:
        return False
    single = sum(1 for line in content if line.text.startswith("\t") and line.text.count("\t") == 1)
    multi = sum(1 for line in content if line.text.strip("\t").count("\t") >= 1)
    return single >= 0.6 * len(content) and multi == 0


def split_paragraphs(cell_text: str) -> tuple[str, ...]:
    """A cell's paragraphs: the contents of its ``<p>`` elements, or the cell as one paragraph."""
    found = [p.strip() for p in _P_TAG.findall(cell_text)]
    if found:
        return tuple(p for p in found if p)
    stripped = cell_text.strip()
    return (stripped,) if stripped else ()


def _tab_separated_blocks(lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    rows: list[Row] = []
    pending_break = False

    def close_grid() -> None:
        nonlocal rows
        if rows:
            where = rows[0].where.spanning(rows[-1].where)
            blocks.append(Grid(rows=tuple(rows), where=where))
            rows = []

    for line in lines:
        if line.blank:
            pending_break = bool(rows)
            continue
        if line.has_tab:
            where = Where(line_start=line.number, line_end=line.number)
            cells = tuple(Cell(paragraphs=split_paragraphs(part), where=where) for part in line.text.split("\t"))
            rows.append(Row(cells=cells, where=where, after_break=pending_break))
            pending_break = False
            continue
        close_grid()
        pending_break = False
        blocks.append(Paragraph(text=line.text.strip(), where=Where(line_start=line.number, line_end=line.number)))
    close_grid()
    return blocks


def _joined(parts: list[str]) -> tuple[str, ...]:
    """One paragraph from a cell's wrapped lines, or none if they are all blank."""
    text = join_lines(part.strip() for part in parts)
    return (text,) if text else ()


def _cell_per_line_blocks(lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    rows: list[Row] = []
    cells: list[tuple[list[str], int, int]] = []  # (lines of the cell, first line, last line)

    def close_row() -> None:
        nonlocal cells
        if cells:
            row_cells = tuple(
                Cell(paragraphs=_joined(parts),
                     where=Where(line_start=first, line_end=last))
                for parts, first, last in cells
            )
            where = Where(line_start=cells[0][1], line_end=cells[-1][2])
            rows.append(Row(cells=row_cells, where=where))
            cells = []

    def close_grid() -> None:
        nonlocal rows
        close_row()
        if rows:
            blocks.append(Grid(rows=tuple(rows), where=rows[0].where.spanning(rows[-1].where)))
            rows = []

    for line in lines:
        if line.blank:
            close_row()
        elif line.text.startswith("\t"):
            cells.append(([line.text[1:]], line.number, line.number))
        elif cells:
            parts, first, _ = cells[-1]
            cells[-1] = (parts + [line.text], first, line.number)
        else:
            close_grid()
            blocks.append(Paragraph(text=line.text.strip(), where=Where(line_start=line.number, line_end=line.number)))
    close_grid()
    return blocks

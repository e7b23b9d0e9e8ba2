"""Tables drawn with rules: box-drawing characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘, heavy and double
forms too) or ASCII (+---+ with | and +===+ under a header).

The table's columns are where the rules' junctions stand (in display columns, see
:mod:`~pilotplans.parsers.text.lines`). A box row is the text between two rules; a cell's lines
inside it are one paragraph when they wrap (the line above was full) and separate paragraphs when
they do not. Merged cells leave a rule out: a cell whose text runs past a vertical bar's place
spans columns, and where a rule line has no rule under a column (blanks, or the cell's own text)
the cell above goes on into the next box row. Cells are placed with their spans and expanded by
:func:`~pilotplans.layout.expand_spans`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pilotplans.layout import Cell, Grid, Row, SpanningCell, Where, expand_spans
from pilotplans.parsers.text.lines import AMBIGUOUS_WIDTHS, Line, columns_of, wrapped
from pilotplans.textutil import join_fragments

_HORIZONTAL = frozenset("─━═-=╌╍┄┅┈┉~:")
_JUNCTIONS = frozenset("┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫╭╮╰╯┍┑┕┙┝┥┯┷┿┎┒┖┚┠┨┰┸╂+")
_VERTICAL = frozenset("│┃║|")
_OPENERS = (_JUNCTIONS | _VERTICAL) - {"+"}


def is_rule(text: str) -> bool:
    """A line made of rules and junctions only, a horizontal line touching a junction or another
    (a cell holding a lone ``-`` between blanks is not a rule)."""
    stripped = text.strip()
    if not stripped or not all(ch in _HORIZONTAL or ch in _JUNCTIONS or ch in _VERTICAL or ch == " " for ch in stripped):
        return False
    return any(a in _HORIZONTAL and b != " " or b in _HORIZONTAL and a != " " for a, b in zip(stripped, stripped[1:]))


def _opens_box_line(text: str) -> bool:
    stripped = text.strip()
    if not stripped:
        return False
    if stripped[0] in _OPENERS:
        return True
    return stripped[0] == "+" and len(stripped) > 1 and stripped[1] in "-=+"


def box_table_end(lines: list[Line], start: int) -> int | None:
    """The index after the last line of a drawn table opening at ``lines[start]`` with a rule, or
    None: the table is the run of lines that open with a bar or a junction, holding at least two
    rules and one line of text."""
    if not is_rule(lines[start].text) or not _opens_box_line(lines[start].text):
        return None
    end = start
    while end < len(lines) and _opens_box_line(lines[end].text):
        end += 1
    run = lines[start:end]
    rules = sum(1 for line in run if is_rule(line.text))
    if rules < 2 or rules == len(run):
        return None
    return end


# ----------------------------------------------------------------------------- geometry


@dataclass(frozen=True)
class _Geometry:
    """The vertical lines of a box-drawn table, at their display columns."""

    ambiguous: int
    boundaries: tuple[int, ...]  # display columns of the vertical lines, left to right

    def column_at(self, position: int) -> int | None:
        """The index of the boundary at display column ``position`` (one column of slack)."""
        for i, boundary in enumerate(self.boundaries):
            if abs(boundary - position) <= 1:
                return i
        return None


def _geometry(lines: list[Line]) -> _Geometry:
    """The columns of the table, under the width of ambiguous characters that lines its bars up
    best with its rules' junctions."""
    best: tuple[int, _Geometry] | None = None
    for ambiguous in AMBIGUOUS_WIDTHS:
        boundaries: set[int] = set()
        for line in lines:
            if is_rule(line.text):
                boundaries.update(_marks(line.text, ambiguous, _JUNCTIONS | _VERTICAL))
        geometry = _Geometry(ambiguous, tuple(sorted(boundaries)))
        misses = sum(1 for line in lines if not is_rule(line.text)
                     for position in _marks(line.text, ambiguous, _VERTICAL) if geometry.column_at(position) is None)
        if best is None or misses < best[0]:
            best = (misses, geometry)
    assert best is not None
    return best[1]


def _marks(text: str, ambiguous: int, chars: frozenset[str]) -> list[int]:
    positions = columns_of(text, ambiguous)
    return [positions[i] for i, ch in enumerate(text) if ch in chars]


def _segments(text: str, geometry: _Geometry) -> list[tuple[int, int, str]]:
    """The pieces of a line between its bars (or junctions) at the table's boundaries:
    (first column, column after the last, text)."""
    positions = columns_of(text, geometry.ambiguous)
    cuts: list[tuple[int, int]] = []  # (character index, boundary index)
    for i, ch in enumerate(text):
        if ch in _VERTICAL or ch in _JUNCTIONS:
            column = geometry.column_at(positions[i])
            if column is not None and (not cuts or column > cuts[-1][1]):
                cuts.append((i, column))
    return [(a[1], b[1], text[a[0] + 1:b[0]]) for a, b in zip(cuts, cuts[1:])]


def _is_ruled(piece: str) -> bool:
    """Whether the piece of a line between two junctions is a rule: horizontal lines across it
    (text padded with blanks, even a lone ``-``, is not)."""
    return bool(piece) and all(ch in _HORIZONTAL or ch in _JUNCTIONS for ch in piece)


# ----------------------------------------------------------------------------- cells


@dataclass
class _Drawn:
    """A cell of a box-drawn table: its place and spans, its lines and its room."""

    row: int
    column: int
    colspan: int
    rowspan: int = 1
    lines: list[tuple[int, str]] = field(default_factory=list)  # (line number, text)
    room: int = 0  # display columns inside the cell, for telling wraps from line breaks


def read_box_table(lines: list[Line]) -> Grid:
    """The grid of a drawn table (the lines :func:`box_table_end` found)."""
    geometry = _geometry(lines)
    drawn: list[_Drawn] = []
    open_at: dict[int, _Drawn] = {}  # column → the cell covering it that may go on below
    row = 0
    row_lines: dict[int, list[int]] = {}  # box row → numbers of its lines of text
    for line in lines:
        pieces = _segments(line.text, geometry)
        if is_rule(line.text) or any(_is_ruled(text) for _, _, text in pieces):
            if _read_rule(line, pieces, open_at) and row in row_lines:
                row += 1
                for cell in {id(c): c for c in open_at.values()}.values():
                    cell.rowspan = row - cell.row + 1
            continue
        row_lines.setdefault(row, []).append(line.number)
        for first, after, text in pieces:
            cell = open_at.get(first)
            if cell is None:
                room = geometry.boundaries[after] - geometry.boundaries[first] - 1
                cell = _Drawn(row=row, column=first, colspan=after - first, room=room)
                drawn.append(cell)
                for column in range(first, after):
                    open_at[column] = cell
            cell.lines.append((line.number, text))
    rows = len(row_lines)
    spans = [SpanningCell(c.row, c.column, _cell(c, geometry.ambiguous), rowspan=min(c.rowspan, rows - c.row), colspan=c.colspan)
             for c in drawn]
    width = max(len(geometry.boundaries) - 1, 1)
    grid_rows = tuple(
        Row(cells=cells, where=Where(line_start=min(row_lines[r]), line_end=max(row_lines[r])))
        for r, cells in enumerate(expand_spans(spans, rows, width))
    )
    return Grid(rows=grid_rows, where=Where(line_start=lines[0].number, line_end=lines[-1].number))


def _read_rule(line: Line, pieces: list[tuple[int, int, str]], open_at: dict[int, _Drawn]) -> bool:
    """Close the cells a rule line rules off; text in a column it leaves open goes on in the cell
    there. True if the line ruled off any column."""
    closed = False
    for first, after, text in pieces:
        if _is_ruled(text):
            closed = True
            for column in range(first, after):
                open_at.pop(column, None)
            continue
        cell = open_at.get(first)
        if cell is not None and text.strip():
            cell.lines.append((line.number, text))
    return closed


def _cell(drawn: _Drawn, ambiguous: int) -> Cell:
    """A drawn cell's paragraphs: lines that wrap are joined, others (and blank lines) separate."""
    paragraphs: list[str] = []
    current = ""
    previous = ""
    for _, text in drawn.lines:
        piece = text.strip()
        if not piece:
            if current:
                paragraphs.append(current)
            current = previous = ""
            continue
        if current and wrapped(previous, piece, drawn.room - 2, ambiguous):
            current = join_fragments(current, piece)
        else:
            if current:
                paragraphs.append(current)
            current = piece
        previous = piece
    if current:
        paragraphs.append(current)
    numbers = [n for n, text in drawn.lines if text.strip()] or [n for n, _ in drawn.lines]
    where = Where(line_start=min(numbers), line_end=max(numbers)) if numbers else Where()
    return Cell(paragraphs=tuple(paragraphs), where=where)

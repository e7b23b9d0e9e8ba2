"""Tables written with ``|`` between cells, as web-page and Markdown converters print them.

Three styles, told by the table's first row:

* **outer pipes** (``| 1 | 加强… | 商务部 |``, Markdown and trafilatura): each line opening with
  ``|`` is a row; a row whose line does not close with ``|`` goes on over the next lines.
* **terminated cells** (``序号 | 具体举措 | 责任单位 |``): every cell ends with ``|``; a line ending
  with ``|`` ends a row. When every row holds one cell, the table was flattened to **one cell per
  line**: rows are then told apart by blank lines, and by the header's width (the cells of the
  first group) where a group holds several rows; without any blank line, rows are found from the
  successive numbers (1, 2, 3 …) of one column, or, where the numbers are too few or too far apart
  for a run (two rows; 145 and 249), from the header's width: the cells before the first number.
* **separated cells** (``序号| 具体举措| 责任单位``, html2text): ``|`` stands between cells only; a
  line ending with ``|`` goes on over the next line.

In every style a Markdown rule row (``|---|:--:|``) is dropped, ``\\|`` is a literal bar, ``<br>``
and a line break inside a cell separate paragraphs, and ``**bold**`` around a whole cell is
removed. In a table whose bars stand in the same display columns on every line (printed for a
fixed-width font), a row that only goes on with cells wrapped from the row above (each of its
filled cells continues a cell that was full) is joined to it, each cell's lines joined as one
paragraph. Rows keep the number of cells printed: a row shortened by a merged cell above it is
placed by the interpreter, which knows the columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

import regex

from pilotplans.layout import Cell, Grid, Row, Where
from pilotplans.parsers.text.lines import AMBIGUOUS_WIDTHS, Line, columns_of, wrapped
from pilotplans.patterns import compiled
from pilotplans.textutil import join_lines

Style = Literal["outer", "terminated", "separated"]

_BAR = compiled(r"(?<!\\)\|")
_RULE = compiled(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_BREAK_TAG = compiled(r"<br\s*/?>", regex.I)
_BOLD = compiled(r"^(\*\*|__)(.+)\1$", regex.S)
_NUMBER = compiled(r"^\d{1,4}[.、]?$")
_MIN_GROUPS = 3


def has_bar(line: Line) -> bool:
    return bool(_BAR.search(line.text))


def style_of(line: Line) -> Style:
    text = line.text.strip()
    if text.startswith("|"):
        return "outer"
    return "terminated" if text.endswith("|") else "separated"


# ----------------------------------------------------------------------------- finding the table


def pipe_table_end(lines: list[Line], start: int) -> int | None:
    """The index after the last line of a pipe table opening at ``lines[start]``, or None if no
    table opens there (a table has at least two lines with bars and a first row of two cells, or
    three one-cell lines)."""
    first = lines[start]
    if first.blank or not has_bar(first) or _RULE.match(first.text):
        return None
    style = style_of(first)
    end = _extent(lines, start, style)
    bar_lines = [line for line in lines[start:end] if has_bar(line) and not _RULE.match(line.text)]
    if len(bar_lines) < 2:
        return None
    if _cell_count(first.text, style) < 2 and len(bar_lines) < _MIN_GROUPS:
        return None
    return end


def bordered_lines(lines: list[Line]) -> list[Line] | None:
    """The lines of a pipe run (what :func:`pipe_table_end` found) printing one filled cell at most — a page's
    borders around one line (a title with a bar after it, rows of bars alone) — as lines without their bars: no
    table, nothing a grid would hold but that line, which a title or a notice must be read from. None where the
    run fills two cells or more (a table, even one cell a line)."""
    if sum(1 for line in lines for piece in _BAR.split(line.text) if piece.strip()) > 1:
        return None
    return [Line(line.number, " ".join(piece.strip() for piece in _BAR.split(line.text) if piece.strip()))
            for line in lines]


def _extent(lines: list[Line], start: int, style: Style) -> int:
    """The index after the last line that belongs to the table opening at ``start``."""
    end = start + 1
    i = start + 1
    several = _cell_count(lines[start].text, style) >= 2  # a line of the table so far prints several cells
    while i < len(lines):
        line = lines[i]
        if has_bar(line):
            if not _goes_on_at(lines, i, style, after_blank=False, previous=lines[end - 1]):
                break
            several = several or _cell_count(line.text, style) >= 2
            end = i = i + 1
            continue
        if style == "terminated" and several and _opens_prose(line, lines[end - 1]):
            break
        if line.blank:
            following = next((k for k in range(i, len(lines)) if not lines[k].blank), None)
            if following is None or not _goes_on_at(lines, following, style, after_blank=True):
                break
            i = following
            continue
        if not _goes_on_at(lines, i, style, after_blank=False, previous=lines[end - 1]):
            break
        i += 1
        end = i
    return end


def _goes_on_at(lines: list[Line], i: int, style: Style, after_blank: bool, previous: Line | None = None) -> bool:
    """Whether the line at ``i`` (without a bar, or after blank lines) still belongs to the table."""
    line = lines[i]
    if has_bar(line):
        return style != "outer" or line.text.lstrip().startswith("|")
    if after_blank:
        return style == "terminated" and _reaches_bar(lines, i)
    if previous is None:
        return False
    text = previous.text.rstrip()
    if style == "separated":
        return text.endswith("|")
    if style == "outer":
        return not text.endswith("|")
    return _reaches_bar(lines, i)


# How a paragraph of prose ends (a sentence, or a notice's addressee line before its colon).
_PROSE_END = compiled(r"[。！？；：:]\s*$")


def _opens_prose(line: Line, previous: Line) -> bool:
    """Whether a line without a bar, after a row of a table printing several cells a line, is a
    paragraph after the table rather than the first cell of its next row wrapped over lines: it
    ends like a sentence (or an addressee line: 各乡镇人民政府…：). A page that printed its information
    table with bars, then the notice without a blank line, then a table of its own, read the
    notice and the second table's header as one cell of the first table."""
    return previous.text.rstrip().endswith("|") and _PROSE_END.search(line.text) is not None


def _reaches_bar(lines: list[Line], i: int) -> bool:
    """Whether a line ending with a bar follows ``lines[i]`` before any blank line."""
    for line in lines[i:]:
        if line.blank:
            return False
        if line.text.rstrip().endswith("|"):
            return True
    return False


# ----------------------------------------------------------------------------- reading it


@dataclass
class _Cell:
    """A cell of a pipe table: its lines as printed."""

    lines: list[tuple[int, str]] = field(default_factory=list)  # (line number, text as printed)

    @property
    def empty(self) -> bool:
        return not any(text.strip() for _, text in self.lines)


@dataclass
class _Row:
    """A row of a pipe table: its cells, its first and last lines, and any doubt about its cells."""

    cells: list[_Cell]
    first: int
    last: int
    doubt: str | None = None  # why the cells placed in this row may be another row's (Row.doubt)
    inferred: str | None = None  # a cell the row does not print, read as merged with the row above (Row.inferred)
    carried: int | None = None  # the index of that cell, copied from the row above
    emptied: str | None = None  # a cell the row does not print, read as empty (Row.emptied)


def read_pipe_table(lines: list[Line]) -> Grid:
    """The grid of a pipe table (the lines :func:`pipe_table_end` found)."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    words = vocabulary()
    # a line with no bar that is the page's (its number or mark, a footer's opening: the page turned inside the
    # table) is no cell: kept, it joined the next row's number (第2页 共5页 / 4 |) and that row was dropped
    content = [line for line in lines if not _RULE.match(line.text)
               and (has_bar(line) or line.blank or not words.interrupts_cells(line.text))]
    style = style_of(content[0])
    rows = _rows(content, style)
    if style == "terminated" and all(len(row.cells) == 1 for row in rows):
        rows = _regroup_cells(rows, content)
    aligned = _aligned_width(content)
    if aligned is not None:
        rows = _join_wrapped_rows(rows, aligned)
    grid_rows = tuple(_grid_row(row, joined_lines=aligned is not None) for row in rows)
    return Grid(rows=grid_rows, where=grid_rows[0].where.spanning(grid_rows[-1].where))


def _cell_count(text: str, style: Style) -> int:
    """How many cells one line of a row holds."""
    pieces = _BAR.split(text.strip())
    if style == "outer" and pieces and not pieces[0].strip():
        pieces = pieces[1:]
    if style in ("outer", "terminated") and len(pieces) > 1 and not pieces[-1].strip():
        pieces = pieces[:-1]
    return len(pieces)


def _rows(lines: list[Line], style: Style) -> list[_Row]:
    """The rows of a table: lines grouped by where each style ends a row, split into cells."""
    groups: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                groups.append(current)
                current = []
            continue
        if style == "outer" and line.text.lstrip().startswith("|") and current:
            groups.append(current)
            current = []
        current.append(line)
        text = line.text.rstrip()
        ends_row = text.endswith("|") if style != "separated" else not text.endswith("|")
        if ends_row and style != "outer":
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return [_row_of(group, style) for group in groups]


def _row_of(group: list[Line], style: Style) -> _Row:
    """One row from its lines: the cells split at the bars, each remembering its lines."""
    cells: list[_Cell] = [_Cell()]
    for n, line in enumerate(group):
        pieces = _BAR.split(line.text.strip())
        if n == 0 and style == "outer" and pieces and not pieces[0].strip():
            pieces = pieces[1:]
        for k, piece in enumerate(pieces):
            if k:
                cells.append(_Cell())
            cells[-1].lines.append((line.number, piece))
    if style in ("outer", "terminated") and len(cells) > 1 and cells[-1].empty:
        cells.pop()
    return _Row(cells=cells, first=group[0].number, last=group[-1].number)


def _regroup_cells(rows: list[_Row], lines: list[Line]) -> list[_Row]:
    """Rows of a table flattened to one cell per line: the cells grouped by blank lines, groups
    holding several rows cut at the header's width, or (no blank lines) rows found from the
    distance between successive numbers."""
    blank = {line.number for line in lines if line.blank}
    spans: list[list[_Row]] = []
    for row in rows:
        if not spans or row.first - 1 in blank:
            spans.append([])
        spans[-1].append(row)
    if len(spans) == 1:
        return _rows_by_numbers(rows)
    width = len(spans[0])
    regrouped: list[_Row] = []
    for span in spans:
        if len(span) > width and len(span) % width == 0:
            regrouped.extend(_chunks(span, width))
        else:
            regrouped.append(_merged(span))
    return regrouped


def _rows_by_numbers(cells: list[_Row]) -> list[_Row]:
    """Rows of one-cell lines printed without any blank line: the cells between successive
    numbers of one column (1, 2, 3 …) are one row each (as wide as the most common distance
    between two numbers), the header the cells before the first row; cells between two rows that
    the numbers leave over (a heading printed across the table) are a row of their own. Without
    such numbers the cells stay one row."""
    numbers = [(i, int(_text(row.cells[0]).rstrip(".、"))) for i, row in enumerate(cells) if _NUMBER.match(_text(row.cells[0]))]
    from pilotplans.parsers.text.category_rows import category_rows

    if (grouped := category_rows(cells, numbers)) is not None:
        return grouped  # 类别 | 序号 | …: a category merged down its group of rows, printed on the group's first
    run = _longest_run(numbers)
    gaps = [b - a for a, b in zip(run, run[1:])]
    if len(gaps) < 2:
        return _rows_by_header(cells, numbers) or [_merged(cells)]
    width = max(set(gaps), key=gaps.count)
    # The number column's place in a row: the last row ends the table, or else the first row
    # follows the header (a heading row may stand between them, seldom after the last row). A
    # last row a page break cut short ends no row: the cells it then puts before the first number
    # name a header's label (完成时限), and the first row follows the header.
    offset = run[-1] + width - len(cells)
    if not 0 <= offset < width or _labels(cells[run[0] - offset:run[0]]):
        offset = run[0] - width
    if not 0 <= offset < width:
        return [_merged(cells)]
    starts = [0] + [i - offset for i in run]
    _refuse_short_header(cells, starts[1], width)
    doubts = _doubts_at_short_rows(cells, run, width)
    rows: list[_Row] = []
    for k, (start, following) in enumerate(zip(starts, [*starts[1:], len(cells)])):
        end = min(start + width, following)
        rows.append(replace(_merged(cells[start:end]), doubt=doubts.get(k - 1)))
        if end < following:
            rows.append(_merged(cells[end:following]))
    return rows


def _doubts_at_short_rows(cells: list[_Row], run: list[int], width: int) -> dict[int, str]:
    """Why the rows at either side of two numbers fewer cells apart than a row's width (a cell merged over two
    rows printed once: prose-blind22's 池州 page, its 工作任务 cell over rows 3–4) may hold each other's cells, by the
    rows' places in ``run``: the cells are cut at the numbers, and whether the cell the shorter row lacks is the
    first's last or the second's first the cells do not tell — read as they fall, a row's deadline became the next
    row's task."""
    doubts: dict[int, str] = {}
    for k in range(1, len(run)):
        gap = run[k] - run[k - 1]
        if gap < width:
            before, after = _text(cells[run[k - 1]].cells[0]), _text(cells[run[k]].cells[0])
            doubt = (f"the rows numbered {before} and {after} of a table printed one cell per line stand {gap} cells "
                     f"apart where a row holds {width}: a cell merged over rows is printed once, and a cell at "
                     f"their join may be read in the wrong row")
            doubts[k - 1] = doubts[k] = doubt
    return doubts


def _rows_by_header(cells: list[_Row], numbers: list[tuple[int, int]]) -> list[_Row] | None:
    """Rows of one-cell lines too few, or numbered too far apart, for a run of numbers to tell them (two
    rows; the tasks 145 and 249 a bureau reports out of a city's list): the cells before the first
    number are the header (its first label the number column's, as every row's first cell is a number),
    and the rows are as wide as it, where every row then opens with a number and the numbers rise. None
    where the cells do not fall so (a row a cell short, numbers falling), or where the header's first label
    names no number column (主要任务 | 牵头单位 | 序号 …, 任务 | 牵头单位 | 目标值 …: the first number is then no
    row's first cell, and a width taken from it cuts the rows across — a row's text read as a label, a
    deadline as its owner): the caller keeps them one row."""
    if not numbers or numbers[0][0] < 2 or _labels(cells[:1]) != ["number"]:
        return None
    width = numbers[0][0]
    body = cells[width:]
    starts = range(width, len(cells), width)
    opened = dict(numbers)
    if len(body) < width or len(body) % width or any(start not in opened for start in starts):
        return None
    values = [opened[start] for start in starts]
    if any(b <= a for a, b in zip(values, values[1:])):
        return None
    return [_merged(cells[:width])] + _chunks(body, width)


def _labels(cells: list[_Row]) -> list[str]:
    """The roles the cells give as a header's labels (序号 → number), those naming none left out."""
    from pilotplans.parsers.columns import role_of

    return [role for role in (role_of(_text(row.cells[0])) for row in cells) if role]


def _refuse_short_header(cells: list[_Row], header_end: int, width: int) -> None:
    """Refuse a table one cell a line whose header prints fewer labels than its numbered rows hold cells
    (工作任务 | 具体要求 | 责任科室 | 时限要求 over rows of five, their 序号 unlabelled, or a label spanning two
    columns printed once): no cell can be placed under its label — read as they fall, each row's task stood
    under 责任科室 and its clauses were read as owners. Not where the cells before the first row name no label
    (the rest of a row a page break cut, opening the table's part after it): no header is there to be short.
    (Cells put before the first row's number that name a label, 完成时限, never reach here: the caller then
    takes the header as wide as the rows, ``header_end == width``, the last row being the one cut short.)"""
    from pilotplans.parsers.text.cells import FlattenedTableError

    header = cells[:header_end]
    if not 0 < header_end < width or not _labels(header):
        return
    labels = " | ".join(_text(row.cells[0]) for row in header)
    raise FlattenedTableError(
        f"a table printed one cell per line (from line {header[0].first}) has {len(header)} labels in its header "
        f"({labels}) but its numbered rows hold {width} cells each: a label is missing or spans two columns, and "
        f"no cell can be placed under its label")


def _longest_run(numbers: list[tuple[int, int]]) -> list[int]:
    """The positions of the longest run of numbers counting up by one."""
    best: list[int] = []
    current: list[int] = []
    last = None
    for position, value in numbers:
        current = current + [position] if last is not None and value == last + 1 else [position]
        last = value
        if len(current) > len(best):
            best = current
    return best


def _chunks(rows: list[_Row], width: int) -> list[_Row]:
    return [_merged(rows[i:i + width]) for i in range(0, len(rows), width)]


def _merged(rows: list[_Row]) -> _Row:
    return _Row(cells=[cell for row in rows for cell in row.cells], first=rows[0].first, last=rows[-1].last)


def _text(cell: _Cell) -> str:
    return " ".join(text.strip() for _, text in cell.lines).strip()


# ----------------------------------------------------------------------------- aligned tables


@dataclass(frozen=True)
class _Alignment:
    """The bars of a pipe table at the same display columns on every line."""

    ambiguous: int
    bars: tuple[int, ...]  # display columns of the bars, the same on every line


def _aligned_width(lines: list[Line]) -> _Alignment | None:
    """The bars' display columns when every line of the table puts its bars in the same ones."""
    for ambiguous in AMBIGUOUS_WIDTHS:
        layouts = {_bar_columns(line.text, ambiguous) for line in lines if not line.blank}
        if len(layouts) == 1:
            bars = layouts.pop()
            if len(bars) >= 2:
                return _Alignment(ambiguous, bars)
    return None


def _bar_columns(text: str, ambiguous: int) -> tuple[int, ...]:
    text = text.rstrip()
    positions = columns_of(text, ambiguous)
    return tuple(positions[m.start()] for m in _BAR.finditer(text))


def _join_wrapped_rows(rows: list[_Row], alignment: _Alignment) -> list[_Row]:
    """Rows of an aligned table with each continuation row joined to the row it goes on from."""
    rooms = [b - a - 3 for a, b in zip(alignment.bars, alignment.bars[1:])]  # inside the padding
    joined: list[_Row] = []
    for row in rows:
        if joined and row.first == row.last and _continues(joined[-1], row, rooms, alignment.ambiguous):
            target = joined[-1]
            for cell, more in zip(target.cells, row.cells):
                cell.lines.extend(more.lines)
            target.last = row.last
            continue
        joined.append(row)
    return joined


def _continues(above: _Row, row: _Row, rooms: list[int], ambiguous: int) -> bool:
    """Whether ``row`` holds only the wrapped ends of cells of ``above``: each of its filled cells
    goes on from a cell whose last line was full."""
    if len(row.cells) != len(above.cells) or len(row.cells) > len(rooms):
        return False
    filled = [k for k, cell in enumerate(row.cells) if not cell.empty]
    if not filled or len(filled) == len(row.cells):
        return False
    for k in filled:
        last = [text for _, text in above.cells[k].lines if text.strip()]
        if not last or not wrapped(last[-1].strip(), _text(row.cells[k]), rooms[k], ambiguous):
            return False
    return True


# ----------------------------------------------------------------------------- cells


def _grid_row(row: _Row, joined_lines: bool) -> Row:
    cells = tuple(replace(_grid_cell(cell, joined_lines), merged_from="above") if k == row.carried
                  else _grid_cell(cell, joined_lines) for k, cell in enumerate(row.cells))
    return Row(cells=cells, where=Where(line_start=row.first, line_end=row.last), doubt=row.doubt,
               inferred=row.inferred, emptied=row.emptied)


def _grid_cell(cell: _Cell, joined_lines: bool) -> Cell:
    """A cell's paragraphs: its lines (one paragraph each, or joined when the table wrapped them),
    ``<br>`` splitting them further; surrounding ``**`` removed."""
    numbers = [n for n, _ in cell.lines]
    where = Where(line_start=min(numbers), line_end=max(numbers)) if numbers else Where()
    texts = [text.strip() for _, text in cell.lines]
    if joined_lines:
        texts = [join_lines(texts)]
    paragraphs: list[str] = []
    for text in texts:
        for piece in _BREAK_TAG.split(text):
            piece = _unmarked(piece.strip())
            if piece:
                paragraphs.append(piece)
    return Cell(paragraphs=tuple(paragraphs), where=where)


def _unmarked(text: str) -> str:
    text = text.replace("\\|", "|")
    bold = _BOLD.match(text)
    return bold.group(2).strip() if bold else text

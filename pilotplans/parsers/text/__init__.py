"""Read text extractions of notices into a :class:`~pilotplans.layout.Layout`.

A text file may draw its tables in several ways; each is told from the content, never from the
file name, and each becomes the same :class:`~pilotplans.layout.Grid` of cells the other readers
produce, every row and cell keeping the lines it came from:

* tables drawn with rules (box-drawing characters or ASCII ``+---+``): :mod:`.boxes`;
* tables with ``|`` between cells (Markdown, web-page converters, one cell per line ending in
  `` |``): :mod:`.pipes`;
* tables copied from a web page flattened to one cell per line with nothing between cells, read
  only under a header of known column labels and rows opened by their numbers in sequence:
  :mod:`.cells`;
* everything else — paragraphs, and tables written with tabs (tab-separated rows, or one cell per
  line after a leading tab): :mod:`.tabs`.

A whole file that is a comma-separated table (a spreadsheet saved as CSV) is one table: :mod:`.commas`.

Tables aligned with spaces only (``pdftotext -layout``) are read as paragraphs: their columns
cannot be told from the gutters of a wrapped table reliably enough to be trusted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pilotplans.errors import UnreadableFile
from pilotplans.layout import Grid, Layout

if TYPE_CHECKING:
    from pilotplans.layout import Block
    from pilotplans.parsers.text.lines import Line

# The readers are imported by the functions that use them: a DOCX or HTML file reads its
# paragraphs pasted as a table through :mod:`.cells` alone, which opens this package, and had
# the drawn and piped tables' readers built for nothing.

__all__ = ["read_text"]


def read_text(text: str, source: str) -> Layout:
    """The Layout of a decoded text extraction, its look-alike colons read as ``：``
    (:mod:`pilotplans.parsers.colons`); :class:`UnreadableFile` when it holds a table
    flattened to one cell per line whose rows cannot be told apart."""
    from pilotplans.parsers.colons import fold_colons
    from pilotplans.parsers.text.cells import FlattenedTableError
    from pilotplans.parsers.text.lines import split_lines

    text = fold_colons(text)  # a label's colon printed as ∶ or ﹕ is read as ： by every reader after this
    if "," in text and "\t" not in text:
        from pilotplans.parsers.text.commas import comma_blocks, comma_records

        records = comma_records(text)
        if records is not None:
            return Layout(source=source, format="text", blocks=tuple(comma_blocks(records)))
    try:
        blocks = text_blocks(split_lines(text))
    except FlattenedTableError as error:
        raise UnreadableFile(source, str(error)) from None
    return Layout(source=source, format="text", blocks=tuple(blocks))


def text_blocks(lines: list[Line]) -> list[Block]:
    """The blocks of ``lines`` in order: drawn and pipe tables where they stand, the lines between
    them read as paragraphs and tab-written tables."""
    from pilotplans.parsers.info_rows import split_leading_info_rows
    from pilotplans.parsers.text.boxes import box_table_end, read_box_table
    from pilotplans.parsers.text.cells import FlattenedTableError, TextEndUnclearError, cell_table_end, read_cell_table
    from pilotplans.parsers.text.kinded_cells import kinded_table_end, read_kinded_table
    from pilotplans.parsers.text.pipes import bordered_lines, pipe_table_end, read_pipe_table
    from pilotplans.parsers.text.tabs import tab_blocks
    from pilotplans.parsers.text.unnumbered_cells import read_unnumbered_table, unnumbered_table_end

    blocks: list[Block] = []
    plain: list[Line] = []
    i = 0
    while i < len(lines):
        end = box_table_end(lines, i)
        reader = read_box_table
        if end is None:
            end = pipe_table_end(lines, i)
            reader = read_pipe_table
        if end is None:
            try:
                end = cell_table_end(lines, i)
            except FlattenedTableError:
                if (end := kinded_table_end(lines, i)) is None:  # the kinds of its cells may tell its rows (below)
                    raise
                reader = read_kinded_table
            else:
                reader = read_cell_table
        if end is None:
            end = kinded_table_end(lines, i)
            reader = read_kinded_table
        if end is None:
            end = unnumbered_table_end(lines, i)
            reader = read_unnumbered_table
        if end is None:
            plain.append(lines[i])
            i += 1
            continue
        if reader is read_pipe_table and (unbarred := bordered_lines(lines[i:end])) is not None:
            plain.extend(unbarred)  # a page's borders around one line: that line, no table
            i = end
            continue
        if plain:
            blocks.extend(tab_blocks(plain))
            plain = []
        try:
            block = reader(lines[i:end])
            if reader is read_pipe_table and (unmarked := _read_unmarked(lines[i:end])) is not None:
                block = unmarked  # one cell a line, each closed by a mark, none blank: read by the cells' kinds
        except FlattenedTableError as refusal:
            # rows a count of lines cannot tell: their cells' kinds may (a cell merged down rows, printed once);
            # not a row printing every cell whose text's end is unclear, which the kinds would settle by a guess
            if (reader is not read_cell_table or isinstance(refusal, TextEndUnclearError)
                    or (kinded := kinded_table_end(lines, i)) is None):
                raise
            end = kinded
            block = read_kinded_table(lines[i:end])
        blocks.extend(split_leading_info_rows(block) if reader is read_pipe_table else [block])
        i = end
    if plain:
        blocks.extend(tab_blocks(plain))
    return blocks


def _read_unmarked(lines: list[Line]) -> Block | None:
    """A table copied one cell a line whose every cell a converter closed with `` |`` (序号 | / 工作任务 | / … / 1 | / …;
    a blank cell a bare ``|``, a cell's earlier lines unmarked, a merged cell's place left out: 霍山's, 岳阳楼's pages)
    read as the same lines printed without the marks, where it prints no blank cell: the marks then close cells the lines
    give already, and the readers of a table one cell a line place merged cells (left out: warned), wrapped tasks,
    heading rows and the lines after the last row by their kinds, where a count of the marked cells misplaces every
    cell after the first merged one. A last column blank in every row (a 备注 none fills: each row's last cell a bare
    ``|``) is printed by no line unmarked either. None where a line holds a bar inside it (cells side by side), another
    cell is blank (a bare ``|``: the mark tells a blank cell from a merged one, which the lines unmarked cannot; the
    cells' count reads it), or the unmarked lines read as no one table whole."""
    from pilotplans.parsers.text.kinded_cells import kinded_table_end, read_kinded_table
    from pilotplans.parsers.text.lines import Line as TextLine

    blank_last = _blank_last_cells(lines)
    kept: list[Line] = []
    for at, line in enumerate(lines):
        text = line.text.strip()
        if "|" in text.rstrip("|").rstrip() or text.count("|") > 1:
            return None  # bars between cells: a row of several cells
        if text == "|" and at not in blank_last:
            _refuse_short_marked_rows(lines)  # a merged cell left out beside a blank one: no count places it
            return None  # a blank cell: the mark tells it from a merged one, which the lines unmarked cannot
        if text != "|":
            kept.append(TextLine(line.number, text.rstrip("|").rstrip()))
    if not any(line.text.strip().endswith("|") for line in lines[1:]):
        return None
    if (read := _read_kept(kept)) is not None:
        return read
    # no reading places every cell: a merging cell (deadline, leader, bodies) missing where no row above prints
    # one to merge down was lost by the copy (it marks a blank cell), which the kinds place, read empty and warned
    # only a row closing fewer cells than the header's labels may have lost one: a row printing every cell (a leader's
    # cell holding an office, 开发区管委会) is no loss, its cell moved into a neighbour's column by its kind
    short = _short_marked_rows(lines)
    if short and kinded_table_end(kept, 0, lost=short) == len(kept):
        read = read_kinded_table(kept, lost=short)
        if not _column_none_fills(read):
            return read
        return None  # a column the header lists and no row fills (备注 printed without its marks): no cell was lost
    _refuse_short_marked_rows(lines, blank_printed=False)  # a row short of cells none places: counting slides them
    return None


def _read_kept(kept: list[Line]) -> Block | None:
    """``kept`` (a marked table's lines, the marks taken off) read whole by a count of its lines or by its cells'
    kinds; None where neither reads every line."""
    from pilotplans.parsers.text.cells import FlattenedTableError, TextEndUnclearError, cell_table_end, read_cell_table
    from pilotplans.parsers.text.kinded_cells import kinded_table_end, read_kinded_table

    try:
        end, reader = cell_table_end(kept, 0), read_cell_table
    except FlattenedTableError:
        end = None
    if end is None:  # a count of lines reads no such table: the cells' kinds may
        end, reader = kinded_table_end(kept, 0), read_kinded_table
    if end != len(kept):
        return None
    try:
        return reader(kept)
    except TextEndUnclearError:
        return None
    except FlattenedTableError:
        if reader is not read_cell_table or kinded_table_end(kept, 0) != len(kept):
            return None
        try:
            return read_kinded_table(kept)
        except FlattenedTableError:
            return None


def _blank_last_cells(lines: list[Line]) -> set[int]:
    """The indexes of ``lines`` closing each numbered row (from a line printing the row's number alone, 1 |, to the
    next such line or the table's end) with a bare ``|``, where every row closes so: a last column none of its rows
    fills. Empty where a row closes with a printed cell."""
    from pilotplans.normalizers.numbers import parse_measure_number

    opening = [at for at, line in enumerate(lines)
               if line.text.strip().endswith("|") and parse_measure_number(line.text.strip().rstrip("|").strip()) is not None]
    found: set[int] = set()
    for start, stop in zip(opening, [*opening[1:], len(lines)]):
        marked = [at for at in range(start + 1, stop) if lines[at].text.strip().endswith("|")]
        if not marked or lines[marked[-1]].text.strip() != "|":
            return set()
        found.add(marked[-1])
    return found


def _short_marked_rows(lines: list[Line]) -> dict[int, int]:
    """How many cells each numbered row of a table one cell a line closed by `` |`` marks (``lines``) closes fewer
    than its header prints labels, by the row's number (rows closing as many or more left out); empty where the rows
    are not counted (see :func:`_marked_rows`)."""
    counted = _marked_rows(lines)
    if counted is None:
        return {}
    labels, rows = counted
    return {number: labels - cells for number, (_, cells) in rows.items() if cells < labels}


def _column_none_fills(grid: Grid) -> bool:
    """Whether every row of ``grid`` under its header (rows of as many cells as the header; heading rows of one left
    out) was read as losing a cell, and one column is empty in all of them: a column no row fills, its blank cells
    printed without their marks, read by the count of the marks (every cell in its place, the column empty) as
    before, not as a cell each row lost."""
    rows = [row for row in grid.rows[1:] if len(row.cells) == len(grid.rows[0].cells)]
    return bool(rows) and all(row.emptied for row in rows) and any(
        all(not row.cells[k].paragraphs for row in rows) for k in range(1, len(grid.rows[0].cells)))


def _short_alike(labels: int, rows: dict[int, tuple[int, int]]) -> bool:
    """Whether every row of ``rows`` (see :func:`_marked_rows`) closes the same number of cells, fewer than ``labels``."""
    closed = {cells for _, cells in rows.values()}
    return len(closed) == 1 and min(closed) < labels


def _marked_rows(lines: list[Line]) -> tuple[int, dict[int, tuple[int, int]]] | None:
    """The header's labels and, by each numbered row's number (from a line printing it alone, 1 |, to the next number
    counting up by one, or the table's end), the index of its first line and the cells it closes, of a table one cell
    a line closed by `` |`` marks (``lines``); None where its rows open with another cell than their number (试点任务
    | 序号 | …) or none is numbered. A heading row printed across the table (（一）完善管理体制 |) is no label and no
    row's cell."""
    from pilotplans.normalizers.numbers import parse_measure_number
    from pilotplans.parsers.columns import role_of
    from pilotplans.parsers.text.cells import _HEADING

    marked = [at for at, line in enumerate(lines) if line.text.strip().endswith("|") and not _HEADING.match(line.text)]
    opening: list[int] = []
    numbers: list[int] = []
    first = 0
    for at in marked:
        number = parse_measure_number(lines[at].text.strip().rstrip("|").strip())
        if number is not None and (not opening or number.value == len(opening) + first):
            first = first if opening else number.value
            opening.append(at)
            numbers.append(number.value)
    if not opening or marked[0] == opening[0] \
            or role_of(lines[marked[0]].text.strip().rstrip("|").strip()) != "number":
        return None
    labels = sum(1 for at in marked if at < opening[0])
    return labels, {number: (start, sum(1 for at in marked if start <= at < stop))
                    for number, start, stop in zip(numbers, opening, [*opening[1:], len(lines)])}


def _refuse_short_marked_rows(lines: list[Line], blank_printed: bool = True) -> None:
    """Refuse a table one cell a line closed by `` |`` marks (``lines``) where a numbered row (from a line printing its
    number alone, 1 |, to the next number counting up by one, or the table's end) closes fewer cells than its header
    prints labels: with a blank cell printed (a bare ``|``, ``blank_printed``), a merged cell's place is left out,
    and neither the marks' count nor the cells' kinds can tell it from the blank cell; with none, a cell is missing
    that the cells' kinds could not place (the caller tried), where the rows are not all short alike — counted, every
    cell after it slid a place and the rows read wrong owners and no deadline, with no warning (the tasks read as
    leaders, no number); every row short alike passes (a column no row fills, a last 备注). Rows closing
    more cells (a heading row) pass, and so does a table whose header opens with another label than 序号 (试点任务 |
    序号 | …: a row's first cell stands before its number, and no row is counted here)."""
    from pilotplans.parsers.text.cells import FlattenedTableError

    counted = _marked_rows(lines)
    if counted is None:
        return  # rows opening with another cell than their number (试点任务 | 序号 | …): no row's cells are counted here
    labels, rows = counted
    if not blank_printed and _short_alike(labels, rows):
        return  # every row short alike: a column no row fills, which the count of marks reads (see _short_marked_rows)
    for start, cells in rows.values():
        row = lines[start].text.strip().rstrip('|').strip()
        if labels and cells < labels and blank_printed:
            raise FlattenedTableError(
                f"a table printed one cell per line closed by | marks (from line {lines[0].number}) prints a blank cell "
                f"and its row {row} closes {cells} cells under {labels} "
                f"labels: a merged cell is left out, which the marks cannot tell from the blank one — print the merged "
                f"cell on every row it spans")
        if labels and cells < labels:
            raise FlattenedTableError(
                f"a table printed one cell per line closed by | marks (from line {lines[0].number}): its row {row} "
                f"closes {cells} cells under {labels} labels and the cells' kinds cannot tell which one is missing — "
                f"print every cell of the row (a bare | for a blank one)")

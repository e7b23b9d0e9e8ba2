"""Numbered tables printed one cell a line whose merged cells print once: each row read by the kind of its cells.

A web page's task table copied as text prints its cells one to a line, row after row, and a cell merged down
several rows (a deadline, a leader, an owner shared by a group of tasks; a category over its tasks) once, on the
first of them: the later rows are shorter, and counting lines (:mod:`.cells`) cannot tell which cell is missing.
The kind of each line can: a row's number, a category (a short phrase, no mark of a sentence), the task's sentence,
a deadline (12月底前), a leader (a person's name or post), a list of bodies (文化宣传股, 县文化馆).

Read only on this evidence, all of it:

* a **header**: a line naming the number column (序号), then one line a label — labels of the column vocabulary,
  a label's unit on a line of its own after it (责任股室 / (单位)), and short labels the vocabulary does not know
  (指标) before the task's column only, read as a category column; three to seven columns, one of them the task's
  (具体措施, or 重点任务 where none is printed), one a column of bodies, none another kind (适用范围, 政策依据);
* **rows** opening with 1, 2, 3 … each alone on its line, in sequence; a heading line (一、…, （一）…) before a
  number is a heading row;
* in each row, the columns in the header's order each take the lines of their kind: the category column a short
  phrase followed by the task, the task's column a line of text and the lines it runs on to (the line before ends no
  sentence), the deadline's a deadline, the leader's a person, a column of bodies every line naming bodies, the
  remarks (a last 备注) what a row other than the last has left. A row whose lines do not all find a column, or
  whose task is missing, is not read: the table is left to the other readers, and the document refused as before.
  The last row ends where its lines stop fitting, or before a notice's signature (an office's name over a whole
  date, or over a year and month where no deadline column follows the bodies'; the row's bodies over it left to
  the row where the signer names its place and they do not) or a contact (a name over a telephone number), which
  a column of bodies or a leader's would otherwise take.

A missing cell of a column that merges (deadline, leader, bodies) is the cell above merged over this row: read as
the row above's, the row's ``inferred`` saying so (a warning on its record, ``cell_merged_inferred``). On the first
row, with nothing above, a missing cell is blank or lost, which the text cannot tell: the table is not read — except
where the caller knows the row lost cells (``lost``: a copy closing every cell with a mark, a blank one a bare mark
of its own, gives by each row's number how many cells it closes fewer than the header's labels, so a cell printing
nothing at all was dropped, neither blank nor merged): then it is read as empty, the row's ``emptied`` saying so
(``cell_missing_inferred``), the other cells placed by their kinds — only where the cells the row leaves out (lost
and merged) are as many as it is short, and no line the row places as a person closes with a town's level word
(王庄镇, 石桥镇: a town owning the task reads as a name by its surname, and the lost cell would be its leader's). A
category cell missing is the category above merged down its group (a ``merged_from="above"`` copy, as a reader
expanding a rowspan makes), warned the same way (the text does not print the merge; cells.py warns a group cell it
copies down alike): the interpreter reads that column as the heading of its rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from pilotplans.cachedir import code_as_imported
from pilotplans.layout import Cell, Grid, Row, Where
from pilotplans.parsers.text.cells import _HEADING, _next_content
from pilotplans.parsers.text.lines import Line
from pilotplans.patterns import compiled
from pilotplans.textutil import is_terminated, nfkc, squash

FILE = "cell_kinds.toml"
MIN_COLUMNS = 3
MAX_COLUMNS = 7
MIN_ROWS = 3
"""The fewest numbered rows such a table is read from: a period of rows, not a list's few lines."""

_UNIT_LINE = compiled(r"^[（(][^（）()]{1,4}[)）]$")  # a label's unit printed on a line of its own: (单位)
_MARKS = "。，；：、,;:！？!?“”\"《》"  # a category or an unknown label holds none of them
_PERSON_CUT = compiled(r"[、，,]")
_HAN = compiled(r"^\p{Han}+$")
_LIST_CUT = compiled(r"[、，,；;]")
# a telephone number alone on its line (0635-7219958, (0635)7219958, 13812345678), or labelled as one (联系电话：…)
_TELEPHONE = compiled(r"^\s*(?:[(（]?0\d{2,3}[)）]?[-－—\s]?\d{7,8}|1[3-9]\d{9}|\p{Han}{0,4}电话\s*[:：].*)\s*$")
_JOINING = ("，", ",", "、", "；", ";", "：", ":", "（", "(", "“", "《", "—")  # a line ending so leaves its sentence open

_KIND_OF_ROLE = {"number": "number", "text": "sentence", "responsibility": "bodies", "cooperating": "bodies",
                 "superior": "bodies", "deadline": "deadline", "leader": "person", "remarks": "remark",
                 "heading": "category", "": "category"}
_MERGING = ("deadline", "person", "bodies")  # the kinds of cell a page merges down a group of rows


@dataclass(frozen=True)
class CellKinds:
    """The data telling a cell's kind (``pilotplans/data/cell_kinds.toml``)."""

    owner_endings: tuple[str, ...]
    section_endings: tuple[str, ...]
    person_lengths: tuple[int, int]
    surnames: frozenset[str]
    compound_surnames: tuple[str, ...]
    no_name_endings: tuple[str, ...]
    category_max: int
    unknown_label_max: int


@lru_cache(maxsize=1)
def cell_kinds() -> CellKinds:
    """The package's cell kinds, read and validated once, and kept in the cache folder: a later run reads them back
    without the TOML parser or pydantic's schema of the file (a model class built and a file validated on every
    rebuild of the bundled texts, where a 序号 header is met)."""
    from pilotplans.cachedir import made_from_data

    return made_from_data("cell-kinds", FILE, _CODE, cell_kinds_of, CellKinds)


def cell_kinds_of(text: str) -> CellKinds:
    """The cell kinds of ``text``, a ``cell_kinds.toml``, validated: a one-line error naming the file and the key."""
    from pilotplans.errors import validated_data_file
    from pilotplans.parsers.text.cell_kinds_schema import _File  # here: pydantic only where the file is read

    data = validated_data_file(_File, text, FILE)
    return CellKinds(tuple(data.owner_endings), tuple(data.section_endings), data.person_name_length,
                     frozenset(squash(data.surnames)), tuple(data.compound_surnames),
                     tuple(squash(data.no_name_endings)), data.category_max_length, data.unknown_label_max_length)


#: The code the kept cell kinds are made by: this module (whose ``CellKinds`` they pickle as), the file's schema and
#: the squashing of the surnames (``textutil``).
_CODE = code_as_imported(__file__, Path(__file__).with_name("cell_kinds_schema.py"), Path(__file__).parents[2] / "textutil.py")


@dataclass(frozen=True)
class Column:
    """A header's column: its label as printed (a unit's line joined), the kind of its cells, its header lines."""

    label: str
    kind: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class KindedTable:
    """A table found: its columns, its grid's rows (the header's, heading rows, one row a number) and the index
    after its last line."""

    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    end: int


def kinded_table_end(lines: list[Line], start: int, lost: Mapping[int, int] | None = None) -> int | None:
    """The index after the last line of a numbered table one cell a line whose header opens at ``lines[start]``,
    read by its cells' kinds (see the module; ``lost`` as there); None where none opens there or its rows cannot all
    be told."""
    found = kinded_table(lines, start, lost)
    return found.end if found else None


def read_kinded_table(lines: list[Line], lost: Mapping[int, int] | None = None) -> Grid:
    """The grid of the table :func:`kinded_table_end` found at ``lines[0]``: the header row, heading rows, then one
    row a number, its merged cells copied from the row above (a cell ``lost`` with none above read as empty)."""
    found = kinded_table(lines, 0, lost)
    assert found is not None
    return Grid(rows=found.rows, where=found.rows[0].where.spanning(found.rows[-1].where))


def kinded_table(lines: list[Line], start: int, lost: Mapping[int, int] | None = None) -> KindedTable | None:
    """The table opening at ``lines[start]`` (see the module), or None. ``lost``: by a row's number, how many cells
    the row closes fewer than the header's labels in a copy closing every cell with a mark; a cell of a merging column
    such a row does not print, with no row above printing one, was dropped by the copy, read as empty."""
    columns, first = _header(lines, start)
    if columns is None:
        return None
    rows: list[Row] = [_header_row(columns)]
    i = _next_content(lines, first)
    while i < len(lines) and _HEADING.match(lines[i].text):
        rows.append(_cells_row([[lines[i]]]))
        i = _next_content(lines, i + 1)
    expected = 1
    above: dict[int, list[Line]] = {}
    read = 0
    while i < len(lines) and _number(lines[i]) == expected:
        number = lines[i]
        nxt = _number_line(lines, i + 1, expected + 1)
        body = [line for line in lines[i + 1:nxt] if not line.blank]
        last = nxt >= len(lines)
        if last:
            body = _before_contact(lines, _before_signature(lines, body, columns))
        trailing: list[Line] = []
        while not last and body and _HEADING.match(body[-1].text):
            trailing.insert(0, body.pop())
        if any(_number(line) is not None for line in body):
            return None  # a number alone inside a row (a page's number, a row's printed twice): which opens it is unsure
        placed = _place(body, columns[1:], last)
        if placed is None:
            return None
        cells, used = placed
        row_rows = _kinded_rows(number, cells, columns, above, (lost or {}).get(expected, 0))
        if row_rows is None:
            return None
        rows.extend(row_rows)
        rows.extend(_cells_row([[line]]) for line in trailing)
        read += 1
        expected += 1
        if last:
            end = lines.index(body[used - 1]) + 1 if used else i + 1
            return KindedTable(tuple(columns), tuple(rows), end) if read >= MIN_ROWS else None
        i = nxt
    return None


def _header(lines: list[Line], start: int) -> tuple[list[Column] | None, int]:
    """The header's columns opening at ``lines[start]`` and the index after it; (None, start) where none does."""
    from pilotplans.parsers.columns import is_whole_label, role_of

    first = lines[start]
    text = first.text.strip()
    if not text or len(text) > 4 or role_of(text) != "number" or not is_whole_label(text):
        return None, start  # cheap: most lines are no 序号
    kinds = cell_kinds()
    columns = [Column(text, "number", (first,))]
    k = start + 1
    while (k := _next_content(lines, k)) < len(lines):
        line = lines[k]
        label = line.text.strip()
        if _UNIT_LINE.match(label) and columns[-1].kind != "number":
            joined = columns[-1]
            columns[-1] = Column(joined.label + label, joined.kind, (*joined.lines, line))
        elif is_whole_label(label) and (role := role_of(label)) is not None:
            columns.append(Column(label, role, (line,)))
        elif (_number(line) is None and not _HEADING.match(label) and len(squash(label)) <= kinds.unknown_label_max
              and not any(mark in label for mark in _MARKS) and _HAN.match(squash(label))):
            columns.append(Column(label, "", (line,)))
        else:
            break
        k += 1
    roles = [column.kind for column in columns]
    sentence = "text" if "text" in roles else "task"
    kinded: list[Column] = []
    for column in columns:
        kind = "sentence" if column.kind == sentence else "category" if column.kind == "task" else _KIND_OF_ROLE.get(column.kind)
        if kind is None:
            return None, start  # a column of another kind (适用范围, 政策依据): not this reader's
        kinded.append(Column(column.label, kind, column.lines))
    found = [column.kind for column in kinded]
    if not MIN_COLUMNS <= len(kinded) <= MAX_COLUMNS or found.count("sentence") != 1 or "bodies" not in found:
        return None, start
    at = found.index("sentence")
    if "category" in found[at:] or "number" in found[1:]:
        return None, start  # a category column after the task's, or a second number column
    return kinded, k


def _place(body: list[Line], columns: list[Column], last: bool) -> tuple[dict[int, list[Line]], int] | None:
    """The row's lines by column (indices into ``columns``) as their kinds place them, and how many lines were
    placed; None where the task is missing or lines are left over (a row other than the last).

    The last row's end is not printed: where its task runs on over lines and no cell of a later column follows them,
    the lines may be the page's after the table (解读机构及咨询方式 / 政策解读单位:…, an attachment's title), and the
    task runs on only over a line its line before leaves mid-sentence (…，)."""
    placed = _placed(body, columns, last, joined_only=False)
    if last and placed is not None:
        cells, _ = placed
        at = next(i for i, column in enumerate(columns) if column.kind == "sentence")
        if len(cells.get(at, ())) > 1 and not any(i > at for i in cells):
            placed = _placed(body, columns, last, joined_only=True)
    return placed


def _placed(body: list[Line], columns: list[Column], last: bool, joined_only: bool) -> tuple[dict[int, list[Line]], int] | None:
    cells: dict[int, list[Line]] = {}
    k = 0
    for index, column in enumerate(columns):
        taken: list[Line] = []
        if column.kind == "category":
            if k + 1 < len(body) and _is_category(body[k].text):
                taken.append(body[k])
        elif column.kind == "sentence":
            while k + len(taken) < len(body) and _is_text(body[k + len(taken)].text) and (
                    not taken or (_runs_on(taken[-1].text, body[k + len(taken)].text)
                                  and (not joined_only or taken[-1].text.strip().endswith(_JOINING)))):
                taken.append(body[k + len(taken)])
            if not taken:
                return None
        elif column.kind == "deadline":
            if k < len(body) and _is_deadline(body[k].text):
                taken.append(body[k])
        elif column.kind == "person":
            if k < len(body) and _is_person(body[k].text):
                taken.append(body[k])
            elif k < len(body) and _closes_as_no_name(body[k].text):
                return None  # a leader's place holding a word like a name (高质量): the row is unsure, not read
        elif column.kind == "bodies":
            while k + len(taken) < len(body) and _is_bodies(body[k + len(taken)].text):
                taken.append(body[k + len(taken)])
        elif column.kind == "remark" and index == len(columns) - 1 and not last:
            taken.extend(body[k:])
        if taken:
            cells[index] = taken
            k += len(taken)
    if k < len(body) and not last:
        return None
    return cells, k


def _kinded_rows(number: Line, cells: dict[int, list[Line]], columns: list[Column],
                 above: dict[int, list[Line]], short: int = 0) -> list[Row] | None:
    """The row of ``number``, merged cells read from ``above`` (the cells of the rows above by column, updated
    here); None where a cell of a merging column is missing and no row above prints one, unless the row is ``short``
    of cells by its marks (the cell lost: read as empty, the row's ``emptied`` saying so) — as many as it leaves out,
    and no person it places closing like a town (see the module)."""
    rows: list[Row] = []
    grid: list[list[Line]] = [[number]]
    carried: list[str] = []
    dropped: list[str] = []
    merged: set[int] = set()
    for index, column in enumerate(columns[1:]):
        printed = cells.get(index)
        if printed is None and column.kind == "category" and index in above:
            printed = above[index]  # the category goes on: its cell merged down the rows of its group
            merged.add(len(grid))
            carried.append(column.label)  # told from the text, not printed: warned as cells.py warns a group cell
        elif printed is None and column.kind in _MERGING:
            if index not in above and not short:
                return None  # nothing above to merge from: a blank cell or one lost, which the text cannot tell
            if index in above:
                printed = above[index]
                carried.append(column.label)
            else:
                dropped.append(column.label)  # the copy marks a blank cell: printing none, this one was lost
        if printed and column.kind in (*_MERGING, "category"):
            above[index] = printed
        grid.append(printed or [])
    if dropped and (len(dropped) + len(carried) != short or any(
            _closes_as_town(line.text) for k, column in enumerate(columns[1:]) if column.kind == "person"
            for line in cells.get(k, ()))):
        return None  # the marks count other cells missing than the kinds place, or a town may be the owner read as a name
    row = _cells_row(grid)
    said = f"row {number.text.strip()} (line {number.number}) prints no "
    inferred = (said + "/".join(carried) + ": read as merged with the row above") if carried else None
    emptied = (said + "/".join(dropped) + " cell, not even a blank one, and no row above prints one to merge down: "
               "the copy lost it, read as empty") if dropped else None
    cells_out = tuple(replace(cell, merged_from="above") if k in merged else cell for k, cell in enumerate(row.cells))
    rows.append(Row(cells=cells_out, where=row.where, inferred=inferred, emptied=emptied))
    return rows


def _header_row(columns: list[Column]) -> Row:
    """The header's row: each label as the vocabulary reads it (责任股室 of 责任股室 / (单位): the unit names no
    role), placed over the lines it was printed on."""
    cells = tuple(Cell(paragraphs=(column.lines[0].text.strip(),),
                       where=Where(line_start=column.lines[0].number, line_end=column.lines[-1].number))
                  for column in columns)
    return Row(cells=cells, where=cells[0].where.spanning(cells[-1].where))


def _cells_row(cells: list[list[Line]]) -> Row:
    grid_cells = tuple(
        Cell(paragraphs=tuple(line.text.strip() for line in cell),
             where=Where(line_start=cell[0].number, line_end=cell[-1].number) if cell else Where())
        for cell in cells)
    printed = [cell.where for cell in grid_cells if cell.where.line_start is not None] or [Where()]
    return Row(cells=grid_cells, where=printed[0].spanning(printed[-1]))


def _before_signature(lines: list[Line], body: list[Line], columns: list[Column]) -> list[Line]:
    """The last row's lines before a notice's signature after the table (略阳县文化和旅游局 / 2019年3月5日, an office's
    name and a whole date: cells.py's ``_signature_at``; or an office's name over its imprint, 2019年3月5日印发:
    ``_undated_sign_off_at``, where such a date line follows), which a column of bodies closing the row would take.
    A notice may date itself by its month (略阳县文化和旅游局 / 2019年3月): such a signature ends the row too where no
    deadline column follows the bodies' (the month could be no cell of the row); where one does, the month may be
    the row's deadline and the office its last owner, and the row reads them so, as before."""
    from pilotplans.parsers.text.cells import (_OPENS_WITH_DATE, _SIGNERS, _month_signature_at, _names_a_place,
                                               _signature_at, _undated_sign_off_at)

    index = {line.number: k for k, line in enumerate(lines)}
    kinds = [column.kind for column in columns]
    month_signs = "bodies" in kinds and "deadline" not in kinds[kinds.index("bodies"):]

    def signs_at(at: int) -> bool:
        k = index[body[at].number]
        return (_signature_at(lines, k, None, len(columns)) or (
                _undated_sign_off_at(lines, k)
                and any(_OPENS_WITH_DATE.match(nfkc(after.text)) for after in lines[k + 1:k + 2 + _SIGNERS])) or (
                month_signs and _month_signature_at(lines, k)))

    for at in range(len(body)):
        if signs_at(at):
            # the row's last bodies (规划建设局, no place) over the signer (略阳县文化和旅游局) over its date read as
            # signers too: the signature opens at the line naming its place, the lines above it the row's
            while at + 1 < len(body) and not _names_a_place(body[at].text) and signs_at(at + 1):
                at += 1
            return body[:at]
    return body


def _before_contact(lines: list[Line], body: list[Line]) -> list[Line]:
    """The last row's lines before a page's contact after the table: a person's name over a telephone number
    (张 超 / 0635-7219958) or over a line labelled as one (电话：…), which a leader's column would take. No column of
    such a table holds a telephone number (a header naming one is not this reader's), so the name is no cell of it:
    where the row prints no leader, it is the one merged from the row above, and warned so."""
    index = {line.number: k for k, line in enumerate(lines)}
    for at, line in enumerate(body):
        k = index[line.number]
        n = _next_content(lines, k + 1)
        if n < len(lines) and _is_person(line.text) and _TELEPHONE.match(nfkc(lines[n].text)):
            return body[:at]
    return body


def _number(line: Line) -> int | None:
    from pilotplans.parsers.text.cells import _number as number

    return number(line) if len(line.text.strip()) <= 4 else None


def _number_line(lines: list[Line], i: int, expected: int) -> int:
    """The index of the next line holding ``expected`` alone at or after ``lines[i]``, or the text's end."""
    while i < len(lines) and _number(lines[i]) != expected:
        i += 1
    return i


def _is_deadline(text: str) -> bool:
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    return vocabulary().is_deadline(text.strip())


def _is_bodies(text: str) -> bool:
    """Whether ``text`` lists bodies: each name ends like a body's (tasklist.toml body_endings, or an owner's
    ending of cell_kinds.toml) or is one the registry knows alone (各股室). A line labelled before a colon
    (政策解读单位:高唐县人民政府办公室, a page's field after the table) is no cell of names."""
    from pilotplans.normalizers.resolve import names_a_body_alone
    from pilotplans.parsers.interpret.fields import is_body_list

    text = text.strip().rstrip("。")
    if not text or ":" in text or "：" in text or _is_deadline(text):
        return False
    names = [name.strip() for name in _LIST_CUT.split(text) if name.strip()]
    endings = cell_kinds().owner_endings
    return bool(names) and all(is_body_list(name) or names_a_body_alone(name)
                               or (name.endswith(endings) and _HAN.match(name) is not None and len(name) <= 16)
                               for name in names)


def _is_person(text: str) -> bool:
    """Whether ``text`` names people: each a name of a few Han characters opening with a surname (spaced to the
    column's width; traditional characters read as simplified), or a post (副局长)."""
    from pilotplans.normalizers.simplified import fold
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    kinds = cell_kinds()
    low, high = kinds.person_lengths
    posts = vocabulary().leader_posts
    names = [fold(squash(name)) for name in _PERSON_CUT.split(text.strip()) if name.strip()]
    return bool(names) and all(
        (_HAN.match(name) is not None
         and (name.endswith(posts) or (low <= len(name) <= high and _opens_with_surname(name, kinds)))
         and not _is_bodies(name) and not _is_deadline(name)) for name in names)


def _closes_as_town(text: str) -> bool:
    """Whether ``text`` closes with a town's level word (王庄镇, 万安乡, 杨柳街道: departments.toml ``town_units``)."""
    from pilotplans.normalizers.registry import load_registry

    return squash(text).endswith(tuple(load_registry().town_units))


def _opens_with_surname(name: str, kinds: CellKinds) -> bool:
    """Whether ``name`` opens with a surname and a given name of one or two characters follows it, closing as no
    word the language derives or street's name does (高质量, 常规性, 黄泥巷: ``no_name_endings``)."""
    if name.endswith(kinds.no_name_endings):
        return False
    if name.startswith(kinds.compound_surnames) and 3 <= len(name) <= 4:
        return True
    return name[0] in kinds.surnames and 2 <= len(name) <= 3


def _closes_as_no_name(text: str) -> bool:
    """Whether ``text`` is a short word opening as a name does (a surname's character) but closing as a derived
    word or a place's name does (高质量, 常规性: ``no_name_endings``): where a leader may stand, such a line is
    neither the leader nor a line after the table, and the row is not read (the last row's lines would otherwise
    stop at it, its printed bodies lost for the row above's)."""
    from pilotplans.normalizers.simplified import fold

    kinds = cell_kinds()
    low, high = kinds.person_lengths
    name = fold(squash(text))
    return (_HAN.match(name) is not None and low <= len(name) <= high and name.endswith(kinds.no_name_endings)
            and (name[0] in kinds.surnames or name.startswith(kinds.compound_surnames)))


def _runs_on(before: str, line: str) -> bool:
    """Whether the task's ``line`` goes on from the line ``before`` it: that ends no sentence, and ``line`` opens no
    heading (二、保障措施) or attachment (附件2) — what follows a table's last row, never a cell's wrapped line."""
    from pilotplans.parsers.titles import is_attachment_label

    return not is_terminated(before.strip()) and not _HEADING.match(line) and not is_attachment_label(line)


def _is_category(text: str) -> bool:
    """Whether ``text`` may be a category cell: a short phrase, no mark of a sentence, no deadline or bodies."""
    text = text.strip()
    return (0 < len(squash(text)) <= cell_kinds().category_max and not any(mark in text for mark in _MARKS)
            and not _is_deadline(text) and not _is_bodies(text))


def _is_text(text: str) -> bool:
    """Whether ``text`` may be a line of the task's cell: no deadline, no list of bodies, no number alone."""
    text = text.strip()
    return bool(text) and not _is_deadline(text) and not _is_bodies(text) and not (len(text) <= 4 and _is_person(text))

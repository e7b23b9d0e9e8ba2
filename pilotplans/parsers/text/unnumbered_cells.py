"""Tables copied one cell a line whose rows print no number (牵头单位 / 目标任务 / 责任单位, then row by row).

Nothing marks where such a table's rows begin: no number opens them (:mod:`.cells` reads the numbered
ones). Its columns can still be told where the header names them and every row prints one line a
column: a **header** of three or more lines in a row, each a whole label of the column vocabulary (none
the number column's), one naming a text or task column and one a column of bodies; then **records**
of as many lines each, every line fitting its column — a list of bodies under a bodies' column
(each name ending like a body's, or one the registry knows alone: 各乡镇), a deadline under 完成时限, under a text or
task column no list of bodies and no deadline, and no line a label of the header again. The records
run to the text's end or to the notice's signature after them; at least ``MIN_ROWS`` of them.

Where they do not — a cell wrapped over two lines, a cell merged over rows and printed once, a note
after the table — which line opens which row cannot be told, and the table is not read: the lines stay
paragraphs and the document, holding no other task table, is refused naming that form
(:func:`unnumbered_header`, used by the interpreter's refusal), never read by guessing.
"""

from __future__ import annotations

from dataclasses import dataclass

from pilotplans.layout import Grid, Layout
from pilotplans.parsers.text.cells import (_header_lines, _header_roles, _header_row, _next_content, _row, _signature_at,
                                           _undated_sign_off_at)
from pilotplans.parsers.text.lines import Line
from pilotplans.textutil import squash

MIN_COLUMNS = 3
MIN_ROWS = 2
"""The fewest records, each one line a column, that make such a table (one record says nothing of a period)."""

_BODY_ROLES = ("responsibility", "cooperating", "superior")
_WRAPPING_ROLES = ("text", "task")


@dataclass(frozen=True)
class UnnumberedHeader:
    """A header of labels, one a line, over rows printing no number: its lines' indices and roles."""

    indices: tuple[int, ...]
    roles: tuple[str, ...]


def unnumbered_header(lines: list[Line], start: int) -> UnnumberedHeader | None:
    """The header opening at ``lines[start]`` of a table one cell a line whose rows print no number:
    ``MIN_COLUMNS`` or more whole labels (none the number column's), one naming a text or task column
    and one a column of bodies. None where none opens there."""
    if lines[start].blank:
        return None
    indices = _header_lines(lines, start)
    if len(indices) < MIN_COLUMNS:
        return None
    roles = _header_roles(lines, start, indices)
    if (len(roles) != len(indices) or "number" in roles or not any(role in _WRAPPING_ROLES for role in roles)
            or not any(role in _BODY_ROLES for role in roles)):
        return None
    return UnnumberedHeader(tuple(indices), tuple(roles))


def _fits(line: Line, role: str) -> bool:
    """Whether ``line`` may stand alone as a cell of a column of ``role``."""
    from pilotplans.parsers.columns import is_whole_label, role_of
    from pilotplans.parsers.interpret.fields import is_body_list
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    text = line.text.strip()
    if is_whole_label(text) and role_of(text) is not None:
        return False  # the header again, or a label: no cell
    if role in _BODY_ROLES:
        return _lists_bodies(text)
    if role == "deadline":
        return vocabulary().is_deadline(text)
    if role in _WRAPPING_ROLES:
        return not is_body_list(text) and not _lists_bodies(text) and not vocabulary().is_deadline(text)
    return True


def _lists_bodies(text: str) -> bool:
    """Whether ``text`` lists bodies, each ending like a body's name (县统计局) or one the registry
    knows by name alone (各乡镇, 各区县市: a collective)."""
    from pilotplans.normalizers.resolve import names_a_body_alone
    from pilotplans.parsers.interpret.fields import listed_names, is_body_list

    names = listed_names(text.rstrip().rstrip("。"))
    return bool(names) and all(is_body_list(name) or names_a_body_alone(name) for name in names)


def records(lines: list[Line], header: UnnumberedHeader) -> tuple[list[list[Line]], int]:
    """The records after ``header``, as many non-blank lines each as it has labels, while every line
    fits its column; and the index after the last of them."""
    width = len(header.roles)
    found: list[list[Line]] = []
    end = header.indices[-1] + 1
    while True:
        record: list[Line] = []
        k = end
        while len(record) < width and (k := _next_content(lines, k)) < len(lines):
            record.append(lines[k])
            k += 1
        if len(record) < width or not all(_fits(line, role) for line, role in zip(record, header.roles)):
            return found, end
        found.append(record)
        end = k


def unnumbered_table_end(lines: list[Line], start: int) -> int | None:
    """The index after the last line of a table one cell a line whose rows print no number, opening at
    ``lines[start]``; None where none opens there or its rows cannot all be told (see the module)."""
    header = unnumbered_header(lines, start)
    if header is None:
        return None
    rows, end = records(lines, header)
    if len(rows) < MIN_ROWS:
        return None
    rest = _next_content(lines, end)
    if rest < len(lines) and not (_signature_at(lines, rest, None, len(header.roles)) or _undated_sign_off_at(lines, rest)):
        return None  # lines after the records that are no signature: a row not one line a column, or a note
    return end


def read_unnumbered_table(lines: list[Line]) -> Grid:
    """The grid of the table :func:`unnumbered_table_end` found at ``lines[0]``: the header row, then
    one row a record, one cell a line."""
    header = unnumbered_header(lines, 0)
    assert header is not None
    rows = [_header_row(lines, [lines[k] for k in header.indices])]
    rows.extend(_row([[line] for line in record]) for record in records(lines, header)[0])
    return Grid(rows=tuple(rows), where=rows[0].where.spanning(rows[-1].where))


def unread_table_cause(layout: Layout) -> str | None:
    """Why a layout holding the header of a table one cell a line over rows printing no number, its
    lines left paragraphs (:func:`unnumbered_table_end` could not tell its rows), gave no table: where
    its rows stop printing one line a column, or what follows them; None where it holds no such header."""
    lines = _paragraph_lines(layout)
    for start in range(len(lines)):
        header = unnumbered_header(lines, start)
        if header is None:
            continue
        labels = "/".join(squash(lines[k].text) for k in header.indices)  # 目   标   任   务 spaced to its width
        rows, end = records(lines, header)
        misfit = _misfit(lines, end, header)
        if misfit is not None:
            line, label = misfit
            where = (f"its {'first row' if not rows else f'row {len(rows) + 1}'} does not print one line a column: "
                     f"line {line.number} ({_shown(line)}) is no {label} cell")
        else:
            stop = lines[_next_content(lines, end)]
            where = (f"after its {len(rows)} row{'s' if len(rows) != 1 else ''} of one line a column, line "
                     f"{stop.number} ({_shown(stop)}) opens no row and no signature")
        return (f"no task table or task list found: a table copied one cell a line under the labels {labels} "
                f"(line {lines[header.indices[0]].number}) prints no row numbers, and {where}: a cell wrapped over "
                f"lines, or merged over rows and printed once, and which line opens which row cannot be told; "
                f"no numbered item names its 责任单位/牵头单位")
    return None


def _misfit(lines: list[Line], end: int, header: UnnumberedHeader) -> tuple[Line, str] | None:
    """The first line of the record opening at ``lines[end]`` that does not fit its column, with that
    column's label; None where every line there fits (too few lines left for a record)."""
    k = end
    for role, index in zip(header.roles, header.indices):
        k = _next_content(lines, k)
        if k >= len(lines):
            return None
        if not _fits(lines[k], role):
            return lines[k], squash(lines[index].text)
        k += 1
    return None


def _shown(line: Line) -> str:
    text = line.text.strip()
    return text[:16] + ("…" if len(text) > 16 else "")


def _paragraph_lines(layout: Layout) -> list[Line]:
    """The layout's paragraphs' lines, numbered by the source's lines where the layout says them (a
    text file's), else one after the other."""
    lines: list[Line] = []
    for paragraph in layout.paragraphs:
        start = paragraph.where.line_start
        for offset, text in enumerate(paragraph.text.split("\n")):
            lines.append(Line(start + offset if start is not None else len(lines) + 1, text))
    return lines

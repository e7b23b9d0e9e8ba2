"""The rows of a table printed one cell a line whose header opens with a category column before its numbers
(类别 | 序号 | 任务名称 | … | 完成时间节点: 闵行 2023's task table, each cell closed by `` |``), the category merged
down its group of rows: printed on the group's first row, before that row's number, and left out of the rows below.

Counted by the distance between numbers, such rows are as wide as a row without its category, and every cell after
the first group slides a place: the deadlines of the rows under a group's first were read as their headings, the
category of the next group as the deadline of the row above it. Here a row runs from its number to the next row's
number; it holds its cells after the category, and one more cell where the next row prints its category. Which it is
the cell before the next number tells, by the kind of the last column (a deadline, a list of bodies): the row's own
last cell is of that kind, a category is of neither. The category found is carried down the rows of its group, as a
cell merged over rows is by every other reader. Where the cells do not fall so (a row one cell short beside a
printed category, a cell the kinds cannot tell) the table is refused in one line: a count would place the cells
wrong, and so would a guess. One lost cell the kinds do place: a last column of deadlines whose cell a row does not
print, the next category merged down, where the row's last cell is of the kind of the column before the deadline
(bodies under 责任单位; every other cell lost would leave the deadline last) is read as empty, the row's ``emptied``
saying so (stop 58) — never a deadline shifted into a heading or another column.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from pilotplans.parsers.text.pipes import _Row

# the roles a header's first label gives a category column merged down its rows (类别, 领域 → heading; 试点任务,
# 重点任务 → task, which groups the measures where a text column follows)
_CATEGORY_ROLES = ("heading", "task")
# the roles of a last column whose cells the kinds tell from a category's
_KNOWN_LAST = ("deadline", "responsibility", "cooperating")


def category_rows(cells: list[_Row], numbers: list[tuple[int, int]]) -> list[_Row] | None:
    """The header and the rows of ``cells`` (one cell each, in order; ``numbers`` the places and values of the cells
    printing a number alone) where the header opens with a category label then 序号 and the rows number 1, 2, 3 …
    from its end: each row's category cell first (carried down from its group's first row), then its own cells.
    None where the header does not open so; :class:`FlattenedTableError` where it does and the cells do not fall
    into such rows."""
    from pilotplans.parsers.columns import role_of
    from pilotplans.parsers.text.pipes import _merged, _text

    roles = [role_of(_text(row.cells[0])) for row in cells[:2]]
    if len(roles) < 2 or roles[0] not in _CATEGORY_ROLES or roles[1] != "number":
        return None
    run = _run_from_one(numbers)
    if not run:
        return None
    width = run[0] - 1  # the header's labels, then row 1's category before its number
    if width < 3:
        return None
    if all(b - a == width for a, b in zip(run, run[1:])):
        # every row prints its category (a bare | where blank): no cell is merged down, and the rows are as wide as
        # the header, read by the distance between numbers as before — the kinds below are not asked, a last column
        # of no kind they tell (责任领导: 张三) being a table's too
        return None
    opening = _text(cells[width].cells[0])
    if role_of(opening) is not None or not _may_be_category(opening):
        _refuse(cells[run[0]], f"its row 1 prints no {_text(cells[0].cells[0])} cell before its number, and no row "
                               f"above prints one to merge down")
    last_role = role_of(_text(cells[width - 1].cells[0]))
    before_role = role_of(_text(cells[width - 2].cells[0]))  # the column before the last
    header = _merged(cells[:width])
    category = cells[width]
    printed = True  # whether the row prints its category (row 1 does), or it is carried down from a row above
    rows = [header]
    for k, start in enumerate(run):
        stop = run[k + 1] if k + 1 < len(run) else len(cells)
        own = cells[start:stop]
        following = None
        emptied = None
        if k + 1 < len(run):
            own, following, emptied = _split_category(own, width, (last_role, before_role), cells[0],
                                                      _text(cells[width - 1].cells[0]))
        elif len(own) > width - 1:
            _refuse(own[0], f"its last row {_text(own[0].cells[0])} holds {len(own)} cells where a row holds "
                            f"{width - 1} after its {_text(cells[0].cells[0])}")
        # the row runs over its lines, its category's where it prints one; a category carried down from a row above
        # is no line of it
        row = _merged([category, *own])
        if not printed:  # warned as every reader of a table one cell a line warns a group cell it carries down
            row = replace(row, first=own[0].first, carried=0, inferred=(
                f"row {_text(own[0].cells[0])} (line {own[0].first}) prints no {_text(cells[0].cells[0])}: read as "
                f"merged with the row above"))
        if emptied is not None:
            row = replace(row, emptied=emptied)
        rows.append(row)
        printed = following is not None
        if following is not None:
            category = following
    return rows


def _run_from_one(numbers: list[tuple[int, int]]) -> list[int]:
    """The places of the numbers 1, 2, 3 … counting up by one from the first 1."""
    run: list[int] = []
    for place, value in numbers:
        if value == len(run) + 1:
            run.append(place)
        elif run:
            break
    return run


def _split_category(own: list[_Row], width: int, roles: tuple[str | None, str | None], label: _Row,
                    last_label: str) -> tuple[list[_Row], _Row | None, str | None]:
    """A row's own cells, the next row's category cell (None where it is merged down) and what the row does not print
    (a deadline lost, read as empty: see :func:`_deadline_lost`) out of the cells from the row's number to the next
    row's, ``roles`` those of the last column and the one before it; refused where they cannot be told."""
    from pilotplans.parsers.text.pipes import _text

    last_role, before_role = roles
    name = _text(label.cells[0])
    number = _text(own[0].cells[0])
    lost = _deadline_lost(own, width, roles, last_label)
    if lost is not None:
        return lost
    if len(own) == width:
        # the next row's category printed, or printed blank (a bare |: 海南's table marks its merged category so, and
        # the blank heading cell reads on from the one above as a merged cell does)
        category = _text(own[-1].cells[0])
        if (not category or _may_be_category(category)) and _of_last_kind(own[-2], last_role) is not False:
            return own[:-1], own[-1], None
        _refuse(own[0], f"its row {number} holds one cell more than a row and the cell before the next number reads "
                        f"as no {name}")
    if len(own) == width - 1:
        if _of_last_kind(own[-1], last_role) is not False:
            return own, None, None
        _refuse(own[0], f"its row {number} closes {width - 2} cells where a row holds {width - 1} after its {name}, "
                        f"and the cell before the next number reads as its next {name}: a cell is lost and the "
                        f"cells' kinds cannot tell which")
    _refuse(own[0], f"its row {number} holds {len(own)} cells where a row holds {width - 1} after its {name}, or "
                    f"one more where the next row prints its {name}")


def _deadline_lost(own: list[_Row], width: int, roles: tuple[str | None, str | None],
                   last_label: str) -> tuple[list[_Row], _Row | None, str] | None:
    """A row that lost its deadline under a last column of deadlines: its cells one short of a row's with the next
    row's category merged down, its last cell printed of no deadline's kind and of the kind the column before the
    deadline holds (a list of bodies under 责任单位, people under 责任领导). Any other cell lost would leave the
    deadline the row's last, and a cell of the column before it says the deadline is the cell lost, not a deadline of
    no kind the reader tells (常态化推进) printed after a lost owner or town: the row's cells as printed and a blank
    deadline, and the words saying so. None where the row is not so, refused by the caller: a blank last cell or one
    under a column whose kind the reader does not tell (责任街镇: 浦江镇); and a row one cell short beside a printed
    category, which no kind tells from a row losing nothing whose deadline (常态化推进) a category's phrase may be."""
    from pilotplans.parsers.text.kinded_cells import _is_deadline
    from pilotplans.parsers.text.pipes import _Cell, _Row, _text

    last_role, before_role = roles
    if last_role != "deadline" or len(own) != width - 2 or len(own) < 2:
        return None
    last = _text(own[-1].cells[0])
    if not last.strip() or _is_deadline(last) or not _of_kind(own[-1], before_role):
        return None
    blank = _Row(cells=[_Cell()], first=own[-1].last, last=own[-1].last)
    return [*own, blank], None, (
        f"row {_text(own[0].cells[0])} (line {own[0].first}) prints no {last_label} cell, not even a blank one, its "
        f"last cell ({last[:20]}) of the column before it: the copy lost it, read as empty")


def _of_kind(cell: _Row, role: str | None) -> bool:
    """Whether ``cell``'s text is positively of the kind ``role``'s column holds: a list of bodies (a lead's mark, *,
    beside a name) for owners, people for leaders; False for a column whose cells have no kind the reader tells."""
    from pilotplans.parsers.text.kinded_cells import _is_bodies, _is_person
    from pilotplans.parsers.text.pipes import _text

    if role in ("responsibility", "cooperating"):
        listed = "、".join(line.strip() for _, line in cell.cells[0].lines if line.strip())  # a body a line
        return _is_bodies(listed.replace("*", "").replace("＊", ""))
    if role == "leader":
        return _is_person(_text(cell.cells[0]))
    return False


def _of_last_kind(cell: _Row, role: str | None) -> bool | None:
    """Whether ``text`` is of the kind the last column's ``role`` holds (a deadline, a list of bodies; a blank cell is
    any column's); where the role's cells have no kind the reader tells, None for a text no category may be, False for
    one that may be a category (no kind tells whose it is)."""
    from pilotplans.parsers.text.kinded_cells import _is_bodies, _is_deadline
    from pilotplans.parsers.text.pipes import _text

    text = _text(cell.cells[0])
    if not text.strip():
        return True  # a blank cell (a bare |): the row's own, no category is printed blank
    if role == "deadline":
        return _is_deadline(text)
    if role in _KNOWN_LAST:
        # a list of bodies, or a responsibility's clauses (省药品监管局负责推进。), which no category's phrase is
        listed = "、".join(line.strip() for _, line in cell.cells[0].lines if line.strip())  # a body a line
        return _is_bodies(listed.replace("*", "").replace("＊", "")) or not _may_be_category(text)
    # a column whose cells have no kind the reader tells (备注): its text is the row's own only where it may be no
    # category (a sentence closed); else which row it belongs to no kind tells
    return False if _may_be_category(text) else None


def _may_be_category(text: str) -> bool:
    """Whether ``text`` may be a category cell: a phrase (no number alone, no deadline, no list of bodies, no mark
    between clauses or closing a sentence: (一)持续推进“两个示范村”建设, (二)全面探索完善管理体制)."""
    from pilotplans.normalizers.numbers import parse_measure_number
    from pilotplans.parsers.interpret.table_words import table_words
    from pilotplans.parsers.text.kinded_cells import _is_bodies, _is_deadline

    text = text.strip()
    return (bool(text) and parse_measure_number(text) is None and not _is_deadline(text) and not _is_bodies(text)
            and not any(mark in text for mark in table_words().clause_marks))


def _refuse(row: _Row, why: str) -> NoReturn:
    """Refuse the table in one line saying ``why``, at ``row``'s first line."""
    from pilotplans.parsers.text.cells import FlattenedTableError

    raise FlattenedTableError(
        f"a table printed one cell per line opens each group of rows with a category merged down: {why} (line "
        f"{row.first}) — print every cell of the row (a bare | for a blank one)")

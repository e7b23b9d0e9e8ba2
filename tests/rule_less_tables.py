"""PDF task tables printed without rules between their rows, generated over every dimension such a
page varies in, in-process (glyphs as in tests/test_read_pdf.py: 10 pt text, a CJK glyph one em wide).

A table without rules shows where a row begins only by how its text and cells sit. A case draws:

* the anchor: where each row's owner and deadline cells sit beside the row's lines — on its first
  line (cells set at the top), centred, or on its last line (set at the bottom);
* the lines: every line a closed sentence (a clause ending 。 or ；) or lines running the column's full
  width, the row's last line closing its sentence;
* a number column (序号): none, the row's number on its first line, or the number sitting with the
  other cells (at the anchor);
* the pitch: even (13 pt between every two lines) or a larger gap between rows (21 pt);
* the header: one line of labels, or two (具体举措 | 责任单位 | 完成 over 时限, the deadline's label wrapped);
* the owner cell: one line, or two lines (商务部、财政部、 / 海关总署) on rows of four lines, the
  two lines centred on the middle two.

The rows' text is real: clauses of the State Council's 2020 task table
(tests/fixtures/national-2020-tasks.html), each a closed clause as printed there, laid out a clause a
line or run on over full lines. Owners are bodies the same table names.

Each case knows what a reader must give, from the case alone: each row's text (whitespace aside),
owner and deadline, and whether the page's evidence can decide where a row begins. Where it cannot
(cells off the first line, no number on a row's first line, even pitch, every line a closed sentence:
the same lines cut into rows of one size a line apart read as well at the top as at the centre) the
page may instead carry the caution ``rows_uncertain``.
"""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ANCHORS = ("first", "centre", "last")
LINES = ("closed", "full")
NUMBERS = ("none", "first", "anchor")
PITCHES = ("even", "gap")
HEADERS = (1, 2)
OWNER_LINES = (1, 2)

PITCH = 13.0
ROW_GAP = 21.0
ROWS = 5
TEXT_X, NUMBER_X, OWNER_X, DEADLINE_X = 100.0, 70.0, 320.0, 420.0
FULL_WIDTH = 20
"""Characters of a full line in the text column (10 pt each: 100–300 pt)."""

OWNERS = ("商务部", "财政部", "海关总署", "科技部", "税务总局")
OWNERS_TWO = (("商务部、财政部、", "海关总署"), ("科技部、工业和信", "息化部"), ("人民银行、银保监", "会、证监会"),
              ("交通运输部、民航", "局"), ("文化和旅游部、外", "交部"))
DEADLINES = ("2024年底前", "2025年6月底前", "持续推进", "2024年9月底前", "长期坚持")

SOURCE = Path(__file__).parent / "fixtures" / "national-2020-tasks.html"


@cache
def clauses() -> tuple[str, ...]:
    """Closed clauses of the 2020 task table (8–15 characters and their closing 。 or ；), as printed,
    in the order printed, none twice."""
    text = html.unescape(re.sub(r"<[^>]+>", "\n", SOURCE.read_text(encoding="utf-8")))
    found = re.findall(r"[^，。；：、\n\s（）()“”0-9０-９一二三四五六七八九十]{8,15}[。；]", text)
    return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class Case:
    """One rule-less table's layout: its dimensions (see the module docstring)."""

    anchor: str
    lines: str
    number: str
    pitch: str
    header: int
    owner_lines: int

    @property
    def name(self) -> str:
        return (f"{self.anchor}-{self.lines}-number_{self.number}-{self.pitch}-header{self.header}"
                f"-owner{self.owner_lines}")

    @property
    def decided(self) -> bool:
        """Whether the page's evidence decides where each row begins: cells on the row's first line,
        a number on it, a larger gap between rows, or lines running full width (a row ends at the
        line closing its sentence)."""
        return self.anchor == "first" or self.number == "first" or self.pitch == "gap" or self.lines == "full"


@dataclass(frozen=True)
class ExpectedRow:
    """What a reader must give for one row: its text (whitespace aside), owner and deadline, and
    its number where the table prints one."""

    number: str | None
    text: str
    owner: str
    deadline: str


def cases() -> list[Case]:
    """Every combination of the dimensions (a number set with the anchor is the number on the first
    line where the anchor is the first line: drawn once)."""
    drawn = []
    for anchor, lines, number, pitch, header, owner_lines in itertools.product(
            ANCHORS, LINES, NUMBERS, PITCHES, HEADERS, OWNER_LINES):
        if anchor == "first" and number == "anchor":
            continue
        drawn.append(Case(anchor, lines, number, pitch, header, owner_lines))
    return drawn


def _row_lines(case: Case, row: int) -> list[str]:
    """The printed lines of row ``row``'s text: three (four beside an owner of two lines)."""
    count = 3 if case.owner_lines == 1 else 4
    pool = clauses()
    if case.lines == "closed":
        return list(pool[row * 4: row * 4 + count])
    run = "".join(clause[:-1] + "，" for clause in pool[40 + row * 6: 40 + row * 6 + 5])
    full = [run[k * FULL_WIDTH:(k + 1) * FULL_WIDTH] for k in range(count - 1)]
    return full + [pool[80 + row]]


def _cell_lines(case: Case, row: int) -> list[str]:
    return [OWNERS[row]] if case.owner_lines == 1 else list(OWNERS_TWO[row])


def _anchor_line(case: Case, count: int, cell: int) -> int:
    """The index of the row's line the cell's first line sits beside."""
    if case.anchor == "first":
        return 0
    if case.anchor == "last":
        return count - cell
    return (count - cell) // 2


def expected(case: Case) -> list[ExpectedRow]:
    """The rows as typeset."""
    rows = []
    for row in range(ROWS):
        rows.append(ExpectedRow(str(row + 1) if case.number != "none" else None, "".join(_row_lines(case, row)),
                                "".join(_cell_lines(case, row)), DEADLINES[row]))
    return rows


def header_lines(case: Case) -> list[list[tuple[float, str]]]:
    number = [(NUMBER_X, "序号")] if case.number != "none" else []
    if case.header == 1:
        return [number + [(TEXT_X, "具体举措"), (OWNER_X, "责任单位"), (DEADLINE_X, "完成时限")]]
    return [number + [(TEXT_X, "具体举措"), (OWNER_X, "责任单位"), (DEADLINE_X, "完成")], [(DEADLINE_X, "时限")]]


def page_lines(case: Case) -> list[tuple[float, list[tuple[float, str]]]]:
    """The page's lines, ``(top, [(x, text), ...])``, header first."""
    lines: list[tuple[float, list[tuple[float, str]]]] = []
    top = 100.0
    for pieces in header_lines(case):
        lines.append((top, pieces))
        top += PITCH
    gap = ROW_GAP if case.pitch == "gap" else PITCH
    top += gap - PITCH
    for row in range(ROWS):
        texts = _row_lines(case, row)
        cells = _cell_lines(case, row)
        at = _anchor_line(case, len(texts), len(cells))
        printed: dict[float, list[tuple[float, str]]] = {}
        for index, text in enumerate(texts):
            pieces = printed.setdefault(top + PITCH * index, [])
            pieces.append((TEXT_X, text))
            if case.number == "first" and index == 0:
                pieces.append((NUMBER_X, str(row + 1)))
            if at <= index < at + len(cells):
                pieces.append((OWNER_X, cells[index - at]))
        # the one-line cells (the deadline, a number set with it) at the anchor of a one-line cell:
        # centred on a row of four lines, half a pitch off its lines
        single = {"first": 0.0, "centre": (len(texts) - 1) / 2, "last": float(len(texts) - 1)}[case.anchor]
        printed.setdefault(top + PITCH * single, []).append((DEADLINE_X, DEADLINES[row]))
        if case.number == "anchor":
            printed[top + PITCH * single].append((NUMBER_X, str(row + 1)))
        lines += [(at_top, sorted(pieces)) for at_top, pieces in sorted(printed.items())]
        top += PITCH * (len(texts) - 1) + gap
    return lines

"""Task tables whose header prints a label over a second line of short words, generated over every dimension such a
header varies in (no published page of the form was found in the pages corpus; the dimension is generated, its rows
real).

The rows are 闵行 2023's (tests/second_heading_tables.py's ``MINHANG``, as printed): a measure, its owners and its
deadline; the owners' first body is the lead, the others its partners. A case draws:

* the owners' label spanning two columns: 责任单位, 责任部门 or 责任主体;
* the words printed under it: 牵头 | 配合, 牵头单位 | 配合单位 (labels of their own) or 主责 | 协同;
* the time: one 完成时限 column, or 时间安排 spanning two columns over 开始 | 完成 or over 开始时间 | 完成时间 (the
  start a month the layout prints before each deadline; no field of a measure holds it);
* the carrier: HTML (rowspan/colspan), DOCX (merged cells), an Excel workbook (merged ranges), or a text copy that
  keeps no merge, its cells parted by tabs or by ``|`` marks (a label spanning two columns printed over a blank).

Each case knows what a reader must give (each row's text, lead, partners, the bodies' roles and the deadline), from
its rows here, never from a reading.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from tests.second_heading_tables import MINHANG

UPPERS = ("责任单位", "责任部门", "责任主体")
SUBS = (("牵头", "配合"), ("牵头单位", "配合单位"), ("主责", "协同"))
TIMES = ("deadline", "start-end", "start-end-labels")
CARRIERS = ("html", "docx", "xlsx", "tabs", "bars")
START = "1月"


@dataclass(frozen=True)
class Expected:
    """What a reader must give for one row: number, text, lead, partners, each body's role, deadline."""

    number: int
    text: str
    lead: str
    partners: str | None
    roles: tuple[tuple[str, str], ...]
    deadline: str


@dataclass(frozen=True)
class SubLabelCase:
    """One drawn table: its owners' label and the words under it, its time columns and its carrier."""

    upper: str
    subs: tuple[str, str]
    time: str
    carrier: str

    @property
    def id(self) -> str:
        return f"{self.carrier}-{self.upper}-{'|'.join(self.subs)}-{self.time}"

    def header(self) -> tuple[list[tuple[str, int, int]], list[str]]:
        """The header's two lines: the first as (label, columns spanned, rows spanned), the second the words under
        the labels spanning columns."""
        first = [("序号", 1, 2), ("任务要求及举措", 1, 2), (self.upper, 2, 1)]
        second = list(self.subs)
        if self.time == "deadline":
            first.append(("完成时限", 1, 2))
        else:
            first.append(("时间安排", 2, 1))
            second += ["开始", "完成"] if self.time == "start-end" else ["开始时间", "完成时间"]
        return first, second

    def rows(self) -> list[list[str]]:
        out = []
        for i, row in enumerate(MINHANG, start=1):
            lead, _, partners = row.owners.partition("、")
            times = [row.deadline] if self.time == "deadline" else [START, row.deadline]
            out.append([str(i), row.text, lead, partners, *times])
        return out

    def expected(self) -> tuple[Expected, ...]:
        found = []
        for i, row in enumerate(MINHANG, start=1):
            lead, _, partners = row.owners.partition("、")
            roles = ((lead, "lead"), *((p, "assist") for p in partners.split("、") if p))
            found.append(Expected(i, row.text, lead, partners or None, roles, row.deadline))
        return tuple(found)


def sub_label_cases() -> list[SubLabelCase]:
    """Every case: each owners' label × the words under it × the time columns × each carrier."""
    return [SubLabelCase(upper, subs, time, carrier)
            for upper, subs, time, carrier in itertools.product(UPPERS, SUBS, TIMES, CARRIERS)]


def _html(case: SubLabelCase) -> str:
    first, second = case.header()
    top = "".join(f"<td colspan='{c}'>{t}</td>" if c > 1 else f"<td rowspan='{r}'>{t}</td>" for t, c, r in first)
    under = "".join(f"<td>{t}</td>" for t in second)
    body = "".join("<tr>" + "".join(f"<td>{t}</td>" for t in row) + "</tr>" for row in case.rows())
    return ("<html><head><meta charset='utf-8'><title>2023年乡村振兴重点任务清单</title></head><body>"
            f"<p>2023年乡村振兴重点任务清单</p><table border='1'><tr>{top}</tr><tr>{under}</tr>{body}</table></body></html>")


def _grid(case: SubLabelCase) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """The table as a grid of texts, the header's merged cells as (row, column, last row, last column)."""
    first, second = case.header()
    width = sum(c for _, c, _ in first)
    top, under, merges = [], [""] * width, []
    words = iter(second)
    for text, columns, rows in first:
        at = len(top)
        top += [text] + [""] * (columns - 1)
        if columns > 1:
            merges.append((0, at, 0, at + columns - 1))
            for c in range(at, at + columns):
                under[c] = next(words)
        else:
            merges.append((0, at, 1, at))
    return [top, under, *case.rows()], merges


def _docx(case: SubLabelCase, path: Path) -> None:
    from docx import Document

    grid, merges = _grid(case)
    document = Document()
    document.add_paragraph("2023年乡村振兴重点任务清单")
    table = document.add_table(rows=len(grid), cols=len(grid[0]))
    for r, cells in enumerate(grid):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    for r, c, last_r, last_c in merges:
        text = grid[r][c]
        table.cell(r, c).merge(table.cell(last_r, last_c))
        table.cell(r, c).text = text
    document.save(path)


def _xlsx(case: SubLabelCase, path: Path) -> None:
    from openpyxl import Workbook

    grid, merges = _grid(case)
    book = Workbook()
    sheet = book.active
    sheet.append(["2023年乡村振兴重点任务清单"])
    for cells in grid:
        sheet.append([text or None for text in cells])
    for r, c, last_r, last_c in merges:
        sheet.merge_cells(start_row=r + 2, start_column=c + 1, end_row=last_r + 2, end_column=last_c + 1)
    book.save(path)


def _text(case: SubLabelCase) -> str:
    """The table as a text copy keeps it: a line a row, its cells parted by tabs or closed in ``|`` marks."""
    grid, _ = _grid(case)
    if case.carrier == "tabs":
        lines = ["\t".join(cells) for cells in grid]
    else:
        lines = ["| " + " | ".join(cells) + " |" for cells in grid]
    return "2023年乡村振兴重点任务清单\n" + "\n".join(lines) + "\n"


def write_case(case: SubLabelCase, folder: Path) -> Path:
    """Write the case's table in its carrier into ``folder``; the file's path."""
    suffix = "txt" if case.carrier in ("tabs", "bars") else case.carrier
    path = folder / f"{case.id.replace('|', '-')}.{suffix}"
    if case.carrier == "html":
        path.write_text(_html(case), encoding="utf-8")
    elif case.carrier == "docx":
        _docx(case, path)
    elif case.carrier == "xlsx":
        _xlsx(case, path)
    else:
        path.write_text(_text(case), encoding="utf-8")
    return path

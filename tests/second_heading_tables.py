"""Task tables with a second heading column, generated over every dimension such a table varies in, from a real table.

The rows are 闵行 2023's (tests/fixtures/prose-blind36/minhang-…-cell-per-line-….txt, its rows 1–4 as printed): a
category (类别), a number (序号), the task's name (任务名称), the measure (任务要求及举措), the owners (责任部门) and a
deadline (完成时间节点). A case draws:

* whether the name column is printed (absent: 类别 | 序号 | 任务要求及举措 | …, each row under its category alone);
* whether a name spans its group of rows: ``merged`` (a name printed once over two numbered rows: an HTML rowspan, a
  DOCX vertical merge) or ``repeated`` (each row prints its group's name again); a name over its rows groups 闵行's
  rows two by two under the first row's name (the grouping is the layout's, the words the page's);
* whether the number column is printed (序号), or the rows go unnumbered;
* the carrier: HTML, DOCX, or text one cell a line closed by `` |`` (闵行's own form; only with the number column, the
  form being read by its numbers, and there a name merged down leaves a row a cell short that no kind tells: refused).

Each case knows what a reader must give (each row's heading path, text, owners and deadline), computed from the rows
here, never from a reading.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class NamedRow:
    """One real row of a table with a second heading column: its category, name, measure, owners and deadline."""

    category: str
    name: str
    text: str
    owners: str
    deadline: str


_FIRST, _SECOND = "(一)持续推进“两个示范村”建设", "(二)全面推进农民集中居住"
MINHANG = (
    NamedRow(_FIRST, "完成2022年度乡村振兴示范村建设",
             "完成2022年度1个乡村振兴示范村建设。对照建设项目清单,如期完成建设任务,加强特色风貌塑造,加大乡村产业培育力度,"
             "改善乡村环境面貌,持续提升建设水平。", "区农业农村委", "10月底"),
    NamedRow(_FIRST, "开展2023年度乡村振兴示范村建设",
             "按市级部署遴选1个示范村开展建设,完成村庄设计,形成建设项目清单。按照产业特色鲜明、社会主体参与、区域联动建设实施"
             "要求推进建设,明显提升乡村风貌。", "区农业农村委", "12月底"),
    NamedRow(_FIRST, "开展市级美丽乡村示范村创建",
             "按市级部署开展美丽乡村示范村创建工作,年内形成若干个生态环境优良、村容风貌靓丽、设施配置到位、管护机制落实的美丽乡村"
             "典型。", "区农业农村委", "12月底"),
    NamedRow(_SECOND, "推进农民相对集中居住",
             "持续稳妥推进农民相对集中居住,完成年度工作目标任务,加快推进已签约项目的安置基地建设,紧抓项目质量安全,保障农户入住"
             "满意度。", "区农业农村委、区规划资源局、区房管局、区财政局、区征收中心", "12月底"),
)
# Cells a task column prints that are no task's title (r_tables39's leftover): the places a row's work is done in
# (闵行's towns and streets), the kind of a project, a year's targets. A column printing them is left unread (said
# so), never made headings: each case's rows take these names in place of 闵行's titles, and read under their
# category alone.
UNTITLED = {
    "places": ("浦锦街道、马桥镇", "七宝镇、虹桥镇", "江川路街道", "古美路街道"),
    "kind-words": ("新建", "续建", "新建", "改扩建"),
    "targets": ("地区生产总值增长6%左右", "居民收入增长5%", "城镇登记失业率3.5%以内", "完成固定资产投资任务"),
}
LABELS = {"category": "类别", "number": "序号", "name": "任务名称", "text": "任务要求及举措", "owners": "责任部门",
          "deadline": "完成时间节点"}
CARRIERS = ("html", "docx", "marked")


@dataclass(frozen=True)
class Expected:
    """What a reader must give for one row: its number, heading path, text, owners and deadline."""

    number: int | None
    path: tuple[str, ...]
    text: str
    owners: str
    deadline: str


@dataclass(frozen=True)
class HeadingCase:
    """One drawn table: its dimensions, its rows (each row's name as the layout groups it) and what it must read as."""

    named: bool
    merged: bool
    numbered: bool
    carrier: str
    rows: tuple[NamedRow, ...]
    expected: tuple[Expected, ...] | None  # None: the reader must refuse the table

    @property
    def id(self) -> str:
        name = ("merged" if self.merged else "repeated") if self.named else "no-name"
        return f"{self.carrier}-{name}-{'numbered' if self.numbered else 'unnumbered'}"

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(c for c in LABELS if (c != "name" or self.named) and (c != "number" or self.numbered))


def _title(category: str) -> str:
    return category.split(")", 1)[1]


def _grouped(rows: tuple[NamedRow, ...]) -> tuple[NamedRow, ...]:
    """The rows two by two under the first one's name (a name over several numbered rows), within a category."""
    out: list[NamedRow] = []
    for _, group in itertools.groupby(rows, key=lambda r: r.category):
        members = list(group)
        for i, row in enumerate(members):
            out.append(NamedRow(row.category, members[i - i % 2].name, row.text, row.owners, row.deadline))
    return tuple(out)


def _expected(rows: tuple[NamedRow, ...], named: bool, numbered: bool) -> tuple[Expected, ...]:
    return tuple(Expected(number=i if numbered else None,
                          path=(_title(r.category), r.name) if named else (_title(r.category),),
                          text=r.text, owners=r.owners, deadline=r.deadline) for i, r in enumerate(rows, start=1))


def heading_cases() -> list[HeadingCase]:
    """Every case: name column absent, or present merged or repeated; numbered or not; each carrier."""
    found: list[HeadingCase] = []
    for named, merged, numbered, carrier in itertools.product((False, True), (False, True), (True, False), CARRIERS):
        if merged and not named:
            continue
        if carrier == "marked" and not numbered:
            continue  # a table one cell a line is read by its numbers
        rows = _grouped(MINHANG) if merged else MINHANG
        refused = carrier == "marked" and merged
        found.append(HeadingCase(named, merged, numbered, carrier, rows,
                                 None if refused else _expected(rows, named, numbered)))
    return found


def untitled_cases() -> list[tuple[str, HeadingCase]]:
    """Each kind of cell no title is (``UNTITLED``) in the name column, repeated on each numbered row, in HTML and DOCX:
    every row read under its category alone, the name column unread."""
    found = []
    for kind, names in UNTITLED.items():
        rows = tuple(NamedRow(r.category, name, r.text, r.owners, r.deadline) for r, name in zip(MINHANG, names))
        for carrier in ("html", "docx"):
            found.append((kind, HeadingCase(True, False, True, carrier, rows, _expected(rows, named=False, numbered=True))))
    return found


def _grid(case: HeadingCase) -> list[list[tuple[str, int]]]:
    """The table's rows of (cell text, rows it spans; 0 for a cell a span above covers): the header first."""
    grid: list[list[tuple[str, int]]] = [[(LABELS[c], 1) for c in case.columns]]
    rows = case.rows
    for i, row in enumerate(rows):
        cells: list[tuple[str, int]] = []
        for column in case.columns:
            if column in ("category", "name"):
                key = (lambda r: r.category) if column == "category" else (lambda r: (r.category, r.name))
                first = i == 0 or key(rows[i - 1]) != key(row)
                span = sum(1 for _ in itertools.takewhile(lambda r: key(r) == key(row), rows[i:]))
                merges = column == "category" or case.merged
                text = row.category if column == "category" else row.name
                cells.append((text, span if first else 0) if merges else (text, 1))
            elif column == "number":
                cells.append((str(i + 1), 1))
            else:
                cells.append((getattr(row, column), 1))
        grid.append(cells)
    return grid


def _html(case: HeadingCase) -> str:
    body = []
    for cells in _grid(case):
        tds = "".join(f"<td rowspan='{span}'>{text}</td>" if span > 1 else f"<td>{text}</td>"
                      for text, span in cells if span)
        body.append(f"<tr>{tds}</tr>")
    return ("<html><head><meta charset='utf-8'><title>2023年乡村振兴重点任务清单</title></head><body>"
            "<p>2023年乡村振兴重点任务清单</p><table border='1'>" + "".join(body) + "</table></body></html>")


def _docx(case: HeadingCase, path: Path) -> None:
    from docx import Document

    grid = _grid(case)
    document = Document()
    document.add_paragraph("2023年乡村振兴重点任务清单")
    table = document.add_table(rows=len(grid), cols=len(grid[0]))
    for r, cells in enumerate(grid):
        for c, (text, span) in enumerate(cells):
            if span:
                table.cell(r, c).text = text
            if span > 1:
                table.cell(r, c).merge(table.cell(r + span - 1, c))
                table.cell(r, c).text = text
    document.save(path)


def _marked(case: HeadingCase) -> str:
    lines = []
    for cells in _grid(case):
        lines.extend(f"{text} |" for text, span in cells if span)
    return "\n".join(lines) + "\n"


def write_case(case: HeadingCase, folder: Path) -> Path:
    """Write the case's table in its carrier into ``folder``; the file's path."""
    if case.carrier == "html":
        path = folder / f"{case.id}.html"
        path.write_text(_html(case), encoding="utf-8")
    elif case.carrier == "docx":
        path = folder / f"{case.id}.docx"
        _docx(case, path)
    else:
        path = folder / f"{case.id}.txt"
        path.write_text(_marked(case), encoding="utf-8")
    return path

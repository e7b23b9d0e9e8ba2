"""Task tables printed one cell a line, generated over every dimension such a page varies in, from real tables.

The rows are real: 略阳's 2019 目标任务 table (tests/fixtures/prose-blind32/lueyang-…-cell-per-line-merged-cells-….txt,
its cells as printed), 霍山's 2025 开发区重点工作及责任清单 (tests/fixtures/text-tables/flattened/huoshan-2025-devzone-pipes.txt,
its three rows without the pipes a converter closed each cell with) and 临安's 2022 民生实事 rows
(tests/fixtures/text-tables/flattened/linan-2022-projects-cell-per-line-*.txt). A case draws:

* the columns: 序号, a category (指标), the task, a leader, the owners, a deadline, a remark — three to seven of them;
* which cells are merged down their group of rows (printed on its first row only): owner, deadline, leader;
* whether a task's cell runs over two lines (cut after a ``，``);
* heading rows (一、… before a group's first row);
* in a table whose cells are closed by marks, a cell lost from the first row (neither printed nor a bare mark, as a
  copy dropping it prints it; no row above to merge down from): the owners', the deadline's or the leader's;
* a category column merged down standing before 序号 (类别 | 序号 | …: its cell printed before the number of its
  group's first row, left out below), cells closed by marks — 闵行 2023's form (prose-blind36) — and, in such a table,
  a task or category cell lost (neither printed nor a bare mark): row 1's category (no row above to merge it from:
  refused), a task cell (the kinds cannot tell task from text: refused), a later group's category (read as merged
  from the group above, as the text cannot tell it from a merged one: warned), a later row's deadline under a merged
  category (read empty: its last cell printed lists bodies, the column before the deadline's kind, warned) or beside
  the next printed category (refused: the count is a row's losing nothing whose deadline is of no kind told);
* what the page prints after the last row, none of its cells: nothing, a notice's signature dated by its day or by its
  month alone (略阳县文化和旅游局 / 2019年3月: only where no deadline column follows the owners', else the month may
  be the last row's deadline), or a contact's name over a telephone number (张 超 / 0635-7219958) — drawn in turn
  over the cases, so that each kind is met across tables and column sets without multiplying them.

Each case knows what a reader must give (the rows' text, owners, deadline, leader, category and which rows print a
merged cell), computed from the rows here, never from a reading.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class SourceRow:
    """One real row: its category, task, leader, owners (one a line) and deadline."""

    category: str
    text: str
    leader: str
    owners: tuple[str, ...]
    deadline: str


# 略阳 2019, rows 1–2 and 6–11 (their merged cells filled from the row above, as the page's table shows them)
LUEYANG = (
    SourceRow("公共文化服务", "“两馆一站”免费开放服务人次较上年增长15%。", "夏俊贵", ("文化宣传股", "文化馆", "图书馆"), "12月底前"),
    SourceRow("公共文化服务", "全年组织开展文化下乡等惠民演出不少于100场。", "夏俊贵", ("文化宣传股", "文化馆", "图书馆"), "12月底前"),
    SourceRow("非遗保护", "完成非遗展厅布展任务,办好《郙阁颂》学术交流活动。", "夏俊贵", ("羌研会", "灵岩寺博物馆"), "12月底前"),
    SourceRow("文化市场管理", "开展专项整治行动4次以上,查办案件不少于5件。", "夏俊贵", ("执法大队",), "12月底前"),
    SourceRow("文化市场管理", "净化文化市场和网络文化环境抽查合格率达到92%以上。", "夏俊贵", ("执法大队",), "12月底前"),
    SourceRow("三建设一整治", "完善西淮坝油菜观花线路观景平台及配套服务设施建设,精心策划2019年汉中油菜花海略阳观花活动。",
              "周 斐", ("旅游股",), "5月底"),
    SourceRow("三建设一整治", "新建、改建旅游厕所6 座。", "周 斐", ("旅游股",), "5月底"),
)
# 霍山 2025 and 临安 2022, whose pages print no category (no case gives them a category column); 临安's page prints no
# leader and no deadline: a case needing them takes 霍山's, the rows keeping their own tasks and owners. 临安's two rows
# are followed by 霍山's first, so that its table has the three rows a table one cell a line is read from.
HUOSHAN = (
    SourceRow("", "坚持服务跟着项目走,优化“重点项目直通车”“无忧办”工作机制,全力服务重大项目落地见效。", "叶林",
              ("招商工作部、安商工作部",), "全年"),
    SourceRow("", "全力推进开发区“空间再造”,推动工业用地“腾笼换鸟”,力争全年盘活僵尸企业10家,盘活存量土地400亩。",
              "马振明", ("改革办",), "全年"),
    SourceRow("", "持续提升园区承载能力,加快推进开发区污水处理厂及污水管网提升项目。", "张云峰", ("规划建设局",), "全年"),
)
LINAN = (
    SourceRow("", "新建成公办中小学、幼儿园7所,新增中小学、幼儿园公办学位6800个。", "叶林", ("教育局",), "全年"),
    SourceRow("", "新建成婴幼儿照护服务成长驿站7家,新增婴幼儿照护服务托位500个,开展胃肠癌联合筛查1万例以上。", "叶林",
              ("卫生健康局",), "全年"),
)
TABLES = {"lueyang": LUEYANG, "huoshan": HUOSHAN, "linan": (*LINAN, HUOSHAN[0])}

LABELS = {"category": "指标", "text": "工作任务", "leader": "责任领导", "owners": "责任单位", "deadline": "完成时限",
          "remark": "备注"}
MERGING = ("owners", "deadline", "leader")
# a category column printed before 序号 is labelled as 闵行's (类别: a heading's label wherever it stands; 指标 names a
# category only before a task column)
CATEGORY_FIRST_LABEL = "类别"


@dataclass(frozen=True)
class Expected:
    """What a reader must give for one row."""

    number: int
    text: str
    category: str | None
    leader: str | None
    owners: str | None  # the owner cell's lines joined by a line break
    deadline: str | None
    omitted: tuple[str, ...]  # the columns whose cell the row prints not (merged from the row above, the category's too): warned
    lost: str = ""  # the column whose cell the copy lost from this row (neither printed nor marked blank), if any


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    rows: tuple[Expected, ...]
    refused: str = ""  # where the case must be refused: the words the one-line error says (its rows then unread)


def _printed_cells(row: SourceRow, columns: tuple[str, ...], above: SourceRow | None, merged: frozenset[str],
                   wrapped: bool, marked: bool = False, lost: str = "") -> tuple[list[str], tuple[str, ...]]:
    lines: list[str] = []
    omitted: tuple[str, ...] = ()
    for column in columns:
        if column == lost:
            omitted += (column,)  # the copy dropped it: no line, not even a bare mark
        elif column == "category":
            if above is None or above.category != row.category:
                lines.extend(_cell([row.category], marked))
            else:
                omitted += (column,)  # its group's cell, printed on the group's first row only
        elif column == "text":
            cut = row.text.find(",")
            lines.extend(_cell([row.text[:cut + 1], row.text[cut + 1:]] if wrapped and 0 < cut < len(row.text) - 2
                               else [row.text], marked))
        elif column == "remark":
            lines.extend(_cell([], marked))  # the remarks are blank on every row: a bare mark where cells are marked
        else:
            value = getattr(row, column)
            if column in merged and above is not None and getattr(above, column) == value:
                omitted += (column,)
                continue
            lines.extend(_cell(list(value) if isinstance(value, tuple) else [value], marked))
    return lines, omitted


def _cell(lines: list[str], marked: bool) -> list[str]:
    """A cell's lines as the page prints them: where ``marked`` (a converter closing each cell with ` |`, as 霍山's
    and 岳阳楼's pages print it), its last line closed by the mark and a blank cell a bare `|`; a merged cell's
    place, which the converter leaves out, is no cell here."""
    if not marked:
        return lines
    return [*lines[:-1], f"{lines[-1]} |"] if lines else ["|"]


# What a page may print after a table's last row, none of it a cell (see the module).
AFTER = {
    "": "",
    "signed": "略阳县文化和旅游局\n2019年3月5日\n",
    "signed-by-month": "略阳县文化和旅游局\n2019年3月\n",
    "contact": "张 超\n0635-7219958\n",
}


def after_kinds(columns: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds of lines after the last row a case under ``columns`` may print: a signature dated by its month only
    where no deadline column follows the owners' (there the month may be the last row's deadline)."""
    month_is_no_cell = "deadline" not in columns[columns.index("owners"):]
    return tuple(kind for kind in AFTER if kind != "signed-by-month" or month_is_no_cell)


def case(table: str, columns: tuple[str, ...], merged: frozenset[str], wrapped: bool, headings: bool,
         numbered: bool = True, after: str = "", marked: bool = False, lost: str = "", category_first: bool = False,
         lost_row: int = 1) -> Case:
    """The text of ``table``'s rows under ``columns`` (序号 first), cells of the ``merged`` columns printed once a
    group, tasks cut over two lines where ``wrapped``, a heading row before each category's first row where
    ``headings``, the 序号 column and the rows' numbers left out where not ``numbered``, the lines of the ``after``
    kind (``AFTER``) after the last row, every label and cell closed by ` |` where ``marked`` (:func:`_cell`), the
    first row's cell of the ``lost`` column left out (a column no case merges; the row must read it empty, warned),
    or with ``category_first`` the category column printed before 序号 and the ``lost`` cell (task or category) left
    out of row ``lost_row`` (:func:`category_first_case`); and what a reader must give."""
    rows = TABLES[table]
    order = ("category", "number", *(c for c in columns if c != "category")) if category_first \
        else ("number",) * numbered + columns
    labels = {**LABELS, "category": CATEGORY_FIRST_LABEL} if category_first else LABELS
    header = [label for c in order for label in _cell([labels.get(c, "序号")], marked)]
    lines = list(header)
    expected: list[Expected] = []
    above: SourceRow | None = None
    heading_count = 0
    for number, row in enumerate(rows, start=1):
        if headings and (above is None or above.category != row.category):
            heading_count += 1
            lines.append(f"{'一二三四五六七八九'[heading_count - 1]}、{row.category}工作")
        dropped = lost if number == lost_row else ""
        if category_first:
            opening, omitted = _printed_cells(row, ("category",), above, merged, wrapped, marked, dropped)
            cells, rest = _printed_cells(row, tuple(c for c in columns if c != "category"), above, merged, wrapped,
                                         marked, dropped)
            lines.extend([*opening, *_cell([str(number)], marked), *cells])
            omitted += rest
        else:
            cells, omitted = _printed_cells(row, columns, above, merged, wrapped, marked, dropped)
            lines.extend(_cell([str(number)], marked) * numbered + cells)
        category = row.category
        if dropped == "category" and above is not None:
            category = above.category  # a group's category lost reads as the group above's merged down (warned)
        expected.append(Expected(number, row.text, category if "category" in columns else None,
                                 row.leader if "leader" in columns and dropped != "leader" else None,
                                 "\n".join(row.owners) if "owners" in columns and dropped != "owners" else None,
                                 row.deadline if "deadline" in columns and dropped != "deadline" else None, omitted,
                                 dropped))
        above = row
    name = (f"{table}-{'' if numbered else 'unnumbered-'}{'-'.join(columns)}-merged[{','.join(sorted(merged))}]"
            f"{'-wrapped' if wrapped else ''}{'-headings' if headings else ''}{f'-then-{after}' if after else ''}"
            f"{'-marked' if marked else ''}{'-category-first' if category_first else ''}"
            f"{f'-lost[{lost}]' if lost else ''}{f'-row{lost_row}' if lost and lost_row != 1 else ''}")
    return Case(name, "\n".join(lines) + "\n" + AFTER[after], tuple(expected))


# The columns a case prints after 序号, in the orders pages print them: three to seven columns in all.
COLUMN_SETS = (
    ("text", "owners"),
    ("text", "owners", "deadline"),
    ("text", "deadline", "owners"),
    ("text", "leader", "owners", "deadline"),
    ("text", "owners", "leader"),
    ("category", "text", "owners", "deadline"),
    ("category", "text", "deadline", "leader", "owners"),
    ("category", "text", "deadline", "leader", "owners", "remark"),
)


def cases() -> list[Case]:
    """Every table × column set × merged columns (those of the set) × wrapped or not × heading rows or not, each
    case printing after its last row the next of the kinds its columns allow (``after_kinds``), in turn, and its
    cells closed by ` |` marks or not, in turn over each round of those kinds (so that every kind meets both)."""
    found: list[Case] = []
    for table, columns in itertools.product(TABLES, COLUMN_SETS):
        if "category" in columns and not all(row.category for row in TABLES[table]):
            continue
        merging = [c for c in MERGING if c in columns]
        for k in range(len(merging) + 1):
            for merged in itertools.combinations(merging, k):
                for wrapped, headings in itertools.product((False, True), repeat=2):
                    kinds = after_kinds(columns)
                    found.append(case(table, columns, frozenset(merged), wrapped, headings,
                                      after=kinds[len(found) % len(kinds)],
                                      marked=(len(found) // len(kinds)) % 2 == 1))
                # a marked copy losing row 1's cell of a column no group merges, in turn over those columns
                unmerged = [c for c in merging if c not in merged]
                if unmerged:
                    found.append(case(table, columns, frozenset(merged), False, False, after="", marked=True,
                                      lost=unmerged[len(found) % len(unmerged)]))
    return found


# The category column merged down before 序号 (闵行 2023's form), its cells closed by marks: the column sets above that
# hold a category, each with the category first.
CATEGORY_FIRST_SETS = tuple(columns for columns in COLUMN_SETS if "category" in columns)
# 略阳's rows: row 1 opens the first group, row 3 (非遗保护) the second, rows 4 and 6 the third and fourth
LATER_GROUP_ROW = 3
# 略阳's rows: row 4 opens a group (row 5 prints no category: merged down), row 2 ends one (row 3 prints the next)
DEADLINE_LOST_UNDER_MERGED = 4
DEADLINE_LOST_BESIDE_PRINTED = 2


def category_first_cases() -> list[Case]:
    """Every table with categories × column set holding one, the category first and merged down its groups, the cells
    closed by marks: each with no cell lost (read: every row its group's category, a row printing none warned as
    merged), with row 1's category lost (refused: no row above prints one), with a task cell lost in row 1 and in a
    later row (refused: the kinds cannot tell the task from the cells beside it, and no deadline or owner may slide
    into its place), and with a later group's category lost (read as the group above's merged down, warned)."""
    found: list[Case] = []
    for table, columns in itertools.product(TABLES, CATEGORY_FIRST_SETS):
        if not all(row.category for row in TABLES[table]):
            continue
        for wrapped in (False, True):
            found.append(case(table, columns, frozenset(), wrapped, False, marked=True, category_first=True))
        found.append(replace(case(table, columns, frozenset(), False, False, marked=True, category_first=True,
                                  lost="category"),
                             refused="category merged down: its row 1 prints no 类别 cell before its number"))
        for row in (1, 2):
            found.append(replace(case(table, columns, frozenset(), False, False, marked=True, category_first=True,
                                      lost="text", lost_row=row),
                                 refused=f"category merged down: its row {row} "))
        found.append(case(table, columns, frozenset(), False, False, marked=True, category_first=True,
                          lost="category", lost_row=LATER_GROUP_ROW))
        if columns[-1] == "deadline":
            # a later row's deadline lost under its own group's category merged down (row 4): its last cell printed
            # lists bodies, the kind of the column before the deadline, so the deadline is the cell lost (warned)
            found.append(case(table, columns, frozenset(), False, False, marked=True, category_first=True,
                              lost="deadline", lost_row=DEADLINE_LOST_UNDER_MERGED))
            # beside the next group's printed category (row 2): a row losing nothing whose deadline is of no kind the
            # reader tells (常态化推进) prints the same count of cells — refused
            found.append(replace(case(table, columns, frozenset(), False, False, marked=True, category_first=True,
                                      lost="deadline", lost_row=DEADLINE_LOST_BESIDE_PRINTED),
                                 refused=f"category merged down: its row {DEADLINE_LOST_BESIDE_PRINTED} "))
    return found


# A table without rules between rows read one record per printed line (the brief's shredded PDF table): its rows as a
# pipe table, one row a printed line, each task's cell cut into the lines of ``PRINTED_LINE`` characters a narrow
# column prints it in, every other cell printed on the row's first line only (blank below). No 序号: a numbered row's
# lines go on from its number and are read back into it.
PRINTED_LINE = 12
SENTENCE_ENDS = ("。", "；", "！", "？")  # a line ending so closes its sentence: the line after it may be a task of its own
SHREDDED_SETS = tuple(columns for columns in COLUMN_SETS if "category" not in columns)


@dataclass(frozen=True)
class ShreddedCase:
    """A table's rows printed a line a row (:func:`shredded_cases`): its text, and the table rows (the header row 1)
    that print nothing but a line of a task going on from a line above ending mid-sentence, the sentence closing in
    that line or a later one of the cell: the rows a warning must name."""

    name: str
    text: str
    rows: int  # the table's printed rows
    lines: tuple[int, ...]  # the table rows printing a task's later line alone


def shredded_cases() -> list[ShreddedCase]:
    """Every table × column set without a category, its tasks cut into printed lines (see ``PRINTED_LINE``)."""
    found: list[ShreddedCase] = []
    for table, columns in itertools.product(TABLES, SHREDDED_SETS):
        lines = [" | ".join(LABELS[c] for c in columns) + " |"]
        alone: list[int] = []
        for row in TABLES[table]:
            pieces = [row.text[at:at + PRINTED_LINE] for at in range(0, len(row.text), PRINTED_LINE)]
            cells = {"text": pieces[0], "owners": "、".join(row.owners), "leader": row.leader, "deadline": row.deadline}
            lines.append(" | ".join(cells[c] for c in columns) + " |")
            for at, piece in enumerate(pieces[1:], start=1):
                lines.append(" | ".join(piece if c == "text" else "" for c in columns) + " |")
                # a line going on from a sentence left open above, the sentence closing in this line or a later one
                if not pieces[at - 1].endswith(SENTENCE_ENDS) and any(p.endswith(SENTENCE_ENDS) for p in pieces[at:]):
                    alone.append(len(lines))  # the header is the table's row 1
        found.append(ShreddedCase(f"{table}-shredded-{'-'.join(columns)}", "\n".join(lines) + "\n",
                                  len(TABLES[table]), tuple(alone)))
    return found

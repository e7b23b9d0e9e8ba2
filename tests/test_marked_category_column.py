"""A task table copied one cell a line, each cell closed by ` |`, whose first column is a category merged down over
its group of rows (类别 | 序号 | 任务名称 | 任务要求及举措 | 责任部门 | 责任街镇 | 完成时间节点: the category printed on
the group's first row, before its number, and left out of the rows below). The form is built from 闵行 2023's own
rows (tests/fixtures/prose-blind36, printed there one cell a run of lines between bare ``|`` lines): each cell's
lines joined and closed `` |``, as the converters of 霍山's and 岳阳楼's pages print theirs. No real page of this
form was found (tests/fixtures/tables-blind37/SOURCES.md).

Counted by the distance between numbers, such rows were read as wide as a row without its category: rows 2, 3 and 5
read their deadlines as their headings, no row its deadline, with exit 0 (stop 56's leftover). Now each row runs
from its number to the next; the cell before the next number is the next row's category where it is of no kind the
last column holds (pilotplans/parsers/text/category_rows.py), the category carried down its group; where the cells
do not fall so (a cell lost beside a printed category, row 1 printing none) the table is refused in one line. The
header's note 加*号为牵头部门,其余为参与部门 is read as the document's convention (header_conventions)."""

from __future__ import annotations

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

MINHANG = FIXTURES / "prose-blind36" / (
    "minhang-2023-district-agriculture-committee-rural-revitalization-task-table-cell-per-line-starred-lead-town-"
    "column-no-title-cut.txt")
FIRST = "持续推进“两个示范村”建设"
SECOND = "全面推进农民集中居住"
# each row's 任务名称, printed between the category and the measure (任务要求及举措): the row's second heading level
NAMES = {1: "完成2022年度乡村振兴示范村建设", 2: "开展2023年度乡村振兴示范村建设", 3: "开展市级美丽乡村示范村创建",
         4: "推进农民相对集中居住", 5: "加强农房建设管理"}


def _path(number: int) -> list[str]:
    """Row ``number``'s heading path: its category, then its 任务名称."""
    return [FIRST if number <= 3 else SECOND, NAMES[number]]


def _marked() -> list[str]:
    """闵行's table with each cell's lines joined and closed `` |`` (the last cell, cut on the page, closed too)."""
    cells: list[str] = []
    current: list[str] = []
    for line in MINHANG.read_text(encoding="utf-8").splitlines():
        if line.strip() == "|":
            cells.append("".join(current))
            current = []
        else:
            current.append(line)
    return [f"{cell} |" for cell in [*cells, "".join(current)]]


def _read(tmp_path, lines: list[str]):
    page = tmp_path / "table.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_document(page)


def _rows(tmp_path, lines: list[str]) -> list[tuple[int | None, list[str], str | None]]:
    return [(m.number, m.heading_path, m.deadline) for m in _read(tmp_path, lines).measures]


def _without(lines: list[str], cell: str) -> list[str]:
    kept = list(lines)
    kept.remove(cell)
    return kept


def _category_on_every_row(lines: list[str]) -> list[str]:
    """The table with its category printed on every row of its group (before each number), none merged down."""
    out: list[str] = []
    category = None
    for line in lines:
        if line.startswith(("(一)", "(二)")):
            category = line
        elif line in ("2 |", "3 |", "5 |"):
            out.append(category)
        out.append(line)
    return out


def test_the_category_merged_down_is_each_row_s_heading_and_the_deadline_its_own(tmp_path):
    assert _rows(tmp_path, _marked()) == [
        (1, _path(1), "10月底"), (2, _path(2), "12月底"), (3, _path(3), "12月底"), (4, _path(4), "12月底"),
        (5, _path(5), None)]  # row 5 cut on the page before its deadline


def test_the_starred_department_leads_and_the_others_take_part(tmp_path):
    # the header's note 加*号为牵头部门,其余为参与部门: the starred body leads, the rest carry out
    fourth = _read(tmp_path, _marked()).measures[3]
    assert [(d.raw, d.role) for d in fourth.departments] == [
        ("区农业农村委", "lead"), ("区规划资源局", "carry_out"), ("区房管局", "carry_out"), ("区财政局", "carry_out"),
        ("区征收中心", "carry_out")]


def test_the_table_reads_as_no_implausible_table(tmp_path):
    assert [w.code for w in _read(tmp_path, _marked()).warnings if w.code == "table_implausible"] == []


def test_a_category_printed_on_every_row_reads_the_same(tmp_path):
    # quiet: no category merged down, each row prints its own; the rows read as above
    assert _rows(tmp_path, _category_on_every_row(_marked())) == _rows(tmp_path, _marked())


def test_a_row_losing_its_task_beside_the_next_category_is_refused(tmp_path):
    # row 3 (开展市级美丽乡村示范村创建) lost its 任务名称 cell, and row 4 prints its category: the count of cells is a row's
    # with the category merged down, and the cell before the next number is (二)…, no deadline — refused, not shifted
    lines = _without(_marked(), "开展市级美丽乡村示范村创建 |")
    with pytest.raises(UnreadableFile, match=r"opens each group of rows with a category merged down: its row 3 closes "
                                             r"5 cells where a row holds 6 after its 类别, and the cell before the next "
                                             r"number reads as its next 类别: a cell is lost"):
        _read(tmp_path, lines)


def _without_deadline_of(lines: list[str], number: str) -> list[str]:
    kept = list(lines)
    del kept[kept.index("12月底 |", kept.index(f"{number} |"))]
    return kept


def _without_towns(lines: list[str]) -> list[str]:
    """The table without its 责任街镇 column (its label and each row's cell of towns), 责任部门 before the deadline."""
    def towns(line: str) -> bool:
        names = line.removesuffix(" |").rstrip("、").split("、")
        return all(name.endswith(("镇", "街道")) for name in names)
    return [line for line in lines if line != "责任街镇 |" and not towns(line)]


def test_a_row_losing_its_deadline_under_a_merged_category_after_its_owners_reads_it_empty(tmp_path):
    # row 2 lost its deadline (12月底), row 3's category merged down: its last cell (区农业农村委*) lists bodies, the
    # kind of the column before the deadline, and any other cell lost would leave the deadline last — the deadline is
    # the cell lost, read empty; none in a heading
    measures = _read(tmp_path, _without_deadline_of(_without_towns(_marked()), "2")).measures
    assert [(m.number, m.heading_path, m.responsibility, m.deadline) for m in measures] == [
        (1, _path(1), "区农业农村委*", "10月底"), (2, _path(2), "区农业农村委*", None),
        (3, _path(3), "区农业农村委*", "12月底"), (4, _path(4), "区农业农村委*、区规划资源局、区房管局、区财政局、区征收中心", "12月底"),
        (5, _path(5), "区建管委*、区农业农村委、区规划资源局", None)]
    assert [w.message for w in measures[1].warnings if w.code == "cell_missing_inferred"] == [
        "row 2 (line 13) prints no 完成时间节点 cell, not even a blank one, its last cell (区农业农村委*) of the column "
        "before it: the copy lost it, read as empty"]


def test_a_row_losing_its_deadline_after_a_town_is_refused(tmp_path):
    # near miss: row 2's last cell is 浦江镇, under 责任街镇, a column whose kind the reader does not tell: a row that lost
    # its town and prints a deadline of no kind the reader tells (常态化推进) would print the same count — refused
    with pytest.raises(UnreadableFile, match=r"its row 2 holds 5 cells where a row holds 6 after its 类别"):
        _read(tmp_path, _without_deadline_of(_marked(), "2"))


def test_a_row_losing_its_owners_beside_a_deadline_of_no_kind_told_is_refused(tmp_path):
    # near miss: row 2 lost 区农业农村委* and its deadline reads 按时序推进 (no deadline's kind the reader tells): its
    # last cell is no list of bodies, so no owner or town is shifted and no deadline read empty
    lines = _without_towns(_marked())
    lines[lines.index("12月底 |", lines.index("2 |"))] = "按时序推进 |"
    del lines[lines.index("区农业农村委* |", lines.index("2 |"))]
    with pytest.raises(UnreadableFile, match=r"its row 2 holds 4 cells where a row holds 5 after its 类别"):
        _read(tmp_path, lines)


def test_a_row_losing_its_owners_and_deadline_is_refused(tmp_path):
    # near miss: row 2 lost 区农业农村委* and 12月底, its last cell its task's text: two cells lost, refused
    lines = _without_deadline_of(_without_towns(_marked()), "2")
    del lines[lines.index("区农业农村委* |", lines.index("2 |"))]
    with pytest.raises(UnreadableFile, match=r"its row 2 holds 3 cells where a row holds 5 after its 类别"):
        _read(tmp_path, lines)


def test_a_row_losing_its_owners_and_deadline_beside_the_next_category_is_refused(tmp_path):
    # near miss: row 3 lost 区农业农村委* and 12月底 and row 4 prints its category: the cells count one short of a row's
    # with the category merged down, the last (二)全面推进农民集中居住 — no list of bodies, so no category is read as an
    # owner nor row 4's heading carried from row 3's group
    lines = _without_deadline_of(_without_towns(_marked()), "3")
    del lines[lines.index("区农业农村委* |", lines.index("3 |"))]
    with pytest.raises(UnreadableFile, match=r"its row 3 "):
        _read(tmp_path, lines)


def test_a_row_losing_its_deadline_beside_the_next_category_is_refused(tmp_path):
    # near miss: row 3 lost its deadline and row 4 prints its category: a row losing nothing whose deadline is of no
    # kind the reader tells (常态化推进, a phrase a category may be) before a category merged down prints the same
    with pytest.raises(UnreadableFile, match=r"its row 3 closes 4 cells where a row holds 5 after its 类别"):
        _read(tmp_path, _without_deadline_of(_without_towns(_marked()), "3"))


def test_a_row_losing_its_owners_under_a_merged_category_is_refused(tmp_path):
    # near miss: row 2 lost 区农业农村委*, its last cell is its deadline (12月底): which other cell is lost no kind tells
    lines = list(_marked())
    del lines[lines.index("区农业农村委* |", lines.index("2 |"))]
    with pytest.raises(UnreadableFile, match=r"its row 2 holds 5 cells where a row holds 6 after its 类别"):
        _read(tmp_path, lines)


def test_a_row_losing_its_deadline_after_a_blank_cell_is_refused(tmp_path):
    # near miss: row 2's towns printed blank (a bare |) and its deadline lost: a blank cell is any column's, so no
    # kind says the deadline is the cell lost
    lines = _without_deadline_of(_marked(), "2")
    lines[lines.index("浦江镇 |", lines.index("2 |"))] = "|"
    with pytest.raises(UnreadableFile, match=r"its row 2 holds 5 cells where a row holds 6 after its 类别"):
        _read(tmp_path, lines)


def test_row_one_printing_no_category_is_refused(tmp_path):
    lines = _without(_marked(), f"(一){FIRST} |")
    with pytest.raises(UnreadableFile, match=r"its row 1 prints no 类别 cell before its number, and no row above "
                                             r"prints one to merge down"):
        _read(tmp_path, lines)


def test_a_table_opening_with_its_number_is_no_category_table(tmp_path):
    # quiet: without the category column (序号 first; rows 1–4, row 5 cut on the page), the rows read by their marks
    # as before, each row's 任务名称 grouping it (a task column before the text's)
    marked = _marked()
    lines = [line for line in marked[:marked.index("5 |")] if not line.startswith(("类别", "(一)", "(二)"))]
    assert _rows(tmp_path, lines) == [
        (1, ["完成2022年度乡村振兴示范村建设"], "10月底"), (2, ["开展2023年度乡村振兴示范村建设"], "12月底"),
        (3, ["开展市级美丽乡村示范村创建"], "12月底"), (4, ["推进农民相对集中居住"], "12月底")]


def test_a_category_on_every_row_over_a_last_column_of_no_kind_reads_as_counted(tmp_path):
    # quiet (review): every row prints its category and the table ends on 责任领导, a column of no kind the cells tell
    # (a person's name may be a category's phrase): no cell is merged down, so the rows are read by the distance between
    # numbers as before, never refused for the leader's cell the kinds cannot place
    lines = [f"{cell} |" for cell in (
        "类别", "序号", "工作任务", "责任单位", "责任领导",
        "(一)产业发展", "1", "推进农业产业园建设", "县农业农村局", "张三",
        "(一)产业发展", "2", "培育新型经营主体", "县农业农村局", "李四",
        "(二)乡村建设", "3", "推进农村人居环境整治", "县住建局", "王五")]
    assert [(m.number, m.heading_path, m.text, m.responsibility, m.leader)
            for m in _read(tmp_path, lines).measures] == [
        (1, ["产业发展"], "推进农业产业园建设", "县农业农村局", "张三"),
        (2, ["产业发展"], "培育新型经营主体", "县农业农村局", "李四"),
        (3, ["乡村建设"], "推进农村人居环境整治", "县住建局", "王五")]

"""A table printed one cell a line whose page turned between two rows, or inside one, prints the page's lines
among its cells: the site's footer (扫一扫在手机打开当前页), a page's number (- 2 -) or mark (第1页 共2页). Those lines
are the page's furniture, never a cell. Before the mend the unpiped reader ended the table at the footer and the
rows after it were read by no record, with nothing said; a page's number inside a row was taken for a cell and the
row refused; the piped reader joined the mark to the next row's number and dropped that row. Where the next row's
number follows the page's lines (the rows tell), or the row's next cell follows a page's number, the table goes
on; a footer followed by no row still ends it.

The fixtures (tests/fixtures/text-tables/flattened/linan-2022-projects-cell-per-line-*.txt, see SOURCES.md there)
print the two whole rows of prose-blind25's 临安 page one cell a line."""

from __future__ import annotations

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret.vocabulary import vocabulary
from tests.conftest import FIXTURES
from tests.page_metadata import owners

FLATTENED = FIXTURES / "text-tables" / "flattened"
SCHOOLS = "新建成公办中小学、幼儿园7所,新增中小学、幼儿园公办学位6800个。"
NURSERIES = "新建成婴幼儿照护服务成长驿站7家,新增婴幼儿照护服务托位500个,开展胃肠癌联合筛查1万例以上。"
# a 责任单位 column beside a 配合单位 column leads (columns.toml), the 配合单位 assist
ROW_2_OWNERS = [("卫生健康局", "lead")] + [(name, "assist") for name in (
    "财政局", "教育局", "规划和自然资源分局", "医疗保障分局", "民政局", "妇联", "各镇(街道)")]


@pytest.mark.parametrize("name", [
    "linan-2022-projects-cell-per-line-site-footer-between-rows.txt",
    "linan-2022-projects-cell-per-line-page-number-inside-row.txt",
    "linan-2022-projects-cell-per-line-pipes-page-mark-between-rows.txt",
])
def test_the_rows_after_a_page_turn_inside_a_table_are_read(name):
    measures = read_document(FLATTENED / name).measures
    assert [(m.number, m.text) for m in measures] == [(1, SCHOOLS), (2, NURSERIES)]
    assert owners(measures[1]) == ROW_2_OWNERS


def test_a_site_footer_after_the_last_row_still_ends_the_table():
    measures = read_document(FLATTENED / "linan-2022-projects-cell-per-line-site-footer-after-last-row.txt").measures
    assert [(m.number, m.text) for m in measures] == [(1, SCHOOLS), (2, NURSERIES)]
    assert owners(measures[1]) == ROW_2_OWNERS  # the footer's 主办单位 line is no cell of row 2


@pytest.mark.parametrize("line", ["扫一扫在手机打开当前页", "- 2 -", "第1页 共2页", "【打印本页】【关闭窗口】"])
def test_the_page_s_lines_interrupt_a_table_s_cells(line):
    assert vocabulary().interrupts_cells(line)


@pytest.mark.parametrize("line", ["2", "2025", "教育局", "主办单位:杭州市临安区人民政府办公室", ""])
def test_a_bare_number_or_a_cell_s_words_interrupt_nothing(line):
    # a bare number matches page furniture's page-number pattern, but a cell prints one (a 序号, a year, a figure)
    assert not vocabulary().interrupts_cells(line)


def test_a_category_cell_printing_a_site_menu_s_words_is_a_cell():
    # 主动公开, 依申请公开, 政务公开 are a site's menu (page furniture over a page), and a 类别 column's cells: only a
    # page's number or mark, or a footer's opening, is a page turning inside a table
    measures = read_document(FLATTENED / "disclosure-points-cell-per-line-category-column-site-menu-words.txt").measures
    assert [(m.number, m.text[:9]) for m in measures] == [(1, "及时公开财政预算决"), (2, "规范依申请公开办理"), (3, "推进基层政务公开标")]
    assert [owners(m)[0][0] for m in measures] == ["区财政局", "区政府办公室", "各镇(街道)"]


@pytest.mark.parametrize("line", ["主动公开", "依申请公开", "政务公开", "通知公告", "English"])
def test_a_site_menu_s_words_are_page_furniture_but_interrupt_no_cells(line):
    assert vocabulary().is_page_furniture(line)
    assert not vocabulary().interrupts_cells(line)


# --- a page's number inside a row of a header holding a label the vocabulary does not know -----------------------

_NOTICE = "某区人民政府办公室关于印发2023年重点项目建设任务清单的通知\n各镇人民政府：\n现将清单印发给你们。\n"
_LABELS = "序号\n项目名称\n建设内容\n主要任务\n责任单位\n"  # 项目名称 known to no column role: the rows' period tells
_PROJECTS = [("产业园项目", "新建厂房5万平方米。", "完成主体工程。", "区发改局"),
             ("物流园项目", "新建仓库2万平方米。", "完成主体。", "区商务局"),
             ("学校项目", "新建教学楼1栋。", "完成竣工验收。", "区教育局"),
             ("医院项目", "新建门诊楼。", "投入使用。", "区卫健局")]


def _projects(after_row_3_content: str) -> str:
    rows = "".join(f"{n}\n" + "".join(f"{cell}\n" for cell in project) for n, project in enumerate(_PROJECTS, start=1))
    return _NOTICE + _LABELS + rows.replace("新建教学楼1栋。\n", "新建教学楼1栋。\n" + after_row_3_content)


def test_a_page_number_inside_a_row_leaves_the_rows_period_whole(tmp_path):
    # was: row 3 held one line more (- 2 -), the period did not fit, the table was not read and each project's
    # name, content and task were read as one measure's text (学校项目\n新建教学楼1栋。完成竣工验收。)
    page = tmp_path / "projects.txt"
    page.write_text(_projects("- 2 -\n"), encoding="utf-8")
    assert [(m.number, m.text) for m in read_document(page).measures] == [
        (1, "完成主体工程。"), (2, "完成主体。"), (3, "完成竣工验收。"), (4, "投入使用。")]


def test_a_row_holding_a_line_more_that_is_no_page_s_line_still_breaks_the_period(tmp_path):
    # quiet: a line of the row's own (not a page's number, mark or footer) is held, as before
    page = tmp_path / "projects.txt"
    page.write_text(_projects("新建实验楼1栋。\n").replace("新建门诊楼。\n", "新建门诊楼。\n新建病房楼。\n"), encoding="utf-8")
    assert [m.text for m in read_document(page).measures][2] == "学校项目\n新建教学楼1栋。新建实验楼1栋。完成竣工验收。"


# --- a row numbered out of sequence after a page's number -------------------------------------------------------

def test_a_row_numbered_past_a_gap_after_a_page_s_number_is_read_and_the_gap_warned():
    # was: the table ended at the page's number; row 3 (rows lost with a page) dropped with nothing said
    measures = read_document(FLATTENED / "linan-2022-projects-cell-per-line-page-number-then-number-jump.txt").measures
    assert [(m.number, m.text) for m in measures] == [(1, SCHOOLS), (3, NURSERIES)]
    assert owners(measures[1]) == ROW_2_OWNERS
    assert [(w.code, w.message) for w in measures[1].warnings if w.code == "number_gap"] == [
        ("number_gap", "measures 2 are missing (the numbering jumps from 1 to 3)")]


def test_a_row_numbered_anew_after_a_page_s_number_is_read_and_the_repeat_warned():
    # was: dropped with nothing said
    measures = read_document(FLATTENED / "linan-2022-projects-cell-per-line-page-number-then-number-restart.txt").measures
    assert [(m.number, m.text) for m in measures] == [(1, SCHOOLS), (1, NURSERIES)]
    assert [w.code for w in measures[1].warnings if w.code.startswith("number_")] == ["number_duplicate"]


def test_a_site_footer_before_a_row_numbered_out_of_sequence_still_ends_the_table(tmp_path):
    # quiet: a footer ends a page's text; what follows it is no row of this table
    text = (FLATTENED / "linan-2022-projects-cell-per-line-page-number-then-number-jump.txt").read_text(encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text(text.replace("- 2 -\n", "扫一扫在手机打开当前页\n"), encoding="utf-8")
    assert [(m.number, m.text) for m in read_document(page).measures] == [(1, SCHOOLS)]


# --- a figure printed alone in the prose after the table is no row number ----------------------------------------

_PROSE_AFTER_A_FIGURE = "5000\n用于上述项目建设。\n由区财政局统筹。\n请各单位按时报送进度。\n"


def _table_then(tmp_path, after: str) -> list[tuple[int, str]]:
    text = (FLATTENED / "linan-2022-projects-cell-per-line-last-row-whole-closing-paragraph.txt").read_text(encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text(text.split("没有直接承担")[0] + after, encoding="utf-8")
    return [(m.number, m.text) for m in read_document(page).measures]


def test_a_figure_after_headings_following_the_table_opens_no_row(tmp_path):
    # was: 5000 read as row 5000 (a jump after headings), 由区财政局统筹 its body in charge and 请各单位按时报送进度
    # its body assisting, the gap 3–4999 warned: rows invented from the notice's prose
    assert _table_then(tmp_path, "三、资金安排\n(一)市级财政安排资金(万元)\n" + _PROSE_AFTER_A_FIGURE) == [
        (1, SCHOOLS), (2, NURSERIES)]


def test_a_figure_after_a_page_s_number_following_the_table_opens_no_row(tmp_path):
    # was: read as row 5000 after the page turn, its sentences as its cells
    assert _table_then(tmp_path, "- 2 -\n" + _PROSE_AFTER_A_FIGURE) == [(1, SCHOOLS), (2, NURSERIES)]


def test_a_whole_row_after_headings_numbered_later_is_still_read(tmp_path):
    # quiet: a row whose bodies' cells name bodies goes on with the table, as 谯城's 68 and 69 do
    measures = _table_then(tmp_path, "三、文化惠民\n5\n新建成城市书房10家。\n文广旅体局\n各镇(街道)\n")
    assert measures == [(1, SCHOOLS), (2, NURSERIES), (5, "新建成城市书房10家。")]

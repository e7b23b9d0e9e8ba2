"""A prose plan's headings carried over to the rows of the table of its tasks and owners printed after it
(pilotplans/parsers/interpret/prose_headings.py): a row whose task the prose prints, word for word, under one heading
takes that heading's path; a row whose task the prose does not print, or prints under two headings, takes none."""

from __future__ import annotations

from tests.page_metadata import read_text

_PROSE = ("某某市推进开放工作方案\n一、扩大对外开放\n1.推进服务贸易创新发展。\n2.加快外资项目落地。\n二、提升便利水平\n"
          "3.优化通关流程：①压减通关时间。②推行无纸化。\n")
_TABLE = ("重点任务分工表\n| 序号 | 任务内容 | 牵头单位 | 配合单位 |\n| 1 | 推进服务贸易创新发展。 | 市商务局 | 市发改委 |\n"
          "| 2 | 加快外资项目落地。 | 市商务局 | 市财政局 |\n| 3 | 优化通关流程。压减通关时间；推行无纸化。 | 市口岸办 | 海关 |\n")


def test_a_division_table_s_rows_stand_under_the_prose_s_headings_over_their_tasks(tmp_path):
    # 3.'s sub-points (：①…②…) printed run on in the table (。…；…): the same words in the same order
    document = read_text(tmp_path, _PROSE + _TABLE)
    assert [(m.number, m.heading_path) for m in document.measures] == [
        (1, ["扩大对外开放"]), (2, ["扩大对外开放"]), (3, ["提升便利水平"])]


def test_a_row_whose_task_the_prose_does_not_print_stands_under_no_heading(tmp_path):
    document = read_text(tmp_path, _PROSE + _TABLE + "| 4 | 建设跨境电商平台。 | 市商务局 | |\n")
    assert (document.measures[3].number, document.measures[3].heading_path) == (4, [])


def test_a_task_the_prose_prints_under_two_headings_gives_its_row_none(tmp_path):
    prose = _PROSE + "三、强化保障\n4.推进服务贸易创新发展。\n"
    document = read_text(tmp_path, prose + _TABLE)
    assert [(m.number, m.heading_path) for m in document.measures] == [
        (1, []), (2, ["扩大对外开放"]), (3, ["提升便利水平"])]


def test_a_task_whose_sub_points_the_prose_numbers_in_brackets_takes_its_heading(tmp_path):
    # 2.…：（1）…。（2）…。 printed run on in the table: the brackets' numbers are marks, no words of the task
    prose = "某某市推进开放工作方案\n一、扩大对外开放\n1.推进服务贸易创新发展。\n2.加快外资项目落地：（1）简化审批。（2）强化服务。\n"
    table = _TABLE.replace("| 2 | 加快外资项目落地。 |", "| 2 | 加快外资项目落地。简化审批。强化服务。 |")
    document = read_text(tmp_path, prose + table)
    assert [(m.number, m.heading_path) for m in document.measures][:2] == [(1, ["扩大对外开放"]), (2, ["扩大对外开放"])]


def test_a_task_s_own_figures_are_compared(tmp_path):
    # 增长12.5% in the prose, 增长12% in the table: no mark to leave out, not the same task
    prose = "某某市推进开放工作方案\n一、扩大对外开放\n1.推进服务贸易创新发展。\n2.外资项目投资增长12.5%。\n"
    table = _TABLE.replace("| 2 | 加快外资项目落地。 |", "| 2 | 外资项目投资增长12%。 |")
    document = read_text(tmp_path, prose + table)
    assert [(m.number, m.heading_path) for m in document.measures][:2] == [(1, ["扩大对外开放"]), (2, [])]

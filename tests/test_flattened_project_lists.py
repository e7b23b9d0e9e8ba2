"""A project list (序号 | 项目名称 | 建设内容 | 责任单位): 建设内容 says what is built, the measure,
as 项目内容 does in a 民生实事 table; 项目名称 (…建设项目) is the project's title, a column no role
reads, warned ``column_unlabelled`` (never silently dropped). Evidence: a city's 2023 民生实事 list
(绵阳, found in the `pages` corpus) prints each project as its name, then its 建设内容 paragraph, then
责任单位：…; the name says which project, the content what is done. Main refused such a table ("none
of which names the column of the measures"). A list printing only the project's name (项目名称 |
责任单位 | 完成时限) is still refused: no column holds a measure's text but the title."""

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.text import read_text

NOTICE = "某市人民政府办公室关于印发2023年市级民生实事项目清单的通知\n各县（市、区）人民政府，市级各部门：\n现将项目清单印发给你们。\n"
PROJECTS = [
    ("第二水源水厂及配套管网建设项目", "建设一座日供水30万吨的净水厂，建设输水管道约25公里。", "市住房城乡建设委"),
    ("火车站站前广场建设项目", "新建下穿通道约1400米，对站前广场进行改建。", "市住房城乡建设委"),
    ("城区公办幼儿园建设项目", "新建、改扩建公办幼儿园5所，新增学位1800个。", "市教育局"),
    ("老旧小区改造项目", "改造老旧小区30个，惠及居民8000户。", "市住房城乡建设委"),
]


def listing(header, columns):
    rows = "".join(f"{n}\n" + "".join(f"{project[c]}\n" for c in columns) for n, project in enumerate(PROJECTS, start=1))
    return NOTICE + header + rows


def test_a_project_lists_content_is_the_measure_and_its_owner_the_body_in_charge(tmp_path):
    page = tmp_path / "projects.txt"
    page.write_text(listing("序号\n项目名称\n建设内容\n责任单位\n", (0, 1, 2)), encoding="utf-8")
    document = read_document(page)
    assert [(m.number, m.text, m.responsibility) for m in document.measures] == [
        (n, content, owner) for n, (_, content, owner) in enumerate(PROJECTS, start=1)]
    assert any(w.code == "column_unlabelled" and "项目名称" in w.message for w in document.warnings)


def test_a_content_column_without_a_name_column_is_read():
    grid, = read_text(listing("序号\n建设内容\n责任单位\n", (1, 2)), "t.txt").grids
    assert [cell.text for cell in grid.rows[1].cells] == ["1", PROJECTS[0][1], PROJECTS[0][2]]


# Quiet: a list of names only is refused as before; a sentence ending in the label opens no table.

def test_a_list_of_project_names_only_is_refused_in_one_line():
    with pytest.raises(UnreadableFile, match="under the 3 labels 序号/项目名称/责任单位 .* none of which names the column of the measures"):
        read_text(listing("序号\n项目名称\n责任单位\n", (0, 2)), "t.txt")


def test_a_sentence_ending_in_the_content_words_opens_no_table():
    assert read_text("序号\n丰富建设内容\n责任单位\n1\n加强统筹。\n市商务局\n2\n完善机制。\n市发改委\n", "t.txt").grids == ()


# Quiet: a content column printed beside a task column does not replace it (the task is the measure).

TASKS = ["推进第二水源水厂建设。", "推进火车站站前广场改造。", "推进城区公办幼儿园建设。", "推进老旧小区改造。"]


def test_a_content_column_beside_a_task_column_leaves_the_task_as_the_measure(tmp_path):
    rows = "".join(f"{n}\n{task}\n{content}\n{owner}\n"
                   for n, (task, (_, content, owner)) in enumerate(zip(TASKS, PROJECTS), start=1))
    page = tmp_path / "tasks.txt"
    page.write_text(NOTICE + "序号\n工作任务\n建设内容\n责任单位\n" + rows, encoding="utf-8")
    document = read_document(page)
    assert [(m.number, m.text, m.responsibility) for m in document.measures] == [
        (n, task, owner) for n, (task, (_, _, owner)) in enumerate(zip(TASKS, PROJECTS), start=1)]
    assert any(w.code == "column_unlabelled" and "建设内容" in w.message for w in document.warnings)


def test_a_content_column_beside_a_task_column_of_a_grid_leaves_the_task_as_the_measure(tmp_path):
    cells = "".join(f"<tr><td>{n}</td><td>{task}</td><td>{content}</td><td>{owner}</td></tr>"
                    for n, (task, (_, content, owner)) in enumerate(zip(TASKS, PROJECTS), start=1))
    page = tmp_path / "tasks.html"
    page.write_text(f"<html><body><p>{NOTICE.splitlines()[0]}</p><table><tr><td>序号</td><td>工作任务</td><td>建设内容</td>"
                    f"<td>责任单位</td></tr>{cells}</table></body></html>", encoding="utf-8")
    document = read_document(page)
    assert [m.text for m in document.measures] == TASKS

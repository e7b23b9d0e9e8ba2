"""A flattened task table (one cell per line) whose header holds a label the vocabulary does not know
(项目名称: a project's name, no column role reads it) is read where its rows say how many columns it
has (cells._period_fits): at least three rows each holding one line per label. A row whose task
wrapped over two lines held one line more, and main gave up the table, silently: the page's lines
fell to the prose reader, which read each project's name, content and task as one measure's text
(1 / 产业园项目 / 新建厂房5万平方米。 / 完成主体工程。 / 区发改局 read as 产业园项目\\n新建厂房5万平方米。完成主体工程。).

Where the header's known labels leave one column to take a wrapped row's extra lines (the task
column 主要任务, 建设内容 beside it yielding to it as columns.toml says: a project list's 建设内容
names the measures only where no task column is printed; or 建设内容 alone), a longer row is such a
row and the period is told by the others. Which column holds the measure is unchanged: the task,
the project's name and its 建设内容 warned as columns no role reads (column_unlabelled)."""

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.text import read_text

NOTICE = "某区人民政府办公室关于印发2023年重点项目建设任务清单的通知\n各镇人民政府：\n现将清单印发给你们。\n"
PROJECTS = [
    ("产业园项目", "新建厂房5万平方米。", "完成主体工程。", "区发改局"),
    ("物流园项目", "新建仓库2万平方米。", "开工建设，\n年底前完成主体。", "区商务局"),
    ("学校项目", "新建教学楼1栋。", "完成竣工验收。", "区教育局"),
    ("医院项目", "新建门诊楼。", "投入使用。", "区卫健局"),
    ("公园项目", "新建公园1座。", "完成绿化。", "区住建局"),
]
TASKS = [(n, task, owner) for n, (_, _, task, owner) in enumerate(PROJECTS, start=1)]


def listing(labels, columns, projects=PROJECTS):
    rows = "".join(f"{n}\n" + "".join(f"{project[c]}\n" for c in columns) for n, project in enumerate(projects, start=1))
    return NOTICE + "".join(f"{label}\n" for label in labels) + rows


@pytest.mark.parametrize(("labels", "columns"), [
    (("序号", "项目名称", "建设内容", "主要任务", "责任单位"), (0, 1, 2, 3)),
    (("序号", "项目名称", "主要任务", "建设内容", "责任单位"), (0, 2, 1, 3)),
])
def test_a_project_list_with_a_wrapped_task_reads_the_task_as_the_measure(tmp_path, labels, columns):
    page = tmp_path / "projects.txt"
    page.write_text(listing(labels, columns), encoding="utf-8")
    document = read_document(page)
    assert [(m.number, m.text, m.responsibility) for m in document.measures] == [
        (n, task, owner) for n, task, owner in TASKS]
    unread = sorted(w.message.split("(")[1].split(")")[0] for w in document.warnings if w.code == "column_unlabelled")
    assert unread == ["建设内容", "项目名称"]


def test_a_project_list_whose_content_wraps_reads_the_content_as_the_measure():
    grid, = read_text(listing(("序号", "项目名称", "建设内容", "责任单位"), (0, 2, 3)), "t.txt").grids
    assert [cell.text for cell in grid.rows[2].cells] == ["2", "物流园项目", "开工建设，\n年底前完成主体。", "区商务局"]


# Quiet: longer rows under a header leaving no single column to wrap into are no period.

def test_longer_rows_under_labels_naming_no_measure_column_open_no_table():
    # 项目名称 / 项目进展 / 责任单位: no text or task column could take a wrapped line
    labels = ("序号", "项目名称", "项目进展", "责任单位")
    projects = [(name, "", progress, owner) for name, _, progress, owner in PROJECTS]
    text = listing(labels, (0, 2, 3), projects)
    assert read_text(text, "t.txt").grids == ()


def test_too_few_rows_of_one_line_a_label_open_no_table():
    # two rows of five lines beside the wrapped one: the period is not told (three are needed)
    text = listing(("序号", "项目名称", "建设内容", "主要任务", "责任单位"), (0, 1, 2, 3), PROJECTS[:4])
    assert read_text(text, "t.txt").grids == ()

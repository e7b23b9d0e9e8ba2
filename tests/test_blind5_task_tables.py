"""Blind round 5: four real pages whose task table is flattened a cell per paragraph, read against
the key written before the reader ran (tests/fixtures/text-tables/blind5/KEY.md). Three are refused
in one line, as the key allows (a table cut by the page's excerpt, a leader's label printed over two
paragraphs, a traditional mirror's glossed labels over two paragraphs); the fourth, 苍南's progress
table, was refused because its measures' label 项目内容 was unknown to the vocabulary (a 民生实事
project table's content column, as 工作内容 and 实施内容 are), and is read now."""

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.text import read_text
from tests.conftest import FIXTURES

BLIND = FIXTURES / "text-tables" / "blind5"


@pytest.fixture(scope="module")
def cangnan():
    return read_document(BLIND / "cangnan-2022-progress-cells.txt")


def test_the_progress_table_gives_its_thirteen_rows(cangnan):
    assert [m.number for m in cangnan.measures] == list(range(1, 14))


def test_the_rows_drawn_for_the_key_read_as_the_key_says(cangnan):
    assert [(m.number, m.text[:10], m.responsibility, m.deadline) for m in cangnan.measures[:5]] == [
        (1, "新(改、扩)建公办园", "县教育局", None),
        (2, "建设四好农村路55公", "县交通局", None),
        (3, "完成农村公路大中修7", "县交通局", None),
        (4, "建成投用沿浦、宜山、", "县卫健局", None),
        (5, "打通县城人民大道(苍", "县住建局", None),
    ]


def test_the_remarks_column_is_no_owner(cangnan):
    assert {m.remarks for m in cangnan.measures} == {"市民生实事", "县民生实事"}


def test_the_progress_column_no_role_reads_is_warned(cangnan):
    assert any(w.code == "column_unlabelled" and "当前进度" in w.message for w in cangnan.warnings)


@pytest.mark.parametrize(("name", "refusal"), [
    ("shapingba-2022-two-tables-cells.txt", "row 1 \\(line 107\\) holds 2 lines for 3 columns"),
    # its header (牵头 / 市领导 over two paragraphs) is read; the excerpt cuts its row 5
    ("yuyao-2025-leader-label-split-cells.txt", "row 5 \\(line 68\\) holds 4 lines for 5 columns"),
    ("jiangbei-2023-traditional-glossed-cells.txt", "no task table or task list found"),
])
def test_the_pages_the_key_lets_refuse_are_refused_in_one_line(name, refusal):
    with pytest.raises(UnreadableFile, match=refusal):
        read_document(BLIND / name)


def test_a_project_content_label_opens_a_flattened_table():
    grid, = read_text("序号\n项目内容\n牵头单位\n1\n新建人行天桥。\n县住建局\n2\n改造棚户区。\n县住建局\n", "t.txt").grids
    assert [[cell.text for cell in row.cells] for row in grid.rows][1] == ["1", "新建人行天桥。", "县住建局"]


def test_a_sentence_ending_in_the_project_content_words_opens_no_table():
    assert read_text("序号\n丰富项目内容\n牵头单位\n1\n加强统筹。\n县商务局\n", "t.txt").grids == ()


def test_project_content_beside_a_project_name_is_the_measure_and_the_name_column_is_warned(tmp_path):
    # 项目名称 (a project's name, a label the vocabulary does not know) beside 项目内容: the content is
    # the measure; the name's column is not read, and said so (column_unlabelled), never silently
    page = tmp_path / "projects.txt"
    page.write_text("大竹县人民政府办公室关于印发2023年民生实事项目的通知\n各乡镇人民政府：\n现将项目印发给你们。\n"
                    "序号\n项目名称\n项目内容\n牵头单位\n完成时限\n"
                    "1\n城区污水管网建设\n新建城区污水管网12公里。\n县住建局\n10月底前\n"
                    "2\n人行天桥建设\n新建2座人行天桥。\n县住建局\n9月底前\n"
                    "3\n农贸市场建设\n新建农贸市场1个。\n县商务局\n6月底前\n"
                    "4\n公交线路优化\n新增城区公交线路2条。\n县交通局\n12月底前\n", encoding="utf-8")
    document = read_document(page)
    assert [(m.number, m.text, m.responsibility) for m in document.measures][:2] == [
        (1, "新建城区污水管网12公里。", "县住建局"), (2, "新建2座人行天桥。", "县住建局")]
    assert any(w.code == "column_unlabelled" and "项目名称" in w.message for w in document.warnings)

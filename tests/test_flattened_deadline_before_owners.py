"""A flattened task table (one cell per line) whose 完成时限 column stands before the owners'
(序号 | 工作任务 | 完成时限 | 责任单位): a last row whose text wraps over two lines was placed one line
per column, so the text's second line stood as its deadline and the deadline as its owner, the
owner's line left out of the table, silently (main before the mend read the fixture's row 6 so:
deadline 压减审批时限30%以上。, owner 持续推进). The header's order says which line is which: the
deadline is the line right before the owners' line, and it must look like a deadline (a date,
长期, 持续推进) or at least like no sentence and no list of bodies.

The fixture (tests/fixtures/text-tables/flattened/district-deadline-before-owners.txt, see
SOURCES.md there) keeps the shape of a district's real notice page (notice, signature, then the
table a cell per paragraph, a blank paragraph between cells)."""

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.text import read_text
from tests.conftest import FIXTURES

FOLDER = FIXTURES / "text-tables" / "flattened"
HEADER = "序号\n工作任务\n完成时限\n责任单位\n"
ROWS = "1\n加强统筹。\n6月底前\n区商务局\n2\n完善机制。\n建立台账。\n2021年底前\n区发改委\n"


def texts(grid):
    return [[cell.text for cell in row.cells] for row in grid.rows]


@pytest.mark.parametrize("name", ["district-deadline-before-owners.txt", "district-deadline-before-owners.html"])
def test_every_row_keeps_its_deadline_and_owner_under_a_deadline_column_before_the_owners(name):
    # the web page's copy prints each cell as a <p> of its own, read by the same rules (paragraph_tables)
    document = read_document(FOLDER / name)
    assert [(m.number, m.text, m.deadline, m.responsibility) for m in document.measures] == [
        (1, "实施亿元以上项目30个,完成固定资产投资增长8%。", "2021年底前", "区发改局"),
        (2, "新建城区污水管网12公里,改造雨污合流管网5公里。\n完成老城区排水防涝设施提升改造。", "10月底前", "区住建局"),
        (3, "开展农村人居环境整治提升行动。", "常态化推进", "区农业农村局"),
        (4, "推进区中心医院新院区建设,\n年内完成主体工程。", "12月底前", "区卫健局"),
        (5, "新增城镇就业2000人。", "长期坚持", "区人社局"),
        (6, "持续优化营商环境,推行“一网通办”。\n压减审批时限30%以上。", "持续推进", "区营商局"),
    ]


def test_the_wrapped_last_row_is_read_without_a_warning_of_misplaced_cells():
    document = read_document(FOLDER / "district-deadline-before-owners.txt")
    assert [w.code for w in document.measures[-1].warnings] == ["department_unresolved"]


def test_a_wrapped_last_row_whose_deadline_the_vocabulary_does_not_know_keeps_its_owner():
    # 常态化推进 is no deadline of the vocabulary: it is neither a sentence nor a list of bodies, and
    # the line after it lists bodies, so it stands as the deadline
    layout = read_text(HEADER + ROWS + "3\n优化服务。\n推进改革。\n常态化推进\n区公安局\n", "t.txt")
    assert texts(layout.grids[0])[3] == ["3", "优化服务。\n推进改革。", "常态化推进", "区公安局"]


def test_a_wrapped_last_row_before_the_signature_leaves_the_signature_out():
    layout = read_text(HEADER + ROWS + "3\n优化服务，\n推进改革。\n2021年底前\n区公安局\n\n宁波市人民政府办公厅\n2021年5月6日\n", "t.txt")
    assert texts(layout.grids[0])[3] == ["3", "优化服务，\n推进改革。", "2021年底前", "区公安局"]
    assert [p.text for p in layout.paragraphs] == ["宁波市人民政府办公厅", "2021年5月6日"]


# Quiet: last rows that print one line per column stay as placed.

def test_a_last_row_whose_deadline_the_vocabulary_does_not_know_stays_as_placed_before_more_lines():
    # the lines after the table (an attachment's title, a group's name) could pass for a deadline
    # and an owner; the row as placed already fits (a deadline no sentence, an owner naming bodies)
    layout = read_text(HEADER + ROWS + "3\n优化服务。\n按年度推进\n区公安局\n附件2\n区政府工作领导小组\n", "t.txt")
    assert texts(layout.grids[0])[3] == ["3", "优化服务。", "按年度推进", "区公安局"]
    assert [p.text for p in layout.paragraphs] == ["附件2", "区政府工作领导小组"]


def test_a_last_row_is_not_extended_past_its_line_of_bodies():
    # the line placed as the owner (区公安局) names bodies: were the row to take the lines after the
    # table (附件2 as its deadline, a group's name as its owner), that line would join the text, as
    # a task's text never goes on; the row stays as placed and the lines after it out of the table
    layout = read_text(HEADER + ROWS + "3\n优化服务。\n推进改革。\n区公安局\n附件2\n区政府工作领导小组\n", "t.txt")
    assert texts(layout.grids[0])[3][3] == "区公安局"
    assert [p.text for p in layout.paragraphs] == ["附件2", "区政府工作领导小组"]


def test_a_deadline_column_printed_last_is_read_as_before():
    # 序号 | 工作任务 | 责任单位 | 完成时限: the last row's wrapped text takes the lines up to its deadline
    header = "序号\n工作任务\n责任单位\n完成时限\n"
    rows = "1\n加强统筹。\n区商务局\n6月底前\n2\n完善机制。\n区发改委\n2021年底前\n"
    grid, = read_text(header + rows + "3\n优化服务，\n推进改革。\n区公安局\n持续推进\n", "t.txt").grids
    assert texts(grid)[3] == ["3", "优化服务，\n推进改革。", "区公安局", "持续推进"]


def test_a_wrapped_last_row_whose_owner_names_its_place_before_the_signature_is_doubted():
    # 大竹县住建局 then the notice's signature: the signature stops the row before its owner's line,
    # and the row as placed (a sentence as the deadline, a date as the owner) is warned, not silent
    layout = read_text(HEADER + ROWS + "3\n优化服务。\n推进改革。\n2023年12月31日\n大竹县住建局\n大竹县人民政府办公室\n2023年2月1日\n", "t.txt")
    row = layout.grids[0].rows[3]
    assert row.doubt == ("row 3 (line 14): its 完成时限 cell (推进改革。) ends a sentence and its 责任单位 cell names no body; "
                         "its lines may stand in the wrong columns")


def test_a_deadline_printed_as_a_sentence_over_its_bodies_is_not_doubted():
    grid, = read_text(HEADER + ROWS + "3\n优化政务服务流程，提升办事效率。\n2021年底前完成。\n区公安局\n", "t.txt").grids
    assert texts(grid)[3] == ["3", "优化政务服务流程，提升办事效率。", "2021年底前完成。", "区公安局"]
    assert grid.rows[3].doubt is None


# A middle row printing its owners one body a line: the deadline line stands in the text as placed.

MORE = "2\n完善机制。\n6月底前\n区发改委\n3\n优化服务。\n持续推进\n区公安局\n"


@pytest.mark.parametrize(("row", "text"), [
    ("1\n加强统筹\n建立台账\n2023年底前\n区商务局\n区财政局\n", "加强统筹\n建立台账"),  # was read warned: 区商务局 as the deadline
    ("1\n加强统筹，建立台账。\n2023年底前\n区商务局\n区财政局\n", "加强统筹，建立台账。"),  # was refused: where its text ends
])
def test_a_row_whose_owners_print_one_body_a_line_keeps_its_deadline_and_both_bodies(row, text):
    grid, = read_text(HEADER + row + MORE, "t.txt").grids
    assert texts(grid)[1] == ["1", text, "2023年底前", "区商务局\n区财政局"]
    assert grid.rows[1].doubt is None


def test_a_deadline_line_inside_a_rows_text_stays_there_when_text_follows_it():
    # 建立台账 after the date lists no body: the date is no deadline closing the text; the row is
    # placed as before and doubted (its 完成时限 cell names a body)
    grid, = read_text(HEADER + "1\n加强统筹\n2023年底前\n建立台账\n区商务局\n区财政局\n" + MORE, "t.txt").grids
    assert texts(grid)[1] == ["1", "加强统筹\n2023年底前\n建立台账", "区商务局", "区财政局"]
    assert grid.rows[1].doubt.startswith("row 1 (line 5): its 完成时限 cell (区商务局) names a body and no date")


def test_a_row_over_two_bodies_columns_is_placed_as_before():
    # 牵头单位 | 配合单位 after the deadline: where the lead's bodies end cannot be told
    header = "序号\n工作任务\n完成时限\n牵头单位\n配合单位\n"
    rows = ("1\n加强统筹\n建立台账\n2023年底前\n区商务局\n区财政局\n区人社局\n"
            "2\n完善机制。\n6月底前\n区发改委\n区财政局\n3\n优化服务。\n持续推进\n区公安局\n区司法局\n")
    grid, = read_text(header + rows, "t.txt").grids
    assert texts(grid)[1] == ["1", "加强统筹\n建立台账\n2023年底前", "区商务局", "区财政局", "区人社局"]
    assert grid.rows[1].doubt is not None

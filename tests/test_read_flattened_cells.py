"""Tables copied from a web page flattened to one cell per line with nothing between the cells
(the shape of a development zone's 重点工作及责任清单 copied from its page): read only under a
header of known column labels with rows opened by their numbers in sequence, refused when the
rows cannot be told apart, and never found in prose.

The fixture is trimmed from a real page's table (row 2's cell printed over two lines)."""

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.text import read_text
from tests.conftest import FIXTURES

FLATTENED = FIXTURES / "text-tables" / "devzone-flattened-cells.txt"
HEADER = "序号\n重点任务\n责任单位\n完成时限\n"


def grids_of(text):
    return read_text(text, "t.txt").grids


def texts(grid):
    return [[cell.text for cell in row.cells] for row in grid.rows]


@pytest.fixture(scope="module")
def devzone():
    return read_document(FLATTENED)


def test_flattened_table_gives_each_numbered_row_as_a_measure(devzone):
    assert [(m.number, m.text, m.responsibility, m.deadline) for m in devzone.measures] == [
        (1, "坚持服务跟着项目走，落实重点项目“领导+专班”“项目管家”等制度，全力服务重大项目落地见效。", "招商工作部、安商工作部", "全年"),
        (2, "全力推进开发区“空间再造”，推动工业用地“腾笼换鸟”。\n力争全年盘活僵尸企业10家，盘活存量土地400亩。", "改革办", "全年"),
        (3, "持续提升园区承载能力，加快推进开发区污水处理厂及污水管网提升项目。", "规划建设局", "全年"),
    ]


def test_flattened_table_keeps_the_leader_column_apart(devzone):
    assert [m.leader for m in devzone.measures] == ["叶林", "马振明", "张云峰"]


def test_a_wrapped_cell_keeps_the_lines_it_came_from(devzone):
    measure = devzone.measures[1]
    assert (measure.source.line_start, measure.source.line_end) == (12, 17)


def test_extra_lines_of_a_row_go_to_its_text_column():
    grid, = grids_of(HEADER + "1\n加强统筹，\n建立台账。\n市商务局\n全年\n2\n完善机制。\n市发改委\n6月底前\n")
    assert texts(grid)[1] == ["1", "加强统筹，\n建立台账。", "市商务局", "全年"]


def test_heading_lines_before_a_row_number_are_a_row_of_their_own():
    grid, = grids_of(HEADER + "一、扩大开放\n1\n加强统筹。\n市商务局\n全年\n二、优化服务\n2\n完善机制。\n市发改委\n6月底前\n")
    assert texts(grid) == [["序号", "重点任务", "责任单位", "完成时限"], ["一、扩大开放"], ["1", "加强统筹。", "市商务局", "全年"],
                           ["二、优化服务"], ["2", "完善机制。", "市发改委", "6月底前"]]


def test_lines_after_the_last_row_stay_paragraphs():
    layout = read_text(HEADER + "1\n加强统筹。\n市商务局\n全年\n2\n完善机制。\n市发改委\n6月底前\n扫一扫在手机打开当前页\n", "t.txt")
    assert len(layout.grids[0].rows) == 3
    assert [p.text for p in layout.paragraphs] == ["扫一扫在手机打开当前页"]


def test_numbered_prose_without_a_header_stays_prose():
    layout = read_text("一、工作任务\n1\n加强统筹。\n2\n完善机制。\n3\n优化服务。\n", "t.txt")
    assert layout.grids == ()
    assert [p.text for p in layout.paragraphs][:3] == ["一、工作任务", "1", "加强统筹。"]


def test_a_header_not_followed_by_a_row_number_is_no_table():
    layout = read_text(HEADER + "各单位要明确重点任务、责任单位和完成时限。\n", "t.txt")
    assert layout.grids == ()


def test_row_numbers_out_of_sequence_refuse_the_document():
    with pytest.raises(UnreadableFile, match="line 9 holds row number 3 where 2 was expected after row 1"):
        read_text(HEADER + "1\n加强统筹。\n市商务局\n全年\n3\n完善机制。\n市发改委\n6月底前\n2\n优化服务。\n市政务办\n全年\n", "t.txt")


def test_a_row_short_of_a_cell_refuses_the_document():
    with pytest.raises(UnreadableFile, match="row 1 \\(line 5\\) holds 2 lines for 3 columns"):
        read_text(HEADER + "1\n加强统筹。\n市商务局\n2\n完善机制。\n市发改委\n6月底前\n", "t.txt")


def test_a_wrapped_row_without_a_single_text_column_refuses_the_document():
    header = "序号\n领域\n责任单位\n完成时限\n"  # no text or task column to take the extra line
    with pytest.raises(UnreadableFile, match="no single text column"):
        read_text(header + "1\n扩大开放\n市商务局\n市发改委\n全年\n2\n优化服务\n市发改委\n全年\n", "t.txt")


def test_a_wrapped_row_whose_text_would_end_after_a_finished_sentence_refuses_the_document():
    with pytest.raises(UnreadableFile, match="line 7 follows the end of a sentence"):
        read_text(HEADER + "1\n加强统筹。\n市商务局\n牵头推进。\n全年\n2\n完善机制。\n市发改委\n6月底前\n", "t.txt")


def test_a_deadline_longer_than_the_text_warns_that_the_lines_may_be_misplaced(tmp_path):
    path = tmp_path / "swapped.txt"
    path.write_text(HEADER + "1\n全年\n市商务局\n加强统筹推进全市服务贸易创新发展。\n2\n完善机制。\n市发改委\n6月底前\n", encoding="utf-8")
    document = read_document(path)
    assert [[w.code for w in m.warnings if w.code == "cell_displaced"] for m in document.measures] == [["cell_displaced"], []]
    message, = [w.message for w in document.measures[0].warnings if w.code == "cell_displaced"]
    assert "its 完成时限 cell (加强统筹推进全市服务贸易创新发展。) is longer than its text (全年)" in message


def test_rows_of_the_fixture_raise_no_doubt(devzone):
    assert [w.code for m in devzone.measures for w in m.warnings if w.code == "cell_displaced"] == []


def test_cells_that_open_with_a_tab_are_left_to_the_tab_reader():
    # one cell per line after a tab, a blank line after each row; a row whose 序号 cell is empty (a tab
    # alone) follows the tab reader's rules, not the flattened table's
    grid, = grids_of("\t序号\n\t重点任务\n\t责任单位\n\n\t1\n\t加强统筹。\n\t市商务局\n\n\t\n\t完善机制。\n\t市发改委\n")
    assert texts(grid) == [["序号", "重点任务", "责任单位"], ["1", "加强统筹。", "市商务局"], ["完善机制。", "市发改委"]]


class _CountingLines(list):
    """Lines that count how many of them are handed out, by index or in slices."""

    handed = 0

    def __getitem__(self, key):
        found = super().__getitem__(key)
        self.handed += len(found) if isinstance(key, slice) else 1
        return found


def test_looking_for_a_header_at_each_line_looks_at_a_few_lines_only():
    # text_blocks looks for a flattened table at every line: each look must not walk the rest of
    # the text, or a long text (40,000 lines of prose took 1.5 s) is read in quadratic time
    from pilotplans.parsers.text.cells import cell_table_end
    from pilotplans.parsers.text.lines import split_lines

    lines = _CountingLines(split_lines("".join(f"第{i}段文字说明。\n" for i in range(2000))))
    assert {cell_table_end(lines, i) for i in range(len(lines))} == {None}
    assert lines.handed <= 4 * 2000


def test_a_wrapped_responsibility_cell_refuses_the_document():
    # 市商务局、 / 市发改委 is one cell over two lines; placed as the text's extra line it would
    # read the task 加强统筹\n市商务局、 with 市发改委 alone in charge
    with pytest.raises(UnreadableFile, match="row 1 \\(line 5\\) holds 4 lines for 3 columns, and its text as placed ends on line 7 with “、”"):
        read_text(HEADER + "1\n加强统筹\n市商务局、\n市发改委\n全年\n2\n完善机制。\n市发改委\n6月底前\n", "t.txt")


def test_a_row_whose_empty_cell_vanished_and_whose_text_wraps_refuses_the_document():
    # the responsibility cell is empty: the text's second line would be read as the body in charge
    with pytest.raises(UnreadableFile, match="row 1 \\(line 5\\) holds 3 lines for 3 columns, and its text as placed ends on line 6 with “，”"):
        read_text(HEADER + "1\n加强统筹，\n建立台账。\n全年\n2\n完善机制。\n市发改委\n6月底前\n", "t.txt")


def test_a_last_row_whose_text_wraps_takes_the_lines_up_to_its_deadline():
    # read one line per column, the row ended on 市发改委 and pushed its deadline out of the table
    layout = read_text(HEADER + "1\n加强统筹。\n市商务局\n全年\n2\n完善机制\n建立台账\n市发改委\n6月底前\n扫一扫在手机打开当前页\n", "t.txt")
    assert texts(layout.grids[0])[2] == ["2", "完善机制\n建立台账", "市发改委", "6月底前"]
    assert [p.text for p in layout.paragraphs] == ["扫一扫在手机打开当前页"]


def test_a_last_row_whose_text_wraps_before_its_deadline_and_a_last_column_of_bodies_is_read():
    # the header's order closes the row: its deadline (6月底前) stands right before its bodies'
    # line (市发改委); as placed one line per column its text ended on 完善机制， and was refused
    header = "序号\n重点任务\n完成时限\n责任单位\n"
    grid, = read_text(header + "1\n加强统筹。\n全年\n市商务局\n2\n完善机制，\n建立台账。\n6月底前\n市发改委\n", "t.txt").grids
    assert texts(grid)[2] == ["2", "完善机制，\n建立台账。", "6月底前", "市发改委"]


def test_a_last_row_followed_by_a_deadline_it_already_holds_stays_one_line_per_column():
    layout = read_text(HEADER + "1\n加强统筹。\n市商务局\n全年\n2\n完善机制。\n市发改委\n6月底前\n2024年底前完成评估。\n", "t.txt")
    assert texts(layout.grids[0])[2] == ["2", "完善机制。", "市发改委", "6月底前"]
    assert [p.text for p in layout.paragraphs] == ["2024年底前完成评估。"]


def test_a_text_cell_ending_on_a_comma_inside_its_lines_is_read():
    grid, = grids_of(HEADER + "1\n加强统筹，\n建立台账\n市商务局\n全年\n2\n完善机制：\n落实责任。\n市发改委\n6月底前\n3\n优化服务。\n市政务办\n全年\n")
    assert texts(grid)[1:3] == [["1", "加强统筹，\n建立台账", "市商务局", "全年"], ["2", "完善机制：\n落实责任。", "市发改委", "6月底前"]]


def test_a_second_table_after_a_one_row_table_is_a_table_of_its_own():
    # the second table's row 2 came within the first table's reach: its header and row 1 were taken
    # for the rest of the first table's row 1, and the document refused
    first, second = grids_of(HEADER + "1\n加强统筹。\n市商务局\n全年\n" + HEADER + "1\n完善机制。\n市发改委\n6月底前\n2\n优化服务。\n市政务办\n全年\n")
    assert texts(first) == [["序号", "重点任务", "责任单位", "完成时限"], ["1", "加强统筹。", "市商务局", "全年"]]
    assert texts(second)[1:] == [["1", "完善机制。", "市发改委", "6月底前"], ["2", "优化服务。", "市政务办", "全年"]]


def test_a_row_cut_short_by_the_next_tables_header_refuses_the_document():
    with pytest.raises(UnreadableFile, match="row 1 \\(line 5\\) holds 2 lines for 3 columns"):
        read_text(HEADER + "1\n加强统筹。\n市商务局\n" + HEADER + "1\n完善机制。\n市发改委\n6月底前\n", "t.txt")


def test_a_last_row_short_of_its_deadline_before_the_pages_end_refuses_the_document():
    # the deadline cell is empty: the page's end was read as row 2's deadline
    with pytest.raises(UnreadableFile, match="row 2 \\(line 9\\) holds 2 lines for 3 columns"):
        read_text(HEADER + "1\n加强统筹，建立台账，完善机制。\n市商务局\n全年\n2\n完善机制，落实责任，强化考核。\n市发改委\n扫一扫在手机打开当前页\n", "t.txt")


# A page whose cells each copied as a paragraph of their own (the shape of a district's 政府工作报告
# decomposition, tests/fixtures/plans/changningwan-blank-line-cells.txt): a blank line between every
# two cells, in the header as in the rows.

def test_a_header_with_a_blank_line_between_its_labels_is_read():
    grid, = grids_of("序号\n\n重点任务\n\n责任单位\n\n1\n\n加强统筹。\n\n市商务局\n\n2\n\n完善机制。\n\n市发改委\n")
    assert texts(grid) == [["序号", "重点任务", "责任单位"], ["1", "加强统筹。", "市商务局"], ["2", "完善机制。", "市发改委"]]


def test_labels_three_blank_lines_apart_are_no_header():
    layout = read_text("序号\n\n\n\n重点任务\n\n\n\n责任单位\n\n1\n\n加强统筹。\n\n市商务局\n", "t.txt")
    assert layout.grids == ()


def test_a_label_may_open_with_the_year_of_its_column():
    grid, = grids_of("序号\n2022年预期目标\n责任单位\n1\n地区生产总值增长6%左右\n区发展改革委\n2\n进出口总额增长5%\n区商务委\n")
    assert texts(grid)[0] == ["序号", "2022年预期目标", "责任单位"]
    assert texts(grid)[2] == ["2", "进出口总额增长5%", "区商务委"]


def test_a_year_before_no_label_makes_no_header():
    layout = read_text("序号\n2022年工作总结\n责任单位\n1\n加强统筹。\n市商务局\n", "t.txt")
    assert layout.grids == ()


TASK_HEADER = "序号\n工作任务\n牵头单位\n配合单位\n"


def test_a_last_row_whose_task_wraps_into_the_lead_column_takes_the_next_line():
    # one line per column would read the task's body as the lead and the lead as the cooperating body,
    # and leave the cooperating bodies out of the table
    layout = read_text(TASK_HEADER + "1\n扩大投资\n实施重点项目。\n区发改委\n区财政局\n"
                       "2\n优化服务\n推行一日办结，完善政企沟通。\n区政务办\n区市场局、各街道\n", "t.txt")
    assert texts(layout.grids[0])[2] == ["2", "优化服务\n推行一日办结，完善政企沟通。", "区政务办", "区市场局、各街道"]
    assert layout.paragraphs == ()


def test_a_last_row_whose_lead_body_is_printed_with_a_full_stop_keeps_one_line_per_column():
    # 区政务办。 is a list of bodies with a full stop, no sentence of the task: the row takes no
    # line after it (the lead would join the task and 此件公开发布 become the cooperating body)
    layout = read_text(TASK_HEADER + "1\n实施重点项目\n区发改委\n区财政局\n"
                       "2\n推行一日办结，完善政企沟通\n区政务办。\n区市场局、各街道\n（此件公开发布）\n", "t.txt")
    assert texts(layout.grids[0])[2] == ["2", "推行一日办结，完善政企沟通", "区政务办。", "区市场局、各街道"]
    assert [p.text for p in layout.paragraphs] == ["（此件公开发布）"]


def test_a_last_row_whose_task_ends_a_sentence_keeps_one_line_per_column():
    layout = read_text(TASK_HEADER + "1\n扩大投资。\n区发改委\n区财政局\n2\n优化服务。\n区政务办\n区市场局\n附件2\n", "t.txt")
    assert texts(layout.grids[0])[2] == ["2", "优化服务。", "区政务办", "区市场局"]
    assert [p.text for p in layout.paragraphs] == ["附件2"]


def test_a_last_row_whose_wrapped_task_no_following_line_places_refuses_the_document():
    with pytest.raises(UnreadableFile, match="the last row 2 \\(line 9\\) reads a finished sentence \\(line 11\\) as its responsibility"):
        read_text(TASK_HEADER + "1\n扩大投资。\n区发改委\n区财政局\n2\n优化服务\n推行一日办结。\n区政务办\n", "t.txt")


GROUPED = "序号\n重点任务\n具体措施\n责任单位\n完成时限\n"


def test_a_row_one_line_short_under_a_group_cell_takes_the_group_cell_of_the_row_above():
    # a web page merged 优化政务服务 over rows 1 and 2, and the copy printed it once
    grid, = grids_of(GROUPED + "1\n优化政务服务\n推行一网通办。\n区政务办\n2023年6月\n2\n推行告知承诺制。\n区司法局\n2023年9月\n"
                     "3\n降低企业成本\n落实减税降费。\n区税务局\n2023年12月\n")
    assert texts(grid)[1:] == [["1", "优化政务服务", "推行一网通办。", "区政务办", "2023年6月"],
                               ["2", "优化政务服务", "推行告知承诺制。", "区司法局", "2023年9月"],
                               ["3", "降低企业成本", "落实减税降费。", "区税务局", "2023年12月"]]
    assert [cell.merged_from for cell in grid.rows[2].cells] == [None, "above", None, None, None]
    assert grid.rows[2].inferred == "row 2 (line 11) prints one cell short: its 重点任务 cell read as merged with the row above (优化政务服务)"
    assert [row.inferred for row in grid.rows[1:]] == [None, grid.rows[2].inferred, None]


def test_the_merged_group_cell_is_reported_on_the_measure(tmp_path):
    path = tmp_path / "grouped.txt"
    path.write_text(GROUPED + "1\n优化政务服务\n推行一网通办。\n区政务办\n2023年6月\n2\n推行告知承诺制。\n区司法局\n2023年9月\n", encoding="utf-8")
    document = read_document(path)
    assert [(m.number, m.heading_path, m.text) for m in document.measures] == [
        (1, ["优化政务服务"], "推行一网通办。"), (2, ["优化政务服务"], "推行告知承诺制。")]
    assert [[w.code for w in m.warnings if w.code == "cell_merged_inferred"] for m in document.measures] == [[], ["cell_merged_inferred"]]


def test_a_row_one_line_short_whose_first_line_is_a_title_refuses_the_document():
    # 完善机制 ends no sentence: it may be the row's group cell with its text missing
    with pytest.raises(UnreadableFile, match="row 2 \\(line 11\\) holds 3 lines for 4 columns"):
        read_text(GROUPED + "1\n优化政务服务\n推行一网通办。\n区政务办\n2023年6月\n2\n完善机制\n区司法局\n2023年9月\n", "t.txt")


def test_a_row_one_line_short_whose_last_line_is_no_deadline_refuses_the_document():
    with pytest.raises(UnreadableFile, match="row 2 \\(line 11\\) holds 3 lines for 4 columns"):
        read_text(GROUPED + "1\n优化政务服务\n推行一网通办。\n区政务办\n2023年6月\n2\n推行告知承诺制。\n2023年9月\n区司法局\n", "t.txt")


def test_a_label_spaced_out_to_its_column_width_opens_a_header():
    grid, = grids_of("序号\n\n主 要 工 作 任 务\n\n责任单位\n\n1\n\n地区生产总值增长5.5%左右。\n\n市发展改革委\n")
    assert texts(grid)[0] == ["序号", "主 要 工 作 任 务", "责任单位"]


def test_a_spaced_line_that_is_no_label_opens_no_header():
    layout = read_text("序号\n各 单 位 要 认 真 落 实\n责任单位\n1\n加强统筹。\n市商务局\n", "t.txt")
    assert layout.grids == ()


# 辽中区 2024 (liaozhong.gov.cn: 政府工作报告主要工作任务分解表, copied a cell per paragraph) heads its
# measures 主要工作举措: unknown as a whole label, the table was not found and its rows ran into one
# prose item with exit 0.

def test_a_main_measures_label_opens_a_flattened_table():
    grid, = grids_of("序号\n\n主要工作举措\n\n牵头单位\n\n配合单位\n\n1\n\n加强统筹。\n\n区农业农村局\n\n区发展改革局\n\n"
                     "2\n\n完善机制。\n\n区工业和信息化局\n\n区财政局\n")
    assert texts(grid) == [["序号", "主要工作举措", "牵头单位", "配合单位"], ["1", "加强统筹。", "区农业农村局", "区发展改革局"],
                           ["2", "完善机制。", "区工业和信息化局", "区财政局"]]


def test_a_line_running_words_into_a_label_opens_no_table():
    # the end of a sentence run into a label word is no header line
    assert grids_of("序号\n\n以上主要工作举措\n\n牵头单位\n\n1\n\n加强统筹。\n\n区农业农村局\n") == ()


# A 政府工作报告 decomposition's table of targets heads its rows 目标任务 (序号 | 目标任务 | 责任领导 |
# 责任单位 | 责任人): unknown as a label, such a table was refused for naming no measures' column.

def test_a_targets_label_opens_a_flattened_table_of_measures():
    grid, = grids_of("序号\n目标任务\n责任领导\n责任单位\n1\n地区生产总值增长6%左右。\n张明\n区发展改革局\n"
                     "2\n一般公共预算收入增长5%。\n李华\n区财政局\n")
    assert texts(grid) == [["序号", "目标任务", "责任领导", "责任单位"], ["1", "地区生产总值增长6%左右。", "张明", "区发展改革局"],
                           ["2", "一般公共预算收入增长5%。", "李华", "区财政局"]]


def test_a_sentence_ending_in_targets_opens_no_table():
    # 完成目标任务 runs words into the label: no header line
    assert grids_of("序号\n完成全年目标任务\n责任单位\n1\n加强统筹。\n区商务局\n") == ()

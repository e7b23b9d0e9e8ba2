"""Task tables copied a cell per paragraph whose header the vocabulary does not wholly know, or
whose rows print a cell short: read where the rows' structure tells the columns, refused in one
line where it does not, and never run together into one prose item (a district's 政府工作报告主要
工作任务分解表 page, whose measures' label 主要工作举措 was unknown, came out as one item holding
every row, its row numbers dropped, with exit 0).

The fixtures (tests/fixtures/text-tables/flattened/, see SOURCES.md there) keep a real page's
shape: a blank paragraph between cells, a heading row, the first row without its 责任领导 cell."""

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.errors import UnreadableFile
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.text import read_text
from tests.conftest import FIXTURES

FLATTENED = FIXTURES / "text-tables" / "flattened"
TEXT = FLATTENED / "district-report-tasks-leader-short.txt"
PAGE = FLATTENED / "district-report-tasks-paragraphs.html"
OWNERS = [
    (1, "区农业农村局", "区发展改革局、区工业和信息化局、近海经济区管委会", None),
    (2, "近海经济区管委会", "自然资源分局、生态环境分局、区发展改革局", "冯冬昌"),
    (3, "近海经济区管委会", "自然资源分局、生态环境分局、区发展改革局", "冯冬昌"),
    (4, "区工业和信息化局", "近海经济区管委会、各镇政府（街道办事处）", "冯冬昌"),
    (5, "近海经济区管委会", "区商务局、区发展改革局", "冯冬昌"),
    (6, "区农业农村局", "区工业和信息化局、各镇政府（街道办事处）", "孙立新"),
]


def owners(document):
    return [(m.number, m.responsibility, m.cooperating, m.leader) for m in document.measures]


def missing(document):
    return [(m.number, w.message) for m in document.measures for w in m.warnings if w.code == "cell_missing_inferred"]


def tmp_text(tmp_path, text, name="t.txt"):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


# --- a row one cell short, its last column of short entries (责任领导) --------------------------

def test_a_row_without_its_leader_cell_is_read_with_the_cell_empty_and_a_warning():
    document = read_document(TEXT)
    assert owners(document) == OWNERS
    assert document.measures[0].text == "加快构建现代化产业体系，聚焦农产品精深加工，推进肉鸡、肉牛全产业链布局和招商，实现三产融合发展。"
    assert document.measures[0].heading_title == "做大做强主导产业"
    assert missing(document) == [(1, "row 1 (line 35) prints one cell short, the next line opening row 2: its 责任领导 cell read as empty")]


def test_the_page_printing_each_cell_as_a_paragraph_reads_as_its_text_copy():
    document = read_document(PAGE)
    assert owners(document) == OWNERS
    assert [m.text for m in document.measures] == [m.text for m in read_document(TEXT).measures]
    assert missing(document) == [(1, "row 1 (paragraph 16) prints one cell short, the next line opening row 2: its 责任领导 cell read as empty")]


def test_a_short_row_whose_last_line_could_be_a_leader_is_refused():
    # 王明 fits the 责任领导 column as well as 配合单位: which cell is missing cannot be told
    text = ("序号\n具体举措\n牵头单位\n配合单位\n责任领导\n1\n加强统筹。\n区商务局\n王明\n"
            + "".join(f"{n}\n完善机制。\n区发展改革局\n区财政局\n李强\n" for n in range(2, 6)))
    with pytest.raises(UnreadableFile, match=r"row 1 \(line 6\) holds 3 lines for 4 columns; which cell is missing cannot be told"):
        read_text(text, "t.txt")


def test_a_short_row_whose_last_column_holds_bodies_is_refused():
    text = ("序号\n具体举措\n牵头单位\n配合单位\n1\n加强统筹。\n区商务局\n"
            + "".join(f"{n}\n完善机制。\n区发展改革局\n区财政局、区市场监管局、区税务局\n" for n in range(2, 6)))
    with pytest.raises(UnreadableFile, match=r"row 1 \(line 5\) holds 2 lines for 3 columns"):
        read_text(text, "t.txt")


# --- a header holding a label the vocabulary does not know ------------------------------------

def test_a_header_with_an_unknown_label_takes_its_width_from_the_rows():
    # 督办领导人 is no label of the vocabulary: the header was 序号/具体举措/牵头单位, each row of five
    # lines read as wrapped; every row holding five lines says the table has five columns
    rows = [("加强统筹，建立工作台账。", "区商务局", "王明", "2024年6月底前"), ("完善机制，优化营商环境。", "区发展改革局", "李强", "2024年12月底前"),
            ("推进项目建设。", "区工业和信息化局", "张伟", "全年"), ("做好要素保障工作。", "区自然资源局", "赵刚", "2024年9月底前")]
    text = "序号\n\n具体举措\n\n牵头单位\n\n督办领导人\n\n完成时限\n\n" + "".join(f"{n}\n\n" + "\n\n".join(row) + "\n\n" for n, row in enumerate(rows, 1))
    grid, = read_text(text, "t.txt").grids
    assert [[cell.text for cell in row.cells] for row in grid.rows[:2]] == [
        ["序号", "具体举措", "牵头单位", "督办领导人", "完成时限"], ["1", "加强统筹，建立工作台账。", "区商务局", "王明", "2024年6月底前"]]
    assert len(grid.rows) == 5


def test_an_unknown_measures_label_refuses_the_table_in_one_line(tmp_path):
    path = tmp_text(tmp_path, TEXT.read_text("utf-8").replace("主要工作举措", "重点工作安排"))
    result = CliRunner().invoke(app, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code != 0 and result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"error: {path}: one-cell-per-line table: its rows hold 5 lines each under the 5 labels "
        "序号/重点工作安排/牵头单位/配合单位/责任领导 (line 23), none of which names the column of the measures; "
        "which column holds them cannot be told"]


def test_rows_of_other_lengths_give_no_width():
    # five labels, rows of four lines: no period fits the header, and 序号 alone opens no table
    text = "序号\n重点工作安排\n牵头单位\n配合单位\n责任领导\n" + "".join(f"{n}\n完善机制。\n区发展改革局\n区财政局\n" for n in range(1, 6))
    assert read_text(text, "t.txt").grids == ()


# --- the prose reading of such a table is refused, never passed on ----------------------------

def test_a_prose_reading_swallowing_numbers_standing_alone_is_refused(tmp_path):
    # four rows only, the first one short: too few rows to take the width from; read as prose, the
    # rows ran into one item under 一、 whose owner was the last bracket's (街道办事处)
    lines = TEXT.read_text("utf-8").replace("主要工作举措", "重点工作安排").split("5\n\n聚焦保税")[0]
    path = tmp_text(tmp_path, lines)
    with pytest.raises(UnreadableFile, match=(
            r"4 numbers stand alone on their lines in sequence \(1–4, from line 35\), a few lines apart, but the prose "
            r"reading finds 0 items among them: a table copied one cell per line whose header is not recognised")):
        read_document(path)


def test_numbers_alone_before_items_of_their_own_stay_a_list(tmp_path):
    path = tmp_text(tmp_path, "一、工作任务\n1\n加强统筹。（市商务局）\n2\n完善机制。（市发改委）\n3\n优化服务。（市政务办）\n")
    document = read_document(path)
    assert [(m.text, m.responsibility) for m in document.measures] == [
        ("加强统筹。", "市商务局"), ("完善机制。", "市发改委"), ("优化服务。", "市政务办")]


def test_numbered_prose_with_field_lines_is_untouched(tmp_path):
    # the shape of a district's 重点工作任务分解和责任分工方案 page: 1.target / 牵头单位： / 责任单位：
    text = ("一、经济社会发展的主要预期目标\n\n" + "".join(
        f"{n}.{goal}\n\n牵头单位：{lead}\n\n责任单位：{others}\n\n" for n, (goal, lead, others) in enumerate([
            ("努力实现地区生产总值增长6%左右。", "区发改局", "经济开发区，各街道"),
            ("规模以上工业增加值增长5%左右。", "区工信局", "经济开发区"),
            ("固定资产投资增长15%左右。", "区发改局", "经济开发区，各街道、区直各部门")], 1)))
    document = read_document(tmp_text(tmp_path, text))
    # both labels kept in the responsibility, as the task-list reader reads 牵头单位 beside 责任单位
    assert [(m.number, m.text, m.responsibility) for m in document.measures] == [
        (1, "努力实现地区生产总值增长6%左右。", "牵头单位：区发改局；责任单位：经济开发区，各街道"),
        (2, "规模以上工业增加值增长5%左右。", "牵头单位：区工信局；责任单位：经济开发区"),
        (3, "固定资产投资增长15%左右。", "牵头单位：区发改局；责任单位：经济开发区，各街道、区直各部门")]


def test_page_numbers_far_apart_are_no_rows(tmp_path):
    # a printed plan's page numbers stand alone too, a page of lines apart
    page = "".join(f"（{n}）推进第{n}项工作，完善相关机制。（区商务局）\n" for n in range(1, 15))
    text = "一、重点任务\n" + "".join(f"{page}{k}\n" for k in range(1, 4))
    document = read_document(tmp_text(tmp_path, text))
    assert [(m.number, m.text, m.responsibility) for m in document.measures] == [
        (n, f"推进第{n}项工作，完善相关机制。", "区商务局") for n in range(1, 15)] * 3


def test_numbered_prose_with_leader_field_lines_is_untouched(tmp_path):
    # the shape of a province's 任务分解和责任分工方案 page: indented 1. / 牵头领导： / 牵头单位： / 责任单位：
    text = ("一、今年全省经济社会发展的主要预期目标\n  1.地区生产总值增长5%以上。\n  牵头领导：省政府分管领导同志\n  牵头单位：省发展改革委\n"
            "  责任单位：省工业和信息化厅、省农业农村厅等，各市人民政府\n  2.一般公共预算收入增长5%左右。\n  牵头领导：省政府分管领导同志\n"
            "  牵头单位：省财政厅\n  责任单位：省税务局，各市人民政府\n")
    document = read_document(tmp_text(tmp_path, text))
    assert [(m.number, m.text, m.responsibility, m.leader) for m in document.measures] == [
        (1, "地区生产总值增长5%以上。", "牵头单位：省发展改革委；责任单位：省工业和信息化厅、省农业农村厅等，各市人民政府", "省政府分管领导同志"),
        (2, "一般公共预算收入增长5%左右。", "牵头单位：省财政厅；责任单位：省税务局，各市人民政府", "省政府分管领导同志")]


def test_short_targets_under_bracketed_numbers_stay_a_list(tmp_path):
    # the shape of a district's 目标任务责任分解方案 page: （一）short target / 责任单位：…, a blank line between
    text = ("一、2023年全区经济社会发展的主要预期目标\n\n（一）地区生产总值增长7%以上\n\n责任单位：区发展和改革局\n\n"
            "（二）规上工业增加值增长12%以上\n\n责任单位：区科技和经信局\n\n（三）固定资产投资增长10%以上\n\n责任单位：区发展和改革局\n")
    document = read_document(tmp_text(tmp_path, text))
    assert [(m.number, m.text, m.responsibility) for m in document.measures] == [
        (1, "地区生产总值增长7%以上", "区发展和改革局"), (2, "规上工业增加值增长12%以上", "区科技和经信局"),
        (3, "固定资产投资增长10%以上", "区发展和改革局")]


def test_a_flattened_table_of_unknown_labels_reads_as_its_pipe_copy(tmp_path):
    # the shape of a county's 重点工作清单 page (工作事项 | 进度安排 | 进展情况 | 完成情况, three labels the
    # vocabulary does not know): flattened a cell per line, it was no table at all
    rows = [("启动综合体建设。", "①2月上旬前，完成设计招标。②3月底前，完成图纸深化设计。", "①已完成。②施工图正在图审。", "达序推进"),
            ("支持银行、证券、保险业发展，壮大金融服务业。", "①3月底前，召开金融联席会议。", "①已完成。", "达序推进"),
            ("保持出境水质和空气优良率在98%以上。", "①每月完成地表水水质监测。", "①一季度水质达标。", "达序推进"),
            ("推进农村生活污水治理。", "①6月底前，完成终端运维招标。", "①正在准备招标文件。", "达序推进")]
    labels = ["序号", "工作事项", "进度安排", "进展情况", "完成情况"]
    piped = tmp_text(tmp_path, "某县2023年度重点工作清单\n" + " | ".join(labels) + " |\n"
                     + "".join(f"{n} | " + " | ".join(row) + " |\n" for n, row in enumerate(rows, 1)), "piped.txt")
    flat = tmp_text(tmp_path, "某县2023年度重点工作清单\n" + "\n".join(labels) + "\n"
                    + "".join(f"{n}\n" + "\n".join(row) + "\n" for n, row in enumerate(rows, 1)), "flat.txt")
    read = [[(m.number, m.text, m.deadline) for m in read_document(path).measures] for path in (piped, flat)]
    assert read[0] == read[1] == [(n, row[0], row[1]) for n, row in enumerate(rows, 1)]


def test_a_word_file_holding_the_table_as_paragraphs_reads_as_its_text_copy(tmp_path):
    import docx

    document = docx.Document()
    for line in TEXT.read_text("utf-8").splitlines():
        if line.strip():
            document.add_paragraph(line)
    path = tmp_path / "pasted.docx"
    document.save(path)
    read = read_document(path)
    assert owners(read) == OWNERS
    assert [m.text for m in read.measures] == [m.text for m in read_document(TEXT).measures]
    assert missing(read) == [(1, "row 1 (paragraph 16) prints one cell short, the next line opening row 2: its 责任领导 cell read as empty")]


def test_a_row_without_its_deadline_is_read_where_every_other_row_prints_a_date():
    header = "序号\n具体举措\n牵头单位\n配合单位\n完成时限\n"
    rows = "".join(f"{n}\n完善机制。\n区发展改革局\n区财政局\n2024年12月底前\n" for n in range(2, 5))
    grid, = read_text(header + "1\n加强统筹。\n区商务局\n区市场监管局\n" + rows, "t.txt").grids
    assert [cell.text for cell in grid.rows[1].cells] == ["1", "加强统筹。", "区商务局", "区市场监管局", ""]
    assert grid.rows[1].emptied == "row 1 (line 6) prints one cell short, the next line opening row 2: its 完成时限 cell read as empty"


def test_a_row_one_short_whose_last_line_is_a_date_too_is_refused():
    # its last line a date too: the 配合单位 cell may be the one missing
    header = "序号\n具体举措\n牵头单位\n配合单位\n完成时限\n"
    rows = "".join(f"{n}\n完善机制。\n区发展改革局\n区财政局\n2024年12月底前\n" for n in range(2, 5))
    with pytest.raises(UnreadableFile, match=r"row 1 \(line 6\) holds 3 lines for 4 columns"):
        read_text(header + "1\n加强统筹。\n区商务局\n2024年6月底前\n" + rows, "t.txt")


def test_numbers_alone_before_targets_naming_no_owner_are_left_to_the_prose_reading(tmp_path):
    # numbered targets, each number alone on its line, no bodies and no dates between them: no table's
    # rows; the measures of the plan come later, in brackets
    targets = "".join(f"{n}\n第{n}项指标保持稳定增长。\n较上年提高{n}个百分点。\n" for n in range(1, 5))
    text = "一、主要目标\n" + targets + "二、重点任务\n（一）加强统筹。（区商务局）\n（二）完善机制。（区发展改革局）\n"
    document = read_document(tmp_text(tmp_path, text))
    assert [(m.text, m.responsibility) for m in document.measures] == [("加强统筹。", "区商务局"), ("完善机制。", "区发展改革局")]


NOTICE = ("某市人民政府办公室关于印发服务贸易创新发展试点实施方案的通知\n各区人民政府，市直各部门：\n"
          "现将《某市服务贸易创新发展试点实施方案》印发给你们，请认真贯彻执行。\n一、重点任务\n"
          "（一）扩大服务业对外开放。推动金融、电信等领域开放。（市商务局、市发展改革委）\n"
          "（二）完善监管模式。探索包容审慎监管。（市市场监管局）\n（三）优化营商环境。深化放管服改革。（市政务服务局）\n")
NOTICE_MEASURES = [(1, "扩大服务业对外开放。推动金融、电信等领域开放。", "市商务局、市发展改革委"),
                   (2, "完善监管模式。探索包容审慎监管。", "市市场监管局"), (3, "优化营商环境。深化放管服改革。", "市政务服务局")]


def test_a_contact_list_after_the_plan_leaves_its_prose_reading_alone(tmp_path):
    # a notice's attachment 联络员名单 (序号/单位/姓名/联系电话) copied a cell per line: its rows name a body
    # but hold no measure, no task table's rows; the plan's three items were read, then refused
    contacts = "".join(f"{n}\n{unit}\n{name}\n1380000000{n}\n" for n, (unit, name) in enumerate(
        [("市商务局", "张三"), ("市发展改革委", "李四"), ("市财政局", "王五")], 1))
    document = read_document(tmp_text(tmp_path, NOTICE + "附件\n联络员名单\n" + contacts))
    assert [(m.number, m.text, m.responsibility) for m in document.measures] == NOTICE_MEASURES


SHORT_HEADER = "序号\n具体举措\n牵头单位\n配合单位\n{last}\n"


def test_a_short_row_whose_last_line_is_an_unrecognised_deadline_is_refused():
    # 常态化推进 is a deadline the vocabulary does not know: the missing cell may be 配合单位, and read
    # as that cell it put a deadline among the bodies, 完成时限 warned empty
    rows = "".join(f"{n}\n完善机制。\n区发展改革局\n区财政局\n2024年12月底前\n" for n in range(2, 5))
    text = SHORT_HEADER.format(last="完成时限") + "1\n加强统筹。\n区商务局\n常态化推进\n" + rows
    with pytest.raises(UnreadableFile, match=r"row 1 \(line 6\) holds 3 lines for 4 columns; which cell is missing cannot be told"):
        read_text(text, "t.txt")


def test_a_short_row_whose_last_line_is_a_long_leader_title_is_refused():
    # a leader written with his posts is longer than twice the others' names, yet no list of bodies:
    # the missing cell may be 配合单位
    rows = "".join(f"{n}\n完善机制。\n区发展改革局\n区财政局\n李强\n" for n in range(2, 5))
    text = SHORT_HEADER.format(last="责任领导") + "1\n加强统筹。\n区商务局\n区委常委常务副区长张三\n" + rows
    with pytest.raises(UnreadableFile, match=r"row 1 \(line 6\) holds 3 lines for 4 columns; which cell is missing cannot be told"):
        read_text(text, "t.txt")


@pytest.mark.parametrize("form", ["{}.", "（{}）"])
def test_row_numbers_printed_as_list_marks_whose_owner_cells_ran_into_the_items_are_refused(tmp_path, form):
    # the four rows' numbers printed 1. or （1）: the prose reading once found four items, their 牵头单位 and
    # 配合单位 cells run into the text, the fourth item's owner the bracket inside 各镇政府（街道办事处）; that
    # bracket is a body's second name, no owners, so the reading finds no item naming its owners, and the
    # refusal still names the table copied a cell a line (check_flattened_unread), not a page holding no tasks
    four = TEXT.read_text("utf-8").replace("主要工作举措", "重点工作安排").split("5\n\n聚焦保税")[0]
    for n in range(1, 5):
        four = four.replace(f"\n{n}\n", "\n" + form.format(n) + "\n", 1)
    with pytest.raises(UnreadableFile, match=(
            r"4 numbers stand alone on their lines in sequence \(1–4, from line 35\), a few lines apart, but the prose "
            r"reading finds 0 items among them: a table copied one cell per line")):
        read_document(tmp_text(tmp_path, four))


def test_numbers_alone_before_items_and_their_owner_lines_stay_a_list(tmp_path):
    # 1. alone, the item, its 责任单位： line: the owner read as the item's, never in its text
    text = "一、重点任务\n" + "".join(f"{n}.\n{goal}\n责任单位：{lead}\n" for n, (goal, lead) in enumerate([
        ("加强统筹协调，建立工作台账。", "区商务局"), ("完善工作机制，优化营商环境。", "区发展改革局"),
        ("推进项目建设，加快项目进度。", "区工业和信息化局")], 1))
    document = read_document(tmp_text(tmp_path, text))
    assert [(m.number, m.text, m.responsibility) for m in document.measures] == [
        (1, "加强统筹协调，建立工作台账。", "区商务局"), (2, "完善工作机制，优化营商环境。", "区发展改革局"),
        (3, "推进项目建设，加快项目进度。", "区工业和信息化局")]


def test_a_short_row_whose_last_line_is_no_date_under_a_deadline_column_is_refused():
    # 完成时限 before 责任领导: a leader with his posts, longer than twice the others' names, is no date;
    # the missing cell may be 完成时限
    rows = "".join(f"{n}\n完善机制。\n2024年12月底前\n李强\n" for n in range(2, 5))
    text = "序号\n具体举措\n完成时限\n责任领导\n1\n加强统筹。\n区委常委常务副区长张三\n" + rows
    with pytest.raises(UnreadableFile, match=r"row 1 \(line 5\) holds 2 lines for 3 columns; which cell is missing cannot be told"):
        read_text(text, "t.txt")


def test_a_short_row_whose_last_line_is_a_date_under_a_deadline_column_is_read():
    rows = "".join(f"{n}\n完善机制。\n2024年12月底前\n李强\n" for n in range(2, 5))
    grid, = read_text("序号\n具体举措\n完成时限\n责任领导\n1\n加强统筹。\n2024年6月底前\n" + rows, "t.txt").grids
    assert [cell.text for cell in grid.rows[1].cells] == ["1", "加强统筹。", "2024年6月底前", ""]


LEADER_ROWS = "序号\n具体举措\n牵头单位\n配合单位\n责任领导\n" + "".join(
    f"{n}\n第{n}项措施，推进落实。\n区商务局\n区财政局、区税务局\n李强\n" for n in range(1, 4))


def test_a_last_row_without_its_leader_taking_the_colophons_office_is_warned():
    # the last row prints no 责任领导; the colophon after the table (区政府办公室 / …印发) gave it a
    # body's name as its leader, unwarned
    grid, = read_text(LEADER_ROWS + "4\n第4项措施，推进落实。\n区商务局\n区财政局、区税务局\n区政府办公室\n2024年1月18日印发\n", "t.txt").grids
    assert grid.rows[-1].doubt == ("row 4 (line 21): its 责任领导 cell (区政府办公室) names a body, no leader; "
                                   "its lines may stand in the wrong columns")


def test_a_last_row_with_its_leader_is_not_warned():
    grid, = read_text(LEADER_ROWS + "4\n第4项措施，推进落实。\n区商务局\n区财政局、区税务局\n区政府分管领导\n区政府办公室\n", "t.txt").grids
    assert [cell.text for cell in grid.rows[-1].cells] == ["4", "第4项措施，推进落实。", "区商务局", "区财政局、区税务局", "区政府分管领导"]
    assert grid.rows[-1].doubt is None


def test_a_page_number_standing_as_the_next_rows_number_is_refused():
    # a PDF's text copy: page 2 opens between rows 1 and 2, its number alone as row 2's is; the row
    # read its own number into its text (2\n第2项措施…), unwarned
    header = "序号\n具体举措\n牵头单位\n完成时限\n"
    rows = "".join(f"{n}\n第{n}项措施，推进落实。\n区商务局\n2024年{n}月底前\n" for n in range(2, 6))
    text = header + "1\n第1项措施，推进落实。\n区商务局\n2024年1月底前\n2\n" + rows
    with pytest.raises(UnreadableFile, match=(r"row 2 \(line 9\) prints its number again on line 10 \(a page number\?\); "
                                              r"which line opens the row cannot be told")):
        read_text(text, "t.txt")


def test_numbered_targets_with_dates_before_the_tasks_stay_prose(tmp_path):
    # targets numbered alone on their lines, each with its date and no owner: no task table's rows
    # (a row names who carries it out); the plan's two tasks were refused for them
    targets = "".join(f"{n}\n{goal}\n2024年12月底前\n" for n, goal in enumerate(
        ["地区生产总值增长7%左右。", "固定资产投资增长10%。", "社会消费品零售总额增长8%。"], 1))
    text = "一、主要目标\n" + targets + "二、重点任务\n（一）加强统筹。（区商务局）\n（二）完善机制。（区发展改革局）\n"
    document = read_document(tmp_text(tmp_path, text))
    assert [(m.number, m.text, m.responsibility) for m in document.measures] == [
        (1, "加强统筹。", "区商务局"), (2, "完善机制。", "区发展改革局")]


def test_rows_naming_a_leader_and_a_date_are_a_tables_rows(tmp_path):
    # 序号/工作任务/责任领导/完成时限, its header unknown in part: a leader's name beside the date says who
    rows = "".join(f"{n}\n{task}\n{leader}\n2024年12月底前\n" for n, (task, leader) in enumerate(
        [("加强统筹，建立工作台账。", "张伟"), ("完善机制，优化营商环境。", "李强"), ("推进项目建设。", "王明")], 1))
    text = "一、重点任务\n（一）加强统筹。（区商务局）\n二、工作安排\n" + rows
    with pytest.raises(UnreadableFile, match=r"3 numbers stand alone on their lines in sequence \(1–3, from line 4\)"):
        read_document(tmp_text(tmp_path, text))

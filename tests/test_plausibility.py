"""Counting numbers and rows: a numbered task table read into records that mostly lack their
number is refused in one line; one where some lack it carries a warning; a sound reading is left
alone (pilotplans.ingest.plausibility, run by read_document)."""

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.ingest.pipeline import read_document
from pilotplans.schema.models import Measure
from pilotplans.parsers.pdf import PdfSettings
from tests.conftest import FIXTURES

VARIANTS = FIXTURES / "variants"

def test_numbered_table_whose_records_mostly_lack_their_number_is_refused():
    # 序号 printed for three of eight measures: 5 records without a number
    path = FIXTURES / "numbered-table-numbers-lost.txt"
    with pytest.raises(UnreadableFile) as caught:
        read_document(path)
    assert str(caught.value) == (f"{path}: the rows of task table 1 could not be read: "
                                 "5 of its 8 records have no number in its 序号 column")

def test_rows_misread_in_part_carry_a_warning_on_the_document():
    # read with a line pitch too small for the table's, centred rows lose lines to rows of their own
    document = read_document(VARIANTS / "centred-numbers-landscape.pdf", settings=PdfSettings(pitch_max_em=1.0))
    # the header's wrapped labels lose their last lines too: the columns they no longer name say so
    assert [(w.code, w.message) for w in document.warnings] == [
        ("column_unlabelled", "row 2: column 1 (试点任) has a label no column role reads, and its text is not read: 务"),
        ("column_unlabelled", "row 2: column 4 (上级制定政策保障措) has a label no column role reads, and its text is not read: "
                              "施或支持和指导部门"),
        ("rows_unnumbered", "5 of the 21 records of table 1 have no number in its 序号 column: its rows may be misread"),
        # the table is 厦门's: no notice names it, but the table's own title opens with it
        ("region_inferred", "the document's metadata names no region; taken from its plan's title "
                            "厦门市全面深化服务贸易创新发展试点任务、具体举措及责任分工附件：试点任务责任分工表, which opens with 厦门市"),
    ]

@pytest.mark.parametrize("name", ["centred-numbers-landscape", "horizontal-rules-hainan", "packed-cell-header-once"])
def test_a_sound_reading_gets_no_row_warning(name):
    codes = {w.code for w in read_document(VARIANTS / f"{name}.pdf").warnings}
    assert "rows_unnumbered" not in codes

def test_tables_without_a_number_column_are_not_counted():
    document = read_document(VARIANTS / "broken-task-2018.pdf")
    assert len(document.measures) == 21 and all(m.number is None for m in document.measures)
    assert "rows_unnumbered" not in {w.code for w in document.warnings}


def measure(text: str, number: int | None = None, **cells: str) -> Measure:
    from pilotplans.schema.models import Measure, SourceRef

    return Measure(position=1, table=1, text=text, number=number, number_raw=None if number is None else str(number),
                   source=SourceRef(file="plan.pdf", format="pdf"), **cells)


RUN_TOGETHER = "several rows of the table may have been read as one: "


PACKED = ("（98）推动境外认证机构备案后在当地开展出口产品认证业务。\n（99）允许外商投资企业再投资免于外汇登记。\n"
          "（100）在风险可控的前提下，探索放宽非居民并购贷款的条件。")


def test_a_record_without_a_number_whose_text_opens_with_rows_numbered_past_1_is_said_to_run_rows_together():
    # generated layout 4300040 before its repair: columns ruled and broken by heading rows, rows
    # not ruled; the page's rows read as one record, no number, every cell every row's values
    from pilotplans.ingest.plausibility import run_together

    packed = measure(PACKED, responsibility="国资委\n人力资源社会保障部\n体育总局", leader="市政府分管副秘书长\n李华（副秘书长）\n分管副市长")
    assert run_together(packed) == "its text, read without a number, opens with lines numbered 98–100 in sequence"


def test_a_record_whose_text_holds_lines_numbered_after_its_own_number_is_said_to_run_rows_together():
    from pilotplans.ingest.plausibility import run_together

    glued = measure("开展跨境服务贸易试点。\n（6）推进数据跨境流动。\n（7）支持境外机构设立分支。", number=5, responsibility="商务部")
    assert run_together(glued) == "its text holds lines numbered 6–7 in sequence after its own number 5"


def test_a_record_without_a_number_whose_cells_hold_a_line_for_each_numbered_line_is_said_to_run_rows_together():
    from pilotplans.ingest.plausibility import run_together

    first_rows = measure("（1）扩大电信业务开放。\n（2）放宽外资准入。", responsibility="工业和信息化部\n商务部", deadline="2025年底前\n持续推进")
    assert run_together(first_rows) == "its text holds lines numbered 1–2 in sequence and 2 of its cells as many lines each"


def test_a_record_without_a_number_whose_number_cell_holds_numbers_in_sequence_is_said_to_run_rows_together():
    from pilotplans.ingest.plausibility import run_together

    numbers_cell = measure("坚持金融业务持牌经营。\n加强生物安全管理。", responsibility="科技部\n中医药局")
    numbers_cell.number_raw = "（152）\n（153）"
    assert run_together(numbers_cell) == "its 序号 cell holds numbers 152–153 in sequence, one a line"


def test_a_record_running_rows_together_carries_the_warning():
    from pilotplans.ingest.plausibility import check_run_together

    packed = measure(PACKED, responsibility="国资委\n人力资源社会保障部\n体育总局")
    document = read_document(FIXTURES / "national-2020-tasks.html").model_copy(update={"measures": [packed]})
    assert [(w.code, w.message) for w in check_run_together(document).measures[0].warnings] == [
        ("rows_run_together", RUN_TOGETHER + "its text, read without a number, opens with lines numbered 98–100 in sequence")]


def test_a_measure_listing_its_own_sub_items_is_not_said_to_run_rows_together():
    from pilotplans.ingest.plausibility import run_together

    points = measure("推进服务业扩大开放：\n1.扩大电信业务开放；\n2.完善跨境数据流动规则；\n3.探索数据出境便利化。",
                     number=12, responsibility="工业和信息化部、商务部", deadline="2025年底前")
    items = measure("（1）扩大电信业务开放；（2）放宽外资准入。\n（1）试点先行；\n（2）逐步推开。", number=3, responsibility="商务部")
    unnumbered = measure("（1）扩大电信业务开放；\n（2）放宽外资准入；\n（3）探索数据出境便利化。", responsibility="商务部")
    assert [run_together(m) for m in (points, items, unnumbered)] == [None, None, None]


def test_a_document_whose_records_run_no_rows_together_is_returned_as_it_is():
    from pilotplans.ingest.plausibility import check_run_together

    document = read_document(FIXTURES / "national-2020-tasks.html")
    assert check_run_together(document) is document


def test_a_measure_whose_first_sub_items_run_on_after_its_lead_in_is_not_said_to_run_rows_together():
    # measure 1's （1） stands on its lead-in's line, so the lines opening with a number begin at
    # （2）: the number after its own, yet its own sub-list counting from （1）
    from pilotplans.ingest.plausibility import run_together

    first = measure("扩大开放领域：（1）扩大电信业务开放；\n（2）放宽外资准入；\n（3）探索数据出境便利化。", number=1, responsibility="商务部")
    second = measure("推进：（1）扩大开放；（2）放宽准入；\n（3）探索数据出境便利化；\n（4）开展试点。", number=2, responsibility="商务部")
    assert [run_together(m) for m in (first, second)] == [None, None]


def test_a_measure_whose_text_holds_the_next_row_after_a_sub_item_of_another_count_is_still_said_to_run_rows_together():
    # an inline （1） of its own does not hide rows （6）（7） glued after measure 5
    from pilotplans.ingest.plausibility import run_together

    glued = measure("开展试点：（1）跨境服务。\n（6）推进数据跨境流动。\n（7）支持境外机构设立分支。", number=5, responsibility="商务部")
    assert run_together(glued) == "its text holds lines numbered 6–7 in sequence after its own number 5"


def test_the_cells_counted_beside_a_packed_text_are_every_cell_a_row_carries():
    # an attachment-2 table (领域/涉及行业/开放便利举措/现行相关规定) read with its rows as one: its
    # 涉及行业 and 现行相关规定 cells hold a line a row as any other cell does
    from pilotplans.ingest.plausibility import run_together

    packed = measure("1.允许外资设立独资企业。\n2.放宽持股比例限制。", sector="电信\n金融", regulations="《电信条例》\n《外资银行管理条例》")
    assert run_together(packed) == "its text holds lines numbered 1–2 in sequence and 2 of its cells as many lines each"


def test_a_record_whose_cell_holds_a_lost_row_opening_is_said_to_run_rows_together():
    # generated layout 5900030 before its repair: the rows after a page break read as text joined the
    # table's last record, the next row's opening in its 适用范围 cell; 109 and 110 held by no record
    from pilotplans.ingest.plausibility import check_run_together, other_row_in_cell

    last = measure("支持天津深化与有关国际组织及相关国家经贸合作。", number=108, responsibility="外交部银保监会",
                   scope="天津在政策联动区域内跨省市停留。110.对拟在试点地区筹建分公司或子公司的外国企业相关高级管理人员。",
                   deadline="试点期内成试点期内")
    last.number_raw = "108."
    before = measure("推进落实与香港专业服务业的合作。", number=107, responsibility="统计局")
    before.number_raw = "107."
    assert other_row_in_cell(last, {107, 108}, None) == (
        "its scope cell holds the opening of measure 110 (110.), a number no record of its table holds")
    document = read_document(FIXTURES / "national-2020-tasks.html").model_copy(update={"measures": [before, last]})
    assert [[(w.code, w.message) for w in m.warnings] for m in check_run_together(document).measures] == [
        [], [("rows_run_together", RUN_TOGETHER + "its scope cell holds the opening of measure 110 (110.), "
                                                  "a number no record of its table holds")]]


def test_a_cell_numbering_its_own_points_or_a_held_row_is_not_said_to_hold_a_lost_row():
    from pilotplans.ingest.plausibility import other_row_in_cell

    own_points = measure("推进服务业扩大开放。", number=12, remarks="1.年度重点任务。2.需争取国家部委支持。")
    own_points.number_raw = "12."
    held = measure("推进服务业扩大开放。", number=12, scope="北京。13.另行安排。")
    held.number_raw = "12."
    other_style = measure("推进服务业扩大开放。", number=12, scope="北京。（13）另行安排。")
    other_style.number_raw = "12."
    far = measure("推进服务业扩大开放。", number=12, deadline="试点期内。2021.12月底前")
    far.number_raw = "12."
    assert [other_row_in_cell(m, {12, 13}, 13 if m is held else None) for m in (own_points, held, other_style, far)] == [
        None, None, None, None]


SUB_POINTS = FIXTURES / "variants" / "sub-points-one-cell.docx"


def test_a_cell_listing_its_own_points_beside_one_cell_of_as_many_lines_is_not_said_to_run_rows_together():
    # an unnumbered task table: 1. 2. are the row's own points, its 责任单位 one body a paragraph;
    # every record of the table unnumbered, none goes on from the points' numbers
    document = read_document(SUB_POINTS)
    assert [(m.text.split("\n")[0][:6], m.responsibility, [w.code for w in m.warnings]) for m in document.measures] == [
        ("在试点地区探", "商务部", []), ("1.扩大电信", "工业和信息化部\n商务部", []), ("优化外籍人员", "科技部", []),
        ("鼓励金融机构", "人民银行", []), ("加强知识产权", "国家知识产权局", [])]


def test_rows_packed_beside_their_only_cell_before_the_rows_numbered_after_them_are_said_to_run_rows_together():
    # the table's first rows read as one unnumbered record, one cell a row beside each, the next
    # record numbered 3: the lines 1. 2. were rows
    from pilotplans.ingest.plausibility import check_run_together, run_together

    packed = measure("1.扩大电信业务开放。\n2.放宽外资准入。", responsibility="工业和信息化部\n商务部")
    third = measure("探索数据出境便利化。", number=3, responsibility="网信办")
    assert [run_together(packed, 3), run_together(packed, None), run_together(packed, 4)] == [
        "its text holds lines numbered 1–2 in sequence, its only cell as many lines, and the next numbered record of its table is 3",
        None, None]
    document = read_document(FIXTURES / "national-2020-tasks.html").model_copy(update={"measures": [packed, third]})
    assert [[w.message for w in m.warnings] for m in check_run_together(document).measures] == [
        [RUN_TOGETHER + "its text holds lines numbered 1–2 in sequence, its only cell as many lines, "
                        "and the next numbered record of its table is 3"], []]


def test_a_tables_only_record_listing_rows_beside_its_only_cell_is_said_to_run_rows_together():
    # a whole small table's rows read as one record (no rules between them), one body a row in its
    # 责任单位: no record after it to go on from its numbers, but no other row of the table either
    from pilotplans.ingest.plausibility import check_run_together, run_together

    packed = measure("1.扩大电信业务开放。\n2.放宽外资准入。", responsibility="工业和信息化部\n商务部")
    assert [run_together(packed, None, True), run_together(packed, None, False)] == [
        "its text holds lines numbered 1–2 in sequence, its only cell as many lines, and it is its table's only record",
        None]
    document = read_document(FIXTURES / "national-2020-tasks.html")
    alone = check_run_together(document.model_copy(update={"measures": [packed]}))
    assert [[w.message for w in m.warnings] for m in alone.measures] == [
        [RUN_TOGETHER + "its text holds lines numbered 1–2 in sequence, its only cell as many lines, "
                        "and it is its table's only record"]]
    # the quiet side: the same record among other unnumbered rows of its table (a cell listing its own points)
    other = measure("探索数据出境便利化。", responsibility="网信办")
    among = check_run_together(document.model_copy(update={"measures": [packed, other]}))
    assert [[w.message for w in m.warnings] for m in among.measures] == [[], []]

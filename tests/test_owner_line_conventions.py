"""A convention stated in brackets in a prose plan's owner line after its first body (责任单位:县发改局(首位单位为
牵头单位,下同)、县财政局、…: 海盐县 2022, tests/fixtures/prose-shapes/owner-line-convention-*.txt) applies as one
stated in a table's remark column: from that item on, the first body of every list leads. It was found by no
reader (only a bracket closing the whole list was a remark), and every body read carry_out."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret.fields import read_field_line, stated_remark
from tests.conftest import FIXTURES

SHAPES = FIXTURES / "prose-shapes"


def _roles(name: str) -> list[list[tuple[str, str]]]:
    return [[(d.raw, d.role) for d in m.departments] for m in read_document(SHAPES / name).measures]


def test_a_convention_after_an_owner_lines_first_body_makes_the_first_body_lead_on_every_item_from_it():
    assert _roles("owner-line-convention-after-first-body.txt") == [
        [("县发改局", "lead"), ("县财政局", "carry_out"), ("县税务局", "carry_out"), ("县农业农村局", "carry_out")],
        [("县财政局", "lead"), ("县机关事务中心", "carry_out")],
        [("县司法局", "lead"), ("县政府办", "carry_out")]]


def test_the_convention_is_the_items_remark_and_the_documents_from_that_item():
    document = read_document(SHAPES / "owner-line-convention-after-first-body.txt")
    assert [m.remarks for m in document.measures] == ["首位单位为牵头单位,下同", None, None]
    assert [(c.kind, c.text, c.from_measure) for c in document.conventions] == [("first_lead", "首位单位为牵头单位,下同", None)]


def test_the_bracket_stays_out_of_the_first_bodys_name_and_in_the_list_as_printed():
    measure = read_document(SHAPES / "owner-line-convention-after-first-body.txt").measures[0]
    assert (measure.responsibility, measure.departments[0].raw, measure.departments[0].id) == (
        "县发改局(首位单位为牵头单位,下同)、县财政局、县税务局、县农业农村局", "县发改局", "330424-development_reform_commission")


def test_a_convention_after_a_lists_first_body_is_its_remark():
    assert stated_remark("县发改局（首位单位为牵头单位，下同）、县财政局") == "首位单位为牵头单位，下同"
    assert read_field_line("责任单位:县发改局(首位单位为牵头单位,下同)、县财政局").remark == "首位单位为牵头单位,下同"


def test_a_bracket_after_a_lists_first_body_naming_a_role_or_a_body_states_no_convention():
    assert [stated_remark(text) for text in ("市发改委（牵头）、市财政局", "市大数据局（市政府办）、市财政局")] == [None, None]


def test_owner_lines_with_brackets_naming_a_role_or_a_body_and_no_note_read_as_printed():
    document = read_document(SHAPES / "owner-line-bracket-naming-no-convention.txt")
    assert [[(d.raw, d.role) for d in m.departments] for m in document.measures] == [
        [("市发改委", "lead"), ("市财政局", "carry_out")],
        [("市大数据局（市政府办）", "carry_out"), ("市财政局", "carry_out")],
        [("市商务局", "carry_out"), ("市财政局", "carry_out")]]
    assert (document.conventions, [m.remarks for m in document.measures]) == ([], [None, None, None])


def _reading(name: str) -> tuple[object, list[tuple[object, ...]]]:
    document = read_document(SHAPES / name)
    meta = (document.doc_no, document.title, document.issuer, document.date,
            document.region, [t.title for t in document.tables], [(c.kind, c.from_measure) for c in document.conventions])
    return meta, [(m.heading, m.number, m.text, m.responsibility, [(d.id, d.role) for d in m.departments], m.remarks,
                   [w.code for w in m.warnings]) for m in document.measures]


def test_the_page_copied_as_one_line_reads_as_its_lined_copy():
    # the corpus copy runs the notice, its signature, the list's title and the items into one line: its 文号 (in the
    # information table, whose last row is the notice's title closed by `|`) and the list's title were lost
    assert _reading("owner-line-convention-one-line.txt") == _reading("owner-line-convention-lined.txt")


def test_the_one_line_copy_reads_its_number_title_and_the_lists_title():
    meta, measures = _reading("owner-line-convention-one-line.txt")
    assert meta[:2] == ("盐政办发〔2022〕16号", "海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知")
    assert meta[5] == ["政府工作报告2022年重点工作责任分解"]
    assert [m[4][0][1] for m in measures] == ["lead", "lead", "lead"]


def _grid(*rows: list[str]):
    from pilotplans.layout import Cell, Grid, Row

    return Grid(rows=tuple(Row(cells=tuple(Cell(paragraphs=(text,)) for text in row)) for row in rows))


def test_an_information_tables_last_row_of_one_cell_is_the_documents_title():
    from pilotplans.parsers.info_rows import grid_info_rows

    rows = grid_info_rows(_grid(["索引号:", "113304240025561412/2022-69894", "成文日期:", "2022-04-18"],
                                ["文件编号:", "盐政办发〔2022〕16号", "组配分类:", "政府工作报告"],
                                ["海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知"]))
    assert [(f.kind, f.value) for f in rows[-1]] == [("title", "海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知")]


def test_a_row_of_one_cell_under_a_single_labelled_row_or_before_another_leaves_the_table_no_information_table():
    from pilotplans.parsers.info_rows import grid_info_rows

    assert grid_info_rows(_grid(["文件编号:", "盐政办发〔2022〕16号"], ["海盐县人民政府办公室关于印发…的通知"])) is None
    assert grid_info_rows(_grid(["索引号:", "1133/2022-69894"], ["文件编号:", "盐政办发〔2022〕16号"],
                                ["某某通知"], ["发布机构:", "县政府办公室"])) is None


def test_only_a_title_the_notice_cites_closing_the_paragraph_above_the_list_is_the_lists_title():
    from pilotplans.parsers.interpret import _cited_title_run_in

    assert _cited_title_run_in("《重点工作责任分解》已经县政府讨论确定,现印发给你们。 2022年4月18日 重点工作责任分解") == "重点工作责任分解"
    assert _cited_title_run_in("《重点工作责任分解》已经县政府讨论确定,现印发给你们。 2022年4月18日 重点工作分工") is None
    assert _cited_title_run_in("现印发给你们。 2022年4月18日 重点工作责任分解") is None


def test_a_convention_after_the_first_body_of_an_owners_bracket_is_its_remark_too():
    from pilotplans.parsers.interpret.fields import find_tail

    tail = find_tail("推进项目建设。（责任单位：县发改局（首位单位为牵头单位，下同）、县财政局）")
    assert (tail.text, tail.fields.remark) == ("推进项目建设。", "首位单位为牵头单位，下同")


def _read_text(tmp_path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path)


_BOTH_FORMS = ("某县2024年重点工作任务分解\n一、产业发展\n1.推进项目建设。加快重点项目进度。\n{line1}\n"
               "2.优化营商环境。落实减税降费政策（县税务局、县财政局负责。列第一位的为牵头部门，下同）。深化改革（县市场监管局、县审批局）。\n"
               "3.加强人才引进。完善人才政策体系。\n{line3}\n")


def test_an_owner_lines_note_and_a_clause_brackets_note_on_one_page_are_one_convention_from_the_earlier_item(tmp_path):
    # owners40's note after an owner line's first body (item 1) and prose20's note after a clause bracket's list
    # (item 2) state the same convention: read once, from item 1, and every list's first body leads
    document = _read_text(tmp_path, _BOTH_FORMS.format(line1="责任单位：县发改局（首位单位为牵头单位，下同）、县财政局",
                                                       line3="责任单位：县人社局、县教育局"))
    assert [(c.kind, c.from_measure) for c in document.conventions] == [("first_lead", None)]
    assert [[d.role for d in m.departments][:2] for m in document.measures] == [["lead", "carry_out"]] * 3


def test_a_clause_brackets_note_before_an_owner_lines_note_reaches_from_its_own_item_and_not_above(tmp_path):
    # quiet above: the clause bracket's note (item 2) comes first, the owner line's (item 3) is the same one again
    document = _read_text(tmp_path, _BOTH_FORMS.format(line1="责任单位：县发改局、县财政局",
                                                       line3="责任单位：县人社局（首位单位为牵头单位，下同）、县教育局"))
    assert [(c.kind, c.from_measure) for c in document.conventions] == [("first_lead", 2)]
    assert [[d.role for d in m.departments][:2] for m in document.measures] == [
        ["carry_out", "carry_out"], ["lead", "carry_out"], ["lead", "carry_out"]]


def test_a_convention_after_the_first_body_of_an_unlabelled_owners_bracket_makes_the_first_body_lead_from_it():
    document = read_document(SHAPES / "owners-bracket-convention-after-first-body.txt")
    assert [[(d.raw, d.role) for d in m.departments] for m in document.measures] == [
        [("县市场监管局", "lead"), ("县财政局", "carry_out")],
        [("县财政局", "lead"), ("县税务局", "carry_out"), ("县发改局", "carry_out")],
        [("县司法局", "lead"), ("县政府办", "carry_out")]]
    assert [m.remarks for m in document.measures] == ["首位单位为牵头单位，下同", None, None]
    assert [(c.kind, c.text, c.from_measure) for c in document.conventions] == [("first_lead", "首位单位为牵头单位，下同", None)]


def test_an_unlabelled_owners_bracket_keeps_the_note_in_its_list_as_printed_and_out_of_the_bodys_name():
    from pilotplans.parsers.interpret.fields import find_tail

    tail = find_tail("推进项目建设。（县市场监管局（首位单位为牵头单位，下同）、县审批局）")
    assert (tail.text, tail.fields.segments[0].text, tail.fields.remark) == (
        "推进项目建设。", "县市场监管局（首位单位为牵头单位，下同）、县审批局", "首位单位为牵头单位，下同")


def test_an_unlabelled_owners_bracket_whose_nested_bracket_is_a_bodys_own_or_a_remark_states_no_convention():
    from pilotplans.parsers.interpret.fields import find_tail

    assert [find_tail(text) for text in ("推进项目建设。（县市场监管局（县质监局）、县审批局）",
                                         "推进项目建设。（县财政局（含各镇）、县审批局）")] == [None, None]
    document = read_document(SHAPES / "owners-bracket-nested-bracket-no-convention.txt")
    assert (document.conventions, [m.remarks for m in document.measures]) == ([], [None, None, None])
    assert [[(d.raw, d.role) for d in m.departments] for m in document.measures] == [
        [], [], [("县司法局", "carry_out"), ("县政府办", "carry_out")]]


def test_quiet_an_information_table_s_last_row_printing_no_title_is_no_title(tmp_path):
    # the title-row rule (a last one-cell row under two labelled rows is a title field) judges the row as a 名称
    # row's value: a site's line, a disclosure tag or a date closing the table is never the document's title
    one_line = (SHAPES / "owner-line-convention-one-line.txt").read_text("utf-8")
    title_row = "海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知 |"
    for row in ("本网站由海盐县人民政府办公室主办 |", "（此件公开发布） |", "2022年4月18日 |"):
        path = tmp_path / "page.txt"
        path.write_text(one_line.replace(title_row, row, 1), "utf-8")
        document = read_document(path)
        assert (row.rstrip(" |") not in (document.title or ""), document.doc_no) == (True, "盐政办发〔2022〕16号")

"""read_docx: Word documents into Layout (document order, merged cells expanded, clear errors)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.table import Table

from pilotplans.errors import UnreadableFile
from pilotplans.layout import Cell, Grid, Layout, Paragraph, Row, Where
from pilotplans.parsers.docx import read_docx

FIXTURES = Path(__file__).parent / "fixtures"


def read_fixture(name: str) -> Layout:
    return read_docx((FIXTURES / name).read_bytes(), name)


@pytest.fixture(scope="module")
def national_2020() -> Layout:
    return read_fixture("national-2020-tasks.docx")


@pytest.fixture(scope="module")
def national_2018() -> Layout:
    return read_fixture("national-2018-approval.docx")


@pytest.fixture(scope="module")
def hainan() -> Layout:
    return read_fixture("hainan-2020-plan.docx")


def docx_bytes(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def texts(row: Row) -> list[tuple[str, ...]]:
    return [cell.paragraphs for cell in row.cells]


def origins(row: Row) -> list[str | None]:
    return [cell.merged_from for cell in row.cells]


# --- national 2020 task table ---------------------------------------------------------------


def test_national_2020_is_title_table_and_two_notes_in_document_order(national_2020):
    assert national_2020.format == "docx"
    assert national_2020.source == "national-2020-tasks.docx"
    assert [type(block) for block in national_2020.blocks] == [Paragraph, Grid, Paragraph, Paragraph]
    assert national_2020.blocks[0].text == "全面深化服务贸易创新发展试点任务、具体举措及责任分工"
    assert national_2020.blocks[3].text.startswith("2. 重庆市试点范围为下述21个市辖区：")


def test_national_2020_grid_has_114_rows_of_four_cells(national_2020):
    (grid,) = national_2020.grids
    assert len(grid.rows) == 114
    assert {len(row.cells) for row in grid.rows} == {4}


def test_national_2020_header_row_appears_once(national_2020):
    rows = national_2020.grids[0].rows
    assert texts(rows[0]) == [("试点任务",), ("序号",), ("具体举措",), ("责任分工",)]
    assert [i for i, row in enumerate(rows) if row.cells[1].paragraphs == ("序号",)] == [0]


def test_national_2020_first_data_row(national_2020):
    row = national_2020.grids[0].rows[1]
    assert texts(row) == [
        ("(一) 全面探索完善管理体制", "深入推进“放管服”改革，努力形成更加统一、权责更加一致、统筹更加有力、服务更加到位的服务业与贸易管理体制。"),
        ("1",),
        ("加强国务院发展部际联席会议对服务贸易扩大开放、政策创新、贸易促进、信息共享、监管协调等大事事项的统筹协调，"
         "以及全面深化试点任务、具体举措、政策保障措施的出台、与落实的督促协调，对试点地区探索创新遇到的问题、困难与诉求的"
         "协调推动解决，对各部门和各试点地区在全面深化试点中取得的经验做法的提炼、总结和推广。地方服务贸易发展统筹协调机制重点强化决策功能。",),
        ("国务院服务贸易发展部际联席会议办公室（商务部）牵头，各成员单位和相关负责部门共同负责推进；试点地区负责推进",),
    ]
    assert origins(row) == [None, None, None, None]


def test_national_2020_vmerged_category_is_copied_from_above(national_2020):
    rows = national_2020.grids[0].rows
    assert rows[2].cells[0] == Cell(rows[1].cells[0].paragraphs, merged_from="above")
    assert rows[25].cells[0].paragraphs[0] == "(一) 全面探索完善管理体制"
    assert rows[26].cells[0].merged_from is None
    assert rows[26].cells[0].paragraphs[:2] == ("探索扩大对外开放", "（二）全面开放")


def test_national_2020_heading_without_measures_is_a_row_with_empty_measure_cells(national_2020):
    row = national_2020.grids[0].rows[107]
    assert row.cells[0].paragraphs[0] == "（五）全面探索健全促进体系"
    assert [cell.is_empty for cell in row.cells] == [False, True, True, True]


def test_national_2020_packed_107_to_113_cell_keeps_one_paragraph_per_measure(national_2020):
    cell = national_2020.grids[0].rows[108].cells[1]
    assert [p.split(" ", 1)[0] for p in cell.paragraphs] == ["107", "108", "109", "110", "111", "112", "113"]
    assert cell.paragraphs[2] == "109 发挥好服务贸易创新发展引导基金作用，支持符合政策导向的服务贸易企业发展。"


def test_national_2020_gridspan_cell_is_repeated_with_merged_from_left(national_2020):
    row = national_2020.grids[0].rows[108]
    assert row.cells[1].merged_from is None
    assert row.cells[2] == Cell(row.cells[1].paragraphs, merged_from="left")


def test_national_2020_packed_responsibilities_run_one_short(national_2020):
    assert national_2020.grids[0].rows[108].cells[3].paragraphs == (
        "司法部、最高人民法院确定试点地区并制订政策保障措施",
        "医保局、中医药局、财政部、市场监管总局、发展改革委、商务部等制订政策保障措施；试点地区负责推进",
        "财政部、商务部支持和指导；试点地区负责推进",
        "人民银行、市场监管总局制订政策保障措施；试点地区负责推进",
        "银保监会制订政策保障措施；试点地区负责推进",
        "人民银行、银保监会、证监会、知识产权局、中央宣传部等支持和指导；试点地区负责推进",
    )


def test_national_2020_packed_114_to_118_cell(national_2020):
    row = national_2020.grids[0].rows[109]
    assert [p.split(" ", 1)[0] for p in row.cells[1].paragraphs] == ["114", "115", "116", "117", "118"]
    assert row.cells[3].paragraphs[0] == "中国出口信保公司和试点地区负责推进"


def test_national_2020_last_row_is_measure_122(national_2020):
    row = national_2020.grids[0].rows[-1]
    assert row.cells[1].paragraphs == ("122",)
    assert row.cells[0].merged_from == "above"


def test_docx_provenance_is_empty_and_no_row_starts_after_a_break(national_2020):
    grid = national_2020.grids[0]
    assert {row.where for row in grid.rows} == {Where()}
    assert {cell.where for row in grid.rows for cell in row.cells} == {Where()}
    assert {p.where for p in national_2020.paragraphs} == {Where()}
    assert not any(row.after_break for row in grid.rows)


# --- national 2018 approval -----------------------------------------------------------------


def test_national_2018_has_attachment_2_and_3_grids(national_2018):
    assert [len(grid.rows) for grid in national_2018.grids] == [7, 62]
    assert [{len(row.cells) for row in grid.rows} for grid in national_2018.grids] == [{4}, {4}]


def test_national_2018_attachment_2_first_row(national_2018):
    row = national_2018.grids[0].rows[1]
    assert texts(row)[:3] == [
        ("金融服务",),
        ("银行业",),
        ("允许外商独资银行、中外合资银行、外国银行分行在提交开业申请时同时申请人民币业务。",),
    ]


def test_national_2018_attachment_3_header_spans_two_columns(national_2018):
    header = national_2018.grids[1].rows[0]
    assert texts(header) == [("试点任务",), ("试点任务",), ("政策保障措施",), ("责任单位",)]
    assert origins(header) == [None, "left", None, None]


def test_national_2018_ten_policy_rows_under_one_customs_task(national_2018):
    rows = national_2018.grids[1].rows
    task = "深入改革通关监管制度和模式，为与展览、维修、研发设计等服务贸易相关的货物、物品进出口提供通关便利。"
    under_task = [i for i, row in enumerate(rows) if row.cells[1].paragraphs == (task,)]
    assert under_task == list(range(25, 35))
    assert [rows[i].cells[1].merged_from for i in under_task] == [None] + ["above"] * 9
    assert rows[25].cells[2].paragraphs == ("加快与服务贸易相关货物的通关一体化改革，创新海关查验作业方式和手段，推广非侵入式查验等便利化方式。",)
    assert rows[30].cells[2].paragraphs == ("大力支持多式联运监管中心建设，创新多式联运监管方式，促进货物运输便利化。",)


def test_national_2018_policy_cell_keeps_items_as_separate_paragraphs(national_2018):
    assert national_2018.grids[1].rows[33].cells[2].paragraphs == (
        "对医疗器械和服务贸易特殊物品进一步简化检验检疫流程。",
        "扩大快速验放机制在服务贸易领域的适用范围。",
        "构建高效的申报前检疫监管模式。",
    )


def test_national_2018_vmerged_responsibility_copies_text_above(national_2018):
    rows = national_2018.grids[1].rows
    assert rows[26].cells[3] == Cell(("试点地区负责推进；海关总署负责落实政策保障",), merged_from="above")


def test_national_2018_heading_cell_keeps_inner_space(national_2018):
    assert national_2018.grids[1].rows[1].cells[0].paragraphs == ("进一步完善 管理体制",)


# --- 2025, Xiamen, Hainan -------------------------------------------------------------------


def test_national_2025_heading_row_spans_all_three_columns():
    rows = read_fixture("national-2025-service-opening.docx").grids[0].rows
    assert len(rows) == 167
    assert texts(rows[0]) == [("序号",), ("任务内容",), ("适用范围",)]
    assert texts(rows[1]) == [("一、支持电信服务及相关数字产业开放发展",)] * 3
    assert origins(rows[1]) == [None, "left", "left"]


def test_xiamen_grid_has_six_columns_and_one_paragraph_header_cell():
    (grid,) = read_fixture("xiamen-tasks.docx").grids
    assert len(grid.rows) == 89
    assert texts(grid.rows[0]) == [
        ("试点任务",), ("序号",), ("具体举措",), ("上级制定政策保障措施或支持和指导部门",), ("责任分工",), ("备注",),
    ]
    first = grid.rows[1]
    assert [first.cells[i].paragraphs for i in (0, 1, 3, 4)] == [("（一）完善管理体制",), ("1",), ("银保监会",), ("厦门银保监局",)]
    assert first.cells[5].is_empty


def test_hainan_title_line_breaks_become_newlines(hainan):
    assert hainan.paragraphs[2].text == "海南省服务贸易创新发展联席会议办公室\n关于印发海南省全面深化服务贸易创新发展\n试点实施方案的通知"


def test_hainan_repeating_header_row_is_one_ordinary_row(hainan):
    (grid,) = hainan.grids
    assert len(grid.rows) == 118
    assert [i for i, row in enumerate(grid.rows) if row.cells[1].paragraphs == ("序号",)] == [0]
    assert grid.rows[117].cells[1].paragraphs == ("117",)


# --- synthetic tables -----------------------------------------------------------------------


def table_document(rows: list[list[str]]) -> tuple[docx.document.Document, Table]:
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, texts_ in enumerate(rows):
        for c, text in enumerate(texts_):
            table.cell(r, c).text = text
    return document, table


def test_gridspan_and_vmerge_expand_to_every_covered_position():
    document, table = table_document([["a", "b", "c"], ["d", "e", "f"], ["g", "h", "i"]])
    table.cell(0, 0).merge(table.cell(0, 1))
    table.cell(1, 2).merge(table.cell(2, 2))
    (grid,) = read_docx(docx_bytes(document), "merged.docx").grids
    assert [texts(row) for row in grid.rows] == [
        [("a", "b"), ("a", "b"), ("c",)],
        [("d",), ("e",), ("f", "i")],
        [("g",), ("h",), ("f", "i")],
    ]
    assert [origins(row) for row in grid.rows] == [
        [None, "left", None],
        [None, None, None],
        [None, None, "above"],
    ]


def test_a_block_merge_copies_every_lower_position_from_above():
    document, table = table_document([["a", "b", "c"], ["d", "e", "f"]])
    table.cell(0, 0).merge(table.cell(1, 1))
    (grid,) = read_docx(docx_bytes(document), "block.docx").grids
    assert origins(grid.rows[0]) == [None, "left", None]
    assert origins(grid.rows[1]) == ["above", "above", None]
    assert texts(grid.rows[1])[0] == texts(grid.rows[0])[0]


def test_cell_paragraphs_are_stripped_and_empty_ones_dropped():
    document, table = table_document([["x"]])
    cell = table.cell(0, 0)
    cell.text = "  第一段  "
    cell.add_paragraph("")
    cell.add_paragraph("\u3000第二段\u3000")
    (grid,) = read_docx(docx_bytes(document), "paragraphs.docx").grids
    assert grid.rows[0].cells[0].paragraphs == ("第一段", "第二段")


def test_line_break_is_a_newline_and_page_break_is_not_text():
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    paragraph = document.add_paragraph("上行")
    paragraph.add_run().add_break()
    paragraph.add_run("下行")
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    layout = read_docx(docx_bytes(document), "breaks.docx")
    assert [p.text for p in layout.paragraphs] == ["上行\n下行"]


def test_nested_table_is_flattened_into_the_cell_paragraphs():
    document, table = table_document([["外", "右"]])
    outer = table.cell(0, 0)
    nested = outer.add_table(rows=2, cols=2)
    for r, c, text in [(0, 0, "甲"), (0, 1, "乙"), (1, 0, "丙"), (1, 1, "丁")]:
        nested.cell(r, c).text = text
    layout = read_docx(docx_bytes(document), "nested.docx")
    assert len(layout.grids) == 1
    assert texts(layout.grids[0].rows[0]) == [("外", "甲", "乙", "丙", "丁"), ("右",)]


def test_grid_before_is_filled_with_an_empty_cell():
    document, table = table_document([["a", "b"], ["c", "d"]])
    row = table.rows[1]._tr
    row.remove(row.tc_lst[0])
    row.get_or_add_trPr().append(parse_xml(f'<w:gridBefore {nsdecls("w")} w:val="1"/>'))
    (grid,) = read_docx(docx_bytes(document), "gridbefore.docx").grids
    assert texts(grid.rows[1]) == [(), ("d",)]
    assert origins(grid.rows[1]) == [None, None]


def test_a_rows_grid_before_is_read_behind_its_table_exceptions():
    # the schema puts a row's w:tblPrEx (its own borders or widths) before its w:trPr, so a row's
    # properties are not always its first child
    document, table = table_document([["a", "b"], ["c", "d"]])
    row = table.rows[1]._tr
    row.remove(row.tc_lst[0])
    row.get_or_add_trPr().append(parse_xml(f'<w:gridBefore {nsdecls("w")} w:val="1"/>'))
    row.insert(0, parse_xml(f'<w:tblPrEx {nsdecls("w")}><w:tblBorders/></w:tblPrEx>'))
    (grid,) = read_docx(docx_bytes(document), "gridbefore.docx").grids
    assert texts(grid.rows[1]) == [(), ("d",)]


def with_span(table: Table, row: int, cell: int, span: int) -> None:
    """Give one cell of ``table`` a ``gridSpan`` of ``span`` without touching the declared grid."""
    tc = table.rows[row]._tr.tc_lst[cell]
    tc.get_or_add_tcPr().append(parse_xml(f'<w:gridSpan {nsdecls("w")} w:val="{span}"/>'))


def test_a_span_carrying_a_row_past_the_declared_grid_is_cut_back_to_fit_it():
    # a leftover span of a merge undone: the row has as many cells as the grid has columns, and
    # its last cell (市统计局) stood in a fourth column no label names, dropped by the interpreter
    document, table = table_document([["序号", "具体举措", "责任单位"], ["1", "甲", "市商务局"], ["2", "乙", "市统计局"]])
    with_span(table, 2, 1, 2)
    (grid,) = read_docx(docx_bytes(document), "leftover-span.docx").grids
    assert [texts(row) for row in grid.rows][2] == [("2",), ("乙",), ("市统计局",)]
    assert origins(grid.rows[2]) == [None, None, None]


def test_a_row_with_more_cells_than_the_declared_grid_widens_the_table():
    document, table = table_document([["序号", "具体举措"], ["1", "甲"]])
    table.rows[1]._tr.append(parse_xml(f'<w:tc {nsdecls("w")}><w:p><w:r><w:t>丙</w:t></w:r></w:p></w:tc>'))
    (grid,) = read_docx(docx_bytes(document), "extra-cell.docx").grids
    assert [texts(row) for row in grid.rows] == [[("序号",), ("具体举措",), ()], [("1",), ("甲",), ("丙",)]]


def test_a_span_within_the_declared_grid_is_kept():
    document, table = table_document([["序号", "具体举措", "责任单位"], ["一、总体要求", "", ""]])
    row = table.rows[1]._tr
    row.remove(row.tc_lst[2])
    row.remove(row.tc_lst[1])
    with_span(table, 1, 0, 3)
    (grid,) = read_docx(docx_bytes(document), "heading-row.docx").grids
    assert texts(grid.rows[1]) == [("一、总体要求",)] * 3
    assert origins(grid.rows[1]) == [None, "left", "left"]


def bookmark_first(tc) -> None:
    """Put a bookmark before the cell's properties, as some converters write it (off the schema)."""
    tc.insert(0, parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="0" w:name="row"/>'))


def test_a_cells_span_is_read_from_properties_after_a_bookmark():
    document, table = table_document([["序号", "具体举措", "责任单位"], ["一、总体要求", "", ""]])
    row = table.rows[1]._tr
    row.remove(row.tc_lst[2])
    row.remove(row.tc_lst[1])
    with_span(table, 1, 0, 3)
    bookmark_first(row.tc_lst[0])
    (grid,) = read_docx(docx_bytes(document), "heading-row.docx").grids
    assert texts(grid.rows[1]) == [("一、总体要求",)] * 3
    assert origins(grid.rows[1]) == [None, "left", "left"]


def test_a_span_reaching_further_past_the_grid_than_the_grid_is_wide_is_not_cut_back():
    document, table = table_document([["序号", "具体举措"], ["1", "甲"]])
    with_span(table, 1, 1, 4)  # to grid column 5 of a grid of 2: damage, not a leftover merge
    (grid,) = read_docx(docx_bytes(document), "damaged-span.docx").grids
    assert texts(grid.rows[1]) == [("1",), ("甲",), ("甲",), ("甲",), ("甲",)]


def test_table_header_mark_does_not_change_the_grid():
    plain, _ = table_document([["序号", "具体举措"], ["1", "甲"]])
    marked, table = table_document([["序号", "具体举措"], ["1", "甲"]])
    table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    assert read_docx(docx_bytes(marked), "t.docx") == read_docx(docx_bytes(plain), "t.docx")


def append_to_body(document: docx.document.Document, xml: str) -> None:
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(xml))  # before the closing w:sectPr


def test_paragraph_inside_a_content_control_is_read():
    document = docx.Document()
    append_to_body(document, f'<w:sdt {nsdecls("w")}><w:sdtContent><w:p><w:r><w:t>控件内</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    assert [p.text for p in read_docx(docx_bytes(document), "sdt.docx").paragraphs] == ["控件内"]


def test_tracked_deletion_is_left_out_and_insertion_kept():
    document = docx.Document()
    append_to_body(
        document,
        f'<w:p {nsdecls("w")}><w:r><w:t>保留</w:t></w:r>'
        '<w:del w:id="1" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="a"><w:r><w:t>插入</w:t></w:r></w:ins></w:p>',
    )
    assert [p.text for p in read_docx(docx_bytes(document), "tracked.docx").paragraphs] == ["保留插入"]


def test_section_header_and_footer_are_left_out():
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "页眉"
    section.footer.paragraphs[0].text = "— 1 —"
    document.add_paragraph("正文")
    assert [p.text for p in read_docx(docx_bytes(document), "footer.docx").paragraphs] == ["正文"]


# --- unreadable files -----------------------------------------------------------------------


def test_truncated_docx_raises_unreadable_file_naming_it():
    data = (FIXTURES / "xiamen-tasks.docx").read_bytes()
    with pytest.raises(UnreadableFile) as caught:
        read_docx(data[: len(data) // 2], "xiamen-truncated.docx")
    assert caught.value.path == "xiamen-truncated.docx"
    assert str(caught.value) == "xiamen-truncated.docx: corrupt or truncated DOCX (bad zip file)"


def test_zip_that_is_not_a_word_document_is_unreadable():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(UnreadableFile, match=r"^notes\.zip: not a Word document: the zip package has no \[Content_Types\]\.xml$"):
        read_docx(buffer.getvalue(), "notes.zip")


def test_docx_without_its_document_part_is_unreadable():
    source = zipfile.ZipFile(FIXTURES / "xiamen-tasks.docx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in source.namelist():
            if name != "word/document.xml":
                archive.writestr(name, source.read(name))
    with pytest.raises(UnreadableFile) as caught:
        read_docx(buffer.getvalue(), "partial.docx")
    assert caught.value.cause == "corrupt DOCX: the zip package has no word/document.xml, which the package refers to"


def test_office_package_of_another_kind_is_unreadable():
    source = zipfile.ZipFile(FIXTURES / "xiamen-tasks.docx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in source.namelist():
            content = source.read(name)
            if name == "[Content_Types].xml":
                content = content.replace(b"wordprocessingml.document.main+xml", b"spreadsheetml.sheet.main+xml")
            archive.writestr(name, content)
    with pytest.raises(UnreadableFile, match=r"not a Word document: its main part is application/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\.main\+xml$"):
        read_docx(buffer.getvalue(), "sheet.docx")


def test_damaged_document_xml_is_unreadable():
    source = zipfile.ZipFile(FIXTURES / "xiamen-tasks.docx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in source.namelist():
            content = source.read(name)
            archive.writestr(name, content[:5000] if name == "word/document.xml" else content)
    with pytest.raises(UnreadableFile, match=r"^broken\.docx: corrupt DOCX: malformed XML in the document part"):
        read_docx(buffer.getvalue(), "broken.docx")


@pytest.mark.parametrize(
    ("data", "cause"),
    [
        (b"", "empty file (0 bytes), not a DOCX"),
        (b"%PDF-1.7\n", "not a DOCX: the file is not a zip package"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504, "not a DOCX: an OLE compound file (a legacy .doc/.wps or a password-protected DOCX)"),
    ],
    ids=["empty", "pdf", "ole"],
)
def test_non_zip_input_is_unreadable_with_its_cause(data: bytes, cause: str):
    with pytest.raises(UnreadableFile) as caught:
        read_docx(data, "input.docx")
    assert caught.value.cause == cause


# --- what Word shows but does not print, and frames -----------------------------------------


def paragraph_texts(document: docx.document.Document) -> list[str]:
    return [p.text for p in read_docx(docx_bytes(document), "quirks.docx").paragraphs]


def test_ruby_reading_is_left_out_and_its_base_text_kept():
    document = docx.Document()
    append_to_body(document, f'<w:p {nsdecls("w")}><w:ruby><w:rubyPr/><w:rt><w:r><w:t>xiàmén</w:t></w:r></w:rt>'
                             '<w:rubyBase><w:r><w:t>厦门</w:t></w:r></w:rubyBase></w:ruby><w:r><w:t>市商务局</w:t></w:r></w:p>')
    assert paragraph_texts(document) == ["厦门市商务局"]


def test_hidden_run_is_left_out_and_a_run_switched_visible_kept():
    document = docx.Document()
    append_to_body(document, f'<w:p {nsdecls("w")}><w:r><w:t>市商务局</w:t></w:r>'
                             '<w:r><w:rPr><w:vanish/></w:rPr><w:t>（草稿）</w:t></w:r>'
                             '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>牵头</w:t></w:r></w:p>')
    assert paragraph_texts(document) == ["市商务局牵头"]


def test_a_hidden_run_inside_a_hyperlink_is_left_out():
    document = docx.Document()
    append_to_body(document, f'<w:p {nsdecls("w")}><w:r><w:t>市商务局</w:t></w:r><w:hyperlink>'
                             '<w:r><w:rPr><w:vanish/></w:rPr><w:t>（草稿）</w:t></w:r></w:hyperlink></w:p>')
    assert paragraph_texts(document) == ["市商务局"]


def test_a_hidden_paragraph_mark_hides_none_of_its_runs():
    # w:vanish in the mark's properties (w:pPr/w:rPr) hides the mark, not the runs' text
    document = docx.Document()
    append_to_body(document, f'<w:p {nsdecls("w")}><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>'
                             '<w:r><w:rPr><w:b/></w:rPr><w:t>市商务局</w:t></w:r></w:p>')
    append_to_body(document, f'<w:p {nsdecls("w")}><w:r><w:rPr><w:b/></w:rPr><w:t>市发展改革委</w:t></w:r></w:p>')
    assert paragraph_texts(document) == ["市商务局", "市发展改革委"]


def test_content_control_showing_its_placeholder_is_left_out_and_a_filled_one_kept():
    document = docx.Document()
    placeholder = '<w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>单击或点击此处输入日期。</w:t></w:r></w:sdtContent>'
    append_to_body(document, f'<w:p {nsdecls("w")}><w:r><w:t>完成时限：</w:t></w:r><w:sdt>{placeholder}</w:sdt></w:p>')
    append_to_body(document, f'<w:p {nsdecls("w")}><w:r><w:t>完成时限：</w:t></w:r><w:sdt><w:sdtPr/><w:sdtContent>'
                             '<w:r><w:t>2021年底</w:t></w:r></w:sdtContent></w:sdt></w:p>')
    append_to_body(document, f'<w:sdt {nsdecls("w")}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
                             '<w:p><w:r><w:t>单击此处输入文字。</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    assert paragraph_texts(document) == ["完成时限：", "完成时限：2021年底"]


def test_row_deleted_with_tracked_changes_is_left_out():
    document, table = table_document([["序号", "具体举措"], ["1", "甲"], ["2", "乙"]])
    table.rows[1]._tr.get_or_add_trPr().append(parse_xml(f'<w:del {nsdecls("w")} w:id="9" w:author="a"/>'))
    (grid,) = read_docx(docx_bytes(document), "deleted-row.docx").grids
    assert [texts(row) for row in grid.rows] == [[("序号",), ("具体举措",)], [("2",), ("乙",)]]


def test_a_table_inside_a_one_cell_frame_is_read_as_a_grid_of_its_own():
    document, outer = table_document([["附件"]])
    inner = outer.cell(0, 0).add_table(rows=2, cols=3)
    for r, row in enumerate([["序号", "具体举措", "责任单位"], ["1", "甲举措", "市商务局"]]):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    layout = read_docx(docx_bytes(document), "framed.docx")
    assert [p.text for p in layout.paragraphs] == ["附件"]
    (grid,) = layout.grids
    assert [texts(row) for row in grid.rows] == [[("序号",), ("具体举措",), ("责任单位",)], [("1",), ("甲举措",), ("市商务局",)]]


def test_a_one_cell_table_without_a_table_inside_stays_a_grid():
    document, _ = table_document([["注：本表由市商务局负责解释。"]])
    (grid,) = read_docx(docx_bytes(document), "box.docx").grids
    assert [texts(row) for row in grid.rows] == [[("注：本表由市商务局负责解释。",)]]


def test_a_table_whose_one_cell_first_row_holds_a_table_but_has_a_second_row_is_no_frame():
    # a frame is one row of one cell: the note in a second row keeps the outer table a grid, and
    # the table in its first cell is flattened into that cell like any nested table
    document, outer = table_document([["附件"], ["注：本表由市商务局负责解释。"]])
    inner = outer.cell(0, 0).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "序号", "具体举措"
    layout = read_docx(docx_bytes(document), "two-rows.docx")
    assert layout.paragraphs == ()
    (grid,) = layout.grids
    assert [texts(row) for row in grid.rows] == [[("附件", "序号", "具体举措")], [("注：本表由市商务局负责解释。",)]]


# --- Word packages python-docx does not open --------------------------------------------------


def repackaged(rewrite) -> bytes:
    """xiamen-tasks.docx with each part passed through ``rewrite(name, content)``."""
    source = zipfile.ZipFile(FIXTURES / "xiamen-tasks.docx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in source.namelist():
            archive.writestr(name, rewrite(name, source.read(name)))
    return buffer.getvalue()


@pytest.mark.parametrize(
    "main_type",
    [b"application/vnd.ms-word.document.macroEnabled.main+xml",
     b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"],
    ids=["docm", "dotx"],
)
def test_macro_enabled_document_and_template_read_as_the_document_they_hold(main_type: bytes):
    data = repackaged(lambda name, content: content.replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", main_type)
        if name == "[Content_Types].xml" else content)
    assert read_docx(data, "xiamen-tasks.docx") == read_fixture("xiamen-tasks.docx")


def test_strict_open_xml_document_reads_as_the_transitional_one():
    def to_strict(name: str, content: bytes) -> bytes:
        if not name.endswith((".xml", ".rels")) or name == "[Content_Types].xml":
            return content
        for area, vocabulary in [(b"wordprocessingml", b"main"), (b"officeDocument", b"relationships")]:
            content = content.replace(b"http://schemas.openxmlformats.org/%s/2006/%s" % (area, vocabulary),
                                      b"http://purl.oclc.org/ooxml/%s/%s" % (area, vocabulary))
        return content

    data = repackaged(to_strict)
    assert b"purl.oclc.org" in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    assert read_docx(data, "xiamen-tasks.docx") == read_fixture("xiamen-tasks.docx")


def vmerge(table: Table, row: int, column: int, value: str | None = None) -> None:
    tc = table.rows[row]._tr.tc_lst[column]
    attribute = f' w:val="{value}"' if value else ""
    tc.get_or_add_tcPr().append(parse_xml(f'<w:vMerge {nsdecls("w")}{attribute}/>'))


def test_a_merge_opened_without_restart_keeps_its_text_and_leaves_the_header_above_alone():
    # WPS and converted files mark the first cell of a merge <w:vMerge/> (continue) like the rest
    document, table = table_document([["试点任务", "序号"], ["完善管理体制", "1"], ["", "2"]])
    vmerge(table, 1, 0)
    vmerge(table, 2, 0)
    (grid,) = read_docx(docx_bytes(document), "no-restart.docx").grids
    assert [texts(row) for row in grid.rows] == [
        [("试点任务",), ("序号",)], [("完善管理体制",), ("1",)], [("完善管理体制",), ("2",)]]
    assert [origins(row)[0] for row in grid.rows] == [None, None, "above"]


def test_a_cells_merge_is_read_from_properties_after_a_bookmark():
    document, table = table_document([["试点任务", "序号"], ["完善管理体制", "1"], ["", "2"]])
    vmerge(table, 1, 0, "restart")
    vmerge(table, 2, 0)
    bookmark_first(table.rows[2]._tr.tc_lst[0])
    (grid,) = read_docx(docx_bytes(document), "restart.docx").grids
    assert [texts(row)[0] for row in grid.rows] == [("试点任务",), ("完善管理体制",), ("完善管理体制",)]
    assert [origins(row)[0] for row in grid.rows] == [None, None, "above"]


def test_a_continuation_below_a_restart_still_joins_it():
    document, table = table_document([["试点任务", "序号"], ["完善管理体制", "1"], ["", "2"]])
    vmerge(table, 1, 0, "restart")
    vmerge(table, 2, 0)
    (grid,) = read_docx(docx_bytes(document), "restart.docx").grids
    assert [texts(row)[0] for row in grid.rows] == [("试点任务",), ("完善管理体制",), ("完善管理体制",)]
    assert [origins(row)[0] for row in grid.rows] == [None, None, "above"]


def test_characters_that_print_nothing_are_dropped_and_a_no_break_space_is_a_space():
    document = docx.Document()
    document.add_paragraph("牵头单位：市商\u00ad务局、市\u200b统计局\ufeff；责任单位：市发展\u00a0改革委")
    assert paragraph_texts(document) == ["牵头单位：市商务局、市统计局；责任单位：市发展 改革委"]


def test_visible_punctuation_and_ideographic_space_are_kept():
    document = docx.Document()
    document.add_paragraph("1.\u3000加强统筹——市商务局·市统计局")
    assert paragraph_texts(document) == ["1.\u3000加强统筹——市商务局·市统计局"]


# --- embedded chunks (w:altChunk) -------------------------------------------------------------


def with_chunk(document: docx.document.Document, blob: bytes, content_type: str, name: str) -> bytes:
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    part = Part(PackURI(f"/word/{name}"), content_type, blob, document.part.package)
    rid = document.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk")
    append_to_body(document, f'<w:altChunk {nsdecls("w", "r")} r:id="{rid}"/>')
    return docx_bytes(document)


def test_a_web_page_embedded_as_a_chunk_is_read_in_its_place():
    document = docx.Document()
    document.add_paragraph("附件")
    page = ('<html><head><meta charset="utf-8"></head><body><p>任务分工表</p><table><tr><td>序号</td><td>具体举措</td></tr>'
            '<tr><td>1</td><td>建立协调机制。</td></tr></table></body></html>')
    layout = read_docx(with_chunk(document, page.encode(), "text/html", "afchunk.htm"), "chunk.docx")
    assert [p.text for p in layout.paragraphs] == ["附件", "任务分工表"]
    (grid,) = layout.grids
    assert [texts(row) for row in grid.rows] == [[("序号",), ("具体举措",)], [("1",), ("建立协调机制。",)]]


def test_a_chunk_of_a_kind_not_read_is_refused_naming_it():
    document = docx.Document()
    document.add_paragraph("附件")
    data = with_chunk(document, b"{\\rtf1 x}", "application/rtf", "afchunk.rtf")
    with pytest.raises(UnreadableFile) as caught:
        read_docx(data, "chunk.docx")
    assert caught.value.cause == ("its text is in an embedded chunk of type application/rtf (w:altChunk), which is not "
                                  "read: open it in Word or WPS and save it as DOCX again")


def test_a_paragraph_whose_mark_was_deleted_runs_on_into_the_next():
    document = docx.Document()
    append_to_body(document, f'<w:p {nsdecls("w")}><w:pPr><w:rPr><w:del w:id="4" w:author="a"/></w:rPr></w:pPr>'
                             '<w:r><w:t>优化服务业市场准入。（牵头单位：</w:t></w:r></w:p>')
    append_to_body(document, f'<w:p {nsdecls("w")}><w:r><w:t>市商务局）</w:t></w:r></w:p>')
    append_to_body(document, f'<w:p {nsdecls("w")}><w:pPr><w:rPr><w:ins w:id="5" w:author="a"/></w:rPr></w:pPr>'
                             '<w:r><w:t>新增段落</w:t></w:r></w:p>')
    append_to_body(document, f'<w:p {nsdecls("w")}><w:r><w:t>下一段</w:t></w:r></w:p>')
    assert paragraph_texts(document) == ["优化服务业市场准入。（牵头单位：市商务局）", "新增段落", "下一段"]


def test_a_deleted_mark_in_properties_after_a_bookmark_leaves_the_paragraph_apart():
    # the join is made only on properties where the schema puts them (first in the paragraph); a
    # file that writes a bookmark before them is off the schema, and two paragraphs are not made one
    # on its word (its numbering, which only adds a label, is still read: test_docx_numbering)
    document = docx.Document()
    append_to_body(document, f'<w:p {nsdecls("w")}><w:bookmarkStart w:id="0" w:name="m"/>'
                             '<w:pPr><w:rPr><w:del w:id="4" w:author="a"/></w:rPr></w:pPr>'
                             '<w:r><w:t>优化服务业市场准入。</w:t></w:r></w:p>')
    append_to_body(document, f'<w:p {nsdecls("w")}><w:r><w:t>（牵头单位：市商务局）</w:t></w:r></w:p>')
    assert paragraph_texts(document) == ["优化服务业市场准入。", "（牵头单位：市商务局）"]


def test_a_deleted_mark_before_a_table_leaves_its_text_a_paragraph_of_its_own():
    document = docx.Document()
    append_to_body(document, f'<w:p {nsdecls("w")}><w:pPr><w:rPr><w:del w:id="4" w:author="a"/></w:rPr></w:pPr>'
                             '<w:r><w:t>附件</w:t></w:r></w:p>')
    document.add_table(rows=1, cols=1).cell(0, 0).text = "序号"
    layout = read_docx(docx_bytes(document), "t.docx")
    assert [type(block).__name__ for block in layout.blocks] == ["Paragraph", "Grid"]
    assert layout.paragraphs[0].text == "附件"

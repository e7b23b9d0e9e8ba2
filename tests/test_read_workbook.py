"""Excel workbooks (.xlsx) read into the one Layout every form gives (pilotplans/parsers/workbook.py):
a sheet is a table, its merged ranges merged cells, the one-cell rows above its header the title;
the workbooks of tests/fixtures/workbooks lay out 成都's real 任务分工表 (tests/fixtures/plans/
chengdu-2020-tasks.txt) as bureaus publish such tables (README.md there), and read as its text does."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.errors import NoTaskTable, UnreadableFile
from pilotplans.ingest.pipeline import read_document, read_layout
from pilotplans.layout import Grid, Paragraph
from pilotplans.parsers.workbook import shown_date, shown_value

FIXTURES = Path(__file__).parent / "fixtures"
WORKBOOKS = FIXTURES / "workbooks"
TITLE_AND_TWO_ROW_HEADER = WORKBOOKS / "chengdu-2020-title-merged-header-two-rows.xlsx"
SHEET_PER_GROUP = WORKBOOKS / "chengdu-2020-sheet-per-group-hidden-draft-notes.xlsx"
runner = CliRunner()


def fields(measure):
    return (measure.number, measure.text, measure.responsibility, measure.cooperating, measure.deadline,
            tuple(measure.heading_path))


@pytest.fixture(scope="module")
def text_form():
    return {m.number: fields(m) for m in read_document(FIXTURES / "plans" / "chengdu-2020-tasks.txt").measures}


def test_a_sheet_with_its_title_merged_across_and_a_header_over_two_rows_reads_as_the_text_form(text_form):
    document = read_document(TITLE_AND_TWO_ROW_HEADER)
    assert [fields(m) for m in document.measures] == [text_form[n] for n in range(1, 25)]


def test_a_workbook_saved_by_another_program_reads_as_the_one_openpyxl_wrote(text_form):
    # the same workbook opened and saved again by LibreOffice Calc: its own styles, shared strings, merged ranges and
    # date format (yyyy\年m\月d\日, escaped), not the XML openpyxl writes that every other workbook here has
    saved = WORKBOOKS / "chengdu-2020-title-merged-header-two-rows.saved-by-libreoffice.xlsx"
    document = read_document(saved)
    assert [fields(m) for m in document.measures] == [text_form[n] for n in range(1, 25)]
    assert (document.title, document.issuer, document.date) == (
        "成都市全面深化服务贸易创新发展试点任务分工表", "成都市人民政府办公厅", dt.date(2020, 12, 18))
    assert read_layout(saved.read_bytes(), saved.name) == read_layout(TITLE_AND_TWO_ROW_HEADER.read_bytes(), saved.name)


def test_the_rows_above_the_header_are_the_title_and_the_sign_off_under_the_table_gives_issuer_and_date():
    document = read_document(TITLE_AND_TWO_ROW_HEADER)
    assert (document.title, document.issuer, document.date) == (
        "成都市全面深化服务贸易创新发展试点任务分工表", "成都市人民政府办公厅", dt.date(2020, 12, 18))
    assert document.tables[0].columns == ["序号", "重点任务", "具体举措", "牵头单位", "配合单位", "完成时限"]


def test_a_record_s_provenance_names_the_sheet_and_the_row_as_the_sheet_numbers_it():
    first, ninth = (m for m in read_document(TITLE_AND_TWO_ROW_HEADER).measures if m.number in (1, 9))
    # rows 3–4 the header, 5 the heading 一、… merged across, 6–13 tasks 1–8, 14 the heading 二、…
    assert [(m.source.format, m.source.sheet, m.source.row) for m in (first, ninth)] == [
        ("xlsx", "任务分工表", 6), ("xlsx", "任务分工表", 15)]


def test_a_sheet_per_group_reads_each_sheet_as_a_table_and_leaves_the_hidden_sheet_out(text_form):
    document = read_document(SHEET_PER_GROUP)
    assert [fields(m) for m in document.measures] == [text_form[n] for n in range(25, 47)]
    assert [(t.index, t.title) for t in document.tables] == [(1, "三、全面探索完善政策体系"), (2, "四、全面探索创新发展模式")]
    assert {m.source.sheet for m in document.measures} == {"全面探索完善政策体系", "全面探索创新发展模式"}
    assert not any("草稿" in m.text for m in document.measures)


def test_a_sheet_of_notes_is_paragraphs_not_a_table():
    layout = read_layout(SHEET_PER_GROUP.read_bytes(), SHEET_PER_GROUP.name)
    notes = [b for b in layout.blocks if b.where.sheet == "填表说明"]
    assert notes == [Paragraph("1.各牵头单位请于每季度末报送进展情况。", notes[0].where),
                     Paragraph("2.完成时限为持续推进的，按年度报送。", notes[1].where)]
    assert [b.where.sheet_row for b in notes] == [1, 2]


def test_empty_rows_and_a_blank_cell_after_the_table_make_no_rows_or_columns():
    layout = read_layout(TITLE_AND_TWO_ROW_HEADER.read_bytes(), TITLE_AND_TWO_ROW_HEADER.name)
    grid = next(b for b in layout.blocks if isinstance(b, Grid))
    assert ({len(row.cells) for row in grid.rows}, len(grid.rows)) == ({6}, 28)  # header's two rows, 2 headings, 24 tasks
    assert [b.text for b in layout.blocks if isinstance(b, Paragraph)] == [
        "附件", "成都市全面深化服务贸易创新发展试点任务分工表", "成都市人民政府办公厅", "2020年12月18日"]


def test_a_workbook_whose_sheet_is_no_task_table_is_refused_in_one_line():
    path = WORKBOOKS / "figures-not-a-task-table.xlsx"
    with pytest.raises(NoTaskTable) as refused:
        read_document(path)
    assert refused.value.cause == ("no sheet of the workbook is a task table (sheets read: 统计表): no header row with "
                                   "序号/具体举措/责任单位 or similar, and no numbered item naming its 责任单位/牵头单位")


def refused_with(path: Path, cause: str) -> None:
    result = runner.invoke(app, ["extract", str(path)])
    assert (result.exit_code, result.stderr.splitlines(), result.stdout) == (1, [f"error: {path}: {cause}"], "")


def test_an_encrypted_workbook_is_refused_naming_the_password(tmp_path):
    path = tmp_path / "locked.xlsx"
    directory_entry = "EncryptedPackage".encode("utf-16-le").ljust(64, b"\0")
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + directory_entry + b"\0" * 448)
    refused_with(path, "password-protected Office document (an encrypted DOCX or XLSX): remove the password and save "
                       "it as DOCX or PDF first")


def test_a_truncated_workbook_is_refused_in_one_line(tmp_path):
    path = tmp_path / "cut.xlsx"
    path.write_bytes(TITLE_AND_TWO_ROW_HEADER.read_bytes()[:3000])
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"error: {path}: corrupt or truncated zip/DOCX/XLSX file")


def _with_member(name: str, data: bytes) -> bytes:
    """The title workbook with one member replaced (or added)."""
    source = zipfile.ZipFile(TITLE_AND_TWO_ROW_HEADER)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in source.namelist():
            if member != name:
                archive.writestr(member, source.read(member))
        archive.writestr(name, data)
    return buffer.getvalue()


def test_a_workbook_whose_sheet_inflates_like_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path):
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(_with_member("xl/media/padding.bin", b"\0" * (8 * 1024 * 1024)))
    with pytest.raises(UnreadableFile, match=r"its zip entry xl/media/padding\.bin inflates [\d,]+ times"):
        read_document(path)


def test_a_workbook_whose_parts_are_damaged_is_refused_in_one_line(tmp_path):
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(_with_member("xl/workbook.xml", b"<workbook><sheets><sheet"))
    with pytest.raises(UnreadableFile) as caught:
        read_document(path)
    assert caught.value.cause.startswith("damaged Excel workbook (.xlsx): ")
    assert "\n" not in caught.value.cause


def test_a_workbook_of_empty_sheets_is_refused_saying_so(tmp_path):
    path = tmp_path / "empty.xlsx"
    book = Workbook()
    book.create_sheet("Sheet2")
    book.save(path)
    with pytest.raises(UnreadableFile, match=r"Excel workbook \(\.xlsx\) whose visible sheets print nothing$"):
        read_document(path)


@pytest.mark.parametrize(("number_format", "shown"), [
    ("yyyy年m月d日", "2025年6月30日"), ('yyyy"年"m"月"', "2025年6月"), ("yyyy/m/d", "2025/6/30"),
    ("[$-804]yyyy年m月d日;@", "2025年6月30日"), ("mm-dd-yy", "06-30-25"),
    # LibreOffice writes the literal characters of a format escaped one by one (yyyy\年m\月d\日)
    ("yyyy\\年m\\月d\\日", "2025年6月30日")])
def test_a_date_cell_prints_as_its_number_format_writes_it(number_format, shown):
    assert shown_date(dt.date(2025, 6, 30), number_format) == shown


@pytest.mark.parametrize(("number_format", "shown"), [("yyyy-mm-dd hh:mm", "2025-06-30"), ("General", "2025-06-30"),
                                                      ("0.00", "2025-06-30")])
def test_a_date_cell_whose_format_writes_a_time_or_no_date_parts_prints_as_iso(number_format, shown):
    assert shown_date(dt.date(2025, 6, 30), number_format) == shown


@pytest.mark.parametrize(("value", "number_format", "shown"), [
    (1, "General", "1"), (1.0, "General", "1"), (3.5, "0.0", "3.5"), (0.25, "0%", "25%"),
    (dt.datetime(2025, 6, 30), "yyyy年m月", "2025年6月"), (dt.datetime(2025, 6, 30, 9, 30), "General", "2025-06-30 09:30"),
    ("2025年底前", "@", "2025年底前")])
def test_a_cell_prints_what_excel_shows_of_its_value(value, number_format, shown):
    assert shown_value(value, number_format) == shown


def test_the_sheet_and_its_row_reach_the_csv_and_the_store(tmp_path):
    import csv
    import io as text_io
    import sqlite3

    result = runner.invoke(app, ["extract", str(TITLE_AND_TWO_ROW_HEADER), "-f", "csv"])
    first = next(csv.DictReader(text_io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert (first["source_format"], first["sheet"], first["row"]) == ("xlsx", "任务分工表", "6")
    db = tmp_path / "plans.db"
    stored = runner.invoke(app, ["extract", str(TITLE_AND_TWO_ROW_HEADER), "--db", f"sqlite:///{db}"])
    assert stored.exit_code == 0, stored.stderr
    with sqlite3.connect(db) as connection:
        assert connection.execute("select src_sheet, src_row from measures where number=1").fetchone() == ("任务分工表", 6)


def test_a_record_of_another_form_names_no_sheet():
    measure = read_document(FIXTURES / "plans" / "chengdu-2020-tasks.txt").measures[0]
    assert (measure.source.format, measure.source.sheet) == ("text", None)


def test_a_run_of_empty_rows_parts_a_sheet_and_each_grid_is_as_wide_as_its_own_cells():
    from pilotplans.parsers.workbook import SheetCell, sheet_blocks

    cells = [SheetCell(1, 2, "序号"), SheetCell(1, 3, "具体举措"), SheetCell(1, 4, "责任单位"),
             SheetCell(2, 2, "1"), SheetCell(2, 3, "推行企业开办全程网办。"), SheetCell(2, 4, "市市场监管局"),
             SheetCell(4, 2, "注：此表由市政府办公室负责解释。"),
             SheetCell(6, 2, "区域"), SheetCell(6, 3, "2019"), SheetCell(6, 4, "2020"), SheetCell(6, 5, "2021"), SheetCell(6, 6, "2022")]
    blocks = sheet_blocks("清单", cells)
    assert [(type(b).__name__, len(b.rows[0].cells) if isinstance(b, Grid) else b.text) for b in blocks] == [
        ("Grid", 3), ("Paragraph", "注：此表由市政府办公室负责解释。"), ("Grid", 5)]


def test_a_hidden_row_inside_a_table_parts_nothing_and_is_not_read():
    from pilotplans.parsers.workbook import SheetCell, sheet_blocks

    cells = [SheetCell(1, 1, "序号"), SheetCell(1, 2, "具体举措"), SheetCell(2, 1, "1"), SheetCell(2, 2, "草稿，不印。"),
             SheetCell(3, 1, "2"), SheetCell(3, 2, "推行企业开办全程网办。")]
    (grid,) = sheet_blocks("清单", cells, hidden_rows=frozenset({2}))
    assert [[c.text for c in row.cells] for row in grid.rows] == [["序号", "具体举措"], ["2", "推行企业开办全程网办。"]]
    assert [row.where.sheet_row for row in grid.rows] == [1, 3]


SIGN_OFF = WORKBOOKS / "chengdu-2020-sign-off-in-cells-under-the-table.xlsx"


def test_a_sign_off_in_cells_under_the_table_joins_no_measure_s_fields(text_form):
    # 填报人 | 审核人 | 联系电话 under the columns 序号, 具体举措 and 完成时限, after an empty row: a sheet prints no page
    # break, so the row is no rest of task 8 cut by one (its phone number was read into 8's 完成时限 before)
    measures = read_document(SIGN_OFF).measures
    assert [fields(m) for m in measures if m.number is not None] == [text_form[n] for n in range(1, 9)]


def test_a_sign_off_in_cells_under_the_table_is_a_row_read_unnumbered_and_warned():
    (signed,) = (m for m in read_document(SIGN_OFF).measures if m.number is None)
    assert (signed.text, signed.deadline, signed.source.row) == ("审核人：李强", "联系电话：028-61881234", 12)
    assert "number_unreadable" in {w.code for w in signed.warnings}


def test_a_grid_under_empty_rows_printing_in_the_table_s_columns_only_keeps_each_cell_in_its_column():
    from pilotplans.parsers.workbook import SheetCell, sheet_blocks

    cells = [SheetCell(1, 1, "序号"), SheetCell(1, 2, "具体举措"), SheetCell(1, 3, "责任单位"), SheetCell(1, 4, "完成时限"),
             SheetCell(2, 1, "1"), SheetCell(2, 2, "推行企业开办全程网办。"), SheetCell(2, 3, "市市场监管局"), SheetCell(2, 4, "持续推进"),
             SheetCell(4, 1, "2"), SheetCell(4, 2, "压缩开办时间。"), SheetCell(4, 3, "市市场监管局"), SheetCell(4, 4, "持续推进"),
             SheetCell(6, 1, "填报人：王敏"), SheetCell(6, 4, "联系电话：028-61881234")]
    blocks = sheet_blocks("清单", cells)
    assert [[c.text for c in row.cells] for b in blocks for row in b.rows] == [
        ["序号", "具体举措", "责任单位", "完成时限"], ["1", "推行企业开办全程网办。", "市市场监管局", "持续推进"],
        ["2", "压缩开办时间。", "市市场监管局", "持续推进"], ["填报人：王敏", "", "", "联系电话：028-61881234"]]


def test_a_table_parted_by_an_empty_row_reads_on_under_its_heading(text_form, tmp_path):
    book = Workbook()
    sheet = book.active
    for column, label in enumerate(("序号", "重点任务", "具体举措", "牵头单位", "配合单位", "完成时限"), start=1):
        sheet.cell(1, column, label)
    rows = [text_form[n] for n in range(1, 4)]
    for at, (number, text, owner, cooperating, deadline, _path) in zip((2, 3, 5), rows, strict=True):
        for column, value in ((1, number), (3, text), (4, owner), (5, cooperating), (6, deadline)):
            sheet.cell(at, column, value)
    path = tmp_path / "parted.xlsx"
    book.save(path)
    assert [(m.number, m.text, m.responsibility, m.deadline) for m in read_document(path).measures] == [
        (n, t, o, d) for n, t, o, _c, d, _p in rows]


def test_a_workbook_whose_formulas_hold_their_computed_values_reads_them(text_form):
    document = read_document(WORKBOOKS / "chengdu-2020-numbers-by-formula-computed.xlsx")
    assert [fields(m) for m in document.measures] == [text_form[n] for n in range(1, 9)]


def test_a_workbook_whose_formulas_hold_no_computed_value_is_refused_in_one_line():
    # read as blank, 2–8's 序号 would join tasks 2–8 to task 1
    with pytest.raises(UnreadableFile) as caught:
        read_document(WORKBOOKS / "chengdu-2020-numbers-by-formula-not-computed.xlsx")
    assert caught.value.cause == (
        "Excel workbook (.xlsx) whose formulas hold no computed value (7 cells: 任务分工表!A4、任务分工表!A5、任务分工表!A6…; "
        "a program wrote it without computing them): open it in Excel or WPS and save it, which computes them")


def test_a_date_cell_in_a_chinese_excel_s_builtin_format_prints_as_that_format_writes_it():
    # 31 is yyyy年m月d日 in a Chinese Excel, which saves the id alone: openpyxl reads it as General, the serial 44183
    document = read_document(WORKBOOKS / "chengdu-2020-date-in-a-chinese-excel-s-builtin-format.xlsx")
    assert (document.issuer, document.date) == ("成都市人民政府办公厅", dt.date(2020, 12, 18))
    signed = [b.text for b in read_layout((WORKBOOKS / "chengdu-2020-date-in-a-chinese-excel-s-builtin-format.xlsx")
                                          .read_bytes(), "x.xlsx").blocks if isinstance(b, Paragraph)]
    assert signed[-2:] == ["成都市人民政府办公厅", "2020年12月18日"]


def test_a_number_in_the_general_format_is_no_date():
    layout = read_layout(TITLE_AND_TWO_ROW_HEADER.read_bytes(), "x.xlsx")
    numbers = [row.cells[0].text for grid in layout.blocks if isinstance(grid, Grid) for row in grid.rows][2:5]
    assert numbers == ["一、全面探索完善管理体制", "1", "2"]


COVER_AND_SECOND_SHEET = WORKBOOKS / "chengdu-2020-cover-header-repeated-on-a-second-sheet-notes.xlsx"


def test_a_second_sheet_repeating_the_first_s_header_reads_as_the_same_table_going_on(text_form):
    # its first rows (tasks 6–8) print no 重点任务, going on under 深化“放管服”改革 as over a page break
    document = read_document(COVER_AND_SECOND_SHEET)
    assert [fields(m) for m in document.measures] == [text_form[n] for n in range(1, 25)]
    assert [(t.index, t.title) for t in document.tables] == [(1, None)]
    assert [(m.number, m.source.sheet, m.source.row) for m in document.measures if m.number in (5, 6)] == [
        (5, "任务分工表", 7), (6, "任务分工表（续）", 2)]


def test_a_second_sheet_with_a_title_of_its_own_over_its_header_is_a_table_of_its_own():
    # near miss: each sheet of the sheet-per-group workbook prints a title and its heading above the header
    assert [t.index for t in read_document(SHEET_PER_GROUP).tables] == [1, 2]


def test_a_cover_sheet_gives_the_title_issuer_and_date_and_no_caption_and_with_a_notes_sheet_is_named_left_out():
    document = read_document(COVER_AND_SECOND_SHEET)
    assert (document.title, document.issuer, document.date) == (
        "成都市全面深化服务贸易创新发展试点任务分工表", "成都市人民政府办公厅", dt.date(2020, 12, 18))
    assert [w.message for w in document.warnings if w.code == "sheet_left_out"] == [
        "sheets 封面、填表说明 hold no task table (a cover, notes): read as the document's paragraphs only, no record "
        "made from them"]
    assert not any("报送" in m.text for m in document.measures)


def test_a_sheet_of_notes_beside_the_group_sheets_is_named_left_out():
    assert [w.message for w in read_document(SHEET_PER_GROUP).warnings if w.code == "sheet_left_out"] == [
        "sheet 填表说明 holds no task table (a cover, notes): read as the document's paragraphs only, no record made "
        "from them"]


def test_a_workbook_whose_every_sheet_holds_the_table_names_no_sheet_left_out():
    assert not any(w.code == "sheet_left_out" for w in read_document(TITLE_AND_TWO_ROW_HEADER).warnings)


def _numbered_in_text(tmp_path: Path, second: str, owners: str) -> Path:
    book = Workbook()
    sheet = book.active
    for row in (("具体举措", "责任单位", "完成时限"), ("1.推行企业开办全程网办。", "市市场监管局", "2025年底"),
                (second, owners, "2025年底"), ("4.推进跨境电商发展。", "市商务局", "持续推进")):
        sheet.append(row)
    path = tmp_path / "numbered-in-text.xlsx"
    book.save(path)
    return path


def test_a_text_cell_packing_measures_numbered_in_their_text_reads_each_with_its_owner_in_order(tmp_path):
    # 2. and 3. a line each in one 具体举措 cell, their owners a line each: was one measure 2 holding "3.…"
    path = _numbered_in_text(tmp_path, "2.压缩企业开办时间。\n3.推行告知承诺制。", "市市场监管局\n市司法局")
    assert [(m.number, m.text, m.responsibility, m.deadline) for m in read_document(path).measures] == [
        (1, "推行企业开办全程网办。", "市市场监管局", "2025年底"), (2, "压缩企业开办时间。", "市市场监管局", "2025年底"),
        (3, "推行告知承诺制。", "市司法局", "2025年底"), (4, "推进跨境电商发展。", "市商务局", "持续推进")]


def test_a_text_cell_whose_later_numbers_do_not_go_on_from_its_own_is_one_measure_with_its_points(tmp_path):
    path = _numbered_in_text(tmp_path, "2.压缩企业开办时间：\n1.精简申请材料。\n2.推行并联审批。", "市市场监管局")
    assert [(m.number, m.text) for m in read_document(path).measures][1] == (
        2, "压缩企业开办时间：\n1.精简申请材料。\n2.推行并联审批。")


def test_a_first_measure_whose_sub_points_restart_at_one_is_one_measure_with_its_points(tmp_path):
    # near miss: 1.…： / 1.… / 2.…, the sub-points' 2. one more than the cell's own 1.; it read a measure 2 of 推行并联审批
    # (no owner, a number_duplicate beside the next row's 2.)
    book = Workbook()
    sheet = book.active
    for row in (("具体举措", "责任单位", "完成时限"), ("1.推行企业开办便利化：\n1.精简申请材料。\n2.推行并联审批。", "市市场监管局", "2025年底"),
                ("2.压缩企业开办时间。", "市司法局", "2025年底")):
        sheet.append(row)
    path = tmp_path / "sub-points.xlsx"
    book.save(path)
    assert [(m.number, m.text, m.responsibility) for m in read_document(path).measures] == [
        (1, "推行企业开办便利化：\n1.精简申请材料。\n2.推行并联审批。", "市市场监管局"), (2, "压缩企业开办时间。", "市司法局")]


def test_extract_notes_on_stderr_the_sheets_left_out():
    result = runner.invoke(app, ["extract", str(COVER_AND_SECOND_SHEET), "-f", "csv"])
    assert result.exit_code == 0
    assert [line for line in result.stderr.splitlines() if "sheet" in line] == [
        f"note: {COVER_AND_SECOND_SHEET.name}: sheets 封面、填表说明 hold no task table (a cover, notes): read as the "
        "document's paragraphs only, no record made from them"]

"""read_pdf: LibreOffice-printed fixtures, generated layout variants, regression PDFs, settings
and unreadable inputs.

Fixtures live in tests/fixtures (see MANIFEST.tsv) and tests/fixtures/variants (made by
make_variants.py there, whose constants are the expected values of the variant tests; its
REGRESSIONS re-typeset measures of the bundled documents in layouts that once read wrongly, and
those must read into the seeds' own measures).
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from collections.abc import Callable

import pytest

from pilotplans.errors import NoTaskTable, UnreadableFile
from pilotplans.ingest.pipeline import read_document
from pilotplans.layout import Grid, Layout, Row
from pilotplans.schema.models import Document
from pilotplans.parsers.ocr import OcrSettings
from pilotplans.parsers.pdf import PdfSettings, layout_from_pages, read_pdf
from pilotplans.parsers.pdf.content import Glyph, PageContent, Rule
from pilotplans.parsers.pdf.lines import enumerator_value, is_wide, opens_later_heading
from pilotplans.textutil import join_lines
from tests.conftest import read_seed
from tests.test_formats_agree import comparable
from pilotplans.parsers.pdf.stitch import union_columns
from pilotplans.parsers.pdf.tables import Boundary

FIXTURES = Path(__file__).parent / "fixtures"
VARIANTS = FIXTURES / "variants"

HEADER_2020 = ("试点任务", "序号", "具体举措", "责任分工")


def _load_variant_constants():
    spec = importlib.util.spec_from_file_location("make_variants", VARIANTS / "make_variants.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


variants = _load_variant_constants()


@pytest.fixture(scope="module")
def layout() -> Callable[[str], Layout]:
    """Read a fixture PDF once per module: ``layout("national-2020-tasks")``."""
    cache: dict[str, Layout] = {}

    def read(name: str) -> Layout:
        if name not in cache:
            path = VARIANTS / f"{name}.pdf" if (VARIANTS / f"{name}.pdf").exists() else FIXTURES / f"{name}.pdf"
            cache[name] = read_pdf(path.read_bytes(), path.name)
        return cache[name]

    return read


def texts(row: Row) -> tuple[str, ...]:
    return tuple(cell.text for cell in row.cells)


def logical_rows(grid: Grid, number_column: int) -> list[Row]:
    """The rows an interpreter keeps: repeated header rows dropped, and a row broken by a page
    break (the row after the repeated header whose number cell does not open with a number)
    left out as the second half of the row before it."""
    return [rows[0] for rows in logical_row_groups(grid, number_column)]


def logical_row_groups(grid: Grid, number_column: int) -> list[list[Row]]:
    """Each logical row as the printed rows it is made of (one, or two halves)."""
    header = texts(grid.rows[0])
    groups: list[list[Row]] = []
    after_header = False
    for row in grid.rows:
        if row.after_break and texts(row) == header:
            after_header = True
            continue
        number = row.cells[number_column]
        if after_header and groups and number.merged_from is None and not re.match(r"\d", number.text):
            groups[-1].append(row)
        else:
            groups.append([row])
        after_header = False
    return groups


def joined_texts(rows: list[Row]) -> tuple[str, ...]:
    """The texts of a row broken over a page break, each column's halves joined (merged copies in
    the second half add nothing)."""
    columns = zip(*(row.cells for row in rows))
    return tuple(join_lines([c.text for i, c in enumerate(cells) if i == 0 or c.merged_from is None]) for cells in columns)


# ─── the fixtures printed by LibreOffice ──────────────────────────────────────────────────


@pytest.mark.parametrize(
    "name, grids",
    [
        ("national-2020-tasks", 1),
        ("national-2018-approval", 2),
        ("national-2025-service-opening", 1),
        ("xiamen-tasks", 1),
        ("hainan-2020-plan", 1),
    ],
)
def test_each_table_over_many_pages_is_one_grid(layout, name, grids):
    assert len(layout(name).grids) == grids


def test_national_2020_grid_opens_with_its_header_row(layout):
    assert texts(layout("national-2020-tasks").grids[0].rows[0]) == HEADER_2020


def test_national_2020_grid_keeps_every_printed_row(layout):
    # 114 rows of the table + 18 repeated header rows + 14 halves of rows broken by page breaks
    assert len(layout("national-2020-tasks").grids[0].rows) == 146


def test_national_2020_grid_has_114_rows_once_headers_dropped_and_broken_rows_joined(layout):
    assert len(logical_rows(layout("national-2020-tasks").grids[0], number_column=1)) == 114


@pytest.mark.parametrize(
    "name, number_column, rows",
    [("xiamen-tasks", 1, 89), ("hainan-2020-plan", 1, 118), ("national-2025-service-opening", 0, 167)],
)
def test_other_task_tables_have_their_docx_row_counts(layout, name, number_column, rows):
    assert len(logical_rows(layout(name).grids[-1], number_column)) == rows


def test_first_row_on_each_new_page_is_after_break(layout):
    grid = layout("national-2020-tasks").grids[0]
    flagged = [row.where.page for row in grid.rows if row.after_break]
    assert flagged == list(range(2, 20))
    first_rows = [row for previous, row in zip(grid.rows, grid.rows[1:]) if row.where.page != previous.where.page]
    assert all(row.after_break for row in first_rows)


def test_repeated_header_rows_stay_in_the_grid(layout):
    grid = layout("national-2020-tasks").grids[0]
    assert [texts(row) for row in grid.rows if row.after_break] == [HEADER_2020] * 18


def test_row_broken_by_a_page_break_stays_two_rows(layout):
    rows = layout("hainan-2020-plan").grids[0].rows
    assert texts(rows[27])[1] == "25"
    assert texts(rows[27])[2].endswith("将合格境内机构投")
    assert rows[28].after_break and texts(rows[28]) == HEADER_2020
    assert texts(rows[29])[1:] == ("", "资者主体资格范围扩大至境内外机构在海南发起设立的投资管理机构，包括境内证券公司、基金管理公司和期货公司。"
                                       "允许在海南的合格境内机构投资者开展境外直接投资、证券投资、衍生品投资等各类境外投资业务。", "")


@pytest.mark.parametrize(
    "name",
    ["national-2020-tasks", "national-2018-approval", "national-2025-service-opening", "xiamen-tasks", "hainan-2020-plan"],
)
def test_no_page_number_is_content(layout, name):
    page_number = re.compile(r"^[—\-–\s]*\d+[—\-–\s]*$|^第\s*\d+\s*页")
    doc = layout(name)
    assert not [p.text for p in doc.paragraphs if page_number.match(p.text)]
    assert not [p.text for p in doc.paragraphs if "— " in p.text]


def test_packed_107_to_113_cell_has_one_paragraph_per_measure(layout):
    row = layout("national-2020-tasks").grids[0].rows[136]
    assert row.where.page == 17
    paragraphs = row.cells[1].paragraphs
    assert paragraphs[:3] == (
        "107 允许境外知名仲裁及争议解决机构在试点地区设立业务机构，开展国际投资、贸易等仲裁业务，依法支持和保障中外当事人在仲裁前和仲裁中的"
        "财产保全、证据保全、行为保全等临时措施的申请和执行。",
        "108 试点地区非公立医疗机构向境外消费者提供中医药服务实行市场调节价，公立医院面向境外消费者提供中医药服务按特需医疗的价格政策和"
        "服务规模控制比例执行，畅通收付汇、结算渠道；保障试点地区在营营利性医疗机构先行先试治疗未病服务和收费，大力发展中医药服务贸易。",
        "109 发挥好服务贸易创新发展引导基金作用，支持符合政策导向的服务贸易企业发展。",
    )
    assert paragraphs[3] == "110 依托中国人民银行征信中心动产融资统一登记公示系统，在试点地区推进动产和权利担保登记公"
    assert len(paragraphs) == 4


def test_packed_cell_goes_on_after_the_page_break_with_111_to_113(layout):
    row = layout("national-2020-tasks").grids[0].rows[138]
    assert row.where.page == 18
    assert [p[:4] for p in row.cells[1].paragraphs] == ["示制度。", "111 ", "112 ", "113 "]


def test_parallel_responsibility_list_has_one_paragraph_per_item(layout):
    row = layout("national-2020-tasks").grids[0].rows[136]
    assert row.cells[3].paragraphs == (
        "司法部、最高人民法院确定试点地区并制订政策保障措施",
        "医保局、中医药局、财政部、市场监管总局、发展改革委、商务部等制订政策保障措施；试点地区负责推进",
        "财政部、商务部支持和指导；试点地区负责推进",
        "人民银行、市场监管总局制订政策保障措施；试点地区负责推进",
        "银保监会制订政策保障措施；试点地区负责推进",
    )


def test_packed_114_to_118_cell_and_its_responsibilities(layout):
    row = layout("national-2020-tasks").grids[0].rows[139]
    assert [p.split(" ")[0] for p in row.cells[1].paragraphs] == ["114", "115", "116", "117", "118"]
    assert row.cells[3].paragraphs[:2] == ("中国出口信保公司和试点地区负责推进", "商务部支持和指导；试点地区负责推进")
    assert len(row.cells[3].paragraphs) == 6


def test_cell_spanning_number_and_measure_columns_is_copied_left(layout):
    cells = layout("national-2020-tasks").grids[0].rows[136].cells
    assert cells[1].merged_from is None
    assert cells[2].merged_from == "left"
    assert cells[2].paragraphs == cells[1].paragraphs


def test_vertically_merged_category_cell_is_copied_above(layout):
    rows = layout("national-2020-tasks").grids[0].rows
    category = rows[1].cells[0]
    assert category.merged_from is None
    assert category.paragraphs[0] == "(一) 全面探索完善管理体制"
    for row in rows[2:6]:
        assert row.cells[0].merged_from == "above"
        assert row.cells[0].paragraphs == category.paragraphs


def test_category_merged_over_a_page_break_is_copied_on_the_next_page(layout):
    rows = layout("national-2020-tasks").grids[0].rows
    assert rows[8].where.page == 2 and texts(rows[8])[1] == "6"
    assert rows[8].cells[0].merged_from == "above"
    assert rows[8].cells[0].paragraphs == rows[1].cells[0].paragraphs


def test_merged_category_whose_text_runs_over_a_page_break_is_whole_in_every_row(layout):
    # Xiamen's （二） cell spans measures 9–25; the page break falls inside measure 9, after 扩大对
    rows = layout("xiamen-tasks").grids[0].rows
    assert texts(rows[11])[:2] == ("（二）扩大对外开放", "9")
    assert rows[11].cells[0].merged_from is None
    assert rows[12].after_break
    assert texts(rows[13])[:2] == ("（二）扩大对外开放", "")
    assert texts(rows[14])[:2] == ("（二）扩大对外开放", "10")
    assert [row.cells[0].merged_from for row in rows[13:15]] == ["above", "above"]


def test_2018_task_with_ten_policy_rows(layout):
    grid = layout("national-2018-approval").grids[1]
    task = "深入改革通关监管制度和模式，为与展览、维修、研发设计等服务贸易相关的货物、物品进出口提供通关便利。"
    indices = [i for i, row in enumerate(grid.rows) if row.cells[1].text == task]
    assert [grid.rows[i].cells[1].merged_from for i in indices] == [None] + ["above"] * 10
    # one of the eleven rows is the second half of a policy cell broken by the page break
    broken = [i for i in indices if grid.rows[i - 1].after_break]
    assert [grid.rows[i].cells[2].text for i in broken] == ["利条件。"]
    assert grid.rows[broken[0] - 2].cells[2].text.endswith("为国际运输服务发展创造便")
    assert len(indices) - len(broken) == 10


def test_2018_header_cell_spans_heading_and_task_columns(layout):
    cells = layout("national-2018-approval").grids[1].rows[0].cells
    assert texts(layout("national-2018-approval").grids[1].rows[0]) == ("试点任务", "试点任务", "政策保障措施", "责任单位")
    assert cells[1].merged_from == "left"


def test_numbered_items_in_a_2018_cell_are_separate_paragraphs(layout):
    row = layout("national-2018-approval").grids[0].rows[5]
    assert row.cells[2].paragraphs == ("1. 探索建立来华就医签证制度。", "2. 推动广东全省实施 144 小时过境免签政策。")


def test_rows_and_cells_carry_page_and_bbox(layout):
    grid = layout("national-2020-tasks").grids[0]
    for row in grid.rows:
        assert row.where.page is not None and row.where.bbox is not None
        x0, top, x1, bottom = row.where.bbox
        assert 0 <= x0 < x1 <= 596 and 0 <= top < bottom <= 842
        for cell in row.cells:
            assert cell.where.page is not None and cell.where.bbox is not None
    first = grid.rows[1].cells[3].where
    assert first.page == 1 and first.bbox == (394.0, 223.45, 521.6, 392.85)


def test_paragraphs_outside_tables_keep_reading_order_and_provenance(layout):
    doc = layout("national-2020-tasks")
    assert [type(block).__name__ for block in doc.blocks] == ["Paragraph", "Paragraph", "Grid", "Paragraph", "Paragraph"]
    title = doc.paragraphs[0]
    assert title.text == "全面深化服务贸易创新发展试点任务、具体举措及"
    assert title.where.page == 1 and title.where.bbox == (80.6, 107.9, 520.6, 127.9)
    assert doc.paragraphs[3].text.startswith("2. 重庆市试点范围为下述21个市辖区：涪陵区")


def test_wrapped_paragraph_lines_are_joined_and_indented_lines_open_paragraphs(layout):
    texts_ = [p.text for p in layout("national-2018-approval").paragraphs[:6]]
    assert texts_[3] == "商务部关于深化服务贸易创新发展试点的请示收悉。现批复如下："
    assert texts_[4].startswith("一、原则同意商务部提出的《深化服务贸易创新发展试点总体方案》，同意在北京")
    assert texts_[4].endswith("深化试点期限为2年，自2018年7月1日起至2020年6月30日止。")


def test_paragraph_running_over_a_page_break_is_one_paragraph(layout):
    paragraph = next(p for p in layout("national-2018-approval").paragraphs if p.text.startswith("三、试点地区人民政府"))
    assert paragraph.where.page == 1
    assert paragraph.text.endswith("为全国服务贸易创新发展探索路径。有关省、直辖市人民政府要加强对试点工作的指导和支持，鼓励试点地区大胆探索、开拓创新。")


# ─── generated variants ───────────────────────────────────────────────────────────────────


def test_landscape_ruled_table_is_stitched_over_five_pages(layout):
    grid = layout("landscape-grid").grids[0]
    assert len(layout("landscape-grid").grids) == 1
    assert len(grid.rows) == 28
    assert [row.where.page for row in grid.rows if row.after_break] == [2, 3, 4, 5]
    assert texts(grid.rows[0]) == variants.LANDSCAPE_HEADER
    assert len(logical_rows(grid, number_column=1)) == variants.LANDSCAPE_ROWS


def test_landscape_measures_and_categories_read_whole(layout):
    groups = logical_row_groups(layout("landscape-grid").grids[0], number_column=1)
    for category, first, last in variants.LANDSCAPE_BLOCKS:
        for number in range(first, last + 1):
            if number == variants.LANDSCAPE_PACKED:
                continue
            assert joined_texts(groups[number]) == (category, str(number), variants.measure_text(number) * 2, variants.owner_text(number))
            assert groups[number][0].cells[0].merged_from == (None if number == first else "above")


def test_landscape_rows_broken_by_page_breaks(layout):
    groups = logical_row_groups(layout("landscape-grid").grids[0], number_column=1)
    assert [texts(group[0])[1] for group in groups if len(group) == 2] == ["5", "10", "14"]


def test_landscape_packed_cell_spans_two_columns_with_two_paragraphs(layout):
    row = logical_rows(layout("landscape-grid").grids[0], number_column=1)[variants.LANDSCAPE_PACKED]
    number = variants.LANDSCAPE_PACKED
    assert row.cells[1].paragraphs == (f"{number} {variants.measure_text(number)}", f"{number}之二 {variants.measure_text(number + 1)}")
    assert row.cells[2].merged_from == "left"


def test_landscape_page_footer_is_not_content(layout):
    assert [p.text for p in layout("landscape-grid").paragraphs] == ["服务贸易创新发展试点任务分工（横向版式）", "注：标注“境外”的举措对港澳台同胞同等适用。"]


def test_three_line_table_is_read_from_text_alignment_over_three_pages(layout):
    doc = layout("three-line")
    assert len(doc.grids) == 1
    grid = doc.grids[0]
    assert len(grid.rows) == variants.THREE_LINE_ROWS
    assert texts(grid.rows[0]) == variants.THREE_LINE_HEADER
    assert [(index, row.where.page) for index, row in enumerate(grid.rows) if row.after_break] == [(21, 2), (43, 3)]


def test_three_line_table_cells_hold_whole_measures(layout):
    rows = [row for row in layout("three-line").grids[0].rows if row.cells[0].text.isdigit()]
    assert [int(row.cells[0].text) for row in rows] == list(range(1, variants.THREE_LINE_LAST + 1))
    for row in rows:
        number = int(row.cells[0].text)
        assert row.cells[1].paragraphs == (variants.measure_text(number),)
        assert row.cells[2].text == ("北京、上海" if number % 3 == 0 else "")


def test_three_line_heading_rows_span_columns(layout):
    headings = [row for row in layout("three-line").grids[0].rows if not row.cells[0].text.isdigit()][1:]
    assert [row.cells[0].text for row in headings] == list(variants.THREE_LINE_HEADINGS.values())
    assert all(row.cells[1].merged_from == "left" for row in headings)


def test_three_line_page_numbers_are_not_content(layout):
    assert [p.text for p in layout("three-line").paragraphs] == ["加快推进服务业扩大开放综合试点任务清单", "注：适用范围为空的，适用于全部试点省市。"]


def test_table_with_only_horizontal_rules(layout):
    doc = layout("horizontal-rules")
    assert [type(block).__name__ for block in doc.blocks] == ["Paragraph", "Grid", "Paragraph"]
    assert [texts(row) for row in doc.grids[0].rows] == [variants.HRULES_HEADER, *variants.HRULES_BODY]
    assert [p.text for p in doc.paragraphs] == [variants.HRULES_BEFORE, variants.HRULES_AFTER]


def test_table_without_any_rules(layout):
    doc = layout("borderless")
    assert [type(block).__name__ for block in doc.blocks] == ["Paragraph", "Grid", "Paragraph"]
    assert [texts(row) for row in doc.grids[0].rows] == [variants.BORDERLESS_HEADER, *variants.BORDERLESS_BODY]
    assert [p.text for p in doc.paragraphs] == [variants.BORDERLESS_BEFORE, variants.BORDERLESS_AFTER]


def test_a_table_printed_from_html_without_borders_keeps_its_owners_out_of_the_measures(layout):
    # border="0" printed by LibreOffice: 责任单位 starts 4.2 pt (0.35 em) after the longest measure
    # lines, at one left edge on every row; those lines must still part there
    doc = layout("borderless-html")
    owners = variants.HTML_OWNERS
    assert [texts(row) for row in doc.grids[0].rows] == [
        ("具体举措", "责任单位"),
        *((f"{n}、{variants.measure_text(n)}", owners[n % len(owners)]) for n in range(1, variants.HTML_LAST + 1))]


def test_a_second_table_of_other_labels_on_the_page_keeps_its_header_a_row_of_its_own(layout):
    # two border="0" tables printed by LibreOffice, 附件2 and a title between them: the second
    # header (labels in three columns) is not run into its first row, nor the title into the row
    # above it
    rows = [texts(row) for row in layout("two-headers-html").grids[0].rows]
    first, second = variants.TWO_HEADERS
    owners = variants.HTML_OWNERS
    body = [(str(n), variants.measure_text(n), owners[n % len(owners)]) for n in range(1, 4)]
    later = [(str(n), variants.measure_text(5 + n), owners[n % len(owners)]) for n in range(1, 4)]
    label, title = variants.TWO_HEADERS_BETWEEN
    assert rows == [first, *body, (label, label, ""), (title, title, ""), second, *later]


def test_a_second_table_of_other_labels_on_the_page_reads_as_a_table_of_its_own_under_its_title():
    document = read_document(VARIANTS / "two-headers-html.pdf")
    label, title = variants.TWO_HEADERS_BETWEEN
    assert [(t.index, t.attachment, t.title, tuple(t.columns)) for t in document.tables] == [
        (1, None, None, variants.TWO_HEADERS[0]), (2, label, title, variants.TWO_HEADERS[1])]
    owners = variants.HTML_OWNERS
    assert [(m.table, m.number, m.text, m.responsibility) for m in document.measures] == [
        *((1, n, variants.measure_text(n), owners[n % len(owners)]) for n in range(1, 4)),
        *((2, n, variants.measure_text(5 + n), owners[n % len(owners)]) for n in range(1, 4))]


def owners_at(header: float, first: float, second: float) -> PageContent:
    """A 具体举措/责任单位 page whose first measure runs to 3 pt (0.3 em) before its owner, the
    owners of the header and of the rows starting at the x given (the last row's at 318)."""
    return synthetic_page(1, [
        (100, [(100, "具体举措"), (header, "责任单位")]),
        (115, [(100, "1、" + filler(20)), (first, "市商务局")]),
        (130, [(100, filler(6, "。"))]),
        (150, [(100, "2、" + filler(10, "。")), (second, "市发改委")]),
        (170, [(100, "3、" + filler(8, "。")), (318, "市财政局")]),
    ])


def test_a_narrow_gap_before_a_column_edge_shared_by_three_lines_parts_the_line():
    assert rows_of(layout_from_pages([owners_at(318, 318, 318)], "p.pdf")) == [
        ("具体举措", "责任单位"),
        ("1、试点任务具体举措责任分工落实推进措措措措试点任务具。", "市商务局"),
        ("2、试点任务具体举措责。", "市发改委"),
        ("3、试点任务具体举。", "市财政局"),
    ]


def test_a_narrow_gap_before_a_left_edge_only_two_lines_share_parts_nothing():
    # owners centred (330, 340): the edge at 318 holds the header and one row, too few to show a
    # column, so no table is read and the owners are not cut from a measure on that evidence
    layout = layout_from_pages([owners_at(318, 330, 340)], "p.pdf")
    assert layout.grids == ()
    assert [p.text for p in layout.paragraphs] == [
        "具体举措责任单位", "1、试点任务具体举措责任分工落实推进措措措措市商务局", "试点任务具。",
        "2、试点任务具体举措责。市发改委", "3、试点任务具体举。市财政局"]


def test_reading_pages_in_a_process_pool_gives_the_same_layout(layout):
    data = (VARIANTS / "landscape-grid.pdf").read_bytes()
    pooled = read_pdf(data, "landscape-grid.pdf", PdfSettings(processes=2, parallel_min_pages=1))
    assert pooled == layout("landscape-grid")


# ─── regressions: bundled documents re-typeset in layouts that once read wrongly ─────────
#
# Each PDF is named after its fault (make_variants.REGRESSIONS says how it was printed); it must
# read into the seed's own measures, field by field.


@pytest.fixture(scope="module")
def regression() -> Callable[[str], tuple[Document, list[dict]]]:
    """``regression(name)``: the document read from a regression PDF, and the comparable
    measures of the seed it re-typesets."""
    cache: dict[str, tuple[Document, list[dict]]] = {}

    def read(name: str) -> tuple[Document, list[dict]]:
        if name not in cache:
            doc_id, spec = variants.REGRESSIONS[name]
            expected = [{**comparable(m), "table": 1} for m in variants.regression_measures(read_seed(doc_id), spec)]
            cache[name] = (read_document(VARIANTS / f"{name}.pdf"), expected)
        return cache[name]

    return read


@pytest.mark.parametrize("name", sorted(variants.REGRESSIONS))
def test_regression_layout_reads_into_the_seed_measures(regression, name):
    document, expected = regression(name)
    assert [comparable(m) for m in document.measures] == expected


def test_centred_numbers_give_one_record_per_measure(regression):
    # once one record per printed line, every number null
    document, _ = regression("centred-numbers-landscape")
    assert [m.number for m in document.measures] == list(range(1, 17))


def test_heading_cells_merged_over_centred_rows_are_not_cut(regression):
    # once "完善管" / "理体制": the heading's wrapped lines stand beside other rows' text
    document, _ = regression("centred-numbers-landscape")
    assert [(h.number_raw, h.title) for h in document.tables[0].headings] == [("（一）", "完善管理体制"), ("（二）", "扩大对外开放")]
    assert [m.heading for m in document.measures] == [1] * 8 + [2] * 8


def test_merged_heading_cell_in_a_centred_text_table_is_copied_above(layout):
    rows = layout("centred-numbers-landscape").grids[0].rows
    assert texts(rows[1])[:2] == ("（一）完善管理体制", "1")
    assert [(row.cells[0].text, row.cells[0].merged_from) for row in rows[2:4]] == [("（一）完善管理体制", "above")] * 2
    # on over the page break: the repeated header, then the rest of measure 3's row
    assert rows[4].after_break and texts(rows[4])[:2] == ("试点任务", "序号")
    assert (rows[5].cells[0].text, rows[5].cells[0].merged_from, rows[5].cells[2].text) == ("（一）完善管理体制", "above", "推广经验。")


def test_rows_between_rules_without_vertical_rules_read_one_record_each(regression):
    document, _ = regression("horizontal-rules-hainan")
    assert [m.number for m in document.measures] == list(range(1, 25))
    assert [h.title for h in document.tables[0].headings] == ["全面探索完善管理体制", "全面探索扩大对外开放"]


def test_packed_cell_broken_between_items_keeps_its_heading_and_responsibilities(regression):
    # header printed once; the cell packing 107-113 holds only 107 before the page break
    document, _ = regression("packed-cell-header-once")
    packed = [m for m in document.measures if 107 <= m.number <= 113]
    assert [m.heading_title for m in packed] == ["探索优化政策体系"] * 7
    assert [m.responsibility for m in packed[:2]] == [
        "司法部、最高人民法院确定试点地区并制订政策保障措施",
        "医保局、中医药局、财政部、市场监管总局、发展改革委、商务部等制订政策保障措施；试点地区负责推进",
    ]
    assert not [w for w in document.warnings if w.code.startswith("responsibility")]


def test_2018_task_cell_broken_by_a_page_is_one_record(regression):
    # once two records: the task's first lines, then the rest after the break
    document, _ = regression("broken-task-2018")
    assert len(document.measures) == 21
    task = next(m for m in document.measures if m.text.startswith("建立服务贸易重点联系企业运行监测机制"))
    assert task.text == "建立服务贸易重点联系企业运行监测机制，创新事中事后监管举措，切实防范骗税和骗取补贴的行为。"


def test_last_row_standing_alone_on_a_page_stays_in_the_table(regression):
    document, _ = regression("heading-rows-9pt")
    last = document.measures[-1]
    assert (last.number, last.table, last.source.page) == (45, 1, 3)


def test_running_header_is_not_content(layout):
    assert "厦门市服务贸易创新发展试点" not in [p.text for p in layout("heading-rows-centred").paragraphs]


# ─── unreadable input ─────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "name, cause",
    [
        ("encrypted.pdf", "encrypted PDF: decrypt it first, e.g. qpdf --decrypt"),
        ("truncated.pdf", "corrupt or truncated PDF"),
        ("scanned.pdf", "no text layer (OCR is off: --ocr never)"),
    ],
)
def test_unreadable_pdf_names_file_and_cause(name, cause):
    with pytest.raises(UnreadableFile) as caught:
        read_pdf((VARIANTS / name).read_bytes(), name, ocr=OcrSettings(mode="never"))
    assert str(caught.value) == f"{name}: {cause}"
    assert caught.value.cause == cause


def extract_in_a_new_process(path: Path) -> subprocess.CompletedProcess:
    """``pilotplans extract -f csv PATH`` as a user runs it, its stdout and stderr captured."""
    return subprocess.run([sys.executable, "-m", "pilotplans.cli", "extract", "-f", "csv", str(path)],
                          capture_output=True, text=True, timeout=120)


def test_pdf_whose_page_does_not_decode_is_refused_in_one_line_on_stderr():
    # damaged-stream.pdf: page 2's compressed content overwritten in its middle; read on, the
    # document lost page 2's measures 21-41 without a word
    run = extract_in_a_new_process(VARIANTS / "damaged-stream.pdf")
    assert run.returncode == 1
    assert run.stdout == ""
    assert run.stderr == (f"error: {VARIANTS / 'damaged-stream.pdf'}: corrupt or truncated PDF "
                          "(the content of page 2 cannot be decoded)\n")


def test_a_page_that_does_not_decode_in_the_page_pool_is_the_same_one_line_error():
    data = (VARIANTS / "damaged-stream.pdf").read_bytes()
    with pytest.raises(UnreadableFile) as caught:
        read_pdf(data, "damaged-stream.pdf", PdfSettings(processes=2, parallel_min_pages=1))
    assert str(caught.value) == "damaged-stream.pdf: corrupt or truncated PDF (the content of page 2 cannot be decoded)"


def test_library_log_lines_stay_off_stderr_when_a_damaged_pdf_still_reads():
    # damaged-checksum.pdf: page 2's zlib checksum damaged; pdfminer logs "Data-loss while
    # decompressing corrupted data" and decodes the page whole
    run = extract_in_a_new_process(VARIANTS / "damaged-checksum.pdf")
    assert run.returncode == 0
    assert run.stderr == ""
    assert len(run.stdout.splitlines()) == 1 + 56


def test_empty_file_is_unreadable():
    with pytest.raises(UnreadableFile, match=r"^empty\.pdf: empty file$"):
        read_pdf(b"", "empty.pdf")


def test_bytes_that_are_not_a_pdf_are_unreadable():
    with pytest.raises(UnreadableFile, match=r"^page\.pdf: not a PDF"):
        read_pdf(b"<html><body>not a pdf</body></html>", "page.pdf")


def test_pdf_whose_body_is_garbage_is_corrupt():
    with pytest.raises(UnreadableFile, match=r"^broken\.pdf: corrupt or truncated PDF$"):
        read_pdf(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage\n%%EOF\n", "broken.pdf")


# ─── text tables on synthetic pages ───────────────────────────────────────────────────────
#
# Pages built from glyphs: 10 pt text, a CJK glyph one em wide, a digit half an em. Cells are
# top-aligned and nothing but the text itself separates rows unless a rule is given.


def synthetic_page(number: int, lines: list[tuple[float, list[tuple[float, str]]]],
                   rules: tuple[Rule, ...] = ()) -> PageContent:
    """A page whose lines are ``(top, [(x, text), ...])``."""
    glyphs = []
    for top, pieces in lines:
        for x, text in pieces:
            for char in text:
                width = 10.0 if is_wide(char) else 5.0
                glyphs.append(Glyph(char, x, top, x + width, top + 10.0, 10.0))
                x += width
    return PageContent(number, 595.0, 842.0, tuple(glyphs), rules)


def filler(count: int, end: str = "") -> str:
    """``count`` CJK characters (the last ones ``end``)."""
    return "试点任务具体举措责任分工落实推进"[:count - len(end)].ljust(count - len(end), "措") + end


def rows_of(layout: Layout) -> list[tuple[str, ...]]:
    return [texts(row) for grid in layout.grids for row in grid.rows]


def test_a_new_number_beside_a_fresh_column_starts_a_row_though_another_line_was_full():
    # measure 1's responsibility ends exactly at the end of a line, without a full stop
    page = synthetic_page(1, [
        (100, [(70, "序号"), (100, "具体举措"), (320, "责任单位")]),
        (115, [(70, "1"), (100, filler(20)), (320, filler(8))]),
        (130, [(100, filler(4, "。")), (320, filler(8))]),
        (145, [(320, filler(8))]),
        (160, [(70, "2"), (100, filler(20)), (320, filler(4))]),
        (175, [(100, filler(6, "。"))]),
        (190, [(70, "3"), (100, filler(5, "。")), (320, filler(3))]),
    ])
    rows = rows_of(layout_from_pages([page], "synthetic.pdf"))
    assert [row[0] for row in rows] == ["序号", "1", "2", "3"]
    assert rows[1][2] == filler(8) * 3


def test_a_column_with_text_again_after_a_blank_line_starts_a_row_after_a_full_closed_line():
    # no 序号 column: the responsibility column resumes, the measure's last line is full but closed
    page = synthetic_page(1, [
        (100, [(100, "具体举措"), (320, "责任单位")]),
        (115, [(100, filler(20)), (320, filler(5, "。"))]),
        (130, [(100, filler(20))]),
        (145, [(100, filler(20, "。"))]),
        (160, [(100, filler(20)), (320, filler(4))]),
        (175, [(100, filler(3, "。"))]),
        (190, [(100, filler(5, "。")), (320, filler(3))]),
    ])
    rows = rows_of(layout_from_pages([page], "synthetic.pdf"))
    assert [row[1] for row in rows] == ["责任单位", filler(5, "。"), filler(4), filler(3)]
    assert rows[1][0] == filler(20) * 2 + filler(20, "。")


def heading_column_pages(rules: str | None = None) -> list[PageContent]:
    """A four-column table over two pages whose heading column is empty on the second; with
    ``rules``, a rule under every row that leaves the heading column out inside a heading's rows,
    drawn ``"whole"`` or in ``"pieces"`` none as wide as half the table (drawn cell by cell)."""
    header = [(70, "试点任务"), (150, "序号"), (180, "具体举措"), (400, "责任分工")]
    first = [
        (100, header),
        (115, [(70, "（一）管理"), (150, "1"), (180, filler(12, "。")), (400, filler(4))]),
        (130, [(150, "2"), (180, filler(10, "。")), (400, filler(5))]),
        (145, [(70, "（二）开放"), (150, "3"), (180, filler(9, "。")), (400, filler(3))]),
        (160, [(150, "4"), (180, filler(8, "。")), (400, filler(4))]),
    ]
    second = [
        (100, header),
        (115, [(150, "5"), (180, filler(7, "。")), (400, filler(4))]),
        (130, [(150, "6"), (180, filler(11, "。")), (400, filler(5))]),
        (145, [(150, "7"), (180, filler(6, "。")), (400, filler(2))]),
    ]
    starts = {1: ((65, 98), (65, 113), (145, 128), (65, 143), (145, 158), (145, 173)),
              2: ((65, 98), (65, 113), (145, 128), (145, 143), (65, 158))}
    cuts = (65, 145, 175, 290, 395, 460) if rules == "pieces" else (65, 145, 460)
    ruled = {page: tuple(Rule(a, y, b, y) for x0, y in starts[page] for a, b in pairwise(cuts) if a >= x0)
             for page in starts} if rules else {1: (), 2: ()}
    return [synthetic_page(1, first, ruled[1]), synthetic_page(2, second, ruled[2])]


def test_continued_page_with_an_empty_column_is_read_on_the_table_columns():
    layout = layout_from_pages(heading_column_pages(), "synthetic.pdf")
    assert len(layout.grids) == 1
    rows = layout.grids[0].rows
    assert [texts(row) for row in rows if row.after_break] == [("试点任务", "序号", "具体举措", "责任分工")]
    # the heading column is empty on page 2: its cell merged over the page break covers every row
    assert [texts(row)[:2] for row in rows[6:]] == [("（二）开放", "5"), ("（二）开放", "6"), ("（二）开放", "7")]
    assert [row.cells[0].merged_from for row in rows[6:]] == ["above"] * 3
    assert all(row.where.page == 2 and row.where.bbox[0] <= row.cells[0].where.bbox[0] for row in rows[5:])


def test_first_page_with_an_empty_column_is_read_again_on_the_columns_a_later_page_shows():
    later, first = heading_column_pages()
    layout = layout_from_pages([replace(first, number=1), replace(later, number=2)], "synthetic.pdf")
    assert len(layout.grids) == 1
    rows = layout.grids[0].rows
    assert texts(rows[0]) == ("试点任务", "序号", "具体举措", "责任分工")
    assert [texts(row)[:2] for row in rows[1:4]] == [("", "5"), ("", "6"), ("", "7")]
    assert texts(rows[5])[:2] == ("（一）管理", "1")


@pytest.mark.parametrize("rules", ["whole", "pieces"])
def test_rule_that_leaves_out_a_column_merges_its_cell_over_the_rows(rules):
    rows = layout_from_pages(heading_column_pages(rules), "synthetic.pdf").grids[0].rows
    assert [(row.cells[0].text, row.cells[0].merged_from) for row in rows[1:5]] == [
        ("（一）管理", None), ("（一）管理", "above"), ("（二）开放", None), ("（二）开放", "above")]
    # carried on over the page break, the copies keep the Where of the cell they copy
    assert [(row.cells[0].text, row.cells[0].merged_from) for row in rows[6:]] == [("（二）开放", "above")] * 3
    assert rows[6].cells[0].where == rows[3].cells[0].where
    assert rows[3].cells[0].where.bbox[1:4:2] == (143.0, 173.0)


def test_repeated_header_is_a_row_of_its_own_above_the_rest_of_a_broken_row():
    header = [(70, "序号"), (100, "具体举措"), (320, "责任单位")]
    first = synthetic_page(1, [
        (100, header),
        (115, [(70, "1"), (100, filler(8, "。")), (320, filler(4))]),
        (130, [(70, "2"), (100, filler(20)), (320, filler(3))]),
    ])
    second = synthetic_page(2, [
        (100, header),
        (115, [(100, filler(5, "。"))]),
        (130, [(70, "3"), (100, filler(6, "。")), (320, filler(2))]),
        (145, [(70, "4"), (100, filler(7, "。")), (320, filler(2))]),
    ])
    rows = layout_from_pages([first, second], "synthetic.pdf").grids[0].rows
    assert [(texts(row), row.after_break) for row in rows[3:5]] == [
        (("序号", "具体举措", "责任单位"), True), (("", filler(5, "。"), ""), False)]


def test_union_of_columns_keeps_both_outer_edges():
    four = (Boundary(60, 60), Boundary(100, 110), Boundary(200, 210), Boundary(500, 500))
    five = (Boundary(62, 62), Boundary(100, 110), Boundary(200, 210), Boundary(400, 410), Boundary(510, 510))
    assert union_columns(four, five, 4.0) == (Boundary(60, 60), Boundary(100, 110), Boundary(200, 210),
                                              Boundary(400, 410), Boundary(500, 500))


# ─── small pieces ─────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "text, value",
    [("108 试点地区", 108), ("2. 推动广东", 2), ("（三）全面", 3), ("十二、加强", 12), ("15个工作日", None), ("7、23、28", None)],
)
def test_enumerator_value(text, value):
    assert enumerator_value(text) == value


def test_settings_reject_nonsense():
    with pytest.raises(ValueError, match="gutter_em"):
        PdfSettings(gutter_em=0)
    with pytest.raises(ValueError, match="margin_fraction"):
        PdfSettings(margin_fraction=0.6)
    with pytest.raises(ValueError, match="processes"):
        PdfSettings(processes=0)
    with pytest.raises(ValueError, match="line_overlap"):
        PdfSettings(line_overlap=1.5)


def test_settings_given_as_text_are_parsed_by_their_type():
    changed = PdfSettings().with_values({"gutter_em": "0.8", "processes": "3"})
    assert (changed.gutter_em, changed.processes) == (0.8, 3)
    assert replace(changed, gutter_em=PdfSettings().gutter_em, processes=1) == PdfSettings()


@pytest.mark.parametrize(
    "values, message",
    [
        ({"gutter": "1"}, "unknown PDF setting 'gutter'"),
        ({"processes": "1.5"}, "PDF setting processes must be a whole number, not '1.5'"),
        ({"row_gap_em": "wide"}, "PDF setting row_gap_em must be a number, not 'wide'"),
        ({"row_gap_em": "-1"}, "PdfSettings.row_gap_em must be a positive number, not -1.0"),
    ],
)
def test_settings_given_as_text_are_validated(values, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        PdfSettings().with_values(values)


def test_read_document_takes_the_pdf_settings():
    path = VARIANTS / "three-line.pdf"
    with pytest.raises(NoTaskTable):  # no gutter is this wide: no table is found
        read_document(path, settings=PdfSettings(gutter_em=20))
    assert len(read_document(path, settings=PdfSettings(processes=2, parallel_min_pages=1)).measures) == 56


def test_cli_passes_pdf_settings_and_rejects_unknown_ones_in_one_line():
    from typer.testing import CliRunner

    from pilotplans.cli import app

    path = str(VARIANTS / "three-line.pdf")
    ok = CliRunner().invoke(app, ["extract", "-f", "csv", "--pdf-workers", "2", "--pdf-setting", "gutter_em=1.0", path])
    assert ok.exit_code == 0 and len(ok.stdout.splitlines()) == 1 + 56
    wide = CliRunner().invoke(app, ["extract", "--pdf-setting", "gutter_em=20", path])
    assert wide.exit_code == 1 and "no task table or task list found" in wide.stderr
    bad = CliRunner().invoke(app, ["extract", "--pdf-setting", "gutter=1", path])
    assert bad.exit_code == 1
    assert bad.stderr.startswith("error: unknown PDF setting 'gutter' (known: rule_snap, ")
    assert len(bad.stderr.splitlines()) == 1


def test_pdfs_read_by_several_file_workers_read_their_pages_in_those_workers():
    # a worker process may start no pool of its own: the file workers read a PDF's pages themselves
    from pilotplans.ingest.reading import read_paths

    paths = [VARIANTS / "three-line.pdf", VARIANTS / "landscape-grid.pdf"]
    settings = PdfSettings(processes=2, parallel_min_pages=1)
    alone = read_paths(paths, lambda _path: None, settings=settings, workers=1)
    spread = read_paths(paths, lambda _path: None, settings=settings, workers=2)
    assert (spread.failures, alone.failures) == ([], [])
    assert spread.documents == alone.documents
    assert [len(d.measures) for d in spread.documents] == [56, len(alone.documents[1].measures)]


def test_a_rebuild_reads_its_pdfs_with_the_settings_given_over_its_file_workers(tmp_path):
    from pilotplans.ingest.dataset import RebuildFailed, rebuild_dataset
    from pilotplans.store.db import sqlite_url

    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("three-line.pdf", "landscape-grid.pdf"):
        (raw / name).write_bytes((VARIANTS / name).read_bytes())
    out = tmp_path / "out"
    with pytest.raises(RebuildFailed) as failed:  # no gutter is this wide: three-line.pdf has no table
        rebuild_dataset(raw, out, sqlite_url(out / "p.db"), settings=PdfSettings(gutter_em=20, processes=2), workers=2)
    assert [(Path(f.path).name, type(f).__name__) for f in failed.value.failures] == [("three-line.pdf", "NoTaskTable")]
    assert "no task table or task list found" in failed.value.failures[0].cause


def skipped_heading_pages() -> list[PageContent]:
    """A table whose heading column's cell (（四）…) fills its last line before a page break, and
    whose next page opens with the heading after next (（六）…: the numbering skips （五）)."""
    header = [(70, "试点任务"), (150, "序号"), (180, "具体举措"), (400, "责任分工")]
    first = [
        (100, header),
        (115, [(70, "（四）全面探索"), (150, "1"), (180, filler(12, "。")), (400, filler(4))]),
        (130, [(70, "创新发展新模式"), (150, "2"), (180, filler(10, "。")), (400, filler(5))]),
        (145, [(150, "3"), (180, filler(9, "。")), (400, filler(3))]),
    ]
    second = [
        (100, header),
        (115, [(70, "（六）探索优化"), (150, "4"), (180, filler(7, "。")), (400, filler(4))]),
        (130, [(70, "政策体系"), (150, "5"), (180, filler(11, "。")), (400, filler(5))]),
        (145, [(150, "6"), (180, filler(6, "。")), (400, filler(2))]),
    ]
    return [synthetic_page(1, first), synthetic_page(2, second)]


def test_a_heading_further_on_in_the_numbering_opening_a_page_is_a_heading_of_its_own():
    rows = layout_from_pages(skipped_heading_pages(), "synthetic.pdf").grids[0].rows
    assert [texts(row)[:2] for row in rows if texts(row)[1] in "123456"] == [
        ("（四）全面探索创新发展新模式", "1"), ("（四）全面探索创新发展新模式", "2"), ("（四）全面探索创新发展新模式", "3"),
        ("（六）探索优化政策体系", "4"), ("（六）探索优化政策体系", "5"), ("（六）探索优化政策体系", "6")]


@pytest.mark.parametrize(
    "first, text, later",
    [("（四）全面探索", "（六）探索优化", True), ("三、加强", "五、完善", True), ("（4）推进", "（6）落实", True),
     ("（四）全面探索", "（三）提升", False), ("（四）全面探索", "（6）落实", False), ("四、加强", "（六）探索", False),
     ("（四）全面探索", "6、落实", False), ("全面探索", "（六）探索", False)],
)
def test_opens_later_heading(first, text, later):
    assert opens_later_heading(first, text) is later


def test_a_label_wrapping_above_and_below_the_others_stays_in_the_opening_header():
    # the generated layout 4160000909 (python -m tests.layouts 4160000909): three-line rules, a
    # narrow 备注 column printing 备 above the other labels' line and 注 below it; that line of
    # labels is the opening header's, not a second table's header of its own
    document = read_document(VARIANTS / "wrapped-label-three-line.pdf")
    assert [tuple(t.columns) for t in document.tables] == [
        ("试点任务", "序号", "任务内容", "牵头单位", "协同单位", "完成时间", "适用范围", "备注")]
    assert [(m.number, m.remarks) for m in document.measures if m.number in (44, 45, 46, 49, 77)] == [
        (44, None), (45, None), (46, "需争取国家部委支持"), (49, "拟先行先试"), (77, "已有工作基础")]

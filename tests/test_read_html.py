"""read_html: web pages into Layout (charset, document order, rowspan/colspan expanded)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.layout import Cell, Grid, Layout, Paragraph, Row, Where
from pilotplans.parsers.docx import read_docx
from pilotplans.parsers.html import declared_charset, decode_html, read_html

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def page() -> Layout:
    return read_html((FIXTURES / "national-2020-tasks.html").read_bytes(), "national-2020-tasks.html")


def html_layout(markup: str, encoding: str = "utf-8") -> Layout:
    return read_html(markup.encode(encoding), "page.html")


def texts(row: Row) -> list[tuple[str, ...]]:
    return [cell.paragraphs for cell in row.cells]


def origins(row: Row) -> list[str | None]:
    return [cell.merged_from for cell in row.cells]


# --- the national 2020 page -----------------------------------------------------------------


def test_page_blocks_in_document_order(page):
    assert page.format == "html"
    assert page.source == "national-2020-tasks.html"
    # the menu, breadcrumbs and tools (【字体：大 中 小】 打印本页) are blocks of links: chrome, not read
    assert [type(block) for block in page.blocks] == [Paragraph] + [Grid] + [Paragraph] * 2
    assert page.paragraphs[0].text == "全面深化服务贸易创新发展试点任务、具体举措及责任分工"
    # the site's footer (<div class="footer">【打印本页】【关闭窗口】) is chrome, not read
    assert page.paragraphs[-1].text.startswith("2. 重庆市试点范围为下述21个市辖区")


def test_page_grid_has_114_rows_of_four_cells(page):
    (grid,) = page.grids
    assert len(grid.rows) == 114
    assert {len(row.cells) for row in grid.rows} == {4}


def test_page_header_row(page):
    assert texts(page.grids[0].rows[0]) == [("试点任务",), ("序号",), ("具体举措",), ("责任分工",)]


def test_page_rowspan_category_is_copied_with_merged_from_above(page):
    rows = page.grids[0].rows
    category = ("(一) 全面探索完善管理体制", "深入推进“放管服”改革，努力形成更加统一、权责更加一致、统筹更加有力、服务更加到位的服务业与贸易管理体制。")
    assert rows[1].cells[0] == Cell(category)
    assert [row.cells[0] for row in rows[2:26]] == [Cell(category, merged_from="above")] * 24
    assert rows[26].cells[0].merged_from is None


def test_page_colspan_cell_is_repeated_with_merged_from_left(page):
    row = page.grids[0].rows[108]
    assert origins(row) == [None, None, "left", None]
    assert row.cells[2].paragraphs == row.cells[1].paragraphs


def test_page_packed_107_to_113_cell_keeps_one_paragraph_per_measure(page):
    cell = page.grids[0].rows[108].cells[1]
    assert [p.split(" ", 1)[0] for p in cell.paragraphs] == ["107", "108", "109", "110", "111", "112", "113"]
    assert cell.paragraphs[3] == "110 依托中国人民银行征信中心动产融资统一登记公示系统，在试点地区推进动产和权利担保登记公示制度。"
    assert len(page.grids[0].rows[108].cells[3].paragraphs) == 6


def test_page_grid_equals_the_docx_grid_of_the_same_document(page):
    docx_layout = read_docx((FIXTURES / "national-2020-tasks.docx").read_bytes(), "national-2020-tasks.docx")
    assert page.grids == docx_layout.grids


def test_html_provenance_is_empty_and_no_row_starts_after_a_break(page):
    grid = page.grids[0]
    assert {cell.where for row in grid.rows for cell in row.cells} | {row.where for row in grid.rows} == {Where()}
    assert not any(row.after_break for row in grid.rows)


# --- decoding -------------------------------------------------------------------------------


def test_gb2312_page_reads_to_the_same_blocks_as_the_utf8_page(page):
    gb_page = read_html((FIXTURES / "national-2020-tasks.gb2312.html").read_bytes(), "national-2020-tasks.html")
    assert gb_page == page


def test_gb2312_declaration_decodes_as_gb18030():
    assert declared_charset((FIXTURES / "national-2020-tasks.gb2312.html").read_bytes()) == "gb18030"
    markup = '<html><head><meta charset="gb2312"></head><body><p>䶮字不在GB2312中</p></body></html>'
    assert [p.text for p in html_layout(markup, "gb18030").paragraphs] == ["䶮字不在GB2312中"]


def test_http_equiv_content_type_declares_the_charset():
    markup = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body><p>试点任务</p></body></html>'
    assert declared_charset(markup.encode("gbk")) == "gb18030"
    assert [p.text for p in html_layout(markup, "gbk").paragraphs] == ["试点任务"]


def test_utf16_declaration_is_read_as_utf8():
    assert declared_charset(b'<meta charset="utf-16">') == "utf-8"


def test_bom_decides_when_there_is_no_declaration():
    data = codecs.BOM_UTF8 + "<p>责任分工</p>".encode("utf-8")
    assert decode_html(data) == "<p>责任分工</p>"
    assert decode_html(codecs.BOM_UTF16_LE + "<p>责任分工</p>".encode("utf-16-le")) == "<p>责任分工</p>"


def test_undeclared_gbk_page_is_detected(page):
    data = (FIXTURES / "national-2020-tasks.gb2312.html").read_bytes().replace(b'<meta charset="gb2312">', b"")
    assert declared_charset(data) is None
    assert read_html(data, "national-2020-tasks.html") == page


def test_short_undeclared_gbk_text_is_read_as_chinese():
    assert decode_html("<p>服务贸易创新发展试点</p>".encode("gbk")) == "<p>服务贸易创新发展试点</p>"


# --- paragraphs -----------------------------------------------------------------------------


def test_script_style_head_and_hidden_elements_are_skipped():
    markup = (
        "<html><head><title>标题栏</title><style>p{}</style></head><body>"
        "<script>var a = '脚本';</script><p hidden>隐藏一</p><div style='display: none'>隐藏二</div><p>正文</p>"
        "</body></html>"
    )
    assert [p.text for p in html_layout(markup).paragraphs] == ["正文"]


def test_source_whitespace_collapses_and_full_width_space_is_kept():
    markup = "<p>\n    试点\t\t任务 and\n  more\n    具体\u3000\u3000举措  </p>"
    assert [p.text for p in html_layout(markup).paragraphs] == ["试点 任务 and more 具体\u3000\u3000举措"]


def test_a_source_line_wrap_inside_chinese_text_is_no_space():
    markup = "<p>加强统筹\r\n协调，<span>推进</span>\n  <span>审批</span>改革。</p>"
    assert [p.text for p in html_layout(markup).paragraphs] == ["加强统筹协调，推进审批改革。"]


def test_br_separates_paragraphs_in_the_body():
    markup = "<h1>海南省服务贸易创新发展联席会议办公室<br>\n  关于印发实施方案的通知</h1>"
    assert [p.text for p in html_layout(markup).paragraphs] == ["海南省服务贸易创新发展联席会议办公室", "关于印发实施方案的通知"]


def test_items_printed_one_a_line_in_a_div_are_paragraphs_of_their_own():
    markup = ("<div>&nbsp;&nbsp;&nbsp;&nbsp;一、主要任务<br/>\u3000\u3000（一）完善管理体制<br>"
              "\u3000\u30001.加强统筹协调。（责任单位：市商务局）<br><br></div>")
    assert [p.text for p in html_layout(markup).paragraphs] == [
        "一、主要任务", "（一）完善管理体制", "1.加强统筹协调。（责任单位：市商务局）"]


def test_text_split_over_spans_is_joined():
    markup = '<p><span style="font-family:仿宋">1.</span><span>加强</span><b>统筹</b><span lang="EN-US">协调</span>。</p>'
    assert [p.text for p in html_layout(markup).paragraphs] == ["1.加强统筹协调。"]


def test_block_elements_split_paragraphs_in_document_order():
    markup = "<div>前言<div>内层</div>后记</div><ul><li>第一项</li><li>第二<b>项</b></li></ul><h2>二、主要任务</h2>"
    assert [p.text for p in html_layout(markup).paragraphs] == ["前言", "内层", "后记", "第一项", "第二项", "二、主要任务"]


def test_caption_is_a_paragraph_before_its_grid():
    layout = html_layout("<table><caption>附件1</caption><tr><td>序号</td><td>具体举措</td></tr></table>")
    assert layout.blocks == (Paragraph("附件1"), Grid((layout.grids[0].rows[0],)))


# --- tables ---------------------------------------------------------------------------------


def test_p_br_and_div_inside_a_cell_are_separate_paragraphs():
    layout = html_layout("<table><tr><td><p>甲</p>乙<br>丙<div>丁</div>\n</td><td>1</td></tr></table>")
    assert layout.grids[0].rows[0].cells[0].paragraphs == ("甲", "乙", "丙", "丁")


def test_rowspan_and_colspan_together_expand_to_a_block_of_copies():
    layout = html_layout(
        "<table><tr><td rowspan='2' colspan='2'>A</td><td>B</td></tr><tr><td>C</td></tr></table>"
    )
    rows = layout.grids[0].rows
    assert [texts(row) for row in rows] == [[("A",), ("A",), ("B",)], [("A",), ("A",), ("C",)]]
    assert [origins(row) for row in rows] == [[None, "left", None], ["above", "above", None]]


def test_short_rows_are_filled_with_empty_cells():
    rows = html_layout("<table><tr><td>1</td><td>2</td><td>3</td></tr><tr><td>4</td></tr></table>").grids[0].rows
    assert texts(rows[1]) == [("4",), (), ()]
    assert origins(rows[1]) == [None, None, None]


def test_rowspan_past_the_last_row_stops_at_the_table_end():
    rows = html_layout("<table><tr><td rowspan='9'>类</td><td>1</td></tr><tr><td>2</td></tr></table>").grids[0].rows
    assert len(rows) == 2
    assert texts(rows[1]) == [("类",), ("2",)]


def test_thead_tbody_and_tfoot_rows_stay_in_source_order():
    markup = (
        "<table><thead><tr><th>序号</th><th>举措</th></tr></thead><tbody><tr><td>1</td><td>甲</td></tr></tbody>"
        "<tfoot><tr><td>注</td></tr></tfoot></table>"
    )
    assert [texts(row) for row in html_layout(markup).grids[0].rows] == [
        [("序号",), ("举措",)], [("1",), ("甲",)], [("注",), ()]]


def test_nested_table_in_a_cell_is_flattened_into_its_paragraphs():
    markup = "<table><tr><td>上<table><tr><td>甲</td><td>乙</td></tr></table>下</td><td>右</td></tr><tr><td>1</td><td>2</td></tr></table>"
    layout = html_layout(markup)
    assert len(layout.grids) == 1
    assert texts(layout.grids[0].rows[0]) == [("上", "甲", "乙", "下"), ("右",)]


def test_layout_table_around_a_larger_table_is_read_as_page_flow():
    markup = (
        "<table><tr><td><p>附件</p>"
        "<table><tr><td>序号</td><td>具体举措</td></tr><tr><td>1</td><td>甲</td></tr></table>"
        "<p>注：略</p></td></tr></table>"
    )
    layout = html_layout(markup)
    assert [type(block) for block in layout.blocks] == [Paragraph, Grid, Paragraph]
    assert [texts(row) for row in layout.grids[0].rows] == [[("序号",), ("具体举措",)], [("1",), ("甲",)]]


# --- unreadable input -----------------------------------------------------------------------


def test_empty_file_is_unreadable():
    with pytest.raises(UnreadableFile, match=r"^blank\.html: empty file, not an HTML page$"):
        read_html(b" \n", "blank.html")


def test_binary_file_is_unreadable():
    with pytest.raises(UnreadableFile, match=r"^image\.html: binary data \(control characters\), not an HTML page$"):
        read_html(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "image.html")


def test_stray_nul_character_is_dropped():
    assert [p.text for p in read_html("<p>试点\x00任务</p>".encode(), "nul.html").paragraphs] == ["试点任务"]


def test_a_sites_footer_and_navigation_are_not_read_as_the_plans_text():
    from pilotplans.ingest.pipeline import read_document

    document = read_document(FIXTURES / "notices" / "web-page-chrome.html")
    assert [(m.number_raw, m.responsibility) for m in document.measures] == [
        ("1.", "牵头单位：市商务局；责任单位：市自然资源和规划局"), ("2.", None),
    ]
    assert [w.code for w in document.measures[1].warnings] == ["responsibility_missing"]
    texts = [b.text for b in read_html((FIXTURES / "notices" / "web-page-chrome.html").read_bytes(), "x.html").blocks]
    assert not [t for t in texts if "主办单位" in t or "ICP" in t or "当前位置" in t or t.startswith("首页")]
    assert "注：便民商业设施配建标准另行制定。" in texts  # a class word that only begins like a chrome word (footnote)


def test_plain_lines_before_the_markup_of_a_body_fragment_are_lines_of_their_own():
    # a law database's information lines, then the notice in <p> markup without <html>/<body>
    data = "发文机关:甘肃省人民政府办公厅\n文号 :甘政办发〔2021〕48号\n<p>各市人民政府:</p><p>现印发给你们。</p>".encode()
    assert [p.text for p in read_html(data, "f.txt").paragraphs] == [
        "发文机关:甘肃省人民政府办公厅", "文号 :甘政办发〔2021〕48号", "各市人民政府:", "现印发给你们。"]


def test_text_before_the_markup_of_a_whole_page_runs_as_the_browser_runs_it():
    data = "<!DOCTYPE html>\n<html><body>第一行\n第二行<p>各市人民政府:</p></body></html>".encode()
    assert [p.text for p in read_html(data, "f.html").paragraphs] == ["第一行第二行", "各市人民政府:"]


# A page whose measures are an ordered list prints their numbers only on screen (<ol><li>…</li>):
# the text holds no 1. 2., and the measures read as unnumbered paragraphs.

def test_the_items_of_an_ordered_list_open_with_the_numbers_a_browser_shows():
    data = ("<html><body><p>一、提升政务服务效能</p><ol><li>推行一网通办。（责任单位：区政务服务中心）</li>"
            "<li>推行告知承诺制。（责任单位：区司法局）</li></ol><ol start=\"3\"><li>降低用电成本。</li></ol></body></html>").encode()
    assert [p.text for p in read_html(data, "ol.html").paragraphs] == [
        "一、提升政务服务效能", "1.推行一网通办。（责任单位：区政务服务中心）", "2.推行告知承诺制。（责任单位：区司法局）",
        "3.降低用电成本。"]


def test_the_items_of_an_unordered_list_or_a_lettered_one_get_no_number():
    data = ("<html><body><ul><li>网站首页</li><li>政务公开</li></ul>"
            "<ol type=\"a\"><li>推行一网通办。</li></ol></body></html>").encode()
    assert [p.text for p in read_html(data, "ul.html").paragraphs] == ["网站首页", "政务公开", "推行一网通办。"]


# A site that prints the numbers in the items' own text hides the browser's (list-style: none), or
# shows both: the item's own number is the one it has, and no second one is put before it.

def test_an_ordered_list_whose_items_print_their_own_numbers_gets_no_second_number():
    data = ("<html><body><ol><li>1．推行一网通办。（责任单位：区政务服务中心）</li>"
            "<li>（2）推行告知承诺制。</li></ol></body></html>").encode()
    assert [p.text for p in read_html(data, "ol.html").paragraphs] == [
        "1．推行一网通办。（责任单位：区政务服务中心）", "（2）推行告知承诺制。"]


def test_an_ordered_list_styled_without_markers_gets_no_number():
    data = ("<html><body><ol style=\"list-style-type: none\"><li>推行一网通办。</li></ol>"
            "<ol style=\"list-style:none;margin:0\"><li>推行告知承诺制。</li></ol></body></html>").encode()
    assert [p.text for p in read_html(data, "ol.html").paragraphs] == ["推行一网通办。", "推行告知承诺制。"]

"""Government web pages as sites publish them: the notice wrapped in the site's chrome (menus,
breadcrumbs, an information table, tools, related links, footer), in the templates of real sites
(see tests/fixtures/web-pages/SOURCES.md; the plans' wording is invented)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pilotplans.errors import PilotplansError
from pilotplans.ingest.pipeline import read_document
from pilotplans.layout import Grid, Paragraph
from pilotplans.parsers.html import decode_html, read_html
from pilotplans.parsers.info_rows import InfoField, read_info_line
from pilotplans.parsers.metadata import read_metadata
from pilotplans.parsers.titles import is_title_part

PAGES = Path(__file__).parent / "fixtures" / "web-pages"


def metadata(name: str) -> tuple:
    document = read_document(PAGES / name)
    return document.title, document.doc_no, document.issuer, document.date, document.level, document.region


def measures(name: str) -> list[tuple]:
    return [(m.number, m.heading_path, m.text, m.responsibility) for m in read_document(PAGES / name).measures]


def layout(markup: str):
    return read_html(f"<html><body>{markup}</body></html>".encode(), "x.html")


# --- pages that read right ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["hangzhou-trs-task-table.html", "hangzhou-trs-task-table.gb2312.html"])
def test_trs_page_with_info_table_tools_and_task_table(name):
    assert metadata(name) == ("杭州市人民政府办公厅关于印发杭州市推进服务业扩大开放综合试点工作方案的通知",
                              "杭政办函〔2023〕41号", "杭州市人民政府办公厅", dt.date(2023, 6, 20), "municipal", "杭州")
    found = measures(name)
    assert [(n, r) for n, _, _, r in found] == [
        (1, "市科技局\n市财政局"), (2, "市科技局、市商务局"), (3, "市委网信办\n市数据局"), (4, "市商务局\n杭州海关"),
        (5, "市市场监管局")]
    assert found[0][2] == "建设一批概念验证中心和中试平台，对认定的平台按建设投入的20%给予补助，单个最高300万元。"


def test_undeclared_gbk_page_with_red_head_over_three_lines():
    assert metadata("huaihua-red-head.gbk-undeclared.html") == (
        "怀化市人民政府办公室关于印发《怀化市促进服务消费提质扩容若干措施》的通知", "怀政办发〔2023〕10号",
        "怀化市人民政府办公室", dt.date(2023, 3, 15), "municipal", "怀化")
    assert [(n, r) for n, _, _, r in measures("huaihua-red-head.gbk-undeclared.html")] == [
        (1, "市文旅广体局、市财政局"), (2, "市文旅广体局"), (3, "市卫生健康委、市发展改革委")]


def test_gkmlpt_page_reads_the_notice_not_its_publication_date():
    # 发布日期 2023-04-18 is the site's; 成文日期 and the signature say 2023-04-11
    assert metadata("dongguan-gkmlpt-prose.html") == (
        "东莞市人民政府办公室关于印发东莞市进一步优化营商环境若干措施的通知", "东府办〔2023〕15号",
        "东莞市人民政府办公室", dt.date(2023, 4, 11), "municipal", "东莞")
    assert [n for n, *_ in measures("dongguan-gkmlpt-prose.html")] == [1, 2, 3]


def test_county_page_whose_info_list_names_the_site_as_issuer():
    assert metadata("zhenba-info-list.html") == (
        "镇巴县人民政府办公室关于印发镇巴县稳住经济大盘实施方案的通知", "镇政办发〔2022〕21号",
        "镇巴县人民政府办公室", dt.date(2022, 6, 10), "county", "镇巴县")
    assert [(n, r) for n, _, _, r in measures("zhenba-info-list.html")] == [
        (1, "县财政局"), (2, "县税务局"), (3, "县发改局")]


# --- a page laid out in tables of one column ---------------------------------------------------


def test_page_laid_out_in_one_column_tables_reads_its_notice():
    assert metadata("jining-layout-tables.html") == (
        "济宁市人民政府关于推进自由贸易试验区联动创新的实施意见", "济政字〔2023〕30号", "济宁市人民政府",
        dt.date(2023, 7, 12), "municipal", "济宁")
    assert [(n, h, r) for n, h, _, r in measures("jining-layout-tables.html")] == [
        (1, ["推进投资便利化"], "市商务局牵头，市市场监管局配合"), (2, ["推进投资便利化"], "市商务局、济宁海关负责"),
        (3, ["推进贸易便利化"], "济宁海关牵头")]


def test_page_laid_out_in_two_columns_with_a_menu_column_reads_its_notice():
    name = "ruicheng-two-column-layout.gb2312.html"
    assert metadata(name) == ("芮城县人民政府办公室关于印发芮城县优化营商环境攻坚行动方案的通知", "芮政办发〔2022〕18号",
                              "芮城县人民政府办公室", dt.date(2022, 5, 20), "county", "芮城县")
    assert [(n, h, r) for n, h, _, r in measures(name)] == [
        (1, ["提升政务服务效能"], "县行政审批局"), (2, ["提升政务服务效能"], "县行政审批局、县税务局"),
        (3, ["优化要素保障"], "县自然资源局")]


def test_task_table_whose_owners_are_links_stays_a_grid():
    found = layout("<table><tr><td>1</td><td>推进服务外包保税监管。</td><td><a>市商务局</a></td></tr>"
                   "<tr><td>2</td><td>设立引导资金。</td><td><a>市财政局</a></td></tr></table>")
    assert [type(block) for block in found.blocks] == [Grid]


def test_table_of_one_column_is_read_as_page_flow():
    found = layout("<table><caption>标题</caption><tr><td><p>甲</p>乙</td></tr><tr><td>丙</td></tr></table>")
    assert found.blocks == (Paragraph("标题"), Paragraph("甲"), Paragraph("乙"), Paragraph("丙"))


def test_table_of_two_columns_stays_a_grid():
    found = layout("<table><tr><td>1</td><td>甲</td></tr><tr><td>2</td></tr></table>")
    assert [type(block) for block in found.blocks] == [Grid]


# --- menus and headlines -------------------------------------------------------------------------


def test_a_menu_line_is_no_part_of_a_title():
    assert not is_title_part("首页 新闻中心 政务公开")
    assert not is_title_part("当前位置：首页")


def test_a_title_naming_a_home_page_is_still_one():
    assert is_title_part("关于规范政府网站首页管理的通知")


def test_a_headline_with_the_sites_column_before_a_bar_gives_the_title():
    found = read_metadata([Paragraph("政务服务丨济宁市人民政府关于推进自由贸易试验区联动创新的实施意见")])
    assert (found.title, found.issuer) == ("济宁市人民政府关于推进自由贸易试验区联动创新的实施意见", "济宁市人民政府")


def test_a_news_headline_with_a_bar_gives_no_title():
    assert read_metadata([Paragraph("新闻中心丨市领导调研自贸试验区建设")]).title is None


def test_toolbar_and_qr_code_printed_before_the_headline_stay_out_of_the_title():
    assert metadata("wuhan-toolbar-and-qr-before-title.html") == (
        "武汉市人民政府办公厅关于印发武汉市深化服务贸易创新发展试点实施方案的通知", "武政办〔2021〕52号",
        "武汉市人民政府办公厅", dt.date(2021, 4, 30), "municipal", "武汉")
    assert [(n, r) for n, _, _, r in measures("wuhan-toolbar-and-qr-before-title.html")] == [
        (1, "市商务局"), (2, "市卫健委、市商务局")]


def test_toolbar_lines_are_no_title_part():
    assert not is_title_part("无障碍浏览 长者模式")
    assert not is_title_part("扫一扫在手机打开当前页")
    assert is_title_part("关于推进无障碍环境建设的实施方案")


def test_search_box_and_logo_above_a_plan_printed_one_line_a_br():
    assert metadata("qingdao-search-box-br-lines.html") == (
        "青岛市人民政府办公厅关于印发青岛市全面深化服务贸易创新发展试点任务分工的通知", "青政办字〔2022〕35号",
        "青岛市人民政府办公厅", dt.date(2022, 6, 28), "municipal", "青岛")
    assert [(n, h, r) for n, h, _, r in measures("qingdao-search-box-br-lines.html")] == [
        (1, ["推进服务贸易改革"], "市商务局、市统计局"), (2, ["推进服务贸易改革"], "市科技局"),
        (3, ["扩大服务业开放"], "市文化和旅游局")]


def test_a_class_word_that_only_begins_like_search_is_read():
    assert [p.text for p in layout('<div class="searchable-content"><p>正文</p></div>').paragraphs] == ["正文"]


# --- blocks of links -------------------------------------------------------------------------------


def test_navigation_links_run_together_are_not_read_into_the_title():
    # <div class="nav"><a>首页</a><a>信息公开</a></div> prints 首页信息公开 with no gap
    assert metadata("xiamen-info-table-nav-links.html") == (
        "厦门市推动外贸保稳提质工作方案", "厦商务〔2022〕88号", "厦门市商务局", dt.date(2022, 8, 25), "municipal", "厦门")


def test_related_articles_after_the_plan_are_no_measures():
    assert [(n, r) for n, _, _, r in measures("hefei-related-links.html")] == [(1, "市商务局"), (2, "市数据资源局")]
    document = read_document(PAGES / "hefei-related-links.html")
    assert [m.cooperating for m in document.measures] == ["市财政局", None]
    assert not [w for m in document.measures for w in m.warnings]


def test_blocks_of_links_are_chrome():
    found = layout('<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a></div>'
                   '<div>【<a>打印本页</a>】【<a>关闭窗口</a>】</div>'
                   '<ul><li><a>甲方案</a><span>2023-06-26</span></li><li><a>乙方案</a><span>2023-05-11</span></li></ul>'
                   "<p>正文</p>")
    assert [p.text for p in found.paragraphs] == ["正文"]


def test_a_sentence_citing_two_linked_documents_is_read():
    markup = "<p>按照<a>《甲方案》</a>和<a>《乙方案》</a>要求，推进试点任务落实。（责任单位：市商务局）</p>"
    assert [p.text for p in layout(markup).paragraphs] == ["按照《甲方案》和《乙方案》要求，推进试点任务落实。（责任单位：市商务局）"]


@pytest.mark.parametrize(("markup", "text"), [
    # a numbered item whose words are mostly links: it was dropped as a block of links
    ("<p>3.推广<a>单一窗口</a>、<a>提前申报</a>（区商务局负责）</p>", "3.推广单一窗口、提前申报（区商务局负责）"),
    ("<p>（二）落实<a>《甲方案》</a>和<a>《乙方案》</a></p>", "（二）落实《甲方案》和《乙方案》"),
    # a short sentence whose words are links
    ("<p>推广<a>单一窗口</a>和<a>提前申报</a>。</p>", "推广单一窗口和提前申报。"),
])
def test_an_item_or_sentence_whose_words_are_links_is_read(markup, text):
    assert [p.text for p in layout(markup).paragraphs] == [text]


@pytest.mark.parametrize("links", [
    "<ul><li><a>1.甲方案</a></li><li><a>2.乙方案</a></li></ul>",  # numbered inside its links
    "<ul><li>1. <a>甲方案</a></li><li>2. <a>乙方案</a></li></ul>",  # numbers and nothing else beside its links
    "<div>（一）<a>甲方案</a> （二）<a>乙方案</a></div>",
])
def test_a_numbered_list_of_links_alone_is_still_chrome(links):
    found = layout(links + "<p>正文</p>")
    assert [p.text for p in found.paragraphs] == ["正文"]


def test_attachment_links_are_read():
    markup = '<div>附件：<a href="1.pdf">任务分工表</a> <a href="2.pdf">政策清单</a></div>'
    assert [p.text for p in layout(markup).paragraphs] == ["附件：任务分工表 政策清单"]


# --- task tables ---------------------------------------------------------------------------------


def test_header_of_two_levels_gives_the_columns_under_the_group_label():
    document = read_document(PAGES / "changchun-two-level-header.html")
    assert [(m.number, m.responsibility, m.cooperating, m.deadline) for m in document.measures] == [
        (1, "市工信局", "市科技局、市商务局", "2023年底"), (2, "市卫健委", None, "长期")]
    assert [(d.raw, d.role) for d in document.measures[0].departments] == [
        ("市工信局", "lead"), ("市科技局", "assist"), ("市商务局", "assist")]


def test_a_first_row_under_a_spanning_label_is_a_measure_not_a_second_header_row(tmp_path):
    page = tmp_path / "plan.html"
    page.write_text("<html><body><p>某市服务业扩大开放重点任务分工表</p><table>"
                    "<tr><th>序号</th><th>重点任务</th><th colspan='2'>责任单位</th></tr>"
                    "<tr><td>1</td><td>建设平台。</td><td>市工信局</td><td>市商务局</td></tr>"
                    "<tr><td>2</td><td>开展试点。</td><td>市卫健委</td><td></td></tr></table></body></html>", "utf-8")
    document = read_document(page)
    assert [(m.number, m.text, m.responsibility) for m in document.measures] == [
        (1, "建设平台。", "市工信局"), (2, "开展试点。", "市卫健委")]
    # the column under 责任单位's span has no role of its own: what it holds is said to be unread
    assert [(w.code, w.message) for w in document.warnings if w.code == "column_unlabelled"] == [("column_unlabelled", (
        "row 2: column 4 sits under the label 责任单位 spanning it from column 3, and its text is not read: 市商务局"))]


def test_a_header_of_two_levels_leaves_no_column_unread():
    document = read_document(PAGES / "changchun-two-level-header.html")
    assert not [w for w in document.warnings if w.code == "column_unlabelled"]


# --- information tables ------------------------------------------------------------------------


def test_information_labels_in_brackets_give_the_number_and_date():
    assert metadata("beijing-bracketed-info-labels.html") == (
        "北京市人民政府办公厅关于印发《北京市深化服务贸易创新发展试点任务分工》的通知", "京政办发〔2021〕7号",
        "北京市人民政府办公厅", dt.date(2021, 3, 12), "municipal", "北京")


def test_bracketed_labels_read_as_labels_with_a_colon():
    assert read_info_line("[成文日期]2021年03月12日 [ 发文字号 ] 京政办发〔2021〕7号") == [
        InfoField("成文日期", "date", "2021年03月12日"), InfoField("发文字号", "doc_no", "京政办发〔2021〕7号")]
    assert read_info_line("【发布机构】北京市人民政府办公厅") == [InfoField("发布机构", "issuer", "北京市人民政府办公厅")]


def test_a_bracketed_note_or_a_sentence_is_no_information_row():
    assert read_info_line("[注]本文有删减") is None
    assert read_info_line("发布机构要加强信息公开") is None


# --- charsets ----------------------------------------------------------------------------------------


def test_utf8_page_declaring_gb2312_is_read_as_utf8():
    data = (PAGES / "beijing-utf8-declared-gb2312.html").read_bytes()
    assert b"charset=gb2312" in data
    assert metadata("beijing-utf8-declared-gb2312.html") == (
        "北京市人民政府办公厅关于印发《北京市深化服务贸易创新发展试点任务分工》的通知", "京政办发〔2021〕7号",
        "北京市人民政府办公厅", dt.date(2021, 3, 12), "municipal", "北京")
    assert [(n, h, r) for n, h, _, r in measures("beijing-utf8-declared-gb2312.html")] == [
        (1, ["完善管理体制"], "市商务局"), (2, ["完善管理体制"], "市商务局"), (3, ["扩大对外开放"], "市人力资源社会保障局")]


def test_gb2312_page_declaring_gb2312_stays_gb18030():
    text = "<html><head><meta charset='gb2312'></head><body><p>厦门市推动外贸保稳提质工作方案</p></body></html>"
    assert decode_html(text.encode("gb2312")) == text


# --- pages without a plan ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["list-page.html", "list-page-table.html", "news-item.html"])
def test_page_without_a_plan_is_refused_in_one_line(name):
    with pytest.raises(PilotplansError) as raised:
        read_document(PAGES / name)
    message = str(raised.value)
    assert "\n" not in message and "no task table or task list found" in message

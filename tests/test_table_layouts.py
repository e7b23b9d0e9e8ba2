"""Table layouts the interpreter reads wherever the reader found them: numbers printed at the
start of the measure's text, headings printed as paragraphs between the parts of one table."""

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES, codes

TABLES = FIXTURES / "tables"


def test_numbers_printed_at_the_start_of_the_text_are_the_measures_numbers():
    document = read_document(TABLES / "numbers-in-text-headings-between-parts.txt")
    assert [(m.number, m.number_raw, m.text) for m in document.measures] == [
        (1, "（1）", "支持外资设立演出经纪机构。"), (2, "（2）", "扩大教育领域对外开放。"),
        (3, "（3）", "推进国际贸易“单一窗口”建设。"), (4, "（4）", "优化进出口货物查验模式。"),
    ]
    assert not any(codes(m) for m in document.measures if set(codes(m)) - {"department_unresolved"})


def test_headings_printed_above_each_part_of_a_table_head_its_rows():
    document = read_document(TABLES / "numbers-in-text-headings-between-parts.txt")
    [table] = document.tables
    assert (table.title, [(h.number_raw, h.title) for h in table.headings]) == (
        "金华市服务贸易重点任务分工表", [("一、", "扩大服务领域开放"), ("二、", "提升贸易便利化水平")])
    assert [m.heading_path for m in document.measures] == [["扩大服务领域开放"]] * 2 + [["提升贸易便利化水平"]] * 2
    assert [m.source.row for m in document.measures] == [3, 4, 7, 8]


def test_lists_numbered_inside_each_text_cell_are_no_measure_numbers():
    document = read_document(TABLES / "lists-inside-text-cells.txt")
    assert [(m.number, m.text[:6]) for m in document.measures] == [(None, "1. 探索建"), (None, "1. 允许外"), (None, "1. 支持远")]


def test_a_header_whose_labels_wrap_onto_a_second_row_is_read_whole_and_dropped_where_repeated():
    document = read_document(TABLES / "wrapped-header-heading-rows.txt")
    [table] = document.tables
    assert (table.columns, table.roles) == (
        ["序号", "具体措施", "责任单位", "适用范围", "牵头负责领导"], ["number", "text", "responsibility", "scope", "leader"])
    assert [(m.number, m.text, m.scope, m.leader) for m in document.measures] == [
        (1, "支持外资设立演出经纪机构。", "全市", "王立新"), (2, "扩大教育领域对外开放。", "全市", "赵敏"),
        (3, "推进国际贸易“单一窗口”建设。", "全市", "王立新"),
    ]


def test_a_heading_above_the_table_heads_its_first_rows_when_later_headings_are_rows_across_it():
    document = read_document(TABLES / "wrapped-header-heading-rows.txt")
    assert [h.title for h in document.tables[0].headings] == ["扩大服务领域开放", "提升贸易便利化水平"]
    assert [m.heading_path for m in document.measures] == [["扩大服务领域开放"], ["扩大服务领域开放"], ["提升贸易便利化水平"]]
    assert document.tables[0].title == "丽水市服务贸易重点任务分工表"


def two_level_header_docx(path, second_row):
    """A DOCX task table whose header may print 责任单位 over 牵头单位 | 配合单位, the other labels
    merged down through both header rows."""
    import docx

    document = docx.Document()
    document.add_paragraph("任务分工表")
    rows = [["序号", "具体举措", "责任单位", "", "完成时限"], second_row,
            ["1", "建立服务贸易发展协调机制。", "市商务局", "市发展改革委", "2021年底"]]
    table = document.add_table(rows=3, cols=5)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(0, 2).merge(table.cell(0, 3))
    if not second_row[0]:
        for c in (0, 1, 4):
            table.cell(0, c).merge(table.cell(1, c))
    document.save(path)
    return read_document(path)


def test_a_header_of_two_levels_names_each_column_under_a_spanning_label(tmp_path):
    document = two_level_header_docx(tmp_path / "two-level.docx", ["", "", "牵头单位", "配合单位", ""])
    [table] = document.tables
    assert (table.columns, table.roles) == (
        ["序号", "具体举措", "牵头单位", "配合单位", "完成时限"], ["number", "text", "responsibility", "cooperating", "deadline"])
    [measure] = document.measures
    assert (measure.number, measure.responsibility, measure.cooperating, measure.deadline) == (
        1, "市商务局", "市发展改革委", "2021年底")


def test_a_spanning_label_over_a_data_row_stays_one_header_row(tmp_path):
    document = two_level_header_docx(tmp_path / "one-level.docx", ["1", "加强服务贸易统计监测工作。", "市统计局", "市商务局", "持续推进"])
    [table] = document.tables
    assert table.columns[:3] == ["序号", "具体举措", "责任单位"]
    assert [m.number for m in document.measures] == [1, 1]


# --- a table's title printed over two lines -------------------------------------------------------------

def _page(tmp_path, above: str) -> str:
    path = tmp_path / "page.html"
    path.write_text('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>分工</title></head><body>'
                    f"{above}<table border=\"1\"><tr><td>序号</td><td>具体举措</td><td>责任单位</td></tr>"
                    "<tr><td>1</td><td>探索放宽服务贸易领域市场准入。</td><td>市商务局</td></tr>"
                    "<tr><td>2</td><td>推进技术进出口便利化。</td><td>市科技局</td></tr></table></body></html>", "utf-8")
    return read_document(path).tables[0].title


def test_a_table_title_printed_over_two_lines_is_both(tmp_path):
    # 厦门市全面深化服务贸易创新发展试点 / 任务、具体举措及责任分工 over the table (the layout generator's
    # title_lines=2): the table's title read as its second line alone, 任务、具体举措及责任分工
    assert _page(tmp_path, "<p>厦门市全面深化服务贸易创新发展试点</p><p>任务、具体举措及责任分工</p>") == (
        "厦门市全面深化服务贸易创新发展试点任务、具体举措及责任分工")


def test_a_table_title_under_a_line_ending_like_a_title_or_naming_a_body_is_its_own(tmp_path):
    assert _page(tmp_path, "<p>某市全面深化服务贸易创新发展试点实施方案</p><p>任务分工表</p>") == "任务分工表"
    assert _page(tmp_path, "<p>厦门市商务局</p><p>试点任务分工表</p>") == "试点任务分工表"
    assert _page(tmp_path, "<p>附件1</p><p>试点任务分工表</p>") == "试点任务分工表"
    assert _page(tmp_path, "<p>三、重点任务</p><p>试点任务分工表</p>") == "试点任务分工表"
    assert _page(tmp_path, "<p>厦府办〔2021〕12号</p><p>试点任务分工表</p>") == "试点任务分工表"
    assert _page(tmp_path, "<p>（此件公开发布）</p><p>试点任务分工表</p>") == "试点任务分工表"


def test_the_bundled_national_task_table_printed_as_a_pdf_is_titled_by_both_lines_of_its_title():
    # the PDF breaks the title after 具体举措及: its table was titled 责任分工, the DOCX and HTML the whole
    document = read_document(FIXTURES / "national-2020-tasks.pdf")
    assert [t.title for t in document.tables] == ["全面深化服务贸易创新发展试点任务、具体举措及责任分工"]


def test_the_caption_of_a_table_before_is_no_first_line_of_the_next_table_s_title(tmp_path):
    # national-2018 prints 开放便利举措's table, then 任务及政策保障措施 over the next with no 附件 between
    rows = "<tr><td>1</td><td>推进技术进出口便利化。</td><td>市科技局</td></tr>"
    path = tmp_path / "two.html"
    path.write_text('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>分工</title></head><body>'
                    "<p>试点开放便利举措</p><table border=\"1\"><tr><td>领域</td><td>涉及行业</td></tr>"
                    "<tr><td>金融服务</td><td>银行业</td></tr></table><p>试点任务分工表</p>"
                    f"<table border=\"1\"><tr><td>序号</td><td>具体举措</td><td>责任单位</td></tr>{rows}</table>"
                    "</body></html>", "utf-8")
    assert [t.title for t in read_document(path).tables] == ["试点任务分工表"]


def test_a_table_numbering_its_rows_anew_under_each_heading_repeats_no_number():
    # 1–3 under 一、, 1–2 under 二、 (a local plan's 序号 restarting per task, as its prose lists do): each
    # heading's run is checked alone, as a task list's are (number_duplicate on every restarted row before)
    document = read_document(TABLES / "numbers-restarting-under-each-heading.txt")
    assert [(m.number, m.heading_path[0]) for m in document.measures] == [
        (1, "推进服务贸易改革"), (2, "推进服务贸易改革"), (3, "推进服务贸易改革"),
        (1, "扩大服务领域对外开放"), (2, "扩大服务领域对外开放")]
    assert [w.code for w in document.warnings] == []
    assert [codes(m) for m in document.measures] == [[]] * 5


def test_a_number_printed_again_under_its_heading_or_after_one_not_restarting_at_1_is_a_duplicate():
    # the quiet side of the restart: 2 printed twice under 一、, and 二、 going on at 2 (no restart at 1)
    document = read_document(TABLES / "numbers-repeated-within-and-across-headings.txt")
    assert [(m.number, codes(m)) for m in document.measures] == [
        (1, []), (2, []), (2, ["number_duplicate"]), (2, ["number_duplicate"]), (3, [])]


def test_a_number_printed_again_after_a_row_printed_without_one_is_a_duplicate():
    # 1. 2. / (no number) / 2. 3.: a row without a number starts no numbering of its own (its run was
    # cut there, by the marker's style, and the second 2. passed unwarned)
    document = read_document(TABLES / "numbers-repeated-across-an-unnumbered-row.txt")
    assert [(m.number, codes(m)) for m in document.measures] == [
        (1, []), (2, []), (None, ["number_missing"]), (2, ["number_duplicate"]), (3, [])]


def test_a_number_printed_again_in_another_punctuation_is_a_duplicate():
    # 1. 2. 3、 3. 4.: a table's 序号 column is one numbering, whatever the punctuation after a number
    document = read_document(TABLES / "numbers-repeated-in-another-punctuation.txt")
    assert [(m.number, codes(m)) for m in document.measures] == [
        (1, []), (2, []), (3, []), (3, ["number_duplicate"]), (4, [])]


def test_a_table_numbering_its_rows_anew_under_each_area_of_its_area_column_repeats_no_number():
    # 1–2 under 推进服务贸易改革, 1–3 under 扩大服务领域对外开放, the area printed on every row (重点领域)
    document = read_document(TABLES / "numbers-restarting-under-each-area-column.txt")
    assert [(m.number, m.heading_path[0], codes(m)) for m in document.measures] == [
        (1, "推进服务贸易改革", []), (2, "推进服务贸易改革", []),
        (1, "扩大服务领域对外开放", []), (2, "扩大服务领域对外开放", []), (3, "扩大服务领域对外开放", [])]


def test_a_number_starting_again_within_one_area_of_an_area_column_is_a_duplicate():
    # 1 2 1 under 扩大服务领域对外开放: each row printing the area opens a heading, the same title; the
    # numbering started again under no other heading (read as a restart, unwarned, by the heading's position)
    document = read_document(TABLES / "numbers-restarting-within-one-area-column.txt")
    assert [(m.number, codes(m)) for m in document.measures] == [
        (1, []), (2, []), (1, []), (2, []), (1, ["number_duplicate"])]


def test_a_number_starting_again_within_one_area_printed_on_each_html_row_is_a_duplicate():
    # the same in HTML, the area printed in each row's cell (merged with rowspan it opens one heading)
    document = read_document(TABLES / "numbers-restarting-within-one-area-column.html")
    assert [(m.number, codes(m)) for m in document.measures] == [
        (1, []), (2, []), (1, []), (2, []), (1, ["number_duplicate"])]

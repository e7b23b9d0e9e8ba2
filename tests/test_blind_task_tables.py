"""Task tables of real pages read blind (tests/fixtures/text-tables/blind/KEY.md holds the reading
written before the reader ran): 大竹's 2016 民生实事 table copied one cell per paragraph, and the
same table re-typeset as an HTML ``<table>`` (UTF-8 and GB2312); 钟楼's 2021 table whose cells a
document site ran together, refused.

What they showed, each a kind of table rather than these pages' names:

* a header naming its task column 民生实事 (a 民生实事 decomposition's table) was no header;
* an owner cell printing one body a paragraph (县水务局 / 县住建局 / 县护城河指挥部) made a
  one-cell-per-line row hold more lines than columns, refused as a text whose end is unclear;
* a row printing a second task and deadline under the number and owner of the row above (a 序号
  and 责任单位 cell spanning two rows) was refused in the flattened copy, and read as a measure
  without number or owner from the HTML table.
"""

from datetime import date

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.text import read_text
from tests.conftest import FIXTURES

BLIND = FIXTURES / "text-tables" / "blind"
HEADER = "序号\n\n民生实事\n\n责任单位\n\n完成时限\n\n"


def texts(grid):
    return [[cell.text for cell in row.cells] for row in grid.rows]


def codes(measure):
    return [warning.code for warning in measure.warnings]


@pytest.fixture(scope="module", params=["dazhu-2016-cell-per-paragraph.txt", "dazhu-2016-task-table.html",
                                        "dazhu-2016-task-table.gb2312.html", "dazhu-2016-paragraph-per-cell.html"])
def dazhu(request):
    return read_document(BLIND / request.param)


def test_the_blind_table_gives_its_ten_numbered_measures(dazhu):
    assert [m.number for m in dazhu.measures] == list(range(1, 11))


def test_the_rows_drawn_for_the_key_read_as_the_key_says(dazhu):
    by = {m.number: m for m in dazhu.measures}
    assert [(n, by[n].text, by[n].responsibility, by[n].deadline) for n in (1, 2, 8, 10)] == [
        (1, "启动建设东柳河城区段综合治理工程和东湖湿地公园。", "县水务局\n县住建局\n县护城河指挥部", "12月底前"),
        (2, "新建2座人行天桥。", "县住建局", "9月投入使用"),
        (8, "启动大竹县第十二小学建设,新建中心幼儿园2所。", "县教科局\n县代建中心", "12月底前"),
        (10, "城区再新建1个农贸市场。", "县商务局", "12月底前"),
    ]


def test_a_second_task_under_a_spanning_number_joins_that_measure(dazhu):
    measure = {m.number: m for m in dazhu.measures}[5]
    assert (measure.text, measure.responsibility, measure.deadline) == (
        "开工建设县老年养护楼。\n开工建设老年大学。", "县民政局", "5月底前动工\n12月底前")
    assert "second_task_joined" in codes(measure)


def test_the_pages_share_line_after_the_table_is_no_part_of_the_last_measure(dazhu):
    assert dazhu.measures[-1].text == "城区再新建1个农贸市场。"


def test_the_blind_table_names_its_notice_and_place(dazhu):
    assert (dazhu.doc_no, dazhu.date, dazhu.region) == ("竹府办〔2016〕20号", date(2016, 2, 26), "大竹县")


def test_the_flattened_copy_says_which_lines_it_placed_as_bodies():
    document = read_document(BLIND / "dazhu-2016-cell-per-paragraph.txt")
    by = {m.number: m for m in document.measures}
    assert [n for n in by if "cell_stacked_bodies" in codes(by[n])] == [1, 3, 6, 8]
    assert "cell_merged_inferred" in codes(by[5])


def test_cells_run_together_with_no_separator_are_refused():
    with pytest.raises(UnreadableFile, match="document-sharing site's page chunks"):
        read_document(BLIND / "zhonglou-2021-cells-run-together.txt")


# -- the header label (data: columns.toml)

def test_a_livelihood_projects_label_opens_a_flattened_table():
    grid, = read_text(HEADER + "1\n\n新建人行天桥。\n\n县住建局\n\n9月底前\n\n2\n\n改造棚户区。\n\n县住建局\n\n12月底前\n", "t.txt").grids
    assert texts(grid)[0] == ["序号", "民生实事", "责任单位", "完成时限"]
    assert texts(grid)[1] == ["1", "新建人行天桥。", "县住建局", "9月底前"]


def test_a_sentence_ending_in_the_livelihood_word_opens_no_table():
    assert read_text("序号\n办好十件民生实事\n责任单位\n1\n加强统筹。\n县商务局\n", "t.txt").grids == ()


# -- an owner cell printing one body a line (text/cells.py)

def test_bodies_after_a_full_stop_open_the_bodies_cell():
    grid, = read_text(HEADER + "1\n\n启动建设湿地公园。\n\n县水务局\n\n县住建局\n\n12月底前\n\n"
                               "2\n\n新建人行天桥。\n\n县住建局\n\n9月底前\n", "t.txt").grids
    assert texts(grid)[1] == ["1", "启动建设湿地公园。", "县水务局\n县住建局", "12月底前"]
    assert [row.placed for row in grid.rows[1:]] == [
        "row 1 (line 9): lines 13–15 after its text's full stop each name bodies: read as its 责任单位 cell, one body a line",
        None]


def test_a_text_wrapped_after_a_full_stop_onto_no_body_still_refuses():
    # the line after the full stop is a sentence's words, no body: where the text ends stays unclear
    with pytest.raises(UnreadableFile, match="follows the end of a sentence"):
        read_text(HEADER + "1\n\n启动建设湿地公园。\n\n同步建设步道\n\n县住建局\n\n12月底前\n\n"
                           "2\n\n新建人行天桥。\n\n县住建局\n\n9月底前\n", "t.txt")


def test_bodies_after_a_full_stop_before_a_column_of_no_bodies_still_refuse():
    # the column after the text is the deadline: lines of bodies after the full stop place nowhere
    header = "序号\n\n民生实事\n\n完成时限\n\n责任单位\n\n"
    with pytest.raises(UnreadableFile, match="follows the end of a sentence"):
        read_text(header + "1\n\n启动建设湿地公园。\n\n县水务局\n\n12月底前\n\n县住建局\n\n"
                           "2\n\n新建人行天桥。\n\n9月底前\n\n县住建局\n", "t.txt")


def test_a_sentence_wrapped_after_a_full_stop_ending_on_a_body_name_still_refuses():
    # 考核结果报送县政府 ends as a body's name does but is a sentence's words, no body the registry
    # knows: the line is no owner printed one a line, and where the text ends stays unclear
    with pytest.raises(UnreadableFile, match="follows the end of a sentence"):
        read_text(HEADER + "1\n\n加强督查考核。\n\n考核结果报送县政府\n\n县督查室\n\n12月底前\n\n"
                           "2\n\n新建人行天桥。\n\n县住建局\n\n9月底前\n", "t.txt")


def test_bodies_after_a_full_stop_before_a_second_column_of_bodies_still_refuse():
    # 牵头单位 | 配合单位: three lines of bodies could part 2 + 1 or 1 + 2; which is the lead's cannot be told
    header = "序号\n\n民生实事\n\n牵头单位\n\n配合单位\n\n完成时限\n\n"
    with pytest.raises(UnreadableFile, match="follows the end of a sentence"):
        read_text("附件\n\n" + header + "1\n\n启动建设湿地公园。\n\n县水务局\n\n县住建局\n\n县财政局\n\n12月底前\n\n"
                  "2\n\n新建人行天桥。\n\n县住建局\n\n县财政局\n\n9月底前\n\n"
                  "3\n\n完成棚户区改造。\n\n县住建局\n\n县财政局\n\n12月底前\n", "t.txt")


def test_bodies_after_a_full_stop_before_a_remarks_cell_naming_a_body_still_refuse():
    # the 备注 line names a body too: it may be the owners' last line, the remarks cell empty
    header = "序号\n\n民生实事\n\n责任单位\n\n备注\n\n"
    with pytest.raises(UnreadableFile, match="follows the end of a sentence"):
        read_text("附件\n\n" + header + "1\n\n启动建设湿地公园。\n\n县水务局\n\n县住建局\n\n县财政局\n\n"
                  "2\n\n新建人行天桥。\n\n县住建局\n\n县财政局\n\n"
                  "3\n\n完成棚户区改造。\n\n县住建局\n\n县财政局\n", "t.txt")


def test_bodies_after_a_full_stop_before_a_leaders_column_open_the_bodies_cell():
    # the owner column is not the last but one: a leader's name after it names no body
    header = "序号\n\n民生实事\n\n责任单位\n\n责任领导\n\n完成时限\n\n"
    grid, = read_text("附件\n\n" + header + "1\n\n启动建设湿地公园。\n\n县水务局\n\n县住建局\n\n张三\n\n12月底前\n\n"
                      "2\n\n新建人行天桥。\n\n县住建局\n\n李四\n\n9月底前\n", "t.txt").grids
    assert texts(grid)[1] == ["1", "启动建设湿地公园。", "县水务局\n县住建局", "张三", "12月底前"]


# -- a second task under the row's number and bodies (text/cells.py, interpret/rows.py)

def test_a_second_task_and_deadline_after_a_row_read_as_a_row_under_its_number():
    grid, = read_text(HEADER + "1\n\n开工建设养护楼。\n\n县民政局\n\n5月底前\n\n开工建设老年大学。\n\n12月底前\n\n"
                               "2\n\n新建人行天桥。\n\n县住建局\n\n9月底前\n", "t.txt").grids
    assert texts(grid)[1:3] == [["1", "开工建设养护楼。", "县民政局", "5月底前"], ["1", "开工建设老年大学。", "县民政局", "12月底前"]]
    assert [cell.merged_from for cell in grid.rows[2].cells] == ["above", None, "above", None]


def test_a_second_task_and_deadline_after_the_last_row_read_as_a_row_under_its_number():
    # the last row's own deadline reads as one (6月底前): the row used to end there and its second
    # task and deadline fell out of the table as paragraphs, silently
    grid, = read_text(HEADER + "1\n\n新建人行天桥。\n\n县住建局\n\n9月底前\n\n"
                               "2\n\n城区再新建1个农贸市场。\n\n县商务局\n\n6月底前\n\n改造城区农贸市场2个。\n\n12月底前\n", "t.txt").grids
    assert texts(grid)[2:] == [["2", "城区再新建1个农贸市场。", "县商务局", "6月底前"], ["2", "改造城区农贸市场2个。", "县商务局", "12月底前"]]


def test_a_closing_sentence_and_signing_date_after_the_last_row_stay_out_of_the_table():
    # a finished sentence and a date after the last row print the shape of a second task; the date
    # standing alone (year, month and day) is the document's, no row's deadline
    document = read_text(HEADER + "1\n\n新建人行天桥。\n\n县住建局\n\n9月底前\n\n"
                                  "2\n\n开工建设养护楼。\n\n县民政局\n\n5月底前\n\n"
                                  "各责任单位要于每季度末报送完成情况。\n\n2016年2月26日\n", "t.txt")
    grid, = document.grids
    assert texts(grid)[2:] == [["2", "开工建设养护楼。", "县民政局", "5月底前"]]


def test_a_second_task_printing_bodies_of_its_own_still_refuses():
    # the lines after the row name bodies: a row of its own whose number was lost, not a second task
    with pytest.raises(UnreadableFile, match="row 1 \\(line 9\\) holds 6 lines for 3 columns, and its text as placed goes on after a full stop with a line naming bodies \\(line 13\\)"):
        read_text(HEADER + "1\n\n开工建设养护楼。\n\n县民政局\n\n5月底前\n\n开工建设老年大学。\n\n县教育局\n\n12月底前\n\n"
                           "2\n\n新建人行天桥。\n\n县住建局\n\n9月底前\n", "t.txt")


HTML = """<html><head><meta charset="utf-8"><title>t</title></head><body><p>2016年民生实事目标任务分解表</p>
<table><tr><td>序号</td><td>民生实事</td><td>责任单位</td><td>完成时限</td></tr>{rows}</table></body></html>"""


def test_a_row_printing_no_number_without_a_spanning_number_cell_stays_unnumbered(tmp_path):
    path = tmp_path / "t.html"
    path.write_text(HTML.format(rows="<tr><td>1</td><td>开工建设养护楼。</td><td>县民政局</td><td>5月底前</td></tr>"
                                     "<tr><td></td><td>开工建设老年大学。</td><td>县教育局</td><td>12月底前</td></tr>"
                                     "<tr><td>2</td><td>新建人行天桥。</td><td>县住建局</td><td>9月底前</td></tr>"), encoding="utf-8")
    measures = read_document(path).measures
    assert [(m.number, m.text) for m in measures] == [(1, "开工建设养护楼。"), (None, "开工建设老年大学。"), (2, "新建人行天桥。")]
    assert "number_missing" in codes(measures[1]) and "second_task_joined" not in codes(measures[0])


def test_a_spanning_number_over_a_text_that_goes_on_continues_it(tmp_path):
    # the row above ends on no full stop: the row's text is the rest of it, as before
    path = tmp_path / "t.html"
    path.write_text(HTML.format(rows="<tr><td rowspan='2'>1</td><td>开工建设养护楼，</td><td rowspan='2'>县民政局</td><td>5月底前</td></tr>"
                                     "<tr><td>同步建设老年大学。</td><td></td></tr>"
                                     "<tr><td>2</td><td>新建人行天桥。</td><td>县住建局</td><td>9月底前</td></tr>"), encoding="utf-8")
    measure = read_document(path).measures[0]
    assert (measure.number, measure.text) == (1, "开工建设养护楼，同步建设老年大学。")
    assert "second_task_joined" not in codes(measure)


# -- a cell's bodies one a paragraph, joined by a space by a page converter (normalizers)

def test_bodies_a_space_apart_in_a_pipe_table_are_each_a_body():
    measures = read_document(BLIND / "dazhu-2016-pipes-spaced-owners.md").measures
    assert [[d.raw for d in m.departments] for m in measures] == [
        ["县水务局", "县住建局", "县护城河指挥部"], ["县住建局"], ["县文体广新局", "县代建中心"], ["县残联"]]


def test_a_stray_space_inside_one_name_keeps_it_one_body():
    from pilotplans.normalizers.responsibility import parse_responsibility

    assert [m.raw for m in parse_responsibility("市 商务局")] == ["市商务局"]


def test_a_stray_space_inside_a_name_and_spaces_between_names_read_each_body():
    # 市 商务局 市财政局 (a PDF's spacing: a space inside the first name and one between the names) was read as
    # one body 市商务局市财政局, unresolved: the pieces make two names the registry knows, joined across the stray space
    from pilotplans.normalizers.responsibility import parse_responsibility

    assert [m.raw for m in parse_responsibility("市 商务局 市财政局")] == ["市商务局", "市财政局"]
    assert [m.raw for m in parse_responsibility("市发展改革委 市 商务局")] == ["市发展改革委", "市商务局"]
    assert [(m.raw, m.role) for m in parse_responsibility("市 商务局 市财政局 配合")] == [
        ("市商务局", "assist"), ("市财政局", "assist")]


def test_spaced_pieces_that_make_no_names_the_registry_knows_stay_as_printed():
    # 财政局 with no place names no one body: the pieces are not read as two names, nothing guessed
    from pilotplans.normalizers.responsibility import parse_responsibility

    assert [m.raw for m in parse_responsibility("市 商务局 财政局")] == ["市商务局财政局"]
    assert [m.raw for m in parse_responsibility("市 发展和改革 委员会")] == ["市发展和改革委员会"]


def test_a_space_before_a_role_phrase_parts_no_bodies():
    from pilotplans.normalizers.responsibility import parse_responsibility

    assert [(m.raw, m.role) for m in parse_responsibility("市商务局 牵头")] == [("市商务局", "lead")]


def test_a_space_before_the_end_of_a_list_parts_no_bodies():
    from pilotplans.normalizers.responsibility import parse_responsibility

    assert "等部门" not in [m.raw for m in parse_responsibility("市发改委 等部门")]


def test_bodies_a_space_apart_before_a_role_phrase_are_each_a_body_in_that_role():
    from pilotplans.normalizers.responsibility import parse_responsibility

    assert [(m.raw, m.role) for m in parse_responsibility("市发改委 市财政局 配合")] == [
        ("市发改委", "assist"), ("市财政局", "assist")]


def test_a_stray_space_inside_one_name_before_a_role_phrase_keeps_it_one_body():
    from pilotplans.normalizers.responsibility import parse_responsibility

    assert [(m.raw, m.role) for m in parse_responsibility("市 商务局 配合")] == [("市商务局", "assist")]


def test_a_row_printing_a_heading_of_its_own_under_a_spanning_number_joins_no_measure(tmp_path):
    # the row's 重点任务 cell is fresh (发展社会事业): a heading of its own, no second task of measure 1
    path = tmp_path / "t.html"
    path.write_text("""<html><head><meta charset="utf-8"><title>t</title></head><body><p>2016年民生实事目标任务分解表</p>
<table><tr><td>序号</td><td>重点任务</td><td>具体举措</td><td>责任单位</td><td>完成时限</td></tr>
<tr><td rowspan='2'>1</td><td>改善人居环境</td><td>开工建设县老年养护楼。</td><td rowspan='2'>县民政局</td><td>5月底前</td></tr>
<tr><td>发展社会事业</td><td>开工建设老年大学。</td><td>12月底前</td></tr>
<tr><td>2</td><td>完善交通设施</td><td>新建人行天桥。</td><td>县住建局</td><td>9月底前</td></tr></table></body></html>""", encoding="utf-8")
    first = read_document(path).measures[0]
    assert (first.number, first.text, first.deadline) == (1, "开工建设县老年养护楼。", "5月底前")
    assert "second_task_joined" not in codes(first)


def test_central_bodies_a_space_apart_before_a_role_phrase_are_each_a_body():
    # 商务部 国家发展改革委 财政部按职责分工负责: each a body the registry knows, the role phrase after the last
    measures = read_document(FIXTURES / "prose-shapes" / "central-bodies-space-apart.txt").measures
    assert [(d.raw, d.id, d.role) for d in measures[1].departments] == [
        ("商务部", "mofcom", "carry_out"), ("国家发展改革委", "ndrc", "carry_out"), ("财政部", "mof", "carry_out")]
    assert [(d.raw, d.id, d.role) for d in measures[3].departments] == [
        ("商务部", "mofcom", "lead"), ("国家发展改革委", "ndrc", "assist"), ("财政部", "mof", "assist")]
    assert not [w for m in measures for w in m.warnings if w.code == "department_unresolved"]


def test_a_stray_space_inside_one_name_before_its_role_phrase_after_a_comma_keeps_it_one_body():
    from pilotplans.normalizers.responsibility import parse_responsibility

    assert [(m.raw, m.role) for m in parse_responsibility("市发改委牵头，市 商务局配合")] == [
        ("市发改委", "lead"), ("市商务局", "assist")]
    assert [(m.raw, m.role) for m in parse_responsibility("市 商务局牵头")] == [("市商务局", "lead")]


def test_a_last_piece_that_is_no_known_body_before_its_role_phrase_keeps_the_spaces_as_printed():
    # the last piece must name a body the registry knows (财政部按职责分工负责), not any words before a role phrase:
    # a person's name (张三) stays joined as printed, before or after the body, rather than read as a body
    from pilotplans.normalizers.responsibility import parse_responsibility

    assert [(m.raw, m.role) for m in parse_responsibility("商务部 张三按职责分工负责")] == [("商务部张三", "carry_out")]
    assert [(m.raw, m.role) for m in parse_responsibility("张三 财政部按职责分工负责")] == [("张三财政部", "carry_out")]

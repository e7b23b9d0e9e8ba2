"""A flattened task table (one cell per line) whose 完成时限 cell is empty prints one line fewer for
that row: placed one line per column, the bodies' line stood as the deadline and the text's
wrapped line as the bodies, and a last row took the notice's signature and date after the table
as its bodies and deadline, all silently (the main reader before the mend read the fixture's
rows 3, 5 and 8 so). A deadline never names a body: where the line placed as the deadline does,
the row prints none, read empty and warned ``cell_missing_inferred``.

The fixture (tests/fixtures/text-tables/flattened/county-livelihood-deadlines-empty.txt, see
SOURCES.md there) keeps the shape of a county's real 民生实事 page (a cell per paragraph, a
blank paragraph between cells, an owner cell printing one body a paragraph)."""

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.text import read_text
from tests.conftest import FIXTURES

EMPTY = FIXTURES / "text-tables" / "flattened" / "county-livelihood-deadlines-empty.txt"
HEADER = "序号\n重点任务\n责任单位\n完成时限\n"
ROWS = "1\n加强统筹。\n市商务局\n2023年底\n2\n完善机制。\n市发改委\n6月底前\n3\n健全制度。\n市财政局\n9月底前\n"


def texts(grid):
    return [[cell.text for cell in row.cells] for row in grid.rows]


def missing(document):
    return [(m.number, w.message) for m in document.measures for w in m.warnings if w.code == "cell_missing_inferred"]


@pytest.fixture(scope="module")
def county():
    return read_document(EMPTY)


@pytest.mark.parametrize("name", ["county-livelihood-deadlines-empty.txt", "county-livelihood-deadlines-empty.html"])
def test_rows_printing_no_deadline_keep_their_bodies_and_text(name):
    # the web page's copy prints each cell as a <p> of its own, read by the same rules (paragraph_tables)
    document = read_document(EMPTY.parent / name)
    assert [(m.number, m.text, m.responsibility, m.deadline) for m in document.measures] == [
        (1, "新建城区污水管网12公里。", "县住建局", "10月底前"),
        (2, "新建2座人行天桥。", "县住建局", "9月投入使用"),
        (3, "完成城区背街小巷改造20条。\n新建公共停车场2个。", "县住建局", None),
        (4, "启动建设县第二人民医院。", "县卫计局\n县代建中心", "12月底前"),
        (5, "实施农村饮水安全巩固提升工程。", "县水务局\n县扶贫移民局", None),
        (6, "新建农贸市场1个。", "县商务局", "6月底前"),
        (7, "新增城区公交线路2条。", "县交通局", "12月底前"),
        (8, "为全县60岁以上农村老人办理意外伤害保险。", "县民政局", None),
    ]


def test_each_row_printing_no_deadline_says_so(county):
    assert missing(county) == [
        (3, "row 3 (line 41) prints no 完成时限: the line where it would stand (县住建局, line 47) names bodies and no date; "
            "its 完成时限 cell read as empty"),
        (5, "row 5 (line 59) prints no 完成时限: the line where it would stand (县扶贫移民局, line 65) names bodies and no "
            "date; its 完成时限 cell read as empty"),
        (8, "row 8 (line 83) prints one cell short, the last row of its table (the notice's signature or the text's end after "
            "it): its 完成时限 cell read as empty"),
    ]


def test_the_signature_after_the_last_row_stays_out_of_the_table():
    layout = read_text(EMPTY.read_text(encoding="utf-8"), "t.txt")
    assert [p.text for p in layout.paragraphs][-2:] == ["某县人民政府办公室", "2017年3月1日"]


def test_a_wrapped_row_printing_no_deadline_keeps_its_text_whole():
    grid, = read_text(HEADER + "1\n加强统筹。\n市商务局\n2023年底\n2\n完善机制。\n建立台账。\n市发改委\n"
                               "3\n优化服务。\n市公安局\n6月底前\n", "t.txt").grids
    assert texts(grid)[2] == ["2", "完善机制。\n建立台账。", "市发改委", ""]
    assert grid.rows[2].emptied is not None


def test_a_wrapped_last_row_printing_no_deadline_before_the_signature_keeps_its_text_whole():
    layout = read_text(HEADER + ROWS + "4\n优化服务，\n推进改革。\n市公安局\n\n宁波市人民政府办公厅\n2023年5月6日\n", "t.txt")
    assert texts(layout.grids[0])[4] == ["4", "优化服务，\n推进改革。", "市公安局", ""]
    assert [p.text for p in layout.paragraphs] == ["宁波市人民政府办公厅", "2023年5月6日"]


def test_a_signature_and_its_date_on_one_line_stay_out_of_the_last_row():
    layout = read_text(HEADER + ROWS + "4\n优化服务。\n市公安局\n宁波市人民政府办公厅 2023年5月6日\n", "t.txt")
    assert texts(layout.grids[0])[4] == ["4", "优化服务。", "市公安局", ""]
    assert [p.text for p in layout.paragraphs] == ["宁波市人民政府办公厅 2023年5月6日"]


def test_a_signature_dated_in_full_width_digits_stays_out_of_the_last_row():
    layout = read_text(HEADER + ROWS + "4\n优化服务。\n市公安局\n\n宁波市人民政府办公厅\n２０２３年５月６日\n", "t.txt")
    assert texts(layout.grids[0])[4] == ["4", "优化服务。", "市公安局", ""]
    assert [p.text for p in layout.paragraphs] == ["宁波市人民政府办公厅", "２０２３年５月６日"]


# Quiet: rows that print their deadline, though it looks unlike the vocabulary's or is a whole date.

def test_a_last_row_whose_deadline_is_a_whole_date_keeps_it_before_the_signature():
    layout = read_text(HEADER + ROWS + "4\n优化服务，\n推进改革。\n市公安局\n2023年12月31日\n\n宁波市人民政府办公厅\n2023年5月6日\n", "t.txt")
    assert texts(layout.grids[0])[4] == ["4", "优化服务，\n推进改革。", "市公安局", "2023年12月31日"]
    assert [p.text for p in layout.paragraphs] == ["宁波市人民政府办公厅", "2023年5月6日"]


def test_a_deadline_the_vocabulary_does_not_know_stays_the_deadline():
    grid, = read_text(HEADER + "1\n加强统筹。\n市商务局\n2023年底\n2\n完善机制。\n建立台账。\n市发改委\n按年度推进\n"
                               "3\n优化服务。\n市公安局\n6月底前\n", "t.txt").grids
    assert texts(grid)[2] == ["2", "完善机制。\n建立台账。", "市发改委", "按年度推进"]
    assert grid.rows[2].emptied is None


def test_a_row_whose_bodies_and_whole_date_come_before_the_next_row_is_no_signature():
    grid, = read_text(HEADER + ROWS + "4\n优化服务。\n市公安局\n市人民政府办公室\n2023年12月31日\n"
                                      "5\n健全制度。\n市财政局\n9月底前\n", "t.txt").grids
    assert texts(grid)[4] == ["4", "优化服务。", "市公安局\n市人民政府办公室", "2023年12月31日"]
    assert grid.rows[4].emptied is None


def test_a_last_rows_second_body_and_whole_date_stay_its_own_where_the_rows_print_whole_dates():
    # the rows above print their deadlines as whole dates: the shape of a signature after the last
    # row (a body's name, then a whole date) is that row's second body and deadline
    dated = "序号\n重点任务\n责任单位\n完成时限\n1\n加强统筹。\n市商务局\n2023年6月30日\n2\n完善机制。\n市发改委\n2023年9月30日\n"
    grid, = read_text(dated + "3\n优化服务。\n市公安局\n市人民政府办公室\n2023年12月31日\n", "t.txt").grids
    assert texts(grid)[3] == ["3", "优化服务。", "市公安局\n市人民政府办公室", "2023年12月31日"]
    assert grid.rows[3].emptied is None


def test_a_last_rows_full_named_second_body_and_whole_date_stay_its_own_where_the_rows_print_whole_dates():
    # bodies printed with their place (大竹县代建中心) may sign a notice: only the rows' whole dates
    # above tell the last row's second body and deadline from a signature
    dated = ("序号\n重点任务\n责任单位\n完成时限\n1\n加强统筹。\n大竹县商务局\n2023年6月30日\n2\n完善机制。\n"
             "大竹县发改局\n2023年9月30日\n")
    layout = read_text(dated + "3\n优化服务。\n大竹县住建局\n大竹县代建中心\n2023年12月31日\n", "t.txt")
    assert texts(layout.grids[0])[3] == ["3", "优化服务。", "大竹县住建局\n大竹县代建中心", "2023年12月31日"]
    assert [p.text for p in layout.paragraphs] == []


def test_a_deadline_cell_naming_bodies_that_no_placing_mends_is_doubted():
    # 牵头单位 then 配合单位 printed one body a line, no deadline: the last body stood as the deadline,
    # and without it the stacked bodies could end in either column; the row is read as placed, warned
    header = "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
    grid, = read_text(header + "1\n加强统筹。\n市商务局\n市财政局\n2023年底\n2\n完善机制。\n市发改委\n市财政局\n市商务局\n"
                               "3\n优化服务。\n市公安局\n市财政局\n6月底前\n", "t.txt").grids
    assert texts(grid)[2] == ["2", "完善机制。", "市发改委", "市财政局", "市商务局"]
    assert grid.rows[2].doubt == ("row 2 (line 11): its 完成时限 cell (市商务局) names a body and no date; its lines may "
                                  "stand in the wrong columns")


def test_a_deadline_cell_printing_a_date_raises_no_doubt():
    header = "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
    grid, = read_text(header + "1\n加强统筹，建立台账。\n市商务局\n市财政局\n2023年底\n2\n完善机制，落实责任。\n市发改委\n市财政局\n6月底前\n", "t.txt").grids
    assert [row.doubt for row in grid.rows[1:]] == [None, None]


# A 完成时限 that merely ends as a body's name does (按省部署: 署 is a body's ending, as in 审计署)
# names no body: no place and no level marker opens it. The rule read such a row's deadline as a
# second body and its 完成时限 as empty, silently.

@pytest.mark.parametrize("row", ["4\n优化服务，\n推进改革。\n市公安局\n按省部署\n", "4\n优化服务，推进改革。\n市公安局\n按省部署\n"])
def test_a_deadline_ending_as_a_bodys_name_stays_the_deadline(row):
    grid, = read_text(HEADER + ROWS + row + "5\n强化监管。\n市场监管局\n12月底前\n", "t.txt").grids
    assert texts(grid)[4][2:] == ["市公安局", "按省部署"]
    assert (grid.rows[4].emptied, grid.rows[4].doubt) == (None, None)


def test_a_deadline_ending_as_a_bodys_name_raises_no_doubt():
    header = "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
    grid, = read_text(header + "1\n加强统筹，建立台账。\n市商务局\n市财政局\n2023年底\n2\n完善机制，落实责任。\n市发改委\n市财政局\n"
                               "按国家部署\n", "t.txt").grids
    assert texts(grid)[2] == ["2", "完善机制，落实责任。", "市发改委", "市财政局", "按国家部署"]
    assert grid.rows[2].doubt is None


# A row printing two bodies and no deadline whose text ends no sentence: which lines are the
# text's cannot be told, and a body's line must not join the text (加强统筹\n市商务局). It is read
# as placed, its 完成时限 cell naming a body doubted (warned cell_displaced).

def test_a_bodys_line_does_not_join_a_text_ending_no_sentence():
    grid, = read_text(HEADER + ROWS + "4\n加强统筹协调\n市商务局\n市财政局\n5\n强化监管。\n市场监管局\n12月底前\n", "t.txt").grids
    assert texts(grid)[4] == ["4", "加强统筹协调", "市商务局", "市财政局"]
    assert grid.rows[4].emptied is None
    assert grid.rows[4].doubt == ("row 4 (line 17): its 完成时限 cell (市财政局) names a body and no date; its lines may "
                                  "stand in the wrong columns")


def test_a_text_ending_a_sentence_before_two_bodies_prints_no_deadline():
    grid, = read_text(HEADER + ROWS + "4\n加强统筹协调。\n市商务局\n市财政局\n5\n强化监管。\n市场监管局\n12月底前\n", "t.txt").grids
    assert texts(grid)[4] == ["4", "加强统筹协调。", "市商务局\n市财政局", ""]
    assert grid.rows[4].emptied is not None


# A signer names its place (宁波市人民政府办公厅, 市中区人民政府: a place of the gazetteer though it
# opens as 市 does); a body opening with a bare level marker (市财政局) over a whole date after the
# last row is that row's second body and its deadline, though no row above printed a whole date.

def test_a_last_rows_second_body_and_whole_date_stay_its_own_where_the_body_leaves_its_place_out():
    layout = read_text(HEADER + ROWS + "4\n优化服务，推进改革。\n市公安局\n市财政局\n2025年12月31日\n", "t.txt")
    assert texts(layout.grids[0])[4] == ["4", "优化服务，推进改革。", "市公安局\n市财政局", "2025年12月31日"]
    assert layout.grids[0].rows[4].emptied is None
    assert [p.text for p in layout.paragraphs] == []


def test_a_signer_whose_place_opens_as_a_level_marker_does_stays_out_of_the_last_row():
    layout = read_text(HEADER + ROWS + "4\n优化服务，推进改革。\n市公安局\n\n市中区人民政府办公室\n2023年5月6日\n", "t.txt")
    assert texts(layout.grids[0])[4] == ["4", "优化服务，推进改革。", "市公安局", ""]
    assert [p.text for p in layout.paragraphs] == ["市中区人民政府办公室", "2023年5月6日"]


def test_the_real_county_table_keeps_a_deadline_ending_as_a_bodys_name(tmp_path):
    # the 大竹 page's own table (../blind/), its row 2 deadline 9月投入使用 written as 按省部署 instead
    real = (FIXTURES / "text-tables" / "blind" / "dazhu-2016-cell-per-paragraph.txt").read_text(encoding="utf-8")
    page = tmp_path / "dazhu.txt"
    page.write_text(real.replace("9月投入使用", "按省部署", 1), encoding="utf-8")
    second = read_document(page).measures[1]
    assert (second.responsibility, second.deadline, [w.code for w in second.warnings]) == ("县住建局", "按省部署", [])


def test_a_row_short_of_a_line_under_deadlines_no_vocabulary_reads_is_refused():
    # the complete rows' 完成时限 read as no deadline (常态化推进, 按年度推进, 长效推进): nothing shows the
    # row printing only its bodies lacks its deadline rather than another cell; refused, not guessed
    rows = ("1\n加强统筹，建立机制。\n市商务局\n常态化推进\n2\n完善机制，落实责任。\n市发改委\n按年度推进\n"
            "3\n健全制度，强化考核。\n市财政局\n长效推进\n4\n优化服务，推进改革。\n市公安局\n"
            "5\n强化监管，规范执法。\n市场监管局\n常态化推进\n")
    with pytest.raises(UnreadableFile, match="row 4 \\(line 17\\) holds 2 lines for 3 columns"):
        read_text(HEADER + rows, "t.txt")

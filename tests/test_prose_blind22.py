"""The prose22 blind round (tests/fixtures/prose-blind22/KEY.md and key.toml, written before the reader ran):
twelve pages (a department's list copied one cell a line, a county bureau's points and pipe table, a lead marked
☆, owners in square brackets, items numbered 1。, a province's department, a leading group's office, a site whose
issuer a spam script overwrote, pages whose brackets and 年月 were lost), read as the key says, and the faults of
kind the round found:

- a table's 负责科室 column (a department's list of who does what among its divisions) was no owners' column:
  its cells were dropped with a warning (pilotplans/data/columns.toml);
- an information table whose first row printed its label apart from the title, the page's rules lost
  (文件名称 石泉县…的通知 over 索引号 … 公开目录: …), was read from its second row: the title and issuer kept the label
  (pilotplans/parsers/metadata.py ``_row_opening_table``);
- a list marking its lead with ☆ and saying so (（责任单位:☆經信局、科技局。標☆的為牽頭單位,下同。）) kept the star in
  the name and read no lead (the ``marked_lead`` convention, tasklist.toml);
- the date printed in brackets under a title ((2020年3月13日)) was joined to the title (``_TITLE_GOES_ON``);
- items numbered with a full stop 。 (1。在以…, a news copy) were no items: the page was refused
  (pilotplans/normalizers/numbers.py ``digit_dot``)."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, owners, page_metadata, read_text

BLIND = FIXTURES / "prose-blind22"
BUREAU = BLIND / "county-bureau-20xx-open-government-points-traditional-then-pipe-table.txt"
HUNAN = BLIND / "hunan-2020-province-party-and-government-opinion-no-owners-cut.txt"
SHIQUAN = BLIND / "shiquan-2021-county-office-notice-info-rows-unpiped-table-header-cut.txt"
TIANJIN = BLIND / "tianjin-2020-city-work-report-division-news-copy-fullstop-numbers-cut.txt"
XIALU = BLIND / "xialu-2022-district-office-key-tasks-square-bracket-owners-no-place-cut.txt"
ZHEJIANG = BLIND / "zhejiang-2025-city-ai-plan-traditional-star-marks-lead-no-head.txt"


# --- a table's 负责科室 column -----------------------------------------------------------------------------------

def test_a_column_of_the_divisions_responsible_names_the_owners_of_its_rows():
    # was: no owner (row 2: column 3 (負責科室) has a label no column role reads, and its text is not read)
    measures = read_document(BUREAU).measures
    assert [(m.heading_path, owners(m)) for m in measures] == [
        (["政策解讀"], [("各責任科室", "lead")]), (["迴應關切"], [("各業務科室", "lead")]),
        (["政務服務"], [("綜合科", "lead")]), (["財政資金"], [("綜合科", "lead")]), (["制度建設"], [("綜合科", "lead")])]


def test_a_column_naming_the_person_responsible_names_no_owner(tmp_path):
    # quiet: 负责人 names a person, no division
    found = read_text(tmp_path, "某局2024年政务公开工作要点\n重点任务 | 工作内容 | 负责科室 | 负责人 |\n"
                                "政策解读 | 做好政策文件解读工作。 | 综合科 | 张三 |\n回应关切 | 及时回应社会关切。 | 业务科 | 李四 |\n")
    assert [owners(m) for m in found.measures] == [[("综合科", "lead")], [("业务科", "lead")]]


# --- an information table opening with its title's row, its rules lost ---------------------------------------------

def test_a_title_row_printed_apart_from_its_label_over_the_table_opens_the_table():
    # was: title 文件名称石泉县人民政府办公室关于…的通知, issuer 文件名称石泉县人民政府办公室
    found = page_metadata(SHIQUAN)
    assert (found.title, found.issuer, found.doc_no, str(found.date)) == (
        "石泉县人民政府办公室关于印发《石泉县2021年政务公开工作任务分解一览表》的通知", "石泉县人民政府办公室",
        "石政办函〔2021〕12号", "2021-04-23")


def test_a_label_before_words_that_read_as_no_title_over_the_table_is_no_row():
    # quiet: 文件名称 over words no title ends with is a line of the page, not the table's first row
    found = lines_metadata("文件名称 有关事项说明", "索引号 xzf/2021-1547 公开目录: 县政府办",
                           "文号 石政办函〔2021〕12号 成文日期: 2021年04月23日", "各镇人民政府：",
                           "现将有关事项通知如下。", "石泉县人民政府办公室", "2021年4月23日")
    assert found.title is None


# --- a lead marked with ☆ ---------------------------------------------------------------------------------------

def test_a_body_marked_as_the_note_says_leads_and_its_name_drops_the_mark():
    # was: ☆經信局 and 科技局 both carrying it out
    measures = read_document(ZHEJIANG).measures
    assert [(m.number, m.heading_path, owners(m)) for m in measures] == [
        (1, ["推動重點領域應用"], [("經信局", "lead"), ("科技局", "carry_out")]), (2, ["推動重點領域應用"], [])]


_MARKED = ("某市推进数字经济发展行动计划\n一、重点任务\n（一）推进智能制造。支持企业建设智能工厂。（责任单位：{first}经信局、"
           "科技局。{note}）\n（二）推进智慧农业。建设智慧农业平台。（责任单位：★农业农村局、{second}经信局）\n")


def test_a_note_read_downwards_gives_the_lead_to_each_later_item_s_marked_body(tmp_path):
    found = read_text(tmp_path, _MARKED.format(first="★", note="带★的为牵头单位，下同", second=""))
    assert [owners(m) for m in found.measures] == [
        [("经信局", "lead"), ("科技局", "carry_out")], [("农业农村局", "lead"), ("经信局", "carry_out")]]


def test_a_marked_body_with_no_note_saying_what_the_mark_means_carries_it_out_as_listed(tmp_path):
    # quiet: nothing says the star marks a lead
    found = read_text(tmp_path, _MARKED.format(first="★", note="按职责分工负责", second=""))
    assert [owners(m) for m in found.measures][0] == [("经信局", "carry_out"), ("科技局", "carry_out")]


def test_a_note_naming_another_mark_gives_no_lead_to_the_body_marked_otherwise(tmp_path):
    # quiet: the note speaks of ☆; the list marks ★
    found = read_text(tmp_path, _MARKED.format(first="★", note="标☆的为牵头单位，下同", second=""))
    assert [owners(m) for m in found.measures][0] == [("经信局", "carry_out"), ("科技局", "carry_out")]


# --- the date printed under a title ------------------------------------------------------------------------------

def test_a_day_in_brackets_under_the_title_is_no_part_of_the_title():
    # was: 中共湖南省委湖南省人民政府关于…的意见(2020年3月13日)
    found = page_metadata(HUNAN)
    assert (found.title, str(found.date)) == (
        "中共湖南省委 湖南省人民政府关于抓好全面小康决胜年“三农”领域重点工作的意见", "2020-03-13")


def test_the_years_a_plan_covers_in_brackets_under_its_title_are_part_of_it():
    # quiet: （2023—2025年） goes on with the title
    found = lines_metadata("某市人民政府关于印发某市数字经济发展行动计划", "（2023—2025年）", "各县区人民政府：")
    assert found.title == "某市人民政府关于印发某市数字经济发展行动计划（2023—2025年）"


# --- items numbered with 。 -------------------------------------------------------------------------------------

def test_items_numbered_with_a_full_stop_are_items():
    # was: refused, no numbered item naming its owners
    measures = read_document(TIANJIN).measures
    assert [(m.number, owners(m)) for m in measures][:1] == [(1, [("市政府各部门", "carry_out")])]


def test_a_figure_wrapped_onto_a_line_of_its_own_before_a_stop_opens_no_item(tmp_path):
    # quiet: 8。 closes the sentence the line before began
    found = read_text(tmp_path, "某县重点工作任务\n一、经济发展\n1.推进工业园区扩区，力争规模以上工业增加值增长\n8。\n"
                                "（责任单位：县发改局）\n2.实施项目攻坚。（责任单位：县工信局）\n")
    assert [(m.number, owners(m)) for m in found.measures] == [
        (1, [("县发改局", "carry_out")]), (2, [("县工信局", "carry_out")])]


# --- the round's pages the reader read right from the start ---------------------------------------------------------

def test_owners_in_square_brackets_after_an_item_carry_it_out():
    measures = read_document(XIALU).measures
    assert [(m.number, m.heading_path, owners(m)) for m in measures][:1] == [
        (1, ["坚定不移推进融圈入群,构建“四园”并进发展格局", "抓机遇、引龙头,加快建设老鹳庙临空跨境电商产业园"],
         [("老街办", "carry_out"), ("区招商服务中心", "carry_out"), ("长乐投资有限公司", "carry_out")])]


def test_a_day_in_brackets_printed_in_numerals_under_the_title_is_no_part_of_the_title():
    # review: （二〇二〇年三月十三日） was joined to the title, only a day in figures was left out
    found = lines_metadata("中共湖南省委 湖南省人民政府关于抓好重点工作的意见", "（二〇二〇年三月十三日）",
                           "各市州党委和人民政府：", "现提出如下意见。")
    assert (found.title, str(found.date)) == ("中共湖南省委 湖南省人民政府关于抓好重点工作的意见", "2020-03-13")


def test_a_revision_s_month_in_brackets_under_the_title_is_part_of_it():
    # quiet: （2021年3月修订） names the title's version, no day
    found = lines_metadata("某省人民政府关于印发某省政务服务事项管理办法的通知", "（2021年3月修订）", "各市人民政府：")
    assert found.title == "某省人民政府关于印发某省政务服务事项管理办法的通知（2021年3月修订）"


def test_a_note_giving_the_others_a_role_gives_it_to_the_bodies_a_mark_leaves_out(tmp_path):
    # review: 其他为配合单位 after 标☆的为牵头单位 was dropped — 科技局 carried it out
    found = read_text(tmp_path, _MARKED.format(first="☆", note="标☆的为牵头单位，其他为配合单位，下同", second=""))
    assert [owners(m) for m in found.measures][0] == [("经信局", "lead"), ("科技局", "assist")]


def test_a_figure_wrapped_onto_the_next_line_before_a_stop_and_the_next_sentence_opens_no_item(tmp_path):
    # review: 3。全年完成投资… (the figure of …新增规模以上工业企业 wrapped, the next sentence after its 。) was read as
    # item 3, taking item 1's owners
    found = read_text(tmp_path, "某县重点工作任务\n一、经济发展\n1.推进工业园区扩区，新增规模以上工业企业\n3。全年完成投资100亿元。"
                                "（责任单位：县发改局）\n2.实施项目攻坚。（责任单位：县工信局）\n")
    assert [(m.number, owners(m)) for m in found.measures] == [
        (1, [("县发改局", "carry_out")]), (2, [("县工信局", "carry_out")])]
    found = read_text(tmp_path, "某县重点工作任务\n一、经济发展\n（一）推进工业园区扩区，新增规模以上工业企业\n3。全年完成投资100亿元。"
                                "（责任单位：县发改局）\n（二）实施项目攻坚。（责任单位：县工信局）\n")
    assert [(m.number, owners(m)) for m in found.measures] == [
        (1, [("县发改局", "carry_out")]), (2, [("县工信局", "carry_out")])]


def test_items_numbered_with_a_stop_under_an_unnumbered_heading_or_after_an_unended_item_are_items(tmp_path):
    # quiet: the document numbers with 。 — 2。 after 1。 whose words go on unended is the next item
    found = read_text(tmp_path, "某县重点工作任务\n一、经济发展\n1。推进工业园区扩区，新增规模以上工业企业\n"
                                "2。实施项目攻坚（责任单位：县工信局）\n二、社会事业\n1。办好民生实事。（责任单位：县民政局）\n")
    assert [(m.number, owners(m)) for m in found.measures] == [
        (1, []), (2, [("县工信局", "carry_out")]), (1, [("县民政局", "carry_out")])]


_MARKED_AFTER = ("某市推进数字经济发展行动计划\n一、重点任务\n（一）推进智能制造。支持企业建设智能工厂。（责任单位：经信局{mark}、科技局。"
                 "{note}）\n")


def test_a_mark_printed_after_a_name_is_no_part_of_it_and_leads_as_the_note_says(tmp_path):
    # review: 经信局* kept the mark in its name and carried it out, though 带*的为牵头单位
    found = read_text(tmp_path, _MARKED_AFTER.format(mark="*", note="带*的为牵头单位"))
    assert [owners(m) for m in found.measures] == [[("经信局", "lead"), ("科技局", "carry_out")]]


def test_a_mark_printed_after_a_name_with_no_note_is_dropped_and_the_body_carries_it_out(tmp_path):
    # quiet: nothing says what ★ marks
    found = read_text(tmp_path, _MARKED_AFTER.format(mark="★", note="按职责分工负责"))
    assert [owners(m) for m in found.measures] == [[("经信局", "carry_out"), ("科技局", "carry_out")]]


def test_a_note_quoting_its_mark_gives_the_lead_to_the_marked_body(tmp_path):
    # review: 标注“★”的为牵头单位 (the mark in quotes, as notes often print it) stated no convention
    found = read_text(tmp_path, _MARKED.format(first="★", note="标注“★”的为牵头单位，下同", second=""))
    assert [owners(m) for m in found.measures][0] == [("经信局", "lead"), ("科技局", "carry_out")]

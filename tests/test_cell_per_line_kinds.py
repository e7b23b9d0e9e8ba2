"""A task table printed one cell a line whose merged cells print once, read by the kind of each cell
(pilotplans/parsers/text/kinded_cells.py), over a generated corpus spanning every dimension such pages vary in
(tests/cell_per_line_tables.py: three to seven columns, merged owner / deadline / leader cells, a task over two
lines, heading rows, a category column), and the real 略阳 page it was built for.

A cell the text does not print under a column that merges is the cell above merged down, or a cell left blank:
the text cannot tell. A row reads it as the row above's (``cell_merged_inferred``) or, where the line-counting
reader (cells.py) placed the row, as empty (``cell_missing_inferred``) — either way warned, never read silently."""

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.text import read_text
from tests.cell_per_line_tables import cases, category_first_cases, shredded_cases
from tests.conftest import FIXTURES

LUEYANG = next((FIXTURES / "prose-blind32").glob("lueyang-2019-*.txt"))
CASES = cases()
FIELDS = {"owners": "responsibility", "deadline": "deadline", "leader": "leader"}
WARNED = {"cell_merged_inferred", "cell_missing_inferred"}


def read(tmp_path, text):
    page = tmp_path / "table.txt"
    page.write_text(text, encoding="utf-8")
    return read_document(page)


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cases")
    return {case.name: read(folder, case.text) for case in CASES}


@pytest.fixture(scope="module")
def readings(documents):
    return {name: document.measures for name, document in documents.items()}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_row_reads_its_number_and_text(readings, case):
    assert [(m.number, m.text.replace("\n", "")) for m in readings[case.name]] == [(r.number, r.text) for r in case.rows]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_printed_cell_reads_in_its_column_and_a_merged_one_as_above_or_empty(readings, case):
    for measure, row in zip(readings[case.name], case.rows, strict=True):
        for column, field in FIELDS.items():
            expected = {"owners": row.owners, "deadline": row.deadline, "leader": row.leader}[column]
            allowed = (expected, None) if column in row.omitted else (expected,)
            assert getattr(measure, field) in allowed, (row.number, column)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_row_printing_no_merged_cell_is_warned_and_no_other(readings, case):
    warned = [bool(WARNED & {w.code for w in m.warnings}) for m in readings[case.name]]
    assert warned == [bool(r.omitted) for r in case.rows]


def _codes_allowed(row) -> set[tuple[str, ...]]:
    """The warning codes a row may carry, by the case: a cell the copy lost is read empty (cell_missing_inferred); a
    cell merged down is read as the row above's (cell_merged_inferred) or, by the line-counting reader, as empty
    (cell_missing_inferred); a row printing every cell carries neither."""
    if row.lost:
        return {("cell_missing_inferred",)}
    if row.omitted:
        return {("cell_merged_inferred",), ("cell_missing_inferred",)}
    return {()}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_row_is_warned_by_the_code_its_missing_cell_calls_for(readings, case):
    codes = [tuple(sorted(WARNED & {w.code for w in m.warnings})) for m in readings[case.name]]
    assert all(code in _codes_allowed(row) for code, row in zip(codes, case.rows, strict=True)), codes


@pytest.mark.parametrize("case", [c for c in CASES if c.rows[0].lost], ids=lambda c: c.name)
def test_a_cell_lost_from_row_one_is_read_empty_in_its_column(readings, case):
    first = readings[case.name][0]
    assert getattr(first, FIELDS[case.rows[0].lost]) is None


@pytest.mark.parametrize("case", [c for c in CASES if "category" in c.name], ids=lambda c: c.name)
def test_the_category_column_heads_its_rows(readings, case):
    assert [m.heading_path[-1] for m in readings[case.name]] == [r.category for r in case.rows]


# A category column merged down before 序号, cells closed by marks (闵行 2023's form): read row by row from each number,
# or refused in one line where a task or row 1's category is lost (pilotplans/parsers/text/category_rows.py).

CATEGORY_FIRST = category_first_cases()
READ_FIRST = [c for c in CATEGORY_FIRST if not c.refused]


@pytest.fixture(scope="module")
def category_first_readings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("category-first")
    return {case.name: read(folder, case.text).measures for case in READ_FIRST}


@pytest.mark.parametrize("case", READ_FIRST, ids=[c.name for c in READ_FIRST])
def test_a_category_merged_down_before_the_number_heads_each_row_of_its_group(category_first_readings, case):
    measures = category_first_readings[case.name]
    assert [(m.number, m.text.replace("\n", ""), m.heading_path) for m in measures] == [
        (r.number, r.text, [r.category]) for r in case.rows]


@pytest.mark.parametrize("case", READ_FIRST, ids=[c.name for c in READ_FIRST])
def test_a_category_merged_down_before_the_number_leaves_every_other_cell_in_its_column(category_first_readings, case):
    assert [(m.responsibility, m.deadline, m.leader) for m in category_first_readings[case.name]] == [
        (r.owners, r.deadline, r.leader) for r in case.rows]


@pytest.mark.parametrize("case", READ_FIRST, ids=[c.name for c in READ_FIRST])
def test_a_row_carrying_its_groups_category_is_warned_merged_and_no_other(category_first_readings, case):
    warned = [[w.code for w in m.warnings if w.code in WARNED] for m in category_first_readings[case.name]]
    assert warned == [["cell_merged_inferred"] * ("category" in r.omitted)
                      + ["cell_missing_inferred"] * (r.lost not in ("", "category")) for r in case.rows]


@pytest.mark.parametrize("case", READ_FIRST, ids=[c.name for c in READ_FIRST])
def test_a_category_merged_down_before_the_number_reads_as_no_implausible_table(tmp_path, case):
    assert [w.code for w in read(tmp_path, case.text).warnings if w.code == "table_implausible"] == []


@pytest.mark.parametrize("case", [c for c in CATEGORY_FIRST if c.refused], ids=lambda c: c.name)
def test_a_task_or_row_ones_category_lost_before_the_number_is_refused_in_one_line(tmp_path, case):
    with pytest.raises(UnreadableFile, match=case.refused) as refused:
        read(tmp_path, case.text)
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_table_read_as_printed_reads_as_no_implausible_table(documents, case):
    assert [w.code for w in documents[case.name].warnings if w.code == "table_implausible"] == []


@pytest.mark.parametrize("case", shredded_cases(), ids=lambda c: c.name)
def test_a_table_read_a_record_per_printed_line_is_warned_implausible_naming_the_lines(tmp_path, case):
    named = "、".join(map(str, case.lines[:5])) + (f" and {len(case.lines) - 5} more" if len(case.lines) > 5 else "")
    warned = [w for w in read(tmp_path, case.text).warnings if w.code == "table_implausible"]
    assert [w.code for w in warned] == ["table_implausible"]
    assert f"{len(case.lines)} come from rows printing nothing but a line of text" in warned[0].message
    assert f"(rows {named};" in warned[0].message


# No number column: nothing anchors a row but its lines' count, and a merged cell breaks the count.

@pytest.mark.parametrize("table, merged", [("lueyang", "deadline"), ("huoshan", "deadline"), ("lueyang", "owners")])
def test_rows_printing_no_number_with_a_merged_cell_are_refused_in_one_line(tmp_path, table, merged):
    from tests.cell_per_line_tables import case

    text = case(table, ("text", "owners", "deadline"), frozenset({merged}), False, False, numbered=False).text
    with pytest.raises(UnreadableFile, match="prints no row numbers.*which line opens which row cannot be told"):
        read(tmp_path, text)


def test_rows_printing_no_number_each_one_line_a_column_are_read(tmp_path):
    from tests.cell_per_line_tables import case

    text = case("huoshan", ("text", "owners", "deadline"), frozenset(), False, False, numbered=False).text
    assert [(m.responsibility, m.deadline) for m in read(tmp_path, text).measures] == [
        ("招商工作部、安商工作部", "全年"), ("改革办", "全年"), ("规划建设局", "全年")]


# The real page: 略阳's 2019 目标任务 table (prose-blind32), refused before.

def test_lueyang_reads_its_twenty_rows_under_their_categories():
    measures = read_document(LUEYANG).measures
    assert [m.number for m in measures] == list(range(1, 21))
    assert [m.heading_path for m in measures[:6]] == [["公共文化服务"]] * 4 + [["文化产业"], ["非遗保护"]]
    assert measures[19].heading_path == ["脱贫攻坚"]


def test_lueyang_reads_a_merged_deadline_leader_and_owner_from_the_row_above_and_warns_it():
    measures = read_document(LUEYANG).measures
    third = measures[2]
    assert (third.text, third.deadline, third.leader, third.responsibility) == (
        "开展好“三下乡”活动。", "12月底前", "夏俊贵", "文化宣传股文化馆")
    assert [w.message for w in third.warnings if w.code == "cell_merged_inferred"] == [
        "row 3 (line 20) prints no 指标/完成时限/责任领导/责任股室(单位): read as merged with the row above"]


def test_lueyang_a_category_carried_down_its_group_is_warned():
    # the text prints 公共文化服务 once over rows 1-4: rows 2-4 read it as merged, said on the record (cells.py warns a
    # group cell it copies down alike); row 5 prints its own (文化产业)
    measures = read_document(LUEYANG).measures
    assert [w.message for w in measures[1].warnings if w.code == "cell_merged_inferred"] == [
        "row 2 (line 17) prints no 指标/完成时限/责任领导: read as merged with the row above"]
    assert [w.message for w in measures[4].warnings if w.code == "cell_merged_inferred"] == [
        "row 5 (line 24) prints no 完成时限/责任领导/责任股室(单位): read as merged with the row above"]


def test_lueyang_rows_printing_every_cell_are_not_warned():
    measures = read_document(LUEYANG).measures
    assert [m.number for m in measures if not any(w.code == "cell_merged_inferred" for w in m.warnings)] == [1, 10, 20]
    assert (measures[9].deadline, measures[9].leader, measures[9].responsibility) == ("5月底", "周 斐", "旅游股")


# Quiet: lines that are short without being a table's cells.

SIGNED = "略阳县文化和旅游局\n2019年3月5日\n"


def test_a_notices_signature_after_the_last_row_is_no_owner_of_it(tmp_path):
    text = LUEYANG.read_text(encoding="utf-8")
    measures = read(tmp_path, text.rstrip("\n") + "\n" + SIGNED).measures
    assert measures[-1].responsibility == "各股室、委属部门单位"


def test_prose_listing_its_owners_one_a_line_under_their_label_is_no_table():
    text = ("一、重点任务\n（一）加强统筹。推进文化下乡。\n责任单位：\n县文化馆\n县图书馆\n（二）完善机制。办好学术交流活动。\n"
            "责任单位：\n县文物股\n" + SIGNED)
    assert read_text(text, "t.txt").grids == ()


def test_a_header_over_rows_printing_no_cell_of_bodies_stays_refused():
    # 序号 and labels, then numbered sentences naming their owners inside: no row prints a cell of bodies, and the
    # kinds read no owner into a merged cell where none was printed above
    text = ("序号\n工作任务\n责任单位\n" + "".join(f"{n}\n第{n}项工作要加强统筹，责任单位为县文化馆。\n" for n in range(1, 5)) + SIGNED)
    with pytest.raises(UnreadableFile, match="one-cell-per-line table"):
        read_text(text, "t.txt")


def test_a_header_whose_first_row_prints_no_owner_is_refused_not_read_by_kinds(tmp_path):
    # the first row has no row above to merge from: its owner blank or lost, which the text cannot tell
    text = ("序号\n工作任务\n责任单位\n完成时限\n1\n加强统筹。\n12月底前\n"
            + "".join(f"{n}\n完善机制。\n县文化馆\n12月底前\n" for n in range(2, 5)))
    with pytest.raises(UnreadableFile):
        read(tmp_path, text)


def test_a_label_before_no_task_column_names_no_category(tmp_path):
    # 指标 heads a category only before a task or text column (columns.toml before_task): here it is the text
    from pilotplans.parsers.columns import before_task_roles

    assert before_task_roles([None, "responsibility", "deadline"], ["指标", "责任单位", "完成时限"]) == [None, "responsibility", "deadline"]
    assert before_task_roles([None, "task", "deadline"], ["指标", "工作任务", "完成时限"]) == ["heading", "task", "deadline"]


# Quiet: a short word of another column is no leader; what follows a table's last row is none of its cells.

HEADER5 = "序号\n工作任务\n完成时限\n责任领导\n责任单位\n"
FIRST = "1\n推进县文化馆总分馆制建设。\n12月底前\n夏俊贵\n文化宣传股\n"


@pytest.mark.parametrize("line", ["上半年", "每季度", "城关镇", "财政"])
def test_a_short_word_no_name_opens_is_no_leader_where_a_row_prints_none(tmp_path, line):
    # row 2 prints no leader (merged) and a cell no kind holds (a deadline the vocabulary does not know, an owner with
    # no body's ending): read as the leader it was a name; opening with no surname, it is no one's, and the row's
    # lines do not all find a column
    text = (HEADER5 + FIRST + f"2\n培育规模以上文化服务企业1家。\n{line}\n产业股\n"
            "3\n完成县级应急广播系统建设。\n10月底前\n黄文阁\n广电事业股\n")
    with pytest.raises(UnreadableFile, match="one-cell-per-line table"):
        read(tmp_path, text)


@pytest.mark.parametrize("leader", ["黃文閣", "欧阳晓明", "叶林"])
def test_a_name_opening_with_a_surname_is_read_as_the_leader(tmp_path, leader):
    # a traditional name read as simplified, a surname of two characters, a given name of one
    text = (HEADER5 + FIRST + "2\n培育规模以上文化服务企业1家。\n11月底前\n周斐\n产业股\n"
            f"3\n完成县级应急广播系统建设。\n广电事业股\n")
    text = text.replace("周斐", leader)
    assert [m.leader for m in read(tmp_path, text).measures] == ["夏俊贵", leader, leader]


def test_an_attachment_after_the_last_row_is_no_line_of_its_task(tmp_path):
    # the last row's task ends no sentence; 附件2 and its list of a group's members (组长 / 张三) follow the table
    text = ("序号\n工作任务\n责任领导\n责任单位\n1\n推进县文化馆总分馆制建设\n夏俊贵\n文化宣传股\n"
            "2\n培育规模以上文化服务企业1家\n产业股\n3\n完成县级应急广播系统建设\n"
            "附件2\n县文化和旅游工作领导小组名单\n组长\n张三\n副组长\n李四\n")
    last = read(tmp_path, text).measures[-1]
    assert (last.text, last.leader, last.responsibility) == ("完成县级应急广播系统建设", "夏俊贵", "产业股")


def test_a_task_wrapped_over_a_line_opening_no_heading_runs_on(tmp_path):
    text = ("序号\n工作任务\n责任领导\n责任单位\n1\n推进县文化馆总分馆制建设\n夏俊贵\n文化宣传股\n"
            "2\n培育规模以上文化服务企业1家\n产业股\n3\n完成县级应急广播系统建设，\n办好学术交流活动\n")
    assert read(tmp_path, text).measures[-1].text == "完成县级应急广播系统建设，\n办好学术交流活动"


def test_an_office_over_its_imprint_after_the_last_row_is_no_owner_of_it(tmp_path):
    # 略阳县文化和旅游局办公室 / 2019年3月5日印发: a sign-off printing no date line of its own
    text = (HEADER5 + FIRST + "2\n培育规模以上文化服务企业1家。\n产业股\n3\n完成县级应急广播系统建设。\n广电事业股\n"
            "略阳县文化和旅游局办公室\n2019年3月5日印发\n")
    assert read(tmp_path, text).measures[-1].responsibility == "广电事业股"


LAST_TASK_OPEN = ("序号\n工作任务\n责任领导\n责任单位\n1\n推进县文化馆总分馆制建设\n夏俊贵\n文化宣传股\n"
                  "2\n培育规模以上文化服务企业1家\n产业股\n3\n完成县级应急广播系统建设\n")


@pytest.mark.parametrize("after", [
    # a policy page's contact block (高唐 2024's 解读, www.gaotang.gov.cn): labelled lines, one naming an office
    "解读机构及咨询方式\n政策解读单位:高唐县人民政府办公室\n具体联系人:张 超\n咨询电话:0635-7219958\n",
    # a notice's attachment named with its title, and its date in Chinese numerals (三水 2007, jxtv3.com)
    "附件:2007年三水区政府工作主要任务分解表\n二○○七年四月十三日\n",
])
def test_the_pages_lines_after_a_last_row_ending_no_sentence_are_none_of_its_cells(tmp_path, after):
    last = read(tmp_path, LAST_TASK_OPEN + after).measures[-1]
    assert (last.text, last.leader, last.responsibility) == ("完成县级应急广播系统建设", "夏俊贵", "产业股")


# tables33's leftovers: a signature dated by its month, a contact's name, a word opening with a surname's character.

ROWS_THEN = (HEADER5 + FIRST + "2\n培育规模以上文化服务企业1家。\n产业股\n3\n完成县级应急广播系统建设。\n广电事业股\n")


def test_an_office_over_a_year_and_month_after_the_last_row_is_no_owner_of_it(tmp_path):
    # before: 广电事业股\n略阳县文化和旅游局 (the notice dated by its month, 2019年3月, read as the row's second owner)
    last = read(tmp_path, ROWS_THEN + "略阳县文化和旅游局\n2019年3月\n").measures[-1]
    assert (last.responsibility, last.deadline) == ("广电事业股", "12月底前")


def test_an_office_over_a_year_and_month_stays_the_last_owner_where_a_deadline_column_follows_the_owners(tmp_path):
    # 序号 | 工作任务 | 责任领导 | 责任单位 | 完成时限: the month may be the last row's deadline, its office an owner
    text = ("序号\n工作任务\n责任领导\n责任单位\n完成时限\n1\n推进县文化馆总分馆制建设。\n夏俊贵\n文化宣传股\n12月底前\n"
            "2\n培育规模以上文化服务企业1家。\n产业股\n3\n完成县级应急广播系统建设。\n广电事业股\n"
            "略阳县文化和旅游局\n2019年3月\n")
    last = read(tmp_path, text).measures[-1]
    assert (last.responsibility, last.deadline) == ("广电事业股\n略阳县文化和旅游局", "2019年3月")


def test_a_body_naming_no_place_over_a_year_and_month_stays_the_last_owner(tmp_path):
    # 县文化和旅游局 leaves its place to the document, as a row's bodies do: no signer (a notice signs with its place)
    last = read(tmp_path, ROWS_THEN + "县文化和旅游局\n2019年3月\n").measures[-1]
    assert last.responsibility == "广电事业股\n县文化和旅游局"


def test_the_last_rows_bodies_over_a_signer_naming_its_place_stay_the_rows(tmp_path):
    # 规划建设局 / 略阳县文化和旅游局 / 2019年3月5日 after a row printing no deadline (merged): both lines end like a
    # body's name over a whole date; the signature opens at the one naming its place (before: at 规划建设局, the row's
    # owner then read as merged from the row above)
    text = ("序号\n工作任务\n责任单位\n完成时限\n1\n推进县文化馆总分馆制建设。\n文化宣传股\n12月底前\n"
            "2\n培育规模以上文化服务企业1家。\n产业股\n3\n完成县级应急广播系统建设。\n规划建设局\n" + SIGNED)
    assert read(tmp_path, text).measures[-1].responsibility == "规划建设局"


@pytest.mark.parametrize("party", ["中共略阳县委宣传部", "中国共产党略阳县委员会"])
def test_a_joint_notices_party_signer_over_a_signer_naming_its_place_is_no_owner_of_the_last_row(tmp_path, party):
    # 中共略阳县委宣传部 / 略阳县文化和旅游局 / 2019年3月5日: the first signer names its place after the Party's name;
    # before, it read as a row's body above the signer, and the last row's second owner
    text = ("序号\n工作任务\n完成时限\n责任单位\n1\n推进县文化馆总分馆制建设。\n12月底前\n文化宣传股\n"
            "2\n培育规模以上文化服务企业1家。\n产业股\n3\n完成县级应急广播系统建设。\n10月底前\n广电事业股\n"
            f"{party}\n{SIGNED}")
    assert read(tmp_path, text).measures[-1].responsibility == "广电事业股"


LEADER_LAST = ("序号\n工作任务\n责任单位\n责任领导\n1\n推进县文化馆总分馆制建设。\n文化宣传股\n夏俊贵\n"
               "2\n培育规模以上文化服务企业1家。\n产业股\n3\n完成县级应急广播系统建设。\n广电事业股\n")


@pytest.mark.parametrize("phone", ["0635-7219958", "13812345678", "联系电话：0635-7219958"])
def test_a_contacts_name_over_a_telephone_number_after_the_last_row_is_no_leader(tmp_path, phone):
    # before: 张 超 read as row 3's leader; row 3 prints none (merged): 夏俊贵's, warned
    last = read(tmp_path, LEADER_LAST + f"张 超\n{phone}\n").measures[-1]
    assert (last.leader, last.responsibility) == ("夏俊贵", "广电事业股")
    assert [w.message for w in last.warnings if w.code == "cell_merged_inferred"] == [
        "row 3 (line 12) prints no 责任领导: read as merged with the row above"]


def test_a_name_closing_the_last_row_with_no_telephone_after_it_stays_its_leader(tmp_path):
    # the text cannot tell a leader printed last from a contact where no number follows: the row's, as printed
    assert read(tmp_path, LEADER_LAST + "张 超\n").measures[-1].leader == "张 超"


@pytest.mark.parametrize("word", ["高质量", "高效率", "常规性", "黄泥巷"])
def test_a_word_opening_with_a_surnames_character_is_no_leader_where_a_row_prints_none(tmp_path, word):
    # before: read as row 2's leader (高 常 王 黄 are surnames); closing as a derived word or a place's name does, it is
    # no one's, and the row's lines do not all find a column
    text = (HEADER5 + FIRST + f"2\n培育规模以上文化服务企业1家。\n{word}\n产业股\n"
            "3\n完成县级应急广播系统建设。\n10月底前\n黄文阁\n广电事业股\n")
    with pytest.raises(UnreadableFile, match="one-cell-per-line table"):
        read(tmp_path, text)


@pytest.mark.parametrize("leader", ["高建国", "常青", "王府"])
def test_a_name_opening_as_such_a_word_does_stays_a_leader(tmp_path, leader):
    text = (HEADER5 + FIRST + f"2\n培育规模以上文化服务企业1家。\n11月底前\n{leader}\n产业股\n3\n完成县级应急广播系统建设。\n广电事业股\n")
    assert [m.leader for m in read(tmp_path, text).measures] == ["夏俊贵", leader, leader]


@pytest.mark.parametrize("word", ["高质量", "常规性"])
def test_such_a_word_where_the_last_row_prints_its_leader_refuses_the_table_keeping_no_owner_of_the_row_above(
        tmp_path, word):
    # before: the last row's lines stopped at the word (no person), its printed 广电事业股 dropped and 产业股 and
    # 黄文阁 read as merged from row 2
    text = (HEADER5 + FIRST + "2\n培育规模以上文化服务企业1家。\n11月底前\n黄文阁\n产业股\n"
            f"3\n完成县级应急广播系统建设。\n{word}\n广电事业股\n")
    with pytest.raises(UnreadableFile, match="one-cell-per-line table"):
        read(tmp_path, text)


@pytest.mark.parametrize("leader", ["李镇", "王建村", "李文化", "王度"])
def test_a_given_name_closing_as_a_place_or_a_word_may_stays_a_leader(tmp_path, leader):
    # 镇 村 化 度 close given names too (no_name_endings leaves them out): before, row 2 was refused and row 3's
    # printed owner lost for row 2's
    middle = (HEADER5 + FIRST + f"2\n培育规模以上文化服务企业1家。\n{leader}\n产业股\n"
              "3\n完成县级应急广播系统建设。\n10月底前\n黄文阁\n广电事业股\n")
    assert [(m.leader, m.responsibility) for m in read(tmp_path, middle).measures] == [
        ("夏俊贵", "文化宣传股"), (leader, "产业股"), ("黄文阁", "广电事业股")]
    last = (HEADER5 + FIRST + "2\n培育规模以上文化服务企业1家。\n11月底前\n黄文阁\n产业股\n"
            f"3\n完成县级应急广播系统建设。\n{leader}\n广电事业股\n")
    assert [(m.leader, m.responsibility) for m in read(tmp_path, last).measures][-1] == (leader, "广电事业股")

"""A task column printed between a heading column and the measures' (类别 | 序号 | 任务名称 | 任务要求及举措 | …: 闵行
2023's table, tests/fixtures/prose-blind36) is a second heading level: each row's heading path holds its category,
then the name the column prints (a name merged down, or printed again, over several numbered rows carried to each of
them), and the measure's text stays the measure's. Before, with one heading column per table, the column was read by
no role and its names were left out (column_unlabelled).

The near misses stay as they were: a name column that is the measure itself (no other text column) is the rows'
text; a column whose every name closes a sentence opens each row's text (the row's task, as a single task column's
sentence does), no heading; a column printing both names and closed sentences is read neither way and said unread.

Tables are drawn by tests/second_heading_tables.py, whose cases know what they must read as (never from a reading)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pilotplans.errors import UnreadableFile
from pilotplans.ingest.pipeline import read_document
from tests.second_heading_tables import MINHANG, HeadingCase, NamedRow, _expected, heading_cases, untitled_cases, write_case

CASES = heading_cases()
FIRST, SECOND = "持续推进“两个示范村”建设", "全面推进农民集中居住"


def _read_case(case: HeadingCase, tmp_path):
    return read_document(write_case(case, tmp_path))


@pytest.mark.parametrize("case", [c for c in CASES if c.expected is not None], ids=lambda c: c.id)
def test_each_drawn_table_reads_each_row_under_its_category_and_name(case, tmp_path):
    measures = _read_case(case, tmp_path).measures
    assert [(m.number, tuple(m.heading_path), m.text, m.responsibility, m.deadline) for m in measures] == [
        (e.number, e.path, e.text, e.owners, e.deadline) for e in case.expected]


@pytest.mark.parametrize("case", [c for c in CASES if c.expected is None], ids=lambda c: c.id)
def test_a_name_merged_down_in_a_table_one_cell_a_line_is_refused(case, tmp_path):
    # each cell closed by ` |`: a row printing no name is a cell short, and no kind tells a name from a measure
    with pytest.raises(UnreadableFile, match=r"its row 2 holds 4 cells where a row holds 5 after its 类别"):
        _read_case(case, tmp_path)


def test_the_cases_cover_every_dimension():
    assert {(c.named, c.merged, c.numbered, c.carrier) for c in CASES} >= {
        (named, merged, numbered, carrier) for named in (False, True) for merged in (False, True)
        for numbered in (False, True) for carrier in ("html", "docx") if named or not merged}
    assert {c.id for c in CASES if c.carrier == "marked"} == {
        "marked-no-name-numbered", "marked-repeated-numbered", "marked-merged-numbered"}


def _case(carrier: str = "html", merged: bool = False) -> HeadingCase:
    return next(c for c in CASES if c.carrier == carrier and c.named and c.merged == merged and c.numbered)


def test_the_names_are_headings_of_the_second_level_under_their_category(tmp_path):
    document = _read_case(_case(merged=True), tmp_path)
    assert [(h.position, h.level, h.parent, h.title) for h in document.tables[0].headings] == [
        (1, 1, None, FIRST), (2, 2, 1, "完成2022年度乡村振兴示范村建设"), (3, 2, 1, "开展市级美丽乡村示范村创建"),
        (4, 1, None, SECOND), (5, 2, 4, "推进农民相对集中居住")]


def test_a_category_over_its_names_is_no_empty_heading_and_unnumbered_names_no_numbering_fault(tmp_path):
    document = _read_case(_case(), tmp_path)
    codes = {w.code for h in document.tables[0].headings for w in h.warnings} | {w.code for w in document.warnings}
    assert codes & {"heading_empty", "heading_number_missing", "heading_out_of_order", "column_unlabelled"} == set()


def test_a_name_printed_again_on_the_next_row_is_the_same_heading(tmp_path):
    repeated = replace(_case(), rows=_case(merged=True).rows, expected=_expected(_case(merged=True).rows, True, True))
    document = _read_case(repeated, tmp_path)
    assert [h.title for h in document.tables[0].headings] == [
        FIRST, "完成2022年度乡村振兴示范村建设", "开展市级美丽乡村示范村创建", SECOND, "推进农民相对集中居住"]


def _sentence_named(rows: tuple[NamedRow, ...], closed: tuple[int, ...]) -> tuple[NamedRow, ...]:
    """The rows whose name, for those at ``closed`` (0-based), is the measure's first sentence, the rest its text."""
    out = []
    for i, row in enumerate(rows):
        if i in closed:
            first, _, rest = row.text.partition("。")
            row = NamedRow(row.category, f"{first}。", rest, row.owners, row.deadline)
        out.append(row)
    return tuple(out)


def test_near_miss_names_that_each_close_a_sentence_open_the_row_s_text_under_the_category_alone(tmp_path):
    rows = _sentence_named(MINHANG, (0, 1, 2, 3))
    document = _read_case(replace(_case(), rows=rows), tmp_path)
    assert [(m.number, m.heading_path, m.text) for m in document.measures] == [
        (i, [FIRST if i <= 3 else SECOND], "\n".join(p for p in (row.name, row.text) if p))
        for i, row in enumerate(rows, start=1)]  # row 3's measure is one sentence: its name, the text cell blank
    assert [h.title for h in document.tables[0].headings] == [FIRST, SECOND]


def test_near_miss_a_column_printing_names_and_sentences_alike_is_read_neither_way_and_said_unread(tmp_path):
    rows = _sentence_named(MINHANG, (2, 3))
    document = _read_case(replace(_case(), rows=rows), tmp_path)
    assert [(m.number, m.heading_path, m.text) for m in document.measures] == [
        (i, [FIRST if i <= 3 else SECOND], row.text) for i, row in enumerate(rows, start=1)]
    assert [w.message for w in document.warnings if w.code == "column_unlabelled"] == [
        "row 2: column 3 (任务名称) prints both names and closed sentences, read neither as headings nor as the rows' "
        "text, and its text is not read: 完成2022年度乡村振兴示范村建设"]


def test_near_miss_a_name_column_with_no_measures_column_beside_it_is_the_rows_text(tmp_path):
    # 类别 | 序号 | 任务名称 | 责任部门 | 完成时间节点: the name is the measure itself
    html = ("<html><head><meta charset='utf-8'></head><body><p>2023年乡村振兴重点任务清单</p><table border='1'>"
            "<tr><td>类别</td><td>序号</td><td>任务名称</td><td>责任部门</td><td>完成时间节点</td></tr>"
            + "".join(f"<tr><td>{r.category}</td><td>{i}</td><td>{r.name}</td><td>{r.owners}</td><td>{r.deadline}</td></tr>"
                      for i, r in enumerate(MINHANG, start=1)) + "</table></body></html>")
    page = tmp_path / "names.html"
    page.write_text(html, encoding="utf-8")
    document = read_document(page)
    assert [(m.number, m.heading_path, m.text) for m in document.measures] == [
        (i, [FIRST if i <= 3 else SECOND], r.name) for i, r in enumerate(MINHANG, start=1)]


def test_a_gap_in_the_categories_numbers_is_still_reported_with_names_under_them(tmp_path):
    # the categories' numbers checked among themselves: (一) then (三) is a gap, the names under them no fault
    rows = tuple(replace(r, category=r.category.replace("(二)", "(三)")) for r in MINHANG)
    document = _read_case(replace(_case(), rows=rows), tmp_path)
    assert [(h.level, h.title, [w.code for w in h.warnings]) for h in document.tables[0].headings] == [
        (1, FIRST, []), (2, "完成2022年度乡村振兴示范村建设", []), (2, "开展2023年度乡村振兴示范村建设", []),
        (2, "开展市级美丽乡村示范村创建", []), (1, SECOND, ["heading_gap"]), (2, "推进农民相对集中居住", [])]


@pytest.mark.parametrize("label, cell", [("工作目标", "年内完成1个示范村建设"), ("工作要求", "如期完成建设任务"),
                                         ("责任街镇", "浦锦街道、马桥镇"), ("类型", "新建"), ("性质", "新建")])
def test_near_miss_a_column_not_labelled_with_a_task_word_between_category_and_measures_is_no_second_level(
        tmp_path, label, cell):
    # 类别 | 序号 | 工作目标 | 具体措施 | …: two text columns of one measure, a column of places or of short kind words;
    # none names a task, so no row's path gains it and the measures' text is as printed
    html = ("<html><head><meta charset='utf-8'></head><body><p>2023年乡村振兴重点任务清单</p><table border='1'>"
            f"<tr><td>类别</td><td>序号</td><td>{label}</td><td>具体措施</td><td>责任单位</td><td>完成时限</td></tr>"
            + "".join(f"<tr><td>{r.category}</td><td>{i}</td><td>{cell}</td><td>{r.text}</td><td>{r.owners}</td>"
                      f"<td>{r.deadline}</td></tr>" for i, r in enumerate(MINHANG[:3], start=1)) + "</table></body></html>")
    page = tmp_path / "near.html"
    page.write_text(html, encoding="utf-8")
    document = read_document(page)
    assert "subheading" not in document.tables[0].roles
    assert [(m.number, m.heading_path, m.text) for m in document.measures] == [
        (i, [FIRST], r.text) for i, r in enumerate(MINHANG[:3], start=1)]


@pytest.mark.parametrize("kind, case", untitled_cases(), ids=lambda c: c if isinstance(c, str) else c.id)
def test_a_task_column_printing_places_kind_words_or_targets_is_no_heading_and_said_unread(kind, case, tmp_path):
    # r_tables39's leftover: 工作任务 between 类别 and the measures printing 浦锦街道、马桥镇, 新建 or 地区生产总值增长6%左右
    # was made level-2 headings; the cells' kind now leaves the column unread, as before the second heading level
    document = _read_case(case, tmp_path)
    assert [(m.number, tuple(m.heading_path), m.text) for m in document.measures] == [
        (e.number, e.path, e.text) for e in case.expected]
    said = {"places": "places", "kind-words": "a project's kind", "targets": "a target"}[kind]
    first = case.rows[0].name
    assert [w.message for w in document.warnings if w.code == "column_unlabelled"] == [
        f"row 2: column 3 (任务名称) prints {said} ({first}), no task's title, read as no heading, and its text is "
        f"not read: {first}"]


def test_titles_closing_like_a_town_or_holding_a_figure_stay_headings(tmp_path):
    # near misses: 特色小镇 and 商业街 close with a town's level word, 2022年度 and 1个 are figures, but no name is a
    # town alone, a target's mark or a word shorter than a title
    names = ("建设特色小镇", "打造特色商业街", "完成2022年度1个示范村建设", "推进农民相对集中居住")
    rows = tuple(NamedRow(r.category, name, r.text, r.owners, r.deadline) for r, name in zip(MINHANG, names))
    case = HeadingCase(True, False, True, "html", rows, _expected(rows, named=True, numbered=True))
    document = _read_case(case, tmp_path)
    assert [tuple(m.heading_path) for m in document.measures] == [e.path for e in case.expected]
    assert [w for w in document.warnings if w.code == "column_unlabelled"] == []


@pytest.mark.parametrize("carrier", ["html", "docx", "marked"])
@pytest.mark.parametrize("names", [("稳增长", "促消费", "优环境", "惠民生"), ("招商", "党建", "招商", "党建")],
                         ids=["three-characters", "two-characters"])
def test_a_task_column_of_short_titles_stays_headings(names, carrier, tmp_path):
    # near miss: a task-name column printing titles of two or three characters (稳增长, 招商, 党建) names work as a
    # longer title does; only a project's kind (新建, 改扩建: table_words.toml project_kinds) is no title
    rows = tuple(NamedRow(r.category, name, r.text, r.owners, r.deadline) for r, name in zip(MINHANG, names))
    case = HeadingCase(True, False, True, carrier, rows, _expected(rows, named=True, numbered=True))
    document = _read_case(case, tmp_path)
    assert [(m.number, tuple(m.heading_path), m.text) for m in document.measures] == [
        (e.number, e.path, e.text) for e in case.expected]
    assert [w for w in document.warnings if w.code == "column_unlabelled"] == []


def test_one_place_or_target_among_titles_leaves_the_column_s_headings_read(tmp_path):
    # near miss: one cell of four no title (七宝镇, 增长5%左右) does not make the column no task's: most name work
    names = ("完成2022年度乡村振兴示范村建设", "七宝镇", "农业增加值增长5%左右", "推进农民相对集中居住")
    rows = tuple(NamedRow(r.category, name, r.text, r.owners, r.deadline) for r, name in zip(MINHANG, names))
    case = HeadingCase(True, False, True, "html", rows, _expected(rows, named=True, numbered=True))
    document = _read_case(case, tmp_path)
    assert [tuple(m.heading_path) for m in document.measures] == [e.path for e in case.expected]
    assert [w for w in document.warnings if w.code == "column_unlabelled"] == []

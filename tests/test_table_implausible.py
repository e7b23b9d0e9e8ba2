"""A task table whose reading no plan would print is warned ``table_implausible`` on its document (told on stderr by
``extract``), so that a table read with its cells under the wrong labels never passes with exit 0 and no word
(pilotplans/parsers/interpret/plausible.py): a heading that is a date (a deadline read as the rows' category), and
owners printed with a mark beside a name that no note of the document explains. The table is 闵行 2023's
(tests/fixtures/prose-blind36), each cell's lines joined and closed `` |`` (tests/test_marked_category_column.py)."""

from __future__ import annotations

import pilotplans.parsers.text.category_rows as category_rows
from pilotplans.ingest.pipeline import read_document
from tests.test_marked_category_column import FIRST, _category_on_every_row, _marked


def _codes_and_messages(tmp_path, lines: list[str]) -> list[str]:
    page = tmp_path / "table.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [w.message for w in read_document(page).warnings if w.code == "table_implausible"]


def test_deadlines_read_as_headings_are_warned(tmp_path, monkeypatch):
    # fires: the rows counted by the distance between numbers (main's reading before category_rows): rows 2, 3 and 5
    # read their deadlines as their headings
    monkeypatch.setattr(category_rows, "category_rows", lambda cells, numbers: None)
    assert _codes_and_messages(tmp_path, _marked()) == [
        "the heading of measures 2、3、5 is a date (10月底): a deadline read as a category, the table's cells likely "
        "placed under the wrong labels — check the table against its source"]


def test_a_category_in_a_deadline_s_words_without_a_date_is_no_date(tmp_path):
    # quiet: 持续推进 is a deadline's word (ongoing) and a category's too; no month, year or figure dates it
    lines = [line.replace(f"(一){FIRST}", "(一)持续推进") for line in _marked()]
    assert _codes_and_messages(tmp_path, lines) == []


def test_marked_owners_with_no_note_of_the_mark_are_warned(tmp_path):
    # fires: the header's note (加*号为牵头部门,其余为参与部门) taken out: the * beside 区农业农村委 is explained nowhere
    lines = [line.replace("(加*号为牵头部门,其余为参与部门)", "") for line in _marked()]
    assert _codes_and_messages(tmp_path, lines) == [
        "the owners of measures 1、2、3、4、5 print a mark beside a name (区农业农村委*) and no note of the document says "
        "what it marks: every owner is read as its column gives, the marked one alike"]


def test_marked_owners_under_a_note_of_the_mark_are_not_warned(tmp_path):
    # quiet: the header states what the mark means
    assert _codes_and_messages(tmp_path, _marked()) == []


def test_a_year_heading_is_a_real_heading(tmp_path):
    # quiet (review): a table grouped by year (2025年, 2026年 printed on every row of its group, 类别 | 序号 | …): a year
    # alone names a period, a group's heading, never the point a deadline names (10月底) — row 5, cut on the page
    # before its deadline, is no deadline read as its heading; the 任务名称 column is the second level under each year
    lines = _category_on_every_row(_marked())
    lines = [line.replace(f"(一){FIRST}", "2025年").replace("(二)全面推进农民集中居住", "2026年") for line in lines]
    page = tmp_path / "table.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    document = read_document(page)
    assert [(m.heading_path, m.deadline) for m in document.measures][:4] == [
        (["2025年", "完成2022年度乡村振兴示范村建设"], "10月底"), (["2025年", "开展2023年度乡村振兴示范村建设"], "12月底"),
        (["2025年", "开展市级美丽乡村示范村创建"], "12月底"), (["2026年", "推进农民相对集中居住"], "12月底")]
    assert [w.message for w in document.warnings if w.code == "table_implausible"] == []


def test_marks_under_a_note_of_another_mark_are_warned(tmp_path):
    # fires (review): the header's note names △, the owners print *: the * is explained nowhere, and the △ printed
    # nowhere leaves the lead unread
    lines = [line.replace("加*号为牵头部门", "加△号为牵头部门") for line in _marked()]
    assert _codes_and_messages(tmp_path, lines) == [
        "the owners of measures 1、2、3、4、5 print a mark beside a name (区农业农村委*) and no note of the document says "
        "what it marks: every owner is read as its column gives, the marked one alike",
        "the note 责任部门(加△号为牵头部门,其余为参与部门) says the bodies marked △ lead, and no owner prints the mark "
        "(the copy may have lost it): the lead it singles out is read nowhere — check the owners against the source"]


def test_a_note_of_a_mark_no_owner_prints_is_warned(tmp_path):
    # fires (review): the header's note kept, the owners' * lost in the copy: every department reads as the note's
    # 参与部门 and none as the lead, which the page does not say
    lines = [line if line.startswith("责任部门") else line.replace("*", "") for line in _marked()]
    assert _codes_and_messages(tmp_path, lines) == [
        "the note 责任部门(加*号为牵头部门,其余为参与部门) says the bodies marked * lead, and no owner prints the mark "
        "(the copy may have lost it): the lead it singles out is read nowhere — check the owners against the source"]

"""Text a task table prints where no label of its header names it is not read, and a user is told."""

from __future__ import annotations

import docx
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.ingest.pipeline import read_document

runner = CliRunner()


def task_table(tmp_path, rows: list[tuple[str, ...]], name: str = "tasks.docx"):
    document = docx.Document()
    document.add_paragraph("某市深化服务贸易创新发展试点任务分工")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / name
    document.save(path)
    return path


#: What a page naming no place says of its level and region (pilotplans.normalizers.place), not of its cells.
_PLACING = ("level_from_bodies", "region_unnamed")


def warnings_of(path) -> list[tuple[str, str]]:
    return [(w.code, w.message) for w in read_document(path).warnings if w.code not in _PLACING]


def test_text_under_a_column_without_a_label_is_reported_once_for_the_column(tmp_path):
    path = task_table(tmp_path, [("序号", "具体举措", "责任单位", ""),
                                 ("1", "推进服务贸易便利化。", "市商务局", "2021年底前"),
                                 ("2", "完善统计监测制度。", "市统计局", "2022年")])
    assert warnings_of(path) == [
        ("column_unlabelled", "row 2: column 4 has no label in the header, and its text is not read: 2021年底前")]


def test_extract_notes_the_text_it_did_not_read(tmp_path):
    path = task_table(tmp_path, [("序号", "具体举措", "责任单位", ""), ("1", "推进服务贸易便利化。", "市商务局", "2021年底前")])
    result = runner.invoke(app, ["extract", "--format", "jsonl", str(path)])
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "note: tasks.docx: row 2: column 4 has no label in the header, and its text is not read: 2021年底前",
        # the table names no place: its level is read from 市商务局, its region is unknown
        "note: tasks.docx: nothing else gives its level, and its bodies are written 市… only (市商务局): read as a "
        "municipal document",
        "note: tasks.docx: a municipal document for which no place of its own is read in its title, issuer, 文号, notice or bodies: "
        "its region is unknown, and its bodies written with their level word only (市商务局) are left unresolved"]


def test_a_column_without_a_label_that_stays_empty_says_nothing(tmp_path):
    path = task_table(tmp_path, [("序号", "具体举措", "责任单位", ""), ("1", "推进服务贸易便利化。", "市商务局", "")])
    assert warnings_of(path) == []


def test_a_labelled_column_says_nothing(tmp_path):
    path = task_table(tmp_path, [("序号", "具体举措", "责任单位", "完成时限"), ("1", "推进服务贸易便利化。", "市商务局", "2021年底前")])
    assert warnings_of(path) == []


def test_text_under_a_label_no_column_role_names_is_reported_once_for_the_column(tmp_path):
    # 工作成效 is no label of the column vocabulary: its text was dropped without a word
    path = task_table(tmp_path, [("序号", "具体举措", "责任单位", "工作成效"),
                                 ("1", "推进服务贸易便利化。", "市商务局", "网上可办率达到95%"),
                                 ("2", "完善统计监测制度。", "市统计局", "按季发布")])
    assert warnings_of(path) == [
        ("column_unlabelled", "row 2: column 4 (工作成效) has a label no column role reads, and its text is not read: 网上可办率达到95%")]

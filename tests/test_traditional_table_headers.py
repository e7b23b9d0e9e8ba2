"""A task table whose header is printed in traditional characters (序號 | 具體舉措 | 牽頭單位 | 配合單位,
as a mirror site's traditional-character copy prints it) gives its columns the roles the simplified
header gives: the header vocabulary reads traditional characters as simplified, as the labels of
field lines and brackets already did. Before, no column of such a header was known and the copy was
refused (no task table or task list found), though the same table in simplified characters was read.

``plans/jinan-markdown-table.traditional.txt`` is ``plans/jinan-markdown-table.txt`` converted by
OpenCC's s2t, the conversion mirror sites apply."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.normalizers.simplified import fold
from pilotplans.parsers.columns import read_header
from tests.conftest import FIXTURES
from tests.test_columns import header

SIMPLIFIED = FIXTURES / "plans" / "jinan-markdown-table.txt"
TRADITIONAL = FIXTURES / "plans" / "jinan-markdown-table.traditional.txt"


def _owners(path):
    return [(m.number, fold(m.responsibility or ""), fold(m.cooperating or ""), fold(m.deadline or ""),
             [(fold(d.raw), d.role) for d in m.departments]) for m in read_document(path).measures]


def test_a_traditional_header_gives_its_columns_the_simplified_roles():
    assert read_header(header("序號", "具體舉措", "牽頭單位", "配合單位", "完成時限")).roles == (
        "number", "text", "responsibility", "cooperating", "deadline")


def test_a_traditional_copy_of_a_task_table_reads_the_measures_and_roles_of_the_simplified_one():
    owners = _owners(TRADITIONAL)
    assert len(owners) == 5
    assert owners == _owners(SIMPLIFIED)


def test_the_traditional_copy_keeps_its_bodies_as_printed():
    first = read_document(TRADITIONAL).measures[0]
    assert [(d.raw, d.role) for d in first.departments] == [("濟南海關", "lead"), ("市商務局", "assist")]


def test_a_traditional_header_of_no_task_table_stays_no_header():
    # names and posts, or owners without the measures: no task table in either script
    assert read_header(header("姓名", "職務", "電話")) is None
    assert read_header(header("序號", "牽頭單位", "配合單位")) is None


def test_a_traditional_header_keeps_both_responsibility_columns_whose_labels_give_different_roles():
    # 牽頭單位 | 責任單位: each kept, as 牵头单位 | 责任单位 are (the second was dropped as a repeat of the first
    # when its label was read as printed)
    assert read_header(header("序號", "具體舉措", "牽頭單位", "責任單位")).roles == (
        "number", "text", "responsibility", "responsibility")


TWO_TABLES = FIXTURES / "plans" / "jinan-two-tables-one-grid.txt"
TWO_TABLES_TRADITIONAL = FIXTURES / "plans" / "jinan-two-tables-one-grid.traditional.txt"


def test_a_second_traditional_header_under_a_first_in_one_grid_opens_a_table_of_its_own():
    # 序號 | 主要任務 | 責任單位 | … under the first table's rows: it was read as a measure whose bodies were
    # the labels 責任單位 (lead) and 完成時限 (assist), the rows under it as repeats of measures 1 and 2
    assert _owners(TWO_TABLES_TRADITIONAL) == _owners(TWO_TABLES)
    assert [(m.number, [(fold(d.raw), d.role) for d in m.departments]) for m in read_document(TWO_TABLES_TRADITIONAL).measures] == [
        (1, [("济南海关", "lead"), ("市商务局", "assist")]), (2, [("市商务局", "lead"), ("济南海关", "assist")]),
        (1, [("市委宣传部", "lead")]), (2, [("市卫生健康委", "lead")])]


def test_a_traditional_label_listed_whole_is_a_listed_label_and_a_text_holding_one_is_not():
    from pilotplans.parsers.columns import is_listed_label

    assert [is_listed_label(t) for t in ("序號", "主要任務", "責任單位", "完成時限")] == [True, True, True, True]
    assert is_listed_label("落實責任分工") is False

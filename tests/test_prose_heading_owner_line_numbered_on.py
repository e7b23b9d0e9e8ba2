"""A heading printing a line of owners under its title, over items numbered on from the measures under the
heading before it (tests/fixtures/prose-shapes/SOURCES.md; prose-blind18's 福建 page): a heading whose owners
its items take, warned, not a measure whose text they are."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

SHAPES = FIXTURES / "prose-shapes"


def _rows(name: str):
    document = read_document(SHAPES / name)
    return [(m.number_raw, m.heading_path, m.text, m.responsibility,
             [w.code for w in m.warnings if w.code != "department_unresolved"]) for m in document.measures]


def test_items_numbered_on_under_a_heading_with_an_owner_line_are_its_measures():
    assert _rows("heading-owner-line-over-items-numbered-on.txt")[2:] == [
        ("3.", ["主要任务", "构建线下产业园区平台"], "构建跨境电子商务园区体系。建设一批跨境电子商务产业园区。",
         "省商务厅,各设区市人民政府", ["responsibility_on_heading"]),
        ("4.", ["主要任务", "构建线下产业园区平台"], "发展跨境电子商务物流。建设一批公共海外仓。",
         "省商务厅,各设区市人民政府", ["responsibility_on_heading"]),
    ]


def test_items_numbered_afresh_stay_the_parts_of_the_measure_the_owner_line_names():
    assert _rows("measure-owner-line-over-its-parts.txt")[2:] == [
        ("(二)", ["主要任务"], "构建线下产业园区平台1.规划建设跨境电子商务产业园区。2.培育园区运营主体。",
         "省商务厅,各设区市人民政府", []),
    ]

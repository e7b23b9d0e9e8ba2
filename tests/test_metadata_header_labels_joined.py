"""A table's header copied one label a line whose labels each name two things joined by 、 (执行措施、实施步骤 /
工作进展、取得成效, tests/fixtures/tables-blind34, pilotplans.parsers.metadata ``_header_lines``): the labels are
no title, so the information rows' 标题 gives it; a title wrapped over short lines keeps its lines."""

from pathlib import Path

from pilotplans.ingest.pipeline import read_layout
from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import read_metadata

ROUND = Path(__file__).parent / "fixtures" / "tables-blind34"


def _page_metadata(path: Path):
    layout = read_layout(path.read_bytes(), str(path))
    return read_metadata(list(layout.paragraphs), grids=layout.grids, site=layout.site)


def _lines_metadata(*lines: str):
    return read_metadata([Paragraph(text=line) for line in lines])


def test_a_header_of_labels_joined_by_a_pause_mark_gives_no_title_the_information_rows_give_it():
    # before: 执行措施、实施步骤工作进展、取得成效后续举措责任分工 (…分工 ends as a title does)
    found = _page_metadata(ROUND / "muli-2024-township-government-report-tasks-first-quarter-progress-cell-per-line"
                                   "-no-number-owner-office-phone-cut.txt")
    assert (found.title, found.issuer, found.date.isoformat()) == (
        "高青县木李镇2024年《政府工作报告》重点任务第一季度进展情况", "高青县木李镇人民政府", "2024-04-10")


def test_the_same_labels_as_lines_alone_are_no_title():
    found = _lines_metadata("目标任务", "执行措施、实施步骤", "工作进展、取得成效", "后续举措", "责任分工", "监督方式",
                            "强化招商引资工作机制,全年新签约过亿元项目4个以上。")
    assert found.title is None


def test_a_title_wrapped_over_short_lines_ending_in_a_label_stays_the_title():
    found = _lines_metadata("某县2024年重点工作", "任务、责任", "分工", "为确保各项任务落实,现将有关事项通知如下。")
    assert found.title == "某县2024年重点工作任务、责任分工"


def test_two_short_phrases_joined_by_a_pause_mark_among_no_labels_stay_the_title():
    found = _lines_metadata("产业发展、城市更新", "三年行动", "计划", "为加快发展,制定本计划。")
    assert found.title == "产业发展、城市更新三年行动计划"

"""A table's header copied one label a paragraph opening with the number column's label printed alone (序号 /
实事项目名称 / 完成情况 / 占全年计划, tests/fixtures/tables-blind35's 上海嘉定 repost, pilotplans.parsers.metadata
``_numbered_header``): its other labels are none the vocabulary knows, and joined the lines end as a title does
(…计划), but no title opens with 序号 on a line of its own — the header gives no title. Short title lines right
above such a header, not opening with 序号, keep their title."""

from pathlib import Path

from pilotplans.ingest.pipeline import read_layout
from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import read_metadata

ROUND = Path(__file__).parent / "fixtures" / "tables-blind35"


def _page_metadata(path: Path):
    layout = read_layout(path.read_bytes(), str(path))
    return read_metadata(list(layout.paragraphs), grids=layout.grids, site=layout.site)


def _lines_metadata(*lines: str):
    return read_metadata([Paragraph(text=line) for line in lines])


def test_a_header_opening_with_its_number_label_on_a_page_gives_no_title():
    # before: 序号实事项目名称完成情况占全年计划
    found = _page_metadata(ROUND / "shanghai-jiading-2024-city-livelihood-projects-completion-cell-per-line-rowspan"
                                   "-number-no-owner-cut.txt")
    assert found.title is None


def test_the_same_labels_as_lines_alone_are_no_title():
    found = _lines_metadata("序号", "实事项目名称", "完成情况", "占全年计划", "1", "新增4000张养老床位", "4385", "110%")
    assert found.title is None


def test_short_title_lines_right_above_the_header_keep_their_title():
    found = _lines_metadata("2024年民生", "实事项目", "实施方案", "序号", "实事项目名称", "完成情况", "1",
                            "新增4000张养老床位")
    assert found.title == "2024年民生实事项目实施方案"


def test_a_title_line_right_above_the_header_keeps_its_title():
    found = _lines_metadata("岳阳楼区2017年1-8月省重点民生实事完成情况表", "序号", "实事项目名称", "完成情况",
                            "占全年计划", "1", "新增4000张养老床位", "4385", "110%")
    assert found.title == "岳阳楼区2017年1-8月省重点民生实事完成情况表"

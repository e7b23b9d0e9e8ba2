"""A task cell's points （一）（二）… broken across a page break stay the cell's, not a heading row.

A 具体举措 cell may open with a lead ending ``：`` and list its points in paragraphs (``（一）…``,
``（二）…``). Where a page break falls inside them, the rest of the cell prints in a row of its own at
the top of the next page (a grid), or, where paragraph spacing parts the points by more than the
space between rows (no rules), after the table's part on that page and before the next part: both
were read as a heading row numbered （六） over the measures after it, the measure losing its last
points, silently (tests/fixtures/variants/points-across-pages-*.pdf, made by make_variants.py from
an HTML page printed by LibreOffice). Paragraphs that go on with the points of the cell above the
break (numbering on from its last point, or opening them after its lead's ``：``), in its text
column, are that cell's; a heading row opening the page (numbered on from the last heading, or
following a measure that listed no points) stays a heading.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.layout import Cell, Grid, Layout, Paragraph, Row, Where
from pilotplans.parsers.interpret import DocumentHints, interpret
from pilotplans.parsers.interpret.points import continues_points, points_going_on
from pilotplans.schema.models import Document, SourceFile
from tests.conftest import FIXTURES

VARIANTS = FIXTURES / "variants"

LEAD = "推动数字服务出口基地建设，完善数据跨境流动安全评估："
POINT_1 = "（一）优化外籍人员来华工作许可和居留许可办理流程。"
POINT_2 = "（二）鼓励金融机构创新适应服务贸易特点的金融产品。"
POINT_3 = "（三）加强知识产权保护和运用，健全纠纷多元化解决机制。"


def _expected_measures() -> list[tuple[tuple[str, ...], int, str, str]]:
    """The grid variant's measures as typeset (make_variants.py: POINTS_HEADINGS, points_measure)."""
    clauses = ("在试点地区探索建立跨境服务贸易负面清单管理制度", "支持符合条件的企业开展国际资质认证和标准对接",
               "推动数字服务出口基地建设，完善数据跨境流动安全评估", "优化外籍人员来华工作许可和居留许可办理流程",
               "鼓励金融机构创新适应服务贸易特点的金融产品", "加强知识产权保护和运用，健全纠纷多元化解决机制",
               "提升通关便利化水平，推广“两步申报”等改革经验")
    owners = ("市商务局", "市发改委、市财政局", "市文旅局", "人行厦门中心支行")
    numerals = "一二三四五六七八"

    def text(n: int) -> str:
        points = [] if n % 2 else [f"（{numerals[k]}）{clauses[(n + k) % 7]}。" for k in range(3 + (n * 5) % 6)]
        return clauses[n % 7] + ("：" if points else "。") + "".join(points)

    headings = (("加快转变政府职能", 1, 5), ("深化投资领域改革", 6, 10))
    return [((title,), n, text(n), owners[n % 4]) for title, first, last in headings for n in range(first, last + 1)]


def _read(name: str) -> list[tuple[tuple[str, ...], int | None, str, str | None]]:
    document = read_document(VARIANTS / f"{name}.pdf")
    return [(tuple(m.heading_path), m.number, m.text.replace("\n", ""), m.responsibility) for m in document.measures]


def test_points_going_on_in_a_row_of_their_own_after_a_page_break_stay_the_cell_s_in_a_grid():
    # measure 10's points （一）…（五） break after （一）: the rest opened page 4 as a heading row （二）
    assert _read("points-across-pages-grid") == _expected_measures()


def test_a_grid_s_headings_stay_where_points_go_on_over_a_page_break():
    document = read_document(VARIANTS / "points-across-pages-grid.pdf")
    assert [w.code for w in document.warnings if w.code.startswith("heading")] == []
    assert [h for m in document.measures for h in m.heading_path] == ["加快转变政府职能"] * 5 + ["深化投资领域改革"] * 5


@pytest.mark.xfail(strict=True, reason=(
    "no rules, paragraphs spaced wider than the rows, numbers centred in their rows: the cuts between rows"
    " give a measure's lead to the measure above (measure 1 reads measure 2's lead; a point read as a heading"
    " over measure 5), and measure 10's points, printed after the table's last part, are read by no record;"
    " the document warns heading_gap and heading_out_of_order, measure 10 points_missing"))
def test_points_spaced_wider_than_the_rows_of_a_table_without_rules_stay_their_cell_s():
    assert _read("points-across-pages-unruled") == _expected_measures()


def test_the_unruled_print_warns_the_measure_whose_points_ran_past_the_table():
    # measure 10's lead ends ：, its points （一）…（五） printed after the table's last part, read by no record
    document = read_document(VARIANTS / "points-across-pages-unruled.pdf")
    assert [m.number for m in document.measures if any(w.code == "points_missing" for w in m.warnings)] == [10]


def test_leads_followed_by_their_points_are_not_warned():
    document = read_document(VARIANTS / "points-across-pages-grid.pdf")
    assert [m.number for m in document.measures if any(w.code == "points_missing" for w in m.warnings)] == []


# continues_points / points_going_on: the evidence, one case each

def test_points_opened_after_a_lead_ending_with_a_colon_go_on_with_the_cell():
    assert continues_points([LEAD], [POINT_1, POINT_2]) is True


def test_a_point_numbering_on_from_the_cell_s_last_point_goes_on_with_it():
    assert continues_points([LEAD, POINT_1, POINT_2], [POINT_3]) is True


def test_the_rest_of_a_point_s_sentence_then_the_next_point_go_on_with_the_cell():
    assert continues_points([LEAD, "（一）优化外籍人员来华工作许可"], ["和居留许可办理流程。", POINT_2]) is True


def test_a_numbered_line_after_a_cell_without_a_lead_or_points_is_a_heading_not_a_point():
    # the measure above states one sentence: （二）… opening the page is the next heading
    assert continues_points(["推动数字服务出口基地建设。"], [POINT_2]) is False


def test_a_first_point_after_a_cell_ending_its_sentence_is_a_heading_not_a_point():
    # （一） opens points only after a lead announcing them: after a closed sentence it opens a heading
    assert continues_points(["推动数字服务出口基地建设。"], [POINT_1]) is False


def test_a_numbered_line_skipping_a_point_does_not_go_on_with_the_cell():
    assert continues_points([LEAD, POINT_1], [POINT_3]) is False


def test_a_point_of_another_style_does_not_go_on_with_the_cell():
    assert continues_points([LEAD, POINT_1], ["2.鼓励金融机构创新适应服务贸易特点的金融产品。"]) is False


def test_an_unnumbered_paragraph_after_a_lead_announcing_points_does_not_go_on_with_it():
    # the next row's lead printed above its number, then its first point
    assert continues_points([LEAD], ["提升通关便利化水平：", POINT_1]) is False


def test_the_points_going_on_end_before_a_paragraph_after_a_closed_point():
    # the cell's last points, then the next row's lead and its first point (its number centred below)
    assert points_going_on([LEAD, POINT_1], [POINT_2, POINT_3, "提升通关便利化水平：", POINT_1]) == 2


def test_a_heading_row_after_the_points_ends_them():
    assert points_going_on([LEAD, POINT_1], [POINT_2, "三、强化组织实施保障"]) == 1


# the reading of the rest of such a cell, on the layout a PDF reader gives (one case each)

NUMBER_X, TEXT_X, OWNER_X = (58.0, 90.0), (90.0, 400.0), (400.0, 550.0)


def _cell(page: int, top: float, x: tuple[float, float], *paragraphs: str) -> Cell:
    return Cell(tuple(paragraphs), Where(page=page, bbox=(x[0], top, x[1], top + 20)))


def _row(page: int, top: float, number: str, text: tuple[str, ...], owner: str) -> Row:
    return Row(cells=(_cell(page, top, NUMBER_X, *((number,) if number else ())), _cell(page, top, TEXT_X, *text),
                      _cell(page, top, OWNER_X, *((owner,) if owner else ()))),
               where=Where(page=page, bbox=(NUMBER_X[0], top, OWNER_X[1], top + 20)))


def _heading_row(page: int, top: float, text: str) -> Row:
    cell = _cell(page, top, (NUMBER_X[0], OWNER_X[1]), text)
    return Row(cells=(cell, replace(cell, merged_from="left"), replace(cell, merged_from="left")), where=cell.where)


def _point(page: int, top: float, text: str) -> Paragraph:
    return Paragraph(text, Where(page=page, bbox=(TEXT_X[0] + 2, top, TEXT_X[1] - 10, top + 12)))


def _read_layout(*blocks) -> Document:
    title = Paragraph("某市服务贸易创新发展试点任务分工表", Where(page=1, bbox=(56.8, 30, 260, 42)))
    layout = Layout(source="t.pdf", format="pdf", blocks=(title, *blocks))
    return interpret(layout, SourceFile(path="t.pdf", name="t.pdf", sha256="0" * 64, format="pdf", size=0),
                     DocumentHints(id="t"))


def _first_part(heading: str, *cell: str) -> Grid:
    return Grid(rows=(Row(cells=(_cell(1, 60, NUMBER_X, "序号"), _cell(1, 60, TEXT_X, "具体举措"),
                                 _cell(1, 60, OWNER_X, "责任单位")), where=Where(page=1, bbox=(58, 60, 550, 80))),
                      _heading_row(1, 85, heading),
                      _row(1, 110, "1", ("完善服务贸易促进体系。",), "市商务局"),
                      _row(1, 700, "2", cell, "市发改委")), where=Where(page=1))


def _second_part(*rows: Row) -> Grid:
    return Grid(rows=(*rows, _row(2, 300, "3", ("优化跨境支付服务。",), "市文旅局")), where=Where(page=2))


def _measures(document: Document) -> list[tuple[int | None, tuple[str, ...], str]]:
    return [(m.number, tuple(m.heading_path), m.text.replace("\n", "")) for m in document.measures]


def test_points_between_two_parts_of_a_table_in_its_text_column_end_the_cell_above():
    # paragraph spacing ended the part above them: （一） at the foot of page 1, （二） atop page 2
    document = _read_layout(_first_part("一、总体要求", LEAD), _point(1, 760, POINT_1), _point(2, 40, POINT_2),
                            _second_part())
    assert _measures(document) == [(1, ("总体要求",), "完善服务贸易促进体系。"), (2, ("总体要求",), LEAD + POINT_1 + POINT_2),
                                   (3, ("总体要求",), "优化跨境支付服务。")]


def test_points_in_a_row_of_their_own_opening_the_next_part_end_the_cell_above():
    document = _read_layout(_first_part("一、总体要求", LEAD, POINT_1), _second_part(_row(2, 40, "", (POINT_2,), "")))
    assert _measures(document) == [(1, ("总体要求",), "完善服务贸易促进体系。"), (2, ("总体要求",), LEAD + POINT_1 + POINT_2),
                                   (3, ("总体要求",), "优化跨境支付服务。")]


def test_a_row_opening_the_next_part_numbered_on_from_the_last_heading_stays_a_heading():
    # headings （一）（二） and points （一）（二） alike: （二） after the heading （一） is as likely the next heading
    document = _read_layout(_first_part("（一）总体要求", LEAD, POINT_1), _second_part(_row(2, 40, "", ("（二）扩大开放",), "")))
    assert _measures(document) == [(1, ("总体要求",), "完善服务贸易促进体系。"), (2, ("总体要求",), LEAD + POINT_1),
                                   (3, ("扩大开放",), "优化跨境支付服务。")]


def test_paragraphs_between_two_parts_outside_the_text_column_stay_a_heading():
    # （二） numbers on from the cell's point （一） and from no heading (一、), but is printed from the left
    # margin (across the table), not in the text column a cell's rest stands in
    heading = Paragraph("（二）扩大开放", Where(page=2, bbox=(NUMBER_X[0], 40, 300, 52)))
    document = _read_layout(_first_part("一、总体要求", LEAD, POINT_1), heading, _second_part())
    assert _measures(document) == [(1, ("总体要求",), "完善服务贸易促进体系。"), (2, ("总体要求",), LEAD + POINT_1),
                                   (3, ("扩大开放",), "优化跨境支付服务。")]


def test_paragraphs_between_two_parts_numbered_on_from_the_last_heading_stay_a_heading():
    document = _read_layout(_first_part("（一）总体要求", LEAD, POINT_1), _point(2, 40, "（二）扩大开放"), _second_part())
    assert _measures(document) == [(1, ("总体要求",), "完善服务贸易促进体系。"), (2, ("总体要求",), LEAD + POINT_1),
                                   (3, ("扩大开放",), "优化跨境支付服务。")]


# a table without a 序号 column: its text column is the first, and a heading row spanning the table
# fills it alone (the other cells are its copies)

TEXT_ONLY_X = (58.0, 400.0)


def _no_number_part(*rows: Row) -> Grid:
    header = Row(cells=(_cell(1, 60, TEXT_ONLY_X, "具体举措"), _cell(1, 60, OWNER_X, "责任单位")),
                 where=Where(page=1, bbox=(58, 60, 550, 80)))
    return Grid(rows=(header, _spanning_row(1, 85, "一、总体要求"),
                      _no_number_row(1, 110, ("完善服务贸易促进体系。",), "市商务局"),
                      _no_number_row(1, 700, (LEAD, POINT_1), "市发改委"), *rows), where=Where(page=1))


def _no_number_row(page: int, top: float, text: tuple[str, ...], owner: str) -> Row:
    return Row(cells=(_cell(page, top, TEXT_ONLY_X, *text), _cell(page, top, OWNER_X, *((owner,) if owner else ()))),
               where=Where(page=page, bbox=(TEXT_ONLY_X[0], top, OWNER_X[1], top + 20)))


def _spanning_row(page: int, top: float, text: str) -> Row:
    cell = _cell(page, top, (TEXT_ONLY_X[0], OWNER_X[1]), text)
    return Row(cells=(cell, replace(cell, merged_from="left")), where=cell.where)


def test_a_heading_row_spanning_a_table_without_a_number_column_after_points_stays_a_heading():
    # （二） numbers on from the cell's point （一）, and on from no heading (一、): the row spans the table
    second = Grid(rows=(_spanning_row(2, 40, "（二）扩大开放"), _no_number_row(2, 300, ("优化跨境支付服务。",), "市文旅局")),
                  where=Where(page=2))
    document = _read_layout(_no_number_part(), second)
    assert _measures(document) == [(None, ("总体要求",), "完善服务贸易促进体系。"), (None, ("总体要求",), LEAD + POINT_1),
                                   (None, ("扩大开放",), "优化跨境支付服务。")]


def test_points_in_a_row_of_their_own_in_a_table_without_a_number_column_end_the_cell_above():
    second = Grid(rows=(_no_number_row(2, 40, (POINT_2,), ""), _no_number_row(2, 300, ("优化跨境支付服务。",), "市文旅局")),
                  where=Where(page=2))
    document = _read_layout(_no_number_part(), second)
    assert _measures(document) == [(None, ("总体要求",), "完善服务贸易促进体系。"), (None, ("总体要求",), LEAD + POINT_1 + POINT_2),
                                   (None, ("总体要求",), "优化跨境支付服务。")]

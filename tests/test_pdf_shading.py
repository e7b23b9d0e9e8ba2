"""Painted backgrounds are no grid: a rectangle that is only filled (a cell's or a row's shading)
marks where a row begins and ends, but its sides are no column boundaries. Read as a box of four
rules, zebra rows (every other row shaded, no ruling lines) made a grid of the shaded rows' cells
alone, and the rows between them were left out of the table without a word (a 25-measure table
read as 12 records, exit 0). A band's edge parts two rows but, unlike a rule drawn in pieces,
does not show that a column without it runs on (a shaded merged heading cell beside unshaded
rows): read so, rows took the heading of the group below. The whole documents are generated layouts (``shading=zebra``,
tests/test_generated_layouts.py)."""

from types import SimpleNamespace

from pilotplans.parsers.pdf.content import Rule, is_white, rect_paint, rules_from_segment
from pilotplans.parsers.pdf.ruled import joined_rules


def test_a_shaded_band_stands_for_its_top_and_bottom_only():
    assert rules_from_segment(50, 100, 500, 130, "shading") == (
        Rule(50, 100, 500, 100, painted=True, paint_below=((50, 500, True),)),
        Rule(50, 130, 500, 130, painted=True, paint_below=((50, 500, False),)))


def test_a_stroked_rectangle_stands_for_its_four_sides():
    assert rules_from_segment(50, 100, 500, 130, "rect") == (
        Rule(50, 100, 500, 100), Rule(50, 130, 500, 130), Rule(50, 100, 50, 130), Rule(500, 100, 500, 130))


def test_a_thin_filled_rectangle_is_one_rule_whether_shading_or_not():
    assert rules_from_segment(50, 100, 500, 101, "shading") == rules_from_segment(50, 100, 500, 101, "rect") == (
        Rule(50, 100.5, 500, 100.5),)


def rect(stroke: bool, fill: bool, colour=None):
    return SimpleNamespace(stroke=stroke, fill=fill, non_stroking_color=colour)


def test_only_a_filled_unstroked_rectangle_is_shading():
    assert rect_paint(rect(False, True, (0.9, 0.9, 0.9))) == "shading"
    assert rect_paint(rect(False, True, 0.75)) == "shading"
    assert rect_paint(rect(True, True, (0.9, 0.9, 0.9))) == "rect"
    assert rect_paint(rect(True, False)) == "rect"


def test_a_white_fill_shows_nothing():
    assert rect_paint(rect(False, True, (1, 1, 1))) == "blank"
    assert [is_white(c) for c in ((1.0,), 1, (0, 0, 0, 0), (1, 1, 1), (0.99, 1, 1), (0, 0, 0), "P0", None)] == [
        True, True, True, True, False, False, False, False]


def test_a_band_edge_drawn_cell_by_cell_is_joined_and_stays_painted():
    pieces = [Rule(50, 100, 120, 100, painted=True), Rule(120, 100, 300, 100, painted=True)]
    assert joined_rules(pieces, 3.0) == (Rule(50, 100, 300, 100, painted=True),)
    assert joined_rules([pieces[0], Rule(120, 100, 300, 100)], 3.0) == (Rule(50, 100, 300, 100),)

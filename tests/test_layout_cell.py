"""A cell of the intermediate layout: whether it prints anything."""

from dataclasses import replace

from pilotplans.layout import Cell


def test_a_cell_of_blank_paragraphs_is_empty():
    assert Cell(paragraphs=("", " \u3000", "\t")).is_empty


def test_a_cell_printing_one_character_is_not_empty():
    assert not Cell(paragraphs=("", "无")).is_empty


def test_a_copy_given_text_is_told_apart_from_the_empty_cell_it_copies():
    empty = Cell(paragraphs=(" ",))
    assert empty.is_empty
    filled = replace(empty, paragraphs=("商务部",))
    assert not filled.is_empty
    assert empty.is_empty
    assert filled != empty

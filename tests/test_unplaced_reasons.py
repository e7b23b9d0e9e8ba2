"""The reasons a plan is left without a region (pilotplans/data/unplaced.toml): each warning
``region_unplaced`` says what was read of the plan's place, one reason of the table, and that none is
taken; the table is checked as it is read, a fault named in one line with the file and the reason."""

from __future__ import annotations

import pytest

from pilotplans.errors import PilotplansError
from pilotplans.normalizers.unplaced import unplaced, unplaced_reasons


def test_a_reason_is_said_between_what_was_read_and_that_no_region_is_taken():
    warning = unplaced("the document's metadata names no region", "several_by_bodies", places="南京市、杭州市")
    assert (warning.code, warning.message) == ("region_unplaced", (
        "the document's metadata names no region, and the bodies its measures name in full name several places "
        "(南京市、杭州市): none is taken for its region"))


def test_a_reason_without_values_is_said_as_written():
    warning = unplaced("the document's metadata names no region; its web page's site name 济南市人民政府 names 济南",
                       "no_level_word")
    assert warning.message == (
        "the document's metadata names no region; its web page's site name 济南市人民政府 names 济南, but none of its "
        "bodies is written with a level word (市…, 省…) that says the plan is that place's: none is taken for its region")


def test_the_table_refuses_a_reason_that_opens_with_neither_and_nor_but():
    with pytest.raises(PilotplansError) as refused:
        unplaced_reasons('[reasons]\nlisted = "its title names several places ({names})"\n')
    assert str(refused.value) == ("pilotplans/data/unplaced.toml: reasons: Value error, the reason listed must open "
                                  "with 'and ' or 'but ': its title names several places ({names})")


def test_the_table_refuses_a_reason_with_a_brace_left_open():
    with pytest.raises(PilotplansError) as refused:
        unplaced_reasons('[reasons]\nlisted = "and its title names several places ({names)"\n')
    assert str(refused.value) == ("pilotplans/data/unplaced.toml: reasons: Value error, the reason listed has a stray "
                                  "brace: expected '}' before end of string")


def test_the_table_takes_a_reason_naming_its_values_in_braces():
    assert unplaced_reasons('[reasons]\nlisted = "and its {field} names several places ({names})"\n') == {
        "listed": "and its {field} names several places ({names})"}

"""bench/layout_warnings.py: a doubt newly named where a layout read exactly was warned already is
still reported a false alarm (a page break's doubts make one warning naming their columns)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

from pilotplans.schema.models import Warning

SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "layout_warnings.py"
spec = importlib.util.spec_from_file_location("layout_warnings", SCRIPT)
bench = importlib.util.module_from_spec(spec)
sys.modules.setdefault("layout_warnings", bench)  # its dataclasses look their module up
spec.loader.exec_module(bench)


def document(*columns: str) -> SimpleNamespace:
    message = f"page 6: ... the text of the cell above the break in column {', '.join(columns)}"
    return SimpleNamespace(warnings=[Warning(code="merged_cells_unread", message=message)], measures=[])


def test_a_column_added_to_a_break_already_named_on_an_exact_layout_is_a_false_alarm():
    before = {7: bench.Reading(7, "exact", bench.warnings_of(document("4")))}
    after = {7: bench.Reading(7, "exact", bench.warnings_of(document("4", "6")))}
    [line] = bench.changes(before, after)
    assert line.startswith("7: exact -> exact FALSE ALARM")


def test_the_same_warnings_read_again_are_no_change():
    assert bench.changes({7: bench.Reading(7, "exact", bench.warnings_of(document("4")))},
                         {7: bench.Reading(7, "exact", bench.warnings_of(document("4")))}) == []


def _county_cover(*codes: str) -> SimpleNamespace:
    return SimpleNamespace(warnings=[Warning(code=code, message="...") for code in codes], measures=[])


def test_a_content_warning_added_on_an_exact_layout_is_a_content_note_not_a_false_alarm():
    # the generator prints a State Council list under a county's notice: central_owners_only is true of it
    before = {9: bench.Reading(9, "exact", bench.warnings_of(_county_cover()))}
    after = {9: bench.Reading(9, "exact", bench.warnings_of(_county_cover("central_owners_only")))}
    [line] = bench.changes(before, after)
    assert line.startswith("9: exact -> exact CONTENT NOTE;")


def test_a_reading_warning_added_beside_a_content_one_is_still_a_false_alarm():
    before = {9: bench.Reading(9, "exact", bench.warnings_of(_county_cover()))}
    after = {9: bench.Reading(9, "exact", bench.warnings_of(_county_cover("central_owners_only", "cell_cut")))}
    [line] = bench.changes(before, after)
    assert line.startswith("9: exact -> exact FALSE ALARM;")

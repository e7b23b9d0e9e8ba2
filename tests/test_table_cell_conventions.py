"""A convention stated in a table's responsibility cell, in brackets after a body or after the cell's list."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES


def _roles(name: str) -> list[list[tuple[str, str | None]]]:
    document = read_document(FIXTURES / "prose-shapes" / name)
    return [[(d.raw, d.role) for d in m.departments] for m in document.measures]


def test_a_note_after_a_cells_first_body_is_the_tables_convention_from_its_row_on():
    # 县发改局(首位单位为牵头单位,下同)、县财政局 in row 2: every body of every row was read as a lead
    assert _roles("table-cell-convention-after-first-body.txt") == [
        [("县商务局", "lead"), ("县财政局", "lead")],
        [("县发改局", "lead"), ("县财政局", "carry_out")],
        [("县市场监管局", "lead"), ("县发改局", "carry_out")],
        [("县农业农村局", "lead"), ("县财政局", "carry_out")]]


def test_the_cells_convention_is_the_documents_stated_from_the_row_holding_it():
    document = read_document(FIXTURES / "prose-shapes" / "table-cell-convention-after-first-body.txt")
    assert [(c.kind, c.text, c.from_measure) for c in document.conventions] == [
        ("first_lead", "首位单位为牵头单位,下同", 2)]


def test_cells_whose_brackets_name_a_role_or_a_body_state_no_convention():
    document = read_document(FIXTURES / "prose-shapes" / "table-cell-bracket-naming-no-convention.txt")
    assert document.conventions == []
    assert [[(d.raw, d.role) for d in m.departments] for m in document.measures] == [
        [("县商务局", "lead"), ("县财政局", "lead")],
        [("县发改局", "lead"), ("县财政局", "lead")],
        [("县市场监管局(县质监局)", "lead"), ("县发改局", "lead")],
        [("县农业农村局", None), ("县财政局", "lead")]]

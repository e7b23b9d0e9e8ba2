"""A task-table row's filled cells found once for every role together (``_Aligned._filled``): what each role's value
is — printed here, merged from above, or either, one value or a labelled list — is what it was when each asking
walked the role's columns again; a row placed otherwise is a new ``_Aligned`` and finds its own."""

from __future__ import annotations

import pytest

from pilotplans.layout import Cell, Row
from pilotplans.parsers.columns import read_header
from pilotplans.parsers.interpret import rows as rows_module
from pilotplans.parsers.interpret.rows import _Aligned

# The header test_columns reads (序号 | 具体措施 | 牵头单位 | 责任单位 | 配合单位): two columns of responsibility.
COLUMNS = read_header(Row(cells=tuple(Cell(paragraphs=(label,)) for label in ("序号", "具体措施", "牵头单位", "责任单位", "配合单位"))))


def aligned(*cells: Cell | None) -> _Aligned:
    return _Aligned(cells=list(cells), columns=COLUMNS)


def test_a_lead_merged_from_above_beside_an_owner_printed_here():
    row = aligned(Cell(paragraphs=("3",)), Cell(paragraphs=("推进服务贸易便利化。",)),
                  Cell(paragraphs=("市商务局",), merged_from="above"), Cell(paragraphs=("市发展改革委",)),
                  Cell(paragraphs=("",)))
    assert row.fresh("responsibility") == "市发展改革委"
    assert row.inherited("responsibility") == "市商务局"
    assert row.spanned("responsibility") == "牵头单位：市商务局；责任单位：市发展改革委"
    assert row.label("responsibility") == "责任单位"
    assert row.label("responsibility", spanning=True) is None
    assert row.fresh("cooperating") is None  # an empty cell is no value
    assert row.fresh_roles() == ["number", "text", "responsibility"]


def test_a_row_narrower_than_its_header_has_no_value_past_its_cells():
    row = aligned(Cell(paragraphs=("3",)), Cell(paragraphs=("推进服务贸易便利化。",)), Cell(paragraphs=("市商务局",)))
    assert (row.fresh("responsibility"), row.label("responsibility")) == ("市商务局", "牵头单位")
    assert row.fresh("cooperating") is None


def test_a_row_s_cells_are_found_once_for_every_role_and_asking(monkeypatch):
    calls: list[str] = []
    real = rows_module.join_labelled_lists
    monkeypatch.setattr(rows_module, "join_labelled_lists", lambda text: calls.append(text) or real(text))
    row = aligned(Cell(paragraphs=("3",)), Cell(paragraphs=("推进服务贸易便利化。",)), Cell(paragraphs=("市商务局",)),
                  None, Cell(paragraphs=("市财政局",)))
    for _ in range(3):
        assert (row.fresh("responsibility"), row.spanned("responsibility"), row.inherited("responsibility")) == (
            "市商务局", "市商务局", None)
        assert row.fresh("cooperating") == "市财政局"
    assert calls == ["市商务局"]


def test_the_same_cells_placed_otherwise_are_found_anew(monkeypatch):
    # the near miss: a new _Aligned (the heading column blanked, a row placed again) does not take the first's cells
    calls: list[str] = []
    real = rows_module.join_labelled_lists
    monkeypatch.setattr(rows_module, "join_labelled_lists", lambda text: calls.append(text) or real(text))
    first = aligned(Cell(paragraphs=("3",)), Cell(paragraphs=("推进服务贸易便利化。",)), Cell(paragraphs=("市商务局",)))
    again = aligned(Cell(paragraphs=("3",)), Cell(paragraphs=("推进服务贸易便利化。",)), None, Cell(paragraphs=("市商务局",)))
    assert first.label("responsibility") == "牵头单位"
    assert again.label("responsibility") == "责任单位"
    assert calls == ["市商务局", "市商务局"]


@pytest.mark.parametrize(("merged_from", "fresh", "inherited"), [(None, "市商务局", None), ("above", None, "市商务局"), ("left", None, None)])
def test_a_cell_counts_by_where_it_came_from(merged_from, fresh, inherited):
    row = aligned(None, None, Cell(paragraphs=(" 市商务局 ",), merged_from=merged_from))
    assert (row.fresh("responsibility"), row.inherited("responsibility")) == (fresh, inherited)

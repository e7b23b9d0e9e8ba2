"""A row's cells of a role are found once per row (rows._Aligned keeps _printed's answers)."""

from pilotplans.layout import Cell, Row
from pilotplans.parsers.columns import read_header
from pilotplans.parsers.interpret.rows import _Aligned


def _columns():
    labels = ("序号", "具体措施", "牵头单位", "责任单位", "配合单位")
    return read_header(Row(cells=tuple(Cell(paragraphs=(label,)) for label in labels)))


def _row(columns):
    return _Aligned(cells=[
        Cell(paragraphs=("1",)), Cell(paragraphs=("推进跨境贸易便利化",)),
        Cell(paragraphs=("市商务局",)), Cell(paragraphs=("厦门海关",), merged_from="above"), Cell(paragraphs=("市税务局",)),
    ], columns=columns)


def test_a_role_printed_in_two_columns_reads_each_filled_cell_as_a_labelled_list():
    aligned = _row(_columns())
    assert aligned.fresh("responsibility") == "市商务局"
    assert aligned.inherited("responsibility") == "厦门海关"
    assert aligned.spanned("responsibility") == "牵头单位：市商务局；责任单位：厦门海关"
    assert aligned.label("responsibility") == "牵头单位"
    assert aligned.label("responsibility", spanning=True) is None


def test_a_row_asked_again_finds_its_cells_once(monkeypatch):
    aligned = _row(_columns())
    found = []
    real = _Aligned._found
    monkeypatch.setattr(_Aligned, "_found", lambda self, role, merged_from: found.append((role, merged_from)) or real(self, role, merged_from))
    for _ in range(3):
        assert aligned.fresh("cooperating") == "市税务局"
        assert aligned.spanned("responsibility") == "牵头单位：市商务局；责任单位：厦门海关"
    assert found == [("cooperating", (None,)), ("responsibility", (None, "above"))]


def test_a_row_aligned_anew_is_read_anew():
    columns = _columns()
    first = _row(columns)
    assert first.fresh("cooperating") == "市税务局"
    moved = _Aligned(cells=[None, *first.cells[:4]], columns=columns)  # the same cells placed one column on
    assert moved.fresh("cooperating") is None
    assert moved.fresh("responsibility") == "牵头单位：推进跨境贸易便利化；责任单位：市商务局"
    assert first.fresh("responsibility") == "市商务局"

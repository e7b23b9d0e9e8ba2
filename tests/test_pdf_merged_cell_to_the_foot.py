"""A PDF text table whose rows centre their text, a cell merged over rows down to a page's foot.

LibreOffice sets a cell merged over rows from its top where it reaches the page's last row, whatever
its alignment; a cell of its own in a table whose rows centre their text sits at its row's middle.
So a cell at its row's top, off its middle, over a column blank in every row down to the part's last
row, is a cell merged down over those rows, and maybe on past the page break: which rows it spans
neither page shows, and the document warns ``merged_cells_unread`` naming the cell rather than pass
the blanks off as the source's.

three-line-merged-owners-centred.pdf is the generated layout 4300282 (``python -m tests.layouts 4300282
--out DIR``: three-line rules, a box, cells centred, owner cells merged down the rows, rows split by
page breaks), printed by LibreOffice: its 协同单位 试点地区 merged over 42–45 prints at the top of 42,
43 cut by the break to page 3, where 43's rest, 44 and 45 print nothing in the column.
"""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from tests.test_read_pdf import FIXTURES, VARIANTS

CENTRED = VARIANTS / "three-line-merged-owners-centred.pdf"
ROWS_AT_THEIR_TOP = VARIANTS / "zebra-merged-owners-top.pdf"
CENTRED_OWN_CELLS = VARIANTS / "centred-numbers-landscape.pdf"
ROWS_RULED_AT_THEIR_TOP = VARIANTS / "horizontal-rules-merged-owners-top.pdf"
NUMBERS_CENTRED_ONLY = FIXTURES / "tables" / "number-centred-text-top-sparse-cooperating.pdf"
READ_OVER_ITS_ROWS = VARIANTS / "horizontal-rules-merged-owners-heading-column.pdf"


def test_a_cell_at_its_row_s_top_over_blanks_to_the_page_s_foot_is_named():
    # 42's 试点地区 (column 3) over 43, the row the page break cuts: read as 42's own, 43–45 blank
    measures = {m.number: m for m in read_document(CENTRED).measures}
    assert [(n, measures[n].cooperating) for n in (42, 43, 44, 45, 46)] == [
        (42, "试点地区"), (43, None), (44, None), (45, None), (46, "有关省（自治区、直辖市）、试点地区")]
    warnings = [w.message for w in read_document(CENTRED).warnings if w.code == "merged_cells_unread"]
    assert len(warnings) == 1
    assert warnings[0].startswith("page 2: rows centred, a column's cell sits at its row's top, not its middle")
    assert warnings[0].endswith("(试点地区 in column 3 of row #5 of the part, blank down to #6)")


def test_a_cell_at_its_row_s_top_read_over_the_blank_rows_under_it_is_not_named():
    # layout 8100626 (rules between rows, cells centred), page 2: 人民银行、工业和信息化部… at the top of
    # 91, over 92 and 93 blank in the column to the part's foot, is read as a cell spanning the three:
    # the span is read, nothing is left to doubt (the doubt names only a cell read as its row's own:
    # table_rows leaves out the cells of to_foot whose column is read open below their row)
    document = read_document(READ_OVER_ITS_ROWS)
    owners = {m.number: m.responsibility for m in document.measures if m.number in (90, 91, 92, 93, 94)}
    assert [owners[n][:6] for n in (91, 92, 93)] == ["人民银行、工"] * 3
    assert owners[90] != owners[91] and owners[94] != owners[93]
    assert not [w for w in document.warnings if "sits at its row's top" in w.message]


def test_cells_at_their_row_s_top_in_rows_set_from_their_top_are_not_named():
    # rows set from their top: every cell sits there, merged or not (the paint reads those merged)
    assert not [w for w in read_document(ROWS_AT_THEIR_TOP).warnings if "sits at its row's top" in w.message]


def test_a_cell_at_the_top_of_a_row_whose_cells_all_print_from_their_top_is_not_named():
    # layout 102018 (cells from their top), page 4: 年度重点任务 at the top of its row over blank remarks
    # to the part's foot, in a part whose rows read as centred; the row's other cells sit at its top too
    assert not [w for w in read_document(ROWS_RULED_AT_THEIR_TOP).warnings if "sits at its row's top" in w.message]


def test_centred_cells_of_their_own_are_not_named():
    assert not [w for w in read_document(CENTRED_OWN_CELLS).warnings if w.code == "merged_cells_unread"]


def test_a_cell_at_its_row_s_top_where_only_the_number_is_centred_is_not_named():
    # number-centred-text-top-sparse-cooperating.pdf (its .docx beside it, printed by LibreOffice): no
    # rules, 序号 centred in its cells, every other column at its top, 配合单位 blank but in rows 2, 5
    # and 13, each a cell of its own; 5 and 13 sit over blanks to their page's foot. A number column
    # centred alone says nothing of how the row sets its other cells
    document = read_document(NUMBERS_CENTRED_ONLY)
    assert [(m.number, m.cooperating) for m in document.measures if m.cooperating] == [
        (2, "省司法厅"), (5, "省司法厅"), (13, "省司法厅")]
    assert not [w for w in document.warnings if "sits at its row's top" in w.message]

"""A cell of a column one character wide (备注 stacking a character a line) merged over two numbered
rows of a PDF table without rules between its rows, its rows centred: the cell prints once,
centred over both rows, and the rows' edge cuts it in two (generated layout 100318: 已有工作 / 基础
over 129–130, the first part half a line off its row's middle, warned stacked_cells_shifted). Every
line of such a column is full, so a block shows no cell's end; where a part sits off its row's middle
the block is cut into cells anew, each at the middle of its own row or of a run of rows the column is
blank in elsewhere, and the one way that fits is read. Where the parts sit at their rows' middles, or
no way or more than one fits, the block stays as placed.

Pages are built as in tests/test_read_pdf.py: 10 pt text, a CJK glyph one em wide, lines 15 pt apart."""

from __future__ import annotations

from functools import cache

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.pdf import layout_from_pages
from pilotplans.parsers.pdf.content import Rule
from pilotplans.schema.models import Document
from tests.conftest import FIXTURES
from tests.test_read_pdf import filler, rows_of, synthetic_page

HEADER = [(100, [(70, "序号"), (100, "具体举措"), (330, "责任单位"), (500, "备")]), (115, [(500, "注")])]

Line = tuple[float, list[tuple[float, str]]]


def row(number: int, top: float, lines: int = 3) -> list[Line]:
    """A numbered row of ``lines`` text lines 15 pt apart from ``top``, its number and its owner on
    the middle line."""
    middle = lines // 2
    texts = [filler(20)] * (lines - 1) + [filler(6, "。")]
    return [(top + 15 * k, [*([(70, f"{number}"), (330, f"单位{number}")] if k == middle else []), (100, text)])
            for k, text in enumerate(texts)]


def stack(text: str, middle: float) -> list[Line]:
    """``text`` a character a line in the 备注 column, its middle at ``middle``."""
    top = middle - (15 * (len(text) - 1) + 10) / 2
    return [(top + 15 * k, [(500, char)]) for k, char in enumerate(text)]


def remarks(*lines: Line) -> list[str]:
    merged: dict[float, list[tuple[float, str]]] = {}
    for top, pieces in [*HEADER, *lines]:
        merged.setdefault(top, []).extend(pieces)
    rules = tuple(Rule(65.0, y, 540.0, y) for y in (95.0, 133.0, 560.0))
    page = synthetic_page(1, sorted((top, sorted(pieces)) for top, pieces in merged.items()), rules)
    return [found[3] for found in rows_of(layout_from_pages([page], "remarks.pdf"))[1:]]


# rows 1 (140–180), 2 (200–240), 3 (260–300), 4 (320–360), 5 (380–420): each row's middle 20 pt under its top


def test_a_stack_centred_over_two_rows_the_rows_cut_is_their_one_cell():
    # 已有工作基础 centred over rows 2 and 3 (middle 250), cut by the rows' edge: read over both
    assert remarks(*row(1, 140), *stack("年度", 160), *row(2, 200), *row(3, 260), *stack("已有工作基础", 250),
                   *row(4, 320), *stack("长期", 340), *row(5, 380)) == [
        "年度", "已有工作基础", "已有工作基础", "长期", ""]


def test_stacks_at_their_own_rows_middles_stay_their_rows_own():
    # the quiet side: 已有工作 at row 2's middle (220), 基础 at row 3's (280): each its row's own
    assert remarks(*row(1, 140), *stack("年度", 160), *row(2, 200), *stack("已有工作", 220), *row(3, 260),
                   *stack("基础", 280), *row(4, 320), *stack("长期", 340), *row(5, 380)) == [
        "年度", "已有工作", "基础", "长期", ""]


def test_a_stack_off_its_row_s_middle_centred_over_no_run_of_rows_stays_as_placed():
    # the quiet side: 已有工作基础 at 262, off row 2's and row 3's middles and 12 pt off the middle of rows
    # 2–3 (250): no cut of it fits, so it is left as the rows' edge placed it
    assert remarks(*row(1, 140), *stack("年度", 160), *row(2, 200), *row(3, 260), *stack("已有工作基础", 262),
                   *row(4, 320), *stack("长期", 340), *row(5, 380)) == ["年度", "已有", "工作基础", "长期", ""]


# generated layout 100318 (python -m tests.layouts 100318 --out DIR, drawn as tests/test_generated_layouts.py
# draws KNOWN_FAULTS): three-line rules in a box, cells centred, 备注 a character a line, owners merged down rows

MERGED_REMARKS = FIXTURES / "tables" / "stacked-remarks-merged-over-rows-centred.pdf"


@cache
def merged_remarks() -> Document:
    return read_document(MERGED_REMARKS)


def remarks_of(numbers: tuple[int, ...]) -> list[str | None]:
    return [next(m.remarks for m in merged_remarks().measures if m.number == n) for n in numbers]


def test_remarks_centred_over_two_rows_the_rows_cut_are_read_over_both():
    # page 3: 已有工作基础 centred over 129–130 (middle 250.5, both rows' middle), read 已有工作 / 基础 before
    assert remarks_of((128, 129, 130, 131)) == [None, "已有工作基础", "已有工作基础", None]


def test_touching_remarks_each_at_its_row_s_middle_stay_their_rows_own():
    # the quiet side, page 3: 长期任务 (132) and 拟先行先试 (133) touch at the pitch, each at its row's middle
    assert remarks_of((132, 133, 134)) == ["长期任务", "拟先行先试", None]


def test_the_remarks_read_over_their_rows_leave_no_doubt_of_a_shifted_stack():
    assert [w.message for w in merged_remarks().warnings if w.code == "stacked_cells_shifted"] == []


def test_a_stack_at_the_middle_of_two_rows_running_beside_the_rows_around_them_stays_as_placed():
    # the quiet side: rows 1 (155–180), 2 (185–225), 3 (230–270), 4 (275–285), 5 (290–300, the last); 备注
    # of 8 characters (170–285) sits at the middle of rows 2–3 (227.5), its lines beside rows 1 to 4: no one
    # cut of it into cells fits, so it is left as the rows' edges placed it
    assert remarks(*row(1, 155, 2), *row(2, 185), *row(3, 230), *row(4, 275, 1), *row(5, 290, 1),
                   *stack("市市场监管局负责", 227.5)) == ["市", "市场监", "管局负", "责", ""]


def test_a_stack_centred_by_chance_over_two_rows_its_first_line_beside_the_row_above_is_no_cell_of_theirs():
    # trap 60000137 (bench/layout_bench.py --traps --per-trap 25 reads it; a column squeezed, cells centred): 市市场监管局
    # merged over 18–22, down to the page's last row, sits by chance at the middle of 19–20 as well, its first
    # line beside 18's text; a cell prints inside its rows, so it is not read over 19–20 alone (18, 21 and 22
    # blank): the rows keep what their edges cut, and the page's doubt stands
    document = read_document(FIXTURES / "tables" / "stacked-owner-cell-merged-to-a-page-s-foot-centred-by-chance.pdf")
    assert [m.responsibility for m in document.measures if 18 <= m.number <= 22] == ["市市", None, "场监管", "局", None]
    assert "stacked_cells_shifted" in [w.code for w in document.warnings]

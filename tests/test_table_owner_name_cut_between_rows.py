"""A body's name cut across two neighbouring cells of one column (``cell_cut``): one cell merged over
rows, read as two. owner-name-cut-between-rows.html holds rows 37–43 of the generated layout 3700224
as the PDF reader once read them (责任单位 merged over 39–42 and printed as two lines at the middle of
those rows, a row edge set between the lines: 住房城乡建设部、人力资源部社会保 for 39–40 and 障部、司法部
for 41–42), each piece warned ``department_unresolved`` only. Where the last name of one cell and
the first of the next, neither a body alone, join into a body the registry reads, both records say so;
cells naming bodies of their own, or a piece beside a whole name, say nothing."""

from __future__ import annotations

from pathlib import Path

from pilotplans.ingest.cut_cells import joined_body
from pilotplans.ingest.pipeline import read_document
from pilotplans.normalizers.resolve import make_context

TABLES = Path(__file__).parent / "fixtures" / "tables"
CUT = TABLES / "owner-name-cut-between-rows.html"


def _cut_warnings(path: Path) -> dict[int | None, list[str]]:
    return {m.number: [w.message for w in m.warnings if w.code == "cell_cut"] for m in read_document(path).measures}


def test_a_name_cut_between_two_rows_cells_warns_both_records():
    message = ("responsibility: '人力资源部社会保' ending the cell of measure 40 and '障部' opening that of measure 41"
               " name no body alone, and together ('人力资源部社会保障部') name 人力资源社会保障部: one cell merged over"
               " both rows may have been read as two, cut between them")
    found = _cut_warnings(CUT)
    assert (found[40], found[41]) == ([message], [message])


def test_neighbouring_cells_whose_names_are_whole_say_nothing():
    # 39 and 40 print the same cut piece, but 40's cell opens with a whole name (住房城乡建设部); 41 and 42
    # likewise, 42's upper neighbour ending with 司法部; 37 and 38 name bodies of their own
    found = _cut_warnings(CUT)
    assert [n for n in (37, 38, 39, 42, 43) if found[n]] == []


def test_cells_merged_over_rows_read_as_such_say_nothing():
    assert not any(_cut_warnings(TABLES / "merged-owner-cells.html").values())


def test_pieces_joined_into_a_body_the_registry_reads_name_it():
    assert joined_body("人力资源部社会保", "障部", make_context(level="central")) == "人力资源社会保障部"


def test_pieces_joined_into_no_body_or_into_places_name_nothing():
    context = make_context(level="central")
    assert [joined_body(end, start, context) for end, start in (("有关行业协", "会"), ("试点地", "区"), ("北", "京"))] == [
        None, None, None]


def test_names_each_whole_though_unread_ending_and_opening_cells_say_nothing():
    # a county's plan: 海关, 银保监分局 and 经开区 end cells, 高新区 and 海关 open the next; the registry reads
    # none of them there, and reads 海关高新区, 银保监分局海关 and 经开区海关 joined — two names, nothing cut
    assert not any(_cut_warnings(TABLES / "county-plan-whole-names-ending-and-opening-cells.html").values())


def test_a_piece_of_a_word_or_an_ending_alone_is_no_whole_name():
    from pilotplans.ingest.cut_cells import is_whole_name

    assert [piece for piece in ("海关", "高新区", "经开区", "银保监分局", "社会保", "住建", "障部", "总署", "支行", "航局")
            if is_whole_name(piece)] == ["海关", "高新区", "经开区", "银保监分局"]

"""A note saying a mark singles out the partners (加*号为配合部门), the mirror of 加*号为牵头部门: the bodies printed
with the mark assist, the bodies printed without it lead (tasklist.toml ``marked_role``). Stated in a header's
bracket, the note is no part of the column's label: the column is the 责任部门 it names, not a 配合部门 column by the
note's words (main read every body of it as assisting, the unmarked too).

No real page printing this note was found (one `pages` search); the table is 闵行 2023's (tests/fixtures/prose-blind36,
built as in tests/test_marked_category_column.py) with its header's note written the other way round. The near misses
are written: a note with no mark, a note naming tasks, a header with no note."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.columns import role_of
from pilotplans.parsers.interpret.conventions import find_conventions
from tests.test_marked_category_column import _marked

MINHANG_NOTE = "责任部门(加*号为牵头部门,其余为参与部门) |"


def _with_header(tmp_path, label: str):
    lines = _marked()
    lines[lines.index(MINHANG_NOTE)] = label
    page = tmp_path / "table.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_document(page)


def _owners(document, number: int) -> list[tuple[str, str | None]]:
    measure = next(m for m in document.measures if m.number == number)
    return [(d.raw, d.role) for d in measure.departments]


def test_the_note_states_a_marked_role_convention():
    assert [(c.kind, c.role, c.body) for c in find_conventions("加*号为配合部门")] == [("marked_role", "assist", "*")]


def test_the_mirror_note_stays_the_lead_convention():
    assert [(c.kind, c.role, c.body) for c in find_conventions("加★号为牵头单位")] == [("marked_lead", None, "★")]


def test_a_header_s_partner_note_is_no_part_of_its_label():
    assert role_of("责任部门(加*号为配合部门)") == "responsibility"


def test_a_partner_column_s_own_label_keeps_its_role():
    # quiet: no note, the label itself names the partners
    assert role_of("配合部门") == "cooperating"


def test_a_bracket_stating_no_mark_s_meaning_stays_in_the_label():
    # quiet: a bracket naming no mark is the label's, read as on main
    assert role_of("责任部门(配合部门)") == "cooperating"


def test_starred_bodies_assist_and_the_unstarred_lead(tmp_path):
    document = _with_header(tmp_path, "责任部门(加*号为配合部门) |")
    assert _owners(document, 4) == [
        ("区农业农村委", "assist"), ("区规划资源局", "lead"), ("区房管局", "lead"), ("区财政局", "lead"),
        ("区征收中心", "lead")]


def test_the_column_is_read_as_the_responsibility_column(tmp_path):
    document = _with_header(tmp_path, "责任部门(加*号为配合部门) |")
    assert {d.column for m in document.measures for d in m.departments} == {"responsibility"}


def test_the_marks_are_explained_and_owners_with_only_partners_are_warned(tmp_path):
    # review r_mend38: rows 1-3 print 区农业农村委* alone, read as the note states (assist) with no lead: told, the
    # marks themselves not warned as unexplained
    document = _with_header(tmp_path, "责任部门(加*号为配合部门) |")
    assert [w.message for w in document.warnings if w.code == "table_implausible"] == [
        "the owners of measures 1、2、3 print only bodies the note 责任部门(加*号为配合部门) marks as partners "
        "(区农业农村委*): no body of theirs leads — check the owners against the source"]


def test_a_lone_starred_body_reads_as_the_note_states(tmp_path):
    document = _with_header(tmp_path, "责任部门(加*号为配合部门) |")
    assert _owners(document, 1) == [("区农业农村委", "assist")]


def test_a_lone_starred_body_under_the_mirror_note_is_not_warned(tmp_path):
    # quiet: 加*号为牵头部门 makes the lone starred body the lead
    document = _with_header(tmp_path, "责任部门(加*号为牵头部门) |")
    assert [w.code for w in document.warnings if w.code == "table_implausible"] == []


def test_stars_marking_tasks_beside_the_note_change_no_owner(tmp_path):
    # quiet: the note stated under the table, the stars printed on a task's name, never beside a body: every body
    # read as without the note (review r_mend38: the note alone made every body carry_out); the note's mark printed
    # beside no owner is told, as marked_lead's is (mend39)
    lines = [line.replace("*", "") for line in _marked()]
    lines[lines.index(MINHANG_NOTE.replace("*", ""))] = "责任部门 |"
    lines[lines.index("推进农民相对集中居住 |")] = "推进农民相对集中居住* |"
    page = tmp_path / "table.txt"
    page.write_text("\n".join([*lines, "注：加*号为配合部门。"]) + "\n", encoding="utf-8")
    document = read_document(page)
    assert {d.role for m in document.measures for d in m.departments} == {"lead"}
    assert [w.message for w in document.warnings if w.code == "table_implausible"] == [
        "the note 注：加*号为配合部门。 says the bodies marked * are partners (assist), and no owner prints the mark (the "
        "copy may have lost it): the partners it singles out are read nowhere — check the owners against the source"]


def test_the_mirror_note_in_the_header_still_reads_the_starred_lead(tmp_path):
    document = _with_header(tmp_path, "责任部门(加*号为牵头部门) |")
    assert _owners(document, 4) == [
        ("区农业农村委", "lead"), ("区规划资源局", "carry_out"), ("区房管局", "carry_out"), ("区财政局", "carry_out"),
        ("区征收中心", "carry_out")]


def test_without_a_note_no_mark_is_read(tmp_path):
    # quiet: the same stars with no note: every body as its column gives (lead), and the marks warned
    document = _with_header(tmp_path, "责任部门 |")
    assert _owners(document, 4) == [
        ("区农业农村委", "lead"), ("区规划资源局", "lead"), ("区房管局", "lead"), ("区财政局", "lead"),
        ("区征收中心", "lead")]
    assert [w.code for w in document.warnings if w.code == "table_implausible"] == ["table_implausible"]


def test_a_note_marking_tasks_states_no_convention():
    # quiet: the mark singles out tasks, not bodies (its noun does not end the note)
    assert find_conventions("加*号为配合部门负责的重点任务") == []


def test_a_sentence_about_partners_states_no_convention():
    # quiet: prose holding the words with no mark
    assert find_conventions("各配合部门要加强协作，形成合力") == []

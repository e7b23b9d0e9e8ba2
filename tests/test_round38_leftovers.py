"""The reading leftovers of rounds 37–38 (stop 59, docs/reading.md's mend39 entry), each read as a rule for the family:

- a 文号 line whose copy lost the bracket closing its year, the year's figures run into the number's
  (广安区府办发〔202026, prose-blind38's 广安区 page): mended to 〔2020〕26号 only where the page's own date prints that year
  and the figures left are a number, the printed form kept beside it (``doc_no_raw``) and warned ``doc_no_mended``;
- an adoption line naming its congress or government by the level word alone, the place printed first on the next line
  ((2011年1月9日县十六届人大五次会议通过) over 房县第十六届人民代表大会第五次会议,…, prose-blind38's 房县 page): the session is
  the issuer, the place the region, its level the level — where the next line opens with a place of that kind and the
  same session (or the government's name), never a place the line is about (关于…市…的决议);
- a note saying what a mark singles out (加*号为配合部门, 标*的为牵头单位) printed in one table's header, one of its cells
  or right under it (注：…) concerns that table alone where the document holds several (``Convention.table``); the same
  note over a one-table plan still concerns it; and a partner note whose mark no owner prints is told, as a lead
  note's is (``table_implausible``). No real page printing such a note over several tables was found (r_mend38); the
  pages below are written, their rows 闵行 2023's (tests/fixtures/prose-blind36).
"""

from __future__ import annotations

from datetime import date

import pytest

from pilotplans.doc_numbers import year_run_into_number
from pilotplans.ingest.pipeline import read_document
from pilotplans.normalizers.delivery_place import adoption_placed_next
from pilotplans.normalizers.registry import load_registry
from pilotplans.parsers.interpret.records import DocumentHints
from pilotplans.store.db import load_documents, rebuild, sqlite_url
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, page_metadata, read_text

BLIND38 = FIXTURES / "prose-blind38"
GUANGAN = BLIND38 / "guangan-2020-district-office-city-fine-management-rules-articles-portal-broken-doc-number-no-owners-cut.txt"


def _guangan_lines(**replaced: str) -> list[str]:
    """The 广安区 page's lines over its rules, each line equal to a key of ``replaced`` printed as its value instead."""
    lines = [line for line in GUANGAN.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = lines[:lines.index("广安市广安区城市精细化管理实施细则")]
    return [replaced.get(line, line) for line in lines]


# --- 1. a 文号 whose year runs into its number --------------------------------------------------------------------

def test_a_number_run_into_its_year_is_mended_where_the_page_s_date_prints_that_year():
    meta = page_metadata(GUANGAN)
    assert (meta.doc_no, meta.doc_no_printed, meta.date) == (
        "广安区府办发〔2020〕26号", "广安区府办发〔202026", date(2020, 10, 28))


@pytest.mark.parametrize(("line", "year", "expected"), [
    ("广安区府办发〔202026", 2020, "广安区府办发〔2020〕26号"),
    ("广安区府办发〔202026号", 2020, "广安区府办发〔2020〕26号"),
    ("京政办发[2019115", 2019, "京政办发[2019]115号"),
    ("湘政发【20123", 2012, "湘政发【2012】3号"),
])
def test_the_figures_after_the_page_s_year_are_the_number(line, year, expected):
    assert year_run_into_number(line, year) == expected


@pytest.mark.parametrize(("line", "year"), [
    ("广安区府办发〔202026", None),        # no year to check the cut against
    ("广安区府办发〔202026", 2021),        # the page's year is another: the cut would be a guess
    ("广安区府办发〔202012026", 2020),     # five figures left: no number of a series
    ("广安区府办发〔2020026", 2020),       # a number opening with 0
    ("广安区府办发〔2020〕12026号", 2020),  # the bracket printed: a number as printed, not run into its year
    ("根据广安区府办发〔202026号精神,制定本方案。", 2020),  # a sentence citing it: no line printing the number alone
])
def test_no_number_is_cut_from_a_year_without_sure_evidence(line, year):
    assert year_run_into_number(line, year) is None


def test_no_number_is_cut_from_a_year_another_than_the_page_s_date():
    meta = lines_metadata(*_guangan_lines(**{"2020年10月28日": "2021年10月28日"}))
    assert (meta.doc_no, meta.doc_no_printed, meta.date) == (None, None, date(2021, 10, 28))


def test_no_number_is_cut_from_a_year_on_a_page_printing_no_date():
    lines = [line for line in _guangan_lines() if line not in ("2020年10月28日", "• 2020-11-13 14:42")]
    meta = lines_metadata(*lines)
    assert (meta.doc_no, meta.doc_no_printed, meta.date) == (None, None, None)


def test_no_number_is_cut_from_a_sentence_s_line_under_the_addressees():
    # a sentence's line wrapped inside a 文号 it cites, the page dated that year: the number is the cited document's
    meta = lines_metadata("广安区人民政府办公室关于印发城市管理方案的通知", "各街道办事处:", "按川办发〔202026",
                          "号要求,现将方案印发给你们,请遵照执行。", "广安区人民政府办公室", "2020年10月28日")
    assert (meta.doc_no, meta.doc_no_printed, meta.date) == (None, None, date(2020, 10, 28))


def test_a_number_printed_whole_under_its_bracket_is_not_cut():
    meta = lines_metadata(*_guangan_lines(**{"广安区府办发〔202026": "广安区府办发〔2020〕26号"}))
    assert (meta.doc_no, meta.doc_no_printed) == ("广安区府办发〔2020〕26号", None)


_PLAN = ("广安区府办发〔202026\n"
         "广安市广安区人民政府办公室关于印发广安区城市管理工作方案的通知\n"
         "各街道办事处,区级各部门:\n"
         "现将《广安区城市管理工作方案》印发给你们,请认真贯彻执行。\n"
         "广安市广安区人民政府办公室\n"
         "2020年10月28日\n"
         "一、重点任务\n"
         "1.完善城市管理制度。(责任单位:区住房城乡建设局)\n"
         "2.加强市容环境整治。(责任单位:区城市管理局)\n")


def test_a_mended_number_keeps_its_printed_form_and_is_warned(tmp_path):
    document = read_text(tmp_path, _PLAN)
    warned = [w.message for w in document.warnings if w.code == "doc_no_mended"]
    assert (document.doc_no, document.doc_no_raw, warned) == ("广安区府办发〔2020〕26号", "广安区府办发〔202026", [
        "the 文号 is printed 广安区府办发〔202026, its year's closing bracket lost and the year run into the number; "
        "read as 广安区府办发〔2020〕26号, the year being the one the document's date prints"])


def test_a_number_printed_whole_keeps_no_printed_form_and_no_warning(tmp_path):
    document = read_text(tmp_path, _PLAN.replace("〔202026", "〔2020〕26号"))
    assert (document.doc_no, document.doc_no_raw, [w.code for w in document.warnings if w.code == "doc_no_mended"]) == (
        "广安区府办发〔2020〕26号", None, [])


def test_a_mended_number_yields_to_the_manifest_s(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(_PLAN, encoding="utf-8")
    document = read_document(path, DocumentHints(id="guangan", doc_no="广安区府办发〔2020〕126号"))
    assert (document.doc_no, document.doc_no_raw, [w.code for w in document.warnings if w.code == "doc_no_mended"]) == (
        "广安区府办发〔2020〕126号", None, [])


def test_a_mended_number_s_printed_form_is_stored(tmp_path):
    document = read_text(tmp_path, _PLAN)
    url = sqlite_url(tmp_path / "p.db")
    rebuild(url, [document])
    assert [d.doc_no_raw for d in load_documents(url)] == ["广安区府办发〔202026"]


# --- 4. an adoption line whose place the next line names ----------------------------------------------------------

FANGXIAN = BLIND38 / "fangxian-2011-county-congress-resolution-on-government-report-newspaper-no-title-no-tasks.txt"
_ADOPTED = "(2011年1月9日县十六届人大五次会议通过)"


def _fangxian_lines(second: str | None = None) -> list[str]:
    """The 房县 page's lines, its second (the resolution's opening, under the adoption line) printed as ``second``."""
    lines = [line for line in FANGXIAN.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines if second is None else [lines[0], second, *lines[2:]]


def test_a_congress_named_by_its_level_word_is_placed_by_the_line_under_it():
    meta = page_metadata(FANGXIAN)
    assert (meta.issuer, meta.date, meta.level, meta.region, meta.region_named_in) == (
        "县十六届人大五次会议", date(2011, 1, 9), "county", "房县", "adoption")


def test_a_government_named_by_its_level_word_is_placed_by_its_name_under_it():
    adopted = adoption_placed_next(["(2011年1月9日县人民政府第5次常务会议通过)", "房县人民政府关于…"], load_registry().gazetteer)
    assert adopted is not None
    body, (written, place) = adopted
    assert (body, written, place.name) == ("县人民政府第5次常务会议", "房县", "房县")


def test_a_congress_placed_by_the_line_under_it_printed_once():
    meta = lines_metadata(*_fangxian_lines("房县第十六届人民代表大会第五次会议,听取和审议了县长所作的政府工作报告。"))
    assert (meta.issuer, meta.level, meta.region) == ("县十六届人大五次会议", "county", "房县")


def test_no_government_is_placed_by_a_line_naming_it_as_a_subject():
    adopted = adoption_placed_next(["(2011年1月9日县人民政府第5次常务会议通过)", "房县政府工作报告中提到…"],
                                   load_registry().gazetteer)
    assert adopted is None


@pytest.mark.parametrize("second", [
    "关于十堰市2010年国民经济和社会发展计划执行情况的决议",  # the place the resolution is about, after 关于
    "十堰市第十六届人民代表大会第五次会议,听取和审议了…",      # a city under a county's session: another place
    "房县第十五届人民代表大会第五次会议,听取和审议了…",        # the same county, another session
    "房县代表团在审议中认为,…",                              # the place as a guest delegation, no session
    "会议听取和审议了县长所作的政府工作报告。",                # no place at all
    "房县第十六届政协委员列席了会议。",                        # the same place and session, another body
])
def test_no_place_is_read_from_a_next_line_naming_it_otherwise(second):
    meta = lines_metadata(*_fangxian_lines(second))
    assert (meta.issuer, meta.level, meta.region) == (None, None, None)


# --- 3. the scope of a partner or lead note ------------------------------------------------------------------------

_ROWS_1 = [(1, "完成2022年度乡村振兴示范村建设", "区农业农村委*、区规划资源局"),
           (2, "开展2023年度乡村振兴示范村建设", "区农业农村委、区财政局*")]
_ROWS_2 = [(1, "推进农民相对集中居住", "区农业农村委*、区规划资源局、区房管局"),
           (2, "加强农房建设管理", "区建管委*、区农业农村委")]


def _table(label: str, rows: list[tuple[int, str, str]]) -> str:
    head = f"<tr><td>序号</td><td>任务名称</td><td>{label}</td><td>完成时间节点</td></tr>"
    return "<table>" + head + "".join(f"<tr><td>{n}</td><td>{t}</td><td>{o}</td><td>12月底</td></tr>"
                                      for n, t, o in rows) + "</table>"


def _page(tmp_path, *parts: str):
    page = tmp_path / "plan.html"
    page.write_text("<html><body><p>闵行区2023年乡村振兴重点任务</p>" + "".join(parts) + "</body></html>", encoding="utf-8")
    return read_document(page)


def _roles(document) -> list[tuple[int, int, list[tuple[str, str]]]]:
    return [(m.table, m.number, [(d.raw, d.role) for d in m.departments]) for m in document.measures]


def test_a_note_in_one_table_s_header_reads_that_table_s_marks_alone(tmp_path):
    document = _page(tmp_path, "<p>表1</p>", _table("责任部门(加*号为配合部门)", _ROWS_1),
                     "<p>表2</p>", _table("责任部门(加*号为牵头部门)", _ROWS_2))
    assert [(c.kind, c.table) for c in document.conventions] == [("marked_role", 1), ("marked_lead", 2)]
    assert _roles(document) == [
        (1, 1, [("区农业农村委", "assist"), ("区规划资源局", "lead")]),
        (1, 2, [("区农业农村委", "lead"), ("区财政局", "assist")]),
        (2, 1, [("区农业农村委", "lead"), ("区规划资源局", "carry_out"), ("区房管局", "carry_out")]),
        (2, 2, [("区建管委", "lead"), ("区农业农村委", "carry_out")])]


def test_a_note_under_one_table_leaves_the_other_s_marks_unexplained(tmp_path):
    document = _page(tmp_path, "<p>表1</p>", _table("责任部门", _ROWS_1), "<p>注：加*号为配合部门。</p>",
                     "<p>表2</p>", _table("责任部门", _ROWS_2))
    assert [(c.kind, c.table) for c in document.conventions] == [("marked_role", 1)]
    assert _roles(document)[2:] == [
        (2, 1, [("区农业农村委", "lead"), ("区规划资源局", "lead"), ("区房管局", "lead")]),
        (2, 2, [("区建管委", "lead"), ("区农业农村委", "lead")])]
    assert [w.message for w in document.warnings if w.code == "table_implausible"] == [
        "the owners of measures 1、2 print a mark beside a name (区农业农村委*、区规划资源局、区房管局) and no note of the "
        "document says what it marks: every owner is read as its column gives, the marked one alike"]


def test_a_note_under_the_last_of_tables_sharing_one_header_concerns_them_all(tmp_path):
    # one table printed in parts, its header repeated, the note under the last part: every part's
    document = _page(tmp_path, "<p>表1</p>", _table("责任部门", _ROWS_1), "<p>表2</p>", _table("责任部门", _ROWS_2),
                     "<p>注：加*号为配合部门。</p>")
    assert [(c.kind, c.table) for c in document.conventions] == [("marked_role", None)]
    assert _roles(document)[:2] == [(1, 1, [("区农业农村委", "assist"), ("区规划资源局", "lead")]),
                                    (1, 2, [("区农业农村委", "lead"), ("区财政局", "assist")])]
    assert [w.code for w in document.warnings if w.code == "table_implausible"] == []


def test_a_note_under_a_table_printing_another_header_leaves_the_one_before_unexplained(tmp_path):
    document = _page(tmp_path, "<p>表1</p>", _table("责任单位", _ROWS_1), "<p>表2</p>", _table("责任部门", _ROWS_2),
                     "<p>注：加*号为配合部门。</p>")
    assert [(c.kind, c.table) for c in document.conventions] == [("marked_role", 2)]
    assert _roles(document)[:2] == [(1, 1, [("区农业农村委", "lead"), ("区规划资源局", "lead")]),
                                    (1, 2, [("区农业农村委", "lead"), ("区财政局", "lead")])]


def test_a_note_over_a_one_table_plan_still_reads_its_marks(tmp_path):
    document = _page(tmp_path, "<p>加*号为配合部门。</p>", _table("责任部门", _ROWS_1))
    assert [(c.kind, c.table) for c in document.conventions] == [("marked_role", None)]
    assert _roles(document) == [(1, 1, [("区农业农村委", "assist"), ("区规划资源局", "lead")]),
                                (1, 2, [("区农业农村委", "lead"), ("区财政局", "assist")])]


def test_a_note_over_the_first_of_several_tables_still_concerns_every_table(tmp_path):
    # quiet: over the tables, nothing says which it concerns: every one, as before
    document = _page(tmp_path, "<p>加*号为配合部门。</p>", "<p>表1</p>", _table("责任部门", _ROWS_1),
                     "<p>表2</p>", _table("责任部门", _ROWS_2))
    assert [(c.kind, c.table) for c in document.conventions] == [("marked_role", None)]
    assert _roles(document)[3] == (2, 2, [("区建管委", "assist"), ("区农业农村委", "lead")])


def test_a_partner_note_whose_mark_no_owner_prints_is_told(tmp_path):
    document = _page(tmp_path, "<p>加*号为配合部门。</p>",
                     _table("责任部门", [(n, t, o.replace("*", "")) for n, t, o in _ROWS_1]))
    assert [w.message for w in document.warnings if w.code == "table_implausible"] == [
        "the note 加*号为配合部门。 says the bodies marked * are partners (assist), and no owner prints the mark (the "
        "copy may have lost it): the partners it singles out are read nowhere — check the owners against the source"]


def test_a_partner_note_whose_mark_owners_print_is_not_told(tmp_path):
    document = _page(tmp_path, "<p>加*号为配合部门。</p>", _table("责任部门", _ROWS_1))
    assert [w.code for w in document.warnings if w.code == "table_implausible"] == []

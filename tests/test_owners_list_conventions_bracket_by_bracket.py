"""A document's list convention (列第一位的为牵头部门: the first listed leads) read bracket by bracket in a prose
item whose owners close each sentence in brackets: each bracket's list judged alone, so that no body comes out
both leading and carrying out one measure from two readings of its lists. Was: a list convention skipped every
list of an item that named a lead anywhere, and Hunan's 2016 opinion (湘政发〔2016〕1号, prose-blind20) read
省科技厅 as leading (…省科技厅牵头) and carrying out (省科技厅、省发改委…等负责。列第一位的为牵头部门…) its one item."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

HUNAN = FIXTURES / "prose-blind20" / "hunan-2016-province-opinion-posts-and-bodies-brackets-mid-paragraph.txt"
CONVENTION = "（一）落实减免政策（省财政厅负责。列第一位的为牵头部门，其他部门按职责分工负责，下同）。\n"


def _owners(measure) -> list[tuple[str, str]]:
    return [(d.raw, d.role) for d in measure.departments]


def _read(tmp_path, text: str, name: str = "plan.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def test_a_bracket_listing_first_the_body_another_bracket_says_leads_reads_it_as_lead_only():
    measure = read_document(HUNAN).measures[0]
    assert _owners(measure) == [("省科技厅", "lead"), ("省发改委", "carry_out"), ("省经信委", "carry_out"),
                                ("省教育厅", "carry_out"), ("省财政厅", "carry_out"), ("省地税局", "carry_out"),
                                ("省国税局", "carry_out")]
    assert "lead_disagreed" not in [w.code for w in measure.warnings]


def test_a_bracket_listing_the_lead_after_its_first_body_keeps_the_lead_and_warns(tmp_path):
    text = ("湖南省科技创新工作方案\n一、加快发展\n" + CONVENTION
            + "（二）增强创新能力。推进示范区建设（省科技厅牵头）。落实政策（省发改委、省科技厅等负责）。\n")
    measure = _read(tmp_path, text).measures[1]
    assert _owners(measure) == [("省科技厅", "lead"), ("省发改委", "carry_out")]
    assert [w.code for w in measure.warnings] == ["lead_disagreed"]
    assert "省科技厅" in measure.warnings[0].message


def test_one_bracket_naming_its_own_lead_reads_as_printed(tmp_path):
    # quiet: the bracket's later list (after ；) names the lead's partners, not a list of its own whose first leads
    text = "湖南省科技创新工作方案\n一、加快发展\n" + CONVENTION + "（二）增强创新能力。推进示范区建设（省科技厅牵头；省发改委、省财政厅负责）。\n"
    measure = _read(tmp_path, text).measures[1]
    assert _owners(measure) == [("省科技厅", "lead"), ("省发改委", "carry_out"), ("省财政厅", "carry_out")]
    assert measure.warnings == []


def test_two_brackets_naming_different_bodies_read_as_printed(tmp_path):
    # quiet: no body of the second bracket is the first's lead: nothing to reconcile, nothing warned
    text = ("湖南省科技创新工作方案\n一、加快发展\n" + CONVENTION
            + "（二）增强创新能力。推进示范区建设（省科技厅牵头）。落实政策（省发改委、省财政厅等负责）。\n")
    measure = _read(tmp_path, text).measures[1]
    assert _owners(measure) == [("省科技厅", "lead"), ("省发改委", "carry_out"), ("省财政厅", "carry_out")]
    assert measure.warnings == []


def test_a_table_row_naming_a_lead_reads_as_printed(tmp_path):
    # quiet: a table's cell is one list, read as before (the convention reads only cells naming no lead)
    text = ("衢州市服务贸易重点任务分工表\n（责任单位中第一个单位为牵头单位）\n\n序号\t具体举措\t责任单位\n"
            "1\t建设服务贸易公共服务平台。\t市商务局、市财政局\n"
            "2\t完善服务贸易统计监测制度。\t市统计局牵头；市发展改革委、市商务局负责\n")
    measure = _read(tmp_path, text).measures[1]
    assert _owners(measure) == [("市统计局", "lead"), ("市发展改革委", "carry_out"), ("市商务局", "carry_out")]
    assert measure.warnings == []

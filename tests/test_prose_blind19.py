"""The sources39 blind round (tests/fixtures/prose-blind19/KEY.md and key.toml, written before the reader
ran): three State Council pages as a gov.cn crawl kept them (a new source: a public repository's database
of crawled pages, SOURCES.md), read as the key says, and the fault of kind the round found:

- a State Council notice's fifty-three measures each end in ``（负责部门：X、Y）`` and some add where the
  measure applies, after a comma or a semicolon (``（负责部门：民航局，适用范围：河南自贸试验区）``): the label was
  not one a bracket reads, so ``适用范围：河南自贸试验区`` was read as one more body carrying the measure out
  (warned unresolved, but listed as an owner). A scope's label (适用范围, 实施范围, … columns.toml ``scope``)
  inside an item's bracket opens a list that is the measure's scope, never its owners."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES
from tests.page_metadata import owners, read_text

BLIND = FIXTURES / "prose-blind19"
ZONES = BLIND / "national-2018-free-trade-zones-measures-owner-brackets-with-scope.html"


def test_a_scope_s_list_in_an_item_s_bracket_is_its_scope_never_an_owner():
    # was: 适用范围：浙江自贸试验区 read as a body carrying the measure out
    measures = read_document(ZONES).measures
    by_number = {m.number: m for m in measures}
    assert len(measures) == 53
    assert [(n, owners(by_number[n]), by_number[n].scope) for n in (16, 30, 53)] == [
        (16, [("发展改革委", "carry_out"), ("粮食和储备局", "carry_out")], "浙江自贸试验区"),
        (30, [("民航局", "carry_out")], "河南自贸试验区"),
        (53, [("人力资源社会保障部", "carry_out")], "上海自贸试验区")]


def test_a_scope_after_a_semicolon_stating_every_later_item_s_scope_names_no_owner():
    first = read_document(ZONES).measures[0]
    assert owners(first) == [("人力资源社会保障部", "carry_out"), ("住房城乡建设部", "carry_out"), ("商务部", "carry_out")]
    assert first.scope == "所有自贸试验区，以下除标注适用于特定自贸试验区的措施外，适用范围均为所有自贸试验区"


def test_an_item_whose_bracket_names_no_scope_keeps_none():
    # quiet: 负责部门 alone, as most of the notice's items print it
    second = read_document(ZONES).measures[1]
    assert (second.number, owners(second), second.scope) == (2, [("自然资源部", "carry_out")], None)


def test_a_scope_s_list_beside_an_owner_s_list_is_the_scope(tmp_path):
    measures = read_text(tmp_path, "某省行动方案\n一、加强组织领导\n1.成立工作组。（责任单位：省商务厅；适用范围：试点城市）\n").measures
    assert [(owners(m), m.scope) for m in measures] == [([("省商务厅", "carry_out")], "试点城市")]


def test_a_bracket_holding_only_a_scope_s_list_assigns_no_owner(tmp_path):
    # quiet: no owner named, the bracket is no responsibility
    measures = read_text(tmp_path, "某省行动方案\n一、加强组织领导\n1.成立工作组。（责任单位：省商务厅）\n"
                               "2.建立台账。（适用范围：试点城市）\n").measures
    assert [(m.number, owners(m), m.scope, "responsibility_missing" in [w.code for w in m.warnings]) for m in measures] == [
        (1, [("省商务厅", "carry_out")], None, False), (2, [], "试点城市", True)]


def test_owners_printed_after_a_scope_s_list_are_the_owners_not_part_of_the_scope(tmp_path):
    # was: （适用范围：全市，市商务局负责） read as the scope 全市，市商务局负责 and no owner (responsibility_missing)
    measures = read_text(tmp_path, "某市行动方案\n一、推进登记改革\n1.开展宣传。（适用范围：全市，市商务局负责）\n"
                               "2.开展评估。（适用范围：福州片区，厦门片区；市商务局牵头，市财政局配合）\n").measures
    assert [(owners(m), m.scope, "responsibility_missing" in [w.code for w in m.warnings]) for m in measures] == [
        ([("市商务局", "carry_out")], "全市", False),
        ([("市商务局", "lead"), ("市财政局", "assist")], "福州片区，厦门片区", False)]


def test_a_scope_s_own_clauses_after_a_comma_stay_its_scope(tmp_path):
    # quiet: a clause naming no one by a role phrase is the scope's (所有自贸试验区，以下…均为所有自贸试验区)
    measures = read_text(tmp_path, "某市行动方案\n一、推进登记改革\n1.开展宣传。（责任单位：市商务局；适用范围：全市，各区参照执行）\n").measures
    assert [(owners(m), m.scope) for m in measures] == [([("市商务局", "carry_out")], "全市，各区参照执行")]


def test_a_scope_bracket_on_a_heading_is_the_scope_of_its_items_that_name_none(tmp_path):
    # was: 一、推进登记改革（适用范围：A区、B区） lost its bracket from the title and gave its scope to no measure
    measures = read_text(tmp_path, "某市行动方案\n一、推进登记改革（适用范围：A区、B区）\n（一）开展登记改革。（区市场监管局负责）\n"
                               "（二）开展评估。（区财政局负责；适用范围：C区）\n二、加强保障\n（一）落实经费。（区财政局负责）\n").measures
    assert [(m.text, m.scope) for m in measures] == [
        ("开展登记改革。", "A区、B区"), ("开展评估。", "C区"), ("落实经费。", None)]

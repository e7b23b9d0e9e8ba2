"""A responsibility label a plan composes from the words labels are made of (落实责任, 牵头落实,
主责单位, 配合落实单位) rather than printing one the vocabulary lists: read by what its words say
(columns.toml ``[composed]``), in a bracket ending an item, and on a field line when it ends in a
head noun (单位, 部门, 主体). A run holding any other word, or a field line's label without a head
noun opening a sentence, stays text (tests/fixtures/prose-shapes/labels-composed-in-brackets.txt)."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.columns import read_label, role_of
from tests.conftest import FIXTURES

FIXTURE = FIXTURES / "prose-shapes" / "labels-composed-in-brackets.txt"


def _read():
    return {m.number: m for m in read_document(FIXTURE).measures}


def _owners(measure):
    return (measure.text, measure.responsibility, measure.responsibility_label, measure.cooperating,
            [(d.id, d.role) for d in measure.departments], [w.code for w in measure.warnings])


def test_a_bracket_labelled_with_a_composed_carry_out_label_drops_the_label():
    # （落实责任：市商务局）: was the raw responsibility "落实责任：市商务局", unresolved
    assert _owners(_read()[1]) == ("放宽外资准入，支持外商投资设立研发中心。", "市商务局", "落实责任", None,
                                   [("420500-commerce_bureau", "carry_out")], [])


def test_a_composed_label_with_a_lead_word_leads_and_one_with_an_assisting_word_assists():
    # （牵头落实：X；配合落实：Y）: was one unresolved responsibility holding both labels
    assert _owners(_read()[2]) == (
        "优化审批流程，推行告知承诺制。", "市政务服务和大数据管理局", "牵头落实", "市市场监管局",
        [("420500-big_data_bureau", "lead"), ("420500-market_regulation_bureau", "assist")], [])


def test_composed_labels_in_either_order_read_alike():
    measures = _read()
    assert [_owners(measures[n])[1:5] for n in (3, 4)] == [
        ("市商务局、市经信局", "责任落实", None, [("420500-commerce_bureau", "carry_out"),
                                        ("420500-industry_information_bureau", "carry_out")]),
        ("市商务局", "落实主体", None, [("420500-commerce_bureau", "carry_out")])]


def test_field_lines_with_composed_labels_ending_in_a_head_noun_are_read():
    # 主责单位：X / 配合落实单位：Y: were run into the item's text, warned responsibility_missing
    assert _owners(_read()[5]) == ("推进跨境电商发展。", "市商务局", "主责单位", "市财政局",
                                   [("420500-commerce_bureau", "lead"), ("420500-finance_bureau", "assist")], [])


def test_a_composed_label_without_a_head_noun_opening_a_line_stays_the_text():
    # 落实责任：各部门要按照分工落实到位。 opens a sentence: as before
    assert _owners(_read()[6]) == ("健全工作机制。落实责任：各部门要按照分工落实到位。", None, None, None, [],
                                   ["responsibility_missing"])


def test_only_runs_of_label_words_compose_a_label():
    # a word that is no label word (压实, 工作) makes the run no label, in a bracket or a header
    assert [(text, getattr(read_label(text, short=True), "body_role", None)) for text in
            ("落实责任", "牵头负责", "协同落实", "压实责任", "工作责任", "落实", "具体")] == [
        ("落实责任", "carry_out"), ("牵头负责", "lead"), ("协同落实", "assist"), ("压实责任", None),
        ("工作责任", None), ("落实", None), ("具体", None)]
    # without a head noun, no column's header
    assert [role_of(text) for text in ("主责单位", "配合落实单位", "落实责任", "牵头落实")] == [
        "responsibility", "cooperating", None, None]


def test_a_composed_label_with_a_head_noun_closing_the_item_s_line_takes_the_next_line_as_its_value():
    # …服务，牵头落实单位： / 市商务局: was kept in the text, warned responsibility_missing
    assert _owners(_read()[8]) == ("优化外汇管理服务", "市商务局", "牵头落实单位", None,
                                   [("420500-commerce_bureau", "lead")], [])

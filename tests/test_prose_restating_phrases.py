"""Phrases closing a labelled list of owners that only restate the label's duty
(tests/fixtures/prose-shapes/owner-lists-closed-by-restating-phrases.txt).

A lead label whose list ends in a bare 负责 (（牵头单位：市商务局、市发改委负责）) gave both bodies the role
carry_out, though the label says they lead: 负责 says no more than that the bodies answer for the item
(roles.toml ``restating``). And a manner phrase with a verb of effort before the role phrase
(按职责分工抓好落实, 做好配合, 负责抓好落实: roles.toml ``manner``) was cut after its effort verb, so the
body before it absorbed the manner (市商务局按职责分工抓好, unresolved, department_unresolved)."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.normalizers.responsibility import parse_responsibility
from tests.conftest import FIXTURES

SHAPE = FIXTURES / "prose-shapes" / "owner-lists-closed-by-restating-phrases.txt"


def _measures():
    return {m.number: m for m in read_document(SHAPE).measures}


def _bodies(measure):
    return [(d.raw, d.id, d.role) for d in measure.departments]


def _roles(text: str, **kwargs):
    return [(m.raw, m.role) for m in parse_responsibility(text, **kwargs)]


# --- a bare 负责 after a labelled list ---------------------------------------------------------------

def test_a_lead_label_s_list_closed_by_a_bare_responsible_leads():
    # was: both carry_out
    measure = _measures()[1]
    assert (measure.responsibility, measure.responsibility_label) == ("市商务局、市发改委负责", "牵头单位")
    assert _bodies(measure) == [("市商务局", "421000-commerce_bureau", "lead"),
                                ("市发改委", "421000-development_reform_commission", "lead")]
    assert measure.warnings == []


def test_a_list_closed_by_a_bare_responsible_without_a_label_carries_out():
    # quiet: no label, the phrase is the only word on the bodies' role
    assert _bodies(_measures()[2]) == [("市商务局", "421000-commerce_bureau", "carry_out"),
                                       ("市发改委", "421000-development_reform_commission", "carry_out")]


def test_a_lead_label_s_list_closed_by_a_named_phrase_of_carrying_out_keeps_the_phrase():
    # quiet: 负责推进 names a role of its own (as the national cells print it), not a bare 负责
    assert _bodies(_measures()[6]) == [("市市场监管局", "421000-market_regulation_bureau", "carry_out")]


def test_any_label_s_role_stands_before_a_bare_responsible():
    assert _roles("市商务局、市财政局负责", label="配合单位") == [("市商务局", "assist"), ("市财政局", "assist")]
    assert _roles("市商务局、市财政局负责", label="责任单位") == [("市商务局", "carry_out"), ("市财政局", "carry_out")]


def test_a_bare_responsible_after_a_clause_boundary_is_its_own_clause_s():
    # quiet: 牵头单位：X，Y负责 — the phrase after the last ，names Y alone, as other role clauses do
    assert _roles("市商务局，市财政局负责", label="牵头单位") == [("市商务局", "lead"), ("市财政局", "carry_out")]


# --- a manner with a verb of effort before the phrase -----------------------------------------------

def test_a_remit_manner_with_an_effort_verb_is_no_part_of_the_body():
    # was: ('市商务局按职责分工抓好', None, 'carry_out') and department_unresolved
    measure = _measures()[3]
    assert measure.responsibility == "市商务局按职责分工抓好落实"
    assert _bodies(measure) == [("市商务局", "421000-commerce_bureau", "carry_out")]
    assert measure.warnings == []


def test_each_body_of_a_list_closed_by_a_manner_with_an_effort_verb_is_read():
    # was: 市财政局按职责分工抓好, unresolved
    assert _bodies(_measures()[4]) == [("市商务局", "421000-commerce_bureau", "carry_out"),
                                       ("市财政局", "421000-finance_bureau", "carry_out")]


def test_effort_verbs_alone_or_after_responsible_keep_the_labels_and_phrases_roles():
    # 负责抓好落实 after a lead label restates (lead); 做好配合 is 配合 (assist)
    assert _bodies(_measures()[5]) == [("市商务局", "421000-commerce_bureau", "lead"),
                                       ("市财政局", "421000-finance_bureau", "assist")]


def test_an_effort_verb_opening_a_phrase_changes_none_of_its_roles():
    assert _roles("县发改局抓好牵头，县财政局做好配合") == [("县发改局", "lead"), ("县财政局", "assist")]
    assert _roles("市商务局切实落实") == [("市商务局", "carry_out")]


def test_a_body_named_after_remits_stays_whole_before_a_phrase():
    # quiet: 国务院职能转变协调办公室 (the State Council's office for transforming government functions)
    # holds 职能 but no citing of a remit (按/依/根据 职能): the manner opens no phrase inside it
    assert _roles("国务院职能转变协调办公室牵头，市商务局按职责分工负责") == [
        ("国务院职能转变协调办公室", "lead"), ("市商务局", "carry_out")]

"""Role clauses inside a prose item's owners' bracket (tests/fixtures/prose-shapes/SOURCES.md,
`role-clauses-in-owner-brackets.txt`).

A labelled list may close with a clause giving some of its bodies another role (责任单位：X，Y负责指导:
X carries out, Y guides), and a role phrase may open with a manner citing the bodies' remits
(按职责落实, 依照职责分工配合) that changes none of its roles. Both were misread: the guiding clause's
role spread over the whole list, and a bracket whose phrase opened with a manner not listed as a
phrase was no bracket at all (responsibility_missing)."""

from __future__ import annotations

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.normalizers.responsibility import parse_responsibility
from tests.conftest import FIXTURES

SHAPE = FIXTURES / "prose-shapes" / "role-clauses-in-owner-brackets.txt"


def _measures():
    return {m.number: m for m in read_document(SHAPE).measures}


def _bodies(measure):
    return [(d.raw, d.id, d.role) for d in measure.departments]


def _roles(text: str, **kwargs):
    return [(m.raw, m.role) for m in parse_responsibility(text, **kwargs)]


# --- a clause after the list's last ，gives its own bodies its role ---------------------------------

def test_a_guiding_clause_after_the_owners_leaves_the_owners_carrying_out():
    # was: 各县市区人民政府 read as support, the guide's role spread over the list
    measure = _measures()[1]
    assert (measure.text, measure.responsibility, measure.responsibility_label) == (
        "推进服务业扩大开放，引进一批外资服务企业。", "各县市区人民政府，市商务局负责指导", "责任单位")
    assert _bodies(measure) == [("各县市区人民政府", "420500-subordinate-people_government", "carry_out"),
                                ("市商务局", "420500-commerce_bureau", "support")]
    assert measure.warnings == []


def test_a_lead_label_keeps_its_first_body_leading_before_a_carrying_out_clause():
    # 牵头单位：X，Y、Z按职责分工负责: was all three carrying out, the lead lost
    assert _bodies(_measures()[3]) == [("市发改委", "420500-development_reform_commission", "lead"),
                                       ("市金融办", "420500-local_financial_regulation_bureau", "carry_out"),
                                       ("市财政局", "420500-finance_bureau", "carry_out")]


def test_an_assisting_clause_after_the_owners_assists_alone():
    # 责任单位：X，Y配合: was both assisting
    assert _bodies(_measures()[4]) == [("市农业农村局", "420500-agriculture_rural_bureau", "carry_out"),
                                       ("市财政局", "420500-finance_bureau", "assist")]


def test_a_phrase_giving_the_label_s_own_role_reads_the_whole_list():
    assert _bodies(_measures()[5]) == [("市市场监管局", "420500-market_regulation_bureau", "carry_out"),
                                       ("市政务服务局", "420500-government_services_office", "carry_out")]


def test_a_phrase_after_a_list_cut_by_enumeration_commas_only_covers_the_whole_list():
    # 各县市区人民政府、市商务局负责指导: no clause boundary, both guide
    assert _bodies(_measures()[6]) == [("各县市区人民政府", "420500-subordinate-people_government", "support"),
                                       ("市商务局", "420500-commerce_bureau", "support")]


def test_a_cell_read_by_its_phrases_alone_is_left_as_printed():
    # a table's cell with no role of its own (no label, no column default): the phrase covers the list
    assert _roles("各区政府，市商务局负责指导") == [("各区政府", "support"), ("市商务局", "support")]
    assert _roles("各区政府，市商务局负责指导", label="责任单位") == [("各区政府", "carry_out"), ("市商务局", "support")]


# --- a manner before a role phrase ----------------------------------------------------------------

def test_a_bracket_whose_phrase_opens_with_a_remit_is_the_item_s_owners():
    # （市人社局按职责落实）: was kept in the text, warned responsibility_missing
    measure = _measures()[2]
    assert (measure.text, measure.responsibility) == ("完善人才引进政策，落实高层次人才待遇。", "市人社局按职责落实")
    assert _bodies(measure) == [("市人社局", "420500-human_resources_social_security_bureau", "carry_out")]
    assert measure.warnings == []


def test_a_manner_keeps_the_role_of_the_phrase_it_opens():
    measure = _measures()[8]
    assert (measure.text, measure.responsibility) == ("推进科技服务业发展。", "市科技局牵头，市财政局依照职责分工配合")
    assert _bodies(measure) == [("市科技局", "420500-science_technology_bureau", "lead"),
                                ("市财政局", "420500-finance_bureau", "assist")]
    assert _roles("市发改委按照各自职责牵头") == [("市发改委", "lead")]
    assert _roles("市发改委、市财政局根据职责分工推进") == [("市发改委", "carry_out"), ("市财政局", "carry_out")]


def test_a_manner_alone_is_no_role_phrase():
    assert _roles("市发改委按职责") == [("市发改委按职责", None)]


def test_a_remit_in_the_item_s_own_sentence_stays_text():
    measure = _measures()[7]
    assert (measure.text, measure.responsibility) == ("加强市场监管，各部门要按职责落实监管责任。", "市市场监管局")
    assert _bodies(measure) == [("市市场监管局", "420500-market_regulation_bureau", "carry_out")]


def test_real_lists_cut_by_commas_without_a_phrase_of_another_role_read_as_before():
    # 武政办〔2021〕22号 (https://0798ci.com/rule/216913.html): a 责任单位 list cut by ，with no phrase
    assert _roles("牵头单位:市发展改革委、市商务局;责任单位:市经济和信息化局、市市场监管局,市工商联,各区人民政府",
                  default_role="carry_out") == [
        ("市发展改革委", "lead"), ("市商务局", "lead"), ("市经济和信息化局", "carry_out"), ("市市场监管局", "carry_out"),
        ("市工商联", "carry_out"), ("各区人民政府", "carry_out")]
    # a 放管服 plan's bracket (pages corpus, 2022): the lead's clause, then the others' by their remits
    assert _roles("市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭,市級各有關部門及各縣市區政府按職責分工負責",
                  default_role="carry_out") == [
        ("市政府辦公室", "lead"), ("市行政審批制度改革工作領導小組辦公室", "lead"), ("市級各有關部門", "carry_out"),
        ("各縣市區政府", "carry_out")]


def test_a_phrase_after_sub_lists_following_a_lead_s_clause_covers_them_all():
    # 云南省人民政府关于进一步促进全省经济持续平稳发展的意见 (2017): 配合 closes three sub-lists cut by ，
    # after the lead's clause; even under a label, a list with phrases of its own is read by them
    assert _roles("省发展改革委牵头；省工业和信息化委、地税局，国家开发银行云南省分行，各州、市人民政府配合",
                  label="责任单位") == [
        ("省发展改革委", "lead"), ("省工业和信息化委", "assist"), ("地税局", "assist"), ("国家开发银行云南省分行", "assist"),
        ("各州、市人民政府", "assist")]


def test_an_unlabelled_bracket_s_clause_is_read_by_its_phrase_alone():
    # （各区政府，市商务局负责指导）: with no label, nothing names the first sub-list's role
    assert _roles("各区政府，市商务局负责指导", default_role="carry_out") == [("各区政府", "support"), ("市商务局", "support")]


def test_the_label_names_the_bodies_before_the_list_s_first_phrase_whatever_phrases_follow():
    # 责任单位：X，Y、Z配合，W负责落实: the label names X as it does in 责任单位：X，Y配合; a second
    # clause after the first phrase changes nothing of that (was X read as assisting)
    assert _roles("市商务局，市发改委、市财政局配合，各县市区人民政府负责落实", label="责任单位") == [
        ("市商务局", "carry_out"), ("市发改委", "assist"), ("市财政局", "assist"), ("各县市区人民政府", "carry_out")]
    assert _roles("各县市区人民政府，市商务局负责指导，市财政局配合", label="责任单位") == [
        ("各县市区人民政府", "carry_out"), ("市商务局", "support"), ("市财政局", "assist")]


def test_sub_lists_after_the_list_s_first_phrase_are_all_its_next_phrase_s():
    # after a lead's clause (X牵头，A、B，C配合) nothing names A、B but the phrase closing them, as in 云南 2017
    assert _roles("市商务局牵头，市发改委、市财政局，各县市区人民政府配合", label="责任单位") == [
        ("市商务局", "lead"), ("市发改委", "assist"), ("市财政局", "assist"), ("各县市区人民政府", "assist")]


# --- a lead's list closed by a phrase of manner only ----------------------------------------------

REMIT = FIXTURES / "prose-shapes" / "lead-list-closed-by-remit.txt"


def _remit_roles():
    return {m.number: [(d.raw, d.role) for d in m.departments] for m in read_document(REMIT).measures}


def test_a_lead_list_closed_by_a_manner_and_carrying_out_keeps_its_lead():
    # （牵头单位：X、Y按职责分工负责）: was carry_out for both, the task left with no lead
    assert _remit_roles()[1] == [("市商务局", "lead"), ("市发改委", "lead")]
    assert _roles("牵头单位：市商务局、市发改委按职责分工负责") == [("市商务局", "lead"), ("市发改委", "lead")]
    assert _roles("牵头单位：市商务局、市发改委分别负责") == [("市商务局", "lead"), ("市发改委", "lead")]


def test_a_lead_list_in_traditional_characters_closed_by_a_manner_keeps_its_lead():
    assert _remit_roles()[5] == [("市交通運輸局", "lead"), ("市商務局", "lead")]


def test_a_manner_clause_after_the_lead_s_comma_still_gives_its_own_bodies_carrying_out():
    assert _remit_roles()[2] == [("市发改委", "lead"), ("市金融办", "carry_out"), ("市财政局", "carry_out")]


def test_a_carrying_out_label_closed_by_a_manner_reads_as_before():
    assert _remit_roles()[3] == [("市农业农村局", "carry_out"), ("市财政局", "carry_out")]


def test_a_manner_before_another_role_s_phrase_keeps_that_phrase_s_role():
    # 按职责分工配合 names a role of its own: the label does not override it
    assert _remit_roles()[4] == [("市科技局", "assist"), ("市财政局", "assist")]
    assert _roles("牵头单位：市科技局、市财政局负责指导") == [("市科技局", "support"), ("市财政局", "support")]


def test_an_assisting_list_closed_by_a_manner_and_carrying_out_keeps_its_label_s_role():
    # the rule is the label's, whatever its role: 配合单位：X、Y按职责分工负责 assist (they were carry_out),
    # also as the second list of a bracket after a lead's
    assert _roles("配合单位：市发改委、市财政局按职责分工负责") == [("市发改委", "assist"), ("市财政局", "assist")]
    assert _roles("牵头单位：市商务局，配合单位：市发改委、市财政局按职责分工负责") == [
        ("市商务局", "lead"), ("市发改委", "assist"), ("市财政局", "assist")]


def _zeal():
    return read_document(FIXTURES / "prose-shapes" / "owners-acting-with-zeal.txt").measures


def test_an_adverb_of_zeal_before_a_role_phrase_is_no_part_of_the_body():
    # 市财政局积极配合 read the body 市财政局积极 (unresolved), or the bracket stayed in the item's text
    measures = _zeal()
    assert [(m.text, [(d.raw, d.id, d.role) for d in m.departments]) for m in measures] == [
        ("支持服务贸易企业开拓国际市场。", [("市商务局", "350200-commerce_bureau", "lead"),
                                           ("市财政局", "350200-finance_bureau", "assist")]),
        ("推进服务外包转型升级。", [("市商务局", "350200-commerce_bureau", "carry_out"),
                                   ("市发改委", "350200-development_reform_commission", "assist"),
                                   ("市科技局", "350200-science_technology_bureau", "assist")]),
        ("扩大开放。", [("市商务局", "350200-commerce_bureau", "carry_out")]),
        ("完善统计制度。", [("市统计局", "350200-statistics_bureau", "lead"),
                          ("市商务局", "350200-commerce_bureau", "assist")]),
    ]
    assert not [w for m in measures for w in m.warnings]


def test_an_adverb_of_zeal_alone_is_no_role_phrase():
    assert _roles("市财政局积极") == [("市财政局积极", None)]


def test_no_body_the_registry_knows_ends_with_an_adverb_of_zeal():
    # the adverbs count only right before a role phrase: a body named so would lose its last characters
    import regex

    from pilotplans.data import __file__ as data_init
    from pathlib import Path

    text = (Path(data_init).parent / "departments.toml").read_text("utf-8")
    assert regex.findall(r"(?:积极|主动|密切|全力|大力)\"", text) == []


@pytest.mark.parametrize(("text", "read"), [
    ("市财政局积极配合", [("市财政局", "assist")]),
    ("市财政局主动配合", [("市财政局", "assist")]),
    ("市科技局密切配合", [("市科技局", "assist")]),
    ("市商务局全力推进", [("市商务局", "carry_out")]),
    ("市商务局大力推进", [("市商务局", "carry_out")]),
    ("市商务局按职责分工积极主动配合", [("市商务局", "assist")]),
])
def test_each_adverb_of_zeal_before_a_role_phrase_leaves_the_body_whole(text, read):
    # the fixture above prints four of the five adverbs; each is read alone here, so dropping one from the
    # manner pattern of roles.toml fails its case
    assert _roles(text) == read


@pytest.mark.parametrize("text", ["市商务局积极争取", "市商务局大力发展"])
def test_an_adverb_of_zeal_before_no_role_phrase_stays_with_the_text(text):
    # 争取 and 发展 are no role phrases: nothing is cut off the body, as before the adverbs were read
    assert _roles(text) == [(text, None)]

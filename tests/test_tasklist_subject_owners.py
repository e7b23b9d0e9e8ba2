"""An item printing no owner among items printing theirs, whose sentence opens with a body as the subject
of 负责 and a verb of the task (区城管执法局负责联系…): the body is read as its owner, warned
``responsibility_in_prose``, as 由X牵头 is; a person, a body's officer or a noun naming no body stays quiet."""

from __future__ import annotations

from pathlib import Path

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret.openings import subject_fields
from tests.conftest import FIXTURES

PAGES = FIXTURES / "unseen-pages"


def _responsibility_codes(measure) -> list[str]:
    return [w.code for w in measure.warnings if w.code.startswith("responsibility")]


def test_a_body_opening_its_sentence_as_the_subject_of_a_task_is_read_as_its_owner_and_warned():
    third = read_document(PAGES / "page-mark-in-one-line-copy.txt").measures[2]
    assert (third.responsibility, [(d.raw, d.role) for d in third.departments], _responsibility_codes(third)) == (
        "区城管执法局负责", [("区城管执法局", "carry_out")], ["responsibility_in_prose"])


def test_several_bodies_opening_the_sentence_are_each_its_owners():
    assert subject_fields("区商务局、区财政局负责做好保障。").value("responsibility") == "区商务局、区财政局负责"


@pytest.mark.parametrize("text", [
    "张三负责联系市城管执法局。",  # a person
    "分管副区长负责联系市城管执法局。",  # a post: a person, never a body
    "区商务局负责人联系市城管执法局。",  # the bureau's officer, no role phrase
    "市政府负责同志牵头协调重大项目。",  # the government's officials: persons
    "牵头部门负责统筹推进。",  # a role's name, naming no body
    "配合市商务局负责做好展会保障。",  # the body the object of 配合, not the subject
    "企业负责联系市城管执法局。",  # a noun naming no body whose it is
    "用人单位负责缴纳社会保险费。",  # the parties a rule binds
    "区商务局负责。",  # no verb of the task after it: a closing run, read elsewhere
    "加强领导，区商务局负责联系。",  # not the sentence's opening
])
def test_no_body_as_the_subject_of_a_task_names_no_owner(text: str):
    assert subject_fields(text) is None


_MIXED = ("某县人民政府关于2021年重点工作责任分工的通知\n一、稳住经济大盘\n1.地区生产总值增长6%。（责任单位：县统计局）\n"
          "2.县商务局负责举办消费节活动。\n3.财政收入增长5%。（责任单位：县财政局）\n"
          "4.企业负责落实安全生产主体责任。\n")


def test_in_a_plan_of_brackets_a_subject_body_is_read_and_a_subject_noun_stays_missing(tmp_path: Path):
    page = tmp_path / "subject-bodies-among-brackets.txt"
    page.write_text(_MIXED, encoding="utf-8")
    measures = read_document(page).measures
    assert [(m.responsibility, _responsibility_codes(m)) for m in measures] == [
        ("县统计局", []), ("县商务局负责", ["responsibility_in_prose"]), ("县财政局", []),
        (None, ["responsibility_missing"])]


_SHARED = ("某县人民政府关于2021年重点工作责任分工的通知\n一、稳住经济大盘\n1.地区生产总值增长6%。（责任单位：县统计局）\n"
           "2.县商务局负责举办消费节活动，县财政局配合。\n3.县商务局负责举办消费节活动，县财政局负责做好经费保障。\n"
           "4.财政收入增长5%。（责任单位：县财政局）\n")


def test_bodies_named_in_the_later_clauses_of_the_sentence_are_its_owners_too(tmp_path: Path):
    page = tmp_path / "subject-bodies-sharing-the-sentence.txt"
    page.write_text(_SHARED, encoding="utf-8")
    measures = read_document(page).measures
    assert [[(d.raw, d.role) for d in m.departments] for m in measures[1:3]] == [
        [("县商务局", "carry_out"), ("县财政局", "assist")], [("县商务局", "carry_out"), ("县财政局", "carry_out")]]


@pytest.mark.parametrize("text", [
    "县商务局负责举办消费节活动，企业负责组织参展。",  # a later subject naming no body
    "县商务局负责举办消费节活动，分管副县长负责督导。",  # a post: a person, never a body
    "县商务局负责举办消费节活动，组织商家参与。",  # the task's words going on
    "县商务局负责举办消费节活动。县财政局配合。",  # another sentence: not this reading's
])
def test_later_clauses_naming_no_body_add_no_owner(text: str):
    assert subject_fields(text).value("responsibility") == "县商务局负责"

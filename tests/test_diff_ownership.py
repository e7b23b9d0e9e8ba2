"""Ownership of a link read from every column, with its verdict and reason (pilotplans.diff.ownership)."""

from __future__ import annotations

import pytest

from pilotplans.diff import DiffResult, diff_documents
from pilotplans.diff.ownership import RegistryResolver, check_ownership
from pilotplans.diff.segment import Segmenter
from pilotplans.schema.models import DepartmentLink
from tests.plans import read_plan


@pytest.fixture(scope="module")
def chengdu_diff(national2020) -> DiffResult:
    return diff_documents(national2020, read_plan("chengdu-2020"), segmenter=Segmenter(None))


def ownership_of(result: DiffResult, local: int):
    return next(l.ownership for l in result.links if l.local is not None and l.local.number == local and l.national)


def test_the_superior_column_of_a_local_plan_decides_first(xiamen_diff):
    owner = ownership_of(xiamen_diff, 1)
    assert (owner.status, owner.via, owner.superior_bodies, owner.shared) == ("consistent", "superior_column", ("cbirc",), ("cbirc",))
    assert owner.reason == ("its 上级部门 column names 银保监会; 厦门银保监局 answers to 银保监会 — "
                            "the national cell names 银保监会（制订政策）")


def test_a_local_body_answering_to_the_body_that_manages_the_national_owner_is_consistent(hainan_diff):
    owner = ownership_of(hainan_diff, 69)
    assert (owner.status, owner.via) == ("consistent", "supervising_body")
    assert owner.reason == "省公安厅 answers to 公安部, which manages or hosts 移民局 — the national cell names 移民局（制订政策）"


def test_the_cooperating_column_is_read_too(chengdu_diff):
    owner = ownership_of(chengdu_diff, 8)  # 市口岸物流办 leads; 成都海关、市税务局、市商务局 assist
    assert owner.status == "consistent"
    assert "成都海关（配合） answers to 海关总署" in owner.reason


def test_local_owners_that_all_resolve_and_correspond_to_none_are_different(hainan_diff):
    owner = ownership_of(hainan_diff, 103)
    assert (owner.status, owner.reason) == ("different", "海南银保监局 → 银保监会、省商务厅 → 商务部、省财政厅 → 财政部 — "
                                                         "the national cell names 中国出口信用保险公司（负责）")


def test_a_national_cell_without_a_central_body_leaves_the_verdict_unknown(xiamen_diff):
    owner = ownership_of(xiamen_diff, 26)
    assert (owner.status, owner.reason) == ("unknown", "the national cell names no central body (有关部门、试点地区)")


def test_an_unresolved_local_owner_leaves_the_verdict_unknown_and_is_named(national2020, xiamen):
    unresolved = DepartmentLink(raw="市营商专班", column="responsibility", role="lead", level=None, via="unresolved")
    local = xiamen.measures[0].model_copy(update={"departments": [unresolved]})
    owner = check_ownership(national2020.measures[1], national2020, local, xiamen, RegistryResolver())
    assert (owner.status, owner.reason) == ("unknown", "市营商专班 is not in the department registry — "
                                                       "the national cell names 银保监会（制订政策）")


# A local plan's round naming no pilot round the gazetteer holds (2019: none; Chongqing's 2021 service-opening
# plan, before the gazetteer listed that round) made the resolver drop the plan's region with it: 市知识产权局
# was then no body of 重庆, and no central counterpart.
def test_a_round_the_gazetteer_does_not_hold_keeps_the_plan_s_region_for_its_owners():
    from pilotplans.diff.ownership import _central_bodies

    assert _central_bodies("市知识产权局、重庆银保监局", "重庆", "provincial", "service-opening", 2019) == {"cnipa", "cbirc"}


def test_a_region_the_gazetteer_does_not_know_still_resolves_without_it():
    from pilotplans.diff.ownership import _central_bodies

    assert _central_bodies("市知识产权局、商务部", "无此地", "municipal", "service-trade", 2020) == {"mofcom"}


def test_a_part_of_a_central_body_is_that_body_for_the_ownership_check(national2020):
    # 人民银行支付结算司 is 人民银行's division: its measure is 人民银行's, no central body of its own
    from pilotplans.diff.ownership import body_ref
    from pilotplans.normalizers.resolve import make_context, resolve_body

    found = resolve_body("人民银行支付结算司", make_context(region=None, level="central"))
    link = DepartmentLink(raw=found.raw, column="responsibility", role="lead", id=found.id, level=found.level,
                          counterpart=found.counterpart_id, via=found.via)
    assert body_ref(link, RegistryResolver()).central == "pboc"
    assert RegistryResolver().central_bodies("人民银行支付结算司", national2020) == frozenset({"pboc"})

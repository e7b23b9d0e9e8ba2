"""A body's Party group (中共安徽省交通运输厅党组: 皖交发〔2021〕63号) and the discipline inspection group a discipline
commission stations in it (驻省商务厅纪检监察组) are one to a body: each is read as the body's, its id the body's id with
the group's word after it. Party organs set up no Party group, a post (党组书记) or a task's words (纪检监察工作) are no
body, and a group another place's commission stations, or one stationed in a body left unnamed (驻厅), stays unread."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

ANHUI_2021 = make_context(region="安徽省", level="provincial", date=dt.date(2021, 12, 21))
HEFEI_2021 = make_context(region="合肥市", level="municipal", date=dt.date(2021, 12, 21))


def test_a_department_s_party_group_named_in_full_is_the_department_s():
    found = resolve_body("中共安徽省交通运输厅党组", ANHUI_2021)
    assert (found.id, found.name, found.kind, found.region, found.level) == (
        "340000-transport_bureau-party_group", "中共安徽省交通运输厅党组", "party_group", "340000", "provincial")


@pytest.mark.parametrize(("context", "written", "expected"), [
    (ANHUI_2021, "省商务厅党组", "340000-commerce_bureau-party_group"),
    (ANHUI_2021, "省政府党组", "340000-people_government-party_group"),
    (HEFEI_2021, "市发展改革委党组", "340100-development_reform_commission-party_group"),
    (ANHUI_2021, "省政府办公厅党组", "340000-government_general_office-party_group"),
])
def test_a_party_group_written_with_the_place_s_marker_is_the_body_s_of_the_plan_s_place(context, written, expected):
    assert resolve_body(written, context).id == expected


@pytest.mark.parametrize("written", ["省委宣传部党组", "厅党组", "党组书记", "厅党组书记", "有关部门党组"])
def test_a_party_organ_a_body_left_unnamed_a_post_or_a_set_has_no_party_group(written):
    assert resolve_body(written, ANHUI_2021).id is None


def test_the_group_stationed_in_a_department_is_the_department_s():
    found = resolve_body("驻省商务厅纪检监察组", ANHUI_2021)
    assert (found.id, found.name, found.kind) == (
        "340000-commerce_bureau-discipline_inspection_group", "中共安徽省纪律检查委员会驻安徽省商务厅纪检监察组",
        "discipline_inspection_group")


@pytest.mark.parametrize(("context", "written", "expected"), [
    (ANHUI_2021, "省纪委监委驻市场监管局纪检监察组", "340000-market_regulation_bureau-discipline_inspection_group"),
    (ANHUI_2021, "省纪委驻省政府纪检组", "340000-people_government-discipline_inspection_group"),
    (HEFEI_2021, "驻市发改委纪检监察组", "340100-development_reform_commission-discipline_inspection_group"),
])
def test_the_stationing_commission_of_the_body_s_place_written_or_not_names_the_same_group(context, written, expected):
    assert resolve_body(written, context).id == expected


def test_a_group_another_place_s_commission_stations_stays_unread_with_a_note():
    found = resolve_body("市纪委监委驻省商务厅纪检监察组", ANHUI_2021)
    assert (found.id, found.notes) == (None, (
        "市纪委监委驻省商务厅纪检监察组 names a group 市纪委监委 stations in 安徽省商务厅: no discipline commission of "
        "the body's own place",))


@pytest.mark.parametrize("written", ["驻厅纪检监察组", "纪检监察组", "纪检监察工作", "驻外机构", "驻省委宣传部纪检监察组", "人大代表"])
def test_no_body_named_a_party_organ_or_words_of_a_task_give_no_stationed_group(written):
    assert resolve_body(written, ANHUI_2021).id is None


@pytest.mark.parametrize(("written", "expected"), [
    ("省纪委监委派驻省商务厅纪检监察组", "340000-commerce_bureau-discipline_inspection_group"),
    ("派驻省商务厅纪检监察组", "340000-commerce_bureau-discipline_inspection_group"),
])
def test_a_group_the_commission_sends_written_pai_zhu_is_the_same_group(written, expected):
    assert resolve_body(written, ANHUI_2021).id == expected


def test_a_group_another_place_s_commission_sends_written_pai_zhu_stays_unread():
    found = resolve_body("市纪委监委派驻省商务厅纪检监察组", ANHUI_2021)
    assert found.id is None and found.notes[-1].startswith("市纪委监委派驻省商务厅纪检监察组 names a group 市纪委监委 ")


@pytest.mark.parametrize(("written", "expected"), [
    ("市总工会党组", "340100-trade_union_federation-party_group"),
    ("中共合肥市妇女联合会党组", "340100-womens_federation-party_group"),
    ("市科协党组", "340100-science_association-party_group"),
    ("市供销社党组", "340100-supply_marketing_cooperative-party_group"),
    ("市纪委监委派驻市总工会纪检监察组", "340100-trade_union_federation-discipline_inspection_group"),
])
def test_a_people_s_organisation_sets_up_a_party_group_as_a_state_body_does(written, expected):
    assert resolve_body(written, HEFEI_2021).id == expected


@pytest.mark.parametrize("written", ["团市委党组", "市档案馆党组", "市公共资源交易中心党组"])
def test_the_youth_league_and_a_government_s_public_institution_have_none(written):
    assert resolve_body(written, HEFEI_2021).id is None

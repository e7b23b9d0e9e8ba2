"""Before the 2018 reform made them commissions, a Party committee's bodies for law-based governance were leading
groups (柳州市依法治市领导小组办公室: 柳州's 2012 chronicle), as the reform commissions were: the group's office is
the same office as the commission's (party_law_governance_office), not a task group's. A group for another task,
or one named after the place's rule of law in other words, stays a task group's."""

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

LIUZHOU_2012 = make_context(region="柳州市", level="municipal", date=dt.date(2012, 12, 26))
SHIJIAZHUANG_2017 = make_context(region="石家庄市", level="municipal", date=dt.date(2017, 2, 28))


@pytest.mark.parametrize("written", ["柳州市依法治市领导小组办公室", "市依法治市领导小组办公室", "市委依法治市领导小组办公室"])
def test_the_law_governance_group_s_office_is_the_commission_s_office(written):
    assert resolve_body(written, LIUZHOU_2012).id == "450200-party_law_governance_office"


def test_the_group_s_office_names_its_level_as_the_commission_s_does():
    assert resolve_body("依法治县领导小组办公室", LIUZHOU_2012).id is None


def test_a_group_for_lawful_administration_stays_a_task_group_s_office():
    assert resolve_body("市依法行政工作领导小组办公室", LIUZHOU_2012).id == "450200-task_group_office-依法行政领导小组"


def test_a_group_named_after_the_city_s_rule_of_law_stays_a_task_group_s_office():
    assert resolve_body("法治石家庄建设领导小组办公室", SHIJIAZHUANG_2017).id == \
        "130100-task_group_office-法治石家庄建设领导小组"


JINCHANG_2025 = make_context(region="金昌市", level="municipal", date=dt.date(2025, 6, 13))


def test_the_central_commission_s_office_is_a_central_body():
    # 金昌 2025: 根据…中央依法治国办《市县法治政府建设示范指标体系申报指南》
    for written in ("中央依法治国办", "中央全面依法治国委员会办公室"):
        assert resolve_body(written, JINCHANG_2025).id == "clgo", written


def test_a_city_s_office_answers_to_the_central_office_since_it_was_set_up():
    assert resolve_body("市委依法治市办", JINCHANG_2025).counterparts == ("clgo",)
    assert resolve_body("柳州市依法治市领导小组办公室", LIUZHOU_2012).counterparts == ()


def test_the_commissions_themselves_are_their_party_committee_s_commissions_not_the_office():
    # read as parts of the Party committee (test_bodies_parts_of_a_body), never as the commission's office
    assert resolve_body("市委全面依法治市委员会", JINCHANG_2025).id == "620300-party_committee-commission-全面依法治市委员会"
    assert resolve_body("中央全面依法治国委员会", JINCHANG_2025).id == "cpc-central-commission-全面依法治国委员会"


def test_the_group_written_with_gongzuo_is_the_same_group_s_office():
    # 依法治市工作领导小组 is 依法治市领导小组, as a task group's topic closing with 工作 is the same group
    assert resolve_body("市依法治市工作领导小组办公室", LIUZHOU_2012).id == "450200-party_law_governance_office"

"""Parts of a body, several of a kind to one body and told apart by their names, are read as the body resolved and the
part kept by its name (<body id>-<part>-<name>): a people's congress's committees (厦门市人大法制委 2018, 铜官区人大常委会
预算工委 2024, 全国人大常委会法工委), a Party committee's commissions (市委全面依法治市委员会: 石家庄 2024; 中央全面依法治国
委员会) and a department's divisions (省商务厅法规处, 市发展改革委综合处, 人民银行支付结算司: 汇发〔2015〕7号). Read only where
no kind reads the name; a part written without its body, a stem that is an area's or another body's name, a company
and an agency stay unread."""

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

XIAMEN_2018 = make_context(region="厦门市", level="municipal", date=dt.date(2018, 6, 1))
FOSHAN_2007 = make_context(region="佛山市", level="municipal", date=dt.date(2007, 6, 1))
TIANJIN_2009 = make_context(region="天津市", level="provincial", date=dt.date(2009, 6, 1))
CENTRAL_2024 = make_context(region=None, level="central", date=dt.date(2024, 6, 1))


# a people's congress's committees
@pytest.mark.parametrize("written", ["厦门市人大法制委", "厦门市人大法制委员会", "市人民代表大会法制委员会"])
def test_a_special_committee_is_the_congress_s_however_the_congress_is_written(written):
    found = resolve_body(written, XIAMEN_2018)
    assert (found.id, found.name) == ("350200-people_congress-committee-法制委员会", "厦门市人民代表大会法制委员会"), written


@pytest.mark.parametrize("written", ["市人大常委会法制工作委员会", "市人大法工委", "市人大常委会法工委"])
def test_a_working_committee_is_the_standing_committee_s(written):
    found = resolve_body(written, XIAMEN_2018)
    assert found.id == "350200-people_congress_standing_committee-committee-法制工作委员会", written
    assert found.name == "厦门市人民代表大会常务委员会法制工作委员会"


def test_the_national_people_s_congress_s_committees_are_parts_of_it_or_of_its_standing_committee():
    assert resolve_body("全国人大常委会法工委", CENTRAL_2024).id == "npcsc-committee-法制工作委员会"
    assert resolve_body("全国人大财经委", CENTRAL_2024).id == "npc-committee-财政经济委员会"


def test_a_committee_of_no_congress_stays_unread():
    # 市政协 is no congress: its committees are not read as parts of it
    assert resolve_body("市政协提案委", XIAMEN_2018).id is None


# a Party committee's commissions
@pytest.mark.parametrize(("written", "expected"), [
    ("市委全面依法治市委员会", "350200-party_committee-commission-全面依法治市委员会"),
    ("中共厦门市委审计委员会", "350200-party_committee-commission-审计委员会"),
    ("市委审计委", "350200-party_committee-commission-审计委员会"),
])
def test_a_party_committee_s_commission_is_a_part_of_that_committee(written, expected):
    assert resolve_body(written, XIAMEN_2018).id == expected


def test_a_commission_is_titled_after_the_committee_s_short_title():
    assert resolve_body("省委审计委员会", XIAMEN_2018).name == "中共福建省委审计委员会"


def test_a_commission_of_the_central_committee_is_its_part_titled_under_its_full_name():
    found = resolve_body("中央全面依法治国委员会", CENTRAL_2024)
    assert (found.id, found.name) == ("cpc-central-commission-全面依法治国委员会", "中共中央全面依法治国委员会")


def test_an_area_s_working_committee_is_no_commission():
    # 市委滨海新区工作委员会: the Party organ the city committee ran for 滨海新区 until 2009, named after the area
    assert resolve_body("市委滨海新区工作委员会", TIANJIN_2009).id is None


def test_a_commission_s_office_keeps_its_own_kind():
    assert resolve_body("市委全面依法治市委员会办公室", XIAMEN_2018).id == "350200-party_law_governance_office"


# a department's divisions
@pytest.mark.parametrize(("written", "expected", "title"), [
    ("省商务厅法规处", "350000-commerce_bureau-division-法规处", "福建省商务厅法规处"),
    ("市发展改革委综合处", "350200-development_reform_commission-division-综合处", "厦门市发展和改革委员会综合处"),
    ("市财政局预算科", "350200-finance_bureau-division-预算科", "厦门市财政局预算科"),
])
def test_a_department_s_division_is_the_department_resolved_and_the_division_as_printed(written, expected, title):
    found = resolve_body(written, XIAMEN_2018)
    assert (found.id, found.name) == (expected, title)


def test_a_ministry_s_department_is_a_division_of_the_ministry():
    assert resolve_body("人民银行支付结算司", CENTRAL_2024).id == "pboc-division-支付结算司"


@pytest.mark.parametrize("written", ["法规处", "厅办公室", "委机关办公室"])
def test_a_division_without_its_body_stays_unread(written):
    assert resolve_body(written, XIAMEN_2018).id is None


def test_two_bodies_office_written_as_one_is_no_division_of_the_first():
    assert resolve_body("区委办区府办督查室", FOSHAN_2007).id is None


@pytest.mark.parametrize("written", ["市交通运输局运输公司", "市商务局驻京办事处", "市委宣传部办公室"])
def test_a_company_an_agency_and_a_party_organ_s_office_are_no_divisions(written):
    assert resolve_body(written, XIAMEN_2018).id is None


@pytest.mark.parametrize("written", ["市人大常务委员会", "市人大常委", "全国人大常委"])
def test_the_standing_committee_written_after_renda_is_no_committee_of_the_congress(written):
    context = CENTRAL_2024 if written.startswith("全国") else XIAMEN_2018
    assert resolve_body(written, context).id is None


def test_a_party_committee_s_working_committee_by_its_short_form():
    found = resolve_body("市委机关工委", XIAMEN_2018)
    assert (found.id, found.name) == ("350200-party_committee-commission-机关工作委员会", "中共厦门市委机关工作委员会")


# a phrase standing for several parts, none named: a quantifier or a generic word opens the stem
@pytest.mark.parametrize(("written", "context"), [
    ("市财政局有关科室", XIAMEN_2018), ("省商务厅相关处", XIAMEN_2018),
    ("市政府有关处室", XIAMEN_2018), ("市人大各专门委员会", XIAMEN_2018), ("市人大专门委员会", XIAMEN_2018),
    ("市人大常委会有关工作委员会", XIAMEN_2018), ("市委有关部委", XIAMEN_2018), ("市委其他委员会", XIAMEN_2018),
    ("全国人大各专门委员会", CENTRAL_2024), ("人民银行相关司", CENTRAL_2024), ("人民银行各司", CENTRAL_2024),
])
def test_several_parts_none_named_are_no_part(written, context):
    assert resolve_body(written, context).id is None, written



# whose a part is: the central body its body is or answers to
def test_a_local_part_answers_to_its_body_s_central_counterpart():
    found = resolve_body("省商务厅法规处", XIAMEN_2018)
    assert (found.counterpart_id, found.counterparts) == ("mofcom", ("mofcom",))
    assert resolve_body("市人大法工委", XIAMEN_2018).counterpart_id == "npcsc"


def test_a_central_part_answers_to_its_own_body():
    found = resolve_body("人民银行支付结算司", CENTRAL_2024)
    assert (found.level, found.counterpart_id, found.counterpart_name) == ("central", "pboc", "人民银行")
    assert resolve_body("中央全面依法治国委员会", CENTRAL_2024).counterpart_id == "cpc-central"


# a commission's standard short form clips its stem: written in full, one id for both spellings
@pytest.mark.parametrize(("short", "full", "context"), [
    ("市委深改委", "市委全面深化改革委员会", XIAMEN_2018),
    ("市委网信委", "市委网络安全和信息化委员会", XIAMEN_2018),
    ("中央深改委", "中央全面深化改革委员会", CENTRAL_2024),
    ("中央外事委", "中央外事工作委员会", CENTRAL_2024),
])
def test_a_commission_s_clipped_short_form_is_the_commission_written_in_full(short, full, context):
    found, written = resolve_body(short, context), resolve_body(full, context)
    assert (found.id, found.name) == (written.id, written.name), short


def test_a_short_form_whose_stem_is_whole_keeps_its_stem():
    assert resolve_body("市委审计委", XIAMEN_2018).name == "中共厦门市委审计委员会"


@pytest.mark.parametrize("written", ["市科技局重点实验室", "市总工会劳模创新工作室", "市人社局技能大师工作室", "市政府会议室"])
def test_a_laboratory_a_studio_and_a_meeting_room_are_no_divisions(written):
    # named after the body that recognised or houses them, they end with 室 as a division does and are none
    assert resolve_body(written, XIAMEN_2018).id is None, written


def test_a_division_whose_name_ends_with_shi_is_still_read():
    assert resolve_body("市纪委监委第一纪检监察室", XIAMEN_2018).id == "350200-discipline_commission-division-第一纪检监察室"


@pytest.mark.parametrize(("written", "context", "expected"), [
    ("市人大常委会代表资格审查委员会", XIAMEN_2018, "350200-people_congress_standing_committee-committee-代表资格审查委员会"),
    ("全国人大常委会代表资格审查委员会", CENTRAL_2024, "npcsc-committee-代表资格审查委员会"),
])
def test_the_credentials_committee_is_the_standing_committee_s_by_statute(written, context, expected):
    # the organic laws set it up in the standing committee, though its name closes with 委员会 as a special committee's
    assert resolve_body(written, context).id == expected


@pytest.mark.parametrize("written", ["中央和国家机关有关部委", "中央国家机关各部委", "中央国家部委", "中央和国家部委",
                                     "中央和国家机关有关委员会"])
def test_the_central_and_state_organs_ministries_and_commissions_are_no_commission(written):
    # 部委 is the ministries and commissions, several bodies; 中央和国家机关 the central and state organs, not the
    # Central Committee before a commission's name
    assert resolve_body(written, CENTRAL_2024).id is None, written


def test_a_central_working_committee_of_the_organs_is_still_a_commission():
    assert resolve_body("中央直属机关工委", CENTRAL_2024).id == "cpc-central-commission-直属机关工作委员会"


@pytest.mark.parametrize("written", ["市委市政府督查委员会", "市委市政府农村工作委员会"])
def test_two_bodies_joint_commission_written_as_one_is_no_commission_of_the_first(written):
    # 市委 and 市政府 set it up together: no part of the Party committee alone
    assert resolve_body(written, XIAMEN_2018).id is None, written

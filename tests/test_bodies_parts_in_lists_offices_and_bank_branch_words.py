"""Batch 19's mends of the parts of a body and the vertical systems. A division written after a body of a list shares
the list's place as a whole body does (市商务局、发改委综合处: the city's commission's division, not the national NDRC's);
a congress committee's own office (广元市人大常委会法制工作委员会办公室: 广元 2024) is read after the committee; and the
central bank's branch words have standard short forms (人行重庆营管部: 重庆 2021 task division; 人行绵阳中支), read
after every form of the bank's name, the bank's own only."""

import datetime as dt

import pytest

from pilotplans.normalizers.registry import RegistryError, build_registry
from pilotplans.normalizers.resolve import make_context, resolve_body
from pilotplans.normalizers.responsibility import leading_bodies_shared, parse_responsibility

from tests.test_registry import _data  # the package's own data files as text

XIAMEN_2018 = make_context(region="厦门市", level="municipal", date=dt.date(2018, 6, 1))
GUANGYUAN_2024 = make_context(region="广元市", level="municipal", date=dt.date(2024, 12, 2))
CHONGQING_2021 = make_context(region="重庆市", level="provincial", date=dt.date(2021, 6, 1))
MIANYANG_2020 = make_context(region="绵阳市", level="municipal", date=dt.date(2020, 6, 1))


def _read(cell: str, context) -> list[str | None]:
    return [resolve_body(m.reads_as or m.text, context).id for m in parse_responsibility(cell) if m.side == "body"]


# a division in a list
def test_a_division_after_a_body_of_the_list_shares_the_list_s_place():
    assert _read("市商务局、发改委综合处", XIAMEN_2018) == [
        "350200-commerce_bureau", "350200-development_reform_commission-division-综合处"]


def test_a_division_shares_the_place_as_the_whole_body_does():
    assert _read("市商务局、发改委", XIAMEN_2018)[1] == "350200-development_reform_commission"


def test_a_division_of_a_body_no_local_body_can_be_keeps_its_own_reading():
    # 商务部 is no local body: 市商务部外资司 names nothing, the ministry's division stays the ministry's
    assert _read("市商务局、商务部外资司", XIAMEN_2018)[1] == "mofcom-division-外资司"


def test_a_central_department_s_division_after_a_local_body_keeps_its_own_reading():
    # 司 is a central body's department: 人民银行支付结算司 is the bank's, no city branch has one (its are 科)
    assert _read("市商务局、人民银行支付结算司", XIAMEN_2018)[1] == "pboc-division-支付结算司"


def test_a_central_department_s_division_opening_a_list_takes_no_marker_of_the_next_body():
    context = make_context(region="静海区", level="municipal", date=dt.date(2024, 3, 28))
    mentions = [m for m in leading_bodies_shared(parse_responsibility("人民银行支付结算司、区财政局"), context)
                if m.side == "body"]
    assert resolve_body(mentions[0].reads_as or mentions[0].text, context).id == "pboc-division-支付结算司"


def test_a_branch_s_section_in_a_list_shares_the_list_s_place():
    assert _read("市商务局、人民银行货币信贷科", XIAMEN_2018)[1] == "350200-pboc_branch-division-货币信贷科"


def test_a_division_written_without_its_body_takes_no_body_from_the_list_s_opening():
    # 市委 opens 市委组织部 as a Party infix (市委组织部、宣传部: 市委宣传部), but 干部一处 names no body of its own:
    # it is no division of the Party committee itself
    assert _read("市委组织部、干部一处", XIAMEN_2018)[1] is None


def test_a_division_after_a_party_department_shares_the_party_infix():
    assert _read("市委组织部、宣传部新闻处", XIAMEN_2018)[1] == "350200-party_publicity_department-division-新闻处"


def test_every_division_of_a_list_s_body_takes_the_list_s_opening_and_reads_as_the_body():
    # 各处室 is all the commission's sections: its own work, never the national NDRC's
    assert _read("市商务局、发改委各处室", XIAMEN_2018)[1] == "350200-development_reform_commission"


def test_a_bare_division_opening_a_list_takes_the_marker_of_the_next_body():
    context = make_context(region="静海区", level="municipal", date=dt.date(2024, 3, 28))
    mentions = [m for m in leading_bodies_shared(parse_responsibility("发改委综合处、区财政局"), context) if m.side == "body"]
    assert resolve_body(mentions[0].reads_as or mentions[0].text, context).id == \
        "120118-development_reform_commission-division-综合处"


# a congress committee's office
@pytest.mark.parametrize("written", ["广元市人大常委会法制工作委员会办公室", "市人大常委会法工委办公室"])
def test_a_congress_committee_s_own_office(written):
    found = resolve_body(written, GUANGYUAN_2024)
    assert (found.id, found.name) == ("510800-people_congress_standing_committee-committee-法制工作委员会-office",
                                      "广元市人民代表大会常务委员会法制工作委员会办公室"), written


def test_the_standing_committee_s_own_office_keeps_its_kind():
    assert resolve_body("市人大常委会办公室", GUANGYUAN_2024).id == "510800-people_congress_office"


@pytest.mark.parametrize("written", ["市委审计委员会办公室", "市发改委综合处办公室", "市政协提案委办公室"])
def test_no_office_of_a_commission_a_division_or_no_congress_s_committee(written):
    assert resolve_body(written, GUANGYUAN_2024).id is None, written


# the central bank's branch words written short
@pytest.mark.parametrize("written", ["人行重庆营管部", "人民银行重庆营管部", "中国人民银行重庆营管部"])
def test_the_business_management_department_written_short(written):
    found = resolve_body(written, CHONGQING_2021)
    assert (found.id, found.name) == ("500000-pboc_branch", "中国人民银行重庆营业管理部"), written


@pytest.mark.parametrize("written", ["人行绵阳中支", "人行绵阳市中支"])
def test_the_central_sub_branch_written_short(written):
    found = resolve_body(written, MIANYANG_2020)
    assert (found.id, found.name) == ("510700-pboc_branch", "中国人民银行绵阳市中心支行"), written


@pytest.mark.parametrize("written", ["中国信保重庆营管部", "重庆营管部"])
def test_another_system_s_branch_and_no_system_take_no_short_branch_word(written):
    assert resolve_body(written, CHONGQING_2021).id is None, written


def test_the_regulators_offices_named_by_place_and_short_system_name():
    assert [resolve_body(w, CHONGQING_2021).id for w in ("重庆银保监局", "重庆证监局", "重庆海关", "重庆市税务局")] == [
        "500000-cbirc_bureau", "500000-csrc_bureau", "500000-customs_district", "500000-tax_bureau"]


@pytest.mark.parametrize("written", ["中国人民银行营管部", "人民银行营管部", "人行营管部"])
def test_the_bank_s_own_business_management_department_written_short(written):
    beijing = make_context(region="北京市", level="provincial", date=dt.date(2021, 6, 1))
    found = resolve_body(written, beijing)
    assert (found.id, found.name) == ("110000-pboc_branch", "中国人民银行营业管理部"), written


# the banking regulator's city office written with the level marker
def test_a_city_s_banking_regulator_office_by_its_marker():
    found = resolve_body("市银保监分局", MIANYANG_2020)
    assert (found.id, found.name) == ("510700-cbirc_bureau", "中国银行保险监督管理委员会绵阳监管分局")


@pytest.mark.parametrize(("written", "region"), [
    ("市银保监分局", "江油市"), ("县银保监分局", "江油市"), ("省银保监分局", "四川省"), ("市银保监分局", "重庆市")])
def test_no_province_county_or_municipality_has_a_banking_regulator_s_city_office(written, region):
    context = make_context(region=region, level="municipal", date=dt.date(2020, 6, 1))
    assert resolve_body(written, context).id is None, (written, region)


def test_a_form_s_tiers_must_be_tiers():
    # a misspelt tier would make the form name no body anywhere, silently
    original = _data("departments.toml")
    written = '{ match = "{marker}银保监分局", full = "中国银行保险监督管理委员会{place}监管分局", tiers = ["city"] }'
    data = original.replace(written, written.replace('"city"', '"citty"'), 1)
    assert data != original
    with pytest.raises(RegistryError, match=r"short\[2\].*tiers.*Input should be .province."):
        build_registry(data, _data("regions.toml"), _data("roles.toml"))


def test_a_collective_form_may_name_no_tiers():
    # the tiers are read for a form that writes its place, by name ({area}科工局) or by the level marker; a collective
    # form (各区人民政府) writes places of its own tier by its phrase, and tiers on it would be ignored
    original = _data("departments.toml")
    data = original.replace('collective = ["{sub}商务主管部门", "{sub}商务局"]',
                            'collective = [{ match = "{sub}商务主管部门", tiers = ["city"] }, "{sub}商务局"]', 1)
    assert data != original
    with pytest.raises(RegistryError, match="tiers"):
        build_registry(data, _data("regions.toml"), _data("roles.toml"))


def test_a_pattern_form_s_tiers_are_read():
    # a pattern form writes its place by name, whose tier the form's tiers are checked against (湖南's {area}科工局, a
    # county's bureau): the same form limited to districts here reads 北京市园林绿化局 as none, 朝阳区's as before
    original = _data("departments.toml")
    form = 'patterns = [{ match = "{area}园林绿化局", full = "{name}园林绿化局", provinces = ["110000"],'
    data = original.replace(form, form[:-1] + ', tiers = ["county"],', 1)
    assert data != original
    registry = build_registry(data, _data("regions.toml"), _data("roles.toml"))
    beijing = make_context(region="北京市", level="provincial", date=dt.date(2021, 1, 1))
    found = resolve_body("北京市园林绿化局", beijing, registry=registry)
    assert (found.id, found.notes) == (None, ("北京市园林绿化局 names a body of a place at county level only, and 北京市 is none",))
    assert resolve_body("朝阳区园林绿化局", beijing, registry=registry).id == "110105-forestry_bureau"

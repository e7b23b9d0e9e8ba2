"""Two bodies a zone does not own, which a zone's document read as its committee's departments (承德高新技术产业开发区供电局,
…保护区管理局): a city's or county's 供电局 is 国家电网's company there by the name its units bore before 供电公司 (in
南方电网's provinces, whose 供电局 the registry does not model, none), and a 自然保护区's 管理局 is the reserve's
administration (管理局, 管理处), one of its host's areas told apart by the reserve's name as a scenic area's is; written with no reserve's
name (保护区管理局) it names no one body."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

ZONE_ISSUED = make_context(region="承德市", level="municipal", date=dt.date(2022, 1, 1), issuer="承德高新区管委会")
ZONE_PLACED = make_context(region="承德高新技术产业开发区", level="municipal", date=dt.date(2022, 1, 1))
CHENGDE = make_context(region="承德市", level="municipal", date=dt.date(2022, 1, 1))
XINGLONG = make_context(region="兴隆县", level="county", date=dt.date(2022, 1, 1))
GUANGZHOU = make_context(region="广州市", level="municipal", date=dt.date(2022, 1, 1))
JILIN = make_context(region="吉林省", level="provincial", date=dt.date(2023, 2, 23))


@pytest.mark.parametrize("context", [ZONE_ISSUED, ZONE_PLACED, CHENGDE], ids=["zone-issued", "zone-placed", "city"])
def test_a_bare_power_bureau_is_the_grid_s_company_of_the_host(context):
    found = resolve_body("供电局", context)
    assert (found.id, found.name) == ("130800-power_supply_company", "国网承德供电公司")


def test_a_county_s_power_bureau_is_the_county_s_company():
    assert resolve_body("县供电局", XINGLONG).id == "130822-power_supply_company"


@pytest.mark.parametrize("written", ["市供电局", "供电局"])
def test_a_power_bureau_in_a_southern_grid_province_stays_unread(written):
    assert resolve_body(written, GUANGZHOU).id is None


@pytest.mark.parametrize("context", [ZONE_ISSUED, ZONE_PLACED], ids=["zone-issued", "zone-placed"])
@pytest.mark.parametrize("written", ["保护区管理局", "自然保护区管理局", "风景名胜区管理局"])
def test_an_administration_of_no_named_area_is_no_zone_department(written, context):
    assert resolve_body(written, context).id is None


def test_the_note_says_why_in_the_zone_s_own_document():
    found = resolve_body("保护区管理局", ZONE_PLACED)
    assert found.notes == ("保护区管理局 names the administration of an area it does not name, not a department of the "
                           "zone's committee",)


@pytest.mark.parametrize("context", [ZONE_ISSUED, ZONE_PLACED], ids=["zone-issued", "zone-placed"])
def test_a_name_no_kind_reads_stays_the_zone_s_department(context):
    assert resolve_body("经济发展局", context).id == "130871-zone_department-经济发展局"


def test_a_named_nature_reserve_s_administration_is_one_of_its_host_s_areas():
    # the city's name written before the reserve places it; written alone in the city's plan it is not read (bodies26)
    found = resolve_body("承德雾灵山自然保护区管理局", CHENGDE)
    assert (found.id, found.name) == ("130800-zone_committee-雾灵山自然保护区", "承德市雾灵山自然保护区管理局")


def test_a_province_s_nature_reserve_administration():
    found = resolve_body("吉林省长白山国家级自然保护区管理局", JILIN)
    assert (found.id, found.name) == ("220000-zone_committee-长白山自然保护区", "吉林省长白山国家级自然保护区管理局")


def test_a_reserve_s_administration_titled_管理处():
    found = resolve_body("雾灵山自然保护区管理处", XINGLONG)
    assert (found.id, found.name) == ("130822-zone_committee-雾灵山自然保护区", "兴隆县雾灵山自然保护区管理处")


def test_a_bureau_after_another_name_stays_unread():
    assert resolve_body("雾灵山水库管理局", CHENGDE).id is None


@pytest.mark.parametrize("written", ["水源保护区管委会", "雾灵山保护区管理局"])
def test_保护区_alone_is_no_area_word(written):
    # 保护区 closes sorts of area too (水源保护区: a water source's), which read as an area called 水源
    assert resolve_body(written, CHENGDE).id is None


@pytest.mark.parametrize("context", [ZONE_ISSUED, ZONE_PLACED], ids=["zone-issued", "zone-placed"])
@pytest.mark.parametrize("written", ["高新区供电局", "开发区电力局"])
def test_a_power_bureau_after_the_zone_s_name_is_no_zone_department(written, context):
    # the grid's company serving the zone, as bare 供电局 is: never the zone committee's department
    assert resolve_body(written, context).kind != "zone_department"


@pytest.mark.parametrize("context", [ZONE_ISSUED, ZONE_PLACED], ids=["zone-issued", "zone-placed"])
def test_a_department_after_the_zone_s_name_stays_the_zone_s(context):
    assert resolve_body("高新区经济发展局", context).kind == "zone_department"

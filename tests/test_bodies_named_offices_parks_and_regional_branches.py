"""Round twenty's leftovers. SAFE's local offices are 分局 but for two 外汇管理部 (北京's and 重庆's), so another place's
外汇管理部 names no office; a municipality's traffic police are a 总队 of its 公安局; the central bank's regional
branches (大区分行, until 2023) serve several provinces and became their host province's branch, while 上海总部 was
kept; a sort of park written alone (产业园区管委会) names no one park; and a city's office of its province's 通信管理局
(市通信发展管理办) is a kind."""

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

BEIJING_2021 = make_context(region="北京市", level="provincial", date=dt.date(2021, 6, 1))
CHONGQING_2021 = make_context(region="重庆市", level="provincial", date=dt.date(2021, 6, 1))
JIANGSU_2021 = make_context(region="江苏省", level="provincial", date=dt.date(2021, 6, 1))
SHANGHAI_2022 = make_context(region="上海市", level="provincial", date=dt.date(2022, 5, 1))
NINGBO_2023 = make_context(region="宁波市", level="municipal", date=dt.date(2023, 3, 1))
SHANDONG_2022 = make_context(region="山东省", level="provincial", date=dt.date(2022, 3, 1))
SHANDONG_2024 = make_context(region="山东省", level="provincial", date=dt.date(2024, 3, 1))
NO_PLACE = make_context(date=dt.date(2022, 3, 1))
YULIN_2024 = make_context(region="玉林市", level="municipal", date=dt.date(2024, 3, 1))
QUANZHOU_2019 = make_context(region="泉州市", level="municipal", date=dt.date(2019, 1, 21))
FUJIAN_2019 = make_context(region="福建省", level="provincial", date=dt.date(2019, 1, 21))


# --- SAFE's 外汇管理部: 北京's and 重庆's only ---------------------------------------------------------------------

@pytest.mark.parametrize(("written", "context", "expected"), [
    ("重庆外汇管理部", CHONGQING_2021, "500000-safe_branch"), ("国家外汇管理局重庆外汇管理部", CHONGQING_2021, "500000-safe_branch"),
    ("外汇局重庆外汇管理部", CHONGQING_2021, "500000-safe_branch"), ("国家外汇管理局北京外汇管理部", BEIJING_2021, "110000-safe_branch"),
    ("北京外汇管理部", BEIJING_2021, "110000-safe_branch"), ("外汇局北京外汇管理部", BEIJING_2021, "110000-safe_branch"),
])
def test_the_two_offices_named_a_foreign_exchange_department(written, context, expected):
    assert resolve_body(written, context).id == expected, written


@pytest.mark.parametrize("written", ["江苏外汇管理部", "国家外汇管理局江苏外汇管理部"])
def test_another_place_s_foreign_exchange_department_names_no_office(written):
    # SAFE's office in 江苏 is 国家外汇管理局江苏省分局: a 外汇管理部 there is a made-up name
    assert resolve_body(written, JIANGSU_2021).id is None, written


@pytest.mark.parametrize(("written", "context", "place", "office"), [
    ("江苏外汇管理部", JIANGSU_2021, "江苏省", "国家外汇管理局江苏省分局"),
    ("上海外汇管理部", SHANGHAI_2022, "上海市", "国家外汇管理局上海市分局"),
    ("国家外汇管理局上海外汇管理部", SHANGHAI_2022, "上海市", "国家外汇管理局上海市分局"),
])
def test_another_place_s_foreign_exchange_department_is_noted_with_the_office_it_has(written, context, place, office):
    # SAFE's office in 上海 is 国家外汇管理局上海市分局 (上海市商务委员会's 2022 joint notice); the central bank's 上海总部
    # is no office of SAFE's, so 上海 has no 外汇管理部 either
    found = resolve_body(written, context)
    assert found.id is None, written
    assert found.notes == (f"外汇管理部 names the 外汇管理分局 of 北京市、重庆市 only: {place}'s is {office}, "
                           "which the name does not write",)


def test_a_city_s_foreign_exchange_department_and_the_word_alone_get_no_such_note():
    assert resolve_body("南京外汇管理部", JIANGSU_2021).notes == ()
    assert resolve_body("外汇管理部", SHANGHAI_2022).notes == ()


GUANGDONG_2022 = make_context(region="广东省", level="provincial", date=dt.date(2022, 5, 1))


@pytest.mark.parametrize(("written", "context"), [
    ("广东总部", GUANGDONG_2022), ("北京总部", BEIJING_2021), ("江苏总部", JIANGSU_2021), ("上海总部", SHANGHAI_2022),
])
def test_a_headquarters_written_without_the_bank_s_name_gets_no_such_note(written, context):
    # 总部 is the central bank's word only after its name (中国人民银行上海总部): a company's 北京总部 is no bank's,
    # and 上海总部 is the one place whose form bears it
    assert resolve_body(written, context).notes == (), written


def test_a_headquarters_after_the_bank_s_name_where_the_place_has_no_regional_branch_says_so():
    found = resolve_body("人民银行广东总部", GUANGDONG_2022)
    assert found.id is None
    assert found.notes == ("总部 names the 人民银行大区分行（2023年改革前） of 上海市 only: 广东省 has none",)


def test_the_province_s_foreign_exchange_office_by_its_name():
    assert resolve_body("国家外汇管理局江苏省分局", JIANGSU_2021).id == "320000-safe_branch"


# --- a municipality's traffic police ---------------------------------------------------------------------------

@pytest.mark.parametrize("written", ["市交警总队", "市公安局交警总队", "上海市公安局交通警察总队"])
def test_a_municipality_s_traffic_police_are_a_corps_of_its_public_security_bureau(written):
    found = resolve_body(written, SHANGHAI_2022)
    assert (found.id, found.name, found.counterpart_id) == ("310000-traffic_police", "上海市公安局交通警察总队", "mps"), written


@pytest.mark.parametrize(("context", "expected", "title"), [
    (BEIJING_2021, "110000-traffic_police", "北京市公安局公安交通管理局"),
    (make_context(region="天津市", level="provincial", date=dt.date(2021, 6, 1)), "120000-traffic_police", "天津市公安交通管理局"),
    (CHONGQING_2021, "500000-traffic_police", "重庆市公安局交通巡逻警察总队"),
])
def test_three_municipalities_traffic_police_are_titled_by_their_own_name(context, expected, title):
    # the kind's title (北京市公安局交通警察总队) names no body in these three: their units bear names of their own
    found = resolve_body("市交警总队", context)
    assert (found.id, found.name) == (expected, title)


def test_a_city_s_traffic_police_stay_a_detachment():
    assert resolve_body("市交警支队", NINGBO_2023).name == "宁波市公安局交通警察支队"


def test_a_county_s_traffic_police_written_in_a_municipality_s_plan_name_no_place():
    assert resolve_body("县交警大队", SHANGHAI_2022).id is None


# --- the central bank's regional branches ----------------------------------------------------------------------

@pytest.mark.parametrize("context", [NO_PLACE, SHANDONG_2022])
def test_a_regional_branch_before_the_reform_serves_provinces_no_city(context):
    found = resolve_body("人民银行济南分行", context)
    assert (found.id, found.name, found.level, found.flags) == (
        "370100-pboc_regional_branch", "中国人民银行济南分行", "provincial", ())


@pytest.mark.parametrize(("written", "expected", "title"), [
    ("人民银行济南分行", "370000-pboc_branch_2023", "中国人民银行山东省分行"),
    ("中国人民银行南京分行", "320000-pboc_branch_2023", "中国人民银行江苏省分行"),
    ("人民银行天津分行", "120000-pboc_branch_2023", "中国人民银行天津市分行"),
])
def test_a_regional_branch_after_the_reform_is_its_host_province_s_branch(written, expected, title):
    found = resolve_body(written, SHANDONG_2024)
    assert (found.id, found.name, found.level, found.flags) == (expected, title, "provincial", ("old_name",)), written
    assert found.written_id.endswith("-pboc_regional_branch")


def test_the_shanghai_head_office_was_kept_by_the_reform():
    found = resolve_body("人民银行上海总部", SHANDONG_2024)
    assert (found.id, found.name, found.flags) == ("310000-pboc_regional_branch", "中国人民银行上海总部", ())


def test_a_province_s_branch_after_the_reform_by_its_name():
    assert resolve_body("人民银行山东省分行", SHANDONG_2024).id == "370000-pboc_branch_2023"


# --- a sort of park written alone ------------------------------------------------------------------------------

@pytest.mark.parametrize("written", ["产业园区管委会", "工业园区管委会", "开发园区管委会", "产业园区管理委员会"])
def test_a_sort_of_park_written_alone_names_no_park(written):
    found = resolve_body(written, YULIN_2024)
    assert found.id is None, written
    assert "sort of park" in found.notes[-1]


@pytest.mark.parametrize(("written", "expected"), [
    ("市产业园区管委会", "450900-zone_committee-产业园区"), ("玉林市产业园区管委会", "450900-zone_committee-产业园区"),
    ("玉柴产业园区管委会", "450900-zone_committee-玉柴产业园区"), ("市园区管委会", "450900-zone_committee-园区"),
])
def test_a_park_named_or_marked_by_its_level_is_read(written, expected):
    assert resolve_body(written, YULIN_2024).id == expected, written


@pytest.mark.parametrize(("written", "context", "expected", "title"), [
    ("青浦工业园区管委会", SHANGHAI_2022, "310118-zone_committee-工业园区", "青浦区工业园区管理委员会"),
    ("昆山工业园区管委会", make_context(region="苏州市", level="municipal", date=dt.date(2023, 1, 1)),
     "320583-zone_committee-工业园区", "昆山市工业园区管理委员会"),
    ("玉林产业园区管委会", make_context(region="广西壮族自治区", level="provincial", date=dt.date(2024, 3, 1)),
     "450900-zone_committee-产业园区", "玉林市产业园区管理委员会"),
])
def test_a_sort_of_park_after_a_place_s_name_is_that_place_s_park(written, context, expected, title):
    # 青浦 is 青浦区: its park, as 区工业园区管委会 in 青浦区's plan, not 上海's park called 青浦工业园区
    found = resolve_body(written, context)
    assert (found.id, found.name) == (expected, title), written


@pytest.mark.parametrize("written", ["各产业园区管委会", "县产业园区管委会"])
def test_the_parks_of_every_place_under_the_city(written):
    # 县产业园区 in a city's plan: the counties' parks, no park called 县产业园区
    found = resolve_body(written, YULIN_2024)
    assert (found.id, found.collective) == ("450900-subordinate-zone_committee", True), written


# --- a city's office of the provincial communications administration ------------------------------------------

@pytest.mark.parametrize(("written", "context"), [
    ("市通信发展管理办", QUANZHOU_2019), ("市通信发展管理办公室", QUANZHOU_2019), ("泉州市通信发展管理办公室", FUJIAN_2019),
])
def test_a_city_s_communications_development_office(written, context):
    found = resolve_body(written, context)
    assert (found.id, found.name, found.counterpart_id) == (
        "350500-communications_office", "泉州市通信发展管理办公室", "miit"), written


def test_the_province_s_communications_administration_stays_its_own_kind():
    assert resolve_body("省通信管理局", FUJIAN_2019).id == "350000-communications_administration"


def test_a_province_has_no_communications_development_office():
    assert resolve_body("省通信发展管理办公室", FUJIAN_2019).id is None

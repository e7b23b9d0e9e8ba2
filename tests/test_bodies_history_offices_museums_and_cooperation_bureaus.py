"""Three kinds of local body that had none: a Party committee's history research office (市委党史研究室, 中共长沙市委
党史研究室), a place's museum institution (博物院, 文博院: 吐鲁番市文博院) and a prefecture's or county's merged bureau of
economic cooperation and foreign affairs (凉山州经济合作和外事局, Sichuan's 2019 merger). Each is read in its place,
by the kind's naming rules; the words near them keep their own readings."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

TURPAN = make_context(region="吐鲁番市", level="municipal", date=dt.date(2023, 3, 24))
LIANGSHAN = make_context(region="凉山彝族自治州", level="municipal", date=dt.date(2022, 5, 19))
SICHUAN = make_context(region="四川省", level="provincial", date=dt.date(2022, 5, 19))
NANJING = make_context(region="南京市", level="municipal", date=dt.date(2023, 3, 24))
JIANGSU = make_context(region="江苏省", level="provincial", date=dt.date(2023, 3, 24))
JIANGNING = make_context(region="江宁区", level="municipal", date=dt.date(2023, 3, 24))
XIAN = make_context(region="西安市", level="municipal", date=dt.date(2023, 3, 24))
HENAN = make_context(region="河南省", level="provincial", date=dt.date(2023, 3, 24))


def _read(written, context):
    found = resolve_body(written, context)
    return found.id, found.name


def test_the_committee_s_history_office_after_the_committee():
    assert _read("市委党史研究室", TURPAN) == ("650400-party_history_research_office", "中共吐鲁番市委党史研究室")
    assert _read("中共长沙市委党史研究室", TURPAN) == ("430100-party_history_research_office", "中共长沙市委党史研究室")


def test_the_committee_s_history_office_after_the_bare_marker_or_alone():
    assert _read("市党史研究室", TURPAN) == ("650400-party_history_research_office", "中共吐鲁番市委党史研究室")
    assert _read("党史研究室", TURPAN) == ("650400-party_history_research_office", "中共吐鲁番市委党史研究室")


def test_the_history_office_answers_to_the_central_history_institute():
    assert resolve_body("市委党史研究室", TURPAN).counterpart_id == "cpc-history-institute"


def test_a_party_history_campaign_s_office_stays_the_task_group_s():
    assert _read("党史学习教育领导小组办公室", TURPAN)[0] == "650400-task_group_office-党史学习教育领导小组"


def test_a_county_s_history_office_in_a_city_s_plan_stays_unread():
    assert _read("县委党史研究室", TURPAN) == (None, None)


def test_a_museum_institution_titled_as_written():
    assert _read("文博院", TURPAN) == ("650400-museum_institute", "吐鲁番市文博院")
    assert _read("吐鲁番市文博院", TURPAN) == ("650400-museum_institute", "吐鲁番市文博院")
    assert _read("河南博物院", HENAN) == ("410000-museum_institute", "河南省博物院")


def test_a_museum_and_the_palace_museum_stay_unread():
    # a place keeps several 博物馆, told apart by subject; 故宫博物院 is no place's
    assert _read("博物馆", TURPAN) == (None, None)
    assert _read("故宫博物院", TURPAN) == (None, None)


@pytest.mark.parametrize("context", [NANJING, JIANGSU, JIANGNING], ids=["city", "province", "district"])
def test_a_museum_institution_by_its_capital_s_short_name_stays_unread(context):
    # 南京博物院 is 江苏省's, 西安博物院 西安市's: written alike, in every plan
    found = resolve_body("南京博物院", context)
    assert (found.id, found.notes) == (
        None, ("南京博物院 names a 博物院（文博院） by 南京, its province's capital: the province's and 南京市's are "
               "written alike",))
    assert resolve_body("西安博物院", XIAN).id is None


def test_a_museum_institution_with_the_capital_s_marker_is_the_city_s():
    assert resolve_body("南京市博物院", JIANGSU).id == "320100-museum_institute"


def test_a_district_of_the_capital_keeps_its_museum_institution():
    found = resolve_body("江宁区文博院", JIANGNING)
    assert (found.id, found.name) == ("320115-museum_institute", "江宁区文博院")


def test_the_merged_cooperation_and_foreign_affairs_bureau():
    assert _read("州经济合作和外事局", LIANGSHAN) == (
        "513400-economic_cooperation_foreign_affairs_bureau", "凉山彝族自治州经济合作和外事局")
    assert _read("西昌市经济合作和外事局", LIANGSHAN) == (
        "513401-economic_cooperation_foreign_affairs_bureau", "西昌市经济合作和外事局")


def test_the_merged_bureau_answers_to_both_ministries():
    assert resolve_body("州经济合作和外事局", LIANGSHAN).counterparts == ("mofcom", "mfa")


def test_the_foreign_affairs_office_alone_stays_its_own_kind():
    assert _read("州外事办", LIANGSHAN)[0] == "513400-foreign_affairs_office"


def test_a_province_has_no_merged_cooperation_bureau():
    assert _read("省经济合作和外事局", SICHUAN) == (None, None)

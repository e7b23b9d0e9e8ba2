"""The bodies a prefecture (地区) or a league (盟) has under names of their own: its government is an
administrative office the province sends (行政公署, 行署) and its Party committee is written 地委. A county's
plan under a prefecture names them for the prefecture above it, never for the county (麦盖提县's report
2021: 在地委、行署和县委的坚强领导下). Each name is quoted from a published page (named beside it)."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

MAIGAITI_2021 = make_context(region="麦盖提县", level="municipal", date=dt.date(2021, 1, 26))
SHAWAN_2021 = make_context(region="沙湾市", level="municipal", date=dt.date(2021, 12, 1))
ALI_2021 = make_context(region="阿里地区", level="municipal", date=dt.date(2021, 11, 9))
XINGAN_2019 = make_context(region="兴安盟", level="municipal", date=dt.date(2019, 4, 10))
KEYOUQIANQI_2019 = make_context(region="科尔沁右翼前旗", level="municipal", date=dt.date(2019, 4, 10))
XIANYANG_2022 = make_context(region="咸阳市", level="municipal", date=dt.date(2022, 6, 1))


def _ids(names, context):
    return [resolve_body(name, context).id for name in names]


def test_a_county_under_a_prefecture_means_the_prefectures_office_and_committee():
    # 麦盖提县 2021 政府工作报告; 沙湾市 十四五规划 (塔城地区)
    assert _ids(["行署", "地委", "行署办", "县人民政府"], MAIGAITI_2021) == [
        "653100-people_government", "653100-party_committee", "653100-government_general_office",
        "653127-people_government"]
    assert _ids(["地委", "行署", "市委", "市人民政府"], SHAWAN_2021) == [
        "654200-party_committee", "654200-people_government", "654203-party_committee", "654203-people_government"]


def test_the_prefectures_and_leagues_own_plans_mean_themselves():
    # 阿里地区行政公署工作规则 (阿行发〔2021〕42号); 兴安盟行政公署公报 2019; a banner under 兴安盟
    assert _ids(["地委", "行署"], ALI_2021) == ["542500-party_committee", "542500-people_government"]
    assert _ids(["行署", "行署办", "盟委"], XINGAN_2019) == [
        "152200-people_government", "152200-government_general_office", "152200-party_committee"]
    assert _ids(["行署"], KEYOUQIANQI_2019) == ["152200-people_government"]


def test_a_city_with_no_prefecture_above_it_reads_no_administrative_office_and_no_di_committee():
    # a prefecture-level city has neither: 行署 and 地委 there name no body, rather than the city's own
    assert _ids(["行署", "地委", "市委"], XIANYANG_2022) == [None, None, "610400-party_committee"]
    # 地 opens other words than the marker: the former local tax bureau keeps its reading
    assert resolve_body("地税局", MAIGAITI_2021).written_id == "653127-local_tax_bureau_former"


def test_a_prefecture_s_direct_units_are_written_with_its_di():
    # 地直各单位 as 市直各单位: the units directly under the government; 地 before other words is no marker
    assert _ids(["地直各单位", "地直有关部门", "地区各有关部门"], ALI_2021) == ["direct-units"] * 3
    assert _ids(["地各有关部门", "地直机关工委"], ALI_2021) == [None, "542500-party_organs_work_committee"]


XIZANG_2021 = make_context(region="西藏自治区", level="provincial", date=dt.date(2021, 3, 1))


def test_di_xian_in_a_province_s_plan_are_the_places_under_it():
    # 地县 in an autonomous region's plan: its prefectures and counties
    assert _ids(["地县", "各地县", "地县政府"], XIZANG_2021) == [
        "subordinate-localities", "subordinate-localities", "540000-subordinate-people_government"]


def test_di_xian_in_a_prefecture_s_own_plan_hold_the_prefecture_itself_and_stay_unread():
    # 地 is 阿里地区's own level: 地县 is the prefecture and its counties, no places under it
    assert _ids(["地县", "各地县", "地县政府"], ALI_2021) == [None, None, None]
    assert _ids(["各县"], ALI_2021) == ["subordinate-localities"]

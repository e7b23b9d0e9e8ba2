"""What round 38's held-out batch taught, and the leftovers of round 37 each mended for its kind, with the case each rule
fires on and the near misses it must leave alone. The names are quoted from the pages keyed in
bench/unseen_bodies/key.tsv before the tool read them: 交城县's 2022 notice (jc-2022), 黑水县's 2022 rules (hs-2022),
平邑县's 2025 appointments (pingyi-2025), 港北区's page (gb-2020), 彭山区's 2025 page (ps-2025), 庆阳's 2025 addressees
(qy-2025), 六安's 2025 call for comments (la-2025) and 普陀区's 2020 report (pt-2020)."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body
from tests.cell_bodies import read_cell_bodies as _read

JIAOCHENG_2022 = make_context(region="交城县", level="municipal", date=dt.date(2022, 6, 29))
HEISHUI_2022 = make_context(region="黑水县", level="municipal", date=dt.date(2022, 12, 30))
PINGYI_2025 = make_context(region="平邑县", level="municipal", date=dt.date(2025, 3, 1))
GANGBEI_2020 = make_context(region="港北区", level="municipal", date=dt.date(2020, 12, 31))
PENGSHAN_2025 = make_context(region="彭山区", level="municipal", date=dt.date(2025, 2, 28))
QINGYANG_2025 = make_context(region="庆阳市", level="municipal", date=dt.date(2025, 6, 27))
LUAN_2025 = make_context(region="六安市", level="municipal", date=dt.date(2025, 6, 24))
PUTUO_2021 = make_context(region="上海市普陀区", level="municipal", date=dt.date(2021, 1, 29))
ZHENHAI_2011 = make_context(region="镇海区", level="municipal", date=dt.date(2011, 3, 7))
HUNAN_2015 = make_context(region="湖南省", level="provincial", date=dt.date(2015, 6, 1))
HUNAN_2012 = make_context(region="湖南省", level="provincial", date=dt.date(2012, 6, 1))
BEIJING_2015 = make_context(region="北京市", level="provincial", date=dt.date(2015, 6, 1))
CHANGSHA_2015 = make_context(region="长沙市", level="municipal", date=dt.date(2015, 6, 1))
DUCHANG_2015 = make_context(region="都昌县", level="municipal", date=dt.date(2015, 6, 1))
HUNAN_2024 = make_context(region="湖南省", level="provincial", date=dt.date(2024, 6, 1))
CHANGSHA_2024 = make_context(region="长沙市", level="municipal", date=dt.date(2024, 6, 1))
NATIONAL_2010 = make_context(date=dt.date(2010, 1, 1))


# Public institutions of a field, each a kind of its own beside the bureau of the field

def test_a_county_s_grain_reserves_centre_is_a_body_of_its_own():
    found = resolve_body("交城县粮食和物资储备中心", JIAOCHENG_2022)
    assert (found.id, found.counterpart_id) == ("141122-grain_reserves_center", "nfsra")
    assert resolve_body("县粮储中心", HEISHUI_2022).id == "513228-grain_reserves_center"


def test_the_grain_reserves_bureau_stays_the_bureau():
    assert resolve_body("县粮食和物资储备局", JIAOCHENG_2022).id == "141122-grain_reserves_bureau"


def test_the_bureau_printed_with_the_centre_s_name_in_brackets_is_the_bureau():
    assert resolve_body("县发展和改革局（县粮食和物资储备中心）", HEISHUI_2022).id == "513228-development_reform_commission"
    assert resolve_body("县发改局（县粮储中心）", HEISHUI_2022).id == "513228-development_reform_commission"


def test_a_soil_and_water_conservation_centre_answers_to_the_water_ministry():
    found = resolve_body("县水土保持中心", PINGYI_2025)
    assert (found.id, found.counterpart_id) == ("371326-soil_water_conservation_center", "mwr")


def test_the_water_bureau_and_a_conservation_station_keep_theirs():
    assert resolve_body("县水利局", PINGYI_2025).id == "371326-water_resources_bureau"
    assert resolve_body("县水土保持站", PINGYI_2025).id is None


def test_the_veterans_service_centre_is_no_veterans_bureau():
    found = resolve_body("區退役軍人服務中心", GANGBEI_2020)
    assert (found.id, found.counterpart_id) == ("450802-veterans_service_center", "mva")
    assert resolve_body("港北區退役軍人事務局", GANGBEI_2020).id == "450802-veterans_affairs_bureau"


def test_a_town_s_veterans_service_station_stays_unread():
    assert resolve_body("镇退役军人服务站", GANGBEI_2020).id is None


# The double-support group and its office, by the short form that names the campaign

def test_the_double_support_office_is_its_group_s_office():
    assert resolve_body("双拥办", PENGSHAN_2025).id == "511403-task_group_office-双拥领导小组"
    assert resolve_body("区双拥办", PENGSHAN_2025).id == "511403-task_group_office-双拥领导小组"


def test_the_double_support_group_is_the_task_group_its_office_serves():
    assert resolve_body("區雙擁工作領導小組", GANGBEI_2020).id == "450802-task_group-双拥领导小组"


def test_the_other_campaigns_keep_their_offices():
    assert resolve_body("区创文办", PENGSHAN_2025).id == "511403-task_group_office-创建文明城市领导小组"


# 管 after a place's marker: the areas the place manages, no area called 管…

def test_the_parks_a_city_manages_are_a_collective():
    assert resolve_body("市管工业园区(集中区)管委会", QINGYANG_2025).id == "621000-subordinate-zone_committee"
    assert resolve_body("市管开发区管委会", QINGYANG_2025).id == "621000-subordinate-zone_committee"


def test_a_park_whose_name_opens_with_guan_keeps_its_name():
    assert resolve_body("管庄产业园管委会", QINGYANG_2025).id == "621000-zone_committee-管庄产业园"
    assert resolve_body("市工业园区管委会", QINGYANG_2025).id == "621000-zone_committee-工业园区"


PUDONG_2024 = make_context(region="上海市浦东新区", level="municipal", date=dt.date(2024, 6, 1))


def test_the_subdistricts_and_towns_a_place_manages_are_a_collective_not_a_place_called_guan_ge():
    found = resolve_body("区管各街道办事处", PUDONG_2024)
    assert (found.id, found.collective) == ("310115-subordinate-subdistrict_office", True)
    assert resolve_body("县管各镇人民政府", PINGYI_2025).id == "371326-subordinate-people_government"


def test_a_town_whose_name_opens_with_guan_keeps_its_name_after_the_county_s_marker():
    assert resolve_body("县管庄镇人民政府", PINGYI_2025).id == "371326-township_government-管庄镇"
    assert resolve_body("陆家嘴街道办事处", PUDONG_2024).id == "310115-subdistrict_office-陆家嘴"


def test_firms_and_cadres_a_city_manages_name_no_body():
    assert resolve_body("市管企业", QINGYANG_2025).id is None
    assert resolve_body("市管干部", QINGYANG_2025).id is None


# The data resources bureau by its short form

def test_the_data_resources_bureau_by_its_short_form():
    assert resolve_body("市数管局", LUAN_2025).id == "341500-big_data_bureau"
    assert resolve_body("六安市数据资源管理局", LUAN_2025).id == "341500-big_data_bureau"


def test_a_digital_city_management_centre_and_the_city_management_bureau_are_no_data_bureau():
    assert resolve_body("市数字化城市管理中心", LUAN_2025).id is None
    assert resolve_body("市城管局", LUAN_2025).id == "341500-city_management_bureau"


# A district's finance office titled 金融服务办公室

def test_a_district_s_finance_service_office_is_its_local_finance_office():
    assert resolve_body("上海市普陀区金融服务办公室", PUTUO_2021).id == "310107-local_financial_regulation_bureau"


def test_a_finance_service_centre_stays_a_public_institution():
    assert resolve_body("区金融服务中心", PUTUO_2021).id == "310107-financial_development_center"


# 工区 is no area word: it closes 化工区 (a chemical industry zone) too

def test_a_chemical_zone_s_committee_is_no_works_area_s():
    assert resolve_body("宁波化工区管委会", ZHENHAI_2011).id is None


# Leftovers of round 37: the family planning commission's dates per tier, its national short form

def test_a_province_s_family_planning_commission_after_2014_reads_as_the_merged_commission():
    found = resolve_body("省人口计生委", HUNAN_2015)
    assert (found.id, found.flags, found.written_id) == (
        "430000-health_family_planning_commission_former", ("old_name",),
        "430000-population_family_planning_commission_former")
    assert resolve_body("省卫生厅", HUNAN_2015).id == "430000-health_family_planning_commission_former"
    assert resolve_body("市卫生局", BEIJING_2015).id == "110000-health_family_planning_commission_former"


def test_before_its_tier_s_merger_the_province_s_commission_is_its_own():
    assert resolve_body("省人口计生委", HUNAN_2012).id == "430000-population_family_planning_commission_former"


def test_a_city_s_and_a_county_s_commission_in_2015_stay_their_own():
    assert resolve_body("市人口计生委", CHANGSHA_2015).id == "430100-population_family_planning_commission_former"
    assert resolve_body("县计生委", DUCHANG_2015).id == "360428-population_family_planning_commission_former"
    assert resolve_body("市卫生局", CHANGSHA_2015).id == "430100-health_bureau_former"


def test_the_national_family_planning_commission_by_its_short_form():
    assert resolve_body("国家计生委", NATIONAL_2010).id == "npfpc"


def test_the_national_health_and_family_planning_commission_is_not_the_family_planning_one():
    assert resolve_body("国家卫生计生委", NATIONAL_2010).id == "nhfpc"


# Leftover of round 37: parks named after China and a continent or region

def test_a_china_africa_park_written_bare_names_no_committee_in_a_province_s_plan():
    found = resolve_body("中非经贸合作区管委会", HUNAN_2024)
    assert found.id is None
    assert found.notes[-1] == ("中非经贸合作区 is named after China and a partner country or region: such parks lie in "
                               "cities, several a partner, and the name does not say which; not read as 湖南省's")
    assert resolve_body("中东欧产业园管委会", HUNAN_2024).id is None


def test_a_china_africa_park_in_a_city_s_plan_or_with_its_host_is_that_city_s():
    assert resolve_body("中非经贸合作区管委会", CHANGSHA_2024).id == "430100-zone_committee-中非经贸合作区"
    assert resolve_body("长沙中非经贸合作区管委会", HUNAN_2024).id == "430100-zone_committee-中非经贸合作区"


def test_a_park_named_after_a_part_of_china_is_no_partner_s():
    assert resolve_body("中部产业园管委会", HUNAN_2024).id == "430000-zone_committee-中部产业园"


def test_the_cells_of_the_batch_read_as_lists():
    assert _read("县发改局（县粮储中心）、县财政局", HEISHUI_2022) == [
        ("县发改局（县粮储中心）", "513228-development_reform_commission"),
        ("县财政局", "513228-finance_bureau")]

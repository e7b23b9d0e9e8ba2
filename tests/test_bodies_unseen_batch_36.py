"""What round 36's held-out batch taught, and the leftovers of round 35 each mended for its kind, with the case each rule
fires on and the near misses it must leave alone. The names are quoted from the pages keyed in
bench/unseen_bodies/key.tsv before the tool read them: 开封's departments paired with the democratic parties (kf-2006),
海城市's division of work (hc-2023), 南通's 2016 addressees (nt-2016) and 哈尔滨's grid unit of 2006 (hrb-2006)."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body
from tests.cell_bodies import read_cell_bodies as _read

KAIFENG_2006 = make_context(region="开封市", level="municipal", date=dt.date(2006, 12, 31))
KAIFENG_2012 = make_context(region="开封市", level="municipal", date=dt.date(2012, 1, 1))
KAIFENG_UNDATED = make_context(region="开封市", level="municipal")
NINGBO_2007 = make_context(region="宁波市", level="municipal", date=dt.date(2007, 6, 4))
PINGYUAN_2013 = make_context(region="平原县", level="county", date=dt.date(2013, 5, 21))
HAICHENG_2023 = make_context(region="海城市", level="county", date=dt.date(2023, 3, 17))
HARBIN_2006 = make_context(region="哈尔滨市", level="municipal", date=dt.date(2006, 1, 27))
HEILONGJIANG_2013 = make_context(region="黑龙江省", level="provincial", date=dt.date(2013, 3, 27))
GUANGZHOU_2006 = make_context(region="广州市", level="municipal", date=dt.date(2006, 4, 28))
NANTONG_2016 = make_context(region="南通市", level="municipal", date=dt.date(2016, 7, 4))
SUQIAN_2008 = make_context(region="宿迁市", level="municipal", date=dt.date(2008, 6, 1))
ZHUHAI_2021 = make_context(region="珠海市", level="municipal", date=dt.date(2021, 6, 1))
SHENZHEN_2021 = make_context(region="深圳市", level="municipal", date=dt.date(2021, 6, 1))
XIAN_2020 = make_context(region="西安市", level="municipal", date=dt.date(2020, 1, 1))
DALIAN_2010 = make_context(region="大连市", level="municipal", date=dt.date(2010, 5, 27))
DATONG_2021 = make_context(region="大同市", level="municipal", date=dt.date(2021, 6, 1))
CHANGZHI_2021 = make_context(region="长治市", level="municipal", date=dt.date(2021, 6, 1))
SHANXI_2021 = make_context(region="山西省", level="provincial", date=dt.date(2021, 6, 1))
BEIJING_2021 = make_context(region="北京市", level="provincial", date=dt.date(2021, 6, 1))
HANGZHOU_2021 = make_context(region="杭州市", level="municipal", date=dt.date(2021, 6, 1))
XIAOSHAN_2021 = make_context(region="萧山区", level="municipal", date=dt.date(2021, 6, 1))
NINGBO_2021 = make_context(region="宁波市", level="municipal", date=dt.date(2021, 6, 1))
SHAPINGBA_2015 = make_context(region="沙坪坝区", level="county", date=dt.date(2015, 6, 1))


# Merged offices of before the reforms read as their first function's, as a county's 教体局 does

def test_a_foreign_affairs_and_overseas_chinese_office_is_the_foreign_affairs_office():
    assert _read("市公安局、安监局、体育局、台办、外侨办", KAIFENG_2006) == [
        ("市公安局", "410200-public_security_bureau"), ("市安监局", "410200-work_safety_bureau_former"),
        ("市体育局", "410200-sports_bureau"), ("市台办", "410200-party_taiwan_office"),
        ("市外侨办", "410200-foreign_affairs_office")]
    assert resolve_body("市外事侨务办公室", KAIFENG_2006).id == "410200-foreign_affairs_office"


def test_the_overseas_chinese_office_alone_keeps_its_kind():
    assert resolve_body("市侨办", KAIFENG_2006).id == "410200-overseas_chinese_office"


def test_an_agriculture_and_forestry_bureau_is_the_agriculture_bureau_of_its_time():
    assert resolve_body("市农林局", KAIFENG_2006).id == "410200-agriculture_bureau_former"
    found = resolve_body("市农林局", KAIFENG_2012)
    assert (found.id, found.flags) == ("410200-agriculture_bureau_former", ())
    found = resolve_body("市农林局", make_context(region="开封市", level="municipal", date=dt.date(2022, 1, 1)))
    assert (found.id, found.flags) == ("410200-agriculture_rural_bureau", ("old_name",))


def test_the_forestry_bureau_and_an_academy_keep_their_readings():
    assert resolve_body("市林业局", KAIFENG_2006).id == "410200-forestry_bureau"
    assert resolve_body("市农林科学院", KAIFENG_2006).id is None


# The grid's city unit by the name it bore before 供电公司

def test_a_city_s_电业局_is_the_grid_s_company():
    found = resolve_body("哈尔滨电业局", HARBIN_2006)
    assert (found.id, found.name) == ("230100-power_supply_company", "国网哈尔滨供电公司")


def test_a_province_s_电业局_or_one_in_南方电网_s_provinces_names_none():
    assert resolve_body("黑龙江省电业局", HARBIN_2006).id is None
    assert resolve_body("广州电业局", GUANGZHOU_2006).id is None


# A county-level city's plan names its own bodies by 市 and its city above in full

def test_a_county_level_city_s_plan_reads_市_as_its_own():
    assert resolve_body("市发展和改革局", HAICHENG_2023).id == "210381-development_reform_commission"
    assert resolve_body("鞍山市政府", HAICHENG_2023).id == "210300-people_government"


# An area named by its part in a plan, pointed at or counted, names no committee

def test_a_pilot_park_a_project_s_park_or_two_parks_name_no_committee():
    assert resolve_body("试点园区管委会", ZHUHAI_2021).id is None
    assert resolve_body("项目所在园区管委会", ZHUHAI_2021).id is None
    assert resolve_body("两个园区管委会", ZHUHAI_2021).id is None


def test_an_area_named_by_its_own_name_keeps_its_committee():
    assert resolve_body("国际港务区管委会", XIAN_2020).id == "610100-zone_committee-国际港务区"
    assert resolve_body("相关园区管委会", ZHUHAI_2021).id == "440400-subordinate-zone_committee"


# An area two places set up together is the one running it's

def test_a_partnered_area_in_another_city_s_plan_is_the_running_city_s():
    found = resolve_body("深汕特别合作区管委会", ZHUHAI_2021)
    assert (found.id, found.name, found.notes) == (
        "440300-zone_committee-深汕特别合作区", "深圳市深汕特别合作区管理委员会",
        ("深汕特别合作区 is an area two places set up together, run by 深圳市: not 珠海市's",
         "one of the 开发区管理委员会 bodies of 深圳市: 深汕特别合作区"))
    assert resolve_body("深港科技创新合作区管委会", ZHUHAI_2021).id == "440300-zone_committee-深港科技创新合作区"


def test_a_partnered_area_s_department_in_another_city_s_plan_is_none_of_that_city_s():
    assert resolve_body("深汕特别合作区经济发展局", ZHUHAI_2021).id is None


def test_a_partnered_area_in_the_running_city_s_plan_reads_as_before():
    assert resolve_body("深汕特别合作区管委会", SHENZHEN_2021).id == "440300-zone_committee-深汕特别合作区"
    assert resolve_body("深汕特别合作区经济发展局", SHENZHEN_2021).id == \
        "440300-zone_department-深汕特别合作区经济发展局"
    assert resolve_body("苏通科技产业园区管委会", NANTONG_2016).id == "320600-zone_committee-苏通科技产业园区"
    assert resolve_body("苏州宿迁工业园区管委会", SUQIAN_2008).id == "321300-zone_committee-苏州宿迁工业园区"


# A vertical system's office after an area's name is none of the area's departments

def test_a_maritime_or_postal_office_after_an_area_s_name_is_no_department_of_it():
    assert resolve_body("普湾新区海事局", DALIAN_2010).id is None
    assert resolve_body("普湾新区邮政局", DALIAN_2010).id is None
    assert resolve_body("高新区海事局", DALIAN_2010).id is None


def test_a_maritime_division_word_after_an_area_s_name_is_no_division_of_its_committee():
    assert resolve_body("普湾新区海事处", DALIAN_2010).id is None
    assert resolve_body("高新区海事处", DALIAN_2010).id is None


def test_a_division_printed_after_the_committee_or_another_body_stays_a_division():
    assert resolve_body("普湾新区管委会海事处", DALIAN_2010).id == "210200-zone_committee-普湾新区-division-海事处"
    assert resolve_body("普湾新区招商处", DALIAN_2010).id == "210200-zone_committee-普湾新区-division-招商处"
    assert resolve_body("市交通局海事处", DALIAN_2010).id == "210200-transport_bureau-division-海事处"


def test_an_area_s_own_departments_and_a_kind_s_body_in_it_keep_their_readings():
    assert resolve_body("普湾新区财政局", DALIAN_2010).id == "210200-finance_bureau-普湾新区"
    assert resolve_body("普湾新区经济发展局", DALIAN_2010).id == "210200-zone_department-普湾新区经济发展局"
    assert resolve_body("高新区税务局", XIAN_2020).id == "610100-tax_bureau-高新技术产业开发区"


# The trade and labour bureaus of before the 2009–2010 local reforms, and their successors

def test_a_labour_bureau_after_the_local_reforms_is_the_human_resources_bureau():
    found = resolve_body("市劳动和社会保障局", KAIFENG_2012)
    assert (found.id, found.flags, found.written_id) == (
        "410200-human_resources_social_security_bureau", ("old_name",), "410200-labour_social_security_bureau_former")
    assert "the central 人力资源和社会保障部 dates from 2008-03-15" in found.notes[-1]


def test_a_foreign_trade_bureau_after_2011_stays_the_former_kind():
    # 沙坪坝区 kept its 区外经委 beside its commerce bureau in 2015 (places-blind13, 陈家桥街道's profile): no date of
    # the reforms would read it as the commerce bureau without merging two bodies
    assert _read("区商务局、区外经委", SHAPINGBA_2015) == [
        ("区商务局", "500106-commerce_bureau"), ("区外经委", "500106-foreign_trade_bureau_former")]
    found = resolve_body("市外经贸局", KAIFENG_2012)
    assert (found.id, found.flags) == ("410200-foreign_trade_bureau_former", ())


def test_the_labour_and_trade_bureaus_of_their_time_or_undated_stay_the_former_ones():
    assert resolve_body("市劳动局", KAIFENG_2006).id == "410200-labour_social_security_bureau_former"
    assert resolve_body("市劳动保障局", KAIFENG_UNDATED).id == "410200-labour_social_security_bureau_former"
    assert resolve_body("市外经贸局", NINGBO_2007).id == "330200-foreign_trade_bureau_former"


def test_an_economy_and_trade_commission_has_no_successor():
    found = resolve_body("县经贸局", PINGYUAN_2013)
    assert (found.id, found.flags) == ("371426-economy_trade_commission_former", ())
    assert resolve_body("市经贸委", KAIFENG_2012).id == "410200-economy_trade_commission_former"


# A district's former name other places bear too is read only in its own city

def test_a_shared_former_district_name_names_nothing_outside_its_city():
    assert resolve_body("城区财政局", DATONG_2021).id is None
    assert resolve_body("城区财政局", SHANXI_2021).id is None


def test_a_shared_former_district_name_in_its_own_city_needs_its_parent_or_a_date_before_the_change():
    # round 44 (the brief's rule): a former name another place bears now is read as the former only on a page dated
    # within the former name's years or written after the old place's parent; 长治's 2021 page writing 城区 alone no
    # longer reads 潞州区
    assert resolve_body("城区财政局", CHANGZHI_2021).id is None
    found = resolve_body("长治市城区财政局", CHANGZHI_2021)
    assert (found.id, found.notes) == ("140403-finance_bureau", ("城区 is a former name of 潞州区 (changed 2018)",))


def test_a_former_name_no_other_place_bears_is_read_anywhere():
    assert _read("绥芬河市、抚远县人民政府", HEILONGJIANG_2013) == [
        ("绥芬河市人民政府", "231081-people_government"), ("抚远县人民政府", "230883-people_government")]
    assert resolve_body("崇文区财政局", BEIJING_2021).id == "110101-finance_bureau"


# An area named after no division that a county under the host runs

def test_an_area_a_district_runs_is_that_district_s_in_the_city_s_plan():
    found = resolve_body("湘湖旅游度假区财政局", HANGZHOU_2021)
    assert (found.id, found.name) == ("330109-finance_bureau-湘湖旅游度假区", "萧山区湘湖旅游度假区财政局")
    assert resolve_body("湘湖旅游度假区管委会", HANGZHOU_2021).id == "330109-zone_committee-湘湖旅游度假区"
    assert resolve_body("湘湖旅游度假区管委会", XIAOSHAN_2021).id == "330109-zone_committee-湘湖旅游度假区"


def test_an_area_a_district_runs_is_none_of_another_city_s():
    assert resolve_body("湘湖旅游度假区管委会", NINGBO_2021).id is None
    assert resolve_body("湘湖旅游度假区财政局", NINGBO_2021).id is None


def test_an_area_the_city_runs_stays_the_city_s():
    assert resolve_body("之江旅游度假区管委会", HANGZHOU_2021).id == "330100-zone_committee-之江旅游度假区"

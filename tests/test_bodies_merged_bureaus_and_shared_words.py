"""Bodies as plans of districts, counties and county-level cities of several provinces write them:
bureaus that join two functions, a government's units named by other words, and lists whose items
share the words closing the list. Each cell is quoted from a published page (named beside it)."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.links import parse_cell
from pilotplans.normalizers.resolve import make_context, resolve_body
from pilotplans.normalizers.responsibility import leading_bodies_shared

CAIDIAN = make_context(region="蔡甸区", level="municipal", date=dt.date(2023, 1, 3))
JIEDONG = make_context(region="揭东区", level="municipal", date=dt.date(2019, 6, 25))
JIAYU = make_context(region="嘉鱼县", level="municipal", date=dt.date(2021, 5, 12))
KAIYANG = make_context(region="开阳县", level="municipal", date=dt.date(2023, 3, 15))
WUCHENG = make_context(region="婺城区", level="municipal", date=dt.date(2025, 4, 1))
GANZHOU = make_context(region="赣州", level="municipal", date=dt.date(2015, 9, 17))
CHUXIONG = make_context(region="楚雄彝族自治州", level="municipal", date=dt.date(2024, 10, 12))
CHANGZHOU = make_context(region="常州", level="municipal", date=dt.date(2020, 12, 25))
SHAXIAN = make_context(region="沙县", level="municipal", date=dt.date(2012, 10, 11))
XIXIANG = make_context(region="西乡县", level="municipal", date=dt.date(2023, 4, 1))


def _read(cell: str, context) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.reads_as, resolve_body(m.name, context).id)
            for m in parse_cell(cell, "responsibility", prose=True)]


# Bureaus joining science with industry and informatisation ----------------------------------


def test_a_bureau_joining_science_with_economy_and_informatisation_is_the_merged_kind():
    # 蔡甸区《政府工作报告》责任分解 2023: 责任单位：区科技和经信局
    found = resolve_body("区科技和经信局", CAIDIAN)
    assert (found.id, found.counterparts) == ("420114-science_industry_information_bureau", ("most", "miit"))


def test_the_joined_functions_may_stand_in_either_order():
    # 揭东区工业信息化和科技局职能配置规定 2019
    assert resolve_body("区工业信息化和科技局", JIEDONG).id == "445203-science_industry_information_bureau"


def test_the_merged_bureau_abbreviated_to_a_character_of_each_function():
    # 嘉鱼县 2021: (牵头单位：县科经局；责任单位：各镇人民政府，嘉鱼经济开发区)
    assert resolve_body("县科经局", JIAYU).id == "421221-science_industry_information_bureau"


def test_each_function_alone_keeps_its_own_bureau():
    assert [resolve_body(name, CAIDIAN).id for name in ("区科技局", "区经信局")] == [
        "420114-science_technology_bureau", "420114-industry_information_bureau"]


def test_the_defence_science_and_industry_body_is_no_merged_bureau():
    assert resolve_body("国防科工局", CAIDIAN).id == "sastind"
    assert resolve_body("区科工局", CAIDIAN).id is None


# A government's own units and those stationed in its place ------------------------------------


def test_a_government_s_working_departments_are_its_own_units():
    # 开阳县 2023: 各乡（镇）人民政府，各街道办事处，县政府相关工作部门
    assert resolve_body("县政府相关工作部门", KAIYANG).id == "direct-units"


def test_zhishu_spelt_out_before_a_quantifier_names_the_direct_units():
    # 婺城区 2025: 各乡镇人民政府、街道办事处，区直属有关单位
    assert resolve_body("区直属有关单位", WUCHENG).id == "direct-units"


def test_the_working_committee_of_a_government_s_organs_is_no_collective_of_its_units():
    found = resolve_body("区直属机关工委", WUCHENG)
    assert (found.id, found.collective) == ("330702-party_organs_work_committee", False)


def test_units_stationed_in_the_place_by_its_level_marker():
    # 赣州 2015: 市政府有关部门，市属、驻市有关单位
    assert resolve_body("驻市有关单位", GANZHOU).id == "stationed-units"


def test_a_city_s_liaison_office_in_the_capital_is_no_stationed_unit():
    assert resolve_body("驻京办事处", GANZHOU).id is None


def test_the_people_s_organisations_at_the_document_s_level():
    # 楚雄州 2024: 楚雄高新区和各产业园区，州级各人民团体
    assert resolve_body("州级各人民团体", CHUXIONG).id == "people-organisations"


def test_the_county_level_cities_a_city_governs_are_places_under_it():
    # 常州 2020: 各辖市、区人民政府，常州经开区管委会，市各委办局
    assert _read("各辖市、区人民政府", CHANGZHOU) == [("各辖市、区人民政府", None, "320400-subordinate-people_government")]


# Lists sharing the word that closes them --------------------------------------------------------


def test_functions_listed_before_deng_bumen_each_name_the_body_in_charge():
    # 沙县 2012: 县经贸、统计、工商、税务等部门要想方设法培育挖掘限上企业 — 经贸 (a former commission) stays unread;
    # 工商, a former department's function, names the 工商局 of 2012 since round 35 (县工商部门)
    assert _read("县经贸、统计、工商、税务等部门", SHAXIAN) == [
        ("县经贸", None, None), ("统计", "县统计部门", "350405-statistics_bureau"),
        ("工商", "县工商部门", "350405-industry_commerce_bureau_former"),
        ("税务", "县税务部门", "350405-tax_bureau")]


def test_a_function_that_is_also_a_county_s_short_form_is_the_function_in_such_a_list():
    # 北京市环境秩序综合整治工作方案 2012: 组织辖区城管、公安、工商、卫生等部门 — 公安 is no 公安县 here
    beijing = make_context(region="北京", level="provincial", date=dt.date(2012, 1, 1))
    assert _read("城管、公安等部门", beijing) == [
        ("城管", "城管部门", "110000-city_management_bureau"), ("公安", "公安部门", "110000-public_security_bureau")]


def test_functions_share_the_word_the_last_item_prints():
    # 同上: 负责会同公安、城管部门查处
    beijing = make_context(region="北京", level="provincial", date=dt.date(2012, 1, 1))
    assert _read("公安、城管部门", beijing) == [
        ("公安", "公安部门", "110000-public_security_bureau"), ("城管部门", None, "110000-city_management_bureau")]


def test_places_before_a_function_s_department_stay_places():
    beijing = make_context(region="北京", level="provincial", date=dt.date(2012, 1, 1))
    assert _read("北京、城管部门", beijing) == [("北京", None, "110000"), ("城管部门", None, "110000-city_management_bureau")]


def test_a_list_naming_a_ministry_keeps_its_functions_unread():
    assert _read("商务部、财政等部门", SHAXIAN) == [("商务部", None, "mofcom"), ("财政", None, None)]


def test_functions_before_a_word_that_is_no_department_name_nothing():
    assert _read("财政、统计等单位", SHAXIAN) == [("财政", None, None), ("统计", None, None)]


def test_an_opening_shares_the_ending_of_the_collective_after_it():
    # 赣州 2015: 市属、驻市有关单位; 西乡县 2023: 县直及驻县各单位
    assert _read("市属、驻市有关单位", GANZHOU) == [
        ("市属", "市属有关单位", "direct-units"), ("驻市有关单位", None, "stationed-units")]
    assert _read("县直及驻县各单位", XIXIANG) == [
        ("县直", "县直各单位", "direct-units"), ("驻县各单位", None, "stationed-units")]


def test_a_bare_level_word_before_a_collective_takes_no_ending():
    assert _read("区、有关单位", GANZHOU) == [("区", None, None), ("有关单位", None, "related-departments")]


def test_the_central_units_share_the_ending_of_the_province_s_stationed_units():
    # 六盘水 2020: 市人民政府各部门、各直属机构，中央、省属驻市行政企事业单位
    assert _read("中央、省属驻市行政企事业单位", make_context(region="六盘水", level="municipal", date=dt.date(2020, 9, 28))) == [
        ("中央", "中央驻市行政企事业单位", "stationed-units"), ("省属驻市行政企事业单位", None, "stationed-units")]


# Places under the region each named by its own level word ---------------------------------------

NEIMENGGU = make_context(region="内蒙古", level="provincial", date=dt.date(2024, 1, 21))
CHANGSHA = make_context(region="长沙", level="municipal", date=dt.date(2024, 1, 21))


def _shared(cell: str, context) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.reads_as, resolve_body(m.name, context).id)
            for m in leading_bodies_shared(parse_cell(cell, "responsibility", prose=True), context)]


def test_a_body_of_places_under_the_region_shares_the_quantifier_of_the_one_before_it():
    # 内蒙古 2024 (and every notice of the autonomous region): 各盟行政公署、市人民政府，自治区各委、办、厅、局
    assert _shared("各盟行政公署、市人民政府", NEIMENGGU) == [
        ("各盟行政公署", None, "150000-subordinate-people_government"),
        ("市人民政府", "各市人民政府", "150000-subordinate-people_government")]


def test_a_body_the_document_s_place_reads_keeps_its_reading():
    assert _shared("各区人民政府、市人民政府", CHANGSHA) == [
        ("各区人民政府", None, "430100-subordinate-people_government"), ("市人民政府", None, "430100-people_government")]


# Bureaus named by every function they have ----------------------------------------------------


def test_a_culture_and_tourism_bureau_named_by_each_of_its_functions():
    # 芜湖县文化旅游体育局(广播电视新闻出版局), 2019; 苍溪县文化旅游和体育局, 2021
    wanzhi = make_context(region="湾沚区", level="municipal", date=dt.date(2019, 3, 11))
    cangxi = make_context(region="苍溪县", level="municipal", date=dt.date(2021, 10, 27))
    assert resolve_body("芜湖县文化旅游体育局", wanzhi).id == "340210-culture_tourism_bureau"
    assert resolve_body("苍溪县文化旅游和体育局", cangxi).id == "510824-culture_tourism_bureau"


def test_the_functions_abbreviated_to_a_character_each_in_any_order_after_culture():
    wanzhi = make_context(region="湾沚区", level="municipal", date=dt.date(2019, 3, 11))
    assert [resolve_body(name, wanzhi).id for name in ("县文旅体局", "县文体广旅局")] == [
        "340210-culture_tourism_bureau", "340210-culture_tourism_bureau"]


def test_a_bureau_without_tourism_is_no_culture_and_tourism_bureau():
    # culture with sport (文体局) or with press and broadcasting (文广新局, the former kind) only
    wanzhi = make_context(region="湾沚区", level="municipal", date=dt.date(2019, 3, 11))
    assert [resolve_body(name, wanzhi).id for name in ("县文化体育局", "县文体局", "县文广新局")] == [
        None, None, "340210-culture_press_broadcasting_bureau_former"]


# A department's branch in a district ------------------------------------------------------------


def test_a_department_s_branch_in_a_district_is_the_district_s_body_of_its_kind():
    # 眉山市东坡区 2018: 参会单位有区治理办、区商务局、区城管分局、区工商局; 通化 2025: 东昌区市场监督管理分局
    dongpo = make_context(region="东坡区", level="municipal", date=dt.date(2018, 7, 25))
    tonghua = make_context(region="通化", level="municipal", date=dt.date(2025, 10, 1))
    assert resolve_body("区城管分局", dongpo).id == "511402-city_management_bureau"
    assert resolve_body("东昌区市场监督管理分局", tonghua).id == "220502-market_regulation_bureau"


def test_a_city_s_branch_of_a_department_names_no_body():
    tonghua = make_context(region="通化", level="municipal", date=dt.date(2025, 10, 1))
    found = resolve_body("市商务分局", tonghua)
    assert (found.id, found.notes[-1]) == (None, "a 分局 of a 商务主管部门 is a district's or county's")

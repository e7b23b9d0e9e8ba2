"""Bodies that plans of 2007–2019 and of the north-west and north-east name and that no kind or form
held: the health bureaus before the 2013 merger with family planning, the animal husbandry bureaus
the 2018–19 reforms merged away, a county's 质检局 and 生态环保局, a province's 建设厅 before 2009, the
committees of an economic area and of a land port, the central and higher units stationed in a place
(中直驻吉, 省在怀), and 会同 opening the list of the bodies a lead works with. Each cell is quoted from
a published page (named beside it)."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.links import parse_cell
from pilotplans.normalizers.resolve import make_context, resolve_body

FUJIAN_2007 = make_context(region="福建", level="provincial", date=dt.date(2007, 3, 1))
PUTIAN_2010 = make_context(region="莆田市", level="municipal", date=dt.date(2010, 3, 1))
BEIJING_2012 = make_context(region="北京", level="provincial", date=dt.date(2012, 6, 1))
BEIJING_2020 = make_context(region="北京", level="provincial", date=dt.date(2020, 6, 1))
SUIXIAN_2019 = make_context(region="随县", level="municipal", date=dt.date(2019, 1, 11))
SUIXIAN_2020 = make_context(region="随县", level="municipal", date=dt.date(2020, 1, 11))
XINJIANG_2015 = make_context(region="新疆", level="provincial", date=dt.date(2015, 4, 27))
NEIMENGGU_2025 = make_context(region="内蒙古", level="provincial", date=dt.date(2025, 1, 1))
LANZHOU_2010 = make_context(region="兰州市", level="municipal", date=dt.date(2010, 6, 1))
DONGKOU_2019 = make_context(region="洞口县", level="municipal", date=dt.date(2019, 3, 20))
PANJIN_2017 = make_context(region="盘锦市", level="municipal", date=dt.date(2017, 1, 1))
YILI_2019 = make_context(region="伊犁哈萨克自治州", level="municipal", date=dt.date(2019, 1, 1))
JILIN_2020 = make_context(region="吉林", level="provincial", date=dt.date(2020, 8, 21))
JILIN_2021 = make_context(region="吉林", level="provincial", date=dt.date(2021, 3, 17))
XILINGUOLE_2010 = make_context(region="锡林郭勒盟", level="municipal", date=dt.date(2010, 9, 26))
HUAIHUA_2023 = make_context(region="怀化市", level="municipal", date=dt.date(2023, 3, 15))
NATIONAL = make_context(level="central", date=dt.date(2020, 10, 30))


def _read(cell: str, context) -> list[tuple[str | None, str | None]]:
    return [(resolve_body(m.name, context).id, m.role) for m in parse_cell(cell, "responsibility", prose=True)]


def test_a_provincial_health_department_before_2013_shares_the_province_of_the_list():
    # 福建省治理“餐桌污染”建设“食品放心工程”工作实施方案 (2007), item 一
    assert _read("由省经贸委承办，省农业厅、卫生厅、公安厅协办", FUJIAN_2007) == [
        ("350000-economy_trade_commission_former", "carry_out"), ("350000-agriculture_bureau_former", "assist"),
        ("350000-health_bureau_former", "assist"), ("350000-public_security_bureau", "assist")]


def test_a_city_health_bureau_before_2013_answers_to_the_health_ministry():
    # 莆田市 食品安全 工作方案 (2010), item (二): 市卫生局负责
    found = resolve_body("市卫生局", PUTIAN_2010)
    assert (found.id, found.name, found.counterparts, found.is_old_name) == (
        "350300-health_bureau_former", "莆田市卫生局", ("moh",), False)
    assert resolve_body("市卫生局", BEIJING_2012).id == "110000-health_bureau_former"


def test_a_health_bureau_named_after_the_reforms_is_the_health_commission():
    found = resolve_body("市卫生局", BEIJING_2020)
    assert (found.id, found.is_old_name, found.written_id) == (
        "110000-health_commission", True, "110000-health_bureau_former")


def test_the_health_ministry_and_the_later_health_bodies_keep_their_own_reading():
    assert resolve_body("卫生部", make_context(level="central", date=dt.date(2012, 1, 1))).id == "moh"
    assert resolve_body("卫生部", NATIONAL).id == "nhc"
    assert resolve_body("市卫生计生委", PUTIAN_2010).id == "350300-health_family_planning_commission_former"
    assert resolve_body("市卫生健康委", BEIJING_2020).id == "110000-health_commission"


def test_a_county_list_with_the_animal_husbandry_and_quality_bureaus_before_the_reform():
    # 随县 农村假冒伪劣食品专项整治工作推进会 (2019-01-11)
    assert _read("县农业局、县商务局、县畜牧局、县食药监局、县工商局、县质检局", SUIXIAN_2019) == [
        ("421321-agriculture_bureau_former", "carry_out"), ("421321-commerce_bureau", "carry_out"),
        ("421321-animal_husbandry_bureau_former", "carry_out"), ("421321-food_drug_administration_former", "carry_out"),
        ("421321-industry_commerce_bureau_former", "carry_out"), ("421321-quality_supervision_bureau_former", "carry_out")]
    # 农业部 had become 农业农村部 (2018-04-03) by the meeting; 新疆's 畜牧厅 of 2015 answered to 农业部
    assert resolve_body("县畜牧局", SUIXIAN_2019).counterparts == ("mara",)
    assert resolve_body("自治区畜牧厅", XINJIANG_2015).counterparts == ("moa",)


def test_the_animal_husbandry_and_quality_bureaus_after_the_reform_are_their_successors():
    husbandry, quality = resolve_body("县畜牧兽医局", SUIXIAN_2020), resolve_body("县质检局", SUIXIAN_2020)
    assert (husbandry.id, husbandry.is_old_name) == ("421321-agriculture_rural_bureau", True)
    assert (quality.id, quality.is_old_name) == ("421321-market_regulation_bureau", True)


def test_the_agri_pastoral_bureau_and_the_quality_administration_keep_their_own_reading():
    assert resolve_body("农牧局", NEIMENGGU_2025).id == "150000-agriculture_rural_bureau"
    assert resolve_body("质检总局", NATIONAL).id == "samr"


def test_hui_tong_opens_the_list_of_the_bodies_a_lead_works_with():
    # 新疆“十三五”游牧民定居工程建设规划编制 (2015)
    found = [resolve_body(m.name, XINJIANG_2015).id
             for m in parse_cell("自治区发展改革委负责牵头，会同自治区财政厅、畜牧厅、扶贫办", "responsibility", prose=True)]
    assert found == ["650000-development_reform_commission", "650000-finance_bureau",
                     "650000-animal_husbandry_bureau_former", "650000-poverty_alleviation_office_former"]


def test_hui_tong_inside_a_list_still_joins_two_bodies():
    # both bodies are read; X会同Y names X leading and Y assisting where no label gives the list a role (prose29)
    assert _read("商务部会同财政部负责", NATIONAL) == [("mofcom", "lead"), ("mof", "assist")]


def test_a_province_s_construction_department_before_2009():
    # 兰州市 重点工作 (2010): 按程序上报省发改委和省建设厅
    found = resolve_body("省建设厅", LANZHOU_2010)
    assert (found.id, found.name, found.flags) == ("620000-housing_construction_bureau", "甘肃省建设厅", ("old_name",))
    assert resolve_body("市建设局", LANZHOU_2010).name == "兰州市建设局"


def test_a_county_s_short_ecology_bureau_after_its_level_word():
    # 洞口县自然资源局揭牌 (2019): 划出…职责至县生态环保局
    assert resolve_body("縣生態環保局", DONGKOU_2019).id == "430525-ecology_environment_bureau"


def test_the_environmental_protection_committee_is_no_ecology_bureau():
    assert resolve_body("县生态环保委", DONGKOU_2019).id is None


def test_the_committees_of_an_economic_area_and_of_a_land_port():
    # 盘锦 2017 (辽河口生态经济区管委会) and 伊犁州 (都拉塔口岸管委会), in addressee lines
    assert resolve_body("辽河口生态经济区管委会", PANJIN_2017).id == "211100-zone_committee-辽河口生态经济区"
    assert resolve_body("都拉塔口岸管委会", YILI_2019).id == "654000-zone_committee-都拉塔口岸"


def test_a_protection_and_development_area_is_an_area_of_its_own():
    # 吉林省森林草原防火指挥部 notice: 各市(州)、长白山保护开发区，各县(市…) — the area is the province's, ranked
    # with its prefectures; its committee was read as an economic development zone's
    found = resolve_body("长白山保护开发区管委会", JILIN_2021)
    assert (found.id, found.name) == ("220000-zone_committee-长白山保护开发区", "吉林省长白山保护开发区管理委员会")


def test_the_area_s_committee_by_its_founding_name_is_no_development_zone_of_the_province():
    # 长白山开发区管理委员会: the committee's name when the province set it up in 2005 (mj.org.cn 2006); the province
    # has no 长白山经济技术开发区
    assert resolve_body("长白山开发区管委会", JILIN_2021).id == "220000-zone_committee-长白山保护开发区"


def test_the_port_office_is_no_port_committee():
    assert resolve_body("州口岸办", YILI_2019).id == "654000-port_office"


def test_the_central_and_provincial_units_stationed_in_the_place():
    # 吉政办函〔2020〕118号: …省直有关部门，中直驻吉有关部门、单位; 怀政办发〔2023〕9号: 中央、省在怀各单位
    assert resolve_body("中直驻吉有关部门", JILIN_2020).id == "stationed-units"
    assert resolve_body("省在怀各单位", HUAIHUA_2023).id == "stationed-units"


def test_units_abroad_are_no_stationed_units():
    assert resolve_body("市在外各单位", HUAIHUA_2023).id is None


def test_a_government_s_departments_by_any_run_of_office_words():
    # 吉林省“十四五”规划纲要的通知 (2021): …各县（市）人民政府，省政府各厅委办、各直属机构;
    # 锡署发（2010）183号: 各旗县市（区）人民政府（管委会），行署有关委、办、局
    assert resolve_body("省政府各厅委办", JILIN_2021).id == "direct-units"
    assert resolve_body("行署有关委、办、局", XILINGUOLE_2010).id == "direct-units"


def test_one_office_word_or_the_administrative_office_s_own_office_is_no_set_of_departments():
    assert resolve_body("区各局", JILIN_2021).id is None
    assert resolve_body("行署办", XILINGUOLE_2010).id == "152500-government_general_office"


def test_a_park_two_cities_built_lies_in_the_city_named_second():
    # 宿政发〔2008〕65号: 各县、区人民政府，宿迁经济开发区、市湖滨新城开发区、苏州宿迁工业园区
    suqian_2008 = make_context(region="宿迁市", level="municipal", date=dt.date(2008, 6, 4))
    found = resolve_body("苏州宿迁工业园区", suqian_2008)
    assert (found.id, found.name) == ("321300-zone_committee-苏州宿迁工业园区", "苏州宿迁工业园区管理委员会")


def test_a_park_named_after_its_province_and_city_lies_in_the_city():
    jiangsu = make_context(region="江苏", level="provincial", date=dt.date(2020, 1, 1))
    assert resolve_body("江苏苏州工业园区管委会", jiangsu).id == "320576-zone_committee"


def test_a_county_s_short_form_of_another_province_opens_no_second_host():
    # 济政字〔2021〕30号: 济宁高新区、太白湖新区 …管委会; 太白 is 太白县's short form, in 陕西
    jining_2021 = make_context(region="济宁市", level="municipal", date=dt.date(2021, 7, 19))
    assert resolve_body("济宁太白湖新区管委会", jining_2021).id == "370800-zone_committee-太白湖新区"


ZHUZHOU_2015 = make_context(region="株洲市", level="municipal", date=dt.date(2015, 6, 1))


def test_a_city_bureau_of_commerce_and_grain_answers_to_both_central_bodies():
    # 株洲市人民政府关于全面落实粮食安全省长责任制的实施意见 (2015), item (一), in traditional characters
    found = [resolve_body(m.name, ZHUZHOU_2015) for m in parse_cell(
        "市發改委、市農委、市商務糧食局、各縣市區人民政府", "responsibility", prose=True)]
    assert [f.id for f in found] == ["430200-development_reform_commission", "430200-agriculture_bureau_former",
                                     "430200-commerce_grain_bureau", "430200-subordinate-people_government"]
    assert found[2].counterparts == ("mofcom", "sgb")


def test_the_commerce_and_the_grain_bureaus_alone_keep_their_kinds():
    assert resolve_body("市商务局", ZHUZHOU_2015).id == "430200-commerce_bureau"
    grain = resolve_body("市粮食局", ZHUZHOU_2015)
    assert (grain.id, grain.counterparts) == ("430200-grain_reserves_bureau", ("sgb",))


def test_a_grain_bureau_after_2018_answers_to_the_national_grain_and_reserves_administration():
    zhuzhou_2022 = make_context(region="株洲市", level="municipal", date=dt.date(2022, 6, 1))
    assert resolve_body("市粮食局", zhuzhou_2022).counterparts == ("nfsra",)


def test_a_police_branch_read_in_a_city_s_plan_is_no_city_bureau():
    # a district's 市容环境提升行动 list (深圳, 2010): 公安分局、区监察局、发改局… read in its city's plan
    shenzhen_2010 = make_context(region="深圳市", level="municipal", date=dt.date(2010, 4, 1))
    assert resolve_body("公安分局", shenzhen_2010).id is None
    assert resolve_body("市公安局", shenzhen_2010).id == "440300-public_security_bureau"


def test_a_police_branch_read_in_its_district_s_plan_is_the_district_s_bureau():
    futian_2010 = make_context(region="福田区", level="municipal", date=dt.date(2010, 4, 1))
    assert resolve_body("公安分局", futian_2010).id == "440304-public_security_bureau"


def test_street_offices_named_in_a_district_s_list_however_written():
    # 东坡区 2018: 苏祠街道办、大石桥街道办、通惠街道办
    dongpo_2018 = make_context(region="东坡区", level="municipal", date=dt.date(2018, 7, 25))
    assert [resolve_body(t, dongpo_2018).id for t in ("苏祠街道办", "苏祠街道", "苏祠街道办事处")] == [
        "511402-subdistrict_office-苏祠"] * 3


def test_a_street_office_in_a_city_s_plan_names_no_county_s_office():
    shenzhen_2018 = make_context(region="深圳市", level="municipal", date=dt.date(2018, 7, 25))
    assert resolve_body("福田街道办事处", shenzhen_2018).id is None
    assert resolve_body("各街道办事处", shenzhen_2018).id == "440300-subordinate-subdistrict_office"


def test_a_province_s_land_reclamation_bureau():
    # 黑龙江省促进经济稳增长的若干措施 (2013), item 3: 哈爾濱機場擴建指揮部、…綏芬河市政府、省農墾總局負責
    heilongjiang_2013 = make_context(region="黑龙江", level="provincial", date=dt.date(2013, 8, 1))
    found = resolve_body("省農墾總局", heilongjiang_2013)
    assert (found.id, found.name, found.counterparts) == (
        "230000-land_reclamation_bureau", "黑龙江省农垦总局", ("moa",))


def test_a_city_s_land_reclamation_bureau_is_no_province_s():
    zhanjiang = make_context(region="湛江市", level="municipal", date=dt.date(2021, 8, 1))
    assert resolve_body("市农垦局", zhanjiang).id is None


def test_street_offices_named_by_a_word_that_says_which_are_no_subdistrict_s_office():
    # 辖区街道 (the streets of the place), 所在街道 (the street a site lies in), 涉及街道, 责任街道: no
    # subdistrict 辖区 or 所在, whose office the district would have
    dongpo_2018 = make_context(region="东坡区", level="municipal", date=dt.date(2018, 7, 25))
    assert [resolve_body(t, dongpo_2018).id for t in ("辖区街道", "所在街道办事处", "涉及街道", "责任街道办")] == [None] * 4


def test_an_area_named_after_a_feature_that_bears_another_city_s_name_lies_in_the_host():
    # 宁波杭州湾新区 lies in 宁波: 杭州湾 is the bay, not 杭州 as the partner that built it
    ningbo = make_context(region="宁波市", level="municipal", date=dt.date(2020, 1, 1))
    found = resolve_body("宁波杭州湾新区管委会", ningbo)
    assert (found.id, found.name) == ("330200-zone_committee-杭州湾新区", "宁波市杭州湾新区管理委员会")

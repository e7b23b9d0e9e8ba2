"""Bodies as plans of places the bundled documents do not cover write them: lists whose later
items share the opening of the first, collectives of a government's own units, and the other
shapes met in county, district, league and prefecture plans. Each cell is quoted from a
published plan (named beside it)."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.links import parse_cell
from pilotplans.normalizers.resolve import make_context, resolve_body

PINGDING = make_context(region="平定县", level="municipal", date=dt.date(2023, 11, 10))
SHANWEI = make_context(region="汕尾市", level="municipal", date=dt.date(2018, 12, 1))
NATIONAL_2020 = make_context(level="central", date=dt.date(2020, 10, 30))


def _ids(cell: str, context) -> list[str | None]:
    return [resolve_body(m.name, context).id for m in parse_cell(cell, "responsibility", prose=True, label="责任单位")]


def test_later_items_share_the_level_marker_of_the_first():
    # 平定县 2023, a meeting on consolidating poverty alleviation: 县教科局、民政局…医保局
    assert _ids("县农业农村局、民政局、医保局", PINGDING) == [
        "140321-agriculture_rural_bureau", "140321-civil_affairs_bureau", "140321-healthcare_security_bureau"]


def test_later_items_share_the_places_under_the_region():
    # 汕尾市农业局 2018: 各县（市、区）农业局、林业局、海洋与渔业局
    assert _ids("各县（市、区）农业局、林业局", SHANWEI) == [
        "441500-subordinate-agriculture_bureau_former", "441500-subordinate-forestry_bureau"]


SANMENXIA = make_context(region="三门峡", level="municipal", date=dt.date(2020, 12, 11))


def test_an_opening_stops_at_a_higher_separator_before_a_sub_list_standing_on_its_own():
    # 三门峡 2020 addressees: 各县(市、区)人民政府，城乡一体化示范区、开发区管理委员会 — the zones are the
    # city's; the last was read as each county's 开发区管理委员会
    assert _ids("各县(市、区)人民政府，城乡一体化示范区、开发区管理委员会", SANMENXIA) == [
        "411200-subordinate-people_government", "411200-zone_committee-城乡一体化示范区",
        "411271-development_zone_committee"]


def test_an_opening_runs_down_a_sub_list_its_first_item_took_it_into():
    assert _ids("县农业农村局，民政局、医保局", PINGDING) == [
        "140321-agriculture_rural_bureau", "140321-civil_affairs_bureau", "140321-healthcare_security_bureau"]


def test_an_item_standing_on_its_own_inside_a_sub_list_does_not_stop_the_opening():
    assert _ids("县农业农村局、南京大学、医保局", PINGDING) == [
        "140321-agriculture_rural_bureau", None, "140321-healthcare_security_bureau"]


SICHUAN = make_context(region="四川", level="provincial", date=dt.date(2022, 10, 18))


def test_a_level_marker_before_a_name_opening_with_a_level_word_is_no_phrase_of_places():
    # 四川省“十四五”现代流通体系建设实施方案 2022: 省发展改革委、省市场监管局、商务厅 — 省 + 市场监管局,
    # so 商务厅 is the province's, not the collective of its 省市 (the phrase of two level words)
    assert _ids("省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责", SICHUAN) == [
        "510000-development_reform_commission", "510000-market_regulation_bureau", "510000-commerce_bureau",
        "510000-big_data_center"]


GUANGDONG = make_context(region="广东", level="provincial", date=dt.date(2023, 3, 17))


def test_an_item_closed_by_deng_shares_the_opening_of_the_first_too():
    # 广东省进一步加大力度支持民间投资发展的实施方案 2023: …住房城乡建设厅、能源局等省有关部门 — the
    # province's energy bureau, not the national one
    mentions = parse_cell("省发展改革委、住房城乡建设厅、能源局等省有关部门按职责分工负责", "responsibility", prose=True)
    assert [(m.text, m.reads_as, m.etc_tail) for m in mentions] == [
        ("省发展改革委", None, None), ("住房城乡建设厅", "省住房城乡建设厅", None), ("能源局", "省能源局", "省有关部门")]
    assert [resolve_body(m.name, GUANGDONG).id for m in mentions] == [
        "440000-development_reform_commission", "440000-housing_construction_bureau", "440000-energy_bureau"]


def test_a_central_body_closed_by_deng_keeps_its_own_reading():
    assert _ids("海关总署、商务部等部门", NATIONAL_2020) == ["gacc", "mofcom"]


def test_the_prefecture_level_cities_and_above_are_places_under_a_province():
    # the same plan: 各地级以上市人民政府按职责分工负责
    found = resolve_body("各地级以上市人民政府", GUANGDONG)
    assert (found.id, found.collective) == ("440000-subordinate-people_government", True)


def test_places_under_the_region_before_a_name_opening_with_a_level_word_end_before_it():
    mentions = parse_cell("各区县市场监管局、商务局", "responsibility", prose=True, label="责任单位")
    assert [(m.text, m.reads_as) for m in mentions] == [("各区县市场监管局", None), ("商务局", "各区县商务局")]


def test_a_phrase_of_two_level_words_still_opens_the_later_items():
    mentions = parse_cell("省市县商务局、财政局", "responsibility", prose=True, label="责任单位")
    assert [(m.text, m.reads_as) for m in mentions] == [("省市县商务局", None), ("财政局", "省市县财政局")]


def test_the_written_name_is_kept_beside_its_reading():
    mentions = parse_cell("县农业农村局、医保局", "responsibility", prose=True, label="责任单位")
    assert [(m.text, m.reads_as) for m in mentions] == [("县农业农村局", None), ("医保局", "县医保局")]


def test_a_central_body_after_a_local_one_keeps_its_own_reading():
    # 长三角 2020-2021 autumn-winter air plan, signed by ministries and provincial governments
    assert _ids("市场监管总局、能源局、上海市人民政府、商务部", NATIONAL_2020) == [
        "samr", "nea", "310000-people_government", "mofcom"]


XIXIANG = make_context(region="西乡县", level="municipal", date=dt.date(2023, 4, 1))
XIONGAN = make_context(region="雄安新区", level="municipal", date=dt.date(2021, 3, 15))
XINING = make_context(region="西宁市", level="municipal", date=dt.date(2023, 4, 1))
WEIHAI = make_context(region="威海市", level="municipal", date=dt.date(2023, 8, 19))


def test_a_county_short_form_names_no_place_in_another_province():
    # 西乡县 2023: 各镇人民政府，城北、城南街道办事处 — not 西宁's 城北区
    assert resolve_body("城北", XIXIANG).id is None


def test_a_county_short_form_names_its_place_in_its_province():
    # 雄安新区 2021: 雄县、容城、安新县委和人民政府
    assert resolve_body("容城", XIONGAN).id == "130629"
    assert resolve_body("城北", XINING).id == "630105"


def test_a_rank_before_a_zone_word_tells_no_zone_apart():
    # 数字威海建设2023年工作要点: 国家级开发区管委 are the state-level zones' committees, not one named 国家级: a
    # collective of the city's zones' committees, no one zone
    found = resolve_body("国家级开发区管委", WEIHAI)
    assert (found.id, found.collective) == ("371000-subordinate-zone_committee", True)
    assert resolve_body("南海新区管委", WEIHAI).id == "371000-zone_committee-南海新区"


GUANGXI = make_context(region="广西壮族自治区", level="provincial", date=dt.date(2020, 12, 29))
BEIJING_2016 = make_context(region="北京市", level="municipal", date=dt.date(2016, 5, 28))
TIANJIN_2017 = make_context(region="天津市", level="municipal", date=dt.date(2017, 10, 9))


def test_the_government_s_own_units_as_other_plans_write_them():
    # 通州区 (南通) 2023, 屏边县 2023, 泰州 2014, 湖南 2019, 广西 2020, 六盘水 2020
    # each in a plan of a place its marker names (a marker of a tier below the plan's names another place's units)
    date = dt.date(2020, 12, 29)
    for written, region in (("区各委办局", "南通市通州区"), ("区各直属单位", "南通市通州区"), ("县属各部门", "屏边苗族自治县"),
                            ("市各有关部门", "泰州市"), ("省政府各厅委", "湖南省"), ("区各委办局", "广西壮族自治区"),
                            ("自治区人民政府各组成部门", "广西壮族自治区"), ("各直属机构", "六盘水市"), ("直属机构", "六盘水市")):
        context = make_context(region=region, level="municipal", date=date)
        assert resolve_body(written, context).id == "direct-units", written


def test_the_offices_listed_with_a_separator_stay_one_collective():
    # 北京 2016 政务公开工作要点: 各区人民政府，市政府各委、办、局，各市属机构
    assert _ids("各区人民政府，市政府各委、办、局，各市属机构", BEIJING_2016) == [
        "110000-subordinate-people_government", "direct-units", "direct-units"]
    # 天津 2017: 各区人民政府，各委、局，各直属单位
    assert _ids("各区人民政府，各委、局，各直属单位", TIANJIN_2017) == [
        "120000-subordinate-people_government", "direct-units", "direct-units"]


def test_a_named_office_is_no_collective_of_units():
    assert resolve_body("市政府办公厅", BEIJING_2016).id == "110000-government_general_office"
    assert resolve_body("市属国有企业", BEIJING_2016).id is None


HONGKOU = make_context(region="虹口区", level="municipal", date=dt.date(2022, 3, 2))
SHAANXI_2021 = make_context(region="陕西省", level="provincial", date=dt.date(2021, 9, 17))
BAIHE_2019 = make_context(region="白河县", level="municipal", date=dt.date(2019, 11, 5))
PINGDING_2025 = make_context(region="平定县", level="municipal", date=dt.date(2025, 1, 10))
CHENGDU_2024 = make_context(region="成都市", level="municipal", date=dt.date(2024, 8, 7))
CHENGDU_2021 = make_context(region="成都市", level="municipal", date=dt.date(2021, 8, 7))


def test_the_street_offices_of_a_district_are_one_collective():
    # 虹口区 2022: 区政府各部门、各街道办事处、有关单位
    found = resolve_body("各街道办事处", HONGKOU)
    assert (found.id, found.collective) == ("310109-subordinate-subdistrict_office", True)


def test_one_street_office_is_the_county_s_office_told_apart_by_its_subdistrict():
    # 西乡县 2023: 城北、城南街道办事处; no division list holds the subdistrict, its name tells the office apart
    found = resolve_body("城南街道办事处", XIXIANG)
    assert (found.id, found.name) == ("610724-subdistrict_office-城南", "西乡县城南街道办事处")


def test_national_bureaus_written_with_national_before_their_short_name():
    # 国卫办医政函〔2023〕199号: 国家卫生健康委、…国家中医药局和国家疾控局
    assert [resolve_body(t).id for t in ("国家中医药局", "国家疾控局")] == ["natcm", "ndcpa"]


def test_the_rural_revitalisation_bureau_of_its_years():
    # 陕西 2021 乡村振兴重点帮扶县: 省乡村振兴局
    found = resolve_body("省乡村振兴局", SHAANXI_2021)
    assert (found.id, found.counterparts) == ("610000-rural_revitalization_bureau_former", ("nrra",))


def test_the_poverty_alleviation_office_before_it():
    # 白河县 2019: 县教体局、县卫计局、县扶贫局
    assert resolve_body("县扶贫局", BAIHE_2019).id == "610929-poverty_alleviation_office_former"


def test_a_merged_bureau_read_after_the_merger_follows_every_step():
    found = resolve_body("县扶贫办", PINGDING_2025)
    assert (found.id, found.written_id, found.flags) == (
        "140321-agriculture_rural_bureau", "140321-poverty_alleviation_office_former", ("old_name",))


def test_the_party_social_work_department_set_up_in_2023():
    # 成都市 2024 城市社区嵌入式服务设施建设工程实施方案, issued with 中共成都市委社会工作部
    found = resolve_body("中共成都市委社会工作部", CHENGDU_2024)
    assert (found.id, found.counterparts) == ("510100-party_social_work_department", ("cswd",))
    assert resolve_body("中共成都市委社会工作部", CHENGDU_2021).counterparts == ()


INNER_MONGOLIA_2019 = make_context(region="内蒙古自治区", level="provincial", date=dt.date(2019, 1, 7))
INNER_MONGOLIA_2025 = make_context(region="内蒙古自治区", level="provincial", date=dt.date(2025, 7, 24))
XING_AN = make_context(region="兴安盟", level="municipal", date=dt.date(2019, 4, 10))
LIUPANSHUI = make_context(region="六盘水市", level="municipal", date=dt.date(2020, 9, 28))
GANSU_2016 = make_context(region="甘肃省", level="provincial", date=dt.date(2016, 7, 22))
BEIJING_2024 = make_context(region="北京市", level="municipal", date=dt.date(2024, 1, 18))
NATIONAL_2023 = make_context(level="central", date=dt.date(2023, 5, 26))


def test_a_league_s_government_is_its_administrative_office():
    # 内蒙古 2019: 各盟行政公署、市人民政府; 兴安盟 2019: 盟直有关部门, 行署办
    assert resolve_body("各盟行政公署", INNER_MONGOLIA_2019).id == "150000-subordinate-people_government"
    assert resolve_body("兴安盟行政公署", XING_AN).id == "152200-people_government"
    assert resolve_body("行署办", XING_AN).id == "152200-government_general_office"


def test_inner_mongolia_s_agriculture_department_is_its_herding_department():
    # 内蒙古自治区农牧厅 2025: 各盟市农牧局，相关单位
    found = resolve_body("自治区农牧厅", INNER_MONGOLIA_2025)
    assert (found.id, found.name) == ("150000-agriculture_rural_bureau", "内蒙古自治区农牧厅")
    assert resolve_body("各盟市农牧局", INNER_MONGOLIA_2025).id == "150000-subordinate-agriculture_rural_bureau"


def test_a_special_district_and_the_cities_with_districts_are_level_words():
    # 六盘水 2020: 各县、市、特区、区人民政府; 陕西 2021: 各设区市人民政府
    assert _ids("各县、市、特区、区人民政府", LIUPANSHUI) == ["520200-subordinate-people_government"]
    assert resolve_body("各设区市人民政府", SHAANXI_2021).id == "610000-subordinate-people_government"


def test_four_offices_listed_with_a_separator_stay_one_collective():
    # 内蒙古 2019: 自治区各委、办、厅、局
    assert _ids("自治区各委、办、厅、局，各盟市农牧局", INNER_MONGOLIA_2025) == [
        "direct-units", "150000-subordinate-agriculture_rural_bureau"]


def test_a_new_area_s_party_working_committee():
    # 雄安发〔2021〕5号, issued by 中共河北雄安新区工作委员会 and 河北雄安新区管理委员会
    found = resolve_body("中共河北雄安新区工作委员会", XIONGAN)
    assert (found.id, found.name) == ("133100-party_committee", "中共河北雄安新区工作委员会")


def test_a_former_name_that_is_an_area_word_names_no_place():
    # 新区 was 丰润区's name until 2002: 新区党工委 is no committee of 丰润区
    assert resolve_body("新区党工委", XIONGAN).id != "130208-party_committee"


def test_the_places_under_the_nation_stay_a_collective_without_a_region():
    # 国卫办医政函〔2023〕199号: the provinces' health commissions, development commissions … not the
    # national ones
    assert _ids("各省、自治区、直辖市及新疆生产建设兵团卫生健康委、发展改革委、中医药局", NATIONAL_2023) == [
        None, None, None]


def test_participating_bodies_assist():
    # 甘肃 2016 医改: 省卫生计生委、省财政厅负责，省编办…省中医药局参与
    mentions = parse_cell("省卫生计生委、省财政厅负责，省编办、省中医药局参与", "responsibility")
    assert [(m.text, m.role) for m in mentions] == [
        ("省卫生计生委", "carry_out"), ("省财政厅", "carry_out"), ("省编办", "assist"), ("省中医药局", "assist")]
    assert resolve_body("省中医药局", GANSU_2016).id == "620000-tcm_bureau"


def test_the_disease_control_centre_is_a_body_of_its_own():
    # 北京市卫生健康委 2024 绩效: 市疾控中心迁建项目
    found = resolve_body("市疾控中心", BEIJING_2024)
    assert (found.id, found.counterparts) == ("110000-disease_control_center", ("chinacdc",))
    assert resolve_body("市疾控局", BEIJING_2024).id == "110000-disease_control_bureau"


def test_a_province_s_forestry_department_before_2018():
    # 汕尾 2018: 省农业厅、林业厅、海洋与渔业厅
    assert _ids("省农业厅、林业厅", SHANWEI) == ["440000-agriculture_bureau_former", "440000-forestry_bureau"]


def test_each_quantifier_carries_over_to_a_zone_s_committee():
    # 数字威海 2023: 责任单位：…各区市政府、开发区管委 (each zone's committee, not one of them)
    assert _ids("各区市政府、开发区管委", WEIHAI) == [
        "371000-subordinate-people_government", "371000-subordinate-zone_committee"]


FUJIAN_2007 = make_context(region="福建省", level="provincial", date=dt.date(2007, 3, 1))
NGARI = make_context(region="阿里地区", level="municipal", date=dt.date(2021, 11, 9))
CHANGJI = make_context(region="昌吉回族自治州", level="municipal", date=dt.date(2021, 11, 1))
KIZILSU = make_context(region="克孜勒苏柯尔克孜自治州", level="municipal", date=dt.date(2021, 9, 1))
BEIJING_2023 = make_context(region="北京市", level="municipal", date=dt.date(2023, 6, 20))


def test_a_word_that_opens_like_a_place_is_no_opening():
    # 福建 治理餐桌污染 (c. 2007): 省农业厅、卫生厅、公安厅、环保局、质监局 — 公安 is 公安县's short
    # form, but 公安厅 is no body of 公安县: the later items are not 公安县's
    assert _ids("由省经贸委承办，省农业厅、公安厅、环保局协办", FUJIAN_2007)[1:] == [
        "350000-agriculture_bureau_former", "350000-public_security_bureau", "350000-environmental_protection_bureau_former"]


def test_undertaking_and_helping_bodies():
    mentions = parse_cell("由省经贸委承办，省农业厅、公安厅协办", "responsibility")
    assert [m.role for m in mentions] == ["carry_out", "assist", "assist"]


def test_a_prefecture_s_bodies_under_its_administrative_office():
    # 阿里地区行政公署工作规则 2021: 各县人民政府，行署各局、委、办、处
    assert _ids("各县人民政府，行署各局、委、办、处", NGARI) == ["542500-subordinate-people_government", "direct-units"]


def test_the_next_item_continues_the_places_with_their_level_word():
    # 北京 2023 数据要素: 各区委、区政府，市委各部委办
    assert _ids("各区委、区政府", BEIJING_2023) == [
        "110000-subordinate-party_committee", "110000-subordinate-people_government"]


def test_a_level_at_or_above_the_region_s_own_names_no_places_under_it():
    # 昌吉州 十四五: 区州党委 are the autonomous region's and the prefecture's committees
    assert resolve_body("区州党委", CHANGJI).id is None
    assert resolve_body("各县市人民政府", CHANGJI).id == "652300-subordinate-people_government"
    assert resolve_body("各县（市、区）林业局", PINGDING).id is None


def test_the_region_s_own_level_before_a_level_with_bodies_of_its_own_names_no_collective():
    # 州县党委 in a prefecture's plan is the prefecture's committee and its counties': the collective of
    # the counties' committees alone would drop one, so none is given (区街道办事处 below still reads)
    assert resolve_body("州县党委", CHANGJI).id is None
    assert resolve_body("县乡镇人民政府", PINGDING).id == "140321-subordinate-people_government"


def test_an_autonomous_prefecture_writes_its_own_level_in_full():
    # 克州 十四五: 自治州党委
    assert resolve_body("自治州党委", KIZILSU).id == "653000-party_committee"


JIAYU = make_context(region="嘉鱼县", level="municipal", date=dt.date(2021, 5, 12))
JINING = make_context(region="济宁市", level="municipal", date=dt.date(2021, 7, 19))
YUZHONG = make_context(region="渝中区", level="municipal", date=dt.date(2023, 2, 10))
FUJIAN_2020 = make_context(region="福建省", level="provincial", date=dt.date(2020, 3, 1))
TAIXIAN = make_context(region="宝鸡市", level="municipal", date=dt.date(2021, 7, 19))


def test_a_zone_named_where_a_body_is_stands_for_its_committee():
    # 嘉鱼县 2021: （牵头单位：县财政局；责任单位：县税务局，各镇人民政府，嘉鱼经济开发区）
    assert resolve_body("嘉鱼经济开发区", JIAYU).id == "421221-development_zone_committee"
    # 成都 2024: 四川天府新区、成都高新区…成都东部新区
    assert resolve_body("成都东部新区", CHENGDU_2024).id == "510100-zone_committee-东部新区"


def test_a_place_s_name_is_no_committee():
    assert resolve_body("锦江区", CHENGDU_2024).via == "region"


def test_a_county_s_short_form_opens_no_name_in_another_province():
    # 济宁 2021: 太白湖新区 is 济宁's, not an area of 陕西's 太白县
    assert resolve_body("太白湖新区管委会", JINING).id == "370800-zone_committee-太白湖新区"
    assert resolve_body("太白政府", TAIXIAN).id == "610331-people_government"


def test_the_inspection_offices_of_a_government_and_of_a_party_committee():
    # 嘉鱼县 2021: 县政府政务督查室; 西乡县 2023: 县委督查办
    assert resolve_body("县政府政务督查室", JIAYU).id == "421221-government_inspection_office"
    assert resolve_body("县委督查办", XIXIANG).id == "610724-party_inspection_office"


def test_the_offices_of_the_health_and_food_campaign_committees():
    # 连州 2018 创卫: 市爱卫办; 新乡县: 县食安办; 海盐县 2022
    assert resolve_body("县食安办", JIAYU).counterparts == ("samr",)
    assert resolve_body("海盐县食品药品安全委员会办公室", JIAYU).id == "330424-food_safety_office"
    assert resolve_body("市爱卫办", JIAYU).id == "421200-patriotic_health_office"


def test_the_inspection_and_quarantine_bureaus_before_they_joined_the_customs():
    # 福建 治理餐桌污染 (c. 2007): 福建出入境检验检疫局、厦门出入境检验检疫局协办
    assert resolve_body("厦门出入境检验检疫局", FUJIAN_2007).id == "350200-inspection_quarantine_bureau_former"
    found = resolve_body("厦门出入境检验检疫局", FUJIAN_2020)
    assert (found.id, found.flags) == ("350200-customs_district", ("old_name",))


def test_chongqing_s_short_form_of_planning_and_natural_resources():
    # 渝中区 2023: 区住建委、区财政局、区国资委、区规资局
    assert resolve_body("区规资局", YUZHONG).id == "500103-natural_resources_bureau"


def test_collectives_of_a_party_committee_s_departments_and_of_stationed_units():
    # 北京 2023: 市委各部委办; 甘肃 2016: 中央在甘有关单位; 渝中区 2023: 区级国家机关各部门
    assert resolve_body("市委各部委办", BEIJING_2023).id == "party-departments"
    assert resolve_body("中央在甘有关单位", GANSU_2016).id == "stationed-units"
    assert resolve_body("区级国家机关各部门", YUZHONG).id == "direct-units"


YUNCHENG_2024 = make_context(region="运城市", level="municipal", date=dt.date(2024, 6, 1))


def test_a_city_s_own_court_is_no_basic_court():
    # a prefecture-level city has no basic court of its own: its 法院 is its intermediate court
    # (basic_court's `above`), never a basic court of the city
    assert resolve_body("市法院", YUNCHENG_2024).id == "140800-intermediate_court"
    assert resolve_body("县法院", PINGDING).id == "140321-basic_court"


def test_the_party_committee_s_general_office_always_with_its_committee():
    assert resolve_body("市委办", YUNCHENG_2024).id == "140800-party_general_office"
    assert resolve_body("中共平定县委办公室", PINGDING).counterparts == ("gocpc",)
    assert resolve_body("市办", YUNCHENG_2024).id is None


def test_the_discipline_commission_and_the_political_consultative_committee():
    assert resolve_body("市纪委监委", YUNCHENG_2024).id == "140800-discipline_commission"
    assert resolve_body("县政协", PINGDING).id == "140321-cppcc_committee"


def test_a_county_s_merged_education_bureau_is_its_education_bureau():
    # 白河县 2019: 县教体局; 平定县 2023: 县教科局
    assert resolve_body("县教体局", BAIHE_2019).id == "610929-education_bureau"
    assert resolve_body("县教科局", PINGDING).id == "140321-education_bureau"


def test_public_institutions_and_bureaus_of_other_places():
    assert resolve_body("市住房公积金管理中心", YUNCHENG_2024).id == "140800-housing_provident_fund_center"
    assert resolve_body("市营商环境建设局", YUNCHENG_2024).id == "140800-business_environment_bureau"
    assert resolve_body("市城市管理综合行政执法局", YUNCHENG_2024).id == "140800-city_management_bureau"


def test_the_party_s_general_office_by_its_short_name():
    assert resolve_body("中办").id == "gocpc"


DAYE_2024 = make_context(region="大冶市", level="municipal", date=dt.date(2024, 8, 9))


def test_the_party_s_rural_work_office():
    # 大冶市 2024 衔接推进乡村振兴补助资金 公告, signed 市委农办
    found = resolve_body("市委农办", DAYE_2024)
    assert (found.id, found.counterparts) == ("420281-party_rural_work_office", ("crwo",))
    assert resolve_body("中央农办").id == "crwo"


YUZHONG_2021 = make_context(region="渝中区", level="municipal", date=dt.date(2021, 4, 16))


def test_each_carries_over_from_any_collective_before():
    # 渝中区 2021 十四五: 区级国家机关各部门，各管委会、街道办事处，各人民团体
    assert _ids("各管委会、街道办事处", YUZHONG_2021)[1] == "500103-subordinate-subdistrict_office"
    # and stays quiet where the next item opens on its own
    assert _ids("各有关部门、市商务局", CHENGDU_2024) == ["related-departments", "510100-commerce_bureau"]


def test_a_new_area_s_own_departments():
    # 雄安发〔2021〕5号: 雄县、容城、安新县委和人民政府，新区各部门
    assert resolve_body("新区各部门", XIONGAN).id == "direct-units"


YANBIAN = make_context(region="延边朝鲜族自治州", level="municipal", date=dt.date(2021, 1, 12))
ZHONGNING = make_context(region="中宁县", level="municipal", date=dt.date(2026, 2, 9))
HAINAN_2025 = make_context(region="海南省", level="provincial", date=dt.date(2025, 10, 16))


def test_names_leaving_their_place_out_are_cut_at_and():
    # 延边州 2021 政府工作报告: 在省委、省政府和州委的正确领导下
    assert _ids("省委、省政府和州委", YANBIAN) == [
        "220000-party_committee", "220000-people_government", "222400-party_committee"]
    # a name with 和 inside stays whole
    assert _ids("市住房和城乡建设局", JIAYU) == ["421200-housing_construction_bureau"]


def test_the_levels_above_a_county_in_its_plan_name_none_of_its_places():
    # 中宁县 2026: 在区市党委、政府和县委的坚强领导下
    assert _ids("区市党委、政府和县委", ZHONGNING) == [None, None, "640521-party_committee"]


def test_the_party_s_reform_office():
    # 海南 2025 发布会: 中共海南省委深改办（自贸港工委办）
    found = resolve_body("中共海南省委深改办", HAINAN_2025)
    assert (found.id, found.counterparts) == ("460000-party_reform_office", ("crdo",))
    assert resolve_body("中央改革办").id == "crdo"
    found = resolve_body("海南省营商环境建设厅", HAINAN_2025)
    assert (found.id, found.name) == ("460000-business_environment_bureau", "海南省营商环境建设厅")


XIAMEN = make_context(region="厦门", level="municipal", date=dt.date(2021, 1, 1))


def test_each_alone_is_no_opening_for_an_item_that_names_a_body():
    # 各相关单位、市场监管部门: the city's market regulation bureau, not each district's
    assert _ids("各相关单位、市场监管部门", XIAMEN) == ["related-departments", "350200-market_regulation_bureau"]


QINGHAI_2022 = make_context(region="青海省", level="provincial", date=dt.date(2022, 2, 7))


def test_short_forms_of_forestry_and_of_government_services_supervision():
    # 青海 甘肃 2022 兰州—西宁城市群 实施方案: 省林草局, 省政务服务监管局
    assert resolve_body("省林草局", QINGHAI_2022).id == "630000-forestry_bureau"
    assert resolve_body("省政务服务监管局", QINGHAI_2022).id == "630000-government_services_office"


NINGXIA_2019 = make_context(region="宁夏回族自治区", level="provincial", date=dt.date(2019, 4, 8))
HAIDONG = make_context(region="海东市", level="municipal", date=dt.date(2020, 10, 9))
NATIONAL_2020_ROUND = make_context(level="central", programme="service-trade", round=2020)


def test_places_before_a_place_s_body_share_its_ending():
    # 宁夏 2019 银川都市圈: 自治区发展改革委、自然资源厅、银川市、石嘴山市、吴忠市人民政府、宁东管委会配合
    assert _ids("银川市、石嘴山市、吴忠市人民政府", NINGXIA_2019) == [
        "640100-people_government", "640200-people_government", "640300-people_government"]
    # 海东市 2020: 责任单位：海东市、兰州市、临夏州发展改革部门
    assert _ids("海东市、兰州市、临夏州发展改革部门", HAIDONG) == [
        "630200-development_reform_commission", "620100-development_reform_commission",
        "622900-development_reform_commission"]


def test_places_before_a_scope_stay_places():
    mentions = parse_cell("北京、深圳、武汉、广州等试点地区负责推进", "responsibility")
    assert [(m.text, m.side, m.reads_as) for m in mentions] == [
        ("北京", "region", None), ("深圳", "region", None), ("武汉", "region", None), ("广州", "region", None)]


KASHGAR = make_context(region="喀什地区", level="municipal", date=dt.date(2010, 8, 3))


def test_the_places_under_the_region_are_no_zone():
    # 各县市区 ends with 区 but is the counties, cities and districts, not a zone's committee
    assert resolve_body("各县市区", KASHGAR).id == "subordinate-localities"


JIADING = make_context(region="嘉定区", level="municipal", date=dt.date(2021, 12, 9))


def test_the_region_s_own_level_before_the_levels_under_it():
    # 嘉定区 2021: 区政府各委、办、局、街道办事处 — the district's street offices
    assert resolve_body("区街道办事处", JIADING).id == "310114-subordinate-subdistrict_office"


def test_places_under_the_region_alone_are_the_scope_of_those_places():
    # 喀什地区 2010: 各县（市）、各有关部门; 馆陶县 2021: 各乡镇、县直各单位
    found = resolve_body("各县（市）", KASHGAR)
    assert (found.id, found.via) == ("subordinate-localities", "scope")
    assert resolve_body("各乡镇", KASHGAR).id == resolve_body("各市县", KASHGAR).id
    assert resolve_body("各界人士", KASHGAR).id is None


HEILONGJIANG_2015 = make_context(region="黑龙江省", level="provincial", date=dt.date(2015, 12, 3))
HEILONGJIANG_2011 = make_context(region="黑龙江省", level="provincial", date=dt.date(2011, 6, 1))
YUNNAN_2017 = make_context(region="云南省", level="provincial", date=dt.date(2017, 8, 11))


def test_each_with_related_before_the_places():
    # 黑龙江省林业厅 2015: 各有关市、县（市、区）林业局
    assert _ids("各有关市、县（市、区）林业局", HEILONGJIANG_2015) == ["230000-subordinate-forestry_bureau"]


def test_a_bracket_after_a_collective_s_ending_stays_on_it():
    # 黑政发〔2011〕11号: 各市（地）、县（市）人民政府（行署）
    assert _ids("各市（地）、县（市）人民政府（行署）", HEILONGJIANG_2011) == ["230000-subordinate-people_government"]


def test_the_national_forestry_bureau_before_2018():
    assert resolve_body("国家林业局", HEILONGJIANG_2015).id == "sfa"
    found = resolve_body("国家林业局", YUNCHENG_2024)
    assert (found.id, found.flags) == ("nfga", ("old_name",))


def test_the_party_committee_and_state_organs_of_a_province():
    # 健康云南2030 (2017): 各州、市党委和人民政府，省委和省级国家机关各部委办厅局，各人民团体
    assert _ids("各州、市党委和人民政府，省委和省级国家机关各部委办厅局", YUNNAN_2017) == [
        "530000-subordinate-party_committee", "530000-subordinate-people_government", "direct-units"]


def test_the_people_s_organisations_together():
    # 北京 2023 数据要素: …市各国家机关，各国有企业，各人民团体，各高等院校; the universities are a collective of their own
    # (as 潍坊 2024 and 福建 2021 address them), no people's organisation
    assert _ids("各人民团体，各高等院校", BEIJING_2023) == ["people-organisations", "universities"]


CHAOYANG_BJ = make_context(region="110105", level="municipal", date=dt.date(2024, 3, 1))
BINHAI = make_context(region="120116", level="municipal", date=dt.date(2024, 3, 1))
PUDONG = make_context(region="310115", level="municipal", date=dt.date(2024, 3, 1))


def test_the_bodies_of_a_municipality_s_districts_as_they_write_them():
    assert resolve_body("区公安分局", CHAOYANG_BJ).id == "110105-public_security_bureau"
    assert resolve_body("区科信局", CHAOYANG_BJ).id == "110105-science_technology_bureau"
    assert resolve_body("区住房建设委", BINHAI).id == "120116-housing_construction_bureau"
    assert resolve_body("区民防办", PUDONG).id == "310115-civil_air_defense_office"
    assert resolve_body("区府办", PUDONG).id == "310115-government_general_office"
    assert resolve_body("各街镇", BINHAI).id == "subordinate-localities"


def test_a_branch_is_an_office_of_the_police_only():
    assert resolve_body("市财政分局", YUNCHENG_2024).id is None


def test_a_stem_that_opens_like_a_level_marker_opens_no_list():
    # 市场监管局 opens with 市 but leaves no place out: the county's bureaus that follow stay the county's
    assert _ids("市场监管局、财政局、商务局", PINGDING) == [
        "140321-market_regulation_bureau", "140321-finance_bureau", "140321-commerce_bureau"]
    # a real level marker still opens it
    assert _ids("市发改委、财政局", PINGDING) == ["140300-development_reform_commission", "140300-finance_bureau"]


SHENNONGJIA = make_context(region="神农架林区", level="municipal", date=dt.date(2017, 9, 12))


def test_a_level_marker_opens_a_list_whatever_follows_it():
    # 神农架林区 2017: 省第六环保督察组…环保厅 — the province's 环保厅, not the district's
    assert _ids("省第六环保督察组、环保厅", SHENNONGJIA) == [None, "420000-environmental_protection_bureau_former"]


def test_a_place_phrase_opens_no_list():
    # 海南: 各有关部门及市县、园区配合落实 — 园区 stays the parks, not 市园区
    mentions = parse_cell("各有关部门及市县、园区配合落实", "responsibility")
    assert [(m.text, m.reads_as) for m in mentions][-1] == ("园区", None)


def test_a_phrase_of_places_under_the_region_is_a_scope_of_a_measure():
    from pilotplans.normalizers.resolve import resolve_regions

    found = resolve_regions("各区县负责")
    assert (found.kind, found.phrases, found.unresolved) == ("subordinate", ("各区县",), ())


QIAOCHENG_2025 = make_context(region="谯城区", level="municipal", date=dt.date(2025, 3, 28))


def test_a_district_plan_s_cooperating_units_as_printed():
    # 谯城区 (亳州) 2025 政府工作报告重点工作任务分解表, 协同配合单位 of task 3: a place no other test
    # reads; its state company is no body of the registry and stays unresolved
    assert _ids("区工信局、区住建局、区交通局、区水利局、区农业农村局、区教育局、区卫健委，各乡镇人民政府、"
                "街道办事处，谯城经开区管委会，魏武国控集团。", QIAOCHENG_2025) == [
        "341602-industry_information_bureau", "341602-housing_construction_bureau", "341602-transport_bureau",
        "341602-water_resources_bureau", "341602-agriculture_rural_bureau", "341602-education_bureau",
        "341602-health_commission", "341602-subordinate-people_government", "341602-subordinate-subdistrict_office",
        "341602-development_zone_committee", None]
    # task 1: the district government's own departments, a collective
    assert _ids("区政府各部门，各乡镇人民政府", QIAOCHENG_2025) == [
        "direct-units", "341602-subordinate-people_government"]


LISHAN = make_context(region="立山区", level="municipal", date=dt.date(2023, 3, 28))


def test_the_market_regulation_bureau_written_shortest():
    # 鞍山市立山区 2023 (鞍立政发〔2023〕2号): 责任单位:各街道,区市场局
    assert resolve_body("区市场局", LISHAN).id == resolve_body("立山区市场监督管理局", LISHAN).id \
        == "210304-market_regulation_bureau"


CAIDIAN = make_context(region="蔡甸区", level="municipal", date=dt.date(2021, 6, 1))


def _shared_ids(cell: str, context) -> list[str | None]:
    from pilotplans.normalizers.responsibility import leading_bodies_shared

    mentions = leading_bodies_shared(parse_cell(cell, "responsibility", prose=True, label="责任单位"), context)
    return [resolve_body(m.name, context).id for m in mentions]


def test_a_bare_body_opening_a_local_plans_list_takes_the_marker_of_the_next():
    # 发改委 alone is the national commission's short form; before 区财政局 in a district's plan it is the district's
    assert _shared_ids("发改委、区财政局", CAIDIAN) == ["420114-development_reform_commission", "420114-finance_bureau"]


def test_a_list_naming_a_central_only_body_keeps_its_bare_bodies_central():
    # a national task copied into a local plan: 发展改革委 beside 商务部 is the national commission
    assert _shared_ids("发展改革委、商务部、区商务局", CAIDIAN) == ["ndrc", "mofcom", "420114-commerce_bureau"]


def test_a_bare_body_before_the_places_under_the_region_keeps_its_reading():
    # 各街道办事处 names the district's subdistricts, no marker 发改委 could take
    assert _shared_ids("发改委、各街道办事处", CAIDIAN) == ["ndrc", "420114-subordinate-subdistrict_office"]


def test_a_bare_body_takes_no_marker_from_another_clause():
    assert _shared_ids("发展改革委；区财政局", CAIDIAN) == ["ndrc", "420114-finance_bureau"]


def test_a_national_plans_bare_body_keeps_its_reading():
    assert _shared_ids("发展改革委、省商务厅", NATIONAL_2020) == ["ndrc", None]

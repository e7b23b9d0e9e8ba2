"""Bodies of development zones other than their committees, the Party committee's and the
government's offices the 2018 and 2023 reforms left in provinces, and the 2023 financial
regulator's county offices: kinds and naming rules, each with a near name that must stay quiet."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

CHENGDU_2024 = make_context(region="成都市", level="municipal", date=dt.date(2024, 3, 1))
LANGFANG_2010 = make_context(region="廊坊市", level="municipal", date=dt.date(2010, 6, 1))
HUNAN_2024 = make_context(region="湖南省", level="provincial", date=dt.date(2024, 3, 1))
CHANGSHA_2024 = make_context(region="长沙市", level="municipal", date=dt.date(2024, 3, 1))
YUZHONG_2023 = make_context(region="渝中区", level="municipal", date=dt.date(2023, 5, 1))


def _read(name: str, context) -> tuple[str | None, str | None, tuple[str, ...]]:
    found = resolve_body(name, context)
    return found.id, found.name, found.counterparts


# Zones' own bodies --------------------------------------------------------------------------


def test_a_department_of_an_unlisted_zone_is_told_apart_by_its_name():
    # 成都高新区 is in no national code table: the department is its host's, named with the zone's type
    assert _read("成都高新区财政金融局", CHENGDU_2024) == (
        "510100-zone_department-高新技术产业开发区财政金融局", "成都高新技术产业开发区财政金融局", ())
    assert _read("高新区经济运行局", CHENGDU_2024)[0] == "510100-zone_department-高新技术产业开发区经济运行局"


def test_a_zone_s_department_a_kind_names_is_that_kind_s_body_of_the_zone():
    assert _read("高新区财政局", CHENGDU_2024) == (
        "510100-finance_bureau-高新技术产业开发区", "成都高新技术产业开发区财政局", ("mof",))


def test_a_listed_zone_s_department_is_one_body_however_written():
    # 廊坊经济技术开发区 is 131071 in the code table
    assert resolve_body("开发区财政局", LANGFANG_2010).id == resolve_body("廊坊经济技术开发区财政局", LANGFANG_2010).id \
        == "131071-finance_bureau"
    assert resolve_body("开发区财政金融局", LANGFANG_2010).id == "131071-zone_department-财政金融局"


def test_a_zone_s_party_working_committee():
    # 廊坊市 2010: …各县（市、区）委、政府，廊坊开发区工委、管委
    assert _read("廊坊开发区工委", LANGFANG_2010) == (
        "131071-party_committee", "中共廊坊经济技术开发区工作委员会", ("cpc-central",))
    assert _read("廊坊经济技术开发区工作委员会", LANGFANG_2010)[1] == "中共廊坊经济技术开发区工作委员会"
    assert _read("高新区党工委", CHENGDU_2024) == (
        "510100-party_committee-高新技术产业开发区", "中共成都高新技术产业开发区工作委员会", ("cpc-central",))


def test_a_zone_word_alone_or_a_zone_s_unit_that_is_no_department_stays_quiet():
    assert resolve_body("高新区", CHENGDU_2024).id is None
    assert resolve_body("高新区人民医院", CHENGDU_2024).id is None
    assert resolve_body("高新区委", CHENGDU_2024).id is None  # no working committee word, no department


def test_two_zones_joined_before_one_department_name_no_department_of_either():
    # 湘潭高新区和经开区管委会 (湘潭 2022) names two zones' committees; the same list before a
    # department is no zone department called 和经开区招商局
    assert resolve_body("高新区和经开区招商局", CHENGDU_2024).id is None
    assert resolve_body("高新区与经开区经济运行局", CHENGDU_2024).id is None


def test_a_zone_s_department_whose_name_holds_a_conjunction_is_read():
    # 新区科技和人才局 (温州湾新区 2025): the conjunction inside the department's own name
    assert _read("高新区科技和人才局", CHENGDU_2024)[:2] == (
        "510100-zone_department-高新技术产业开发区科技和人才局", "成都高新技术产业开发区科技和人才局")


def test_a_zone_s_administration_bureau_is_no_department_of_the_zone():
    # [zone]管理局 is the body that runs a zone in place of a committee (洋浦经济开发区管理局, 儋州's
    # zone; 前海管理局), not one of its departments: 开发区管理局 in 儋州's plan is no department of an
    # invented 儋州经济技术开发区
    danzhou = make_context(region="儋州市", level="municipal", date=dt.date(2021, 6, 1))
    assert resolve_body("开发区管理局", danzhou).id is None
    assert resolve_body("高新区管理局", CHENGDU_2024).id is None
    # a department whose own name ends with the word is one
    assert resolve_body("高新区规划建设管理局", CHENGDU_2024).id == "510100-zone_department-高新技术产业开发区规划建设管理局"


def test_every_zone_committee_named_together_is_a_collective():
    # 渝中区 2023: 各管委会、街道办事处
    for phrase in ("各管委会", "各管理委员会"):
        found = resolve_body(phrase, YUZHONG_2023)
        assert (found.id, found.collective) == ("zone-committees", True)
    assert resolve_body("管委会", YUZHONG_2023).id is None


# Party and government offices ---------------------------------------------------------------


def test_the_party_committee_s_policy_research_office():
    assert _read("省委政研室", HUNAN_2024) == ("430000-party_policy_research_office", "中共湖南省委政策研究室", ("crdo",))
    assert resolve_body("省委政策研究室", HUNAN_2024).id == "430000-party_policy_research_office"


def test_the_party_committee_s_science_and_technology_office_beside_the_department():
    assert _read("省委科技办", HUNAN_2024) == (
        "430000-party_science_technology_office", "中共湖南省委科技委员会办公室", ("most",))
    assert resolve_body("省科技厅", HUNAN_2024).id == "430000-science_technology_bureau"


def test_the_social_work_department_by_its_short_form():
    assert resolve_body("省委社工部", HUNAN_2024).id == resolve_body("省委社会工作部", HUNAN_2024).id \
        == "430000-party_social_work_department"


def test_the_government_s_offices_of_overseas_chinese_and_of_hong_kong_and_macao_affairs():
    assert _read("省侨办", HUNAN_2024) == ("430000-overseas_chinese_office", "湖南省人民政府侨务办公室", ("ufwd",))
    # 国务院港澳办 became 中央港澳办 on 2023-03-16, before the plan
    assert _read("省港澳办", HUNAN_2024) == ("430000-hongkong_macao_office", "湖南省人民政府港澳事务办公室", ("hkmwo",))
    # the joint office stays its own kind, answering to both
    assert resolve_body("省台港澳办", HUNAN_2024).id == "430000-taiwan_hongkong_macao_office"
    # the returned overseas Chinese federation is a people's organisation, not the office
    assert resolve_body("省侨联", HUNAN_2024).kind != "overseas_chinese_office"


def test_the_bureaus_of_cultural_heritage_and_of_copyright():
    assert _read("省文物局", HUNAN_2024) == ("430000-cultural_heritage_bureau", "湖南省文物局", ("ncha",))
    assert _read("市版权局", CHANGSHA_2024) == ("430100-copyright_bureau", "长沙市版权局", ("ncac",))
    assert resolve_body("省文化和旅游厅", HUNAN_2024).id == "430000-culture_tourism_bureau"


# The 2023 financial regulator's county offices ---------------------------------------------


def test_the_financial_regulator_s_county_office():
    assert _read("国家金融监督管理总局望城监管支局", CHANGSHA_2024) == (
        "430112-nfra_bureau", "国家金融监督管理总局望城监管支局", ("nfra",))
    assert resolve_body("金融监管总局望城区监管支局", CHANGSHA_2024).id == "430112-nfra_bureau"
    # 长沙 before 监管支局 is 长沙县, a county; before 监管局 the city
    assert resolve_body("国家金融监督管理总局长沙监管支局", CHANGSHA_2024).id == "430121-nfra_bureau"
    assert resolve_body("国家金融监督管理总局长沙监管局", CHANGSHA_2024).id == "430100-nfra_bureau"


def test_a_province_or_a_city_has_no_regulator_s_county_office():
    assert resolve_body("国家金融监督管理总局湖南监管支局", CHANGSHA_2024).id is None


# Titles -----------------------------------------------------------------------------------

DAXING_2023 = make_context(region="大兴区", level="municipal", date=dt.date(2023, 6, 1))
CHENGKOU_2023 = make_context(region="城口县", level="municipal", date=dt.date(2023, 6, 1))
YUELU_2023 = make_context(region="岳麓区", level="municipal", date=dt.date(2023, 6, 1))


def test_a_municipality_s_district_or_county_keeps_the_development_and_reform_commission():
    # 北京市大兴区发展和改革委员会, 重庆市城口县发展和改革委员会
    assert _read("区发改委", DAXING_2023)[:2] == ("110115-development_reform_commission", "大兴区发展和改革委员会")
    assert _read("县发改委", CHENGKOU_2023)[1] == "城口县发展和改革委员会"


def test_another_city_s_district_has_a_development_and_reform_bureau():
    assert _read("区发改委", YUELU_2023)[:2] == ("430104-development_reform_commission", "岳麓区发展和改革局")
    # other kinds keep their county title in a municipality's district
    assert _read("区商务局", DAXING_2023)[1] == "大兴区商务局"


ZHUZHOU_2022 = make_context(region="株洲市", level="municipal", date=dt.date(2022, 6, 1))
ZHUZHOU_2024 = make_context(region="株洲市", level="municipal", date=dt.date(2024, 3, 1))
XIAMEN_2024 = make_context(region="厦门市", level="municipal", date=dt.date(2024, 3, 1))


def test_a_city_s_regulator_office_keeps_its_grade_when_read_as_the_2023_regulator_s():
    # 中国银保监会株洲监管分局 became 国家金融监督管理总局株洲监管分局
    assert _read("株洲银保监分局", ZHUZHOU_2022)[1] == "中国银行保险监督管理委员会株洲监管分局"
    found = resolve_body("株洲银保监分局", ZHUZHOU_2024)
    assert (found.id, found.name, found.flags) == ("430200-nfra_bureau", "国家金融监督管理总局株洲监管分局", ("old_name",))


def test_a_regulator_office_written_as_a_bureau_stays_a_bureau_after_2023():
    assert _read("厦门银保监局", XIAMEN_2024)[1] == "国家金融监督管理总局厦门监管局"
    assert _read("湖南银保监局", ZHUZHOU_2024)[1] == "国家金融监督管理总局湖南监管局"


ZHUHAI_2024 = make_context(region="珠海市", level="municipal", date=dt.date(2024, 3, 1))


def test_the_customs_district_named_after_a_port_is_directly_under_the_general_administration():
    # 拱北海关 is one of the 42 customs directly under 海关总署, serving 珠海
    for written in ("拱北海关", "中华人民共和国拱北海关"):
        assert _read(written, ZHUHAI_2024) == ("440400-customs_district", "拱北海关", ("gacc",))


def test_a_subordinate_customs_named_after_a_port_stays_one_of_several():
    assert resolve_body("九洲港海关", ZHUHAI_2024).id == "440400-subordinate_customs-九洲港"


def test_a_data_bureau_written_in_full_is_titled_as_written():
    # the 2023 reform's bureaus are 数据局 (长沙市数据局, 2024)
    assert _read("市数据局", CHANGSHA_2024) == ("430100-big_data_bureau", "长沙市数据局", ("nda",))


def test_a_data_bureau_written_short_keeps_the_kind_s_title():
    assert _read("市大数据局", CHANGSHA_2024)[:2] == ("430100-big_data_bureau", "长沙市大数据管理局")


def test_a_county_s_short_form_opening_a_mountain_s_name_stays_part_of_the_area_s_name():
    # 岳麓区 is named after 岳麓山: 岳麓山大学科技城 is no area 山大学科技城 of 岳麓区
    assert _read("岳麓山大学科技城管委会", CHANGSHA_2024)[:2] == (
        "430100-zone_committee-岳麓山大学科技城", "长沙市岳麓山大学科技城管理委员会")


def test_a_county_s_short_form_before_another_area_s_name_is_still_split_off():
    JINXIANG = make_context(region="济宁市", level="municipal", date=dt.date(2021, 1, 1))
    assert resolve_body("金乡县新材料产业园管委会", JINXIANG).id == "370828-zone_committee-新材料产业园"
    assert resolve_body("岳麓区商务局", CHANGSHA_2024).id == "430104-commerce_bureau"


# Counterparts and kinds as they were at the document's date -------------------------------

PUTIAN_2014 = make_context(region="莆田市", level="municipal", date=dt.date(2014, 8, 1))
CHENGDU_2019 = make_context(region="成都市", level="municipal", date=dt.date(2019, 5, 1))


def test_an_overseas_chinese_office_before_2018_answers_to_the_state_council_s_office():
    # 莆政综〔2014〕76号 addresses the county governments; its city's 侨办 answered to 国务院侨办
    found = resolve_body("市侨办", PUTIAN_2014)
    assert (found.id, found.counterparts) == ("350300-overseas_chinese_office", ("ocao",))
    assert resolve_body("国务院侨办", PUTIAN_2014).id == "ocao"


def test_an_overseas_chinese_office_after_2018_answers_to_the_united_front_department():
    assert _read("省侨办", HUNAN_2024)[2] == ("ufwd",)
    found = resolve_body("国务院侨办", HUNAN_2024)
    assert (found.id, found.is_old_name) == ("ufwd", True)


def test_no_party_science_and_technology_office_before_the_2023_reform():
    # the office the 2023 reform set up: a 2019 plan's 市科技办 is no such office, a 2024 plan's is
    assert resolve_body("市科技办", CHENGDU_2019).id is None
    assert resolve_body("市科技办", CHENGDU_2024).id == "510100-party_science_technology_office"


def test_a_kind_with_no_start_date_is_read_at_any_date():
    # the Party committee's policy research office is older than any plan read
    assert resolve_body("市委政策研究室", CHENGDU_2019).id == "510100-party_policy_research_office"
    assert resolve_body("市科技局", CHENGDU_2019).id == "510100-science_technology_bureau"


def test_an_undated_plan_reads_a_living_office_s_counterpart_of_today_and_a_former_bureau_s_of_its_time():
    undated = make_context(region="莆田市", level="municipal")
    assert resolve_body("市侨办", undated).counterparts == ("ufwd",)
    assert resolve_body("市卫生局", undated).counterparts == ("moh",)


SUICHANG_2013 = make_context(region="遂昌县", level="municipal", date=dt.date(2013, 7, 1))


def test_nongban_after_a_level_marker_is_the_party_committee_s_rural_work_office():
    # 遂昌县山区经济发展项目规划表 2013: 县农办、相关乡镇(街道)村, written without 委 as 县委农办 is
    assert resolve_body("县农办", SUICHANG_2013).id == "331123-party_rural_work_office"
    assert resolve_body("县委农办", SUICHANG_2013).id == "331123-party_rural_work_office"


def test_nongban_without_a_place_or_marker_stays_unread():
    assert resolve_body("农办", SUICHANG_2013).id is None

"""Bodies as county, district and provincial plans of 2021–2024 write them: bureaus that join two
fields under one name, abbreviations, names changed by the reforms, and lists whose names a wrong
reading would fuse into one body. Each name is quoted from a published page (named beside it);
each reading has a near name beside it that must not take it."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.links import parse_cell
from pilotplans.normalizers.resolve import make_context, resolve_body

# 定安县 2021 (a meeting on the county's special plans): 县发改委…县财政局、农业农村局、科工信局、住建局、
# 旅文局、资规局、生态环境局、交通局、教育局、人社局、卫健委、市监局、塔管会等单位
DINGAN = make_context(region="定安县", level="municipal", date=dt.date(2021, 11, 1))
HAIKOU = make_context(region="海口市", level="municipal", date=dt.date(2021, 11, 1))
JIANGHAI = make_context(region="江海区", level="municipal", date=dt.date(2023, 3, 21))
JIANGMEN = make_context(region="江门市", level="municipal", date=dt.date(2023, 3, 21))
GUANGDONG_2024 = make_context(region="广东", level="provincial", date=dt.date(2024, 5, 10))
XIANGTAN = make_context(region="湘潭市", level="municipal", date=dt.date(2022, 7, 27))
CHANGSHA = make_context(region="长沙市", level="municipal", date=dt.date(2022, 6, 1))
XIAN = make_context(region="西安市", level="municipal", date=dt.date(2022, 6, 1))


def _read(cell: str, context) -> list[tuple[str, str | None]]:
    return [(m.reads_as or m.text, resolve_body(m.name, context).id)
            for m in parse_cell(cell, "responsibility", prose=True, label="责任单位")]


def test_a_county_list_reads_the_merged_and_abbreviated_bureaus_of_the_county():
    assert _read("县财政局、农业农村局、科工信局、旅文局、卫健委、市监局、塔管会等单位", DINGAN) == [
        ("县财政局", "469021-finance_bureau"),
        ("县农业农村局", "469021-agriculture_rural_bureau"),
        ("县科工信局", "469021-science_industry_information_bureau"),
        ("县旅文局", "469021-culture_tourism_bureau"),
        ("县卫健委", "469021-health_commission"),
        ("县市监局", "469021-market_regulation_bureau"),
        ("塔管会", None),  # an area's committee the gazetteer does not know: reported, not guessed
    ]


def test_the_science_industry_and_informatisation_bureau_answers_to_both_ministries():
    found = resolve_body("县科工信局", DINGAN)
    assert (found.name, found.level, found.counterparts) == ("定安县科学技术工业信息化局", "county", ("most", "miit"))


def test_science_with_informatisation_alone_stays_the_science_bureau():
    # 区科信局 (Beijing's districts): science and informatisation, not industry
    assert resolve_body("县科信局", DINGAN).id == "469021-science_technology_bureau"
    assert resolve_body("县工信局", DINGAN).id == "469021-industry_information_bureau"


def test_hainan_s_tourism_first_bureau_is_the_culture_and_tourism_bureau_at_every_tier():
    assert resolve_body("定安县旅游和文化广电体育局", DINGAN).id == "469021-culture_tourism_bureau"
    assert resolve_body("市旅文局", HAIKOU).id == "460100-culture_tourism_bureau"


def test_the_market_regulation_abbreviation_needs_a_level_marker():
    assert resolve_body("市市监局", HAIKOU).name == "海口市市场监督管理局"
    assert resolve_body("区市监局", JIANGHAI).id == "440704-market_regulation_bureau"
    # bare, its 市 may be the city's in a district's plan: no reading rather than a guess
    assert resolve_body("市监局", JIANGHAI).id is None


def test_a_city_s_supervisory_commission_is_not_the_market_regulation_bureau():
    # 市监委: 市 + 监委, the city's supervisory commission (sitting with its discipline commission)
    assert resolve_body("市监委", JIANGHAI).id == "440700-discipline_commission"
    assert resolve_body("市监委", DINGAN).id is None  # a county under its province has no city


def test_guangdong_s_renamed_government_services_and_data_bureau_is_the_data_bureau():
    # 数字广东建设2024年工作要点: 省政务服务和数据管理局牵头
    found = resolve_body("省政务服务和数据管理局", GUANGDONG_2024)
    assert (found.id, found.counterparts) == ("440000-big_data_bureau", ("nda",))
    # the government services office that manages no data stays its own kind
    assert resolve_body("省政务服务局", GUANGDONG_2024).id == "440000-government_services_office"


def test_the_units_of_the_city_s_organs_are_the_city_s_own_units():
    # 湘潭市“十四五”数字政府建设实施方案 2022: …湘潭高新区和经开区管委会，市直机关各单位，…
    assert resolve_body("市直机关各单位", XIANGTAN).id == "direct-units"
    # the Party's working committee of those organs is one body, not the set of units
    assert resolve_body("市直机关工委", XIANGTAN).id == "430300-party_organs_work_committee"


def test_two_zones_sharing_one_committee_word_are_two_committees():
    assert _read("湘潭高新区和经开区管委会", XIANGTAN) == [
        ("湘潭高新区管委会", "430371-hightech_zone_committee"),
        ("湘潭经开区管委会", "430300-development_zone_committee"),
    ]


def test_a_zone_is_never_named_after_the_conjunction_joining_two():
    assert resolve_body("湘潭高新区和经开区管委会", XIANGTAN).id is None
    # nor after a conjunction inside the name: 望城 + 经开区和宁乡 + 经开区 is two counties' zones
    assert resolve_body("望城经开区和宁乡经开区管委会", CHANGSHA).id is None
    assert _read("望城经开区和宁乡经开区管委会", CHANGSHA) == [
        ("望城经开区管委会", "430112-development_zone_committee"),
        ("宁乡经开区管委会", "430182-development_zone_committee"),
    ]
    # and an area nobody lists joined to another (西安's 曲江新区, 浐灞生态区) is no third area
    assert resolve_body("曲江新区和浐灞生态区管委会", XIAN).id is None
    assert resolve_body("浐灞生态区管委会", XIAN).id == "610100-zone_committee-浐灞生态区"
    # a zone named after something that is no division keeps its name
    assert resolve_body("西永综保区管委会", XIANGTAN).id == "430300-bonded_zone_committee-西永"


def test_an_area_whose_own_name_holds_a_conjunction_keeps_its_name():
    # 和平县's 福和产业集聚区 (河源 2021): 和 inside a name (福和, as in 永和, 平和, 呼和浩特) joins no
    # two areas; only one after an area's word does (高新区和…, 经开区和…, 曲江新区和…)
    HEPING = make_context(region="和平县", level="municipal", date=dt.date(2021, 6, 1))
    found = resolve_body("福和产业集聚区管委会", HEPING)
    assert (found.id, found.name) == ("441624-zone_committee-福和产业集聚区", "和平县福和产业集聚区管理委员会")


def test_a_district_party_committee_s_group_in_a_city_s_plan_is_not_the_city_s():
    # 江门市江海区 2023: 区委实施乡村振兴战略领导小组成员单位 — the district's group; a page placed at
    # the city cannot say which district
    assert resolve_body("区委实施乡村振兴战略领导小组", JIANGMEN).id is None
    assert resolve_body("区委实施乡村振兴战略领导小组", JIANGHAI).id == "440704-task_group-实施乡村振兴战略领导小组"
    assert resolve_body("市委实施乡村振兴战略领导小组", JIANGMEN).id == "440700-task_group-实施乡村振兴战略领导小组"


def test_a_government_bureau_after_a_party_department_takes_the_marker_not_the_party_word():
    # 市委宣传部、商务局: the city's commerce bureau (there is no 市委商务局)
    assert _read("市委宣传部、商务局、统战部", HAIKOU) == [
        ("市委宣传部", "460100-party_publicity_department"),
        ("市商务局", "460100-commerce_bureau"),
        ("市委统战部", "460100-party_united_front_department"),
    ]


QINGHAI_2019 = make_context(region="青海", level="provincial", date=dt.date(2019, 6, 1))


def test_a_party_committee_and_its_government_written_as_one_are_two_bodies():
    # 青办发〔2019〕29号: 责任单位：省委组织部，省发展改革委…，各市州党委政府
    assert _read("省委组织部,各市州党委政府", QINGHAI_2019) == [
        ("省委组织部", "630000-party_organization_department"),
        ("各市州党委", "630000-subordinate-party_committee"),
        ("各市州政府", "630000-subordinate-people_government"),
    ]
    assert _read("县委县政府", DINGAN) == [("县委", "469021-party_committee"), ("县政府", "469021-people_government")]


def test_an_office_of_a_party_committee_and_its_government_stays_one_body():
    # 市委市政府督查室 is one office serving both: never cut into 市委 and 市政府督查室
    assert [m.text for m in parse_cell("市委市政府督查室", "responsibility", prose=True, label="责任单位")] == [
        "市委市政府督查室"]


GUANGZHOU_2006 = make_context(region="广州市", level="municipal", date=dt.date(2006, 4, 28))


def test_a_plan_of_the_2000s_names_the_economy_and_trade_bodies_before_their_reform():
    # 穗府办〔2006〕19号: 牵头单位：市经贸委；配合单位：市发改委、国土房管局、外经贸局、规划局
    assert _read("市經貿委", GUANGZHOU_2006) == [("市經貿委", "440100-economy_trade_commission_former")]
    assert _read("市發改委、國土房管局、外經貿局、規劃局", GUANGZHOU_2006) == [
        ("市發改委", "440100-development_reform_commission"),
        ("市國土房管局", "440100-land_resources_bureau_former"),
        ("市外經貿局", "440100-foreign_trade_bureau_former"),
        ("市規劃局", "440100-urban_planning_bureau_former"),
    ]
    trade = resolve_body("外经贸局", GUANGZHOU_2006)
    assert (trade.name, trade.counterparts) == ("广州市对外贸易经济合作局", ("mofcom",))
    assert resolve_body("市经贸委", GUANGZHOU_2006).counterparts == ()  # 国家经贸委 was abolished in 2003


def test_the_economy_and_informatisation_commission_that_followed_stays_the_industry_bureau():
    assert resolve_body("市经信委", GUANGZHOU_2006).id == "440100-industry_information_bureau"


def test_units_stationed_in_the_place_written_with_its_one_character_name():
    # 庆政发〔2016〕43号: 各县(区)人民政府，市直各部门，中、省驻庆各单位; 岳办发〔2017〕2号: 中央、省驻岳单位
    qingyang = make_context(region="庆阳市", level="municipal", date=dt.date(2016, 6, 1))
    assert resolve_body("中、省驻庆各单位", qingyang).id == "stationed-units"
    yueyang = make_context(region="岳阳市", level="municipal", date=dt.date(2017, 1, 10))
    assert resolve_body("中央、省驻岳单位", yueyang).id == "stationed-units"
    # a province's office in Beijing is one body of its own, no set of stationed units
    assert resolve_body("省驻京办", qingyang).id is None


JINING = make_context(region="济宁市", level="municipal", date=dt.date(2021, 7, 19))
LANGFANG = make_context(region="廊坊市", level="municipal", date=dt.date(2010, 6, 1))
CHANGCHUN = make_context(region="长春市", level="municipal", date=dt.date(2021, 7, 19))


def test_a_zone_the_code_table_lists_has_one_committee_however_it_is_written():
    # 济政字〔2021〕30号: 济宁高新区、太白湖新区、济宁经济技术开发区…管委会 — 济宁高新区 is 370871
    assert {resolve_body(name, JINING).id for name in ("济宁高新区管委会", "济宁市高新区管委会", "高新区管委会")} == {
        "370871-hightech_zone_committee"}
    # 廊坊 2010: 廊坊开发区工委、管委 — the committee of 廊坊经济技术开发区 (131071)
    assert _read("廊坊开发区管委", LANGFANG) == [("廊坊开发区管委", "131071-development_zone_committee")]
    assert resolve_body("廊坊经济技术开发区管委会", LANGFANG).id == "131071-development_zone_committee"


def test_a_zone_the_code_table_does_not_list_stays_its_host_s():
    assert resolve_body("济宁经开区管委会", JINING).id == "370800-development_zone_committee"


def test_a_host_with_two_listed_zones_of_a_type_is_told_apart_by_the_zone_s_name_only():
    assert resolve_body("净月高新区管委会", CHANGCHUN).id == "220172-hightech_zone_committee"
    assert resolve_body("长春高新区管委会", CHANGCHUN).id == "220173-hightech_zone_committee"
    # 高新区管委会 could be either: unread, with a note naming both (the host's id titled as one of them was a guess)
    found = resolve_body("高新区管委会", CHANGCHUN)
    assert found.id is None
    assert "长春净月高新技术产业开发区" in found.notes[0] and "does not say which one" in found.notes[0]


WEIHAI = make_context(region="威海市", level="municipal", date=dt.date(2023, 8, 19))


def test_a_torch_high_technology_zone_is_a_high_tech_zone():
    # 威海火炬高技术产业开发区 (371071 in the code table), the 火炬 zones' own word for 高新技术: it was
    # read as an economic development zone answering to 商务部
    found = resolve_body("威海火炬高技术产业开发区管委会", WEIHAI)
    assert (found.id, found.counterparts) == ("371071-hightech_zone_committee", ("most",))
    assert resolve_body("火炬管委会", WEIHAI).id == "371071-hightech_zone_committee"
    # Hunan's 高新技术产业园区 likewise (湖南湘潭高新技术产业园区, 430371)
    assert resolve_body("湖南湘潭高新技术产业园区管委会", XIANGTAN).id == "430371-hightech_zone_committee"
    # the economic development zones beside it stay theirs: 威海 lists two, so the bare form names neither
    assert resolve_body("威海经济技术开发区管委会", WEIHAI).id == "371072-development_zone_committee"
    assert resolve_body("经开区管委会", WEIHAI).id is None


SHANDONG_2023 = make_context(region="山东", level="provincial", date=dt.date(2023, 7, 28))
NANJING = make_context(region="南京市", level="municipal", date=dt.date(2021, 6, 1))


def test_a_bureau_whose_name_opens_like_a_county_shares_the_list_s_opening():
    # 山东省电动汽车充电基础设施“十四五”发展规划 2023: 各市发展改革委(能源局)、科技局、…、公安局、财政局… —
    # 公安局 is each city's public security bureau, not the province's (公安 is also 公安县, 湖北)
    assert _read("各市发展改革委(能源局)、科技局、公安局、财政局", SHANDONG_2023) == [
        ("各市发展改革委(能源局)", "370000-subordinate-development_reform_commission"),
        ("各市科技局", "370000-subordinate-science_technology_bureau"),
        ("各市公安局", "370000-subordinate-public_security_bureau"),
        ("各市财政局", "370000-subordinate-finance_bureau"),
    ]


def test_a_name_that_opens_with_its_place_keeps_it_in_a_list():
    # 南京海关 is the customs named after 南京, not 市 + 南京海关
    assert _read("市商务局、南京海关", NANJING) == [
        ("市商务局", "320100-commerce_bureau"), ("南京海关", "320000-customs_district")]


def test_one_character_left_after_a_division_s_name_names_no_place():
    # 市南京海关 read as 青岛's 市南区 and a subordinate customs named 京
    assert resolve_body("市南京海关", NANJING).id != "370202-subordinate_customs-京"
    # a generic word alone still names its place after the host (天津港保税区: the bonded area 天津港)
    tianjin = make_context(region="天津市", level="municipal", date=dt.date(2021, 6, 1))
    assert resolve_body("天津港保税区管委会", tianjin).id == "120000-bonded_zone_committee-天津港"


def test_a_level_marker_before_a_place_opens_no_name_of_a_place_that_is_no_division():
    # 市 + 南京 is the city's marker and a division, not a place named 市南京 with a customs of its own
    assert resolve_body("市南京海关", NANJING).id is None
    # a name that is no division keeps a first character a marker may have (番禺's 市桥), and 金陵 its customs
    assert resolve_body("市桥海关", NANJING).id == "320100-subordinate_customs-市桥"
    assert resolve_body("金陵海关", NANJING).id == "320100-subordinate_customs-金陵"


SHANXI_2017 = make_context(region="山西", level="provincial", date=dt.date(2017, 4, 1))
JINGDEZHEN_2023 = make_context(region="景德镇市", level="municipal", date=dt.date(2023, 10, 19))


def test_the_press_publication_radio_film_and_television_bureau_before_2018():
    # 山西省商务厅 2017 (文化出口重点企业): 省委宣传部、省文化厅、省新闻出版广电局和各市宣传部、文广新局(文化局)
    assert _read("省委宣傳部、省文化廳、省新聞出版廣電局", SHANXI_2017) == [
        ("省委宣傳部", "140000-party_publicity_department"),
        ("省文化廳", "140000-culture_bureau_former"),
        ("省新聞出版廣電局", "140000-press_radio_tv_bureau_former"),
    ]
    assert resolve_body("省新闻出版广电局", SHANXI_2017).counterparts == ("sapprft",)
    # the radio and television bureau of after 2018 stays its own kind
    assert resolve_body("省广电局", SHANXI_2017).id == "140000-radio_television_bureau"


def test_a_culture_and_tourism_bureau_that_kept_press_and_publication():
    # 景德镇市文化广电新闻出版旅游局 (2023)
    found = resolve_body("景德镇市文化广电新闻出版旅游局", JINGDEZHEN_2023)
    assert (found.id, found.counterparts) == ("360200-culture_tourism_bureau", ("mct",))
    # press and publication alone is the Party's publicity department's other name: no bureau read
    assert resolve_body("市新闻出版局", JINGDEZHEN_2023).id is None


def test_zones_listed_before_a_committee_share_its_committee_word():
    # 济政字〔2021〕30号: 济宁高新区、太白湖新区、济宁经济技术开发区、曲阜文化建设示范区管委会(推进办公室) —
    # the committees of all four, 济宁高新区 (a place of the code table) included
    assert _read("济宁高新区、太白湖新区、济宁经济技术开发区、曲阜文化建设示范区管委会(推进办公室)", JINING) == [
        ("济宁高新区管委会", "370871-hightech_zone_committee"),
        ("太白湖新区管委会", "370800-zone_committee-太白湖新区"),
        ("济宁经济技术开发区管委会", "370800-development_zone_committee"),
        ("曲阜文化建设示范区管委会", "370881-zone_committee-文化建设示范区"),
    ]
    # without a committee after them nothing shares its word: the zone the code table lists stays a
    # place, and 太白湖新区, which no table lists, is a name of its own (a body the registry leaves unresolved)
    assert [m.side for m in parse_cell("济宁高新区、太白湖新区", "responsibility", prose=True)] == ["region", "body"]


def test_an_area_no_place_opens_takes_the_committee_word_by_its_own_area_word():
    # the list is read before any place is known: 太白湖新区 (no name of the registry opens it, 太白县's 太白 no host of
    # 湖新区) shares the committee word because it names an area by its own area word (新区), not because a place reads it
    assert [m.reads_as for m in parse_cell("济宁高新区、太白湖新区、济宁经济技术开发区、曲阜文化建设示范区管委会(推进办公室)",
                                           "responsibility", prose=True)] == [
        "济宁高新区管委会", "太白湖新区管委会", "济宁经济技术开发区管委会", None]


def test_an_area_before_a_body_that_is_no_committee_shares_nothing():
    # 太白湖新区、市发展改革委: a department's name is no area's, so the area stays a name of its own
    assert [(m.text, m.reads_as) for m in parse_cell("太白湖新区、市发展改革委", "responsibility", prose=True)] == [
        ("太白湖新区", None), ("市发展改革委", None)]



def test_each_industry_s_authority_is_the_sector_authorities():
    # 渝中区 2023: 责任单位：各产业主管部门
    yuzhong = make_context(region="渝中区", level="municipal", date=dt.date(2023, 3, 1))
    assert resolve_body("各产业主管部门", yuzhong).id == "sector-authorities"
    # enterprises are no bodies: they stay unresolved (区属各重点国企 in the same list)
    assert resolve_body("区属各重点国企", yuzhong).id is None


def test_places_before_a_system_s_body_share_its_name():
    # 数字广东建设2024年工作要点: …省公安厅，广州、深圳、珠海出入境边防检查总站，中国人民银行广东省分行等…
    assert _read("省公安廳,廣州、深圳、珠海出入境邊防檢查總站", GUANGDONG_2024) == [
        ("省公安廳", "440000-public_security_bureau"),
        ("廣州出入境邊防檢查總站", "440100-border_inspection_station"),
        ("深圳出入境邊防檢查總站", "440300-border_inspection_station"),
        ("珠海出入境邊防檢查總站", "440400-border_inspection_station"),
    ]


def test_places_closed_by_deng_stay_places():
    # 北京、深圳、厦门等试点地区: the pilot areas, no bodies
    national = make_context(level="central", date=dt.date(2020, 8, 1))
    assert [m.side for m in parse_cell("北京、深圳、厦门等试点地区", "responsibility", prose=True)] == [
        "region", "region", "region"]
    assert resolve_body("北京", national).id == "110000"


def test_a_local_plan_whose_place_is_unknown_names_no_ministry_by_a_short_form():
    # 宝府办〔2008〕18号 (宝山区, which 上海 and 双鸭山 both have): 牵头单位：发改委、统计局 — the district's
    # bodies, which no place can be read for; not 国家发展改革委 and 国家统计局
    from pathlib import Path

    from pilotplans.ingest.pipeline import read_document

    document = read_document(Path(__file__).parent / "fixtures" / "notices" / "district-two-cities-bear.txt")
    assert [(w.code, w.message) for w in document.warnings] == [("region_unknown", (
        "the document's region '宝山区' names several places (双鸭山市宝山区、上海市宝山区); local names are not placed"))]
    assert [(d.raw, d.id) for d in document.measures[0].departments] == [("发改委", None), ("统计局", None)]


def test_a_ministry_s_name_no_local_body_has_stays_the_ministry_where_the_place_is_unknown():
    from pilotplans.normalizers.models import Context

    unplaced = Context(region=None, level="municipal", date=dt.date(2008, 2, 26))
    assert [resolve_body(name, unplaced).id for name in ("商务部", "海关总署", "国家发展改革委")] == ["mofcom", "gacc", "ndrc"]
    # and in a national plan the short forms are the ministries
    national = Context(region=None, level="central", date=dt.date(2008, 2, 26))
    assert [resolve_body(name, national).id for name in ("发改委", "统计局")] == ["ndrc", "nbs"]


def test_a_context_made_with_a_document_s_national_level_is_a_national_plan_s():
    # Document.level says national where Context.level says central; a national plan's short forms
    # are the ministries whichever word the context is made with (national-2018: 发展改革委、统计局)
    national = make_context(level="national", date=dt.date(2018, 6, 1))
    assert national.level == "central"
    assert [resolve_body(name, national).id for name in ("发展改革委", "统计局", "外汇局")] == ["ndrc", "nbs", "safe"]


HANGZHOU_2021 = make_context(region="杭州市", level="municipal", date=dt.date(2021, 1, 21))


def test_a_zone_that_shares_its_organs_with_a_district_names_the_district_s_body():
    # 高新区(滨江)经信局政策汇编 (2021): 杭州高新区 and 滨江区 are one set of organs
    found = resolve_body("高新區(濱江)經信局", HANGZHOU_2021)
    assert (found.id, found.name) == ("330108-industry_information_bureau", "滨江区工业和信息化局")
    assert resolve_body("杭州高新区（滨江）财政局", HANGZHOU_2021).id == "330108-finance_bureau"
    # the zone's committee keeps being the zone's (the bracket only tells the district)
    assert resolve_body("杭州高新开发区（滨江）管委会", HANGZHOU_2021).id == "330100-hightech_zone_committee"


def test_a_bracket_naming_a_city_or_following_no_zone_names_no_district_s_body():
    assert resolve_body("高新区（杭州）经信局", HANGZHOU_2021).id is None
    assert resolve_body("新区（滨江）经信局", HANGZHOU_2021).id is None

"""Bodies as pages of places no other test uses write them (bench/unseen_bodies/key.tsv quotes them with
their source): a customs named after a division's railway station, an area named after a county under its
host city, a city's court by its short name, a border station's title after its system's name, the Corps'
division-cities. Each fires where the page's name needs it and stays quiet where another reading is right."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.links import parse_cell
from pilotplans.normalizers.resolve import make_context, resolve_body

MANZHOULI = make_context(region="满洲里市", level="municipal", date=dt.date(2024, 1, 9))
JUNGAR = make_context(region="准格尔旗", level="municipal", date=dt.date(2022, 7, 14))
ORDOS = make_context(region="鄂尔多斯市", level="municipal", date=dt.date(2022, 7, 14))
XIAN = make_context(region="西安市", level="municipal", date=dt.date(2022, 7, 1))


def test_a_customs_named_after_a_division_s_railway_station_keeps_the_division_in_its_name():
    # 满洲里车站海关 (内蒙古商报 2024): the station (车站) of 满洲里, as 大兴机场海关 is the airport's
    found = resolve_body("满洲里车站海关", MANZHOULI)
    assert (found.id, found.name) == ("150700-subordinate_customs-满洲里车站", "满洲里车站海关")


def test_a_station_customs_without_a_division_and_the_division_s_own_customs_stay_as_they_were():
    assert resolve_body("车站海关", MANZHOULI).id == "150700-subordinate_customs-车站"
    assert resolve_body("满洲里海关", MANZHOULI).id == "150781-customs_district"


def test_an_area_named_after_a_county_under_its_host_city_is_the_county_s():
    # the same page (准格尔旗 2022) writes 准格尔经济开发区管委会 and 内蒙古鄂尔多斯准格尔经济开发区管理委员会
    for context in (JUNGAR, ORDOS):
        for written in ("内蒙古鄂尔多斯准格尔经济开发区管理委员会", "鄂尔多斯准格尔经济开发区管委会", "准格尔经济开发区管委会"):
            assert resolve_body(written, context).id == "150622-development_zone_committee", written


def test_an_area_named_after_no_county_stays_its_host_city_s():
    assert resolve_body("鄂尔多斯大路煤化工基地管理委员会", JUNGAR).id == "150600-zone_committee-大路煤化工基地"
    assert resolve_body("西安曲江新区管委会", XIAN).id == "610100-zone_committee-曲江新区"
    assert resolve_body("西安高新区管委会", XIAN).id == "610100-hightech_zone_committee"


HARBIN = make_context(region="哈尔滨市", level="municipal", date=dt.date(2002, 12, 18))
SONGZI = make_context(region="松滋市", level="municipal", date=dt.date(2022, 9, 2))
XINGXIAN = make_context(region="兴县", level="municipal", date=dt.date(2021, 7, 10))
BEIJING = make_context(region="北京市", level="provincial", date=dt.date(2022, 1, 1))
HUBEI = make_context(region="湖北省", level="provincial", date=dt.date(2022, 1, 1))


def test_a_place_s_court_by_its_short_name_is_the_court_its_tier_has():
    # 市法院、市检察院 (中共哈尔滨市委办公厅 2002): the city's court is its intermediate court
    found = resolve_body("市法院", HARBIN)
    assert (found.id, found.name) == ("230100-intermediate_court", "哈尔滨市中级人民法院")
    assert resolve_body("省法院", HUBEI).id == "420000-high_court"
    assert resolve_body("市法院", XINGXIAN).id == "141100-intermediate_court"  # a county's plan: its city's


def test_a_county_level_place_s_court_stays_its_basic_court_and_a_municipality_s_stays_unread():
    assert resolve_body("市法院", SONGZI).id == "421087-basic_court"  # a county-level city's own court
    assert resolve_body("县法院", XINGXIAN).id == "141123-basic_court"
    assert resolve_body("市法院", BEIJING).id is None  # a high court and numbered intermediate courts


def test_no_county_has_an_intermediate_court_its_plan_s_is_its_city_s():
    # before, 市中院 in 松滋市's plan read as an intermediate court of 松滋 itself
    assert resolve_body("市中院", SONGZI).id == "421000-intermediate_court"
    assert resolve_body("县中院", XINGXIAN).id == "141100-intermediate_court"
    assert resolve_body("市中院", HARBIN).id == "230100-intermediate_court"


DEHONG = make_context(region="德宏傣族景颇族自治州", level="municipal", date=dt.date(2024, 9, 3))
YILI_2012 = make_context(region="伊犁哈萨克自治州", level="municipal", date=dt.date(2012, 3, 30))


def test_a_border_inspection_station_titled_after_the_immigration_administration():
    # 国家移民管理局云南出入境边防检查总站 (瑞丽 2024): the station's title after its system's name
    found = resolve_body("国家移民管理局云南出入境边防检查总站", DEHONG)
    assert (found.id, found.name, found.counterpart_id) == (
        "530000-border_inspection_station", "云南出入境边防检查总站", "nia")
    assert resolve_body("国家移民管理局瑞丽出入境边防检查站", DEHONG).id == "533102-border_inspection_post"


def test_a_station_without_the_system_s_name_reads_as_before_and_the_pre_reform_title_stays_unread():
    assert resolve_body("云南出入境边防检查总站", DEHONG).id == "530000-border_inspection_station"
    assert resolve_body("瑞丽边检站", DEHONG).id == "533102-border_inspection_post"
    assert resolve_body("公安边防检查站", DEHONG).id is None  # no station of 公安县
    assert resolve_body("国家移民管理局", DEHONG).id == "nia"


ZHOUSHAN_2010 = make_context(region="舟山市", level="municipal", date=dt.date(2010, 9, 13))
ZHOUSHAN_2023 = make_context(region="舟山市", level="municipal", date=dt.date(2023, 1, 1))
XINING_2006 = make_context(region="西宁市", level="municipal", date=dt.date(2006, 5, 18))
TIANNING = make_context(region="天宁区", level="municipal", date=dt.date(2019, 5, 31))
XIANYANG = make_context(region="咸阳市", level="municipal", date=dt.date(2022, 6, 1))


def test_a_supervision_bureau_before_the_2018_reform_and_its_successor_after_it():
    # 市监察局负责重大行政决策过错责任追究 (舟政发(2010)54号)
    found = resolve_body("市监察局", ZHOUSHAN_2010)
    assert (found.id, found.name, found.counterpart_id) == ("330900-supervision_bureau_former", "舟山市监察局", "mos")
    later = resolve_body("市监察局", ZHOUSHAN_2023)
    assert (later.id, later.flags) == ("330900-discipline_commission", ("old_name",))
    assert resolve_body("市监委", ZHOUSHAN_2010).id == "330900-discipline_commission"


def test_an_economic_commission_and_its_clipped_form():
    # 市、区县人民政府经委(经济局) (宁政[2006]86号): 市经委
    found = resolve_body("市经委", XINING_2006)
    assert (found.id, found.name) == ("630100-economic_commission", "西宁市经济委员会")
    assert resolve_body("区经委", TIANNING).id == "320402-economic_commission"


def test_the_economic_departments_at_large_and_the_other_commissions_are_no_economic_commission():
    assert resolve_body("区经济部门", TIANNING).id is None
    assert resolve_body("区经信委", TIANNING).id == "320402-industry_information_bureau"
    assert resolve_body("区经贸委", TIANNING).id == "320402-economy_trade_commission_former"


def test_a_secrecy_bureau_is_its_place_s_and_answers_to_the_national_one():
    found = resolve_body("区保密局", TIANNING)
    assert (found.id, found.name, found.counterpart_id) == ("320402-secrecy_bureau", "天宁区保密局", "nassp")
    assert resolve_body("国家保密局", TIANNING).id == "nassp"
    assert resolve_body("区保密办", TIANNING).id is None


def test_the_approval_reform_office_by_its_short_name():
    # 市行政审批制度改革工作领导小组办公室 (咸阳 2022) and its short form 审改办
    full = resolve_body("市行政审批制度改革工作领导小组办公室", XIANYANG)
    assert full.id == "610400-task_group_office-行政审批制度改革领导小组"
    assert resolve_body("市审改办", XIANYANG).id == full.id
    assert resolve_body("区审改办", TIANNING).id == "320402-task_group_office-行政审批制度改革领导小组"
    assert resolve_body("区审改", TIANNING).id is None


SHIHEZI = make_context(region="石河子市", level="municipal", date=dt.date(2022, 12, 1))
XINJIANG = make_context(region="新疆维吾尔自治区", level="provincial", date=dt.date(2022, 7, 1))


def test_a_corps_division_run_as_one_with_its_city_is_that_city():
    # 师市合一 (兵团第八师 and 石河子市: one set of organs, two names)
    assert resolve_body("第八师", SHIHEZI).id == "659001"
    found = resolve_body("第八师商务局", XINJIANG)
    assert (found.id, found.name) == ("659001-commerce_bureau", "石河子市商务局")
    assert resolve_body("第七师", XINJIANG).id == "659010"


def test_the_corps_its_regiments_and_divisions_without_a_city_stay_unread():
    # the Corps itself is a body of its own (test_the_corps_and_its_party_committee_are_bodies_of_their_own)
    for written in ("第一师八团", "第十一师", "第一师范学院"):
        assert resolve_body(written, XINJIANG).id is None, written


def test_every_division_city_by_its_division_s_name():
    divisions = {"第一师": "659002", "第二师": "659006", "第三师": "659003", "第四师": "659008", "第五师": "659007",
                 "第六师": "659004", "第七师": "659010", "第八师": "659001", "第九师": "659012", "第十师": "659005",
                 "第十三师": "659011", "第十四师": "659009"}
    for written, code in divisions.items():
        assert resolve_body(written, XINJIANG).id == code, written


TONGLIAO = make_context(region="通辽市", level="municipal", date=dt.date(2023, 6, 1))
INNER_MONGOLIA = make_context(region="内蒙古自治区", level="provincial", date=dt.date(2023, 6, 1))
HUAIYUAN = make_context(region="怀远县", level="municipal", date=dt.date(2013, 5, 19))


def test_a_banner_by_the_short_name_its_long_mongolian_one_makes():
    # 科左后旗农牧局、财政局 (通农牧发〔2023〕241号)
    found = resolve_body("科左后旗农牧局", TONGLIAO)
    assert (found.id, found.name) == ("150522-agriculture_rural_bureau", "科尔沁左翼后旗农业农村局")
    assert resolve_body("科右中旗", INNER_MONGOLIA).id == "152222"
    assert resolve_body("阿左旗人民政府", INNER_MONGOLIA).id == "152921-people_government"
    assert resolve_body("东乌旗人民政府", INNER_MONGOLIA).id == "152525-people_government"
    assert resolve_body("乌前旗", INNER_MONGOLIA).id == "150823"


def test_a_short_name_that_would_name_no_one_banner_is_made_for_none():
    for written in ("科左旗", "左旗", "科旗"):
        assert resolve_body(written, INNER_MONGOLIA).id is None, written


def test_a_culture_radio_and_press_bureau_that_also_ran_sports():
    # 县残联与县委宣传部、县文广体新局等单位 (怀残工委[2013]5号)
    found = resolve_body("县文广体新局", HUAIYUAN)
    assert (found.id, found.counterparts) == ("340321-culture_press_broadcasting_bureau_former", ("mcprc", "sapprft"))
    assert resolve_body("县文化体育广电新闻出版局", HUAIYUAN).id == found.id


def test_sports_alone_with_culture_is_no_press_bureau():
    assert resolve_body("县文体局", HUAIYUAN).id is None
    assert resolve_body("县文体新局", HUAIYUAN).id is None


URAD_FRONT = make_context(region="乌拉特前旗", level="municipal", date=dt.date(2026, 1, 27))


def test_a_banner_s_merged_agriculture_and_science_bureau_answers_to_both_ministries():
    # 乌拉特前旗农牧和科技局 and its 农科局 (乌拉特前旗 2026); 库伦旗农牧和科技局 (通辽 2023)
    for written in ("旗农牧和科技局", "乌拉特前旗农牧和科技局", "乌拉特前旗农科局", "旗农牧和科技局(乡村振兴局)"):
        found = resolve_body(written, URAD_FRONT)
        assert (found.id, found.counterparts) == ("150823-agriculture_science_bureau", ("mara", "most")), written
    assert resolve_body("库伦旗农牧和科技局", TONGLIAO).id == "150524-agriculture_science_bureau"


def test_one_of_the_two_alone_stays_its_own_and_a_bureau_of_three_is_none_of_the_two():
    assert resolve_body("旗农牧局", URAD_FRONT).id == "150823-agriculture_rural_bureau"
    assert resolve_body("旗科技局", URAD_FRONT).id == "150823-science_technology_bureau"
    # a bureau of three is a kind of its own (test_bodies_military_party_committees_and_merged_bureaus_of_three.py)
    assert resolve_body("县农牧水利和科技局", URAD_FRONT).id == "150823-agriculture_water_science_bureau"
    assert resolve_body("旗农科院", URAD_FRONT).id is None


def test_a_unit_inside_a_body_written_after_the_body_s_name_is_read_as_the_body():
    found = resolve_body("市公安局出入境管理支队", HARBIN)
    assert (found.id, found.name) == ("230100-public_security_bureau", "哈尔滨市公安局")
    assert found.notes[-1] == "出入境管理支队 is a unit of 哈尔滨市公安局: read as its body"
    assert resolve_body("县公安局治安大队", XINGXIAN).id == "141123-public_security_bureau"


def test_a_unit_written_without_its_body_names_none():
    assert resolve_body("出入境管理支队", HARBIN).id is None
    assert resolve_body("市出入境管理支队", HARBIN).id is None
    assert resolve_body("市消防支队", HARBIN).id == "230100-fire_rescue_team"  # a body of its own kind, as before


ORONQEN = make_context(region="鄂伦春自治旗", level="municipal", date=dt.date(2008, 2, 28))


def test_the_party_committee_s_departments_and_offices_by_any_run_of_their_office_words():
    # 市委各部办委、人民团体，市法院、市检察院 (哈办发[2002]43号)
    for written in ("市委各部办委", "市委各部委办局", "市委各部、委、办", "市委各部门"):
        assert resolve_body(written, HARBIN).id == "party-departments", written
    assert resolve_body("市委各局", HARBIN).id is None


def test_a_banner_s_bureaus_and_sections_are_its_direct_units():
    # 鄂伦春自治旗直属科局 (中广网 2008), with its level word for its name
    for written in ("旗直属科局", "旗直各科局"):
        assert resolve_body(written, ORONQEN).id == "direct-units", written
    assert resolve_body("县直各科", ORONQEN).id is None
    assert resolve_body("各科局", ORONQEN).id is None


def test_a_collective_written_with_its_place_s_full_name_where_the_marker_stands():
    # in the autonomous region's plan the banner's bureaus are the banner's collective, not the plan's own
    found = resolve_body("鄂伦春自治旗直属科局", INNER_MONGOLIA)
    assert (found.id, found.collective) == ("150723-direct-units", True)
    assert resolve_body("哈尔滨市直各有关单位", HARBIN).id == "direct-units"
    assert resolve_body("哈尔滨市委各部门", HARBIN).id == "party-departments"


def test_a_place_s_own_body_and_a_short_name_before_the_phrase_stay_as_they_were():
    assert resolve_body("哈尔滨市商务局", HARBIN).id == "230100-commerce_bureau"
    assert resolve_body("哈尔滨直各有关单位", HARBIN).id is None  # 哈尔滨 ends with no marker


ARAL = make_context(region="阿拉尔市", level="municipal", date=dt.date(2021, 6, 1))


def test_a_division_city_written_after_the_corps_name_or_by_both_its_names():
    # 新疆生产建设兵团第一师阿拉尔市 (阿拉尔 2021), 兵团第八师 (石河子 2013)
    assert resolve_body("新疆生产建设兵团第一师阿拉尔市", ARAL).id == "659002"
    assert resolve_body("兵团第八师", SHIHEZI).id == "659001"
    assert resolve_body("第八师石河子市", XINJIANG).id == "659001"
    assert resolve_body("兵团第八师商务局", XINJIANG).id == "659001-commerce_bureau"


def test_the_corps_name_before_what_is_no_division_city_reads_nothing():
    for written in ("兵团商务局", "兵团乌鲁木齐市", "兵团第十一师", "北京北京市"):
        assert resolve_body(written, XINJIANG).id is None, written
    # in a division-city's own plan too: 兵团党委 is the Corps' committee, not the city's (铁门关 2019)
    for context in (XINJIANG, make_context(region="铁门关市", level="municipal", date=dt.date(2019, 10, 1)), ARAL):
        assert resolve_body("兵团党委", context).id == "650000-xpcc-party-committee"


DANZHOU = make_context(region="儋州市", level="municipal", date=dt.date(2024, 1, 29))
DONGGUAN = make_context(region="东莞市", level="municipal", date=dt.date(2022, 1, 1))


def test_a_city_without_counties_holds_its_basic_courts_itself_so_its_court_is_not_read_as_an_intermediate_one():
    # 儋州市人民法院 (儋州法院 2024) is a basic court under 海南省第二中级人民法院: no 儋州市中级人民法院 exists.
    # A city with no county-level division has its basic courts itself, so 市法院 there is no sign of the
    # intermediate court: it stays unread, with the note it had before the tier rule
    for written, context in (("儋州市人民法院", DANZHOU), ("市法院", DANZHOU), ("市法院", DONGGUAN)):
        found = resolve_body(written, context)
        assert found.id is None, written
        assert found.notes[-1].endswith("has no 基层人民法院: the kind is found at county level only"), written


def test_a_city_with_counties_still_reads_its_court_as_the_intermediate_one():
    assert resolve_body("市法院", HARBIN).id == "230100-intermediate_court"
    assert resolve_body("州法院", DEHONG).id == "533100-intermediate_court"
    assert resolve_body("市中院", DONGGUAN).id == "441900-intermediate_court"  # written as the intermediate court


HULUNBUIR = make_context(region="呼伦贝尔市", level="municipal", date=dt.date(2024, 1, 9))


def test_a_unit_written_after_a_place_s_name_is_no_unit_of_the_place():
    # a place is no body: 满洲里市边防大队 (a unit of the border force) is no unit of 满洲里市, nor is a bureau's team
    # written after its province's name the province (湖北省地质局第八地质大队), nor 道里区城管大队 the district
    for written, context in (("满洲里市边防大队", HULUNBUIR), ("湖北省地质局第八地质大队", HUBEI),
                             ("道里区城管大队", HARBIN), ("黑龙江森林消防总队哈尔滨支队", HARBIN)):
        assert resolve_body(written, context).id is None, written


def test_a_unit_written_after_a_district_s_bureau_is_still_the_bureau():
    found = resolve_body("南岗区市场监管局稽查大队", HARBIN)
    assert (found.id, found.notes[-1]) == ("230103-market_regulation_bureau", "稽查大队 is a unit of 南岗区市场监督管理局: read as its body")


def test_a_collective_after_a_word_that_is_some_other_place_s_name_is_no_collective_of_the_document_s_place():
    # 城区, 郊区, 矿区 are districts' full names elsewhere (阳泉市城区), and here the town, the suburbs, the mines:
    # 郊区各单位 in 哈尔滨's plan are the units out there, not 哈尔滨's own direct units; 沙市 is a district's
    # short name, and 市 in it is no marker
    for written, context in (("城区各有关单位", HARBIN), ("郊区各单位", HARBIN), ("矿区各单位", HARBIN),
                             ("沙市直各单位", SONGZI)):
        assert resolve_body(written, context).id is None, written


def test_a_collective_after_the_full_name_of_a_place_under_the_document_s_is_read():
    found = resolve_body("南岗区委各部门", HARBIN)
    assert (found.id, found.notes) == ("party-departments", ("南岗区 written where its marker 区 stands",))
    assert resolve_body("鄂伦春自治旗直属科局", ORONQEN).id == "direct-units"


def test_a_place_s_full_name_is_read_with_the_longest_marker_it_ends_with():
    # 广西壮族自治区 ends with 区 and with 自治区: the longer is the marker it writes (南岗区 ends with 区 only)
    nanning = make_context(region="南宁市", level="municipal", date=dt.date(2022, 7, 1))
    found = resolve_body("广西壮族自治区直属各单位", nanning)
    assert (found.id, found.notes) == (
        "450000-direct-units", ("广西壮族自治区 names a place other than the document's: its direct units, not the plan's own",))
    guangxi = make_context(region="广西壮族自治区", level="provincial", date=dt.date(2022, 7, 1))
    assert resolve_body("广西壮族自治区直属各单位", guangxi).notes == ("广西壮族自治区 written where its marker 自治区 stands",)


def test_a_farming_place_s_merged_agriculture_and_science_bureau_is_titled_without_herding():
    # 农牧 is a herding region's word: 松滋市's merged bureau is no 农牧和科技局, which the kind's title gave it
    found = resolve_body("市农业农村和科技局", SONGZI)
    assert (found.id, found.name) == ("421087-agriculture_science_bureau", "松滋市农业农村和科技局")
    assert resolve_body("市农科局", SONGZI).name == "松滋市农业农村和科技局"


def test_a_banner_s_bureau_written_with_herding_keeps_its_title():
    found = resolve_body("乌拉特前旗农牧和科技局", URAD_FRONT)
    assert (found.id, found.name) == ("150823-agriculture_science_bureau", "乌拉特前旗农牧和科技局")
    assert resolve_body("旗农牧和科技局", URAD_FRONT).name == "乌拉特前旗农牧和科技局"


def _with_short_name_rules(*rules: str):
    from importlib import resources

    from pilotplans.normalizers.registry import DEPARTMENTS_FILE, REGIONS_FILE, ROLES_FILE, build_registry

    def data(name: str) -> str:
        return resources.files("pilotplans.data").joinpath(name).read_text("utf-8")

    regions = data(REGIONS_FILE).replace("short_name_rules = [\n", "short_name_rules = [\n" + "".join(f"  {r},\n" for r in rules), 1)
    return build_registry(data(DEPARTMENTS_FILE), regions, data(ROLES_FILE)).gazetteer


def test_a_rule_s_short_name_two_banners_share_or_a_place_already_bears_is_made_for_none():
    # 科尔沁左翼中旗 and 科尔沁左翼后旗 would both be 科左旗; 鄂托克前旗 would take 鄂托克旗, 鄂托克旗's own name
    gazetteer = _with_short_name_rules(
        '{ pattern = "(.)[^左右]+([左右])翼[前中后]旗", short = "\\\\1\\\\2旗", province = "150000" }',
        '{ pattern = "(鄂托克)前旗", short = "\\\\1旗", province = "150000" }',
        '{ pattern = "(达)尔罕(茂)明安联合旗", short = "\\\\1\\\\2旗", province = "150000" }')
    assert gazetteer.region("150223").aliases == ("达茂旗",)  # the rules were read: one naming one banner is made
    assert "科左旗" not in gazetteer.region("150521").aliases + gazetteer.region("150522").aliases
    assert "鄂托克旗" not in gazetteer.region("150623").aliases
    assert gazetteer.lookup("鄂托克旗").id == "150624"
    assert gazetteer.region("150522").aliases == ("科左后旗",)  # the rules of the file still make theirs


def test_every_subdistrict_office_of_a_named_district_is_no_subdistrict_named_after_its_marker():
    # 道里区各街道办事处 read 道里 + 区各: an office of a subdistrict called 区各; it is every subdistrict
    # office of 道里区 (the places under a place written by its full name), as 各街道办事处 is in its own plan
    assert resolve_body("道里区各街道办事处", HARBIN).id == "230102-subordinate-subdistrict_office"
    # and 道里区有关领导小组办公室 a task group called 道里区有关 of 哈尔滨
    assert resolve_body("道里区有关领导小组办公室", HARBIN).id is None
    assert resolve_body("区各街道办事处", make_context(region="道里区", level="municipal", date=dt.date(2022, 1, 1))).id is None


def test_a_named_subdistrict_office_of_a_district_is_still_read():
    dongpo = make_context(region="东坡区", level="municipal", date=dt.date(2018, 1, 1))
    assert resolve_body("苏祠街道办", dongpo).id == "511402-subdistrict_office-苏祠"
    assert resolve_body("市行政审批制度改革工作领导小组办公室", XIANYANG).id == "610400-task_group_office-行政审批制度改革领导小组"


def test_a_division_city_written_after_the_corps_name_by_both_its_names_says_so_once():
    found = resolve_body("兵团第八师石河子市", SHIHEZI)
    assert (found.id, found.notes) == ("659001", ("兵团第八师石河子市 names 石河子市, one of the Corps' division-cities",))
    assert resolve_body("第八师石河子市", SHIHEZI).notes == ("第八师石河子市 names 石河子市, one of the Corps' division-cities",)


FANCHANG = make_context(region="繁昌区", level="municipal", date=dt.date(2021, 4, 19))
GUANGFENG = make_context(region="广丰区", level="municipal", date=dt.date(2021, 8, 1))
YONGDE = make_context(region="永德县", level="municipal", date=dt.date(2021, 4, 16))
QUZHOU = make_context(region="衢州市", level="municipal", date=dt.date(2021, 3, 24))
SHISHI = make_context(region="石狮市", level="municipal", date=dt.date(2025, 1, 24))
GANNAN = make_context(region="甘南藏族自治州", level="municipal", date=dt.date(2013, 6, 20))
GANSU = make_context(region="甘肃省", level="provincial", date=dt.date(2012, 4, 28))


def _collective(text: str, context) -> tuple[str | None, bool]:
    found = resolve_body(text, context)
    return found.id, found.collective


def test_a_tier_s_units_written_in_the_forms_plans_use_are_its_direct_units():
    # 区有关单位 (繁昌区 2021), 区直各责任单位 (广丰区 2021), 县级国家机关 (永德县 2021), 直属各单位 (衢州 2021)
    assert _collective("区有关单位", FANCHANG) == ("direct-units", True)
    assert _collective("区直各责任单位", GUANGFENG) == ("direct-units", True)
    assert _collective("县级国家机关", YONGDE) == ("direct-units", True)
    assert _collective("直属各单位", QUZHOU) == ("direct-units", True)


def test_a_level_word_opening_a_common_noun_before_有关_names_no_tier_s_units():
    assert _collective("市场有关部门", FANCHANG) == (None, False)
    assert _collective("区域有关单位", FANCHANG) == (None, False)


def test_units_stationed_in_the_place_by_its_two_character_name_or_by_the_word_上级_are_stationed_units():
    # 中央、市驻永德单位 (永德县 2021, the 、 left out as its page prints it), 上级驻石有关单位 (石狮 2025),
    # 省属驻甘南各单位 (甘南州 2013)
    assert _collective("中央市驻永德单位", YONGDE) == ("stationed-units", True)
    assert _collective("中央、市驻永德单位", YONGDE) == ("stationed-units", True)
    assert _collective("上级驻石有关单位", SHISHI) == ("stationed-units", True)
    assert _collective("省属驻甘南各单位", GANNAN) == ("stationed-units", True)


def test_units_stationed_in_another_place_or_abroad_stay_unread():
    assert _collective("上级驻京有关单位", SHISHI) == (None, False)  # units in Beijing, not in 石狮
    assert _collective("省属驻京各单位", GANSU) == (None, False)
    assert _collective("中央、市驻外单位", YONGDE) == (None, False)
    # a two-character name opening with the document's place's first character (永胜, 丽江's county, in 永德县's plan)
    assert _collective("中央、市驻永胜单位", YONGDE) == (None, False)
    assert resolve_body("中央、市驻永胜单位", YONGDE).notes == (
        "中央、市驻永胜单位 names units stationed in 永胜, not in the document's place nor a place above it",)


def test_a_later_collective_of_a_list_leaving_out_the_first_s_opening_is_read_with_it():
    # 州政府各部门、各单位 (甘南州 2013): 州政府各单位
    found = resolve_body("州政府各部门、各单位", GANNAN)
    assert (found.id, found.collective) == ("direct-units", True)
    assert found.notes == ("a list of collectives read as one: 州政府各部门、州政府各单位",)


def test_a_list_whose_later_part_is_no_collective_even_with_the_first_s_opening_stays_unread():
    assert _collective("州政府各部门、各项目", GANNAN) == (None, False)
    assert _collective("州发改委、各单位", GANNAN) == (None, False)  # a body first: no collective's opening to share
    assert _collective("各单位、州政府各部门", GANNAN) == (None, False)


TIEMENGUAN = make_context(region="铁门关市", level="municipal", date=dt.date(2019, 1, 1))
BAZHONG = make_context(region="巴中市", level="municipal", date=dt.date(2019, 1, 1))


def test_巴州_in_a_plan_of_xinjiang_is_巴音郭楞蒙古自治州():
    # 巴州 (铁门关市 2019): the autonomous prefecture 铁门关 lies beside, by the short name Xinjiang writes
    found = resolve_body("巴州", TIEMENGUAN)
    assert (found.id, found.name) == ("652800", "巴音郭楞蒙古自治州")
    assert resolve_body("巴州发改委", TIEMENGUAN).id == "652800-development_reform_commission"


def test_巴州_in_a_plan_of_巴中_stays_its_district_巴州区():
    assert resolve_body("巴州", BAZHONG).id == "511902"
    assert resolve_body("巴州区人民政府", BAZHONG).id == "511902-people_government"
    assert resolve_body("巴州区发改局", BAZHONG).id == "511902-development_reform_commission"


ANHUA = make_context(region="安化县", level="municipal", date=dt.date(2010, 4, 30))
HUNAN = make_context(region="湖南省", level="provincial", date=dt.date(2010, 4, 30))
SANSHUI = make_context(region="三水区", level="municipal", date=dt.date(2007, 4, 13))


def test_a_county_s_or_city_s_电力局_is_its_grid_company_by_the_earlier_name():
    # 安化电力局 (安化县 2010): the county unit of the grid before it was called 供电公司
    found = resolve_body("安化电力局", ANHUA)
    assert (found.id, found.name) == ("430923-power_supply_company", "国网安化县供电公司")
    assert resolve_body("县电力局", ANHUA).id == "430923-power_supply_company"
    assert resolve_body("益阳市电力局", ANHUA).id == "430900-power_supply_company"


def test_a_province_s_电力局_and_one_in_a_南方电网_province_stay_unread():
    assert resolve_body("省电力局", HUNAN).id is None  # the planned economy's provincial power bureau
    assert resolve_body("湖南省电力局", HUNAN).id is None
    assert resolve_body("区电力局", SANSHUI).id is None  # 广东: the local grid is 南方电网's


YUEYANG = make_context(region="岳阳市", level="municipal", date=dt.date(2021, 1, 1))
YUEYANGLOU = make_context(region="岳阳楼区", level="municipal", date=dt.date(2021, 1, 1))


def test_the_members_of_another_place_s_group_are_none_of_the_plan_s():
    # a place named before the group (长沙市…, 湖南省…) or a marker standing above the plan's place (省… in a
    # city's plan, 市… in a district's): that place's bodies, not the plan's task-group members
    for text, context in (("长沙市防汛指挥部成员单位", YUEYANG), ("湖南省防汛抗旱指挥部成员单位", YUEYANG),
                          ("省防汛指挥部成员单位", YUEYANG), ("市创文指挥部成员单位", YUEYANGLOU)):
        found = resolve_body(text, context)
        assert (found.id, found.collective) == (None, False), text


def test_the_members_of_the_plan_s_own_group_stay_its_task_group_members():
    for text, context in (("市防汛指挥部成员单位", YUEYANG), ("岳阳市防汛指挥部成员单位", YUEYANG),
                          ("区创文指挥部成员单位", YUEYANGLOU), ("平安建设领导小组成员单位", YUEYANG)):
        found = resolve_body(text, context)
        assert (found.id, found.collective) == ("task-group-members", True), text


YUZHONG = make_context(region="渝中区", level="municipal", date=dt.date(2021, 1, 1))


def test_an_office_word_a_kind_takes_at_a_province_alone_names_nothing_in_a_municipality_s_plans():
    # 财政厅 in a 重庆 district's plan: 重庆 has a 财政局, the district too; no place of the plan's has a 财政厅
    assert resolve_body("财政厅", YUZHONG).id is None
    found = resolve_body("商务厅", YUZHONG)
    assert (found.id, found.notes) == (None, ("厅 is no office word of 商务主管部门 in 渝中区's municipality: no place of "
                                              "the document's has this body",))


def test_the_bureaus_a_municipality_s_district_plan_names_by_its_own_words_stay_read():
    assert resolve_body("区财政局", YUZHONG).id == "500103-finance_bureau"
    assert resolve_body("市财政局", YUZHONG).id == "500000-finance_bureau"
    assert resolve_body("四川省财政厅", YUZHONG).id == "510000-finance_bureau"  # a province named: its own
    assert resolve_body("财政厅", YUEYANG).id == "430000-finance_bureau"  # a province's city: the province's


INNER_MONGOLIA = make_context(region="内蒙古自治区", level="provincial", date=dt.date(2023, 6, 1))
ANHUA_2023 = make_context(region="安化县", level="municipal", date=dt.date(2023, 1, 1))


def test_a_number_counting_the_places_named_before_opens_a_collective_of_the_places_under_the_region():
    # 四市人民政府 (内蒙古 2023: 呼包鄂乌's four cities, named before)
    assert _collective("四市人民政府", INNER_MONGOLIA) == ("150000-subordinate-people_government", True)
    assert _collective("两县人民政府", YUEYANG) == ("430600-subordinate-people_government", True)


def test_a_town_whose_name_opens_with_a_number_stays_a_town():
    assert resolve_body("五里镇人民政府", ANHUA_2023).id == "430923-township_government-五里镇"
    assert resolve_body("三河市人民政府", make_context(region="三河市", level="municipal")).id == "131082-people_government"


ILI_2012 = make_context(region="伊犁哈萨克自治州", level="municipal", date=dt.date(2012, 3, 30))
JINGZHOU_2012 = make_context(region="荆州市", level="municipal", date=dt.date(2012, 3, 30))


def test_a_border_station_by_its_pre_reform_title_after_its_province_s_border_corps_is_the_place_s_station():
    # 新疆公安边防总队霍尔果斯边防检查站 (天山网 2012)
    found = resolve_body("新疆公安边防总队霍尔果斯边防检查站", ILI_2012)
    assert (found.id, found.name) == ("654004-border_inspection_post", "霍尔果斯出入境边防检查站")


def test_the_pre_reform_title_alone_or_after_another_province_s_corps_stays_unread():
    assert resolve_body("霍尔果斯边防检查站", ILI_2012).id is None
    assert resolve_body("公安边防检查站", JINGZHOU_2012).id is None  # no station of 公安县
    assert resolve_body("云南公安边防总队霍尔果斯边防检查站", ILI_2012).id is None


def test_the_places_under_the_region_and_two_of_their_bodies_run_on_are_two_collectives():
    # 各乡党委政府 (永德县 2021): each township's Party committee and government, written without 、 — read as one name
    # it is two collectives (the committees' alone lost the governments: round 32), and a cell reads them one by one
    found = resolve_body("各乡党委政府", YONGDE)
    assert (found.id, found.notes) == (None, (
        "各乡党委、各乡政府: the places' Party committees and governments, two collectives, to be read one by one",))
    assert _collective("各乡镇党委和政府", YONGDE) == (None, False)
    assert [(m.reads_as or m.text, resolve_body(m.reads_as or m.text, YONGDE).id)
            for m in parse_cell("各乡党委政府", "responsibility", prose=True)] == [
        ("各乡党委", "530923-subordinate-party_committee"), ("各乡政府", "530923-subordinate-people_government")]


def test_the_places_under_the_region_and_what_is_no_body_of_theirs_stay_unread():
    assert _collective("各乡镇党委书记", YONGDE) == (None, False)  # an office holder, no body
    assert _collective("各乡镇政府驻地", YONGDE) == (None, False)  # a place, no body


LIANDU = make_context(region="莲都区", level="municipal", date=dt.date(2023, 2, 20))


def test_a_district_s_merged_economy_and_commerce_bureau_is_one_body_answering_to_both_ministries():
    # 区经商局 (莲都区 2023): 莲都区经济商务局, 丽水's counties having merged 经信 and 商务
    found = resolve_body("区经商局", LIANDU)
    assert (found.id, found.name, found.counterparts) == (
        "331102-economy_commerce_bureau", "莲都区经济商务局", ("miit", "mofcom"))
    assert resolve_body("区经济商务局", LIANDU).id == "331102-economy_commerce_bureau"
    assert resolve_body("区经信和商务局", LIANDU).id == "331102-economy_commerce_bureau"


def test_the_industry_and_the_commerce_bureau_named_alone_stay_their_own_kinds():
    assert resolve_body("区经信局", LIANDU).id == "331102-industry_information_bureau"
    assert resolve_body("区商务局", LIANDU).id == "331102-commerce_bureau"
    assert resolve_body("经商", LIANDU).id is None  # the common word (doing business) names no body


ZHONGSHAN = make_context(region="中山市", level="municipal", date=dt.date(2020, 1, 1))
YINZHOU = make_context(region="鄞州区", level="municipal", date=dt.date(2020, 1, 1))
YIMEN = make_context(region="易门县", level="municipal", date=dt.date(2020, 1, 1))


def test_a_number_before_a_town_s_level_word_opens_the_town_s_name_not_a_count():
    # 三乡镇 is a town of 中山市, 五乡镇 one of 鄞州区, 三街镇 a name of the form 云南's towns bear: the number and
    # the level word are the town's name, never "three townships"
    # 中山 has no county under it and runs its towns itself (batch 47): 三乡镇人民政府 is its town 三乡镇's government
    assert _collective("三乡镇人民政府", ZHONGSHAN) == ("442000-township_government-三乡镇", False)
    assert _collective("三乡镇党委", ZHONGSHAN) == (None, False)
    assert resolve_body("五乡镇", YINZHOU).id == "330212-township_government-五乡镇"
    assert resolve_body("五乡镇人民政府", YINZHOU).id == "330212-township_government-五乡镇"
    assert _collective("三街人民政府", YIMEN) == (None, False)
    assert resolve_body("三市镇人民政府", YIMEN).id == "530425-township_government-三市镇"  # no count of cities


def test_a_number_before_the_level_words_of_counties_and_above_still_counts_places():
    assert _collective("三县人民政府", YUEYANG) == ("430600-subordinate-people_government", True)
    assert _collective("两区政府", make_context(region="宜宾市", level="municipal")) == (
        "511500-subordinate-people_government", True)
    assert resolve_body("三县（市、区）人民政府", YUEYANG).id == "430600-subordinate-people_government"


PINGJIANG = make_context(region="平江县", level="municipal", date=dt.date(2021, 1, 1))


def test_the_members_of_a_group_of_a_county_under_the_plan_s_city_by_its_short_name_are_none_of_the_plan_s():
    # 湘阴, 华容: counties of 岳阳, which its plans write by their short names
    for text in ("湘阴防汛指挥部成员单位", "华容县防汛指挥部成员单位", "华容防汛指挥部成员单位"):
        found = resolve_body(text, YUEYANG)
        assert (found.id, found.collective) == (None, False), text
    assert resolve_body("湘阴防汛指挥部成员单位", YUEYANG).notes == (
        "湘阴防汛指挥部成员单位 names the members of a group of 湘阴县, not of the document's place",)


def test_the_plan_s_own_group_by_its_own_marker_or_a_common_word_opening_its_topic_stays_the_plan_s():
    for text, context in (("县防汛指挥部成员单位", PINGJIANG), ("市防汛指挥部成员单位", make_context(region="重庆市", level="provincial")),
                          ("平安建设领导小组成员单位", YUEYANG), ("平江县防汛指挥部成员单位", PINGJIANG),
                          ("省防汛指挥部成员单位", HUNAN), ("县域经济领导小组成员单位", HUNAN)):
        found = resolve_body(text, context)
        assert (found.id, found.collective) == ("task-group-members", True), text


def test_the_places_under_the_region_and_two_bodies_sharing_an_office_word_stay_unread():
    # 各乡镇党委政府办公室: each township's joint office of its Party committee and government (党政办), or the two
    # general offices, never the Party committees
    assert _collective("各乡镇党委政府办公室", YONGDE) == (None, False)
    assert _collective("各乡党委政府办", YONGDE) == (None, False)


def test_the_places_under_the_region_and_two_bodies_sharing_no_office_word_stay_one_collective():
    assert _collective("各乡镇党委纪委", YONGDE) == ("530923-subordinate-party_committee", True)
    assert _collective("各乡镇人民政府街道办事处", YONGDE) == ("530923-subordinate-people_government", True)


def test_units_stationed_in_another_place_by_two_characters_sharing_the_first_with_the_plan_s_stay_unread():
    # 永胜 (a county of 丽江) is not 永德, 甘谷 (天水) not 甘南: the first character alone tells no place
    assert _collective("中央、市驻永胜单位", YONGDE) == (None, False)
    assert _collective("省属驻甘谷各单位", GANNAN) == (None, False)
    assert _collective("上级驻石家有关单位", SHISHI) == (None, False)


def test_units_stationed_in_the_plan_s_place_or_its_city_by_two_characters_stay_stationed_units():
    assert _collective("上级驻石狮有关单位", SHISHI) == ("stationed-units", True)
    assert _collective("上级驻泉州有关单位", SHISHI) == ("stationed-units", True)
    assert _collective("中央、市驻临沧单位", YONGDE) == ("stationed-units", True)


def _unseen_eval():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "bench" / "unseen_bodies_eval.py"
    spec = importlib.util.spec_from_file_location("unseen_bodies_eval", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_unseen_key_reads_a_cell_s_phrase_of_unnamed_places_as_the_record_lists_it():
    # the record of 莲都区's cell lists 各乡镇(街道) among its actors (a collective); the key's cell reading does too
    found = _unseen_eval().resolve_all("莲都区", "municipal", "2023-02-20", "区发改局、各乡镇(街道)", True)
    assert [(name, f.id) for name, f in found] == [
        ("区发改局", "331102-development_reform_commission"), ("各乡镇(街道)", "subordinate-localities")]


def test_the_unseen_key_leaves_a_cell_s_named_places_on_the_region_side():
    found = _unseen_eval().resolve_all("-", "national", "2020-08-12", "住房城乡建设部、北京、深圳等试点地区", True)
    assert [(name, f.id) for name, f in found] == [("住房城乡建设部", "mohurd")]


def test_a_number_and_level_words_alone_name_no_scope_of_every_place_under_the_region():
    # the number counts places named before, which the phrase alone leaves unnamed: 两区 in 北京's plans are its two
    # zones (“两区”建设), 三县 three counties, not every district or county
    for text, context in (("两区", BEIJING), ("四市", BEIJING), ("三县", YUEYANG), ("两区", YUEYANG)):
        found = resolve_body(text, context)
        assert (found.id, found.collective) == (None, False), text


def test_a_quantifier_and_level_words_alone_stay_the_scope_of_the_places_under_the_region():
    assert resolve_body("各区", BEIJING).id == "subordinate-localities"
    assert resolve_body("各县", YUEYANG).id == "subordinate-localities"
    assert _collective("四市人民政府", INNER_MONGOLIA) == ("150000-subordinate-people_government", True)


HOHHOT = make_context(region="呼和浩特市", level="municipal", date=dt.date(2023, 6, 1))
XIAMEN = make_context(region="厦门市", level="municipal", date=dt.date(2023, 6, 1))


def test_a_number_counting_places_of_a_level_no_place_under_the_region_bears_names_its_peers_not_places_under_it():
    # 四市人民政府 in 呼和浩特's plan (呼包鄂乌): 呼和浩特 and three cities beside it, no city lying under it;
    # 两县 in 厦门's (districts only)
    assert _collective("四市人民政府", HOHHOT) == (None, False)
    assert _collective("两县人民政府", XIAMEN) == (None, False)
    assert resolve_body("四市人民政府", HOHHOT).notes == ("市: no level under 呼和浩特市, whose bodies the phrase would name",)


def test_a_number_counting_places_of_a_level_places_under_the_region_bear_stays_their_collective():
    assert _collective("四市人民政府", INNER_MONGOLIA) == ("150000-subordinate-people_government", True)
    assert _collective("三县人民政府", INNER_MONGOLIA) == ("150000-subordinate-people_government", True)
    assert _collective("三区人民政府", XIAMEN) == ("350200-subordinate-people_government", True)
    assert _collective("各县人民政府", XIAMEN) == ("350200-subordinate-people_government", True)  # 各: as before


ZHEJIANG = make_context(region="浙江省", level="provincial", date=dt.date(2023, 2, 20))
SHANGHAI = make_context(region="上海市", level="provincial", date=dt.date(2023, 2, 20))


def test_the_economy_and_commerce_bureau_named_in_a_province_s_plan_is_none_of_the_province_s():
    # the merged bureau is a city's or county's (丽水's counties); a province or municipality has none
    assert resolve_body("经商局", ZHEJIANG).id is None
    assert resolve_body("市经商局", SHANGHAI).id is None


def test_the_economy_and_commerce_bureau_of_a_named_city_in_a_province_s_plan_stays_read():
    assert resolve_body("丽水市经商局", ZHEJIANG).id == "331100-economy_commerce_bureau"
    assert resolve_body("经商局", LIANDU).id == "331102-economy_commerce_bureau"


CHONGQING = make_context(region="重庆市", level="provincial", date=dt.date(2021, 1, 1))


def test_the_members_of_the_groups_of_the_places_under_the_plan_s_by_a_lower_tier_s_marker_are_none_of_the_plan_s():
    # 县… in a city's plan, 市… in a province's, 区… in a municipality's: each county's, city's or district's group
    for text, context in (("县防汛指挥部成员单位", YUEYANG), ("市防汛指挥部成员单位", HUNAN),
                          ("区防汛指挥部成员单位", CHONGQING)):
        found = resolve_body(text, context)
        assert (found.id, found.collective) == (None, False), text
    assert resolve_body("县防汛指挥部成员单位", YUEYANG).notes == (
        "县防汛指挥部成员单位 names the members of a group of the places under 岳阳市, not of the document's place",)


def test_the_plan_s_own_group_by_its_marker_or_a_word_for_an_area_opening_its_topic_stays_the_plan_s():
    for text, context in (("县防汛指挥部成员单位", PINGJIANG), ("市防汛指挥部成员单位", CHONGQING),
                          ("县域经济领导小组成员单位", HUNAN), ("县域经济领导小组成员单位", YUEYANG),
                          ("市域社会治理领导小组成员单位", HUNAN), ("省防汛指挥部成员单位", HUNAN),
                          ("地方金融工作领导小组成员单位", HUNAN)):
        found = resolve_body(text, context)
        assert (found.id, found.collective) == ("task-group-members", True), text


SHIZHU = make_context(region="石柱土家族自治县", level="municipal", date=dt.date(2022, 7, 5))
HUANGSHI = make_context(region="黄石市", level="municipal", date=dt.date(2022, 12, 27))


def test_a_province_s_marker_in_a_municipality_s_plan_names_no_body():
    # 重庆 has no 省: 省财政厅 in 石柱's plan is no body of its places (重庆's own is 市财政局)
    for written in ("省财政厅", "省委", "省政府", "省委办公厅"):
        found = resolve_body(written, SHIZHU)
        assert (found.id, found.notes) == (None, (f"{written} leaves its place out and the document's region "
                                                  "does not supply it",)), written
    assert resolve_body("省发改委", CHONGQING).id is None


def test_a_province_s_marker_in_a_province_s_city_and_the_municipality_s_own_marker_stay_read():
    assert resolve_body("省财政厅", HUANGSHI).id == "420000-finance_bureau"
    assert resolve_body("市财政局", SHIZHU).id == "500000-finance_bureau"
    assert resolve_body("市委", SHIZHU).id == "500000-party_committee"
    assert resolve_body("县财政局", SHIZHU).id == "500240-finance_bureau"
    # an autonomous region's plans are at times written with 省
    assert resolve_body("省发改委", make_context(region="喀什市", level="municipal")).id == \
        "650000-development_reform_commission"


def test_a_name_that_is_one_place_s_other_name_and_another_s_short_name_is_no_place_outside_their_provinces():
    # 巴州: 巴音郭楞蒙古自治州's other name (新疆) and 巴中's 巴州区 by its short name (四川)
    note = "巴州 is another name of 巴音郭楞蒙古自治州 and the short name of 巴州区: the document's place tells neither"
    for context in (make_context(level="central"), make_context(region="河北省", level="provincial")):
        found = resolve_body("巴州", context)
        assert (found.id, found.notes) == (None, (note,))


def test_a_body_named_after_the_shared_name_is_none_outside_their_provinces_as_the_name_alone_is():
    # 巴州商务局 in a national plan is 巴音郭楞's or 巴州区's bureau as much as 巴州 is either place
    note = "巴州 is another name of 巴音郭楞蒙古自治州 and the short name of 巴州区: the document's place tells neither"
    for written, context in (("巴州商务局", make_context(level="central")),
                             ("巴州人民政府", make_context(region="河北省", level="provincial"))):
        found = resolve_body(written, context)
        assert (found.id, found.notes[-1:]) == (None, (note,)), written


def test_a_body_named_after_the_shared_name_inside_either_province_or_after_the_district_s_full_name_stays_read():
    assert resolve_body("巴州商务局", make_context(region="和静县", level="municipal")).id == "652800-commerce_bureau"
    assert resolve_body("巴州商务局", make_context(region="巴中市", level="municipal")).id == "511902-commerce_bureau"
    assert resolve_body("巴州区商务局", make_context(level="central")).id == "511902-commerce_bureau"
    assert resolve_body("巴音郭楞蒙古自治州商务局", make_context(level="central")).id == "652800-commerce_bureau"


def test_the_shared_name_in_one_of_the_two_provinces_and_a_city_s_short_name_shared_with_a_district_stay_read():
    assert resolve_body("巴州", make_context(region="和静县", level="municipal")).id == "652800"
    assert resolve_body("巴州", make_context(region="新疆维吾尔自治区", level="provincial")).id == "652800"
    assert resolve_body("巴州", make_context(region="巴中市", level="municipal")).id == "511902"
    # 大同 is 大同市's short name and 大庆's 大同区's: a city before a district, as the gazetteer chooses
    assert resolve_body("大同", make_context(level="central")).id == "140200"
    assert resolve_body("巴州区", make_context(level="central")).id == "511902"


LANZHOU_NEW_AREA = make_context(region="兰州新区", level="municipal", date=dt.date(2021, 5, 1))


def test_a_new_area_s_committee_by_its_short_name_in_the_new_area_s_own_plan_is_its_committee():
    for written in ("新区管委会", "新区管理委员会", "兰州新区管委会"):
        found = resolve_body(written, LANZHOU_NEW_AREA)
        assert (found.id, found.name) == ("620100-lanzhou-new_area_committee", "兰州新区管理委员会"), written


def test_the_short_name_in_a_city_s_or_district_s_plan_names_none_and_named_new_areas_stay_their_city_s():
    for region in ("兰州市", "沧州市", "光明区"):
        found = resolve_body("新区管委会", make_context(region=region, level="municipal"))
        assert (found.id, found.notes) == (None, (f"{region} has no 新区管理委员会: the kind is found at new_area "
                                                  "level only",)), region
    assert resolve_body("渤海新区管委会", make_context(region="沧州市", level="municipal")).id == \
        "130900-zone_committee-渤海新区"


def test_the_short_name_in_the_plan_of_an_area_at_the_new_areas_tier_not_called_新区_names_none():
    # 武汉东湖新技术开发区 stands with the state-level new areas (regions.toml) but is a high-tech zone: 新区管委会 in
    # its plan is some 新区's (武汉 has 长江新区), not its own committee
    found = resolve_body("新区管委会", make_context(region="武汉东湖新技术开发区", level="municipal"))
    assert (found.id, found.notes) == (None, ("新区管委会 names the committee of an area called 新区, and "
                                              "武汉东湖新技术开发区 is not one",))


def test_the_short_name_in_the_plan_of_each_area_called_新区_is_its_committee():
    for region, expected in (("河北雄安新区", "133100-new_area_committee"),
                             ("重庆两江新区", "500000-liangjiang-new_area_committee"),
                             ("四川天府新区", "510100-tianfu-new_area_committee")):
        assert resolve_body("新区管委会", make_context(region=region, level="municipal")).id == expected, region


def _collective(written, context):
    found = resolve_body(written, context)
    return found.id, found.collective


def test_a_vertical_system_s_branches_named_together_are_a_collective():
    # 汇发〔2015〕7号 writes 国家外汇管理局各省、自治区、直辖市分局; plans write 人民银行各分支机构, 证监会各派出机构
    central = make_context(level="central")
    for written in ("国家外汇管理局各省、自治区、直辖市分局", "国家外汇管理局各分局", "外汇局各分支局",
                    "人民银行各分支机构", "证监会各派出机构"):
        assert _collective(written, central) == ("system-branches", True), written


def test_the_system_alone_its_branch_without_a_quantifier_and_a_bare_branch_word_are_no_collective():
    central = make_context(level="central")
    assert _collective("国家外汇管理局", central) == ("safe", False)
    assert _collective("外汇局分局", central) == (None, False)
    assert _collective("各分局", central) == (None, False)


LISHAN = make_context(region="立山区", level="municipal", date=dt.date(2023, 3, 28))
YUANJIANG = make_context(region="元江哈尼族彝族傣族自治县", level="municipal", date=dt.date(2019, 11, 12))
XIALU = make_context(region="下陆区", level="municipal", date=dt.date(2022, 12, 27))
XIANAN = make_context(region="咸安区", level="municipal", date=dt.date(2023, 1, 10))


def test_the_place_s_own_bodies_with_the_quantifier_first_or_joined_to_the_party_committee_are_its_direct_units():
    assert _collective("各区直部门", LISHAN) == ("direct-units", True)
    assert _collective("县委和县级国家机关各部委办局", YUANJIANG) == ("direct-units", True)
    assert _collective("省委和省级国家机关各部委办局", make_context(region="湖南省", level="provincial")) == \
        ("direct-units", True)


def test_the_quantifier_alone_before_a_marker_stays_the_places_under_and_the_usual_order_stays_direct_units():
    assert _collective("各区", LISHAN) == ("subordinate-localities", True)
    assert _collective("区直各部门", LISHAN) == ("direct-units", True)
    assert _collective("各区直", LISHAN) == (None, False)


def test_higher_tiers_units_in_the_place_by_vertical_management_or_by_two_tiers_without_the_centre_are_stationed():
    assert _collective("市垂管各单位", XIALU) == ("stationed-units", True)
    assert _collective("省、市驻元单位", YUANJIANG) == ("stationed-units", True)


def test_stationed_units_abroad_and_the_earlier_orders_stay_as_they_were():
    assert _collective("省、市驻外单位", YUANJIANG) == (None, False)
    assert _collective("各市级垂管单位", XIALU) == ("stationed-units", True)


def test_the_towns_and_subdistricts_by_their_offices_written_as_one_are_the_places_under():
    assert _collective("相关乡镇办", XIANAN) == ("subordinate-localities", True)
    assert _collective("各乡镇办", XIANAN) == ("subordinate-localities", True)


def test_the_towns_word_without_a_quantifier_names_no_places():
    assert _collective("乡镇办", XIANAN) == (None, False)


CAIDIAN = make_context(region="蔡甸区", level="municipal", date=dt.date(2023, 1, 3))
WUHAN = make_context(region="武汉市", level="municipal", date=dt.date(2023, 3, 1))


def _office(written, context):
    found = resolve_body(written, context)
    return found.id, found.name, found.notes[-1:]


def test_a_government_office_titled_办公厅_with_no_place_above_but_one_so_titled_is_that_place_s():
    # a county's or district's office is a 办公室; in a municipality's county the one place above is the
    # municipality, whose office is a 办公厅; under a province directly (仙桃) the province's
    assert _office("政府办公厅", SHIZHU) == ("500000-government_general_office", "重庆市人民政府办公厅", (
        "政府办公厅 is titled as 重庆市人民政府办公厅 is, not as 石柱土家族自治县人民政府办公室",))
    assert _office("人民政府办公厅", SHIZHU)[0] == "500000-government_general_office"
    assert _office("政府办公厅", make_context(region="仙桃市", level="municipal"))[:2] == (
        "420000-government_general_office", "湖北省人民政府办公厅")


CHANGSHA = make_context(region="长沙市", level="municipal", date=dt.date(2021, 6, 1))


def test_a_government_office_titled_办公厅_with_no_place_where_a_city_may_title_its_own_so_is_none_with_a_note():
    # a prefecture-level city may title its own office 办公厅 as a sub-provincial city does (长沙市人民政府办公厅
    # issues 长沙's plan and its cells write 市政府办公厅: tests/fixtures/city_plans/changsha-2021.tsv; 南昌, 赣州, 银川
    # too): in a city's plan, or a county's under such a city, which office is meant the name does not say
    for context, places in ((HUANGSHI, "黄石市、湖北省"), (CAIDIAN, "武汉市、湖北省"),
                            (make_context(region="芙蓉区", level="municipal"), "长沙市、湖南省")):
        found = resolve_body("政府办公厅", context)
        assert (found.id, found.notes[-1:]) == (None, (
            f"政府办公厅 may be the office of {places}, each titled so or at a tier where places title it so: "
            "the name does not tell which",)), places


def test_a_prefecture_level_city_recorded_as_titling_its_office_办公厅_keeps_its_own_under_its_title():
    # 长沙市人民政府办公厅 issues city_plans/changsha-2021 (its cells: 市政府办公厅); 南昌市人民政府办公厅 issues
    # plans/nanchang-br-lines
    for written in ("政府办公厅", "市政府办公厅", "长沙市人民政府办公厅"):
        assert _office(written, CHANGSHA)[:2] == ("430100-government_general_office", "长沙市人民政府办公厅"), written
    assert _office("政府办公厅", make_context(region="南昌市", level="municipal"))[:2] == (
        "360100-government_general_office", "南昌市人民政府办公厅")


def test_a_place_titling_its_office_办公厅_a_marker_written_or_the_office_titled_办公室_keeps_the_place_s_own():
    assert _office("政府办公厅", WUHAN)[:2] == ("420100-government_general_office", "武汉市人民政府办公厅")
    assert _office("市政府办公厅", HUANGSHI)[:2] == ("420200-government_general_office", "黄石市人民政府办公室")
    assert _office("政府办公室", HUANGSHI)[:2] == ("420200-government_general_office", "黄石市人民政府办公室")
    assert _office("政府办公厅", make_context(region="湖北省", level="provincial"))[0] == "420000-government_general_office"



def test_the_corps_and_its_party_committee_are_bodies_of_their_own():
    # 阿拉尔市 十四五规划 (兵团, 新疆生产建设兵团), 铁门关 2019 and 八团 2017 (兵团党委)
    for written in ("兵团", "新疆生产建设兵团"):
        assert resolve_body(written, ARAL).id == "650000-xpcc", written
    assert (resolve_body("兵团党委", ARAL).id, resolve_body("兵团党委", ARAL).name) == (
        "650000-xpcc-party-committee", "中共新疆生产建设兵团委员会")


def test_the_corps_name_before_a_division_stays_the_division_city_and_its_bureaus_stay_unread():
    assert resolve_body("兵团第八师", ARAL).id == "659001"
    assert resolve_body("新疆生产建设兵团第一师阿拉尔市", ARAL).id == "659002"
    assert resolve_body("新疆生产建设兵团文化广播电视局", make_context(level="central")).id is None


def test_two_names_run_on_across_a_comma_read_as_one_end_without_going_round_for_ever():
    # 各街道，区市场局 (立山区 2023, one cell): 各街道，区 + 管委会 was read as a run-on name again and again
    for written in ("各街道，区市场局", "各街道,区市场局"):
        found = resolve_body(written, LISHAN)
        assert (found.id, found.collective, found.notes) == (None, False, ()), written


def test_a_zone_standing_for_its_committee_stays_read_and_a_run_on_of_two_bodies_ends():
    assert resolve_body("成都东部新区", make_context(region="成都市", level="municipal")).id == \
        "510100-zone_committee-东部新区"
    found = resolve_body("各乡党委政府", make_context(region="永德县", level="municipal"))
    assert (found.id, found.notes[-1]) == (None, "各乡党委、各乡政府: the places' Party committees and governments, "
                                                 "two collectives, to be read one by one")

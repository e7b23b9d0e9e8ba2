"""Bodies as plans of western and north-eastern prefectures, autonomous prefectures, counties and
county-level cities write them, where the rules read them to nothing before: a function written in
full its other way (广播电视), a department's stem after a level marker with no office word (市发改),
a prefecture not named 〈short〉市 in a vertical system's name, the approval and data bureaus' regional
titles, a commission's organs, the units of higher governments stationed in the place, and the Party
committee's school, organs' working committee and retired cadres' bureau. Each fixture is quoted
from a published page (named with its year) or written to the pattern of such lists (marked so)."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.links import parse_cell
from pilotplans.normalizers.resolve import make_context, resolve_body

GANZI = make_context(region="甘孜藏族自治州", level="municipal", date=dt.date(2022, 3, 1))
HANYIN = make_context(region="汉阴县", level="municipal", date=dt.date(2022, 10, 28))
TIELING = make_context(region="铁岭市", level="municipal", date=dt.date(2021, 6, 7))
AKSU = make_context(region="阿克苏地区", level="municipal", date=dt.date(2022, 6, 1))
YANBIAN = make_context(region="延边朝鲜族自治州", level="municipal", date=dt.date(2021, 5, 1))
BIJIE = make_context(region="毕节市", level="municipal", date=dt.date(2022, 6, 1))
GUYUAN = make_context(region="固原市", level="municipal", date=dt.date(2022, 6, 1))
SHIZUISHAN = make_context(region="石嘴山市", level="municipal", date=dt.date(2020, 7, 10))
SIPING = make_context(region="四平市", level="municipal", date=dt.date(2021, 6, 1))
LIANGSHAN = make_context(region="凉山彝族自治州", level="municipal", date=dt.date(2023, 3, 1))
DALI = make_context(region="大理白族自治州", level="municipal", date=dt.date(2023, 6, 1))
LINXIA = make_context(region="临夏回族自治州", level="municipal", date=dt.date(2022, 4, 2))
GANSU = make_context(region="甘肃省", level="provincial", date=dt.date(2023, 6, 1))
NATIONAL = make_context(level="central", date=dt.date(2023, 6, 1))


def _ids(cell: str, context) -> list[str | None]:
    return [resolve_body(m.name, context).id for m in parse_cell(cell, "responsibility", prose=True, label="责任单位")]


def test_radio_and_television_written_in_full_among_the_culture_bureau_s_functions():
    # pattern: 甘孜藏族自治州文化广播电视和旅游局, and counties title theirs the same way
    assert resolve_body("州文化广播电视和旅游局", GANZI).id == "513300-culture_tourism_bureau"
    assert resolve_body("县文化广播电视和旅游局", HANYIN).id == "610921-culture_tourism_bureau"
    assert resolve_body("州文化体育广播电视和旅游局", GANZI).id == "513300-culture_tourism_bureau"


def test_culture_and_radio_without_tourism_is_no_culture_and_tourism_bureau():
    assert resolve_body("州文化广播电视局", GANZI).id is None


def test_a_department_s_stem_after_a_level_marker_names_its_body_without_the_office_word():
    # 市发改、市住建 (the pattern of 铁岭's and many county plans' lists)
    assert _ids("市发改、市住建、市财政", TIELING) == [
        "211200-development_reform_commission", "211200-housing_construction_bureau", "211200-finance_bureau"]
    assert _ids("县发改、县人社", HANYIN) == [
        "610921-development_reform_commission", "610921-human_resources_social_security_bureau"]


def test_a_level_marker_before_a_word_that_is_no_department_s_stem_names_nothing():
    for written in ("市场", "市政", "市容", "市民"):
        assert resolve_body(written, TIELING).id is None, written
    # a former kind makes no forms but its own (市文化局, never 市文化), and a stem alone takes no marker
    assert resolve_body("市文化", TIELING).id is None
    assert resolve_body("商务", TIELING).id is None


def test_a_prefecture_not_named_after_its_city_is_written_in_full_in_a_vertical_system_s_name():
    # 中国人民银行阿克苏地区中心支行, 国家税务总局阿克苏地区税务局: the titles the registry gives, now read too
    assert resolve_body("人行阿克苏地区中心支行", AKSU).id == "652900-pboc_branch"
    assert resolve_body("国家税务总局阿克苏地区税务局", AKSU).id == "652900-tax_bureau"
    assert resolve_body("人行延边朝鲜族自治州中心支行", YANBIAN).id == "222400-pboc_branch"


def test_a_city_s_short_form_still_needs_its_shi_where_the_form_writes_it():
    assert resolve_body("国家税务总局毕节税务局", BIJIE).id is None
    assert resolve_body("人行毕节市市中心支行", BIJIE).id is None


def test_the_approval_bureau_by_its_ningxia_title_and_its_short_form():
    # pattern: 固原市审批服务管理局; quoted, 石嘴山 2020: 市发改委、审批局负责日常工作
    assert resolve_body("市审批服务管理局", GUYUAN).id == "640400-administrative_approval_bureau"
    assert _ids("市发改委、审批局", SHIZUISHAN) == [
        "640200-development_reform_commission", "640200-administrative_approval_bureau"]


def test_the_commission_word_after_approval_s_first_character_names_nothing():
    assert resolve_body("市审委", GUYUAN).id is None


def test_jilin_s_government_services_and_digital_bureau_is_the_data_bureau():
    # pattern of 吉林's city lists: 市营商环境建设局、市政数局
    assert resolve_body("市政数局", SIPING).id == "220300-big_data_bureau"
    found = resolve_body("四平市政务服务和数字化建设管理局", SIPING)
    assert (found.id, found.name) == ("220300-big_data_bureau", "四平市政务服务和数字化建设管理局")


def test_government_services_alone_stays_the_government_services_office():
    assert resolve_body("市政务局", SIPING).id == "220300-government_services_office"


def test_a_discipline_commission_s_organs_are_the_commission():
    # pattern of a prefecture's Party list: 州委组织部、州纪委监委机关、州委政法委
    assert resolve_body("州纪委监委机关", LIANGSHAN).id == "513400-discipline_commission"


def test_units_of_the_autonomous_region_stationed_in_the_city_by_its_short_name():
    # 石嘴山 2020: 各县区人民政府，市政府各部门、直属单位，中央、自治区驻石各单位
    assert _ids("各县区人民政府，市政府各部门，中央、自治区驻石各单位", SHIZUISHAN) == [
        "640200-subordinate-people_government", "direct-units", "stationed-units"]
    # 临夏州 2022: 各县市人民政府，州直有关单位，省属在临各单位
    assert resolve_body("省属在临各单位", LINXIA).id == "stationed-units"


def test_units_abroad_are_not_units_stationed_in_the_place():
    assert resolve_body("省属在外各单位", LINXIA).id is None


def test_the_party_committee_s_school_organs_committee_and_retired_cadres_bureau():
    # pattern of prefectures' Party lists: 州委党校、州委老干部局; 州直机关工委
    school = resolve_body("州委党校", DALI)
    assert (school.id, school.name, school.counterparts) == ("532900-party_school", "中共大理白族自治州委党校", ("ccps",))
    cadres = resolve_body("州委老干部局", DALI)
    assert (cadres.id, cadres.counterparts, cadres.counterpart_basis) == (
        "532900-party_veteran_cadres_bureau", ("cod",), "closest")
    organs = resolve_body("州直机关工委", LIANGSHAN)
    assert (organs.id, organs.name, organs.counterparts) == (
        "513400-party_organs_work_committee", "中共凉山彝族自治州直属机关工作委员会", ("cpgo",))
    assert resolve_body("省直机关工委", GANSU).id == "620000-party_organs_work_committee"
    for written in ("中共中央党校", "国家行政学院", "中央党校"):
        assert resolve_body(written, NATIONAL).id == "ccps", written


def test_the_organs_directly_under_stay_the_collective_of_units_and_a_county_s_school_is_no_prefecture_s():
    assert resolve_body("州直机关", LIANGSHAN).id == "direct-units"
    assert resolve_body("县委党校", LIANGSHAN).id is None


MENYUAN = make_context(region="门源回族自治县", level="municipal", date=dt.date(2023, 3, 20))


def test_a_county_s_media_convergence_centre_is_a_body_of_its_own():
    # the pattern of 青海's county task lists (2023): 县政务服务监督管理局、县融媒体中心、县委编办
    found = resolve_body("县融媒体中心", MENYUAN)
    assert (found.id, found.name, found.counterparts, found.counterpart_basis) == (
        "632221-media_center", "门源回族自治县融媒体中心", ("cpd",), "closest")


def test_a_media_word_that_is_no_centre_names_nothing():
    assert resolve_body("县融媒体", MENYUAN).id is None
    assert resolve_body("县新媒体中心", MENYUAN).id is None

"""Bodies that plans outside commerce name: people's organisations, emergency and defence bodies,
public institutions under a government, companies of national enterprises, and the collective of a
government's own bodies. The cells below are written after real local plans (earthquake and flood
plans, civilised-city campaigns, digital-government work points) of cities and counties."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.registry import RegistryError, build_registry
from pilotplans.normalizers.resolve import make_context, resolve_body
from pilotplans.normalizers.responsibility import parse_responsibility

from tests.test_registry import _data  # the package's own data files as text

YUNCHENG = make_context("运城", level="municipal")
RUICHENG = make_context("芮城县", level="county")  # a county under 运城
YANHU = make_context("盐湖区", level="county")  # a district of 运城
SHANXI = make_context("山西", level="provincial")
SOUTHERN_GRID = {"440000", "450000", "460000", "520000", "530000"}  # the provinces 南方电网 supplies
# the eight 盟市 of 蒙西, whose grid is 内蒙古电力(集团)'s: 呼和浩特, 包头, 乌海, 鄂尔多斯, 巴彦淖尔, 乌兰察布, 锡林郭勒, 阿拉善
WESTERN_INNER_MONGOLIA = {"150100", "150200", "150300", "150600", "150800", "150900", "152500", "152900"}


def _read(name: str, context=YUNCHENG) -> tuple:
    found = resolve_body(name, context)
    return found.id, found.name, found.counterparts


@pytest.mark.parametrize(("name", "expected"), [
    ("市总工会", ("140800-trade_union_federation", "运城市总工会", ("acftu",))),
    ("市妇联", ("140800-womens_federation", "运城市妇女联合会", ("acwf",))),
    ("市残联", ("140800-disabled_persons_federation", "运城市残疾人联合会", ("cdpf",))),
    ("市红十字会", ("140800-red_cross_society", "运城市红十字会", ("rcsc",))),
    ("市文联", ("140800-literary_art_federation", "运城市文学艺术界联合会", ("cflac",))),
    ("市社科联", ("140800-social_science_federation", "运城市社会科学界联合会", ())),
    ("市侨联", ("140800-returned_overseas_chinese_federation", "运城市归国华侨联合会", ("acfroc",))),
    ("市供销社", ("140800-supply_marketing_cooperative", "运城市供销合作社", ("acfsmc",))),
    ("市关工委", ("140800-next_generation_committee", "运城市关心下一代工作委员会", ("cncwcg",))),
    ("市文明办", ("140800-party_civilization_office", "中共运城市委精神文明建设办公室", ("ccwo",))),
])
def test_a_peoples_organisation_of_the_documents_city(name, expected):
    assert _read(name) == expected


def test_a_peoples_organisation_written_in_full_with_its_place():
    assert _read("运城市妇女联合会", RUICHENG) == ("140800-womens_federation", "运城市妇女联合会", ("acwf",))


@pytest.mark.parametrize(("name", "expected"), [
    ("团县委", ("140830-youth_league_committee", "共青团芮城县委员会", ("cylc",))),
    ("团市委", ("140800-youth_league_committee", "共青团运城市委员会", ("cylc",))),
    ("团省委", ("140000-youth_league_committee", "共青团山西省委员会", ("cylc",))),
    ("團縣委", ("140830-youth_league_committee", "共青团芮城县委员会", ("cylc",))),
    ("共青团运城市委员会", ("140800-youth_league_committee", "共青团运城市委员会", ("cylc",))),
])
def test_the_youth_league_writes_the_level_marker_inside_its_short_form(name, expected):
    assert _read(name, RUICHENG) == expected


@pytest.mark.parametrize("text", ["团结", "发挥工会作用", "工会", "校团委", "中心", "交易中心", "数据中心", "武警部队"])
def test_words_that_only_look_like_these_bodies_name_none(text):
    assert resolve_body(text, YUNCHENG).id is None


@pytest.mark.parametrize(("name", "expected"), [
    ("市减灾委", ("140800-disaster_reduction_committee", "运城市减灾委员会", ("ndrcc",))),
    ("市防汛办", ("140800-flood_control_office", "运城市防汛抗旱指挥部办公室", ("sfdh",))),
    ("市人防办", ("140800-civil_air_defense_office", "运城市人民防空办公室", ("nnpao",))),
    ("市地震局", ("140800-earthquake_bureau", "运城市地震局", ("cea",))),
    ("运城军分区", ("140800-military_subdistrict", "运城军分区", ("cmc-ndmd",))),
    ("市武警支队", ("140800-armed_police_detachment", "武警运城支队", ("pap",))),
    ("武警运城支队", ("140800-armed_police_detachment", "武警运城支队", ("pap",))),
    ("市消防救援支队", ("140800-fire_rescue_team", "运城市消防救援支队", ("nfrs", "mem"))),
    ("市消防支队", ("140800-fire_rescue_team", "运城市消防救援支队", ("nfrs", "mem"))),
    ("市档案馆", ("140800-archives", "运城市档案馆", ("saac",))),
    ("市档案局", ("140800-archives_bureau", "运城市档案局", ("saac",))),
    ("市公共资源交易中心", ("140800-public_resources_trading_center", "运城市公共资源交易中心", ("ndrc",))),
    ("市大数据中心", ("140800-big_data_center", "运城市大数据中心", ("nda",))),
    ("市政务服务中心", ("140800-government_services_center", "运城市政务服务中心", ("gov-office",))),
    ("市供电公司", ("140800-power_supply_company", "国网运城供电公司", ("sgcc",))),
    ("国网运城供电公司", ("140800-power_supply_company", "国网运城供电公司", ("sgcc",))),
    ("运城调查队", ("140800-statistical_survey_team", "国家统计局运城调查队", ("nbs",))),
])
def test_emergency_defence_and_service_bodies_of_the_documents_city(name, expected):
    assert _read(name) == expected


@pytest.mark.parametrize(("name", "context", "expected"), [
    ("省军区", YUNCHENG, ("140000-provincial_military_district", "山西省军区", ("cmc-ndmd",))),
    ("山西省军区", RUICHENG, ("140000-provincial_military_district", "山西省军区", ("cmc-ndmd",))),
    ("天津警备区", YUNCHENG, ("120000-military_subdistrict", "天津警备区", ("cmc-ndmd",))),
    ("省武警总队", YUNCHENG, ("140000-armed_police_corps", "武警山西省总队", ("pap",))),
    ("武警山西总队", YUNCHENG, ("140000-armed_police_corps", "武警山西省总队", ("pap",))),
    ("市国动办", YUNCHENG, ("140800-defense_mobilization_office", "运城市国防动员办公室", ("ndmc",))),
    ("省消防救援总队", YUNCHENG, ("140000-fire_rescue_team", "山西省消防救援总队", ("nfrs", "mem"))),
])
def test_defence_bodies_above_the_city(name, context, expected):
    assert _read(name, context) == expected


def test_a_centre_is_another_body_than_the_bureau_beside_it():
    assert resolve_body("市大数据中心", YUNCHENG).id != resolve_body("市大数据管理局", YUNCHENG).id
    assert resolve_body("市政务服务中心", YUNCHENG).id != resolve_body("市政务服务管理局", YUNCHENG).id


def test_a_military_sub_district_named_in_a_countys_plan_is_its_citys():
    assert _read("军分区", RUICHENG) == ("140800-military_subdistrict", "运城军分区", ("cmc-ndmd",))


def test_a_military_sub_district_has_no_body_at_province_level():
    found = resolve_body("军分区", SHANXI)
    assert (found.id, found.notes[-1]) == (None, "山西省 has no 军分区（警备区）: the kind is found at city、municipality level only")


def test_a_countys_armed_forces_department_and_power_company():
    assert _read("县人武部", RUICHENG) == ("140830-armed_forces_department", "芮城县人民武装部", ("cmc-ndmd",))
    assert _read("国网芮城县供电公司", RUICHENG) == ("140830-power_supply_company", "国网芮城县供电公司", ("sgcc",))


def test_a_provinces_grid_company():
    assert _read("国网江西省电力公司", make_context("江西", level="provincial")) == (
        "360000-power_company_provincial", "国网江西省电力有限公司", ("sgcc",))


def test_a_public_security_fire_detachment_before_the_2018_handover_keeps_its_name():
    found = resolve_body("市公安消防支队", make_context("平凉", level="municipal", date=dt.date(2017, 6, 1)))
    assert (found.id, found.name, found.counterparts, found.flags) == (
        "620800-public_security_fire_team", "平凉市公安消防支队", ("mps-fire",), ())


def test_a_public_security_fire_detachment_after_the_2018_handover_is_the_fire_rescue_detachment():
    found = resolve_body("市公安消防支队", make_context("平凉", level="municipal", date=dt.date(2019, 6, 1)))
    assert (found.id, found.name, found.counterparts, found.flags, found.written_id) == (
        "620800-fire_rescue_team", "平凉市消防救援支队", ("mem",), ("old_name",), "620800-public_security_fire_team")


def test_the_national_fire_rescue_bureau_is_no_counterpart_before_2023():
    found = resolve_body("市消防救援支队", make_context("运城", level="municipal", date=dt.date(2021, 3, 1)))
    assert found.counterparts == ("mem",)
    assert "no counterpart at the document's date: 国家消防救援局 set up later" in found.notes


def test_the_ministrys_fire_bureau_named_after_2023_is_the_national_fire_rescue_bureau():
    found = resolve_body("应急管理部消防救援局", make_context(date=dt.date(2024, 1, 1)))
    assert (found.id, found.flags, found.written_id) == ("nfrs", ("old_name",), "mem-fire")


def test_a_governments_emergency_office_before_the_2018_reform():
    found = resolve_body("市政府应急办", make_context("三门峡", level="municipal", date=dt.date(2017, 2, 27)))
    assert (found.id, found.name, found.counterparts) == (
        "411200-government_emergency_office", "三门峡市人民政府应急管理办公室", ("gov-emergency-office",))


def test_an_emergency_office_named_after_the_local_reforms_is_the_emergency_bureau():
    found = resolve_body("市应急办", make_context("三门峡", level="municipal", date=dt.date(2020, 1, 1)))
    assert (found.id, found.flags) == ("411200-emergency_management_bureau", ("old_name",))


def test_the_emergency_department_still_names_the_bureau_not_the_former_office():
    assert resolve_body("应急管理部门", YUNCHENG).id == "140800-emergency_management_bureau"


@pytest.mark.parametrize(("name", "expected"), [
    ("全国总工会", "acftu"), ("团中央", "cylc"), ("全国妇联", "acwf"), ("中国残联", "cdpf"),
    ("中国红十字会", "rcsc"), ("中国文联", "cflac"), ("全国侨联", "acfroc"), ("中国地震局", "cea"),
    ("国家减灾委", "ndrcc"), ("国家防总", "sfdh"), ("国家国防动员委员会", "ndmc"), ("国家人防办", "nnpao"),
    ("国家消防救援局", "nfrs"), ("中华全国供销合作总社", "acfsmc"), ("全国供销合作总社", "acfsmc"),
    ("供销总社", "acfsmc"), ("国家档案局", "saac"), ("中央档案馆", "saac"), ("国家电网公司", "sgcc"),
    ("国家电网有限公司", "sgcc"), ("中央文明办", "ccwo"), ("中国关工委", "cncwcg"),
])
def test_the_central_counterparts_resolve(name, expected):
    assert resolve_body(name).id == expected


@pytest.mark.parametrize("name", ["市直各有关单位", "市直有关部门", "市直各部门", "县直各有关单位", "县直各单位",
                                  "县政府各部门", "区直单位", "市直有关部门、单位", "市级各有关部门", "市级相关单位",
                                  "市府各委办局", "市各直属单位"])
def test_the_bodies_directly_under_the_documents_government_are_one_collective(name):
    # each in a plan of the place its marker names: 县… in 芮城县's, 区… in 盐湖区's, 市… in 运城's; 市直有关部门 in
    # 芮城县's plan is 运城's direct units (test_bodies_direct_units_of_a_place_above), 区直单位 in 运城's a
    # district's (test_bodies_direct_units_named_or_below)
    found = resolve_body(name, RUICHENG if name.startswith("县") else YANHU if name.startswith("区") else YUNCHENG)
    assert (found.id, found.collective) == ("direct-units", True)


@pytest.mark.parametrize("name", ["市级", "市府", "市级商务局", "县级公立医院"])
def test_a_level_word_without_the_bodies_it_qualifies_is_no_direct_units_collective(name):
    assert resolve_body(name, RUICHENG).id != "direct-units"


@pytest.mark.parametrize("name", ["各有关单位", "有关单位", "各相关单位"])
def test_related_units_are_the_related_departments(name):
    assert resolve_body(name, RUICHENG).id == "related-departments"


def test_a_government_is_no_collective_of_its_bodies():
    assert resolve_body("县政府", RUICHENG).id == "140830-people_government"


def test_a_county_flood_plan_cell():
    cell = "县应急管理局牵头，县人武部、县消防救援大队、县防汛办、县红十字会、国网芮城县供电公司、县直各有关单位配合"
    context = make_context("芮城县", level="county", date=dt.date(2022, 5, 1))
    read = [(m.text, m.role, resolve_body(m.text, context).id) for m in parse_responsibility(cell)]
    assert read == [
        ("县应急管理局", "lead", "140830-emergency_management_bureau"),
        ("县人武部", "assist", "140830-armed_forces_department"),
        ("县消防救援大队", "assist", "140830-fire_rescue_team"),
        ("县防汛办", "assist", "140830-flood_control_office"),
        ("县红十字会", "assist", "140830-red_cross_society"),
        ("国网芮城县供电公司", "assist", "140830-power_supply_company"),
        ("县直各有关单位", "assist", "direct-units"),
    ]


def test_a_short_form_may_hold_no_placeholder_but_the_marker():
    data = _data("departments.toml").replace('short = [{ match = "团{marker}委"', 'short = [{ match = "团{city}委"')
    with pytest.raises(RegistryError, match="may hold no placeholder but"):
        build_registry(data, _data("regions.toml"), _data("roles.toml"))


def test_a_collective_needs_phrases_or_patterns():
    data = _data("departments.toml").replace('phrases = ["园区"]', "")
    with pytest.raises(RegistryError, match="a collective needs `phrases` or `patterns`"):
        build_registry(data, _data("regions.toml"), _data("roles.toml"))


def test_the_new_kinds_follow_their_rules_in_every_city_and_one_of_its_counties():
    """Generated over the gazetteer: for every prefecture-level city with a county or district, a
    county's plan naming its city's bodies (团市委, 市总工会, 军分区 bare and with the city's name) and
    its own (团县委 / 团区委, its fire brigade, its State Grid company where State Grid supplies)."""
    from pilotplans.normalizers.registry import load_registry

    gazetteer = load_registry().gazetteer
    wrong = []
    checked = 0
    for city in sorted((r for r in gazetteer.regions.values() if r.level == "prefecture"), key=lambda r: r.id):
        county = next((r for r in sorted(gazetteer.regions.values(), key=lambda r: r.id)
                       if r.level == "county" and r.parent == city.id and r.name[-1] in "县区"), None)
        if county is None:
            continue  # a city with no counties (东莞, 中山, 儋州, 嘉峪关)
        checked += 1
        marker = county.name[-1]
        context = make_context(county.id, level="county")
        expected = [
            ("团市委", f"{city.id}-youth_league_committee"),
            ("市总工会", f"{city.id}-trade_union_federation"),
            ("军分区", f"{city.id}-military_subdistrict"),
            (f"{city.short or city.name}军分区", f"{city.id}-military_subdistrict"),
            (f"团{marker}委", f"{county.id}-youth_league_committee"),
            (f"{marker}消防救援大队", f"{county.id}-fire_rescue_team"),
            # 南方电网 supplies 广东, 广西, 海南, 贵州, 云南, 内蒙古电力 蒙西: no State Grid company there
            (f"国网{county.name}供电公司",
             None if city.province in SOUTHERN_GRID or city.id in WESTERN_INNER_MONGOLIA
             else f"{county.id}-power_supply_company"),
        ]
        for name, body in expected:
            found = resolve_body(name, context).id
            if found != body:
                wrong.append((county.name, name, found))
    assert checked >= 320
    assert wrong == []


OTHER_FIELDS = __import__("pathlib").Path(__file__).parent / "fixtures" / "other_fields"


@pytest.mark.parametrize(("plan", "region"), [("sanmenxia-2017", "三门峡"), ("ruicheng-2022", "芮城县")])
def test_a_plan_of_another_field_read_whole_resolves_every_body_as_its_key_says(plan, region, tmp_path):
    """Two plans written after real ones of other fields (a city's earthquake plan before the 2018
    reform, a county's flood and emergency plan), extracted from DOCX like any plan: the document's
    place comes from its issuer (a county's too) and every mention resolves to the body its
    hand-made key names."""
    import json

    from typer.testing import CliRunner

    from city_plans import write_docx
    from pilotplans.cli import app

    write_docx(plan, tmp_path / f"{plan}.docx", folder=OTHER_FIELDS)
    result = CliRunner().invoke(app, ["extract", str(tmp_path / f"{plan}.docx"), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    key = dict(line.split("\t") for line in (OTHER_FIELDS / f"{plan}.key.tsv").read_text("utf-8").splitlines()
               if not line.startswith("#"))
    found = {d["raw"]: d["id"] for r in records for d in r["departments"]}
    assert {r["region"] for r in records} == {region}
    assert found == key


def test_a_county_governments_notice_is_read_as_the_countys():
    from pilotplans.parsers.metadata import read_metadata
    from pilotplans.layout import Paragraph

    found = read_metadata([Paragraph(text=t) for t in ("芮城县人民政府办公室关于印发芮城县防汛抗旱三年行动方案的通知",
                                                       "芮政办发〔2022〕15号")])
    assert (found.region, found.level) == ("芮城县", "county")


def test_a_title_opening_with_a_county_word_names_no_county():
    from pilotplans.parsers.metadata import read_metadata
    from pilotplans.layout import Paragraph

    assert read_metadata([Paragraph(text="关于推进县域商业体系建设的实施方案")]).region is None


def test_the_nearest_entries_offer_no_body_a_tier_does_not_have():
    from pilotplans.normalizers.resolve import nearest_entries

    assert nearest_entries("县军分区司令部", RUICHENG) == ("运城军分区",)


@pytest.mark.parametrize(("name", "before", "after"), [
    ("市国土局", ("140800-land_resources_bureau_former", "运城市国土资源局", ("mlr",)), "140800-natural_resources_bureau"),
    ("市卫计委", ("140800-health_family_planning_commission_former", "运城市卫生和计划生育委员会", ("nhfpc",)), "140800-health_commission"),
    ("市旅游局", ("140800-tourism_bureau_former", "运城市旅游局", ("cnta",)), "140800-culture_tourism_bureau"),
    ("市文广新局", ("140800-culture_press_broadcasting_bureau_former", "运城市文化广电新闻出版局", ("mcprc", "sapprft")),
     "140800-culture_tourism_bureau"),
    ("市环保局", ("140800-environmental_protection_bureau_former", "运城市环境保护局", ("mep",)), "140800-ecology_environment_bureau"),
    ("市农委", ("140800-agriculture_bureau_former", "运城市农业局", ("moa",)), "140800-agriculture_rural_bureau"),
    ("市工商局", ("140800-industry_commerce_bureau_former", "运城市工商行政管理局", ("saic",)), "140800-market_regulation_bureau"),
    ("市质监局", ("140800-quality_supervision_bureau_former", "运城市质量技术监督局", ("aqsiq",)), "140800-market_regulation_bureau"),
    ("市食药监局", ("140800-food_drug_administration_former", "运城市食品药品监督管理局", ("cfda",)), "140800-market_regulation_bureau"),
    ("市安监局", ("140800-work_safety_bureau_former", "运城市安全生产监督管理局", ("sawsa",)), "140800-emergency_management_bureau"),
    ("市规划局", ("140800-urban_planning_bureau_former", "运城市城乡规划局", ("mohurd",)), "140800-natural_resources_bureau"),
])
def test_a_department_before_the_reform_is_itself_before_and_its_successor_after(name, before, after):
    assert _read(name, make_context("运城", level="municipal", date=dt.date(2017, 3, 1))) == before
    found = resolve_body(name, make_context("运城", level="municipal", date=dt.date(2020, 3, 1)))
    assert (found.id, found.flags, found.written_id) == (after, ("old_name",), before[0])


@pytest.mark.parametrize(("name", "body"), [
    ("市场监管部门", "140800-market_regulation_bureau"), ("市工商联", "140800-federation_of_industry_commerce"),
    ("市农业农村局", "140800-agriculture_rural_bureau"), ("市生态环境局", "140800-ecology_environment_bureau"),
])
def test_the_current_departments_keep_their_names_beside_the_former_ones(name, body):
    assert resolve_body(name, YUNCHENG).id == body


@pytest.mark.parametrize(("written", "region"), [
    ("市供电公司", "中山"), ("国网中山供电公司", "中山"), ("国网广东省电力公司", "广东"), ("县供电公司", "陵水县"),
])
def test_no_state_grid_company_is_made_where_the_southern_grid_supplies(written, region):
    found = resolve_body(written, make_context(region, level="municipal"))
    assert (found.id, found.notes[-1:]) == (None, (f"{'海南省' if region == '陵水县' else '广东省'} has no "
                                                    f"{'国网供电公司' if '省' not in written else '国网省级电力公司'}",))


def test_the_places_without_a_kind_are_places_of_the_gazetteer():
    from pilotplans.normalizers.registry import load_registry

    registry = load_registry()
    absent = {p for kind in registry.kinds.values() for p in kind.absent_in}
    assert absent == SOUTHERN_GRID | WESTERN_INNER_MONGOLIA
    assert {p: registry.gazetteer.region(p).level for p in absent if p not in SOUTHERN_GRID} == \
        dict.fromkeys(WESTERN_INNER_MONGOLIA, "prefecture")


@pytest.mark.parametrize(("written", "region", "place"), [
    ("市供电公司", "巴彦淖尔市", "巴彦淖尔市"), ("巴彦淖尔供电公司", "巴彦淖尔市", "巴彦淖尔市"),
    ("县供电公司", "准格尔旗", "鄂尔多斯市"), ("市电力局", "包头市", "包头市"),
])
def test_no_state_grid_company_is_made_where_the_western_inner_mongolian_grid_supplies(written, region, place):
    # 蒙西's grid is 内蒙古电力(集团)'s: its 巴彦淖尔供电公司 is no 国网 company
    found = resolve_body(written, make_context(region, level="municipal"))
    assert (found.id, found.notes[-1:]) == (None, (f"{place} has no 国网供电公司",))


@pytest.mark.parametrize(("written", "region", "body"), [
    ("市供电公司", "通辽市", "150500-power_supply_company"), ("县供电公司", "宁城县", "150429-power_supply_company"),
    ("市供电公司", "呼伦贝尔市", "150700-power_supply_company"), ("盟供电公司", "兴安盟", "152200-power_supply_company"),
    ("市供电公司", "运城市", "140800-power_supply_company"),
])
def test_eastern_inner_mongolia_and_other_provinces_keep_their_state_grid_company(written, region, body):
    # 蒙东 (赤峰, 通辽, 呼伦贝尔, 兴安) is 国网蒙东's
    assert resolve_body(written, make_context(region, level="municipal")).id == body


@pytest.mark.parametrize("name", ["为民服务中心", "市为民服务中心"])
def test_a_township_service_hall_is_not_the_citys_government_services_centre(name):
    assert resolve_body(name, YUNCHENG).id is None

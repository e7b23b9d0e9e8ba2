"""The department registry and the gazetteer: data files that ship with the package, validated."""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources
from pathlib import Path

import pytest

from pilotplans.normalizers.registry import (
    DEPARTMENTS_FILE,
    DIVISIONS_FILE,
    REGIONS_FILE,
    ROLES_FILE,
    RegistryError,
    build_registry,
    load_registry,
)
from pilotplans.normalizers.resolve import make_context, resolve_body

TESTS = Path(__file__).parent
SEEDS = TESTS / "fixtures" / "seeds"


def _data(name: str) -> str:
    return resources.files("pilotplans.data").joinpath(name).read_text("utf-8")


def test_data_files_ship_inside_the_package():
    names = {entry.name for entry in resources.files("pilotplans.data").iterdir()}
    assert {DEPARTMENTS_FILE, REGIONS_FILE, ROLES_FILE} <= names


def test_registry_is_loaded_once():
    assert load_registry() is load_registry()


def test_short_long_and_mistyped_forms_of_mohrss_share_one_id():
    short, name, typo = (resolve_body(t) for t in ("人社部", "人力资源社会保障部", "人力资源部社会保障部"))
    assert short.id == name.id == typo.id == "mohrss"
    assert (short.via, name.via, typo.via) == ("alias", "name", "typo")
    assert (short.is_typo, name.is_typo, typo.is_typo) == (False, False, True)
    assert typo.name == "人力资源社会保障部"
    assert "40 and 41" in typo.notes[0]


def test_renamed_bodies_are_related_not_merged():
    registry = load_registry()
    assert {"cbirc", "nfra"} <= set(registry.central)
    relation = registry.successor["cbirc"]
    assert (relation.target, relation.date, relation.kind) == ("nfra", dt.date(2023, 5, 18), "replaced_by")


@pytest.mark.parametrize(
    ("date", "expected_id", "written_id", "flags"),
    [
        (dt.date(2020, 8, 2), "cbirc", None, ()),
        (dt.date(2024, 1, 1), "nfra", "cbirc", ("old_name",)),
    ],
)
def test_an_old_name_resolves_to_the_successor_from_the_renaming_on(date, expected_id, written_id, flags):
    resolution = resolve_body("银保监会", make_context(date=date))
    assert (resolution.id, resolution.written_id, resolution.flags) == (expected_id, written_id, flags)


def test_foreign_experts_bureau_was_merged_into_most_in_2018():
    before = resolve_body("外专局", make_context(date=dt.date(2018, 1, 1)))
    after = resolve_body("外专局", make_context(date=dt.date(2018, 6, 1)))
    assert (before.id, before.name) == ("safea", "外专局")
    assert (after.id, after.name, after.written_id, after.is_old_name) == ("most", "科技部", "safea", True)


def test_culture_and_tourism_bureau_typo_and_the_two_predecessors_of_mct():
    registry = load_registry()
    assert resolve_body("文化和旅游局").id == "mct"
    assert resolve_body("文化和旅游局").is_typo
    assert {r.source for r in registry.relations if r.target == "mct"} == {"cnta", "mcprc"}


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("发改委", "发展改革委"),
        ("国家发展改革委", "发展改革委"),
        ("国家发改委", "发展改革委"),
        ("科学技术部", "科技部"),
        ("工信部", "工业和信息化部"),
        ("人力资源和社会保障部", "人力资源社会保障部"),
        ("住建部", "住房城乡建设部"),
        ("住房和城乡建设部", "住房城乡建设部"),
        ("文旅部", "文化和旅游部"),
        ("卫健委", "卫生健康委"),
        ("国家卫生健康委", "卫生健康委"),
        ("国务院国资委", "国资委"),
        ("中国证监会", "证监会"),
        ("国家医保局", "医保局"),
        ("中国民航局", "民航局"),
        ("国家药监局", "药监局"),
        ("中宣部", "中央宣传部"),
        ("国家网信办", "中央网信办"),
        ("台办", "中央台办"),
        ("国务院台办", "中央台办"),
        ("中组部", "中央组织部"),
        ("国务院港澳办", "港澳办"),
        ("最高法", "最高人民法院"),
        ("贸促会", "中国贸促会"),
        ("中国信保", "中国出口信用保险公司"),
        ("中国出口信保公司", "中国出口信用保险公司"),
        ("中国银保监会", "银保监会"),
        ("中国人民银行", "人民银行"),
        ("人行", "人民银行"),
        ("国家外汇管理局", "外汇局"),
        ("国家市场监督管理总局", "市场监管总局"),
        ("国家金融监督管理总局", "金融监管总局"),
    ],
)
def test_common_forms_of_central_bodies(written, expected):
    resolution = resolve_body(written, make_context(date=dt.date(2020, 8, 2)))
    assert (resolution.name, resolution.level, resolution.is_alias) == (expected, "central", True)


def test_pilot_rounds_have_the_approved_number_of_areas():
    rounds = load_registry().gazetteer.rounds
    sizes = {round_id: len(r.members) for round_id, r in rounds.items()}
    assert sizes == {"service-trade-2016": 15, "service-trade-2018": 17, "service-trade-2020": 28, "service-opening-2015": 1,
                     "service-opening-2021": 4, "service-opening-2022": 6, "service-opening-2025": 20}
    assert len(rounds["service-opening-2025"].default_scope) == 10
    assert len(rounds["service-trade-2020"].parts["500000"]) == 21


def test_new_areas_without_a_code_borrow_their_hosts_code():
    gazetteer = load_registry().gazetteer
    xiongan, xixian, guian = (gazetteer.lookup(n) for n in ("雄安新区", "西咸新区", "贵安新区"))
    assert (xiongan.id, xiongan.code, xiongan.code_basis) == ("133100", "133100", "official")
    assert (xixian.id, xixian.code, xixian.code_basis) == ("610100-xixian", "610100", "host")
    assert (guian.id, guian.code, guian.code_basis) == ("520100-guian", "520100", "host")
    assert gazetteer.lookup("河北雄安新区") is xiongan
    assert gazetteer.lookup("重庆两江新区") is gazetteer.lookup("两江新区")


def test_every_province_level_unit_and_prefecture_city_is_listed():
    regions = load_registry().gazetteer.regions.values()
    assert sum(r.level == "province" for r in regions) == 34
    assert sum(r.level == "prefecture" for r in regions) == 333


@pytest.mark.parametrize(("abbreviation", "region"), [("琼", "460000"), ("厦", "350200"), ("京", "110000"), ("蜀", "510000")])
def test_place_abbreviations(abbreviation, region):
    # read where a 文号 opens with them (pilotplans/normalizers/place.py); no lookup by abbreviation alone, which a
    # character two places share (锡: 无锡's, and the first of 锡林浩特) could not answer
    assert abbreviation in load_registry().gazetteer.region(region).abbreviations


@pytest.mark.parametrize(
    ("written", "region"),
    [
        ("陵水县", "469028"), ("白沙县", "469025"), ("昌江县", "469026"), ("乐东县", "469027"), ("保亭县", "469029"),
        ("琼中县", "469030"), ("天津滨海新区", "120116"), ("上海浦东新区", "310115"),
    ],
)
def test_county_aliases(written, region):
    assert load_registry().gazetteer.lookup(written).id == region


def test_a_broken_reference_names_the_file_and_the_entry():
    departments = _data(DEPARTMENTS_FILE).replace('id = "commerce_bureau"\nlabel = "商务主管部门"\ncounterpart = "mofcom"',
                                                  'id = "commerce_bureau"\nlabel = "商务主管部门"\ncounterpart = "mofcomm"')
    with pytest.raises(RegistryError) as caught:
        build_registry(departments, _data(REGIONS_FILE), _data(ROLES_FILE))
    assert str(caught.value) == "departments.toml: kind 'commerce_bureau': counterpart 'mofcomm' is not a central body"


def test_a_malformed_entry_names_the_file_and_the_entry():
    departments = _data(DEPARTMENTS_FILE).replace('full_name = "中华人民共和国商务部"\n', "")
    with pytest.raises(RegistryError) as caught:
        build_registry(departments, _data(REGIONS_FILE), _data(ROLES_FILE))
    message = str(caught.value)
    assert message.startswith("departments.toml: central[")
    assert "(id='mofcom').full_name: Field required" in message


_COMMERCE_BUREAU = 'id = "commerce_bureau"\nlabel = "商务主管部门"\n'


def test_a_key_no_kind_holds_names_the_file_the_entry_and_the_key():
    # a kind is a plain record the registry keeps (a dataclass), refused in the file schemas' words
    departments = _data(DEPARTMENTS_FILE).replace(_COMMERCE_BUREAU, _COMMERCE_BUREAU + 'labell = "商务局"\n')
    with pytest.raises(RegistryError) as caught:
        build_registry(departments, _data(REGIONS_FILE), _data(ROLES_FILE))
    assert re.fullmatch(r"departments\.toml: kind\[\d+\] \(id='commerce_bureau'\)\.labell: Extra inputs are not permitted",
                        str(caught.value))


def test_a_key_a_kind_holds_given_its_default_loads_as_left_out():
    departments = _data(DEPARTMENTS_FILE).replace(_COMMERCE_BUREAU, _COMMERCE_BUREAU + "numbered = false\n")
    assert departments != _data(DEPARTMENTS_FILE)
    registry = build_registry(departments, _data(REGIONS_FILE), _data(ROLES_FILE))
    assert registry.kinds["commerce_bureau"] == load_registry().kinds["commerce_bureau"]


def test_a_kind_s_id_out_of_its_pattern_names_the_file_the_entry_and_the_field():
    departments = _data(DEPARTMENTS_FILE).replace(_COMMERCE_BUREAU, _COMMERCE_BUREAU.replace("commerce_", "Commerce_"))
    with pytest.raises(RegistryError) as caught:
        build_registry(departments, _data(REGIONS_FILE), _data(ROLES_FILE))
    assert re.fullmatch(r"departments\.toml: kind\[\d+\] \(id='Commerce_bureau'\)\.id: String should match pattern "
                        r"'\^\[a-z\]\[a-z0-9_\]\*\$'", str(caught.value))


def test_a_relation_without_its_from_names_the_key_the_file_writes():
    departments = _data(DEPARTMENTS_FILE).replace("[[relation]]\nfrom = ", "[[relation]]\nfromm = ", 1)
    with pytest.raises(RegistryError) as caught:
        build_registry(departments, _data(REGIONS_FILE), _data(ROLES_FILE))
    assert str(caught.value) == "departments.toml: relation[1].from: Field required"


# A check of one field of a record the registry keeps names that field, as the models' field validators did; a check
# of a whole entry (a kind's templates) names the entry.
@pytest.mark.parametrize(("written", "wrong", "refusal"), [
    ('prefixes = ["中国人民银行", "人民银行", "人行"]', 'prefixes = ["中国人民银行", "人行", "人行"]',
     r"system\[\d+\] \(id='pboc'\)\.prefixes: Value error, prefix given twice in \['中国人民银行', '人行', '人行'\]"),
    ('prefixes = ["中国人民银行", "人民银行", "人行"]', 'prefixes = ["", "人民银行", "人行"]',
     r"system\[\d+\] \(id='pboc'\)\.prefixes: Value error, the first prefix is the official name and may not be empty"),
    ('ordinals = "第?[一二三四五六七八九十]+"', 'ordinals = "第?[一二三四五六七八九十+"',
     r"names\.ordinals: Value error, bad regular expression .*"),
    ('optional = [["体育", "体"]] }', 'optional = [["体育"]] }',
     r"kind\[\d+\] \(id='[a-z_]+'\)\.functions\.optional: Value error, \['体育'\]: a function is its full forms then "
     r"its one-character abbreviation"),
    ('required = [["文化", "文"], ["旅游", "旅"]]', 'required = [["文化", "文"], ["旅游"]]',
     r"kind\[\d+\] \(id='[a-z_]+'\)\.functions\.required: Value error, \['旅游'\]: a function is its full forms then "
     r"its one-character abbreviation"),
    ('patterns = [{ match = "{area}园林绿化局", full = "{name}园林绿化局", provinces = ["110000"]',
     'patterns = [{ match = "{area}园林绿化局", full = "{name}园林绿化局", provinces = ["110100"]',
     r"kind\[\d+\] \(id='forestry_bureau'\)\.patterns\[1\] \(match='\{area\}园林绿化局'\)\.provinces: Value error, "
     r"provinces \['110100'\] are no province codes \(110000\)"),
])
def test_a_record_s_field_refused_by_its_check_names_the_file_the_entry_and_the_field(written, wrong, refusal):
    assert _data(DEPARTMENTS_FILE).count(written) == 1
    departments = _data(DEPARTMENTS_FILE).replace(written, wrong)
    with pytest.raises(RegistryError) as caught:
        build_registry(departments, _data(REGIONS_FILE), _data(ROLES_FILE))
    assert re.fullmatch(r"departments\.toml: " + refusal, str(caught.value))


def test_a_form_given_as_a_number_is_refused_in_the_models_words():
    departments = _data(DEPARTMENTS_FILE).replace(_COMMERCE_BUREAU, _COMMERCE_BUREAU + "bare = [7]\n")
    with pytest.raises(RegistryError) as caught:
        build_registry(departments, _data(REGIONS_FILE), _data(ROLES_FILE))
    assert re.fullmatch(r"departments\.toml: kind\[\d+\] \(id='commerce_bureau'\)\.bare\[1\]: Input should be a valid "
                        r"dictionary or instance of Form", str(caught.value))


def test_a_system_s_prefixes_with_an_empty_form_after_the_official_one_load():
    # the near miss of the prefixes' check: an empty form after the official name is the system's branch written alone
    registry = load_registry()
    assert registry.systems["gacc"].prefixes == ("中华人民共和国", "")
    assert registry.kinds["forestry_bureau"].patterns[0].provinces == ("110000",)


def test_a_form_given_to_two_bodies_is_rejected():
    departments = _data(DEPARTMENTS_FILE).replace('aliases = ["住建部", "住房和城乡建设部"]', 'aliases = ["住建部", "住房和城乡建设部", "工信部"]')
    with pytest.raises(RegistryError, match="central 'mohurd': '工信部' is already a form of central 'miit'"):
        build_registry(departments, _data(REGIONS_FILE), _data(ROLES_FILE))


def test_a_round_member_missing_from_the_gazetteer_is_rejected():
    regions = _data(REGIONS_FILE).replace('"120000", "310000", "460000", "440300", "330100"', '"120000", "310000", "469999", "440300", "330100"')
    with pytest.raises(RegistryError, match="regions.toml: round 'service-trade-2016': member '469999'"):
        build_registry(_data(DEPARTMENTS_FILE), regions, _data(ROLES_FILE))


def test_bad_toml_names_the_file():
    with pytest.raises(RegistryError, match="^roles.toml: not valid TOML"):
        build_registry(_data(DEPARTMENTS_FILE), _data(REGIONS_FILE), "[[phrase]\n")


def test_every_registered_form_occurs_in_a_source_or_a_test():
    """No speculative aliases: each alias, typo, short form, stem, collective phrase, hand-written
    place alias and group name is written in one of the five source documents or exercised by a
    test (the forms divisions.tsv derives by rule from the code table are not hand-written)."""
    import tomllib

    corpus = "".join(p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt")))
    corpus += "".join(p.read_text("utf-8") for p in sorted(TESTS.glob("test_*.py")))
    corpus += "".join(p.read_text("utf-8") for p in sorted((TESTS / "fixtures" / "city_plans").glob("*")))
    registry = load_registry()
    gazetteer = registry.gazetteer
    # a short form with the level marker inside (团{marker}委) is made by rule for every marker
    forms = [text for text, form in registry.literals.items()
             if form.via not in ("name", "full_name") and form.marker is None]
    hand = tomllib.loads(_data(REGIONS_FILE))
    forms += [alias for aliases in hand["aliases"].values() for alias in aliases]
    forms += [alias for entry in (*hand["provinces"], *hand["new_area"]) for alias in entry.get("aliases", ())]
    forms += [name for group in gazetteer.groups.values() for name in (group.name, *group.aliases)]
    forms += [phrase for scope in gazetteer.scopes.values() for phrase in scope.phrases]
    assert [form for form in forms if form not in corpus] == []


def test_the_gazetteer_goes_down_to_county_level_with_its_source_recorded():
    gazetteer = load_registry().gazetteer
    counties = [r for r in gazetteer.regions.values() if r.level == "county"]
    assert len(counties) == 2846
    assert "yescallop/areacodes result.csv @ eed219a0678d (2025-11-04)" in gazetteer.provenance
    assert gazetteer.region("330109").former == (("萧山县", 1987), ("萧山市", 2001))
    assert gazetteer.find_place("襄樊市").former == ("襄樊市", 2010)



def test_a_place_name_several_places_bear_is_read_in_each_document_s_place_asked_again():
    gazetteer = load_registry().gazetteer  # its answers are kept per text and per document's place
    for _ in range(2):
        assert gazetteer.find_place("鼓楼区", "350100").id == "350102"  # 福州's
        assert gazetteer.find_place("鼓楼区", "320100").id == "320106"  # 南京's
        assert gazetteer.find_place("鼓楼区") is None  # no place given: several bear it


def test_the_place_names_a_text_opens_with_are_the_same_asked_again():
    gazetteer = load_registry().gazetteer
    for _ in range(2):
        assert list(gazetteer.prefixes("厦门市商务局")) == [("厦门市", ("350200",), False), ("厦门", ("350200",), False)]
        assert list(gazetteer.prefixes("商务局")) == []


def test_a_gazetteer_made_of_other_places_keeps_its_own_answers_beside_the_shipped_one_s():
    # the answers kept for the process are each gazetteer's own (compared by identity), not the first one's asked
    shipped = load_registry().gazetteer
    divisions = "".join(line for line in _data(DIVISIONS_FILE).splitlines(keepends=True)
                        if "\t鼓楼区\t" not in line or line.startswith("320106\t"))  # 南京's 鼓楼区 alone
    nanjing_only = build_registry(_data(DEPARTMENTS_FILE), _data(REGIONS_FILE), _data(ROLES_FILE), divisions).gazetteer
    for _ in range(2):
        assert shipped.find_place("鼓楼区") is None  # 南京's, 徐州's, 福州's and 开封's
        assert nanjing_only.find_place("鼓楼区").id == "320106"
        assert [ids for name, ids, _ in shipped.prefixes("鼓楼区商务局") if name == "鼓楼区"] == [
            ("320106", "320302", "350102", "410204")]
        assert [ids for name, ids, _ in nanjing_only.prefixes("鼓楼区商务局") if name == "鼓楼区"] == [("320106",)]

def test_a_malformed_division_line_names_the_file_and_the_line():
    divisions = _data(DIVISIONS_FILE).replace("330109\t萧山区\tcounty", "330109\t萧山区\tdistrict")
    with pytest.raises(RegistryError, match=r"^divisions.tsv: line \d+: bad code '330109' or level 'district'$"):
        build_registry(_data(DEPARTMENTS_FILE), _data(REGIONS_FILE), _data(ROLES_FILE), divisions)


def test_a_kind_above_that_is_no_kind_is_rejected_not_ignored():
    # a misspelt `above` made 市法院 silently unread: the registry names the entry instead
    departments = _data(DEPARTMENTS_FILE).replace('above = { city = "intermediate_court"', 'above = { city = "intermediate_courts"')
    with pytest.raises(RegistryError) as caught:
        build_registry(departments, _data(REGIONS_FILE), _data(ROLES_FILE))
    assert str(caught.value) == "departments.toml: kind 'basic_court': kind above 'intermediate_courts' is not a kind"


def test_the_shipped_kinds_above_are_kinds():
    registry = load_registry()
    assert registry.kinds["basic_court"].above == {"city": "intermediate_court", "province": "high_court"}


def test_a_short_name_rule_for_a_province_the_gazetteer_lacks_is_rejected_not_idle():
    # a misspelt province made the rule's banners lose their short names (科左后旗) with no sign
    regions = _data(REGIONS_FILE).replace('short = "\\\\1\\\\2\\\\3旗", province = "150000"', 'short = "\\\\1\\\\2\\\\3旗", province = "15000"')
    assert regions != _data(REGIONS_FILE)
    with pytest.raises(RegistryError) as caught:
        build_registry(_data(DEPARTMENTS_FILE), regions, _data(ROLES_FILE))
    assert str(caught.value) == "regions.toml: short_name_rules[0]: province '15000' is not a province of the gazetteer"


def test_a_corps_city_code_naming_no_division_is_rejected_not_idle():
    # a misspelt code prefix made 兵团第八师 and 新疆生产建设兵团第一师阿拉尔市 unread with no sign
    regions = _data(REGIONS_FILE).replace('corps_cities = "6590"', 'corps_cities = "6690"')
    assert regions != _data(REGIONS_FILE)
    with pytest.raises(RegistryError) as caught:
        build_registry(_data(DEPARTMENTS_FILE), regions, _data(ROLES_FILE))
    assert str(caught.value) == "regions.toml: corps_cities: '6690' opens no division's code"


def _words_left_out(line: str, empty: str):
    """A registry built from the package's data with one [names] word list emptied, and its contexts."""
    departments = _data(DEPARTMENTS_FILE)
    assert departments.count(line) == 1
    registry = build_registry(departments.replace(line, empty), _data(REGIONS_FILE), _data(ROLES_FILE))
    return registry, lambda region: make_context(region=region, level="municipal", registry=registry)


def test_the_resolver_reads_the_words_after_a_stationed_place_and_a_level_s_area_word_from_the_data_file():
    # the data's words: 县域 is a topic (the plan's own group), 驻张各 the units stationed in 张掖
    assert resolve_body("县域经济领导小组成员单位", make_context(region="岳阳市", level="municipal")).id == \
        "task-group-members"
    assert resolve_body("省属驻张各单位", make_context(region="张掖市", level="municipal")).id == "stationed-units"


def test_without_the_data_file_s_words_the_same_phrases_read_otherwise():
    registry, at = _words_left_out('level_area_words = ["域"]\n', "level_area_words = []\n")
    assert resolve_body("县域经济领导小组成员单位", at("岳阳市"), registry).id is None
    registry, at = _words_left_out('stationed_place_ends = ["各", "有关", "相关", "行政", "企事业", "单位", "机构"]\n',
                                   "stationed_place_ends = []\n")
    assert resolve_body("省属驻张各单位", at("张掖市"), registry).id is None


def test_a_list_of_collectives_aligns_on_the_data_file_s_quantifier():
    found = resolve_body("州政府各部门、各单位", make_context(region="甘南藏族自治州", level="municipal"))
    assert found.notes == ("a list of collectives read as one: 州政府各部门、州政府各单位",)
    registry, at = _words_left_out('list_quantifier = "各"\n', 'list_quantifier = ""\n')
    # 各单位 alone is no collective: unaligned, the list is no list of collectives
    assert resolve_body("州政府各部门、各单位", at("甘南藏族自治州"), registry).id is None

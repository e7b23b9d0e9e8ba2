"""Where a local plan is from when neither its title nor its issuer names a place: the one place
the bodies it names in full open with (房县商务局), else the place whose abbreviation opens its 文号
among those of the level its bodies speak at (许政 with 市… bodies: 许昌); nothing when they name
several places or the abbreviation is shared (pilotplans.normalizers.place)."""

from pathlib import Path

import pytest

from pilotplans.ingest.pipeline import read_document

FIXTURES = Path(__file__).parent / "fixtures"
NOTICES = FIXTURES / "notices"


def _inferred(document):
    return [w.message for w in document.warnings if w.code == "region_inferred"]


def _read(tmp_path, text):
    """The document read from ``text`` written to a scratch file."""
    path = tmp_path / "plan.txt"
    path.write_text(text, "utf-8")
    return read_document(path)


#: what city-own-bodies-works-with-another.txt is placed by
_SHENZHEN_BY_ITS_BODIES = (
    "the document's metadata names no region; taken from the bodies its measures name in full (深圳市商务局、"
    "深圳市财政局、深圳市市场监管局、深圳市住房和建设局、深圳市文化广电旅游体育局), which all name 深圳市")


def test_a_county_plan_whose_bodies_name_their_county_in_full_is_placed_there():
    document = read_document(NOTICES / "county-bodies-named-in-full.txt")
    assert (document.level, document.region) == ("county", "房县")
    assert _inferred(document) == [
        "the document's metadata names no region; taken from the bodies its measures name in full "
        "(房县商务局、房县财政局、房县文旅局), which all name 房县"]
    # its bodies written with their level only (县财政局) are the county's now
    assert [d.id for d in document.measures[0].departments] == [
        "420325-commerce_bureau", "420325-finance_bureau", "420325-subordinate-people_government"]


def test_a_plan_quoting_another_place_s_experience_is_not_moved_there():
    document = read_document(NOTICES / "county-bodies-named-in-full.txt")
    assert "学习借鉴上海经验" in document.measures[0].text
    assert document.region == "房县"


def test_a_plan_whose_bodies_name_several_places_in_full_stays_unplaced_and_says_which():
    document = read_document(NOTICES / "city-bodies-of-two-cities.txt")
    assert (document.level, document.region) == ("municipal", None)
    assert not _inferred(document)
    assert [w.message for w in document.warnings if w.code == "region_unplaced"] == [
        "the document's metadata names no region, and the bodies its measures name in full name several "
        "places (南京市、镇江市): none is taken for its region"]
    assert [d.id for d in document.measures[0].departments] == [None, "320100-commerce_bureau"]


def test_a_provincial_plan_naming_one_city_s_government_is_not_that_city_s():
    # its 省商务厅 says it speaks at a province's level: 武汉市人民政府 is a body it assigns, not its own
    document = read_document(NOTICES / "province-bodies-and-one-city.txt")
    assert (document.level, document.region) == ("provincial", None)
    assert [w.code for w in document.warnings if w.code.startswith(("region_", "level_"))] == [
        "level_from_bodies", "region_unnamed"]


def test_a_provincial_plan_listing_its_cities_stays_the_province_its_doc_no_names():
    document = read_document(NOTICES / "province-doc-no-bodies-of-its-cities.txt")
    assert (document.level, document.region) == ("provincial", "湖北")
    assert _inferred(document) == [
        "the document's metadata names no region; taken from its 文号 鄂政办发〔2021〕18号, which opens with the "
        "abbreviation of 湖北省"]
    assert not [w for w in document.warnings if w.code == "region_unplaced"]
    assert [d.id for d in document.measures[0].departments] == [
        "420000-commerce_bureau", "420100-people_government", "420600-people_government",
        "420500-people_government"]


def test_a_city_plan_named_only_by_its_doc_no_is_placed_by_the_city_s_abbreviation():
    # 许昌's page (unseen-pages/SOURCES.md): 许政 [2020] 20号 over bodies written 市… only
    document = read_document(FIXTURES / "unseen-pages" / "doc-no-over-notice-and-list.txt")
    assert (document.level, document.region) == ("municipal", "许昌")
    assert _inferred(document) == [
        "the document's metadata names no region; taken from its 文号 许政[2020]20号, which opens with 许, the "
        "abbreviation of 许昌市 alone among the places whose bodies are written 市…"]
    assert [d.id for d in document.measures[0].departments] == [
        "411000-task_group_office-疫情防控指挥部", "411000-health_commission", "411000-subordinate-people_government"]


@pytest.mark.parametrize(("doc_no", "region"), [
    ("宁政办发〔2021〕5号", None),  # 南京's, and the first character of 宁波, 宁德 (and 宁夏's abbreviation)
    ("淮政发〔2021〕5号", None),  # 淮安, 淮南, 淮北
    ("苏府办〔2021〕5号", None),  # 苏州's, and 江苏's abbreviation
    ("某政办〔2021〕5号", None),  # no place's
    ("许政〔2021〕5号", "许昌"),
    ("厦府办〔2021〕5号", "厦门"),  # the gazetteer's abbreviation of 厦门
])
def test_a_city_s_doc_no_places_it_only_when_one_place_of_its_bodies_level_bears_the_abbreviation(
        tmp_path, doc_no, region):
    text = (NOTICES / "city-doc-no-shared-abbreviation.txt").read_text("utf-8")
    document = _read(tmp_path, text.replace("宁政办发〔2021〕5号", doc_no, 1))
    assert document.region == region
    assert len(_inferred(document)) == (region is not None)


@pytest.mark.parametrize(("doc_no", "cited", "region"), [
    # the 简称 regions.toml adds, each read against every place of a 市… level bearing the character
    ("通政办发〔2021〕5号", "", None),  # 南通's 简称, and the first character of 通化, 通辽
    ("通政办发〔2021〕5号", "(苏政发〔2021〕1号)", "南通"),
    ("通政办发〔2021〕5号", "(吉政发〔2021〕1号)", "通化"),
    ("明政办发〔2021〕5号", "", None),  # 三明's, and 明光市 (安徽) opens with it
    ("明政办发〔2021〕5号", "(闽政〔2021〕1号)", "三明"),
    ("明政办发〔2021〕5号", "(皖政〔2021〕1号)", "明光市"),
    ("庆政办发〔2021〕5号", "", None),  # 大庆's, and 庆阳's own
    ("庆政办发〔2021〕5号", "(甘政发〔2021〕1号)", "庆阳"),
    ("溪政办发〔2021〕5号", "", "本溪"),  # 溪湖区 bears it too, but its bodies would be 区…
    ("岩政办发〔2021〕5号", "", "龙岩"),
    # the one place bearing the character lies in another province than the one the plan cites:
    # before, placed there all the same (溪政 citing 浙政发: 本溪, in 辽宁)
    ("溪政办发〔2021〕5号", "(浙政发〔2021〕1号)", None),
    ("岩政办发〔2021〕5号", "(黑政发〔2021〕1号)", None),
    ("许政〔2021〕5号", "(豫政〔2020〕1号)", "许昌"),
])
def test_a_city_s_abbreviation_places_it_only_when_one_place_bears_it_in_the_province_it_cites(
        tmp_path, doc_no, cited, region):
    text = (NOTICES / "city-doc-no-shared-abbreviation.txt").read_text("utf-8")
    document = _read(tmp_path, text.replace("宁政办发〔2021〕5号", doc_no, 1).replace("印发给你们", f"{cited}印发给你们", 1))
    # 明光市 is a county-level city (under 滁州): its plan reads county, the prefecture-level cities' municipal
    assert (document.level, document.region) == ("county" if region == "明光市" else "municipal", region)
    assert len(_inferred(document)) == (region is not None)


def test_a_doc_no_places_nothing_when_no_body_says_its_level(tmp_path):
    text = (NOTICES / "city-doc-no-shared-abbreviation.txt").read_text("utf-8")
    document = _read(tmp_path, text.replace("宁政办发", "许政办发", 1).replace("市商务局", "商务局").replace("市财政局", "财政局"))
    assert (document.level, document.region) == (None, None)
    assert not _inferred(document)


def test_a_national_task_table_naming_many_places_bodies_stays_unplaced():
    document = read_document(FIXTURES / "national-2020-tasks.html")
    assert document.region is None
    assert not [w for w in document.warnings if w.code.startswith("region_")]


def test_a_plan_naming_its_place_only_in_its_notice_s_words_is_placed_there():
    # 淮安's page (unseen-pages/SOURCES.md): no title, issuer or 文号 of its own; 结合淮安实际 in the notice
    document = read_document(FIXTURES / "unseen-pages" / "place-named-only-in-preamble.txt")
    assert (document.level, document.region) == ("municipal", "淮安")
    assert _inferred(document) == [
        "the document's metadata names no region; taken from its notice's words 结合淮安实际, which name 淮安"]
    assert [d.id for d in document.measures[1].departments][:2] == [
        "320800-industry_information_bureau", "320800-finance_bureau"]


@pytest.mark.parametrize("words", [
    "结合我市实际",  # names no place
    "学习借鉴上海经验",  # another place's experience
    "结合淮安发展实际",  # more than a place between the words: not read
])
def test_a_notice_s_words_place_a_plan_only_when_they_name_its_place(tmp_path, words):
    text = (FIXTURES / "unseen-pages" / "place-named-only-in-preamble.txt").read_text("utf-8")
    document = _read(tmp_path, text.replace("结合淮安实际", words, 1))
    assert (document.level, document.region) == ("municipal", None)
    assert not _inferred(document)


def test_a_notice_s_words_naming_two_places_place_nothing(tmp_path):
    text = (FIXTURES / "unseen-pages" / "place-named-only-in-preamble.txt").read_text("utf-8")
    assert _read(tmp_path, text.replace("结合淮安实际", "结合淮安实际、根据宿迁实际", 1)).region is None


@pytest.mark.parametrize(("body", "region"), [
    ("郑州市财政局", "郑州"),  # the city's own bureau: its place
    ("郑州海关", None),  # a customs district named after a city serves more than it: no place of the plan
    ("郑州铁路局", None),  # a railway bureau's name is its seat's, not its plan's
])
def test_only_a_place_s_own_body_named_in_full_places_a_plan(tmp_path, body, region):
    text = (NOTICES / "city-doc-no-shared-abbreviation.txt").read_text("utf-8")
    document = _read(tmp_path, text.replace("宁政办发", "某政办发", 1).replace("市财政局", body))
    assert document.region == region
    assert len(_inferred(document)) == (region is not None)


@pytest.mark.parametrize(("doc_no", "region"), [
    ("宛政〔2021〕5号", "南阳"),  # 南阳's 简称, the gazetteer's data
    ("穗府办〔2021〕5号", "广州"),
    ("锡政办发〔2021〕5号", None),  # 无锡's 简称, and the first character of 锡林浩特 (a city at county level)
    ("洪府办〔2021〕5号", None),  # 南昌's 简称, and the first character of 洪湖 and 洪江
    ("余府办〔2021〕5号", None),  # 新余's 简称 (its name's second character), and the first of 余姚 (a city at county level)
    ("饶府办〔2021〕5号", "上饶"),  # 上饶's 简称: no place's name at the level opens with 饶
    ("潭政办发〔2021〕5号", "湘潭"),
    ("蓉府办〔2021〕5号", "成都"),  # 成都's 简称 in the table regions.toml cites: no place's name opens with 蓉
    ("庆政办发〔2021〕5号", None),  # 大庆's 简称, and the first character of 庆阳: shared
    ("泉政办〔2021〕5号", "泉州"),  # 阳泉's character in that table is no 文号's: 泉 stays 泉州's alone
])
def test_a_city_s_own_abbreviation_opening_its_doc_no_counts_beside_the_first_characters_of_names(
        tmp_path, doc_no, region):
    text = (NOTICES / "city-doc-no-shared-abbreviation.txt").read_text("utf-8")
    assert _read(tmp_path, text.replace("宁政办发〔2021〕5号", doc_no, 1)).region == region


@pytest.mark.parametrize(("cited", "region"), [
    ("(苏政发〔2022〕1号)", "淮安"),  # the province it cites: of 淮安, 淮南 and 淮北 only 淮安 is in 江苏
    ("", None),  # no province: 淮 stays shared
])
def test_a_doc_no_s_shared_abbreviation_is_told_apart_by_the_province_of_the_doc_no_it_cites(
        tmp_path, cited, region):
    text = (FIXTURES / "unseen-pages" / "place-named-only-in-preamble.txt").read_text("utf-8")
    text = "淮政发〔2022〕10号\n" + text.replace("结合淮安实际", "结合我市实际", 1).replace("(苏政发〔2022〕1号)", cited, 1)
    document = _read(tmp_path, text)
    assert document.region == region
    assert _inferred(document) == ([
        "the document's metadata names no region; taken from its 文号 淮政发〔2022〕10号, which opens with 淮, the "
        "abbreviation of 淮安市 alone among the places in 江苏省, the province it cites or names, whose bodies are "
        "written 市…"] if region else [])


@pytest.mark.parametrize(("doc_no", "region", "unplaced"), [
    # 许 opens 许昌's 文号, not 深圳's: the one body named in full is another place's (a partner), and
    # which is the plan's own cannot be told
    ("许政办发〔2021〕5号", None, [
        "the document's metadata names no region, and the bodies its measures name in full name 深圳市 (深圳市财政局), "
        "whose abbreviation its 文号 许政办发〔2021〕5号 does not open with: none is taken for its region"]),
    ("深府办〔2021〕5号", "深圳", []),  # the 文号 agrees with the bodies
    ("粤府办〔2021〕5号", "深圳", []),  # its province's 文号 (a province issuing its city's plan) does not gainsay it
    ("", "深圳", []),  # no 文号: the bodies alone
])
def test_bodies_named_in_full_place_a_plan_only_when_its_doc_no_does_not_name_another_place(
        tmp_path, doc_no, region, unplaced):
    text = (NOTICES / "city-doc-no-shared-abbreviation.txt").read_text("utf-8")
    document = _read(tmp_path, text.replace("宁政办发〔2021〕5号", doc_no, 1).replace("市财政局", "深圳市财政局"))
    assert (document.level, document.region) == ("municipal", region)
    assert len(_inferred(document)) == (region is not None)
    assert [w.message for w in document.warnings if w.code == "region_unplaced"] == unplaced
    assert [d.id for d in document.measures[1].departments][1:] == ["440300-finance_bureau"]


def test_a_body_named_in_full_beside_the_plan_s_own_of_the_same_kind_is_a_partner_s_and_places_nothing(tmp_path):
    # 市商务局、上海市商务局 in one cell are two bureaus: the plan's own and a partner's, so the plan is
    # not 上海's (had it been, its 市商务局 would be 上海市商务局 itself)
    text = (NOTICES / "city-doc-no-shared-abbreviation.txt").read_text("utf-8")
    document = _read(tmp_path, text.replace("宁政办发〔2021〕5号\n", "", 1).replace("（责任单位：市商务局）", "（责任单位：市商务局、上海市商务局）"))
    assert (document.level, document.region) == ("municipal", None)
    assert not _inferred(document)
    assert [w.message for w in document.warnings if w.code == "region_unplaced"] == [
        "the document's metadata names no region, and the one place the bodies its measures name in full name, "
        "上海市, is a partner's: 上海市商务局 is listed beside 市商务局, a body of the same kind: none is taken for its region"]
    assert [d.id for d in document.measures[0].departments] == [None, "310000-commerce_bureau"]


def test_a_place_s_body_named_in_full_beside_other_kinds_still_places_the_plan(tmp_path):
    text = (NOTICES / "city-doc-no-shared-abbreviation.txt").read_text("utf-8")
    document = _read(tmp_path, text.replace("宁政办发〔2021〕5号\n", "", 1).replace("（责任单位：市商务局）", "（责任单位：市财政局、上海市商务局）"))
    assert (document.level, document.region) == ("provincial", "上海")
    assert _inferred(document) == [
        "the document's metadata names no region; taken from the bodies its measures name in full (上海市商务局), "
        "which all name 上海市"]
    assert not [w for w in document.warnings if w.code == "region_unplaced"]


@pytest.mark.parametrize(("words", "region"), [
    ("", None),  # 结合深圳实际 only in a measure: a partner's place the plan works with, not the plan's own
    ("结合惠州实际，", "惠州"),  # the notice's own words still place it
])
def test_only_the_notice_s_words_before_its_items_place_a_plan(tmp_path, words, region):
    document = _read(tmp_path,
        "推进服务业扩大开放实施方案\n"
        f"为加快服务业开放，{words}制定本方案。\n"
        "一、深化区域合作\n"
        "（一）对接深圳前海。学习深圳经验，结合深圳实际，引进深圳企业。（责任单位：市商务局、市发展改革委）\n"
        "（二）建设合作园区。推进与前海合作。（责任单位：市商务局）\n")
    assert document.region == region
    assert _inferred(document) == ([
        "the document's metadata names no region; taken from its notice's words 结合惠州实际, which name 惠州"] if region else [])
    assert "结合深圳实际" in document.measures[0].text


@pytest.mark.parametrize(("bodies", "level", "region", "unplaced"), [
    # a county's plan citing its city's words: its 县商务局 is no bureau of 淮安's, and says it is a county's
    ("县商务局、县财政局", "county", None, [
        "the document's metadata names no region; its notice's words 结合淮安实际 name 淮安市, but its bodies are "
        "written 县…, of another level: none is taken for its region"]),
    ("市商务局、市财政局", "municipal", "淮安", []),
])
def test_a_notice_s_words_place_a_plan_only_at_the_level_its_bodies_speak_at(tmp_path, bodies, level, region, unplaced):
    document = _read(
        tmp_path,
        "关于印发进一步促进消费若干措施的通知\n"
        "各乡镇人民政府，有关部门：\n"
        "为落实上级部署，结合淮安实际，现将《进一步促进消费若干措施》印发给你们，请认真组织实施。\n"
        "2023年9月20日\n"
        "进一步促进消费若干措施\n"
        f"（一）开展消费促进活动。全年举办促消费活动不少于10场。（牵头单位：{bodies}）\n"
        "（二）发放消费券。安排专项资金发放消费券。（牵头单位：县财政局）\n".replace("县财政局）", bodies.split("、")[1] + "）"))
    assert (document.level, document.region) == (level, region)
    assert len(_inferred(document)) == (region is not None)
    assert [w.message for w in document.warnings if w.code == "region_unplaced"] == unplaced


def test_a_place_s_government_named_in_full_is_the_body_a_plan_above_it_assigns_and_places_nothing(tmp_path):
    # a province's plan writing its own bodies without 省 (商务厅) and its pilot city's government in
    # full: 武汉市人民政府 is the city it assigns, not the plan's own place
    document = _read(tmp_path,
        "关于印发推进服务业扩大开放若干措施的通知\n"
        "各有关单位：\n"
        "现将《推进服务业扩大开放若干措施》印发给你们，请认真贯彻执行。\n"
        "2021年6月3日\n"
        "推进服务业扩大开放若干措施\n"
        "1.支持武汉开展服务业扩大开放试点。（责任单位：武汉市人民政府、商务厅）\n"
        "2.扩大金融业对外开放。（责任单位：武汉市人民政府）\n"
        "3.推进服务贸易创新发展试点。（责任单位：武汉市人民政府、发展改革委）\n")
    assert (document.level, document.region) == (None, None)
    assert not [w for w in document.warnings if w.code.startswith("region_")]
    assert [d.id for d in document.measures[1].departments] == ["420100-people_government"]


@pytest.mark.parametrize(("own", "region"), [
    ("商务厅", None),  # a department of a province, written bare: read as 武汉's it is 湖北's, so the plan is the province's
    ("财政局", "武汉"),  # a bureau a city has: the city's own
])
def test_a_city_s_body_named_in_full_places_a_plan_only_when_its_bare_bodies_are_the_city_s(tmp_path, own, region):
    document = _read(tmp_path,
        "关于印发推进服务业扩大开放若干措施的通知\n"
        "各有关单位：\n"
        "现将《推进服务业扩大开放若干措施》印发给你们，请认真贯彻执行。\n"
        "2021年6月3日\n"
        "推进服务业扩大开放若干措施\n"
        f"1.支持武汉开展服务业扩大开放试点。（责任单位：武汉市商务局、{own}）\n"
        "2.扩大金融业对外开放。（责任单位：武汉市商务局）\n"
        "3.推进服务贸易创新发展试点。（责任单位：武汉市商务局）\n")
    assert document.region == region
    assert _inferred(document) == ([
        "the document's metadata names no region; taken from the bodies its measures name in full (武汉市商务局), "
        "which all name 武汉市"] if region else [])


@pytest.mark.parametrize(("fixture", "place", "words"), [
    ("city-learns-from-another-city.txt", "深圳市 (深圳市商务局)", "学习借鉴深圳"),
    ("city-cooperates-with-another-city.txt", "深圳市 (深圳市商务局)", "与深圳合作"),
    ("city-lists-partner-cities.txt", "南京市 (南京市发改委)", "与南京、杭州、合肥等城市共建"),
    ("city-docks-with-another-city.txt", "上海市 (上海市商务委)", "对接上海"),
])
def test_a_body_of_a_place_the_measures_name_as_another_s_places_nothing(fixture, place, words):
    # the one body named in full, in a cell of its own, is the partner's the measure speaks of:
    # before, the plan was placed there and its 市… bodies read as that city's
    document = read_document(NOTICES / fixture)
    assert (document.level, document.region) == ("municipal", None)
    assert not _inferred(document)
    assert [w.message for w in document.warnings if w.code == "region_unplaced"] == [
        f"the document's metadata names no region, and the one place the bodies its measures name in full name, "
        f"{place}, is one its measures name as another's ({words}): none is taken for its region"]


@pytest.mark.parametrize(("phrase", "words"), [
    # other words saying the plan models itself on a place: before, placed in 深圳 by its bureau
    ("参照深圳做法", "参照深圳"),
    ("比照深圳标准", "比照深圳"),
    ("向深圳学习", "向深圳学习"),
    ("主动向深圳看齐", "向深圳看齐"),
])
def test_a_body_of_a_place_the_plan_models_itself_on_places_nothing(tmp_path, phrase, words):
    document = _read(tmp_path, (NOTICES / "city-learns-from-another-city.txt").read_text("utf-8").replace(
        "学习借鉴深圳经验", phrase, 1))
    assert (document.level, document.region) == ("municipal", None)
    assert [w.message for w in document.warnings if w.code == "region_unplaced"] == [
        "the document's metadata names no region, and the one place the bodies its measures name in full name, "
        f"深圳市 (深圳市商务局), is one its measures name as another's ({words}): none is taken for its region"]


@pytest.mark.parametrize("phrase", [
    "总结推广深圳经验",  # its own experience it spreads: no word of another's
    "参照《深圳市促进消费办法》",  # a regulation cited by its title, no place after the word
    "面向全国推广",
])
def test_a_plan_s_own_place_named_after_words_of_its_own_stays_placed(tmp_path, phrase):
    document = _read(tmp_path, (NOTICES / "city-own-bodies-works-with-another.txt").read_text("utf-8").replace(
        "与广州合作共建跨境电商产业园", phrase, 1))
    assert (document.level, document.region) == ("municipal", "深圳")


def test_a_plan_whose_own_bodies_name_its_place_stays_there_when_a_measure_works_with_another():
    document = read_document(NOTICES / "city-own-bodies-works-with-another.txt")
    assert "与广州合作" in document.measures[0].text
    assert (document.level, document.region) == ("municipal", "深圳")
    assert _inferred(document) == [_SHENZHEN_BY_ITS_BODIES]


@pytest.mark.parametrize("phrase", [
    "在全市复制推广深圳前海改革创新经验",
    "联合深圳市市场监管局共同开展执法",
    "对接深圳证券交易所资源",
])
def test_a_plan_naming_every_body_in_full_of_one_place_stays_there_whatever_its_measures_learn_from(tmp_path, phrase):
    # no body written 市… only: the bodies of 深圳 it names in full are its own, not a partner's
    # beside its own. Before, unplaced as 深圳's partner
    document = _read(tmp_path, (NOTICES / "city-own-bodies-works-with-another.txt").read_text("utf-8").replace(
        "与广州合作共建跨境电商产业园", phrase, 1))
    assert (document.level, document.region) == ("municipal", "深圳")
    assert not [w for w in document.warnings if w.code == "region_unplaced"]
    assert _inferred(document) == [_SHENZHEN_BY_ITS_BODIES]


@pytest.mark.parametrize("partner", ["深圳海关", "深圳市税务局"])
def test_a_plan_working_with_its_own_city_s_customs_or_tax_bureau_stays_placed_by_its_bodies(tmp_path, partner):
    # 与深圳海关合作 names the customs district, not 深圳 as a partner: before, the plan whose every
    # body named in full is 深圳's was unplaced as that partner's
    document = _read(tmp_path, (NOTICES / "city-own-bodies-works-with-another.txt").read_text("utf-8").replace(
        "与广州合作", f"与{partner}合作", 1))
    assert (document.level, document.region) == ("municipal", "深圳")
    assert not [w for w in document.warnings if w.code == "region_unplaced"]
    assert _inferred(document) == [_SHENZHEN_BY_ITS_BODIES]


def test_a_city_plan_naming_its_province_s_body_in_full_is_not_placed_in_the_province():
    # 市… bodies speak at a city's level: 江苏省商务厅 is the province above, no place for the plan
    document = read_document(NOTICES / "city-names-its-province-body.txt")
    assert (document.level, document.region) == ("municipal", None)
    assert [w.code for w in document.warnings if w.code.startswith("region_")] == ["region_unnamed"]
    assert [d.id for d in document.measures[0].departments] == [None, "320000-commerce_bureau"]


@pytest.mark.parametrize(("cited", "region"), [
    ("(晋政发〔2021〕1号)", "大同"),  # 同 is 大同's 简称 (同政办发), and opens 同江市, 同仁市…: only 大同 is in 山西
    ("", None),
])
def test_a_city_s_abbreviation_shared_with_county_level_cities_is_told_apart_by_the_province_it_cites(
        tmp_path, cited, region):
    text = (NOTICES / "city-doc-no-shared-abbreviation.txt").read_text("utf-8")
    document = _read(tmp_path, text.replace("宁政办发〔2021〕5号", "同政办发〔2021〕5号", 1).replace(
        "印发给你们", f"{cited}印发给你们", 1))
    assert document.region == region
    assert _inferred(document) == ([
        "the document's metadata names no region; taken from its 文号 同政办发〔2021〕5号, which opens with 同, the "
        "abbreviation of 大同市 alone among the places in 山西省, the province it cites or names, whose bodies are "
        "written 市…"] if region else [])


@pytest.mark.parametrize(("signature", "region"), [
    ("", None),  # 我市 and the province's cited 川府发: of 四川, but of which city nothing says
    ("成都市人民政府\n2015年10月30日\n", "成都"),  # the signature past the excerpt names it: the issuer
])
def test_a_city_plan_citing_only_its_province_is_placed_by_its_signature_alone(tmp_path, signature, region):
    document = _read(tmp_path, (FIXTURES / "unseen-pages" / "city-plan-citing-its-province-only.txt").read_text("utf-8")
        + signature)
    assert document.region == region
    assert [w.code for w in document.warnings if w.code.startswith("region_")] == ([] if region else ["region_unnamed"])


def test_a_province_s_plan_naming_its_province_only_inside_a_measure_stays_unplaced():
    document = read_document(FIXTURES / "unseen-pages" / "province-plan-naming-its-place-in-a-measure.txt")
    assert "实施山东OTN" in document.measures[0].text
    assert (document.level, document.region) == ("provincial", None)
    assert [w.code for w in document.warnings if w.code.startswith(("region_", "level_"))] == [
        "level_from_bodies", "region_unnamed"]


def test_a_plan_s_title_naming_its_partner_after_its_own_place_still_places_the_notice(tmp_path):
    document = _read(tmp_path, (NOTICES / "plan-title-names-the-place.txt").read_text("utf-8").replace(
        "济南市进一步促进消费若干措施", "济南市与淄博市协同推进消费若干措施"))
    assert (document.level, document.region) == ("municipal", "济南")
    assert _inferred(document) == [
        "the document's metadata names no region; taken from its plan's title 济南市与淄博市协同推进消费若干措施, "
        "which opens with 济南市"]


def test_a_notice_naming_no_place_is_placed_by_its_plan_s_title_opening_with_its_city():
    # before, unplaced: the notice's title names no place, and the plan's title was not read for one
    document = read_document(NOTICES / "plan-title-names-the-place.txt")
    assert (document.level, document.region) == ("municipal", "济南")
    assert _inferred(document) == [
        "the document's metadata names no region; taken from its plan's title 济南市进一步促进消费若干措施, which "
        "opens with 济南市"]
    assert [d.id for d in document.measures[0].departments] == ["370100-commerce_bureau", "370100-finance_bureau"]


@pytest.mark.parametrize("change", [
    {"市商务局": "省商务厅", "市财政局": "省财政厅"},  # bodies of a province: not the city's own plan
    {"济南市进一步": "进一步"},  # no place opens the plan's title
    # the notice's title names the place the plan's title opens with as one it learns from: another
    # city's experience it copies, not its own place (before, placed in 深圳, its 市… bodies read there)
    {"关于印发进一步促进消费若干措施的通知": "关于复制推广深圳前海改革创新经验的通知",
     "济南市进一步促进消费若干措施": "深圳前海改革创新经验复制推广清单"},
    {"关于印发进一步促进消费若干措施的通知": "关于学习借鉴深圳经验的通知",
     "济南市进一步促进消费若干措施": "深圳市促进消费经验做法清单"},
    # a plan's title opening with places side by side is theirs together, as a notice's title naming
    # them is (before, placed in 济南, the first)
    {"济南市进一步促进消费若干措施": "济南市、淄博市、泰安市协同推进消费若干措施"},
])
def test_a_plan_s_title_places_a_notice_only_when_it_opens_with_a_place_of_its_bodies_level(tmp_path, change):
    text = (NOTICES / "plan-title-names-the-place.txt").read_text("utf-8")
    for old, new in change.items():
        text = text.replace(old, new)
    document = _read(tmp_path, text)
    assert document.region is None
    assert not _inferred(document)

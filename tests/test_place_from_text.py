"""A page printing no title, 文号 or signature whose text names one city (把广州建设成为…, 《中共广州市委、广州市人民政府…》:
prose-blind20's Guangzhou 2012 talent opinions) and whose bodies are written 市… only is that city's, said in
region_from_text; a page naming two cities, or one whose owners are central bodies, is placed nowhere."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.normalizers.place import place_of_text
from pilotplans.normalizers.registry import load_registry
from tests.conftest import FIXTURES

GUANGZHOU = FIXTURES / "prose-blind20" / "guangzhou-2012-city-talent-opinions-lead-and-partner-brackets-districts-last.html"
SHAPES = FIXTURES / "prose-shapes"


def test_a_headless_page_whose_text_names_one_city_and_whose_bodies_are_its_own_is_placed_there_with_a_warning():
    document = read_document(GUANGZHOU)
    assert (document.title, document.doc_no, document.issuer) == (None, None, None)
    assert (document.region, document.level, [w.code for w in document.warnings]) == ("广州", "municipal", ["region_from_text"])
    assert document.measures[0].departments[0].id == "440100-development_reform_commission"


def test_a_headless_page_whose_text_names_two_cities_is_placed_nowhere_and_warns_its_place_unknown():
    document = read_document(SHAPES / "text-names-two-cities-no-head.txt")
    assert (document.region, document.level, [w.code for w in document.warnings]) == (
        None, "municipal", ["level_from_bodies", "region_unnamed"])


def test_a_national_plan_whose_text_names_one_city_is_not_placed_there():
    document = read_document(SHAPES / "text-names-one-city-central-owners-no-head.txt")
    assert (document.region, document.level, [w.code for w in document.warnings]) == (None, "national", ["level_from_bodies"])


def test_the_text_names_one_city_twice_its_districts_and_schools_beside_it():
    gazetteer = load_registry().gazetteer
    found = place_of_text(["把广州建设成为国际人才港。", "选择广州开发区、天河区作为试点区域，推进与北京大学的全面合作。"], None, gazetteer)
    assert found is not None and (found[0], found[1].region_id) == ("广州", "440100")


def test_a_city_named_once_a_partner_or_a_page_of_a_province_gives_no_place():
    gazetteer = load_registry().gazetteer
    assert place_of_text(["把广州建设成为国际人才港。"], None, gazetteer) is None
    assert place_of_text(["把广州建设成为国际人才港，广州要与深圳合作共建。"], None, gazetteer) is None
    assert place_of_text(["把广州建设成为国际人才港，广州、佛山两地人才互通。"], None, gazetteer) is None  # two cities, no partner word
    assert place_of_text(["把广州建设成为国际人才港，广州走在广东前列。"], None, gazetteer) is None
    assert place_of_text(["把广州建设成为国际人才港，广州要先行。"], "provincial", gazetteer) is None


def test_a_headless_page_naming_a_county_level_city_inside_the_city_is_not_placed_in_the_city():
    # 义乌市 is a county-level city: its own bodies are written 市… too, so 市商务局 on a page naming 金华 twice
    # and 义乌 may be 义乌's; taking 金华 resolved them to 金华's bureaus, wrongly.
    document = read_document(SHAPES / "text-names-its-city-and-a-county-level-city-no-head.txt")
    assert (document.region, [w.code for w in document.warnings]) == (None, ["level_from_bodies", "region_unnamed"])
    assert all(d.id is None for m in document.measures for d in m.departments)


def test_the_text_names_its_city_and_a_district_or_a_county_of_it_still_gives_the_city():
    gazetteer = load_registry().gazetteer
    assert place_of_text(["融入金华—义乌都市区，助力金华发展。"], None, gazetteer) is None
    found = place_of_text(["把金华建设成为枢纽，金华要推动婺城区、浦江县发展。"], None, gazetteer)
    assert found is not None and found[1].region_id == "330700"


def test_a_page_joining_a_city_s_metropolitan_area_names_another_city_than_its_own():
    # 佛山's or 清远's page: 融入广州都市圈, 全面接轨广州 speak of a neighbour, not of the page's own city
    gazetteer = load_registry().gazetteer
    assert place_of_text(["积极融入广州都市圈，借力广州资源。"], None, gazetteer) is None
    assert place_of_text(["全面接轨广州，推动广州产业外溢。"], None, gazetteer) is None


# --- a city's page citing its province's plan (meta42) -----------------------------------------------------------

CITING = "根据《广东省中长期人才发展规划纲要（2010—2020年）》和《中共广州市委、广州市人民政府关于全面推进新型城市化发展的决定》"


def _guangzhou_citing(tmp_path, cited: str, owners: tuple[str, str] = ("", "")):
    text = GUANGZHOU.read_text("utf-8").replace("根据《中共广州市委、广州市人民政府关于全面推进新型城市化发展的决定》", cited)
    page = tmp_path / "guangzhou-citing.html"
    page.write_text(text.replace(*owners) if owners[0] else text, "utf-8")
    return read_document(page)


def test_a_city_s_page_citing_its_province_s_plan_stays_the_city_s(tmp_path):
    # before: placed nowhere (region_unnamed): the province named once, inside the title of the plan it cites, was
    # taken for a province's page
    document = _guangzhou_citing(tmp_path, CITING)
    assert (document.region, document.level, [w.code for w in document.warnings]) == ("广州", "municipal", ["region_from_text"])
    assert document.warnings[0].message == (
        "the page prints no place in its title, issuer, 文号 or signature; 广州 was inferred from its text, which names "
        "广州市, its province only in the title of a document it cites (《广东省中长期人才发展规划纲要（2010—2020年）》) and "
        "no other place, its bodies written 市… only (市发展改革委、市委组织部、市人力资源和社会保障局): check it")


def test_a_province_named_as_a_place_the_page_speaks_of_still_gives_no_city():
    # quiet: 广东 outside any title cited (广州走在广东前列) may be the province's own page speaking of its capital
    gazetteer = load_registry().gazetteer
    assert place_of_text(["把广州建设成为国际人才港，广州走在广东前列。"], None, gazetteer) is None
    found = place_of_text(["根据《广东省人才发展规划》，把广州建设成为国际人才港，广州要先行。"], None, gazetteer)
    assert found is not None and found[1].region_id == "440100"


def test_another_province_s_plan_cited_gives_no_city(tmp_path):
    # quiet: a plan of 四川 cited beside 广州 (a partner's, or another place's page): whose page it is the text cannot say
    document = _guangzhou_citing(tmp_path, CITING.replace("广东省中长期", "四川省中长期"))
    assert (document.region, [w.code for w in document.warnings]) == (None, ["level_from_bodies", "region_unnamed"])


def test_bodies_of_another_level_than_the_city_the_text_names_are_said_to_disagree(tmp_path):
    # the text names 广州 only, its owners are written 区… (a district's page speaking of its city): none is taken, and
    # the warning says what the text and the bodies each say (before: only region_unnamed)
    document = _guangzhou_citing(tmp_path, CITING, ("牵头单位：市", "牵头单位：区"))
    assert (document.region, [w.code for w in document.warnings if w.code.startswith("region_")]) == (None, ["region_unplaced"])
    unplaced = next(w.message for w in document.warnings if w.code == "region_unplaced")
    assert unplaced == (
        "the page prints no place in its title, issuer, 文号 or signature; its text names 广州市, its province only in the "
        "title of a document it cites (《广东省中长期人才发展规划纲要（2010—2020年）》) and no other place, but its bodies are "
        "written 市、区… (区发展改革委、市委组织部、市人力资源和社会保障局): none is taken for its region")

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

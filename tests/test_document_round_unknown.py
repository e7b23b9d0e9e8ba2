"""A document's round that names no pilot round the gazetteer holds (a manifest's ``round = 2019`` for a
service-opening plan; ``round = 2021`` before the gazetteer listed that round) is read as no round and told;
it stopped the reading with an internal error (KeyError), after first being told as an unknown region."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.normalizers.links import document_context
from pilotplans.parsers.interpret import DocumentHints
from tests.conftest import FIXTURES

CHONGQING = FIXTURES / "real_plans" / "chongqing-2021-opening-tasks-excerpt.txt"


def read(**hints) -> object:
    return read_document(CHONGQING, DocumentHints(id="chongqing", region="重庆", level="provincial", **hints))


def test_a_round_no_pilot_round_holds_is_read_as_no_round_and_told():
    document = read(programme="service-opening", round=2019)
    assert len(document.measures) == 6
    assert [w.message for w in document.warnings if w.code == "round_unknown"] == [
        "the document's round 2019 of service-opening is no pilot round the gazetteer holds (service-opening-2015, "
        "service-opening-2021, service-opening-2022, service-opening-2025, service-trade-2016, service-trade-2018, service-trade-2020); its pilot areas (试点地区) "
        "are not read"]


def test_a_round_no_pilot_round_holds_does_not_make_the_region_unknown():
    document = read(programme="service-opening", round=2019)
    assert [w.code for w in document.warnings if w.code == "region_unknown"] == []
    assert document.region == "重庆"


def test_a_round_the_gazetteer_holds_is_not_told():
    document = read(programme="service-trade", round=2020)
    assert [w.code for w in document.warnings if w.code in ("round_unknown", "region_unknown")] == []


def test_chongqing_s_own_round_2021_of_service_opening_is_held_and_read():
    document = read(programme="service-opening", round=2021)
    assert [w.code for w in document.warnings if w.code == "round_unknown"] == []
    assert document_context(document)[0].round == "service-opening-2021"


def test_the_2022_round_of_service_opening_is_held_and_read():
    # before: no pilot round of 2022, 沈阳's round (国务院关于同意在沈阳等6个城市开展服务业扩大开放综合试点的批复)
    document = read(programme="service-opening", round=2022)
    assert [w.code for w in document.warnings if w.code == "round_unknown"] == []
    assert document_context(document)[0].round == "service-opening-2022"


# A year whose only round is of another programme (2020 is service-trade's) named that round for a
# service-opening plan, silently: its 试点地区 would have been service-trade-2020's 28 areas.
def test_a_year_of_another_programme_s_round_is_no_round_of_the_document_and_told():
    document = read(programme="service-opening", round=2020)
    assert [w.message for w in document.warnings if w.code == "round_unknown"] == [
        "the document's round 2020 of service-opening is no pilot round the gazetteer holds (service-opening-2015, "
        "service-opening-2021, service-opening-2022, service-opening-2025, service-trade-2016, service-trade-2018, service-trade-2020); its pilot areas (试点地区) "
        "are not read"]


def test_a_year_given_without_a_programme_names_that_year_s_only_round_and_is_not_told():
    document = read(round=2020)
    assert [w.code for w in document.warnings if w.code == "round_unknown"] == []


# A round its place is none of the areas of: its 试点地区 read as six other cities, silently. Told, the round kept.
def test_a_round_the_document_s_place_is_no_area_of_is_told_and_kept():
    document = read(programme="service-opening", round=2022)
    assert [w.message for w in document.warnings if w.code == "round_outside"] == [
        "the document's place 重庆市 is none of round service-opening-2022's pilot areas and holds none: its 试点地区 read "
        "as that round's areas — check the round it is given"]
    assert document_context(document)[0].round == "service-opening-2022"


def test_a_round_whose_areas_hold_the_document_s_place_is_not_told():
    document = read(programme="service-opening", round=2021)
    assert [w.code for w in document.warnings if w.code == "round_outside"] == []


def test_a_district_of_a_pilot_area_is_inside_the_round():
    district = read_document(CHONGQING, DocumentHints(id="yubei", region="渝北区", level="county",
                                                      programme="service-opening", round=2021))
    assert [w.code for w in district.warnings if w.code == "round_outside"] == []


def test_a_province_holding_a_pilot_city_is_the_round_s():
    # 广东's own plan for the round whose areas are 广州 and 深圳 among others
    province = read_document(CHONGQING, DocumentHints(id="guangdong", region="广东", level="provincial",
                                                      programme="service-trade", round=2020))
    assert [w.code for w in province.warnings if w.code == "round_outside"] == []

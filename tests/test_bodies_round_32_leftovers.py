"""Round 31's leftovers, each with the case it fires on and a near miss it must leave alone: a vertical system's bureau
that only some tiers have, written with a district's or county's own level marker (区通信管理局 in 涪城区's plan); the
note of a phrase of places under the region worded by its own level words (各乡镇人民政府 names no city or county); each
place's Party committee and its government written as one name (各县（市、区）党委和政府), two collectives that a cell reads one
by one; and a phrase of places before a Party committee's department (各区委宣传部)."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.links import parse_cell
from pilotplans.normalizers.resolve import make_context, resolve_body

FUCHENG = make_context(region="涪城区", level="county", date=dt.date(2022, 1, 1))
HUANGSHI = make_context(region="黄石市", level="municipal", date=dt.date(2021, 2, 25))
DAYE = make_context(region="大冶市", level="county", date=dt.date(2022, 3, 1))
LIANDU = make_context(region="莲都区", level="municipal", date=dt.date(2023, 1, 1))
# 厦门 keeps a 通信管理局 of its own (the kind's `places`), 绵阳 and 黄石 do not (round 34)
XIAMEN = make_context(region="厦门市", level="municipal", date=dt.date(2022, 1, 1))
SIMING = make_context(region="思明区", level="county", date=dt.date(2022, 1, 1))


def test_a_district_s_marker_before_the_communications_bureau_names_none():
    # 通信管理局: 工业和信息化部's bureaus stand in the provinces and the cities keeping one, none in a district
    found = resolve_body("区通信管理局", FUCHENG)
    assert (found.id, found.notes[-1]) == (None, (
        "区 written before 通信管理局 names 涪城区's own, and 涪城区 has none: the kind is found at "
        "province、municipality、city level only"))


def test_a_county_level_city_s_communications_bureau_by_its_full_name_names_none():
    assert resolve_body("大冶市通信管理局", DAYE).id is None


def test_the_province_s_and_the_city_s_communications_bureaus_stay_read():
    assert resolve_body("省通信管理局", FUCHENG).id == "510000-communications_administration"
    assert resolve_body("市通信管理局", XIAMEN).id == "350200-communications_administration"


def test_a_district_s_postal_bureau_stays_read():
    # the postal regulator has county offices in some provinces (莲都邮政管理局, 丽水 2023): no tiers of its own
    assert resolve_body("莲都邮政管理局", LIANDU).id == "331102-postal_administration"


def test_the_communications_bureau_written_bare_in_a_district_s_plan_is_its_city_s():
    # a bare name says no tier: the nearest place above that has the kind, as 军分区 in a county's plan
    assert resolve_body("通信管理局", SIMING).id == "350200-communications_administration"


def test_the_towns_governments_note_names_the_towns():
    # 各乡镇人民政府 in 黄石's 2021 plan had the note "every city and county under 黄石市": the phrase names the towns
    found = resolve_body("各乡镇人民政府", HUANGSHI)
    assert (found.id, found.notes) == ("420200-subordinate-people_government",
                                       ("the 人民政府 of every 乡镇 under 黄石市",))


def test_the_note_of_counties_cities_and_districts_names_each_level_word():
    found = resolve_body("各县（市、区）政府", HUANGSHI)
    assert found.notes == ("the 人民政府 of every 县、市、区 under 黄石市",)


def test_a_quantifier_s_own_marker_is_no_place_of_the_note():
    # 市属各开发区管委会: 市 says who runs the zones, the zones are the places named
    found = resolve_body("市属各开发区管委会", HUANGSHI)
    assert found.notes == ("the 开发区管理委员会 of every 开发区 under 黄石市",)


def _cell(cell: str, context) -> list[tuple[str, str | None]]:
    return [(m.reads_as or m.text, resolve_body(m.reads_as or m.text, context).id)
            for m in parse_cell(cell, "responsibility", prose=True)]


def test_the_places_party_committees_and_governments_as_one_name_are_two_collectives():
    # read as one name it had been the committees' collective alone, the governments lost without a word
    found = resolve_body("各县（市、区）党委和政府", HUANGSHI)
    assert (found.id, found.notes) == (None, ("各县党委、各县政府: the places' Party committees and governments, two "
                                              "collectives, to be read one by one", "bracketed inside the name: 市、区"))


def test_a_cell_reads_the_committees_and_the_governments_one_by_one():
    assert _cell("各县（市、区）党委和政府", HUANGSHI) == [
        ("各县（市、区）党委", "420200-subordinate-party_committee"),
        ("各县（市、区）政府", "420200-subordinate-people_government")]


def test_the_committees_of_towns_and_of_subdistricts_stay_one_collective():
    # a town's 党委 and a subdistrict's 党工委 are one family: the places' Party committees
    assert resolve_body("各乡镇党委、街道党工委", HUANGSHI).id == "420200-subordinate-party_committee"
    assert resolve_body("各乡镇人民政府、街道办事处", HUANGSHI).id == "420200-subordinate-people_government"


def test_a_phrase_of_places_before_a_party_committee_s_department_names_the_departments():
    # 各区委宣传部 had been read as 各区委 and 各区宣传部, a list read as the committees
    found = resolve_body("各区委宣传部", HUANGSHI)
    assert (found.id, found.name, found.collective) == (
        "420200-subordinate-party_publicity_department", "黄石市各区委宣传部", True)
    assert resolve_body("各县区党委组织部", HUANGSHI).id == "420200-subordinate-party_organization_department"


def test_the_places_party_committees_alone_stay_the_committees():
    assert resolve_body("各区委", HUANGSHI).id == "420200-subordinate-party_committee"
    assert resolve_body("区委宣传部", make_context(region="太平区", level="municipal")).id == \
        "210904-party_publicity_department"


# review of round 32: a phrase of the places under the region before a kind found at tiers above all of them
SHANGHAI = make_context(region="上海市", level="provincial", date=dt.date(2022, 1, 1))
ZHEJIANG = make_context(region="浙江省", level="provincial", date=dt.date(2022, 1, 1))


def test_the_communications_bureaus_of_the_places_under_a_city_name_none():
    # the tiers kept 区通信管理局 unread, while 各县（市、区）通信管理局 in 黄石's plan read as a collective of bureaus no
    # county has; a city's 军分区 and a province's 省军区 are the same kind of case
    for written in ("各县（市、区）通信管理局", "各县区军分区", "各区县省军区"):
        found = resolve_body(written, HUANGSHI)
        assert (found.id, found.collective) == (None, False), written
        assert found.notes[-1].startswith("no place under 黄石市 has a "), written
    assert resolve_body("各区通信管理局", SHANGHAI).id is None


def test_the_communications_bureaus_of_a_province_s_cities_stay_a_collective():
    # 浙江's cities include 宁波, which keeps a bureau of its own (round 34: 湖北's include none)
    assert resolve_body("各市通信管理局", ZHEJIANG).id == "330000-subordinate-communications_administration"
    # a kind a county has stays read under a city (the counties' congresses' standing committees, their governments)
    assert resolve_body("各县市区人大常委会", HUANGSHI).id == "420200-subordinate-people_congress_standing_committee"
    assert resolve_body("各县（市、区）政府", HUANGSHI).id == "420200-subordinate-people_government"


def test_the_note_counts_the_collectives_and_claims_no_one_place_s_two_organs():
    # 各县（市、区）党委、人大、政府 had the note "two collectives" for three; 各县区委、各乡镇政府 "each place's Party committee
    # and its government" for the counties' committees and the towns' governments
    found = resolve_body("各县市区党委、政府、政协", HUANGSHI)
    assert (found.id, found.notes[-1]) == (None, "各县市区党委、各县市区政府、各县市区政协: the places' Party committees and "
                                                 "governments among them, three collectives, to be read one by one")
    found = resolve_body("各县区委、各乡镇政府", HUANGSHI)
    assert (found.id, found.notes[-1]) == (None, "各县区委、各乡镇政府: the places' Party committees and governments, two "
                                                 "collectives, to be read one by one")
    assert _cell("各县市区党委、政府、政协", HUANGSHI) == [
        ("各县市区党委", "420200-subordinate-party_committee"), ("各县市区政府", "420200-subordinate-people_government"),
        ("各县市区政协", "420200-subordinate-cppcc_committee")]
    # the bracketed tier still follows the reading of two collectives (it ends in the note, as _two_organs_read finds)
    assert resolve_body("各县（市、区）党委、人大、政府", HUANGSHI).notes[-1] == "bracketed inside the name: 市、区"


def test_a_county_s_marker_is_not_carried_onto_a_kind_no_county_has():
    # 区发改局、通信管理局 in 涪城区's plan: the cell carried 区 onto the bureau (区通信管理局), unread since the tiers, while
    # the bare name alone reads as the city's; 军分区 and 国防科工办 after a county's bodies alike
    assert _cell("区发改局、通信管理局", SIMING) == [
        ("区发改局", "350203-development_reform_commission"), ("通信管理局", "350200-communications_administration")]
    assert _cell("区委、区政府、军分区", FUCHENG)[-1] == ("军分区", "510700-military_subdistrict")


def test_a_marker_is_still_carried_onto_a_kind_its_tier_has():
    assert _cell("区发改局、财政局", FUCHENG)[-1] == ("区财政局", "510703-finance_bureau")
    assert _cell("区发改局、邮政管理局", FUCHENG)[-1] == ("区邮政管理局", "510703-postal_administration")
    # 市 may name a city, a county-level city or a municipality: carried as before, the city's bureau in 厦门's plan
    assert _cell("市发改局、通信管理局", XIAMEN)[-1] == ("市通信管理局", "350200-communications_administration")
    # written with its own marker the name stays as written: unread with the tier note
    assert _cell("区发改局、区通信管理局", FUCHENG)[-1] == ("区通信管理局", None)

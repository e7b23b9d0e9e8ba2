"""A zone's committee written by its type word alone (开发区管委会, 高新区管委会) in the plan of a place whose
division code table lists several zones of that type names no one of them: it stays unread with a note
naming them, where the place's own title was a guess at the first (芜湖's 2025 task list: 开发区管委会 beside
各县市区政府, when 芜湖 has 芜湖经济技术开发区 and 安徽芜湖三山经济开发区). One listed zone, a zone named, or
none listed read as before."""

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

WUHU = make_context(region="芜湖市", level="municipal", date=dt.date(2025, 2, 26))
CANGZHOU = make_context(region="沧州市", level="municipal", date=dt.date(2011, 7, 28))
CHANGCHUN = make_context(region="长春市", level="municipal", date=dt.date(2025, 2, 26))
SHENGZHOU = make_context(region="嵊州市", level="municipal", date=dt.date(2014, 3, 5))


def test_the_bare_zone_word_of_a_city_with_two_development_zones_stays_unread():
    found = resolve_body("开发区管委会", WUHU)
    assert found.id is None
    assert ("芜湖市 has 2 zones of the kind in the division code table (芜湖经济技术开发区、安徽芜湖三山经济开发区): "
            "开发区管委会 does not say which one") in found.notes


def test_the_zone_word_after_the_city_s_level_word_names_no_zone_either():
    assert resolve_body("市开发区管委会", WUHU).id is None


def test_the_zone_word_after_the_city_s_own_name_names_no_zone_either():
    # the city written in full says no more than its level word (市开发区管委会) or nothing does
    for written in ("芜湖市开发区管委会", "芜湖开发区管委会"):
        found = resolve_body(written, WUHU)
        assert found.id is None, written
        assert any("芜湖经济技术开发区、安徽芜湖三山经济开发区" in note for note in found.notes), written
    assert resolve_body("长春市高新区管委会", CHANGCHUN).id is None


def test_the_zone_word_after_the_name_of_a_city_with_one_listed_zone_is_that_zone():
    assert resolve_body("沧州市开发区管委会", CANGZHOU).id == "130971-development_zone_committee"


def test_a_zone_named_by_the_city_s_name_is_that_zone():
    assert resolve_body("芜湖经开区管委会", WUHU).id == "340271-development_zone_committee"
    assert resolve_body("芜湖经济技术开发区管委会", WUHU).id == "340271-development_zone_committee"


def test_the_bare_zone_word_of_a_city_with_one_listed_zone_is_that_zone():
    assert resolve_body("开发区管委会", CANGZHOU).id == "130971-development_zone_committee"


def test_the_bare_zone_word_of_a_place_with_no_listed_zone_is_the_place_s():
    assert resolve_body("经济开发区管委会", SHENGZHOU).id == "330683-development_zone_committee"


def test_another_type_s_single_zone_is_still_read_in_a_city_with_two_of_one_type():
    # the code table lists no high-tech zone under 芜湖: its 高新区管委会 stays the city's, as before
    assert resolve_body("高新区管委会", WUHU).id == "340200-hightech_zone_committee"

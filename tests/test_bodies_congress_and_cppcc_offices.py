"""The working offices of a people's congress standing committee and of a CPPCC committee (县人大办, 县政协办,
named beside 县委办 and 县政府办 in 柞水县's 2024 meeting): a kind each, the place's own, a province's an 办公厅.
The standing committee and the CPPCC committee keep their own reading, and the congress's working
committees (市人大法工委: 鄂尔多斯 2021), several in a place, are its parts, kept by their names."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

ZHASHUI_2024 = make_context(region="柞水县", level="municipal", date=dt.date(2024, 6, 21))
ORDOS_2021 = make_context(region="鄂尔多斯市", level="municipal", date=dt.date(2021, 3, 17))
NEIMENGGU_2022 = make_context(region="内蒙古自治区", level="provincial", date=dt.date(2022, 6, 1))


def test_the_offices_of_the_congress_and_the_conference_are_the_place_s():
    assert [resolve_body(n, ZHASHUI_2024).id for n in ("县委办", "县人大办", "县政府办", "县政协办")] == [
        "611026-party_general_office", "611026-people_congress_office", "611026-government_general_office",
        "611026-cppcc_office"]
    found = resolve_body("县人大常委会办公室", ZHASHUI_2024)
    assert (found.id, found.name, found.counterparts) == (
        "611026-people_congress_office", "柞水县人民代表大会常务委员会办公室", ("npcsc",))
    found = resolve_body("自治区政协办公厅", NEIMENGGU_2022)
    assert (found.id, found.name, found.counterparts) == (
        "150000-cppcc_office", "中国人民政治协商会议内蒙古自治区委员会办公厅", ("cppcc",))


def test_the_committees_themselves_and_the_congress_s_working_committees_keep_their_reading():
    assert resolve_body("县人大常委会", ZHASHUI_2024).id == "611026-people_congress_standing_committee"
    assert resolve_body("县政协", ZHASHUI_2024).id == "611026-cppcc_committee"
    # a working committee is the standing committee's part, kept by its name (test_bodies_parts_of_a_body)
    assert resolve_body("市人大法工委", ORDOS_2021).id == "150600-people_congress_standing_committee-committee-法制工作委员会"


def test_a_new_area_has_no_congress_or_cppcc_and_its_plan_means_its_host_s():
    # 两江新区 and 雄安新区 are run by committees their hosts send: 重庆两江新区人大常委会办公厅 is no body
    liangjiang = make_context(region="两江新区", level="municipal", date=dt.date(2022, 6, 1))
    assert [resolve_body(n, liangjiang).id for n in ("人大办", "政协办", "人大常委会", "政协")] == [
        "500000-people_congress_office", "500000-cppcc_office", "500000-people_congress_standing_committee",
        "500000-cppcc_committee"]
    pudong = make_context(region="浦东新区", level="municipal", date=dt.date(2022, 6, 1))  # a district, which has them
    assert resolve_body("区政协办", pudong).id == "310115-cppcc_office"


ZHENGLAN_2022 = make_context(region="正蓝旗", level="municipal", date=dt.date(2022, 1, 7))


def test_renda_alone_is_the_standing_committee_of_the_place_s_congress():
    # 正蓝旗人民政府工作报告 2022: 在旗人大、政协的监督支持下; a league's written with its name
    assert resolve_body("旗人大", ZHENGLAN_2022).id == "152530-people_congress_standing_committee"
    assert resolve_body("锡林郭勒盟人大", ZHENGLAN_2022).id == "152500-people_congress_standing_committee"


def test_renda_before_an_office_or_a_committee_s_function_stays_that_body_s():
    # the congress's office keeps its kind; a special committee (财经委) is one of several, the congress's part
    assert resolve_body("旗人大办", ZHENGLAN_2022).id == "152530-people_congress_office"
    assert resolve_body("旗人大财经委", ZHENGLAN_2022).id == "152530-people_congress-committee-财政经济委员会"

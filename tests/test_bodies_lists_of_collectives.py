"""A list of collectives written as one name (the addressees of a notice: 市政府各部门、各直属机构) is a
collective, each part read as a responsibility cell reads it (sharing what the others print); a list with
a body among its parts is several bodies and stays unread as one name. Each name is quoted from a
published page (named beside it)."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

PANJIN_2014 = make_context(region="盘锦市", level="municipal", date=dt.date(2014, 11, 25))
GANZHOU_2015 = make_context(region="赣州市", level="municipal", date=dt.date(2015, 9, 17))
YUEYANG_2017 = make_context(region="岳阳市", level="municipal", date=dt.date(2017, 1, 10))
LIAONING_2023 = make_context(region="辽宁省", level="provincial", date=dt.date(2023, 1, 19))
HUAIHUA_2023 = make_context(region="怀化市", level="municipal", date=dt.date(2023, 3, 15))
TAIPING_2020 = make_context(region="太平区", level="municipal", date=dt.date(2020, 1, 23))


def _read(name, context):
    found = resolve_body(name, context)
    return found.id, found.collective


def test_a_government_s_departments_and_direct_agencies_are_one_collective():
    # 盘政发〔2014〕31号, 辽政发〔2023〕2号, 阜太政办发〔2020〕3号: the addressees of each notice
    assert _read("市政府各部门、各直属机构", PANJIN_2014) == ("direct-units", True)
    assert _read("省政府各厅委、各直属机构", LIAONING_2023) == ("direct-units", True)
    assert _read("区政府各部门、有关单位", TAIPING_2020) == ("direct-units", True)
    assert "a list of collectives read as one" in resolve_body("市政府各部门、各直属机构", PANJIN_2014).notes[-1]


def test_parts_sharing_what_the_others_print_are_read_as_the_cell_reads_them():
    # 赣市府办字〔2015〕118号 (市属、驻市有关单位), 怀化 2023 (中央、省在怀各单位), 岳办发〔2017〕2号
    assert _read("市属、驻市有关单位", GANZHOU_2015) == ("direct-units", True)
    assert _read("中央、省在怀各单位", HUAIHUA_2023) == ("stationed-units", True)
    # each county's Party committee and its government: two collectives, no one name (round 32: the committees' alone)
    assert _read("各县市区委、人民政府", YUEYANG_2017) == (None, False)


def test_a_list_with_a_body_among_its_parts_stays_unread_as_one_name():
    # bodies named together are several bodies, never one; a body beside a collective is no collective
    assert _read("市商务局、市财政局", PANJIN_2014) == (None, False)
    assert _read("市商务局、各有关部门", PANJIN_2014) == (None, False)


ZHANGYE_2010 = make_context(region="张掖市", level="municipal", date=dt.date(2010, 10, 15))


def test_two_collectives_joined_by_ji_the_first_sharing_the_second_s_closing_word_are_one_collective():
    # 张政办发〔2010〕153号 addressees: 市直及省属驻张各单位 (市直各单位 and 省属驻张各单位)
    assert _read("市直及省属驻张各单位", ZHANGYE_2010) == ("direct-units", True)
    assert _read("市直各单位及省属驻张各单位", ZHANGYE_2010) == ("direct-units", True)


def test_ji_joining_a_body_stays_unread_as_one_name():
    # 及 joins bodies as well: a body beside a collective, or after a level word, is no collective
    assert _read("市商务局及有关部门", ZHANGYE_2010) == (None, False)
    assert _read("市直及市商务局", ZHANGYE_2010) == (None, False)


def test_a_higher_government_s_units_stationed_in_the_place_by_its_one_character_short_name():
    # 省属驻张各单位 (张掖 2010); units stationed abroad (驻外) are none of the place's
    assert _read("省属驻张各单位", ZHANGYE_2010) == ("stationed-units", True)
    assert _read("省属驻外各单位", ZHANGYE_2010) == (None, False)


def test_ji_after_a_body_gives_it_no_closing_word_of_the_collective():
    # 市发改委 and the member units: the shared reading made 市发改委成员单位 of it, the members of a committee
    # named 发改委, and read the pair as that collective, the commission lost, silently
    assert _read("市发改委及各成员单位", ZHANGYE_2010) == (None, False)
    assert _read("市发展和改革委员会及各成员单位", ZHANGYE_2010) == (None, False)
    # a level word's opening still shares it (市直 + 单位)
    assert _read("市直及各成员单位", ZHANGYE_2010) == ("direct-units", True)


GANSU_2010 = make_context(region="甘肃省", level="provincial", date=dt.date(2010, 10, 15))
SHANDAN_2010 = make_context(region="山丹县", level="municipal", date=dt.date(2010, 10, 15))


def test_units_stationed_in_another_place_by_its_short_name_are_none_of_the_place_s():
    # 省属驻京各单位: a province's units in Beijing (its 驻京办), not units stationed in the plan's place; read as
    # the place's stationed units, silently, as 驻外 (abroad) is not
    assert _read("省属驻京各单位", GANSU_2010) == (None, False)
    assert _read("省属驻沪单位", ZHANGYE_2010) == (None, False)
    assert _read("中直驻京有关单位", GANSU_2010) == (None, False)
    assert "京" in resolve_body("省属驻京各单位", GANSU_2010).notes[0]


def test_units_stationed_in_the_place_or_a_place_above_it_by_its_short_name_are_its_stationed_units():
    # the first character of the place's name (张 of 张掖), of a place above the plan's (张掖 above 山丹县), or
    # the province's abbreviation (陇 of 甘肃, 吉 of 吉林)
    assert _read("省属驻张各单位", ZHANGYE_2010) == ("stationed-units", True)
    assert _read("省属驻张各单位", SHANDAN_2010) == ("stationed-units", True)
    assert _read("中直驻陇有关单位", GANSU_2010) == ("stationed-units", True)
    assert _read("中直驻甘有关单位", GANSU_2010) == ("stationed-units", True)
    assert _read("省属驻京各单位", make_context(level="municipal")) == ("stationed-units", True)  # no place to ask


DAYAO_2022 = make_context(region="大姚县", level="municipal", date=dt.date(2022, 10, 11))


def test_a_list_of_the_place_s_own_bodies_and_the_places_under_it_is_no_one_collective():
    # 县政府各部门、各乡镇人民政府: two sets of actors at two tiers; read as the first, the towns' governments were lost
    for written in ("县政府各部门、各乡镇人民政府", "各乡镇人民政府、县直各部门"):
        found = resolve_body(written, DAYAO_2022)
        assert (found.id, found.notes) == (None, (f"{written} names the place's own bodies and the places under it "
                                                  "together: several collectives, to be read one by one",)), written


def test_lists_within_one_tier_stay_one_collective():
    assert _read("各乡镇人民政府、街道办事处", make_context(region="梁平区", level="municipal")) == \
        ("500155-subordinate-people_government", True)
    assert _read("县政府各部门、各直属机构", DAYAO_2022) == ("direct-units", True)

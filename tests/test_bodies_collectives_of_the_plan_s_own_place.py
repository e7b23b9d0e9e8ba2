"""Phrases naming an unspecified set of bodies of the plan's own place: the units stationed in it written
with the place's full name after 驻 (驻鄂温克族自治旗有关单位: 鄂温克族自治旗 2022), as 驻旗有关单位 is, and the member
units of the plan's own task group written by the group's kind alone (县指挥部各成员单位: 新昌县 2010)."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

EWENKI_2022 = make_context(region="鄂温克族自治旗", level="municipal", date=dt.date(2022, 2, 21))
XINCHANG_2010 = make_context(region="新昌县", level="municipal", date=dt.date(2010, 11, 1))


def _read(written, context):
    found = resolve_body(written, context)
    return found.id, found.collective


def test_the_units_stationed_in_the_place_written_with_its_full_name():
    assert _read("驻鄂温克族自治旗有关单位", EWENKI_2022) == ("stationed-units", True)
    assert _read("驻旗有关单位", EWENKI_2022) == ("stationed-units", True)
    assert _read("鄂温克族自治旗直属各单位", EWENKI_2022) == ("direct-units", True)


def test_the_member_units_of_the_plan_s_own_task_group():
    assert _read("县指挥部各成员单位", XINCHANG_2010) == ("task-group-members", True)
    assert _read("县森林消防指挥部成员单位", XINCHANG_2010) == ("task-group-members", True)


def test_a_body_after_zhu_or_a_group_itself_is_no_such_collective():
    assert _read("驻鄂温克族自治旗", EWENKI_2022) == (None, False)
    assert _read("县指挥部", XINCHANG_2010) == (None, False)


SANSHUI_2007 = make_context(region="三水区", level="municipal", date=dt.date(2007, 1, 1))


def test_direct_units_qualified_by_the_rank_they_are_at_or_above():
    # 三水区 2007: 区政府直属局以上单位 (the units of bureau rank and above), as 区直属科级以上单位 is written
    assert resolve_body("区政府直属局以上单位", SANSHUI_2007).id == "direct-units"
    assert resolve_body("区直属科级以上单位", SANSHUI_2007).id == "direct-units"


def test_a_rank_without_the_government_s_direct_units_is_no_collective():
    # a rank alone, or after a body's name, names no set of the place's units
    assert resolve_body("局以上单位", SANSHUI_2007).id is None
    assert resolve_body("区商务局以上单位", SANSHUI_2007).id is None


ANHUI_2023 = make_context(region="安徽省", level="provincial", date=dt.date(2023, 2, 1))


def test_the_places_under_a_place_written_by_its_full_name_are_that_place_s():
    # 皖税发〔2023〕6号: 国家税务总局安徽省各市税务局 (the system's name, the province, its cities' bureaus)
    assert resolve_body("国家税务总局安徽省各市税务局", ANHUI_2023).id == "340000-subordinate-tax_bureau"
    assert resolve_body("安徽省各市人民政府", ANHUI_2023).id == "340000-subordinate-people_government"
    assert resolve_body("江苏省各市人民政府", ANHUI_2023).id == "320000-subordinate-people_government"


def test_a_system_s_name_opens_only_its_own_kinds_collectives():
    # the tax system's name before the cities' governments names nothing
    assert resolve_body("国家税务总局安徽省各市人民政府", ANHUI_2023).id is None

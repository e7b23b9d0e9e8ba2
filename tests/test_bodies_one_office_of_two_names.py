"""A place whose body of one kind is its body of another by a second name (一个机构两块牌子: `second_name` in
departments.toml): 上海市绿化和市容管理局 is also 上海市林业局, so 上海's forestry bureau, however written, is the
greening and city appearance bureau, one id, titled by its first name with a note. Elsewhere the two kinds stay two
bodies: a 上海 district's 林业局 and another province's 林业局 are forestry bureaus."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

SHANGHAI = make_context(region="上海市", level="provincial", date=dt.date(2023, 1, 1))
JINSHAN = make_context(region="金山区", level="municipal", date=dt.date(2026, 1, 15))
BEIJING = make_context(region="北京市", level="provincial", date=dt.date(2023, 1, 1))
NOTE = "上海市林业局 is 上海市绿化和市容管理局 by its second name: one office"


@pytest.mark.parametrize("written", ["上海市林业局", "市林业局", "上海市林业和草原局"])
def test_shanghai_s_forestry_bureau_is_its_greening_and_city_appearance_bureau(written):
    found = resolve_body(written, SHANGHAI)
    assert (found.id, found.name) == ("310000-greening_city_appearance_bureau", "上海市绿化和市容管理局")
    assert NOTE in found.notes


def test_both_names_are_one_id():
    assert resolve_body("上海市绿化和市容管理局", SHANGHAI).id == resolve_body("上海市林业局", SHANGHAI).id


def test_the_municipality_s_forestry_bureau_in_a_district_s_plan_is_the_same_office():
    assert resolve_body("市林业局", JINSHAN).id == "310000-greening_city_appearance_bureau"


def test_a_shanghai_district_s_forestry_bureau_stays_a_forestry_bureau():
    assert resolve_body("区林业局", JINSHAN).id == "310116-forestry_bureau"


def test_another_province_s_forestry_bureau_stays_a_forestry_bureau():
    assert resolve_body("北京市林业局", BEIJING).id == "110000-forestry_bureau"


def test_a_plan_older_than_the_second_name_reads_the_forestry_bureau():
    older = make_context(region="上海市", level="provincial", date=dt.date(2005, 1, 1))
    assert resolve_body("上海市林业局", older).id == "310000-forestry_bureau"


def test_a_plan_of_the_reform_s_year_reads_the_second_name_with_a_note_its_month_is_unknown():
    # the 2008 reform (厅字〔2008〕17号) is known by its year only: no month is invented for it
    found = resolve_body("上海市林业局", make_context(region="上海市", level="provincial", date=dt.date(2008, 3, 1)))
    assert found.id == "310000-greening_city_appearance_bureau"
    assert any(note.startswith("dated in 2008, the year the second name was taken") for note in found.notes)


def test_a_plan_of_a_later_year_has_no_year_note():
    assert not any(note.startswith("dated in") for note in resolve_body("上海市林业局", SHANGHAI).notes)


def test_a_plan_of_the_year_before_the_reform_reads_the_forestry_bureau():
    older = make_context(region="上海市", level="provincial", date=dt.date(2007, 12, 31))
    assert resolve_body("上海市林业局", older).id == "310000-forestry_bureau"

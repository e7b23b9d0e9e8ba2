"""Xinjiang's autonomous prefectures of long transliterated names go by their first character and 州 (博州 for
博尔塔拉蒙古自治州, as its own pages write it: xjboz.gov.cn; 克州 for 克孜勒苏柯尔克孜自治州), a naming rule of the
region (regions.toml short_name_rules) and not a list. A short form another place bears is made for neither: 伊犁
哈萨克自治州 would make 伊州, the name of 哈密's district, which stays the district; and a prefecture of a short
name (昌吉回族自治州) makes none (昌州)."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

BORTALA = make_context(region="博尔塔拉蒙古自治州", level="municipal", date=dt.date(2024, 10, 22))
XINJIANG = make_context(region="新疆维吾尔自治区", level="provincial", date=dt.date(2024, 10, 22))


@pytest.mark.parametrize(("written", "expected"), [
    ("博州人民政府", "652700-people_government"),
    ("博州党委", "652700-party_committee"),
    ("博州发展改革委", "652700-development_reform_commission"),
])
def test_bozhou_is_bortala_in_its_own_plan(written, expected):
    assert resolve_body(written, BORTALA).id == expected


def test_kezhou_is_kizilsu_in_the_region_s_plan():
    assert resolve_body("克州人民政府", XINJIANG).id == "653000-people_government"


def test_yizhou_stays_hami_s_district():
    assert resolve_body("伊州人民政府", XINJIANG).id == "650502-people_government"


def test_a_prefecture_of_a_short_name_makes_no_one_character_form():
    assert resolve_body("昌州人民政府", XINJIANG).id is None

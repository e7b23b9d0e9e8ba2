"""Which place a body's name means when it writes no place: the office word a name ends with is a tier's
(a province's 厅, a county's 局), and the level marker a prefecture writes for itself is the last word of
its own name (盟 for a league, 州 for an autonomous prefecture, 地 for a 地区). Each name is quoted from a
published page (named beside it)."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

JINXIANG_2018 = make_context(region="金乡县", level="municipal", date=dt.date(2018, 6, 22))
ANHUA_2010 = make_context(region="安化县", level="municipal", date=dt.date(2010, 1, 1))
CHENGDU_2024 = make_context(region="成都市", level="municipal", date=dt.date(2024, 8, 7))
BEIJING_2016 = make_context(region="北京市", level="provincial", date=dt.date(2016, 5, 28))
ALI_2021 = make_context(region="阿里地区", level="municipal", date=dt.date(2021, 11, 9))
XINGAN_2019 = make_context(region="兴安盟", level="municipal", date=dt.date(2019, 4, 10))
XSBN_2023 = make_context(region="西双版纳傣族自治州", level="municipal", date=dt.date(2023, 8, 15))
MENGHAI_2023 = make_context(region="勐海县", level="municipal", date=dt.date(2023, 8, 15))


def _ids(names, context):
    return [resolve_body(name, context).id for name in names]


def test_a_province_s_office_word_without_a_place_names_the_province_s_body():
    # 金乡县转发项目申报通知 2018 (省农业厅、省财政厅联合下发 …): written without 省 as well, 厅 is the province's
    assert _ids(["农业厅", "财政厅"], JINXIANG_2018) == ["370000-agriculture_bureau_former", "370000-finance_bureau"]
    assert _ids(["财政厅", "住建厅"], ANHUA_2010) == ["430000-finance_bureau", "430000-housing_construction_bureau"]
    assert _ids(["财政厅"], CHENGDU_2024) == ["510000-finance_bureau"]
    assert any("厅 is the office word" in note for note in resolve_body("财政厅", ANHUA_2010).notes)


def test_a_place_s_own_office_word_keeps_the_body_the_place_s():
    # 隆回县 2018 (上报教育局、财政局), and a municipality's bureaus, whose office word is 局 at its own tier
    assert _ids(["财政局", "县财政局", "省财政厅"], ANHUA_2010) == [
        "430923-finance_bureau", "430923-finance_bureau", "430000-finance_bureau"]
    assert _ids(["财政局"], BEIJING_2016) == ["110000-finance_bureau"]


def test_an_office_word_lower_tiers_share_says_no_tier():
    # 委员会 is a city's 发展和改革委员会 and a county's that kept the name: in a county's plan it stays the county's
    assert _ids(["发展和改革委员会"], ANHUA_2010) == ["430923-development_reform_commission"]
    assert _ids(["发展和改革委员会"], CHENGDU_2024) == ["510100-development_reform_commission"]


def test_a_league_s_or_autonomous_prefecture_s_marker_names_no_other_prefecture():
    # 盟行署, 盟委 are a league's; in 阿里地区's plan they name none of its bodies, nor 州委 a league's
    assert _ids(["盟委", "盟行署", "州委"], ALI_2021) == [None, None, None]
    assert _ids(["州委"], XINGAN_2019) == [None]
    assert _ids(["盟委"], XSBN_2023) == [None]


def test_a_prefecture_s_own_marker_still_names_it_and_its_counties_plans_name_it_too():
    # 兴安盟行政公署公报 2019 (盟委, 盟行署); 西双版纳州 2023 重大行政决策事项目录 (州委); a county under it
    assert _ids(["盟委", "盟行署"], XINGAN_2019) == ["152200-party_committee", "152200-people_government"]
    assert _ids(["州委", "州政府"], XSBN_2023) == ["532800-party_committee", "532800-people_government"]
    assert _ids(["州委"], MENGHAI_2023) == ["532800-party_committee"]
    assert _ids(["地委", "行署"], ALI_2021) == ["542500-party_committee", "542500-people_government"]


def test_a_registered_short_form_ending_with_a_province_s_office_word_names_the_province_s_body():
    # 商务厅 is registered as a short form (no place written): read by the document's place alone it was the
    # county's 商务局 in 金乡县's plan, while 财政厅 beside it was the province's, silently
    assert _ids(["商务厅", "财政厅"], JINXIANG_2018) == ["370000-commerce_bureau", "370000-finance_bureau"]
    assert _ids(["商务厅"], CHENGDU_2024) == ["510000-commerce_bureau"]
    assert any("厅 is the office word" in note for note in resolve_body("商务厅", ANHUA_2010).notes)


def test_a_registered_short_form_keeps_the_place_s_body_where_its_office_word_is_the_place_s():
    # in a province's own plan 商务厅 is its own, and 商务局 in a county's is the county's
    assert _ids(["商务厅", "省商务厅"], make_context(region="海南省", level="provincial", date=dt.date(2020, 1, 1))) == [
        "460000-commerce_bureau", "460000-commerce_bureau"]
    assert _ids(["商务局"], JINXIANG_2018) == ["370828-commerce_bureau"]


def test_a_province_s_office_word_in_a_new_area_s_plan_names_the_province_s_body():
    # 雄安新区, 贵安新区: pilot areas of the 2020 round whose plans name their province's 厅 (省财政厅 beside 财政厅);
    # a new area's tier has no office word of its own, and that left 财政厅 the area's 财政局, silently
    xiongan = make_context(region="河北雄安新区", level="municipal", date=dt.date(2021, 1, 1))
    guian = make_context(region="贵州贵安新区", level="municipal", date=dt.date(2021, 1, 1))
    assert _ids(["财政厅", "商务厅"], xiongan) == ["130000-finance_bureau", "130000-commerce_bureau"]
    assert _ids(["财政厅"], guian) == ["520000-finance_bureau"]
    # its own bureaus stay its own
    assert _ids(["财政局", "商务局"], xiongan) == ["133100-finance_bureau", "133100-commerce_bureau"]

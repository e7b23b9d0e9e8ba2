"""The addressees of a new area's committee (两江新区管委会, 渝两江管发〔2023〕10号: 委机关各部门, 各驻区机构, 各直属事业单位)
are collectives as a place's are: 委 the committee's word for itself as 厅 is a department's, 驻区 the units stationed in
the area with 各 before it and 机构 their word, and the public institutions among its direct units. A Corps division's
office written with the division's name (第六师办公室, beside 五家渠市人民政府办公室 in the division-city's guide) is the
city's government general office, in a plan of Xinjiang only."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

LIANGJIANG = make_context(region="两江新区", level="municipal", date=dt.date(2023, 3, 23), issuer="重庆两江新区管理委员会")
WUJIAQU = make_context(region="五家渠市", level="municipal", date=dt.date(2020, 1, 1))
SHIHEZI = make_context(region="石河子市", level="municipal", date=dt.date(2022, 1, 1))
XIAN = make_context(region="西安市", level="municipal", date=dt.date(2020, 1, 1))


@pytest.mark.parametrize("written, expected", [("委机关各部门", "direct-units"), ("各直属事业单位", "direct-units"),
                                               ("直属事业单位", "direct-units"), ("各驻区机构", "stationed-units"),
                                               ("驻区机构", "stationed-units")])
def test_a_new_area_committee_s_addressees_are_collectives(written, expected):
    found = resolve_body(written, LIANGJIANG)
    assert (found.id, found.collective) == (expected, True)


@pytest.mark.parametrize("written", ["驻外机构", "事业单位", "市委机关各部门"])
def test_units_abroad_institutions_alone_and_a_party_committee_s_organs_stay_unread(written):
    assert resolve_body(written, LIANGJIANG).id is None


@pytest.mark.parametrize("written", ["第六师办公室", "兵团第六师办公室"])
def test_a_division_s_office_is_its_city_s_government_office(written):
    found = resolve_body(written, WUJIAQU)
    assert (found.id, found.name) == ("659004-government_general_office", "五家渠市人民政府办公室")


def test_a_division_written_without_第():
    assert resolve_body("八师办公室", SHIHEZI).id == "659001-government_general_office"


@pytest.mark.parametrize("written, context", [("第六师办公室", XIAN), ("五家渠市办公室", WUJIAQU),
                                              ("第六师财务处", WUJIAQU)], ids=["outside-xinjiang", "city-s-name", "other"])
def test_an_office_outside_xinjiang_after_the_city_s_name_or_another_ending_stays_unread(written, context):
    assert resolve_body(written, context).id is None

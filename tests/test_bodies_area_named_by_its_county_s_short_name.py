"""An area named with its host county's short name before an area word alone (鲤城工业区 in 泉州's plan: 泉州 2019) is
that county's area, the body 鲤城区工业区管委会 names: one id however the county is written. A bay or a place's own
name before the area word (泉州湾海洋经济区), and a county of another city, keep the area's name."""

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

QUANZHOU_2019 = make_context(region="泉州市", level="municipal", date=dt.date(2019, 1, 21))
SHANGHAI_2021 = make_context(region="上海市", level="provincial", date=dt.date(2021, 6, 1))


@pytest.mark.parametrize("written", ["鲤城工业区管委会", "鲤城区工业区管委会", "鲤城工业区"])
def test_an_area_named_by_its_county_s_short_or_full_name_is_the_county_s(written):
    found = resolve_body(written, QUANZHOU_2019)
    assert (found.id, found.name) == ("350502-zone_committee-工业区", "鲤城区工业区管理委员会"), written


def test_a_municipality_s_district_before_an_area_word_is_the_district_s_area():
    found = resolve_body("嘉定工业区管委会", SHANGHAI_2021)
    assert found.id == "310114-zone_committee-工业区"
    assert "嘉定 is 嘉定区 under 上海市: the area is its" in found.notes


def test_a_bay_named_before_an_area_word_keeps_the_area_s_name():
    assert resolve_body("泉州湾海洋经济区管委会", QUANZHOU_2019).id == "350500-zone_committee-泉州湾海洋经济区"


def test_a_county_of_another_city_before_an_area_word_names_no_county_of_the_plan():
    assert resolve_body("嘉定工业区管委会", QUANZHOU_2019).region == "350500"

"""上海's greening and city appearance bureaus (上海市绿化和市容管理局, also 上海市林业局; a district's 区绿化市容局: 金山区
2026) are one kind answering to the forestry administration and to 住房城乡建设部; a district's or county's bureau joining
culture, commerce and tourism (区文商旅局) is a kind answering to the culture and commerce ministries, as 商旅局 answers to
two. Neither reads any name the culture, commerce or forestry kinds read."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

JINSHAN = make_context(region="上海市金山区", level="municipal", date=dt.date(2026, 1, 15))
SHANGHAI = make_context(region="上海市", level="provincial", date=dt.date(2024, 1, 1))
GULOU = make_context(region="南京市鼓楼区", level="municipal", date=dt.date(2024, 1, 1))


@pytest.mark.parametrize("written", ["区绿化市容局", "区绿化和市容管理局", "金山区绿化和市容管理局"])
def test_a_district_s_greening_and_city_appearance_bureau(written):
    found = resolve_body(written, JINSHAN)
    assert (found.id, found.name) == ("310116-greening_city_appearance_bureau", "金山区绿化和市容管理局")
    assert found.counterparts == ("nfga", "mohurd")


def test_the_municipality_s_greening_and_city_appearance_bureau():
    found = resolve_body("市绿化市容局", SHANGHAI)
    assert (found.id, found.name) == ("310000-greening_city_appearance_bureau", "上海市绿化和市容管理局")


@pytest.mark.parametrize("written, expected", [("区绿化局", None), ("区城管执法局", "310116-city_management_bureau"),
                                               ("区林业局", "310116-forestry_bureau")])
def test_greening_alone_and_the_neighbouring_kinds_stay_as_they_were(written, expected):
    assert resolve_body(written, JINSHAN).id == expected


@pytest.mark.parametrize("written", ["区文商旅局", "区文化商务和旅游局", "区文化商务旅游局"])
def test_a_district_s_culture_commerce_and_tourism_bureau(written):
    found = resolve_body(written, JINSHAN)
    assert (found.id, found.name) == ("310116-culture_commerce_tourism_bureau", "金山区文化商务和旅游局")
    assert found.counterparts == ("mct", "mofcom")


@pytest.mark.parametrize("written, expected", [("区文旅局", "320106-culture_tourism_bureau"),
                                               ("区商旅局", "320106-commerce_tourism_bureau"),
                                               ("区商务局", "320106-commerce_bureau")])
def test_the_bureaus_joining_fewer_functions_stay_theirs(written, expected):
    assert resolve_body(written, GULOU).id == expected


def test_a_municipality_has_no_culture_commerce_and_tourism_bureau():
    assert resolve_body("市文商旅局", SHANGHAI).id is None

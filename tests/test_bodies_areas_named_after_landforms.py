"""An area named after a landform that a county is named after too (胶州湾, the bay, after 胶州; 岳麓山 after
岳麓): the county's short form before the landform's word opens the landform's name and is no county. 青岛胶州湾
经济区 is 青岛's area on the bay; it read as a zone called 湾经济区 of 胶州市."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

QINGDAO_2021 = make_context(region="青岛市", level="municipal", date=dt.date(2021, 6, 1))
JIAOZHOU_2021 = make_context(region="胶州市", level="municipal", date=dt.date(2021, 6, 1))


def test_an_area_named_after_a_bay_is_the_city_s_not_the_county_s():
    for context in (QINGDAO_2021, JIAOZHOU_2021):
        found = resolve_body("青岛胶州湾经济区", context)
        assert (found.id, found.name) == ("370200-zone_committee-胶州湾经济区", "青岛市胶州湾经济区管理委员会")


def test_the_county_written_before_its_own_bodies_keeps_them():
    assert resolve_body("胶州经济技术开发区管委会", QINGDAO_2021).id == "370281-development_zone_committee"
    assert resolve_body("胶州市商务局", QINGDAO_2021).id == "370281-commerce_bureau"


NINGBO_2021 = make_context(region="宁波市", level="municipal", date=dt.date(2021, 6, 1))
QUANZHOU_2021 = make_context(region="泉州市", level="municipal", date=dt.date(2021, 6, 1))


def test_a_city_s_name_before_a_bay_opens_the_bay_s_name_and_is_no_city():
    # 杭州湾新区 is 宁波's (in 慈溪), named after the bay: it read as a zone 湾新区 of 杭州市
    found = resolve_body("杭州湾新区管委会", NINGBO_2021)
    assert (found.id, found.name) == ("330200-zone_committee-杭州湾新区", "宁波市杭州湾新区管理委员会")
    assert resolve_body("泉州湾海洋经济区管委会", QUANZHOU_2021).id == "350500-zone_committee-泉州湾海洋经济区"


def test_a_city_written_before_its_own_bodies_keeps_them():
    assert resolve_body("杭州市商务局", NINGBO_2021).id == "330100-commerce_bureau"
    assert resolve_body("黄山区", make_context(region="黄山市", level="municipal", date=dt.date(2021, 6, 1))).id == "341003"

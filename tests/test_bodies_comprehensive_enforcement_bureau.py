"""Where the reform gave a place's urban management body its comprehensive enforcement it was titled by that alone:
贵阳's 市综合行政执法局 (2016–2019; beside 市发展改革委 in 筑府办发〔2018〕10号's 生活垃圾分类 plan) is the city's urban
management body, as 市城市管理综合行政执法局 is. A sector's enforcement detachment (农业综合行政执法支队) is no such body."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

GUIYANG_2018 = make_context(region="贵阳市", level="municipal", date=dt.date(2018, 7, 7))


@pytest.mark.parametrize("written", ["市综合行政执法局", "贵阳市综合行政执法局", "市城市管理综合行政执法局"])
def test_a_comprehensive_enforcement_bureau_is_the_urban_management_body(written):
    assert resolve_body(written, GUIYANG_2018).id == "520100-city_management_bureau"


@pytest.mark.parametrize("written", ["市农业综合行政执法支队", "市综合行政执法支队", "综合行政执法"])
def test_a_sector_s_enforcement_detachment_is_no_urban_management_body(written):
    assert resolve_body(written, GUIYANG_2018).id is None

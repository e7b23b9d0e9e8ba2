"""A management area (管理区: a zone with a code of its own that runs as a county, 益阳市大通湖管理区) goes by its own
name, its host city's left out (大通湖管理区), and with 区 for 管理区 (大通湖区, as its committee is written: 大通湖区
管委会), a naming rule of the gazetteer (regions.toml management_area_words). A form some place bears now or bore
before is made for none: 汉沽区 (唐山's 汉沽管理区) was Tianjin's district, and stays it."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

YIYANG = make_context(region="益阳市", level="municipal", date=dt.date(2021, 3, 1))
TIANJIN = make_context(region="天津市", level="provincial", date=dt.date(2005, 3, 1))


@pytest.mark.parametrize("written", ["大通湖区管委会", "大通湖管理区管委会", "益阳市大通湖管理区管委会"])
def test_a_management_area_s_committee_by_its_own_name(written):
    assert resolve_body(written, YIYANG).id == "430971-zone_committee"


def test_a_former_district_s_name_is_made_for_no_management_area():
    assert resolve_body("汉沽区人民政府", TIANJIN).id == "120116-people_government"

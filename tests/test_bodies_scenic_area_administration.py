"""A scenic area is governed by an administration as often as by a committee: 花亭湖风景名胜区管理处 (太湖县 2019 工作规则,
beside 太湖经济开发区管委会 under the county's government) is the county's scenic area's governing body, the one its
committee names, under its own title; so is a 管理局 after a scenic area's word. 管理处 after any other name (a
reservoir's), or after the area's word alone, is no such body."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

TAIHU_2019 = make_context(region="太湖县", level="municipal", date=dt.date(2019, 1, 17))


@pytest.mark.parametrize("written, title", [("花亭湖风景名胜区管理处", "太湖县花亭湖风景名胜区管理处"),
                                            ("花亭湖风景名胜区管理局", "太湖县花亭湖风景名胜区管理局"),
                                            ("花亭湖风景名胜区管委会", "太湖县花亭湖风景名胜区管理委员会")])
def test_a_scenic_area_s_administration_is_its_governing_body(written, title):
    found = resolve_body(written, TAIHU_2019)
    assert (found.id, found.name) == ("340825-zone_committee-花亭湖风景名胜区", title)


@pytest.mark.parametrize("written", ["花亭湖水库管理处", "风景名胜区管理处", "花亭湖管理处", "该风景名胜区管理处"])
def test_an_administration_of_no_named_scenic_area_is_no_such_body(written):
    assert resolve_body(written, TAIHU_2019).id is None

"""A forest district (林区: 神农架林区) and a special district (特区: 六枝特区), county-level units of their own kinds, write
their kind's word for themselves as a county writes 县: their sets of own units (林区直各单位, 林区人民政府各部门, 特区直各
部门) and, for 特区, its bodies (特区人民政府, 特区党委). In any other place's plan the words name none of its places (深圳经济
特区 is a city's zone, no district of that kind)."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

SHENNONGJIA = make_context(region="神农架林区", level="municipal", date=dt.date(2021, 6, 1))
LIUZHI = make_context(region="六枝特区", level="municipal", date=dt.date(2021, 6, 1))


@pytest.mark.parametrize("context, written", [(SHENNONGJIA, "林区直各单位"), (SHENNONGJIA, "林区人民政府各部门"),
                                              (LIUZHI, "特区直各部门"), (LIUZHI, "特区政府各部门")])
def test_a_district_s_own_word_opens_its_sets_of_units(context, written):
    found = resolve_body(written, context)
    assert (found.id, found.collective) == ("direct-units", True)


@pytest.mark.parametrize("written, expected", [("特区人民政府", "520203-people_government"),
                                               ("特区党委", "520203-party_committee"),
                                               ("特区财政局", "520203-finance_bureau")])
def test_a_special_district_writes_its_word_for_itself(written, expected):
    assert resolve_body(written, LIUZHI).id == expected


@pytest.mark.parametrize("region", ["房县", "深圳市", "神农架林区"])
@pytest.mark.parametrize("written", ["特区直各部门", "特区人民政府"])
def test_elsewhere_the_special_district_s_word_names_none(region, written):
    context = make_context(region=region, level="municipal", date=dt.date(2021, 6, 1))
    found = resolve_body(written, context)
    assert (found.id, found.collective) == (None, False)


def test_elsewhere_the_forest_district_s_sets_name_none():
    context = make_context(region="房县", level="municipal", date=dt.date(2021, 6, 1))
    assert resolve_body("林区直各单位", context).id is None

"""A Henan 特色商业区 is a commercial area a county or district runs through its committee: 二七区二七特色商业区 (郑州 二七区
2016, the area publishing as its committee) names 二七区's area 二七特色商业区, and so does the area's committee written
without the district. 特色 is the kind's word, no name: the kind's word alone, counted or pointed at, names no area."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

ERQI_2016 = make_context(region="二七区", level="municipal", date=dt.date(2016, 1, 28))


@pytest.mark.parametrize("written", ["二七区二七特色商业区", "二七特色商业区管委会", "二七特色商业区管理委员会"])
def test_a_special_commercial_area_is_its_district_s_area(written):
    found = resolve_body(written, ERQI_2016)
    assert (found.id, found.name) == ("410103-zone_committee-特色商业区", "二七区二七特色商业区管理委员会")


@pytest.mark.parametrize("written", ["特色商业区管委会", "各特色商业区管委会", "该特色商业区管委会", "商业区管委会"])
def test_the_kind_s_word_alone_names_no_area(written):
    found = resolve_body(written, ERQI_2016)
    assert (found.id, found.collective) == (None, False)

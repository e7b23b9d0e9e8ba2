"""A scenic area written by its full title (赛里木湖风景名胜区管理委员会: 博州 2024 names its scenic areas' committees
beside its bonded zones') and an industrial area a district runs (嘉定工业区管委会: 嘉定 2024, 嘉府办发〔2024〕23号)
are areas of no national list: each committee is one of its host's area committees, told apart by the area's name.
The area's word alone (风景名胜区管委会, 工业区管委会) names no area."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

BORTALA = make_context(region="博尔塔拉蒙古自治州", level="municipal", date=dt.date(2024, 10, 22))
JIADING = make_context(region="嘉定区", level="municipal", date=dt.date(2024, 10, 10))


@pytest.mark.parametrize("written", ["赛里木湖风景名胜区管理委员会", "赛里木湖风景名胜区管委会"])
def test_a_scenic_area_s_committee_by_its_full_title_is_its_host_s_area_committee(written):
    assert resolve_body(written, BORTALA).id == "652700-zone_committee-赛里木湖风景名胜区"


def test_an_industrial_area_s_committee_is_its_host_s_area_committee():
    assert resolve_body("嘉定工业区管委会", JIADING).id == "310114-zone_committee-嘉定工业区"


@pytest.mark.parametrize(("written", "context"), [("风景名胜区管委会", BORTALA), ("工业区管委会", JIADING)])
def test_the_area_word_alone_names_no_area(written, context):
    assert resolve_body(written, context).id is None

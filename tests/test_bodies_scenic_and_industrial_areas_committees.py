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


@pytest.mark.parametrize("written", ["嘉定工业区管委会", "区工业区管委会"])
def test_an_industrial_area_s_committee_is_its_host_s_area_committee(written):
    # one id however the host is written: its name (嘉定) or its level (区) tells nothing apart among its own areas
    assert resolve_body(written, JIADING).id == "310114-zone_committee-工业区", written


@pytest.mark.parametrize(("written", "context"), [("风景名胜区管委会", BORTALA), ("工业区管委会", JIADING)])
def test_the_area_word_alone_names_no_area(written, context):
    assert resolve_body(written, context).id is None


@pytest.mark.parametrize("written", ["州属各风景名胜区管委会", "州属风景名胜区管委会"])
def test_the_prefecture_s_own_scenic_areas_committees_are_a_collective(written):
    # the marker with 属 counts the place's areas, none named: once read as a scenic area called 州属各风景名胜区
    found = resolve_body(written, BORTALA)
    assert (found.id, found.collective) == ("652700-subordinate-zone_committee", True)


@pytest.mark.parametrize("written", ["区属工业区管委会", "区属各工业区管委会"])
def test_a_marker_with_shu_before_an_area_word_names_no_area_called_so(written):
    # once read as an area called 属工业区 or 区属各工业区, a silent wrong body
    assert resolve_body(written, JIADING).id is None


@pytest.mark.parametrize("written", ["该工业区管委会", "此工业区管委会", "本工业区管委会"])
def test_a_word_pointing_at_an_area_in_hand_names_no_area(written):
    # 该, 此, 本 point at an area in hand, as before a zone's word (该开发区管委会): once read as areas called 该工业区,
    # 此工业区, 本工业区, silent wrong bodies
    assert resolve_body(written, JIADING).id is None


def test_a_word_pointing_at_a_scenic_area_in_hand_names_no_area():
    assert resolve_body("该风景名胜区管理委员会", BORTALA).id is None

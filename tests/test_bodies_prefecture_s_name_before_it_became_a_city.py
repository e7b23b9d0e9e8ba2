"""A prefecture that became a city names its bodies by its prefecture's name in the documents of its years as one
(林芝地区行署, 2015: 林芝地区 became 林芝市 that year): the gazetteer's former names give a prefecture given up its
successor through its counties (the source names no new code for a prefecture), the one prefecture-level city set up
that year that all of them went to. A prefecture merged into an older city (莱芜市 into 济南市, 2018) or split between
two (晋东南地区 into 长治 and 晋城, 1985) is no former name: its bodies were not the successor's."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

from pilotplans.normalizers.resolve import make_context, resolve_body

ROOT = Path(__file__).resolve().parents[1]
HISTORY = Path(__file__).parent / "fixtures" / "areacodes" / "prefectures_given_up.csv"


def build_gazetteer():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "tools" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def former_names() -> dict[str, list[tuple[str, str]]]:
    tool = build_gazetteer()
    current, history = tool.read_areacodes(HISTORY)
    tool.attach_former(current, history)
    return {code: division.former for code, division in current.items()}


def test_a_prefecture_that_became_a_city_is_a_former_name_of_the_city():
    assert former_names()["540400"] == [("林芝地区", "2015")]


def test_a_prefecture_merged_into_an_older_city_is_no_former_name_of_it():
    assert former_names()["370100"] == []


def test_a_prefecture_split_between_two_cities_is_no_former_name_of_either():
    names = former_names()
    assert (names["140400"], names["140500"]) == ([], [])


def test_the_prefecture_s_administrative_office_in_a_document_of_its_year_is_the_city_s_government():
    found = resolve_body("林芝地区行署", make_context(region="林芝市", level="municipal", date=dt.date(2015, 4, 3)))
    assert (found.id, found.name) == ("540400-people_government", "林芝市人民政府")
    assert "林芝地区 is a former name of 林芝市 (changed 2015)" in found.notes


def test_a_prefecture_s_department_by_its_former_name_is_the_city_s():
    found = resolve_body("日喀则地区财政局", make_context(region="日喀则市", level="municipal", date=dt.date(2013, 6, 1)))
    assert found.id == "540200-finance_bureau"


def test_a_merged_city_s_department_is_its_own_not_its_successor_s_in_a_document_of_its_years():
    # read since round 35 as the prefecture given up in 2019 (371200), which bore the name then; never as 济南's
    found = resolve_body("莱芜市财政局", make_context(region="济南市", level="municipal", date=dt.date(2015, 6, 1)))
    assert found.id == "371200-finance_bureau"

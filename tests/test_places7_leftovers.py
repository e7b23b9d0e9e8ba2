"""Places round 7's leftovers: a typesetting note is no line of a title; a street office names no place of its own;
a listed zone's committee, and a title naming a listed zone, place a page at the zone's host city."""

from __future__ import annotations

from pathlib import Path

import pytest

from pilotplans.ingest.pipeline import read_document
from tests.page_metadata import lines_metadata

SHAPES = Path(__file__).parent / "fixtures" / "places-shapes7"

NOTICE = ("各部门:", "现将方案印发给你们。", "某某市人民政府", "2023年3月1日")


# --- a typesetting note (字体, 字号) is no line of the title ----------------------------------------------------------

@pytest.mark.parametrize("note", ["（方正小标宋简体 二号）", "方正小标宋简体二号", "三号仿宋_GB2312", "标题（小二号方正小标宋简体）",
                                  "（字体：方正小标宋 字号：二号）", "黑体 三号 加粗"])
def test_a_typesetting_note_over_the_title_is_no_line_of_it(note):
    # before: 方正小标宋简体二号关于印发… (a template's or a PDF's note on the title's font read as its first line)
    assert lines_metadata(note, "关于印发数字经济发展实施方案的通知", *NOTICE).title == "关于印发数字经济发展实施方案的通知"


def test_a_typesetting_note_under_a_wrapped_title_is_no_line_of_it():
    found = lines_metadata("关于印发数字经济发展", "实施方案的通知", "小二号方正小标宋", *NOTICE)
    assert found.title == "关于印发数字经济发展实施方案的通知"


def test_a_typesetting_note_closing_the_title_s_line_is_no_part_of_it():
    # before: 关于印发数字经济发展实施方案的通知（方正小标宋简体二号）
    found = lines_metadata("关于印发数字经济发展实施方案的通知（方正小标宋简体 二号）", *NOTICE)
    assert found.title == "关于印发数字经济发展实施方案的通知"


@pytest.mark.parametrize("own", ["（试行）", "（2023—2025年）"])
def test_a_title_s_own_brackets_stay(own):
    # quiet: a bracket qualifying the title is no typesetting note
    assert lines_metadata(f"数字经济发展实施方案{own}", "一、总体要求").title == f"数字经济发展实施方案{own}"


@pytest.mark.parametrize("second", ["二号楼改造工作方案的通知", "三号线建设工作方案的通知"])
def test_a_title_s_line_opening_with_a_size_word_stays_in_the_title(second):
    # quiet: 号 after a numeral opening a line of words names a building or a metro line, the title's
    assert lines_metadata("关于印发推进", second, *NOTICE).title == f"关于印发推进{second}"


# --- a street office names no place; a listed zone is placed at its host --------------------------------------------

def test_a_street_office_names_no_place_of_its_own():
    # 南大街办事处: a sub-county office of the document's own place; its characters name no county (南大)
    document = read_document(SHAPES / "street-office-info-row-issuer.txt")
    assert (document.issuer, document.level, document.region) == ("南大街办事处", "county", None)


def test_a_street_office_after_its_district_is_the_district_s():
    # quiet: the district it is written after places it
    document = read_document(SHAPES / "street-office-of-a-named-district.txt")
    assert (document.level, document.region) == ("county", "碑林区")


def test_a_listed_zone_s_committee_places_the_page_at_its_host_city():
    # 苏州工业园区 (a listed zone): its committee stays the issuer, the page is 苏州's, at a city's level
    document = read_document(SHAPES / "listed-zone-committee-info-row-issuer.txt")
    assert (document.issuer, document.level, document.region) == (
        "苏州工业园区管理委员会", "municipal", "苏州")


def test_a_title_naming_a_listed_zone_places_the_page_at_its_host_city():
    # the places rounds' keys (金华经济技术开发区, places-blind6) place a zone's page at its host, not at the zone:
    # 新乡高新区 in the title under 高新区管委会 is 新乡's
    document = read_document(SHAPES / "zone-committee-title-names-listed-zone.txt")
    assert (document.issuer, document.level, document.region) == ("高新区管委会", "municipal", "新乡")

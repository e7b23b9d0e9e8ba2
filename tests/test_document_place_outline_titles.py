"""An outline of a place's 国民经济和社会发展 plan is that place's own (placing.toml own_plans): only its
government makes one. So a title naming a district by a word for a part of any city after its city
(铜陵市郊区国民经济和社会发展…纲要) places the outline in the district, where a district so named in another
plan's title is its city's plan for that part (晋城市城区…方案). A province a copying site prints in brackets
before the place ((安徽省)铜陵市郊区…, (新疆维吾尔自治区)阿拉尔市…) is read as the place's province, the
title kept as printed (pilotplans.parsers.metadata)."""

from pathlib import Path

import pytest

from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import read_metadata

FIXTURES = Path(__file__).parent / "fixtures"


def _metadata(lines):
    return read_metadata([Paragraph(text=line) for line in lines])


def _page(folder, name):
    return _metadata((FIXTURES / folder / name).read_text("utf-8").splitlines())


def test_a_district_s_outline_named_after_its_city_is_the_district_s():
    # before: no level, no region (a leftover of the first places round)
    found = _page("places-blind", "tongling-jiaoqu-2022-district-outline.txt")
    assert (found.title, found.level, found.region) == (
        "(安徽省)铜陵市郊区国民经济和社会发展十四五规划(2022年更新)", "county", "铜陵市郊区")


def test_a_corps_division_s_city_outline_is_placed_in_the_city():
    # 第一师阿拉尔市: the county-level city 阿拉尔 (659002) under the region, its province in brackets (before: none)
    found = _page("places-blind3", "alaer-2022-bingtuan-division-outline.txt")
    assert (found.level, found.region) == ("county", "阿拉尔")


def test_another_plan_for_a_part_of_a_city_stays_the_city_s():
    found = _metadata(["晋城市城区老旧小区改造实施方案", "一、总体要求"])
    assert (found.level, found.region) == ("municipal", "晋城")


def test_a_province_in_brackets_does_not_make_a_city_s_plan_provincial():
    found = _metadata(["(湖北省)武汉市优化营商环境实施方案", "一、总体要求"])
    assert (found.title, found.level, found.region) == ("(湖北省)武汉市优化营商环境实施方案", "municipal", "武汉")


@pytest.mark.parametrize("title", [
    "(江苏省)关于印发服务业发展实施方案的通知",  # no place after the brackets: a city's notice as well
    "(江苏省)关于印发苏州市服务业发展实施方案的通知",
    "(浙江省)苏州市服务业发展实施方案",  # a place of another province
])
def test_a_province_in_brackets_before_no_place_of_its_own_places_nothing(title):
    # before the mend: the bracketed province's, provincial
    found = _metadata([title, "一、总体要求"])
    assert (found.title, found.level, found.region) == (title, None, None)


def test_a_province_in_brackets_before_its_own_body_unnamed_is_the_province_s():
    found = _metadata(["(江苏省)省政府办公厅关于印发服务业发展实施方案的通知", "各市、县(市、区)人民政府:"])
    assert (found.level, found.region) == ("provincial", "江苏")

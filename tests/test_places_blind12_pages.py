"""Places blind round 12 (tests/fixtures/places-blind12, keyed in key.toml before the reader ran) and the leftovers of
round 11 the brief named: the rules they showed, each with a case where it stays quiet."""

from __future__ import annotations

from pathlib import Path

from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind12"


# --- a county named alone by a title, its page speaking of another city ------------------------------------------------

def test_a_plan_titled_after_a_district_of_one_city_whose_text_names_another_city_is_placed_nowhere():
    # before: county, 西区 (攀枝花's, the one division now bearing the name) — silent wrong output; the page is 中山's
    # 西区, a street area, its text naming 中山 twice (从省内和中山形势看, 中山空前崛起) and no 攀枝花
    found = page_metadata(ROUND / "zhongshan-xiqu-2016-street-area-work-plan-city-portal.txt")
    assert (found.title, found.level, found.region) == ("西区2016年工作计划", None, None)


def test_a_plan_titled_after_a_district_whose_text_names_its_own_city_stays_that_district_s():
    # quiet: the city named twice is the district's own (攀枝花), so 西区 alone is its 西区
    found = lines_metadata("西区2016年工作计划",
                           "2016年是我区“十三五”的开局之年。从攀枝花形势看，攀枝花空前崛起，西区大有作为。")
    assert (found.level, found.region) == ("county", "西区")


def test_a_plan_titled_after_a_district_whose_text_names_another_city_once_stays_that_district_s():
    # quiet: one mention of another city (a partner, a comparison) is not where the page places itself
    found = lines_metadata("西区2016年工作计划", "2016年是我区“十三五”的开局之年。学习中山经验，西区大有作为。")
    assert (found.level, found.region) == ("county", "西区")

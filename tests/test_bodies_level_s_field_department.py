"""A level marker with its grade word before a field's department (市级自然资源主管部门: 河南省自然资源厅 2023) is the
level's body of that field: the document's own place's or a place's above it where the marker names one, else the
body in every place of that level under the document's (a collective). A zone's rank (市级开发区) and a budget
(市级财政) are no department and stay as they were."""

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

HENAN_2023 = make_context(region="河南省", level="provincial", date=dt.date(2023, 5, 1))
HANGZHOU_2023 = make_context(region="杭州市", level="municipal", date=dt.date(2023, 5, 1))
XIAOSHAN_2023 = make_context(region="萧山区", level="county", date=dt.date(2023, 5, 1))
NATIONAL_2023 = make_context(level="central", date=dt.date(2023, 5, 1))


@pytest.mark.parametrize(("written", "expected"), [
    ("市级自然资源主管部门", "410000-subordinate-natural_resources_bureau"),
    ("市級自然資源主管部門", "410000-subordinate-natural_resources_bureau"),
    ("县级商务部门", "410000-subordinate-commerce_bureau"),
])
def test_a_level_below_the_plan_s_names_its_places_bodies_of_the_field(written, expected):
    found = resolve_body(written, HENAN_2023)
    assert (found.id, found.collective) == (expected, True), written
    assert "every" in found.notes[-1]


@pytest.mark.parametrize(("written", "context", "expected", "title"), [
    ("市级自然资源主管部门", HANGZHOU_2023, "330100-natural_resources_bureau", "杭州市自然资源和规划局"),
    ("省级商务主管部门", HANGZHOU_2023, "330000-commerce_bureau", "浙江省商务厅"),
    ("区级自然资源主管部门", XIAOSHAN_2023, "330109-natural_resources_bureau", "萧山区自然资源局"),
    ("市级自然资源主管部门", XIAOSHAN_2023, "330100-natural_resources_bureau", "杭州市自然资源和规划局"),
])
def test_the_plan_s_own_level_or_one_above_names_that_place_s_body(written, context, expected, title):
    found = resolve_body(written, context)
    assert (found.id, found.name) == (expected, title), written


@pytest.mark.parametrize("written", ["市级开发区管委会", "市级财政", "市级政府"])
def test_a_rank_a_budget_or_a_name_closed_by_no_department_word_is_not_read_so(written):
    assert resolve_body(written, HANGZHOU_2023).id is None, written


@pytest.mark.parametrize("written", ["省级商务主管部门", "市级自然资源主管部门"])
def test_the_provinces_bodies_in_a_national_plan_stay_unread_with_a_note(written):
    # no region to place the provinces' collective in, as 各省商务主管部门 there, and the same note says so
    found = resolve_body(written, NATIONAL_2023)
    assert found.id is None, written
    assert found.notes == (f"{written} needs the document's region",)


def test_a_rank_in_a_national_plan_stays_unread_without_a_note():
    assert resolve_body("市级开发区", NATIONAL_2023).notes == ()


def test_the_plan_s_own_direct_units_are_read_as_before():
    assert resolve_body("市级有关部门", HANGZHOU_2023).id == "direct-units"


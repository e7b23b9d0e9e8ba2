"""An autonomous region goes by its short name and its autonomy word, or the 区 its own bodies are marked with
(区党委, 区委), the nationality left out: 广西区委党校 (柳州's 2013 chronicle: 广西区委党校副校长) is the region's
Party school, 广西区委 its Party committee. A 区委 with no place stays unread, and 区域 after the short name is no
body."""

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

LIUZHOU_2014 = make_context(region="柳州市", level="municipal", date=dt.date(2014, 2, 25))


@pytest.mark.parametrize(("written", "expected"), [
    ("广西区委党校", "450000-party_school"),
    ("广西区委", "450000-party_committee"),
    ("广西区党委", "450000-party_committee"),
    ("广西区政府", "450000-people_government"),
    ("西藏区党委", "540000-party_committee"),
])
def test_the_region_s_short_name_with_qu_names_the_region(written, expected):
    assert resolve_body(written, LIUZHOU_2014).id == expected


def test_the_region_s_short_name_with_its_autonomy_word_names_the_region():
    assert resolve_body("广西自治区", LIUZHOU_2014).id == "450000"


@pytest.mark.parametrize("written", ["区委党校", "广西区域", "广西区域协调办"])
def test_a_qu_with_no_region_or_a_word_opening_with_qu_stays_unread(written):
    assert resolve_body(written, LIUZHOU_2014).id is None


def test_a_group_whose_name_opens_with_qu_is_the_region_s_group_named_in_full():
    # 广西 + 区域协调发展领导小组, not 广西区 + 域协调发展领导小组: the short name alone is tried first
    found = resolve_body("广西区域协调发展领导小组办公室", LIUZHOU_2014)
    assert found.id == "450000-task_group_office-区域协调发展领导小组"

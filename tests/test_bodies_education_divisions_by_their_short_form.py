"""A division of a field of education, [a two-character word][教育][处, 科], goes by its listed short form (基教处)
(基础教育处 and 基教处): one division with one id, the short form's, each title kept as printed. Other divisions keep the
name printed as their id, a clip of every two-character word joining divisions that are two (社会保险处, 社会保障处)."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

HUNAN = make_context(region="湖南省", level="provincial", date=dt.date(2024, 1, 1))
CHANGSHA = make_context(region="长沙市", level="municipal", date=dt.date(2024, 1, 1))


@pytest.mark.parametrize("full, short", [("基础教育处", "基教处"), ("职业教育处", "职教处"), ("高等教育处", "高教处")])
def test_an_education_division_and_its_short_form_are_one(full, short):
    by_full, by_short = resolve_body(f"省教育厅{full}", HUNAN), resolve_body(f"省教育厅{short}", HUNAN)
    assert by_full.id == by_short.id == f"430000-education_bureau-division-{short}"
    assert (by_full.name, by_short.name) == (f"湖南省教育厅{full}", f"湖南省教育厅{short}")


def test_a_city_bureau_s_section_clips_alike():
    assert resolve_body("市教育局基础教育科", CHANGSHA).id == "430100-education_bureau-division-基教科"


@pytest.mark.parametrize("written, expected", [
    ("省人社厅社会保险处", "430000-human_resources_social_security_bureau-division-社会保险处"),
    ("省人社厅社会保障处", "430000-human_resources_social_security_bureau-division-社会保障处"),
    ("省教育厅思想政治教育处", "430000-education_bureau-division-思想政治教育处"),
    ("省教育厅法规处", "430000-education_bureau-division-法规处")])
def test_other_divisions_keep_the_name_printed(written, expected):
    assert resolve_body(written, HUNAN).id == expected


@pytest.mark.parametrize("first, second", [("民族教育处", "民办教育处"), ("高等教育处", "高中教育处"),
                                           ("社会教育处", "社区教育处")])
def test_two_fields_opening_with_one_character_stay_two_divisions(first, second):
    # 民办教育处 goes by 民办处, 高中教育处 by 高中处: first character + 教 is no short form of theirs, and would join
    # them with 民族教育处 (民教处) and 高等教育处 (高教处), two divisions of one department
    assert resolve_body(f"省教育厅{first}", HUNAN).id != resolve_body(f"省教育厅{second}", HUNAN).id


def test_a_field_whose_short_form_is_not_clipped_keeps_its_name():
    assert resolve_body("省教育厅学前教育处", HUNAN).id == "430000-education_bureau-division-学前教育处"

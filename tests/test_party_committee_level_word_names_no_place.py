"""A Party committee printed with its level word alone (中共区委办公室, 中共市委办公室) names no place: 中共 is no place's
name, the level word gives the level only. The region readers took 中共 for a place before 区 or 市 (region 中共区,
中共), and a signature listing bodies with 、 (places8) now hands such a list to them as the issuer."""

from __future__ import annotations

import pytest

from tests.page_metadata import lines_metadata

BODY = ("各街道办事处，区直各部门：", "《推进营商环境改革试点实施方案》已经区委、区政府同意，现印发给你们，请认真贯彻执行。")


@pytest.mark.parametrize(("title", "level"), [
    ("中共区委办公室、区人民政府办公室关于印发推进营商环境改革试点实施方案的通知", "county"),  # before: region 中共区
    ("中共市委办公室、市人民政府办公室关于印发推进营商环境改革试点实施方案的通知", "municipal"),  # before: region 中共
])
def test_a_title_opening_with_a_party_committee_s_level_word_gives_its_level_and_no_place(title, level):
    found = lines_metadata(title, *BODY, "2023年3月1日")
    assert (found.region, found.level) == (None, level)


def test_a_listed_signature_opening_with_a_party_committee_s_level_word_places_nothing():
    # before: issuer 中共区委办公室、蔡甸区人民政府办公室 placed at 中共区
    found = lines_metadata("关于印发推进营商环境改革试点实施方案的通知", *BODY, "中共区委办公室、蔡甸区人民政府办公室", "2023年3月1日")
    assert (found.issuer, found.region, found.level) == ("中共区委办公室、蔡甸区人民政府办公室", None, "county")


@pytest.mark.parametrize(("title", "region", "level"), [
    ("中共蔡甸区委办公室、蔡甸区人民政府办公室关于印发推进营商环境改革试点实施方案的通知", "蔡甸区", "county"),
    ("中共深圳市委办公厅关于印发推进营商环境改革试点实施方案的通知", "深圳", "municipal"),
])
def test_a_party_committee_named_after_its_place_still_places_the_notice(title, region, level):
    found = lines_metadata(title, *BODY, "2023年3月1日")
    assert (found.region, found.level) == (region, level)

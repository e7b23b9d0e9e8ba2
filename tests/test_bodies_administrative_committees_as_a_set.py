"""行委, a 行政委员会, governs an area of Qinghai's as a government would (大柴旦行委 under 海西州): 各行委 in a plan's
addressees (格尔木 2018 工作规则: 各行委、昆仑经济技术开发区管委会、市人民政府各部门) is the committees of the areas under
the place, a set as 各管委会 is, none named. One committee named, or 行委 alone, is no such set."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

GEERMU_2018 = make_context(region="格尔木市", level="municipal", date=dt.date(2018, 7, 5))


@pytest.mark.parametrize("written", ["各行委", "各行政委员会"])
def test_the_administrative_committees_under_a_place_are_a_set(written):
    found = resolve_body(written, GEERMU_2018)
    assert (found.id, found.collective) == ("administrative-committees", True)


@pytest.mark.parametrize("written", ["大柴旦行委", "行委", "各行政村"])
def test_one_committee_or_the_word_alone_is_no_set(written):
    found = resolve_body(written, GEERMU_2018)
    assert (found.id, found.collective) == (None, False)

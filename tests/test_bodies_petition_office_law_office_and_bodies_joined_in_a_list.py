"""Batch 18's mends. A place's petition body named an office (区信访办, 信访办公室: 静海区 2024) is its petition bureau;
Zhejiang's name for the law-governance commission's office, after 法治浙江 (县委法治办: 长兴 2019), is that office, a
name with no level word after 治 saying no other tier's; and bodies a joiner parts in a list (区法院、司法局及信访办) are
each a body, sharing the list's opening, where every part is a body's name (a joined body's own name, 科技和人才局, is
kept whole)."""

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body
from pilotplans.normalizers.responsibility import parse_responsibility

JINGHAI_2024 = make_context(region="静海区", level="municipal", date=dt.date(2024, 3, 28))
CHANGXING_2019 = make_context(region="长兴县", level="municipal", date=dt.date(2019, 5, 7))


@pytest.mark.parametrize("written", ["区信访办", "信访办", "信访办公室", "区信访局"])
def test_the_petition_office_is_the_petition_bureau(written):
    found = resolve_body(written, JINGHAI_2024)
    assert (found.id, found.name) == ("120118-petition_bureau", "静海区信访局"), written


@pytest.mark.parametrize("written", ["县委法治办", "县法治办"])
def test_zhejiang_s_law_office_is_the_law_governance_office(written):
    found = resolve_body(written, CHANGXING_2019)
    assert (found.id, found.name) == ("330522-party_law_governance_office", "中共长兴县委全面依法治县委员会办公室")


def test_a_level_word_after_治_still_says_another_tier_s_office():
    assert resolve_body("依法治市办", CHANGXING_2019).id is None


def test_bodies_a_joiner_parts_in_a_list_are_each_a_body():
    assert [m.text for m in parse_responsibility("区法院、司法局及信访办")] == ["区法院", "司法局", "信访办"]


@pytest.mark.parametrize("cell", ["区科技和人才局", "县发改局、财政和金融局", "人力资源和社会保障局"])
def test_a_joined_body_s_own_name_is_kept_whole(cell):
    assert [m.text for m in parse_responsibility(cell)][-1] == cell.split("、")[-1]

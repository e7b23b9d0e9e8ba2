"""The National People's Congress itself (全国人民代表大会) is a central body beside its standing committee, as a
place's congress is beside its own; 全国人大 alone is the standing committee, as a place's 人大 alone is (汕头's 2015
congress report: 对全国人大4件法律修订草案和省人大14件法规草案…提出修改意见). A national deputy and a group the congress
has not stay unread; a special committee is the congress's part, kept by its name."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body


NATIONAL = make_context(region=None, level="national", date=dt.date(2015, 1, 20))
SHANTOU_2015 = make_context(region="汕头市", level="municipal", date=dt.date(2015, 1, 20))


def test_the_national_people_s_congress_itself_is_a_central_body_beside_its_standing_committee():
    assert resolve_body("全国人民代表大会", NATIONAL).id == "npc"
    assert resolve_body("全国人民代表大会常务委员会", NATIONAL).id == "npcsc"


def test_quanguo_renda_alone_is_the_standing_committee_as_a_place_s_renda_is():
    # 汕头's congress report 2015: 对全国人大4件法律修订草案和省人大14件法规草案…提出修改意见
    assert resolve_body("全国人大", SHANTOU_2015).id == "npcsc"
    assert resolve_body("省人大", SHANTOU_2015).id == "440000-people_congress_standing_committee"


@pytest.mark.parametrize("written", ["全国人大代表", "全国人民代表大会党组"])
def test_a_national_deputy_and_a_group_the_congress_has_not_stay_unread(written):
    assert resolve_body(written, NATIONAL).id is None


def test_a_special_committee_is_the_congress_s_part_not_the_congress():
    assert resolve_body("全国人大财政经济委员会", NATIONAL).id == "npc-committee-财政经济委员会"

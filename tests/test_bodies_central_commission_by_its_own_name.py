"""The central discipline commission by the Party commission's own name (中央纪委, 中纪委, as before 2018 and after):
the group it stations in a central body (中央纪委驻教育部纪检组: 教育部's 2016 notice) is that body's stationed group; a
sender that reads as no commission leaves the group unread with a note saying so, not that the commission is another
place's."""

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

CENTRAL_2016 = make_context(region=None, level="central", date=dt.date(2016, 7, 22))
XIAMEN_2016 = make_context(region="厦门市", level="municipal", date=dt.date(2016, 7, 22))


def test_the_party_commission_s_own_name_is_the_central_commission():
    assert [resolve_body(w, CENTRAL_2016).id for w in ("中央纪委", "中纪委", "中共中央纪律检查委员会")] == ["ccdi"] * 3


def test_the_group_it_stations_in_a_ministry_before_2018_is_the_ministry_s_group():
    found = resolve_body("中央纪委驻教育部纪检组", CENTRAL_2016)
    assert (found.id, found.name) == ("moe-discipline_inspection_group", "中央纪委国家监委驻教育部纪检监察组")


def test_another_place_s_commission_keeps_its_own_note():
    found = resolve_body("省纪委驻市商务局纪检组", XIAMEN_2016)
    assert found.id is None
    assert found.notes == ("省纪委驻市商务局纪检组 names a group 省纪委 stations in 厦门市商务局: no discipline commission of "
                           "the body's own place",)

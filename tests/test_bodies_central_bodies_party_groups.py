"""A central body's Party group (中共教育部党组: 中组部 and 教育部党组's 2016 opinion on the Party's work in schools) and
the group the central discipline commission stations in it are read as a local body's are, for the central bodies
whose local counterparts set one up; a Party organ, the Youth League and a group with no body stay unread."""

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

NATIONAL = make_context(region=None, level="national", date=dt.date(2016, 7, 22))
ANHUI = make_context(region="安徽省", level="provincial", date=dt.date(2021, 12, 21))


def test_a_ministry_s_party_group_is_the_ministry_s():
    found = resolve_body("中共教育部党组", NATIONAL)
    assert (found.id, found.name, found.kind) == ("moe-party_group", "中共教育部党组", "party_group")


def test_the_group_s_title_is_the_body_s_full_name_without_the_state_s():
    assert resolve_body("国家发展改革委党组", NATIONAL).name == "中共国家发展和改革委员会党组"
    assert resolve_body("国务院党组", NATIONAL).id == "state-council-party_group"


def test_a_central_party_group_reads_alike_in_a_province_s_plan():
    assert resolve_body("中共交通运输部党组", ANHUI).id == "mot-party_group"


def test_the_group_the_central_commission_stations_in_a_ministry():
    for written in ("驻教育部纪检监察组", "中央纪委国家监委驻教育部纪检监察组"):
        found = resolve_body(written, NATIONAL)
        assert (found.id, found.name) == ("moe-discipline_inspection_group", "中央纪委国家监委驻教育部纪检监察组"), written


def test_a_province_s_commission_stations_no_group_in_a_ministry():
    found = resolve_body("省纪委监委驻教育部纪检监察组", ANHUI)
    assert found.id is None
    assert "no discipline commission of the body's own place" in found.notes[0]


def test_a_party_organ_and_the_youth_league_have_no_party_group():
    assert resolve_body("中共中央组织部党组", NATIONAL).id is None
    assert resolve_body("共青团中央党组", NATIONAL).id is None


def test_a_group_whose_body_is_not_written_stays_unread():
    assert resolve_body("部党组", NATIONAL).id is None

"""In an autonomous region 区党委 is the region's Party committee (自治区党委), in the plans of its cities and
counties too (日喀则's 十四五 plan 2021: 在区党委、市委的坚强领导下); it was unread in a city's plan and read as the
county's own committee in a county's (麦盖提县, flagged only). A district writes its own committee 区委, and
outside an autonomous region 区党委 stays the district's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pilotplans.normalizers.resolve import make_context, resolve_body

FIXTURES = Path(__file__).parent / "fixtures"
RIKAZE_2021 = make_context(region="日喀则市", level="municipal", date=dt.date(2021, 12, 11))
MAIGAITI_2021 = make_context(region="麦盖提县", level="municipal", date=dt.date(2021, 1, 26))
XINGNING_2020 = make_context(region="兴宁区", level="municipal", date=dt.date(2020, 9, 1))
PUDONG_2021 = make_context(region="浦东新区", level="municipal", date=dt.date(2021, 6, 1))


def test_qu_dangwei_is_the_autonomous_region_s_committee_within_it():
    assert resolve_body("区党委", RIKAZE_2021).id == "540000-party_committee"
    assert resolve_body("区党委", MAIGAITI_2021).id == "650000-party_committee"
    assert resolve_body("区党委宣传部", XINGNING_2020).id == "450000-party_publicity_department"


def test_a_district_s_own_committee_and_districts_elsewhere_keep_their_reading():
    assert resolve_body("区委", XINGNING_2020).id == "450102-party_committee"
    assert resolve_body("区政府", XINGNING_2020).id == "450102-people_government"
    assert resolve_body("区党委", PUDONG_2021).id == "310115-party_committee"


# 区…厅: 厅 is a province-level department's form, which no district has: in an autonomous region 区商务厅 is the
# region's department (自治区商务厅, 自治区 left out), in a province's, a city's or a district's plan of it alike

def test_qu_ting_is_the_autonomous_region_s_department_within_it():
    assert resolve_body("区商务厅", make_context(region="广西", level="provincial")).id == "450000-commerce_bureau"
    assert resolve_body("区财政厅", RIKAZE_2021).id == "540000-finance_bureau"
    assert resolve_body("区商务厅", XINGNING_2020).id == "450000-commerce_bureau"


def test_a_district_s_own_bureau_and_qu_ting_outside_an_autonomous_region_keep_their_reading():
    assert resolve_body("区商务局", XINGNING_2020).id == "450102-commerce_bureau"
    assert resolve_body("区商务厅", make_context(region="河南", level="provincial")).id is None
    assert resolve_body("区商务厅", PUDONG_2021).id == "310115-commerce_bureau"


def test_qu_ting_read_as_a_district_s_bureau_outside_an_autonomous_region_is_flagged():
    # 厦门 思明区's plan writing 区商务厅: no district has a 厅, so the district's bureau it is read as is a guess
    # (a province's department miswritten, or a line copied from a 广西 plan), flagged as 区 for a 县 is
    siming = make_context(region="思明区", level="municipal")
    assert (lambda r: (r.id, r.flags))(resolve_body("区商务厅", siming)) == ("350203-commerce_bureau", ("nonstandard",))
    assert (lambda r: (r.id, r.flags))(resolve_body("区商务厅", PUDONG_2021)) == ("310115-commerce_bureau", ("nonstandard",))


def test_a_district_s_own_bureau_and_an_autonomous_region_s_qu_ting_are_not_flagged():
    siming = make_context(region="思明区", level="municipal")
    assert (lambda r: (r.id, r.flags))(resolve_body("区商务局", siming)) == ("350203-commerce_bureau", ())
    assert (lambda r: (r.id, r.flags))(resolve_body("区商务厅", XINGNING_2020)) == ("450000-commerce_bureau", ())


def test_an_autonomous_region_s_plan_whose_bodies_are_written_qu_ting_reads_the_region_s():
    from pilotplans.ingest.pipeline import read_document

    document = read_document(FIXTURES / "notices" / "autonomous-region-departments-written-qu.txt")
    assert (document.level, document.region) == ("provincial", "广西")
    assert [(d.raw, d.id) for d in document.measures[0].departments] == [
        ("区商务厅", "450000-commerce_bureau"), ("区财政厅", "450000-finance_bureau")]
    assert not [w for w in document.warnings if w.code in ("level_from_bodies", "region_unnamed")]


def test_a_district_s_plan_in_an_autonomous_region_reads_its_bureaus_and_its_region_s_department():
    from pilotplans.ingest.pipeline import read_document

    document = read_document(FIXTURES / "notices" / "autonomous-region-district-cites-region-department.txt")
    assert (document.level, document.region) == ("county", "青秀区")
    assert [(d.raw, d.id, d.role) for d in document.measures[0].departments] == [
        ("区商务局", "450103-commerce_bureau", "carry_out"), ("区财政局", "450103-finance_bureau", "carry_out"),
        ("区商务厅", "450000-commerce_bureau", "support")]

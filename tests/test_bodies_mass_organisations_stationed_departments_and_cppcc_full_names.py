"""Names of batch 23 (阿拉善右旗 2023, 金山区 2026, 延庆区 2025): the people's organisations by their other name, 群众团体
(各群众团体); the units of the levels above stationed in a place by their departments (上级驻旗各部门); a Shanghai district's
建设和管理委员会 by the two words' first characters (区建管委); the discipline and supervision commissions each after the
level marker, one body (区纪委区监委, never two tiers); a CPPCC committee by its full name, the place between the
conference's name and 委员会, a term word inside (政协北京市延庆区第三届委员会)."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

BANNER = make_context(region="阿拉善右旗", level="municipal", date=dt.date(2023, 6, 28))
JINSHAN = make_context(region="上海市金山区", level="municipal", date=dt.date(2026, 1, 15))
YANQING = make_context(region="北京市延庆区", level="municipal", date=dt.date(2025, 12, 20))


def test_the_mass_organisations_are_the_people_s_organisations():
    found = resolve_body("各群众团体", BANNER)
    assert (found.id, found.collective) == ("people-organisations", True)


def test_the_departments_of_the_levels_above_stationed_in_the_banner_are_the_stationed_units():
    found = resolve_body("上级驻旗各部门", BANNER)
    assert (found.id, found.collective) == ("stationed-units", True)


def test_departments_of_the_levels_above_without_being_stationed_name_no_set():
    assert resolve_body("上级部门", BANNER).id is None


def test_a_shanghai_district_s_construction_and_management_commission_by_its_initials():
    assert resolve_body("区建管委", JINSHAN).id == "310116-housing_construction_bureau"


def test_construction_management_after_another_field_still_names_no_body():
    assert resolve_body("区交通建设管理局", JINSHAN).id is None


def test_the_discipline_and_supervision_commissions_each_after_the_marker_are_one_body():
    assert resolve_body("区纪委区监委", YANQING).id == "110119-discipline_commission"


def test_the_two_commissions_after_markers_of_two_tiers_name_no_body():
    assert resolve_body("市纪委区监委", YANQING).id is None


def test_a_cppcc_committee_by_its_full_name_with_a_term_word():
    found = resolve_body("政协北京市延庆区第三届委员会", YANQING)
    assert (found.id, found.name) == ("110119-cppcc_committee", "中国人民政治协商会议延庆区委员会")


def test_a_cppcc_committee_by_the_conference_s_full_name_before_the_place():
    assert resolve_body("中国人民政治协商会议北京市延庆区委员会", YANQING).id == "110119-cppcc_committee"


def test_a_committee_of_no_place_names_no_body():
    assert resolve_body("政协第三届委员会", YANQING).id is None

"""A city's public-security border detachment before the 2018 reform (市公安边防支队: an active-duty unit of the
province's 公安边防总队, as 江门边防支队 was of 广东省公安边防总队) is a body of its own kind, never the city's
公安局; a county's 公安边防大队 likewise. A province has its corps, no detachment; a unit of the city's 公安局
written after its title (市公安局出入境管理支队) stays the bureau's."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

QUANZHOU_2015 = make_context(region="泉州市", level="municipal", date=dt.date(2015, 5, 1))
JINJIANG_2015 = make_context(region="晋江市", level="municipal", date=dt.date(2015, 5, 1))
FUJIAN_2015 = make_context(region="福建省", level="provincial", date=dt.date(2015, 5, 1))


def _read(written, context):
    found = resolve_body(written, context)
    return found.id, found.name, found.kind


def test_the_city_s_border_detachment_is_its_own_kind():
    assert _read("市公安边防支队", QUANZHOU_2015) == (
        "350500-border_defence_detachment_former", "泉州市公安边防支队", "border_defence_detachment_former")
    assert _read("泉州市公安边防支队", QUANZHOU_2015)[0] == "350500-border_defence_detachment_former"


def test_the_detachment_answers_to_the_ministry_of_public_security():
    assert resolve_body("市公安边防支队", QUANZHOU_2015).counterpart_id == "mps"


def test_a_county_s_border_company_is_the_same_kind():
    assert _read("市公安边防大队", JINJIANG_2015) == (
        "350582-border_defence_detachment_former", "晋江市公安边防大队", "border_defence_detachment_former")


def test_a_province_has_no_border_detachment():
    assert resolve_body("省公安边防支队", FUJIAN_2015).id is None
    assert resolve_body("省公安边防总队", FUJIAN_2015).id == "350000-border_defence_corps_former"


def test_the_city_s_police_and_a_unit_written_after_its_title_stay_the_police():
    assert resolve_body("市公安局", QUANZHOU_2015).id == "350500-public_security_bureau"
    assert resolve_body("市公安局出入境管理支队", QUANZHOU_2015).id == "350500-public_security_bureau"
    assert resolve_body("市公安消防支队", QUANZHOU_2015).id == "350500-public_security_fire_team"

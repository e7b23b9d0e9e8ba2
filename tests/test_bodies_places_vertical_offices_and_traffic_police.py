"""Batch 20's mends of bodies of vertical systems named by their place, and of the traffic police. A customs written
with its city's 市 (宁波市海关: 宁波 2023) is that city's customs, flagged; a place's name before the securities
regulator's own short name (宁波证监会) is the regulator's bureau there (宁波证监局), flagged as inferred; the foreign
exchange administration's office of 重庆 written without the system's name (重庆外汇管理部) is that office; and the
traffic police (县交警大队, 市交警支队: a unit of the place's public security organ) are a kind of one body per place."""

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

NINGBO_2023 = make_context(region="宁波市", level="municipal", date=dt.date(2023, 3, 1))
CHONGQING_2021 = make_context(region="重庆市", level="provincial", date=dt.date(2021, 6, 1))
JIANGSU_2023 = make_context(region="江苏省", level="provincial", date=dt.date(2023, 3, 1))
GUANGDONG_2023 = make_context(region="广东省", level="provincial", date=dt.date(2023, 3, 1))
LIXIN_2025 = make_context(region="利辛县", level="municipal", date=dt.date(2025, 4, 1))


def test_a_customs_written_with_its_city_s_marker_is_the_city_s_customs_flagged():
    found = resolve_body("宁波市海关", NINGBO_2023)
    assert (found.id, found.name, found.flags) == ("330200-customs_district", "宁波海关", ("nonstandard",))


@pytest.mark.parametrize("written", ["宁波海关", "中华人民共和国宁波海关"])
def test_a_customs_written_as_named_carries_no_flag(written):
    found = resolve_body(written, NINGBO_2023)
    assert (found.id, found.flags) == ("330200-customs_district", ()), written


@pytest.mark.parametrize(("written", "context", "expected"), [
    ("宁波证监会", NINGBO_2023, "330200-csrc_bureau"), ("江苏证监会", JIANGSU_2023, "320000-csrc_bureau"),
])
def test_a_place_before_the_regulator_s_short_name_is_its_local_bureau_flagged(written, context, expected):
    found = resolve_body(written, context)
    assert (found.id, found.flags) == (expected, ("nonstandard",)), written
    assert "证监局" in found.notes[-1]


def test_the_regulator_s_short_name_alone_stays_the_regulator():
    assert resolve_body("证监会", NINGBO_2023).id == "csrc"


@pytest.mark.parametrize("written", ["香港证监会", "澳门证监会", "香港证监局"])
def test_a_special_administrative_region_s_regulator_is_no_bureau_of_the_csrc(written):
    # 香港证监会 is Hong Kong's own Securities and Futures Commission: the CSRC has no bureau in either region
    assert resolve_body(written, GUANGDONG_2023).id is None, written


def test_the_foreign_exchange_office_of_chongqing_without_the_system_s_name():
    found = resolve_body("重庆外汇管理部", CHONGQING_2021)
    assert (found.id, found.name) == ("500000-safe_branch", "国家外汇管理局重庆外汇管理部")


@pytest.mark.parametrize(("written", "context", "expected", "title"), [
    ("县交警大队", LIXIN_2025, "341623-traffic_police", "利辛县公安局交通警察大队"),
    ("利辛县公安局交警大队", LIXIN_2025, "341623-traffic_police", "利辛县公安局交通警察大队"),
    ("市交警支队", NINGBO_2023, "330200-traffic_police", "宁波市公安局交通警察支队"),
    ("省公安厅交警总队", JIANGSU_2023, "320000-traffic_police", "江苏省公安厅交通警察总队"),
])
def test_the_traffic_police_of_a_place(written, context, expected, title):
    found = resolve_body(written, context)
    assert (found.id, found.name, found.counterpart_id) == (expected, title, "mps"), written


def test_the_public_security_bureau_stays_its_own_body():
    assert resolve_body("县公安局", LIXIN_2025).id == "341623-public_security_bureau"


@pytest.mark.parametrize("written", ["交警部门", "公安交警部门", "交警", "高速交警支队"])
def test_the_traffic_police_named_as_a_function_or_another_unit_stay_unread(written):
    # 交警部门 is whichever organ polices traffic, and 高速交警支队 the expressway police, a unit of another command
    assert resolve_body(written, NINGBO_2023).id is None, written

"""Batch 22's bodies of 宁夏's cities: the urban management body titled by its comprehensive enforcement and oversight
(石嘴山市综合执法监督局) and the organs' affairs body run as a public institution (石嘴山市机关事务服务中心), each the place's
one body of its kind, titled as written; the kinds' other names keep their titles."""

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

SHIZUISHAN_2023 = make_context(region="石嘴山市", level="municipal", date=dt.date(2023, 6, 1))


@pytest.mark.parametrize("written", ["石嘴山市综合执法监督局", "市综合执法监督局"])
def test_the_enforcement_and_oversight_bureau_is_the_urban_management_body(written):
    found = resolve_body(written, SHIZUISHAN_2023)
    assert (found.id, found.name) == ("640200-city_management_bureau", "石嘴山市综合执法监督局"), written


@pytest.mark.parametrize("written", ["石嘴山市机关事务服务中心", "市机关事务服务中心"])
def test_the_organs_affairs_service_centre_is_the_organs_affairs_body(written):
    found = resolve_body(written, SHIZUISHAN_2023)
    assert (found.id, found.name, found.counterparts) == (
        "640200-government_affairs_office", "石嘴山市机关事务服务中心", ("ggj",)), written


@pytest.mark.parametrize(("written", "title"), [
    ("市机关事务管理中心", "石嘴山市机关事务管理中心"), ("石嘴山市机关事务管理中心", "石嘴山市机关事务管理中心"),
])
def test_a_management_centre_written_in_full_keeps_its_word(written, title):
    # the centre is the organs' affairs body, but no bureau: its title is not the bureau's
    found = resolve_body(written, SHIZUISHAN_2023)
    assert (found.id, found.name) == ("640200-government_affairs_office", title), written


@pytest.mark.parametrize(("written", "title"), [("市城管局", "石嘴山市城市管理局"), ("市机关事务管理局", "石嘴山市机关事务管理局"),
                                               ("市机关事务局", "石嘴山市机关事务管理局")])
def test_the_kinds_other_names_keep_their_titles(written, title):
    assert resolve_body(written, SHIZUISHAN_2023).name == title, written


@pytest.mark.parametrize("written", ["市综合执法局", "市政务服务中心"])
def test_other_enforcement_and_centre_names_are_not_read_so(written):
    assert resolve_body(written, SHIZUISHAN_2023).kind not in ("city_management_bureau", "government_affairs_office")

"""The bodies of free trade zones: the province's or city's 自贸办 (the office of its FTZ leading
group) in every written form, and a 片区 committee named by its host city after the zone system
in a provincial plan, which is the city's committee, not a body of the province."""

from __future__ import annotations

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

HUBEI = make_context(region="湖北", level="provincial")
XIAMEN = make_context(region="厦门", level="municipal")


@pytest.mark.parametrize(("written", "context", "expected", "name"), [
    ("省自贸办", HUBEI, "420000-free_trade_zone_office", "湖北省自由贸易试验区工作领导小组办公室"),
    ("省政府自贸办", HUBEI, "420000-free_trade_zone_office", "湖北省自由贸易试验区工作领导小组办公室"),
    ("湖北省自由贸易试验区工作领导小组办公室", HUBEI, "420000-free_trade_zone_office", "湖北省自由贸易试验区工作领导小组办公室"),
    ("市自贸办", XIAMEN, "350200-free_trade_zone_office", "厦门市自由贸易试验区工作领导小组办公室"),
])
def test_the_office_of_a_free_trade_zone_leading_group(written, context, expected, name):
    found = resolve_body(written, context)
    assert (found.id, found.name, found.counterpart_id) == (expected, name, "mofcom")


@pytest.mark.parametrize("written", ["自贸区武汉片区管委会", "自贸试验区武汉片区管委会", "武汉片区管委会"])
def test_a_zone_committee_named_by_its_host_in_a_provincial_plan_is_the_host_city_s(written):
    found = resolve_body(written, HUBEI)
    assert (found.id, found.name) == ("420100-free_trade_zone_committee", "中国（湖北）自由贸易试验区武汉片区管理委员会")


@pytest.mark.parametrize("written", ["自贸区", "自贸试验区建设", "自贸"])
def test_the_zone_itself_is_no_body(written):
    assert resolve_body(written, HUBEI).id is None

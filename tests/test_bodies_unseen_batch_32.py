"""What round 32's held-out batch taught, with the case it fires on and the near misses it must leave alone. The cell is
quoted from 黑龙江's 2013 division of the government work report's tasks (wisor.cc copy of 黑龙江省人民政府关于落实《政府
工作报告》重点工作责任分工的意见, addressees: 绥芬河市、抚远县人民政府), keyed in bench/unseen_bodies/key.tsv (hlj-2013)
before the tool read it."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.links import parse_cell
from pilotplans.normalizers.resolve import make_context, resolve_body

HEILONGJIANG = make_context(region="黑龙江省", level="provincial", date=dt.date(2013, 3, 27))


def _read(cell: str, context) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.reads_as, resolve_body(m.reads_as or m.text, context).id)
            for m in parse_cell(cell, "responsibility", prose=True)]


def test_a_place_before_a_body_opening_with_a_former_name_shares_its_ending():
    # 抚远县 became 抚远市 in 2016: in 2013 the county's government was 抚远县人民政府, and 绥芬河市 shares 人民政府
    assert _read("绥芬河市、抚远县人民政府", HEILONGJIANG) == [
        ("绥芬河市", "绥芬河市人民政府", "231081-people_government"),
        ("抚远县人民政府", None, "230883-people_government")]


def test_a_department_after_a_former_name_is_shared_as_a_government_is():
    # 东宁县 is 东宁市 since 2015
    assert _read("绥芬河市、东宁县发改委", HEILONGJIANG)[0] == (
        "绥芬河市", "绥芬河市发改委", "231081-development_reform_commission")


def test_places_before_what_is_no_body_of_a_place_stay_places():
    assert _read("绥芬河市、抚远市", HEILONGJIANG) == [("绥芬河市", None, "231081"), ("抚远市", None, "230883")]

"""监察部门 is the body in charge of supervision as 财政部门 is of finance: 自治县监察部门 in 青龙满族自治县's 自治条例实施办法,
beside its 自治县监察局, is that bureau before the 2018 reform and the supervision commission it merged into after.
监察委员会 stays the commission, whatever the date."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body


def qinglong(year: int):
    return make_context(region="青龙满族自治县", level="municipal", date=dt.date(year, 1, 1))


@pytest.mark.parametrize("written", ["自治县监察部门", "县监察部门", "自治县监察局"])
def test_the_supervision_department_before_the_reform_is_the_bureau(written):
    assert resolve_body(written, qinglong(2012)).id == "130321-supervision_bureau_former"


def test_the_supervision_department_after_the_reform_is_the_commission():
    assert resolve_body("自治县监察部门", qinglong(2020)).id == "130321-discipline_commission"


@pytest.mark.parametrize("year", [2012, 2020])
def test_the_supervision_commission_stays_the_commission(year):
    assert resolve_body("县监察委员会", qinglong(year)).id == "130321-discipline_commission"

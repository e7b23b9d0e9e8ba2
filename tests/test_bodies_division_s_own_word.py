"""Round 25's leftover on the Corps (bodies26): a division writes itself 师 as the division-city writes 师市, the division
and the city run as one (师市合一: 师财政局, 师发改委 are 五家渠市财政局, 五家渠市发展和改革局); 师市场监管局 is 师 +
市场监管局, not 师市 + 场监管局, and its note names 师 (it said 师市). Where two words open a name and both readings
resolve, the word after which the rest is a name by itself is the one written; in no division-city's document 师 names
none of its places."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

WUJIAQU = make_context(region="五家渠市", level="municipal", date=dt.date(2020, 1, 1))
URUMQI = make_context(region="乌鲁木齐市", level="municipal", date=dt.date(2020, 1, 1))


@pytest.mark.parametrize(("written", "expected"), [("师财政局", "659004-finance_bureau"),
                                                   ("师发改委", "659004-development_reform_commission")])
def test_a_division_s_bureau_written_after_师_is_the_division_city_s(written, expected):
    found = resolve_body(written, WUJIAQU)
    assert (found.id, found.notes[-1]) == (
        expected, "师: the division-city's word for itself (the division and the city run as one), read as 市")


def test_师市场监管局_is_师_before_the_market_regulation_bureau():
    found = resolve_body("师市场监管局", WUJIAQU)
    assert (found.id, found.notes[-1]) == (
        "659004-market_regulation_bureau",
        "师: the division-city's word for itself (the division and the city run as one), read as 市")


def test_师市_before_a_bureau_s_name_is_read_as_师市():
    found = resolve_body("师市市场监管局", WUJIAQU)
    assert found.notes[-1].startswith("师市: ")


@pytest.mark.parametrize("written", ["师财政局", "师市场监管局"])
def test_师_in_a_document_of_no_division_city_stays_unread(written):
    assert resolve_body(written, URUMQI).id is None

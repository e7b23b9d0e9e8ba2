"""The postal bureau's usual short stem 邮管 for 邮政管理 (市邮管局: 丹东 2022, beside its 市邮政管理局), read only
with the kind's office word and level: a county has no postal bureau."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

DANDONG = make_context(region="丹东市", level="municipal", date=dt.date(2022, 3, 9))


@pytest.mark.parametrize("written", ["市邮管局", "丹东市邮管局", "市邮政管理局"])
def test_youguan_is_the_city_s_postal_administration(written):
    assert resolve_body(written, DANDONG).id == "210600-postal_administration"


def test_a_county_s_youguan_bureau_names_nothing():
    assert resolve_body("县邮管局", DANDONG).id is None

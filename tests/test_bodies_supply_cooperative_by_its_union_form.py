"""Batch 26's one miss (bench/unseen_bodies/key.tsv, 铜梁区 2025): a supply and marketing cooperative by its 联社 form,
the short form of 供销合作社联合社 (区供销联社 among the 责任单位 of 第一产业增加值), read as nothing before."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

TONGLIANG = make_context(region="铜梁区", level="municipal", date=dt.date(2025, 9, 19))
NATIONAL = make_context(region=None, level="national", date=dt.date(2025, 9, 19))


@pytest.mark.parametrize("written", ["区供销联社", "铜梁区供销联社"])
def test_a_district_s_supply_and_marketing_cooperative_by_its_联社_form(written):
    # 铜梁区 2025 (区供销联社 among the 责任单位 of 第一产业增加值): it read as nothing
    found = resolve_body(written, TONGLIANG)
    assert (found.id, found.name) == ("500151-supply_marketing_cooperative", "铜梁区供销合作社")


@pytest.mark.parametrize(("written", "context"), [("供销联社", NATIONAL), ("区供销联社集团", TONGLIANG)])
def test_联社_names_no_cooperative_without_a_place_nor_before_a_company_s_word(written, context):
    assert resolve_body(written, context).id is None

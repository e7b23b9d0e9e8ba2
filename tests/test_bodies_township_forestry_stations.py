"""A town's forestry station (营盘镇林业站), which the county's forestry bureau keeps at the tier below the county, is one of
its county's stations, told apart by the town's name as the town's government is; a station named by no town (林业站,
各乡镇林业站) is none, and so is a town's station in a plan above its county, where the county is not known."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

ZHASHUI = make_context(region="柞水县", level="county", date=dt.date(2024, 5, 1))
SHANGLUO = make_context(region="商洛市", level="municipal", date=dt.date(2024, 5, 1))


@pytest.mark.parametrize("written", ["营盘镇林业站", "营盘镇林业工作站"])
def test_a_town_s_forestry_station_is_its_county_s(written):
    found = resolve_body(written, ZHASHUI)
    assert (found.id, found.name, found.counterpart_id) == ("611026-forestry_station-营盘镇", "柞水县营盘镇林业站", "nfga")


@pytest.mark.parametrize("written", ["林业站", "各乡镇林业站", "重点镇林业站"])
def test_a_station_named_by_no_town_stays_unread(written):
    assert resolve_body(written, ZHASHUI).id is None


def test_a_town_s_station_in_a_plan_above_its_county_stays_unread():
    assert resolve_body("营盘镇林业站", SHANGLUO).id is None


def test_the_county_s_forestry_bureau_stays_the_bureau():
    assert resolve_body("县林业局", ZHASHUI).id == "611026-forestry_bureau"

"""A forestry (and grassland) service centre is a public institution of the field beside or under the forestry bureau
(石嘴山市林业草原发展服务中心: 石嘴山 2023), its own body titled as written, never the bureau; the bureau stays the bureau,
and a town's forestry station (林业站), one of many in a county and named by no place, stays unread."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

SHIZUISHAN = make_context(region="石嘴山市", level="municipal", date=dt.date(2023, 6, 1))


def test_the_forestry_and_grassland_service_centre_is_its_own_body():
    found = resolve_body("石嘴山市林业草原发展服务中心", SHIZUISHAN)
    assert (found.id, found.name) == ("640200-forestry_service_center", "石嘴山市林业草原发展服务中心")


def test_a_forestry_service_centre_by_its_marker():
    assert resolve_body("市林业服务中心", SHIZUISHAN).id == "640200-forestry_service_center"


def test_the_forestry_bureau_stays_the_bureau():
    assert resolve_body("市林草局", SHIZUISHAN).id == "640200-forestry_bureau"


def test_a_forestry_station_stays_unread():
    assert resolve_body("林业站", SHIZUISHAN).id is None

"""An area named after a province or a city (黄山风景区: 黄山市's; 承德自然保护区) whose committee a plan of a place
neither under that one nor above it names is that place's area, not the document's: unread with a note, where it was
read as the document's own area (玉林市黄山风景区管理委员会), silently wrong. The host's own areas, a place above the
host's, an area named after no place (大容山) and one named after a feature by its place's name (杭州湾新区) keep
their reading."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

YULIN = make_context(region="玉林市", level="municipal", date=dt.date(2022, 1, 1))
HUANGSHAN = make_context(region="黄山市", level="municipal", date=dt.date(2022, 1, 1))
ANHUI = make_context(region="安徽省", level="provincial", date=dt.date(2022, 1, 1))
XINGLONG = make_context(region="兴隆县", level="county", date=dt.date(2022, 1, 1))


@pytest.mark.parametrize("written, place", [("黄山风景区管委会", "黄山市"), ("承德自然保护区管理局", "承德市"),
                                            ("北京自然保护区管理局", "北京市")])
def test_an_area_named_after_a_city_elsewhere_is_not_the_document_s(written, place):
    found = resolve_body(written, YULIN)
    assert found.id is None
    assert any(note.endswith(f"is named after {place}, not 玉林市 nor a place under it: another place's area, not "
                             "read as the document's") for note in found.notes)


@pytest.mark.parametrize("context, region", [(HUANGSHAN, "341000"), (ANHUI, "340000")])
def test_an_area_named_after_the_host_or_a_place_under_it_stays_the_host_s(context, region):
    found = resolve_body("黄山风景区管委会", context)
    assert (found.id is not None, found.region) == (True, region)


def test_an_area_named_after_a_place_above_the_host_stays_the_host_s():
    assert resolve_body("承德自然保护区管理局", XINGLONG).id == "130822-zone_committee-承德自然保护区"


def test_an_area_named_after_no_place_stays_the_document_s():
    # a scenic area: a nature reserve so named in a city's plan is left unread since bodies26, as it lies in a county
    # (test_bodies_unnamed_areas_and_reserves_in_a_county.py)
    assert resolve_body("大容山风景名胜区管委会", YULIN).id == "450900-zone_committee-大容山风景名胜区"

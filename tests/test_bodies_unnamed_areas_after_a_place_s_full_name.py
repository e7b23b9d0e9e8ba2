"""Review of bodies26: the level word before an area word no place names an area by (areas_not_named_by_level) was read
only as a level word alone. The place's full name, which ends with that level word, stands where the level word does:
兴隆县风景名胜区管委会 in 兴隆县's plan and 玉林市开发园区管委会 in 玉林's read silently as the place's own area called
风景名胜区, 开发园区 while 县风景名胜区管委会 and 市开发园区管委会 were unread. A short name (玉林开发园区, a park named
after its place), a feature's name after the full name (太湖县花亭湖风景名胜区) and a park named by its place
(玉林市产业园区) stay as they were."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

XINGLONG = make_context(region="兴隆县", level="county", date=dt.date(2022, 1, 1))
CHENGDE = make_context(region="承德市", level="municipal", date=dt.date(2022, 1, 1))
HEBEI = make_context(region="河北省", level="provincial", date=dt.date(2022, 1, 1))
TAIHU = make_context(region="太湖县", level="county", date=dt.date(2019, 1, 17))
YULIN = make_context(region="玉林市", level="municipal", date=dt.date(2024, 3, 22))
NOTE = " names the committee of an area it does not name: no one body"


@pytest.mark.parametrize(("written", "context", "said"), [
    ("兴隆县风景名胜区管委会", XINGLONG, "县风景名胜区管委会"), ("兴隆县风景名胜区管委会", CHENGDE, "县风景名胜区管委会"),
    ("承德市兴隆县风景名胜区管委会", HEBEI, "县风景名胜区管委会"), ("玉林市开发园区管委会", YULIN, "市开发园区管委会"),
    ("兴隆县自然保护区管委会", XINGLONG, "县自然保护区管委会")])
def test_the_place_s_full_name_before_an_area_word_no_place_names_an_area_by_is_unread(written, context, said):
    found = resolve_body(written, context)
    assert (found.id, found.notes) == (None, (said + NOTE,))


@pytest.mark.parametrize(("written", "context", "expected"), [
    ("玉林开发园区管委会", YULIN, "450900-zone_committee-开发园区"),
    ("玉林市产业园区管委会", YULIN, "450900-zone_committee-产业园区"),
    ("太湖县花亭湖风景名胜区管委会", TAIHU, "340825-zone_committee-花亭湖风景名胜区"),
    ("承德市雾灵山自然保护区管理局", CHENGDE, "130800-zone_committee-雾灵山自然保护区")])
def test_a_short_name_a_feature_s_name_or_a_park_named_by_its_place_stays_read(written, context, expected):
    assert resolve_body(written, context).id == expected

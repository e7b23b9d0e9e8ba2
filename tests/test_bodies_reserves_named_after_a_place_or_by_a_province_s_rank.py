"""Review of bodies26: a nature reserve written without a place in a city's or a province's own plan is unread, as its
name does not give where it lies nor who runs it (county_area_words). Two sorts of name do give it, and read silently
as nothing since bodies26, with a note that said the name gives no place:
- a reserve named after the document's place or a place under it (承德自然保护区 in 承德市's or 河北省's plan, 武夷山, 神农架
  in their province's): read as before bodies26; 长白山 is no place 长白 with 山 after it, whatever rank follows it;
- a reserve of a rank its province runs (province_area_ranks: 国家级, 省级) in the province's own plan: the province's
  (吉林省长白山国家级自然保护区管理局, as the province's bodies write it).
A reserve of no rank named after a feature (长白山自然保护区, 雾灵山自然保护区) in the province's plan, and one of the
province's rank in a city's plan, stay unread."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

CHENGDE = make_context(region="承德市", level="municipal", date=dt.date(2022, 1, 1))
HEBEI = make_context(region="河北省", level="provincial", date=dt.date(2022, 1, 1))
JILIN = make_context(region="吉林省", level="provincial", date=dt.date(2022, 1, 1))
SICHUAN = make_context(region="四川省", level="provincial", date=dt.date(2022, 1, 1))
FUJIAN = make_context(region="福建省", level="provincial", date=dt.date(2022, 1, 1))
YULIN = make_context(region="玉林市", level="municipal", date=dt.date(2024, 3, 22))
NINGBO = make_context(region="宁波市", level="municipal", date=dt.date(2022, 1, 1))


@pytest.mark.parametrize(("written", "context", "expected"), [
    ("承德自然保护区管理局", CHENGDE, "130800-zone_committee-承德自然保护区"),
    ("承德自然保护区管理局", HEBEI, "130000-zone_committee-承德自然保护区"),
    ("武夷山自然保护区管理局", FUJIAN, "350000-zone_committee-武夷山自然保护区")])
def test_a_reserve_named_after_the_document_s_place_or_one_under_it_is_read_as_before(written, context, expected):
    assert resolve_body(written, context).id == expected


@pytest.mark.parametrize(("written", "context", "expected"), [
    ("长白山国家级自然保护区管理局", JILIN, "220000-zone_committee-长白山自然保护区"),
    ("卧龙国家级自然保护区管理局", SICHUAN, "510000-zone_committee-卧龙自然保护区"),
    ("雾灵山省级自然保护区管理局", HEBEI, "130000-zone_committee-雾灵山自然保护区")])
def test_a_reserve_of_a_rank_its_province_runs_in_the_province_s_plan_is_the_province_s(written, context, expected):
    assert resolve_body(written, context).id == expected


@pytest.mark.parametrize(("written", "context"), [
    ("长白山自然保护区管理局", JILIN), ("雾灵山自然保护区管理局", HEBEI), ("雾灵山国家级自然保护区管理局", CHENGDE),
    ("雾灵山自然保护区管理局", CHENGDE)])
def test_a_reserve_named_after_a_feature_stays_unread_where_its_rank_does_not_give_the_province(written, context):
    found = resolve_body(written, context)
    assert found.id is None
    assert "which its name does not give" in found.notes[-1]


def test_other_places_and_features_named_after_a_place_are_as_before():
    assert resolve_body("承德自然保护区管理局", YULIN).notes[-1].startswith("承德自然保护区 is named after 承德市")
    assert resolve_body("杭州湾新区管委会", NINGBO).id == "330200-zone_committee-杭州湾新区"

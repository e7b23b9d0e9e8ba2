"""A city's or a county's plan whose owners are central bodies only (``central_owners_only``): a local plan's
owners are local bodies, so its head, or its table, may be read wrongly (or it is a national list under a
local cover). horizontal-rules-merged-owners-top.pdf is the generated layout 102018: a State Council list
of measures printed under 区人民政府办公室关于印发…的通知. Real local plans, which name a few central bodies
beside their own, provincial plans and national ones say nothing."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pilotplans.ingest.owner_levels import check_owner_levels
from pilotplans.ingest.pipeline import read_document
from pilotplans.normalizers.place import CENTRAL_OWNERS_LEAST, OwnerTiers, owner_tiers
from pilotplans.normalizers.registry import load_registry
from pilotplans.schema.models import Document

FIXTURES = Path(__file__).parent / "fixtures"
CENTRAL_UNDER_A_COUNTY = FIXTURES / "variants" / "horizontal-rules-merged-owners-top.pdf"


@cache
def _county_cover() -> Document:
    return read_document(CENTRAL_UNDER_A_COUNTY)


def _doubts(document: Document) -> list[str]:
    return [w.message for w in document.warnings if w.code == "central_owners_only"]


def test_a_county_s_head_over_central_owners_only_is_doubted():
    assert _doubts(_county_cover()) == [
        "its head reads a county's plan (区人民政府办公室), but the 34 owners its measures name are central bodies only"
        " (海关总署、中央军委联合参谋部、医保局…), no local one: a local plan's owners are local bodies; a national list"
        " under a local cover, or a head or a table read wrongly"]


def test_one_local_owner_among_the_central_ones_says_nothing():
    document = _county_cover()
    cleared = document.model_copy(update={"warnings": [], "measures": [
        document.measures[0].model_copy(update={"responsibility": "区商务局、海关总署"}), *document.measures[1:]]})
    assert _doubts(check_owner_levels(cleared)) == []


def test_a_province_s_plan_naming_central_owners_says_nothing():
    province = _county_cover().model_copy(update={"level": "provincial", "warnings": []})
    assert _doubts(check_owner_levels(province)) == []


def test_a_real_city_plan_and_a_national_plan_say_nothing():
    assert [_doubts(read_document(FIXTURES / name)) for name in (
        "xiamen-tasks.docx", "plans/wuhan-2020-tasks.txt", "national-2020-tasks.docx")] == [[], [], []]


def test_a_city_plan_naming_central_systems_branches_bare_says_nothing():
    # 人民银行, 外汇局, 国家开发银行, 海事局…: each the head of a vertical system with branches in the cities,
    # written as a city's plan names the branch serving it (人民银行 for its 中心支行), no local body beside them
    document = read_document(FIXTURES / "tables" / "city-plan-owners-branches-written-bare.html")
    assert (document.level, _doubts(document)) == ("municipal", [])


def test_central_bodies_written_as_branches_are_named_bare_are_told_from_head_offices():
    from pilotplans.ingest.owner_levels import names_a_branch
    from pilotplans.normalizers.registry import load_registry

    registry = load_registry()
    assert [body for body in ("人民银行", "国开行", "海事局", "海关总署", "税务总局", "商务部", "民航局")
            if names_a_branch(body, registry)] == ["人民银行", "国开行", "海事局"]


def test_owners_read_until_the_first_local_one_stop_there():
    # 区商务局 put first: asked only whether any owner is local, the owners after it are not read
    document = _county_cover()
    first_local = document.model_copy(update={"measures": [
        document.measures[0].model_copy(update={"responsibility": "区商务局、海关总署"}), *document.measures[1:]]})
    gazetteer = load_registry().gazetteer
    assert owner_tiers(first_local, gazetteer, until_local=True) == OwnerTiers((), ("区商务局",), ())
    assert len(owner_tiers(first_local, gazetteer).central) >= CENTRAL_OWNERS_LEAST


def test_owners_read_until_a_local_one_are_all_read_where_none_is_local():
    document = _county_cover()
    gazetteer = load_registry().gazetteer
    assert owner_tiers(document, gazetteer, until_local=True) == owner_tiers(document, gazetteer)
    assert owner_tiers(document, gazetteer).local == ()

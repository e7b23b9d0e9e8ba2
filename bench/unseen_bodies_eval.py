"""How body names from plans and notices of places the tests never used resolve: each mention in
bench/unseen_bodies/key.tsv (quoted from a published page, named in its source column) is resolved
in its document's context (place, level, date) and compared with the body the key gives by hand.

    python bench/unseen_bodies_eval.py            # right / wrong / unresolved, overall and for places no test names
    python bench/unseen_bodies_eval.py --misses   # and every mention not right
    python bench/unseen_bodies_eval.py --dump     # every mention with what it resolves to (to write a key)

The key's ``expected`` column is the id the mention must resolve to, ``-`` where it must stay
unresolved (no body, a body the registry rightly cannot name, several bodies written as one), or
``collective:<id>`` / ``collective`` for a phrase naming an unspecified set of bodies. A mention
resolved to another id than the key's is *wrong* (the worst outcome: silent), one left unresolved
where the key names a body is *unresolved*; a mention the key leaves unresolved and the resolver
resolves counts as wrong. A mention whose expected column holds
several values joined by | is a whole cell as the page prints it (县人民法院、行政审批局、
发改局): it is read as the pipeline reads a responsibility cell (bare names after a marked one share its
marker; a list of one place's bodies printing no marker reads its central-looking names as that
place's), one value per body it reads as; other mentions are read as one name even with 、 inside
(自治区各委、办、厅、局 is one collective).

The ``date`` column is the document's day, or its year alone (2020) where the page prints no day: the mention is
then read at the year's first and at its last day, and a reading that differs between the two counts as wrong (the
key must then find the day), so no day is made up for a page that gives none.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pilotplans.normalizers.links import _own_place_parts, parse_cell  # noqa: E402
from pilotplans.normalizers.responsibility import leading_bodies_shared  # noqa: E402
from pilotplans.normalizers.resolve import make_context, resolve_body  # noqa: E402

KEY = ROOT / "bench" / "unseen_bodies" / "key.tsv"
# every body a page of one place lists (a reform plan, a division of work, a department list), same columns
ROSTERS = ROOT / "bench" / "unseen_bodies" / "rosters.tsv"
# tests written from the rosters (and the test of this script, which quotes two of their rows), which do not count as
# having seen their places either
ROSTER_TESTS = ("test_bodies_unseen_batch_45.py", "test_bench_unseen_bodies_eval_keys.py")
# the issuing body of a key's document where its mentions name it by its own office word (厅党组): doc, issuer
ISSUERS = ROOT / "bench" / "unseen_bodies" / "issuers.tsv"
# tests written from this key itself do not count as having seen its places
OWN_TESTS = ("test_bodies_unseen_places.py", "test_bodies_unseen_batch_29.py", "test_bodies_unseen_batch_30.py",
             "test_bodies_unseen_batch_32.py", "test_bodies_unseen_batch_33.py", "test_bodies_unseen_batch_34.py", "test_bodies_unseen_batch_35.py", "test_bodies_unseen_batch_36.py", "test_bodies_unseen_batch_37.py", "test_bodies_unseen_batch_38.py", "test_bodies_unseen_batch_39.py", "test_bodies_unseen_batch_40.py", "test_bodies_unseen_batch_41.py", "test_bodies_unseen_batch_42.py", "test_bodies_unseen_batch_43.py", "test_bodies_unseen_batch_44.py",
             "test_bodies_round_32_leftovers.py",
             "test_bodies_unseen_batch_46.py", "test_bodies_unseen_batch_47.py",
             "test_bodies_merged_bureaus_province_areas_and_local_aliases.py",
             "test_bodies_field_centres_and_service_industry_bureaus.py",
             "test_bodies_joined_collectives_and_education_bureaus.py",
             "test_bodies_history_offices_museums_and_cooperation_bureaus.py", "test_bodies_marker_written_again.py",
             "test_bodies_government_s_own_units_without_a_marker.py", "test_bodies_stationed_units_by_short_name.py",
             "test_bodies_zone_s_own_committee_and_bare_collectives.py", "test_bodies_postal_short_stem.py",
             "test_bodies_term_words_inside_names.py", "test_bodies_zones_committees_and_public_institutions_as_sets.py",
             "test_bodies_party_prefix_written_in_full.py", "test_bodies_xinjiang_prefectures_by_first_character.py",
             "test_bodies_management_areas_by_their_own_name.py", "test_bodies_scenic_and_industrial_areas_committees.py",
             "test_bodies_shanghai_district_construction_commission.py",
             "test_bodies_new_area_s_departments_named_by_the_area.py",
             "test_bodies_place_by_its_name_at_the_document_s_date.py", "test_bodies_forest_district_s_own_word.py",
             "test_bodies_zone_committees_listed_with_subdistricts.py", "test_bodies_autonomous_words_as_level_markers.py",
             "test_bodies_party_office_of_a_county_written_after_its_city.py",
             "test_bodies_administrative_committees_as_a_set.py",
             "test_bodies_province_named_area_in_a_city_s_plan.py",
             "test_bodies_department_s_own_units_and_divisions.py",
             "test_bodies_forest_and_special_districts_collectives.py",
             "test_bodies_places_and_bodies_listed_together.py",
             "test_bodies_supervision_department_by_its_kind_word.py",
             "test_bodies_special_commercial_area.py",
             "test_bodies_unnamed_areas_and_reserves_in_a_county.py", "test_bodies_division_s_own_word.py",
             "test_bodies_supply_cooperative_by_its_union_form.py",
             "test_bodies_disease_control_before_the_local_bureaus.py",
             "test_bodies_comprehensive_enforcement_bureau.py",
             "test_bodies_scenic_area_administration.py",
             "test_bodies_zone_word_of_a_host_with_several_zones.py",
             "test_bodies_central_bodies_party_groups.py",
             "test_bodies_law_governance_group_before_the_commission.py",
             "test_bodies_national_people_s_congress.py",
             "test_bodies_autonomous_region_by_short_name_and_qu.py",
             "test_bodies_a_body_s_own_general_office.py",
             "test_bodies_central_full_names.py", "test_bodies_central_commission_by_its_own_name.py",
             "test_bodies_listed_zone_named_with_its_province.py", "test_bodies_parts_of_a_body.py",
             "test_bodies_petition_office_law_office_and_bodies_joined_in_a_list.py",
             "test_bodies_all_sections_and_divisions_of_every_place.py",
             "test_bodies_places_vertical_offices_and_traffic_police.py",
             "test_bodies_taiwan_investment_areas_and_development_parks.py",
             "test_bodies_issuer_s_own_office_word.py",
             "test_bodies_merged_commerce_bureaus_organs_and_provincial_cities.py",
             "test_bodies_military_party_committees_and_merged_bureaus_of_three.py",
             "test_bodies_level_s_field_department.py", "test_bodies_area_named_by_its_county_s_short_name.py",
             "test_bodies_organs_without_a_place.py", "test_bodies_listed_zone_named_alone.py",
             "test_bodies_greening_and_culture_commerce_tourism_bureaus.py",
             "test_bodies_power_bureaus_and_nature_reserves.py",
             "test_bodies_new_area_addressees_and_corps_division_offices.py",
             "test_bodies_enforcement_oversight_and_organs_affairs_centres.py",
             "test_bodies_bare_names_in_a_zone_s_own_document.py", "test_bodies_pasture_management_areas.py",
             "test_bodies_prefecture_s_name_before_it_became_a_city.py",
             "test_bodies_mass_organisations_stationed_departments_and_cppcc_full_names.py",
             "test_bodies_bare_names_in_a_listed_zone_s_document_on_its_host_s_site.py",
             "test_bodies_beijing_s_greening_bureau_is_its_forestry_body.py", "test_bodies_centre_titled_as_written.py",
             "test_bodies_forestry_service_centre.py",
             "test_bodies_state_council_departments_and_division_city_marker.py",
             "test_bodies_reserve_administrations_of_no_named_area.py", "test_bodies_one_office_of_two_names.py",
             "test_bodies_areas_named_after_a_place_elsewhere.py", "test_bodies_livestock_development_centre.py",
             "test_bodies_government_s_working_departments_as_a_set.py")


def tested_text() -> str:
    """The text of the tests and their city-plan fixtures, to tell the places they name."""
    files = [f for f in (ROOT / "tests").glob("test_*.py") if f.name not in OWN_TESTS + ROSTER_TESTS]
    files += sorted((ROOT / "tests" / "fixtures" / "city_plans").glob("*"))
    return "\n".join(f.read_text(encoding="utf-8", errors="replace") for f in files)


def rows(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        yield line.split("\t")


def issuers(path: Path = ISSUERS) -> dict[str, str]:
    """The issuing body of each document the issuers file names, by the key's document id."""
    if not path.exists():
        return {}
    return dict(line.split("\t")[:2] for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#"))


def year_ends(date: str) -> tuple[str, ...]:
    """The days a key's date stands for: itself, or a year's first and last day where the page gives its year only."""
    return (f"{date}-01-01", f"{date}-12-31") if len(date) == 4 and date.isdigit() else (date,)


def context_of(region: str, level: str, date: str, issuer: str | None = None):
    return make_context(region=region if region != "-" else None, level=level, date=dt.date.fromisoformat(date),
                        issuer=issuer)


def resolve(region: str, level: str, date: str, mention: str, issuer: str | None = None):
    return resolve_body(mention, context_of(region, level, date, issuer))


def resolve_all(region: str, level: str, date: str, mention: str, cell: bool,
                issuer: str | None = None) -> list[tuple[str, object]]:
    """(name read, resolution) for each body a mention holds: one, or each of a cell's."""
    if not cell:
        return [(mention, resolve(region, level, date, mention, issuer))]
    context = context_of(region, level, date, issuer)
    mentions = _own_place_parts(parse_cell(mention, "responsibility", prose=True, label="责任单位"), context)
    # as the pipeline reads a cell (links.normalise_measure): a list's bodies share what its others print, and a
    # place phrase naming no place (各乡镇(街道)) is listed among the actors as a collective (links._unnamed_actor)
    read = []
    for m in leading_bodies_shared(mentions, context):
        found = resolve(region, level, date, m.name, issuer)
        if m.side == "body" or found.via == "scope":
            read.append((m.name, found))
    return read


def verdict(expected: str, found) -> str:
    if expected == "+":
        return "unresolved" if found.id is None else "wrong"
    if expected == "-":
        return "right" if found.id is None else "wrong"
    if found.id is None:
        return "unresolved"
    if expected == "collective":
        return "right" if found.collective else "wrong"
    if expected.startswith("collective:"):
        return "right" if found.collective and found.id == expected.split(":", 1)[1] else "wrong"
    return "right" if found.id == expected else "wrong"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--dump", action="store_true")
    parser.add_argument("--key", type=Path, nargs="+", default=[KEY, ROSTERS])
    parser.add_argument("--by-doc", action="store_true", help="right / wrong / unresolved for each document")
    args = parser.parse_args()
    counts = {"right": 0, "wrong": 0, "unresolved": 0}
    strict = {"right": 0, "wrong": 0, "unresolved": 0}
    seen = tested_text()
    issued = issuers()
    places, strict_places, misses, by_doc = set(), set(), [], {}
    for doc, region, level, date, mention, expected, *_ in (row for key in args.key for row in rows(key)):
        read = [resolve_all(region, level, day, mention, "|" in expected, issued.get(doc)) for day in year_ends(date)]
        found_all = read[0]
        same_all_year = all([f.id for _, f in r] == [f.id for _, f in found_all] for r in read)
        if not same_all_year:
            print(f"{doc} {mention}: read differently at the ends of {date}, the key must give the day")
        if args.dump:
            for name, found in found_all:
                print(f"{doc}\t{name}\t{found.id or '-'}\t{found.name or ''}\t{'C' if found.collective else ''}")
            continue
        expected_all = expected.split("|")
        if len(expected_all) != len(found_all):
            print(f"{doc} {mention}: the key holds {len(expected_all)} bodies, the cell reads as {len(found_all)}")
            expected_all = (expected_all + ["-"] * len(found_all))[:len(found_all)]
        places.add(region)
        for (name, found), one in zip(found_all, expected_all):
            v = verdict(one, found) if same_all_year else "wrong"
            counts[v] += 1
            by_doc.setdefault(doc, {"right": 0, "wrong": 0, "unresolved": 0})[v] += 1
            if region != "-" and region not in seen:
                strict[v] += 1
                strict_places.add(region)
            if v != "right":
                misses.append(f"{v:10} {doc:12} {name}  key {one}  found {found.id or '-'} {found.name or ''}")
    if args.dump:
        return 0
    total = sum(counts.values())
    print(f"{total} mentions, {len(places)} places: right {counts['right']} ({counts['right'] / total:.1%}), "
          f"wrong {counts['wrong']}, unresolved {counts['unresolved']}")
    n = sum(strict.values())
    share = f"{strict['right'] / n:.1%}" if n else "-"  # a key of places the tests all name (--key of one batch)
    print(f"of which places no test names: {n} mentions, {len(strict_places)} places: right {strict['right']} "
          f"({share}), wrong {strict['wrong']}, unresolved {strict['unresolved']}")
    if args.by_doc:
        for doc, c in by_doc.items():
            print(f"{doc:14} right {c['right']}, wrong {c['wrong']}, unresolved {c['unresolved']}")
    if args.misses:
        print(*misses, sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Generated over the whole gazetteer: every prefecture-level city's standard bodies resolve to that
city's bodies with the right central counterparts, its districts' governments to the districts, and
no two cities ever share an id. The naming rules are exercised for every city too: the forms they
derive (a conjunction left out or swapped, a commission, a stem clipped before 委), a customs named
after the city's airport and the committee of an area no national list holds."""

from __future__ import annotations

import pytest

from pilotplans.normalizers.registry import load_registry
from pilotplans.normalizers.resolve import make_context, resolve_body

REGISTRY = load_registry()
GAZETTEER = REGISTRY.gazetteer
CITIES = sorted((r for r in GAZETTEER.regions.values() if r.level == "prefecture"), key=lambda r: r.id)
CAPITALS = {p.capital: p.id for p in GAZETTEER.regions.values() if p.level == "province" and p.capital}

# The standard names of five bodies as a city's plan writes them: in full with the place, and the
# standard short form with the bare 市 meaning the document's city.
STANDARD = [
    ("{name}商务局", "市商务局", "commerce_bureau", "mofcom"),
    ("{name}发展和改革委员会", "市发展改革委", "development_reform_commission", "ndrc"),
    ("{name}市场监督管理局", "市市场监管局", "market_regulation_bureau", "samr"),
    ("{name}人力资源和社会保障局", "市人力资源社会保障局", "human_resources_social_security_bureau", "mohrss"),
    ("{name}住房和城乡建设局", "市住房城乡建设局", "housing_construction_bureau", "mohurd"),
]

# Forms only the naming rules make: the official name as a commission, and its rule-made short form.
RULE_MADE = [
    ("{name}住房和城乡建设委员会", "市住房城乡建委", "housing_construction_bureau", "mohurd"),  # clipped before 委
    ("{name}经济和信息化委员会", "市经济信息委", "industry_information_bureau", "miit"),  # 和 left out, clipped
    ("{name}规划和自然资源局", "市规划自然资源局", "natural_resources_bureau", "mnr"),  # parts swapped, 和 left out
    ("{name}文化和旅游委员会", "市文化旅游委", "culture_tourism_bureau", "mct"),  # a commission
    ("{name}政务服务管理办公室", "市政务办", "government_services_office", "gov-office"),
]


def _districts(city):
    return sorted((r for r in GAZETTEER.regions.values() if r.level == "county" and r.parent == city.id
                   and r.name.endswith("区")), key=lambda r: r.id)


@pytest.fixture(scope="module")
def resolved():
    """Every city's resolutions: {city id: [(written, resolution)]}."""
    found = {}
    for city in CITIES:
        context = make_context(region=city.id, level="municipal")
        names = [written.format(name=city.name) for written, _, _, _ in (*STANDARD, *RULE_MADE)]
        names += [short for _, short, _, _ in (*STANDARD, *RULE_MADE)]
        names += [f"{city.short or city.name}海关", f"{city.short or city.name}机场海关", f"{city.name}临空经济示范区管委会"]
        names += [f"{d.name}{g}" for d in _districts(city) for g in ("政府", "人民政府")]
        found[city.id] = [(name, resolve_body(name, context)) for name in names]
    return found


def test_the_gazetteer_has_every_prefecture_level_city():
    assert len(CITIES) == 333


def test_standard_bodies_of_every_city(resolved):
    wrong = []
    for city in CITIES:
        results = dict(resolved[city.id])
        for written, short, kind, counterpart in STANDARD:
            for name in (written.format(name=city.name), short):
                r = results[name]
                if (r.id, r.counterpart_id, r.level) != (f"{city.id}-{kind}", counterpart, "municipal"):
                    wrong.append((city.name, name, r.id, r.counterpart_id))
    assert wrong == []


def test_rule_made_forms_of_every_city(resolved):
    wrong = []
    for city in CITIES:
        results = dict(resolved[city.id])
        for written, short, kind, counterpart in RULE_MADE:
            for name in (written.format(name=city.name), short):
                r = results[name]
                if (r.id, r.counterpart_id, r.level) != (f"{city.id}-{kind}", counterpart, "municipal"):
                    wrong.append((city.name, name, r.id, r.counterpart_id))
    assert wrong == []


def test_every_citys_airport_customs_and_airport_zone(resolved):
    """{city}机场海关 is a subordinate customs of the city named after its airport; {city}临空经济示范区
    管委会 the committee of an area of the city no national list holds. A city whose short form is
    also its province's (吉林) is read as the province, as for its customs."""
    wrong = []
    for city in CITIES:
        place = city.short or city.name
        results = dict(resolved[city.id])
        province = GAZETTEER.placeholder("province", city.short) if city.short else None
        host = province.id if province is not None and province.id == city.province else city.id
        customs, zone = results[f"{place}机场海关"], results[f"{city.name}临空经济示范区管委会"]
        if (customs.id, customs.counterpart_id) != (f"{host}-subordinate_customs-{place}机场", "gacc"):
            wrong.append((city.name, customs.id))
        if zone.id != f"{city.id}-zone_committee-临空经济示范区":
            wrong.append((city.name, zone.id))
    assert wrong == []


def test_every_citys_customs(resolved):
    """{city}海关 is the city's customs; a provincial capital's serves its province (杭州海关 → 浙江).
    A city whose short form is also the short form of the province it lies in (吉林) is read as the province."""
    wrong = []
    for city in CITIES:
        name = f"{city.short or city.name}海关"
        r = dict(resolved[city.id])[name]
        province = GAZETTEER.placeholder("province", city.short) if city.short else None
        if province is not None and province.id == city.province:
            expected = f"{province.id}-customs_district"
        else:
            expected = f"{CAPITALS.get(city.id, city.id)}-customs_district"
        if (r.id, r.counterpart_id) != (expected, "gacc"):
            wrong.append((name, r.id))
    assert wrong == []


def test_every_districts_government(resolved):
    wrong = []
    count = 0
    for city in CITIES:
        results = dict(resolved[city.id])
        for district in _districts(city):
            for suffix in ("政府", "人民政府"):
                count += 1
                r = results[f"{district.name}{suffix}"]
                if (r.id, r.counterpart_id, r.level) != (f"{district.id}-people_government", "state-council", "county"):
                    wrong.append((city.name, district.name, r.id))
    assert count > 1500
    assert wrong == []


def test_two_cities_never_share_an_id(resolved):
    owners = {}
    clashes = []
    for city in CITIES:
        for name, r in resolved[city.id]:
            if r.id is None or r.region in GAZETTEER.regions and GAZETTEER.regions[r.region].level == "province":
                continue  # a capital's customs is its province's
            holder = owners.setdefault(r.id, city.id)
            if holder != city.id:
                clashes.append((r.id, holder, city.id))
    assert clashes == []

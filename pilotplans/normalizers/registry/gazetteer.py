"""The gazetteer: every place down to county level, functional areas, pilot rounds, groups, scopes.

Divisions come from ``divisions.tsv`` (generated from the official code table); provinces' short
forms, abbreviations and capitals, new areas and other functional areas, rounds, groups and scope
phrases from ``regions.toml``. :meth:`Gazetteer.find_place` is the one place look-up every
resolver uses (scope phrase, then place, then group name); :meth:`Gazetteer.choose` settles a name
that several places bear (朝阳区, 鼓楼区) by the document's region.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterable, Iterator
from dataclasses import FrozenInstanceError, dataclass
from typing import TYPE_CHECKING, Literal

import regex

from pilotplans.doc_numbers import doc_no_key
from pilotplans.normalizers.models import BodyLevel, ScopeKind
from pilotplans.normalizers.registry.divisions import Division
from pilotplans.normalizers.registry.apart import PickledApart
from pilotplans.normalizers.registry.files import (
    DIVISIONS_FILE,
    REGIONS_FILE,
    RegistryError,
    ZoneTypeEntry,
    compile_regex,
)
from pilotplans.textutil import longest_first

if TYPE_CHECKING:  # the file's schema, which only validating the file needs
    from pilotplans.normalizers.registry.file_schemas import RegionsFile

RegionLevel = Literal["province", "prefecture", "county", "new_area", "zone"]
RegionTier = Literal["province", "municipality", "sar", "city", "county", "new_area", "zone"]
CITY_NAME = "city_name"
Placeholder = Literal["province", "province_short", "city", "city_name", "county", "county_place", "capital", "place",
                      "area"]

# Which of several places bearing one name a name means when nothing else tells (吉林 is the province).
_PRIORITY: dict[RegionLevel, int] = {"province": 0, "prefecture": 1, "new_area": 2, "zone": 3, "county": 4}
_SPECIFICITY: dict[RegionLevel, int] = {"county": 4, "zone": 3, "new_area": 3, "prefecture": 2, "province": 1}
_BODY_LEVEL: dict[RegionLevel, BodyLevel] = {
    "province": "provincial", "prefecture": "municipal", "county": "county", "new_area": "municipal", "zone": "municipal",
}


#: The fields of a :class:`Region` in order (the arguments it is made with).
_REGION_FIELDS = ("id", "name", "short", "level", "tier", "code", "code_basis", "province", "parent", "aliases",
                  "abbreviations", "capital", "body_level", "former", "area_type")
_REGION_DEFAULTS: dict[str, object] = {"former": (), "area_type": None}


class Region(tuple):  # type: ignore[type-arg]
    """A place of the gazetteer, whatever its level: an immutable record of the fields in
    ``_REGION_FIELDS``, compared (and hashed) by its type and their values.

    It is a tuple of its fields' values, not a dataclass: the cached registry holds 3,355 places,
    and each dataclass place read back from the pickle had its attribute dictionary built, a
    third of the time the places took to load, while a tuple's kind is made from its values in
    one call (:meth:`__reduce__`)."""

    __slots__ = ()

    if TYPE_CHECKING:
        id: str
        name: str
        short: str | None
        level: RegionLevel
        tier: RegionTier
        code: str
        code_basis: Literal["official", "host"]
        province: str
        parent: str | None
        aliases: tuple[str, ...]
        abbreviations: tuple[str, ...]
        capital: str | None
        body_level: BodyLevel
        former: tuple[tuple[str, int], ...]
        area_type: str | None

    def __new__(cls, *values: object, **named: object) -> Region:
        if len(values) > len(_REGION_FIELDS):
            raise TypeError(f"{cls.__name__} takes {len(_REGION_FIELDS)} fields, {len(values)} given")
        for name in _REGION_FIELDS[:len(values)]:
            if name in named:
                raise TypeError(f"{cls.__name__} got {name!r} twice")
        unknown = set(named) - set(_REGION_FIELDS)
        if unknown:
            raise TypeError(f"{cls.__name__} has no field {sorted(unknown)[0]!r}")
        rest = []
        for name in _REGION_FIELDS[len(values):]:
            if name in named:
                rest.append(named[name])
            elif name in _REGION_DEFAULTS:
                rest.append(_REGION_DEFAULTS[name])
            else:
                raise TypeError(f"{cls.__name__} is missing the field {name!r}")
        return tuple.__new__(cls, (*values, *rest))

    def __eq__(self, other: object) -> bool:
        """Equal to a place of its own kind with the same values alone (a plain tuple of them is
        not a place: asked of it, the tuple's own answer would say equal)."""
        if type(other) is not type(self):
            return False if isinstance(other, tuple) else NotImplemented
        return tuple.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        if type(other) is not type(self):
            return True if isinstance(other, tuple) else NotImplemented
        return tuple.__ne__(self, other)

    __hash__ = tuple.__hash__

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={value!r}" for name, value in zip(_REGION_FIELDS, self))
        return f"{type(self).__qualname__}({values})"

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n for n in (self.name, self.short, *self.aliases) if n))

    @property
    def place(self) -> str:
        """The form a place takes inside a body's title (海南, 厦门, 雄安新区)."""
        return self.short or self.name

    def __reduce__(self) -> tuple[object, ...]:
        """Read back by ``tuple.__new__`` from its values, in one call with no Python code run;
        a place of a kind made from Region brings back what it holds beside (its ``__dict__``)."""
        held = getattr(self, "__dict__", None)
        if held:
            return tuple.__new__, (type(self), tuple(self)), dict(held)
        return tuple.__new__, (type(self), tuple(self))


for _index, _name in enumerate(_REGION_FIELDS):
    setattr(Region, _name, property(operator.itemgetter(_index), doc=f"The place's {_name}."))
del _index, _name


@dataclass(frozen=True)
class PilotRound:
    """A round of a pilot programme: the places approved in it, when and by which approval, its default scope and parts."""

    id: str
    programme: str
    name: str
    year: int
    approval: str
    members: tuple[str, ...]
    default_scope: tuple[str, ...]
    parts: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Group:
    """A named group of places (京津冀: 北京, 天津, 河北), with its other names and its members."""

    id: str
    name: str
    aliases: tuple[str, ...]
    members: tuple[str, ...]


@dataclass(frozen=True)
class Scope:
    """Phrases naming pilot areas without listing them (试点地区, 具备条件的试点地区): which areas they stand for
    (``kind``), and the scope's name at each tier."""

    id: str
    name: str
    kind: ScopeKind
    phrases: tuple[str, ...]
    tier_names: tuple[tuple[str, str], ...] = ()

    def name_at(self, tier: str | None) -> str:
        """The scope's name in a document of ``tier`` (the places under a county are its townships
        and subdistricts, not 市县)."""
        return dict(self.tier_names).get(tier or "", self.name)


@dataclass(frozen=True)
class ListSuffix:
    """An ending after a list of places (等统筹研究, 中有意愿的省市): whether the list stands as written or only
    those of its places that meet a condition."""

    pattern: regex.Pattern[str]
    kind: Literal["listed", "qualified"]


@dataclass(frozen=True)
class PlaceMatch:
    """What a written place phrase stands for: a scope phrase, a place or a group of places.

    ``former`` is (the name as written, the year it was given up) when the name is one the place
    went by before (萧山市 for 萧山区, 2001).
    """

    kind: Literal["scope", "region", "group"]
    id: str
    name: str
    scope: Scope | None = None
    region: Region | None = None
    group: Group | None = None
    former: tuple[str, int] | None = None
    #: whether the place took only part of the area of the unit whose name ``former`` is (牟平县, split in 1994)
    former_part: bool = False


#: The characters of the level words (省 市 区 县 州 盟 旗 …).
_LEVEL_CHARACTERS = frozenset("省市区县州盟旗镇乡")
#: How many cities' county-level divisions must bear or have borne a name for it to be a name of a city's part (郊区, 城区,
#: 市中区: a page of a city that had one means its own), not a proper name of one place (黄州区, 鄂州's until 1987 and 黄冈's
#: now: two cities).
_PART_NAME_CITIES = 3


class Gazetteer(PickledApart):
    """Places by id and by name, pilot rounds, group names and scope phrases.

    Pickled (inside the registry's cache), the indexes a plan naming no local body never reads (the
    places as the registry's patterns write them, the years former names ended) are kept apart."""

    READ_ON_FIRST_USE = ("_placeholders", "_former_year")

    def __init__(self, data: RegionsFile, divisions: Iterable[Division], provenance: str = "") -> None:
        self.provenance = provenance
        self.regions: dict[str, Region] = {}
        #: the prefectures given up that no one division took over (巢湖市, until 2011), by id: no name read in a text
        #: finds one, only a document's place written with its date (:meth:`given_up`) or its id
        self.abolished: dict[str, tuple[Region, int, int]] = {}
        self._children_index: dict[str, tuple[Region, ...]] | None = None
        self.zone_types = data.zone_type
        self.zone_systems = longest_first({w for z in data.zone_type for w in z.system})
        self.area_words = longest_first(data.area_words)
        self.area_administrations = {form: tuple(words) for form, words in data.area_administrations.items()}
        self.areas_not_named_by_level = frozenset(data.areas_not_named_by_level)
        self.county_area_words = tuple(data.county_area_words)
        self.province_area_ranks = tuple(data.province_area_ranks)
        self.province_areas = dict(data.province_areas)
        self.city_areas = dict(data.city_areas)
        self.partnered_areas = dict(data.partnered_areas)
        self.partnered_area_openings = dict(data.partnered_area_openings)
        for area, opening in self.partnered_area_openings.items():
            if area not in self.partnered_areas or not area.startswith(opening):
                raise ValueError(f"partnered_area_openings: {area} is no partnered area opening with {opening}")
        self.county_areas = dict(data.county_areas)
        self.partner_country_words = tuple(sorted(data.partner_country_words, key=len, reverse=True))
        self._zone_forms = tuple(form for zone_type in self.zone_types for form in zone_type.forms)
        # each province area's name without its area word (长白山 for 长白山保护开发区), and every name its
        # committee is written under → the area and its province (see province_area): read once, not per name looked up
        self.province_area_shorts = {name: self._without_area_word(name) for name in self.province_areas}
        self._province_area_forms: dict[str, tuple[str, str]] = {}
        for name, province in self.province_areas.items():
            for form in self._province_area_written(name):
                self._province_area_forms.setdefault(form, (name, province))
        by_code = {d.code: d for d in divisions}
        #: (division, former name) where the division took only part of a unit split among several (370612, 牟平县)
        self._former_part = frozenset((d.code, n) for d in by_code.values() for n in d.parts)
        #: the year each division in use that bears a given-up prefecture's name was set up or took it (340181 巢湖市:
        #: 2011), where the table gives one: all :meth:`given_up` weighs (the others' years, read back with the gazetteer
        #: by every command, would be read for nothing)
        given_up_names = {d.name for d in by_code.values() if d.until is not None}
        self.since: dict[str, int] = {d.code: d.since for d in by_code.values()
                                      if d.since is not None and d.until is None and d.name in given_up_names}
        #: the year each county-level division a province runs itself got the code that says so (济源市 419001: 1996,
        #: 仙桃市: 1994, 白杨市: 2023): before it, no county is said to be the province's own (see resolve's 市管县 note)
        self.province_run_since: dict[str, int] = {
            d.code: d.since for d in by_code.values()
            if d.level == "county" and d.since is not None and d.parent is not None and d.parent.endswith("0000")}
        self._add_provinces(data, by_code)
        for division in by_code.values():
            if division.level == "province":
                continue
            if division.until is not None:
                self._add_abolished(division)
                continue
            self._add_division(division, data)
        #: the new areas one division's government governs whole (青岛西海岸新区 = 黄岛区) → that division's id
        self.area_divisions: dict[str, str] = {}
        for entry in data.new_area:
            host = entry.host or entry.province
            if entry.division is not None:
                if entry.division not in self.regions:
                    raise RegistryError(REGIONS_FILE, f"new_area.{entry.id}.division", "not a division of the gazetteer")
                self.area_divisions[entry.id] = entry.division
            self._add(Region(entry.id, entry.name, entry.short, "new_area", "new_area", entry.code or entry.id,
                             entry.code_basis, entry.province, host, entry.aliases, (), None, entry.body_level,
                             area_type=entry.type))
        self._add_rule_short_names(data)
        #: the peoples an autonomous place is named after, after its own name (壮族 of 广西壮族自治区, 维吾尔 of
        #: 新疆维吾尔自治区, 拉祜族 and 佤族 of 双江拉祜族佤族布朗族傣族自治县), longest first
        self.peoples = _peoples(self.regions.values(), data)
        self.corps_prefixes = longest_first(data.corps_prefixes)
        self.corps_cities = data.corps_cities
        self.corps_division_offices = dict(data.corps_division_offices)
        self.corps_city_markers = dict(data.corps_city_markers)
        if data.corps_cities and not any(i.startswith(data.corps_cities) for i in self.regions):
            raise RegistryError(REGIONS_FILE, "corps_cities", f"{data.corps_cities!r} opens no division's code")
        # the province the Corps' cities lie in, found once rather than by every name read after the Corps'
        self.corps_province = next((r.province for r in self.regions.values() if r.id.startswith(data.corps_cities)),
                                   None) if data.corps_cities else None
        for code, aliases in data.aliases.items():
            if code not in self.regions:
                raise RegistryError(REGIONS_FILE, f"aliases.{code}", "not a region of the gazetteer")
            region = self.regions[code]
            if self.corps_cities and code.startswith(self.corps_cities):
                # a division's name written without its 第 (八师石河子市: 石河子 2022): the same division
                aliases = (*aliases, *(a.removeprefix("第") for a in aliases if a.startswith("第") and a.endswith("师")))
            self.regions[code] = _replace(region, aliases=tuple(dict.fromkeys((*region.aliases, *aliases))))
        self.rounds = {r.id: PilotRound(r.id, r.programme, r.name, r.year, r.approval, r.members, r.default_scope, dict(r.parts))
                       for r in data.round}
        self.groups = {g.id: Group(g.id, g.name, g.aliases, g.members) for g in data.group}
        self.scopes = {s.id: Scope(s.id, s.name, s.kind, s.phrases, tuple(s.tier_names.items())) for s in data.scope}
        self.list_prefixes = longest_first(data.lists.prefixes)
        self.list_suffixes = tuple(ListSuffix(compile_regex(s.pattern), s.kind) for s in data.lists.suffixes)
        self._validate(data)
        self._index()

    # Building --------------------------------------------------------------------------------

    def _add_provinces(self, data: RegionsFile, by_code: dict[str, Division]) -> None:
        for entry in data.provinces:
            division = by_code.get(entry.id)
            if division is not None and division.name != entry.name:
                raise RegistryError(REGIONS_FILE, f"province {entry.id!r}",
                                    f"named {entry.name!r} but {DIVISIONS_FILE} has {division.name!r}")
            tier: RegionTier = "province" if entry.type == "autonomous_region" else entry.type
            former = division.former if division else ()
            self._add(Region(entry.id, entry.name, entry.short, "province", tier, entry.id, "official", entry.id, None,
                             entry.aliases, entry.abbreviations, entry.capital, "provincial", former))

    def _add_division(self, division: Division, data: RegionsFile) -> None:
        province = division.code[:2] + "0000"
        if province not in self.regions:
            raise RegistryError(DIVISIONS_FILE, f"code {division.code}", f"province {province} is not in {REGIONS_FILE}")
        tier: RegionTier = {"prefecture": "city", "county": "county", "zone": "zone"}[division.level]  # type: ignore[assignment]
        level: RegionLevel = division.level
        abbreviations = data.city_abbreviations.get(division.code, ())
        area_type = _zone_type(division.name, data.zone_type) if level == "zone" else None
        self._add(Region(division.code, division.name, division.short, level, tier, division.code, "official", province,
                         division.parent or province, division.aliases, abbreviations, None, _BODY_LEVEL[level],
                         division.former, area_type))

    def _add_abolished(self, division: Division) -> None:
        province = division.code[:2] + "0000"
        if province not in self.regions or division.until is None:
            raise RegistryError(DIVISIONS_FILE, f"code {division.code}", f"province {province} is not in {REGIONS_FILE}")
        region = Region(division.code, division.name, division.short, division.level, "city", division.code, "official",
                        province, province, division.aliases, (), None, _BODY_LEVEL[division.level])
        self.abolished[division.code] = (region, division.since or 0, division.until)

    def _add_rule_short_names(self, data: RegionsFile) -> None:
        """The short names ``short_name_rules`` and ``autonomous_words`` make (科左后旗 for 科尔沁左翼后旗, 博州
        for 博尔塔拉蒙古自治州, 镇宁自治县 for 镇宁布依族苗族自治县), each added as an alias
        where no place already bears it and no other division's name makes it too."""
        taken = {n for r in self.regions.values() for n in (r.name, r.short, *r.aliases) if n}
        made: dict[str, list[str]] = {}
        for at, rule in enumerate(data.short_name_rules):
            if rule.province not in self.regions or self.regions[rule.province].level != "province":
                raise RegistryError(REGIONS_FILE, f"short_name_rules[{at}]",
                                    f"province {rule.province!r} is not a province of the gazetteer")
            pattern = regex.compile(rule.pattern)
            for region in self.regions.values():
                if region.province != rule.province or region.level != rule.level:
                    continue
                match = pattern.fullmatch(region.name)
                if match is not None:
                    made.setdefault(match.expand(rule.short), []).append(region.id)
        # an autonomous place by its short form and its autonomy word (镇宁自治县 for 镇宁布依族苗族自治县)
        for region in self.regions.values():
            word = next((w for w in data.autonomous_words if region.name.endswith(w)), None)
            if word is not None and region.short and region.level in ("prefecture", "county"):
                made.setdefault(region.short + word, []).append(region.id)
        # an autonomous region by its short name and its autonomy word or its bodies' 区 (广西自治区, 广西区委)
        for entry in data.provinces:
            region = self.regions[entry.id]
            if entry.type == "autonomous_region" and region.short:
                for word in data.autonomous_region_words:
                    made.setdefault(region.short + word, []).append(region.id)
        # a management area by its own name and by its short word (益阳市大通湖管理区 → 大通湖管理区, 大通湖区)
        taken |= {name for r in self.regions.values() for name, _ in r.former}
        for word, short_word in data.management_area_words:
            for region in self.regions.values():
                if region.level != "zone" or not region.name.endswith(word):
                    continue
                host = self.regions.get(region.parent) if region.parent else None
                own = region.name.removeprefix(host.name) if host is not None else region.name
                if own == word:
                    continue
                for short in dict.fromkeys((own, own[:-len(word)] + short_word)):
                    if short != region.name:
                        made.setdefault(short, []).append(region.id)
        for short, ids in made.items():
            if len(ids) == 1 and short not in taken:
                region = self.regions[ids[0]]
                self.regions[region.id] = _replace(region, aliases=tuple(dict.fromkeys((*region.aliases, short))))

    def _add(self, region: Region) -> None:
        if region.id in self.regions:
            raise RegistryError(REGIONS_FILE, f"region {region.id!r}", "id given twice")
        self.regions[region.id] = region

    def _validate(self, data: RegionsFile) -> None:
        def known(ref: str | None, entry: str, what: str) -> None:
            if ref is not None and ref not in self.regions:
                raise RegistryError(REGIONS_FILE, entry, f"{what} {ref!r} is not a region of the gazetteer")

        for region in self.regions.values():
            if region.level in ("new_area",) or region.level == "province":
                entry = f"region {region.id!r} ({region.name})"
                known(region.province, entry, "province")
                known(region.parent, entry, "parent")
                known(region.capital, entry, "capital")
        for code in data.city_abbreviations:
            known(code, f"city_abbreviations.{code}", "city")
        for pilot_round in self.rounds.values():
            entry = f"round {pilot_round.id!r}"
            for ref in (*pilot_round.members, *pilot_round.default_scope, *pilot_round.parts):
                known(ref, entry, "member")
            for ref in pilot_round.default_scope:
                if ref not in pilot_round.members:
                    raise RegistryError(REGIONS_FILE, entry, f"default_scope {ref!r} is not a member")
            for parent, parts in pilot_round.parts.items():
                for ref in parts:
                    known(ref, entry, "part")
                    if parent not in self.ancestors(ref):
                        raise RegistryError(REGIONS_FILE, entry, f"part {ref!r} does not lie within {parent!r}")
            if len(set(pilot_round.members)) != len(pilot_round.members):
                raise RegistryError(REGIONS_FILE, entry, "a member is listed twice")
        for group in self.groups.values():
            for ref in group.members:
                known(ref, f"group {group.id!r}", "member")

    def _index(self) -> None:
        ordered = sorted(self.regions.values(), key=lambda r: (_PRIORITY[r.level], r.id))
        self._names = _index(ordered, lambda r: r.names)
        # A former name made of level words only (市区, once 濮阳's 华龙区) or an area word (新区, once
        # 唐山's 丰润区) is a common word now (市区商务局 is the city's, 新区党工委 a new area's): it
        # names no place.
        self._former = _index(ordered, lambda r: [n for n, _ in r.former
                                                  if not set(n) <= _LEVEL_CHARACTERS and n not in self.area_words])
        self._former_year = {(r.id, n): y for r in ordered for n, y in r.former}
        provinces = [r for r in ordered if r.level == "province"]
        self._placeholders: dict[Placeholder, dict[str, tuple[str, ...]]] = {
            "province": _index(provinces, lambda r: r.names),
            "province_short": _index(provinces, lambda r: [r.short] if r.short else []),
            "city": _index([r for r in ordered if r.level == "prefecture"], lambda r: [n for n in (r.short, *r.aliases) if n]),
            # A prefecture not named 〈short〉市 (阿克苏地区, 延边朝鲜族自治州, 锡林郭勒盟), written in full where
            # a form has {city}市 or {city} (人行阿克苏地区中心支行, 国家税务总局阿克苏地区税务局).
            CITY_NAME: _index([r for r in ordered if r.level == "prefecture" and r.name != f"{r.short}市"],
                              lambda r: [n for n in (r.name, *r.aliases) if n and n != r.short]),
            "county": _index([r for r in ordered if r.level == "county"], lambda r: (r.name, *r.aliases)),
            # A county as a vertical system's county office writes it: by its short form too (望城 for 望城区).
            "county_place": _index([r for r in ordered if r.level == "county"],
                                   lambda r: [n for n in (r.short, r.name, *r.aliases) if n]),
            "capital": {self.regions[p.capital].place: (p.id,) for p in provinces if p.capital and p.capital in self.regions},
            "place": _index([r for r in ordered if r.level != "zone"],
                            lambda r: [r.short, r.name] if r.level == "new_area" else [r.short] if r.short else []),
            "area": self._names,
        }
        self._longest = max(len(name) for name in self._names)
        self._group = {name: g.id for g in self.groups.values() for name in (g.name, *g.aliases)}
        self._scope = {phrase: s.id for s in self.scopes.values() for phrase in s.phrases}
        self._round_by_year: dict[int, list[str]] = {}
        for pilot_round in self.rounds.values():
            self._round_by_year.setdefault(pilot_round.year, []).append(pilot_round.id)
        self._round_by_programme = {(r.programme, r.year): r.id for r in self.rounds.values()}
        self._round_by_approval = {doc_no_key(r.approval): r.id for r in self.rounds.values()}

    # Look-ups --------------------------------------------------------------------------------

    def region(self, region_id: str) -> Region:
        found = self.regions.get(region_id)
        return found if found is not None else self.abolished[region_id][0]

    def given_up(self, name: str, year: int) -> Region | None:
        """The division given up that bore ``name`` in full in ``year`` (巢湖市 in 2009: the prefecture, 341400), where
        no division in use bore that name then (340181 has been called 巢湖市 since 2011 only); None otherwise."""
        bearing = [region for region, since, until in self.abolished.values() if region.name == name and since <= year < until]
        if len(bearing) != 1:
            return None
        if any(r.name == name and self.since.get(r.id, year) <= year for r in self.candidates(name)):
            return None
        return bearing[0]

    def given_up_prefixes(self, text: str, year: int) -> dict[str, Region]:
        """The names of divisions given up that open ``text`` and name, in ``year``, the division given up
        (:meth:`given_up`: 巢湖市 of 巢湖市发改委 in 2009 → 341400), longest first; empty where none does."""
        names = sorted({region.name for region, since, until in self.abolished.values()
                        if text.startswith(region.name) and len(text) > len(region.name)}, key=len, reverse=True)
        found = {name: self.given_up(name, year) for name in names}
        return {name: region for name, region in found.items() if region is not None}

    def find_place(self, text: str, within: str | None = None, year: int | None = None) -> PlaceMatch | None:
        """What ``text`` names as a place phrase: a scope phrase (试点地区), a place (current name, short
        form, alias, then a name it went by), or a group of places (京津冀); None if none of these.
        ``within`` (the document's region) settles a name several places bear; ``year`` (the document's) whether a
        name another place bears now may still be read as the name a place went by (:meth:`bearing`)."""
        return _found_place(self, text, within, year)

    def _find_place(self, text: str, within: str | None, year: int | None = None) -> PlaceMatch | None:
        scope_id = self._scope.get(text)
        if scope_id is not None:
            scope = self.scopes[scope_id]
            return PlaceMatch("scope", scope.id, scope.name, scope=scope)
        region = self.lookup(text, within) or self._written_within(text, within)
        if region is not None:
            return PlaceMatch("region", region.id, region.name, region=region)
        former = self.choose(self.bearing(text, self._former.get(text, ()), within, year), within)
        if former is not None:
            return PlaceMatch("region", former.id, former.name, region=former,
                              former=(text, self._former_year[(former.id, text)]),
                              former_part=self.former_part(former.id, text))
        group = self.group(text)
        if group is not None:
            return PlaceMatch("group", group.id, group.name, group=group)
        return None

    def lookup(self, name: str, within: str | None = None) -> Region | None:
        """The place a written name stands for (current names only; see :meth:`find_place`). A
        county-level place's short form (城北 for 城北区) is a common word elsewhere (城北、城南街道
        办事处 in a Shaanxi county's plan): in a document of another province it names no place."""
        return self.choose(self.bearing(name, self._names.get(name, ()), within), within)

    def lookup_written(self, name: str) -> Region | None:
        """The place a document's region names, as :meth:`lookup`, or written after the place it lies
        in when its own name alone is borne by several (南京市鼓楼区, 上海市宝山区): the county of that
        name in that place, its name written in full."""
        return self.lookup(name) or self._written_within(name, None)

    def _written_within(self, text: str, within: str | None) -> Region | None:
        """A county-level place written in full after the place it lies in (张掖市山丹县, 兰州市城关区), as
        a list of places writes it: that county; None unless the rest is a county's full name under it."""
        for head, ids, former in self.prefixes(text):
            outer = None if former else self.choose(ids, within)
            rest = text[len(head):]
            if outer is None or outer.level == "county" or not rest:
                continue
            inner = self.choose([i for i in self._names.get(rest, ()) if outer.id in self.ancestors(i)], outer.id)
            if inner is not None and inner.level == "county" and inner.name == rest:
                return inner
        return None

    def written_region(self, region: Region) -> str:
        """How a document's region is written so that :meth:`lookup_written` finds it again: a
        province or city by its short form (湖北, 南京), a county by its name (蔡甸区), after its
        parent's name when several places bear it (南京市鼓楼区)."""
        if region.level != "county":
            return region.place
        if len(self._names.get(region.name, ())) > 1 and region.parent is not None:
            return self.regions[region.parent].name + region.name
        return region.name

    def bearing(self, name: str, ids: Iterable[str], within: str | None, year: int | None = None) -> tuple[str, ...]:
        """The places among ``ids`` that ``name`` may stand for in a document of region ``within`` dated ``year``:
        not a county whose short form it is, in another province (太白 of 太白湖新区 in 济宁), nor a place that went by
        ``name`` before while another place bears it now, unless the document dates from before the change
        (:meth:`_former_borne_now`)."""
        ids = tuple(i for i in ids if not self._former_borne_now(i, name, year))
        if within is None or within not in self.regions:
            return tuple(i for i in ids if not self._corps_division_elsewhere(i, name, None))
        province = self.regions[within].province
        return tuple(i for i in ids if not self._short_elsewhere(i, name, province)
                     and not self._corps_division_elsewhere(i, name, province)
                     and not self._former_elsewhere(i, name, within)
                     and not self._namesake_of_own_former(i, name, within))

    def _former_borne_now(self, region_id: str, name: str, year: int | None) -> bool:
        """Whether ``name`` is only a former name of ``region_id`` that another place bears now, in a document not dated
        within the former name's years (before the year it changed): 白云区, 万秀区's until 1984 and 广州's and 贵阳's
        now, is no name of 万秀区 in a page of 2020 or of no date, even 万秀区's own (read so, the page would be making
        a reading no page of its time gave); a page of 1983 reads it as 万秀区. A former name no place bears now (株洲县,
        万全县) is untouched, and so is a former name written after the old place's parent (梧州市白云区: see
        local_names._splits)."""
        if name not in self._names or region_id not in self.regions:
            return False
        region = self.regions[region_id]
        if name in region.names or name not in self._former_names(region_id):
            return False
        return year is None or year >= self._former_year[(region_id, name)]

    def _former_elsewhere(self, region_id: str, name: str, within: str) -> bool:
        """Whether ``name`` is only a former name of the county-level division ``region_id`` that other places bear or
        bore too (城区, 潞州区's until 2018, and 阳泉's and 晋城's now) and the document of region ``within`` lies outside
        that division's city: such an old name is read only in its own city (城区财政局 in 大同's plan is no body of 长治's
        潞州区; 大同 had a 城区 of its own until 2018). Documents of the city, of the district or of a place in the city
        keep reading it, and a former name no other place bears (抚远县, 崇文区) is read anywhere, as before."""
        region = self.regions[region_id]
        if region.level != "county" or name in region.names or name not in self._former_names(region_id):
            return False
        if len(self._names.get(name, ())) + len(self._former.get(name, ())) < 2:
            return False
        city = region.parent
        return not (within == region_id or within == city or (city is not None and city in self.ancestors(within)))

    def _namesake_of_own_former(self, region_id: str, name: str, within: str) -> bool:
        """Whether ``region_id`` bears ``name`` now in another city than the document's, whose city had a county-level
        division of that name (a former name of one of its divisions now): 郊区 on a page of 长治 (whose 郊区 was merged
        into 潞州区 in 2018) is 长治's own 郊区 or nothing, never 阳泉's 郊区 that bears the name today. The former name
        itself is then read only on a page dated within its years (:meth:`_former_borne_now`); a page of the place that
        bears the name (阳泉's), or of a city that never had a division of that name, reads it as before.
        Only a name of a city's part, one that divisions of several cities bear or bore (:data:`_PART_NAME_CITIES`:
        郊区, 城区, 市中区), is so: a proper name two cities' divisions went by names the other's place (黄州区 on 鄂州's
        page, its 华容区 until 1987, is 黄冈's; 鹰潭市 on 上饶's, a county-level city of its 地区 until 1983, is the
        prefecture now)."""
        formerly = self._former.get(name, ())
        if not formerly:
            return False  # no place went by the name (most names: asked for every place a name may be)
        city = self._city_of(within)
        if city is None or city in self.ancestors(region_id):
            return False
        if not any(self.regions[o].level == "county" and self.regions[o].parent == city
                   for o in formerly if o != region_id and o in self.regions):
            return False
        bearers = (*self._names.get(name, ()), *formerly)
        cities = {self._city_of(o) for o in bearers if o in self.regions and self.regions[o].level == "county"}
        return len(cities - {None}) >= _PART_NAME_CITIES

    def _city_of(self, region_id: str) -> str | None:
        """The prefecture-level place ``region_id`` is or lies in; None for a province, a municipality's district or a
        place outside any prefecture."""
        return next((a for a in self.ancestors(region_id) if a in self.regions and self.regions[a].level == "prefecture"),
                    None)

    def _former_names(self, region_id: str) -> frozenset[str]:
        return frozenset(n for n, _ in self.regions[region_id].former)

    def _corps_division_elsewhere(self, region_id: str, name: str, province: str | None) -> bool:
        """Whether ``name`` is the division's name of one of the Corps' cities (第二师 for 铁门关市) in a
        document of another province or of none: a division's name is the city's only in Xinjiang, where
        the Corps is (第二师 elsewhere is any army's division; 兵团第二师 says the Corps: see corps_prefixes)."""
        region = self.regions[region_id]
        return (bool(self.corps_cities) and region_id.startswith(self.corps_cities) and name != region.name
                and name != region.short and name in region.aliases and region.province != province)

    def _short_elsewhere(self, region_id: str, name: str, province: str | None) -> bool:
        region = self.regions[region_id]
        return (region.level == "county" and name == region.short and name != region.name
                and region.province != province)

    def misspelt(self, name: str, most: int = 3) -> tuple[str, ...]:
        """The names of places ``name`` may be a slip for: those of its length that differ from it in one character (a
        homophone an input method offered: 哈尔宾市 for 哈尔滨市, 海南剩 for 海南省) and share two characters of their
        name with it at least, their level word (市, 区, 省 …) not counted, the most prominent places' first, at most
        ``most``; none when ``name`` is a place's name. One character of a name in common (with or without a level
        word) is shared by too many places to point at one: 火星 (七星, 新星, 娄星), 夏门市 (厦门市, 荆门市, 江门市, 天门市,
        玉门市), 开发区 (开平区, 开福区, 开州区), 大湾区 (大兴区, 龙湾区 …)."""
        if len(name) < 3 or name in self._names:
            return ()
        level_words = {region.name[len(region.short):] for region in self.regions.values()
                       if region.short and region.name != region.short and region.name.startswith(region.short)}
        found = [known for known in self._names
                 if len(known) == len(name) and sum(a != b for a, b in zip(known, name)) == 1
                 and sum(a == b for a, b in zip(known[:self._stem_length(known, level_words)], name)) >= 2]
        found.sort(key=lambda known: min(_PRIORITY[self.regions[i].level] for i in self._names[known]))
        return tuple(found[:most])

    def _stem_length(self, known: str, level_words: set[str]) -> int:
        """How many characters of ``known``, a place's name, name it before its level word: its place's short name's
        (厦门市: 2, 海南省: 2), else all but the longest of ``level_words`` (the endings of the places' names after their
        short names) it ends in (清新区, kept whole as its short name: 2), else all (铁山港)."""
        for i in self._names[known]:
            short = self.regions[i].short
            if short and short != known and known.startswith(short):
                return len(short)
        return len(known) - max((len(word) for word in level_words if word and known.endswith(word)), default=0)

    def former_part(self, region_id: str, name: str) -> bool:
        """Whether ``name`` is the name of a unit split among several of which ``region_id`` took only part (牟平县 of
        牟平区, 1994, 莱山区 the rest), not one it took whole or was renamed from."""
        return (region_id, name) in self._former_part

    def former_year(self, region_id: str, name: str) -> int | None:
        """The year ``region_id`` stopped going by ``name``; None where it never did."""
        return self._former_year.get((region_id, name))

    def candidates(self, name: str) -> tuple[Region, ...]:
        """Every place that bears ``name`` now, most prominent first."""
        return tuple(self.regions[i] for i in self._names.get(name, ()))

    def former(self, name: str, within: str | None = None, year: int | None = None) -> tuple[Region, int] | None:
        """The place that went by ``name`` before, and the year it stopped, for a document of region ``within`` dated
        ``year`` (see :meth:`bearing`)."""
        region = self.choose(self.bearing(name, self._former.get(name, ()), within, year), within)
        return (region, self._former_year[(region.id, name)]) if region else None

    def prefixes(self, text: str) -> Iterator[tuple[str, tuple[str, ...], bool]]:
        """Every place name that ``text`` starts with, longest first, with the ids bearing it and
        whether it is a former name."""
        yield from _prefixes_of(self, text)

    def _prefixes(self, text: str) -> tuple[tuple[str, tuple[str, ...], bool], ...]:
        found = []
        for length in range(min(self._longest, len(text)), 0, -1):
            head = text[:length]
            ids = self._names.get(head)
            if ids:
                found.append((head, ids, False))
            ids = self._former.get(head)
            if ids:
                found.append((head, ids, True))
        return tuple(found)

    def choose(self, ids: Iterable[str], within: str | None = None) -> Region | None:
        """The one place among ``ids`` a document of region ``within`` means, or None if it stays ambiguous.

        A single candidate is taken; otherwise the one that contains or lies within the document's
        region, then the one in the document's province; otherwise the most prominent level
        (province before city before county) if only one candidate has it."""
        ids = tuple(ids)
        if not ids:
            return None
        if len(ids) == 1:
            return self.regions[ids[0]]
        if within is not None and within in self.regions:
            here = self.ancestors(within)
            inside = [i for i in ids if i in here or within in self.ancestors(i)]
            if len(inside) == 1:
                return self.regions[inside[0]]
            province = self.regions[within].province
            same = [i for i in (inside or ids) if self.regions[i].province == province]
            if len(same) == 1:
                return self.regions[same[0]]
        best = min(_PRIORITY[self.regions[i].level] for i in ids)
        top = [i for i in ids if _PRIORITY[self.regions[i].level] == best]
        return self.regions[top[0]] if len(top) == 1 else None

    def placeholder(self, placeholder: str, text: str, within: str | None = None) -> Region | None:
        """The region ``text`` stands for where a pattern has ``{placeholder}``; for ``{area}`` a county written in full
        after the place it lies in as well (中共盘锦市双台子区委办公室: 双台子区 2024), as :meth:`find_place` reads it."""
        found = self.choose(self._placeholders[placeholder].get(text, ()), within)  # type: ignore[index]
        if found is None and placeholder == "area":
            return self._written_within(text, within)
        return found

    def zone_form(self, text: str) -> tuple[ZoneTypeEntry, str] | None:
        """The zone type whose form ``text`` starts with (高新区管委会 → the high-tech zone), and the rest."""
        best: tuple[ZoneTypeEntry, str] | None = None
        if not text.startswith(self._zone_forms):  # most texts open with no form: one look at all of them
            return None
        for zone_type in self.zone_types:
            for form in zone_type.forms:
                if text.startswith(form) and (best is None or len(form) > len(text) - len(best[1])):
                    best = (zone_type, text[len(form):])
        return best

    def zone_by_end(self, area: str) -> tuple[ZoneTypeEntry, str] | None:
        """The zone type whose form ``area`` ends with, and the name before it (黄花综合保税区 →
        the bonded zone type and 黄花); None unless a name stands before the form, and None where an
        area word longer than the form ends the name (长白山保护开发区: a 保护开发区 is an area of its
        own, not an economic development zone)."""
        best: tuple[ZoneTypeEntry, str] | None = None
        if area.endswith(self._zone_forms):  # most names end with no form: one look at all of them
            for zone_type in self.zone_types:
                for form in zone_type.forms:
                    if area.endswith(form) and len(area) > len(form) and (best is None or len(form) > len(area) - len(best[1])):
                        best = (zone_type, area[:-len(form)])
        word = self.area_word(area)
        if best is not None and word is not None and len(word) > len(area) - len(best[1]):
            return None
        return best

    def area_word(self, area: str) -> str | None:
        """The word that ends the name of a functional area nobody lists (曲江新区 → 新区), if a name
        stands before it. An area word alone is no area's name though a shorter one ends it (自然保护区 is no area
        called 自然)."""
        if not area.endswith(self.area_words) or area in self.area_words:  # most names end with none: one look at all
            return None
        return next((w for w in self.area_words if area.endswith(w) and len(area) > len(w)), None)

    def area_administration(self, name: str) -> str | None:
        """The title other than a committee's that ends ``name`` after an area of a kind whose governing body takes it
        (花亭湖风景名胜区管理处 → 管理处: a scenic area's administration), if any."""
        for form, words in self.area_administrations.items():
            if name.endswith(form) and self.area_word(name[:-len(form)]) in words:
                return form
        return None

    def unnamed_area_administration(self, name: str) -> bool:
        """Whether ``name`` is an administration's title after an area word alone (保护区管理局, 风景名胜区管理处): some
        area's governing body, no area named."""
        return any(name.endswith(form) and name[:-len(form)] in words
                   for form, words in self.area_administrations.items())

    def province_area(self, area: str) -> tuple[str, str] | None:
        """The full name and the province of an area whose committee is the province's (see province_areas in
        regions.toml), written in full, by its name without its area word (长白山 for 长白山保护开发区), or with the zone
        form its area word ends with in its stead (长白山开发区: the committee was set up in 2005 as 长白山开发区管理委员会,
        mj.org.cn 2006 on the province's investment meeting)."""
        return self._province_area_forms.get(area)

    def district_area_opening(self, text: str) -> str | None:
        """The full name of the province area ``text`` opens with whose province is a municipality (万盛经济技术开发区,
        重庆's: see province_areas in regions.toml), written in full or in a zone type's form, alone or after the
        municipality's name (重庆市万盛经开区管委会办公室, 万盛经济技术开发区管理委员会): an area the municipality governs
        at a district's tier, its committee acting as a district's government; None otherwise (长白山管委会: 吉林's, a
        province's area with a city's powers; 万盛 alone, the name without its area word, names no area)."""
        for form, (name, province) in self._province_area_forms.items():
            municipality = self.regions.get(province)
            if municipality is None or municipality.tier != "municipality" or form == self.province_area_shorts[name]:
                continue
            if any(text.startswith(opening + form) for opening in {"", municipality.name, municipality.short or ""}):
                return name
        return None

    def _without_area_word(self, name: str) -> str:
        """``name`` without the area word or the zone type's form it ends with (长白山保护开发区 → 长白山, 万盛经济技术开发区
        → 万盛), else as written."""
        word = self.area_word(name)
        if word is not None:
            return name[:-len(word)]
        zone = self.zone_by_end(name)
        return zone[1] if zone is not None else name

    def _province_area_written(self, name: str) -> tuple[str, ...]:
        """The names a province area's committee is written under: in full, without its area word, and with
        the zone form its area word ends with in its stead, or, named with a zone type's form, with each of the type's
        forms (万盛经开区 for 万盛经济技术开发区; see :meth:`province_area`)."""
        word = self.area_word(name)
        short = self._without_area_word(name)
        if word is not None:
            forms = tuple(short + f for f in self._zone_forms if word.endswith(f) and word != f)
        else:
            zone = self.zone_by_end(name)
            forms = tuple(short + f for f in zone[0].forms) if zone is not None else ()
        return (name, short, *forms)

    def strip_zone_system(self, text: str) -> str:
        """``text`` without the name of a zone system before it (自贸区南京片区 → 南京片区)."""
        system = next((w for w in self.zone_systems if text.startswith(w) and len(text) > len(w)), None)
        return text[len(system):] if system else text

    def group(self, name: str) -> Group | None:
        group_id = self._group.get(name)
        return self.groups[group_id] if group_id else None

    def scope(self, phrase: str) -> Scope | None:
        scope_id = self._scope.get(phrase)
        return self.scopes[scope_id] if scope_id else None

    def round(self, ref: str | int | None) -> PilotRound | None:
        """A round by id (``service-trade-2020``) or by year (2020)."""
        if ref is None:
            return None
        if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
            ids = self._round_by_year.get(int(ref), [])
            if len(ids) != 1:
                raise KeyError(f"no single pilot round of the year {ref}: {ids}")
            return self.rounds[ids[0]]
        return self.rounds[ref]

    def round_of(self, programme: str | None, year: int | None) -> PilotRound | None:
        """The round of ``programme`` in ``year``, where both are known and the gazetteer has it."""
        found = self._round_by_programme.get((programme, year)) if programme and year else None
        return self.rounds[found] if found else None

    def approved_by(self, doc_no: str) -> PilotRound | None:
        """The round whose approval is ``doc_no`` (a 文号 in either set of characters, or the approval's title
        where the gazetteer keeps it so), if any."""
        found = self._round_by_approval.get(doc_no_key(doc_no))
        return self.rounds[found] if found else None

    def province_of(self, region: Region) -> Region:
        return self.regions[region.province]

    def ancestors(self, region_id: str) -> tuple[str, ...]:
        """The region and the regions above it, nearest first."""
        return _ancestors(self, region_id)

    def in_round(self, pilot_round: PilotRound, region_id: str) -> bool:
        """Whether ``region_id`` is one of ``pilot_round``'s pilot areas or lies inside one."""
        return region_id in pilot_round.members or any(a in pilot_round.members for a in self.ancestors(region_id))

    def has_under(self, region_id: str, level_word: str) -> bool:
        """Whether a place directly under ``region_id`` is named with ``level_word`` (a county-level
        市 under a city: 苏州 has 昆山市, 厦门 has districts only)."""
        return any(child.name.endswith(level_word) for child in self._children().get(region_id, ()))

    def under(self, region_id: str, level_word: str) -> tuple[Region, ...]:
        """The places directly under ``region_id`` named with ``level_word`` (金华's county-level 市: 义乌市, 东阳市…)."""
        return tuple(child for child in self._children().get(region_id, ()) if child.name.endswith(level_word))

    def has_below(self, region_id: str, tiers: Iterable[str]) -> bool:
        """Whether a place at one of ``tiers`` lies anywhere under ``region_id`` (哈尔滨 has districts at the
        county tier; 儋州, a city with no county-level division, has none)."""
        wanted = set(tiers)
        return any(child.tier in wanted or self.has_below(child.id, wanted) for child in self._children().get(region_id, ()))

    def listed_zone(self, host_id: str, zone_types: Iterable[str], openings: tuple[str, ...] = ()) -> Region | None:
        """The one zone of one of ``zone_types`` the division code table lists directly under
        ``host_id`` (济宁 → 济宁高新技术产业开发区 for the high-tech zone), among those with a name
        opening with one of ``openings`` if any are given (长春净月 → 长春净月高新技术产业开发区); None
        when it lists none or several (长春 has two high-tech zones)."""
        zones = self.listed_zones(host_id, zone_types, openings)
        return zones[0] if len(zones) == 1 else None

    def listed_zones(self, host_id: str, zone_types: Iterable[str], openings: tuple[str, ...] = ()) -> tuple[Region, ...]:
        """Every zone of one of ``zone_types`` the division code table lists directly under ``host_id``,
        among those with a name opening with one of ``openings`` if any are given (芜湖 → 芜湖经济技术开发区
        and 安徽芜湖三山经济开发区 for the development zones)."""
        types = set(zone_types)
        return tuple(child for child in self._children().get(host_id, ())
                     if child.level == "zone" and child.area_type in types
                     and (not openings or any(name.startswith(openings) for name in self._zone_names(child))))

    def zone_host_tiers(self, zone_types: Iterable[str]) -> frozenset[str]:
        """The tiers of the places the division code table lists zones of ``zone_types`` under (cities only, for the
        development and high-tech zones); empty for types it lists none of."""
        return _zone_host_tiers(self, tuple(sorted(set(zone_types))))

    def _zone_names(self, zone: Region) -> tuple[str, ...]:
        """A listed zone's names, and each without its province's name where the name opens with it and then its
        host's (安徽芜湖三山经济开发区 is written 芜湖三山经开区 or 三山经开区; 吉林经济开发区 of 吉林市 keeps its name,
        吉林 being its host's)."""
        host = self.regions.get(zone.parent or "")
        if host is None:
            return zone.names
        province = self.province_of(zone).names
        hosts = tuple(n for n in host.names if n)
        cut = tuple(name[len(p):] for name in zone.names for p in province
                    if name.startswith(p) and name[len(p):].startswith(hosts))
        return tuple(dict.fromkeys((*zone.names, *cut)))

    def named_below(self, region_id: str, level_word: str) -> bool:
        """Whether any place under ``region_id``, at whatever depth, is named with ``level_word`` (内蒙古 has
        县 below it; 呼和浩特 no 市, 厦门 no 县). Answered once per place and word: a province's walk
        visits its hundreds of places, and every body written with a level word asks it again."""
        return _named_below(self, region_id, level_word)

    def _children(self) -> dict[str, tuple[Region, ...]]:
        if self._children_index is None:
            found: dict[str, list[Region]] = {}
            for region in self.regions.values():
                if region.parent and region.parent != region.id:
                    found.setdefault(region.parent, []).append(region)
            self._children_index = {parent: tuple(children) for parent, children in found.items()}
        return self._children_index

    def most_specific(self, regions: Iterable[Region]) -> Region | None:
        """The most specific of nested regions (青岛市 and 黄岛区 → 黄岛区); None if they do not nest."""
        found = sorted(regions, key=lambda r: _SPECIFICITY[r.level], reverse=True)
        if not found:
            return None
        most = found[0]
        return most if all(other.id in self.ancestors(most.id) for other in found[1:]) else None

    def names(self) -> Iterator[str]:
        """Every written form of a place, group or scope the gazetteer knows."""
        yield from self._names
        yield from self._group
        yield from self._scope

    # compared by identity, as the registry is (the key of the values kept per gazetteer: functools caches), in C
    __hash__ = object.__hash__
    __eq__ = object.__eq__


# One people's name inside an autonomous place's: a name ending with 族 (拉祜族), else the rest (维吾尔, 蒙古) — not
# 各族, "every people" (龙胜各族自治县, 隆林各族自治县), which names none.
_PEOPLE = r"\p{Han}+?族|\p{Han}+$"
_EVERY_PEOPLE = "各族"


def _peoples(regions: Iterable[Region], data: RegionsFile) -> tuple[str, ...]:
    """The peoples the gazetteer's autonomous places are named after: the words between a place's own name
    (its short form) and its autonomy word (``autonomous_words``; an autonomous region's, which ends its
    province's name), each people apart (双江拉祜族佤族布朗族傣族自治县: 拉祜族, 佤族, 布朗族, 傣族). A
    place named by its people alone (鄂伦春自治旗, no short form) names none."""
    region_types = {entry.id: entry.type for entry in data.provinces}
    found: set[str] = set()
    for region in regions:
        if region.level == "province":
            words: tuple[str, ...] = data.autonomous_region_words if region_types.get(region.id) == "autonomous_region" else ()
        else:
            words = data.autonomous_words
        word = max((w for w in words if region.name.endswith(w)), key=len, default=None)
        if word is None or not region.short or not region.name.startswith(region.short):
            continue
        found.update(regex.findall(_PEOPLE, region.name[len(region.short):-len(word)]))
    found.discard(_EVERY_PEOPLE)
    return longest_first(sorted(found))


@functools.lru_cache(maxsize=65536)
def _ancestors(gazetteer: Gazetteer, region_id: str) -> tuple[str, ...]:
    chain: list[str] = []
    current: str | None = region_id
    while current is not None and current not in chain and current in gazetteer.regions:
        chain.append(current)
        region = gazetteer.regions[current]
        current = region.parent if region.parent != current else None
        if current is None and region.province != region.id:
            current = region.province
    return tuple(chain)


@functools.lru_cache(maxsize=64)
def _zone_host_tiers(gazetteer: Gazetteer, zone_types: tuple[str, ...]) -> frozenset[str]:
    return frozenset(host.tier for zone in gazetteer.regions.values() if zone.level == "zone" and zone.area_type in zone_types
                     and (host := gazetteer.regions.get(zone.parent or "")) is not None)


@functools.lru_cache(maxsize=16384)
def _named_below(gazetteer: Gazetteer, region_id: str, level_word: str) -> bool:
    children = gazetteer._children()
    pending = list(children.get(region_id, ()))
    while pending:
        child = pending.pop()
        if child.name.endswith(level_word):
            return True
        pending.extend(children.get(child.id, ()))
    return False


def _index(regions: Iterable[Region], names) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for region in regions:
        for name in names(region):
            if name:
                ids = found.setdefault(name, [])
                if region.id not in ids:
                    ids.append(region.id)
    return {name: tuple(ids) for name, ids in found.items()}


def _zone_type(name: str, zone_types: Iterable[ZoneTypeEntry]) -> str | None:
    for zone_type in zone_types:
        if any(name.endswith(form) for form in zone_type.forms):
            return zone_type.type
    return None


def _replace(region: Region, **changes: object) -> Region:
    """``region`` with the fields named in ``changes`` holding their values instead (a name that is
    no field of a place refused, as :func:`dataclasses.replace` refuses it)."""
    return type(region)(**{**dict(zip(_REGION_FIELDS, region)), **changes})


# A gazetteer is never changed once made (its indexes are filled in its __init__), so what it answers for a text is
# kept for the process, the gazetteer compared by identity: a plan's lists ask for the same names over and over (the
# five bundled plans ask find_place 3,501 times of 1,525 texts, prefixes 6,868 times of 2,089).
@functools.lru_cache(maxsize=16384)
def _found_place(gazetteer: Gazetteer, text: str, within: str | None, year: int | None = None) -> PlaceMatch | None:
    return gazetteer._find_place(text, within, year)


@functools.lru_cache(maxsize=16384)
def _prefixes_of(gazetteer: Gazetteer, text: str) -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    return gazetteer._prefixes(text)

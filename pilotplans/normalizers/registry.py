"""The department registry, the gazetteer and the role phrases, loaded from the package's data.

Three TOML files in ``pilotplans/data`` hold the data: ``departments.toml`` (central bodies, their
renamings, collective phrases, kinds of local body), ``regions.toml`` (places, pilot rounds, group
names, scope phrases) and ``roles.toml`` (role phrases and list words). :func:`load_registry` reads
and validates them once; a malformed file raises :class:`RegistryError` naming the file and the
entry. Everything else in this module is the validated, indexed form the resolvers read.
"""

from __future__ import annotations

import datetime as dt
import functools
import string
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

import regex
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from pilotplans.errors import PilotplansError
from pilotplans.normalizers.models import BodyLevel, Flag, Role, ScopeKind

DEPARTMENTS_FILE = "departments.toml"
REGIONS_FILE = "regions.toml"
ROLES_FILE = "roles.toml"

Tier = Literal["province", "municipality", "city", "county", "new_area"]
PLACE_PLACEHOLDERS = frozenset({"province", "province_short", "city", "county", "capital", "place", "area"})
TEMPLATE_PLACEHOLDERS = PLACE_PLACEHOLDERS | {"name"}
SUBORDINATE = "sub"


class RegistryError(PilotplansError):
    """A data file of the registry is missing, unreadable or inconsistent."""

    def __init__(self, file: str, entry: str | None, cause: str) -> None:
        self.file = file
        self.entry = entry
        self.cause = cause
        where = f"{file}: {entry}" if entry else file
        super().__init__(f"{where}: {cause}")


# ---------------------------------------------------------------------------------------------
# File models
# ---------------------------------------------------------------------------------------------


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


_SLUG = r"^[a-z][a-z0-9-]*$"
_KIND_ID = r"^[a-z][a-z0-9_]*$"
_CODE = r"^\d{6}$"
_REGION_ID = r"^\d{6}(-[a-z][a-z0-9-]*)?$"


class Typo(_Model):
    text: str
    note: str


class Central(_Model):
    id: str = Field(pattern=_SLUG)
    name: str
    full_name: str
    aliases: tuple[str, ...] = ()
    typos: tuple[Typo, ...] = ()
    category: Literal[
        "state_council", "ministry", "commission", "administration", "institution", "bureau", "party",
        "court", "procuratorate", "military", "organisation", "enterprise", "joint_body",
    ]
    managed_by: str | None = None
    host: str | None = None
    established: dt.date | None = None
    abolished: dt.date | None = None
    note: str | None = None


class Relation(_Model):
    source: str = Field(alias="from")
    target: str = Field(alias="to")
    kind: Literal["renamed", "merged_into", "replaced_by", "functions_to"]
    date: dt.date
    follow: bool = True
    note: str | None = None


class Collective(_Model):
    id: str = Field(pattern=_SLUG)
    name: str
    phrases: tuple[str, ...]
    note: str | None = None


class LocalBody(_Model):
    id: str = Field(pattern=_REGION_ID.rstrip("$") + r"-[a-z0-9-]+$")
    name: str
    aliases: tuple[str, ...] = ()
    region: str
    counterpart: str | None = None
    level: BodyLevel | None = None
    note: str | None = None


class Form(_Model):
    """A written form of a local kind: a template to match, with what it stands for."""

    match: str
    full: str | None = None
    flag: Flag | None = None
    note: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, value: Any) -> Any:
        return {"match": value} if isinstance(value, str) else value


class FixedForm(_Model):
    match: str
    region: str


class Successor(_Model):
    kind: str
    date: dt.date


class Kind(_Model):
    id: str = Field(pattern=_KIND_ID)
    label: str
    counterpart: str | None = None
    names: dict[Tier, str]
    patterns: tuple[Form, ...]
    short: tuple[Form, ...] = ()
    stems: tuple[Form, ...] = ()
    collective: tuple[Form, ...] = ()
    fixed: tuple[FixedForm, ...] = ()
    successor: Successor | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _check_templates(self) -> Kind:
        for tier, template in self.names.items():
            _check_placeholders(template, TEMPLATE_PLACEHOLDERS, f"names.{tier}")
        for form in self.patterns:
            found = _check_placeholders(form.match, PLACE_PLACEHOLDERS, f"pattern {form.match!r}")
            if not found:
                raise ValueError(f"pattern {form.match!r} names no place; put it under `short` or `fixed`")
            if form.full:
                _check_placeholders(form.full, TEMPLATE_PLACEHOLDERS, f"full {form.full!r}")
        for group, forms in (("short", self.short), ("stems", self.stems)):
            for form in forms:
                if _placeholders(form.match):
                    raise ValueError(f"{group} form {form.match!r} may not hold a placeholder")
                if form.full:
                    _check_placeholders(form.full, TEMPLATE_PLACEHOLDERS, f"full {form.full!r}")
        for form in self.collective:
            if _placeholders(form.match) != {SUBORDINATE}:
                raise ValueError(f"collective form {form.match!r} must hold {{sub}} and nothing else")
        return self


class OfficialName(_Model):
    region: str
    kind: str
    name: str


class DepartmentsFile(_Model):
    subordinate_prefixes: tuple[str, ...]
    central: tuple[Central, ...]
    relation: tuple[Relation, ...] = ()
    collective: tuple[Collective, ...] = ()
    local_body: tuple[LocalBody, ...] = ()
    kind: tuple[Kind, ...]
    official_name: tuple[OfficialName, ...] = ()


class ProvinceEntry(_Model):
    id: str = Field(pattern=_CODE)
    name: str
    short: str
    type: Literal["province", "autonomous_region", "municipality", "sar"]
    abbreviations: tuple[str, ...] = ()
    capital: str | None = None
    aliases: tuple[str, ...] = ()


class PrefectureEntry(_Model):
    id: str = Field(pattern=_CODE)
    name: str
    short: str | None = None
    province: str
    aliases: tuple[str, ...] = ()


class CountyEntry(_Model):
    id: str = Field(pattern=_CODE)
    name: str
    short: str | None = None
    province: str
    parent: str | None = None
    aliases: tuple[str, ...] = ()


class NewAreaEntry(_Model):
    id: str = Field(pattern=_REGION_ID)
    name: str
    short: str | None = None
    aliases: tuple[str, ...] = ()
    province: str
    code: str | None = Field(default=None, pattern=_CODE)
    code_basis: Literal["official", "host"]
    body_level: BodyLevel = "municipal"

    @model_validator(mode="after")
    def _check_code(self) -> NewAreaEntry:
        if self.code_basis == "official" and "-" in self.id:
            raise ValueError("an area with an official code takes that code as its id")
        if self.code_basis == "host" and (self.code is None or not self.id.startswith(self.code + "-")):
            raise ValueError("an area with a host's code needs `code` and the id '<code>-<slug>'")
        return self


class RoundEntry(_Model):
    id: str = Field(pattern=_SLUG)
    programme: str
    name: str
    year: int
    approval: str
    members: tuple[str, ...]
    default_scope: tuple[str, ...] = ()
    parts: dict[str, tuple[str, ...]] = {}


class GroupEntry(_Model):
    id: str = Field(pattern=_SLUG)
    name: str
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...]


class ScopeEntry(_Model):
    id: str = Field(pattern=_SLUG)
    name: str
    kind: Literal["all", "qualified", "related", "subordinate"]
    phrases: tuple[str, ...]


class SuffixEntry(_Model):
    pattern: str
    kind: Literal["listed", "qualified"]

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        _compile(value)
        return value


class ListsEntry(_Model):
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[SuffixEntry, ...] = ()


class RegionsFile(_Model):
    provinces: tuple[ProvinceEntry, ...]
    city_abbreviations: dict[str, tuple[str, ...]] = {}
    prefectures: tuple[PrefectureEntry, ...]
    counties: tuple[CountyEntry, ...] = ()
    new_area: tuple[NewAreaEntry, ...] = ()
    round: tuple[RoundEntry, ...]
    group: tuple[GroupEntry, ...] = ()
    scope: tuple[ScopeEntry, ...]
    lists: ListsEntry = ListsEntry()


class PhraseEntry(_Model):
    roles: tuple[Role, ...] = Field(min_length=1)
    phrases: tuple[str, ...] = ()
    pattern: str | None = None

    @model_validator(mode="after")
    def _one_of(self) -> PhraseEntry:
        if bool(self.phrases) == bool(self.pattern):
            raise ValueError("give either `phrases` or `pattern`")
        if self.pattern:
            _compile(self.pattern)
        return self


class RolesFile(_Model):
    connectors: tuple[str, ...] = ()
    list_prefixes: tuple[str, ...] = ()
    separators: tuple[str, ...]
    joiners: tuple[str, ...] = ()
    etc_tails: tuple[str, ...] = ()
    empty_markers: tuple[str, ...] = ()
    phrase: tuple[PhraseEntry, ...]


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _check_placeholders(template: str, allowed: frozenset[str], what: str) -> set[str]:
    found = _placeholders(template)
    unknown = found - allowed
    if unknown:
        raise ValueError(f"{what} uses unknown placeholder(s) {sorted(unknown)}")
    return found


def _compile(pattern: str) -> regex.Pattern[str]:
    try:
        return regex.compile(pattern)
    except regex.error as error:
        raise ValueError(f"bad regular expression {pattern!r}: {error}") from error


# ---------------------------------------------------------------------------------------------
# Gazetteer
# ---------------------------------------------------------------------------------------------

RegionLevel = Literal["province", "prefecture", "county", "new_area"]
RegionTier = Literal["province", "municipality", "sar", "city", "county", "new_area"]

_BODY_LEVEL: dict[RegionLevel, BodyLevel] = {
    "province": "provincial",
    "prefecture": "municipal",
    "county": "county",
    "new_area": "municipal",
}


@dataclass(frozen=True)
class Region:
    """A place of the gazetteer, whatever its level."""

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

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n for n in (self.name, self.short, *self.aliases) if n))

    @property
    def place(self) -> str:
        """The form a place takes inside a body's title (海南, 厦门, 雄安新区)."""
        return self.short or self.name


@dataclass(frozen=True)
class PilotRound:
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
    id: str
    name: str
    aliases: tuple[str, ...]
    members: tuple[str, ...]


@dataclass(frozen=True)
class Scope:
    id: str
    name: str
    kind: ScopeKind
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class ListSuffix:
    pattern: regex.Pattern[str]
    kind: Literal["listed", "qualified"]


class Gazetteer:
    """Places by id and by name, pilot rounds, group names and scope phrases."""

    def __init__(self, data: RegionsFile) -> None:
        self.regions: dict[str, Region] = {}
        for entry in data.provinces:
            tier: RegionTier = "province" if entry.type == "autonomous_region" else entry.type
            self._add(Region(entry.id, entry.name, entry.short, "province", tier, entry.id, "official", entry.id, None,
                             entry.aliases, entry.abbreviations, entry.capital, "provincial"))
        for entry in data.prefectures:
            self._add(Region(entry.id, entry.name, entry.short, "prefecture", "city", entry.id, "official", entry.province,
                             entry.province, entry.aliases, data.city_abbreviations.get(entry.id, ()), None, "municipal"))
        for entry in data.counties:
            self._add(Region(entry.id, entry.name, entry.short, "county", "county", entry.id, "official", entry.province,
                             entry.parent or entry.province, entry.aliases, (), None, "county"))
        for entry in data.new_area:
            self._add(Region(entry.id, entry.name, entry.short, "new_area", "new_area", entry.code or entry.id,
                             entry.code_basis, entry.province, entry.province, entry.aliases, (), None, entry.body_level))
        self.rounds = {r.id: PilotRound(r.id, r.programme, r.name, r.year, r.approval, r.members, r.default_scope, dict(r.parts))
                       for r in data.round}
        self.groups = {g.id: Group(g.id, g.name, g.aliases, g.members) for g in data.group}
        self.scopes = {s.id: Scope(s.id, s.name, s.kind, s.phrases) for s in data.scope}
        self.list_prefixes = tuple(sorted(data.lists.prefixes, key=len, reverse=True))
        self.list_suffixes = tuple(ListSuffix(_compile(s.pattern), s.kind) for s in data.lists.suffixes)
        self._validate(data)
        self._index()

    def _add(self, region: Region) -> None:
        if region.id in self.regions:
            raise RegistryError(REGIONS_FILE, f"region {region.id!r}", "id given twice")
        self.regions[region.id] = region

    def _validate(self, data: RegionsFile) -> None:
        def known(ref: str | None, entry: str, what: str) -> None:
            if ref is not None and ref not in self.regions:
                raise RegistryError(REGIONS_FILE, entry, f"{what} {ref!r} is not a region of the gazetteer")

        for region in self.regions.values():
            entry = f"region {region.id!r} ({region.name})"
            known(region.province, entry, "province")
            known(region.parent, entry, "parent")
            known(region.capital, entry, "capital")
            if self.regions[region.province].level != "province":
                raise RegistryError(REGIONS_FILE, entry, f"province {region.province!r} is not province-level")
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
        def index(regions: Iterable[Region], forms: Iterable[str] = ("name", "short", "aliases")) -> dict[str, str]:
            found: dict[str, str] = {}
            for region in regions:
                texts: list[str] = []
                if "name" in forms:
                    texts.append(region.name)
                if "short" in forms and region.short:
                    texts.append(region.short)
                if "aliases" in forms:
                    texts.extend(region.aliases)
                for text in texts:
                    found.setdefault(text, region.id)
            return found

        by_level = {level: [r for r in self.regions.values() if r.level == level]
                    for level in ("province", "prefecture", "county", "new_area")}
        self._province = index(by_level["province"])
        self._province_short = index(by_level["province"], ("short",))
        self._city = index(by_level["prefecture"], ("short", "aliases"))
        self._county = index(by_level["county"], ("name", "aliases"))
        self._capital = {self.regions[p.capital].place: p.id for p in by_level["province"] if p.capital}
        self._place: dict[str, str] = {}
        for level in ("province", "prefecture", "new_area", "county"):
            for text, region_id in index(by_level[level], ("short", "name") if level == "new_area" else ("short",)).items():
                self._place.setdefault(text, region_id)
        self._area: dict[str, str] = {}
        for level in ("province", "prefecture", "new_area", "county"):
            for text, region_id in index(by_level[level]).items():
                self._area.setdefault(text, region_id)
        self._group = {name: g.id for g in self.groups.values() for name in (g.name, *g.aliases)}
        self._scope = {phrase: s.id for s in self.scopes.values() for phrase in s.phrases}
        self._round_by_year: dict[int, list[str]] = {}
        for pilot_round in self.rounds.values():
            self._round_by_year.setdefault(pilot_round.year, []).append(pilot_round.id)

    # Look-ups -------------------------------------------------------------------------------

    def region(self, region_id: str) -> Region:
        return self.regions[region_id]

    def lookup(self, name: str) -> Region | None:
        """The region a written place name stands for (province-level first, then cities, new areas, counties)."""
        region_id = self._area.get(name)
        return self.regions[region_id] if region_id else None

    def lookup_abbreviation(self, abbreviation: str) -> Region | None:
        for region in self.regions.values():
            if abbreviation in region.abbreviations:
                return region
        return None

    def placeholder(self, placeholder: str, text: str) -> Region | None:
        """The region ``text`` stands for where a pattern has ``{placeholder}``."""
        table = {
            "province": self._province,
            "province_short": self._province_short,
            "city": self._city,
            "county": self._county,
            "capital": self._capital,
            "place": self._place,
            "area": self._area,
        }[placeholder]
        region_id = table.get(text)
        return self.regions[region_id] if region_id else None

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

    def province_of(self, region: Region) -> Region:
        return self.regions[region.province]

    def ancestors(self, region_id: str) -> list[str]:
        """The region and the regions above it, nearest first."""
        chain: list[str] = []
        current: str | None = region_id
        while current is not None and current not in chain:
            chain.append(current)
            region = self.regions[current]
            current = region.parent if region.parent != current else None
            if current is None and region.province != region.id:
                current = region.province
        return chain

    def names(self) -> Iterator[str]:
        """Every written form of a place, group or scope the gazetteer knows."""
        yield from self._area
        yield from self._group
        yield from self._scope


# ---------------------------------------------------------------------------------------------
# Department registry
# ---------------------------------------------------------------------------------------------

LiteralTarget = Literal["central", "collective", "local_body", "short", "stem", "fixed"]


@dataclass(frozen=True)
class LiteralForm:
    """A written form that names one thing outright (no place to read from it)."""

    text: str
    target: LiteralTarget
    ref: str  # central / collective / local body id, or kind id
    via: str
    form: Form | None = None
    region: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class PatternForm:
    """A written form of a local kind with placeholders, compiled."""

    kind: str
    form: Form
    pattern: regex.Pattern[str]
    placeholders: tuple[str, ...]


@dataclass(frozen=True)
class RolePhrases:
    """Role phrases and list words, compiled."""

    unit: regex.Pattern[str]  # one role phrase
    compound: regex.Pattern[str]  # one or more, joined by connectors, ending where a list item may
    roles_of: dict[str, tuple[Role, ...]]
    pattern_roles: tuple[tuple[regex.Pattern[str], tuple[Role, ...]], ...]
    list_prefixes: tuple[str, ...]
    separators: tuple[str, ...]
    joiners: tuple[str, ...]
    etc_tails: tuple[str, ...]
    empty_markers: frozenset[str]

    def roles(self, phrase: str) -> tuple[tuple[Role, ...], str | None]:
        """The roles a compound phrase carries, in order, and the place phrase inside it if any."""
        found: list[Role] = []
        scope: str | None = None
        for match in self.unit.finditer(phrase):
            unit = match.group(0)
            if unit in self.roles_of:
                found.extend(self.roles_of[unit])
                continue
            for pattern, roles in self.pattern_roles:
                inner = pattern.fullmatch(unit)
                if inner:
                    found.extend(roles)
                    scope = inner.groupdict().get("scope") or scope
                    break
        return tuple(dict.fromkeys(found)), scope


class Registry:
    """Central bodies, collectives, one-of-a-kind local bodies and kinds of local body, indexed."""

    def __init__(self, departments: DepartmentsFile, gazetteer: Gazetteer, roles: RolesFile) -> None:
        self.gazetteer = gazetteer
        self.subordinate_prefixes = tuple(sorted(departments.subordinate_prefixes, key=len, reverse=True))
        self.central = _unique(departments.central, "central")
        self.collectives = _unique(departments.collective, "collective")
        self.local_bodies = _unique(departments.local_body, "local_body")
        self.kinds = _unique(departments.kind, "kind")
        self.relations = departments.relation
        self.official_names = {(o.region, o.kind): o.name for o in departments.official_name}
        self.successor: dict[str, Relation] = {}
        self._validate(departments)
        self.literals: dict[str, LiteralForm] = {}
        self._index_literals()
        self.patterns = tuple(self._compile_patterns())
        self.collective_patterns = tuple(self._compile_collectives())
        self.roles = _compile_roles(roles)

    # Validation ------------------------------------------------------------------------------

    def _validate(self, data: DepartmentsFile) -> None:
        ids = [*self.central, *self.collectives, *self.local_bodies]
        duplicates = {i for i in ids if ids.count(i) > 1}
        if duplicates:
            raise RegistryError(DEPARTMENTS_FILE, None, f"id(s) used by more than one entry: {sorted(duplicates)}")

        def central(ref: str | None, entry: str, what: str) -> None:
            if ref is not None and ref not in self.central:
                raise RegistryError(DEPARTMENTS_FILE, entry, f"{what} {ref!r} is not a central body")

        def region(ref: str, entry: str) -> None:
            if ref not in self.gazetteer.regions:
                raise RegistryError(DEPARTMENTS_FILE, entry, f"region {ref!r} is not in {REGIONS_FILE}")

        for body in self.central.values():
            entry = f"central {body.id!r}"
            central(body.managed_by, entry, "managed_by")
            central(body.host, entry, "host")
        for index, relation in enumerate(self.relations):
            entry = f"relation #{index + 1} ({relation.source} → {relation.target})"
            central(relation.source, entry, "from")
            central(relation.target, entry, "to")
            if relation.follow:
                if relation.source in self.successor:
                    raise RegistryError(DEPARTMENTS_FILE, entry, f"{relation.source!r} already has a successor to follow")
                self.successor[relation.source] = relation
        for body in self.local_bodies.values():
            entry = f"local_body {body.id!r}"
            region(body.region, entry)
            central(body.counterpart, entry, "counterpart")
        for kind in self.kinds.values():
            entry = f"kind {kind.id!r}"
            central(kind.counterpart, entry, "counterpart")
            for fixed in kind.fixed:
                region(fixed.region, entry)
            if kind.successor and kind.successor.kind not in self.kinds:
                raise RegistryError(DEPARTMENTS_FILE, entry, f"successor kind {kind.successor.kind!r} is not a kind")
        for official in self.official_names:
            entry = f"official_name {official[0]}/{official[1]}"
            region(official[0], entry)
            if official[1] not in self.kinds:
                raise RegistryError(DEPARTMENTS_FILE, entry, f"kind {official[1]!r} is not a kind")

    def _index_literals(self) -> None:
        def add(form: LiteralForm, entry: str) -> None:
            held = self.literals.get(form.text)
            if held is not None and (held.target, held.ref) != (form.target, form.ref):
                raise RegistryError(DEPARTMENTS_FILE, entry,
                                    f"{form.text!r} is already a form of {held.target} {held.ref!r}")
            if held is None:
                self.literals[form.text] = form

        for body in self.central.values():
            entry = f"central {body.id!r}"
            add(LiteralForm(body.name, "central", body.id, "name"), entry)
            add(LiteralForm(body.full_name, "central", body.id, "full_name"), entry)
            for alias in body.aliases:
                add(LiteralForm(alias, "central", body.id, "alias"), entry)
            for typo in body.typos:
                add(LiteralForm(typo.text, "central", body.id, "typo", note=typo.note), entry)
        for collective in self.collectives.values():
            for phrase in collective.phrases:
                add(LiteralForm(phrase, "collective", collective.id, "collective"), f"collective {collective.id!r}")
        for body in self.local_bodies.values():
            add(LiteralForm(body.name, "local_body", body.id, "name"), f"local_body {body.id!r}")
            for alias in body.aliases:
                add(LiteralForm(alias, "local_body", body.id, "alias"), f"local_body {body.id!r}")
        for kind in self.kinds.values():
            entry = f"kind {kind.id!r}"
            for form in kind.short:
                add(LiteralForm(form.match, "short", kind.id, "short_form", form=form), entry)
            for form in kind.stems:
                add(LiteralForm(form.match, "stem", kind.id, "stem", form=form), entry)
            for fixed in kind.fixed:
                add(LiteralForm(fixed.match, "fixed", kind.id, "fixed", region=fixed.region), entry)
        clashes = sorted(text for text in self.literals if self.gazetteer.lookup(text) or self.gazetteer.scope(text))
        if clashes:
            raise RegistryError(DEPARTMENTS_FILE, None, f"form(s) also names of places in {REGIONS_FILE}: {clashes}")

    def _compile_patterns(self) -> Iterator[PatternForm]:
        for kind in self.kinds.values():
            for form in kind.patterns:
                pattern, names = _template_regex(form.match)
                yield PatternForm(kind.id, form, pattern, names)

    def _compile_collectives(self) -> Iterator[PatternForm]:
        prefixes = "|".join(regex.escape(p) for p in self.subordinate_prefixes)
        for kind in self.kinds.values():
            for form in kind.collective:
                head, _, tail = form.match.partition("{sub}")
                pattern = regex.compile(f"^{regex.escape(head)}(?P<sub>{prefixes}){regex.escape(tail)}$")
                yield PatternForm(kind.id, form, pattern, (SUBORDINATE,))

    # Look-ups --------------------------------------------------------------------------------

    def official_name(self, region_id: str, kind_id: str) -> str | None:
        return self.official_names.get((region_id, kind_id))

    def forms(self) -> Iterator[str]:
        """Every literal form the registry knows (names, aliases, typos, phrases, short forms, stems)."""
        yield from self.literals


def _unique(entries: Iterable[Any], what: str) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for entry in entries:
        if entry.id in found:
            raise RegistryError(DEPARTMENTS_FILE, f"{what} {entry.id!r}", "id given twice")
        found[entry.id] = entry
    return found


def _template_regex(template: str) -> tuple[regex.Pattern[str], tuple[str, ...]]:
    parts: list[str] = []
    names: list[str] = []
    for literal, name, _, _ in string.Formatter().parse(template):
        parts.append(regex.escape(literal))
        if name is not None:
            if name in names:
                raise ValueError(f"placeholder {{{name}}} twice in {template!r}")
            names.append(name)
            parts.append(f"(?P<{name}>.+?)")
    return regex.compile("^" + "".join(parts) + "$"), tuple(names)


def _compile_roles(data: RolesFile) -> RolePhrases:
    roles_of: dict[str, tuple[Role, ...]] = {}
    pattern_roles: list[tuple[regex.Pattern[str], tuple[Role, ...]]] = []
    for index, entry in enumerate(data.phrase):
        for phrase in entry.phrases:
            if phrase in roles_of:
                raise RegistryError(ROLES_FILE, f"phrase #{index + 1}", f"{phrase!r} is given twice")
            roles_of[phrase] = entry.roles
        if entry.pattern:
            pattern_roles.append((regex.compile(entry.pattern), entry.roles))
    alternatives = [p.pattern for p, _ in pattern_roles] + [regex.escape(p) for p in sorted(roles_of, key=len, reverse=True)]
    unit = "(?:" + "|".join(alternatives) + ")"
    connectors = "|".join(regex.escape(c) for c in sorted(data.connectors, key=len, reverse=True))
    joined = f"(?:(?:{connectors})?{unit})*" if connectors else f"(?:{unit})*"
    ends = "|".join(regex.escape(s) for s in (*data.separators, "；", ";", "。", "（", "("))
    # Named groups of patterns may repeat inside the compound; the unit regex reads them.
    compound = regex.compile(f"{unit}{joined}(?=$|{ends})")
    return RolePhrases(
        unit=regex.compile(unit),
        compound=compound,
        roles_of=roles_of,
        pattern_roles=tuple(pattern_roles),
        list_prefixes=tuple(sorted(data.list_prefixes, key=len, reverse=True)),
        separators=data.separators,
        joiners=tuple(sorted(data.joiners, key=len, reverse=True)),
        etc_tails=tuple(sorted(data.etc_tails, key=len, reverse=True)),
        empty_markers=frozenset(data.empty_markers),
    )


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


def _parse(file: str, text: str, model: type[BaseModel]) -> Any:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RegistryError(file, None, f"not valid TOML: {error}") from error
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        raise RegistryError(file, _describe_location(raw, first["loc"]), first["msg"]) from error


def _describe_location(raw: Any, location: tuple[Any, ...]) -> str:
    """'central[12] (id='mohrss').typos' for a pydantic error location within the raw TOML."""
    parts: list[str] = []
    node = raw
    for step in location:
        if isinstance(step, int) and isinstance(node, list) and step < len(node):
            node = node[step]
            label = f"[{step + 1}]"
            if isinstance(node, dict) and ("id" in node or "match" in node):
                key = "id" if "id" in node else "match"
                label += f" ({key}={node[key]!r})"
            parts.append(label)
        elif isinstance(node, dict) and step in node:
            node = node[step]
            parts.append(f".{step}" if parts else str(step))
        else:
            parts.append(f".{step}" if parts else str(step))
    return "".join(parts) or "top level"


def build_registry(departments_text: str, regions_text: str, roles_text: str) -> Registry:
    """Validate and index the three data files given as text."""
    regions = _parse(REGIONS_FILE, regions_text, RegionsFile)
    departments = _parse(DEPARTMENTS_FILE, departments_text, DepartmentsFile)
    roles = _parse(ROLES_FILE, roles_text, RolesFile)
    return Registry(departments, Gazetteer(regions), roles)


def _read(name: str) -> str:
    try:
        return resources.files("pilotplans.data").joinpath(name).read_text("utf-8")
    except (FileNotFoundError, OSError) as error:
        raise RegistryError(name, None, f"cannot be read from the package: {error}") from error


@functools.cache
def load_registry() -> Registry:
    """The registry of the package's data files, read and validated once."""
    return build_registry(_read(DEPARTMENTS_FILE), _read(REGIONS_FILE), _read(ROLES_FILE))

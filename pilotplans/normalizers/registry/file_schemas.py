"""The schemas of the registry's data files as a whole, and of the entries the registry does not
keep as they are (provinces, areas, rounds, groups, scopes, role phrases …), pydantic models checked
when the files are read: only a change to a data file has them built (see :mod:`.load`); a start
that unpickles the registry imports :mod:`.files` alone, whose records (plain dataclasses, validated
here as the files' entries) the registry holds."""

# No ``from __future__ import annotations`` here: pydantic would turn every field's annotation
# string back into a type when the classes are built.

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from pilotplans.normalizers.models import BodyLevel, Role
from pilotplans.normalizers.registry.files import (
    _CODE,
    _REGION_ID,
    _SLUG,
    Central,
    Collective,
    Kind,
    LocalBody,
    NameParts,
    Relation,
    System,
    ZoneTypeEntry,
    compile_regex,
)


class _Model(BaseModel):
    # Built when a file is first validated, which only a change to the data files asks for.
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


# departments.toml ----------------------------------------------------------------------------


class OfficialName(_Model):
    region: str
    kind: str
    name: str


class SecondName(_Model):
    """A place whose body of one kind is its body of another, by a second name (上海市林业局 is 上海市绿化和市容管理局)."""

    region: str
    kind: str
    body: str
    note: str
    # the year the office took its second name (the year its reform is known by; the month often is not): a document
    # dated in an earlier year reads the kind's own body, one dated in that year the second name with a note saying so
    since: int | None = None


class Subordinate(_Model):
    """What makes a phrase stand for the places under the document's region (各市县, 各区（市）):
    a quantifier and a run of level words, or two level words; named areas may follow after 、."""

    quantifiers: tuple[str, ...]
    # quantifiers saying the places counted are run by places of a tier under the document's (市管县 in a province's
    # plan: the counties its cities run, not those the province runs itself)
    running_quantifiers: tuple[str, ...] = ()
    # the level words after a running quantifier that count county-level places (县 of 市管县, not 开发区 of 市管各开发区)
    running_counted: tuple[str, ...] = ()
    # numbers counting the places a document named before (四市人民政府): quantifiers of the phrase only, never
    # of a town's name (三河镇, 五里镇 are towns)
    counted: tuple[str, ...] = ()
    units: tuple[str, ...]
    # level words that name a tier only before one of these words, the words around them telling what they are
    # (街区办事处: a city's subdistricts by their offices; 街区管委会, 各街区 alone: street blocks, no tier)
    units_only_before: dict[str, tuple[str, ...]] = {}
    named_areas: tuple[str, ...] = ()
    # the lowest tier a level word can stand for (州: city; 市 may be a county-level city)
    unit_tiers: dict[str, Literal["province", "city", "county"]] = {}
    # the level words of the tier below a county (乡镇, 街道, 苏木): the towns and subdistricts, which have none of the
    # bodies a kind's ``tiers`` limits to the county and above (各乡镇人大常委会, 各乡镇政协)
    town_units: tuple[str, ...] = ()
    # the quarter words subdistricts are named by (城北, 城南: 北 and 南), telling a sibling subdistrict's name from a word
    quarter_words: tuple[str, ...] = ()
    # the kinds no town or subdistrict has (a standing committee of a congress, a CPPCC committee, and their offices)
    not_in_towns: tuple[str, ...] = ()
    # the ranks a zone is approved at, written before a zone's level word for the zones of that rank under the region
    # (国家级开发区管委: 威海 2022), quantifier or none; a rank names no one zone
    ranks: tuple[str, ...] = ()
    ranked_units: tuple[str, ...] = ()


class DepartmentsFile(_Model):
    subordinate: Subordinate
    names: NameParts
    central: tuple[Central, ...]
    relation: tuple[Relation, ...] = ()
    collective: tuple[Collective, ...] = ()
    local_body: tuple[LocalBody, ...] = ()
    system: tuple[System, ...] = ()
    kind: tuple[Kind, ...]
    official_name: tuple[OfficialName, ...] = ()
    second_name: tuple[SecondName, ...] = ()


# regions.toml --------------------------------------------------------------------------------


class ProvinceEntry(_Model):
    id: str = Field(pattern=_CODE)
    name: str
    short: str
    type: Literal["province", "autonomous_region", "municipality", "sar"]
    abbreviations: tuple[str, ...] = ()
    capital: str | None = None
    aliases: tuple[str, ...] = ()


class AreaEntry(_Model):
    """A state-level new area or another functional area, with the division that hosts it."""

    id: str = Field(pattern=_REGION_ID)
    name: str
    short: str | None = None
    aliases: tuple[str, ...] = ()
    type: Literal["new_area", "free_trade_zone", "free_trade_area", "development_zone", "hightech_zone", "bonded_zone"] = "new_area"
    province: str
    host: str | None = None
    code: str | None = Field(default=None, pattern=_CODE)
    code_basis: Literal["official", "host"]
    body_level: BodyLevel = "municipal"
    division: str | None = Field(default=None, pattern=_CODE)
    """The division (a district, a city) the area covers whole and whose government its committee is (青岛西海岸新区:
    黄岛区 全域, 黄岛区政府与西海岸新区管委整合): a plan of the area is that division's, at its level."""
    established: dt.date | None = None
    source: str | None = None

    @model_validator(mode="after")
    def _check_code(self) -> "AreaEntry":
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
    # the name the scope takes in a document of a tier whose places are of other kinds (a county's)
    tier_names: dict[Literal["province", "municipality", "city", "county"], str] = {}


class SuffixEntry(_Model):
    pattern: str
    kind: Literal["listed", "qualified"]

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        compile_regex(value)
        return value


class ListsEntry(_Model):
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[SuffixEntry, ...] = ()


class ShortNameRule(_Model):
    """A rule of short names (科尔沁左翼后旗 → 科左后旗): ``pattern`` matches a division's whole name,
    ``short`` makes the short name from its groups (\\1), within ``province`` only, for divisions of
    ``level`` (counties unless given)."""
    pattern: str
    short: str
    province: str
    level: Literal["prefecture", "county"] = "county"

    @model_validator(mode="after")
    def _compiles(self) -> "ShortNameRule":
        compile_regex(self.pattern)
        return self


class RegionsFile(_Model):
    provinces: tuple[ProvinceEntry, ...]
    city_abbreviations: dict[str, tuple[str, ...]] = {}
    aliases: dict[str, tuple[str, ...]] = {}
    short_name_rules: tuple[ShortNameRule, ...] = ()
    autonomous_words: tuple[str, ...] = ()
    autonomous_region_words: tuple[str, ...] = ()
    # the word ending a management area's name and the word it is written with in its short name (管理区 → 区)
    management_area_words: tuple[tuple[str, str], ...] = ()
    corps_prefixes: tuple[str, ...] = ()
    corps_cities: str = ""
    corps_division_offices: dict[str, str] = {}
    corps_city_markers: dict[str, str] = {}
    new_area: tuple[AreaEntry, ...] = ()
    zone_type: tuple[ZoneTypeEntry, ...] = ()
    area_words: tuple[str, ...] = ()
    # titles other than a committee's an area's governing body takes, each with the area words of the areas it governs
    area_administrations: dict[str, tuple[str, ...]] = {}
    # area words and sorts no place names one area by after its level word alone (县风景名胜区, 市开发园区)
    areas_not_named_by_level: tuple[str, ...] = ()
    # area words of areas that lie in a county and are never a city's (雾灵山自然保护区: 兴隆县's, or the province's)
    county_area_words: tuple[str, ...] = ()
    # ranks of an area written before its area word whose areas the province runs (长白山国家级自然保护区)
    province_area_ranks: tuple[str, ...] = ()
    # areas whose committee is a province's dispatched body over cities and counties: the area's name → the province
    province_areas: dict[str, str] = {}
    # areas a province named whose committee is a city's body: the area's name → the city
    city_areas: dict[str, str] = {}
    # areas two places set up together, named after both, whose committee one of them runs: the area's name → that place
    partnered_areas: dict[str, str] = {}
    # the partners' opening of each area two places set up together, which its short forms keep: the area's name → opening
    partnered_area_openings: dict[str, str] = {}
    # areas named after no division that a county-level place under a city runs: the area's name → the county
    county_areas: dict[str, str] = {}
    # the short names of the partner countries a park named after China and its partner writes after 中 (中德产业园)
    partner_country_words: tuple[str, ...] = ()
    round: tuple[RoundEntry, ...]
    group: tuple[GroupEntry, ...] = ()
    scope: tuple[ScopeEntry, ...]
    lists: ListsEntry = ListsEntry()


# roles.toml ----------------------------------------------------------------------------------


class PhraseEntry(_Model):
    roles: tuple[Role, ...] = Field(min_length=1)
    phrases: tuple[str, ...] = ()
    pattern: str | None = None

    @model_validator(mode="after")
    def _one_of(self) -> "PhraseEntry":
        if bool(self.phrases) == bool(self.pattern):
            raise ValueError("give either `phrases` or `pattern`")
        if self.pattern:
            compile_regex(self.pattern)
        return self


class RolesFile(_Model):
    connectors: tuple[str, ...] = ()
    manner: str | None = None
    restating: tuple[str, ...] = ()
    list_prefixes: tuple[str, ...] = ()
    with_words: tuple[str, ...] = ()
    separators: tuple[str, ...]
    joiners: tuple[str, ...] = ()
    sub_list_separators: tuple[str, ...] = ()
    back_references: tuple[str, ...] = ()
    wholes: dict[str, str] = {}
    etc_tails: tuple[str, ...] = ()
    etc_tail_levels: tuple[str, ...] = ()
    empty_markers: tuple[str, ...] = ()
    phrase: tuple[PhraseEntry, ...]

    @field_validator("manner")
    @classmethod
    def _manner_compiles(cls, value: str | None) -> str | None:
        if value is not None:
            compile_regex(value)
        return value

    @model_validator(mode="after")
    def _sub_lists_cut_lists(self) -> "RolesFile":
        stray = [s for s in self.sub_list_separators if s not in self.separators]
        if stray:
            raise ValueError(f"sub_list_separators must be separators too: {stray}")
        return self

    @model_validator(mode="after")
    def _restating_phrases_carry_out(self) -> "RolesFile":
        carrying = {p for entry in self.phrase if entry.roles == ("carry_out",) for p in entry.phrases}
        stray = [p for p in self.restating if p not in carrying]
        if stray:
            raise ValueError(f"restating phrases must be listed phrases of carry_out only: {stray}")
        return self

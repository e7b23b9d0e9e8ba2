"""The schemas of the registry's data files, checked by pydantic when they are read.

``departments.toml`` (central bodies, renamings, collectives, kinds of local body),
``regions.toml`` (provinces, new areas and functional areas, pilot rounds, group names, scope
phrases) and ``roles.toml`` (role phrases, list words). ``divisions.tsv`` (every division down to
county level) is generated and read by :mod:`.divisions`.
"""

# No ``from __future__ import annotations`` here: pydantic would turn every field's annotation
# string back into a type when the classes are built, about 2.4 ms of every start-up.

import datetime as dt
import string
from typing import Any, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from pilotplans.errors import PilotplansError
from pilotplans.normalizers.models import BodyLevel, Flag

DEPARTMENTS_FILE = "departments.toml"
REGIONS_FILE = "regions.toml"
ROLES_FILE = "roles.toml"
DIVISIONS_FILE = "divisions.tsv"

Tier = Literal["province", "municipality", "city", "county", "new_area", "zone", "municipal_county"]
"""A kind's tiers; ``municipal_county`` is a county-level unit of a municipality (北京's districts and
counties), used only where its body's title differs from other counties' (names, office)."""
PLACE_PLACEHOLDERS = frozenset({"province", "province_short", "city", "county", "county_place", "capital", "place", "area", "local"})
# {level_word}: the level word closing the place's name, one character (木兰县 → 县, 内蒙古自治区 → 区),
# for a title that names the place's level again (中共木兰县委全面依法治县委员会办公室).
TEMPLATE_PLACEHOLDERS = PLACE_PLACEHOLDERS | {"name", "stem", "office", "qualifier", "level_word"}
# {marker}: a level marker (省, 市, 县 …) written inside a short form rather than before it (团市委,
# 团县委): the form stands for the body of the document's place at the marker's tier.
MARKER = "marker"
# {local}: the name of a place that is no division (金陵, 两路寸滩, 禄口机场), optionally after a
# division (南京禄口机场); the body is the division's (the document's, if none is written), one
# of several of its kind there, told apart by that name.
LOCAL = "local"
SUBORDINATE = "sub"
# {system}: the name of the vertical system a kind's bodies belong to, in any of the forms that
# stand before the place (中国人民银行, 人民银行, 人行): see ``System``.
SYSTEM = "system"


#: The schemas of the files as a whole, and of their entries that the registry does not keep as they
#: are, live in :mod:`.file_schemas`: only validating the files (after a change to them) needs them,
#: not a start that unpickles the registry. Named here too, imported when first asked for.
_FILE_SCHEMAS = frozenset({
    "OfficialName", "Subordinate", "DepartmentsFile", "ProvinceEntry", "AreaEntry", "RoundEntry", "GroupEntry",
    "ScopeEntry", "SuffixEntry", "ListsEntry", "RegionsFile", "PhraseEntry", "RolesFile",
})


def __getattr__(name: str) -> Any:
    if name in _FILE_SCHEMAS:
        from pilotplans.normalizers.registry import file_schemas

        return getattr(file_schemas, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class RegistryError(PilotplansError):
    """A data file of the registry is missing, unreadable or inconsistent."""

    def __init__(self, file: str, entry: str | None, cause: str) -> None:
        self.file = file
        self.entry = entry
        self.cause = cause
        where = f"{file}: {entry}" if entry else file
        super().__init__(f"{where}: {cause}")


class _Model(BaseModel):
    # Built when a file is first validated, which only a change to the data files asks for: a
    # start-up unpickles the registry from its cache and needs these classes, not their validators.
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


_SLUG = r"^[a-z][a-z0-9-]*$"
_KIND_ID = r"^[a-z][a-z0-9_]*$"
_CODE = r"^\d{6}$"
_REGION_ID = r"^\d{6}(-[a-z][a-z0-9-]*)?$"


# departments.toml ----------------------------------------------------------------------------


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
    """Phrases naming an unspecified set of bodies; ``patterns`` are regular expressions for a
    family of such phrases (市直各有关单位, 县直有关部门, 区政府各部门), matched against the whole name,
    ``{level}`` in them any level word of the document's own place, ``{system}`` any vertical system's name
    (国家外汇管理局各分局)."""

    id: str = Field(pattern=_SLUG)
    name: str
    phrases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    note: str | None = None

    @model_validator(mode="after")
    def _some(self) -> "Collective":
        if not (self.phrases or self.patterns):
            raise ValueError("a collective needs `phrases` or `patterns`")
        for pattern in self.patterns:
            compile_regex(pattern.replace("{" + SYSTEM + "}", ""))  # {system} would read as a fuzzy match's bounds
        return self


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
    full: str | None = None

    @model_validator(mode="after")
    def _check_template(self) -> "FixedForm":
        _check_placeholders(self.match, frozenset({SYSTEM}), f"fixed form {self.match!r}")
        if self.full and _placeholders(self.full):
            raise ValueError(f"full {self.full!r} of a fixed form may not hold a placeholder")
        return self


class System(_Model):
    """A vertically managed system (the central bank, civil aviation, customs …): the central body
    at its head and the forms of its name that stand before the place in its branches' names
    (中国人民银行, 人民银行, 人行 + 上海 + 总部), the official one first; an empty form where the
    name may start with the place (中华人民共和国南京海关, 南京海关). A kind of the system writes
    ``{system}`` in its patterns and fixed forms for any of them, so that every branch word is
    read after every form of the name instead of each pair being listed."""

    id: str = Field(pattern=_SLUG)
    prefixes: tuple[str, ...] = Field(min_length=1)

    @field_validator("prefixes")
    @classmethod
    def _official_first(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value[0]:
            raise ValueError("the first prefix is the official name and may not be empty")
        if len(set(value)) != len(value):
            raise ValueError(f"prefix given twice in {list(value)}")
        return value


class Successor(_Model):
    kind: str
    date: dt.date


class Functions(_Model):
    """The functions a bureau's name lists, each as [written in full, …, its one-character
    abbreviation]: one or more full forms (广电 and 广播电视), the abbreviation last. ``required`` ones
    are in every name (the first opens it), ``optional`` ones any of which it may add."""

    required: tuple[tuple[str, ...], ...] = Field(min_length=1)
    optional: tuple[tuple[str, ...], ...] = ()

    @field_validator("required", "optional")
    @classmethod
    def _full_and_abbreviated(cls, value: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
        for function in value:
            if len(function) < 2 or len(function[-1]) != 1:
                raise ValueError(f"{list(function)}: a function is its full forms then its one-character abbreviation")
        return value


class Kind(_Model):
    """A kind of local body and how its bodies are named.

    A name is composed as [place][level marker][委 for a party body][人民政府 if ``infix``][stem]
    [office]: 杭州市 + 发展和改革 + 委员会, 市 + 发改 + 委, 市 + 委 + 宣传 + 部. ``stems`` are the
    function words (official first, then the standard short form and the usual abbreviations),
    ``office`` the office word per tier (委员会, 厅, 局, 办公室 …) and ``offices`` other office
    words met at any tier; ``forms`` are whole remainders that do not split into stem and office
    (中院, 人民政府); ``areas`` the types of functional area whose administrative committee the kind
    is (a 高新区's 管委会). ``patterns`` are templates for names that wrap the place (中国人民银行{city}市
    中心支行, {place}海关), ``short`` forms written without a place that carry a flag or a title of
    their own (省资规厅), ``bare`` function words in a list (发改、交通…等有关部门). ``hosts``
    limits the kind to the regions that have such a body (the nine regional branches of the central
    bank); ``derived = false`` keeps the naming rules from making other forms of the kind's stems
    (a commission's 委, 主管部门: a former body is not what 应急管理部门 names); ``numbered``
    kinds have several bodies in one place told apart by an ordinal (第一中级人民法院, 一中院).
    ``topics`` are the words that end the name of a body named after the task it was set up for
    ([place][topic][word]: 市 + 行政审批制度改革工作 + 领导小组办公室), several in one place, told
    apart by their topic; such a name is read only when no other kind's naming rules read it.
    ``system`` names the vertical system whose name patterns and fixed forms write as
    ``{system}`` ({system}{city}中心支行: 中国人民银行/人民银行/人行 + 厦门 + 中心支行). ``absent_in``
    names the provinces, or places inside one (gazetteer ids), where the kind has no bodies at all: there a
    mention of the kind is some other body and resolves to none (国家电网's companies in 南方电网's five
    provinces and in 蒙西's eight 盟市).
    ``titled_as_written`` are stems that places use as their body's own official word where the kind
    has several (数据局 since the 2023 reform, 大数据发展管理局): a name written in full with one of them
    is titled as written rather than with the kind's first stem.
    ``functions`` lists the functions a bureau of the kind joins under one name, whose stems are made
    from them (文化 + 旅游 [+ 广电, 体育, 新闻出版]: 文化旅游体育局, 文化广电体育和旅游局, 文广旅体局).
    ``joins`` names the kinds whose functions one merged bureau of this kind joins (科技和经信局: the
    science bureau's and the industry bureau's): its name is any stem of the one and any of the other,
    joined by a conjunction or by nothing, in either order (科技和经济信息化局, 工业信息化和科技局).
    ``topic_word`` is the word every one of the kind's ``topics`` stands for, where its bodies are told
    apart by the topic alone and are a county-level place's (城南街道办事处, 苏祠街道办, 城南街道: the
    subdistrict office 城南 of the county's 街道办事处). ``topic_kept`` are the openings of its topics that
    stay in the name that tells a body apart (a town's 镇, 乡, 苏木: 营盘镇 and 营盘镇人民政府 are one town
    government, 营盘镇, whose title is 营盘镇人民政府); ``topic_not`` the words a sort of body, not one body's
    name, ends with (专业镇, 小城镇: sorts of town), also before one of ``topic_not_joins`` (新型 + 城 + 镇).
    ``established`` is the date the first body of the kind was set up (a Party committee's science and
    technology office: the 2023 reform): a plan dated before it names no body of the kind, whatever
    its words say.
    """

    id: str = Field(pattern=_KIND_ID)
    label: str
    counterpart: str | tuple[str, ...] | None = None
    counterpart_basis: Literal["twin", "closest"] = "twin"
    branch: Literal["government", "party", "other"] = "government"
    infix: bool = False
    stems: tuple[str, ...] = ()
    office: dict[Tier, str] = {}
    offices: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    names: dict[Tier, str] = {}
    patterns: tuple[Form, ...] = ()
    short: tuple[Form, ...] = ()
    bare: tuple[Form, ...] = ()
    collective: tuple[Form, ...] = ()
    fixed: tuple[FixedForm, ...] = ()
    successor: Successor | None = None
    established: dt.date | None = None
    topic_word: str | None = None
    topic_kept: tuple[str, ...] = ()
    topic_not: tuple[str, ...] = ()
    topic_not_joins: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    numbered: bool = False
    system: str | None = None
    tiers: tuple[Tier, ...] = ()
    # the kind a place above ``tiers`` has in this one's stead, by its tier: a county's 法院 is its basic
    # court, a city's its intermediate court, a province's its high court (市法院 in 哈尔滨's list)
    above: dict[Tier, str] = {}
    derived: bool = True
    absent_in: tuple[str, ...] = ()
    titled_as_written: tuple[str, ...] = ()
    joins: tuple[str, ...] = ()
    functions: Functions | None = None
    note: str | None = None

    @property
    def counterparts(self) -> tuple[str, ...]:
        if self.counterpart is None:
            return ()
        return (self.counterpart,) if isinstance(self.counterpart, str) else self.counterpart

    @model_validator(mode="after")
    def _check_templates(self) -> "Kind":
        if self.stems and not (self.office or self.offices):
            raise ValueError("stems need an office word (`office` per tier or `offices`)")
        for tier, template in self.names.items():
            _check_placeholders(template, TEMPLATE_PLACEHOLDERS, f"names.{tier}")
        for form in self.patterns:
            found = _check_placeholders(form.match, PLACE_PLACEHOLDERS | {SYSTEM}, f"pattern {form.match!r}") - {SYSTEM}
            if not found:
                raise ValueError(f"pattern {form.match!r} names no place; put it under `short` or `fixed`")
            if form.full:
                _check_placeholders(form.full, TEMPLATE_PLACEHOLDERS, f"full {form.full!r}")
        for group, forms in (("short", self.short), ("bare", self.bare)):
            for form in forms:
                allowed = {MARKER} if group == "short" else set()
                if _placeholders(form.match) - allowed:
                    raise ValueError(f"{group} form {form.match!r} may hold no placeholder but {{marker}} (short forms)")
                if form.full:
                    _check_placeholders(form.full, TEMPLATE_PLACEHOLDERS, f"full {form.full!r}")
        for form in self.collective:
            if _placeholders(form.match) != {SUBORDINATE}:
                raise ValueError(f"collective form {form.match!r} must hold {{sub}} and nothing else")
        uses_system = any(SYSTEM in _placeholders(form.match) for form in (*self.patterns, *self.fixed))
        if uses_system and self.system is None:
            raise ValueError("a form holds {system} but the kind names no `system`")
        return self


class NameParts(_Model):
    """The words that compose local names: level markers, party and government infixes, office
    words, and the rules that make a stem's other written forms (see departments.toml [names])."""

    markers: dict[str, tuple[str, ...]]
    marker_places: dict[str, tuple[str, ...]] = {}
    """Level markers that stand only for a place whose name ends with one of the words given (地:
    地委 is a prefecture's (地区) committee, never a city's)."""
    dispatched_forms: tuple[str, ...] = ()
    """Forms of a body only a place ending with one of ``dispatched_places`` has (行署, 行政公署: the
    administrative office of a 地区 or 盟): written alone, the document's place if it is one, else the
    nearest one above it."""
    dispatched_places: tuple[str, ...] = ()
    autonomous_region_markers: dict[str, tuple[str, ...]] = {}
    """Level markers that, before one of the words given, stand for the autonomous region a document
    lies in (区党委: 自治区党委 in 日喀则's plan), whatever the document's own tier."""
    autonomous_region_places: tuple[str, ...] = ()
    """The words a province-level place's name ends with when it is an autonomous region (自治区), whose
    markers ``autonomous_region_markers`` reads."""
    collective_levels: tuple[str, ...] = ()
    """The level words a collective phrase opens with for the document's own place, ``{level}`` in the
    collectives' patterns (市直各单位, 县委各部门)."""
    stationed_openings: tuple[str, ...] = ()
    """Words before a place's name saying a collective's units are stationed there (驻鄂温克族自治旗有关单位)."""
    stationed_place_ends: tuple[str, ...] = ()
    """What follows a one-character place name after ``stationed_openings`` (驻张各单位, 驻市有关单位): before
    anything else the place is named by two characters (驻永德)."""
    level_area_words: tuple[str, ...] = ()
    """Words after a level marker for the area its level covers (县域, 市域): a topic, no marker of places."""
    list_quantifier: str = ""
    """The quantifier a list of collectives aligns its later parts on (州政府各部门、各单位: 州政府各单位)."""
    party: tuple[str, ...]
    party_prefix: tuple[str, ...]
    government: tuple[str, ...]
    government_short: dict[str, str] = {}
    """A government word's one-character short form, standing wherever the word opens a kind's form
    (政府 → 府: 县府办公室 as 县政府办公室)."""
    offices: dict[str, tuple[str, ...]]
    conjunction: tuple[str, ...] = ()
    commission: str | None = None
    clipped_before: tuple[str, ...] = ()
    not_clipped: tuple[str, ...] = ()
    ordinals: str | None = None
    not_places: tuple[str, ...] = ()
    deictics: tuple[str, ...] = ()
    """One-character words pointing at a place in hand (本, 该, 全): before a level word they name no town."""
    area_level_words: tuple[str, ...] = ()
    """Level words that after one character name a sort of area (山区, 库区), no place: no town's name ends so."""
    generic_names: tuple[str, ...] = ()
    generic_offices: tuple[str, ...] = ()
    own_openings: tuple[str, ...] = ()
    """Words an item of a list may open with that say whose body it is without a place (各, 有关,
    中共, 国家 …): such an item does not take the opening of the item before it."""
    district_offices: tuple[str, ...] = ()
    """Words closing the name of a city body's office in one of the city's districts, after the
    district's name (市规划和自然资源局盐田管理局, 市公安局盐田分局)."""
    branch_offices: tuple[str, ...] = ()
    """Office words any government department's branch in a district takes after its stem (区城管分局,
    东昌区市场监督管理分局): the district's body of the department's kind."""
    unit_words: tuple[str, ...] = ()
    """Words closing the name of a unit inside a body, after the body's full name (市公安局出入境管理支队):
    the unit is read as the body it belongs to, with a note."""
    landforms: tuple[str, ...] = ()
    """Words that close a mountain's or a lake's name: a county named after one (岳麓区 after 岳麓山)
    written by its short form before one of them is the landform's name, not the county."""
    zone_party: tuple[str, ...] = ()
    """Words after a zone's name that name its Party working committee (高新区党工委, 开发区工委)."""
    zone_department_offices: tuple[str, ...] = ()
    """Office words that close the name of a department of a zone's committee after the zone's
    name (高新区经济运行局: 局)."""
    zone_administrations: tuple[str, ...] = ()
    """Names after a zone's name of the body that runs it in place of a committee (开发区管理局), no
    department of it."""
    campaigns: dict[str, str] = {}
    """Campaigns a place runs through a task group, by the short form its bodies' names write (创文:
    创建文明城市), read as the topic they stand for."""
    campaign_offices: dict[str, str] = {}
    """Words after a campaign's short form that stand for its group's office or the group (办:
    工作领导小组办公室)."""

    @field_validator("ordinals")
    @classmethod
    def _ordinals_compile(cls, value: str | None) -> str | None:
        if value is not None:
            compile_regex(value)
        return value


class ZoneTypeEntry(_Model):
    """A kind of functional zone named after its host: {place}高新区 → the host's high-tech zone.
    ``system`` names the whole system its zones belong to, as written between a province and the
    host (江苏自贸区南京片区: 自贸区 is the system, 南京 the host, 片区 the form)."""

    id: str = Field(pattern=_SLUG)
    type: Literal["free_trade_area", "development_zone", "hightech_zone", "bonded_zone"]
    name: str
    forms: tuple[str, ...]
    system: tuple[str, ...] = ()


# helpers -------------------------------------------------------------------------------------


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _check_placeholders(template: str, allowed: frozenset[str], what: str) -> set[str]:
    found = _placeholders(template)
    unknown = found - allowed
    if unknown:
        raise ValueError(f"{what} uses unknown placeholder(s) {sorted(unknown)}")
    return found


def compile_regex(pattern: str) -> regex.Pattern[str]:
    try:
        return regex.compile(pattern)
    except regex.error as error:
        raise ValueError(f"bad regular expression {pattern!r}: {error}") from error

"""The records of the registry's data files that the registry keeps, checked by pydantic when the files are read.

``departments.toml`` (central bodies, renamings, collectives, kinds of local body),
``regions.toml`` (provinces, new areas and functional areas, pilot rounds, group names, scope
phrases) and ``roles.toml`` (role phrases, list words). ``divisions.tsv`` (every division down to
county level) is generated and read by :mod:`.divisions`.
"""

# The records are plain frozen dataclasses, not pydantic models: a start that unpickles the registry builds no
# pydantic class for them (some 39 million instructions of every start when they were models, deferred as they
# were). Pydantic validates them only when a data file is read (:func:`.load.build_registry`), reading each
# field's annotation (a string here, resolved then), its constraints (the ``metadata`` of its ``field``: pattern,
# min_length, alias, as ``pydantic.Field`` takes them), the checks of one field written in its annotation
# (``Annotated[…, _Checked(check)]``: a refusal names the field, as a field validator's did) and the checks of the
# whole record in ``__post_init__``, whose ValueError it reports as a model validator's.

from __future__ import annotations

import string
from dataclasses import dataclass, field
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, Literal

import regex

from pilotplans.errors import PilotplansError
from pilotplans.normalizers.models import Flag

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


#: The entries of departments.toml the registry keeps as they are (central bodies, kinds of local
#: body …) live in :mod:`.entries`: a start that unpickles the registry reads them only for a plan
#: naming a local body. Named here too, imported when first asked for.
_ENTRIES = frozenset({
    "Typo", "Central", "Relation", "Collective", "LocalBody", "FixedForm", "System", "Successor", "Functions", "Kind",
})


def __getattr__(name: str) -> Any:
    if name in _FILE_SCHEMAS:
        from pilotplans.normalizers.registry import file_schemas

        return getattr(file_schemas, name)
    if name in _ENTRIES:
        from pilotplans.normalizers.registry import entries

        return getattr(entries, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class RegistryError(PilotplansError):
    """A data file of the registry is missing, unreadable or inconsistent."""

    def __init__(self, file: str, entry: str | None, cause: str) -> None:
        self.file = file
        self.entry = entry
        self.cause = cause
        where = f"{file}: {entry}" if entry else file
        super().__init__(f"{where}: {cause}")


if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema


class _Record:
    """The base of the registry's records (each a frozen dataclass): pydantic's configuration for validating them
    from a data file, read by pydantic only then — a key no entry may hold is refused, as the file schemas refuse
    one, and a field with an alias (``from``) may be given by its name too."""

    __pydantic_config__ = {"extra": "forbid", "populate_by_name": True}


class _Checked:
    """A check of one field, written in the field's annotation (``Annotated[tuple[str, ...], _Checked(check)]``): pydantic
    runs ``check`` on the field's validated value when a data file is read, so that its refusal names the field
    (``system[1] (id='pboc').prefixes: Value error, …``), not only the entry as a check in ``__post_init__`` does."""

    def __init__(self, check: Callable[[Any], None]) -> None:
        self.check = check

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(self._checked, handler(source))

    def _checked(self, value: Any) -> Any:
        self.check(value)
        return value


_SLUG = r"^[a-z][a-z0-9-]*$"
_KIND_ID = r"^[a-z][a-z0-9_]*$"
_CODE = r"^\d{6}$"
_PROVINCE_CODE = r"\d{2}0000"
_REGION_ID = r"^\d{6}(-[a-z][a-z0-9-]*)?$"


# departments.toml ----------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Form(_Record):
    """A written form of a local kind: a template to match, with what it stands for (a data file may give it as the
    template alone)."""

    match: str
    full: str | None = None
    flag: Flag | None = None
    note: str | None = None
    # the tiers whose places the form names a body of (市银保监分局: a city's, the 分局 being a city's office), none
    # for every tier; a place of another tier has no body by this form
    tiers: tuple[Tier, ...] = ()
    # the provinces whose places the form names a body of the kind (园林绿化局: 北京's forestry body, its districts'
    # too), none for every province; a place of another province has no body of the kind by this form
    provinces: Annotated[tuple[str, ...], _Checked(_province_codes)] = ()
    # the body the form names outlived its kind: it keeps its name after the date the kind's bodies became their
    # successor's (人民银行上海总部, kept beside the 上海市分行 the 2023 reform set up)
    kept: bool = False

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        """Pydantic's schema of the form, taking a template given alone as the form's ``match``. The schema's
        reference (``ref``), by which every later field of forms in the same file is validated, is the one taking
        the template too, not the dataclass's own within it."""
        from pydantic_core import core_schema

        record = handler(source)
        ref = record.pop("ref", None)  # type: ignore[misc]
        schema = core_schema.no_info_before_validator_function(_form_from_string, record)
        if ref is not None:
            schema["ref"] = ref
        return schema


def _province_codes(codes: tuple[str, ...]) -> None:
    # a city's code, a name or a typo matches no place: the kind's body by the form would be unread everywhere
    wrong = [code for code in codes if not regex.fullmatch(_PROVINCE_CODE, code)]
    if wrong:
        raise ValueError(f"provinces {wrong} are no province codes (110000)")


def _form_from_string(value: Any) -> Any:
    return {"match": value} if isinstance(value, str) else value


@dataclass(frozen=True, kw_only=True)
class NameParts(_Record):
    """The words that compose local names: level markers, party and government infixes, office
    words, and the rules that make a stem's other written forms (see departments.toml [names])."""

    markers: dict[str, tuple[str, ...]]
    marker_places: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Level markers that stand only for a place whose name ends with one of the words given (地:
    地委 is a prefecture's (地区) committee, never a city's)."""
    dispatched_forms: tuple[str, ...] = ()
    """Forms of a body only a place ending with one of ``dispatched_places`` has (行署, 行政公署: the
    administrative office of a 地区 or 盟): written alone, the document's place if it is one, else the
    nearest one above it."""
    dispatched_places: tuple[str, ...] = ()
    autonomous_region_markers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Level markers that, before one of the words given, stand for the autonomous region a document
    lies in (区党委: 自治区党委 in 日喀则's plan), whatever the document's own tier."""
    autonomous_region_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Level markers that, before a name ending with one of the words given, stand for the autonomous
    region a document lies in (区商务厅: 厅 is a province-level department's form, which no district has)."""
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
    level_grade: str = ""
    """The grade word after a level marker before a field's department (市级自然资源主管部门): the level's body."""
    list_quantifier: str = ""
    """The quantifier a list of collectives aligns its later parts on (州政府各部门、各单位: 州政府各单位)."""
    party: tuple[str, ...]
    party_prefix: tuple[str, ...]
    government: tuple[str, ...]
    group_owner_words: tuple[str, ...] = ()
    """Words opening a task group's topic that say whose group it is, no part of its task (县人民政府森林防火指挥部:
    the county government's headquarters, the group 森林防火指挥部), as a Party committee's 委 does."""
    group_owner_offices: tuple[str, ...] = ()
    """Office words after which an owner word stays part of the task: the group is the office's (县人民政府办公室…领导小组)."""
    government_short: dict[str, str] = field(default_factory=dict)
    """A government word's one-character short form, standing wherever the word opens a kind's form
    (政府 → 府: 县府办公室 as 县政府办公室)."""
    offices: dict[str, tuple[str, ...]]
    conjunction: tuple[str, ...] = ()
    commission: str | None = None
    clipped_before: tuple[str, ...] = ()
    not_clipped: tuple[str, ...] = ()
    not_composed: tuple[str, ...] = ()
    """Remainders a kind's stems and office words make (after the place) that name a body of no kind: a government's
    committee for a field, chaired by its head, not the department of the field (应急委, 应急委员会: the emergency
    committee, not 应急管理局; a town's 综合行政执法委员会, not the city's urban management bureau)."""
    ordinals: Annotated[str | None, _Checked(_ordinals_compile)] = None
    not_places: tuple[str, ...] = ()
    deictics: tuple[str, ...] = ()
    """One-character words pointing at a place in hand (本, 该, 全): before a level word they name no town."""
    area_level_words: tuple[str, ...] = ()
    """Level words that after one character name a sort of area (山区, 库区), no place: no town's name ends so."""
    area_reference_words: tuple[str, ...] = ()
    """Words closing what stands before an area word that name an area by its part in a plan or count areas (试点园区,
    项目所在园区, 两个园区), no area's name: its committee is no one body."""
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
    government_safety_committees: dict[str, str] = field(default_factory=dict)
    """Names of the committees a government sets up for one field's safety (消防安全委员会), each with the kind of body
    it is: written right after a province's, prefecture's or county's full name or level marker and nothing else, the
    place's body of that kind (a task group titled as written); after a short name alone (a town's may be the same: 潞城),
    anything else (a school, a firm, a town, the congress) or bare, none."""
    zone_department_offices: tuple[str, ...] = ()
    """Office words that close the name of a department of a zone's committee after the zone's
    name (高新区经济运行局: 局)."""
    named_area_department_offices: tuple[str, ...] = ()
    """Of those, the office words that close a department's name after the name of an area nobody lists (普湾新区经济发展局:
    局); an office after such an area's name is as often the host's for the area (曲阜文化建设示范区推进办公室)."""
    zone_department_bare_offices: tuple[str, ...] = ()
    """Of those, the office words that close a zone committee's department written bare, with no zone's name (经济发展局,
    招商工作部): a government's, no other organisation's (部 and 办公室 close a company's too: 财务部, 集团办公室)."""
    institution_offices: tuple[str, ...] = ()
    """Office words of a public institution (中心): a body so named, by a kind whose standard office is another word
    (机关事务中心, a centre of the organs' affairs kind whose office is 局), is titled as written, never as the bureau."""
    zone_foreign_kinds: tuple[str, ...] = ()
    """Kinds whose body no zone's committee runs (power_supply_company): a name after a zone's that one of them reads
    (高新区供电局) is no department of the zone."""
    zone_foreign_offices: tuple[str, ...] = ()
    """Office words of vertical systems' bodies (海事局, 邮政局): after an area's name they name a body of the system
    serving the area, none of the area committee's departments."""
    zone_administrations: tuple[str, ...] = ()
    """Names after a zone's name of the body that runs it in place of a committee (开发区管理局), no
    department of it."""
    party_group_words: dict[str, str] = field(default_factory=dict)
    """Words closing a body's name that name its Party group (党组), each with the id word its group's id ends with."""
    party_group_kinds: tuple[str, ...] = ()
    """Kinds outside the government branch whose bodies set up a Party group (the government, the courts)."""
    party_group_title: str = "{body}"
    """A Party group's title, ``{body}`` the title of the body it leads."""
    unit_party_committee_words: dict[str, str] = field(default_factory=dict)
    """Words closing a military body's name that name its Party committee (党委), each with its id word."""
    unit_party_committee_kinds: tuple[str, ...] = ()
    """Kinds whose bodies, military units, are led by a Party committee of their own instead of a Party group."""
    unit_party_committee_title: str = "{body}"
    """A unit's Party committee's title, ``{body}`` the title of the unit it leads."""
    office_words: dict[str, str] = field(default_factory=dict)
    """Words closing a body's name that name the body's own general office (办公室), each with its id word."""
    central_title_openings: tuple[str, ...] = ()
    """Words opening a central body's full name that a group's title named after it leaves out (中华人民共和国教育部:
    中共教育部党组)."""
    stationed_group_words: dict[str, str] = field(default_factory=dict)
    """Words closing the name of a discipline inspection group stationed in a body (驻厅纪检监察组), each with its id word."""
    stationed_group_openings: tuple[str, ...] = ()
    """Words before the host body in a stationed group's name (驻, 派驻), the longest ending at the body taken."""
    stationed_group_title: str = "{body}"
    """A stationed group's title: ``{commission}`` the stationing commission's, ``{body}`` the host body's."""
    congress_committee_words: dict[str, str] = field(default_factory=dict)
    """Words closing the name of a people's congress's committee, each with the form it stands for in the committee's
    name (工委: 工作委员会) and whose committee it is (``standing`` or ``congress``) in ``congress_committee_hosts``."""
    congress_committee_hosts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """For each of ``standing`` and ``congress``: the local kind and the central body a committee belongs to."""
    congress_standing_committees: tuple[str, ...] = ()
    """Committees of the standing committee by statute whose names close as a special committee's (代表资格审查委员会)."""
    congress_committee_not_openings: tuple[str, ...] = ()
    """Openings of a stem that write the standing committee itself after 人大 (常务委员会, 常委), no committee of it."""
    congress_committee_short: dict[str, str] = field(default_factory=dict)
    """Short forms of a congress's committees whose stem is clipped (法工委: 法制工作委员会), by the full name."""
    party_commission_words: dict[str, str] = field(default_factory=dict)
    """Words closing the name of a Party committee's commission (委员会, 委), each with the form its name takes."""
    party_commission_central: tuple[str, ...] = ()
    """Words standing for the Party's Central Committee before a commission's name (中央全面依法治国委员会)."""
    no_commission_endings: tuple[str, ...] = ()
    """Endings that close several bodies' name though they end with 委 (部委: ministries and commissions)."""
    party_commission_short: dict[str, str] = field(default_factory=dict)
    """Short forms of a Party committee's commissions whose stem is clipped (深改委: 全面深化改革委员会), by the full name."""
    division_words: tuple[str, ...] = ()
    """Words closing the name of a division inside a body (法规处, 综合科, 支付结算司)."""
    no_division_endings: tuple[str, ...] = ()
    """Endings that close another name than a division's though they end with a division word (公司, 办公室)."""
    central_division_words: tuple[str, ...] = ()
    """Division words only a central body's divisions close with (司: 支付结算司), whose part shares no local opening."""
    division_clips: dict[str, str] = field(default_factory=dict)
    """A division's stem by the short form its divisions print (基础教育 → 基教: 基础教育处 goes by 基教处)."""
    part_not_openings: tuple[str, ...] = ()
    """Openings of a part's stem that name several or all of a body's parts, none by its name (各处室, 有关科室)."""
    all_sections: tuple[str, ...] = ()
    """Generic words for a body's sections (处室, 科室, 股室): the name of no one division, but all of them."""
    all_sections_openings: tuple[str, ...] = ()
    """Quantifiers before a generic section word that take in every section (各: 各科室), read as the body."""
    organs_words: tuple[str, ...] = ()
    """Words for a body's organs written after its name (机关 of 宁夏回族自治区商务厅机关): the body itself."""
    campaigns: dict[str, str] = field(default_factory=dict)
    """Campaigns a place runs through a task group, by the short form its bodies' names write (创文:
    创建文明城市), read as the topic they stand for."""
    campaign_offices: dict[str, str] = field(default_factory=dict)
    """Words after a campaign's short form that stand for its group's office or the group (办:
    工作领导小组办公室)."""


def _ordinals_compile(value: str | None) -> None:
    if value is not None:
        compile_regex(value)


@dataclass(frozen=True, kw_only=True)
class ZoneTypeEntry(_Record):
    """A kind of functional zone named after its host: {place}高新区 → the host's high-tech zone.
    ``system`` names the whole system its zones belong to, as written between a province and the
    host (江苏自贸区南京片区: 自贸区 is the system, 南京 the host, 片区 the form)."""

    id: str = field(metadata={"pattern": _SLUG})
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

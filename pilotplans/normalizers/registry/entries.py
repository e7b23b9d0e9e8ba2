"""The entries of ``departments.toml`` the registry keeps as they are read (central bodies,
renamings, collectives, one-of-a-kind local bodies, vertical systems, kinds of local body), checked
by pydantic when the file is validated.

They are apart from :mod:`.files` (imported from it on first use, under the same names) because a
start that unpickles the cached registry does not read them: the registry keeps them pickled apart
and reads them back only for a plan that names a local body (see ``Registry``). (When they were pydantic
models, building these fifteen-odd classes cost every such start some twenty million instructions; as
dataclasses they cost a few, and a plan naming no local body still reads neither them nor this module.)
"""

# Plain frozen dataclasses, as :mod:`.files`'s records are (see there): pydantic validates them from the data file,
# reading their annotations (a field's own check in them), their fields' ``metadata`` and their ``__post_init__``;
# reading them back builds no pydantic class.

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Annotated, Literal

from pilotplans.normalizers.models import BodyLevel
from pilotplans.normalizers.registry.files import (
    _KIND_ID,
    _REGION_ID,
    _SLUG,
    MARKER,
    PLACE_PLACEHOLDERS,
    SUBORDINATE,
    SYSTEM,
    TEMPLATE_PLACEHOLDERS,
    Form,
    Tier,
    _check_placeholders,
    _Checked,
    _placeholders,
    _Record,
    compile_regex,
)


@dataclass(frozen=True, kw_only=True)
class Typo(_Record):
    """A misspelling of a central body's name met in real documents (``text``), with what it is a slip for (``note``)."""

    text: str
    note: str


@dataclass(frozen=True, kw_only=True)
class Central(_Record):
    """A central body (ministry, commission, administration …): its official and full name, the aliases and typos
    documents write it by, its category, the body managing or hosting it, and the dates it was set up and abolished."""

    id: str = field(metadata={"pattern": _SLUG})
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


@dataclass(frozen=True, kw_only=True)
class Relation(_Record):
    """How one central body became another on ``date`` (renamed, merged into, replaced by, its functions moved to):
    ``source`` and ``target`` are ids (``from``/``to`` in departments.toml); ``follow`` says whether it is the one successor
    the old body's mentions are followed on to."""

    source: str = field(metadata={"alias": "from"})
    target: str = field(metadata={"alias": "to"})
    kind: Literal["renamed", "merged_into", "replaced_by", "functions_to"]
    date: dt.date
    follow: bool = True
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Collective(_Record):
    """Phrases naming an unspecified set of bodies; ``patterns`` are regular expressions for a
    family of such phrases (市直各有关单位, 县直有关部门, 区政府各部门), matched against the whole name,
    ``{level}`` in them any level word of the document's own place, ``{system}`` any vertical system's name
    (国家外汇管理局各分局). ``places_under``: the set is of bodies of the areas under the document's place
    (各管委会, the committees of its zones, as 各开发区管委会 is), not of the place's own bodies."""

    id: str = field(metadata={"pattern": _SLUG})
    name: str
    phrases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    places_under: bool = False
    note: str | None = None

    def __post_init__(self) -> None:
        if not (self.phrases or self.patterns):
            raise ValueError("a collective needs `phrases` or `patterns`")
        for pattern in self.patterns:
            compile_regex(pattern.replace("{" + SYSTEM + "}", ""))  # {system} would read as a fuzzy match's bounds


@dataclass(frozen=True, kw_only=True)
class LocalBody(_Record):
    """A one-of-a-kind local body. ``local_aliases`` are short forms read as the body only in a plan of its
    own region or a place under it, or in a plan of no place (a national one); elsewhere the same words
    may name another body (兵团 in a plan of 黑龙江 or 云南 may be that province's own 生产建设兵团)."""

    id: str = field(metadata={"pattern": _REGION_ID.rstrip("$") + r"-[a-z0-9-]+$"})
    name: str
    aliases: tuple[str, ...] = ()
    local_aliases: tuple[str, ...] = ()
    region: str
    counterpart: str | None = None
    level: BodyLevel | None = None
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class FixedForm(_Record):
    """A form naming one body in ``region``. ``kept``: that body outlived its kind and keeps its name after the date
    the kind's bodies became their successor's (人民银行上海总部 after the 2023 reform)."""

    match: str
    region: str
    full: str | None = None
    kept: bool = False

    def __post_init__(self) -> None:
        _check_placeholders(self.match, frozenset({SYSTEM}), f"fixed form {self.match!r}")
        if self.full and _placeholders(self.full):
            raise ValueError(f"full {self.full!r} of a fixed form may not hold a placeholder")


@dataclass(frozen=True, kw_only=True)
class System(_Record):
    """A vertically managed system (the central bank, civil aviation, customs …): the central body
    at its head and the forms of its name that stand before the place in its branches' names
    (中国人民银行, 人民银行, 人行 + 上海 + 总部), the official one first; an empty form where the
    name may start with the place (中华人民共和国南京海关, 南京海关). A kind of the system writes
    ``{system}`` in its patterns and fixed forms for any of them, so that every branch word is
    read after every form of the name instead of each pair being listed."""

    id: str = field(metadata={"pattern": _SLUG})
    prefixes: Annotated[tuple[str, ...], _Checked(_official_first)] = field(metadata={"min_length": 1})
    # The standard short forms of the system's branch words, each read wherever a pattern or fixed form ends
    # with the full word (人行重庆营管部 for 人民银行重庆营业管理部, 人行绵阳中支 for 人民银行绵阳中心支行), so that no
    # kind lists them: {full word: short form}.
    branch_short: dict[str, str] = field(default_factory=dict)


def _official_first(prefixes: tuple[str, ...]) -> None:
    if prefixes[:1] == ("",):
        raise ValueError("the first prefix is the official name and may not be empty")
    if len(set(prefixes)) != len(prefixes):
        raise ValueError(f"prefix given twice in {list(prefixes)}")


@dataclass(frozen=True, kw_only=True)
class PlaceDate(_Record):
    """The date one place (a gazetteer id), or every place under it, changed, with the page that shows it."""

    place: str
    date: dt.date
    evidence: str = field(metadata={"min_length": 1})


@dataclass(frozen=True, kw_only=True)
class Successor(_Record):
    """The kind a kind's bodies became on ``date``. ``in_province``: each became the body of the province its place
    lies in, not of the place itself (the central bank's regional branch named after its host city, 济南分行, became
    its host province's branch, 山东省分行, in 2023). ``basis`` says whose date ``date`` is where the kind's bodies
    changed on several dates the registry does not hold (the commission's, not each province's bureau's).
    ``tier_dates``: the date for the places of a tier that changed earlier or later than the others (the provinces'
    health and family planning departments merged in 2013–14, the cities' and counties' by 2016), ``date`` for the
    rest; ``basis`` says whose they are. ``place_dates``: the date a page shows for one place, or for every place under
    a province or a city, that changed on a day of its own (a county's social work department took the 两新工委's plate
    the day it was set up, before the end of the reform): a place's own date first, then its city's, then its
    province's, then its tier's."""

    kind: str
    date: dt.date
    tier_dates: dict[Tier, dt.date] = field(default_factory=dict)
    place_dates: tuple[PlaceDate, ...] = ()
    in_province: bool = False
    basis: str | None = None

    def on(self, tier: str, places: tuple[str, ...] = ()) -> dt.date:
        """The date the bodies of places of ``tier`` became the successor's; ``places`` are the place's id and
        those of the places above it, nearest first, whose own date (``place_dates``) comes before the tier's."""
        own = self.place_date(places)
        return own.date if own is not None else self.tier_dates.get(tier, self.date)  # type: ignore[call-overload]

    def place_date(self, places: tuple[str, ...]) -> PlaceDate | None:
        """The nearest of ``places`` (a place's id, then its city's and its province's) that has a date of its own."""
        return next((dated for place in places for dated in self.place_dates if dated.place == place), None)


@dataclass(frozen=True, kw_only=True)
class NamedPlace(_Record):
    """A place of a tier that has a body of a kind where only some places of that tier do (厦门市's 通信管理局), with
    the page or source that shows it."""

    place: str
    evidence: str = field(metadata={"min_length": 1})


@dataclass(frozen=True, kw_only=True)
class Functions(_Record):
    """The functions a bureau's name lists, each as [written in full, …, its one-character
    abbreviation]: one or more full forms (广电 and 广播电视), the abbreviation last. ``required`` ones
    are in every name (the first opens it), ``optional`` ones any of which it may add."""

    required: Annotated[tuple[tuple[str, ...], ...], _Checked(_full_and_abbreviated)] = field(metadata={"min_length": 1})
    optional: Annotated[tuple[tuple[str, ...], ...], _Checked(_full_and_abbreviated)] = ()


def _full_and_abbreviated(functions: tuple[tuple[str, ...], ...]) -> None:
    for function in functions:
        if len(function) < 2 or len(function[-1]) != 1:
            raise ValueError(f"{list(function)}: a function is its full forms then its one-character abbreviation")


@dataclass(frozen=True, kw_only=True)
class Kind(_Record):
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
    provinces and in 蒙西's eight 盟市). ``capital_short_unread`` kinds are named after a provincial capital's
    short name by the province's body and by the city's alike (南京博物院 is 江苏省's, 西安博物院 西安市's): written
    so, the name says neither, and stays unread with a note; with the city's marker (南京市博物院) it is the city's.
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
    ``topic_owners`` are the words that may stand between the place and the topic saying whose body it is, no part of
    the name that tells it apart (人民政府 of 天津市滨海新区人民政府杭州道街道办事处: the office its government sends out).
    ``places`` names, for a tier where only some places have a body of the kind, those places with the evidence for
    each (the ministry's 通信管理局 of the few cities that keep one); a place of that tier not named has none, and a
    mention of its body stays unread with a note rather than reading a bureau that does not exist.
    ``established`` is the date the first body of the kind was set up (a Party committee's science and
    technology office: the 2023 reform): a plan dated before it names no body of the kind, whatever
    its words say.
    """

    id: str = field(metadata={"pattern": _KIND_ID})
    label: str
    counterpart: str | tuple[str, ...] | None = None
    counterpart_basis: Literal["twin", "closest"] = "twin"
    branch: Literal["government", "party", "other"] = "government"
    infix: bool = False
    stems: tuple[str, ...] = ()
    office: dict[Tier, str] = field(default_factory=dict)
    offices: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    names: dict[Tier, str] = field(default_factory=dict)
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
    topic_owners: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    # the level of the kind's bodies where it is not their place's: a regional branch named after its host city serves
    # several provinces (人民银行济南分行: 山东、河南), a body above a province's and no city's
    body_level: BodyLevel | None = None
    numbered: bool = False
    system: str | None = None
    tiers: tuple[Tier, ...] = ()
    places: dict[Tier, tuple[NamedPlace, ...]] = field(default_factory=dict)
    # the kind a place above ``tiers`` has in this one's stead, by its tier: a county's 法院 is its basic
    # court, a city's its intermediate court, a province's its high court (市法院 in 哈尔滨's list)
    above: dict[Tier, str] = field(default_factory=dict)
    derived: bool = True
    absent_in: tuple[str, ...] = ()
    capital_short_unread: bool = False
    titled_as_written: tuple[str, ...] = ()
    joins: tuple[str, ...] = ()
    functions: Functions | None = None
    note: str | None = None

    @property
    def counterparts(self) -> tuple[str, ...]:
        if self.counterpart is None:
            return ()
        return (self.counterpart,) if isinstance(self.counterpart, str) else self.counterpart

    def __post_init__(self) -> None:
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
        for group, forms in (("bare", self.bare), ("collective", self.collective)):
            for form in forms:
                if form.tiers:
                    # the tiers are read for a form that writes its place, by name or by the level marker
                    raise ValueError(f"{group} form {form.match!r} may name no `tiers` (short and pattern forms)")
        for form in self.collective:
            if _placeholders(form.match) != {SUBORDINATE}:
                raise ValueError(f"collective form {form.match!r} must hold {{sub}} and nothing else")
        for tier, named in self.places.items():
            if self.tiers and tier not in self.tiers:
                raise ValueError(f"places are named for tier {tier!r}, which is not among the kind's `tiers`")
            if not named:
                raise ValueError(f"places for tier {tier!r} name none: leave the tier out")
        uses_system = any(SYSTEM in _placeholders(form.match) for form in (*self.patterns, *self.fixed))
        if uses_system and self.system is None:
            raise ValueError("a form holds {system} but the kind names no `system`")

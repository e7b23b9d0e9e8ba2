"""Values the body and region normalisers return: mentions, resolutions, contexts and scopes.

A :class:`Mention` is one name as a responsibility cell writes it, with the role phrase that
follows it; a :class:`Resolution` says which registered body (or collective, or place) that name
stands for; a :class:`RegionScope` says which pilot areas a list of places covers. The raw wording
is kept on every value beside what it was normalised to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

Role = Literal["lead", "carry_out", "policy", "support", "joint", "assist", "coordinate"]
ROLES: tuple[Role, ...] = ("lead", "carry_out", "policy", "support", "joint", "assist", "coordinate")

BodyLevel = Literal["central", "provincial", "municipal", "county", "other"]
ScopeKind = Literal["all", "listed", "qualified", "related", "subordinate", "none"]

# How a resolution was reached.
Via = Literal[
    "name",  # the registered short name
    "full_name",  # the official title of a central body
    "alias",  # another registered form of a central or one-of-a-kind local body
    "typo",  # a registered mistaken form
    "pattern",  # a local name that names its place (厦门海关, 成都市商务局, 杭州市发展和改革委员会)
    "short_form",  # a local name without its place, placed by the context (市商务局, 市发改委)
    "stem",  # a bare functional word in a list (发改、交通…等有关部门)
    "fixed",  # a kind's form that names one region's body outright (中国人民银行营业管理部)
    "collective",  # an unspecified set of bodies (有关部门, 各市县教育局)
    "scope",  # a place phrase such as 试点地区
    "region",  # a place named as an actor (陵水县)
    "unresolved",
]

# What a caller may want to warn about.
Flag = Literal[
    "typo",  # the form is a mistake in the source
    "old_name",  # the form names a body that had been renamed or merged by the document's date
    "abbreviation",  # an abbreviated local form (省资规厅)
    "variant",  # an irregular but understandable local form (省自然资源规划厅)
    "nonstandard",  # a form that does not match the body's naming (省银保监局)
    "anachronism",  # the body did not yet exist at the document's date
]

CellConvention = Literal["phrases", "lead_first"]


@dataclass(frozen=True)
class Context:
    """What a mention is read against: the document's region, level, date and pilot round.

    ``region`` is a gazetteer id (``"350200"`` for 厦门) or None for a national document;
    ``round`` a round id (``"service-trade-2020"``) or None. When ``date`` is unknown the first day
    of the round's year stands in for it (see :meth:`effective_date`). ``issuer`` is the document's
    issuing body as printed (安徽省交通运输厅), whose own office word names it in its notice to its own
    units (厅党组, 驻厅纪检监察组), or None.
    """

    region: str | None = None
    level: str = "central"
    date: dt.date | None = None
    round: str | None = None
    round_year: int | None = None
    issuer: str | None = None

    def effective_date(self) -> dt.date | None:
        if self.date is not None:
            return self.date
        if self.round_year is not None:
            return dt.date(self.round_year, 1, 1)
        return None

    def effective_year(self) -> int | None:
        """The year of :meth:`effective_date`, or None where the document has no date."""
        date = self.effective_date()
        return date.year if date is not None else None


@dataclass(frozen=True)
class Mention:
    """One name in a responsibility cell, with the role its group was given.

    ``text`` is the name as it stands once list words are taken off (``等``, ``等有关部门``, a
    bracketed qualifier); ``raw`` is the item exactly as written. ``side`` tells bodies from places.
    ``roles`` holds every role of the group's role phrase (牵头制订政策保障措施 → lead, policy) and
    ``role`` the first; ``role_phrase`` is the phrase as written, or None when the role came from
    the cell's column convention (``role_source == "convention"``), from the label of a labelled list
    (``"label"``: 牵头单位：X), or there was none. ``reads_as`` is the name ``text`` stands for where
    its list gives it the opening of the item before it (民政局 after 县教科局: 县民政局), else None.
    """

    text: str
    raw: str
    side: Literal["body", "region"]
    role: Role | None
    roles: tuple[Role, ...]
    role_phrase: str | None
    role_source: Literal["phrase", "convention", "label", "default", "none"]
    clause: int
    group: int
    position: int
    etc: bool = False
    etc_tail: str | None = None
    qualifier: str | None = None
    note: str | None = None
    reads_as: str | None = None
    mark: str | None = None  # a mark printed before or after the name (☆经信局, 经信局*), which a convention may say leads
    # why a place or area its list left as printed where the places beside it take the ending of the body after them
    # (江北新区 of 江北新区、南京市政府: an area its committee runs has no government), else None
    left_as_printed: str | None = None

    @property
    def name(self) -> str:
        """The name to resolve: what the list makes of the text, else the text."""
        return self.reads_as or self.text


#: What the id of one kind's bodies in every place under a region holds between the two
#: (:func:`subordinate_id`).
SUBORDINATE_ID = "-subordinate-"


def subordinate_id(region: str, kind: str) -> str:
    """The id of the bodies of ``kind`` in every place under ``region`` (各区财政局 in 宁波's plan:
    ``330200-subordinate-finance_bureau``)."""
    return f"{region}{SUBORDINATE_ID}{kind}"


@dataclass(frozen=True)
class Resolution:
    """What a written name stands for.

    ``id`` is the registry id (a central slug such as ``mofcom``, a local id such as
    ``350200-commerce_bureau``, a collective id, a scope id or a gazetteer id when ``via`` is
    ``"region"``); None when unresolved, in which case ``suggestions`` lists near registered
    names. ``written_id`` is the body the written name belongs to when a successor was put in its
    place (银保监会 in a 2024 document → ``nfra``, written ``cbirc``). ``counterparts`` lists every
    central body a local one answers to (``counterpart_id`` is the first): a market-regulation
    bureau that is also the city's IP office answers to 市场监管总局 and 知识产权局; a part of a body
    (``body_parts``: 市商务局法规处) answers to its body's, a part of a central body (人民银行支付结算司) to
    that body.
    ``counterpart_basis`` is ``closest`` when no central body has the same function and the one
    given is the nearest the registry documents (市行政审批局 → 国务院办公厅).
    """

    raw: str
    id: str | None
    name: str | None = None
    full_name: str | None = None
    level: BodyLevel | None = None
    counterpart_id: str | None = None
    counterpart_name: str | None = None
    region: str | None = None
    kind: str | None = None
    via: Via = "unresolved"
    flags: tuple[Flag, ...] = ()
    notes: tuple[str, ...] = ()
    written_id: str | None = None
    collective: bool = False
    suggestions: tuple[str, ...] = ()
    counterparts: tuple[str, ...] = ()
    counterpart_basis: Literal["twin", "closest"] | None = None

    @property
    def resolved(self) -> bool:
        return self.id is not None

    @property
    def is_alias(self) -> bool:
        return self.via in ("alias", "full_name")

    @property
    def is_typo(self) -> bool:
        return "typo" in self.flags

    @property
    def is_old_name(self) -> bool:
        return "old_name" in self.flags


@dataclass(frozen=True)
class RegionScope:
    """The pilot areas a place phrase or list covers.

    ``kind``: ``all`` (every area of the round), ``listed`` (named areas or groups), ``qualified``
    (具备条件的试点地区; or candidates among a list, 中有意愿的其他省市), ``related`` (an unnamed
    subset: 有关试点地区, 有关省（自治区、直辖市）), ``subordinate`` (市县 under the document's
    region) or ``none``. ``areas`` are gazetteer ids in written order, each once; ``duplicates``
    the names written more than once with their counts; ``outside_round`` the listed areas that are
    not members of the round; ``group_pilot_areas`` gives, for each group named, the round's
    areas that lie within it (京津冀 in the 2020 round → 北京, 天津, 石家庄, 雄安新区).
    """

    raw: str
    kind: ScopeKind
    areas: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    duplicates: tuple[tuple[str, int], ...] = ()
    unresolved: tuple[str, ...] = ()
    open_list: bool = False
    notes: tuple[str, ...] = ()
    round: str | None = None
    outside_round: tuple[str, ...] = ()
    group_pilot_areas: tuple[tuple[str, tuple[str, ...]], ...] = ()

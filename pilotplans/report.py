"""Summaries across stored documents: who is named how often, which areas, what did not resolve."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from pilotplans.normalizers.models import Role
from pilotplans.schema.models import Document

_UNRESOLVED_CODES = ("department_unresolved", "region_unresolved")

#: The roles of the body a measure is owned by: it leads it (牵头) or carries it out (负责推进, a 责任单位 with no
#: lead named); the others support, assist, coordinate, give the policy or act jointly.
LEADING_ROLES: frozenset[Role] = frozenset({"lead", "carry_out"})

#: The column of a local plan naming the central bodies it reports to (上级部门), not its own.
SUPERIOR = "superior"

#: How ``department_summary`` orders the bodies: most mentioned first, or most measures led first.
BodyOrder = Literal["mentions", "led"]

#: What kind of party an owner is: a ``body`` the registry names (or a name resolving to none, taken for one), an
#: unnamed ``collective`` of bodies (有关部门, 联席会议成员单位), or ``places`` named as a party (试点地区, 市县: the
#: pilot areas or the localities carry the measure out, none of their departments named).
Party = Literal["body", "collective", "places"]
#: The party of an owner by how its name resolved (:attr:`pilotplans.schema.models.DepartmentLink.via`): a collective
#: phrase; a scope phrase of the gazetteer naming places (试点地区, 市县); or a place or group of places named by
#: itself (浦东新区, 各省（区、市）: ``region``, which the resolver never takes for a body either); any other
#: resolution is a body's.
PARTY_OF_RESOLUTION: dict[str, Party] = {"collective": "collective", "scope": "places", "region": "places"}
#: The order of the parties in every listing: the departments first, whatever the order asked, then the rest.
PARTIES: tuple[Party, ...] = ("body", "collective", "places")


@dataclass
class BodySummary:
    """A body named by the measures of the report: its mentions and the measures it leads or carries out."""

    id: str | None
    name: str
    level: str | None
    counterpart: str | None
    party: Party = "body"
    mentions: int = 0
    measures: set[tuple[str, int]] = field(default_factory=set)
    led: set[tuple[str, int]] = field(default_factory=set)
    """The measures it leads or carries out (:data:`LEADING_ROLES`), of ``measures``."""
    documents: set[str] = field(default_factory=set)
    roles: Counter[str] = field(default_factory=Counter)
    written: Counter[str] = field(default_factory=Counter)


@dataclass
class RegionSummary:
    """A place named by the measures of the report: its measures and documents."""

    id: str
    name: str
    measures: int = 0
    listed: int = 0
    documents: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Unresolved:
    """A name of a body the report could not resolve, with the measure naming it and why."""

    document: str
    measure: str
    kind: str
    message: str


def _apart(in_superior_column: bool, superior: bool, unresolved_only: bool) -> bool:
    """Whether a mention is left out of the list asked for: with ``superior`` every one outside the 上级部门 column;
    else those in it — unless only the names resolving to none are asked for, which are to be mended in the registry
    whatever column names them (a misspelt ministry in 厦门's 上级部门 column is one)."""
    if superior:
        return not in_superior_column
    return in_superior_column and not unresolved_only


def department_summary(documents: Iterable[Document], unresolved_only: bool = False, *,
                       counterpart: str | None = None, order: BodyOrder = "mentions",
                       superior: bool = False) -> list[BodySummary]:
    """Every body the documents name as owners of their measures (or only the names that resolve to none; or only the
    local bodies whose central counterpart is the body of registry id ``counterpart``), most named first — or,
    ``order="led"``, most measures led first, then most named. The central bodies a local plan names in its 上级部门
    column (厦门's 上级制定政策保障措施或支持和指导部门: the ministries it reports to) are none of its own: they are
    counted apart, and listed alone with ``superior``; the names resolving to none are listed from every column. In
    either order the bodies come first, then the unnamed collectives of bodies, then the places named as a party
    (:data:`PARTIES`): 试点地区, carrying out 110 national measures, is no department leading most of them."""
    bodies: dict[str, BodySummary] = {}
    for document in documents:
        for measure in document.measures:
            for link in measure.departments:
                if (unresolved_only and link.id is not None) or (counterpart is not None and link.counterpart != counterpart) \
                        or _apart(link.column == SUPERIOR, superior, unresolved_only):
                    continue
                key = link.id or f"raw:{link.raw}"
                summary = bodies.setdefault(key, BodySummary(id=link.id, name=link.name or link.raw, level=link.level,
                                                             counterpart=link.counterpart_name,
                                                             party=PARTY_OF_RESOLUTION.get(link.via, "body")))
                summary.mentions += 1
                summary.measures.add((document.id, measure.position))
                if link.role in LEADING_ROLES:
                    summary.led.add((document.id, measure.position))
                summary.documents.add(document.id)
                summary.roles[link.role or "none"] += 1
                summary.written[link.raw] += 1
    if order == "led":
        return sorted(bodies.values(), key=lambda b: (PARTIES.index(b.party), -len(b.led), -b.mentions, b.name))
    return sorted(bodies.values(), key=lambda b: (PARTIES.index(b.party), -b.mentions, b.name))


def region_summary(documents: Iterable[Document]) -> list[RegionSummary]:
    """Every pilot area the measures apply to, with how many measures name it explicitly."""
    regions: dict[str, RegionSummary] = {}
    for document in documents:
        for measure in document.measures:
            for link in measure.regions:
                if link.id is None:
                    continue
                summary = regions.setdefault(link.id, RegionSummary(id=link.id, name=link.name or link.raw))
                summary.measures += 1
                summary.listed += measure.scope_kind == "listed"
                summary.documents.add(document.id)
    return sorted(regions.values(), key=lambda r: (-r.measures, r.id))


def unresolved_mentions(documents: Iterable[Document]) -> list[Unresolved]:
    """Every department or region mention that resolves to no registry body or gazetteer place."""
    found = []
    for document in documents:
        for measure in document.measures:
            label = measure.number_raw or f"#{measure.position}"
            for warning in measure.warnings:
                if warning.code in _UNRESOLVED_CODES:
                    found.append(Unresolved(document.id, label, warning.code.split("_")[0], warning.message))
        for warning in document.warnings:
            if warning.code == "region_unknown":
                found.append(Unresolved(document.id, "", "region", warning.message))
    return found

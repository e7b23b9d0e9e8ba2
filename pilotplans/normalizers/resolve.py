"""Resolving written names of bodies and places against the registry and the gazetteer.

:func:`resolve_body` turns one written name (商务部, 市商务局, 海南银保监局, 有关部门) into a
:class:`Resolution`; :func:`resolve_regions` turns a list of places (北京、深圳等试点地区,
试点地区, 具备条件的试点地区) into a :class:`RegionScope`. Every function takes the registry as
its last argument (the package's own by default) and is a pure function of its arguments.

A body's name is tried, in order, as a registered form (商务部, 有关部门, 省资规厅), a place
phrase, a template that wraps a place (中国人民银行{city}市中心支行, {place}海关, {local}海关), a
composed local name ([place][marker][委][人民政府][stem][office], :mod:`.local_names`), a collective
(各市县教育局), and finally without a bracketed second name or a closing 等. A body that is one of
several of its kind in its place (金陵海关, 西安曲江新区管委会, 北京市第一中级人民法院) gets the
id ``<region id>-<kind>-<the name that tells it apart>``.
"""

from __future__ import annotations

import datetime as dt
import functools
import string
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pilotplans import patterns
from pilotplans.normalizers.body_groups import ending_word, own_office, party_group, stationed_group, unit_party_committee
from pilotplans.normalizers.body_parts import congress_committee, congress_committee_office, division, party_commission
from pilotplans.normalizers.local_names import (
    _ZONE_DEPARTMENT,
    PLACE_FROM_DOCUMENT,
    former_name_reading,
    leaves_place_out,
    alias_and_short_name_elsewhere,
    office_of_no_place_here,
    office_s_province,
    patterns_marker_written_again,
    read_district_office,
    read_local_name,
    read_local_place,
    dispatched_region,
    kind_word,
    region_left_out,
    tier_above,
    unnamed_administration_note,
    zone_foreign,
)
from pilotplans.normalizers.models import (
    BodyLevel,
    Context,
    Flag,
    SUBORDINATE_ID,
    RegionScope,
    Resolution,
    ScopeKind,
    Via,
    subordinate_id,
)
from pilotplans.normalizers.registry.gazetteer import PilotRound
from pilotplans.normalizers.registry import (
    LOCAL,
    Form,
    Gazetteer,
    LiteralForm,
    PatternForm,
    PlaceMatch,
    Region,
    Registry,
    load_registry,
)
from pilotplans.normalizers.segment import (
    find_role_groups,
    normalise,
    split_clauses,
    split_items,
    split_top,
    strip_etc,
    strip_prefix,
    strip_qualifier,
    strip_term,
)
from pilotplans.textutil import longest_first

if TYPE_CHECKING:  # a kind's class, built only where the registry reads its kinds
    from pilotplans.normalizers.registry.entries import Kind

_NATIONAL = Context()
# What a zone's name ends with, and the word its administrative committee adds (嘉鱼经济开发区管委会).
_ZONE_END = "区"
_COMMITTEE = "管委会"
# A bracket inside a name (杭州高新开发区（滨江）管委会: the zone's other name, the district it shares).
_INSIDE_BRACKET = patterns.compiled(r"（([^（）]+)）")


def _bracketed_place_elsewhere(registry: Registry, bracketed: str, context: Context) -> str | None:
    """The province of the place ``bracketed`` inside a name names, where it is another than the document's (重庆 of
    中新（重庆）产业园管委会 in 天津's plan); None where the bracket names no place, a place of the document's province
    (滨江 of 杭州高新开发区（滨江）管委会, 长春 of 中韩（长春）国际合作示范区管委会 in 吉林's plan), or the document has no
    place (a national plan names every province's bodies)."""
    if context.region is None:
        return None
    gazetteer = registry.gazetteer
    place = gazetteer.find_place(bracketed, context.region)
    if place is None or place.region is None or place.former:
        return None
    own = gazetteer.region(context.region).province
    if not own or place.region.province == own:
        return None
    return gazetteer.region(place.region.province).name


def _bracketed_place_below(registry: Registry, bracketed: str, context: Context) -> str | None:
    """The id of the place ``bracketed`` inside a name names, where it lies under the document's place (长春 of
    中韩（长春）国际合作示范区管委会 in 吉林's plan); None where the bracket names no place, the document's own (重庆 of
    中新（重庆）产业园管委会 in 重庆's plan), one outside it, or the document has no place."""
    if context.region is None:
        return None
    place = registry.gazetteer.find_place(bracketed, context.region)
    if place is None or place.region is None or place.former or place.region.id == context.region:
        return None
    return place.region.id if context.region in registry.gazetteer.ancestors(place.region.id) else None


def pilot_round(programme: str | None, round: str | int | None, registry: Registry | None = None) -> PilotRound | None:
    """The pilot round a document's ``programme`` and ``round`` (a round id or a year) name; ``None``
    where they name none the gazetteer holds (no round of that year, or several). A year with a
    programme names that programme's round only: 2020 of service-opening is no round, though
    service-trade has one that year. :func:`make_context` reads a round so, whoever calls it."""
    if round is None:
        return None
    gazetteer = (registry or load_registry()).gazetteer
    if programme is not None and str(round).isdigit():
        return gazetteer.rounds.get(f"{programme}-{round}")
    try:
        return gazetteer.round(round)
    except KeyError:
        return None


def make_context(
    region: str | None = None,
    level: str = "central",
    date: dt.date | None = None,
    programme: str | None = None,
    round: str | int | None = None,
    registry: Registry | None = None,
    issuer: str | None = None,
) -> Context:
    """A :class:`Context` from a document's metadata: ``region`` may be a gazetteer id or a place name
    (厦门), also a name the place went by before that no place bears now (肥乡县, a district since 2016, in
    its notices of 2015),
    ``round`` a round id or a year, read as :func:`pilot_round` reads it (with a ``programme``, a year names that
    programme's round only; a round the gazetteer does not hold is no round: the caller that must tell it, as
    :func:`pilotplans.normalizers.links.document_context` does, asks :func:`pilot_round` first),
    ``level`` the context's word or the document's (``national`` is ``central``), ``issuer`` the issuing body as
    printed (its own office word stands for it: 厅党组 in 安徽省交通运输厅's notice)."""
    gazetteer = (registry or load_registry()).gazetteer
    region_id = None
    if region is not None:
        found = written_region(gazetteer, region, date)
        if found is None:
            raise KeyError(_region_refused(gazetteer, region))
        region_id = found.id
    held = pilot_round(programme, round, registry)
    return Context(
        region=region_id,
        level="central" if level == "national" else level,
        date=date,
        round=held.id if held else None,
        round_year=held.year if held else None,
        issuer=issuer or None,
    )


def written_region(gazetteer: Gazetteer, region: str, date: dt.date | None = None) -> Region | None:
    """The place a document's ``region`` names, as :func:`make_context` reads it: a gazetteer id, a place's name (厦门),
    or a name the place went by that no place bears now (肥乡县); at the document's ``date``, a prefecture given up
    since that bore the name in full when no division in use did (巢湖市 in 2009: 341400, not the 340181 so called since
    2011); None where it names none, or several (河东区)."""
    if region in gazetteer.abolished:
        return gazetteer.region(region)
    given_up = gazetteer.given_up(region, date.year) if date is not None else None
    if given_up is not None:
        return given_up
    found = gazetteer.regions.get(region) or gazetteer.lookup_written(region)
    if found is None and not gazetteer.candidates(region):
        # a name the place went by, where no place bears it now (郊区, several districts' now, names none)
        former = gazetteer.former(region)
        found = former[0] if former is not None else None
    return found


def _region_refused(gazetteer: Gazetteer, region: str) -> str:
    """Why a context's region places nothing: several places bear the name (河东区 is 天津's and 临沂's; write it
    with the place above it, 天津市河东区), or none does."""
    bearing = gazetteer.candidates(region)
    if len(bearing) > 1:
        names = "、".join(gazetteer.region(r.parent).name + r.name if r.parent else r.name for r in bearing)
        return f"{region!r} names several places of the gazetteer ({names}): write it with the place above it"
    return f"{region!r} is not a place of the gazetteer"


# ---------------------------------------------------------------------------------------------
# Recognition (is this a name at all?)
# ---------------------------------------------------------------------------------------------


def recognise(text: str, registry: Registry | None = None) -> bool:
    """Whether ``text`` is a name the registry or gazetteer knows, whatever the document."""
    return _recognise(registry or load_registry(), normalise(text))


@functools.lru_cache(maxsize=16384)
def _recognise(registry: Registry, text: str) -> bool:
    if not text:
        return False
    if text in registry.literals or registry.gazetteer.find_place(text) or _collective_phrase(registry, text):
        return True
    if _places_under(registry, text) is not None:
        return True
    if _match_pattern(registry, text, _NATIONAL) or _match_collective(registry, text):
        return True
    if read_local_name(registry, text, _NATIONAL) is not None:
        return True
    core, tail = strip_etc(text, registry.roles.etc_tails)
    if tail is not None and core != text and _recognise(registry, core):
        return True
    core, qualifier = strip_qualifier(text)
    return qualifier is not None and _recognise(registry, core)


def names_a_body_alone(text: str, registry: Registry | None = None) -> bool:
    """Whether ``text`` names a body or place on its own: what :func:`recognise` knows, or a local
    name whose place is a bare level marker (市财政局), which only a document's place completes."""
    return _names_alone(registry or load_registry(), normalise(text))


@functools.lru_cache(maxsize=16384)
def _names_alone(registry: Registry, text: str) -> bool:
    return _recognise(registry, text) or leaves_place_out(registry, text)


def heads_organs_named_after_it(text: str, registry: Registry | None = None) -> bool:
    """Whether ``text`` names a place's Party committee or government (市委, 县政府, 淮南市人民政府): the bodies
    whose organs a list writes after their name with the level word again (市委市直机关工委, the committee's working
    committee of the city's organs; 市委市政府办公室, the two's joint office), so a name after theirs may be their
    organ's, no second body of a list."""
    return _heads_organs(registry or load_registry(), normalise(text))


@functools.lru_cache(maxsize=4096)
def _heads_organs(registry: Registry, text: str) -> bool:
    heads = {_PARTY_COMMITTEE, *_PLACE_GOVERNMENTS}
    if any(text.startswith(marker) and any(form.kind in heads for form in registry.compose.get(text[len(marker):], ()))
           for marker, _ in registry.markers):
        return True
    return _resolved(registry, text, _NATIONAL, False).kind in heads


def is_exact_name(text: str, registry: Registry | None = None) -> bool:
    """Whether ``text`` as it stands (nothing taken off) is a registered form or a place."""
    registry = registry or load_registry()
    text = normalise(text)
    return bool(text in registry.literals or registry.gazetteer.find_place(text) or _collective_phrase(registry, text)
                or _match_pattern(registry, text, _NATIONAL) or _two_names(registry, text))


def _two_names(registry: Registry, text: str) -> bool:
    """Whether ``text`` is one local body written with its second name in brackets (市市场监督管理局
    （市知识产权局）): both names are local names of the same kind of place."""
    core, qualifier = strip_qualifier(text)
    if qualifier is None:
        return False
    first, second = (read_local_name(registry, t, _NATIONAL) or _short_only(registry, t) for t in (core, qualifier))
    return first is not None and second is not None


def _short_only(registry: Registry, text: str) -> bool | None:
    """A local name that leaves its place out (市知识产权局) counts as a name here."""
    return True if leaves_place_out(registry, text) else None


def is_place(text: str, registry: Registry | None = None) -> bool:
    """Whether ``text`` names a place, a group of places or a scope phrase (试点地区, 各县（市）)."""
    return _is_place(registry or load_registry(), normalise(text))


@functools.lru_cache(maxsize=16384)
def _is_place(registry: Registry, text: str) -> bool:
    return registry.gazetteer.find_place(text) is not None or _places_under(registry, text) is not None


def _places_under(registry: Registry, text: str, context: Context = _NATIONAL) -> PlaceMatch | None:
    """A phrase of the places under the region standing alone (各县（市）, 各乡镇, 各区县): the scope
    of those places, as the registered 各市县 is; None where a level word in it is the document's own
    place's or above it (地县 in a prefecture's plan: the prefecture and its counties, not places under it)."""
    if not registry.subordinate.fullmatch(text):
        return None
    if text.startswith(registry.subordinate_counted):
        # a number counts places named before (两区, 三县), which the phrase alone leaves unnamed: no scope of them
        # all (两区 in 北京's plans are its two zones); with a body after it (四市人民政府) it is still a collective
        return None
    if context.region is not None and _levels_at_or_above(registry, text, registry.gazetteer.region(context.region)):
        return None
    scope = next((s for s in registry.gazetteer.scopes.values() if s.kind == "subordinate"), None)
    return PlaceMatch("scope", scope.id, scope.name, scope=scope) if scope is not None else None


# ---------------------------------------------------------------------------------------------
# Bodies
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _LocalMatch:
    """A local body's kind matched by one of its forms, with the place it names and the qualifier before it."""

    kind: str
    form: Form
    region: Region | None
    qualifier: str | None = None


def resolve_body(mention: str, context: Context | None = None, registry: Registry | None = None, *,
                 suggest: bool = True) -> Resolution:
    """What a written name of a body stands for in a document of ``context``.

    Central names, aliases and typos resolve to the central body; with a date (or a round) a
    body renamed or merged by then resolves to its successor (flag ``old_name``, ``written_id``
    the body written). Local names resolve to ``<region id>-<kind>`` with the region read from
    the name (厦门海关, 杭州市发展和改革委员会) or, for names that leave it out (市商务局), from
    ``context.region``. Unresolvable names keep ``raw`` with ``id`` None and the nearest
    registered names as suggestions, unless ``suggest`` is False: a caller reading only whether and to
    what a name resolves (a tier, a level) spares the fuzzy search over every registered name (and
    rapidfuzz's import) that each name resolving to nothing costs.
    """
    return _resolved(registry or load_registry(), mention, context or _NATIONAL, suggest)


@functools.lru_cache(maxsize=16384)
def _resolved(registry: Registry, mention: str, context: Context, suggest: bool = True) -> Resolution:
    """:func:`resolve_body`, kept for the process: its answer is made of the registry (compared by
    identity: it is never changed once loaded), the name as written and the context (a frozen value
    of the document's region, level, date and round) alone, and is frozen. A plan names the same
    bodies in cell after cell, and the plans of a rebuild name the same ones again (the five bundled
    plans ask 1,969 times for 283 readings)."""
    text = normalise(mention)
    found = _resolve(registry, mention, text, context, suggest=suggest)
    return (_bare_name_in_a_zone_s_own_document(registry, mention, text, found, context)
            or _bare_name_in_a_listed_zone_s_document(registry, mention, text, found, context)
            or _zone_department_by_its_own_name(registry, mention, text, found, context) or found)


def _zone_issuer(registry: Registry, context: Context) -> Resolution | None:
    """The document's issuer read alone where it is a zone's committee or one of the committee's offices
    (承德高新区管委会, 承德高新区管委会办公室, 金华经济技术开发区管理委员会党政综合办公室: the issuers place.names_zone_body
    places in the zone's host), or None. An office issues the committee's documents: a bare name in them is the zone's
    as in the committee's own."""
    if not context.issuer:
        return None
    issuer = _resolved(registry, context.issuer, replace(context, issuer=None))  # cached: one issuer a document
    return issuer if is_zone_body(registry, issuer) else None


def is_zone_body(registry: Registry, found: Resolution, new_areas: bool = True) -> bool:
    """Whether ``found`` is one zone's committee or one of the committee's offices (a zone department), a new area's
    committee too unless ``new_areas`` is False: the one test of :func:`_zone_issuer` and of the metadata's
    (:func:`~pilotplans.normalizers.place.names_zone_body`, which leaves new areas to their own rules)."""
    if found.collective:
        return False
    return found.kind == _ZONE_DEPARTMENT or any(
        kind == found.kind for area, kind in registry.area_committee.items() if new_areas or area != "new_area")


def _issuing_zone(registry: Registry, context: Context) -> str | None:
    """The listed zone (one of the code table's, or a new area) whose committee, or one of its offices, issues a document
    placed at the zone's host (承德高新区管委会's plan on 承德市's site), or None."""
    if context.region is None:
        return None
    issuer = _zone_issuer(registry, context)
    if issuer is None or issuer.region in (None, context.region) \
            or registry.gazetteer.region(issuer.region).level not in ("new_area", "zone") \
            or context.region not in registry.gazetteer.ancestors(issuer.region):
        return None
    return issuer.region


def _bare_name_in_a_listed_zone_s_document(registry: Registry, raw: str, text: str, found: Resolution,
                                           context: Context) -> Resolution | None:
    """A body's name with no place nor level marker (财政局, 经济发展局) in a document a listed zone's committee issues
    while its place is the zone's host (承德高新区管委会's plan, on 承德市's site) is read at the zone, as in a document
    whose place is the zone itself (承德高新技术产业开发区财政局, 承德高新技术产业开发区经济发展局), with a note; it read
    silently as the host's body (承德市财政局). Unread where the zone reads it as nothing. None for a name with its place
    or marker, a collective, a central body, a name read at another place, a body no zone committee has (人民政府, 检察院:
    the host's) or a document of another issuer."""
    if found.collective or found.level == "central" or (found.resolved and found.region != context.region) \
            or found.kind in registry.area_committee.values():
        return None
    if leaves_place_out(registry, text) or next(registry.gazetteer.prefixes(text), None) is not None:
        return None
    zone = _issuing_zone(registry, context)
    if zone is None:
        return None
    at_zone = replace(context, region=zone, issuer=None)
    read = _resolved(registry, raw, at_zone)
    if not read.resolved:
        named = _zone_department_by_its_own_name(registry, raw, text, read, at_zone)
        if named is not None and not named.resolved:
            return named  # 保护区管理局: unread with the note the zone's own document gives, not silently
        read = named or read
    if not _a_zone_committee_s_body(registry, text, read, zone):
        return None  # 人民政府, 检察院, 人大常委会: no body of the zone's committee, the name stays the host's
    name = registry.gazetteer.region(zone).name
    if not read.resolved:
        if not found.resolved:
            return None
        return Resolution(raw, None, notes=(f"{text}: a name with no place in a document of {context.issuer}, the "
                                            f"zone's own body as likely as {found.name}",))
    return replace(read, notes=(*read.notes, f"{text}: a name with no place in a document of {context.issuer}, read at "
                                              f"{name}"))


def _a_zone_committee_s_body(registry: Registry, text: str, read: Resolution, zone: str) -> bool:
    """Whether a bare name read at a zone names a body its committee has: one of the government's departments (财政局) or
    the committee's own (经济发展局), or its Party working committee by its word (党工委). A zone has no government, court,
    procuratorate, congress or fire brigade of its own (人民政府, 检察院 read at the zone are names of nothing), and a name
    the zone reads at its host (人大常委会) is the host's."""
    if read.resolved and read.region != zone:
        return False
    return read.kind == _ZONE_DEPARTMENT or text in registry.name_parts.zone_party \
        or (read.kind is not None and registry.kinds[read.kind].branch == "government")


def _zone_department_by_its_own_name(registry: Registry, raw: str, text: str, found: Resolution,
                                     context: Context) -> Resolution | None:
    """A name no kind reads (招商工作部, 经济发展局, 规划建设局) with no place in a document whose place is a listed zone:
    the zone's own department, as the name after the zone's would be (承德高新区经济发展局). None for any name read, any
    with a place or a marker, one closed by an office word other organisations' departments take too (财务部, 集团办公室)
    or opened by a word saying whose body it is (各分局, 有关工作部), and in any other document."""
    parts = registry.name_parts
    if found.resolved or found.collective or context.region is None \
            or registry.gazetteer.region(context.region).level not in ("new_area", "zone"):
        return None
    if not text.endswith(parts.zone_department_bare_offices) or text.startswith(parts.own_openings) \
            or _counted_office(registry, text) or zone_foreign(registry, text):
        return None
    if registry.gazetteer.unnamed_area_administration(text):
        # 保护区管理局: a nature reserve's administration, whichever reserve, no body the zone's committee runs
        return Resolution(raw, None, notes=(unnamed_administration_note(text, zone=True),))
    if leaves_place_out(registry, text) or next(registry.gazetteer.prefixes(text), None) is not None:
        return None
    zone = registry.gazetteer.region(context.region)
    read = _resolved(registry, zone.name + text, replace(context, issuer=None))
    return replace(read, raw=raw) if read.kind == _ZONE_DEPARTMENT and read.region == zone.id else None


def _counted_office(registry: Registry, text: str) -> bool:
    """Whether a name closes with an ordinal before its office word (中铁十局, 中建八局): an enterprise's numbered bureau,
    never a government's department."""
    ordinals, offices = registry.name_parts.ordinals, registry.name_parts.zone_department_bare_offices
    return bool(ordinals) and any(text.endswith(office) and patterns.compiled(f"(?:{ordinals})$").search(text[:-len(office)])
                                  for office in offices)


def _bare_name_in_a_zone_s_own_document(registry: Registry, raw: str, text: str, found: Resolution,
                                        context: Context) -> Resolution | None:
    """A body's name written with no place nor level marker (改革办, 规划建设局, 财政局) in a document a zone's committee
    issues (霍山经济开发区's 2025 task list, on its county's site): the zone's own department as likely as its host's
    body, which the name was read as (改革办 as 中共霍山县委…改革委员会办公室), so unread with a note. None for any other
    reading: a name with its place or marker, a collective, the committee itself, or another issuer's document, and in
    a document whose place is the zone itself (苏州工业园区's own plan), where the reading is the zone's own body."""
    if not context.issuer or not found.resolved or found.collective or found.level == "central" \
            or found.region != context.region or found.kind in registry.area_committee.values() \
            or registry.gazetteer.region(context.region).level in ("new_area", "zone"):
        return None
    if _names_its_place(registry, text, found):
        return None
    issuer = _zone_issuer(registry, context)
    if issuer is None or issuer.region != context.region:
        return None
    return Resolution(raw, None, notes=(f"{text}: a name with no place in a document of {context.issuer}, the zone's own "
                                        f"department as likely as {found.name}",))


def _names_its_place(registry: Registry, text: str, found: Resolution) -> bool:
    """Whether ``text`` writes the place ``found`` is read at: a level marker before a body's name (县财政局, 县委改革办)
    or the place's name (霍山财政局). A marker's character or another place's name opening a bare name is neither
    (市场监管局, 地震局, 地方金融监管局; 公安局, 公安县's name)."""
    return leaves_place_out(registry, text) or any(
        found.region in ids for _, ids, former in registry.gazetteer.prefixes(text) if not former)


def _resolve(registry: Registry, raw: str, text: str, context: Context, run_on: bool = True,
             suggest: bool = True) -> Resolution:
    literal = registry.literals.get(text)
    if literal is not None:
        local = _local_reading_of_a_typo(registry, raw, text, literal, context)
        return local if local is not None else _literal_resolution(registry, raw, literal, context)
    phrase = _collective_phrase(registry, text)
    if phrase is not None:
        elsewhere = _stationed_elsewhere(registry, text, context)
        if elsewhere is not None:
            named = next((opening + elsewhere for opening in registry.name_parts.stationed_openings
                          if opening + elsewhere in text and _opens_a_place_name(registry, opening + elsewhere)), None)
            if named is not None:
                # 驻马店各有关单位: a city whose name opens with 驻, not units stationed in 马店
                return Resolution(raw, None, notes=(f"{text} writes {named}, the opening of a place's name, not units "
                                                    "stationed in a place",))
            if not _opens_a_place_name(registry, elsewhere):
                # 驻企, 驻军, 驻场: an enterprise, the garrison, a site, no place's name (驻芜各单位 opens 芜湖's)
                return Resolution(raw, None, notes=(f"{text} writes {elsewhere} after 驻, which opens no place's name: "
                                                    "no units stationed in a place",))
            return Resolution(raw, None, notes=(f"{text} names units stationed in {elsewhere}, not in the document's "
                                                "place nor a place above it",))
        other = _group_of_another_place(registry, text, phrase, context)
        if other is not None:
            return Resolution(raw, None, notes=(f"{text} names the members of a group of {other}, not of the document's "
                                                "place",))
        above = _direct_units_above(registry, raw, text, phrase, context)
        if above is not None:
            return above
        office = _office_of_another_tier(registry, text, phrase, context)
        if office is not None:
            # 厅直各单位 in a city's plan (a province department's notice forwarded): 厅 is a province department's
            # word for itself, and its units none of the city's
            return Resolution(raw, None, notes=(f"{text} opens with {office}, the office of no department of "
                                                f"{registry.gazetteer.region(context.region).name}'s tier: a "
                                                "department's own units, none of the plan's place",))
        return _literal_resolution(registry, raw, LiteralForm(text, "collective", phrase, "collective"), context)
    shared = alias_and_short_name_elsewhere(registry, text, context)
    if shared is not None:
        return Resolution(raw, None, notes=(shared,))
    place = registry.gazetteer.find_place(text, context.region, context.effective_year()) or _places_under(registry, text, context)
    if place is not None:
        if place.kind == "region" and place.region is not None and place.region.level == "zone" and not place.former:
            # 承德高新区 (承德 2021: 各县(市、区)、自治县人民政府，承德高新区，市直有关部门): a zone the code table lists,
            # named where a body is, stands for its committee, as a zone no table lists does (白银高新区)
            committee = _zone_s_committee(registry, raw, text, context, run_on)
            if committee is not None:
                return committee
        # a county's plan names the places under it otherwise
        return _place_resolution(raw, place, context, gazetteer_tier(registry, context.region))
    local = _first_reading(_BODY_READINGS, registry, raw, text, context)
    if local is not None:
        return local
    collective = _match_collective(registry, text)
    if collective is not None:
        return _collective_local(registry, raw, text, collective, context)
    named = _first_reading(_PLACE_READINGS, registry, raw, text, context)
    if named is not None:
        return named
    core, qualifier = strip_qualifier(text)
    if qualifier is not None:
        inner = _resolve(registry, raw, core, context, suggest=False)
        if inner.resolved:
            return _with_second_name(registry, inner, qualifier, context)
    core, tail = strip_etc(text, registry.roles.etc_tails)
    if tail is not None and core != text:
        inner = _resolve(registry, raw, core, context, suggest=False)
        if inner.resolved:
            return replace(inner, notes=(*inner.notes, f"list closed by 等{tail}"))
    core, term = strip_term(text)
    if term is not None:
        inner = _resolve(registry, raw, core, context, suggest=False)
        if inner.resolved and not inner.collective:
            return replace(inner, notes=(*inner.notes, f"the term word {term} inside the name"))
    inside = _INSIDE_BRACKET.search(text)
    if inside is not None and inside.end() < len(text):
        shared = _zone_s_district_body(registry, raw, text[:inside.start()], inside.group(1), text[inside.end():], context)
        if shared is not None:
            return shared
        inner = _resolve(registry, raw, text[:inside.start()] + text[inside.end():], context, suggest=False)
        # a zone with a bracket after it names its committee (杭州高新开发区（滨江）管委会), or a body of
        # the district in the bracket (above), never its own department (高新区（杭州）经信局)
        if inner.resolved and (not _is_zone(registry, text[:inside.start()]) or inner.kind in registry.area_committee.values()):
            elsewhere = _bracketed_place_elsewhere(registry, inside.group(1), context)
            if elsewhere is not None:
                # 中新（天津）产业园管委会 in 重庆's plan: the park the bracket places in 天津, none of 重庆's
                return Resolution(raw, None, notes=(f"{text} writes {inside.group(1)} inside the name, a place of "
                                                    f"{elsewhere}, not of the document's province: the body is left "
                                                    "unread",))
            host = _bracketed_place_below(registry, inside.group(1), context)
            if host is not None and any(note.startswith(PLACE_FROM_DOCUMENT) for note in inner.notes):
                # 中韩（长春）国际合作示范区管委会 in 吉林's plan: the host in the bracket places the area, the province
                # being only the plan's place (吉林省's own zone called 中韩国际合作示范区 before)
                placed = _resolve(registry, raw, text[:inside.start()] + text[inside.end():],
                                  replace(context, region=host), suggest=False)
                if placed.resolved:
                    kept = tuple(note for note in placed.notes if not note.startswith(PLACE_FROM_DOCUMENT))
                    return replace(placed, notes=(*kept, f"bracketed inside the name: {inside.group(1)}, the place "
                                                         "it lies in"))
            return replace(inner, notes=(*inner.notes, f"bracketed inside the name: {inside.group(1)}"))
        host = _bracketed_place_below(registry, inside.group(1), context) if not inner.resolved else None
        if host is not None:
            # 中德（沈阳）高端装备制造产业园管委会 in 辽宁's plan: a park named after China and a partner, which the province's
            # plan names none of by its bare name, is placed by the host in the bracket
            placed = _resolve(registry, raw, text[:inside.start()] + text[inside.end():],
                              replace(context, region=host), suggest=False)
            if placed.resolved and placed.kind in registry.area_committee.values():
                kept = tuple(note for note in placed.notes if not note.startswith(PLACE_FROM_DOCUMENT))
                return replace(placed, notes=(*kept, f"bracketed inside the name: {inside.group(1)}, the place it lies in"))
        if _two_organs_read(inner):
            # 各县（市、区）党委和政府: the committees and the governments of the places the bracket names too
            return replace(inner, notes=(*inner.notes, f"bracketed inside the name: {inside.group(1)}"))
    committee = _zone_s_committee(registry, raw, text, context, run_on)
    if committee is not None:
        return committee
    # the parts of a run-on name are single names: read without trying run-on readings of their own,
    # which would try every cut of every cut (seconds for a 30-character unresolved name)
    found = _run_on_second_name(registry, raw, text, context) if run_on else None
    if found is not None:
        return found
    listed = _list_of_collectives(registry, raw, text, context) if run_on else None
    if listed is not None:
        return listed
    part = _part_of_body(registry, raw, text, context, suggest) if run_on else None
    if part is not None:
        return part
    graded = _level_s_body(registry, raw, text, context) if run_on else None
    if graded is not None:
        return graded
    elsewhere = _fixed_word_elsewhere(registry, raw, text) if run_on else None
    if elsewhere is not None:
        return elsewhere
    notes = (f"{text} leaves its place out and the document's region does not supply it",) \
        if leaves_place_out(registry, text) else ()
    if not notes and registry.gazetteer.unnamed_area_administration(text):
        notes = (unnamed_administration_note(text, zone=False),)  # 保护区管理局 in a city's plan: some reserve's
    return Resolution(raw, None, notes=notes, suggestions=nearest_entries(text, context, registry) if suggest else ())


def _fixed_word_elsewhere(registry: Registry, raw: str, text: str) -> Resolution | None:
    """A vertical system's branch word that only its fixed forms hold (外汇管理部 of 北京's and 重庆's SAFE offices)
    written after a province-level place with no such form (上海外汇管理部, 国家外汇管理局江苏外汇管理部): unread, with a
    note naming the places whose office bears the word and the office the written place has (国家外汇管理局上海市分局).
    A word the fixed forms write only after the system's name (总部 of 中国人民银行上海总部) counts only so written: 广东总部
    and 北京总部 are no bank's. None for any other name, and for a place whose own form bears the word (上海总部)."""
    gazetteer = registry.gazetteer
    for kind_id, words, alone in _fixed_words(registry):
        kind = registry.kinds[kind_id]
        word = next((w for w in words if text.endswith(w) and len(text) > len(w)), None)
        if word is None:
            continue
        written = text[:-len(word)]
        head = next((written[len(p):] for p in sorted(registry.systems[kind.system].prefixes, key=len, reverse=True)
                     if p and written.startswith(p) and len(written) > len(p)), written)
        if head == written and word not in alone:
            continue
        place = gazetteer.find_place(head)
        region = place.region if place is not None and place.kind == "region" and not place.former else None
        if region is None or region.tier not in ("province", "municipality") \
                or region.id in {f.region for f in kind.fixed}:
            continue
        held = sorted({gazetteer.region(f.region).name for f in kind.fixed})
        office = title(registry, kind, region)
        has = f": {region.name}'s is {office}, which the name does not write" if office else f": {region.name} has none"
        return Resolution(raw, None, notes=(f"{word} names the {kind.label} of {'、'.join(held)} only{has}",))
    return None


@functools.lru_cache(maxsize=4)
def _fixed_words(registry: Registry) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """For each kind of a vertical system with fixed forms, the branch words its fixed forms write after their place's
    short name (外汇管理部 of 重庆外汇管理部) and no pattern of the kind writes, and those of them a fixed form writes
    without the system's name before the place (重庆外汇管理部; not 总部, only 中国人民银行上海总部): worked out once, not
    for every name left unread."""
    gazetteer = registry.gazetteer
    found = []
    for kind in registry.kinds.values():
        if kind.system is None or not kind.fixed:
            continue
        words, alone = set(), set()
        for fixed in kind.fixed:
            region = gazetteer.region(fixed.region)
            full = fixed.full or fixed.match
            name = next((n for n in sorted(region.names, key=len, reverse=True) if n in full), None)
            if name is not None:
                word = full[full.index(name) + len(name):]
                words.add(word)
                if not fixed.match.startswith("{system}"):
                    alone.add(word)
        kept = tuple(sorted(w for w in words if w and not any(f.match.endswith(w) for f in kind.patterns)))
        if kept:
            found.append((kind.id, kept, tuple(sorted(w for w in alone if w in kept))))
    return tuple(found)


def _level_s_body(registry: Registry, raw: str, text: str, context: Context) -> Resolution | None:
    """A level marker with its grade word before a field's department (市级自然资源主管部门, 省级商务主管部门): the body
    the name names without the grade word where that is one body (the document's own place's or a place's above it),
    else the bodies the name names with the list quantifier before it where that is a collective of the places of that
    level under the document's (市级 in a province's plan). Where the document's place is unknown (a national plan's
    省级商务主管部门), unread with the note the collective gets (各省商务主管部门), never silently. None where no marker
    and grade open the name or no department word (``generic_offices``) closes it (市级开发区 is a zone's rank, 市级财政 a
    budget), and where neither reading names a body."""
    grade = registry.name_parts.level_grade
    if not grade or not text.endswith(tuple(registry.name_parts.generic_offices)):
        return None
    marker = next((m for m, _ in registry.markers if text.startswith(m + grade) and len(text) > len(m + grade)), None)
    if marker is None:
        return None
    rest = text[len(marker + grade):]
    if context.region is None:
        every = _resolve(registry, raw, registry.name_parts.list_quantifier + marker + rest, context, run_on=False)
        return Resolution(raw, None, kind=every.kind, notes=(f"{text} needs the document's region",)) \
            if every.kind is not None and not every.resolved else None
    own = _resolve(registry, raw, marker + rest, context, run_on=False)
    if own.resolved and not own.collective:
        return replace(own, notes=(*own.notes, f"{marker}{grade}: the {marker} level's body of the field"))
    every = _resolve(registry, raw, registry.name_parts.list_quantifier + marker + rest, context, run_on=False)
    if every.resolved and every.collective and every.region == context.region:
        return replace(every, notes=(*every.notes, f"{marker}{grade}: the body of the field at every {marker} level "
                                                   "place under the document's"))
    return None


def _local_reading_of_a_typo(registry: Registry, raw: str, text: str, literal: LiteralForm,
                             context: Context) -> Resolution | None:
    """A central body's misspelling that is a local kind's name as written (文化和旅游局, 部 written 局 in a
    national table) read as the local body in a plan of a place (文化和旅游局 in 桐乡市's list of its own
    bureaus, 2020): there the name is spelt right and the place is the document's. None in a national plan,
    for any other literal, and where no local kind reads the name."""
    if literal.target != "central" or literal.via != "typo" or context.region is None:
        return None
    return _local_reading(registry, raw, text, context, unread=False)


def _local_reading(registry: Registry, raw: str, text: str, context: Context, unread: bool = True) -> Resolution | None:
    """``text`` read as a local body's name: by a local-body pattern, else composed from its parts
    (:func:`read_local_name`); where the parts name no one body (unread), an unresolved resolution
    saying why, or None with ``unread`` False; None where no local kind reads the name."""
    match = _match_pattern(registry, text, context)
    if match is not None:
        assert match.region is not None
        return _local_resolution(registry, raw, match.kind, match.region, match.form, "pattern", context,
                                 qualifier=match.qualifier)
    composed = read_local_name(registry, text, context)
    if composed is None or composed.unread:
        # only where composition reads nothing: a name it reads (上海市市场监管局) keeps that reading
        again = _pattern_without_repeated_marker(registry, raw, text, context) \
            or _pattern_with_former_name(registry, raw, text, context)
        if again is not None:
            return again
    if composed is None or composed.unread and not unread:
        return None
    if composed.unread:
        return Resolution(raw, None, kind=composed.kind, notes=composed.notes)
    resolution = _local_resolution(registry, raw, composed.kind, composed.region, None, composed.via, context,
                                   office=composed.office, qualifier=composed.qualifier, written_title=composed.title)
    return replace(resolution, flags=tuple(dict.fromkeys((*resolution.flags, *composed.flags))),
                   notes=(*composed.notes, *resolution.notes))


def _pattern_without_repeated_marker(registry: Registry, raw: str, text: str, context: Context) -> Resolution | None:
    """A name a kind's pattern reads once the level marker written again after its place is taken out (中共晋城市城区区委
    办公室: 城区's Party general office, as 城区区委宣传部 is read by composition), with a note: the first place so
    followed whose shorter name the pattern reads as that place (济南市市中区区委办公室: not 济南市, whose 市 opens 市中区,
    but 市中区); None where no marker is written again or the pattern then reads another place than the one written."""
    for shorter, region, note in patterns_marker_written_again(registry, text, context):
        match = _match_pattern(registry, shorter, context)
        if match is None or match.region is None or match.region.id != region.id:
            continue
        found = _local_resolution(registry, raw, match.kind, match.region, match.form, "pattern", context,
                                  qualifier=match.qualifier)
        return replace(found, notes=(*found.notes, note))
    return None


def _pattern_with_former_name(registry: Registry, raw: str, text: str, context: Context) -> Resolution | None:
    """A name a kind's pattern reads once the former name of a place opening it (after the Party's prefix) is written
    as the place's name now (中共株洲县委办公室 → 中共渌口区委办公室: 株洲县 2015, 渌口区 since 2018), flagged ``old_name``
    with the note composition gives a former name (中共株洲县委 and 中共株洲县委宣传部 are read so); None where no former
    name opens the name or the pattern then reads another place than the one the former name was."""
    gazetteer = registry.gazetteer
    prefix = next((p for p in registry.name_parts.party_prefix if text.startswith(p) and len(text) > len(p)), "")
    for name, _, former in gazetteer.prefixes(text[len(prefix):]):
        place = gazetteer.former(name, context.region, context.effective_year()) if former else None
        if place is None:
            continue
        region, year = place
        match = _match_pattern(registry, prefix + region.name + text[len(prefix) + len(name):], context)
        if match is None or match.region is None or match.region.id != region.id:
            continue
        found = _local_resolution(registry, raw, match.kind, match.region, match.form, "pattern", context,
                                  qualifier=match.qualifier)
        notes, flags = former_name_reading(name, region.name, year, context.effective_date(),
                                           gazetteer.former_part(region.id, name))
        return replace(found, flags=tuple(dict.fromkeys((*found.flags, *flags))), notes=(*found.notes, *notes))
    return None


def _run_on_second_name(registry: Registry, raw: str, text: str, context: Context) -> Resolution | None:
    """Two local names of one place run on without a bracket or a separator (区委宣传部区网信办, as
    区委宣传部（区网信办） is printed elsewhere): read as the first body answering to both names, as a
    bracketed second name is, flagged ``nonstandard`` with a note. Only the Party's organs, which
    share their staff this way (宣传部 and 网信办 or 文明办, 组织部 and 人才办): both parts Party bodies
    of the same place, the first a department (部) and the second an office that is none, opening with a
    level marker (two departments run on, 区委组织部区委宣传部, are two bodies and stay unresolved); two government bureaus run on
    (区商务局区发改局) are more likely a lost separator and stay unresolved."""
    for cut in range(2, len(text) - 1):
        second = text[cut:]
        if not any(second.startswith(marker) for marker, _ in registry.markers):
            continue
        first = _resolve(registry, raw, text[:cut], context, run_on=False, suggest=False)  # only a reading is used
        if not first.resolved or first.collective or first.region is None or not _party_kind(registry, first.kind, "部"):
            continue
        other = _resolve(registry, second, second, context, run_on=False, suggest=False)
        if not other.resolved or other.collective or other.region != first.region or other.id == first.id \
                or not _party_kind(registry, other.kind) or _party_kind(registry, other.kind, "部"):
            continue
        counterparts = tuple(dict.fromkeys((*first.counterparts, *other.counterparts)))
        return replace(first, counterparts=counterparts, flags=tuple(dict.fromkeys((*first.flags, "nonstandard"))),
                       notes=(*first.notes, f"{text[:cut]} and {second} run on without a bracket or separator: "
                                            f"read as one body also named {other.name}"))
    return None


_LIST_SEPARATOR = "、"


def _list_of_collectives(registry: Registry, raw: str, text: str, context: Context) -> Resolution | None:
    """A list whose every part, read as a responsibility cell reads it (the parts sharing what the
    others print: 市政府各部门、各直属机构, 市属、驻市有关单位, 中央、省在怀各单位), is a collective: itself a
    collective of the first part's family, with a note naming the parts. None where a part is a body or
    names nothing: a list of bodies is several bodies, never one; None too, with a note, where the parts
    name the place's own bodies and the places under it (县政府各部门、各乡镇人民政府): two sets, not one."""
    if _LIST_SEPARATOR not in text:
        return _pair_of_collectives(registry, raw, text, context) or _places_bodies_run_on(registry, raw, text, context)
    from pilotplans.normalizers.responsibility import leading_bodies_shared, parse_responsibility

    mentions = parse_responsibility(text, default_role="carry_out")
    if sum(m.side == "body" for m in mentions) < 2:
        # 、 inside a bracket (各县（市、区）有关部门): one name, no list; read as a list it is read again, endlessly
        return None
    places = [m.name for m in mentions if m.side == "region"]
    if places:
        # 各乡镇、县政府各部门、各直属机构 (房县): the places under the county and its own departments, two sets at two
        # tiers; read as the departments the places were lost without a word
        return Resolution(raw, None, notes=(f"{text} names places ({'、'.join(places)}) and bodies together: several "
                                            "collectives, to be read one by one",))
    names = [m.name for m in leading_bodies_shared(mentions, context) if m.side == "body"]
    if len(names) < 2 or any(_LIST_SEPARATOR in name for name in names):
        return None
    parts = [_resolve(registry, name, normalise(name), context, run_on=False) for name in names]
    if not parts[0].resolved or not parts[0].collective:
        return None
    for at, part in enumerate(parts[1:], 1):
        if part.resolved and not part.collective:
            # 各县区党委、市政府: the city's own government by its own marker, a body, which no quantifier makes the
            # places' (it had read as 各市政府)
            return Resolution(raw, None, notes=(f"{text} names a collective and a body ({names[at]}) together: "
                                                "to be read one by one",))
        if not part.resolved:
            names[at] = _with_first_s_opening(names[0], names[at], registry.name_parts.list_quantifier)
            parts[at] = _resolve(registry, names[at], normalise(names[at]), context, run_on=False)
    if not all(part.resolved and part.collective for part in parts):
        return None
    if len({_names_places_under(part, registry) for part in parts}) > 1:
        # 县政府各部门、各乡镇人民政府: the county's own departments and the towns' governments are two sets of
        # actors at two tiers; read as the first, the towns' would be lost without a word
        return Resolution(raw, None, notes=(f"{text} names the place's own bodies and the places under it together: "
                                            "several collectives, to be read one by one",))
    if len(_places_of_direct_units(registry, list(zip(names, parts)))) > 1:
        # 省直有关部门、市直有关部门 in a city's plan: the province's direct units and the city's own
        return _collectives_of_two_places(raw, text)
    if _committees_and_governments(parts):
        return _two_organs_of_each_place(raw, names)
    return replace(parts[0], raw=raw, notes=(*parts[0].notes, f"a list of collectives read as one: {'、'.join(names)}"))


def _with_first_s_opening(first: str, later: str, quantifier: str) -> str:
    """A later part of a list of collectives that opens with the quantifier and leaves out what the first
    part prints before its own (州政府各部门、各单位: 州政府各单位, 甘南州 2013), with that opening; a later part
    leaving out the quantifier the first opens with, with it (各管委会、街道办事处: 各街道办事处); the part as
    written where the first has no quantifier to align on."""
    at = first.find(quantifier) if quantifier else -1
    if at == 0 and not later.startswith(quantifier):
        # the first part opens with the quantifier and the later leaves it out (各管委会、街道办事处: 渝中区 2021,
        # 各管委会、各街道办事处): the later takes it
        return quantifier + later
    if at <= 0 or not later.startswith(quantifier):
        return later
    return first[:at] + later


# the words joining two collectives (市直及省属驻张各单位: 张掖 2010; 县直和省市驻城各单位: 城步 2021)
_PAIR_JOINERS = ("及", "和")
_RUN_ON_JOINERS = ("和", "及", "")


def _places_bodies_run_on(registry: Registry, raw: str, text: str, context: Context) -> Resolution | None:
    """The places under the region and two of their bodies written on without 、 (各乡党委政府: 永德县 2021, each
    township's Party committee and government; 各乡镇党委和政府), read as the list 各乡党委、各乡政府 is: a
    collective of the first's family, with a note naming the parts. None unless the text opens with such a run of
    places and both bodies after it read as collectives of them."""
    opening = registry.subordinate.match(text)
    if opening is None or opening.end() >= len(text) - 1:
        return None
    head, rest = text[:opening.end()], text[opening.end():]
    for cut in range(1, len(rest)):
        first = head + rest[:cut]
        # the first body is the same whichever joiner follows it (the empty one always does): read once a cut
        found = _resolve(registry, first, first, context, run_on=False, suggest=False)  # only a reading is used
        if not (found.resolved and found.collective):
            continue
        for joiner in _RUN_ON_JOINERS:
            if not rest[cut:].startswith(joiner) or len(rest) - cut - len(joiner) < 1:
                continue
            second = head + rest[cut + len(joiner):]
            other = _resolve(registry, second, second, context, run_on=False, suggest=False)
            if other.resolved and other.collective:
                if not joiner and _committee_s_department(registry, found, other):
                    # 各区委宣传部: each district Party committee's publicity department, no committee and department
                    written = f"{registry.gazetteer.region(other.region).name}{text}" if other.region else other.name
                    return replace(other, raw=raw, name=written, full_name=written)
                if _office_word_shared(registry, head, rest[cut + len(joiner):], context):
                    return None
                if _committees_and_governments([found, other]):
                    return _two_organs_of_each_place(raw, [first, second])
                return replace(found, raw=raw, notes=(*found.notes, f"a list of collectives read as one: {first}、{second}"))
    return None


_PARTY_COMMITTEE = "party_committee"
#: the kinds that are a place's government: a town's 人民政府, a subdistrict's 办事处 (the district government's agency)
_PLACE_GOVERNMENTS = frozenset({"people_government", "subdistrict_office"})


def _committees_and_governments(parts: list[Resolution]) -> bool:
    """Whether collectives read together are each place's Party committee and a body of its government (各乡党委政府,
    各县（市、区）党委和政府, 各市委、市人民政府, 各街道党工委、办事处): two organs of every place, which no collective of one
    family holds — read as the committees', the governments were lost without a word. Committees and the committees'
    own departments (各镇党委、街道党工委) are one family."""
    kinds = {part.kind for part in parts}
    return _PARTY_COMMITTEE in kinds and not kinds.isdisjoint(_PLACE_GOVERNMENTS)


_TWO_ORGANS = "to be read one by one"
#: the number of collectives a note counts, in words
_COUNTED = {2: "two", 3: "three", 4: "four", 5: "five"}


def _two_organs_of_each_place(raw: str, names: list[str]) -> Resolution:
    """No body for the places' Party committees and governments written as one (see
    :func:`_committees_and_governments`); a responsibility cell reads them one by one. The note counts the names and
    says no more of them than their kinds do: 各县（市、区）党委、人大、政府 is three collectives, and 各县区委、各乡镇政府
    the counties' committees and the towns' governments, no place's two organs."""
    among = "" if len(names) == 2 else " among them"
    count = _COUNTED.get(len(names), str(len(names)))
    return Resolution(raw, None, notes=(f"{'、'.join(names)}: the places' Party committees and governments{among}, "
                                        f"{count} collectives, {_TWO_ORGANS}",))


def _two_organs_read(found: Resolution) -> bool:
    """Whether ``found`` is the reading of :func:`_two_organs_of_each_place`."""
    return not found.resolved and bool(found.notes) and found.notes[-1].endswith(f" collectives, {_TWO_ORGANS}")


def _committee_s_department(registry: Registry, committee: Resolution, department: Resolution) -> bool:
    """Whether a run-on written with no joiner is a Party committee's word and one of its departments (各区委宣传部,
    各县区党委组织部): the committee's department in each place, one body, not the committee and a department."""
    kind = registry.kinds.get(department.kind) if department.kind is not None else None
    return committee.kind == _PARTY_COMMITTEE and kind is not None and kind.branch == "party"


def _office_word_shared(registry: Registry, head: str, second: str, context: Context) -> bool:
    """Whether the second body of a run-on is a body of the places and an office word after it (政府办公室 in
    各乡镇党委政府办公室), which the first may share (党委办公室、政府办公室) or the two hold jointly (党政办): no
    reading of the first alone is then sure."""
    words = {w for office, shorts in registry.name_parts.offices.items() for w in (office, *shorts)}
    for word in words:
        if second.endswith(word) and len(second) > len(word):
            body = head + second[:-len(word)]
            found = _resolve(registry, body, body, context, run_on=False, suggest=False)
            if found.resolved and found.collective and found.via != "scope":
                return True
    return False


def _pair_of_collectives(registry: Registry, raw: str, text: str, context: Context) -> Resolution | None:
    """Two collectives joined by 及 or 和, the first written without the word for bodies the second closes
    with (市直及省属驻张各单位: 市直各单位 and 省属驻张各单位, 张掖 2010; 县直和省市驻城各单位, 城步 2021): a
    collective of the first's family, as a list of them is. None unless both read as collectives: the joiners
    also join bodies, and stand inside names (发展和改革委员会)."""
    for joiner in _PAIR_JOINERS:
        first, found_joiner, second = text.partition(joiner)
        if found_joiner and first and joiner not in second:
            pair = _pair_read(registry, raw, first, joiner, second, context)
            if pair is not None:
                return pair
    return None


def _pair_read(registry: Registry, raw: str, first: str, joiner: str, second: str,
               context: Context) -> Resolution | None:
    """The collective two collectives joined by one joiner read as (``_pair_of_collectives``), or None."""
    other = _resolve(registry, second, second, context, run_on=False, suggest=False)  # only readings are used
    if not other.resolved or not other.collective:
        return None
    alone = _resolve(registry, first, first, context, run_on=False, suggest=False)
    if alone.resolved and not alone.collective:
        return None  # a body (市发改委) takes no closing word: 市发改委 + 成员单位 is a committee's members, no list
    if alone.resolved and _names_places_under(alone, registry) != _names_places_under(other, registry):
        # 各县市区人民政府及市直有关部门 (咸宁 2023): the places' governments under the region and the region's own
        # departments, bodies of two tiers; no collective of one family holds both, and the first alone drops the second
        return None
    for cut in range(len(second), 0, -1):  # the first as written, else with the shortest closing word of the second
        shared = first + second[cut:]
        found = _resolve(registry, shared, shared, context, run_on=False, suggest=False)
        if found.resolved and found.collective:
            if len(_places_of_direct_units(registry, [(shared, found), (second, other)])) > 1:
                return _collectives_of_two_places(raw, f"{first}{joiner}{second}")
            if _committees_and_governments([found, other]):
                return _two_organs_of_each_place(raw, [shared, second])
            return replace(found, raw=raw, notes=(*found.notes, f"a list of collectives read as one: {shared}、{second}"))
    return None


def _places_of_direct_units(registry: Registry, parts: list[tuple[str, Resolution]]) -> set[str | None]:
    """The places whose direct units the parts written with a level marker of their own name (省直有关部门: the
    province's; 市直有关部门 in a city's plan: the plan's own, None). A part printing no marker (各直属机构 after
    省政府各部门) is the first's, and a collective of another family (驻泉各单位) none's."""
    markers = tuple(marker for marker, _ in registry.markers)
    return {found.region for written, found in parts
            if (found.id or "").endswith(_DIRECT_UNITS) and written.startswith(markers)}


def _collectives_of_two_places(raw: str, text: str) -> Resolution:
    """No body for collectives of two places written as one (省直和市直有关部门 in a city's plan: the province's
    direct units and the city's own): read as either place's, the other's would be lost without a word."""
    return Resolution(raw, None, notes=(f"{text} names the collectives of two places together: several collectives, "
                                        "to be read one by one",))


def _names_places_under(found: Resolution, registry: Registry) -> bool:
    """Whether a collective stands for bodies of the places under the document's region (各县市区人民政府,
    各乡镇) or of its zones (各管委会: a collective marked ``places_under``), not for bodies of the region
    itself (市直有关部门, 驻市各单位)."""
    if found.via == "scope" or (found.id is not None and SUBORDINATE_ID in found.id):
        return True
    collective = registry.collectives.get(found.id) if found.id is not None else None
    return collective is not None and collective.places_under


def _party_kind(registry: Registry, kind: str | None, office: str | None = None) -> bool:
    """Whether ``kind`` is a Party organ's, and with ``office`` one whose office word is that at every
    tier (部: a department). A run-on second name is an office housed in a department (网信办 in 宣传部,
    人才办 in 组织部), never a department of its own (区委组织部区委宣传部 are two bodies)."""
    found = registry.kinds.get(kind) if kind else None
    if found is None or found.branch != "party":
        return False
    return office is None or (bool(found.office) and all(word == office for word in found.office.values()))


def _zone_s_district_body(registry: Registry, raw: str, zone: str, district: str, rest: str,
                          context: Context) -> Resolution | None:
    """A body of a zone that shares its organs with a district, the district in brackets after the
    zone (杭州高新区（滨江）经信局: 高新区（滨江）, 2021): the district's body of that kind. Only where the
    bracket names a county-level division and what stands before it is a zone."""
    gazetteer = registry.gazetteer
    place = gazetteer.find_place(district, context.region)
    if place is None or place.region is None or place.region.tier != "county":
        return None
    if not _is_zone(registry, zone):
        return None
    found = _resolve(registry, raw, place.region.name + rest, context)
    if not found.resolved or found.region != place.region.id:
        return None
    return replace(found, notes=(*found.notes, f"{zone} shares its organs with {place.region.name}"))


def _is_zone(registry: Registry, text: str) -> bool:
    """Whether ``text`` is a zone named by its type, perhaps after its host (高新区, 杭州高新区)."""
    gazetteer = registry.gazetteer
    stripped = next((text[len(head):] for head, _, former in gazetteer.prefixes(text) if not former), text)
    zone = gazetteer.zone_form(stripped)
    return zone is not None and not zone[1]


def _zone_s_committee(registry: Registry, raw: str, text: str, context: Context, run_on: bool) -> Resolution | None:
    """A named zone where a body is (嘉鱼经济开发区，各镇人民政府; 成都东部新区) stands for its
    administrative committee: the name with 管委会 after it, if that is a zone's committee. Read as the text
    itself is (``run_on``): a part of a run-on name read with its run-on readings again went round for ever
    (各街道，区市场局: 各街道，区 + 管委会 read as a run-on of 各街道，区 …)."""
    if not text.endswith(_ZONE_END) and registry.gazetteer.area_word(text) is None:
        return None
    found = _resolve(registry, raw, text + _COMMITTEE, context, run_on=run_on, suggest=False)  # only a reading is used
    if not found.resolved or found.kind not in registry.area_committee.values():
        return None
    # only a zone that is named (a place or the area's own name written before the zone word):
    # a bare type word (自贸区, 经济开发区) is the zone, not a body
    named = found.via == "pattern" or (found.id or "").startswith(f"{found.region}-{found.kind}-")
    if found.collective or not named:
        return None
    return replace(found, notes=(*found.notes, f"{text} is named where a body is: its administrative committee"))


def _district_office(registry: Registry, raw: str, text: str, context: Context) -> Resolution | None:
    """A city body's office in one of the city's districts (市公安局南山分局): the district's body of
    the city body's kind, titled as written after the city body's title (深圳市公安局南山分局)."""
    office = read_district_office(registry, text, context)
    if office is None:
        return None
    city = office.city_body
    city_title = title(registry, registry.kinds[city.kind], city.region, None, city.office)
    resolution = _local_resolution(registry, raw, city.kind, office.district, None, city.via, context, office=city.office,
                                   written_title=f"{city_title}{office.written}{office.word}" if city_title else None)
    return replace(resolution, notes=(*resolution.notes, f"the office of {city_title or city.region.name} in {office.district.name}"))


def _unit_of_body(registry: Registry, raw: str, text: str, context: Context) -> Resolution | None:
    """A unit inside a local body, written after the body's name (市公安局出入境管理支队: ``unit_words``):
    the body, with a note naming the unit. The longest leading part that is a local body of one place
    is taken, and the unit's own part must be a name of two or more characters before its word. A place
    is no body: a unit after a place's name (满洲里市边防大队, 湖北省地质局第八地质大队) is none of the place's."""
    word = next((w for w in registry.name_parts.unit_words if text.endswith(w)), None)
    if word is None:
        return None
    for cut in range(len(text) - len(word) - 2, 1, -1):
        body, unit = text[:cut], text[cut:]
        found = _resolve(registry, raw, body, context, run_on=False)
        if found.resolved and not found.collective and found.via != "region" and found.region is not None \
                and found.level != "central":
            return replace(found, notes=(*found.notes, f"{unit} is a unit of {found.name or body}: read as its body"))
    return None


def _organs_of_body(registry: Registry, raw: str, text: str, context: Context) -> Resolution | None:
    """A local body's organs written after its name (宁夏回族自治区商务厅机关), or after the issuer's own office word in
    its own page (厅机关 in 宁夏回族自治区商务厅's): the body, with a note. A place, a set or a central body before the
    word is none (县直机关, 国家机关 are sets of bodies)."""
    word = ending_word(registry.name_parts.organs_words, text)
    if word is None:
        return None

    def read(name: str) -> Resolution:
        return _resolve(registry, raw, name, context, run_on=False)

    named = _issuer_s_own_word(registry, text, context, read) or text
    found = read(named[:-len(word)])
    body = named[:-len(word)]
    if not found.resolved and context.region is None and (body in registry.compose or leaves_place_out(registry, body)):
        # 政府机关, 党委机关, 市政府机关: a local body named by its kind alone or after a bare level marker
        return _organs_at_the_issuer_s_place(registry, raw, text, body, context)
    if not found.resolved or found.collective or found.via == "region" or found.region is None \
            or found.level == "central":
        return None
    return replace(found, notes=(*found.notes, f"{text}: the organs of {found.name}, read as the body"))


def _organs_at_the_issuer_s_place(registry: Registry, raw: str, text: str, body: str, context: Context) -> Resolution:
    """The organs of a body written without its place (政府机关, 党委机关) in a document whose place is unknown: the
    body of the issuer's place where the issuer names one (the place ``context.issuer`` resolves in), read as the body
    with a note saying where the place came from; else unread with a note, never silently."""
    issuer = _resolve(registry, context.issuer, normalise(context.issuer), context, run_on=False) \
        if context.issuer else None
    if issuer is not None and issuer.resolved and not issuer.collective and issuer.region is not None:
        found = _resolve(registry, raw, body, replace(context, region=issuer.region), run_on=False)
        if found.resolved and not found.collective and found.level != "central":
            # the reading's own note says the place came from the document, which names none: the issuer named it
            kept = tuple(n for n in found.notes if not n.startswith(PLACE_FROM_DOCUMENT))
            return replace(found, notes=(*kept, f"the place taken from the document's issuer, {context.issuer}",
                                         f"{text}: the organs of {found.name}, read as the body"))
    return Resolution(raw, None, notes=(f"{text}: the organs of a body whose place it leaves out, and neither the "
                                        "document nor its issuer names the place",))


def _group_in_body(registry: Registry, raw: str, text: str, context: Context) -> Resolution | None:
    """A body's Party group, the discipline inspection group stationed in it or its own general office (body_groups),
    the body read as any name is, without run-on readings."""
    def read(name: str) -> Resolution:
        return _resolve(registry, raw, name, context, run_on=False)

    def commission_title(region_id: str) -> str | None:
        region = registry.gazetteer.region(region_id)
        return title(registry, registry.kinds["discipline_commission"], region) if region is not None else None

    issued = _issuer_s_own_word(registry, text, context, read)
    if issued is not None:
        found = party_group(registry, raw, issued, read) or stationed_group(registry, raw, issued, read, commission_title)
        if found is not None:
            return replace(found, notes=(*found.notes, f"{text}: its office word stands for the document's issuer, "
                                                       f"{context.issuer}"))
    return party_group(registry, raw, text, read) or stationed_group(registry, raw, text, read, commission_title) \
        or unit_party_committee(registry, raw, text, read) or own_office(registry, raw, text, read)


def _issuer_s_own_word(registry: Registry, text: str, context: Context,
                       read: Callable[[str], Resolution]) -> str | None:
    """``text`` with the issuer's own office word (厅 of 安徽省交通运输厅, 局 of 县应急管理局) written for the issuer in
    full, where ``text`` opens with that word, or with 驻 and that word (厅党组, 驻厅纪检监察组 in the department's notice to
    its own units); None without an issuer, where the issuer is no one local body or its name closes with no office
    word, and where ``text`` opens otherwise."""
    if not context.issuer:
        return None
    words = _issuer_s_office_words(registry, context.issuer)
    if not words:
        return None
    written = next(((o, w) for o in ("", *registry.name_parts.stationed_openings)
                    for w in words if text.startswith(o + w) and len(text) > len(o + w)), None)
    if written is None:
        return None
    issuer = read(normalise(context.issuer))
    if not issuer.resolved or issuer.collective or issuer.via == "region" or issuer.level == "central":
        return None
    opening, word = written
    return opening + context.issuer + text[len(opening) + len(word):]


@functools.lru_cache(maxsize=256)
def _issuer_s_office_words(registry: Registry, issuer: str) -> tuple[str, ...]:
    """The office word ``issuer`` closes with, in full or short (委员会, 委: 市发展和改革委员会, 市发改委), and its
    forms, longest first; () if it closes with none. One issuer's for a whole document: worked out once, not for
    every name resolved in it."""
    words = next(((office, *shorts) for office, shorts in registry.name_parts.offices.items()
                  if any(issuer.endswith(w) and len(issuer) > len(w) for w in (office, *shorts))), ())
    return longest_first(words)


def _part_of_body(registry: Registry, raw: str, text: str, context: Context, suggest: bool = True) -> Resolution | None:
    """A congress's committee, a Party committee's commission or a department's division (body_parts), read where no
    other reading reads the name, the body read as any name is, without run-on readings (and without suggestions
    where the name's own reading makes none)."""
    def read(name: str) -> Resolution:
        return _resolve(registry, raw, name, context, run_on=False, suggest=suggest)

    return congress_committee(registry, raw, text, read) or congress_committee_office(registry, raw, text, read) \
        or party_commission(registry, raw, text, read) or division(registry, raw, text, read)


def _named_place_collective(registry: Registry, raw: str, text: str, context: Context) -> Resolution | None:
    """A collective phrase of one place written with the place's full name where its level marker
    stands (鄂伦春自治旗直属科局 for 旗直属科局, 哈尔滨市直各有关单位 for 市直各有关单位): the collective of
    that phrase, read from the marker the name ends with. Only a current name ending with a marker, the
    full name of the document's place or of a place above or under it, or a state-level new area of the
    document's province by its name or short one (贵安新区各部门、单位 in 贵阳's plan: the new area's direct units):
    郊区各单位 in 哈尔滨's plan are the suburbs' units (郊区 is a district of 铜陵), and 沙市 (沙市区) ends with no
    marker of its own."""
    gazetteer = registry.gazetteer
    # also after 驻, the units stationed there (驻鄂温克族自治旗有关单位 for 驻旗有关单位: 鄂温克族自治旗 2022)
    opening = next((w for w in registry.name_parts.stationed_openings if text.startswith(w)), "")
    for name, ids, former in gazetteer.prefixes(text[len(opening):]):
        if former or len(opening + name) == len(text) or context.region is None:
            continue
        region = gazetteer.choose(ids, context.region)
        if region is not None and region.level == "new_area" and name in (region.name, region.short) \
                and region.province == gazetteer.region(context.region).province:
            pass  # a state-level new area of the document's province, by its name or its short one (贵安新区各部门)
        elif region is None or region.name != name or (context.region not in gazetteer.ancestors(region.id)
                                                        and region.id not in gazetteer.ancestors(context.region)):
            continue
        # the longest marker the name ends with that makes a phrase (自治区, not 区; 旗 where 自治旗 makes none, as
        # 驻旗有关单位 is written): Registry.markers is longest first; a place's full name ends with the word of its
        # kind (碑林区 with 区, not 林区: it is 碑林 and a 区)
        ending = kind_word(region) if name == region.name else name
        marker, phrase = next(((m, found) for m, _ in registry.markers if ending.endswith(m)
                               for found in [_collective_phrase(registry, opening + m + text[len(opening + name):])]
                               if found is not None), (None, None))
        if marker is None:
            continue
        if phrase == _DIRECT_UNITS and not opening and region.id != context.region:
            # another place's direct units (哈尔滨市直各有关单位 in 道里区's plan, 木兰县直有关单位 in 哈尔滨's): that
            # place's collective, as its marker alone makes it for a place above (市直各有关单位 in 道里区's plan)
            return _direct_units_of(registry, raw, region, f"{region.name}{text[len(name):]}",
                                    f"{name} names a place other than the document's: its direct units, not the "
                                    "plan's own")
        if phrase is not None:
            collective = registry.collectives[phrase]
            return Resolution(raw, collective.id, collective.name, collective.name, "other", kind="collective",
                              via="collective", collective=True, notes=(f"{name} written where its marker {marker} stands",))
    return None


_GROUP_MEMBERS = "task-group-members"


def _group_of_another_place(registry: Registry, text: str, phrase: str, context: Context) -> str | None:
    """The place whose task group a 成员单位 phrase names, where that is not the document's place: a place
    written by its name, or a city's or province's by its short form (长沙市防汛指挥部成员单位 in 岳阳's plan),
    or a level marker standing for a place above the document's (省防汛指挥部成员单位 in a city's plan), or a
    county under the document's place by its short form (湘阴防汛指挥部成员单位 in 岳阳's plan), or a marker of
    a tier below the document's place (县防汛指挥部成员单位 in a city's plan: every county's). Their members are
    that place's bodies, none of the plan's. None otherwise, and where the document's place is unknown; the short
    form of a county lying elsewhere opening a group's topic is a common word (平安建设领导小组)."""
    if phrase != _GROUP_MEMBERS or context.region is None:
        return None
    gazetteer = registry.gazetteer
    for head, ids, former in gazetteer.prefixes(text):
        place = None if former else gazetteer.choose(ids, context.region)
        # a county by its short form is one under the document's place (湘阴 in 岳阳's plan); elsewhere the
        # short form is a common word opening the group's topic (平安建设 in 岳阳's plan, 平安区 lying in 青海)
        if place is None or (place.level == "county" and head != place.name
                             and context.region not in gazetteer.ancestors(place.id)):
            continue
        return None if place.id == context.region else place.name
    for marker, tier in registry.markers:
        if text.startswith(marker):
            region = region_left_out(registry, tier, marker, context)
            here = gazetteer.region(context.region)
            if region is None and _TIER_RANK[tier] > _TIER_RANK.get(here.tier, 2) \
                    and gazetteer.named_below(here.id, marker) \
                    and not text[len(marker):].startswith(registry.name_parts.level_area_words):
                # a marker of places lying below the document's (县… in a city's plan): every such place's group;
                # not 地 where no 地区 lies below (地方金融…), nor 县域 (a topic)
                return f"the places under {here.name}"
            return region.name if region is not None and region.id != context.region else None
    return None


_DIRECT_UNITS = "direct-units"


def _office_of_another_tier(registry: Registry, text: str, phrase: str, context: Context) -> str | None:
    """The office word a department's own units open with (厅直各单位, 局属各单位: the department's word for itself)
    where no kind's department at the document's place's tier takes that office (厅 is only a province's: in a city's,
    a county's or a municipality's plan its units are a province department's); None for an office of that tier
    (局, any tier's), any other phrase, and where the document's place is unknown."""
    if phrase != _DIRECT_UNITS or context.region is None:
        return None
    office = next((o for o in registry.name_parts.offices if text.startswith(o)), None)
    if office is None:
        return None
    tiers = {tier for kind in registry.kinds.values() for tier, word in kind.office.items() if word == office}
    return office if tiers and registry.gazetteer.region(context.region).tier not in tiers else None


def _direct_units_above(registry: Registry, raw: str, text: str, phrase: str, context: Context) -> Resolution | None:
    """A tier's direct units written with the level marker of a place above the document's (省直有关部门,
    省级部门 in a city's plan; 市直有关部门 in a district's): that place's direct units, a collective of that
    place (its id the place's, its region that place), never the plan's own. None for the document's own
    marker (市直有关部门 in a city's or a county-level city's plan), a marker of no place above, and where the
    document's place is unknown."""
    if phrase != _DIRECT_UNITS or context.region is None:
        return None
    marker, tier = next(((m, t) for m, t in registry.markers if text.startswith(m)), (None, None))
    if marker is None:
        return None
    region = region_left_out(registry, tier, marker, context)
    here = registry.gazetteer.region(context.region)
    # the document's own name may end with the marker (区 of 广西壮族自治区: 区各委办局 in its plan are its own); a
    # prefecture's (地区) writes its own 地直 (阿克苏地区: 地直各单位), and 区直 in its plan is the region's or a district's
    own_marker = here.name.endswith(marker) and here.level != "prefecture"
    if region is None and _TIER_RANK[tier] > _TIER_RANK.get(here.tier, 2) and not own_marker:
        # a marker of a tier below the document's place (县直有关单位 in a city's plan): the direct units of a county
        # the phrase does not name, none of the plan's own; in an autonomous region's city 区 may be the region's
        # too (区直各部门: 自治区直属), which is no plan's own either
        gazetteer = registry.gazetteer
        above = [gazetteer.region(i).name for i in gazetteer.ancestors(context.region)
                 if i != context.region and gazetteer.region(i).name.endswith(marker)]
        whose = f"a place under the document's or {above[0]}" if above else "a place under the document's"
        return Resolution(raw, None, notes=(f"{marker} names {whose}, which the phrase does not name: its direct "
                                            "units, not the plan's own",))
    if region is None and registry.name_parts.marker_places.get(marker) and not own_marker:
        # a marker only places of its kind bear (自治州, 自治县, 省), where neither the document's place nor a place above
        # it is one (自治州人民政府各部门 in a plan of 秦皇岛's county, 省直有关部门 in a 重庆 district's): no place of the plan
        return Resolution(raw, None, notes=(f"{marker} names no place of the document's or above it: the phrase's "
                                            "direct units are none of the plan's",))
    if region is None or region.id == context.region \
            or region.id not in registry.gazetteer.ancestors(context.region):
        return None
    return _direct_units_of(registry, raw, region, f"{region.name}{text[len(marker):]}",
                            f"{marker} names {region.name}, a place above the document's: its direct units, not the "
                            "plan's own")


def _direct_units_of(registry: Registry, raw: str, region: Region, name: str, note: str) -> Resolution:
    """The direct units of ``region``, a place other than the document's: a collective of that place."""
    collective = registry.collectives[_DIRECT_UNITS]
    return Resolution(raw, f"{region.id}-{collective.id}", name, name, "other", region=region.id, kind="collective",
                      via="collective", collective=True, notes=(note,))


def _opens_a_place_name(registry: Registry, written: str) -> bool:
    """Whether ``written`` (a character or two after 驻) opens a name or is an abbreviation of a place of the
    gazetteer (京, 沪, 芜, 甘南); asked only of a phrase read as stationed elsewhere, a rare one."""
    return any(written in region.abbreviations or any(name.startswith(written) for name in region.names)
               for region in registry.gazetteer.regions.values())


def _stationed_elsewhere(registry: Registry, text: str, context: Context) -> str | None:
    """The one character (or two: 省属驻甘南各单位) a collective phrase writes after 驻 for the place its units
    are stationed in (省属驻张各单位: 张掖), where it is neither a level marker nor the first character or abbreviation of
    the document's place or a place above it (省属驻京各单位 in 甘肃's plan: the province's units in
    Beijing); None otherwise, and where the document's place is unknown."""
    if context.region is None:
        return None
    gazetteer = registry.gazetteer
    markers = {marker for marker, _ in registry.markers}
    places = [gazetteer.region(i) for i in gazetteer.ancestors(context.region)]
    for opening in registry.name_parts.stationed_openings:
        at = text.find(opening)
        if at < 0 or at + len(opening) >= len(text):
            continue
        char = text[at + len(opening)]
        if char in markers or not "\u4e00" <= char <= "\u9fff":
            continue
        rest = text[at + len(opening):]
        if len(rest) > 2 and not rest[1:].startswith(registry.name_parts.stationed_place_ends):
            # a place's name of two characters (驻永德, 驻甘南): the name's opening, not its first character alone
            # (驻永胜 in 永德县's plan is 丽江's county)
            word = rest[:2]
            if not any(name.startswith(word) for place in places for name in place.names):
                return word
            continue
        if not any(name.startswith(char) for place in places for name in place.names) and \
                not any(char in place.abbreviations for place in places):
            return char
    return None


def _places_under_named_place(registry: Registry, raw: str, text: str, context: Context) -> Resolution | None:
    """The bodies of the places under a place written by its full name (安徽省各市人民政府), perhaps after the
    name of the vertical system the kind belongs to (国家税务总局安徽省各市税务局: 皖税发〔2023〕6号): the
    collective of the places under that place, whatever the document's. None unless the rest is such a
    collective, and a system's name opens only its own kinds' (国家税务总局…各市人民政府 names nothing)."""
    gazetteer = registry.gazetteer
    # a system's name written before the place (some systems' names open with the place: an empty prefix)
    system, prefix = next(((s, max(written, key=len)) for s in registry.systems.values()
                           if (written := [p for p in s.prefixes if p and text.startswith(p)])), (None, ""))
    body = text[len(prefix):]
    for name, ids, former in gazetteer.prefixes(body):
        rest = body[len(name):]
        region = None if former or not rest else gazetteer.choose(ids, context.region)
        if region is None or region.name != name:
            continue
        match = _match_collective(registry, rest)
        if match is None or match.form is None or not match.form.match.startswith("{sub}"):
            continue
        if system is not None and registry.kinds[match.kind].system != system.id:
            continue
        found = _collective_local(registry, raw, rest, match, replace(context, region=region.id))
        if found.resolved:
            return replace(found, notes=(*found.notes, f"{name} written before the places under it"))
    return None


def _corps_city(registry: Registry, raw: str, text: str, context: Context) -> Resolution | None:
    """A division-city of the Corps, or one of its bodies, written after the Corps' name (兵团第八师,
    新疆生产建设兵团第一师阿拉尔市: ``corps_prefixes``): read without it. A place written twice by two of its
    names (第一师阿拉尔市: the division's and the city's) is that place. Only the Corps' cities."""
    gazetteer = registry.gazetteer
    rest = next((text[len(p):] for p in gazetteer.corps_prefixes if text.startswith(p) and len(text) > len(p)), text)
    if not gazetteer.corps_cities:
        return None
    # the rest must name the city itself: a bare name after the Corps' (兵团党委) is the Corps' own body,
    # never the document's city's
    named = any(i.startswith(gazetteer.corps_cities) for _, ids, former in gazetteer.prefixes(rest) if not former for i in ids)
    if not named:
        return None
    if rest != text:
        # the Corps' name places what follows in Xinjiang, whatever the document's place (兵团第二师 in a
        # national plan): a division's name alone is the city's only there (see Gazetteer.bearing)
        corps = gazetteer.corps_province
        if corps is not None and (context.region is None or gazetteer.region(context.region).province != corps):
            context = replace(context, region=corps)
    found = _resolve(registry, raw, rest, context, run_on=False) if rest != text else None
    if found is None or not found.resolved:
        found = _place_named_twice(registry, raw, rest, context)
    if found is None or not found.resolved:
        found = _division_s_office(registry, raw, rest, context)
    if found is None or not found.resolved or not (found.region or "").startswith(gazetteer.corps_cities):
        return None
    said = "one of the Corps' division-cities"
    # the rest read on its own may have said it already (第八师石河子市 after 兵团): said once, of the whole name
    return replace(found, notes=(*(n for n in found.notes if not n.endswith(said)), f"{text} names {found.name}, {said}"))


def _second_name_year_note(since: int | None, date: dt.date | None) -> tuple[str, ...]:
    """The note for a document dated in the very year a body took its second name (``since``, the year only): it may
    be older than the name, the month the name was taken not being known; none for a document of a later year."""
    if since is None or date is None or date.year != since:
        return ()
    return (f"dated in {since}, the year the second name was taken (its month not known): it may name the older body",)


def _corps_city_marker(registry: Registry, raw: str, text: str, context: Context) -> Resolution | None:
    """A body of a division-city written after a word the division-city writes itself (师市各部门, 师市发改委, 师财政局:
    ``corps_city_markers``), in the division-city's own document: read after the marker the word stands for (市各部门).
    Where two words open the name and both readings resolve (师市场监管局: 师市 + 场监管局, 师 + 市场监管局), the word
    after which the rest is a name by itself is the one written (师, before 市场监管局); else the longest. None in any
    other place's document, where the words name none of its places."""
    gazetteer = registry.gazetteer
    if context.region is None or not gazetteer.corps_cities or not context.region.startswith(gazetteer.corps_cities):
        return None
    read: list[tuple[str, Resolution]] = []
    for word in sorted(gazetteer.corps_city_markers, key=len, reverse=True):
        if text.startswith(word) and len(text) > len(word):
            found = _resolve(registry, raw, gazetteer.corps_city_markers[word] + text[len(word):], context, run_on=False)
            if found.resolved:
                read.append((word, found))
    if not read:
        return None
    word, found = next(((w, f) for w, f in read if len(read) > 1
                        and _resolve(registry, raw, text[len(w):], context, run_on=False).resolved), read[0])
    marker = gazetteer.corps_city_markers[word]
    return replace(found, notes=(*found.notes, f"{word}: the division-city's word for itself (the division and the city "
                                               f"run as one), read as {marker}"))


def _division_s_office(registry: Registry, raw: str, text: str, context: Context) -> Resolution | None:
    """A division's office by the division's name (第六师办公室): the division-city's body the ending stands for
    (``corps_division_offices``: 五家渠市人民政府办公室), in a plan of Xinjiang only, where the division's name is its
    city's; None after the city's own name (五家渠市办公室) or any other ending."""
    gazetteer = registry.gazetteer
    if context.region is None or gazetteer.region(context.region).province != gazetteer.corps_province:
        return None
    for name, ids, former in gazetteer.prefixes(text):
        body = gazetteer.corps_division_offices.get(text[len(name):])
        city = next((gazetteer.region(i) for i in ids if i.startswith(gazetteer.corps_cities)), None)
        if body is None or former or city is None or city.name.startswith(name):
            continue
        found = _resolve(registry, raw, city.name + body, context, run_on=False)
        if found.resolved:
            return replace(found, notes=(*found.notes, f"{text}: the office of {name}, {city.name}'s division"))
    return None


def _place_named_twice(registry: Registry, raw: str, text: str, context: Context) -> Resolution | None:
    """A place written by two of its names one after the other (第八师石河子市), as one place."""
    gazetteer = registry.gazetteer
    for name, ids, former in gazetteer.prefixes(text):
        place = gazetteer.find_place(text[len(name):], context.region) if not former and len(name) < len(text) else None
        if place is not None and place.kind == "region" and place.id in ids:
            return _place_resolution(raw, place, context)
    return None


def _place_resolution(raw: str, place: PlaceMatch, context: Context, tier: str | None = None) -> Resolution:
    if place.kind == "scope":
        name = place.scope.name_at(tier) if place.scope is not None else place.name
        return Resolution(raw, place.id, name, name, "other", kind="scope", via="scope", collective=True)
    if place.kind == "group":
        return Resolution(raw, place.id, place.name, place.name, "other", kind="group", via="region", collective=True)
    notes, flags = (former_name_reading(place.former[0], place.name, place.former[1], context.effective_date(),
                                        place.former_part)
                    if place.former else ((), ()))
    return Resolution(raw, place.id, place.name, place.name, "other", region=place.id, kind="region", via="region",
                      flags=flags, notes=notes)


def _with_second_name(registry: Registry, inner: Resolution, qualifier: str, context: Context) -> Resolution:
    """A body with a second name in brackets (市市场监督管理局（市知识产权局）) is one body; when the
    bracket names another local body of the same place, the first body answers to both counterparts."""
    second = _resolve(registry, qualifier, normalise(qualifier), context)
    if second.resolved and second.region is not None and second.region == inner.region and second.id != inner.id \
            and second.counterparts:
        counterparts = tuple(dict.fromkeys((*inner.counterparts, *second.counterparts)))
        return replace(inner, counterparts=counterparts,
                       notes=(*inner.notes, f"also named {second.name}: one body with two names"))
    return replace(inner, notes=(*inner.notes, f"bracketed after the name: {qualifier}"))


def _literal_resolution(registry: Registry, raw: str, literal: LiteralForm, context: Context) -> Resolution:
    if literal.target == "central":
        if context.level != "central" and context.region is None and _local_twin(registry, literal.text):
            # a local plan whose place is unknown (宝山区 2008: 牵头单位：发改委、统计局): its own bureau as
            # likely as the ministry, and no place to read it at
            return Resolution(raw, None, notes=(f"{literal.text} in a local plan may be its own body, and the "
                                                "document's place is unknown",))
        return _central_resolution(registry, raw, literal.ref, literal.via, literal.note, context)
    if literal.target == "collective":
        collective = registry.collectives[literal.ref]
        return Resolution(raw, collective.id, collective.name, collective.name, "other", kind="collective",
                          via="collective", collective=True)
    if literal.target == "local_body":
        body = registry.local_bodies[literal.ref]
        region = registry.gazetteer.region(body.region)
        if literal.text in body.local_aliases and context.region is not None \
                and body.region not in registry.gazetteer.ancestors(context.region):
            return Resolution(raw, None, notes=(f"{literal.text} is {body.name} only in a plan of {region.name} or a "
                                                "national one; elsewhere it may name another body",))
        counterpart = registry.central[body.counterpart].name if body.counterpart else None
        return Resolution(raw, body.id, body.name, body.name, body.level or region.body_level, body.counterpart,
                          counterpart, region.id, "local_body", literal.via, notes=(body.note,) if body.note else (),  # type: ignore[arg-type]
                          counterparts=(body.counterpart,) if body.counterpart else (),
                          counterpart_basis="twin" if body.counterpart else None)
    if literal.target == "fixed":
        region = registry.gazetteer.region(literal.region)  # type: ignore[arg-type]
        return _local_resolution(registry, raw, literal.ref, region, literal.form, "fixed", context)
    if literal.target == "short":
        region = _short_form_region(registry, literal, context)
        if region is None:
            return Resolution(raw, None, kind=literal.ref,
                              notes=(f"{literal.text} leaves its place out and the document's region does not supply it",))
        tiers = literal.form.tiers if literal.form is not None else ()
        if tiers and region.tier not in tiers:
            # 省银保监分局, a county's 市银保监分局: the 分局 is a city's office, no body of this place
            return Resolution(raw, None, kind=literal.ref, notes=(
                f"{literal.text} names a body of a place at {'、'.join(tiers)} level only, and {region.name} is none",))
        called = _short_form_s_area_word(registry, literal)
        if called and region.tier in registry.kinds[literal.ref].tiers and not region.name.endswith(called):
            # 新区管委会 in the plan of 武汉东湖新技术开发区, at the new areas' tier but a high-tech zone: some 新区's
            return Resolution(raw, None, kind=literal.ref, notes=(
                f"{literal.text} names the committee of an area called {called}, and {region.name} is not one",))
        notes: tuple[str, ...] = ()
        if _written_bare(registry, literal):
            # written with no place nor marker (商务厅), the office word may still name a tier above the document's
            office = max((w for w in registry.kinds[literal.ref].office.values() if literal.text.endswith(w)),
                         key=len, default=None)
            if office and office_of_no_place_here(registry, literal.ref, office, region):
                return Resolution(raw, None, kind=literal.ref, notes=(
                    f"{office} is no office word of {registry.kinds[literal.ref].label} in {region.name}'s municipality: "
                    "no place of the document's has this body",))
            moved = office_s_province(registry, literal.ref, office, region) if office else None
            if moved is not None:
                region, notes = moved[0], (moved[1],)
        found = _local_resolution(registry, raw, literal.ref, region, literal.form, "short_form", context,
                                  written=literal.text)
        return replace(found, notes=(*found.notes, *notes)) if notes and found.resolved else found
    # a bare function word: the body of that function in the document's own region
    if context.region is None:
        return Resolution(raw, None, kind=literal.ref, notes=(f"{literal.text} needs the document's region",))
    region = registry.gazetteer.region(context.region)
    return _local_resolution(registry, raw, literal.ref, region, literal.form, "stem", context)


def _written_bare(registry: Registry, literal: LiteralForm) -> bool:
    """Whether a short form is written with neither a level marker nor a place before it (商务厅, 新区管委会)."""
    return literal.marker is None and not literal.text.startswith(tuple(m for m, _ in registry.markers))


def _short_form_s_area_word(registry: Registry, literal: LiteralForm) -> str | None:
    """The word a short form with no marker, of a kind found at some tiers only, names a place at those tiers by
    (新区 of 新区管委会: a place called 新区), before the kind's form; None for other short forms (商务厅, and a zone's
    高新区管委会, whose zone lies in the document's place rather than being it)."""
    kind = registry.kinds[literal.ref]
    if not kind.tiers or not _written_bare(registry, literal):
        return None
    return next((literal.text[:-len(form)] for form in sorted(kind.forms, key=len, reverse=True)
                 if literal.text.endswith(form) and len(literal.text) > len(form)), None)


def _local_twin(registry: Registry, text: str) -> bool:
    """Whether a central body's written form is also what a local body's name has after its level
    marker (发改委, 统计局: 区发改委, 市统计局), unlike a ministry's (商务部, 海关总署)."""
    return any(leaves_place_out(registry, marker + text) for marker, _ in registry.markers)


@functools.lru_cache(maxsize=16384)  # asked again of the same name by each of the look-ups above
def _collective_phrase(registry: Registry, text: str) -> str | None:
    """The collective a phrase of a family names (市直各有关单位, 县政府各部门), by the collectives'
    patterns."""
    anyone = registry.collective_phrase_any
    if anyone is None:
        return next((ref for pattern, ref in registry.collective_phrases if pattern.fullmatch(text)), None)
    found = anyone.fullmatch(text)
    group = found.lastgroup if found is not None else None  # c<i>: the i-th phrase, the first matching whole
    return None if group is None else registry.collective_phrases[int(group[1:])][1]


def _short_form_region(registry: Registry, literal: LiteralForm, context: Context) -> Region | None:
    """The region a registered short form (省商务厅, 市建设局, 自贸委, 团县委) means in a document of
    ``context``: the level marker it opens with, or holds inside, names the tier."""
    if context.region is None:
        return None
    text = literal.text
    if literal.marker is not None:
        tier = next(t for m, t in registry.markers if m == literal.marker)
        return region_left_out(registry, tier, literal.marker, context)
    for marker, tier in registry.markers:
        if text.startswith(marker):
            return region_left_out(registry, tier, marker, context)
    if text.startswith(registry.name_parts.dispatched_forms):
        return dispatched_region(registry, context)  # 行署: a prefecture's or a league's office
    return registry.gazetteer.region(context.region)


def _central_resolution(registry: Registry, raw: str, body_id: str, via: str, note: str | None,
                        context: Context) -> Resolution:
    written = registry.central[body_id]
    flags: list[Flag] = ["typo"] if via == "typo" else []
    notes: list[str] = [note] if note else []
    current = body_id
    date = context.effective_date()
    if date is not None:
        seen = {current}
        while current in registry.successor and registry.successor[current].date <= date:
            relation = registry.successor[current]
            notes.append(f"{registry.central[current].name} {relation.kind.replace('_', ' ')} "
                         f"{registry.central[relation.target].name} on {relation.date.isoformat()}"
                         + (f" ({relation.note})" if relation.note else ""))
            current = relation.target
            if current in seen:
                break
            seen.add(current)
        if current != body_id:
            flags.append("old_name")
        if written.established is not None and date < written.established:
            flags.append("anachronism")
            notes.append(f"{written.name} was set up on {written.established.isoformat()}, after the document's date")
    body = registry.central[current]
    return Resolution(
        raw, body.id, body.name, body.full_name, "central", kind=body.category, via=via,  # type: ignore[arg-type]
        flags=tuple(flags), notes=tuple(notes), written_id=body_id if current != body_id else None,
    )


def _capital_by_short_name(registry: Registry, region: Region, raw: str) -> bool:
    """Whether ``raw`` names ``region``, a provincial capital, by its short name without its marker (南京博物院)."""
    if region.level != "prefecture" or not region.short \
            or registry.gazetteer.province_of(region).capital != region.id:
        return False
    text = normalise(raw)
    return region.short in text and region.name not in text


def _local_resolution(registry: Registry, raw: str, kind_id: str, region: Region, form: Form | None, via: Via,
                      context: Context, office: str | None = None, qualifier: str | None = None,
                      written_title: str | None = None, written: str | None = None) -> Resolution:
    """The body of ``kind_id`` in ``region`` (one of several there, told apart by ``qualifier``); ``written``: the
    form as the registry writes it, where ``form`` is the template it was made from (团市委 of 团{marker}委)."""
    second = registry.second_names.get((region.id, kind_id))
    date = context.effective_date()
    if second is not None and (second.since is None or date is None or date.year >= second.since):
        # 上海市林业局: the place's body of the kind is its body of another kind by a second name, one office, one id
        found = _local_resolution(registry, raw, second.body, region, None, via, context, qualifier=qualifier)
        notes = (second.note, *_second_name_year_note(second.since, date))
        return replace(found, notes=(*found.notes, *notes)) if found.resolved else found
    if form is not None and form.flag == "old_name" and date is not None:
        # 环保 in a 2010 plan: a form a kind keeps for the name its bodies bore before (环保 → 生态环境局) names,
        # in a document older than the change, the body of that time — the one former kind the change made this one
        # (a kind made of several — 农业农村局 of 农业局, 畜牧局 and, later, 乡村振兴局 — has no one body to name)
        formers = registry.predecessors.get(kind_id, ())
        if len(formers) == 1 and date < formers[0][1]:
            return _local_resolution(registry, raw, formers[0][0], region, None, via, context, office, qualifier)
    kind = registry.kinds[kind_id]
    absent = next((place for place in registry.gazetteer.ancestors(region.id) if place in kind.absent_in), None) \
        if kind.absent_in else None
    if absent is not None:
        # a province (南方电网's five) or an area inside one (蒙西's eight 盟市, whose grid is 内蒙古电力's)
        return Resolution(raw, None, kind=kind.id, notes=(f"{registry.gazetteer.region(absent).name} has no {kind.label}",))
    if form is not None and form.provinces \
            and not {region.id, *registry.gazetteer.ancestors(region.id)} & set(form.provinces):
        # 园林绿化局 is 北京's forestry body; a city elsewhere titles its greening office so
        return Resolution(raw, None, kind=kind.id, notes=(form.note or f"{written or form.match} names a {kind.label} in "
                                                          f"{'、'.join(form.provinces)} only",))
    if form is not None and form.tiers and region.tier not in form.tiers:
        # 湖南省科工局, 益阳市科工局: Hunan's counties merge the bureau and call it 科工局, its province and cities do not
        return Resolution(raw, None, kind=kind.id, notes=(
            f"{raw} names a body of a place at {'、'.join(form.tiers)} level only, and {region.name} is none",))
    if kind.capital_short_unread and _capital_by_short_name(registry, region, raw):
        # 南京博物院 is 江苏省's, 西安博物院 西安市's: the capital's short name says neither the province nor the city
        return Resolution(raw, None, kind=kind.id,
                          notes=(f"{raw} names a {kind.label} by {region.short}, its province's capital: the province's "
                                 f"and {region.name}'s are written alike",))
    if office in registry.name_parts.branch_offices and office not in kind.offices and region.tier != "county":
        # 区城管分局 is a district's department; a city's or province's branch is no body the rule names (市财政分局)
        return Resolution(raw, None, kind=kind.id, notes=(f"a {office} of a {kind.label} is a district's or county's",))
    if kind.tiers and region.tier not in kind.tiers:
        above = tier_above(registry, kind, region)
        if above is None:
            return Resolution(raw, None, kind=kind.id,
                              notes=(f"{region.name} has no {kind.label}: the kind is found at {'、'.join(kind.tiers)} level only",))
        region = above
    named = kind.places.get(region.tier)
    if named and region.id not in {place.place for place in named}:
        # 绵阳市通信管理局: the ministry keeps the bureau in the provinces and in a few cities only
        return Resolution(raw, None, kind=kind.id, notes=(
            f"{region.name}'s {kind.label} is not known: at {region.tier} level the registry knows the kind only in "
            f"{'、'.join(registry.gazetteer.region(place.place).name for place in named)}",))
    if kind.numbered and region.tier == "municipality" and not qualifier and via in ("short_form", "stem", "pattern"):
        # 区中院 in a 上海 district's plan, 市中院 in 北京's: a municipality's intermediate courts are numbered
        # (上海市第一、第二、第三中级人民法院), and a name with no number does not say which one, the place
        # left out or written (重庆市中院, 天津中院)
        return Resolution(raw, None, kind=kind.id,
                          notes=(f"{region.name}'s {kind.label} bodies are numbered: {raw} does not say which one",))
    written_level = _written_level_word(kind, region, raw)
    # only a level word says whose office it is: 县委法治办 (Zhejiang's, after 法治浙江) writes none after 治
    if written_level in {marker for marker, _ in registry.markers} and written_level != _level_word(registry, region):
        # 依法治县办 in a city's plan: the level word in the name says whose office it is
        return Resolution(raw, None, kind=kind.id,
                          notes=(f"{raw} names the office of a {written_level}, not of {region.name}",))
    date = context.effective_date()
    if kind.established is not None and date is not None and date < kind.established:
        # 市科技办 in a 2019 plan: no Party science and technology office existed before the 2023 reform
        return Resolution(raw, None, kind=kind.id,
                          notes=(f"no {kind.label} before {kind.established.isoformat()}, "
                                 "when the first was set up: the document is older",))
    flags: list[Flag] = [form.flag] if form is not None and form.flag else []
    notes: list[str] = [form.note] if form is not None and form.note else []
    zone = _listed_zone(registry, kind, region, qualifier)
    several = _zones_unnamed(registry, kind, region, qualifier) if zone is None and via in ("short_form", "stem", "pattern") else ()
    if several:
        # 开发区管委会 in 芜湖's plan, where the code table lists 芜湖经济技术开发区 and 安徽芜湖三山经济开发区: the
        # bare word names no one of them, nor does it with the city's name before it (芜湖市开发区管委会), and the
        # city's own title would be a guess at the first
        return Resolution(raw, None, kind=kind.id,
                          notes=(f"{region.name} has {len(several)} zones of the kind in the division code table "
                                 f"({'、'.join(z.name for z in several)}): {raw} does not say which one",))
    if zone is not None:
        # the committee of a zone the code table lists, however the name reaches it (济宁市高新区管委会,
        # 高新区管委会 in 济宁's plan and 济宁高新区管委会 are one body: 370871's)
        notes.append(f"the zone is listed in the division code table: {zone.name}")
        region, qualifier, written_title = zone, None, None
    if via in ("short_form", "stem") and form is not None:
        notes.append(f"{PLACE_FROM_DOCUMENT}: {region.name}")
    suffix = f"-{qualifier}" if qualifier else ""
    written_id = f"{region.id}-{kind_id}{suffix}"
    lineage = _lineage(region)
    if kind.successor is not None and date is not None and kind.successor.on(region.tier, lineage) <= date \
            and not (form is not None and form.kept):
        successor = kind
        # followed as far as the document's date reaches (扶贫办 → 乡村振兴局 → 农业农村局), each step at the date of
        # the body's tier (省人口计生委 in 2015 is the province's 卫生计生委, 县计生委 then still the county's own), or
        # of the place itself where a page shows its own (秀山's 县委两新工委 on 2024-05-17)
        while successor.successor is not None and successor.successor.on(region.tier, lineage) <= date:
            following = registry.kinds[successor.successor.kind]
            own = successor.successor.place_date(lineage)
            basis = f" ({own.evidence})" if own is not None else \
                f" ({successor.successor.basis})" if successor.successor.basis else ""
            notes.append(f"{successor.label} became {following.label} on "
                         f"{successor.successor.on(region.tier, lineage).isoformat()}{basis}")
            if successor.successor.in_province:
                region = registry.gazetteer.region(region.province)
            successor = following
        flags.append("old_name")
        # a body told apart by a name keeps the name in its title (曲江新区规划局 after 2019: 西安市曲江新区自然资源和规划局,
        # never the city's own 西安市自然资源和规划局, a body of another id)
        qualified = _render_qualified(registry, successor, None, region, qualifier) \
            if qualifier and region.id == written_id.split("-", 1)[0] else None
        name = qualified or _successor_branch_title(registry, successor, form, region) \
            or title(registry, successor, region, None) or raw
        return _local(registry, raw, successor, region, name, via, flags, notes, written_id, context, suffix)
    if qualifier:
        notes.append(f"one of the {kind.label} bodies of {region.name}: {qualifier}")
        name = written_title or _render_qualified(registry, kind, form, region, qualifier) or normalise(raw)
    else:
        name = written_title or title(registry, kind, region, form, office) or normalise(raw)
    return _local(registry, raw, kind, region, name, via, flags, notes, None, context, suffix)


def _lineage(region: Region) -> tuple[str, ...]:
    """``region``'s id and those of the places above it, nearest first (a county, its city, its province)."""
    return tuple(dict.fromkeys(p for p in (region.id, region.parent, region.province) if p))


def _successor_branch_title(registry: Registry, successor: Kind, form: Form | None, region: Region) -> str | None:
    """The successor's title with the branch word the written form's title closes with, where one
    of the successor's forms closes its title with it too: a renamed regulator keeps its offices'
    grades (中国银保监会株洲监管分局 → 国家金融监督管理总局株洲监管分局, not …监管局). None otherwise."""
    if form is None or not form.full or "}" not in form.full:
        return None
    branch = form.full.rsplit("}", 1)[1]
    placeholders = [name for _, name, _, _ in string.Formatter().parse(form.full) if name]
    for candidate in successor.patterns:
        full = candidate.full or ""
        if "}" in full and full.rsplit("}", 1)[1] == branch \
                and [name for _, name, _, _ in string.Formatter().parse(full) if name] == placeholders:
            return _render(registry, successor, full, region)
    return None


def _listed_zone(registry: Registry, kind: Kind, host: Region, qualifier: str | None) -> Region | None:
    """The zone the division code table lists under ``host`` whose committee a mention of ``kind``
    read at the host names: the one zone of the kind's type there, or, for a zone told apart by a
    name (净月), the one whose name opens with it. None for a kind of no zone or a host that is itself
    an area."""
    if not kind.areas or host.level in ("zone", "new_area"):
        return None
    openings = (host.place + qualifier, qualifier) if qualifier else ()
    return registry.gazetteer.listed_zone(host.id, kind.areas, openings)


def _zones_unnamed(registry: Registry, kind: Kind, host: Region, qualifier: str | None) -> tuple[Region, ...]:
    """The zones of ``kind``'s types the division code table lists under ``host`` when there are several
    and the mention names none of them (no qualifier); empty otherwise (one zone, or none listed: the
    host's own title stands, as 南宁's 开发区管委会 and 嵊州's 经济开发区管委会 do)."""
    if qualifier or not kind.areas or host.level in ("zone", "new_area"):
        return ()
    zones = registry.gazetteer.listed_zones(host.id, kind.areas)
    return zones if len(zones) > 1 else ()


def _render_qualified(registry: Registry, kind: Kind, form: Form | None, region: Region, qualifier: str) -> str | None:
    """The title of a body told apart by a name: the written form's title with the name in it
    ({local}海关 → 金陵海关), else the kind's title with the name before its last word."""
    placeholder = f"{{{LOCAL}}}"
    if form is not None and placeholder in (form.full or form.match):
        return (form.full or form.match).replace(placeholder, qualifier)
    base = title(registry, kind, region)
    return f"{region.name}{qualifier}{base.removeprefix(region.name)}" if base else None


def _existing(registry: Registry, counterparts: tuple[str, ...], context: Context) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The counterparts that existed at the document's date, and the names of those set up later."""
    date = context.effective_date()
    if date is None:
        return counterparts, ()
    kept = tuple(c for c in counterparts if not (registry.central[c].established and registry.central[c].established > date))
    return kept, tuple(registry.central[c].name for c in counterparts if c not in kept)


def _counterparts_then(registry: Registry, kind: Kind, context: Context) -> tuple[tuple[str, ...], list[str]]:
    """The kind's counterparts as they were at the document's date: a central body renamed or merged
    by then is its successor (a local 侨办 answers to 国务院侨办 before 2018, to 中央统战部 after). An
    undated document follows the renamings to today for a kind that still exists, and none for a
    former kind (its bodies answered to the central body of their time)."""
    date = context.effective_date()
    if date is None and kind.successor is not None:
        return kind.counterparts, []
    found: list[str] = []
    notes: list[str] = []
    for counterpart in kind.counterparts:
        current, seen = counterpart, {counterpart}
        while current in registry.successor and (date is None or registry.successor[current].date <= date):
            relation = registry.successor[current]
            notes.append(f"counterpart {registry.central[current].name} {relation.kind.replace('_', ' ')} "
                         f"{registry.central[relation.target].name} on {relation.date.isoformat()}")
            current = relation.target
            if current in seen:
                break
            seen.add(current)
        found.append(current)
    return tuple(dict.fromkeys(found)), notes


def _local(registry: Registry, raw: str, kind: Kind, region: Region, name: str, via: Via, flags: list[Flag],
           notes: list[str], written_id: str | None, context: Context, suffix: str = "") -> Resolution:
    then, followed = _counterparts_then(registry, kind, context)
    counterparts, dropped = _existing(registry, then, context)
    notes = [*notes, *followed]
    if dropped:
        notes = [*notes, f"no counterpart at the document's date: {'、'.join(dropped)} set up later"]
    first = counterparts[0] if counterparts else None
    if kind.counterpart_basis == "closest" and kind.note and counterparts:
        notes = [*notes, f"counterpart is the closest central body: {kind.note}"]
    return Resolution(
        raw, f"{region.id}-{kind.id}{suffix}", name, name, kind.body_level or region.body_level, first,
        registry.central[first].name if first else None, region.id,
        kind.id, via, tuple(dict.fromkeys(flags)), tuple(notes), written_id,
        counterparts=counterparts, counterpart_basis=kind.counterpart_basis if counterparts else None,
    )


def _named_places_under(registry: Registry, kind: Kind, region: Region, below: frozenset[str] | None) -> set[str] | None:
    """The places under ``region`` that have a body of ``kind`` where each tier of places under it that the kind stands
    at names its places (the cities keeping a 通信管理局); None where a tier under it is not so limited or is unknown."""
    if below is None or not kind.places:
        return None
    tiers = below & set(kind.tiers) if kind.tiers else below
    if not tiers or any(tier not in kind.places for tier in tiers):
        return None
    return {place.place for tier, named in kind.places.items() if tier in tiers for place in named
            if region.id in registry.gazetteer.ancestors(place.place)[1:]}


def _collective_local(registry: Registry, raw: str, text: str, match: _LocalMatch, context: Context) -> Resolution:
    kind = registry.kinds[match.kind]
    if context.region is None:
        return Resolution(raw, None, kind=kind.id, notes=(f"{text} needs the document's region",))
    region = registry.gazetteer.region(context.region)
    foreign = _areas_not_under(registry, text, match, region)
    if foreign:
        return Resolution(raw, None, kind=kind.id,
                          notes=(f"{'、'.join(foreign)}: not a place under {region.name}, whose bodies the phrase names",))
    above = _levels_not_under(registry, text, match, region)
    if above:
        return Resolution(raw, None, kind=kind.id,
                          notes=(f"{'、'.join(above)}: no level under {region.name}, whose bodies the phrase would name",))
    below = _TIERS_BELOW.get(region.tier)
    if kind.tiers and below is not None and below.isdisjoint(kind.tiers):
        # 各县（市、区）通信管理局 in 黄石's plan, 各区县军分区 in a city's: the kind stands at tiers above every place under
        # the region (the ministry's bureaus in the provinces and cities), so the phrase names the bodies of none
        return Resolution(raw, None, kind=kind.id, notes=(
            f"no place under {region.name} has a {kind.label}: the kind is found at {'、'.join(kind.tiers)} level only",))
    limited = _named_places_under(registry, kind, region, below)
    if limited is not None and not limited:
        # 各市州通信管理局 in 湖北's plan: the cities that keep a bureau of their own are named, and none lies in 湖北
        return Resolution(raw, None, kind=kind.id, notes=(
            f"no place under {region.name} is known to have a {kind.label}: below the provinces the registry knows it only in "
            f"{'、'.join(registry.gazetteer.region(place.place).name for named in kind.places.values() for place in named)}",))
    if kind.id in registry.not_in_towns and _towns_only(registry, text, match):
        # 各乡镇人大常委会, 各乡镇政协: a town's congress has a presidium, no standing committee, and a town has no CPPCC
        return Resolution(raw, None, kind=kind.id, notes=(
            f"no town or subdistrict has a {kind.label}: the kind is found at {'、'.join(kind.tiers)} level only",))
    level: BodyLevel = "municipal" if region.tier == "province" else "county"
    first = kind.counterparts[0] if kind.counterparts else None
    return Resolution(
        raw, subordinate_id(region.id, kind.id), f"{region.name}{text}", f"{region.name}{text}", level,
        first, registry.central[first].name if first else None, region.id, kind.id, "collective", collective=True,
        notes=(_collective_note(registry, kind, text, match, region, context.date),),
        counterparts=kind.counterparts, counterpart_basis=kind.counterpart_basis if first else None,
    )


def _collective_note(registry: Registry, kind: Kind, text: str, match: _LocalMatch, region: Region,
                     date: dt.date | None) -> str:
    """What a collective of the places under ``region`` names: the kind's bodies of every place its phrase words; where
    the phrase counts county-level places run by a tier under a province (市管县) and the province ran some counties
    itself at ``date`` (省直管县: 湖北's 仙桃市 from 1994), those are said to be left out."""
    worded = _places_worded(registry, text, match)
    phrase = _subordinate_phrase(text, match)
    running = next((q for q in registry.running_quantifiers if phrase is not None and phrase.startswith(q)), None)
    if running is None or region.tier != "province" or date is None \
            or not set(worded.split("、")) <= registry.running_counted:
        return f"the {kind.label} of every {worded} under {region.name}"
    since = registry.gazetteer.province_run_since
    own = [child.name for child in registry.gazetteer.under(region.id, "")
           if child.tier == "county" and child.id in since and since[child.id] <= date.year]
    if not own:
        return f"the {kind.label} of every {worded} under {region.name}"
    runner = running.removesuffix("各").removesuffix("管")  # 市管各 → 市: the places that run them
    return (f"the {kind.label} of every {worded} a {runner} runs under {region.name}; "
            f"{region.name} runs {'、'.join(own)} itself: not among them")


def _towns_only(registry: Registry, text: str, match: _LocalMatch) -> bool:
    """Whether the phrase of places a collective's ``text`` opens with names towns or subdistricts alone (各乡镇, 各街道;
    not 各县（市、区）nor 各区、乡镇)."""
    phrase = _subordinate_phrase(text, match)
    if phrase is None:
        return False
    opening = max((q for q in registry.subordinate_quantifiers if phrase.startswith(q)), key=len, default="")
    words = [unit[0] for unit in registry.subordinate_unit.finditer(phrase[len(opening):])]
    return bool(words) and all(word in registry.town_units for word in words)


def _places_worded(registry: Registry, text: str, match: _LocalMatch) -> str:
    """The places a phrase of the places under the region names, by its own level words (各乡镇人民政府: 乡镇; 各县（市、区）
    政府: 县、市、区), for the collective's note; "city and county" where the form opens with no such phrase."""
    phrase = _subordinate_phrase(text, match)
    if phrase is None:
        return "city and county"
    # a quantifier's own marker (市 of 市属各开发区: the city running them) is no place named
    opening = max((q for q in registry.subordinate_quantifiers if phrase.startswith(q)), key=len, default="")
    words = dict.fromkeys(unit[0] for unit in registry.subordinate_unit.finditer(phrase[len(opening):]))
    return "、".join(words) or "city and county"


def _subordinate_phrase(text: str, match: _LocalMatch) -> str | None:
    """The phrase of places under the region a collective's ``text`` opens with (各乡镇 of 各乡镇人民政府), where its form
    opens with one ({sub}); None otherwise."""
    if match.form is None or not match.form.match.startswith("{sub}"):
        return None
    return text[: len(text) - len(match.form.match) + len("{sub}")]


_TIER_RANK = {"province": 0, "municipality": 0, "city": 1, "county": 2}
#: the tiers of the places under a region of each tier (a county's towns have no tier a kind's ``tiers`` names)
_TIERS_BELOW = {"province": frozenset({"city", "county"}), "municipality": frozenset({"county"}),
                "city": frozenset({"county"})}


def _levels_not_under(registry: Registry, text: str, match: _LocalMatch, region: Region) -> list[str]:
    """The level words of a phrase of the places under ``region`` that cannot stand for a place
    under it (区州党委 in a prefecture's plan: 州 is the prefecture's own level)."""
    phrase = _subordinate_phrase(text, match)
    if phrase is None:
        return []
    if registry.subordinate_ranked is not None and registry.subordinate_ranked.fullmatch(phrase):
        return []  # 省级开发区: the zones of a rank under the region; 省级 is a rank, no level word
    if phrase.startswith(registry.subordinate_counted):
        # a number counts places named before: of a level no place under the region bears (四市 in 呼和浩特's
        # plan, 呼包鄂乌), they are its peers, none under it
        absent = [unit[0] for unit in registry.subordinate_unit.finditer(phrase)
                  if not registry.gazetteer.named_below(region.id, unit[0])]
        if absent:
            return absent
    return _levels_at_or_above(registry, phrase, region)


def _levels_at_or_above(registry: Registry, phrase: str, region: Region) -> list[str]:
    """The level words of ``phrase``, a run of level words, that cannot stand for a place under
    ``region`` (see :func:`_levels_not_under`)."""
    if region.tier not in _TIER_RANK:
        return []
    owner = _owner_above(registry, phrase, region)
    if owner is not None:
        return [owner]
    units: list[tuple[str, int | None]] = []
    for found_unit in registry.subordinate_unit.finditer(phrase):
        tier = registry.unit_tiers.get(found_unit[0])
        units.append((found_unit[0], _TIER_RANK[tier] if tier else None))
    own = _TIER_RANK[region.tier]
    found = [unit for unit, rank in units if rank is not None and rank <= own]
    # the region's own level first, then the levels below a county's under it (区街道办事处 in a
    # district's plan: its subdistricts' offices); before a level that has bodies of its own (州县党委
    # in a prefecture's plan: the prefecture's committee and its counties') it is a place whose bodies
    # the phrase names too, which no collective of the places under it holds
    if found and units[0][1] == own and len(found) == 1 and len(units) > 1 \
            and all(rank is None for _, rank in units[1:]):
        return []
    return found


def _owner_above(registry: Registry, phrase: str, region: Region) -> str | None:
    """The level marker opening a quantifier of ``phrase`` (市 of 市属各开发区: the places or zones the city runs)
    where it writes a place above ``region`` or beside it: 市属各开发区管委会 in 嘉定区's plan are 上海's zones'
    committees, none under the district. None where it writes ``region`` itself (市属 in a county-level city's plan)
    or a tier under it (区属 in a city's plan: the zones of its districts)."""
    quantifier = max((q for q in registry.subordinate_quantifiers if phrase.startswith(q)), key=len, default="")
    marker, tier = next(((m, t) for m, t in registry.markers if quantifier.startswith(m)), (None, None))
    if marker is None or tier not in _TIER_RANK or region.name.endswith(marker):
        return None
    return marker if _TIER_RANK[tier] <= _TIER_RANK[region.tier] else None


def _areas_not_under(registry: Registry, text: str, match: _LocalMatch, region: Region) -> list[str]:
    """The areas a phrase of the places under ``region`` names after its run of level words
    (各市〔州〕、贵安新区…: 贵安新区) that are no places of the gazetteer under ``region``."""
    if match.form is None or not match.form.match.startswith("{sub}"):
        return []
    places = split_top(text[: len(text) - len(match.form.match) + len("{sub}")], ("、",))[1:]
    gazetteer = registry.gazetteer
    foreign = []
    # a level or area word alone (各市、县; 各园区、开发区) is a kind of place, not a named area
    for name in (p for p in places if not registry.subordinate.fullmatch("各" + p)):
        found = gazetteer.find_place(name, region.id)
        if found is None or found.region is None or region.id not in gazetteer.ancestors(found.region.id):
            foreign.append(name)
    return foreign


@functools.lru_cache(maxsize=8192)
def _match_pattern(registry: Registry, text: str, context: Context) -> _LocalMatch | None:
    """The first of the registry's local-body patterns that ``text`` is, read in ``context``.
    Remembered: the same few hundred names are looked up again and again (1,333 lookups of 260
    names for the bundled five), each against every pattern that can end as the name does (:func:`_patterns_ending`)."""
    for compiled in _patterns_ending(registry, text[-1:]):
        if not (text.startswith(compiled.head) and text.endswith(compiled.ends)):  # cannot match
            continue
        match = compiled.pattern.match(text)
        if match is None:
            continue
        found: list[Region] = []
        qualifier = None
        for placeholder in compiled.placeholders:
            if placeholder == LOCAL:
                local = read_local_place(registry, match.group(placeholder), context)
                region, qualifier = local if local is not None else (None, None)
            else:
                region = registry.gazetteer.placeholder(placeholder, match.group(placeholder), context.region)
            if region is None:
                break
            found.append(region)
        else:
            region = registry.gazetteer.most_specific(found)
            hosts = registry.kinds[compiled.kind].hosts
            if region is not None and (not hosts or region.id in hosts):
                return _LocalMatch(compiled.kind, compiled.form, region, qualifier)
    return None


@functools.lru_cache(maxsize=256)
def _patterns_ending(registry: Registry, last: str) -> tuple[PatternForm, ...]:
    """The registry's local-body patterns, in their order, that a name whose last character is
    ``last`` ("" for an empty name) may match: one of the pattern's endings closes with that
    character, or is empty. A name is tried against these few instead of all 144 patterns, whose
    ``head`` and ``ends`` tests (two method calls each) were most of the time a look-up took."""
    return tuple(compiled for compiled in registry.patterns
                 if any(not end or end[-1:] == last for end in compiled.ends))


@functools.lru_cache(maxsize=8192)  # asked of the same names by recognition, resolution and the lists' rules
def _match_collective(registry: Registry, text: str) -> _LocalMatch | None:
    """The kind whose bodies in every place under the region ``text`` names, by the registry's collective
    patterns or a composed name after a phrase of those places; kept for the process (a frozen answer of the
    registry, compared by identity, and the text alone)."""
    for compiled in registry.collective_patterns:
        if text.startswith(compiled.head) and text.endswith(compiled.ends) and compiled.pattern.match(text):
            return _LocalMatch(compiled.kind, compiled.form, None)
    return _composed_collective(registry, text)


def _composed_collective(registry: Registry, text: str) -> _LocalMatch | None:
    """A phrase standing for the places under the region before what one kind's composed name ends
    with (各市县市场监管部门, 各县（市、区）住房城乡建设局, 各市、县人民政府): that kind's bodies there."""
    for end in range(len(text) - 1, 0, -1):
        forms = registry.compose.get(text[end:])
        if not forms or len({f.kind for f in forms}) != 1:
            continue
        if registry.subordinate.fullmatch(text[:end]):
            return _LocalMatch(forms[0].kind, Form(match="{sub}" + text[end:]), None)  # a template, as the data file writes one
    return None


def own_place_split(text: str, context: Context, registry: Registry | None = None) -> tuple[str, str] | None:
    """A collective whose run of level words ends with the document's own place (各区、市财政局 in a
    plan of a city with districts only: each district's finance bureau and the city's), or a place above
    it (各镇、市政府 in a county's plan), as the two names it stands for (各区财政局, 市财政局); None for any
    other text, and where the document's place is unknown (the places under it unknown too). Where places
    of that level word lie under the region (苏州's county-level 市: 各区、市财政局 is every district's and
    county-level city's), the run names them and stays one collective."""
    registry = registry or load_registry()
    if context.region is None:
        return None
    written = normalise(text)
    match = _match_collective(registry, written)
    if match is None or match.form is None or not match.form.match.startswith("{sub}"):
        return None
    ending = match.form.match.removeprefix("{sub}")
    run = written[: len(written) - len(ending)]
    head, _, last = run.rpartition("、")
    region = registry.gazetteer.region(context.region)
    own = dict(registry.markers).get(last)
    if not head or own is None or not _own_or_above(own, last, region, match.kind, registry.gazetteer) \
            or not registry.subordinate.fullmatch(head) \
            or registry.gazetteer.has_under(region.id, last):
        return None
    return head + ending, last + ending


def _marker_tier(region: Region) -> str:
    """The tier whose level markers write ``region`` in a name that leaves its place out."""
    return "city" if region.tier == "municipality" else region.tier


def _own_or_above(own: str, last: str, region: Region, kind: str, gazetteer: Gazetteer) -> bool:
    """Whether the level word ``last`` (of tier ``own``) writes ``region`` itself or a place above it: its tier is the
    region's (各区、市财政局 in a city's plan), or the region's own name ends with it (昆山市, a county-level city: 各镇（区）、
    市政府 names its own government), or — for a government alone, a body every place has — a place above the region
    is of its tier and named with it (各镇、市政府 in 城固县's plan: 汉中市's). A department's name at a tier above
    (各镇、省财政厅) would hand the places the upper tier's kind (各镇财政厅), and a 市 over a county under a 地区 or a
    province (布尔津县, 陵水) names no place: both keep today's reading (review r_mend40)."""
    if own == _marker_tier(region) or region.name.endswith(last):
        return True
    if kind != "people_government":
        return False
    above = (gazetteer.regions.get(up) for up in gazetteer.ancestors(region.id)[1:])
    return any(up is not None and _marker_tier(up) == own and up.name.endswith(last) for up in above)


def is_collective(text: str, registry: Registry | None = None) -> bool:
    """Whether ``text`` names the bodies of one kind in every place under the document's region."""
    return _match_collective(registry or load_registry(), normalise(text)) is not None


def collective_kind(text: str, registry: Registry | None = None) -> str | None:
    """The kind whose bodies in every place under the document's region ``text`` names (各市人民政府:
    people_government), or None."""
    found = _match_collective(registry or load_registry(), normalise(text))
    return found.kind if found is not None else None


def names_a_collective(text: str, registry: Registry | None = None) -> bool:
    """Whether ``text`` is a phrase naming an unspecified set of bodies (``[[collective]]``: 有关部门,
    市直各有关单位, 驻市有关单位)."""
    registry = registry or load_registry()
    text = normalise(text)
    literal = registry.literals.get(text)
    return literal is not None and literal.target == "collective" or _collective_phrase(registry, text) is not None


def is_subordinate_places(text: str, registry: Registry | None = None) -> bool:
    """Whether ``text`` is only a phrase standing for the places under a region (各市（州）, 各市)."""
    return (registry or load_registry()).subordinate.fullmatch(normalise(text)) is not None


def title(registry: Registry, kind: Kind, region: Region, form: Form | None = None, office: str | None = None) -> str | None:
    """The official title of ``kind``'s body in ``region``: a recorded official name, else the title
    the written form stands for, else the kind's title for the region's tier, else the title
    composed from the place, the kind's official stem and the tier's office word; None at a tier
    that has no body of the kind (a county's 军分区)."""
    if kind.tiers and region.tier not in kind.tiers:
        return None
    named = kind.places.get(region.tier)
    if named and region.id not in {place.place for place in named}:
        return None
    official = registry.official_name(region.id, kind.id)
    if official:
        return official
    if form is not None and form.full:
        rendered = _render(registry, kind, form.full, region)
        if rendered:
            return rendered
    # a county-level unit of a municipality may title a body as the municipality's own bodies do
    # (北京市大兴区发展和改革委员会, where other counties have a 发展和改革局)
    own = "municipal_county" if region.tier == "county" and gazetteer_tier(registry, region.parent) == "municipality" else None
    template = (kind.names.get(own) if own else None) or kind.names.get(region.tier)  # type: ignore[call-overload]
    if template is None and region.tier == "municipality":
        template = kind.names.get("province")
    if template is not None:
        return _render(registry, kind, template, region)
    if kind.stems:
        tier_office = (kind.office.get(own) if own else None) or kind.office.get(region.tier) \
            or kind.office.get("province" if region.tier == "municipality" else "city")  # type: ignore[call-overload]
        word = tier_office or office or next(iter(kind.office.values()), None) or kind.offices[0]
        infix = "人民政府" if kind.infix and word in ("委员会", "办公室") else ""
        if kind.branch == "party":
            return f"中共{region.name}委{kind.stems[0]}{word}"
        return f"{region.name}{infix}{kind.stems[0]}{word}"
    if kind.forms and not kind.areas:
        return f"{region.name}{kind.forms[0]}"
    if kind.areas:
        return f"{region.name}{kind.forms[0]}" if region.level in ("new_area", "zone") else None
    return None


def gazetteer_tier(registry: Registry, region_id: str | None) -> str | None:
    """The tier of the region ``region_id`` names, None for none."""
    return registry.gazetteer.regions[region_id].tier if region_id in registry.gazetteer.regions else None


def _render(registry: Registry, kind: Kind, template: str, region: Region) -> str | None:
    gazetteer = registry.gazetteer
    if region.level == "prefecture" and region.name != f"{region.short}市":
        template = template.replace("{city}市", "{name}")  # 延边朝鲜族自治州商务局, not 延边市商务局
    province = gazetteer.province_of(region)
    capital = gazetteer.region(province.capital) if province.capital and region.level == "province" else None
    values = {
        "province": province.name,
        "province_short": province.short,
        "city": region.short if region.level == "prefecture" else None,
        "county": region.name if region.level == "county" else None,
        "county_place": region.place if region.level == "county" else None,
        "capital": capital.place if capital else None,
        "place": region.place,
        "area": region.name,
        "name": region.name,
        "stem": kind.stems[0] if kind.stems else None,
        "office": kind.office.get(region.tier) if kind.office else None,  # type: ignore[call-overload]
        "level_word": _level_word(registry, region),
    }
    try:
        return template.format_map(_Strict(values))
    except KeyError:
        return None


def _written_level_word(kind: Kind, region: Region, raw: str) -> str | None:
    """The level word a name of a kind titled with its place's level word writes (依法治县办: 县),
    read after the character the kind's title puts before ``{level_word}`` (治); None for a kind
    titled otherwise at ``region``'s tier."""
    template = kind.names.get(region.tier)  # type: ignore[call-overload]
    if not template or "{level_word}" not in template:
        return None
    anchor = template.split("{level_word}", 1)[0][-1:]
    text = normalise(raw)
    at = text.rfind(anchor) if anchor else -1
    return text[at + 1] if 0 <= at < len(text) - 1 else None


def _level_word(registry: Registry, region: Region) -> str | None:
    """The level word closing ``region``'s name, one character (木兰县 → 县, 内蒙古自治区 → 区), or
    None for a name closed by no level marker."""
    closing = next((m for m, _ in registry.markers if region.name.endswith(m)), None)
    return closing[-1] if closing else None


class _Strict(dict):
    def __getitem__(self, key: str) -> str:
        value = super().get(key)
        if value is None:
            raise KeyError(key)
        return value


def nearest_entries(text: str, context: Context | None = None, registry: Registry | None = None,
                    limit: int = 3) -> tuple[str, ...]:
    """The registered names nearest to ``text``: central bodies and other registered forms, places,
    and the titles of every kind of local body in the document's region."""
    return _nearest(registry or load_registry(), text, context or _NATIONAL, limit)


@functools.lru_cache(maxsize=4096)  # a body no entry names comes back in many cells of a plan
def _nearest(registry: Registry, text: str, context: Context, limit: int) -> tuple[str, ...]:
    from rapidfuzz import fuzz, process  # imported only when a name resolves to nothing

    choices = list(_choices(registry))
    if context.region is not None:
        choices.extend(_local_titles(registry, context.region))
    found = process.extract(_with_place(registry, text, context), choices, scorer=fuzz.ratio, limit=limit, score_cutoff=55)
    return tuple(dict.fromkeys(choice for choice, _, _ in found))


def _with_place(registry: Registry, text: str, context: Context) -> str:
    """``text`` with a leading level marker written out as the document's place (市X → 成都市X), so
    that it compares with the titles of the region's bodies."""
    for marker, tier in registry.markers:
        if text.startswith(marker):
            region = region_left_out(registry, tier, marker, context)
            return region.name + text[len(marker):] if region is not None else text
    return text


@functools.lru_cache(maxsize=4)
def _choices(registry: Registry) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*registry.forms(), *registry.gazetteer.names())))


@functools.lru_cache(maxsize=64)
def _local_titles(registry: Registry, region_id: str) -> tuple[str, ...]:
    region = registry.gazetteer.region(region_id)
    places = [region, *(registry.gazetteer.region(i) for i in registry.gazetteer.ancestors(region_id)[1:])]
    titles = (title(registry, kind, place) for kind in registry.kinds.values() for place in places)
    return tuple(dict.fromkeys(t for t in titles if t))


# ---------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------


def resolve_regions(text: str, round: str | int | None = None, registry: Registry | None = None) -> RegionScope:
    """Which pilot areas a place phrase or list covers, in the pilot round ``round``.

    ``text`` may be a whole responsibility clause (北京、深圳、武汉、广州等试点地区负责推进): role
    phrases and bodies are skipped. 试点地区 stands for every area of ``round``; a list names its
    areas; group names (京津冀) expand to their members.
    """
    registry = registry or load_registry()
    return _resolve_regions(text, round, registry)


@functools.lru_cache(maxsize=8192)  # a plan names the same places in many cells, and a diff reads them again
def _resolve_regions(text: str, round: str | int | None, registry: Registry) -> RegionScope:
    gazetteer = registry.gazetteer
    pilot_round = gazetteer.round(round)
    listed: list[tuple[str, str]] = []  # (region id, as written)
    groups: list[str] = []
    phrases: list[tuple[str, ScopeKind]] = []
    unresolved: list[str] = []
    notes: list[str] = []
    open_list = False
    candidates = False
    for index, clause in enumerate(split_clauses(text)):
        for group in find_role_groups(clause, index, registry.roles):
            chunk = strip_prefix(group.items_text, gazetteer.list_prefixes)
            for suffix in gazetteer.list_suffixes:
                found = suffix.pattern.search(chunk)
                if found and found.start() > 0:
                    chunk = chunk[:found.start()]
                    notes.append(found.group(0).strip())
                    candidates = candidates or suffix.kind == "qualified"
                    break
            items = split_items(chunk, registry.roles, functools.partial(recognise, registry=registry))
            if group.scope_text:
                items.append(group.scope_text)
            for item in items:
                opened = _read_place(registry, item, listed, groups, phrases, unresolved, notes)
                open_list = open_list or opened
    kinds = {kind for _, kind in phrases}
    if "all" in kinds:
        kind: ScopeKind = "all"
    elif listed or groups:
        kind = "qualified" if candidates else "listed"
    else:
        kind = next((k for k in ("qualified", "related", "subordinate") if k in kinds), "none")  # type: ignore[assignment]
    ids = list(dict.fromkeys(region_id for region_id, _ in listed))
    members = pilot_round.members if pilot_round else ()
    group_members = [m for g in groups for m in gazetteer.groups[g].members]
    areas = tuple(members) if kind == "all" else tuple(dict.fromkeys([*ids, *group_members]))
    counts = Counter(region_id for region_id, _ in listed)
    written: dict[str, str] = {}
    for region_id, name in listed:
        written.setdefault(region_id, name)
    duplicates = tuple((written[region_id], n) for region_id, n in counts.items() if n > 1)
    outside = tuple(i for i in ids if pilot_round and not set(gazetteer.ancestors(i)) & set(members))
    group_pilot_areas = tuple(
        (g, tuple(m for m in members if set(gazetteer.ancestors(m)) & set(gazetteer.groups[g].members)))
        for g in groups
    ) if pilot_round else ()
    return RegionScope(
        raw=text,
        kind=kind,
        areas=areas,
        groups=tuple(dict.fromkeys(groups)),
        phrases=tuple(p for p, _ in phrases),
        duplicates=duplicates,
        unresolved=tuple(unresolved),
        open_list=open_list,
        notes=tuple(notes),
        round=pilot_round.id if pilot_round else None,
        outside_round=outside,
        group_pilot_areas=group_pilot_areas,
    )


def _read_place(registry: Registry, item: str, listed: list[tuple[str, str]], groups: list[str],
                phrases: list[tuple[str, ScopeKind]], unresolved: list[str], notes: list[str]) -> bool:
    """Record what one list item names; return whether it closed the list with 等."""
    gazetteer = registry.gazetteer
    opened = False
    core = item
    if core[:1] == "（" and core.endswith("）"):
        notes.append(core[1:-1])
        return opened
    while True:
        place = gazetteer.find_place(core) or _places_under(registry, core)
        if place is not None:
            if place.scope is not None:
                phrases.append((core, place.scope.kind))
            elif place.group is not None:
                groups.append(place.group.id)
            else:
                listed.append((place.id, core))
            return opened
        stripped, qualifier = strip_qualifier(core)
        if qualifier is not None:
            notes.append(qualifier)
            core = stripped
            continue
        stripped, tail = strip_etc(core, registry.roles.etc_tails)
        if tail is not None and stripped != core:
            opened = True
            core = stripped
            continue
        if not recognise(core, registry):
            unresolved.append(core)
        return opened


#: A reading of a name that answers it or passes (None), given the registry, the name as written and as read, and the
#: document's context.
Reading = Callable[[Registry, str, str, Context], Resolution | None]


def _first_reading(readings: tuple[Reading, ...], registry: Registry, raw: str, text: str,
                   context: Context) -> Resolution | None:
    """The answer of the first of ``readings`` that answers, in their order; None when all pass."""
    for reading in readings:
        found = reading(registry, raw, text, context)
        if found is not None:
            return found
    return None


#: A name read as a local body, then as a district's office, a body's unit, a group in a body, a body's organs,
#: in that order (:func:`_resolve`, before the collectives).
_BODY_READINGS: tuple[Reading, ...] = (_local_reading, _district_office, _unit_of_body, _group_in_body, _organs_of_body)

#: After the collectives: the collective of a named place, the places under one, a Corps city, a Corps city's marker.
_PLACE_READINGS: tuple[Reading, ...] = (_named_place_collective, _places_under_named_place, _corps_city,
                                        _corps_city_marker)

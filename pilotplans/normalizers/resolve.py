"""Resolving written names of bodies and places against the registry and the gazetteer.

:func:`resolve_body` turns one written name (商务部, 市商务局, 海南银保监局, 有关部门) into a
:class:`Resolution`; :func:`resolve_regions` turns a list of places (北京、深圳等试点地区,
试点地区, 具备条件的试点地区) into a :class:`RegionScope`. Both are pure functions of their
arguments and the package's data.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from pilotplans.normalizers.models import (
    BodyLevel,
    Context,
    Flag,
    RegionScope,
    Resolution,
    ScopeKind,
    Via,
)
from pilotplans.normalizers.registry import (
    Form,
    Gazetteer,
    Kind,
    Region,
    Registry,
    load_registry,
)
from pilotplans.normalizers.segment import (
    find_role_groups,
    normalise,
    split_clauses,
    split_items,
    strip_etc,
    strip_prefix,
    strip_qualifier,
)

_SPECIFICITY = {"county": 3, "prefecture": 2, "new_area": 2, "province": 1}
_NATIONAL = Context()


def make_context(
    region: str | None = None,
    level: str = "central",
    date: dt.date | None = None,
    programme: str | None = None,
    round: str | int | None = None,
) -> Context:
    """A :class:`Context` from a document's metadata: ``region`` may be a gazetteer id or a place name
    (厦门), ``round`` a round id or a year (with ``programme`` when the year alone is ambiguous)."""
    gazetteer = load_registry().gazetteer
    region_id = None
    if region is not None:
        found = gazetteer.regions.get(region) or gazetteer.lookup(region)
        if found is None:
            raise KeyError(f"{region!r} is not a place of the gazetteer")
        region_id = found.id
    pilot_round = None
    if round is not None:
        if programme is not None and isinstance(round, int | str) and str(round).isdigit():
            pilot_round = gazetteer.rounds.get(f"{programme}-{round}")
        pilot_round = pilot_round or gazetteer.round(round)
    return Context(
        region=region_id,
        level=level,
        date=date,
        round=pilot_round.id if pilot_round else None,
        round_year=pilot_round.year if pilot_round else None,
    )


# ---------------------------------------------------------------------------------------------
# Recognition (is this a name at all?)
# ---------------------------------------------------------------------------------------------


def recognise(text: str) -> bool:
    """Whether ``text`` is a name the registry or gazetteer knows, whatever the document."""
    return _recognise(normalise(text))


@functools.lru_cache(maxsize=16384)
def _recognise(text: str) -> bool:
    if not text:
        return False
    registry = load_registry()
    gazetteer = registry.gazetteer
    if text in registry.literals or gazetteer.lookup(text) or gazetteer.group(text) or gazetteer.scope(text):
        return True
    if _match_pattern(registry, text) or _match_collective(registry, text):
        return True
    core, tail = strip_etc(text, registry.roles.etc_tails)
    if tail is not None and core != text and _recognise(core):
        return True
    core, qualifier = strip_qualifier(text)
    return qualifier is not None and _recognise(core)


def is_exact_name(text: str) -> bool:
    """Whether ``text`` as it stands (nothing taken off) is a registered form or a place."""
    registry = load_registry()
    gazetteer = registry.gazetteer
    text = normalise(text)
    return bool(text in registry.literals or gazetteer.lookup(text) or gazetteer.group(text) or gazetteer.scope(text)
                or _match_pattern(registry, text))


def is_place(text: str) -> bool:
    """Whether ``text`` names a place, a group of places or a scope phrase (试点地区)."""
    gazetteer = load_registry().gazetteer
    text = normalise(text)
    return bool(gazetteer.lookup(text) or gazetteer.group(text) or gazetteer.scope(text))


# ---------------------------------------------------------------------------------------------
# Bodies
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _LocalMatch:
    kind: str
    form: Form
    region: Region | None


def resolve_body(mention: str, context: Context | None = None) -> Resolution:
    """What a written name of a body stands for in a document of ``context``.

    Central names, aliases and typos resolve to the central body; with a date (or a round) a
    body renamed or merged by then resolves to its successor (flag ``old_name``, ``written_id``
    the body written). Local forms resolve to ``<region id>-<kind>`` with the region read from
    the name (厦门海关) or, for forms that leave it out (市商务局), from ``context.region``.
    Unresolvable names keep ``raw`` with ``id`` None and near registered names as suggestions.
    """
    context = context or _NATIONAL
    return _resolve(load_registry(), mention, normalise(mention), context)


def _resolve(registry: Registry, raw: str, text: str, context: Context) -> Resolution:
    gazetteer = registry.gazetteer
    literal = registry.literals.get(text)
    if literal is not None:
        return _literal_resolution(registry, raw, literal, context)
    scope = gazetteer.scope(text)
    if scope is not None:
        return Resolution(raw, scope.id, scope.name, scope.name, "other", kind="scope", via="scope", collective=True)
    region = gazetteer.lookup(text)
    if region is not None:
        return Resolution(raw, region.id, region.name, region.name, "other", region=region.id, kind="region", via="region")
    group = gazetteer.group(text)
    if group is not None:
        return Resolution(raw, group.id, group.name, group.name, "other", kind="group", via="region", collective=True)
    match = _match_pattern(registry, text)
    if match is not None:
        assert match.region is not None
        return _local_resolution(registry, raw, match.kind, match.region, match.form, "pattern", context)
    collective = _match_collective(registry, text)
    if collective is not None:
        return _collective_local(registry, raw, text, collective, context)
    core, qualifier = strip_qualifier(text)
    if qualifier is not None:
        inner = _resolve(registry, raw, core, context)
        if inner.resolved:
            return replace(inner, notes=(*inner.notes, f"bracketed after the name: {qualifier}"))
    core, tail = strip_etc(text, registry.roles.etc_tails)
    if tail is not None and core != text:
        inner = _resolve(registry, raw, core, context)
        if inner.resolved:
            return replace(inner, notes=(*inner.notes, f"list closed by 等{tail}"))
    return Resolution(raw, None, suggestions=_suggestions(registry, text))


def _literal_resolution(registry: Registry, raw: str, literal, context: Context) -> Resolution:
    if literal.target == "central":
        return _central_resolution(registry, raw, literal.ref, literal.via, literal.note, context)
    if literal.target == "collective":
        collective = registry.collectives[literal.ref]
        return Resolution(raw, collective.id, collective.name, collective.name, "other", kind="collective",
                          via="collective", collective=True)
    if literal.target == "local_body":
        body = registry.local_bodies[literal.ref]
        region = registry.gazetteer.region(body.region)
        counterpart = registry.central[body.counterpart].name if body.counterpart else None
        return Resolution(raw, body.id, body.name, body.name, body.level or region.body_level, body.counterpart,
                          counterpart, region.id, "local_body", literal.via, notes=(body.note,) if body.note else ())
    if literal.target == "fixed":
        region = registry.gazetteer.region(literal.region)
        return _local_resolution(registry, raw, literal.ref, region, Form(match=literal.text), "fixed", context)
    if literal.target == "short":
        region = _region_left_out(registry.gazetteer, literal.text, context)
        if region is None:
            return Resolution(raw, None, kind=literal.ref,
                              notes=(f"{literal.text} leaves its place out and the document's region does not supply it",))
        return _local_resolution(registry, raw, literal.ref, region, literal.form, "short_form", context)
    # a stem: the body of that function in the document's own region
    if context.region is None:
        return Resolution(raw, None, kind=literal.ref, notes=(f"{literal.text} needs the document's region",))
    region = registry.gazetteer.region(context.region)
    return _local_resolution(registry, raw, literal.ref, region, literal.form, "stem", context)


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


def _local_resolution(registry: Registry, raw: str, kind_id: str, region: Region, form: Form | None, via: Via,
                      context: Context) -> Resolution:
    kind = registry.kinds[kind_id]
    flags: list[Flag] = [form.flag] if form is not None and form.flag else []
    notes: list[str] = [form.note] if form is not None and form.note else []
    if via in ("short_form", "stem"):
        notes.append(f"place taken from the document: {region.name}")
    written_id = f"{region.id}-{kind_id}"
    date = context.effective_date()
    if kind.successor is not None and date is not None and kind.successor.date <= date:
        successor = registry.kinds[kind.successor.kind]
        notes.append(f"{kind.label} became {successor.label} on {kind.successor.date.isoformat()}")
        flags.append("old_name")
        name = _title(registry, successor, region, None) or raw
        return _local(registry, raw, successor, region, name, via, flags, notes, written_id)
    name = _title(registry, kind, region, form) or normalise(raw)
    return _local(registry, raw, kind, region, name, via, flags, notes, None)


def _local(registry: Registry, raw: str, kind: Kind, region: Region, name: str, via: Via, flags: list[Flag],
           notes: list[str], written_id: str | None) -> Resolution:
    counterpart = registry.central[kind.counterpart].name if kind.counterpart else None
    return Resolution(
        raw, f"{region.id}-{kind.id}", name, name, region.body_level, kind.counterpart, counterpart, region.id,
        kind.id, via, tuple(dict.fromkeys(flags)), tuple(notes), written_id,
    )


def _collective_local(registry: Registry, raw: str, text: str, match: _LocalMatch, context: Context) -> Resolution:
    kind = registry.kinds[match.kind]
    if context.region is None:
        return Resolution(raw, None, kind=kind.id, notes=(f"{text} needs the document's region",))
    region = registry.gazetteer.region(context.region)
    level: BodyLevel = "municipal" if region.tier == "province" else "county"
    counterpart = registry.central[kind.counterpart].name if kind.counterpart else None
    return Resolution(
        raw, f"{region.id}-subordinate-{kind.id}", f"{region.name}{text}", f"{region.name}{text}", level,
        kind.counterpart, counterpart, region.id, kind.id, "collective", collective=True,
        notes=(f"the {kind.label} of every city and county under {region.name}",),
    )


def _match_pattern(registry: Registry, text: str) -> _LocalMatch | None:
    for compiled in registry.patterns:
        match = compiled.pattern.match(text)
        if match is None:
            continue
        region = _place(registry.gazetteer, compiled.placeholders, match)
        if region is not None:
            return _LocalMatch(compiled.kind, compiled.form, region)
    return None


def _match_collective(registry: Registry, text: str) -> _LocalMatch | None:
    for compiled in registry.collective_patterns:
        if compiled.pattern.match(text):
            return _LocalMatch(compiled.kind, compiled.form, None)
    return None


def _place(gazetteer: Gazetteer, placeholders: tuple[str, ...], match) -> Region | None:
    found: list[Region] = []
    for placeholder in placeholders:
        region = gazetteer.placeholder(placeholder, match.group(placeholder))
        if region is None:
            return None
        found.append(region)
    found.sort(key=lambda r: _SPECIFICITY[r.level], reverse=True)
    most = found[0]
    for other in found[1:]:
        if other.id not in gazetteer.ancestors(most.id):
            return None
    return most


def _region_left_out(gazetteer: Gazetteer, text: str, context: Context) -> Region | None:
    """The region a short form (省商务厅, 市商务局, 自贸委) means in a document of ``context``."""
    if context.region is None:
        return None
    here = gazetteer.region(context.region)
    first = text[0]
    if first == "省":
        return gazetteer.province_of(here)
    if first == "市":
        if here.tier in ("city", "municipality"):
            return here
        if here.level == "county" and here.parent:
            parent = gazetteer.region(here.parent)
            return parent if parent.tier in ("city", "municipality") else None
        return None
    if first in "县区":
        return here if here.level == "county" else None
    return here


def _title(registry: Registry, kind: Kind, region: Region, form: Form | None) -> str | None:
    """The official title of ``kind``'s body in ``region``: a recorded official name, else the title
    the written form stands for, else the kind's usual title for the region's tier."""
    official = registry.official_name(region.id, kind.id)
    if official:
        return official
    if form is not None and form.full:
        title = _render(registry.gazetteer, form.full, region)
        if title:
            return title
    template = kind.names.get(region.tier)  # type: ignore[call-overload]
    if template is None and region.tier == "municipality":
        template = kind.names.get("province")
    return _render(registry.gazetteer, template, region) if template else None


def _render(gazetteer: Gazetteer, template: str, region: Region) -> str | None:
    province = gazetteer.province_of(region)
    capital = gazetteer.region(province.capital) if province.capital and region.level == "province" else None
    values = {
        "province": province.name,
        "province_short": province.short,
        "city": region.short if region.level == "prefecture" else None,
        "county": region.name if region.level == "county" else None,
        "capital": capital.place if capital else None,
        "place": region.place,
        "area": region.name,
        "name": region.name,
    }
    try:
        return template.format_map(_Strict(values))
    except KeyError:
        return None


class _Strict(dict):
    def __getitem__(self, key: str) -> str:
        value = super().get(key)
        if value is None:
            raise KeyError(key)
        return value


def _suggestions(registry: Registry, text: str) -> tuple[str, ...]:
    choices = list(_choices(registry))
    found = process.extract(text, choices, scorer=fuzz.ratio, limit=3, score_cutoff=60)
    return tuple(choice for choice, _, _ in found)


@functools.lru_cache(maxsize=1)
def _choices(registry: Registry) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*registry.forms(), *registry.gazetteer.names())))


# ---------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------


def resolve_regions(text: str, round: str | int | None = None) -> RegionScope:
    """Which pilot areas a place phrase or list covers, in the pilot round ``round``.

    ``text`` may be a whole responsibility clause (北京、深圳、武汉、广州等试点地区负责推进): role
    phrases and bodies are skipped. 试点地区 stands for every area of ``round``; a list names its
    areas; group names (京津冀) expand to their members.
    """
    registry = load_registry()
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
            items = split_items(chunk, registry.roles, recognise)
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
    written = {}
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
        scope = gazetteer.scope(core)
        if scope is not None:
            phrases.append((core, scope.kind))
            return opened
        region = gazetteer.lookup(core)
        if region is not None:
            listed.append((region.id, core))
            return opened
        group = gazetteer.group(core)
        if group is not None:
            groups.append(group.id)
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
        if not recognise(core):
            unresolved.append(core)
        return opened

"""Who owns a measure on each side of a link, read from every column, with a verdict and its reason.

A measure's bodies come resolved from reading (``Measure.departments``: the name as written, its
column — 责任分工/牵头单位, 配合单位, Xiamen's 上级部门 —, its role, its registry id and, for a
local body, the central body it answers to). The check of a link uses all of them:

- the national cell gives the central bodies that own the measure (牵头, 制订政策保障措施, 支持和
  指导 …), collectives (试点地区, 有关部门) aside;
- a local plan's 上级部门 column says outright which central bodies it reports the measure to;
- the local owners (牵头 and 配合, or a plain 责任单位 list read lead-first) answer to central
  bodies through the registry (市商务局 → 商务部, 海南银保监局 → 银保监会).

The verdict is ``consistent`` when the national owners and either the 上级部门 column or the
local owners' counterparts share a body — or a body and the body that manages or hosts it (移民局
nationally, 省公安厅 locally) —, ``different`` when every local owner that carries the measure
resolves and none corresponds, and ``unknown`` when one side names no resolvable body or the
local lead does not resolve. The reason says which bodies decided it, in the words of the plans.

The region check says whether the national cell named the local plan's region (in a table
with no responsibility cell, its 适用范围 cell or the default scope of a blank one): ``named``,
``all`` (试点地区), ``qualified`` (具备条件的试点地区), ``not_named``, ``unknown``, or
``not_applicable`` (no local region, e.g. two national rounds).

:class:`RegistryResolver` reads the department registry and gazetteer of
:mod:`pilotplans.normalizers`; any object with the same methods can stand in for it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Protocol

from pilotplans.diff.models import BodyRef, Ownership, RegionCheck
from pilotplans.schema.models import DepartmentLink, Document, Measure

_REGION_RANK: dict[RegionCheck, int] = {"named": 4, "all": 3, "qualified": 2, "not_named": 1, "unknown": 0}
#: Roles of the bodies that carry a measure out locally (an assisting body alone does not).
_CARRYING = frozenset({"lead", "carry_out", "joint", "coordinate", "policy", "support", None})


class BodyResolver(Protocol):
    """What the ownership check needs beyond the measures' resolved bodies."""

    name: str

    def central_bodies(self, responsibility: str, document: Document) -> frozenset[str]:
        """Central bodies a cell names, and the central counterparts of the local bodies it names
        (for measures read without resolved departments)."""
        ...

    def region_check(self, responsibility: str, document: Document, region: str) -> RegionCheck:
        """Whether ``responsibility`` (a cell of ``document``) names ``region`` (a place name)."""
        ...

    def supervisors(self, body: str) -> tuple[str, ...]:
        """The bodies that manage or host ``body`` (移民局 → 公安部), nearest first; empty when none."""
        ...

    def central_name(self, body: str) -> str:
        """The short name of a central body (its id when unknown)."""
        ...


class RegistryResolver:
    """A :class:`BodyResolver` over the department registry and gazetteer of ``pilotplans.normalizers``."""

    name = "registry"

    def central_bodies(self, responsibility: str, document: Document) -> frozenset[str]:
        return _central_bodies(responsibility, document.region, document.level, document.programme, document.round)

    def region_check(self, responsibility: str, document: Document, region: str) -> RegionCheck:
        return _region_check(responsibility, document.programme, document.round, region)

    def supervisors(self, body: str) -> tuple[str, ...]:
        return _supervisors(body)

    def central_name(self, body: str) -> str:
        return _central_name(body)


@functools.lru_cache(maxsize=1024)
def _central_name(body: str) -> str:
    from pilotplans.normalizers.registry import load_registry

    found = load_registry().central.get(body)
    return found.name if found is not None else body


@functools.lru_cache(maxsize=1024)
def _supervisors(body: str) -> tuple[str, ...]:
    from pilotplans.normalizers.registry import load_registry

    central = load_registry().central
    chain: list[str] = []
    current = central.get(body)
    # A body answers to the ministry that manages it, and a joint office to the ministry hosting it
    # (国务院服务贸易发展部际联席会议办公室 sits in 商务部).
    while current is not None and (above := current.managed_by or current.host) and above not in chain:
        chain.append(above)
        current = central.get(above)
    return tuple(chain)


def _context(region: str | None, level: str | None, programme: str | None, round: int | None):
    from pilotplans.normalizers.resolve import make_context

    context_level = "central" if level in (None, "national") else level
    # a round the gazetteer does not hold (2020 of service-opening) is no round to make_context: the region is kept
    try:
        return make_context(region=region, level=context_level, programme=programme, round=round)
    except KeyError:  # a region the gazetteer does not know: resolve without it
        return make_context(level=context_level)


@functools.lru_cache(maxsize=4096)
def _central_bodies(text: str, region: str | None, level: str | None, programme: str | None,
                    round: int | None) -> frozenset[str]:
    from pilotplans.normalizers.resolve import resolve_body
    from pilotplans.normalizers.responsibility import parse_responsibility

    context = _context(region, level, programme, round)
    convention = "phrases" if level in (None, "national") else "lead_first"
    found: set[str] = set()
    for mention in parse_responsibility(text, convention=convention):
        if mention.side != "body":
            continue
        resolution = resolve_body(mention.name, context)
        if resolution.collective or resolution.id is None:
            continue
        if resolution.level == "central":
            # a part of a central body (人民银行支付结算司) answers to its body
            found.add(resolution.counterpart_id or resolution.id)
        elif resolution.counterpart_id:
            found.add(resolution.counterpart_id)
    return frozenset(found)


@functools.lru_cache(maxsize=4096)
def _region_check(text: str, programme: str | None, round: int | None, region: str) -> RegionCheck:
    from pilotplans.normalizers.resolve import resolve_regions
    from pilotplans.normalizers.segment import split_clauses

    region_id = _context(region, "municipal", programme, round).region
    round_id = _context(None, None, programme, round).round
    best: RegionCheck = "unknown"
    for clause in split_clauses(text):
        scope = resolve_regions(clause, round=round_id)
        if scope.kind == "none":
            continue
        if scope.kind == "all":
            found: RegionCheck = "all"
        elif region_id is not None and (region_id in scope.areas or any(region_id in members for _, members in scope.group_pilot_areas)):
            found = "named"
        elif scope.kind in ("qualified", "related"):
            found = "qualified"
        else:
            found = "not_named"
        if _REGION_RANK[found] > _REGION_RANK[best]:
            best = found
    return best


def default_resolver() -> BodyResolver | None:
    """The registry resolver, or None when the registry cannot be loaded (the check is then skipped)."""
    try:
        from pilotplans.normalizers.registry import load_registry

        load_registry()
    except Exception:  # noqa: BLE001 - a broken or missing registry must not stop a diff
        return None
    return RegistryResolver()


# ---------------------------------------------------------------------------------------------
# The bodies of a measure
# ---------------------------------------------------------------------------------------------


def body_ref(link: DepartmentLink, resolver: BodyResolver) -> BodyRef:
    """A department mention with the central body it is, or answers to."""
    # a part of a central body (人民银行支付结算司) is no central body of its own: its counterpart is its body
    central = (link.counterpart or link.id) if link.level == "central" else link.counterpart
    return BodyRef(raw=link.raw, column=link.column, role=link.role, id=link.id, name=link.name, level=link.level,
                   central=central, central_name=resolver.central_name(central) if central else None)


def _bodies(measure: Measure, columns: Iterable[str], resolver: BodyResolver) -> tuple[BodyRef, ...]:
    """The bodies named in ``columns`` (collectives such as 试点地区 or 有关部门 aside)."""
    wanted = set(columns)
    return tuple(body_ref(d, resolver) for d in measure.departments if d.column in wanted and d.level != "other")


def _fallback(measure: Measure, document: Document, resolver: BodyResolver) -> tuple[BodyRef, ...]:
    """The bodies of a measure read without resolved departments, from its responsibility cell."""
    if not measure.responsibility:
        return ()
    return tuple(BodyRef(raw=resolver.central_name(b), column="responsibility", id=b, name=resolver.central_name(b),
                         level="central", central=b, central_name=resolver.central_name(b))
                 for b in sorted(resolver.central_bodies(measure.responsibility, document)))


def _kinship(body: str, owners: set[str], resolver: BodyResolver) -> str | None:
    """How central ``body`` relates to one of the national ``owners`` through the bodies that
    manage or host them (移民局 is managed by 公安部; 商务部 hosts the joint conference office),
    in words; None when it does not."""
    above = resolver.supervisors(body)
    for owner in sorted(owners):
        owner_above = resolver.supervisors(owner)
        if body in owner_above:
            return f"which manages or hosts {resolver.central_name(owner)}"
        if owner in above:
            return f"which {resolver.central_name(owner)} manages or hosts"
        common = [b for b in above if b in owner_above]
        if common:
            return f"which, like {resolver.central_name(owner)}, answers to {resolver.central_name(common[0])}"
    return None


def _names(refs: Sequence[BodyRef]) -> str:
    return "、".join(dict.fromkeys(r.raw for r in refs))


def _role(ref: BodyRef) -> str:
    labels = {"lead": "牵头", "assist": "配合", "carry_out": "负责", "policy": "制订政策", "support": "支持和指导",
              "joint": "共同负责", "coordinate": "统筹"}
    return labels.get(ref.role or "", ref.column)


# ---------------------------------------------------------------------------------------------
# The check of one link
# ---------------------------------------------------------------------------------------------


def check_ownership(national_measure: Measure, national: Document, local_measure: Measure, local: Document,
                    resolver: BodyResolver | None, source_cell: str = "the national cell") -> Ownership:
    """The ownership verdict and the region check of one link (both measures present); the reason names the cell of
    ``national``'s measure ``source_cell`` (of two rounds, ``the earlier plan's cell``:
    :func:`pilotplans.diff.rounds.source_cell`)."""
    if resolver is None:
        return Ownership(status="unknown", reason="the department registry could not be loaded",
                         region="unknown" if local.region else "not_applicable", resolver="unavailable")
    owners = _bodies(national_measure, ("responsibility",), resolver) or _fallback(national_measure, national, resolver)
    owners = tuple(o for o in owners if o.central)
    superior = tuple(b for b in _bodies(local_measure, ("superior",), resolver) if b.central)
    locals_ = _bodies(local_measure, ("responsibility", "cooperating"), resolver)
    if not locals_ and not local_measure.departments:
        locals_ = _fallback(local_measure, local, resolver)
    region = _region(national_measure, national, local, resolver)
    none_named = "no central body" if national.level in (None, "national") else "no body answering to a central one"
    status, via, shared, reason = _verdict(owners, superior, locals_, national_measure, resolver,
                                           source_cell, none_named)
    local_central = tuple(sorted({b.central for b in locals_ if b.central}))
    return Ownership(
        status=status, reason=reason, via=via, shared=shared,
        national_bodies=tuple(sorted({o.central for o in owners if o.central})),  # type: ignore[misc]
        local_bodies=local_central,
        superior_bodies=tuple(sorted({b.central for b in superior if b.central})),  # type: ignore[misc]
        national=owners, local=locals_, superior=superior, region=region,
        resolver="registry" if resolver.name == "registry" else "custom",
    )


def _region(measure: Measure, national: Document, local: Document, resolver: BodyResolver) -> RegionCheck:
    if not local.region:
        return "not_applicable"
    if not measure.responsibility:
        return _region_of_scope(measure, local.region)
    return resolver.region_check(measure.responsibility, national, local.region)


def _region_of_scope(measure: Measure, region: str) -> RegionCheck:
    """The region check of a measure whose table has no responsibility cell but says where it
    applies — an 适用范围 cell, or the default scope a note gives a blank one (the 2025 task
    list) —, from the areas reading resolved there; ``unknown`` when it says nowhere."""
    from pilotplans.diff.similarity import region_id

    if not measure.regions or measure.scope_kind in (None, "none"):
        return "unknown"
    if measure.scope_kind == "all":
        return "all"
    own = region_id(region)
    if own is not None and own in {r.id for r in measure.regions}:
        return "named"
    if measure.scope_kind in ("qualified", "related"):
        return "qualified"
    return "not_named"


def _owner_named(owner: BodyRef) -> str:
    """An owner of the source cell as the reason names it: a central body by its name and role (商务部（负责）); a body
    of a place by the words of its cell and the central body it answers to (省商务厅（负责） → 商务部), so that a
    province's cell is not said to name the ministry it never prints."""
    if owner.level == "central":
        return f"{owner.central_name}（{_role(owner)}）"
    return f"{owner.raw}（{_role(owner)}） → {owner.central_name}"


def _verdict(owners: Sequence[BodyRef], superior: Sequence[BodyRef], locals_: Sequence[BodyRef],
             national_measure: Measure, resolver: BodyResolver,
             source_cell: str = "the national cell",
             none_named: str = "no central body") -> tuple[str, str | None, tuple[str, ...], str]:
    """(status, via, shared central bodies, reason), the reason naming the national measure's cell ``source_cell``,
    and a cell of no owner answering to a central body as naming ``none_named`` (a national plan's cell: ``no central
    body``; a province's: ``no body answering to a central one``, as none of its bodies is central)."""
    if not owners:
        named = _names([body_ref(d, resolver) for d in national_measure.departments if d.column == "responsibility"])
        return "unknown", None, (), (f"{source_cell} names {none_named}" + (f" ({named})" if named else ""))
    national_ids = {o.central for o in owners if o.central}
    owner_text = f"{source_cell} names " + "、".join(dict.fromkeys(_owner_named(o) for o in owners))

    evidence: list[str] = []
    shared: set[str] = set()
    via: str | None = None
    column_ids = {b.central for b in superior if b.central}
    if column_ids & national_ids:
        common = sorted(column_ids & national_ids)
        shared.update(common)
        via = "superior_column"
        evidence.append("its 上级部门 column names " + "、".join(resolver.central_name(b) for b in common))
    carrying = [b for b in locals_ if b.role in _CARRYING]
    assisting = [b for b in locals_ if b.role not in _CARRYING]
    for group, how in ((carrying, ""), (assisting, "（配合）")):
        for body in group:
            if not body.central:
                continue
            verb = "is" if body.level == "central" else "answers to"
            if body.central in national_ids:
                shared.add(body.central)
                via = via or "same_body"
                evidence.append(f"{body.raw}{how} {verb} {body.central_name}")
                continue
            relation = _kinship(body.central, national_ids, resolver)
            if relation:
                shared.add(body.central)
                via = via or "supervising_body"
                evidence.append(f"{body.raw}{how} {verb} {body.central_name}, {relation}")
    if evidence:
        return "consistent", via, tuple(sorted(shared)), "; ".join(dict.fromkeys(evidence)) + f" — {owner_text}"

    unresolved = [b for b in locals_ if not b.id]
    no_counterpart = [b for b in carrying if b.id and not b.central]
    if not carrying:
        return "unknown", None, (), f"no local body carries it out — {owner_text}"
    if unresolved:
        return "unknown", None, (), f"{_names(unresolved)} is not in the department registry — {owner_text}"
    if no_counterpart:
        return "unknown", None, (), f"{_names(no_counterpart)} answers to no central body in the registry — {owner_text}"
    locals_text = "、".join(f"{b.raw} → {b.central_name}" for b in carrying)
    column_text = f"; its 上级部门 column names {_names(superior)}" if superior else ""
    return "different", None, (), f"{locals_text}{column_text} — {owner_text}"

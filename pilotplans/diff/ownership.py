"""Who owns a measure on each side of a link, and whether the national plan named the region.

The check reads the two responsibility cells through a :class:`BodyResolver`: the national
cell gives the central bodies it names, the local cell gives, for each local body, its central
counterpart (市商务局 → 商务部, 海南银保监局 → 银保监会, 人行厦门中心支行 → 人民银行). The link is
``consistent`` when the two sets share a body, or a body and the body that manages it (移民局 is
managed by 公安部, so 移民局 nationally and 省公安厅 locally agree; ``via="supervising_body"``),
``different`` when both are known and disjoint, and ``unknown`` when either side names no
resolvable body. The region check says whether the
national cell named the local plan's region (or 试点地区, every pilot area).

:class:`RegistryResolver` is the resolver of the department registry and gazetteer in
:mod:`pilotplans.normalizers`; any object with the same two methods can stand in for it.
"""

from __future__ import annotations

import functools
from typing import Protocol

from pilotplans.diff.models import Ownership, RegionCheck
from pilotplans.schema.models import Document

_REGION_RANK: dict[RegionCheck, int] = {"named": 4, "all": 3, "qualified": 2, "not_named": 1, "unknown": 0}


class BodyResolver(Protocol):
    """What the ownership check needs to know about responsibility cells."""

    name: str

    def central_bodies(self, responsibility: str, document: Document) -> frozenset[str]:
        """Central bodies a cell names, and the central counterparts of the local bodies it names."""
        ...

    def region_check(self, responsibility: str, document: Document, region: str) -> RegionCheck:
        """Whether ``responsibility`` (a cell of ``document``) names ``region`` (a place name)."""
        ...

    def supervisors(self, body: str) -> tuple[str, ...]:
        """The bodies that manage or host ``body`` (移民局 → 公安部), nearest first; empty when none."""
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
    try:
        return make_context(region=region, level=context_level, programme=programme, round=round)
    except KeyError:  # a region or round the gazetteer does not know: resolve without it
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
        resolution = resolve_body(mention.text, context)
        if resolution.collective or resolution.id is None:
            continue
        if resolution.level == "central":
            found.add(resolution.id)
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


def _family(bodies: frozenset[str], resolver: BodyResolver) -> frozenset[str]:
    return frozenset(b for body in bodies for b in (body, *resolver.supervisors(body)))


def check_ownership(
    national_responsibility: str | None,
    national: Document,
    local_responsibility: str | None,
    local: Document,
    resolver: BodyResolver | None,
) -> Ownership:
    """The ownership and region check of one link (both measures present)."""
    if resolver is None:
        return Ownership(status="unknown", region="unknown" if local.region else "not_applicable", resolver="unavailable")
    national_bodies = resolver.central_bodies(national_responsibility, national) if national_responsibility else frozenset()
    local_bodies = resolver.central_bodies(local_responsibility, local) if local_responsibility else frozenset()
    shared = national_bodies & local_bodies
    via = "same_body" if shared else None
    if not shared:  # 移民局 owns it nationally, 公安局 locally: 移民局 is managed by 公安部
        national_family = _family(national_bodies, resolver)
        local_family = _family(local_bodies, resolver)
        shared = national_family & local_family
        via = "supervising_body" if shared else None
    if shared:
        status = "consistent"
    elif national_bodies and local_bodies:
        status = "different"
    else:
        status = "unknown"
    if not local.region:
        region: RegionCheck = "not_applicable"
    elif not national_responsibility:
        region = "unknown"
    else:
        region = resolver.region_check(national_responsibility, national, local.region)
    return Ownership(
        status=status,
        national_bodies=tuple(sorted(national_bodies)),
        local_bodies=tuple(sorted(local_bodies)),
        shared=tuple(sorted(shared)),
        via=via,
        region=region,
        resolver="registry" if resolver.name == "registry" else "custom",
    )

"""A city's or a county's plan whose owners are all central bodies: is its head, or are its owners, read right?

A local plan gives its tasks to local bodies (市商务局, 区发展改革局, 厦门海关); it may name a few central
ones beside them (海关总署 over a port, 人民银行 where no local branch is named), and a column of
superiors (上级部门) names ministries over its own bodies. A document whose head reads a city's or a
county's (区人民政府办公室关于印发…) while every owner its measures name is a central body, several of
them and none a local one, is a State Council list under a local cover, or a head (or a table) read
wrongly: either way its reading is not plausible as it stands, and the document is warned
``central_owners_only`` (tests/fixtures/variants/horizontal-rules-merged-owners-top.pdf). A provincial
plan is left alone: a province's plan may well hand tasks to ministries' bodies it works with.

A central body heading a vertically managed system with branches below the provinces (``system`` of a
kind in departments.toml) is no evidence when written as its branches are named bare: by a form of the
system's name (人民银行, 国家开发银行, 外汇局: its ``[[system]]`` prefixes) or by what a branch's name has
after its place (海事局 for 厦门海事局) — a city's plan so names the branch serving it. Written as the head
office alone is (海关总署, 税务总局), it still counts
(tests/fixtures/tables/city-plan-owners-branches-written-bare.html).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# CENTRAL_OWNERS_LEAST: the fewest distinct central bodies no local plan writes for its own (商务部, 海关总署) a plan
# must name as owners, none local, to be doubted (a short plan naming two ministries says too little) — the figure
# that reads a plan with no level national by its owners, one figure for the one evidence
from pilotplans.normalizers.place import CENTRAL_OWNERS_LEAST, owner_tiers
from pilotplans.schema.models import Document, Warning
from pilotplans.schema.warned import warned

if TYPE_CHECKING:
    from pilotplans.normalizers.registry.bodies import Registry

LOCAL_HEADS = ("municipal", "county", "township")
"""The levels a head reads that make a plan one whose owners are local bodies."""


def check_owner_levels(document: Document) -> Document:
    """The document, with a ``central_owners_only`` warning where its level is a city's or a county's
    while the owners its measures name (the superiors' column left out) are central bodies only:
    at least ``CENTRAL_OWNERS_LEAST`` of them no local plan writes for its own, and no local one."""
    if document.level not in LOCAL_HEADS or not document.measures:
        return document
    from pilotplans.normalizers.registry import load_registry

    registry = load_registry()
    tiers = owner_tiers(document, registry.gazetteer, until_local=True)  # one local owner settles it
    only_central = [body for body in tiers.only_central if not names_a_branch(body, registry)]
    if tiers.local or len(only_central) < CENTRAL_OWNERS_LEAST:
        return document
    head = document.region or document.issuer or document.title or "its head"
    level = {"municipal": "a city's", "county": "a county's"}.get(document.level or "", "a township's")
    message = (f"its head reads {level} plan ({head}), but the {len(tiers.central)} owners its measures name are "
               f"central bodies only ({'、'.join(tiers.central[:3])}…), no local one: a local plan's owners are local "
               "bodies; a national list under a local cover, or a head or a table read wrongly")
    return warned(document, Warning(code="central_owners_only", message=message))


def names_a_branch(body: str, registry: Registry) -> bool:
    """Whether ``body``, a central body's name as written, is also how a local plan names that body's
    branch serving it: a form of the name of the vertical system it heads (人民银行, 国开行) or what
    its branches' names have after their place (海事局), the system having branches below the provinces."""
    from pilotplans.normalizers.resolve import resolve_body

    head = resolve_body(body, registry=registry).id
    system = registry.systems.get(head or "")
    if system is None:
        return False
    kinds = [kind for kind in registry.kinds.values()
             if kind.system == system.id and any(tier != "province" for tier in kind.names)]
    tails = {name.split("}", 1)[1] for kind in kinds for name in kind.names.values() if name.startswith("{")}
    return bool(kinds) and (body in system.prefixes or body in tails)

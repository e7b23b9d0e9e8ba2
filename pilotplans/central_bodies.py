"""The central body a user names on the command line, by any of the names the registry gives it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pilotplans.errors import UnknownValue
from pilotplans.normalizers.simplified import fold

if TYPE_CHECKING:
    from pilotplans.normalizers.registry.bodies import Registry


def central_body_id(name: str, option: str, registry: Registry | None = None) -> str:
    """The registry id of the central body ``name`` names: its id (``mofcom``, ``MOFCOM``), its short or full name
    (商务部, 中华人民共和国商务部), an alias or a typo the registry records, or a form of its name the registry makes
    by rule (退役军人事务部, 国家中医药局), in either set of characters (商務部); spaces around it ignored. A name of no central body (a local one's, 厦门市商务局, or none) is an
    :class:`UnknownValue` naming ``option`` (the command line's option) and how to write one."""
    if registry is None:
        from pilotplans.normalizers.registry import load_registry

        registry = load_registry()
    wanted = fold(name.strip())
    if wanted.lower() in registry.central:
        return str(registry.central[wanted.lower()].id)
    # the forms the registry reads in the documents, those made by rule too (退役军人事务部 and 国家卫生健康委员会,
    # the full name without 中华人民共和国; 国家中医药局): the index the resolver looks names up in
    literal = registry.literals.get(wanted)
    if literal is not None and literal.target == "central":
        return str(registry.central[literal.ref].id)
    raise UnknownValue(f"{option} {name}: no central body of that id or name in the registry (a ministry or "
                       "commission, e.g. 商务部 or mofcom: the counterpart column of `pilotplans departments`)")

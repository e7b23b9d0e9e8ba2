"""A place's name given where a document id is asked (``measures -d 厦门``, ``coverage -l 武汉``): what the error that
the id is not stored adds — the stored plans of that place and of the places inside it (a city's districts and counties),
each of the latter with its place, or, of a place no stored plan is of, the places stored plans are of."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from pilotplans.normalizers.registry import Gazetteer

#: how many places of stored plans the hint of a place with none names before "…"
SHOWN_PLACES = 8


@dataclass(frozen=True)
class StoredPlan:
    """A stored document's id and the region it records (None for a national plan)."""

    id: str
    region: str | None


@dataclass(frozen=True)
class PlacePlan:
    """A stored plan placed: its id, the place its region names (a gazetteer id) and that place's ancestors' ids."""

    id: str
    region: str
    place: str
    above: tuple[str, ...]


def stored_plans(url: str) -> list[StoredPlan]:
    """The documents stored at ``url`` that record a region, as :class:`StoredPlan`."""
    from pilotplans.store.read import statement_rows

    rows = statement_rows(url, "SELECT id, region FROM documents WHERE region IS NOT NULL", {})
    return [StoredPlan(row["id"], row["region"]) for row in rows]


def placed_plans(plans: Iterable[StoredPlan], gazetteer: Gazetteer) -> list[PlacePlan]:
    """The ``plans`` whose region names one place of the gazetteer, each with that place's ancestors, by id."""
    from pilotplans.normalizers.resolve import written_region

    placed = []
    for plan in sorted(plans, key=lambda p: p.id):
        if not plan.region:
            continue
        place = written_region(gazetteer, plan.region)
        if place is not None:
            placed.append(PlacePlan(plan.id, plan.region, place.id, _ancestors(gazetteer, place.parent)))
    return placed


def _ancestors(gazetteer: Gazetteer, parent: str | None) -> tuple[str, ...]:
    """The ids of the places above a place whose parent is ``parent``, nearest first."""
    above: list[str] = []
    while parent is not None and parent not in above:
        above.append(parent)
        parent = gazetteer.region(parent).parent
    return tuple(above)


def plans_of_places(names: Sequence[str], plans: Iterable[StoredPlan], gazetteer: Gazetteer) -> str:
    """Of ``names`` given as document ids and stored as none, what each naming a place adds to the error, each after
    ``; ``: its own stored plans and those of the places inside it, said apart (``武汉 is a place: its plan is
    wuhan-2020, and the plan of the places in it is
    caidian-2023 (蔡甸区)``), or, of a place with neither, the places the stored plans
    are of (``南京 is a place no stored plan is of, nor of a place in it; stored plans are of 成都, 武汉 …``). A name
    naming no place, or several (河东区), adds nothing; so does any name when no stored plan names a place."""
    from pilotplans.normalizers.resolve import written_region

    placed = placed_plans(plans, gazetteer)
    if not placed:
        return ""
    said = []
    for name in names:
        place = written_region(gazetteer, name)
        if place is not None:
            said.append(_place_said(name, place.id, placed))
    return "".join(f"; {line}" for line in said)


def _place_said(name: str, place: str, placed: Sequence[PlacePlan]) -> str:
    from pilotplans.errors import shown_id, shown_ids

    own = [p.id for p in placed if p.place == place]
    inside = [p for p in placed if place in p.above]
    if not own and not inside:
        regions = list(dict.fromkeys(p.region for p in placed))
        shown = "、".join(regions[:SHOWN_PLACES]) + (" …" if len(regions) > SHOWN_PLACES else "")
        return (f"{shown_id(name)} is a place no stored plan is of, nor of a place in it; stored plans are of {shown} "
                f"(`pilotplans documents` lists them)")
    said = f"its {'plan is' if len(own) == 1 else 'plans are'} {shown_ids(own)}" if own else "no stored plan is its own"
    if inside:
        said += (", and " if own else ", but ") + f"the {'plan' if len(inside) == 1 else 'plans'} of the places in it " \
            f"{'is' if len(inside) == 1 else 'are'} " + ", ".join(f"{shown_id(p.id)} ({p.region})" for p in inside)
    return f"{shown_id(name)} is a place: {said}"

"""Whether a diff compares two rounds of one plan, and its result named so.

A diff is worded for a local plan implementing the plan above it: a measure the local plan adds is ``local``. Two rounds
of one plan (national-2018 → national-2020, or one province's plans of two rounds) are diffed alike, but a measure new in
the later round is no local plan's: it is ``added`` (:data:`pilotplans.relations.ADDITION`). The rounds are told by what
the records know — one level, one place (none, for national plans), one known programme, the first of an earlier round
—, so that two plans of unknown places or programmes keep a local plan's words.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, get_args

from pilotplans.diff.models import DiffResult, DocumentRef, Link
from pilotplans.errors import shown_id
from pilotplans.relations import ADDITION
from pilotplans.schema.models import Level

_LEVELS: tuple[str, ...] = get_args(Level)

#: What the two plans of a diff are (:func:`pairing`), which decides the words naming its sides.
Pairing = Literal["rounds", "peers", "one_level", "levels"]

#: Why a measure has no partner, by whether the two plans are rounds of one plan: (an addition's, a dropped measure's).
ONE_SIDED_REASONS: dict[bool, tuple[str, str]] = {
    False: ("no national measure carries it", "no local measure takes it up"),
    True: ("no measure of the earlier round carries it", "the later round does not take it up"),
}


def rounds_of_one_plan(source: DocumentRef, derived: DocumentRef) -> bool:
    """Whether ``source`` and ``derived`` are two rounds of one plan given in order: of one known level and one place
    (none, for national plans; a local plan of no known place is of no known plan), both of one known programme,
    ``source`` of an earlier round."""
    return (source.level in _LEVELS and source.level == derived.level
            and (source.region or None) == (derived.region or None)
            and (source.level == "national" or bool(source.region))
            and source.round is not None and derived.round is not None and source.round < derived.round
            and bool(source.programme) and source.programme == derived.programme)


def peers(source: DocumentRef, derived: DocumentRef) -> bool:
    """Whether ``source`` and ``derived`` are two plans implementing one plan (both linked to one ``parent``: 海南's
    and 厦门's, both national-2020's), whatever their levels: neither implements the other, so neither is the other's
    national or local side."""
    return bool(source.parent) and source.parent == derived.parent and source.id != derived.id


def pairing(source: DocumentRef, derived: DocumentRef) -> Pairing:
    """What ``source`` and ``derived`` are to each other: ``rounds`` (:func:`rounds_of_one_plan`), ``peers``
    (:func:`peers`), ``one_level`` (two other plans of one known level and two ids: two national plans of two
    programmes), else ``levels`` (a plan and one of another level — a local plan against the plan above it —, or of
    no known level, or one plan's two copies).

    Rounds win over peers. Two rounds of one plan may both be linked to one parent (a province's plans of two rounds,
    both implementing national-2020; two national rounds recorded under one framework), and are then peers too; but the
    later round is the earlier one's successor, not a plan beside it: its new measures are ``added`` and its reasons
    speak of the earlier round (:func:`diff_result`, :func:`one_sided_reasons`, :func:`source_cell` ask rounds first),
    so its sides are named by the rounds as well."""
    if rounds_of_one_plan(source, derived):
        return "rounds"
    if peers(source, derived):
        return "peers"
    if source.level is not None and source.level == derived.level and source.id != derived.id:
        return "one_level"
    return "levels"


def source_cell(source: DocumentRef, derived: DocumentRef) -> str:
    """How an ownership reason names the cell of NATIONAL's side (``source``): of two rounds of one plan, ``the earlier
    plan's cell``; of a national plan (or one of no known level), ``the national cell``; of any other plan — a peer
    (:func:`peers`), or a province's plan against a city's plan implementing it — the plan's own: ``hainan-2020's
    cell``, whose bodies are no national ones (省药品监管局, not 药监局)."""
    if rounds_of_one_plan(source, derived):
        return "the earlier plan's cell"
    if source.level is None or source.level == "national":
        return "the national cell"
    return f"{shown_id(source.id)}'s cell"


def diff_result(national: DocumentRef, local: DocumentRef, links: Iterable[Link],
                settings: dict[str, float] | None = None) -> DiffResult:
    """The diff of ``local`` against ``national`` holding ``links``, its additions named for what the two plans are:
    ``local`` (a local plan's own measures) or, of two rounds of one plan, ``added`` (new in the later round)."""
    rounds = rounds_of_one_plan(national, local)
    reasons = one_sided_reasons(national, local)
    source = None
    if peers(national, local) and not rounds:
        from pilotplans.diff.relation import PLACES_NOT_IN_SOURCE

        source = (PLACES_NOT_IN_SOURCE, f", which {shown_id(national.id)}'s measure does not")
    named = tuple(_named(link, rounds, reasons, source) for link in links)
    return DiffResult(national=national, local=local, links=named, settings=settings or {}, rounds=rounds)


def one_sided_reasons(source: DocumentRef, derived: DocumentRef) -> tuple[str, str]:
    """Why a measure has no partner in the diff of ``derived`` against ``source`` — (an addition's, a dropped
    measure's) —, said of what the two plans are: a local plan and the plan above it, two rounds of one plan
    (:data:`ONE_SIDED_REASONS`), or peers (:func:`peers`), each named by its id: ``no measure of hainan-2020 carries
    it``, ``no measure of xiamen-2020 carries it`` (neither implements the other: nothing is one's to take up)."""
    kind = pairing(source, derived)
    if kind == "peers":
        return (f"no measure of {shown_id(source.id)} carries it", f"no measure of {shown_id(derived.id)} carries it")
    return ONE_SIDED_REASONS[kind == "rounds"]


def _named(link: Link, rounds: bool, reasons: tuple[str, str], source: tuple[str, str] | None = None) -> Link:
    """``link`` in the words of its diff: an addition ``local`` or ``added``, and the reason of a measure with no
    partner said in ``reasons`` (:func:`one_sided_reasons`; the aligner words both as a local plan's); of peers,
    ``source`` (the aligner's end of the reason of a measure naming places its source does not,
    :data:`pilotplans.diff.relation.PLACES_NOT_IN_SOURCE`, and the peers' own: ``, which hainan-2020's measure does
    not``)."""
    update: dict[str, object] = {}
    if source is not None and link.reason is not None and link.reason.endswith(source[0]):
        update["reason"] = link.reason.removesuffix(source[0]) + source[1]
    if link.relation in ADDITION.values() and link.relation != ADDITION[rounds]:
        update["relation"] = ADDITION[rounds]
    if link.national is None or link.local is None:
        side = 0 if link.national is None else 1
        if link.reason in (ONE_SIDED_REASONS[False][side], ONE_SIDED_REASONS[True][side]) and link.reason != reasons[side]:
            update["reason"] = reasons[side]
    return link.model_copy(update=update) if update else link

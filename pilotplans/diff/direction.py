"""Whether two plans were given to ``diff`` the wrong way round, or are not related at all.

``pilotplans diff NATIONAL LOCAL`` says what LOCAL did with each measure of NATIONAL. Given a local
plan first and the national plan it implements second (``diff hainan-2020 national-2020``), or a
newer round first (``diff national-2020 national-2018``), it still aligns them, and its counts read
the other way (the national measures counted ``local``): a doubt the command says rather than let
the counts be read as asked. Rounds are compared only between plans of one place (the national
plans, or one province's, one city's): two cities' plans of different years are peers, neither the
newer round of the other.

Two plans neither of which can implement the other — of different programmes (the 2025
service-opening list and the 2020 service-trade plan), or of places neither of which lies in the
other (海南's plan and 厦门's, a city of 福建) — are said to be unrelated, in either order: the
links then say only how alike their measures are, and the note of a wrong order would tell the
reader to read one as the other's implementation. A plan linked to the other as its parent is
related whatever else its record says; a programme, level or place not known claims nothing.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from typing import TYPE_CHECKING, get_args

from pilotplans.diff.models import DiffResult, DocumentRef
from pilotplans.diff.rounds import peers
from pilotplans.errors import PilotplansError, shown_id, shown_ids
from pilotplans.schema.models import Level

if TYPE_CHECKING:
    from pilotplans.normalizers.registry import Gazetteer
    from pilotplans.schema.models import Document

#: Levels from the top, as the records name them: a plan is implemented by plans of the levels below it.
LEVELS: tuple[str, ...] = get_args(Level)


def direction_note(source: DocumentRef, derived: DocumentRef, source_arg: str, derived_arg: str,
                   gazetteer: Gazetteer | None = None, db: str | None = None) -> str | None:
    """The note ``diff`` prints on stderr of two plans given as NATIONAL (``source``) and LOCAL
    (``derived``): that they are unrelated (:func:`unrelated_note`), else that they were given the
    wrong way round (:func:`reversed_note`, its command naming ``db``, the --db given); None when neither is so."""
    unrelated = unrelated_note(source, derived, gazetteer)
    return unrelated if unrelated is not None else reversed_note(source, derived, source_arg, derived_arg, db)


def unrelated_note(source: DocumentRef, derived: DocumentRef, gazetteer: Gazetteer | None = None) -> str | None:
    """A note when neither plan can implement the other: their programmes are known and differ, or
    both are local plans of places the gazetteer knows, neither lying in the other (the package's
    gazetteer unless one is given); None otherwise, and when either is linked to the other as its parent."""
    if derived.parent == source.id or source.parent == derived.id:
        return None
    one, other = shown_id(source.id), shown_id(derived.id)
    if source.programme and derived.programme and source.programme != derived.programme:
        why = f"{one} ({source.programme}) and {other} ({derived.programme}) are plans of different programmes"
    elif _places_apart(source, derived, gazetteer):
        why = (f"{one} ({source.region}) and {other} ({derived.region}) are plans of places neither of "
               "which lies in the other")
    else:
        return None
    return (f"note: {why}: neither implements the other, and the links say only how alike the measures of "
            f"{other} are to those of {one}, not what one did with the other's")


#: Below this share of NATIONAL's measures taken up by LOCAL (same, adapted, merged or split), and of LOCAL's measures
#: drawn from NATIONAL's, the two plans share near nothing: a plan implementing another takes up far more (厦门 79 of
#: national-2020's 122, 成都 54, 海南 109), and a small one taking up a few national measures draws most of its own
#: from them (深圳's three measures, two of them national-2020's, take up 2 of its 122: under 5% of NATIONAL alone).
UNRELATED_SHARE = 0.05


#: The relations of a link by which LOCAL takes up a measure of NATIONAL.
_SHARED = frozenset({"same", "adapted", "merged", "split"})


def shares_near_nothing(taken: int, of: int, drawn: int, own: int) -> bool:
    """Whether a later plan taking up ``taken`` of the earlier one's ``of`` measures, and drawing ``drawn`` of its ``own``
    from them, shares near nothing with it: under :data:`UNRELATED_SHARE` of each (never when the earlier has none).
    The one rule of a diff's note (:func:`overlap_note`) and a lineage step's (:func:`lineage_step_note`)."""
    return of > 0 and taken < UNRELATED_SHARE * of and drawn < UNRELATED_SHARE * own


def overlap_note(result: DiffResult) -> str | None:
    """A note when LOCAL takes up near nothing of NATIONAL (under :data:`UNRELATED_SHARE` of its measures), whatever
    is known of their programmes and places: the counts then say that the plans are unrelated, not that LOCAL dropped
    NATIONAL's measures. None when NATIONAL has no measure, when LOCAL takes up more, and when
    :data:`UNRELATED_SHARE` of LOCAL's own measures or more are drawn from NATIONAL's (a small plan taking up a few
    national measures shares them, however few of NATIONAL's they are)."""
    national = {link.national.position for link in result.links if link.national is not None}
    if not national:
        return None
    shared = [link for link in result.links if link.relation in _SHARED]
    taken = {link.national.position for link in shared if link.national is not None}
    local = {link.local.position for link in result.links if link.local is not None}
    drawn = {link.local.position for link in shared if link.local is not None}
    if not shares_near_nothing(len(taken), len(national), len(drawn), len(local)):
        return None
    one, other = shown_id(result.national.id), shown_id(result.local.id)
    return (f"note: {other} takes up {len(taken)} of the {len(national)} measures of {one}: the two plans share near "
            f"nothing (plans of different programmes or places?), and its dropped measures say only that, not what "
            f"{other} left out of {one}")


def lineage_step_note(earlier: DocumentRef, later: DocumentRef, counts: dict[str, int] | None = None) -> str | None:
    """A note on one step of a lineage (``earlier`` → ``later``) that is no step of one programme's rounds: the two are
    plans of different programmes (both known), or, given the step's ``counts`` (carried, changed, merged, split,
    dropped: how ``earlier``'s measures went; new: ``later``'s own), ``later`` takes up under :data:`UNRELATED_SHARE` of
    ``earlier``'s measures and draws under that share of its own from them. None otherwise."""
    one, other = shown_id(earlier.id), shown_id(later.id)
    if earlier.programme and later.programme and earlier.programme != later.programme:
        why = f"{one} ({earlier.programme}) and {other} ({later.programme}) are plans of different programmes"
    elif counts is not None:
        of = sum(counts.get(step, 0) for step in ("carried", "changed", "merged", "split", "dropped"))
        taken = of - counts.get("dropped", 0)
        # the later plan's measures drawn from the earlier's are about as many as those it took up (merged and split
        # aside): a later plan of a few measures, most of them the earlier's, shares them
        if not shares_near_nothing(taken, of, taken, taken + counts.get("new", 0)):
            return None
        why = f"{other} takes up {taken} of the {of} measures of {one}"
    else:
        return None
    return (f"note: {why}: the step {one} → {other} says how alike their measures are, not what a next round made of "
            f"the one before (its dropped and new are no round's)")


def _places_apart(one: DocumentRef, other: DocumentRef, gazetteer: Gazetteer | None) -> bool:
    """Whether ``one`` and ``other`` are both local plans (of a known level below national) of places
    the gazetteer knows, neither of which lies in the other."""
    if not all(d.level in LEVELS[1:] and d.region for d in (one, other)) or one.region == other.region:
        return False
    from pilotplans.normalizers.resolve import written_region

    if gazetteer is None:
        from pilotplans.normalizers.registry import load_registry

        gazetteer = load_registry().gazetteer
    first, second = (written_region(gazetteer, d.region) for d in (one, other) if d.region)
    if first is None or second is None:
        return False
    return first.id not in gazetteer.ancestors(second.id) and second.id not in gazetteer.ancestors(first.id)


def _reversal(source: DocumentRef, derived: DocumentRef) -> tuple[str, str] | None:
    """What puts ``source`` after ``derived`` — their levels (provincial, national) when ``source`` is
    of a lower level, their rounds (round 2020, round 2018) when of the same level and place and a
    later round —; None otherwise, and when a level or round is not known, or the two are of different
    places (peers, not rounds of one plan)."""
    if source.level in LEVELS and derived.level in LEVELS and LEVELS.index(source.level) > LEVELS.index(derived.level):
        return f"{source.level}", f"{derived.level}"
    if (source.level == derived.level and (source.region or None) == (derived.region or None) and source.round is not None
            and derived.round is not None and source.round > derived.round):
        return f"round {source.round}", f"round {derived.round}"
    return None


def rounds_note(source: DocumentRef, derived: DocumentRef) -> str | None:
    """A note when ``source`` and ``derived`` are two rounds of one plan, given in order
    (:func:`pilotplans.diff.rounds.rounds_of_one_plan`): what ``added`` (the measures new in the later round, named
    so rather than a local plan's ``local``) and ``dropped`` (those of the earlier round it holds no more) count there.
    None otherwise (rounds unknown or alike, plans of two programmes, which :func:`unrelated_note` says, or given the
    wrong way round: :func:`reversed_note`). Only what is known makes them one plan: a programme unknown on either side,
    or a local plan's place, says nothing (two unplaced county plans may be of two counties, a plan of no known
    programme of another pilot)."""
    from pilotplans.diff.rounds import rounds_of_one_plan

    if not rounds_of_one_plan(source, derived):
        return None
    one, other = shown_id(source.id), shown_id(derived.id)
    return (f"note: {one} and {other} are two rounds of one {source.level} plan (round {source.round} → round "
            f"{derived.round}): `added` counts the measures new in {other}, `dropped` those of {one} it holds no more")


def reversed_note(source: DocumentRef, derived: DocumentRef, source_arg: str, derived_arg: str,
                  db: str | None = None) -> str | None:
    """A note when ``source`` (given as NATIONAL, as ``source_arg``) is of a lower level than
    ``derived`` (given as LOCAL), or of the same level and a later round; None otherwise, and when
    a level or round is not known, or the two are of different places (peers, not rounds of one plan).
    The diff it advises names ``db``, the --db given (:func:`pilotplans.store.advice.advised`)."""
    from pilotplans.store.advice import advised

    reversal = _reversal(source, derived)
    if reversal is None:
        return None
    one, other = shown_id(source.id), shown_id(derived.id)
    what = f"{one} ({reversal[0]}) is given as NATIONAL and {other} ({reversal[1]}) as LOCAL"
    return (f"note: {what}: this says what {other} did with the measures of {one}; "
            f"{advised(f'diff {shlex.quote(derived_arg)} {shlex.quote(source_arg)}', db)} says what {one} did with those "
            f"of {other}")


def rounds_order_note(rounds: Sequence[DocumentRef], args: Sequence[str], db: str | None = None) -> str | None:
    """A note when ``lineage -r`` was given a round before an older one (``rounds``, as ``args``): the
    lineage then follows the measures backwards, the older round's counted new; with the order that
    follows them forward when every round is known (naming ``db``, the --db given). None when each comes
    after the one before it."""
    from pilotplans.store.advice import advised

    for earlier, later in zip(rounds, rounds[1:]):
        reversal = _reversal(earlier, later)
        if reversal is None:
            continue
        one, other = shown_id(earlier.id), shown_id(later.id)
        said = (f"note: {one} ({reversal[0]}) is given before {other} ({reversal[1]}): the lineage follows "
                f"the measures of {one} into {other}, backwards")
        forward = _forward(rounds, args)
        if forward is None:
            return f"{said}; give the rounds oldest first"
        return f"{said}; {advised('lineage ' + ' '.join(f'-r {shlex.quote(arg)}' for arg in forward), db)} follows them forward"
    return None


def _forward(rounds: Sequence[DocumentRef], args: Sequence[str]) -> list[str] | None:
    """``args`` in the order that follows ``rounds`` forward — a plan above before the plans below it, an
    older round before a newer —; None when a level or round is not known, or that order still has a
    plan after one it comes before."""
    if len(args) != len(rounds) or any(r.level not in LEVELS or r.round is None for r in rounds):
        return None
    ordered = sorted(zip(rounds, args), key=lambda pair: (LEVELS.index(pair[0].level), pair[0].round))
    if any(_reversal(a, b) is not None for (a, _), (b, _) in zip(ordered, ordered[1:])):
        return None
    return [arg for _, arg in ordered]


def programme_rounds(nationals: Sequence[Document]) -> tuple[list[Document], list[Document]]:
    """Of the stored ``nationals`` (by round), the rounds a lineage of every stored plan follows — those of the one
    programme two or more of them carry out, with those of no known programme, which claim none — and the plans of
    other programmes it leaves out. A national plan of another programme is no round of the one before it (the 2025
    service-opening list is no next round of the 2020 service-trade plan; DOMAIN.md), as it is no local plan's parent.
    A :class:`PilotplansError` when no programme, or several, has two rounds stored: ``-r`` names the plans then."""
    known = sorted({d.programme for d in nationals if d.programme})
    if len(known) < 2:
        return list(nationals), []
    chains = {p: [d for d in nationals if d.programme in (p, None)] for p in known}
    # two plans of its own make a programme's rounds: a plan of no known programme is in every chain, not a round of each
    followed = [p for p in known if sum(d.programme == p for d in nationals) >= 2]
    if len(followed) == 1:
        chain = chains[followed[0]]
        return chain, [d for d in nationals if d not in chain]
    # each programme's own plans, and those of no known programme apart: listed in each chain, they read as its rounds
    each = "; ".join([f"{p}: {shown_ids(d.id for d in nationals if d.programme == p)}" for p in known]
                     + [f"of no known programme: {shown_ids(d.id for d in nationals if d.programme is None)}"]
                     * any(d.programme is None for d in nationals))
    if not followed:
        raise PilotplansError(f"lineage follows measures from one round of a programme to the next, and no programme has "
                              f"two national plans stored ({each}): a plan of another programme is no next round; name "
                              "the plans with -r to compare them all the same")
    raise PilotplansError(f"lineage follows measures from one round of a programme to the next, and several programmes "
                          f"have rounds stored ({each}): name one programme's plans with -r, oldest first")


def left_out_note(left_out: Sequence[DocumentRef], followed: Sequence[DocumentRef], db: str | None = None) -> str | None:
    """The note of a lineage of every stored plan that followed the rounds ``followed`` and left out ``left_out``, the
    national plans of other programmes (its command naming ``db``, the --db given); None when it left out none."""
    if not left_out:
        return None
    from pilotplans.store.advice import advised

    programme = next((r.programme for r in followed if r.programme), None)
    others = ", ".join(f"{shown_id(r.id)} ({r.programme})" for r in left_out)
    every = advised("lineage " + " ".join(f"-r {shlex.quote(r.id)}" for r in [*followed, *left_out]), db)
    return (f"note: the lineage follows the rounds of {programme} ({shown_ids(r.id for r in followed)}); {others} "
            f"{'is a plan' if len(left_out) == 1 else 'are plans'} of another programme, no next round of them "
            f"({every} compares them all the same)")


def peers_note(source: DocumentRef, derived: DocumentRef, db: str | None = None) -> str | None:
    """A note when the two plans given to ``diff`` are local plans implementing one national plan (their ``parent``):
    peers, neither of which implements the other, whose comparison is what each did with that plan's measures — the
    coverage of the two (its command naming ``db``, the --db given). None otherwise."""
    if not peers(source, derived):
        return None
    from pilotplans.store.advice import advised

    both = advised(f"coverage -n {shlex.quote(source.parent)} -l {shlex.quote(source.id)} -l {shlex.quote(derived.id)}", db)
    return (f"note: {shown_id(source.id)} and {shown_id(derived.id)} both implement {shown_id(source.parent)}: {both} "
            f"sets what each did with its measures side by side")

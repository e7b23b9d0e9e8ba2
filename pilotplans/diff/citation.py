"""Whether the local plan given to ``diff`` cites another national plan than the one it is compared with.

A local implementation plan says in its preamble which national plan it carries out, by the 文号 of
the State Council's document (根据《国务院关于同意全面深化服务贸易创新发展试点的批复》（国函〔2020〕111号）…:
the reader keeps it as the document's ``parent_doc_no``, docs/placement.md). ``pilotplans diff
national-2018 chengdu-2020`` aligns 成都's plan of the 2020 round with the 2018 round's plan all the same,
and its counts read as what 成都 did with a plan it never names. The note says so, naming the document
cited: its 文号, and the pilot round whose approval it is where the gazetteer's rounds (``regions.toml``
``[[round]]``) record it.

The national plan given is the one cited when its own 文号 is the one cited, or when the 文号 cited is the
approval of the national plan's round (the 2020 round's task table, an attachment printing no 文号 of its
own, is the plan 国函〔2020〕111号 approves). Nothing is said of a local plan citing no 文号, or citing a
place's (闽政〔2020〕5号: a city's plan may carry out its province's, which carries out the national plan),
of a national plan whose 文号 and round are both unknown (nothing to tell it by), nor when the plan given
as NATIONAL is not national (a city's plan compared with its province's).

Nor of a local plan citing a central 文号 no round of the gazetteer approves while it is linked to NATIONAL or
to no plan: the reader keeps the first 文号 the preamble cites, and a preamble may name a policy before the
plan it carries out (为认真贯彻《国务院办公厅关于促进跨境电子商务健康快速发展的指导意见》(国办发〔2015〕46号)、
《国务院关于同意…的批复》(国函〔2025〕40号)精神: tests/fixtures/prose-blind/sanming-2025-goals-before-tasks.txt).
Only a round's approval, or a stored link to another plan, tells the plan cited from such a policy.

Every document the preamble cites is read (the reader keeps them in order, ``citations``), by 文号 and by title
alone (为贯彻落实《全面深化服务贸易创新发展试点总体方案》: 武汉's plan prints no 文号). A title names a plan by its matter
(:mod:`pilotplans.plan_titles`: 《…总体方案》, the approval 《国务院关于同意…的批复》 and the stored attachment
…任务、具体举措及责任分工 name one plan): the national plan given when its own title's matter, or its round's name,
is the title's; another plan when one stored national plan (``stored``), or one round of the gazetteer, has that
matter. A title beside a 文号 is read by the 文号 (the 文号 decides); a title naming no stored plan and no round is a
policy, and says nothing. A plan citing several plans is quiet when NATIONAL is one of them (a plan carrying out
two rounds carries out each); else every other plan it cites is named.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pilotplans.diff.models import DocumentRef
from pilotplans.doc_numbers import is_central_series, same_doc_no
from pilotplans.errors import shown_id
from pilotplans.plan_titles import (Cites, Titled, is_approval, names_plan, same_matter, title_matter, unwrapped,
                                   with_parent_number)

if TYPE_CHECKING:
    from pilotplans.normalizers.registry.gazetteer import Gazetteer, PilotRound


def citation_note(source: DocumentRef, derived: DocumentRef, gazetteer: Gazetteer | None = None,
                  stored: Sequence[Titled] = ()) -> str | None:
    """The one-line warning ``diff`` prints on stderr when ``derived`` (given as LOCAL) cites, by 文号 or by title,
    another national plan than ``source`` (given as NATIONAL, a national plan) and not ``source``, as the module
    docstring says; None otherwise. The gazetteer's rounds (the package's unless one is given) and the ``stored``
    national plans name the plans cited."""
    if source.level != "national" or derived.level == "national":
        return None  # a national plan (an older round given as LOCAL) carries out no plan
    cited = [c for c in with_parent_number(derived.citations, derived.parent_doc_no)
             if ((c.doc_no and is_central_series(c.doc_no)) or (not c.doc_no and c.title)) and not _names_itself(c, derived)]
    if not cited:
        return None
    if gazetteer is None:
        from pilotplans.normalizers.registry import load_registry

        gazetteer = load_registry().gazetteer
    own_round = gazetteer.round_of(source.programme, source.round)
    if source.doc_no is None and own_round is None and title_matter(source.title) is None:
        return None  # nothing to tell the national plan given by
    if any(_names_source(c, source, own_round, gazetteer) for c in cited):
        return None
    named = [found for c in cited if (found := _other_plan(c, source, derived, gazetteer, stored)) is not None]
    first: dict[str, str] = {}
    for plan, text in named:
        first.setdefault(plan, text)  # a plan once, as first cited (an approval and its plan's title name one)
    others = list(first.values())
    if not others:
        return None
    given = source.doc_no or (f"the {own_round.year} round of {own_round.name}" if own_round else f"《{source.title}》")
    plans = "the plan" if len(others) == 1 else "the plans"
    local, national = shown_id(derived.id), shown_id(source.id)
    return (f"warning: {local} cites {' and '.join(others)} as {plans} it carries out, not {national} ({given}): "
            f"the links say only how alike the measures of {local} are to those of {national}, not what it did with them")


def _names_itself(citation: Cites, document: DocumentRef) -> bool:
    """Whether ``citation`` names ``document`` itself: its own 文号; its own title as issued; or, for a document of no
    level read, its own title's matter (an approval printing the plan it approves, 《深化服务贸易创新发展试点总体方案》
    under 国务院关于同意深化服务贸易创新发展试点的批复). A local plan's matter may be the national plan's it carries out
    (全面深化服务贸易创新发展试点实施方案, its place unprinted, citing 《全面深化服务贸易创新发展试点总体方案》): only its
    own title as issued names it."""
    if citation.doc_no or document.level is None:
        return names_plan(citation, document)
    return bool(citation.title and document.title) and unwrapped(citation.title) == unwrapped(document.title)


def _names_source(citation: Cites, source: DocumentRef, own_round: PilotRound | None, gazetteer: Gazetteer) -> bool:
    """Whether ``citation`` names ``source``: its 文号 or its round's approval's; a title alone, by its matter (that of
    ``source``'s title, or its round's name) or as the approval the gazetteer keeps by its title."""
    if citation.doc_no:
        return any(same_doc_no(citation.doc_no, number) for number in (source.doc_no, own_round and own_round.approval)
                   if number)
    matter = title_matter(citation.title)
    if matter is not None and (same_matter(citation.title, source.title) or matter == (own_round and own_round.name)):
        return True
    return own_round is not None and gazetteer.approved_by(citation.title or "") == own_round


def _other_plan(citation: Cites, source: DocumentRef, derived: DocumentRef, gazetteer: Gazetteer,
                stored: Sequence[Titled]) -> tuple[str, str] | None:
    """The plan ``citation`` names when that is another plan than ``source`` (a round's approval or plan, a stored
    plan's 文号 or title, or the 文号 the reader takes for ``derived``'s parent's while it is linked to another plan),
    as a key (its round's id where it has one: an approval and its plan's title name one plan) and as the warning
    names it; None where it names none (a policy)."""
    others = [plan for plan in stored if plan.id not in (source.id, derived.id)]
    if citation.doc_no:
        number = citation.doc_no
        if (approved := gazetteer.approved_by(number)) is not None:
            return approved.id, f"{number} (the approval of {approved.name}, {approved.year})"
        plan = next((p for p in others if p.doc_no and same_doc_no(p.doc_no, number)), None)
        if plan is not None:
            return _plan_key(plan, gazetteer), f"{number} (the 文号 of {shown_id(plan.id)})"
        linked_elsewhere = derived.parent not in (None, source.id)
        if linked_elsewhere and derived.parent_doc_no and same_doc_no(number, derived.parent_doc_no):
            return number, number
        return None
    title = f"《{citation.title}》"
    if (approved := gazetteer.approved_by(citation.title or "")) is not None:
        return approved.id, f"{title} (the approval of {approved.name}, {approved.year})"
    matter = title_matter(citation.title)
    if matter is None:
        return None
    titled = [p for p in others if same_matter(citation.title, p.title)]
    if len(titled) == 1:
        return _plan_key(titled[0], gazetteer), f"{title} (the plan {shown_id(titled[0].id)} is titled after)"
    if (named := _round_named(matter, gazetteer)) is not None:
        # an approval's title (…关于同意开展…的批复) names the round's approval, not its plan: the note says what was cited
        kind = "approval" if is_approval(citation.title) else "plan"
        return named.id, f"{title} (the {kind} of {named.name}, {named.year})"
    return None


def _round_named(matter: str | None, gazetteer: Gazetteer) -> PilotRound | None:
    """The one round whose name is ``matter`` (a name several rounds share names none)."""
    named = [r for r in gazetteer.rounds.values() if r.name == matter]
    return named[0] if len(named) == 1 else None


def _plan_key(plan: Titled, gazetteer: Gazetteer) -> str:
    """The round a stored plan is the plan of (its 文号 the round's approval, or its title's matter the round's one
    name), else its id."""
    approved = gazetteer.approved_by(plan.doc_no) if plan.doc_no else None
    pilot_round = approved or _round_named(title_matter(plan.title), gazetteer)
    return pilot_round.id if pilot_round is not None else plan.id

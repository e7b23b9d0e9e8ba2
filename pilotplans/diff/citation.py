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
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pilotplans.diff.models import DocumentRef
from pilotplans.doc_numbers import is_central_series, same_doc_no

if TYPE_CHECKING:
    from pilotplans.normalizers.registry.gazetteer import Gazetteer, PilotRound


def citation_note(source: DocumentRef, derived: DocumentRef, gazetteer: Gazetteer | None = None) -> str | None:
    """The one-line warning ``diff`` prints on stderr when ``derived`` (given as LOCAL) cites a State Council
    文号 that is not ``source``'s (given as NATIONAL, a national plan), as the module docstring says; None
    otherwise. The gazetteer's rounds name the document cited and ``source``'s (the package's gazetteer
    unless one is given)."""
    cited = derived.parent_doc_no
    if not cited or source.level != "national" or not is_central_series(cited):
        return None
    if gazetteer is None:
        from pilotplans.normalizers.registry import load_registry

        gazetteer = load_registry().gazetteer
    own_round = _round_of(source, gazetteer)
    if source.doc_no is None and own_round is None:
        return None
    if any(same_doc_no(cited, number) for number in (source.doc_no, own_round and own_round.approval) if number):
        return None
    cited_round = next((r for r in gazetteer.rounds.values() if same_doc_no(r.approval, cited)), None)
    if cited_round is None and derived.parent in (None, source.id):
        return None  # the first central 文号 cited, of no round's approval: maybe a policy named before the plan
    named = f" (the approval of {cited_round.name}, {cited_round.year})" if cited_round else ""
    given = source.doc_no or (f"the {own_round.year} round of {own_round.name}" if own_round else "")
    return (f"warning: {derived.id} cites {cited}{named} as the plan it carries out, not {source.id} ({given}): "
            f"the links say only how alike {derived.id}'s measures are to {source.id}'s, not what it did with them")


def _round_of(document: DocumentRef, gazetteer: Gazetteer) -> PilotRound | None:
    """The pilot round of ``document``'s programme and round year, where both are known and the gazetteer has it."""
    if document.programme is None or document.round is None:
        return None
    return next((r for r in gazetteer.rounds.values()
                 if r.programme == document.programme and r.year == document.round), None)

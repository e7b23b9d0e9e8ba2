"""Which local plans a rebuild linked to no national plan while one of their programme is stored.

A rebuild without a manifest links a local plan by the 文号 it cites, its measures or its title
(:mod:`pilotplans.ingest.parents`); one linked by none of them is left out of ``coverage`` without a
word unless the rebuild says so: :func:`unlinked_notes` gives the line it prints on stderr. This module
reads the stored documents' facts only (no measures), and imports nothing heavy: a rebuild that finds
nothing changed asks it too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


def unlinked_notes(plans: Sequence[PlanFacts]) -> list[str]:
    """One line for each local plan among ``plans`` (as a dataset stores them) linked to no national plan
    while a national plan of its programme is stored (either's programme unknown counts as the same): a
    rebuild says so rather than leave coverage silently without it."""
    from pilotplans.errors import shown_id, shown_ids

    nationals = [p for p in plans if p.level == "national"]
    lines = []
    for plan in plans:
        local = plan.level not in (None, "national") or (plan.level is None and plan.region is not None)
        if not local or plan.parent is not None:
            continue
        same = [n.id for n in nationals if None in (n.programme, plan.programme) or n.programme == plan.programme]
        if not same:
            continue
        cites = (f"it cites {plan.parent_doc_no}, which no stored plan has" if plan.parent_doc_no
                 else "it cites no stored plan's 文号")
        lines.append(f"{shown_id(plan.id)}: linked to no national plan ({cites}, and neither its measures nor its title "
                     f"match one clearly) though {shown_ids(same)} {'is' if len(same) == 1 else 'are'} stored: "
                     "name its parent in manifest.toml (parent = \"…\") if it implements one")
    return lines


@dataclass(frozen=True)
class PlanFacts:
    """What :func:`unlinked_notes` reads of a stored document."""

    id: str
    level: str | None
    region: str | None
    programme: str | None
    parent: str | None
    parent_doc_no: str | None

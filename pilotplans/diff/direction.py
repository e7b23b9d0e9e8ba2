"""Whether two plans were given to ``diff`` the wrong way round.

``pilotplans diff NATIONAL LOCAL`` says what LOCAL did with each measure of NATIONAL. Given a local
plan first and the national plan it implements second (``diff hainan-2020 national-2020``), or a
newer round first (``diff national-2020 national-2018``), it still aligns them, and its counts read
the other way (the national measures counted ``local``): a doubt the command says rather than let
the counts be read as asked. Rounds are compared only between plans of one place (the national
plans, or one province's, one city's): two cities' plans of different years are peers, neither the
newer round of the other.
"""

from __future__ import annotations

import shlex
from typing import get_args

from pilotplans.diff.models import DocumentRef
from pilotplans.schema.models import Level

#: Levels from the top, as the records name them: a plan is implemented by plans of the levels below it.
LEVELS: tuple[str, ...] = get_args(Level)


def reversed_note(source: DocumentRef, derived: DocumentRef, source_arg: str, derived_arg: str) -> str | None:
    """A note when ``source`` (given as NATIONAL, as ``source_arg``) is of a lower level than
    ``derived`` (given as LOCAL), or of the same level and a later round; None otherwise, and when
    a level or round is not known, or the two are of different places (peers, not rounds of one plan)."""
    if source.level in LEVELS and derived.level in LEVELS and LEVELS.index(source.level) > LEVELS.index(derived.level):
        what = f"{source.id} ({source.level}) is given as NATIONAL and {derived.id} ({derived.level}) as LOCAL"
    elif (source.level == derived.level and (source.region or None) == (derived.region or None) and source.round is not None
          and derived.round is not None and source.round > derived.round):
        what = f"{source.id} (round {source.round}) is given as NATIONAL and {derived.id} (round {derived.round}) as LOCAL"
    else:
        return None
    return (f"note: {what}: this says what {derived.id} did with {source.id}'s measures; "
            f"`pilotplans diff {shlex.quote(derived_arg)} {shlex.quote(source_arg)}` says what {source.id} did with {derived.id}'s")

"""The label each measure of a document is shown and selected by, unambiguous within its document.

A measure is labelled by its number (``5``), an unnumbered one by its position (``#5``). A plan whose numbering
restarts by heading or by level (1.–3. under 一、, 1.–2. again under 二、; 1.–3. then （一）–（三）) prints two measures
numbered 1: their bare label ``1`` would name neither. Such a label is qualified by the numbers of its measure's
headings as printed, outermost first (``一、1``, ``二、（一）1``, ``第二部分一、1``); a label no other measure of its
document shares stays bare, as users and tests quote it. Where the printed heading numbers do not tell the measures
apart either (two tables of one document each numbered from 1 without a numbered heading, a number printed twice under
one heading, headings printed without numbers, a measure under no numbered heading beside one under 一、), each such
label also carries its measure's position (``1#4``, beside ``一、1``) —
the position ``#N`` names an unnumbered measure by. A qualified label never invents a number: a heading whose number
is not printed adds nothing. Only what is shown changes: the stored ids and the diff's keys are positions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from pilotplans.errors import UnknownValue
from pilotplans.schema.models import Document, Heading, Measure

_SPACE = re.compile(r"\s+")

#: The longest label shown: the store keeps a link's local label in a column this long (``plan_links.local_label``,
#: ``String(32)``; a longer value fails on PostgreSQL). A qualified label longer (headings nested deep, each printing
#: its number) is the measure's number and position instead (``1#57``), as where its headings tell nothing apart.
LABEL_LENGTH = 32


class AmbiguousMeasure(UnknownValue):
    """A bare label names two or more measures of one document (its numbering restarts): the user names one by its
    qualified label. An option naming no one measure, exit 2 on the command line as one naming none."""


def bare_label(number: int | None, position: int) -> str:
    """The label of a measure on its own: its number, or ``#position`` for an unnumbered measure."""
    return str(number) if number is not None else f"#{position}"


def heading_numbers(document: Document, measure: Measure) -> str:
    """The printed numbers of the headings enclosing ``measure``, outermost first and joined (``二、（一）``); a
    heading printed without a number adds nothing; '' for a measure under no heading."""
    if measure.heading is None or not 1 <= measure.table <= len(document.tables):
        return ""
    at: dict[int, Heading] = {h.position: h for h in document.tables[measure.table - 1].headings}
    found: list[str] = []
    heading = at.get(measure.heading)
    seen: set[int] = set()
    while heading is not None and heading.position not in seen:
        seen.add(heading.position)
        if heading.number_raw:
            found.append(_SPACE.sub("", heading.number_raw))
        heading = at.get(heading.parent) if heading.parent is not None else None
    return "".join(reversed(found))


def measure_labels(document: Document) -> dict[int, str]:
    """Each measure's label (position → label), unambiguous within ``document`` (see the module docstring)."""
    bare = {m.position: bare_label(m.number, m.position) for m in document.measures}
    repeated = {label for label, count in Counter(bare.values()).items() if count > 1}
    qualified = {m.position: heading_numbers(document, m) + bare[m.position] for m in document.measures
                 if bare[m.position] in repeated}
    shown = Counter(qualified.get(position, label) for position, label in bare.items())

    def unambiguous(position: int) -> str:
        # a label no other measure shares is never touched; a qualified label still shared, or no other than the bare
        # one (no heading number printed above it: ``1`` beside ``一、1``), or one a unique label already is (a heading
        # number printed without its mark, ``1`` + ``1``) gets its position; headings nested so deep that their numbers
        # overrun what the store keeps give the number and its position (``1#57``)
        if position not in qualified:
            return bare[position]
        if qualified[position] == bare[position] or shown[qualified[position]] > 1:
            label = f"{qualified[position]}#{position}"
        else:
            label = qualified[position]
        return label if len(label) <= LABEL_LENGTH else f"{bare[position]}#{position}"

    return {position: unambiguous(position) for position in bare}


def pick(labels: Mapping[int, str], bare: Mapping[int, str], given: str, reference: str) -> int | None:
    """The position of the measure ``given`` names among a document's ``labels`` (position → label) and ``bare``
    labels (position → bare label): its label, its bare label where no other measure shares it, or ``#position``;
    None when it names none. A bare label two or more measures share is refused naming them (:class:`AmbiguousMeasure`:
    ``DOC:1 names 3 measures: 一、1, 二、1, 三、1``; ``reference`` is the option as the user typed it)."""
    text = given.strip()
    for position, label in labels.items():
        if text == label:
            return position
    sharing = [position for position, label in bare.items() if label == text]
    if len(sharing) == 1:
        return sharing[0]
    if len(sharing) > 1:
        raise AmbiguousMeasure(f"{reference} names {len(sharing)} measures: {', '.join(labels[p] for p in sharing)}")
    if text.startswith("#") and text[1:].isdigit() and int(text[1:]) in labels:
        return int(text[1:])
    return None

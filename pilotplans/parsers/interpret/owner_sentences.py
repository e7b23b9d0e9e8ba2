"""A line printed after an item that names whose the items above it are, by their count.

A plan may close each group of its numbered targets with a sentence instead of a bracket or a field line
(``1.…`` ``2.…`` ``3.…`` ``4.…`` / ``4项目标的责任单位均为市发展改革委。``; ``5.…`` / ``该目标责任单位为市经委。``: a 2007 city
target plan, prose-blind40's 郑州). Before, the whole sentence was read as one body's name (it ends like one)
given to the last item alone, and the items above it read none.

The phrasings are data (tasklist.toml ``owner_sentences``), matched on the line folded to simplified script;
the bodies are kept as printed. Where the count names more items than the open item and the unowned items
numbered in sequence just before it, or one of them names owners of its own, the line says nothing this module
reads: no owner is given on a guess.
"""

from __future__ import annotations

from dataclasses import dataclass

from pilotplans.normalizers.numbers import chinese_to_int
from pilotplans.normalizers.simplified import fold
from pilotplans.parsers.interpret.fields import Fields, is_body_list, read_field_line
from pilotplans.parsers.interpret.vocabulary import vocabulary


@dataclass(frozen=True)
class OwnerSentence:
    """What a line naming the owners of the items above it says: how many items (1 where it speaks of the one item
    above, 该目标), the owners' label as a field line prints it (folded), and the bodies as printed."""

    count: int
    label: str
    bodies: str


def read_owner_sentence(text: str) -> OwnerSentence | None:
    """The owners a line says the items above it have (``4項目標的責任單位均為市發展改革委。`` → 4, 责任单位,
    ``市發展改革委``), or None: for any other line, and for one whose named owners are no list of bodies."""
    printed = text.strip()
    folded = fold(printed)
    for pattern in vocabulary().owner_sentences:
        found = pattern.match(folded)
        if found is None:
            continue
        bodies = printed[found.start("bodies"):found.end("bodies")].strip()
        count = _count(found.groupdict().get("count"))
        if count is None or not is_body_list(bodies):
            return None
        return OwnerSentence(count=count, label=found["label"], bodies=bodies)
    return None


def _count(printed: str | None) -> int | None:
    """How many items a sentence's count names: 1 where it names none (该目标), else its figure or numeral."""
    if printed is None:
        return 1
    value = int(printed) if printed.isdigit() else chinese_to_int(printed)
    return value if value is not None and value > 0 else None


def owner_fields(sentence: OwnerSentence) -> Fields | None:
    """The fields a sentence gives each item it names, read as the field line ``label：bodies`` would be."""
    return read_field_line(f"{sentence.label}：{sentence.bodies}")

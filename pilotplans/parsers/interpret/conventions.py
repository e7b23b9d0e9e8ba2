"""Conventions a plan states once for the items of its task list.

``第一责任单位为牵头单位，下同``, ``排名第一的为牵头单位,下同``, ``排在第一位的为牵头单位，其他为配合单位``,
``各区政府负责落实，不再列出``, ``本条及以下责任单位均包括各县市区政府，不再重复列举``: each is a
:class:`~pilotplans.schema.models.Convention` on the Document, which the normaliser applies to the
measures it concerns. The phrasings are data (``tasklist.toml``); traditional characters read as
simplified, the sentence stating it is kept as printed.

Conventions read downwards (下同, 以下, 本条及以下): one stated in a measure's bracket or in a
paragraph above a measure applies from that measure on; one stated before the first measure or
after the last (a closing note) applies to every measure (:func:`scope_conventions`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from pilotplans.normalizers.simplified import fold
from pilotplans.parsers.interpret.vocabulary import full_stops_outside_brackets, vocabulary
from pilotplans.schema.models import Convention

@dataclass(frozen=True)
class StatedConvention:
    """A convention and where it was stated: the order of the line stating it among the lines read."""

    convention: Convention
    order: int


def sentences(text: str) -> list[str]:
    """``text`` cut after each 。 that stands outside brackets (a convention is one sentence)."""
    pieces: list[str] = []
    start = 0
    for index in full_stops_outside_brackets(text):
        pieces.append(text[start:index + 1])
        start = index + 1
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip(" \t\u3000。")]


def find_conventions(text: str) -> list[Convention]:
    """The conventions ``text`` states, sentence by sentence, in the order of the vocabulary (each
    once, though several phrasings may match it)."""
    found: list[Convention] = []
    for sentence in sentences(text):
        folded = fold(sentence)
        for convention in vocabulary().conventions:
            match = convention.pattern.search(folded)
            if match is None:
                continue
            body = None
            if convention.kind == "added_body":
                # a note printed in brackets of its own ((各区政府负责落实，不再列出)) names no bracket
                body = sentence[match.start("body"):match.end("body")].strip().lstrip("（(〔【[ \t\u3000")
            elif convention.kind in ("marked_lead", "marked_role"):
                body = match["mark"]  # the mark a list prints beside a body (标☆的为牵头单位, 加*号为配合部门)
            found.append(Convention(kind=convention.kind, text=sentence, role=convention.role, body=body))  # type: ignore[arg-type]
    return merge_conventions(found)


def scope_conventions(stated: list[StatedConvention], measure_orders: list[int]) -> list[Convention]:
    """The conventions with the first measure each concerns (``from_measure``).

    ``measure_orders`` are the orders of the measures' first lines, in document order. A convention
    concerns the measures from the first one at or after where it is stated; stated before the
    first measure, or after the last one, it concerns them all.
    """
    scoped: list[Convention] = []
    for item in stated:
        first = bisect_left(measure_orders, item.order)
        from_measure = first + 1 if 0 < first < len(measure_orders) else None
        scoped.append(item.convention.model_copy(update={"from_measure": from_measure}))
    return scoped


def merge_conventions(conventions: list[Convention]) -> list[Convention]:
    """Each convention once (a plan may state it in several places), in the order first stated; a mark's note scoped
    to one table (``table``) is kept apart from the same note scoped to another, or to none."""
    seen: set[tuple[str, str | None, str | None, int | None]] = set()
    kept: list[Convention] = []
    for convention in conventions:
        key = (convention.kind, convention.role, convention.body, convention.table)
        if key not in seen:
            seen.add(key)
            kept.append(convention)
    return kept

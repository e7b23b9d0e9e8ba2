"""Conventions a plan states once for every item of its task list.

``第一责任单位为牵头单位，下同``, ``排在第一位的为牵头单位，其他为配合单位``, ``各区政府负责落实，不再列
出``: each is a :class:`~pilotplans.schema.models.Convention` on the Document, which the normaliser
applies to every measure. The phrasings are data (``tasklist.toml``); traditional characters read
as simplified, the text is kept as printed.
"""

from __future__ import annotations

from pilotplans.normalizers.simplified import fold
from pilotplans.parsers.interpret.vocabulary import vocabulary
from pilotplans.schema.models import Convention


def find_conventions(text: str) -> list[Convention]:
    """The conventions ``text`` states, in the order of the vocabulary."""
    folded = fold(text)
    found: list[Convention] = []
    for convention in vocabulary().conventions:
        match = convention.pattern.search(folded)
        if match is None:
            continue
        body = None
        if convention.kind == "added_body":
            body = text[match.start("body"):match.end("body")].strip()
        found.append(Convention(kind=convention.kind, text=text.strip(), role=convention.role, body=body))  # type: ignore[arg-type]
    return found


def merge_conventions(conventions: list[Convention]) -> list[Convention]:
    """Each convention once (a plan may state it in several places), in the order first stated."""
    seen: set[tuple[str, str | None, str | None]] = set()
    kept: list[Convention] = []
    for convention in conventions:
        key = (convention.kind, convention.role, convention.body)
        if key not in seen:
            seen.add(key)
            kept.append(convention)
    return kept

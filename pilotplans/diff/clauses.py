"""A measure's wording cut the way its punctuation structures it: parts, clauses and listed items.

Policy texts mark their co-equal parts with punctuation: sentences (。) and ；-clauses are the
parts a measure is made of, a comma (，) separates the clauses of one part (steps, conditions,
purposes of one action), and 、 separates the items of a list (平台 A、平台 B、平台 C). The diff
decides a relation from which of these a local plan carries (:mod:`pilotplans.diff.relation`),
so it needs them cut apart, with the part each clause belongs to.

:func:`clause_spans` works on a normalised wording (full-width punctuation, no whitespace:
:func:`pilotplans.diff.similarity.normalise_wording`) and returns character spans, so that words
cut from the whole text can be given to the clause and the item they fall in. Nothing is cut
inside brackets or quotes (“流程再造、分类审批…” is one piece of its clause, not a list).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pilotplans.patterns import compiled

#: Punctuation that ends a co-equal part. A colon introduces the parts it explains (分级管理：对于…).
PART_ENDS = frozenset("。；！？：")
CLAUSE_ENDS = frozenset("，")
ITEM_SEPARATORS = frozenset("、")
_OPEN = frozenset("（“《‘「【〔")
_CLOSE = frozenset("）”》’」】〕")
_CONTENT = compiled(r"[\p{Han}A-Za-z0-9]")
_EDGE = frozenset("。；！？：，、 ")
#: A list's opening word (如 …), and what its last item carries after 等 (…平台等 → …平台).
_LIST_HEAD = compiled(r"(?:如|包括|例如)")
_LIST_TAIL = compiled(r"等[^、]*$")
#: What joins a list's last two items (A、B和C).
_LAST_JOINTS = frozenset("和及与")


@dataclass(frozen=True, slots=True)
class ClauseSpan:
    """One comma clause: ``text[start:end]`` (edge punctuation excluded), the index of the part
    (sentence or ；-clause) it belongs to, and the spans of its listed items, if it holds a list."""

    start: int
    end: int
    part: int
    items: tuple[tuple[int, int], ...] = ()
    #: Where the clause's own statement ends when a list illustrating it follows (建设区域性公共服务平台，如…: the
    #: end of 平台), else None.
    lead_end: int | None = None


def has_content(text: str) -> bool:
    return bool(_CONTENT.search(text))


def _pieces(text: str, start: int, end: int, separators: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Spans of ``text[start:end]`` between separators found outside brackets and quotes (each
    span ends with its separator)."""
    begin = start
    for index in _outside_brackets(text, start, end, separators):
        yield begin, index + 1
        begin = index + 1
    if begin < end:
        yield begin, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def item_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The items of a list in the clause ``text[start:end]`` (two or more 、-separated pieces with
    content), without the list's opening word and what follows the last item's 等; else ()."""
    spans = [s for s in (_trim(text, a, b) for a, b in _pieces(text, start, end, ITEM_SEPARATORS))
             if has_content(text[s[0]:s[1]])]
    if len(spans) < 2:
        return ()
    first_start, first_end = spans[0]
    lead = text.rfind("，", first_start, first_end)
    if lead >= 0:  # 建设…平台，如A、B: the first item starts after the comma
        first_start = lead + 1
    head = _LIST_HEAD.match(text, first_start, first_end)
    spans[0] = (head.end() if head else first_start, first_end)
    last_start, last_end = spans[-1]
    tail = _LIST_TAIL.search(text, last_start, last_end)
    if tail and tail.start() > last_start:
        last_end = tail.start()
    joint = max(_outside_brackets(text, last_start, last_end, _LAST_JOINTS), default=-1)
    if joint > last_start:  # A、B和C: the last piece holds two items
        spans[-1:] = [(last_start, joint), (joint + 1, last_end)]
    else:
        spans[-1] = (last_start, last_end)
    return tuple(spans)


def _outside_brackets(text: str, start: int, end: int, chars: frozenset[str]) -> list[int]:
    """Where ``chars`` stand in ``text[start:end]`` outside brackets and quotes."""
    depth, found = 0, []
    for index in range(start, end):
        char = text[index]
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif char in chars and depth == 0:
            found.append(index)
    return found


def clause_spans(text: str, start: int = 0, first_part: int = 0) -> list[ClauseSpan]:
    """The comma clauses of ``text[start:]``, numbered by part from ``first_part``. A clause that
    opens a list (如…、…、…等) stays with the clause it illustrates (建设区域性公共服务平台，如…)."""
    clauses: list[ClauseSpan] = []
    part = first_part
    for part_start, part_end in _pieces(text, start, len(text), PART_ENDS):
        spans: list[tuple[int, int, int | None]] = []
        for clause_start, clause_end in _pieces(text, part_start, part_end, CLAUSE_ENDS):
            a, b = _trim(text, clause_start, clause_end)
            if a < b and has_content(text[a:b]):
                if spans and _LIST_HEAD.match(text, a, b):
                    first, lead_end, _ = spans[-1]
                    spans[-1] = (first, b, spans[-1][2] or lead_end)
                else:
                    spans.append((a, b, None))
        clauses.extend(ClauseSpan(a, b, part, item_spans(text, a, b), lead) for a, b, lead in spans)
        if spans:
            part += 1
    return clauses

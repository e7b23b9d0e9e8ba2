"""Character-level differences between two wordings of a measure, for display.

``char_diff(a, b)`` compares the characters of ``a`` (the national wording) and ``b`` (the local
one) with :class:`difflib.SequenceMatcher`, ignoring whitespace, and returns typed segments that
reproduce both texts exactly: ``"".join(s.national for s in segments) == a`` and the same for
``b``. A run of one or two common characters between two larger changes (a lone 的, or 发展,
inside a rewritten clause) is folded into the change around it, so the highlight follows the
rewrite rather than the characters that happen to recur in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

SegmentOp = Literal["equal", "delete", "insert"]

#: Longest run of common characters (whitespace aside) that may be folded into the changes around it.
FOLD_MAX = 2


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of both texts: ``equal`` (in both: ``national`` and ``local`` differ at most in
    whitespace), ``delete`` (only in the national text: ``local`` is empty) or ``insert`` (only
    in the local text: ``national`` is empty)."""

    op: SegmentOp
    national: str
    local: str


@dataclass(frozen=True, slots=True)
class _Block:
    """A range of the whitespace-free texts: equal, or changed (deleted and/or inserted)."""

    equal: bool
    i1: int
    i2: int
    j1: int
    j2: int


def char_diff(a: str, b: str) -> list[Segment]:
    """The segments that turn ``a`` into ``b``, character by character, whitespace ignored."""
    a_chars, a_bounds = _strip(a)
    b_chars, b_bounds = _strip(b)
    if not a_chars or not b_chars:
        return ([Segment("delete", a, "")] if a else []) + ([Segment("insert", "", b)] if b else [])
    matcher = SequenceMatcher(None, a_chars, b_chars, autojunk=False)
    blocks = _fold_short_equal(_blocks(matcher.get_opcodes()))
    return [segment for block in blocks for segment in _segments(block, a, a_bounds, b, b_bounds)]


def _strip(text: str) -> tuple[str, list[int]]:
    """``text`` without whitespace, and for each of its characters the offset in ``text`` where
    its slice starts (the first slice also takes leading whitespace; each slice takes the
    whitespace after its character), with ``len(text)`` appended."""
    offsets = [i for i, char in enumerate(text) if not char.isspace()]
    chars = "".join(text[i] for i in offsets)
    bounds = offsets + [len(text)]
    bounds[0] = 0
    return chars, bounds


def _blocks(opcodes: list[tuple[str, int, int, int, int]]) -> list[_Block]:
    """Opcodes as alternating equal and changed blocks (adjacent changes joined)."""
    blocks: list[_Block] = []
    for tag, i1, i2, j1, j2 in opcodes:
        equal = tag == "equal"
        if blocks and not equal and not blocks[-1].equal:
            last = blocks.pop()
            blocks.append(_Block(False, last.i1, i2, last.j1, j2))
        else:
            blocks.append(_Block(equal, i1, i2, j1, j2))
    return blocks


def _fold_short_equal(blocks: list[_Block]) -> list[_Block]:
    """Fold an equal block of at most :data:`FOLD_MAX` characters between two changes into them
    when it is also no longer than the larger side of either change (the rule of
    diff-match-patch's semantic clean-up, capped: a longer common run is a real match)."""
    changed = True
    while changed:
        changed = False
        for k in range(1, len(blocks) - 1):
            before, middle, after = blocks[k - 1], blocks[k], blocks[k + 1]
            if not middle.equal or before.equal or after.equal:
                continue
            length = middle.i2 - middle.i1
            if length <= FOLD_MAX and length <= _change_size(before) and length <= _change_size(after):
                blocks[k - 1:k + 2] = [_Block(False, before.i1, after.i2, before.j1, after.j2)]
                changed = True
                break
    return blocks


def _change_size(block: _Block) -> int:
    return max(block.i2 - block.i1, block.j2 - block.j1)


def _segments(block: _Block, a: str, a_bounds: list[int], b: str, b_bounds: list[int]) -> list[Segment]:
    national = a[a_bounds[block.i1]:a_bounds[block.i2]] if block.i2 > block.i1 else ""
    local = b[b_bounds[block.j1]:b_bounds[block.j2]] if block.j2 > block.j1 else ""
    if block.equal:
        return [Segment("equal", national, local)]
    return ([Segment("delete", national, "")] if national else []) + ([Segment("insert", "", local)] if local else [])

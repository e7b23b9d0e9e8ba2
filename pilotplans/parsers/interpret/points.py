"""The points a table cell lists (``（一）…（二）…`` or ``1.…2.…`` under a lead ending ``…：``) going on
over a page break: the paragraphs printed alone at the top of a page, in the text column, that go
on with the points of the cell above the break are that cell's, not a heading between two parts of
the table (a heading never follows a lead announcing its points, nor numbers on from a point)."""

from __future__ import annotations

from collections.abc import Sequence

from pilotplans.normalizers.numbers import ItemMarker, find_item_marker
from pilotplans.textutil import is_terminated

ANNOUNCES = frozenset("：:")
"""Marks with which a lead announces the points after it (``推进贸易便利化：``)."""


def continues_points(cell: Sequence[str], carried: Sequence[str]) -> bool:
    """Whether the paragraphs ``carried`` go on with the points of the cell whose paragraphs are
    ``cell``: the first carried paragraph opening with a number numbers on from the cell's last
    point of its style (``（三）`` after ``（二）…``), or opens the points (the first, ``（一）``) right
    after a lead ending ``：``; every later paragraph opens with the next point of that style, or
    goes on with a point that ended no sentence (a wrapped point printed in two paragraphs); and
    the paragraphs before the first numbered one, if any, go on with a cell that ended no
    sentence and announced no point, each with the one before it ending none. False when no
    carried paragraph is numbered (nothing to tell), or the numbers skip."""
    cell = [text.strip() for text in cell if text.strip()]
    carried = [text.strip() for text in carried if text.strip()]
    markers = [find_item_marker(text) for text in carried]
    first = next((index for index, marker in enumerate(markers) if marker is not None), None)
    if not cell or first is None:
        return False
    opening = markers[first]
    assert opening is not None
    before = _last_point(cell, opening)
    if before is None:
        lead = carried[first - 1] if first else cell[-1]  # the paragraph right before the points (each stripped)
        if opening.number.value != 1 or lead[-1:] not in ANNOUNCES:
            return False
    elif opening.number.value != before + 1:
        return False
    if first and (is_terminated(cell[-1]) or cell[-1][-1:] in ANNOUNCES
                  or any(is_terminated(text) for text in carried[:first - 1])):
        return False  # a cell goes on with the sentence it left open, or with the point it announced
    number = opening.number.value
    for previous, text, marker in zip(carried[first:], carried[first + 1:], markers[first + 1:]):
        if marker is None:
            if is_terminated(previous):
                return False
            continue
        if marker.style != opening.style or marker.number.value != number + 1:
            return False
        number += 1
    return True


def points_going_on(cell: Sequence[str], carried: Sequence[str]) -> int:
    """How many of the paragraphs ``carried``, from the first, go on with the points of the cell
    whose paragraphs are ``cell`` (:func:`continues_points`): the most that do, up to a paragraph
    that opens no point after one that ended its sentence (a heading, or the next row's lead
    printed above its number) or one that does not number on; 0 when none do."""
    return next((count for count in range(len(carried), 0, -1) if continues_points(cell, carried[:count])), 0)


def _last_point(cell: Sequence[str], opening: ItemMarker) -> int | None:
    """The number of the cell's last paragraph opening with a point of ``opening``'s style, if
    that point is the cell's last numbered paragraph (else None). The cell's first paragraph is
    its lead (and may open with the item's own number, ``3.推进…：``), never a point."""
    for text in reversed(cell[1:]):
        marker = find_item_marker(text)
        if marker is not None:
            return marker.number.value if marker.style == opening.style else None
    return None

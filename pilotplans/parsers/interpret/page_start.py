"""A page starting inside an item it does not hold.

A site's snippet of a plan may start in the middle of an item: its first line is the tail of the item before the
page's first numbered one (…府按职责分工负责）, 、市财政局按职责分工负责）). That tail names owners of a measure the page
does not hold and is no title of the list: it is reported in a ``page_starts_inside_item`` warning, never dropped
silently nor read as the list's title. A first line starts so where it opens with a closing bracket or a mark going on
from a clause (``fragment_openings`` in tasklist.toml: ）, 、, ，, a word in lower case), or closes a bracket it never
opened (the tail of a name cut by the page).
"""

from __future__ import annotations

from pilotplans.layout import Paragraph
from pilotplans.normalizers.simplified import fold
from pilotplans.parsers.interpret.vocabulary import vocabulary
from pilotplans.schema.models import Warning

# The characters of the fragment a warning quotes.
_QUOTED = 40


def opens_inside_item(text: str) -> bool:
    """Whether ``text``, a page's first line, opens inside an item (see the module)."""
    words = vocabulary()
    line = fold(text).strip()
    if not line:
        return False
    if any(pattern.match(line) for pattern in words.fragment_openings):
        return True
    # any closer closes any opener: a title mixing a bracket's widths, (试行）, opens what it closes
    closers = set(words.closers.values())
    depth = 0
    for char in line:
        if char in words.closers:
            depth += 1
        elif char in closers:
            if depth == 0:
                return True  # a bracket closed that the line never opened
            depth -= 1
    return False


def fragment_before_items(before: list[tuple[int, Paragraph]]) -> tuple[int, Paragraph] | None:
    """The page's first paragraph before its first item (``before``: the paragraphs printed before it, in order) where
    it opens inside an item the page does not hold, else None."""
    if not before:
        return None
    first = min(before, key=lambda pair: pair[0])
    return first if opens_inside_item(first[1].text) else None


def fragment_warning(paragraph: Paragraph) -> Warning:
    """The warning reporting the fragment ``paragraph`` a page starts with."""
    text = paragraph.text.strip()
    quoted = text if len(text) <= _QUOTED else text[:_QUOTED] + "…"
    return Warning(code="page_starts_inside_item", message=(
        f"the page starts inside an item it does not hold: its first line `{quoted}` goes on from text before the "
        f"page (the owners or end of an item cut off), read as no measure and no title — find the whole plan to read "
        f"that item"))

"""Colons printed as look-alike characters, read as the colon ``：`` once, where a text is read.

Pages print a label's colon as other characters (``责任单位∶市发改委`` with U+2236 RATIO, ``牵头单位﹕``
with U+FE55 SMALL COLON, ``发文字号︰``), which no label pattern takes. Rather than widen each
pattern that reads a label (owners, metadata rows, :func:`~pilotplans.normalizers.segment.find_labels`),
the readers fold them into ``：`` one for one, so every place in the text stays where it was.
Between two figures (a ratio ``1∶500`` or ``一∶一``, a time ``9∶30``, a score ``3∶1``; spaces aside)
such a character is no label's colon and stays as printed. The characters are listed in
``pilotplans/data/colons.toml``.

The fold is for reading only, as full-width digits and traditional characters are: a record keeps the
page's wording, so :class:`PrintedColons` writes each folded colon in a record's wording back as printed
(:func:`pilotplans.ingest.printed.with_printed_colons`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from pilotplans.cachedir import code_as_imported
from pilotplans.layout import Grid, Layout, Paragraph, Row

COLON = "："
FILE = "colons.toml"

#: The code the kept characters are made by: this module alone.
_CODE = code_as_imported(__file__)


@functools.cache
def look_alikes() -> frozenset[str]:
    """The characters printed for a colon (``colons.toml``'s ``look_alikes``), read and checked once and kept in
    the cache folder: a later run reads them back without the TOML parser."""
    from pilotplans.cachedir import made_from_data

    return made_from_data("colons", FILE, _CODE, look_alikes_of, frozenset)


def look_alikes_of(text: str) -> frozenset[str]:
    """The characters a ``colons.toml`` lists for a colon, checked: one character each, never a colon itself
    (a one-line error naming the file otherwise)."""
    import tomllib

    data = tomllib.loads(text)
    chars = data.get("look_alikes")
    if not isinstance(chars, list) or not chars or not all(isinstance(c, str) and len(c) == 1 for c in chars):
        raise ValueError("pilotplans/data/colons.toml: `look_alikes` must be a list of single characters")
    if set(chars) & {":", COLON}:
        raise ValueError("pilotplans/data/colons.toml: `look_alikes` lists a colon itself")
    return frozenset(chars)


# Chinese numerals, figures as digits are: a ratio printed 一∶一 is no label's colon.
_NUMERALS = frozenset("〇零一二三四五六七八九十百千万两")


def _figure(char: str) -> bool:
    return char.isdigit() or char in _NUMERALS


def _between_figures(text: str, at: int) -> bool:
    """Whether the character at ``at`` stands between two figures, spaces aside (1∶500, 9 ∶ 30)."""
    before = text[:at].rstrip(" \t\u3000")
    after = text[at + 1:].lstrip(" \t\u3000")
    return bool(before) and bool(after) and _figure(before[-1]) and _figure(after[0])


def fold_colons(text: str) -> str:
    """``text`` with each look-alike colon not set between two figures written ``：`` (same length)."""
    chars = look_alikes()
    if chars.isdisjoint(text):
        return text
    return "".join(COLON if c in chars and not _between_figures(text, i) else c for i, c in enumerate(text))


def layout_colons(layout: Layout) -> Layout:
    """``layout`` with :func:`fold_colons` applied to every paragraph and cell; itself when none
    prints a look-alike colon."""
    chars = look_alikes()
    if all(chars.isdisjoint(t) for t in _texts(layout)):
        return layout
    return replace(layout, blocks=tuple(_block(b) for b in layout.blocks))


def _block(block: Paragraph | Grid, write: Callable[[str], str] = fold_colons) -> Paragraph | Grid:
    if isinstance(block, Paragraph):
        return replace(block, text=write(block.text))
    return replace(block, rows=tuple(_row(row, write) for row in block.rows))


def _row(row: Row, write: Callable[[str], str] = fold_colons) -> Row:
    return replace(row, cells=tuple(replace(cell, paragraphs=tuple(write(p) for p in cell.paragraphs))
                                    for cell in row.cells))


def printed_blocks(blocks: tuple[Paragraph | Grid, ...], colons: PrintedColons) -> tuple[Paragraph | Grid, ...]:
    """``blocks`` read from a folded text (a text part inside a .docx, which the text reader read folded) with each
    ``：`` the text printed as a look-alike written back as printed (:meth:`PrintedColons.restore`): the part then
    stands in its document's layout as printed, and the document's own fold and write-back treat it as every other
    paragraph of it (:func:`pilotplans.ingest.pipeline.read_layout`)."""
    return tuple(_block(block, colons.restore) for block in blocks)


def layout_texts(layout: Layout) -> str:
    """Every paragraph's and cell's text of ``layout``, in order, one a line: the text
    :class:`PrintedColons` looks a record's wording up in."""
    return "\n".join(_texts(layout))


def _texts(layout: Layout) -> Iterator[str]:
    """Every paragraph's and cell's text of ``layout``, in order."""
    for block in layout.blocks:
        if isinstance(block, Paragraph):
            yield block.text
        else:
            yield from (para for row in block.rows for cell in row.cells for para in cell.paragraphs)


# How many characters either side of a colon in a record's wording are looked up in the page, then how many
# where those are not found (the wording rejoined or spaced otherwise than printed).
_CONTEXTS = (4, 1)


@dataclass(frozen=True)
class PrintedColons:
    """A page's text as its readers read it (``folded``, look-alike colons as ``：``) and as it was printed
    (``printed``), the same length, one character for one: it gives back the printed colon in a record's wording."""

    folded: str
    printed: str

    def restore(self, text: str) -> str:
        """``text`` (a record's wording, read from the folded text) with each ``：`` the page printed as a
        look-alike written as printed: the colon, with the characters either side of it, is looked up in the
        folded text, and where every place it stands prints one character, that one is written. A colon found
        nowhere, or printed both ways, stays ``：``."""
        if COLON not in text:
            return text
        out = list(text)
        for at, char in enumerate(text):
            if char == COLON:
                out[at] = self._printed_at(text, at)
        return "".join(out)

    def _printed_at(self, text: str, at: int) -> str:
        for reach in _CONTEXTS:
            left, right = text[max(0, at - reach):at], text[at + 1:at + 1 + reach]
            needle = left + COLON + right
            glyphs = set()
            found = self.folded.find(needle)
            while found != -1:
                glyphs.add(self.printed[found + len(left)])
                found = self.folded.find(needle, found + 1)
            if glyphs:
                return glyphs.pop() if len(glyphs) == 1 else COLON
        return COLON

"""Names of WordprocessingML, and finding a child element by its name.

``element.find(name)`` in lxml goes through its ElementPath code in Python (parsing the path,
then matching) at about 4 µs a call; :func:`child` lets lxml match the name in C. The DOCX reader
asks for a child some five thousand times in a plan of 500 cells (paragraph and cell properties,
numbering), about a quarter of its walk of the document. Even so a look-up is dear (its iterator
and name matcher are made for each call), so :func:`properties` looks first where the schema puts
a paragraph's or a cell's properties: before everything else (not a row's: its ``w:tblPrEx``
comes first, so the reader searches for ``w:trPr``).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.etree import _Element

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@cache
def w(local: str) -> str:
    """The qualified name of ``w:local`` (``{namespace}local``, as lxml writes it)."""
    return f"{{{W}}}{local}"


def child(parent: _Element, local: str) -> _Element | None:
    """The first ``w:local`` child of ``parent`` (what ``parent.find(w(local))`` gives), or None."""
    for found in parent.iterchildren(w(local)):
        return found
    return None


def properties(parent: _Element, local: str) -> _Element | None:
    """The ``w:local`` properties child of ``parent`` (``w:pPr`` of a paragraph, ``w:tcPr`` of a
    cell, ``w:trPr`` of a row), or None: what :func:`child` gives, found by looking at the first
    child (where the schema puts a paragraph's and a cell's properties) before searching the others
    (a row's ``w:tblPrEx`` comes before its ``w:trPr``; a file not following the schema)."""
    first = parent[0] if len(parent) else None
    if first is None:
        return None
    if first.tag == w(local):
        return first
    return child(parent, local)

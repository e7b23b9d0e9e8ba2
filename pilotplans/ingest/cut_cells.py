"""A body's name cut across two neighbouring cells of one column: one cell merged over rows read as two.

A cell merged over several rows of a table prints its lines at the middle (or the top) of those
rows; a reader that places a row edge between two of its lines splits it into two cells, each
row's own, and a name wrapped over those lines is cut in two (layout 3700224: 责任单位 merged over
rows 39–42 read 住房城乡建设部、人力资源部社会保 for 39–40 and 障部、司法部 for 41–42). Each piece
alone names no body, and each is warned ``department_unresolved``; what says the reading itself
is doubtful is that the last name of one cell and the first of the next cell of the same column,
joined, name a body the registry reads. Each of the two records is then warned ``cell_cut``.

Two neighbouring cells naming bodies of their own (市商务局 / 市发展改革委), or a name the registry
cannot read in one cell beside a whole one in the next, say nothing. Nor do two pieces each a name of
its own though the registry reads neither in the document (a county's plan: 海关 ending a cell,
高新区 or 海关 opening the next after 银保监分局 or 经开区), whatever it reads them joined (海关高新区 as a
高新区's 管委会, 银保监分局海关 as a subordinate customs): a name cut in two leaves at least one piece
that is none — one not ending like a body's name (社会保, 住建) or a body's ending with at most a
character before it (障部, 总署, 支行) (:func:`is_whole_name`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pilotplans.normalizers.models import Context
from pilotplans.schema.models import DepartmentLink, Document, Measure, Warning
from pilotplans.schema.warned import warned

if TYPE_CHECKING:
    from pilotplans.normalizers.registry import Registry

OWNER_COLUMNS = ("responsibility", "superior", "cooperating")
"""The measure fields whose bodies are resolved (a :class:`DepartmentLink`'s ``column``)."""

_NOT_BODIES = ("scope", "region")
"""The ways of resolving that name a place or a set of places, no body."""

_CELL_ENDS = " \t\n。；;，,、"
"""What a cell may print after its last name (or before its first) that is no part of it."""

WHOLE_NAME_LEAST = 3
"""The fewest characters of a piece ending like a body's name that make it a name of its own (高新区,
银保监分局; not 障部, 总署 or 支行, an ending with a character or none before it)."""


def cut_pieces(upper: Measure, lower: Measure, column: str) -> tuple[str, str] | None:
    """The last name of the upper record's cell of ``column`` and the first of the lower's, where the
    cell ends with the one and the other opens with it and neither names a body; else None."""
    above = _links(upper, column)
    below = _links(lower, column)
    if not above or not below or above[-1].id is not None or below[0].id is not None:
        return None
    end, start = above[-1].raw, below[0].raw
    if is_whole_name(end) and is_whole_name(start):
        return None  # two names, each whole (海关 / 高新区): nothing cut
    upper_cell = (getattr(upper, column) or "").rstrip(_CELL_ENDS)
    lower_cell = (getattr(lower, column) or "").lstrip(_CELL_ENDS)
    return (end, start) if upper_cell.endswith(end) and lower_cell.startswith(start) else None


def is_whole_name(piece: str) -> bool:
    """Whether ``piece`` is a body's name on its own, read by the registry or not: a kind of body's own
    name (海关), a zone's (经开区: a ``[[zone_type]]`` form of regions.toml ending it), or a name ending like a body's (:func:`is_body_list`) of ``WHOLE_NAME_LEAST``
    characters or more (银保监分局, 高新区); not a piece of a word (社会保) nor an ending alone (障部, 总署)."""
    from pilotplans.normalizers.registry import load_registry
    from pilotplans.parsers.interpret.fields import is_body_list

    labels, zone_forms = _whole_name_forms(load_registry())
    if piece in labels:
        return True
    if piece.endswith(zone_forms):
        return True  # a zone, standing for its 管委会 (经开区, 长丰经开区)
    return len(piece) >= WHOLE_NAME_LEAST and is_body_list(piece)


@functools.lru_cache(maxsize=4)
def _whole_name_forms(registry: Registry) -> tuple[frozenset[str], tuple[str, ...]]:
    """The kinds' own names (海关) and the zones' forms (经开区) of the registry: gathered once, not for every
    piece of every pair of cells (a table of a thousand rows whose owners the registry cannot read asks for each)."""
    labels = frozenset(kind.label for kind in registry.kinds.values())
    return labels, tuple(form for zone in registry.gazetteer.zone_types for form in zone.forms)


def joined_body(end: str, start: str, context: Context) -> str | None:
    """The body two pieces of a name written together name (its canonical name), or None where the
    registry reads no body there (nothing, a place, a set of places or bodies)."""
    from pilotplans.normalizers.resolve import resolve_body

    found = resolve_body(end + start, context)
    if found.id is None or found.via in _NOT_BODIES or found.collective:
        return None
    return found.name


def _links(measure: Measure, column: str) -> list[DepartmentLink]:
    return [link for link in measure.departments if link.column == column]


def check_cut_cells(document: Document) -> Document:
    """The document, with a ``cell_cut`` warning on each two neighbouring records of one table (not
    a prose task list: its items print no cells) whose cells of one owner column join into a body's
    name that neither names alone (:func:`cut_pieces`, :func:`joined_body`): one cell merged over both rows, read as two.
    Names are read against the document's own context (its place, level and date)."""
    from pilotplans.normalizers.links import document_context

    prose = {table.index for table in document.tables if table.kind == "task_list"}
    added: dict[int, list[Warning]] = {}
    measures: Sequence[Measure] = document.measures
    context: Context | None = None
    unread = [_unread_ends(measure) for measure in measures]
    for at, (upper, lower) in enumerate(zip(measures, measures[1:])):
        if upper.table != lower.table or upper.table in prose:
            continue
        for column in OWNER_COLUMNS:
            if (column, "last") not in unread[at] or (column, "first") not in unread[at + 1]:
                continue  # a name the registry reads ends the cell above or opens the one below: nothing cut
            if (pieces := cut_pieces(upper, lower, column)) is None:
                continue
            context = context or document_context(document)[0]
            if (body := joined_body(*pieces, context)) is None:
                continue
            end, start = pieces
            message = (f"{column}: {end!r} ending the cell of {record_name(upper)} and {start!r} opening that of "
                       f"{record_name(lower)} name no body alone, and together ({end + start!r}) name {body}: one cell "
                       "merged over both rows may have been read as two, cut between them")
            added.setdefault(at, []).append(Warning(code="cell_cut", message=message))
            added.setdefault(at + 1, []).append(Warning(code="cell_cut", message=message))
    if not added:
        return document
    updated = [warned(m, *added[at]) if at in added else m
               for at, m in enumerate(measures)]
    return document.model_copy(update={"measures": updated})


def _unread_ends(measure: Measure) -> frozenset[tuple[str, str]]:
    """The owner columns whose first or last name in ``measure`` the registry does not read, as (column,
    "first") and (column, "last"): what :func:`cut_pieces` asks of each of the two cells, told once a record, not
    for each of its two pairs and three columns (most records have every name read, and so no pair to look at)."""
    first: dict[str, DepartmentLink] = {}
    last: dict[str, DepartmentLink] = {}
    for link in measure.departments:  # one pass over the record's names
        first.setdefault(link.column, link)
        last[link.column] = link
    return frozenset([(column, "first") for column, link in first.items() if link.id is None]
                     + [(column, "last") for column, link in last.items() if link.id is None])


def record_name(measure: Measure) -> str:
    """A record as a warning names it: its measure's number, else its place among the document's records."""
    return f"measure {measure.number}" if measure.number is not None else f"record {measure.position}"

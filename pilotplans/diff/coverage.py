"""Coverage: every measure of a national table against the local plans that implement it.

:func:`plan_groups` sorts the stored documents: each national plan with the local plans linked
to it, and how each was linked — by the 文号 it cites, named by the manifest, or inferred from its
measures when it cites none (:mod:`pilotplans.ingest.parents`; a plan stored before its parent
is linked here, at query time, the same way) — and the plans that could not be linked.
:func:`coverage_matrix` diffs a national document against each local one and keeps, for each
national measure and each local plan, what became of it: the relation of its link (``same``,
``adapted``, ``split``, ``merged``; ``dropped`` when no local measure took it up) and the local
measure numbers. :func:`to_csv`, :func:`to_jsonl`, :func:`to_json` and :func:`to_table` print the matrices.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from pilotplans.diff.columns import coverage_headers
from pilotplans.diff.compare import diff_documents, document_ref, measure_ref
from pilotplans.diff.labels import measure_labels
from pilotplans.diff.models import DiffResult, DocumentRef, MeasureRef, Relation
from pilotplans.relations import ADDITION
from pilotplans.diff.ownership import BodyResolver
from pilotplans.diff.segment import Segmenter
from pilotplans.diff.settings import DiffSettings
from pilotplans.errors import PilotplansError
from pilotplans.ingest.parents import ParentLink, link_parent, parent_link
from pilotplans.plan_titles import Titled
from pilotplans.store.plans import closest
from pilotplans.schema.models import Document



class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


#: What joins the labels of the local measures of one cell, in every output (the table's ``split 22；23``, the CSV's and
#: the workbook's ``22；23``): the full-width semicolon, which no label holds (a label is a number, ``#7`` or ``(三)1``)
#: and which a spreadsheet does not read as a thousands separator, as it may a comma.
LABEL_SEPARATOR = "；"


def joined_labels(labels: Iterable[str]) -> str:
    """The labels of one cell as every output prints them, joined by :data:`LABEL_SEPARATOR`."""
    return LABEL_SEPARATOR.join(labels)


class CoverageCell(_Frozen):
    """What one local plan did with one national measure: the closest relation of the links reaching it and their
    local measures' labels (``dropped`` and none when no link reaches it)."""

    relation: Relation
    locals: tuple[str, ...] = ()  # labels of the local measures linked to the national one
    #: the positions of those measures, in the order of ``locals``: a label alone may name several measures of a plan
    #: that numbers each section's measures from 1; not written out (the matrix shows the labels)
    positions: tuple[int, ...] = Field(default=(), exclude=True)

    @property
    def text(self) -> str:
        return f"{self.relation} {joined_labels(self.locals)}".strip()


class CoverageRow(_Frozen):
    national: MeasureRef
    cells: tuple[CoverageCell, ...]  # one per local document, in the matrix's order


class PlanLink(_Frozen):
    """How a local plan was linked to the national plan of its matrix."""

    document: str
    how: str  # cited, cited_title, given, inferred, named, none
    detail: str


class CoverageMatrix(_Frozen):
    national: DocumentRef
    locals: tuple[DocumentRef, ...]
    rows: tuple[CoverageRow, ...]
    additions: tuple[int, ...]  # local additions (relation ``local``) per local document
    links: tuple[PlanLink, ...] = ()  # per local document, how it was linked
    unlinked: tuple[str, ...] = ()  # stored local plans of its programme and round linked to no national plan: left out

    def taken_up(self) -> tuple[int, ...]:
        """Per local document: national measures not dropped."""
        return tuple(sum(row.cells[k].relation != "dropped" for row in self.rows) for k in range(len(self.locals)))


@dataclass(frozen=True)
class PlanGroups:
    """The stored documents sorted for coverage."""

    groups: tuple[tuple[Document, tuple[tuple[Document, ParentLink], ...]], ...]  # national, its locals
    unlinked: tuple[ParentLink, ...]  # local plans without a stored national plan


def plan_groups(documents: Sequence[Document]) -> PlanGroups:
    """Every national plan with the local plans that implement it, and the local plans that
    implement none of them. A local plan whose parent is not set (stored before its parent, or
    read without one) is linked here by :func:`~pilotplans.ingest.parents.link_parent`."""
    nationals = [d for d in documents if d.level == "national"]
    by_id = {d.id: d for d in nationals}
    members: dict[str, list[tuple[Document, ParentLink]]] = {n.id: [] for n in nationals}
    unlinked: list[ParentLink] = []
    stored = {d.id: d for d in documents}  # a given parent looked up once each, not by a pass over them all
    for document in documents:
        if document.level == "national":
            continue
        linked = document if document.parent in by_id else link_parent(document.model_copy(update={"parent": None}), nationals)
        link = parent_link(linked, by_id.get(linked.parent or ""))
        if linked.parent in by_id:
            members[linked.parent].append((linked, link))  # type: ignore[index]
        elif document.parent:
            unlinked.append(ParentLink(document.id, document.parent, "given", _parent_not_national(document, stored.get(document.parent))))
        else:
            unlinked.append(link)
    return PlanGroups(tuple((n, tuple(members[n.id])) for n in nationals), tuple(unlinked))


def _parent_not_national(document: Document, above: Document | None) -> str:
    """Why ``document``, whose parent is no stored national plan and which matches none clearly, is
    unlinked: its parent is not stored (``above`` None), or is a stored local plan (a county's plan
    implementing its city's or province's), which coverage does not compare plans with."""
    from pilotplans.errors import shown_id

    if above is None:
        return f"its parent {shown_id(document.parent or '')} is not stored, and no stored plan matches it clearly"
    return (f"its parent {shown_id(document.parent or '')} is a stored {above.level or 'local'} plan, not a national one (coverage "
            "compares plans with national plans), and no stored national plan matches it clearly")


class NothingToCover(PilotplansError):
    """No stored local plan implements the national plan asked for."""


def select(groups: PlanGroups, documents: Sequence[Document], national: str | None = None,
           locals: Sequence[str] = (), *, url: str | None = None) -> list[tuple[Document, tuple[tuple[Document, ParentLink], ...]]]:
    """The matrices to print: every national plan with the plans that implement it; only
    ``national``; or only ``locals`` (against ``national`` when given — a plan linked elsewhere is
    then compared as named —, else against the plan each is linked to). ``url`` is the database the
    documents come from, which the advice of an error names (:mod:`pilotplans.store.advice`; None: the default one)."""
    from pilotplans.store.advice import extract_advice, rebuild_advice

    locals = list(dict.fromkeys(locals))  # a plan named twice is one column, not two alike
    by_id = {d.id: d for d in documents}
    if not by_id:
        raise NothingToCover(f"the database holds no document yet: store plans in it with {extract_advice(url)}, "
                             f"or build the dataset with {rebuild_advice(url)}")
    missing = [i for i in [national, *locals] if i is not None and i not in by_id]
    if missing:
        from pilotplans.errors import not_stored
        from pilotplans.normalizers.registry import load_registry
        from pilotplans.places_named import StoredPlan, plans_of_places

        raise NothingToCover(not_stored(missing, list(by_id)) + plans_of_places(
            missing, [StoredPlan(d.id, d.region) for d in documents], load_registry().gazetteer))
    _check_levels(by_id, national, locals)
    if all(d.level not in (None, "national") for d in by_id.values()):  # naming plans with --national cannot help
        from pilotplans.errors import shown_ids

        raise NothingToCover(f"the database holds no national plan, only local ones ({shown_ids(sorted(by_id))}): store "
                             f"the national plan they implement with {extract_advice(url)}, or build the "
                             f"dataset with {rebuild_advice(url)}")
    linked = {d.id: (d, link) for _, members in groups.groups for d, link in members}
    if not locals:
        chosen = [(n, members) for n, members in groups.groups if members and national in (None, n.id)]
    elif national is not None:
        chosen = [(by_id[national], tuple(
            linked[i] if i in linked and linked[i][1].parent == national
            else (by_id[i], ParentLink(i, national, "named", "named on the command line")) for i in locals))]
    else:
        unlinked = [i for i in locals if i not in linked]
        if unlinked:
            from pilotplans.errors import shown_ids

            raise NothingToCover(f"{shown_ids(unlinked)}: linked to no stored national plan; name one with --national")
        chosen = [(n, tuple(m for m in members if m[0].id in locals)) for n, members in groups.groups]
        chosen = [(n, members) for n, members in chosen if members]
    if not chosen:
        from pilotplans.errors import shown_id, shown_ids

        loose = unlinked_of_its_round(by_id[national], groups, documents) if national is not None else ()
        named = (f" ({shown_ids(loose)}, of its programme and round, {'is' if len(loose) == 1 else 'are'} linked to no "
                 f"national plan: `--national {shown_id(national)} --local {shown_id(loose[0])}` compares "
                 f"{'it' if len(loose) == 1 else 'one'})") if loose else ""
        raise NothingToCover(f"no stored local plan implements {shown_id(national) if national else 'any stored national plan'}"
                             f"{named}; name the plans with --national and --local")
    return chosen


def _check_levels(by_id: Mapping[str, Document], national: str | None, locals: Sequence[str]) -> None:
    """:class:`NothingToCover` for a plan given on the wrong side: ``national`` stored at a local level (a city's plan
    given as --national, which no plan implements), or, without ``national``, one of ``locals`` stored as a national
    plan (which is linked to no national plan). A plan of no level (a national list naming no owner, read without a
    manifest) is neither, and is left to the messages that follow."""
    from pilotplans.errors import shown_id, shown_ids

    given = by_id.get(national or "")
    if given is not None and given.level not in (None, "national"):
        nationals = sorted(d.id for d in by_id.values() if d.level == "national")
        raise NothingToCover(f"{shown_id(given.id)} is a {given.level} plan, not a national one: --national names a stored "
                             f"national plan ({shown_ids(nationals) if nationals else 'none is stored'}), --local the plans "
                             "implementing it")
    if national is None:
        wrong = [i for i in locals if by_id[i].level == "national"]
        if wrong:
            raise NothingToCover(f"{shown_ids(wrong)}: a national plan, not a local one: --local names a plan implementing "
                                 "a national plan, --national the national plan")


def cells_from(result: DiffResult, national: Document) -> list[CoverageCell]:
    """One cell per measure of ``national`` (in document order) from one diff."""
    return _cells(((link.national.position if link.national else None, link.local.label if link.local else None,
                    link.local.position if link.local else None, link.relation) for link in result.links), national)


def cells_from_stored(links: Sequence[Mapping[str, Any]], national: Document) -> tuple[list[CoverageCell], int]:
    """What :func:`cells_from` makes of a diff, made from that diff's stored links (national
    position, local label and relation of each, in order: :mod:`pilotplans.diff.stored`), with the
    number of local additions."""
    cells = _cells(((link["national_position"], link["local_label"], link["local_position"], link["relation"])
                    for link in links), national)
    return cells, sum(link["relation"] in ADDITION.values() for link in links)


def _cells(links: Iterable[tuple[int | None, str | None, int | None, Relation]], national: Document) -> list[CoverageCell]:
    """One cell per measure of ``national`` from a diff's links as (national position, local label, local position,
    relation): the closest relation of the links reaching it and their local labels and positions, or dropped."""
    by_position: dict[int, list[tuple[Relation, str, int | None]]] = {}
    for position, label, local_position, relation in links:
        if position is not None and label is not None:
            by_position.setdefault(position, []).append((relation, label, local_position))
    cells = []
    for measure in national.measures:
        found = by_position.get(measure.position)
        if not found:
            cells.append(CoverageCell(relation="dropped"))
            continue
        cells.append(CoverageCell(relation=closest(r for r, _, _ in found), locals=tuple(label for _, label, _ in found),
                                  positions=tuple(p for _, _, p in found if p is not None)))
    return cells


def coverage_matrix(
    national: Document,
    locals: Sequence[Document],
    settings: DiffSettings | None = None,
    segmenter: Segmenter | None = None,
    resolver: BodyResolver | None = None,
    links: Sequence[ParentLink] = (),
    stored: Mapping[str, Sequence[Mapping[str, Any]]] | None = None,
    on_diff: Callable[[str], None] | None = None,
) -> CoverageMatrix:
    """Diff ``national`` against each of ``locals`` and tabulate the outcome per national measure.

    ``links`` says how each local plan was linked (shown with the matrix). The ownership check is
    not needed here and is skipped unless a ``resolver`` is given. ``stored`` holds, by local plan
    id, the links of a diff stored by the last rebuild and still current: those plans are not
    diffed again (and need no measures). ``on_diff`` is told the id of each local plan diffed, once
    diffed (a progress display: a plan stored after the last rebuild is diffed here, in a second or so).
    """
    columns: list[list[CoverageCell]] = []
    additions: list[int] = []
    for local in locals:
        if stored is not None and local.id in stored:
            cells, added = cells_from_stored(stored[local.id], national)
            columns.append(cells)
            additions.append(added)
            continue
        result = diff_documents(national, local, settings, segmenter, resolver)
        if on_diff is not None:
            on_diff(local.id)
        columns.append(cells_from(result, national))
        additions.append(result.counts()[ADDITION[result.rounds]])
    labels = measure_labels(national)
    rows = tuple(
        CoverageRow(
            national=measure_ref(national.measures[index], labels),
            cells=tuple(column[index] for column in columns),
        )
        for index in range(len(national.measures))
    )
    return CoverageMatrix(national=document_ref(national), locals=tuple(document_ref(d) for d in locals), rows=rows,
                          additions=tuple(additions),
                          links=tuple(PlanLink(document=l.document, how=l.how, detail=l.detail) for l in links))


#: A value of a typed row: text, a number, or None (a blank).
TypedValue = str | int | None


def matrix_plans(matrices: Sequence[CoverageMatrix]) -> list[str]:
    """The local plans of ``matrices``, each once, in the order their columns stand."""
    return list(dict.fromkeys(doc.id for matrix in matrices for doc in matrix.locals))


def typed_rows(matrices: Sequence[CoverageMatrix], plans: Sequence[str]) -> Iterator[list[TypedValue]]:
    """A row per national measure of each matrix, under :func:`coverage_headers` of ``plans``: the measure's number,
    position and heading number as numbers, its heading and text, and per plan its relation and its local labels
    joined (:func:`joined_labels`); None where there is no value (a measure without a number or heading, a plan that
    took the measure up in no measure, a plan implementing another national plan). The CSV and the workbook are
    written from these rows."""
    for matrix in matrices:
        index = {doc.id: k for k, doc in enumerate(matrix.locals)}
        for row in matrix.rows:
            n = row.national
            line: list[TypedValue] = [matrix.national.id, n.number, n.position, n.heading_number, n.heading_title or None,
                                      n.text]
            for plan in plans:
                cell = row.cells[index[plan]] if plan in index else None
                line += [cell.relation, joined_labels(cell.locals) or None] if cell else [None, None]
            yield line


def to_csv(matrices: Sequence[CoverageMatrix]) -> str:
    """One row per national measure of each matrix (:func:`typed_rows`); per local plan a relation column and a
    local-numbers column (empty where a plan does not implement that row's national plan). UTF-8 with a byte-order
    mark."""
    plans = matrix_plans(matrices)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(coverage_headers(plans))
    writer.writerows(["" if value is None else str(value) for value in line] for line in typed_rows(matrices, plans))
    return "\ufeff" + buffer.getvalue()


def to_records(matrices: Sequence[CoverageMatrix]) -> list[dict[str, Any]]:
    """One record per national measure of each matrix, as ``-f jsonl`` and ``-f json`` write them: the measure
    (``national_document``, ``number``, ``position``, ``heading_number``, ``heading``, ``text``; numbers as numbers,
    missing values None) and ``cells``, one per local plan of its matrix in the matrix's order: the plan
    (``document``), how it was linked to the national plan (``linked``: ``cited``, ``cited_title``, ``given``,
    ``inferred``, ``named``), the ``relation`` and the labels of the ``local`` measures taking it up."""
    records: list[dict[str, Any]] = []
    for matrix in matrices:
        how = {link.document: link.how for link in matrix.links}
        for row in matrix.rows:
            n = row.national
            records.append({
                "national_document": matrix.national.id, "number": n.number, "position": n.position,
                "heading_number": n.heading_number, "heading": n.heading_title, "text": n.text,
                "cells": [{"document": doc.id, "linked": how.get(doc.id), "relation": cell.relation,
                           "local": list(cell.locals)} for doc, cell in zip(matrix.locals, row.cells)],
            })
    return records


def to_jsonl(matrices: Sequence[CoverageMatrix]) -> str:
    """:func:`to_records`, one JSON object a line (:func:`pilotplans.jsonl.jsonl_lines`)."""
    from pilotplans.jsonl import jsonl_lines

    return jsonl_lines(to_records(matrices))


def to_json(matrices: Sequence[CoverageMatrix]) -> str:
    """:func:`to_records` as one JSON array, as the listings' ``-f json`` writes one."""
    import json

    return json.dumps(to_records(matrices), ensure_ascii=False, indent=2) + "\n"


def to_table(matrix: CoverageMatrix, width: int = 160) -> str:
    """The matrix as a terminal table at most ``width`` cells wide (see :func:`fitted_table`)."""
    return fitted_table(matrix, width)[0]


#: A local plan's id heads its column in at most this many cells, or its widest value's, shortened in its middle.
PLAN_ID_CELLS = 14


def fitted_table(matrix: CoverageMatrix, width: int = 160) -> tuple[str, tuple[str, ...]]:
    """How each local plan was linked, then the matrix at most ``width`` cells wide, and the local plans it
    left out to fit: no number, plan id or cell (``adapted 1``) is folded; the measure's words take the room
    the plans leave, wrapped (30 characters at most); on a terminal too narrow for every plan the plans
    are left out from the last (:data:`pilotplans.fit.COVERAGE`) and named in the order they stand."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from pilotplans.errors import shown_id
    from pilotplans.export import shortened_ids
    from pilotplans.fit import COVERAGE, column_width, fit_columns, wrap_keeping
    from pilotplans.fitted_table import ColumnLook, fill, shaped_columns

    console = Console(file=io.StringIO(), width=width, force_terminal=False, color_system=None)
    for link in matrix.links:
        said = f" ({link.detail})" if link.how in _TOLD_BY_DETAIL else ""
        console.print(escape(f"{shown_id(link.document)} → {shown_id(matrix.national.id)}: {_HOW[link.how]}{said}"))
    rows = [[row.national.label, row.national.text if len(row.national.text) <= 30 else row.national.text[:29] + "…",
             *(c.text for c in row.cells)] for row in matrix.rows]
    totals = [["", "taken up", *(f"{t}/{len(matrix.rows)}" for t in matrix.taken_up())],
              ["", "local additions", *(str(a) for a in matrix.additions)]]
    columns = [[line[k] for line in rows + totals] for k in range(2 + len(matrix.locals))]
    ids = [doc.id for doc in matrix.locals]
    widest = max([PLAN_ID_CELLS, *(column_width("", values) for values in columns[2:])])
    # each plan's id heads its column as a message names it (one with a space in quotes, not read as two words)
    headers = ["no.", "measure", *shortened_ids([shown_id(plan) for plan in ids], widest)]
    fitted = fit_columns(headers, columns, width - 1, COVERAGE)  # the table's left edge
    table = Table(title=escape(f"{shown_id(matrix.national.id)}: what the local plans did with each measure"))
    shown = shaped_columns(headers, columns, fitted, lambda k, values, cells: [wrap_keeping(v, cells) for v in values])
    fill(table, shown, lambda column: ColumnLook(justify="right" if column.index == 0 else "left"), section_at=len(rows))
    console.print(table)
    # the plans left out named in the order their columns stand (the order of ``-l``), not the order they went
    left_out = tuple(ids[k - 2] for k in range(2, len(headers)) if k not in fitted.kept)
    left_out += tuple(name for name in fitted.left_out if name not in headers[2:])
    return console.file.getvalue(), left_out  # type: ignore[attr-defined]


_HOW = {"cited": "linked by the 文号 it cites", "cited_title": "linked by the title it cites", "given": "linked by the manifest",
        "inferred": "linked by its best-matching measures (inferred)", "named": "compared as named on the command line",
        "none": "not linked"}

#: The kinds of link whose detail tells what the words above do not — the 文号 or the title cited, the measures
#: matched —, printed after them in brackets; a link given by the manifest or named on the command line has nothing
#: to add (its detail only said the words again: ``linked by the manifest (named by the manifest)``).
_TOLD_BY_DETAIL = frozenset({"cited", "cited_title", "inferred"})


def unlinked_of_its_round(national: Document, groups: PlanGroups, documents: Sequence[Document]) -> tuple[str, ...]:
    """The ids of the stored local plans linked to no national plan (``groups.unlinked``) whose programme and round are
    ``national``'s, both known: plans its coverage leaves out though they are likely to carry it out (a plan citing
    neither its 文号 nor its title, whose measures match it too little to be linked), which a reader asking which plans
    took up its measures must be told of. None of a plan of another programme or round, or of one saying neither, nor of
    one whose parent is given (``how`` "given": a city's plan implementing its province's, or a plan not stored), which
    says itself what it implements: linking it to ``national`` would undo that."""
    if not national.programme or not national.round:
        return ()
    loose = {link.document for link in groups.unlinked if link.how != "given"}
    return tuple(d.id for d in documents
                 if d.id in loose and d.programme == national.programme and d.round == national.round)


def unlinked_note(matrix: CoverageMatrix) -> str | None:
    """The note that ``matrix`` leaves out the stored plans of its programme and round linked to no national plan
    (:func:`unlinked_of_its_round`) and how to link them; None when there are none."""
    if not matrix.unlinked:
        return None
    from pilotplans.errors import shown_id, shown_ids

    national = matrix.national
    count = len(matrix.unlinked)
    return (f"note: {shown_ids(matrix.unlinked)}, {'a plan' if count == 1 else f'{count} plans'} of "
            f"{shown_id(national.id)}'s programme and round ({national.programme} {national.round}), "
            f"{'is' if count == 1 else 'are'} linked to no national plan and left out of its coverage "
            f"(a manifest's parent = \"{national.id}\" links {'it' if count == 1 else 'them'})")


def unlinked_table(groups: PlanGroups) -> str:
    """The national plans no stored plan implements and the local plans linked to none."""
    from pilotplans.errors import shown_id

    lines = [f"{shown_id(national.id)}: no stored local plan implements it" for national, members in groups.groups if not members]
    lines += [f"{shown_id(link.document)}: not linked ({link.detail})" for link in groups.unlinked]
    return "".join(line + "\n" for line in lines)


def apart_notes(matrix: CoverageMatrix) -> list[str]:
    """The notes ``diff`` prints of a pair sharing nothing, said of each column of ``matrix`` it holds for: a plan named
    with ``--local`` against a national plan of another programme or of a place it does not lie in
    (:func:`pilotplans.diff.direction.unrelated_note`), else a plan taking up near nothing of the national plan and
    drawing near nothing of its own measures from it (:func:`pilotplans.diff.direction.shares_near_nothing`): its
    column's ``dropped`` cells then say only that. A plan linked to the national plan (by what it cites, the manifest
    or its measures) is never said to be of another programme or place."""
    from pilotplans.diff.direction import shares_near_nothing, unrelated_note
    from pilotplans.errors import shown_id

    how = {link.document: link.how for link in matrix.links}
    notes = []
    for k, plan in enumerate(matrix.locals):
        apart = unrelated_note(matrix.national, plan) if how.get(plan.id) == "named" else None
        if apart is not None:
            notes.append(apart)
            continue
        cells = [row.cells[k] for row in matrix.rows]
        taken = sum(cell.relation != "dropped" for cell in cells)
        drawn = len({position for cell in cells for position in cell.positions})
        if shares_near_nothing(taken, len(cells), drawn, drawn + matrix.additions[k]):
            one, other = shown_id(matrix.national.id), shown_id(plan.id)
            notes.append(f"note: {other} takes up {taken} of the {len(cells)} measures of {one}: the two plans share near "
                         f"nothing (plans of different programmes or places?), and its dropped cells say only that, not "
                         f"what {other} left out of {one}")
    return notes


def citation_notes(matrices: Sequence[CoverageMatrix], stored: Sequence[Titled] = ()) -> list[str]:
    """The warning ``diff`` prints of a local plan citing another national plan than the one it is compared with
    (:func:`pilotplans.diff.citation.citation_note`), said of each column of ``matrices`` it holds for, once a pair of
    plans (national, local): a plan named with ``--local`` against another round's plan, whose column reads as what it
    did with a plan it never names. ``stored``: the stored national plans, by which a title cited names a plan."""
    from pilotplans.diff.citation import citation_note

    notes: list[str] = []
    seen: set[tuple[str, str]] = set()
    for matrix in matrices:
        for plan in matrix.locals:
            if (matrix.national.id, plan.id) in seen:
                continue
            seen.add((matrix.national.id, plan.id))
            note = citation_note(matrix.national, plan, stored=stored)
            if note is not None:
                notes.append(note)
    return notes

"""The stored diffs of local plans against their national plan (``plan_pairs``, ``plan_links``).

A rebuild diffs every stored local plan against the stored national plan it implements and keeps
the links, so that the database answers "which national measures did a region not take up?" and
"whose local owners answer to another body than the national owner?" in plain SQL (and in the
coverage sheet of ``measures.xlsx``, and the canned queries of ``pilotplans serve``). A pair is
keyed by both documents' build keys and the version of the diff: an incremental rebuild diffs
only the pairs whose documents, link or diff changed; the others are carried over with their
documents. ``extract --db`` diffs the local plans it stores the same way (their key says so).
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from pilotplans.diff.models import DiffResult, Link
    from pilotplans.diff.segment import Segmenter
    from pilotplans.schema.models import Document

#: The relations of a coverage cell, strongest first: when a national measure has several links into
#: one plan, the cell shows the closest one.
PRECEDENCE = ("same", "adapted", "split", "merged")


def closest(relations: Iterable[str]) -> str:
    """The relation of a coverage cell from the ``relations`` of the links reaching one national measure: ``split``
    when two or more of them are not ``merged`` (the measure is carried in several measures, as ``lineage`` steps it,
    though the diff calls a part adding content of its own ``adapted``), else the closest by :data:`PRECEDENCE` (one
    it does not rank comes last)."""
    found = list(relations)
    if sum(r != "merged" for r in found) > 1:
        return "split"
    return min(found, key=lambda r: PRECEDENCE.index(r) if r in PRECEDENCE else len(PRECEDENCE))


@dataclass(frozen=True)
class Pair:
    """A local plan and the national plan it implements."""

    national: str
    local: str


def pair_key(national_key: str | None, local_key: str | None, diff_version: str) -> str:
    """The key of a pair's stored diff."""
    text = "|".join((national_key or "unbuilt", local_key or "unbuilt", diff_version))
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def link_rows(result: DiffResult) -> list[dict[str, Any]]:
    """The ``plan_links`` rows of one diff, in its order."""
    rows = []
    for k, link in enumerate(result.links, start=1):
        n, m, owner = link.national, link.local, link.ownership
        rows.append(dict(
            national_document=result.national.id, local_document=result.local.id, position=k,
            national_position=n.position if n else None, national_number=n.number if n else None,
            local_position=m.position if m else None, local_number=m.number if m else None,
            local_label=m.label if m else None, relation=link.relation, score=link.score, ownership=owner.status,
            ownership_reason=owner.reason, national_bodies=list(owner.national_bodies), local_bodies=list(owner.local_bodies),
            region_check=owner.region,
            detail=json.dumps(link_detail(link), ensure_ascii=False, separators=(",", ":"))))
    return rows


def link_detail(link: Link) -> dict[str, Any]:
    """What the exported link (:class:`pilotplans.diff.render.LinkOut`) carries beyond the two
    measures and the other ``plan_links`` columns, as JSON values: kept so that ``diff --format
    jsonl|csv`` of two stored plans is drawn from the stored diff (:mod:`pilotplans.diff.stored`)."""
    owner = link.ownership
    return dict(basis=link.basis, ownership_via=owner.via, superior_bodies=list(owner.superior_bodies),
                local_covered=link.local_covered, national_covered=link.national_covered, reason=link.reason,
                clauses=[clause.model_dump(mode="json") for clause in link.clauses])


def diff_pair(national: Document, local: Document) -> list[dict[str, Any]]:
    """Diff ``local`` against ``national`` (owners checked) and return the rows to store. The
    words are cut by one segmenter for every pair this process diffs (:func:`_segmenter`)."""
    from pilotplans.diff import diff_documents

    return link_rows(diff_documents(national, local, segmenter=segmenter()))


def segmenter() -> Segmenter:
    """The segmenter this process diffs with (:func:`_segmenter`), for the cache and engine
    configured now."""
    from pilotplans.diff.segment import default_cache_dir, default_engine

    return _segmenter(default_cache_dir(), default_engine())


@functools.cache
def _segmenter(cache_dir: Path | None, engine: str) -> Segmenter:
    """A segmenter cutting with ``engine`` and caching in ``cache_dir``, made once: a segmenter
    reads the whole cache file when made (5 ms for the cache of a 1,000-document rebuild, once per
    pair diffed: 3.5 CPU-s of its 700 diffs), and remembers the cuts it made since."""
    from pilotplans.diff.segment import Segmenter

    return Segmenter(cache_dir, engine=engine)


def wanted_pairs(documents: Iterable[tuple[str, str | None, str | None]]) -> list[Pair]:
    """The pairs to diff among stored documents given as (id, level, parent): each non-national
    document whose parent is a stored national plan."""
    documents = list(documents)
    nationals = {i for i, level, _ in documents if level == "national"}
    return [pair for i, level, parent in documents if (pair := pair_of(i, level, parent, nationals)) is not None]


def pair_of(doc_id: str, level: str | None, parent: str | None, nationals: Collection[str]) -> Pair | None:
    """The pair document ``doc_id`` makes with its national plan: a document that is not national,
    whose parent is one of ``nationals`` (the ids of the national plans stored); else None."""
    return Pair(parent, doc_id) if level != "national" and parent is not None and parent in nationals else None


def cells_key(rows: Sequence[Mapping[str, Any]]) -> str:
    """A key of what the coverage sheet shows of a pair whose ``plan_links`` are ``rows``
    (:func:`link_rows`): whether it has a link at all (its plan implements the national plan), and
    each link reaching a national measure with a local one, in the links' order (see
    :func:`coverage_rows`)."""
    shown = [(row["national_position"], row["relation"], row["local_label"])
             for row in sorted(rows, key=lambda row: row["position"])
             if row["national_position"] is not None and row["local_label"] is not None]
    return hashlib.sha256(repr((bool(rows), shown)).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def coverage_rows(national: str, measures: Iterable[Sequence[Any]], implementing: Iterable[str],
                  found: Iterable[Sequence[Any]], plans: Sequence[str]) -> Iterator[list[Any]]:
    """The coverage sheet's rows of national plan ``national`` from stored rows: one per measure of
    ``measures`` (position, number, heading_number, heading_title, text), then per plan of
    ``plans`` its relation and local labels. ``implementing``: the local plans linked to this
    national plan (a measure no link of theirs reaches is ``dropped`` there; the cells of the other
    plans are blank); ``found``: their links reaching a national measure with a local one
    (local_document, national_position, relation, local_label), in the order the labels are listed."""
    column = {plan: 6 + 2 * k for k, plan in enumerate(plans)}
    template: list[Any] = [None] * (2 * len(plans))
    for plan in implementing:
        template[column[plan] - 6] = "dropped"
    reached: dict[int, dict[str, list[tuple[str, str]]]] = {}
    for local, position, relation, label in found:
        reached.setdefault(position, {}).setdefault(local, []).append((relation, label))
    for position, number, heading_number, heading, text in measures:
        row = [national, number, position, heading_number, heading, text, *template]
        for plan, links in reached.get(position, {}).items():
            k = column[plan]
            row[k] = closest(relation for relation, _ in links)
            row[k + 1] = "；".join(label for _, label in links) or None
        yield row

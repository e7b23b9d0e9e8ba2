"""``diff_documents``: two documents in, a :class:`~pilotplans.diff.models.DiffResult` out."""

from __future__ import annotations

from collections.abc import Mapping

from pilotplans.diff.align import Labelled, align, prepare
from pilotplans.diff.labels import measure_labels
from pilotplans.diff.quotes import printed_quotes
from pilotplans.diff.models import ClauseLink, DiffResult, Link, Ownership
from pilotplans.diff.rounds import diff_result, source_cell
from pilotplans.diff.refs import document_ref, measure_ref
from pilotplans.diff.relation import ClauseAlignment
from pilotplans.diff.ownership import BodyResolver, check_ownership, default_resolver
from pilotplans.diff.segment import Segmenter, default_cache_dir
from pilotplans.diff.settings import DiffSettings
from pilotplans.schema.models import Document

_DEFAULT = object()


def diff_documents(
    national: Document,
    local: Document,
    settings: DiffSettings | None = None,
    segmenter: Segmenter | None = None,
    resolver: BodyResolver | None | object = _DEFAULT,
) -> DiffResult:
    """Align the measures of ``national`` (the source plan, or the older round) with those of
    ``local`` (the plan derived from it, or the newer round).

    ``segmenter`` defaults to one with the on-disk cache of :func:`default_cache_dir`;
    ``resolver`` to the department registry (None skips the ownership check).
    """
    settings = settings or DiffSettings()
    if segmenter is None:
        segmenter = Segmenter(default_cache_dir())
    owners: BodyResolver | None = default_resolver() if resolver is _DEFAULT else resolver  # type: ignore[assignment]
    prepared = prepare(national, local, segmenter)
    segmenter.save()
    labelled = align(prepared, settings)
    source, derived = document_ref(national), document_ref(local)
    cell = source_cell(source, derived)
    labels = (measure_labels(national), measure_labels(local))
    links = tuple(_link(row, national, local, owners, cell, labels) for row in _in_reading_order(labelled))
    return diff_result(source, derived, links, settings.as_dict())


def _in_reading_order(rows: list[Labelled]) -> list[Labelled]:
    """Links in the order of the local plan; a dropped national measure follows the link of the
    nearest national measure before it (or comes first)."""
    linked = sorted((row.i, row.j) for row in rows if row.i is not None and row.j is not None)

    def key(row: Labelled) -> tuple[int, int, int]:
        if row.j is not None:
            return (row.j, 0 if row.i is None else 1, row.i if row.i is not None else -1)
        assert row.i is not None
        before = [j for i, j in linked if i < row.i]
        return (max(before) if before else -1, 2, row.i)

    return sorted(rows, key=key)


def clause_links(alignment: ClauseAlignment) -> tuple[ClauseLink, ...]:
    """The alignment as exported: parts numbered from 1 (0 for a frame)."""
    return tuple(
        ClauseLink(side=c.side, index=c.index, part=c.part + 1, text=c.text, status=c.status,  # type: ignore[arg-type]
                   share=round(c.share, 4), partner=c.partner, missing_items=c.missing_items)
        for c in (*alignment.national, *alignment.local)
    )


def _link(row: Labelled, national: Document, local: Document, resolver: BodyResolver | None,
          cell: str = "the national cell",
          labels: tuple[Mapping[int, str], Mapping[int, str]] | None = None) -> Link:
    n = national.measures[row.i] if row.i is not None else None
    m = local.measures[row.j] if row.j is not None else None
    if n is not None and m is not None:
        ownership = check_ownership(n, national, m, local, resolver, cell)
    else:
        ownership = Ownership(region="not_applicable")
    return Link(
        national=measure_ref(n, labels[0] if labels else None) if n is not None else None,
        local=measure_ref(m, labels[1] if labels else None) if m is not None else None,
        relation=row.relation,  # type: ignore[arg-type]
        score=round(row.score, 4),
        basis=row.basis,  # type: ignore[arg-type]
        local_covered=None if row.derived_covered is None else round(row.derived_covered, 4),
        national_covered=None if row.source_covered is None else round(row.source_covered, 4),
        reason=printed_quotes(row.reason, (m.text if m is not None else None, n.text if n is not None else None),
                              (local.region, national.region)),
        clauses=clause_links(row.alignment) if row.alignment is not None else (),
        ownership=ownership,
    )

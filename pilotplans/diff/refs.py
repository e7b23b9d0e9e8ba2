"""The two documents and the measures a diff's links point at, as the diff records them."""

from __future__ import annotations

from collections.abc import Mapping

from pilotplans.diff.labels import bare_label
from pilotplans.diff.models import CitedRef, DocumentRef, MeasureRef, MeasureSource
from pilotplans.schema.models import Document, Measure


def document_ref(document: Document) -> DocumentRef:
    return DocumentRef(id=document.id, title=document.title, level=document.level, region=document.region,
                       round=document.round, doc_no=document.doc_no, source_path=document.source.path,
                       programme=document.programme, parent=document.parent,
                       parent_doc_no=document.parent_doc_no,
                       citations=tuple(CitedRef(title=c.title, doc_no=c.doc_no) for c in document.citations))


def measure_ref(measure: Measure, labels: Mapping[int, str] | None = None) -> MeasureRef:
    """``measure`` as a diff's link points at it; ``labels`` (position → label, :func:`pilotplans.diff.labels.
    measure_labels` of its document) qualify a label that repeats in its document — without them the label is bare."""
    label = (labels or {}).get(measure.position)
    return MeasureRef(
        position=measure.position,
        number=measure.number,
        number_raw=measure.number_raw,
        heading_number=measure.heading_number,
        heading_title=measure.heading_title,
        text=measure.text,
        responsibility=measure.responsibility,
        cooperating=measure.cooperating,
        superior=measure.superior,
        deadline=measure.deadline,
        remarks=measure.remarks,
        scope=measure.scope,
        sector=measure.sector,
        regulations=measure.regulations,
        policies=tuple(p.text + (f"（{p.responsibility}）" if p.responsibility else "") for p in measure.policies),
        owners=measure_owners(measure),
        source=measure_source(measure),
        qualified_label=label if label is not None and label != bare_label(measure.number, measure.position) else None,
    )


#: The cells a measure's owners are named in: its responsibility cell and a separate 配合单位 column — the bodies
#: the ownership check reads as the local owners (:mod:`pilotplans.diff.ownership`), so that 牵头单位 | 配合单位
#: in two columns gives the owners 市商务局牵头，市发改委配合 in one cell gives.
OWNER_COLUMNS = frozenset({"responsibility", "cooperating"})


def measure_owners(measure: Measure) -> tuple[str, ...]:
    """The bodies ``measure``'s responsibility cell (and 配合单位 column, :data:`OWNER_COLUMNS`) names, each once, as
    written and in the order written; a collective or an unnamed set of places (试点地区, level ``other``) owns
    nothing by name."""
    return tuple(dict.fromkeys(link.raw for link in measure.departments
                               if link.column in OWNER_COLUMNS and link.level != "other"))


def measure_source(measure: Measure) -> MeasureSource:
    ref = measure.source
    return MeasureSource(file=ref.file, format=ref.format, table=ref.table, row=ref.row, page=ref.page,
                         line_start=ref.line_start, line_end=ref.line_end)

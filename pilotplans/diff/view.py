"""The view model of the HTML report: everything :mod:`pilotplans.diff.html` prints, computed.

``build_view(result, base_dir)`` turns a :class:`~pilotplans.diff.models.DiffResult` into plain
frozen values: the two documents, the counts per relation, and one :class:`RowView` per link
with its texts cut into :class:`Piece` s (changed or not, from :func:`pilotplans.diff.chars.char_diff`)
and a :class:`SourceLink` to the page or line each measure was read from. The HTML renderer only
escapes and lays these out.

Source links. A document's source path is kept as it was given when the document was read
(``data/raw/….txt`` after ``pilotplans rebuild`` run at the project root). With ``base_dir`` (the
CLI passes the current folder) a relative path is resolved against it and the link is an
absolute ``file://`` URI, which works wherever the report is saved on the same machine. Without
it the link stays relative, which works when the report is written in the folder the path is
relative to (next to ``data/``). A PDF link ends in ``#page=N`` (Chromium's and Firefox's PDF
viewers open that page); text, DOCX and HTML sources have no such address, so the link opens
the file and its title names the line (text) or the table row (DOCX, HTML).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath
from urllib.parse import quote

from pilotplans.diff.chars import Segment, char_diff
from pilotplans.diff.models import DiffResult, DocumentRef, Link, MeasureRef, MeasureSource, Relation
from pilotplans.diff.rounds import Pairing

#: Relations whose two texts are compared character by character.
DIFFED: frozenset[Relation] = frozenset({"same", "adapted", "merged", "split"})


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of a measure's text; ``changed`` marks a deletion (national side) or an insertion
    (local side)."""

    text: str
    changed: bool = False


@dataclass(frozen=True, slots=True)
class SourceLink:
    """Where a measure or document was read from: ``href`` (None when the document records no
    path) and a human description (file, page, line or row)."""

    href: str | None
    title: str


@dataclass(frozen=True, slots=True)
class SideView:
    """One side of a row of the diff's report, as shown."""

    label: str
    heading: str | None
    pieces: tuple[Piece, ...]
    responsibility: str | None
    source: SourceLink | None
    columns: tuple[tuple[str, str], ...] = ()  # every side column the table filled: (label, value)


@dataclass(frozen=True, slots=True)
class ClauseView:
    """One clause of the alignment: which side, its part, text, status and share."""

    side: str
    part: int
    text: str
    status: str
    share: float
    missing_items: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OwnerView:
    """A body of the ownership check: as written, its column and role, the central body it is or
    answers to."""

    raw: str
    column: str
    role: str | None
    central: str | None
    side: str = "local"  # national or local


@dataclass(frozen=True, slots=True)
class RowView:
    """A row of the diff's report: the relation of a national and a local measure, with both sides as shown."""

    index: int
    relation: Relation
    score: float
    basis: str
    ownership: str | None
    region: str | None
    national: SideView | None
    local: SideView | None
    changed: bool = False
    reason: str | None = None
    ownership_reason: str | None = None
    owners: tuple[OwnerView, ...] = ()
    clauses: tuple[ClauseView, ...] = ()


@dataclass(frozen=True, slots=True)
class DroppedRun:
    """Consecutive ``dropped`` rows, shown collapsed behind their count."""

    rows: tuple[RowView, ...]

    @property
    def labels(self) -> str:
        return ", ".join(row.national.label for row in self.rows if row.national is not None)


@dataclass(frozen=True, slots=True)
class SummaryLine:
    """One relation of the summary: links, and the share of the side's measures they concern."""

    relation: Relation
    links: int
    measures: int
    of: int
    side: str  # "local" or "national": whose measures ``measures`` counts


@dataclass(frozen=True, slots=True)
class DocumentView:
    """A document of the diff's report, as its heading names it."""

    id: str
    title: str | None
    doc_no: str | None
    source: SourceLink | None


@dataclass(frozen=True, slots=True)
class ReportView:
    """The diff's report as shown: both documents, the counts, the rows and the summary."""

    national: DocumentView
    local: DocumentView
    counts: tuple[tuple[Relation, int], ...]
    rows: tuple[RowView, ...]
    summary: tuple[SummaryLine, ...] = ()
    ownership: tuple[tuple[str, int], ...] = ()  # links per ownership verdict
    #: the words naming NATIONAL's side and LOCAL's (:meth:`pilotplans.diff.models.DiffResult.side_labels`)
    labels: tuple[str, str] = ("national", "local")
    #: what the two plans are (:func:`pilotplans.diff.rounds.pairing`): rounds, peers, one_level or levels
    pairing: Pairing = "levels"
    parent: str | None = None  # the plan both peers implement

    @property
    def named(self) -> bool:
        """Whether the sides are named by their plans (two plans of one level) rather than ``national``/``local``."""
        return self.labels != ("national", "local")

    def side(self, which: str) -> str:
        """The word naming ``which`` side (``national`` or ``local``) on the page."""
        return self.labels[0] if which == "national" else self.labels[1]

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def blocks(self) -> tuple[RowView | DroppedRun, ...]:
        """The rows in order, each run of consecutive ``dropped`` rows gathered into one block."""
        out: list[RowView | DroppedRun] = []
        for row in self.rows:
            if row.relation == "dropped" and out and isinstance(out[-1], DroppedRun):
                out[-1] = DroppedRun((*out[-1].rows, row))
            elif row.relation == "dropped":
                out.append(DroppedRun((row,)))
            else:
                out.append(row)
        return tuple(out)


def build_view(result: DiffResult, base_dir: Path | None = None) -> ReportView:
    """The report's data; ``base_dir`` resolves relative source paths (see the module doc)."""
    counts = result.counts()
    verdicts = Counter(link.ownership.status for link in result.links if link.national and link.local)
    return ReportView(
        national=document_view(result.national, base_dir),
        local=document_view(result.local, base_dir),
        counts=tuple((relation, counts[relation]) for relation in result.relations),
        rows=tuple(row_view(index, link, result, base_dir) for index, link in enumerate(result.links, start=1)),
        summary=summary(result),
        ownership=tuple((status, verdicts.get(status, 0)) for status in ("consistent", "different", "unknown")),
        labels=result.side_labels(),
        pairing=result.pairing,
        parent=result.national.parent if result.pairing == "peers" else None,
    )


def summary(result: DiffResult) -> tuple[SummaryLine, ...]:
    """Per relation: its links, and how many local measures (national ones, for ``dropped``) it
    concerns out of all of them."""
    counts = result.counts()
    local_total = len({l.local.position for l in result.links if l.local is not None})
    national_total = len({l.national.position for l in result.links if l.national is not None})
    lines = []
    for relation in result.relations:
        side = "national" if relation == "dropped" else "local"
        measures = {getattr(l, side).position for l in result.links if l.relation == relation and getattr(l, side)}
        lines.append(SummaryLine(relation, counts[relation], len(measures),
                                 national_total if side == "national" else local_total, side))
    return tuple(lines)


def document_view(document: DocumentRef, base_dir: Path | None) -> DocumentView:
    source = None
    if document.source_path:
        source = SourceLink(file_href(document.source_path, base_dir), PurePath(document.source_path).name)
    return DocumentView(id=document.id, title=document.title, doc_no=document.doc_no, source=source)


def row_view(index: int, link: Link, result: DiffResult, base_dir: Path | None) -> RowView:
    both = link.national is not None and link.local is not None
    segments = link_segments(link)
    owners = ([OwnerView(o.raw, o.column, o.role, o.central_name, "national") for o in link.ownership.national]
              + [OwnerView(o.raw, o.column, o.role, o.central_name) for o in (*link.ownership.superior, *link.ownership.local)]
              if both else [])
    return RowView(
        index=index,
        relation=link.relation,
        score=link.score,
        basis=link.basis,
        ownership=link.ownership.status if both else None,
        region=link.ownership.region if both else None,
        national=side_view(link.national, result.national, base_dir, national_pieces(segments)),
        local=side_view(link.local, result.local, base_dir, local_pieces(segments)),
        changed=segments is not None and any(s.op != "equal" for s in segments),
        reason=link.reason,
        ownership_reason=link.ownership.reason if both else None,
        owners=tuple(owners),
        clauses=tuple(ClauseView(c.side, c.part, c.text, c.status, c.share, c.missing_items) for c in link.clauses),
    )


def link_segments(link: Link) -> list[Segment] | None:
    """The character differences of a link whose relation is diffed (see :data:`DIFFED`)."""
    if link.national is None or link.local is None or link.relation not in DIFFED:
        return None
    return char_diff(link.national.text, link.local.text)


def side_view(measure: MeasureRef | None, document: DocumentRef, base_dir: Path | None,
              pieces: tuple[Piece, ...] | None) -> SideView | None:
    if measure is None:
        return None
    return SideView(
        label=measure.label,
        heading=heading_label(measure),
        pieces=pieces if pieces is not None else (Piece(measure.text),),
        responsibility=measure.responsibility,
        source=source_link(document, measure.source, base_dir),
        columns=tuple(measure.columns()),
    )


def national_pieces(segments: list[Segment] | None) -> tuple[Piece, ...] | None:
    """The national text: equal runs, and deletions marked changed."""
    if segments is None:
        return None
    return _joined(Piece(s.national, s.op == "delete") for s in segments if s.national)


def local_pieces(segments: list[Segment] | None) -> tuple[Piece, ...] | None:
    """The local text: equal runs, and insertions marked changed."""
    if segments is None:
        return None
    return _joined(Piece(s.local, s.op == "insert") for s in segments if s.local)


def _joined(pieces: Iterable[Piece]) -> tuple[Piece, ...]:
    """Adjacent pieces of the same kind joined into one."""
    out: list[Piece] = []
    for piece in pieces:
        if out and out[-1].changed == piece.changed:
            out[-1] = Piece(out[-1].text + piece.text, piece.changed)
        else:
            out.append(piece)
    return tuple(out)


def heading_label(measure: MeasureRef) -> str | None:
    if measure.heading_title is None and measure.heading_number is None:
        return None
    number = f"({measure.heading_number}) " if measure.heading_number is not None else ""
    return number + (measure.heading_title or "")


def source_link(document: DocumentRef, source: MeasureSource | None, base_dir: Path | None) -> SourceLink | None:
    """The link from a measure to its place in the source: a PDF page, or the file with the line
    or table row in the title."""
    if source is None:
        return None
    title = source_title(source)
    if not document.source_path:
        return SourceLink(None, title)
    href = file_href(document.source_path, base_dir)
    if source.format == "pdf" and source.page is not None:
        href += f"#page={source.page}"
    return SourceLink(href, title)


def source_title(source: MeasureSource) -> str:
    """``national-2020-tasks.pdf, page 3, table 1, row 5`` / ``000_….txt, lines 11–15``."""
    parts = [source.file]
    if source.page is not None:
        parts.append(f"page {source.page}")
    if source.line_start is not None:
        end = source.line_end if source.line_end is not None else source.line_start
        parts.append(f"line {source.line_start}" if end == source.line_start else f"lines {source.line_start}–{end}")
    elif source.table is not None:
        parts.append(f"table {source.table}" + (f", row {source.row}" if source.row is not None else ""))
    return ", ".join(parts)


def file_href(path: str, base_dir: Path | None) -> str:
    """A ``file://`` URI of ``path`` (resolved against ``base_dir`` when relative), or, without
    ``base_dir``, a relative URL."""
    pure = PurePath(path)
    if pure.is_absolute() or base_dir is not None:
        return Path(os.path.abspath(Path(base_dir or "") / pure)).as_uri()
    return quote(PurePosixPath(*pure.parts).as_posix())

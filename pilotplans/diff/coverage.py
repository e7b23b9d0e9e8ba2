"""Coverage: every measure of a national table against the local plans that implement it.

:func:`coverage_matrix` diffs the national document against each local one and keeps, for each
national measure and each local plan, what became of it: the relation of its link (``same``,
``adapted``, ``split``, ``merged``; ``dropped`` when no local measure took it up) and the local
measure numbers. :func:`to_csv` and :func:`to_table` print the matrix.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from pilotplans.diff.compare import diff_documents, document_ref, measure_ref
from pilotplans.diff.models import DiffResult, DocumentRef, MeasureRef, Relation
from pilotplans.diff.ownership import BodyResolver
from pilotplans.diff.segment import Segmenter
from pilotplans.diff.settings import DiffSettings
from pilotplans.schema.models import Document

# When a national measure has several links into one plan, the cell shows the closest one.
_PRECEDENCE: tuple[Relation, ...] = ("same", "adapted", "split", "merged")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CoverageCell(_Frozen):
    relation: Relation
    locals: tuple[str, ...] = ()  # labels of the local measures linked to the national one

    @property
    def text(self) -> str:
        return f"{self.relation} {','.join(self.locals)}".strip()


class CoverageRow(_Frozen):
    national: MeasureRef
    cells: tuple[CoverageCell, ...]  # one per local document, in the matrix's order


class CoverageMatrix(_Frozen):
    national: DocumentRef
    locals: tuple[DocumentRef, ...]
    rows: tuple[CoverageRow, ...]
    additions: tuple[int, ...]  # local additions (relation ``local``) per local document

    def taken_up(self) -> tuple[int, ...]:
        """Per local document: national measures not dropped."""
        return tuple(sum(row.cells[k].relation != "dropped" for row in self.rows) for k in range(len(self.locals)))


def cells_from(result: DiffResult, national: Document) -> list[CoverageCell]:
    """One cell per measure of ``national`` (in document order) from one diff."""
    by_position: dict[int, list[tuple[Relation, str]]] = {}
    for link in result.links:
        if link.national is not None and link.local is not None:
            by_position.setdefault(link.national.position, []).append((link.relation, link.local.label))
    cells = []
    for measure in national.measures:
        found = by_position.get(measure.position)
        if not found:
            cells.append(CoverageCell(relation="dropped"))
            continue
        relation = min((r for r, _ in found), key=_PRECEDENCE.index)
        cells.append(CoverageCell(relation=relation, locals=tuple(label for _, label in found)))
    return cells


def coverage_matrix(
    national: Document,
    locals: Sequence[Document],
    settings: DiffSettings | None = None,
    segmenter: Segmenter | None = None,
    resolver: BodyResolver | None = None,
) -> CoverageMatrix:
    """Diff ``national`` against each of ``locals`` and tabulate the outcome per national measure.

    The ownership check is not needed here and is skipped unless a ``resolver`` is given.
    """
    columns: list[list[CoverageCell]] = []
    additions: list[int] = []
    for local in locals:
        result = diff_documents(national, local, settings, segmenter, resolver)
        columns.append(cells_from(result, national))
        additions.append(result.counts()["local"])
    rows = tuple(
        CoverageRow(
            national=measure_ref(national.measures[index]),
            cells=tuple(column[index] for column in columns),
        )
        for index in range(len(national.measures))
    )
    return CoverageMatrix(national=document_ref(national), locals=tuple(document_ref(d) for d in locals), rows=rows,
                          additions=tuple(additions))


def to_csv(matrix: CoverageMatrix) -> str:
    """One row per national measure; per local plan a relation column and a local-numbers column.
    UTF-8 with a byte-order mark."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    header = ["national_document", "number", "position", "heading_number", "heading", "text"]
    for doc in matrix.locals:
        header += [f"{doc.id}:relation", f"{doc.id}:local"]
    writer.writerow(header)
    for row in matrix.rows:
        n = row.national
        line = [matrix.national.id, "" if n.number is None else str(n.number), str(n.position),
                "" if n.heading_number is None else str(n.heading_number), n.heading_title or "", n.text]
        for cell in row.cells:
            line += [cell.relation, "；".join(cell.locals)]
        writer.writerow(line)
    return "\ufeff" + buffer.getvalue()


def to_table(matrix: CoverageMatrix, width: int = 160) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{matrix.national.id}: what the local plans did with each measure")
    table.add_column("no.", justify="right")
    table.add_column("measure", overflow="fold")
    for doc in matrix.locals:
        table.add_column(doc.id, overflow="fold")
    for row in matrix.rows:
        text = row.national.text
        table.add_row(row.national.label, text if len(text) <= 30 else text[:29] + "…", *(c.text for c in row.cells))
    taken = matrix.taken_up()
    table.add_section()
    table.add_row("", "taken up", *(f"{t}/{len(matrix.rows)}" for t in taken))
    table.add_row("", "local additions", *(str(a) for a in matrix.additions))
    console = Console(file=io.StringIO(), width=width, force_terminal=False, color_system=None)
    console.print(table)
    return console.file.getvalue()  # type: ignore[attr-defined]

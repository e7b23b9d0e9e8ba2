"""Printing a :class:`~pilotplans.diff.models.DiffResult`: terminal table, JSONL, CSV.

Renderers only read the result; every value they print was computed by the diff.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel

from pilotplans.diff.models import DiffResult, Link, MeasureRef
from pilotplans.relations import ALL_RELATIONS
from pilotplans.errors import shown_id

if TYPE_CHECKING:
    from rich.table import Table

DiffFormat = Literal["table", "jsonl", "json", "csv"]


class LinkOut(BaseModel):
    """One link as exported: the first seven fields are the ones the diff promises. ``national`` and ``local`` are
    the measures' numbers; ``national_label`` and ``local_label`` (last) the labels the table prints and ``lineage
    --measure`` takes: the number, ``#position`` for an unnumbered measure, the number qualified by its headings'
    printed numbers (``二、1``) where its plan prints that number twice (:mod:`pilotplans.diff.labels`). Of two fields saying one thing of
    each side, NATIONAL's comes first (``national``, ``local``; ``national_covered``, ``local_covered``), as in every
    file ``diff`` and ``coverage`` write: the CSV's and the workbook's columns, the JSON keys."""

    national: int | None
    local: int | None
    relation: str
    score: float
    ownership: str
    national_text: str | None
    local_text: str | None
    region: str
    basis: str
    national_document: str
    local_document: str
    national_position: int | None
    local_position: int | None
    national_heading: str | None
    local_heading: str | None
    national_responsibility: str | None
    local_responsibility: str | None
    local_cooperating: str | None
    local_superior: str | None
    local_deadline: str | None
    local_remarks: str | None
    ownership_reason: str | None
    ownership_via: str | None
    national_bodies: list[str]
    local_bodies: list[str]
    superior_bodies: list[str]
    national_owners: list[str]
    local_owners: list[str]
    national_covered: float | None
    local_covered: float | None
    reason: str | None
    clauses: list[dict[str, object]]
    national_label: str | None = None
    local_label: str | None = None


def link_out(result: DiffResult, link: Link) -> LinkOut:
    n, m = link.national, link.local
    return LinkOut(
        national=n.number if n else None,
        local=m.number if m else None,
        relation=link.relation,
        score=link.score,
        ownership=link.ownership.status,
        national_text=n.text if n else None,
        local_text=m.text if m else None,
        region=link.ownership.region,
        basis=link.basis,
        national_document=result.national.id,
        local_document=result.local.id,
        national_position=n.position if n else None,
        local_position=m.position if m else None,
        national_heading=n.heading_title if n else None,
        local_heading=m.heading_title if m else None,
        national_responsibility=n.responsibility if n else None,
        local_responsibility=m.responsibility if m else None,
        local_cooperating=m.cooperating if m else None,
        local_superior=m.superior if m else None,
        local_deadline=m.deadline if m else None,
        local_remarks=m.remarks if m else None,
        ownership_reason=link.ownership.reason,
        ownership_via=link.ownership.via,
        national_bodies=list(link.ownership.national_bodies),
        local_bodies=list(link.ownership.local_bodies),
        superior_bodies=list(link.ownership.superior_bodies),
        national_owners=list(n.owners) if n else [],
        local_owners=list(m.owners) if m else [],
        national_covered=link.national_covered,
        local_covered=link.local_covered,
        reason=link.reason,
        clauses=[c.model_dump(mode="json") for c in link.clauses],
        national_label=n.label if n else None,
        local_label=m.label if m else None,
    )


def links_out(result: DiffResult, relations: Collection[str] | None = None) -> list[LinkOut]:
    """The links exported, only those of ``relations`` when given."""
    return [link_out(result, link) for link in result.links if relations is None or link.relation in relations]


def to_jsonl(result: DiffResult, relations: Collection[str] | None = None) -> str:
    return "".join(json.dumps(row.model_dump(mode="json"), ensure_ascii=False) + "\n"
                   for row in links_out(result, relations))


def to_json(result: DiffResult, relations: Collection[str] | None = None) -> str:
    """The links of :func:`to_jsonl` as one JSON array (``-f json``, as the listings write one)."""
    return json.dumps([row.model_dump(mode="json") for row in links_out(result, relations)], ensure_ascii=False,
                      indent=2) + "\n"


CSV_COLUMNS = tuple(LinkOut.model_fields)


def csv_header(result: DiffResult) -> list[str]:
    """:data:`CSV_COLUMNS` as the CSV and the workbook of ``result`` head them: a column of NATIONAL's side
    (``national``, ``national_text`` …) and of LOCAL's (``local``, ``local_cooperating`` …) named by the words of
    :meth:`~pilotplans.diff.models.DiffResult.side_labels` — of two rounds, ``2018``, ``2018_text``, ``2020``,
    ``2020_cooperating`` —; the JSON keys stay :data:`CSV_COLUMNS`."""
    labels = dict(zip(("national", "local"), result.side_labels()))
    return [_relabelled(column, labels, "_") for column in CSV_COLUMNS]


def label_columns(result: DiffResult) -> list[str]:
    """The headers of :func:`csv_header` over the measures' labels (``national_label``, ``local_label``; of two
    rounds ``2018_label``, ``2020_label``): a workbook writes them as text."""
    return [name for name, column in zip(csv_header(result), CSV_COLUMNS) if column.endswith("_label")]


def _relabelled(name: str, labels: dict[str, str], separator: str) -> str:
    """``name`` with the side it opens with (``national`` or ``local``, alone or before ``separator``) put in
    ``labels``' words: ``national_text`` → ``2018_text``; a name of no side (``relation``) as it is."""
    side, between, rest = name.partition(separator)
    return labels[side] + between + rest if side in labels else name


def to_csv(result: DiffResult, relations: Collection[str] | None = None) -> str:
    """CSV with a UTF-8 byte-order mark (Excel reads the Chinese text right); lists joined by ；. The header names
    the sides by :meth:`~pilotplans.diff.models.DiffResult.side_labels` (:func:`csv_header`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(csv_header(result))
    labels = dict(zip(("national", "local"), result.side_labels()))
    for row in links_out(result, relations):
        data = row.model_dump(mode="json")
        data["clauses"] = [clause_cell(c, labels) for c in data["clauses"]]
        writer.writerow(["；".join(v) if isinstance(v, list) else "" if v is None else str(v)
                         for v in (data[c] for c in CSV_COLUMNS)])
    return "\ufeff" + buffer.getvalue()


def clause_cell(clause: dict[str, object], labels: dict[str, str] | None = None) -> str:
    """One clause of the alignment in a CSV cell: ``national 1 carried 1.00 实行…``, its side named as the header names
    it (``labels``: of two rounds ``2018 1 carried …``, as the HTML report's clause table)."""
    side = str(clause["side"])
    return (f"{(labels or {}).get(side, side)} {clause['part']} {clause['status']} {float(clause['share']):.2f} "  # type: ignore[arg-type]
            f"{clause['text']}")


def _short(text: str | None, width: int) -> str:
    if not text:
        return ""
    return text if len(text) <= width else text[: width - 1] + "…"


#: The columns of the table of links.
LINK_HEADERS = ("national", "local", "relation", "score", "ownership", "region", "national text", "local text")


def to_table(result: DiffResult, width: int = 160, links: bool = True) -> str:
    """Counts per relation, counts per heading, then (``links=True``) one row per link."""
    return fitted_table(result, width, links)[0]


def fitted_table(result: DiffResult, width: int = 160, links: bool = True,
                 relations: Collection[str] | None = None) -> tuple[str, tuple[str, ...]]:
    """:func:`to_table` at most ``width`` cells wide, and the columns of links it left out to fit: a heading
    is cut to one line with "…" (its number never apart from its words), and no number, relation, score or
    header is folded; the two texts share what the others leave (see :data:`pilotplans.fit.LINKS`). With
    ``relations`` the table of links has only the links of those relations (the counts stay every link's)."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(file=io.StringIO(), width=width, force_terminal=False, color_system=None)
    counts = result.counts()
    title = f"{shown_id(result.national.id)} → {shown_id(result.local.id)}"
    console.print(escape(f"{title}: ") + ", ".join(f"{counts[r]} {r}" for r in result.relations))

    from pilotplans.fit import cut_to_cells

    counted = result.heading_counts()
    # the room the counts leave the heading: each relation's column, its padding and border, and the table's edges
    room = max(8, width - sum(len(r) + 3 for r in result.relations) - 4)
    headings = Table(title="by heading", show_lines=False)
    headings.add_column("heading", no_wrap=True)
    for relation in result.relations:
        headings.add_column(relation, justify="right", no_wrap=True, min_width=len(relation))
    for name, row in counted:
        headings.add_row(escape(cut_to_cells(_short(name, 40), room)), *(str(row[r]) if row[r] else "·" for r in result.relations))
    console.print(headings)

    left_out: tuple[str, ...] = ()
    if links:
        table, left_out = _links_table(result, width, relations)
        console.print(table)
    return console.file.getvalue(), left_out  # type: ignore[attr-defined]


def _links_table(result: DiffResult, width: int, relations: Collection[str] | None = None) -> tuple[Table, tuple[str, ...]]:
    """The table of links (of ``relations`` only, when given) fitted to ``width`` cells, and the headers it left out."""
    from rich.table import Table

    from pilotplans.fit import LINKS, fit_columns
    from pilotplans.fitted_table import ColumnLook, fill, shaped_columns

    rows = [[link.national.label if link.national else "—", link.local.label if link.local else "—", link.relation,
             f"{link.score:.2f}", link.ownership.status if link.national and link.local else "",
             link.ownership.region if link.national and link.local else "",
             _owned(link.national), _owned(link.local)]
            for link in result.links if relations is None or link.relation in relations]
    columns = [[row[k] for row in rows] for k in range(len(LINK_HEADERS))]
    headers = link_headers(result)
    fit = replace(LINKS, flexible=tuple(headers[k] for k, h in enumerate(LINK_HEADERS) if h in LINKS.flexible))
    fitted = fit_columns(headers, columns, width - 1, fit)  # the table's left edge
    table = Table(title="links" if relations is None else f"links: {', '.join(r for r in ALL_RELATIONS if r in relations)}",
                  show_lines=False)
    shown = shaped_columns(headers, columns, fitted, lambda k, values, cells: [_wrapped_cell(v, cells) for v in values])
    fill(table, shown, lambda column: ColumnLook(justify="right" if column.index in _RIGHT else "left"))
    return table, fitted.left_out


#: The columns of the table of links aligned right: the two measures' numbers and the score.
_RIGHT = (0, 1, 3)


def link_headers(result: DiffResult) -> list[str]:
    """:data:`LINK_HEADERS` as the table of ``result``'s links heads them: the two measures' columns and their texts'
    named by :meth:`~pilotplans.diff.models.DiffResult.side_labels` (of two rounds: 2018, 2020, 2018 text,
    2020 text)."""
    labels = dict(zip(("national", "local"), result.side_labels()))
    return [_relabelled(header, labels, " ") for header in LINK_HEADERS]


#: What opens the line of a measure's owners under its text in the table of links (↳银保监会).
OWNERS_MARK = "↳"


def _owned(measure: MeasureRef | None) -> str:
    """A measure's text in the table of links, cut to 36 characters, then on a line of its own its owners after
    :data:`OWNERS_MARK` (…分支机构。 / ↳银保监会): who owns what was adopted, adapted or dropped."""
    if measure is None:
        return ""
    owners = f"\n{OWNERS_MARK}{'、'.join(measure.owners)}" if measure.owners else ""
    return _short(measure.text, 36) + owners


def _wrapped_cell(value: str, cells: int) -> str:
    """A cell of the table of links over lines of ``cells`` cells: the text broken anywhere, the owners on lines
    of their own under it (:func:`_owner_lines`)."""
    from pilotplans.fit import wrap_keeping

    text, marked, owners = value.partition("\n" + OWNERS_MARK)
    if not marked:
        return wrap_keeping(text, cells)
    return wrap_keeping(text, cells) + "\n" + _owner_lines(owners.split("、"), cells)


def _owner_lines(owners: list[str], cells: int) -> str:
    """A measure's owners over lines of ``cells`` cells after :data:`OWNERS_MARK`, each body's name whole (the mark
    with the first; a name wider than a line folded), joined by 、 within a line and at a line's end where it fits;
    a line never opens with 、 (↳文化和旅游部 / 商务部、港澳办 on 13 cells, the line full after the first name)."""
    from rich.cells import cell_len

    from pilotplans.fit import wrap_keeping

    lines: list[str] = []
    line = ""
    for name in owners:
        item = name if lines or line else OWNERS_MARK + name
        if line and cell_len(line) + 2 + cell_len(item) <= cells:
            line += "、" + item
            continue
        if line:
            lines.append(line + "、" if cell_len(line) + 2 <= cells else line)
        *full, line = wrap_keeping(item, cells).split("\n")
        lines.extend(full)
    return "\n".join([*lines, line])


def render(result: DiffResult, fmt: DiffFormat, relations: Collection[str] | None = None) -> str:
    """``result`` in ``fmt``, its links only those of ``relations`` when given."""
    if fmt == "jsonl":
        return to_jsonl(result, relations)
    if fmt == "json":
        return to_json(result, relations)
    if fmt == "csv":
        return to_csv(result, relations)
    return fitted_table(result, relations=relations)[0]

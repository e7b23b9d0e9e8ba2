"""Render measures as JSONL, JSON, CSV (UTF-8 with BOM, for Excel) or a terminal table.

One flat record shape (:class:`MeasureOut`) is built from the Documents; every renderer writes
that shape and computes nothing of its own. Output is deterministic: the same documents give
byte-identical files.
"""

# No ``from __future__ import annotations`` here: pydantic would turn every field's annotation
# string back into a type when the classes are built, about 1 ms of every start-up.

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict

from pilotplans.jsonl import json_array, jsonl_lines as _jsonl, measure_data
from pilotplans.schema.models import Document, Measure

if TYPE_CHECKING:
    from pilotplans.fit import ColumnFit

OutputFormat = Literal["jsonl", "json", "csv", "table"]


class SourceOut(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    file: str
    format: str
    sheet: str | None
    page: int | None
    table: int | None
    row: int | None
    line: int | None
    line_end: int | None
    paragraph: int | None
    bbox: list[float] | None
    ocr: bool
    confidence: float | None


class PolicyOut(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    text: str
    responsibility: str | None


class DepartmentOut(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    raw: str
    column: str
    id: str | None
    name: str | None
    role: str | None
    level: str | None
    counterpart: str | None
    counterpart_name: str | None


class RegionOut(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    raw: str
    id: str | None
    name: str | None
    scope: str | None
    source: str


class MeasureOut(BaseModel):
    """One measure as written to JSONL (one object a line) and CSV (one row)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    document: str
    doc_title: str | None
    doc_no: str | None
    doc_issuer: str | None
    doc_date: dt.date | None
    level: str | None
    region: str | None
    table: int
    table_title: str | None
    heading_number: int | None
    heading: str | None
    heading_path: list[str]
    number: int | None
    number_raw: str | None
    position: int
    text: str
    responsibility: str | None
    superior: str | None
    cooperating: str | None
    remarks: str | None
    scope: str | None
    sector: str | None
    regulations: str | None
    deadline: str | None
    leader: str | None
    policies: list[PolicyOut]
    scope_kind: str | None
    departments: list[DepartmentOut]
    regions: list[RegionOut]
    source: SourceOut
    warnings: list[str]


def measure_out(document: Document, measure: Measure) -> MeasureOut:
    """``measure`` of ``document`` as its flat record: :func:`pilotplans.jsonl.measure_data`'s
    fields (the one place that says which field comes from where), validated."""
    return MeasureOut.model_validate(measure_data(document, measure))


def measures_out(documents: Iterable[Document]) -> list[MeasureOut]:
    """Every measure of ``documents``, documents in the order given, measures in document order."""
    return [measure_out(d, m) for d in documents for m in d.measures]


def to_jsonl(records: Iterable[MeasureOut]) -> str:
    return _jsonl(r.model_dump(mode="json") for r in records)


def jsonl_and_csv(records: Iterable[MeasureOut]) -> tuple[str, str]:
    """:func:`to_jsonl` and :func:`to_csv` of ``records``, each record dumped once for both (a
    rebuild writes both of every document)."""
    dumped = [r.model_dump(mode="json") for r in records]
    return _jsonl(dumped), _csv(dumped)


def document_jsonl_and_csv(document: Document) -> tuple[str, str]:
    """:func:`jsonl_and_csv` of :func:`measures_out` of ``document``, byte for byte, from each
    measure's :func:`~pilotplans.jsonl.measure_data` (what its record dumps to), without a
    ``MeasureOut`` validated and dumped again for each measure: what a rebuild writes of every
    document it reads (the bundled five: some 25 ms of the process storing them, the records'
    validator built among it)."""
    dumped = [measure_data(document, measure) for measure in document.measures]
    return _jsonl(dumped), _csv(dumped)


def to_json(records: Iterable[MeasureOut]) -> str:
    return json_array([r.model_dump(mode="json") for r in records])


CSV_COLUMNS = (
    "document", "doc_title", "doc_no", "doc_issuer", "doc_date", "level", "region", "table", "table_title", "heading_number", "heading",
    "heading_path", "number", "number_raw", "position", "text", "responsibility", "superior", "cooperating",
    "remarks", "scope", "sector", "regulations", "deadline", "leader", "policies", "scope_kind", "departments",
    "regions", "source_file", "source_format", "sheet", "page", "row", "line", "line_end", "paragraph", "ocr_confidence", "warnings",
)
# Between the titles of a heading path in a CSV cell.
PATH_SEPARATOR = " > "


def csv_record(record: MeasureOut) -> dict[str, str]:
    """A measure as its CSV row has it, by column (what a workbook's measures sheet is written from)."""
    return dict(zip(CSV_COLUMNS, _csv_row(record), strict=True))


def _csv_row(record: MeasureOut) -> list[str]:
    return _csv_row_of(record.model_dump(mode="json"))


def _csv_row_of(data: dict[str, Any]) -> list[str]:
    """A record's CSV row from its dump (left as it is: the JSONL may be written from it too)."""
    source = data["source"]
    flat = {
        **data,
        "heading_path": PATH_SEPARATOR.join(data["heading_path"]),
        "policies": "\n".join(f"{p['text']}【{p['responsibility'] or ''}】" for p in data["policies"]),
        "departments": "；".join(f"{d['name'] or d['raw']}({d['role'] or ''})" for d in data["departments"]),
        "regions": "、".join(str(r["name"] or r["raw"]) for r in data["regions"]),
        "source_file": source["file"], "source_format": source["format"], "sheet": source["sheet"], "page": source["page"],
        "row": source["row"], "line": source["line"], "line_end": source["line_end"], "paragraph": source["paragraph"],
        "ocr_confidence": source["confidence"] if source["ocr"] else None,
        "warnings": ";".join(data["warnings"]),
    }
    return ["" if flat[c] is None else str(flat[c]) for c in CSV_COLUMNS]


def to_csv(records: Iterable[MeasureOut]) -> str:
    """CSV with a UTF-8 byte-order mark so that Excel opens the Chinese text correctly."""
    return _csv(r.model_dump(mode="json") for r in records)


def _csv(dumped: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for data in dumped:
        writer.writerow(_csv_row_of(data))
    return "\ufeff" + buffer.getvalue()


def render(records: list[MeasureOut], fmt: OutputFormat, width: int = 160) -> str:
    """The records in ``fmt``. 'table' renders the main columns of each, or every field of a
    single record."""
    if fmt == "jsonl":
        return to_jsonl(records)
    if fmt == "json":
        return to_json(records)
    if fmt == "csv":
        return to_csv(records)
    if len(records) == 1:
        return to_detail(records[0], width=width)
    return to_table(records, width=width)


def _detail_rows(record: MeasureOut) -> list[tuple[str, str]]:
    source = record.source
    where = [f"table {source.table}"]
    if source.sheet is not None:
        where.append(f"sheet {source.sheet}")
    if source.row is not None:
        where.append(f"row {source.row}")
    if source.paragraph is not None:
        where.append(f"paragraph {source.paragraph}")
    if source.page:
        where.append(f"page {source.page}")
    if source.line:
        where.append(f"lines {source.line}–{source.line_end}" if source.line_end != source.line else f"line {source.line}")
    if source.ocr:
        where.append("read by OCR" + (f", lowest confidence {source.confidence:.2f}" if source.confidence is not None else ""))
    rows = [
        ("document", "  ".join(str(v) for v in (record.document, record.doc_title, record.doc_no, record.doc_issuer, record.doc_date) if v)),
        ("heading", PATH_SEPARATOR.join(record.heading_path) if len(record.heading_path) > 1
         else f"{record.heading_number or ''} {record.heading or ''}".strip()),
        ("number", record.number_raw or ""),
        ("text", record.text),
    ]
    for name in ("responsibility", "superior", "cooperating", "leader", "remarks", "scope", "sector", "regulations", "deadline"):
        value = getattr(record, name)
        if value:
            rows.append((name, value))
    for policy in record.policies:
        rows.append(("policy", f"{policy.text}\n  → {policy.responsibility or ''}"))
    rows.append(("departments", "\n".join(
        f"{d.raw} → {d.name or '(unresolved)'} [{d.role or '-'}, {d.level or '-'}"
        + (f", answers to {d.counterpart_name}" if d.counterpart_name else "") + "]"
        for d in record.departments) or "—"))
    names = "、".join(r.name or r.raw for r in record.regions)
    rows.append(("regions", f"{record.scope_kind or 'none'}: {names}" if names else (record.scope_kind or "none")))
    rows.append(("source", f"{source.file} ({source.format}), " + ", ".join(where)))
    rows.append(("warnings", ", ".join(record.warnings) or "—"))
    return rows


def to_detail(record: MeasureOut, width: int = 160) -> str:
    """Every field of one measure, one per line."""
    from rich.markup import escape
    from rich.table import Table as RichTable

    table = RichTable(box=None, show_header=False, pad_edge=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    for name, value in _detail_rows(record):
        table.add_row(name, escape(value))
    return printed(table, width)


def printed(table: object, width: int, styled: bool = False) -> str:
    """``table`` (a rich renderable) as the text a terminal ``width`` cells wide shows, its lines
    :func:`trimmed`; ``styled``, with its colours (a terminal's), else plain text."""
    from rich.console import Console

    console = Console(file=io.StringIO(), width=width, force_terminal=styled, color_system="standard" if styled else None)
    console.print(table)
    return trimmed(console.file.getvalue())  # type: ignore[attr-defined]


def trimmed(text: str) -> str:
    """``text`` without the spaces a table without borders pads each line with to the terminal's
    width (a measure's detail piped to a file was 160 columns of spaces a line)."""
    return "\n".join(line.rstrip(" ") for line in text.split("\n"))


def cut(text: str | None, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with "…" when it is longer."""
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def shortened_id(value: str, limit: int) -> str:
    """``value`` when it takes at most ``limit`` terminal cells; otherwise its beginning and its end
    joined by "…" in ``limit`` cells, so that ids told apart by their ends (``plan``, ``plan-2``)
    stay apart. A CJK character takes two cells."""
    from rich.cells import cell_len

    if cell_len(value) <= limit:
        return value
    tail_cells = (limit - 1) // 2
    head, cells = "", 0
    for char in value:
        if cells + cell_len(char) > limit - 1 - tail_cells:
            break
        head, cells = head + char, cells + cell_len(char)
    tail, cells = "", 0
    for char in reversed(value):
        if cells + cell_len(char) > tail_cells:
            break
        tail, cells = char + tail, cells + cell_len(char)
    return f"{head}…{tail}"


def shortened_ids(values: list[str], limit: int) -> list[str]:
    """Each of ``values`` shortened to ``limit`` cells (:func:`shortened_id`), or to the fewest cells
    beyond it that keep distinct ids distinct: two documents whose ids differ only in their middles
    are never shown under one name."""
    from rich.cells import cell_len

    distinct = set(values)
    longest = max((cell_len(v) for v in distinct), default=0)
    width = next(w for w in range(limit, max(limit, longest) + 1)
                 if len({shortened_id(v, w) for v in distinct}) == len(distinct))
    return [shortened_id(v, width) for v in values]


def _id_column(table: object, name: str, values: list[str], style: str | None = None, limit: int | None = None) -> list[str]:
    """A column of ids, never wrapped: as wide as the longest id, up to ``limit`` cells (when given),
    beyond which an id is shortened in its middle (:func:`shortened_ids`). Returns the ids as shown."""
    from rich.cells import cell_len

    limit = None if limit is None else max(limit, cell_len(name))
    shown = values if limit is None else shortened_ids(values, limit)
    width = max((cell_len(v) for v in shown), default=0)
    table.add_column(name, style=style, no_wrap=True, overflow="ignore", min_width=max(width, cell_len(name)))  # type: ignore[attr-defined]
    return shown


#: The width a table written to a file (``-o FILE``) is laid out in. A file has no width: its table is not fitted to
#: the terminal that ran the command but written whole — no column left out, no id shortened, a row on one line where
#: the table's own rules (a measure's text cut at 80 characters, a coverage cell's measure at 30) cut no value —, the
#: same whatever terminal ran it. No table reaches it: the widest, ``departments``' with every form a body is written
#: in, takes some hundreds of columns.
FILE_WIDTH = 10_000


#: The share of the terminal a table's document ids may take (a quarter): an id made from a long
#: file name is shortened rather than pushing the table beyond the terminal.
ID_SHARE = 4


def to_table(records: list[MeasureOut], width: int = 160) -> str:
    """The table of ``records`` fitted to ``width`` cells (:func:`pilotplans.measure_table.measures_table`;
    its caller on a terminal says which columns it left out)."""
    from pilotplans.measure_table import measures_table

    return measures_table(records, width)[0]


def _plain(value: object) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _json_value(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value


def render_rows(headers: list[str], rows: list[list[object]], fmt: OutputFormat, width: int = 160, keys: int = 1,
                shortened: bool = False) -> str:
    """A plain table (the listings of documents, departments, regions, search hits) in ``fmt``.
    Values keep their type in JSON (numbers are numbers, missing values null); the first ``keys``
    columns are ids, which a table never wraps (``shortened``: beyond their share of ``width``, an
    id is shortened in its middle, as a document id is in a table of measures)."""
    if fmt in ("jsonl", "json"):
        objects = [{h: _json_value(v) for h, v in zip(headers, row)} for row in rows]
        if fmt == "json":
            return json.dumps(objects, ensure_ascii=False, indent=2) + "\n"
        return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(headers)
        writer.writerows([_plain(v) for v in row] for row in rows)
        return "\ufeff" + buffer.getvalue()
    from rich.markup import escape
    from rich.table import Table as RichTable

    table = RichTable(box=None, header_style="bold")
    shown: list[list[str]] = []
    for k, header in enumerate(headers):
        if k < keys:
            shown.append(_id_column(table, header, [_plain(row[k]) for row in rows],
                                    limit=width // ID_SHARE if shortened else None))
        else:
            table.add_column(header, overflow="fold")
    for n, row in enumerate(rows):
        table.add_row(*(escape(ids[n]) for ids in shown), *(escape(_plain(value)) for value in row[len(shown):]))
    return printed(table, width)


def render_fitted_rows(headers: list[str], rows: list[list[object]], width: int, fit: "ColumnFit",
                       shortened: bool = False) -> tuple[str, tuple[str, ...]]:
    """A plain table of ``rows`` fitted to ``width`` cells by ``fit`` (:mod:`pilotplans.fit`): the
    first column an id (``shortened`` as in :func:`render_rows`), no value wrapped or broken, the
    flexible column cut with "…" (or, ``fit.wrap``, wrapped between the items of its lists; a column
    of names in ``fit.cut`` is still cut). Returns the table and the headers it left out to fit."""
    from rich.table import Table as RichTable

    from pilotplans.fit import (column_width, count_to_cells, cut_to_cells, fit_columns, widest_counted_item, wrap_counted,
                                wrap_to_cells)
    from pilotplans.fitted_table import ColumnLook, fill, shaped_columns

    ids = [_plain(row[0]) for row in rows]
    if shortened and rows:
        ids = shortened_ids(ids, max(width // ID_SHARE, column_width(headers[0], ())))
    columns = [ids, *([_plain(row[k]) for row in rows] for k in range(1, len(headers)))]
    fitted = fit_columns(headers, columns, width, fit)
    # a row is one line while no list kept is wrapped: a list counted stays on it (``3: a …and 2 more``)
    one_line = not any(headers[k] in fit.flexible and headers[k] not in fit.cut + fit.counted for k in fitted.kept)

    def shaped(k: int, values: Sequence[str], cells: int) -> list[str]:
        shape = wrap_to_cells if fit.wrap and headers[k] not in fit.cut else cut_to_cells
        if headers[k] in fit.counted:
            shape = count_to_cells if cells < widest_counted_item(values) or one_line else wrap_counted
        return [shape(v, cells) for v in values]

    table = RichTable(box=None, header_style="bold")
    shown = shaped_columns(headers, columns, fitted, shaped, share_whole=False)
    fill(table, shown, lambda column: ColumnLook(overflow="ignore", held=False))
    return printed(table, width), fitted.left_out


#: A snippet is wrapped keeping its words found whole while its column is at least twice this wide.
MARKED_CELLS = 8


def marked_words(snippet: str) -> list[tuple[int, int]]:
    """The spans (start, end) of the words a search found in ``snippet``, marks included (``«数据跨境»``)."""
    import re

    from pilotplans.search import MARK_CLOSE, MARK_OPEN

    return [m.span() for m in re.finditer(f"{re.escape(MARK_OPEN)}[^{re.escape(MARK_CLOSE)}]*{re.escape(MARK_CLOSE)}", snippet)]


def hits_table(hits: list, width: int = 160, styled: bool = False) -> str:
    """Search hits as a terminal table: document, number, score, field and snippet, the matching
    words marked « » (or, ``styled`` for a terminal, shown in reverse video)."""
    from rich.markup import escape
    from rich.table import Table as RichTable
    from rich.text import Text

    from pilotplans.search import MARK_CLOSE, MARK_OPEN

    from pilotplans.fit import PADDING, column_width, wrap_keeping

    table = RichTable(box=None, header_style="bold")
    documents = _id_column(table, "document", [h.document for h in hits], limit=width // ID_SHARE)
    numbers = _id_column(table, "no.", [h.number_raw or f"#{h.position}" for h in hits], limit=width // ID_SHARE)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("field", no_wrap=True)
    table.add_column("snippet", overflow="fold")
    # the snippet's room: what the other columns leave, each with its padding; a word found is kept whole on its line
    beside = [column_width("document", documents), column_width("no.", numbers),
              column_width("score", [f"{h.score:.2f}" for h in hits]), column_width("field", [h.field for h in hits])]
    room = width - sum(cells + PADDING for cells in beside) - PADDING
    for h, document, number in zip(hits, documents, numbers):
        shown = wrap_keeping(h.snippet, room, marked_words(h.snippet)) if room >= 2 * MARKED_CELLS else h.snippet
        if styled:
            snippet = Text()
            for k, piece in enumerate(shown.replace(MARK_CLOSE, MARK_OPEN).split(MARK_OPEN)):
                snippet.append(piece, style="reverse bold" if k % 2 else None)
        else:
            snippet = Text(shown)
        table.add_row(escape(document), escape(number), f"{h.score:.2f}", h.field, snippet)
    return printed(table, width, styled=styled)

"""The table of measures on a terminal (``pilotplans measures``, ``extract``), fitted to its width.

The document id and the number are ids, never wrapped (a long id shortened in its middle); each
warning code is whole on its line. The heading, the text and the responsibility share the room
left (:mod:`pilotplans.fit`), each at least as wide as its header and as the widest part of its
values a reader copies whole — a 文号 (国函〔2020〕111号), a body's name as the measure writes it
(国务院服务贸易发展部际联席会议办公室) —, and are wrapped between characters but never inside
such a part. When even that does not fit, or leaves the text or the responsibility fewer than ten characters a line, the
heading, then the warnings (an empty warnings column first), are left out and the caller says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pilotplans.export import MeasureOut

#: Characters of a cell shown at most, cut with "…" beyond (the other formats give every field whole).
HEADING_CHARS, TEXT_CHARS, RESPONSIBILITY_CHARS = 16, 80, 40

#: A short aside in brackets, read as one: the body a joint office sits in (（商务厅）), a list of kinds
#: of place (（自治区、直辖市）).
BRACKETED = r"[（(][^（）()]{1,8}[）)]"

#: A word or number in Latin letters and digits, read as one (QDII, PEPPOL, 5G, 2025, 1.5); one of
#: more than :data:`LATIN_CHARS` characters (a web address) is broken where a line ends.
LATIN = r"[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*"
LATIN_CHARS = 16

HEADERS = ["document", "no.", "heading", "text", "responsibility", "warnings"]


def whole_parts(text: str, names: Iterable[str] | None = None) -> list[tuple[int, int]]:
    """The spans (start, end) of ``text`` a table must not break: each 文号, each word or number in
    Latin letters (:data:`LATIN`) outside them and, in a responsibility (``names`` given: the bodies
    the measure names, as written), each of them wherever it occurs whole and each short aside in
    brackets (:data:`BRACKETED`) — not in the text, prose whose asides may be long."""
    from pilotplans.parsers.metadata import DOC_NO
    from pilotplans.patterns import compiled

    patterns = (DOC_NO,) if names is None else (DOC_NO, compiled(BRACKETED))
    spans = [m.span() for pattern in patterns for m in pattern.finditer(text)]
    for name in {n for n in names or () if n}:
        at = text.find(name)
        while at >= 0:
            spans.append((at, at + len(name)))
            at = text.find(name, at + 1)
    words = [m.span() for m in compiled(LATIN).finditer(text) if m.end() - m.start() <= LATIN_CHARS]
    return spans + [(a, b) for a, b in words if not any(start <= a and b <= end for start, end in spans)]


def measures_table(records: list[MeasureOut], width: int) -> tuple[str, tuple[str, ...]]:
    """The table of ``records`` at most ``width`` cells wide, and the headers it left out to fit."""
    from dataclasses import replace

    from rich.cells import cell_len
    from rich.table import Table as RichTable

    from pilotplans.export import ID_SHARE, cut, printed, shortened_ids
    from pilotplans.fit import MEASURES, fit_columns, wrap_keeping
    from pilotplans.fitted_table import ColumnLook, fill, shaped_columns

    if not records:
        return "", ()
    limit = max(width // ID_SHARE, 1)
    documents = shortened_ids([r.document for r in records], max(limit, cell_len("document")))
    numbers = shortened_ids([r.number_raw or "" for r in records], max(limit, cell_len("no.")))
    headings = [cut(f"{r.heading_number or ''} {r.heading or ''}".strip(), HEADING_CHARS) for r in records]
    texts = [cut(r.text, TEXT_CHARS) for r in records]
    duties = [cut(r.responsibility, RESPONSIBILITY_CHARS) for r in records]
    warnings = ["\n".join(r.warnings) for r in records]
    columns = [documents, numbers, headings, texts, duties, warnings]
    spans = [[], [], [whole_parts(h) for h in headings], [whole_parts(t) for t in texts],
             [whole_parts(d, (m.raw for m in r.departments)) for r, d in zip(records, duties)], []]
    least = {k: max((cell_len(columns[k][n][a:b]) for n in range(len(records)) for a, b in spans[k][n]), default=0)
             for k in (2, 3, 4)}
    fit = MEASURES
    if not any(warnings):  # a column with nothing in it goes before any column with something
        fit = replace(MEASURES, leave_out=("warnings", *(name for name in MEASURES.leave_out if name != "warnings")))
    fitted = fit_columns(HEADERS, columns, width - 1, fit, least)  # the table's left edge
    table = RichTable(show_lines=False, expand=False)
    shown = shaped_columns(HEADERS, columns, fitted, lambda k, values, cells: [
        wrap_keeping(v, cells, spans[k][n] if spans[k] else ()) for n, v in enumerate(values)])
    fill(table, shown, lambda column: ColumnLook(style=_STYLES.get(column.index), overflow="ignore"))
    return printed(table, width), fitted.left_out


#: The colours of the table's columns on a terminal, by index (:data:`HEADERS`): ids, number, responsibility, warnings.
_STYLES = {0: "cyan", 1: "bold", 4: "green", 5: "yellow"}

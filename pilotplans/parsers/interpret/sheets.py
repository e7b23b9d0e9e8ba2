"""The sheets of a workbook that hold no task table (a cover, a sheet of notes): named in a note on the document, as
their text is read as the document's paragraphs only (its title, issuer and date from a cover), never into records."""

from __future__ import annotations

from collections.abc import Sequence

from pilotplans.layout import Layout
from pilotplans.parsers.interpret.tables import TableSpan
from pilotplans.schema.models import Warning


def sheets_left_out(layout: Layout, spans: Sequence[TableSpan]) -> Warning | None:
    """A ``sheet_left_out`` warning naming, in the workbook's order, the sheets printing something of which no row is
    a row of the task tables read; None for a layout of no sheets, or where every sheet holds a table's rows."""
    printed = list(dict.fromkeys(block.where.sheet for block in layout.blocks if block.where.sheet is not None))
    if not printed:
        return None
    read = {span.header.where.sheet for span in spans} | {
        entry.row.where.sheet for span in spans for entry in span.entries if entry.row is not None}
    left = [sheet for sheet in printed if sheet not in read]
    if not left:
        return None
    return Warning(code="sheet_left_out", message=(
        f"{'sheets' if len(left) > 1 else 'sheet'} {'、'.join(left)} {'hold' if len(left) > 1 else 'holds'} no task "
        "table (a cover, notes): read as the document's paragraphs only, no record made from them"))

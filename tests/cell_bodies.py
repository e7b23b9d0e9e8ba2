"""Reading a responsibility cell the way the held-out batches' tests do: each body the cell names, as the text read
(its `reads_as` where a list shares a word) beside the id it resolves to in a document of the given context."""

from __future__ import annotations

from pilotplans.normalizers.links import parse_cell
from pilotplans.normalizers.models import Context
from pilotplans.normalizers.resolve import resolve_body


def read_cell_bodies(cell: str, context: Context) -> list[tuple[str, str | None]]:
    """Each mention of ``cell`` read as prose (its shared word restored) and the id it resolves to under ``context``."""
    return [(m.reads_as or m.text, resolve_body(m.reads_as or m.text, context).id)
            for m in parse_cell(cell, "responsibility", prose=True)]

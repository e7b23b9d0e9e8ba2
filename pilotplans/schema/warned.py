"""A record with warnings added after its own: how a stage that checks a record it returns attaches what
it found to it (the record is a copy; the one given is left as it was)."""

from __future__ import annotations

from typing import TypeVar

from pilotplans.schema.models import Document, Measure, Warning

Warnable = TypeVar("Warnable", Document, Measure)


def warned(record: Warnable, *warnings: Warning) -> Warnable:
    """A copy of ``record`` whose warnings are its own followed by ``warnings``."""
    return record.model_copy(update={"warnings": [*record.warnings, *warnings]})

"""What is said of a document beside its tasks, whoever says it: :class:`Described`, the fields the
document's own text may print (:class:`pilotplans.parsers.metadata.Metadata`) and a manifest or a
caller may know beforehand (:class:`pilotplans.parsers.interpret.DocumentHints`). Each adds its own
fields to these; the Document record takes each of them from one or the other
(:func:`pilotplans.parsers.interpret.records.document_record`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Described:
    """A document's title, 文号, issuer, date, level and region, each None when not said."""

    title: str | None = None
    doc_no: str | None = None
    issuer: str | None = None
    date: dt.date | None = None
    level: str | None = None
    region: str | None = None

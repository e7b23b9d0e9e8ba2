"""Records read through OCR say when the recogniser was unsure: a measure or heading whose lowest
character confidence (``SourceRef.confidence``) is below the OCR settings' ``low_confidence``
carries the warning ``ocr_low_confidence``, naming the doubtful characters it holds (from
``Layout.doubts``: the character, its confidence and its context as read) and the page to check
them against. A record is never silently trusted: when none of the doubts can be placed in it,
the warning still gives its lowest confidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pilotplans.layout import Doubt
from pilotplans.schema.models import Document, Heading, Measure, Warning

LOW_CONFIDENCE = "ocr_low_confidence"
MIN_WINDOW = 1
"""A doubt is placed in a record by its context: the character with up to this many (at least)
characters either side of it found in the record's text."""
SHOWN = 5
"""At most this many doubtful characters are named in one warning."""
_SPACE = re.compile(r"\s+")


def flag_low_confidence(document: Document, doubts: Sequence[Doubt], threshold: float) -> Document:
    """The document with ``ocr_low_confidence`` on each record read less surely than ``threshold``."""
    measures = document.measures
    headings = {(table.index, h.position): h for table in document.tables for h in table.headings}
    for position, measure in enumerate(measures):
        later = [m.source.page for m in measures[position + 1:] if m.source.page is not None]
        heading = headings.get((measure.table, measure.heading)) if measure.heading is not None else None
        _flag(measure, _measure_text(measure, heading), doubts, threshold, later[0] if later else None)
    for table in document.tables:
        for heading in table.headings:
            text = "".join(p for p in (heading.number_raw, heading.title, heading.description) if p)
            _flag(heading, text, doubts, threshold, heading.source.page)
    return document


def _flag(record: Measure | Heading, text: str, doubts: Sequence[Doubt], threshold: float, last_page: int | None) -> None:
    source = record.source
    if not source.ocr or source.confidence is None or source.confidence >= threshold:
        return
    first_page = source.page
    if first_page is None:
        nearby: Sequence[Doubt] = doubts
    else:
        last = max(first_page, last_page if last_page is not None else first_page + 1)
        nearby = [d for d in doubts if d.where.page is not None and first_page <= d.where.page <= last]
    compact = _SPACE.sub("", text)
    held = [d for d in nearby if _placed(d, compact)]
    page = f"page {first_page} of the scan" if first_page is not None else "the scan"
    if held:
        named = ", ".join(f"「{d.char}」 ({d.confidence:.2f}) in 「{_SPACE.sub('', d.context)}」" for d in held[:SHOWN])
        more = f" and {len(held) - SHOWN} more" if len(held) > SHOWN else ""
        count = f"{len(held)} character{'s' if len(held) > 1 else ''}"
        message = f"OCR is unsure of {count}: {named}{more}; check them against {page}"
    else:
        message = (f"read through OCR with confidence {source.confidence:.2f} (below {threshold:.2f}): "
                   f"check the wording against {page}")
    record.warnings.append(Warning(code=LOW_CONFIDENCE, message=message))


def _placed(doubt: Doubt, compact: str) -> bool:
    """Whether the record's text holds the doubtful character in its context (the widest window
    of the context around it that is found, down to :data:`MIN_WINDOW` characters a side)."""
    context = doubt.context
    if _SPACE.sub("", context) == doubt.char:  # a mark alone in its cell (a dash, a number)
        return doubt.char in compact
    for width in range(max(doubt.at, len(context) - doubt.at - 1), MIN_WINDOW - 1, -1):
        window = _SPACE.sub("", context[max(0, doubt.at - width):doubt.at + width + 1])
        if len(window) > 1 and window in compact:
            return True
    return False


def _measure_text(measure: Measure, heading: Heading | None) -> str:
    """Everything printed in a measure's row: its cells (the heading's, when a column holds it)
    and policy rows."""
    parts = [measure.number_raw, heading.number_raw if heading else None, measure.heading_title, measure.text, measure.responsibility, measure.cooperating,
             measure.superior, measure.remarks, measure.scope, measure.sector, measure.regulations, measure.deadline]
    parts += [p for policy in measure.policies for p in (policy.text, policy.responsibility)]
    return "\n".join(p for p in parts if p)

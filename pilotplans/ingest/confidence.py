"""Records read through OCR say when the recogniser was unsure: a measure or heading whose lowest
character confidence (``SourceRef.confidence``) is below the OCR settings' ``low_confidence``
carries the warning ``ocr_low_confidence``, naming the doubtful characters it holds (from
``Layout.doubts``: the character, its confidence and its context as read) and the page to check
them against. A record is never silently trusted: when none of the doubts can be placed in it,
the warning still gives its lowest confidence.

A number the recogniser was unsure of (the brackets of （一）, a lone digit) is confirmed by the
numbering it stands in: a doubt on a character of the record's printed number, read at the start
of its line (its context begins with the number), where that number follows the one before it (no ``number_gap``, ``heading_gap`` … warning on the record),
is no doubt; a number out of sequence stays doubted.

The recogniser can also be sure of a wrong character (火 read 灭, 人 read 大, a seal's stroke read
as a digit). Where a measure names bodies the registry is evidence of its own: a name read
through OCR that resolves to no body (``DepartmentLink.id`` None: 灭炬管委会, 大行厦门中心支行,
市商务局自贸委 where a separator was lost) is most likely misread, and the measure carries the
same warning naming it, however sure the recogniser was.
"""

from __future__ import annotations

from collections.abc import Sequence

from pilotplans.layout import Doubt
from pilotplans.schema.models import Document, Heading, Measure, Warning
from pilotplans.textutil import squash

LOW_CONFIDENCE = "ocr_low_confidence"
MIN_WINDOW = 1
"""A doubt is placed in a record by its context: the character with up to this many (at least)
characters either side of it found in the record's text."""
SHOWN = 5
"""At most this many doubtful characters are named in one warning."""
OUT_OF_SEQUENCE = frozenset({"number_gap", "number_duplicate", "number_out_of_order", "heading_number_missing",
                             "heading_gap", "heading_out_of_order"})
"""Warnings saying a record's printed number does not follow the one before it."""


def flag_low_confidence(document: Document, doubts: Sequence[Doubt], threshold: float) -> Document:
    """The document with ``ocr_low_confidence`` on each record read less surely than ``threshold``."""
    measures = document.measures
    headings = {(table.index, h.position): h for table in document.tables for h in table.headings}
    for position, measure in enumerate(measures):
        later = [m.source.page for m in measures[position + 1:] if m.source.page is not None]
        heading = headings.get((measure.table, measure.heading)) if measure.heading is not None else None
        numbers = _in_sequence(measure, heading)
        _flag(measure, _measure_text(measure, heading), doubts, threshold, later[0] if later else None, numbers)
        _flag_unknown_bodies(measure)
    for table in document.tables:
        for heading in table.headings:
            text = "".join(p for p in (heading.number_raw, heading.title, heading.description) if p)
            _flag(heading, text, doubts, threshold, heading.source.page, _in_sequence(heading))
    return document


def _in_sequence(*records: Measure | Heading | None) -> frozenset[str]:
    """The printed numbers (whitespace aside) of the records that follow the numbers before them."""
    return frozenset(squash(r.number_raw) for r in records
                     if r is not None and r.number_raw and not any(w.code in OUT_OF_SEQUENCE for w in r.warnings))


def _flag(record: Measure | Heading, text: str, doubts: Sequence[Doubt], threshold: float, last_page: int | None,
          numbers: frozenset[str] = frozenset()) -> None:
    source = record.source
    if not source.ocr or source.confidence is None or source.confidence >= threshold:
        return
    first_page = source.page
    if first_page is None:
        nearby: Sequence[Doubt] = doubts
    else:
        last = max(first_page, last_page if last_page is not None else first_page + 1)
        nearby = [d for d in doubts if d.where.page is not None and first_page <= d.where.page <= last]
    compact = squash(text)
    held = [d for d in nearby if _placed(d, compact)]
    confirmed = [d for d in held if any(d.context.startswith(n) and d.at < len(n) for n in numbers)]
    if held and len(confirmed) == len(held):
        return
    held = [d for d in held if d not in confirmed]
    page = f"page {first_page} of the scan" if first_page is not None else "the scan"
    if held:
        named = ", ".join(f"「{d.char}」 ({d.confidence:.2f}) in 「{squash(d.context)}」" for d in held[:SHOWN])
        more = f" and {len(held) - SHOWN} more" if len(held) > SHOWN else ""
        count = f"{len(held)} character{'s' if len(held) > 1 else ''}"
        message = f"OCR is unsure of {count}: {named}{more}; check them against {page}"
    else:
        message = (f"read through OCR with confidence {source.confidence:.2f} (below {threshold:.2f}): "
                   f"check the wording against {page}")
    record.warnings.append(Warning(code=LOW_CONFIDENCE, message=message))


def _flag_unknown_bodies(measure: Measure) -> None:
    """Name on a measure read through OCR the bodies it names that resolve to none (in its
    ``ocr_low_confidence`` warning, which it is given when it has none)."""
    if not measure.source.ocr:
        return
    unknown = list(dict.fromkeys(squash(d.raw) for d in measure.departments if d.id is None and d.raw.strip()))
    if not unknown:
        return
    named = "、".join(f"「{name}」" for name in unknown[:SHOWN])
    more = f" and {len(unknown) - SHOWN} more" if len(unknown) > SHOWN else ""
    page = f"page {measure.source.page} of the scan" if measure.source.page is not None else "the scan"
    note = f"OCR read {named}{more} where a body is named, and no body of that name is known"
    existing = next((w for w in measure.warnings if w.code == LOW_CONFIDENCE), None)
    if existing is None:
        measure.warnings.append(Warning(code=LOW_CONFIDENCE, message=f"{note}: check it against {page}"))
    else:
        existing.message = f"{existing.message}; {note}"


def _placed(doubt: Doubt, compact: str) -> bool:
    """Whether the record's text holds the doubtful character in its context (the widest window
    of the context around it that is found, down to :data:`MIN_WINDOW` characters a side)."""
    context = doubt.context
    if squash(context) == doubt.char:  # a mark alone in its cell (a dash, a number)
        return doubt.char in compact
    for width in range(max(doubt.at, len(context) - doubt.at - 1), MIN_WINDOW - 1, -1):
        window = squash(context[max(0, doubt.at - width):doubt.at + width + 1])
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

"""Records read through OCR say when the recogniser was unsure: a measure or heading holding a
doubtful character (``Layout.doubts``: a character read less surely than the OCR settings'
``low_confidence``, judged against what the recogniser usually gives that character) carries
the warning ``ocr_low_confidence``, naming the doubtful characters it holds (the character, its
confidence and its context as read) and the page to check them against. A doubt is placed in the
records whose text holds it with its context; one that can be placed in no record (its context
read otherwise than the record's text, after mending) is not lost: each record on its pages whose
lowest confidence (``SourceRef.confidence``) is as low as the doubt's, and so may hold it (its
box holds the doubt, on the page the record starts on), gives that lowest confidence in the
warning; a doubt above or below every record (a page number) is no record's. A record whose
lowest confidence is that of a character the recogniser always reads so (允 at 0.88), and which
holds no doubt, is not flagged; nor is a record that shares its cell's lowest confidence
(measures packed in one cell) with a doubt placed in another record.

A number the recogniser was unsure of (the brackets of （一）, a lone digit) is confirmed by the
numbering it stands in: a doubt on a character of the record's printed number, read at the start
of its line (its context begins with the number), where that number follows the one before it (no ``number_gap``, ``heading_gap`` … warning on the record),
is no doubt; a number out of sequence stays doubted.

The recogniser can also be sure of a wrong character (火 read 灭, 人 read 大, a seal's stroke read
as a digit). Where a measure names bodies the registry is evidence of its own: a name read
through OCR that resolves to no body (``DepartmentLink.id`` None: 灭炬管委会, 大行厦门中心支行,
市商务局自贸委 where a separator was lost) is most likely misread, and the measure carries the
same warning naming it, however sure the recogniser was. So is a field that does not end with the
punctuation mark ending that field in nearly all the document's measures (a 。 dropped at the
end of a cell, where no neighbour follows it to tell by).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence

from pilotplans.layout import Doubt
from pilotplans.parsers.ocr.characters import knowledge
from pilotplans.schema.models import Document, Heading, Measure, SourceRef, Warning
from pilotplans.textutil import squash

LOW_CONFIDENCE = "ocr_low_confidence"
MIN_WINDOW = 1
"""A doubt is placed in a record by its context: the character with up to this many (at least)
characters either side of it found in the record's text."""
SHOWN = 5
"""At most this many doubtful characters are named in one warning."""
SIBLING_FIELDS = ("text", "responsibility", "cooperating", "superior", "remarks", "regulations")
"""The fields of a measure whose final punctuation is compared with the other measures'."""
OUT_OF_SEQUENCE = frozenset({"number_gap", "number_duplicate", "number_out_of_order", "heading_number_missing",
                             "heading_gap", "heading_out_of_order"})
"""Warnings saying a record's printed number does not follow the one before it."""


def flag_low_confidence(document: Document, doubts: Sequence[Doubt], threshold: float) -> Document:
    """The document with ``ocr_low_confidence`` on each record holding a doubt (or lying where one
    placed in no record lies), naming a body that resolves to none, or ending a field unlike its
    siblings; ``threshold`` is the settings' ``low_confidence`` (a record read at least this surely
    throughout holds no doubt)."""
    measures = document.measures
    headings = {(table.index, h.position): h for table in document.tables for h in table.headings}
    measure_texts = [_measure_text(m, headings.get((m.table, m.heading)) if m.heading is not None else None)
                     for m in measures]
    heading_texts = {key: "".join(p for p in (h.number_raw, h.title, h.description) if p) for key, h in headings.items()}
    compact = [squash(text) for text in (*measure_texts, *heading_texts.values())]
    sources = [m.source for m in measures] + [h.source for h in headings.values()]
    unplaced = [d for d in doubts if not any(_placed(d, text) for text in compact) and _among_records(d, sources)]
    for position, measure in enumerate(measures):
        later = [m.source.page for m in measures[position + 1:] if m.source.page is not None]
        heading = headings.get((measure.table, measure.heading)) if measure.heading is not None else None
        numbers = _in_sequence(measure, heading)
        _flag(measure, measure_texts[position], doubts, unplaced, threshold, later[0] if later else None, numbers)
        _flag_unknown_bodies(measure)
    _flag_unlike_siblings(measures)
    for key, heading in headings.items():
        _flag(heading, heading_texts[key], doubts, unplaced, threshold, heading.source.page, _in_sequence(heading))
    return document


def _in_sequence(*records: Measure | Heading | None) -> frozenset[str]:
    """The printed numbers (whitespace aside) of the records that follow the numbers before them."""
    return frozenset(squash(r.number_raw) for r in records
                     if r is not None and r.number_raw and not any(w.code in OUT_OF_SEQUENCE for w in r.warnings))


def _flag(record: Measure | Heading, text: str, doubts: Sequence[Doubt], unplaced: Sequence[Doubt], threshold: float,
          last_page: int | None, numbers: frozenset[str] = frozenset()) -> None:
    """Flag one record holding a doubt, or lying where a doubt placed in no record may be."""
    source = record.source
    if not source.ocr or source.confidence is None or source.confidence >= threshold:
        return
    first_page = source.page
    last = None if first_page is None else max(first_page, last_page if last_page is not None else first_page + 1)

    def near(found: Sequence[Doubt]) -> list[Doubt]:
        if first_page is None:
            return list(found)
        return [d for d in found if d.where.page is not None and first_page <= d.where.page <= last]  # type: ignore[operator]

    compact = squash(text)
    held = [d for d in near(doubts) if _placed(d, compact)]
    confirmed = [d for d in held if any(d.context.startswith(n) and d.at < len(n) for n in numbers)]
    held = [d for d in held if d not in confirmed]
    lost = [d for d in near(unplaced) if d.confidence >= source.confidence
            and (d.where.page != first_page or source.bbox is None or _inside(d, source.bbox))]
    if not held and not lost:
        return
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
    _noted(measure, f"OCR read {named}{more} where a body is named, and no body of that name is known")


def _flag_unlike_siblings(measures: Sequence[Measure]) -> None:
    """Name on each measure read through OCR a field that does not end with the punctuation mark
    that ends the same field of nearly all the document's measures (``[doubt] sibling_share`` of at
    least ``min_siblings``, ``data/ocr.toml``): a mark at the end of a cell has no neighbour after it to be
    judged by, and the recogniser drops one there without doubting anything (a 。 dropped at the
    end of a Hainan measure's 具体举措)."""
    known = knowledge()
    for name in SIBLING_FIELDS:
        ends = [(m, text[-1]) for m in measures if (text := squash(getattr(m, name) or ""))]
        marks = [end for _, end in ends if unicodedata.category(end).startswith("P")]
        if len(ends) < known.min_siblings or not marks:
            continue
        mark, count = Counter(marks).most_common(1)[0]
        if count < known.sibling_share * len(ends):
            continue
        for measure, end in ends:
            if measure.source.ocr and end != mark:
                _noted(measure, f"its {name} ends in 「{end}」 where {count} of the document's {len(ends)} end in "
                                f"「{mark}」: OCR may have dropped or misread the mark at the end of the cell")


def _noted(measure: Measure, note: str) -> None:
    """``note`` added to the measure's ``ocr_low_confidence`` warning (which it is given, saying
    where to check, when it has none)."""
    page = f"page {measure.source.page} of the scan" if measure.source.page is not None else "the scan"
    existing = next((w for w in measure.warnings if w.code == LOW_CONFIDENCE), None)
    if existing is None:
        measure.warnings.append(Warning(code=LOW_CONFIDENCE, message=f"{note}: check it against {page}"))
    else:
        existing.message = f"{existing.message}; {note}"


def _centre(doubt: Doubt) -> tuple[float, float] | None:
    box = doubt.where.bbox
    return None if box is None else ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)


def _inside(doubt: Doubt, bbox: tuple[float, float, float, float]) -> bool:
    centre = _centre(doubt)
    return centre is None or (bbox[0] <= centre[0] <= bbox[2] and bbox[1] <= centre[1] <= bbox[3])


def _among_records(doubt: Doubt, sources: Sequence[SourceRef]) -> bool:
    """Whether a doubt lies between the top of the highest record and the bottom of the lowest on
    any page (not a page number or running head printed outside the table)."""
    centre = _centre(doubt)
    boxes = [s.bbox for s in sources if s.bbox is not None]
    if centre is None or not boxes:
        return True
    return min(b[1] for b in boxes) <= centre[1] <= max(b[3] for b in boxes)


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

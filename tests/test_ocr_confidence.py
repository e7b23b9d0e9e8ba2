"""Which records read through OCR say they need checking (pilotplans/ingest/confidence.py), from
evidence other than the recogniser's confidence: a body's name that resolves to none.

The records are those of Xiamen's table (pages 1–3) read through its text layer, then given what
a scan gives: the mark that they were read through OCR, surely, and the misreading a scan made
(火炬管委会 read 灭炬管委会, as the recogniser read it through a seal's stroke).
"""

from __future__ import annotations

import pytest

from pilotplans.ingest.confidence import LOW_CONFIDENCE, flag_low_confidence
from pilotplans.ingest.pipeline import read_document
from pilotplans.normalizers.links import normalise_document
from pilotplans.layout import Doubt, Where
from pilotplans.schema.models import Document, Warning
from tests.conftest import pages_of


@pytest.fixture(scope="module")
def xiamen(tmp_path_factory) -> Document:
    path = tmp_path_factory.mktemp("confidence") / "xiamen-p1-3.pdf"
    path.write_bytes(pages_of("xiamen-tasks.pdf", [0, 1, 2]))
    return read_document(path)


def as_scanned(document: Document, misread: dict[int, tuple[str, str]]) -> Document:
    """The document as OCR would give it: every record read through OCR with confidence 0.99, the
    responsibility of measure N with ``misread[N]`` (printed, read) replaced, bodies resolved again."""
    measures = []
    for m in document.measures:
        source = m.source.model_copy(update={"ocr": True, "confidence": 0.99})
        update = {"source": source, "departments": [], "warnings": []}
        if m.number in misread:
            printed, read = misread[m.number]
            assert printed in m.responsibility
            update["responsibility"] = m.responsibility.replace(printed, read)
        measures.append(m.model_copy(update=update))
    return normalise_document(document.model_copy(update={"measures": measures}))


def test_a_body_read_through_ocr_that_resolves_to_none_is_flagged_however_sure_the_recogniser_was(xiamen):
    scanned = flag_low_confidence(as_scanned(xiamen, {8: ("火炬", "灭炬")}), (), 0.9)
    measure = next(m for m in scanned.measures if m.number == 8)
    assert [w.message for w in measure.warnings if w.code == LOW_CONFIDENCE] == [
        "OCR read 「灭炬管委会」 where a body is named, and no body of that name is known: "
        "check it against page 2 of the scan"]


def test_records_read_through_ocr_whose_bodies_all_resolve_are_not_flagged(xiamen):
    # measure 15's 上级部门 ends in 人 where page 3 is cut (人行 goes on on page 4): it resolves to
    # none, and is flagged too
    scanned = flag_low_confidence(as_scanned(xiamen, {8: ("火炬", "灭炬")}), (), 0.9)
    flagged = [m.number for m in scanned.measures if any(w.code == LOW_CONFIDENCE for w in m.warnings)]
    resolved = [m.number for m in scanned.measures if all(d.id is not None for d in m.departments)]
    assert flagged == [8, 15] and len(resolved) == 13 and not set(flagged) & set(resolved)


def test_a_body_resolving_to_none_in_a_text_layer_is_no_ocr_doubt(xiamen):
    measures = [m.model_copy(update={"departments": [], "responsibility": m.responsibility.replace("火炬", "灭炬")})
                for m in xiamen.measures]
    read = flag_low_confidence(normalise_document(xiamen.model_copy(update={"measures": measures})), (), 0.9)
    assert any(d.id is None for m in read.measures for d in m.departments)
    assert not any(w.code == LOW_CONFIDENCE for m in read.measures for w in m.warnings)


def doubted(document: Document, confidence: float) -> Document:
    """The document read through OCR, measure 1 (under heading （一）) with ``confidence``."""
    measures = [m.model_copy(update={"source": m.source.model_copy(update={"ocr": True, "confidence": 0.99 if m.number != 1 else confidence}),
                                     "warnings": []}) for m in document.measures]
    return document.model_copy(update={"measures": measures}, deep=True)


BRACKET = Doubt("（", 0.53, "（一）", 0, Where(page=1))
"""The opening bracket of heading （一）, read unsurely (as on page 1 of the Xiamen scan)."""


def test_a_doubted_number_that_follows_the_one_before_it_is_no_doubt(xiamen):
    read = flag_low_confidence(doubted(xiamen, 0.53), (BRACKET,), 0.9)
    assert not [w for w in read.measures[0].warnings if w.code == LOW_CONFIDENCE]


def test_a_doubted_number_out_of_sequence_stays_doubted(xiamen):
    document = doubted(xiamen, 0.53)
    heading = document.tables[0].headings[0]
    heading.warnings.append(Warning(code="heading_gap", message="heading numbers jump from 0 to 2 (missing 1)"))
    read = flag_low_confidence(document, (BRACKET,), 0.9)
    assert [w.message for w in read.measures[0].warnings if w.code == LOW_CONFIDENCE] == [
        "OCR is unsure of 1 character: 「（」 (0.53) in 「（一）」; check them against page 1 of the scan"]


def test_a_doubt_in_the_text_beside_a_confirmed_number_is_still_named(xiamen):
    text = Doubt("准", 0.61, "员准入方", 2, Where(page=1))
    read = flag_low_confidence(doubted(xiamen, 0.53), (BRACKET, text), 0.9)
    assert [w.message for w in read.measures[0].warnings if w.code == LOW_CONFIDENCE] == [
        "OCR is unsure of 1 character: 「准」 (0.61) in 「员准入方」; check them against page 1 of the scan"]

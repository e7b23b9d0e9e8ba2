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
from tests.conftest import FIXTURES, pages_of


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


def with_text(document: Document, number: int, text: str) -> Document:
    measures = [m.model_copy(update={"text": text}) if m.number == number else m for m in document.measures]
    return document.model_copy(update={"measures": measures})


@pytest.fixture(scope="module")
def whole_xiamen() -> Document:
    return read_document(FIXTURES / "xiamen-tasks.pdf")


def test_a_measure_read_through_ocr_whose_text_lacks_the_final_mark_of_nearly_all_others_is_flagged(whole_xiamen):
    # 87 of Xiamen's 88 measures end their 具体举措 in 。 (measure 28's ends 商务主管部门, as printed:
    # flagged too, worth a look); the scan dropped measure 3's
    scanned = as_scanned(whole_xiamen, {})
    third = next(m for m in scanned.measures if m.number == 3)
    read = flag_low_confidence(with_text(scanned, 3, third.text.rstrip().removesuffix("。")), (), 0.9)
    flagged = {m.number: [w.message for w in m.warnings if w.code == LOW_CONFIDENCE] for m in read.measures}
    assert flagged[3] == ["its text ends in 「验」 where 86 of the document's 88 end in 「。」: OCR may have dropped or "
                          "misread the mark at the end of the cell: check it against page 1 of the scan"]
    assert [n for n, messages in flagged.items() if any("its text ends" in m for m in messages)] == [3, 28]


def test_fields_without_a_final_mark_of_their_own_and_text_layers_are_not_judged_by_their_ends(whole_xiamen):
    # the 责任分工 cells end in 局, 委, 行 …: no mark ends nearly all of them; a text layer is not OCR's
    scanned = flag_low_confidence(as_scanned(whole_xiamen, {}), (), 0.9)
    assert not any("ends in" in w.message for m in scanned.measures for w in m.warnings if m.number != 28)
    third = next(m for m in whole_xiamen.measures if m.number == 3)
    read = flag_low_confidence(with_text(whole_xiamen, 3, third.text.rstrip().removesuffix("。")), (), 0.9)
    assert not any(w.code == LOW_CONFIDENCE for m in read.measures for w in m.warnings)


def test_too_few_measures_to_tell_how_a_field_ends_judge_none_by_its_end(whole_xiamen):
    # Xiamen's first nine measures all end their 具体举措 in 。 but nine are fewer than [doubt]
    # min_siblings (data/ocr.toml): measure 3 without its 。 stays unflagged; with a tenth it is flagged
    scanned = as_scanned(whole_xiamen, {})
    third = next(m for m in scanned.measures if m.number == 3)
    dropped = with_text(scanned, 3, third.text.rstrip().removesuffix("。"))

    def ends_flagged(count: int) -> list[int]:
        first = dropped.model_copy(update={"measures": dropped.measures[:count]}, deep=True)
        read = flag_low_confidence(first, (), 0.9)
        return [m.number for m in read.measures for w in m.warnings if "its text ends" in w.message]

    assert ends_flagged(9) == []
    assert ends_flagged(10) == [3]


def at(document: Document, number: int, confidence: float) -> Document:
    """The document read through OCR, measure ``number`` with ``confidence``, the others 0.99."""
    measures = [m.model_copy(update={"source": m.source.model_copy(update={
        "ocr": True, "confidence": confidence if m.number == number else 0.99}), "warnings": []})
        for m in document.measures]
    return document.model_copy(update={"measures": measures}, deep=True)


def centre_of(document: Document, number: int) -> Where:
    measure = next(m for m in document.measures if m.number == number)
    x0, top, x1, bottom = measure.source.bbox
    middle = ((x0 + x1) / 2, (top + bottom) / 2)
    return Where(page=measure.source.page, bbox=(middle[0] - 5, middle[1] - 5, middle[0] + 5, middle[1] + 5))


def test_a_doubt_placed_in_no_record_flags_the_record_whose_box_holds_it(xiamen):
    # a doubt whose context the mended text no longer holds (read 「X」 where the record says otherwise)
    lost = Doubt("准", 0.61, "XX准XX", 2, centre_of(xiamen, 2))
    read = flag_low_confidence(at(xiamen, 2, 0.61), (lost,), 0.9)
    assert [w.message for w in read.measures[1].warnings if w.code == LOW_CONFIDENCE] == [
        "read through OCR with confidence 0.61 (below 0.90): check the wording against page 1 of the scan"]


def test_a_doubt_placed_in_another_record_or_outside_every_record_flags_no_other(xiamen):
    # measure 2 shares its lowest confidence with a doubt measure 1 holds (one cell, two measures);
    # a doubt in the page number under the table is no record's
    held_by_first = Doubt("准", 0.61, "员准入方", 2, centre_of(xiamen, 1))
    page_number = Doubt("1", 0.61, "—1—", 1, Where(page=1, bbox=(290, 800, 300, 810)))
    for doubt in (held_by_first, page_number):
        read = flag_low_confidence(at(xiamen, 2, 0.61), (doubt,), 0.9)
        assert not [w for w in read.measures[1].warnings if w.code == LOW_CONFIDENCE]

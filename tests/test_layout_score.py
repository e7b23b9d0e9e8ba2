"""The layouts' score (tests/layouts/score.py): a reading is exact, warned (refused with an error, or
carrying a warning that doubts the reading, on the document or on a record read wrongly) or
wrong-silent; warnings of faults in the source do not count. Scored on blank-side-cells.html (four
measures; 3's 完成时限 blank and warned cell_blank; the document warned level_from_bodies and
region_unnamed, which say nothing of the reading) against truths that differ from it."""

from dataclasses import replace

import pytest

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES
from tests.layouts.score import verdict
from tests.layouts.truth import DocumentTruth, MeasureTruth, read_truth


@pytest.fixture(scope="module")
def document():
    return read_document(FIXTURES / "tables" / "blank-side-cells.html")


def _truth(document, **changed) -> DocumentTruth:
    """The truth of what was read, but for the fields ``changed`` gives a measure (``m3={...}``: measure 3)."""
    measures = [read_truth(m) for m in document.measures]
    return DocumentTruth(tuple(replace(m, **changed.get(f"m{m.number}", {})) for m in measures))


def test_a_reading_that_matches_its_truth_is_exact(document):
    assert verdict(_truth(document), document) == "exact"


def test_a_record_read_wrongly_that_carries_a_doubt_of_the_reading_is_warned(document):
    truth = _truth(document, m3={"deadline": "2021年底前"})
    assert verdict(truth, document) == "warned"


def test_the_same_without_the_doubt_counted_is_wrong_and_silent(document):
    truth = _truth(document, m3={"deadline": "2021年底前"})
    assert verdict(truth, document, ignored=frozenset({"cell_blank"})) == "wrong-silent"


def test_a_doubt_on_another_record_or_a_source_fault_on_the_document_leaves_a_wrong_record_silent(document):
    truth = _truth(document, m1={"text": "探索放宽服务贸易领域市场准入，推进跨境交付。"})
    assert verdict(truth, document) == "wrong-silent"


def test_a_count_that_differs_is_warned_by_a_doubt_on_any_record(document):
    extra = MeasureTruth(number=5, heading_path=(), text="加强服务贸易人才培养。")
    truth = _truth(document)
    assert verdict(DocumentTruth((*truth.measures, extra)), document) == "warned"


def test_a_file_refused_with_an_error_is_warned():
    truth = DocumentTruth((MeasureTruth(number=1, heading_path=(), text="甲。"),))
    assert verdict(truth, ValueError("no task table found")) == "warned"

"""Every test plan in tests/fixtures/plans reads exactly as its answer file says.

Each ``<name>.expected.json`` (the format of the issue-9 spec) names its source file beside it and
gives the document's metadata and every measure field by field — number, heading path, text,
responsibility, cooperating, deadline, leader, departments (raw and role) — or the one-line cause
for a file that must be refused. The plans in ``plans/`` are modelled on real published plans (see
SOURCES.md); those in ``plans/forms/`` are small documents, one per form of prose task list, in
text and DOCX.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

PLANS = FIXTURES / "plans"
ANSWERS = sorted(PLANS.rglob("*.expected.json"))
MEASURE_FIELDS = ("number", "number_raw", "heading_path", "text", "responsibility", "cooperating", "deadline", "leader")


def _answer(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


def _source(path: Path) -> Path:
    return path.parent / _answer(path)["source"]


def _read(path: Path):
    source = _source(path)
    if source.suffix == ".pdf":
        pytest.importorskip("pilotplans.parsers.pdf")
    return read_document(source)


def _measure(measure) -> dict:
    return {
        **{name: getattr(measure, name) for name in MEASURE_FIELDS},
        "departments": [{"raw": d.raw, "role": d.role} for d in measure.departments],
    }


READ = [p for p in ANSWERS if _answer(p)["error"] is None]
REFUSED = [p for p in ANSWERS if _answer(p)["error"] is not None]


def test_there_are_answers_for_every_kind_of_plan():
    assert len(READ) >= 30 and len(REFUSED) >= 2
    assert {_source(p).suffix for p in ANSWERS} == {".txt", ".docx", ".html", ".pdf"}


@pytest.mark.parametrize("answer", READ, ids=[p.name.removesuffix(".expected.json") for p in READ])
def test_plan_reads_its_metadata(answer):
    document = _read(answer)
    expected = _answer(answer)["document"]
    assert {
        "title": document.title, "doc_no": document.doc_no, "issuer": document.issuer,
        "date": document.date.isoformat() if document.date else None,
    } == expected


@pytest.mark.parametrize("answer", READ, ids=[p.name.removesuffix(".expected.json") for p in READ])
def test_plan_reads_its_measures_field_by_field(answer):
    document = _read(answer)
    assert [_measure(m) for m in document.measures] == _answer(answer)["measures"]


@pytest.mark.parametrize("answer", REFUSED, ids=[p.name.removesuffix(".expected.json") for p in REFUSED])
def test_plan_without_tasks_is_refused_with_one_line(answer):
    with pytest.raises(NoTaskTable) as refused:
        _read(answer)
    message = str(refused.value)
    assert message.startswith(f"{_source(answer)}: {_answer(answer)['error']}")
    assert "\n" not in message

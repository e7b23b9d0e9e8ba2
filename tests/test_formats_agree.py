"""Every published form of a document gives the same measures as its text extraction.

Compared field by field, whitespace aside: number, heading, text, responsibility, remarks,
scope, 上级部门, policy rows, sector and regulations.
"""

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.textutil import squash
from tests.conftest import FIXTURES, read_seed

FORMS = {
    "national-2020": ["national-2020-tasks.docx", "national-2020-tasks.html", "national-2020-tasks.gb2312.html", "national-2020-tasks.pdf"],
    "national-2018": ["national-2018-approval.docx", "national-2018-approval.pdf"],
    "national-2025": ["national-2025-service-opening.docx", "national-2025-service-opening.pdf"],
    "xiamen-2020": ["xiamen-tasks.docx", "xiamen-tasks.pdf"],
    "hainan-2020": ["hainan-2020-plan.docx", "hainan-2020-plan.pdf"],
}
CASES = [(doc_id, name) for doc_id, names in FORMS.items() for name in names]


def comparable(measure):
    return {
        "table": measure.table, "number": measure.number, "heading_number": measure.heading_number,
        "heading": squash(measure.heading_title or ""), "text": squash(measure.text),
        "responsibility": squash(measure.responsibility or ""), "remarks": squash(measure.remarks or ""),
        "scope": squash(measure.scope or ""), "superior": squash(measure.superior or ""),
        "sector": squash(measure.sector or ""), "regulations": squash(measure.regulations or ""),
        "policies": [(squash(p.text), squash(p.responsibility or "")) for p in measure.policies],
    }


@pytest.fixture(scope="module")
def seeds():
    return {doc_id: [comparable(m) for m in read_seed(doc_id).measures] for doc_id in FORMS}


@pytest.mark.parametrize(("doc_id", "name"), CASES, ids=[name for _, name in CASES])
def test_published_form_gives_the_measures_of_the_text(doc_id, name, seeds):
    if name.endswith(".pdf"):
        pytest.importorskip("pilotplans.parsers.pdf")
    document = read_document(FIXTURES / name)
    assert [comparable(m) for m in document.measures] == seeds[doc_id]


@pytest.mark.parametrize(("doc_id", "name"), [c for c in CASES if not c[1].endswith(".pdf")], ids=lambda v: str(v))
def test_published_form_gives_the_title_of_the_text(doc_id, name):
    assert read_document(FIXTURES / name).title == read_seed(doc_id).title

"""Real published local plans of the 2020 round (tests/fixtures/real_plans/: Shanghai's 实施方案 and
Shenzhen's 若干措施 as far as the stored copies of their pages go), whose measures print no owners:
read when declared a local plan of a national one."""

from __future__ import annotations

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.ingest.manifest import load_manifest
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret import DocumentHints
from pilotplans.schema.models import Document
from tests.conftest import FIXTURES

REAL = FIXTURES / "real_plans"
SHAPE = FIXTURES / "prose-shapes" / "ownerless-plan-sections.txt"


def read_real(document_id: str) -> Document:
    entry = next(e for e in load_manifest(REAL).document if e.id == document_id)
    return read_document(REAL / entry.file, entry.hints())


@pytest.fixture(scope="module")
def shanghai() -> Document:
    return read_real("shanghai-2020")


# --- reading a declared local plan whose items name no owner -----------------------------------

def test_a_declared_local_plan_naming_no_owner_reads_its_numbered_items_as_measures(shanghai):
    assert [(m.number, m.text[:8]) for m in shanghai.measures] == [(1, "强化统筹协调机制"), (2, "推进“放管服”改")]
    assert [m.responsibility for m in shanghai.measures] == [None, None]
    assert all("responsibility_missing" in {w.code for w in m.warnings} for m in shanghai.measures)


def test_a_page_naming_no_owner_and_declared_nothing_is_still_refused():
    with pytest.raises(NoTaskTable):
        read_document(REAL / "shanghai-2020-tasks-excerpt.txt", DocumentHints(id="shanghai-2020"))


def test_the_plan_s_own_sections_are_not_read_as_ownerless_measures():
    document = read_document(SHAPE, DocumentHints(id="ownerless", parent="national-2020"))
    assert [(m.number, m.text[:6]) for m in document.measures] == [
        (1, "健全工作机制"), (2, "深化审批改革"), (3, "推进专业服务")]


def test_the_plan_s_sections_without_a_declared_parent_are_refused():
    with pytest.raises(NoTaskTable):
        read_document(SHAPE, DocumentHints(id="ownerless"))

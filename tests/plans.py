"""The plans of two more pilot cities written for the diff's keys (tests/fixtures/plans/)."""

from __future__ import annotations

from functools import cache

from pilotplans.ingest.reading import manifest_hints
from pilotplans.ingest.pipeline import read_document
from pilotplans.schema.models import Document
from tests.conftest import FIXTURES

PLANS = FIXTURES / "plans"
PLAN_FILES = {"chengdu-2020": "chengdu-2020-tasks.txt", "wuhan-2020": "wuhan-2020-tasks.txt"}


@cache
def read_plan(doc_id: str) -> Document:
    path = PLANS / PLAN_FILES[doc_id]
    return read_document(path, manifest_hints(PLANS)(path))

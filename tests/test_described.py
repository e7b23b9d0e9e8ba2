"""What is said of a document beside its tasks (pilotplans.parsers.described.Described): the six fields
its own text may print (Metadata) and a manifest may give beforehand (DocumentHints) are declared once,
and a manifest entry's hints carry each field the entry gives."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields

from pilotplans.ingest.manifest import load_manifest
from pilotplans.parsers.described import Described
from pilotplans.parsers.interpret import DocumentHints
from pilotplans.parsers.metadata import Metadata
from tests.conftest import SEEDS


def test_hints_and_metadata_declare_the_described_fields_once():
    shared = [field.name for field in fields(Described)]
    assert (shared, [f.name for f in fields(DocumentHints)][:6], [f.name for f in fields(Metadata)][:6]) == (
        ["title", "doc_no", "issuer", "date", "level", "region"], shared, shared)


def test_a_manifest_entry_gives_its_hints_every_field_it_lists():
    entry = load_manifest(SEEDS).entry_for("000_e0aac6ab09a0c8fd.txt")
    assert entry.hints() == DocumentHints(id="national-2020", doc_no="国函〔2020〕111号", issuer="国务院",
                                          date=dt.date(2020, 8, 2), level="national", programme="service-trade", round=2020)


def test_a_local_plan_s_entry_gives_its_region_and_parent():
    entry = load_manifest(SEEDS).entry_for("003_0b1b6885711b46b3.txt")
    assert entry.hints() == DocumentHints(id="xiamen-2020", level="municipal", region="厦门", programme="service-trade",
                                          round=2020, parent="national-2020")

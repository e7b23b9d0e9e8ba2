"""The five source documents the tests read, and where the fixtures are: importable without pytest,
so that the layout generator (``python -m tests.layouts``) runs where only pilotplans is installed."""

from __future__ import annotations

from pathlib import Path

from pilotplans.ingest.pipeline import read_document
from pilotplans.ingest.reading import manifest_hints
from pilotplans.schema.models import Document

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = FIXTURES / "seeds"

SEED_FILES = {
    "national-2020": "000_e0aac6ab09a0c8fd.txt",
    "national-2018": "001_49e808efe8358f81.txt",
    "national-2025": "002_e688f04ce005bf43.txt",
    "xiamen-2020": "003_0b1b6885711b46b3.txt",
    "hainan-2020": "004_662d9067fb13adab.txt",
}


def read_seed(doc_id: str) -> Document:
    path = SEEDS / SEED_FILES[doc_id]
    return read_document(path, manifest_hints(SEEDS)(path))

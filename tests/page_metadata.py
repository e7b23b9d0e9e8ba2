"""Reading a notice the way the blind rounds' tests do: its metadata from a fixture page (through the
pipeline's layout, its grids and site) or from lines written out in a test, the document a text written out in a
test reads as and its measures' owners, and the cause a page is refused for."""

from __future__ import annotations

from pathlib import Path

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.ingest.pipeline import read_document, read_layout
from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import Metadata, read_metadata
from pilotplans.schema.models import Document, Measure


def page_metadata(path: Path) -> Metadata:
    """The metadata read of the page at ``path``."""
    layout = read_layout(path.read_bytes(), str(path))
    return read_metadata(list(layout.paragraphs), grids=layout.grids, site=layout.site)


def lines_metadata(*lines: str) -> Metadata:
    """The metadata read of ``lines``, one paragraph each."""
    return read_metadata([Paragraph(text=line) for line in lines])


def read_text(folder: Path, text: str) -> Document:
    """The document a plan printing ``text``, written to ``folder`` (a test's tmp_path), reads as."""
    return read_document(_written(folder, "plan.txt", text))


def owners(measure: Measure) -> list[tuple[str, str]]:
    """Each body ``measure`` names, as written, with its role (``("市商务局", "lead")``)."""
    return [(d.raw, d.role) for d in measure.departments]


def refusal_cause(path: Path) -> str:
    """The cause the page at ``path`` is refused for (it must be refused: no task table or task list)."""
    with pytest.raises(NoTaskTable) as refused:
        read_document(path)
    return refused.value.cause


def text_refusal_cause(folder: Path, text: str) -> str:
    """The cause a page printing ``text``, written to ``folder`` (a test's tmp_path), is refused for."""
    return refusal_cause(_written(folder, "page.txt", text))


def _written(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path

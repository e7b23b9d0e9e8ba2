"""Reading a notice's metadata the way the blind rounds' tests do: from a fixture page (through the
pipeline's layout, its grids and site) or from lines written out in a test."""

from __future__ import annotations

from pathlib import Path

from pilotplans.ingest.pipeline import read_layout
from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import Metadata, read_metadata


def page_metadata(path: Path) -> Metadata:
    """The metadata read of the page at ``path``."""
    layout = read_layout(path.read_bytes(), str(path))
    return read_metadata(list(layout.paragraphs), grids=layout.grids, site=layout.site)


def lines_metadata(*lines: str) -> Metadata:
    """The metadata read of ``lines``, one paragraph each."""
    return read_metadata([Paragraph(text=line) for line in lines])

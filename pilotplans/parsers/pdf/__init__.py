"""Read a PDF into a :class:`~pilotplans.layout.Layout`.

The chain, each step a module named for what it holds::

    bytes ─▶ content     PageContent: glyphs and rules (the only step that runs pdfminer, once per page)
          ─▶ ruled       ruled tables (rules ─▶ edges ─▶ intersections ─▶ cell boxes, pdfplumber's chain)
          ─▶ lines       text lines outside them
          ─▶ furniture   page numbers, running headers and footers dropped
          ─▶ aligned     text-aligned tables (columns ─▶ rows ─▶ cells) where the text is columnar
          ─▶ stitch      page tables stitched over page breaks
          ─▶ grids       one Grid per table, merged cells expanded (layout.expand_spans)
          ─▶ paragraphs  paragraphs from the remaining lines
          ─▶ document    the Layout

Coordinates are PDF points with the origin at the top-left corner of the page (pdfplumber's
``top``/``bottom``), as :class:`~pilotplans.layout.Where` expects. Every tolerance is a field of
:class:`PdfSettings`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .settings import DEFAULT_SETTINGS, PdfSettings

if TYPE_CHECKING:
    from .document import layout_from_pages, read_pdf

__all__ = ["DEFAULT_SETTINGS", "PdfSettings", "layout_from_pages", "read_pdf"]


def __getattr__(name: str) -> Any:
    """The reader, imported when first asked for: its settings alone (every command that may read
    a PDF is given them) need not import the chain."""
    if name in ("layout_from_pages", "read_pdf"):
        from . import document

        return getattr(document, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

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

from .document import layout_from_pages, read_pdf
from .settings import DEFAULT_SETTINGS, PdfSettings

__all__ = ["DEFAULT_SETTINGS", "PdfSettings", "layout_from_pages", "read_pdf"]

"""Read scans through OCR into the PDF reader's page content, so that one reader serves
born-digital and scanned pages.

A page without a text layer (or a page of an image file) is rendered, prepared (seals off, light
evened, straightened), recognised by PP-OCR (``rapidocr_onnxruntime``: the ``ocr`` extra) into text
boxes with per-character places and confidences, and turned into the same
:class:`~pilotplans.parsers.pdf.content.Glyph` s and ruling :class:`~pilotplans.parsers.pdf.content.Rule` s
a PDF's text layer and drawing give (see :mod:`.recognise` for the chain). The PDF reader then
finds lines, tables and paragraphs as it always does. Each glyph keeps its confidence: the
records read from it carry the lowest (``SourceRef.confidence``), and doubtful characters are
listed on the Layout (``Layout.doubts``) for the records holding them to warn of.

Importing this package loads neither the recogniser nor NumPy: :mod:`.reader` decides whether OCR
is needed and available first; nor the PDF reader, until a function of :mod:`.reader` is asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .settings import DEFAULT_OCR, OCR_MODES, OcrMode, OcrSettings

if TYPE_CHECKING:
    from .reader import doubts_of, read_image, with_ocr

__all__ = ["DEFAULT_OCR", "OCR_MODES", "OcrMode", "OcrSettings", "doubts_of", "read_image", "with_ocr"]


def __getattr__(name: str) -> Any:
    """The reader's functions, imported when first asked for: the settings alone (which a
    rebuild of text files or an extract of a DOCX is given) need not import the PDF reader."""
    if name in ("doubts_of", "read_image", "with_ocr"):
        from . import reader

        return getattr(reader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

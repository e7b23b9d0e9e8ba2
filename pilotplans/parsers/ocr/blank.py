"""Whether a PDF page draws anything at all: a page without a text layer that draws nothing needs
no OCR. Told with pypdfium2 and Pillow alone (the PDF reader's own dependencies), so that it can be
asked before anything of the ``ocr`` extra is imported (or found missing)."""

from __future__ import annotations

BLANK_LEVEL = 224
"""A page whose darkest pixel is at least this light (0–255) draws nothing but paper."""
PREVIEW_DPI = 36
"""The small resolution a page is rendered at to tell."""


def pdf_page_is_blank(data: bytes, index: int) -> bool:
    """Whether page ``index`` draws nothing at all (rendered small, no pixel is darker than paper)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        page = document[index]
        image = page.render(scale=PREVIEW_DPI / 72, grayscale=True, fill_color=(255, 255, 255, 255)).to_pil()
        page.close()
    finally:
        document.close()
    darkest, _ = image.convert("L").getextrema()
    return bool(darkest >= BLANK_LEVEL)

"""Whether a page draws anything at all: a page without a text layer that draws nothing needs no
OCR. Told from the page seen small (:data:`PREVIEW_DPI`, each pixel the mean of the paper it
covers, so a speck of scanner noise does not count): no pixel darker than paper.

Where the ``ocr`` extra is installed the page is told from the image rendered for recognition,
shrunk (:func:`image_is_blank`), so that it is rendered once; without it, from a small rendering
(:func:`pdf_page_is_blank`, pypdfium2 and Pillow alone: the PDF reader's own dependencies), so
that a page that draws nothing is not reported as needing the extra.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

BLANK_LEVEL = 224
"""A page whose darkest pixel is at least this light (0–255) draws nothing but paper."""
PREVIEW_DPI = 36
"""The small resolution a page is seen at to tell."""


def pdf_page_is_blank(data: bytes, index: int) -> bool:
    """Whether page ``index`` draws nothing at all, from a rendering at :data:`PREVIEW_DPI`."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        page = document[index]
        image = page.render(scale=PREVIEW_DPI / 72, grayscale=True, fill_color=(255, 255, 255, 255)).to_pil()
        page.close()
    finally:
        document.close()
    return _blank(image)


def image_is_blank(pixels: np.ndarray, dpi: float) -> bool:
    """Whether a page image (BGR or grey pixels at ``dpi``) draws nothing at all: shrunk to
    :data:`PREVIEW_DPI` by averaging, as a rendering at that resolution would show it."""
    from PIL import Image

    image = Image.fromarray(pixels[:, :, ::-1] if pixels.ndim == 3 else pixels)
    factor = max(1.0, dpi / PREVIEW_DPI)
    size = (max(1, round(image.width / factor)), max(1, round(image.height / factor)))
    return _blank(image.convert("L").resize(size, Image.Resampling.BOX))


def _blank(image: Image.Image) -> bool:
    darkest, _ = image.convert("L").getextrema()
    return bool(darkest >= BLANK_LEVEL)

"""Page images: a PDF page rendered (pypdfium2), or a frame of an image file (Pillow), with the
scale that turns its pixels into PDF points.

A PDF page keeps its own size in points. An image file has no page size, only pixels and maybe a
resolution: the resolution is believed when it gives a plausible page (its longer side between
:data:`MIN_PAGE_MM` and :data:`MAX_PAGE_MM`), else the image is taken for an A4 page (the size of
Chinese official documents, GB/T 9704), so that every length the PDF reader compares in points
means on an image what it means on a printed page.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np

from ...errors import UnreadableFile

MM_PER_POINT = 25.4 / 72
A4_LONG_SIDE = 841.89
"""The longer side of an A4 page in points."""
MIN_PAGE_MM = 100.0
MAX_PAGE_MM = 600.0


@dataclass(frozen=True)
class PageImage:
    """One page as pixels (BGR, 8 bits), ``scale`` points per pixel."""

    number: int
    pixels: np.ndarray
    scale: float

    @property
    def width(self) -> float:
        return self.pixels.shape[1] * self.scale

    @property
    def height(self) -> float:
        return self.pixels.shape[0] * self.scale

    def points(self, length_px: float) -> float:
        return length_px * self.scale

    def pixels_for(self, length_pt: float) -> int:
        """A length in points as a whole number of pixels (at least 1)."""
        return max(1, round(length_pt / self.scale))


def render_pdf_page(data: bytes, index: int, dpi: int) -> PageImage:
    """Page ``index`` (0-based) of a PDF rendered at ``dpi``, as the reader of the PDF sees it
    (its rotation applied, annotations drawn)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        page = document[index]
        bitmap = page.render(scale=dpi / 72, fill_color=(255, 255, 255, 255), draw_annots=True)
        pixels = np.ascontiguousarray(bitmap.to_numpy()[:, :, :3])
        page.close()
    finally:
        document.close()
    return PageImage(index + 1, pixels, 72 / dpi)


def image_frames(data: bytes, source: str) -> int:
    """How many pages (frames) an image file holds; a TIFF may hold several."""
    with _opened(data, source) as image:
        return int(getattr(image, "n_frames", 1))


def image_page(data: bytes, source: str, index: int, fallback_dpi: int) -> PageImage:
    """Frame ``index`` (0-based) of an image file as a page image."""
    from PIL import ImageOps

    with _opened(data, source) as image:
        try:
            image.seek(index)
            upright = ImageOps.exif_transpose(image)
            rgb = np.asarray(upright.convert("RGB"))
        except (OSError, ValueError, EOFError) as error:
            raise UnreadableFile(source, f"corrupt or truncated image ({error})") from error
        dpi = image.info.get("dpi")
    pixels = np.ascontiguousarray(rgb[:, :, ::-1])
    return PageImage(index + 1, pixels, page_scale(pixels.shape[1], pixels.shape[0], dpi, fallback_dpi))


def page_scale(width_px: int, height_px: int, dpi: object, fallback_dpi: int) -> float:
    """Points per pixel of an image: from its resolution when that gives a page of plausible size,
    else the scale that makes its longer side an A4 page's (when the fallback resolution does not
    give a plausible page either)."""
    longer = max(width_px, height_px)
    for candidate in (_dpi_value(dpi), float(fallback_dpi)):
        if candidate and MIN_PAGE_MM <= longer * 72 / candidate * MM_PER_POINT <= MAX_PAGE_MM:
            return 72 / candidate
    return A4_LONG_SIDE / longer


def _dpi_value(dpi: object) -> float | None:
    """The horizontal resolution Pillow reports (a number or a pair), if any."""
    value = dpi[0] if isinstance(dpi, tuple) and dpi else dpi
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if number > 1 else None


class _opened:
    """``PIL.Image.open`` on bytes, a file Pillow cannot read turned into :class:`UnreadableFile`."""

    def __init__(self, data: bytes, source: str) -> None:
        self.data, self.source = data, source

    def __enter__(self):  # noqa: ANN204 - a PIL.Image.Image
        from PIL import Image, UnidentifiedImageError

        try:
            self.image = Image.open(io.BytesIO(self.data))
            self.image.load()
        except UnidentifiedImageError:  # Pillow's message names the in-memory stream it was given
            raise UnreadableFile(self.source, "corrupt or truncated image (Pillow cannot tell its format)") from None
        except (OSError, ValueError, EOFError) as error:
            raise UnreadableFile(self.source, f"corrupt or truncated image ({error})") from error
        return self.image

    def __exit__(self, *exc: object) -> None:
        self.image.close()

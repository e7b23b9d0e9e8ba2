"""Scans made from born-digital PDFs: what the OCR tests and ``bench/ocr_accuracy.py`` read.

A :class:`ScanStyle` says how a page is "printed and scanned": the resolution it is rasterised at,
how far it is turned, how hard it is JPEG-compressed, whether a red seal is stamped over part of
it (and what the seal looks like: :class:`Seal` — its colour from orange-red to crimson, its size,
how much of the print it hides, its legend and star), and whether it was photographed rather than scanned (uneven light, a tinted paper, blur and
grain). :func:`scanned_pdf` makes an image-only PDF of some pages of a PDF (each page one JPEG, or
a black-and-white image for a bitonal scan; no text layer), :func:`scanned_image` one page as an image file. Everything is drawn with
pypdfium2, Pillow and NumPy from the committed born-digital fixtures, and is the same from run to
run (the grain comes from a seeded generator).
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

MM = 72 / 25.4  # points per millimetre


@dataclass(frozen=True)
class Seal:
    """How a seal looks. Real seals differ: the ink's colour (orange-red to crimson), their size
    (an official seal 38–45 mm, a department's smaller), how hard they were pressed, whether the
    ink hides the print it lands on, the legend along the ring, the star."""

    colour: tuple[int, int, int] = (214, 40, 40)
    diameter_mm: float = 42.0
    strength: float = 1.0
    """How much ink the stamp left: 1 its full colour, less a paler, faded impression."""
    cover: float = 0.0
    """How much of the print under the ink the ink hides (0: ink over print, as a stamp's
    translucent ink is; 0.5: an electronic seal laid half opaque over the page)."""
    legend: int = 14
    """Strokes standing for the characters of the legend along the ring (0: none)."""
    star: bool = True


@dataclass(frozen=True)
class ScanStyle:
    dpi: int = 200
    angle: float = 0.0
    """Degrees, counter-clockwise, the page is turned by on the scanner."""
    jpeg_quality: int = 85
    seal: tuple[float, float] | None = None
    """Centre of a red seal in points from the page's top-left corner."""
    seal_look: Seal = Seal()
    seal_on: tuple[int, ...] | None = None
    """The pages (0-based) stamped with the seal; None: every page."""
    photo: bool = False
    """Photographed: light falling off across the page, a warm tint, blur and grain."""
    blur: float = 0.0
    """Out of focus: a Gaussian blur of this radius in the scan's pixels (0: sharp)."""
    colour: str = "colour"
    """What the scanner keeps: ``colour`` (RGB), ``grey`` (one channel of 256 levels: a red seal
    becomes a grey mark as dark as its ink) or ``bitonal`` (black or white, cut at
    ``BITONAL_CUT`` as a scanner's black-and-white mode or a fax does: a red seal's ink, darker
    than the cut, becomes black)."""


BITONAL_CUT = 128
"""The grey level below which a bitonal scanner prints a pixel black."""


def scanned_page(pdf: bytes, index: int, style: ScanStyle) -> Image.Image:
    """Page ``index`` (0-based) of a PDF as the scanner sees it (RGB)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[index]
        image = page.render(scale=style.dpi / 72, fill_color=(255, 255, 255, 255)).to_pil().convert("RGB")
    finally:
        document.close()
    if style.seal is not None and (style.seal_on is None or index in style.seal_on):
        image = stamped(image, style.seal, style.dpi, style.seal_look)
    if style.angle:
        image = image.rotate(style.angle, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    if style.photo:
        image = photographed(image, seed=index)
    if style.blur:
        image = image.filter(ImageFilter.GaussianBlur(style.blur))
    return kept(image, style.colour)


def kept(image: Image.Image, colour: str) -> Image.Image:
    """The page as the scanner's mode keeps it (``ScanStyle.colour``)."""
    if colour == "colour":
        return image
    grey = image.convert("L")
    if colour == "grey":
        return grey
    if colour == "bitonal":
        return grey.point(lambda level: 255 if level >= BITONAL_CUT else 0, mode="1")
    raise ValueError(f"no scanner mode {colour!r}: colour, grey or bitonal")


def stamped(image: Image.Image, centre_pt: tuple[float, float], dpi: int, seal: Seal = Seal()) -> Image.Image:
    """The page with a seal (ring, star, a band of strokes for its legend, a bar) stamped onto it:
    its ink multiplied onto the print (a stamp's ink is translucent), a share ``seal.cover`` of the
    print under it hidden."""
    scale = dpi / 72
    cx, cy = centre_pt[0] * scale, centre_pt[1] * scale
    radius = seal.diameter_mm / 2 * MM * scale
    layer = Image.new("L", image.size, 0)  # where the seal's ink lies
    draw = ImageDraw.Draw(layer)
    width = max(2, round(1.2 * MM * scale))
    draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=255, width=width)
    if seal.star:
        star = [(cx + 0.35 * radius * math.cos(math.pi / 2 + k * 4 * math.pi / 5),
                 cy - 0.35 * radius * math.sin(math.pi / 2 + k * 4 * math.pi / 5)) for k in range(5)]
        draw.polygon(star, fill=255)
    for k in range(seal.legend):  # the legend along the ring: short strokes standing for its characters
        angle = math.pi * (0.15 + 0.7 * k / max(1, seal.legend - 1))
        inner, outer = radius * 0.68, radius * 0.86
        draw.line([(cx - inner * math.cos(angle), cy - inner * math.sin(angle)),
                   (cx - outer * math.cos(angle), cy - outer * math.sin(angle))], fill=255, width=width)
    draw.line([(cx - 0.5 * radius, cy + 0.55 * radius), (cx + 0.5 * radius, cy + 0.55 * radius)], fill=255, width=width)
    where = np.asarray(layer, dtype=np.float32)[..., None] / 255
    colour = np.array(seal.colour, dtype=np.float32)
    ink = 255 - seal.strength * (255 - colour)  # a fainter impression is paler
    page = np.asarray(image, dtype=np.float32)
    multiplied = page * (255 - where * (255 - ink)) / 255
    stamped_page = (1 - seal.cover * where) * multiplied + seal.cover * where * ink
    return Image.fromarray(np.clip(stamped_page, 0, 255).astype(np.uint8))


def photographed(image: Image.Image, seed: int = 0) -> Image.Image:
    """The page as a phone photographs it: light falling from one corner to the opposite one (to
    about 55% of full), a warm paper tint, a slight blur and grain."""
    pixels = np.asarray(image.filter(ImageFilter.GaussianBlur(0.7)), dtype=np.float32)
    height, width = pixels.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    light = 1.0 - 0.45 * (0.6 * xs / width + 0.4 * ys / height) ** 1.3
    tint = np.array([1.0, 0.95, 0.86], dtype=np.float32)
    grain = np.random.default_rng(seed).normal(0, 6, pixels.shape[:2]).astype(np.float32)
    shot = pixels * light[..., None] * tint + grain[..., None]
    return Image.fromarray(np.clip(shot, 0, 255).astype(np.uint8))


def jpeg(image: Image.Image, quality: int, dpi: int) -> bytes:
    """The page as the scanner stores it: a JPEG, or a PNG for a bitonal page (black and white
    is stored losslessly, as a scanner's CCITT or a PNG keeps it)."""
    out = io.BytesIO()
    if image.mode == "1":
        image.save(out, format="PNG", dpi=(dpi, dpi))
    else:
        image.save(out, format="JPEG", quality=quality, dpi=(dpi, dpi))
    return out.getvalue()


def scanned_pdf(pdf: bytes, style: ScanStyle, pages: Sequence[int] | None = None) -> bytes:
    """An image-only PDF of the PDF's pages (0-based ``pages``, default all), each page one JPEG
    at the style's resolution: no text layer, no drawing."""
    import pypdfium2

    count = len(pypdfium2.PdfDocument(pdf))
    images = [Image.open(io.BytesIO(jpeg(scanned_page(pdf, i, style), style.jpeg_quality, style.dpi)))
              for i in (pages if pages is not None else range(count))]
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=style.dpi)
    return out.getvalue()


def scanned_image(pdf: bytes, index: int, style: ScanStyle, fmt: str = "PNG") -> bytes:
    """One page of the PDF as an image file (PNG, JPEG or TIFF) at the style's resolution."""
    image = scanned_page(pdf, index, style)
    if fmt == "JPEG":
        return jpeg(image, style.jpeg_quality, style.dpi)
    out = io.BytesIO()
    image.save(out, format=fmt, dpi=(style.dpi, style.dpi))
    return out.getvalue()

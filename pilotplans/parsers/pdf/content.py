"""What one page holds: its glyphs and its ruling lines, read once (the only module that runs
pdfminer, through pdfplumber).

Every failure of the PDF libraries becomes an :class:`~pilotplans.errors.UnreadableFile` with a
one-line cause, and their log lines (pdfminer warns on damaged streams, e.g. ``Data-loss while
decompressing corrupted data``) are kept off the user's terminal: a damaged file is reported
once, by the error, or not at all when it still reads.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ...errors import UnreadableFile
from .settings import DEFAULT_SETTINGS, PdfSettings

BBox = tuple[float, float, float, float]
"""``(x0, top, x1, bottom)`` in PDF points, origin at the page's top-left corner."""

ENCRYPTED = "encrypted PDF: decrypt it first, e.g. qpdf --decrypt"
CORRUPT = "corrupt or truncated PDF"
LIBRARY_LOGGERS = ("pdfminer", "pdfplumber")
"""The loggers of the PDF libraries, silenced while a file is read."""


@dataclass(frozen=True)
class Glyph:
    """One character placed on the page; ``confidence`` (0–1) is set when it was recognised from
    an image (OCR), None when the text layer gave it."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    confidence: float | None = None

    @property
    def is_space(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True)
class Rule:
    """A straight ruling segment (a line, or a thin filled rectangle), or the edge of a shaded band
    (``painted``)."""

    x0: float
    top: float
    x1: float
    bottom: float
    painted: bool = False
    """The top or bottom of a painted background, no line on paper: it shows where a row begins or
    ends, but not that a cell ends there (a shaded merged cell and the unshaded rows beside it
    leave the same edge as two cells would)."""
    paint_below: tuple[tuple[float, float, bool], ...] = ()
    """For a painted edge, each band's stretch of it (x0, x1) and whether its paint lies below
    (the band's top) or above (its bottom): which of the two rows it parts is painted there (an
    edge joined from the bands of several cells keeps each cell's side)."""

    @property
    def horizontal(self) -> bool:
        return (self.x1 - self.x0) >= (self.bottom - self.top)


@dataclass(frozen=True)
class PageContent:
    """Everything the reader needs from one page, read once. ``damaged`` says a content stream
    of the page could not be decoded (its drawing is lost, wholly or in part)."""

    number: int
    width: float
    height: float
    glyphs: tuple[Glyph, ...]
    rules: tuple[Rule, ...]
    damaged: bool = False


def problem_in_pdf_bytes(data: bytes) -> str | None:
    """Why these bytes cannot be a complete PDF, or None if they may be one."""
    if not data:
        return "empty file"
    if b"%PDF-" not in data[:1024]:
        return "not a PDF (no %PDF- header)"
    if b"%%EOF" not in data[-8192:]:
        return CORRUPT
    return None


def page_contents(data: bytes, source: str, settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[PageContent, ...]:
    """Every page's glyphs and rules, reading each page's content once (in a pool of processes,
    :mod:`pilotplans.ingest.parallel`, when the settings ask for one and the document is long
    enough)."""
    if settings.processes == 1:
        return read_pages(data, source, None, settings)
    count = page_count(data, source)
    workers = min(settings.processes, count)
    if workers <= 1 or count < settings.parallel_min_pages:
        return read_pages(data, source, None, settings)
    from ...ingest.parallel import in_order
    from ...interrupts import protected

    tasks = [PageTask(data, source, range(start, count, workers), settings) for start in range(workers)]
    with protected():  # Ctrl-C stops the workers before the program ends (pilotplans.interrupts)
        parts = list(in_order(read_page_task, tasks, workers))
    return tuple(sorted((page for part in parts for page in part), key=lambda page: page.number))


@dataclass(frozen=True)
class PageTask:
    """Pages of one PDF for a worker of the page pool to read."""

    data: bytes
    source: str
    indices: range
    settings: PdfSettings


def read_page_task(task: PageTask) -> tuple[PageContent, ...]:
    """The contents of a task's pages (the work of one worker of the page pool)."""
    return read_pages(task.data, task.source, task.indices, task.settings)


def page_count(data: bytes, source: str) -> int:
    with quiet_libraries(), opened(data, source) as pdf:
        try:
            return len(pdf.pages)
        except Exception as error:  # pdfminer raises many types for a broken page tree
            raise UnreadableFile(source, failure_cause(error)) from error


def read_pages(data: bytes, source: str, indices: Iterable[int] | None,
               settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[PageContent, ...]:
    """The contents of the pages at ``indices`` (0-based; None: every page)."""
    with quiet_libraries(), opened(data, source) as pdf:
        try:
            pages = pdf.pages if indices is None else [pdf.pages[index] for index in indices]
            return tuple(page_content(page, settings) for page in pages)
        except Exception as error:  # pdfminer raises many types for broken content streams
            raise UnreadableFile(source, failure_cause(error)) from error


@contextmanager
def quiet_libraries() -> Iterator[None]:
    """Keep the PDF libraries' log lines (warnings on damaged streams and fonts) from reaching
    the terminal while a file is read: they go to a handler that drops them, and not on to the
    root logger (nor to logging's last-resort handler, which prints warnings to stderr)."""
    loggers = [logging.getLogger(name) for name in LIBRARY_LOGGERS]
    saved = [(logger.propagate, logger.handlers[:]) for logger in loggers]
    sink = logging.NullHandler()
    for logger in loggers:
        logger.propagate = False
        logger.handlers = [sink]
    try:
        yield
    finally:
        for logger, (propagate, handlers) in zip(loggers, saved):
            logger.propagate = propagate
            logger.handlers = handlers


@contextmanager
def opened(data: bytes, source: str):  # noqa: ANN201 - yields a pdfplumber.PDF
    """``pdfplumber.open`` on bytes, its failures turned into :class:`UnreadableFile`."""
    import io

    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as error:  # PdfminerException wraps pdfminer's own
        raise UnreadableFile(source, failure_cause(error)) from error
    try:
        yield pdf
    finally:
        try:
            pdf.close()
        except Exception:  # noqa: BLE001 - closing walks the page tree again: a broken one would mask the cause
            pass


def failure_cause(error: BaseException) -> str:
    """The one-line cause for a failure inside pdfplumber or pdfminer."""
    inner = error.args[0] if error.args and isinstance(error.args[0], BaseException) else error
    name = type(inner).__name__
    if name in ("PDFPasswordIncorrect", "PDFEncryptionError"):
        return ENCRYPTED
    if "encrypt" in str(inner).lower() or "password" in str(inner).lower():
        return ENCRYPTED
    return CORRUPT


def page_content(page, settings: PdfSettings = DEFAULT_SETTINGS) -> PageContent:  # noqa: ANN001 - pdfplumber Page
    """The glyphs and ruling segments of one pdfplumber page. pdfminer interprets the page's
    content once for all of them (``page.layout``); the page's cache is freed afterwards.

    The coordinates are pdfplumber's (:func:`placed_objects`), taken from pdfminer's layout
    directly: pdfplumber's ``page.chars`` would first copy each of the page's thousands of
    objects into a dictionary of some twenty resolved attributes (its colours, font, matrix …),
    a fifth of the time a page takes to read, of which the reader uses five numbers."""
    width, height = float(page.width), float(page.height)
    chars, lines, rects, paints = placed_objects(page)
    glyphs = tuple(
        Glyph(text, float(x0), float(top), float(x1), float(bottom), float(size))
        for text, x0, top, x1, bottom, size in chars
        if x1 > 0 and x0 < width and bottom > 0 and top < height
    )
    segments = [(*box, "line") for box in lines]
    segments += [(*box, paint) for box, paint in zip(rects, paints) if paint != "blank"]
    content = PageContent(
        number=int(page.page_number),
        width=width,
        height=height,
        glyphs=glyphs,
        rules=tuple(r for s in segments for r in rules_from_segment(*s, settings=settings)),
        damaged=content_lost(page),
    )
    page.close()
    return content


Placed = tuple[float, float, float, float]


def placed_objects(page) -> tuple[list[tuple[str, float, float, float, float, float]], list[Placed], list[Placed],  # noqa: ANN001
                                  list[str]]:
    """The characters (text, x0, top, x1, bottom, size), lines and rectangles (x0, top, x1,
    bottom) of a pdfplumber page, in the order and with the values of its ``page.chars``,
    ``page.lines`` and ``page.rects``: the objects of pdfminer's layout, those inside a figure
    included, with pdfplumber's arithmetic (``Page.process_object``: the page turned upside down,
    the MediaBox's offset added; its ``unicode_norm`` applied to the text); and how each rectangle
    is painted (:func:`rect_paint`)."""
    height = page.height
    mb_x0, mb_top = page.mediabox[:2]
    norm = page.pdf.unicode_norm
    chars: list[tuple[str, float, float, float, float, float]] = []
    lines: list[Placed] = []
    rects: list[Placed] = []
    paints: list[str] = []

    def walk(objects) -> None:  # noqa: ANN001 - pdfminer layout objects
        from pdfminer.layout import LTContainer

        for obj in objects:
            if isinstance(obj, LTContainer):
                walk(obj._objs)
                continue
            kind = type(obj).__name__
            if kind not in ("LTChar", "LTLine", "LTRect"):
                continue
            x0, x1 = (obj.x0 + mb_x0, obj.x1 + mb_x0) if mb_x0 != 0 else (obj.x0, obj.x1)
            top, bottom = (height - obj.y1) + mb_top, (height - obj.y0) + mb_top
            if kind == "LTChar":
                text = obj.get_text()
                if norm is not None:
                    text = unicodedata.normalize(norm, text)
                chars.append((text, x0, top, x1, bottom, obj.size))
            elif kind == "LTLine":
                lines.append((x0, top, x1, bottom))
            else:
                rects.append((x0, top, x1, bottom))
                paints.append(rect_paint(obj))

    walk(page.layout._objs)
    return chars, lines, rects, paints


def rect_paint(rect) -> str:  # noqa: ANN001 - pdfminer LTRect
    """How a rectangle is painted: ``"rect"`` when its outline is stroked (a frame, or a filled
    shape whose sides show), ``"shading"`` when it is only filled (a cell's or a row's background),
    ``"blank"`` when it is only filled white (nothing shows on a white page)."""
    if getattr(rect, "stroke", True) or not getattr(rect, "fill", False):
        return "rect"
    return "blank" if is_white(getattr(rect, "non_stroking_color", None)) else "shading"


def is_white(colour) -> bool:  # noqa: ANN001 - a pdfminer colour: a grey level, RGB or CMYK tuple, or a pattern name
    """Whether a fill colour is white (paint that shows nothing on a white page)."""
    values = colour if isinstance(colour, tuple) else (colour,)
    if not values or not all(isinstance(v, (int, float)) for v in values):
        return False
    return all(v == 0 for v in values) if len(values) == 4 else all(v >= 1 for v in values)


def content_lost(page) -> bool:  # noqa: ANN001 - pdfplumber Page
    """Whether a content stream of the page holds bytes that decode to nothing (pdfminer gives up
    on a damaged compressed stream silently, leaving the page blank)."""
    from pdfminer.pdftypes import resolve1

    for item in page.page_obj.contents or []:
        try:
            stream = resolve1(item)
            if resolve1(stream.get("Length", 0)) and not stream.get_data():
                return True
        except Exception:  # a stream pdfminer cannot even find or decode is lost too
            return True
    return False


def rules_from_segment(x0: float, top: float, x1: float, bottom: float, kind: str,
                       settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[Rule, ...]:
    """The ruling lines one drawn line or rectangle stands for: a thin shape is one rule, a
    thicker rectangle four (its sides); a slanted line none. A thicker ``shading`` (a painted
    background, :func:`is_shading`) stands for its top and bottom only: a band of colour marks where
    a row begins and ends, but cells painted side by side show no line between them, so its sides
    are no column boundaries (zebra rows read as rows ruled above and below, not as a grid of
    the painted rows' cells alone)."""
    x0, top, x1, bottom = float(x0), float(top), float(x1), float(bottom)
    thin = settings.rule_max_thickness
    if bottom - top <= thin and x1 - x0 >= settings.rule_min_length:
        middle = (top + bottom) / 2
        return (Rule(x0, middle, x1, middle),)
    if x1 - x0 <= thin and bottom - top >= settings.rule_min_length:
        middle = (x0 + x1) / 2
        return (Rule(middle, top, middle, bottom),)
    if kind == "shading":
        return (Rule(x0, top, x1, top, painted=True, paint_below=((x0, x1, True),)),
                Rule(x0, bottom, x1, bottom, painted=True, paint_below=((x0, x1, False),)))
    if kind == "rect":
        return (Rule(x0, top, x1, top), Rule(x0, bottom, x1, bottom),
                Rule(x0, top, x0, bottom), Rule(x1, top, x1, bottom))
    return ()

"""Where OCR meets the readers: which pages of a PDF are read through OCR, an image file read as a
document, and the characters left in doubt.

* :func:`with_ocr` — a PDF's pages as the PDF reader read them, those without a text layer (``auto``)
  or all of them (``always``) replaced by their recognised content. A page that draws nothing is
  left alone (told from the image rendered for recognition: each page is rendered once). Without the ``ocr`` extra a page that needs OCR is a one-line error saying how to
  install it.
* :func:`read_image` — an image file (PNG, JPEG, TIFF with its pages …) read into a Layout by the
  PDF reader's own chain, its pages recognised.
* :func:`doubts_of` — the characters recognised with less confidence than the settings trust.
* :func:`poor_pages` — the pages read poorly overall, a caution the document carries.
* :func:`refuse_unreadable` — a document one of whose pages OCR read into garbage is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ...errors import UnreadableFile
from ...layout import Caution, Doubt, Layout, Where
from ..pdf.content import Glyph, PageContent
from ..pdf.settings import DEFAULT_SETTINGS, PdfSettings
from .engine import INSTALL_HINT, ocr_available
from .settings import DEFAULT_OCR, OcrSettings

if TYPE_CHECKING:
    from .workers import Progress

NEEDS_EXTRA = f"reading it through OCR needs the ocr extra: {INSTALL_HINT}"
CONTEXT_CHARS = 6
"""Characters either side of a doubtful one quoted as its context."""


def has_text(page: PageContent) -> bool:
    return any(not glyph.is_space for glyph in page.glyphs)


def with_ocr(data: bytes, source: str, pages: Sequence[PageContent], settings: OcrSettings = DEFAULT_OCR,
             progress: Progress | None = None) -> tuple[PageContent, ...]:
    """The pages, each that needs OCR under ``settings.mode`` replaced by its recognised content.

    Raises :class:`UnreadableFile` when a page needs OCR and the ``ocr`` extra is not installed.
    """
    if settings.mode == "never":
        return tuple(pages)
    wanted = [i for i, page in enumerate(pages) if settings.mode == "always" or not has_text(page)]
    if not wanted:
        return tuple(pages)
    if not ocr_available():
        from .blank import pdf_page_is_blank

        wanted = [i for i in wanted if not pdf_page_is_blank(data, i)]
        if not wanted:
            return tuple(pages)
        if settings.mode == "always":
            raise UnreadableFile(source, NEEDS_EXTRA)
        if len(wanted) == len(pages) or not any(has_text(page) for page in pages):
            raise UnreadableFile(source, f"no text layer: {NEEDS_EXTRA}")
        raise UnreadableFile(source, f"{_pages_phrase(wanted)} no text layer: {NEEDS_EXTRA} "
                                     "(or --ocr never to read the other pages alone)")
    from .glyphs import harmonised
    from .workers import PageSource, recognise_pages

    recognised = {i: page for i, page in recognise_pages(PageSource(data, source, "pdf"), wanted, settings, progress).items()
                  if not page.blank}  # a page that draws nothing is left as the PDF reader read it
    read = tuple(recognised[i].content if i in recognised else page for i, page in enumerate(pages))
    return harmonised(read, {read[i].number for i in recognised})


def no_text_cause(settings: OcrSettings = DEFAULT_OCR) -> str:
    """Why a PDF gave no text at all."""
    if settings.mode == "never":
        return "no text layer (OCR is off: --ocr never)"
    return "no text layer, and OCR found no text in it"


def _pages_phrase(indices: Sequence[int]) -> str:
    numbers = ", ".join(str(i + 1) for i in indices)
    return f"page {numbers} has" if len(indices) == 1 else f"pages {numbers} have"


def read_image(data: bytes, source: str, kind: str, pdf_settings: PdfSettings = DEFAULT_SETTINGS,
               settings: OcrSettings = DEFAULT_OCR, progress: Progress | None = None) -> Layout:
    """An image file (``kind`` names it: PNG, JPEG, TIFF …) read into a Layout through OCR.

    Raises :class:`UnreadableFile` when OCR is off or not installed, when the image cannot be
    decoded, and when no text is found in it.
    """
    what = f"an image ({kind})"
    if settings.mode == "never":
        raise UnreadableFile(source, f"{what}, not a document: it is read only through OCR (OCR is off: --ocr never)")
    if not ocr_available():
        raise UnreadableFile(source, f"{what}, not a document: {NEEDS_EXTRA}")
    from ..pdf.document import layout_from_pages
    from .glyphs import harmonised
    from .images import image_frames
    from .workers import PageSource, recognise_pages

    recognised = recognise_pages(PageSource(data, source, "image"), range(image_frames(data, source)), settings, progress)
    pages = harmonised([recognised[i].content for i in sorted(recognised)], {i + 1 for i in recognised})
    if not any(has_text(page) for page in pages):
        raise UnreadableFile(source, f"{what} in which OCR found no text")
    refuse_unreadable(pages, source)
    layout = layout_from_pages(pages, source, pdf_settings)
    return replace(layout, format="image", doubts=doubts_of(pages, settings), cautions=layout.cautions + poor_pages(pages))


def doubts_of(pages: Sequence[PageContent], settings: OcrSettings = DEFAULT_OCR) -> tuple[Doubt, ...]:
    """Every character recognised with less confidence than ``settings.low_confidence``, with the
    characters around it on its line as its context. A confidence is judged against what the
    recogniser usually gives: that character (``[usual_confidence]`` of ``data/ocr.toml``: it reads
    允 right at 0.88–0.95), characters of its class on the page (:func:`page_usual`: on a
    photographed page it reads every 、 and ； at 0.93–0.96), or a mark ending its line, with no
    neighbour after it to read it by (``[doubt] line_end_mark``), whichever is lowest."""
    from .characters import char_class, knowledge

    known = knowledge()
    doubts = []
    for page in pages:
        usual = page_usual(page.glyphs)
        for line in _recognised_lines(page.glyphs):
            for at, glyph in enumerate(line):
                if glyph.confidence is None or glyph.is_space:  # a space's doubt is its neighbours'
                    continue
                kind = char_class(glyph.text)
                typical = usual.get(kind, 1.0)
                if kind == "mark" and at == len(line) - 1:
                    typical = min(typical, known.line_end_mark)
                if known.relative_confidence(glyph.text, glyph.confidence, typical) >= settings.low_confidence:
                    continue
                start = max(0, at - CONTEXT_CHARS)
                context = "".join(g.text for g in line[start:at + CONTEXT_CHARS + 1])
                where = Where(page=page.number, bbox=(glyph.x0, glyph.top, glyph.x1, glyph.bottom),
                              confidence=glyph.confidence)
                doubts.append(Doubt(glyph.text, glyph.confidence, context, at - start, where))
    return tuple(doubts)


POOR_PAGE = "ocr_poor_page"


def _unsure_share(page: PageContent) -> tuple[float, int] | None:
    """The share of a recognised page's Chinese characters read below ``poor_confidence`` and how
    many there are; None for a page with fewer than ``poor_page_chars`` (or not recognised)."""
    from .characters import is_chinese, knowledge

    known = knowledge()
    chinese = [g.confidence for g in page.glyphs if g.confidence is not None and is_chinese(g.text)]
    if len(chinese) < known.poor_page_chars:
        return None
    return sum(c < known.poor_confidence for c in chinese) / len(chinese), len(chinese)


def refuse_unreadable(pages: Sequence[PageContent], source: str) -> None:
    """Raise :class:`UnreadableFile` naming the recognised pages OCR read into garbage: at least
    ``unreadable_page_share`` of their Chinese characters, and at least ``unreadable_page_unsure``
    of them, read below ``poor_confidence`` (``[doubt]`` of ``data/ocr.toml``; a page blurred or
    coarse past reading). Their measures would be invented text, so the whole document is refused
    (every such page named) rather than read without them: a page's measures dropped would read as
    measures the plan does not hold."""
    from .characters import knowledge

    known = knowledge()
    unreadable = []
    for page in pages:
        found = _unsure_share(page)
        if (found is not None and found[0] >= known.unreadable_page_share
                and round(found[0] * found[1]) >= known.unreadable_page_unsure):
            unreadable.append(f"{found[0]:.0%} of the {found[1]} Chinese characters on page {page.number}")
    if unreadable:
        raise UnreadableFile(source, f"a scan OCR cannot read: {'; '.join(unreadable)} read below "
                                     f"{known.poor_confidence:g} confidence (blurred, dark or too coarse): "
                                     "scan it again at 200 dpi or more, in focus")


def poor_pages(pages: Sequence[PageContent]) -> tuple[Caution, ...]:
    """A caution naming the recognised pages read poorly overall: at least ``poor_page_share`` of
    their Chinese characters (of at least ``poor_page_chars``) read below ``poor_confidence``
    (``[doubt]`` of ``data/ocr.toml``). Such a page is a blurred, dark or coarse scan whose names
    and owners may be garbled even where the recogniser was sure of a character; none when every
    page reads well."""
    from .characters import knowledge

    known = knowledge()
    poor = []
    for page in pages:
        found = _unsure_share(page)
        if found is None:
            continue
        share, count = found
        if share >= known.poor_page_share:
            poor.append(f"page {page.number} ({share:.0%} of its {count} Chinese characters read below {known.poor_confidence:g})")
    if not poor:
        return ()
    return (Caution(POOR_PAGE, f"OCR was unsure of much of {'; '.join(poor)}: the text read there may be garbled "
                               "(names, owners, numbers), however sure its records look: check it against the scan, "
                               "or read a sharper scan (200 dpi or more, in focus)"),)


def page_usual(glyphs: Sequence[Glyph]) -> dict[str, float]:
    """The median confidence of each class of characters (:func:`~.characters.char_class`) on a
    page, for the classes with ``[doubt] page_usual_glyphs`` characters or more."""
    import statistics

    from .characters import char_class, knowledge

    by_class: dict[str, list[float]] = {}
    for glyph in glyphs:
        if glyph.confidence is not None and not glyph.is_space:
            by_class.setdefault(char_class(glyph.text), []).append(glyph.confidence)
    least = knowledge().page_usual_glyphs
    return {kind: statistics.median(found) for kind, found in by_class.items() if len(found) >= least}


def _recognised_lines(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    """The page's glyphs as the lines they were recognised in: the glyphs of one recognised box
    share their top and bottom, and follow one another closer than an em."""
    lines: list[list[Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: (g.top, g.bottom, g.x0)):
        last = lines[-1][-1] if lines else None
        if (last is not None and last.top == glyph.top and last.bottom == glyph.bottom
                and glyph.x0 - last.x1 < glyph.size):
            lines[-1].append(glyph)
        else:
            lines.append([glyph])
    return lines

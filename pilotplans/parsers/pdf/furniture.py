"""Page furniture: page numbers (``— 3 —``, ``第3页 共9页``, ``3/9``) and running headers and
footers, which are not content."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...normalizers.simplified import fold
from .content import PageContent
from .lines import TextLine
from .settings import DEFAULT_SETTINGS, PdfSettings
from .tables import PageTable

PAGE_NUMBER = re.compile(
    r"^(?:[-–—－_~\s]*\d{1,4}[-–—－_~\s]*"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$",
    re.IGNORECASE,
)


def is_page_number(line: TextLine, page: PageContent, settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """A page number: ``— 3 —``, ``- 3 -``, ``第3页``, ``3/19``; a bare number only when it is
    centred or near a side edge."""
    text = line.text.strip()
    if not PAGE_NUMBER.match(text):
        return False
    if not text.isdigit():
        return True
    centre = (line.x0 + line.x1) / 2
    side = settings.page_number_side_fraction * page.width
    return (abs(centre - page.width / 2) < settings.page_number_centre_fraction * page.width
            or line.x0 > page.width - side or line.x1 < side)


def margin_lines(lines: Sequence[TextLine], tables: Sequence[PageTable], page: PageContent,
                 settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[TextLine, ...]:
    """The lines that may be page furniture: the topmost line of a page when it lies in the top
    margin, and the bottommost when it lies in the bottom margin, each standing apart from the
    content next to it by most of its own height, or next to a ruled table (whose own header
    and rows are inside its rules), or marked as a page number."""
    items = sorted([(line.top, line.bottom, line) for line in lines] + [(t.bbox[1], t.bbox[3], t) for t in tables],
                   key=lambda item: item[0])
    if not items:
        return ()
    found = []
    top, bottom, first = items[0]
    below = items[1] if len(items) > 1 else (page.height, page.height, None)
    in_top_margin = bottom <= settings.margin_fraction * page.height
    if (isinstance(first, TextLine) and in_top_margin
            and (below[0] - bottom >= settings.furniture_apart * (bottom - top) or marked_page_number(first)
                 or isinstance(below[2], PageTable))):
        found.append(first)
    top, bottom, last = max(items, key=lambda item: item[1])
    above = max((item for item in items if item[2] is not last), key=lambda item: item[1], default=(0.0, 0.0, None))
    if (isinstance(last, TextLine) and last is not first and top >= (1 - settings.margin_fraction) * page.height
            and (top - above[1] >= settings.furniture_apart * (bottom - top) or marked_page_number(last)
                 or isinstance(above[2], PageTable))):
        found.append(last)
    return tuple(found)


def marked_page_number(line: TextLine) -> bool:
    """A page number no content line looks like (``第3页 共9页``, ``— 3 —``, ``3/9``): it needs
    no white space around it to be told from the text next to it, as a bare number does."""
    text = line.text.strip()
    return bool(PAGE_NUMBER.match(text)) and not text.isdigit()


def furniture_key(line: TextLine, settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[str, int]:
    """A running header/footer's identity: its text with digits blanked, and where it stands."""
    return (re.sub(r"\d+", "#", line.text.strip()), round(line.top / settings.furniture_grid))


def running_furniture(candidates: Sequence[Sequence[TextLine]],
                      settings: PdfSettings = DEFAULT_SETTINGS) -> frozenset[tuple[str, int]]:
    """Keys of margin lines (one list per page) that repeat at the same place on enough pages:
    ``running_furniture_pages`` and at least half of them (so a label like ``附件 2`` on a few
    pages stays)."""
    counts: dict[tuple[str, int], int] = {}
    for page_candidates in candidates:
        for key in {furniture_key(line, settings) for line in page_candidates}:
            counts[key] = counts.get(key, 0) + 1
    pages = len(candidates)
    needed = min(pages, max(settings.running_furniture_pages, (pages + 1) // 2))
    return frozenset(key for key, count in counts.items() if pages >= 2 and count >= needed)


def furniture(pages_lines: Sequence[tuple[PageContent, Sequence[TextLine], Sequence[PageTable]]],
              settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[frozenset[int], ...]:
    """For each page (its content, lines outside ruled tables and ruled tables), the ids of its
    lines that are page furniture: page numbers, running headers and footers, and the page header
    of a document of one page (:func:`lone_page_header`)."""
    candidates = [margin_lines(lines, tables, page, settings) for page, lines, tables in pages_lines]
    running = running_furniture(candidates, settings)
    alone = len(pages_lines) == 1
    return tuple(
        frozenset(id(line) for line in found if is_page_number(line, page, settings) or furniture_key(line, settings) in running
                  or (alone and lone_page_header(line, lines, settings)))
        for (page, lines, _tables), found in zip(pages_lines, candidates)
    )


def lone_page_header(line: TextLine, lines: Sequence[TextLine], settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether ``line``, a margin line of a document's only page (where no repeat can show a
    running header), is the page's header naming the plan: it reads like a title (ends with a
    kind of document: …实施方案, …分工表) and the title under it is set
    ``settings.header_size_ratio`` times its size or larger (:func:`larger_title_under`). A
    document's title is set larger than the page header printed over it, so a title-like line over
    a larger title is not the title (a label over a title, 附件1, or an issuer's name, does not read
    like one and stays, nor does 附表, a label though it ends like a table's title); over larger
    text that is no title (body text, a subtitle of years) it is the only title there is, and stays."""
    from ..titles import TITLE_END, is_attachment_label

    if TITLE_END.search(fold(line.text.strip())) is None or is_attachment_label(line.text):
        return False
    return larger_title_under(line, lines, settings)


LARGER_TITLE_LINES = 3
"""The most lines a title set under a page header is printed over (…试点 / 任务责任分工表)."""


def larger_title_under(line: TextLine, lines: Sequence[TextLine], settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether the lines right under ``line``, each set ``settings.header_size_ratio`` times its size
    or larger, read as a title: their first ``LARGER_TITLE_LINES`` or fewer, joined, end with a kind
    of document."""
    from ..titles import TITLE_END

    under = sorted((other for other in lines if other.top >= line.bottom), key=lambda other: other.top)
    run: list[str] = []
    for other in under[:LARGER_TITLE_LINES]:
        if other.size < settings.header_size_ratio * line.size:
            break
        run.append(other.text.strip())
        if TITLE_END.search(fold("".join(run))) is not None:
            return True
    return False

"""Read a PDF into a :class:`~pilotplans.layout.Layout`.

The chain, each step a small function named for what it returns::

    bytes ─▶ PageContent (glyphs, rules; the only step that runs pdfminer, once per page)
          ─▶ ruled tables (rules ─▶ edges ─▶ intersections ─▶ cell boxes, pdfplumber's chain)
          ─▶ text lines outside them ─▶ page furniture dropped (page numbers, running headers)
          ─▶ text-aligned tables (column gutters ─▶ row bands ─▶ cells) where the text is columnar
          ─▶ page tables stitched over page breaks ─▶ grids (merged cells expanded)
          ─▶ paragraphs from the remaining lines ─▶ Layout

Coordinates are PDF points with the origin at the top-left corner of the page (pdfplumber's
``top``/``bottom``), as :class:`~pilotplans.layout.Where` expects.

A text-aligned table (no vertical rules) shows only the columns that hold text on a page: a
heading column empty below a merged cell, or a 备注 column empty on most pages, leaves no gutter.
So the pages are read in order, a table opening a page is read on the columns of the text table
that closed the page before when its own columns are among them, and when a part read earlier
lacks a column a later part shows, the pages are read once more on the whole table's columns
(:func:`page_blocks`). Its rows are told apart by rules, wider spacing, heading rows spanning the
columns, a repeated header, and the columns' text starting new cells on one line
(:func:`starts_cells`); a rule between two rows that leaves a column out marks a cell merged over
both (:func:`unruled_columns`), as a vertically merged cell draws no rule inside it.

Over a page break: the first row of each continued page has ``after_break`` set; that row is
the repeated header when the table repeats one, so the row that may hold the second half of a
broken row is the first row after the repeated header. A vertically merged cell that runs on
over the break is carried on as copies (``merged_from="above"``) on the new page; when its own
text is broken by the break, every position it covers holds the whole text. The copy of a
merged cell carries the :class:`Where` of the cell it copies.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass, replace
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise

from ..errors import UnreadableFile
from ..layout import Block, Cell, Grid, Layout, Paragraph, Row, Where
from ..normalizers.numbers import chinese_to_int

BBox = tuple[float, float, float, float]


# ─── settings ──────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class PdfSettings:
    """Every tolerance the PDF reader uses. Lengths are PDF points unless named ``*_em``
    (a multiple of the text's font size)."""

    rule_snap: float = 3.0
    """Ruling lines this close (and segments this close end to end) are one line."""
    rule_max_thickness: float = 3.0
    """A filled rectangle thinner than this is a ruling line; a thicker one a box of 4 edges."""
    rule_min_length: float = 3.0
    """Shorter ruling segments (dots, ticks) are ignored."""
    line_overlap: float = 0.5
    """Glyphs whose vertical extents overlap by this fraction of the smaller one share a line."""
    word_gap_em: float = 0.2
    """A gap this wide between two Latin/digit glyphs reads as a space (no space glyph needed)."""
    gutter_em: float = 1.0
    """A gap at least this wide inside a text line separates two columns of a text table."""
    known_gutter_em: float = 0.5
    """On a page continuing a text table, a gap this wide inside a text line separates two
    columns where the table's known column boundary runs through it."""
    column_tolerance: float = 4.0
    """Column boundaries of two page tables match within this distance (stitching)."""
    margin_fraction: float = 0.15
    """Page headers and footers are looked for in this top and bottom fraction of a page."""
    running_furniture_pages: int = 3
    """A line repeated at the same place on this many pages is a running header or footer."""
    min_text_table_rows: int = 3
    """Lines with columns needed before aligned text is read as a table."""
    row_gap_em: float = 0.2
    """Extra space (over the usual space between lines) that separates rows of a text table."""
    paragraph_gap_em: float = 0.5
    """Extra space (over the usual space between lines) that separates paragraphs."""
    indent_em: float = 1.5
    """A line outside tables indented this much from the body's left edge starts a paragraph."""
    processes: int = 1
    """Worker processes that read pages (pdfminer's layout analysis) in parallel; 1 reads
    them in this process."""
    parallel_min_pages: int = 8
    """Documents with fewer pages are read in this process whatever ``processes`` says."""

    def __post_init__(self) -> None:
        positive = (
            "rule_snap", "rule_max_thickness", "rule_min_length", "word_gap_em", "gutter_em",
            "known_gutter_em", "column_tolerance", "row_gap_em", "paragraph_gap_em", "indent_em",
        )
        for name in positive:
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or value <= 0:
                raise ValueError(f"PdfSettings.{name} must be a positive number, not {value!r}")
        if not 0 < self.line_overlap <= 1:
            raise ValueError(f"PdfSettings.line_overlap must be in (0, 1], not {self.line_overlap!r}")
        if not 0 < self.margin_fraction < 0.5:
            raise ValueError(f"PdfSettings.margin_fraction must be in (0, 0.5), not {self.margin_fraction!r}")
        for name in ("running_furniture_pages", "min_text_table_rows", "processes", "parallel_min_pages"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"PdfSettings.{name} must be a whole number >= 1, not {value!r}")


DEFAULT_SETTINGS = PdfSettings()


# ─── what one page holds ───────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Glyph:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float

    @property
    def is_space(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True)
class Rule:
    """A straight ruling segment (a line, or a thin filled rectangle)."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return (self.x1 - self.x0) >= (self.bottom - self.top)


@dataclass(frozen=True)
class PageContent:
    """Everything the reader needs from one page, read once."""

    number: int
    width: float
    height: float
    glyphs: tuple[Glyph, ...]
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class TextLine:
    """Glyphs sharing one baseline, left to right (space glyphs kept for the text)."""

    glyphs: tuple[Glyph, ...]
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)

    @property
    def ink(self) -> tuple[Glyph, ...]:
        return tuple(g for g in self.glyphs if not g.is_space)


@dataclass(frozen=True)
class Boundary:
    """A column boundary: a ruling line (``lo == hi``) or a gutter of white space."""

    lo: float
    hi: float

    @property
    def mid(self) -> float:
        return (self.lo + self.hi) / 2


@dataclass(frozen=True)
class PlacedCell:
    """A table cell on one page: its grid span (end-exclusive), box and text lines."""

    row0: int
    row1: int
    col0: int
    col1: int
    bbox: BBox
    lines: tuple[TextLine, ...]


@dataclass(frozen=True)
class PageTable:
    """A table, or the part of one, on one page."""

    page: int
    bbox: BBox
    columns: tuple[Boundary, ...]
    rows: tuple[float, ...]
    cells: tuple[PlacedCell, ...]
    ruled: bool

    @property
    def row_count(self) -> int:
        return len(self.rows) - 1


@dataclass(frozen=True)
class PageBlocks:
    """One page after tables and furniture are found: its tables and its other lines."""

    page: PageContent
    tables: tuple[PageTable, ...]
    lines: tuple[TextLine, ...]


# ─── reading the bytes ─────────────────────────────────────────────────────────────────────

ENCRYPTED = "encrypted PDF: decrypt it first, e.g. qpdf --decrypt"
CORRUPT = "corrupt or truncated PDF"
NO_TEXT = "no text layer: OCR is not supported"


def read_pdf(data: bytes, source: str, settings: PdfSettings = DEFAULT_SETTINGS) -> Layout:
    """Read a PDF file's bytes into a Layout; ``source`` names the file in errors and output.

    Raises :class:`UnreadableFile` (one line: file and cause) for an empty, corrupt, truncated,
    encrypted or text-less (scanned) PDF.
    """
    pdf_problem = problem_in_pdf_bytes(data)
    if pdf_problem:
        raise UnreadableFile(source, pdf_problem)
    pages = page_contents(data, source, settings)
    if not any(page.glyphs for page in pages):
        raise UnreadableFile(source, NO_TEXT)
    return layout_from_pages(pages, source, settings)


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
    """Every page's glyphs and rules, reading each page's content once (in a pool of processes
    when the settings ask for one and the document is long enough)."""
    if settings.processes == 1:
        return _read_pages(data, source, None, settings)
    count = _page_count(data, source)
    workers = min(settings.processes, count)
    if workers <= 1 or count < settings.parallel_min_pages:
        return _read_pages(data, source, None, settings)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    chunks = [range(start, count, workers) for start in range(workers)]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
        parts = list(pool.map(_read_pages, [data] * workers, [source] * workers, chunks, [settings] * workers))
    return tuple(sorted((page for part in parts for page in part), key=lambda page: page.number))


def _page_count(data: bytes, source: str) -> int:
    import pdfplumber

    with _opened(data, source, pdfplumber) as pdf:
        try:
            return len(pdf.pages)
        except Exception as error:  # pdfminer raises many types for a broken page tree
            raise UnreadableFile(source, _cause(error)) from error


def _read_pages(data: bytes, source: str, indices: Iterable[int] | None,
                settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[PageContent, ...]:
    """The contents of the pages at ``indices`` (0-based; None: every page)."""
    import pdfplumber

    with _opened(data, source, pdfplumber) as pdf:
        try:
            pages = pdf.pages if indices is None else [pdf.pages[index] for index in indices]
            return tuple(page_content(page, settings) for page in pages)
        except Exception as error:  # pdfminer raises many types for broken content streams
            raise UnreadableFile(source, _cause(error)) from error


class _opened:
    """``pdfplumber.open`` on bytes whose failures become :class:`UnreadableFile`."""

    def __init__(self, data: bytes, source: str, pdfplumber) -> None:  # noqa: ANN001 - module
        import io

        try:
            self.pdf = pdfplumber.open(io.BytesIO(data))
        except Exception as error:  # PdfminerException wraps pdfminer's own
            raise UnreadableFile(source, _cause(error)) from error

    def __enter__(self):  # noqa: ANN204 - pdfplumber.PDF
        return self.pdf

    def __exit__(self, *exc: object) -> None:
        self.pdf.close()


def _cause(error: BaseException) -> str:
    """The one-line cause for a failure inside pdfplumber or pdfminer."""
    inner = error.args[0] if error.args and isinstance(error.args[0], BaseException) else error
    name = type(inner).__name__
    if name in ("PDFPasswordIncorrect", "PDFEncryptionError"):
        return ENCRYPTED
    if "encrypt" in str(inner).lower() or "password" in str(inner).lower():
        return ENCRYPTED
    return CORRUPT


def page_content(page, settings: PdfSettings = DEFAULT_SETTINGS) -> PageContent:  # noqa: ANN001 - pdfplumber Page
    """The glyphs and ruling segments of one pdfplumber page. pdfplumber interprets the page's
    content once for all of them (``page.objects``); the page's cache is freed afterwards."""
    width, height = float(page.width), float(page.height)
    glyphs = tuple(
        Glyph(c["text"], float(c["x0"]), float(c["top"]), float(c["x1"]), float(c["bottom"]), float(c["size"]))
        for c in page.chars
        if c["x1"] > 0 and c["x0"] < width and c["bottom"] > 0 and c["top"] < height
    )
    segments = [(o["x0"], o["top"], o["x1"], o["bottom"], "line") for o in page.lines]
    segments += [(o["x0"], o["top"], o["x1"], o["bottom"], "rect") for o in page.rects]
    content = PageContent(
        number=int(page.page_number),
        width=width,
        height=height,
        glyphs=glyphs,
        rules=tuple(r for s in segments for r in rules_from_segment(*s, settings=settings)),
    )
    page.close()
    return content


def rules_from_segment(x0: float, top: float, x1: float, bottom: float, kind: str,
                       settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[Rule, ...]:
    """The ruling lines one drawn line or rectangle stands for: a thin shape is one rule, a
    thicker rectangle four (its sides); a slanted line none."""
    x0, top, x1, bottom = float(x0), float(top), float(x1), float(bottom)
    thin = settings.rule_max_thickness
    if bottom - top <= thin and x1 - x0 >= settings.rule_min_length:
        middle = (top + bottom) / 2
        return (Rule(x0, middle, x1, middle),)
    if x1 - x0 <= thin and bottom - top >= settings.rule_min_length:
        middle = (x0 + x1) / 2
        return (Rule(middle, top, middle, bottom),)
    if kind == "rect":
        return (Rule(x0, top, x1, top), Rule(x0, bottom, x1, bottom),
                Rule(x0, top, x0, bottom), Rule(x1, top, x1, bottom))
    return ()


# ─── glyphs → lines → text ─────────────────────────────────────────────────────────────────

OPENERS = set("（(《“‘「『【〔[{<〈")
CLOSERS = set("，。、；：！？）)》”’」』】〕]}>〉…—·%,.;:!?")
BRACKETS_AND_STOPS = OPENERS | CLOSERS
SENTENCE_END = set("。！？；!?;")
ASCII_WORD = re.compile(r"[A-Za-z0-9]")


def is_wide(char: str) -> bool:
    """A CJK (full-width) character: lines wrapped between such characters join with no space."""
    return unicodedata.east_asian_width(char) in ("W", "F") or char in "“”‘’—…·"


def text_lines(glyphs: Iterable[Glyph], settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[TextLine, ...]:
    """Glyphs grouped into lines, top to bottom."""
    lines: list[list[Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: (g.top, g.x0)):
        if glyph.is_space and not lines:
            continue
        if lines and _shares_line(lines[-1], glyph, settings):
            lines[-1].append(glyph)
        else:
            lines.append([glyph])
    made = (text_line(line, settings) for line in lines)
    return tuple(sorted((line for line in made if line is not None), key=lambda line: (line.top, line.x0)))


def _shares_line(line: list[Glyph], glyph: Glyph, settings: PdfSettings) -> bool:
    anchor = next((g for g in line if not g.is_space), line[0])
    overlap = min(anchor.bottom, glyph.bottom) - max(anchor.top, glyph.top)
    return overlap >= settings.line_overlap * min(anchor.bottom - anchor.top, glyph.bottom - glyph.top)


def text_line(glyphs: Sequence[Glyph], settings: PdfSettings = DEFAULT_SETTINGS) -> TextLine | None:
    """One line from its glyphs (None if they are all spaces)."""
    ordered = tuple(sorted(glyphs, key=lambda g: g.x0))
    ink = [g for g in ordered if not g.is_space]
    if not ink:
        return None
    return TextLine(
        glyphs=ordered,
        text=line_text(ordered, settings),
        x0=min(g.x0 for g in ink),
        top=min(g.top for g in ink),
        x1=max(g.x1 for g in ink),
        bottom=max(g.bottom for g in ink),
        size=statistics.median(g.size for g in ink),
    )


def line_text(glyphs: Sequence[Glyph], settings: PdfSettings = DEFAULT_SETTINGS) -> str:
    """The text of left-to-right glyphs: space glyphs become one space; a wide gap between two
    Latin/digit glyphs is a space too; gaps between CJK glyphs (justification) are not."""
    parts: list[str] = []
    previous: Glyph | None = None
    pending_space = False
    for glyph in glyphs:
        if glyph.is_space:
            pending_space = previous is not None
            continue
        if previous is not None:
            gap = glyph.x0 - previous.x1
            latin_pair = not is_wide(previous.text[-1]) and not is_wide(glyph.text[0])
            if pending_space or (latin_pair and gap > settings.word_gap_em * glyph.size):
                parts.append(" ")
        parts.append(glyph.text)
        previous, pending_space = glyph, False
    return "".join(parts)


def line_segments(line: TextLine, settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[TextLine, ...]:
    """A line cut where the gap between two glyphs is wide enough to separate table columns."""
    return _cut_line(line, lambda left, right: right.x0 - left.x1 >= settings.gutter_em * right.size, settings)


def segments_on_columns(segment: TextLine, columns: Sequence[Boundary],
                        settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[TextLine, ...]:
    """A line segment cut where one of a table's known column boundaries runs through a gap
    between two of its glyphs at least ``known_gutter_em`` wide (two columns' texts that stand
    closer than a gutter on a page that does not show the gutter itself)."""
    def cuts(left: Glyph, right: Glyph) -> bool:
        return (right.x0 - left.x1 >= settings.known_gutter_em * right.size
                and any(left.x1 <= boundary.mid <= right.x0 for boundary in columns))

    return _cut_line(segment, cuts, settings)


def _cut_line(line: TextLine, cuts: Callable[[Glyph, Glyph], bool], settings: PdfSettings) -> tuple[TextLine, ...]:
    """A line cut between every two consecutive ink glyphs ``cuts`` says part."""
    pieces: list[list[Glyph]] = [[]]
    last_ink: Glyph | None = None
    for glyph in line.glyphs:
        if not glyph.is_space:
            if last_ink is not None and cuts(last_ink, glyph):
                pieces.append([])
            last_ink = glyph
        pieces[-1].append(glyph)
    made = (text_line(piece, settings) for piece in pieces)
    return tuple(segment for segment in made if segment is not None)


def joined_lines(texts: Sequence[str]) -> str:
    """Wrapped lines of one paragraph as one string: no space where CJK meets anything, one
    space between two Latin/digit tokens."""
    result = ""
    for text in texts:
        text = text.strip()
        if not text:
            continue
        if result and _needs_space(result[-1], text[0]):
            result += " "
        result += text
    return result


def _needs_space(left: str, right: str) -> bool:
    return bool(ASCII_WORD.match(left) or left in ",.;:!?)") and bool(ASCII_WORD.match(right) or right == "(")


def first_unit_width(line: TextLine) -> float:
    """Width of the first piece of a line that a line-breaker cannot split: one CJK glyph or one
    Latin/digit word, with the opening brackets before it, the closing punctuation after it, and
    whatever an opening bracket after it holds to (a line cannot end with ``“`` or ``（``)."""
    ink = line.ink
    index = 0
    while index < len(ink) - 1 and ink[index].text in OPENERS:
        index += 1
    if ASCII_WORD.match(ink[index].text):
        while index + 1 < len(ink) and (ASCII_WORD.match(ink[index + 1].text) or ink[index + 1].text in "-_/'"):
            index += 1
    while index + 1 < len(ink) and (ink[index + 1].text in BRACKETS_AND_STOPS or ink[index].text in OPENERS):
        index += 1
    return ink[index].x1 - ink[0].x0


ENUMERATOR = re.compile(
    r"^\s*(?:[（(]\s*(?P<paren>\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]"
    r"|(?P<num>\d{1,3})(?:\s+|[.．、)）](?!\d))"
    r"|(?P<cn>[一二三四五六七八九十]{1,3})、)"
)


def enumerator_value(text: str) -> int | None:
    """The number a line opens with when it opens an item (``108 ``, ``2.``, ``（三）``, ``四、``)."""
    match = ENUMERATOR.match(text)
    if not match:
        return None
    return chinese_to_int(match.group("paren") or match.group("num") or match.group("cn"))


def paragraph_breaks(lines: Sequence[TextLine], right: float,
                     settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[bool, ...]:
    """For each line, whether it starts a paragraph, in a column whose full lines end at ``right``.

    A line starts a paragraph when the line before it left room at its end for the line's first
    unbreakable piece (so the break was not a wrap), when it opens with an item number (``（二）``,
    ``108 ``) and the line before left room for a character, when it continues an item numbering
    that the first line began (``107 …``, ``108 …``) after a sentence end, or when its font size
    differs from the line before.
    """
    breaks: list[bool] = []
    expected: int | None = None
    for index, line in enumerate(lines):
        number = enumerator_value(line.text)
        if index == 0:
            breaks.append(True)
            expected = number + 1 if number is not None else None
            continue
        previous = lines[index - 1]
        slack = right - previous.x1
        starts = (
            slack >= first_unit_width(line) - 0.05 * line.size
            or abs(line.size - previous.size) > 0.5
            or (number is not None and slack >= 0.95 * line.size)
            or (expected is not None and number == expected and previous.text.rstrip()[-1:] in SENTENCE_END)
        )
        if number is not None and expected is not None and number == expected and starts:
            expected += 1
        breaks.append(starts)
    return tuple(breaks)


def paragraphs_of_lines(lines: Sequence[TextLine], breaks: Sequence[bool]) -> tuple[tuple[TextLine, ...], ...]:
    """Lines grouped into paragraphs at the given breaks."""
    groups: list[list[TextLine]] = []
    for line, starts in zip(lines, breaks):
        if starts or not groups:
            groups.append([])
        groups[-1].append(line)
    return tuple(tuple(group) for group in groups)


# ─── ruled tables: rules → edges → intersections → cells → tables ─────────────────────────


def ruled_cell_groups(rules: Iterable[Rule], settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[tuple[BBox, ...], ...]:
    """Cell boxes of each table the ruling lines draw (pdfplumber's lines strategy)."""
    from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    edges = [_edge(rule) for rule in rules]
    if not edges:
        return ()
    tol = settings.rule_snap
    merged = merge_edges(edges, tol, tol, tol, tol)
    merged = [e for e in merged if max(e["x1"] - e["x0"], e["bottom"] - e["top"]) >= settings.rule_min_length]
    cells = intersections_to_cells(edges_to_intersections(merged, tol, tol))
    return tuple(tuple(tuple(float(v) for v in cell) for cell in table) for table in cells_to_tables(cells))


def _edge(rule: Rule) -> dict:
    if rule.horizontal:
        return {"x0": rule.x0, "x1": rule.x1, "top": rule.top, "bottom": rule.top, "doctop": rule.top,
                "width": rule.x1 - rule.x0, "height": 0.0, "orientation": "h"}
    return {"x0": rule.x0, "x1": rule.x0, "top": rule.top, "bottom": rule.bottom, "doctop": rule.top,
            "width": 0.0, "height": rule.bottom - rule.top, "orientation": "v"}


def clustered(values: Iterable[float], tolerance: float) -> tuple[float, ...]:
    """Sorted values with those within ``tolerance`` of their neighbour replaced by their mean."""
    groups: list[list[float]] = []
    for value in sorted(values):
        if groups and value - groups[-1][-1] <= tolerance:
            groups[-1].append(value)
        else:
            groups.append([value])
    return tuple(sum(group) / len(group) for group in groups)


def nearest_index(values: Sequence[float], value: float) -> int:
    return min(range(len(values)), key=lambda i: abs(values[i] - value))


def ruled_table(page: int, boxes: Sequence[BBox], glyphs: Sequence[Glyph],
                settings: PdfSettings = DEFAULT_SETTINGS) -> PageTable:
    """A page table from its cell boxes, each cell holding the lines of the glyphs inside it."""
    import bisect

    xs = clustered((x for box in boxes for x in (box[0], box[2])), settings.rule_snap)
    ys = clustered((y for box in boxes for y in (box[1], box[3])), settings.rule_snap)
    ordered = sorted(boxes, key=lambda b: (b[1], b[0]))
    spans = [(nearest_index(ys, b[1]), nearest_index(ys, b[3]), nearest_index(xs, b[0]), nearest_index(xs, b[2]))
             for b in ordered]
    owner: dict[tuple[int, int], int] = {}
    for index, (row0, row1, col0, col1) in enumerate(spans):
        for r in range(row0, row1):
            for c in range(col0, col1):
                owner.setdefault((r, c), index)
    inside: list[list[Glyph]] = [[] for _ in ordered]
    for glyph in glyphs:
        x, y = (glyph.x0 + glyph.x1) / 2, (glyph.top + glyph.bottom) / 2
        if not (xs[0] <= x <= xs[-1] and ys[0] <= y <= ys[-1]):
            continue
        r = min(bisect.bisect_right(ys, y) - 1, len(ys) - 2)
        c = min(bisect.bisect_right(xs, x) - 1, len(xs) - 2)
        index = owner.get((r, c))
        if index is not None:
            inside[index].append(glyph)
    cells = tuple(
        PlacedCell(row0, row1, col0, col1, (xs[col0], ys[row0], xs[col1], ys[row1]), text_lines(found, settings))
        for (row0, row1, col0, col1), found in zip(spans, inside)
    )
    bbox = (xs[0], ys[0], xs[-1], ys[-1])
    return PageTable(page, bbox, tuple(Boundary(x, x) for x in xs), ys, cells, ruled=True)


def _centre_in(glyph: Glyph, box: BBox) -> bool:
    """Whether a glyph's centre lies in a box."""
    x = (glyph.x0 + glyph.x1) / 2
    y = (glyph.top + glyph.bottom) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def ruled_tables(page: PageContent, settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[PageTable, ...]:
    """The tables a page's ruling lines draw, with their text."""
    return tuple(ruled_table(page.number, boxes, page.glyphs, settings)
                 for boxes in ruled_cell_groups(page.rules, settings))


def outside(glyphs: Iterable[Glyph], boxes: Sequence[BBox]) -> tuple[Glyph, ...]:
    return tuple(g for g in glyphs if not any(_centre_in(g, box) for box in boxes))


# ─── page furniture ────────────────────────────────────────────────────────────────────────

PAGE_NUMBER = re.compile(
    r"^(?:[-–—－_~\s]*\d{1,4}[-–—－_~\s]*"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$",
    re.IGNORECASE,
)


def is_page_number(line: TextLine, page: PageContent) -> bool:
    """A page number: ``— 3 —``, ``- 3 -``, ``第3页``, ``3/19``; a bare number only when it is
    centred or near a side edge."""
    text = line.text.strip()
    if not PAGE_NUMBER.match(text):
        return False
    if not text.isdigit():
        return True
    centre = (line.x0 + line.x1) / 2
    return abs(centre - page.width / 2) < 0.1 * page.width or line.x0 > 0.75 * page.width or line.x1 < 0.25 * page.width


def margin_lines(lines: Sequence[TextLine], tables: Sequence[PageTable], page: PageContent,
                 settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[TextLine, ...]:
    """The lines that may be page furniture: the topmost line of a page when it lies in the top
    margin, and the bottommost when it lies in the bottom margin, each standing apart from the
    content next to it by most of its own height."""
    items = sorted([(line.top, line.bottom, line) for line in lines] + [(t.bbox[1], t.bbox[3], None) for t in tables],
                   key=lambda item: item[0])
    if not items:
        return ()
    found = []
    top, bottom, first = items[0]
    below = items[1][0] if len(items) > 1 else page.height
    in_top_margin = bottom <= settings.margin_fraction * page.height
    if first is not None and in_top_margin and below - bottom >= 0.8 * (bottom - top):
        found.append(first)
    top, bottom, last = max(items, key=lambda item: item[1])
    above = max((item[1] for item in items if item[2] is not last), default=0.0)
    if (last is not None and last is not first and top >= (1 - settings.margin_fraction) * page.height
            and top - above >= 0.8 * (bottom - top)):
        found.append(last)
    return tuple(found)


def furniture_key(line: TextLine) -> tuple[str, int]:
    """A running header/footer's identity: its text with digits blanked, and where it stands."""
    return (re.sub(r"\d+", "#", line.text.strip()), round(line.top / 4))


def running_furniture(candidates: Sequence[Sequence[TextLine]],
                      settings: PdfSettings = DEFAULT_SETTINGS) -> frozenset[tuple[str, int]]:
    """Keys of margin lines (one list per page) that repeat at the same place on enough pages:
    ``running_furniture_pages`` and at least half of them (so a label like ``附件 2`` on a few
    pages stays)."""
    counts: dict[tuple[str, int], int] = {}
    for page_candidates in candidates:
        for key in {furniture_key(line) for line in page_candidates}:
            counts[key] = counts.get(key, 0) + 1
    pages = len(candidates)
    needed = min(pages, max(settings.running_furniture_pages, (pages + 1) // 2))
    return frozenset(key for key, count in counts.items() if pages >= 2 and count >= needed)


# ─── text-aligned tables (no vertical rules) ───────────────────────────────────────────────


@dataclass(frozen=True)
class OpenTable:
    """The text table that closed the page before, which a table opening a page may continue:
    its columns and the texts of its first row (the header, when the table repeats it)."""

    columns: tuple[Boundary, ...]
    first_row: tuple[str, ...]


@dataclass(frozen=True)
class Band:
    """One text line of a page split into its column segments."""

    line: TextLine
    segments: tuple[TextLine, ...]


def gutters(bands: Sequence[Band], left: float, right: float,
            settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[Boundary, ...]:
    """The white columns between ``left`` and ``right`` that no segment crosses.

    Segments of lines with several columns decide; a one-segment line that crosses such a gutter
    (a heading row spanning the table) is left out, one that sits inside it (a lone number) counts.
    """
    multi = [s for b in bands if len(b.segments) > 1 for s in b.segments]
    first = _free_intervals(multi, left, right, settings)
    kept = list(multi)
    for band in bands:
        if len(band.segments) == 1:
            segment = band.segments[0]
            if not any(segment.x0 < gap.mid < segment.x1 for gap in first):
                kept.append(segment)
    found = _free_intervals(kept, left, right, settings)
    used = [gap for gap in found if _columns_used(bands, gap) >= settings.min_text_table_rows]
    return tuple(used)


def _free_intervals(segments: Sequence[TextLine], left: float, right: float, settings: PdfSettings) -> list[Boundary]:
    covered = sorted((s.x0, s.x1) for s in segments)
    size = statistics.median(s.size for s in segments) if segments else 10.0
    free: list[Boundary] = []
    cursor = left
    for x0, x1 in covered:
        if x0 - cursor >= settings.gutter_em * size * 0.9 and cursor > left:
            free.append(Boundary(cursor, x0))
        cursor = max(cursor, x1)
    return free


def _columns_used(bands: Sequence[Band], gap: Boundary) -> int:
    """How many lines have text on both sides of a gutter."""
    return sum(
        1 for b in bands
        if any(s.x1 <= gap.lo + 0.5 for s in b.segments) and any(s.x0 >= gap.hi - 0.5 for s in b.segments)
    )


def column_span(segment: TextLine, columns: Sequence[Boundary]) -> tuple[int, int]:
    """The columns (end-exclusive, counted between ``columns``' boundaries) a segment covers."""
    inner = [b.mid for b in columns[1:-1]]
    first = sum(1 for m in inner if m < segment.x0)
    last = sum(1 for m in inner if m < segment.x1)
    return first, last + 1


def columnar_runs(bands: Sequence[Band], settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[tuple[int, int], ...]:
    """Index ranges (end-exclusive) of bands that read as a table: consecutive lines, no wider
    apart than a couple of lines, holding enough lines with several columns."""
    runs: list[tuple[int, int]] = []
    start = None
    for index, band in enumerate(bands):
        if start is not None:
            previous = bands[index - 1].line
            if band.line.top - previous.bottom > 2.5 * previous.size:
                runs.append((start, index))
                start = None
        if start is None:
            start = index
    if start is not None:
        runs.append((start, len(bands)))
    found = []
    for begin, end in runs:
        multi = [i for i in range(begin, end) if len(bands[i].segments) > 1]
        if len(multi) >= settings.min_text_table_rows:
            found.append((begin, end))
    return tuple(found)


@dataclass(frozen=True)
class RunPlace:
    """Where a run of bands that may hold a text table stands on its page."""

    continued: bool = False
    """The run opens the page, and the page before ended with a table (which it may continue)."""
    closes_page: bool = False
    """The run goes on to the last line of the page's body."""
    known_columns: tuple[tuple[Boundary, ...], ...] = ()
    """Columns of whole tables a table here may be part of (the one it continues first)."""
    header: tuple[str, ...] = ()
    """The first row of the table it may continue (a header a continued page repeats)."""


def text_table(page: PageContent, bands: Sequence[Band], rules: Sequence[Rule], place: RunPlace = RunPlace(),
               settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[PageTable, tuple[int, int]] | None:
    """The text-aligned table among consecutive bands, with the range of bands it takes (see
    :func:`table_band_range`), or None.

    When the columns its text shows are some of the columns of a table it may be part of (the
    first of ``place.known_columns`` that holds them all), it is read on all of those, so that a
    column empty on this page keeps its place. Lines opening a continued table that repeat
    ``place.header`` make a row of their own.
    """
    multi = [i for i, b in enumerate(bands) if len(b.segments) > 1]
    if len(multi) < settings.min_text_table_rows:
        return None
    left = min(b.line.x0 for b in bands)
    right = max(b.line.x1 for b in bands)
    found = gutters(bands[multi[0]:multi[-1] + 1], left, right, settings)
    if not found:
        return None
    known = next((columns for columns in place.known_columns
                  if columns_within(found, columns, settings.column_tolerance)), None)
    outer: tuple[float, float] | None = None
    if known is not None:
        found = tuple(known[1:-1])
        bands = bands_on_columns(bands, found, settings)
        outer = (known[0].lo, known[-1].hi)
    begin, end = table_band_range(bands, multi, found, rules, place, on_known_columns=known is not None)
    columns = (Boundary(left, left), *found, Boundary(right, right))
    repeated = repeated_header_bands(bands[begin:end], columns, place.header) if place.continued else 0
    table = text_page_table(page, bands[begin:end], found, rules, settings, outer, repeated)
    return (table, (begin, end)) if table.row_count >= 1 else None


def table_band_range(bands: Sequence[Band], multi: Sequence[int], found: Sequence[Boundary], rules: Sequence[Rule],
                     place: RunPlace, on_known_columns: bool = False) -> tuple[int, int]:
    """The bands (begin, end-exclusive) a text table takes among a run's, whose lines with
    several columns (``multi``) are divided by ``found``.

    The table runs from the first to the last line with columns, on over the lines after it that
    keep within its columns, and on over a line or two to the page's last line when its rules
    leave it open at the foot (rules above its text, none below: a page break cut it, and a
    heading row spanning the columns may close the page). When it may continue a table from the
    page before (``place.continued``) it also takes a line or two before its first line with
    columns (a heading row spanning them), or, read on that table's columns
    (``on_known_columns``), every line before it that keeps within them.
    """
    left = min(b.line.x0 for b in bands)
    right = max(b.line.x1 for b in bands)
    end = multi[-1] + 1
    while end < len(bands) and _continues_table(bands[end - 1], bands[end], found, rules, left, right):
        end += 1
    if place.closes_page and len(bands) - end <= 2 and _open_at_foot(bands[multi[0]:multi[-1] + 1], rules) and all(
            _continues_table(bands[i - 1], bands[i], (), rules, left, right) for i in range(end, len(bands))):
        end = len(bands)
    begin = multi[0]
    heading = all(_continues_table(bands[i], bands[i + 1], (), rules, left, right) for i in range(begin))
    within = on_known_columns and not any(_crosses(band, found) for band in bands[:begin]) and all(
        _continues_table(bands[i], bands[i + 1], found, rules, left, right) for i in range(begin))
    if place.continued and (begin <= 2 and heading or within):
        begin = 0
    return begin, end


def _open_at_foot(bands: Sequence[Band], rules: Sequence[Rule]) -> bool:
    """Whether rules cross a text table above its last line and none below it (a ruled table a
    page break has cut: its closing rule is printed on a later page)."""
    across = _rules_across(bands, rules)
    last = bands[-1].line
    return bool(across) and not any(r.top >= last.top for r in across)


def repeated_header_bands(bands: Sequence[Band], columns: Sequence[Boundary], header: Sequence[str],
                          most: int = 3) -> int:
    """How many bands opening a table print ``header`` again (at most ``most``; 0 if they do not)."""
    wanted = tuple(_unspaced(text) for text in header)
    for count in range(1, min(most, len(bands)) + 1):
        segments = [(s, column_span(s, columns)) for band in bands[:count] for s in band.segments]
        texts = tuple(_unspaced(joined_lines([s.text for s in members])) for _c0, _c1, members in _merged_spans(segments))
        if wanted and texts == wanted:
            return count
    return 0


def _unspaced(text: str) -> str:
    return re.sub(r"\s+", "", text)


def columns_within(found: Sequence[Boundary], columns: Sequence[Boundary], tolerance: float) -> bool:
    """Whether every gutter found on a page matches one of a table's inner column boundaries."""
    return all(any(_overlaps(gap, boundary, tolerance) for boundary in columns[1:-1]) for gap in found)


def bands_on_columns(bands: Sequence[Band], inner: Sequence[Boundary],
                     settings: PdfSettings = DEFAULT_SETTINGS) -> list[Band]:
    """Bands whose segments are cut again where the given column boundaries run between words."""
    return [Band(band.line, tuple(piece for segment in band.segments
                                  for piece in segments_on_columns(segment, inner, settings)))
            for band in bands]


def _continues_table(before: Band, band: Band, columns: Sequence[Boundary], rules: Sequence[Rule],
                     left: float, right: float) -> bool:
    """Whether ``band`` belongs to the same table as the band before it: the same text size, no
    rule and no more than a line's space between them, and no crossing of the table's columns."""
    line = band.line
    return (
        abs(line.size - before.line.size) <= 0.5
        and line.top - before.line.bottom <= line.size
        and not _rule_between(rules, before.line.bottom, line.top, left, right)
        and not _crosses(band, columns)
    )


def _crosses(band: Band, columns: Sequence[Boundary]) -> bool:
    return any(s.x0 < gap.mid < s.x1 for s in band.segments for gap in columns)


RULE_OVERHANG = 10.0
"""How far inside a table's text a rule may end and still separate its rows (cell padding)."""


def _rule_between(rules: Sequence[Rule], top: float, bottom: float, left: float, right: float) -> bool:
    """Whether a horizontal rule across ``left``–``right`` lies between ``top`` and ``bottom``."""
    return any(
        r.horizontal and top - 1 <= r.top <= bottom + 1
        and r.x0 <= left + RULE_OVERHANG and r.x1 >= right - RULE_OVERHANG
        for r in rules
    )


def text_page_table(page: PageContent, bands: Sequence[Band], found: Sequence[Boundary], rules: Sequence[Rule],
                    settings: PdfSettings = DEFAULT_SETTINGS, outer: tuple[float, float] | None = None,
                    header_bands: int = 0) -> PageTable:
    """A page table from bands and the gutters between their columns. Horizontal rules across the
    bands (a three-line table's, or one under every row) bound it and separate its rows. ``outer``
    is the whole table's left and right edges when it is read on the columns of a table it is
    part of; ``header_bands`` the bands of a repeated header opening it."""
    table_rules = _rules_across(bands, rules)
    extent = list(outer) if outer else []
    left = min([b.line.x0 for b in bands] + [r.x0 for r in table_rules] + extent)
    right = max([b.line.x1 for b in bands] + [r.x1 for r in table_rules] + extent)
    columns = (Boundary(left, left), *found, Boundary(right, right))
    groups: list[list[Band]] = []
    for band, starts_row in zip(bands, row_starts(bands, columns, table_rules, settings, header_bands)):
        if starts_row or not groups:
            groups.append([])
        groups[-1].append(band)
    ys = row_boundaries(groups, table_rules)
    row_spans = [_merged_spans([(s, column_span(s, columns)) for band in group for s in band.segments])
                 for group in groups]
    cells: list[PlacedCell] = []
    for cell in stacked_cells(row_spans, unruled_columns(groups, columns, table_rules, rules), len(columns) - 1):
        x0 = columns[cell.col0].mid if cell.col0 else left
        x1 = columns[cell.col1].mid if cell.col1 < len(columns) - 1 else right
        lines = text_lines((g for s in cell.segments for g in s.glyphs), settings)
        cells.append(PlacedCell(cell.row0, cell.row1, cell.col0, cell.col1, (x0, ys[cell.row0], x1, ys[cell.row1]),
                                lines))
    return PageTable(page.number, (left, ys[0], right, ys[-1]), columns, ys, tuple(cells), ruled=False)


def unruled_columns(groups: Sequence[Sequence[Band]], columns: Sequence[Boundary], table_rules: Sequence[Rule],
                    rules: Sequence[Rule]) -> tuple[frozenset[int], ...]:
    """For each boundary between two rows of a text table, the columns the rules drawn there
    (``rules``, in pieces or whole) leave out: a cell in such a column spans both rows (a
    vertically merged cell draws no rule inside it). None where no rule across the table
    (``table_rules``) separates the rows: nothing shows a merge there."""
    middles = [(a.mid + b.mid) / 2 for a, b in pairwise(columns)]
    found: list[frozenset[int]] = []
    for before, after in pairwise(groups):
        top, bottom = before[-1].line.bottom - 1, after[0].line.top + 1
        if not any(top <= r.top <= bottom for r in table_rules):
            found.append(frozenset())
            continue
        here = [r for r in rules if r.horizontal and top <= r.top <= bottom]
        found.append(frozenset(column for column, middle in enumerate(middles)
                               if not any(r.x0 <= middle <= r.x1 for r in here)))
    return tuple(found)


Span = tuple[int, int, list[TextLine]]
"""Segments of one row of a text table that make one cell: its columns (end-exclusive) and them."""


@dataclass(frozen=True)
class StackedCell:
    """A cell of a text table: its rows and columns (end-exclusive) and its segments."""

    row0: int
    row1: int
    col0: int
    col1: int
    segments: tuple[TextLine, ...]


def stacked_cells(rows: Sequence[Sequence[Span]], open_below: Sequence[frozenset[int]],
                  width: int) -> tuple[StackedCell, ...]:
    """The cells of a text table from the cells of each of its rows (``rows``), a cell running on
    down over the row boundaries that leave all its columns open (``open_below``, one set per
    boundary) and taking the segments printed there in the same columns. An empty position
    makes a cell only as part of such a run."""
    done: list[StackedCell] = []
    ending: dict[int, int] = {}  # first column → index in ``done`` of the cell ending on this row
    for row, spans in enumerate(rows):
        filled = {column for col0, col1, _ in spans for column in range(col0, col1)}
        empty = [(column, column + 1, []) for column in range(width) if column not in filled]
        current: dict[int, int] = {}
        for col0, col1, segments in sorted([*spans, *empty], key=lambda span: span[0]):
            index = ending.get(col0)
            above = done[index] if index is not None else None
            if above is not None and above.col1 == col1 and set(range(col0, col1)) <= open_below[row - 1]:
                done[index] = replace(above, row1=row + 1, segments=above.segments + tuple(segments))
            else:
                index = len(done)
                done.append(StackedCell(row, row + 1, col0, col1, tuple(segments)))
            current[col0] = index
        ending = current
    return tuple(cell for cell in done if cell.segments or cell.row1 - cell.row0 > 1)


def _rules_across(bands: Sequence[Band], rules: Sequence[Rule]) -> list[Rule]:
    """Horizontal rules at least half as wide as the bands' text and no further than two lines
    above or below it."""
    left, right = min(b.line.x0 for b in bands), max(b.line.x1 for b in bands)
    reach = 2 * max(b.line.size for b in bands)
    top, bottom = bands[0].line.top - reach, bands[-1].line.bottom + reach
    return [r for r in rules if r.horizontal and r.x1 - r.x0 > 0.5 * (right - left) and top <= r.top <= bottom]


def row_boundaries(groups: Sequence[Sequence[Band]], rules: Sequence[Rule]) -> tuple[float, ...]:
    """The y of each row boundary of a text table: the rule there, or else midway between the
    rows (the outer ones just outside the text)."""
    first, last = groups[0][0].line, groups[-1][-1].line
    above = [r.top for r in rules if r.top <= first.top]
    below = [r.top for r in rules if r.top >= last.bottom]
    ys = [max(above) if above else first.top - 1.0]
    for before, after in zip(groups, groups[1:]):
        between = [r.top for r in rules if before[-1].line.bottom - 1 <= r.top <= after[0].line.top + 1]
        ys.append(between[0] if between else (before[-1].line.bottom + after[0].line.top) / 2)
    ys.append(min(below) if below else last.bottom + 1.0)
    return tuple(ys)


def _merged_spans(segments: Sequence[tuple[TextLine, tuple[int, int]]]) -> list[Span]:
    """Segments of one row grouped into cells: overlapping column spans make one cell."""
    spans: list[Span] = []
    for segment, (col0, col1) in sorted(segments, key=lambda item: item[1]):
        if spans and col0 < spans[-1][1]:
            first, last, members = spans[-1]
            spans[-1] = (first, max(last, col1), members + [segment])
        else:
            spans.append((col0, col1, [segment]))
    return spans


def row_starts(bands: Sequence[Band], columns: Sequence[Boundary], rules: Sequence[Rule],
               settings: PdfSettings = DEFAULT_SETTINGS, header_bands: int = 0) -> tuple[bool, ...]:
    """For each band of a text table, whether it starts a row: a rule or an unusually wide gap
    above it, a line spanning the columns (a heading row) before or at it, the end of a repeated
    header (its first ``header_bands`` bands), or the columns it has text in starting new cells
    there (see :func:`starts_cells`)."""
    gaps = [b.line.top - a.line.bottom for a, b in zip(bands, bands[1:])]
    usual = min(gaps) if gaps else 0.0
    spans = [[column_span(s, columns) for s in band.segments] for band in bands]
    edges = _wrapping_edges(bands, spans)
    covered = [_columns_covered(band_spans) for band_spans in spans]
    starts = [True]
    row_begin = 0
    for index in range(1, len(bands)):
        band, previous = bands[index], bands[index - 1]
        size = band.line.size
        gap = band.line.top - previous.line.bottom
        spanning = any(c1 - c0 > 1 for c0, c1 in spans[index])
        was_spanning = any(c1 - c0 > 1 for c0, c1 in spans[index - 1])
        ruled = any(previous.line.bottom - 1 <= r.top <= band.line.top + 1 for r in rules)
        starts.append(ruled or gap > usual + settings.row_gap_em * size or index == header_bands or
                      (spanning and not was_spanning) or (was_spanning and not spanning) or
                      starts_cells(previous, band, spans[index - 1], spans[index], edges,
                                   set().union(*covered[row_begin:index - 1])))
        if starts[-1]:
            row_begin = index
    return tuple(starts)


OPENS, WHOLE, ENDED, CLOSED, RUNS = "opens", "whole", "ended", "closed", "runs"
"""How a column's text on a band relates to its text on the band before: none there (``opens``);
lines taken as whole cells (``whole``, a column never seen wrapping); the line before left room
for this one (``ended``), or was full but closed a sentence (``closed``), or was full (``runs``)."""

ITEM_NUMBER = re.compile(
    r"^(?:\d{1,4}[.．、]?|[（(]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]|[一二三四五六七八九十]{1,3}、)$"
)
"""A cell line that is nothing but an item number (``11``, ``3.``, ``（二）``, ``四、``)."""


def column_states(before: Band, band: Band, before_spans: Sequence[tuple[int, int]],
                  band_spans: Sequence[tuple[int, int]], edges: dict[tuple[int, int], float]) -> dict[tuple[int, int], str]:
    """For each column span with text on ``band``, how its text there follows the band before
    (one of ``OPENS`` … ``RUNS``); ``edges`` says where full lines end in spans that wrap."""
    previous = dict(zip(before_spans, before.segments))
    states: dict[tuple[int, int], str] = {}
    for span, segment in zip(band_spans, band.segments):
        above = previous.get(span)
        if above is None:
            states[span] = OPENS
        elif span not in edges:
            states[span] = WHOLE
        elif edges[span] - above.x1 >= first_unit_width(segment) - 0.05 * segment.size:
            states[span] = ENDED
        elif above.text.rstrip()[-1:] in SENTENCE_END:
            states[span] = CLOSED
        else:
            states[span] = RUNS
    return states


def starts_cells(before: Band, band: Band, before_spans: Sequence[tuple[int, int]],
                 band_spans: Sequence[tuple[int, int]], edges: dict[tuple[int, int], float],
                 earlier: set[int]) -> bool:
    """Whether the columns with text on ``band`` (at least two) start new cells there; ``earlier``
    holds the columns with text on the current row's bands before ``before``. Cells of a row
    open on the same line, so a row starts:

    * where every such column starts afresh (its line before left room, or it had none);
    * where one of them surely opens a new cell and the others' lines before, though full,
      closed a sentence. A column surely opens a cell when it has text again after a band
      without (a cell's lines follow one another), or when it starts afresh with a bare item
      number (a 序号 column's new value);
    * where a bare item number opens a cell and another column starts afresh beside it: a
      column whose line before was full then ended its cell exactly at the line's end.
    """
    states = column_states(before, band, before_spans, band_spans, edges)
    if len(states) < 2:
        return False
    fresh = {span for span, state in states.items() if state in (OPENS, WHOLE, ENDED)}
    if len(fresh) == len(states):
        return True
    numbered = {span for span, segment in zip(band_spans, band.segments)
                if span in fresh and ITEM_NUMBER.match(segment.text.strip())}
    if numbered and any(states[span] in (OPENS, ENDED) for span in fresh - numbered):
        return True
    resumed = any(state == OPENS and set(range(*span)) & earlier for span, state in states.items())
    return bool(numbered or resumed) and all(state != RUNS for state in states.values())


def _columns_covered(band_spans: Sequence[tuple[int, int]]) -> set[int]:
    return {column for col0, col1 in band_spans for column in range(col0, col1)}


def _wrapping_edges(bands: Sequence[Band], spans: Sequence[Sequence[tuple[int, int]]]) -> dict[tuple[int, int], float]:
    """Where full lines end in each column span of a text table known to wrap: a line alone on
    its band below a line of the same span is a wrapped line. A span never seen wrapping is left
    out (its lines are taken as whole cells)."""
    wrapping = {
        spans[i][0] for i in range(1, len(bands))
        if len(bands[i].segments) == 1 and spans[i][0] in spans[i - 1]
    }
    lines: dict[tuple[int, int], list[TextLine]] = {}
    for band, band_spans in zip(bands, spans):
        for segment, span in zip(band.segments, band_spans):
            if span in wrapping:
                lines.setdefault(span, []).append(segment)
    return {span: text_edge(found, "right") for span, found in lines.items()}


def text_tables(page: PageContent, lines: Sequence[TextLine], rules: Sequence[Rule], after_table: bool = False,
                settings: PdfSettings = DEFAULT_SETTINGS, open_table: OpenTable | None = None,
                known_columns: Sequence[Sequence[Boundary]] = ()) -> tuple[tuple[PageTable, ...], tuple[TextLine, ...]]:
    """Text-aligned tables among a page's lines, and the lines left over. ``after_table`` says
    the page before ended with a table (which a table opening this page may continue);
    ``open_table`` describes that table when it was a text table, and ``known_columns`` holds
    the columns of whole tables any table on this page may be part of."""
    bands = [Band(line, line_segments(line, settings)) for line in lines]
    tables: list[PageTable] = []
    taken: set[int] = set()
    for begin, end in columnar_runs(bands, settings):
        opening = after_table and begin == 0
        continued = open_table if opening else None
        place = RunPlace(
            continued=opening, closes_page=end == len(bands),
            known_columns=(*((continued.columns,) if continued else ()), *map(tuple, known_columns)),
            header=continued.first_row if continued else (),
        )
        result = text_table(page, bands[begin:end], rules, place, settings)
        if result is None:
            continue
        table, (first, last) = result
        tables.append(table)
        taken.update(range(begin + first, begin + last))
    rest = tuple(band.line for index, band in enumerate(bands) if index not in taken)
    return tuple(tables), rest


# ─── pages → blocks ────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class _StagedPage:
    """A page before its text tables are looked for: its ruled tables, the lines outside them
    that are not page furniture, and the rules outside them."""

    page: PageContent
    ruled: tuple[PageTable, ...]
    body: tuple[TextLine, ...]
    free_rules: tuple[Rule, ...]


def page_blocks(pages: Sequence[PageContent], settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[PageBlocks, ...]:
    """Each page's tables and remaining lines, page furniture left out.

    Text tables are looked for twice when needed: a table whose part on one page lacks a column
    another page shows (a column empty on that page) is read again on the whole table's columns.
    """
    staged = staged_pages(pages, settings)
    first = text_table_pass(staged, {}, settings)
    wider = wider_columns(stitched_groups(first, settings), settings)
    return text_table_pass(staged, wider, settings, first) if wider else first


def staged_pages(pages: Sequence[PageContent], settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[_StagedPage, ...]:
    """Each page's ruled tables, body lines (page furniture left out) and free rules."""
    found = []
    for page in pages:
        ruled = ruled_tables(page, settings)
        boxes = [t.bbox for t in ruled]
        lines = text_lines(outside(page.glyphs, boxes), settings)
        found.append((page, ruled, lines, margin_lines(lines, ruled, page, settings)))
    running = running_furniture([candidates for _page, _ruled, _lines, candidates in found], settings)
    staged = []
    for page, ruled, lines, candidates in found:
        furniture = {id(line) for line in candidates if is_page_number(line, page) or furniture_key(line) in running}
        body = tuple(line for line in lines if id(line) not in furniture)
        free_rules = joined_rules((r for r in page.rules if not any(_rule_in(r, t.bbox) for t in ruled)),
                                  settings.rule_snap)
        staged.append(_StagedPage(page, ruled, body, free_rules))
    return tuple(staged)


def text_table_pass(staged: Sequence[_StagedPage], wider: dict[int, tuple[tuple[Boundary, ...], ...]],
                    settings: PdfSettings = DEFAULT_SETTINGS,
                    earlier: Sequence[PageBlocks] = ()) -> tuple[PageBlocks, ...]:
    """Each page's blocks with its text tables found, page by page: a table opening a page may be
    read on the columns of the text table that closed the page before, and any text table on a
    page on the columns ``wider`` gives for that page (by page number). A page an ``earlier``
    pass read from the same inputs is taken from it."""
    result: list[PageBlocks] = []
    for index, stage in enumerate(staged):
        closing = _closing_table(result[-1]) if result else None
        open_table = _open_table(closing)
        same = (bool(earlier) and stage.page.number not in wider
                and open_table == _open_table(_closing_table(earlier[index - 1]) if index else None))
        if same:
            result.append(earlier[index])
            continue
        found, rest = text_tables(stage.page, stage.body, stage.free_rules, closing is not None, settings,
                                  open_table, wider.get(stage.page.number, ()))
        tables = tuple(sorted(stage.ruled + found, key=lambda t: t.bbox[1]))
        result.append(PageBlocks(stage.page, tables, rest))
    return tuple(result)


def _open_table(closing: PageTable | None) -> OpenTable | None:
    """What a table opening the next page may continue, from the table that closed a page."""
    return OpenTable(closing.columns, first_row_texts(closing)) if closing and not closing.ruled else None


def wider_columns(groups: Sequence[Sequence[PageTable]],
                  settings: PdfSettings = DEFAULT_SETTINGS) -> dict[int, tuple[tuple[Boundary, ...], ...]]:
    """For each page holding part of a stitched text table with fewer columns than the whole
    table, the whole table's columns (several when parts of several tables need them)."""
    wider: dict[int, tuple[tuple[Boundary, ...], ...]] = {}
    for group in groups:
        if group[0].ruled or len(group) < 2:
            continue
        columns = _group_columns(group, settings)
        for table in group:
            if len(table.columns) < len(columns):
                wider[table.page] = (*wider.get(table.page, ()), columns)
    return wider


def first_row_texts(table: PageTable) -> tuple[str, ...]:
    """The texts of a page table's first row, cell by cell (a header a continued page repeats)."""
    cells = sorted((cell for cell in table.cells if cell.row0 == 0 and cell.lines), key=lambda cell: cell.col0)
    return tuple(joined_lines([line.text for line in cell.lines]) for cell in cells)


def _closing_table(page: PageBlocks) -> PageTable | None:
    """The table a page ends with (no line below it), or None."""
    last = max(page.tables, key=lambda t: t.bbox[3], default=None)
    return last if last is not None and all(line.top < last.bbox[3] for line in page.lines) else None


def joined_rules(rules: Iterable[Rule], snap: float) -> tuple[Rule, ...]:
    """Rules with horizontal pieces at one height that meet end to end joined into one (a table
    drawn cell by cell draws a row's rule in pieces); vertical rules as they are."""
    rules = tuple(rules)
    rows: list[list[Rule]] = []
    for rule in sorted((r for r in rules if r.horizontal), key=lambda r: r.top):
        if rows and rule.top - rows[-1][-1].top <= snap:
            rows[-1].append(rule)
        else:
            rows.append([rule])
    joined: list[Rule] = []
    for row in rows:
        pieces: list[Rule] = []
        for rule in sorted(row, key=lambda r: r.x0):
            if pieces and rule.x0 <= pieces[-1].x1 + snap:
                last = pieces[-1]
                pieces[-1] = Rule(last.x0, last.top, max(last.x1, rule.x1), last.bottom)
            else:
                pieces.append(rule)
        joined.extend(pieces)
    return (*joined, *(r for r in rules if not r.horizontal))


def _rule_in(rule: Rule, box: BBox, tolerance: float = 3.0) -> bool:
    return (box[0] - tolerance <= rule.x0 and rule.x1 <= box[2] + tolerance
            and box[1] - tolerance <= rule.top and rule.bottom <= box[3] + tolerance)


# ─── stitching tables over page breaks ────────────────────────────────────────────────────


def columns_match(a: Sequence[Boundary], b: Sequence[Boundary], tolerance: float, ruled: bool = True) -> bool:
    """Whether two tables' column boundaries line up: every inner boundary of the table with
    fewer has a match in the other (merged cells can hide a rule on one page, and a column empty
    on one page shows no gutter there) and, for ruled tables, the outer edges match too. Text
    tables' outer edges are only where their text ends."""
    if ruled and not (_overlaps(a[0], b[0], tolerance) and _overlaps(a[-1], b[-1], tolerance)):
        return False
    inner_a, inner_b = a[1:-1], b[1:-1]
    small, large = (inner_a, inner_b) if len(inner_a) <= len(inner_b) else (inner_b, inner_a)
    return all(any(_overlaps(x, y, tolerance) for y in large) for x in small)


def _overlaps(a: Boundary, b: Boundary, tolerance: float) -> bool:
    return a.lo - tolerance <= b.hi and b.lo - tolerance <= a.hi


def union_columns(a: Sequence[Boundary], b: Sequence[Boundary], tolerance: float) -> tuple[Boundary, ...]:
    """Column boundaries of two matching tables merged into one list."""
    inner = list(a[1:-1])
    for boundary in b[1:-1]:
        if not any(_overlaps(boundary, m, tolerance) for m in a):
            inner.append(boundary)
    return (a[0], *sorted(inner, key=lambda x: x.mid), a[-1])


def column_map(own: Sequence[Boundary], canonical: Sequence[Boundary], tolerance: float) -> tuple[int, ...]:
    """For each of a table's boundaries, the index of the matching canonical boundary."""
    mapping = [0]
    for boundary in own[1:-1]:
        candidates = [i for i in range(1, len(canonical) - 1) if _overlaps(boundary, canonical[i], tolerance)]
        mapping.append(candidates[0] if candidates else nearest_index([c.mid for c in canonical], boundary.mid))
    mapping.append(len(canonical) - 1)
    return tuple(mapping)


def stitched_groups(pages: Sequence[PageBlocks],
                    settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[tuple[PageTable, ...], ...]:
    """Page tables grouped into whole tables: a table that opens a page continues the table that
    closed the page before when their columns match."""
    groups: list[list[PageTable]] = []
    previous_last: PageTable | None = None
    for page in pages:
        blocks = sorted([(t.bbox[1], 0, t) for t in page.tables] + [(line.top, 1, line) for line in page.lines],
                        key=lambda b: (b[0], b[1]))
        for position, (_top, _kind, block) in enumerate(blocks):
            if not isinstance(block, PageTable):
                continue
            continues = (
                position == 0 and previous_last is not None and groups and groups[-1][-1] is previous_last
                and block.ruled == groups[-1][-1].ruled
                and columns_match(_group_columns(groups[-1], settings), block.columns, settings.column_tolerance,
                                  block.ruled)
            )
            if continues:
                groups[-1].append(block)
            else:
                groups.append([block])
        previous_last = blocks[-1][2] if blocks and isinstance(blocks[-1][2], PageTable) else None
    return tuple(tuple(group) for group in groups)


def _group_columns(group: Sequence[PageTable], settings: PdfSettings) -> tuple[Boundary, ...]:
    columns: tuple[Boundary, ...] = tuple(group[0].columns)
    for table in group[1:]:
        columns = union_columns(columns, table.columns, settings.column_tolerance)
    return columns


# ─── grids ─────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Slot:
    """A grid position while a grid is built: its cell, the placed cell that cell's text starts
    in (``origin``, shared by every copy of a merged cell) and the one it ends in (``tail``,
    another page's when the cell runs over a page break), and where the cell's full lines end."""

    cell: Cell
    origin: PlacedCell | None
    tail: PlacedCell | None
    right: float

    @property
    def vertical_merge(self) -> bool:
        """Whether this position belongs to a cell spanning rows."""
        return self.cell.merged_from == "above" or (self.origin is not None and self.origin.row1 - self.origin.row0 > 1)


@dataclass(frozen=True)
class _RowPlace:
    page: int
    bbox: BBox
    after_break: bool


def grid_of_group(group: Sequence[PageTable], settings: PdfSettings = DEFAULT_SETTINGS) -> Grid:
    """One grid from a table's page parts: merged cells expanded, rows after a page break flagged,
    vertically merged cells that run on over a page break carried on."""
    canonical = _group_columns(group, settings)
    edges = right_edges(group, canonical, settings)
    slots: list[list[Slot]] = []
    places: list[_RowPlace] = []
    header: list[tuple[str, ...]] = []
    for part, table in enumerate(group):
        part_slots = page_slots(table, canonical, edges, settings)
        texts = [tuple(slot.cell.text for slot in row) for row in part_slots]
        if part == 0:
            header = texts
        elif slots:
            carry_merges_over_break(slots, part_slots, _repeated_header_count(header, texts), settings)
        for index, row in enumerate(part_slots):
            slots.append(row)
            box = (table.bbox[0], table.rows[index], table.bbox[2], table.rows[index + 1])
            places.append(_RowPlace(table.page, _rounded(box), part > 0 and index == 0))
    rows = tuple(
        Row(tuple(slot.cell for slot in row), Where(page=place.page, bbox=place.bbox), after_break=place.after_break)
        for row, place in zip(slots, places)
    )
    return Grid(rows=rows, where=Where(page=group[0].page, bbox=_rounded(group[0].bbox)))


def page_slots(table: PageTable, canonical: Sequence[Boundary], edges: dict[int, float],
               settings: PdfSettings = DEFAULT_SETTINGS) -> list[list[Slot]]:
    """A page table's rows as slots on the whole table's columns: a cell spanning columns is
    copied rightwards (``merged_from="left"``), one spanning rows downwards (``"above"``), and a
    position no cell covers is an empty cell."""
    mapping = column_map(table.columns, canonical, settings.column_tolerance)
    width = len(canonical) - 1
    grid: list[list[Slot | None]] = [[None] * width for _ in range(table.row_count)]
    for placed in table.cells:
        col0, col1 = mapping[placed.col0], mapping[placed.col1]
        if col1 <= col0:
            continue
        right = edges.get(col1, placed.bbox[2])
        cell = Cell(cell_paragraphs(placed.lines, right, settings), Where(page=table.page, bbox=_rounded(placed.bbox)))
        for r in range(placed.row0, placed.row1):
            for c in range(col0, col1):
                if grid[r][c] is not None:
                    continue
                if (r, c) == (placed.row0, col0):
                    grid[r][c] = Slot(cell, placed, placed, right)
                else:
                    copy = replace(cell, merged_from="left" if r == placed.row0 else "above")
                    grid[r][c] = Slot(copy, placed, placed, right)
    xs = [b.mid for b in canonical]
    return [
        [slot or Slot(_empty_cell(table, xs, r, c), None, None, xs[c + 1]) for c, slot in enumerate(row)]
        for r, row in enumerate(grid)
    ]


def carry_merges_over_break(done: list[list[Slot]], part: list[list[Slot]], first: int,
                            settings: PdfSettings = DEFAULT_SETTINGS) -> None:
    """Carry the vertically merged cells of the row before a page break on over the continued
    page's rows (``first`` is the row after its repeated header rows), in place.

    An empty cell opening the page is the rest of the cell above when that one spans rows or the
    empty one does: it and its copies become copies of the cell above. A cell spanning rows that
    opens the page with text going on from the cell above (whose last line was full) is the rest
    of it too: every position of the merged cell, before the break and after, gets the whole
    text (the first keeps ``merged_from=None``, the others are copies).
    """
    if first >= len(part):
        return
    for column, above in enumerate(done[-1]):
        opening = part[first][column]
        if above.cell.is_empty or opening.cell.merged_from is not None:
            continue
        if not opening.cell.is_empty and _goes_on(above, opening, settings):
            opening = replace(opening, cell=replace(opening.cell, continues=True))
            part[first][column] = opening
        covered = _rows_covered(part, first, column)
        if opening.cell.is_empty and (above.vertical_merge or len(covered) > 1):
            copy = Slot(replace(above.cell, merged_from="above"), above.origin, above.tail, above.right)
            for r in covered:
                part[r][column] = copy
        elif not opening.cell.is_empty and len(covered) > 1 and _goes_on(above, opening, settings):
            paragraphs = _joined_paragraphs(above.cell.paragraphs, opening.cell.paragraphs)
            for row in done:
                slot = row[column]
                if slot.origin is above.origin:
                    row[column] = replace(slot, cell=replace(slot.cell, paragraphs=paragraphs), tail=opening.tail)
            copy = Slot(replace(above.cell, paragraphs=paragraphs, merged_from="above"), above.origin, opening.tail,
                        opening.right)
            for r in covered:
                part[r][column] = copy


def _rows_covered(part: Sequence[Sequence[Slot]], first: int, column: int) -> list[int]:
    """The rows of a page part the cell at ``(first, column)`` covers: those holding the same
    placed cell, or only ``first`` for a position no cell covers."""
    origin = part[first][column].origin
    if origin is None:
        return [first]
    return [r for r in range(first, len(part)) if part[r][column].origin is origin]


def _goes_on(above: Slot, opening: Slot, settings: PdfSettings) -> bool:
    """Whether the text opening a cell goes on from the text of the cell above a page break."""
    if above.tail is None or opening.tail is None or not above.tail.lines or not opening.tail.lines:
        return False
    pair = (above.tail.lines[-1], opening.tail.lines[0])
    return not paragraph_breaks(pair, above.right, settings)[1]


def _joined_paragraphs(before: Sequence[str], after: Sequence[str]) -> tuple[str, ...]:
    return (*before[:-1], joined_lines([before[-1], after[0]]), *after[1:])


def _repeated_header_count(header: Sequence[tuple[str, ...]], texts: Sequence[tuple[str, ...]]) -> int:
    """How many rows opening a continued page repeat the rows opening the table."""
    count = 0
    while count < min(len(header), len(texts)) and header[count] == texts[count] and any(texts[count]):
        count += 1
    return count


def _empty_cell(table: PageTable, xs: Sequence[float], row: int, column: int) -> Cell:
    left = table.bbox[0] if column == 0 else xs[column]
    right = table.bbox[2] if column == len(xs) - 2 else xs[column + 1]
    return Cell((), Where(page=table.page, bbox=_rounded((left, table.rows[row], right, table.rows[row + 1]))))


def right_edges(group: Sequence[PageTable], canonical: Sequence[Boundary],
                settings: PdfSettings = DEFAULT_SETTINGS) -> dict[int, float]:
    """Where full lines end in the cells of a whole table that end at each column boundary (the
    index of the boundary is the key). A line ending well short of that ended a paragraph."""
    lines: dict[int, list[TextLine]] = {}
    for table in group:
        mapping = column_map(table.columns, canonical, settings.column_tolerance)
        for cell in table.cells:
            lines.setdefault(mapping[cell.col1], []).extend(cell.lines)
    return {column: text_edge(found, "right") for column, found in lines.items() if found}


def text_edge(lines: Sequence[TextLine], side: str) -> float:
    """Where a column of lines is aligned on one side: among the line ends within two ems of the
    outermost one, the most common (so punctuation hanging into the margin does not count)."""
    size = statistics.median(line.size for line in lines)
    ends = [line.x1 if side == "right" else -line.x0 for line in lines]
    outer = max(ends)
    near = [round(end) for end in ends if end >= outer - 2 * size]
    counts: dict[int, int] = {}
    for end in near:
        counts[end] = counts.get(end, 0) + 1
    best = max(counts.items(), key=lambda item: (item[1], item[0]))[0]
    edge = max(end for end in ends if round(end) == best)
    return edge if side == "right" else -edge


def cell_paragraphs(lines: Sequence[TextLine], right: float,
                    settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[str, ...]:
    """A cell's paragraphs: wrapped lines joined, a new paragraph where a line clearly starts one."""
    if not lines:
        return ()
    breaks = paragraph_breaks(lines, right, settings)
    return tuple(joined_lines([line.text for line in group]) for group in paragraphs_of_lines(lines, breaks))


def _rounded(bbox: BBox) -> BBox:
    return tuple(round(v, 2) for v in bbox)  # type: ignore[return-value]


# ─── paragraphs outside tables ─────────────────────────────────────────────────────────────


def body_extents(pages: Sequence[PageBlocks]) -> dict[int, tuple[float, float]]:
    """The left and right edges body text is aligned to, per page width (rounded): portrait and
    landscape pages have their own margins."""
    by_width: dict[int, list[TextLine]] = {}
    for page in pages:
        by_width.setdefault(round(page.page.width), []).extend(page.lines)
    return {width: (text_edge(lines, "left"), text_edge(lines, "right")) for width, lines in by_width.items() if lines}


def paragraph_line_groups(page: PageBlocks, left: float, right: float, usual_gap: float,
                          settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[tuple[TextLine, ...], ...]:
    """A page's lines outside tables grouped into paragraphs, in reading order. Besides the rules
    of :func:`paragraph_breaks`, a wider space than usual, an indented line (Chinese paragraphs
    open with an indent; centred lines count as indented), or a table between two lines
    separates paragraphs."""
    lines = list(page.lines)
    if not lines:
        return ()
    breaks = list(paragraph_breaks(lines, right, settings))
    for index in range(1, len(lines)):
        before, line = lines[index - 1], lines[index]
        gap = line.top - before.bottom
        indented = line.x0 - left >= settings.indent_em * line.size
        table_between = any(before.bottom <= t.bbox[1] <= line.top for t in page.tables)
        if gap > usual_gap + settings.paragraph_gap_em * line.size or indented or table_between:
            breaks[index] = True
    return paragraphs_of_lines(lines, breaks)


def continues_over_break(before: Sequence[TextLine], after: Sequence[TextLine], left: float, right: float,
                         settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether a page's first paragraph goes on with the last paragraph of the page before: the
    last line there was full and the first line here is neither indented nor of another size."""
    last, first = before[-1], after[0]
    indented = first.x0 - left >= settings.indent_em * first.size
    return not indented and not paragraph_breaks((last, first), right, settings)[1]


def paragraph_of_lines(lines: Sequence[TextLine], page: int) -> Paragraph:
    bbox = (min(line.x0 for line in lines), min(line.top for line in lines),
            max(line.x1 for line in lines), max(line.bottom for line in lines))
    return Paragraph(joined_lines([line.text for line in lines]), Where(page=page, bbox=_rounded(bbox)))


def usual_line_gap(pages: Sequence[PageBlocks]) -> float:
    """The most common space between consecutive lines of body text."""
    gaps = [
        round(b.top - a.bottom, 1)
        for page in pages for a, b in zip(page.lines, page.lines[1:])
        if 0 <= b.top - a.bottom <= 1.5 * a.size and abs(a.size - b.size) <= 0.5
    ]
    return statistics.median(gaps) if gaps else 0.0


# ─── the whole document ────────────────────────────────────────────────────────────────────


def layout_from_pages(pages: Sequence[PageContent], source: str, settings: PdfSettings = DEFAULT_SETTINGS) -> Layout:
    """The Layout of a document from its pages' contents."""
    blocks_by_page = page_blocks(pages, settings)
    groups = stitched_groups(blocks_by_page, settings)
    grids = {id(group[0]): grid_of_group(group, settings) for group in groups}
    extents = body_extents(blocks_by_page)
    gap = usual_line_gap(blocks_by_page)
    blocks: list[Block] = []
    open_lines: tuple[TextLine, ...] = ()  # the last paragraph's lines, while nothing follows it
    for page in blocks_by_page:
        number = page.page.number
        left, right = extents.get(round(page.page.width), (0.0, page.page.width))
        placed: list[tuple[float, int, Block | tuple[TextLine, ...]]] = [
            (group[0].top, 1, group) for group in paragraph_line_groups(page, left, right, gap, settings)
        ]
        placed += [(table.bbox[1], 0, grids[id(table)]) for table in page.tables if id(table) in grids]
        placed += [(table.bbox[1], 0, table) for table in page.tables if id(table) not in grids]
        placed.sort(key=lambda item: (item[0], item[1]))
        for position, (_top, _kind, item) in enumerate(placed):
            if isinstance(item, tuple):
                if position == 0 and open_lines and continues_over_break(open_lines, item, left, right, settings):
                    merged = blocks[-1]
                    assert isinstance(merged, Paragraph)
                    blocks[-1] = replace(merged, text=joined_lines([merged.text, *(line.text for line in item)]))
                else:
                    blocks.append(paragraph_of_lines(item, number))
                open_lines = item
            else:
                if isinstance(item, Grid):
                    blocks.append(item)
                open_lines = ()
    return Layout(source=source, format="pdf", blocks=tuple(blocks))

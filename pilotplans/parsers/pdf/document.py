"""The whole document: bytes → pages → blocks → stitched grids and paragraphs → Layout."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ...errors import UnreadableFile
from ...layout import Block, Caution, Grid, Layout, Paragraph
from ...textutil import join_lines
from ..ocr.settings import DEFAULT_OCR, OcrSettings
from .content import CORRUPT, PageContent, page_contents, problem_in_pdf_bytes
from .cropped import cropped_doubt
from .grids import grid_of_group
from .lines import TextLine
from .pages import page_blocks
from .paragraphs import body_extents, continues_over_break, paragraph_line_groups, paragraph_of_lines, usual_line_gap
from .settings import DEFAULT_SETTINGS, PdfSettings
from .stitch import stitched_groups


def read_pdf(data: bytes, source: str, settings: PdfSettings = DEFAULT_SETTINGS, ocr: OcrSettings = DEFAULT_OCR,
             progress: Callable[[int, int], None] | None = None) -> Layout:
    """Read a PDF file's bytes into a Layout; ``source`` names the file in errors and output.
    Pages without a text layer (scans) are read through OCR as ``ocr`` says (``progress`` hears
    of each page recognised).

    Raises :class:`UnreadableFile` (one line: file and cause) for an empty, corrupt, truncated or
    encrypted PDF, one without text (not even through OCR), and for one whose pages' content
    cannot be decoded (rather than read what is left of it).
    """
    pdf_problem = problem_in_pdf_bytes(data)
    if pdf_problem:
        raise UnreadableFile(source, pdf_problem)
    pages = page_contents(data, source, settings)
    if not pages:
        raise UnreadableFile(source, f"{CORRUPT} (no pages: its page tree is empty or broken)")
    lost = [str(page.number) for page in pages if page.damaged]
    if lost:
        raise UnreadableFile(source, f"{CORRUPT} (the content of page{'s' if len(lost) > 1 else ''} "
                                     f"{', '.join(lost)} cannot be decoded)")
    from ..ocr.reader import doubts_of, no_text_cause, poor_pages, refuse_unreadable, with_ocr

    pages = with_ocr(data, source, pages, ocr, progress)
    if not any(page.glyphs for page in pages):
        raise UnreadableFile(source, no_text_cause(ocr))
    refuse_unreadable(pages, source)
    layout = layout_from_pages(pages, source, settings)
    return replace(layout, doubts=doubts_of(pages, ocr), cautions=layout.cautions + poor_pages(pages))


def layout_from_pages(pages: Sequence[PageContent], source: str, settings: PdfSettings = DEFAULT_SETTINGS) -> Layout:
    """The Layout of a document from its pages' contents."""
    blocks_by_page = page_blocks(pages, settings)
    groups = stitched_groups(blocks_by_page, settings)
    read = {id(group[0]): grid_of_group(group, settings) for group in groups}
    grids = {key: grid for key, (grid, _doubts) in read.items()}
    extents = body_extents(blocks_by_page, settings)
    gap = usual_line_gap(blocks_by_page, settings)
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
                    blocks[-1] = replace(merged, text=join_lines([merged.text, *(line.text for line in item)]),
                                         where=merged.where.spanning(paragraph_of_lines(item, number).where))
                else:
                    blocks.append(paragraph_of_lines(item, number))
                open_lines = item
            else:
                if isinstance(item, Grid):
                    blocks.append(item)
                open_lines = ()
    cautions = tuple(Caution("rows_read_as_points", f"page {page.page.number}: {table.doubt}")
                     for page in blocks_by_page for table in page.tables if table.doubt)
    cautions += tuple(Caution("stacked_cells_shifted", f"page {page.page.number}: {table.shifted}")
                      for page in blocks_by_page for table in page.tables if table.shifted)
    cautions += tuple(Caution("rows_uncertain", f"page {page.page.number}: {table.uncertain}")
                      for page in blocks_by_page for table in page.tables if table.uncertain)
    cautions += tuple(Caution("merged_cells_unread", f"page {page.page.number}: {table.unspanned}")
                      for page in blocks_by_page for table in page.tables if table.unspanned)
    cautions += tuple(Caution("merged_cells_unread", doubt) for _grid, doubts in read.values() for doubt in doubts)
    cautions += tuple(Caution("cell_cropped", f"page {page.page.number}: {doubt}") for page in blocks_by_page
                      for table in page.tables if (doubt := cropped_doubt(table, page.page.rules, settings)))
    from ..text.cells import paragraph_tables

    # a table printed as paragraphs, one cell to a paragraph (a flattened web table saved as DOCX, then printed)
    return Layout(source=source, format="pdf", blocks=paragraph_tables(tuple(blocks), source), cautions=cautions)

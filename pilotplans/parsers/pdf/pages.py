"""Pages into blocks: each page's ruled tables, page furniture left out, then its text-aligned
tables found page by page (a table opening a page may continue the one that closed the page
before, and is read on its columns), and the lines left over."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .aligned import OpenTable, text_tables
from .content import PageContent, Rule
from .furniture import furniture
from .lines import TextLine, text_lines
from .ruled import free_rules, outside, ruled_tables, without_frames
from .settings import DEFAULT_SETTINGS, PdfSettings
from .stitch import group_columns, stitched_groups
from .tables import Boundary, PageBlocks, PageTable, first_row_texts


@dataclass(frozen=True)
class StagedPage:
    """A page before its text tables are looked for: its ruled tables, the lines outside them
    that are not page furniture, and the rules outside them."""

    page: PageContent
    ruled: tuple[PageTable, ...]
    body: tuple[TextLine, ...]
    free_rules: tuple[Rule, ...]


def page_blocks(pages: Sequence[PageContent], settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[PageBlocks, ...]:
    """Each page's tables and remaining lines, page furniture left out.

    Text tables are looked for twice when needed: a table whose part on one page lacks a column
    another page shows (a column empty on that page) is read again on the whole table's columns,
    and a page whose table's part on the next page opens with rows going on with a category
    cell (:func:`cells_going_on`) is read again knowing that its last cell there goes on.
    """
    staged = staged_pages(pages, settings)
    first = text_table_pass(staged, {}, settings)
    wider = wider_columns(stitched_groups(first, settings), settings)
    going_on = cells_going_on(first)
    return text_table_pass(staged, wider, settings, first, going_on) if wider or going_on else first


def staged_pages(pages: Sequence[PageContent], settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[StagedPage, ...]:
    """Each page's ruled tables, body lines (page furniture left out) and free rules."""
    found = []
    ruled_by_page = without_frames(pages, [ruled_tables(page, settings) for page in pages], settings)
    for page, ruled in zip(pages, ruled_by_page):
        lines = text_lines(outside(page.glyphs, [t.bbox for t in ruled]), settings)
        found.append((page, lines, ruled))
    dropped = furniture(found, settings)
    return tuple(
        StagedPage(page, ruled, tuple(line for line in lines if id(line) not in ids), free_rules(page, ruled, settings))
        for (page, lines, ruled), ids in zip(found, dropped)
    )


def text_table_pass(staged: Sequence[StagedPage], wider: dict[int, tuple[tuple[Boundary, ...], ...]],
                    settings: PdfSettings = DEFAULT_SETTINGS,
                    earlier: Sequence[PageBlocks] = (),
                    going_on: dict[int, tuple[float, ...]] | None = None) -> tuple[PageBlocks, ...]:
    """Each page's blocks with its text tables found, page by page: a table opening a page may be
    read on the columns of the text table that closed the page before, and any text table on a
    page on the columns ``wider`` gives for that page (by page number) or on those of the last
    text table before it, when they match. ``going_on`` gives, by page number, the middles (x) of
    the category columns whose last cell on the page goes on to the next. A page an ``earlier``
    pass read from the same inputs is taken from it."""
    going_on = going_on or {}
    result: list[PageBlocks] = []
    for index, stage in enumerate(staged):
        closing = closing_table(result[-1]) if result else None
        open_table = _open_table(closing)
        before = last_text_columns(result)
        same = (bool(earlier) and stage.page.number not in wider and stage.page.number not in going_on
                and open_table == _open_table(closing_table(earlier[index - 1]) if index else None)
                and before == last_text_columns(earlier[:index]))
        if same:
            result.append(earlier[index])
            continue
        ruled_before = [(table.bbox[3], table.columns) for table in stage.ruled]
        if closing is not None and closing.ruled:
            ruled_before.append((float("-inf"), closing.columns))
        found, rest = text_tables(stage.page, stage.body, stage.free_rules, closing is not None, settings,
                                  open_table, wider.get(stage.page.number, ()), before, ruled_before,
                                  going_on.get(stage.page.number, ()))
        tables = tuple(sorted(stage.ruled + found, key=lambda t: t.bbox[1]))
        result.append(PageBlocks(stage.page, tables, rest))
    return tuple(result)


def cells_going_on(pages: Sequence[PageBlocks]) -> dict[int, tuple[float, ...]]:
    """By page number, the middles (x) of the category columns of the text table closing a page
    whose part on the next page opens with rows going on with a cell from it (no block of that
    column's text before them: a cell merged over the page break, which prints its text from the
    top of its part on the page before, not centred over its rows there)."""
    found: dict[int, tuple[float, ...]] = {}
    for page, after in zip(pages, pages[1:]):
        closing = closing_table(page)
        opening = min(after.tables, key=lambda t: t.bbox[1], default=None)
        if closing is None or closing.ruled or opening is None or not opening.continuing:
            continue
        middles = tuple(x for x in opening.continuing if closing.columns[0].lo <= x <= closing.columns[-1].hi)
        if middles:
            found[page.page.number] = middles
    return found


def last_text_columns(pages: Sequence[PageBlocks]) -> tuple[Boundary, ...]:
    """The columns of the last text table on these pages (none when there is none)."""
    for page in reversed(pages):
        for table in sorted(page.tables, key=lambda t: t.bbox[1], reverse=True):
            if not table.ruled:
                return table.columns
    return ()


def _open_table(closing: PageTable | None) -> OpenTable | None:
    """What a table opening the next page may continue, from the table that closed a page."""
    if closing is None or closing.ruled:
        return None
    return OpenTable(closing.columns, first_row_texts(closing), closing.settled, closing.ended)


def wider_columns(groups: Sequence[Sequence[PageTable]],
                  settings: PdfSettings = DEFAULT_SETTINGS) -> dict[int, tuple[tuple[Boundary, ...], ...]]:
    """For each page holding part of a stitched text table with fewer columns than the whole
    table, the whole table's columns (several when parts of several tables need them)."""
    wider: dict[int, tuple[tuple[Boundary, ...], ...]] = {}
    for group in groups:
        if group[0].ruled or len(group) < 2:
            continue
        columns = group_columns(group, settings)
        for table in group:
            if len(table.columns) < len(columns):
                wider[table.page] = (*wider.get(table.page, ()), columns)
    return wider


def closing_table(page: PageBlocks) -> PageTable | None:
    """The table a page ends with (no line below it), or None."""
    last = max(page.tables, key=lambda t: t.bbox[3], default=None)
    return last if last is not None and all(line.top < last.bbox[3] for line in page.lines) else None

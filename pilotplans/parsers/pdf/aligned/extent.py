"""Where a text-aligned table stands among a page's lines: runs of lines with columns, the lines
a table takes around them (a heading row spanning the columns, a repeated header), and the page
tables read from them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ....textutil import join_lines
from ..content import PageContent, Rule
from ..lines import TextLine, enumerator_value, left_room, line_segments
from ..settings import DEFAULT_SETTINGS, PdfSettings
from ..stitch import columns_match, union_columns
from ..tables import Boundary, PageTable
from .cells import text_page_table
from .columns import Band, bands_at_column_edges, bands_at_shared_edges, bands_on_columns, column_span, crosses, gutters, merged_spans
from .rules import rule_between, rules_across


@dataclass(frozen=True)
class OpenTable:
    """The text table that closed the page before, which a table opening a page may continue:
    its columns and the texts of its first row (the header, when the table repeats it)."""

    columns: tuple[Boundary, ...]
    first_row: tuple[str, ...]
    settled: str | None = None
    """How its numbered rows sat (``top``, ``centre``), when they showed it clearly."""
    ended: tuple[float, ...] = ()
    """The middles (x) of its category columns whose last cell ended on its page."""


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
    settled: str | None = None
    """How the rows of the table it may continue sat, when they showed it clearly."""
    ended: tuple[float, ...] = ()
    """The middles (x) of the category columns whose last cell ended on the page before."""
    going_on: tuple[float, ...] = ()
    """For a run closing the page, the middles (x) of the category columns whose last cell goes
    on to the next page (the table's part there opens with rows going on with it)."""
    ruled_columns: tuple[Boundary, ...] = ()
    """The columns of the ruled table right before it (above it on the page, or closing the page
    before), whose rows it may go on without rules: read on them when its gutters match them."""


def text_tables(page: PageContent, lines: Sequence[TextLine], rules: Sequence[Rule], after_table: bool = False,
                settings: PdfSettings = DEFAULT_SETTINGS, open_table: OpenTable | None = None,
                known_columns: Sequence[Sequence[Boundary]] = (),
                before: Sequence[Boundary] = (),
                ruled_before: Sequence[tuple[float, Sequence[Boundary]]] = (),
                going_on: Sequence[float] = ()) -> tuple[tuple[PageTable, ...], tuple[TextLine, ...]]:
    """Text-aligned tables among a page's lines, and the lines left over. ``after_table`` says
    the page before ended with a table (which a table opening this page may continue);
    ``open_table`` describes that table when it was a text table, and ``known_columns`` holds
    the columns of whole tables any table on this page may be part of. ``before`` holds the
    columns of the last text table before this page: a table printed in parts with headings
    between them shows only some of its columns in a short part (one row: no gutter beside its
    number) so a table whose columns match those of the text table before it is read on both.
    ``ruled_before`` holds the bottom and columns of each ruled table a table on this page may follow
    (the page's own, and the one closing the page before at ``-inf``): a ruled table's rows printed
    on without rules (a part of it pasted without borders) leave no gutter for a column empty in
    them, so a table right under a ruled one, its gutters matching its rules, is read on its columns.
    ``going_on`` holds the middles (x) of the category columns whose cell, last on the page, goes on
    to the next page."""
    bands = [Band(line, line_segments(line, settings)) for line in lines]
    tables: list[PageTable] = []
    taken: set[int] = set()
    ruled_closing = any(bottom == float("-inf") for bottom, _columns in ruled_before)
    for begin, end in columnar_runs(bands, settings, open_table is not None or ruled_closing):
        opening = after_table and begin == 0
        continued = open_table if opening else None
        previous = tuple(tables[-1].columns if tables else before)
        top = bands[begin].line.top
        above = max(((bottom, columns) for bottom, columns in ruled_before if bottom <= top), default=None,
                    key=lambda item: item[0])
        ruled_columns = (tuple(above[1]) if above is not None and not (tables and tables[-1].bbox[3] > above[0])
                         else ())
        place = RunPlace(
            continued=opening, closes_page=end == len(bands),
            known_columns=(*((continued.columns,) if continued else ()), *map(tuple, known_columns),
                           *((previous,) if previous else ())),
            header=continued.first_row if continued else (),
            settled=continued.settled if continued else None,
            ended=continued.ended if continued else (),
            going_on=tuple(going_on) if end == len(bands) else (),
            ruled_columns=ruled_columns,
        )
        result = text_table(page, bands[begin:end], rules, place, settings)
        if result is None:
            continue
        table, (first, last) = result
        tables.append(table)
        taken.update(range(begin + first, begin + last))
    rest = tuple(band.line for index, band in enumerate(bands) if index not in taken)
    return tuple(tables), rest


def columnar_runs(bands: Sequence[Band], settings: PdfSettings = DEFAULT_SETTINGS,
                  continued: bool = False) -> tuple[tuple[int, int], ...]:
    """Index ranges (end-exclusive) of bands that read as a table: consecutive lines, no wider
    apart than ``run_gap_em``, holding enough lines with several columns (any number, for the run
    opening a page that may continue a table: the last rows of a table, or the rest of its last
    row, may stand alone on a page)."""
    runs: list[tuple[int, int]] = []
    start = None
    for index, band in enumerate(bands):
        if start is not None:
            previous = bands[index - 1].line
            if band.line.top - previous.bottom > settings.run_gap_em * previous.size:
                runs.append((start, index))
                start = None
        if start is None:
            start = index
    if start is not None:
        runs.append((start, len(bands)))
    found = []
    seen = side_by_side(bands)
    for begin, end in runs:
        multi = [i for i in range(begin, end) if len(seen[i].segments) > 1]
        if begin == 0 and continued or not few_table_lines(seen[begin:end], len(multi), settings):
            found.append((begin, end))
    return tuple(found)


def few_table_lines(seen: Sequence[Band], multi: int, settings: PdfSettings) -> bool:
    """Whether lines (``multi`` of them with several columns) are too few to read as a table: fewer
    than ``min_text_table_rows`` with several columns, counting the lines stacked down a column one
    character wide (:func:`stacked_lines`) when at least ``min_lines_beside`` have several columns
    (enough to show the gutters)."""
    if multi >= settings.min_text_table_rows:
        return False
    return multi < settings.min_lines_beside or multi + len(stacked_lines(seen)) < settings.min_text_table_rows


def stacked_lines(seen: Sequence[Band]) -> list[int]:
    """The lines going on down a column one character wide: a line of one character alone, under
    a line with several columns one of whose segments is one character at its place, or under such
    a line (a label or cell wrapping a character a line in a very narrow column, the other columns'
    text ended). They are a table's lines as those with several columns are: a table printed with
    one so narrow a column may show only two lines with several columns on a page (its header's
    and one row's first)."""
    found: list[int] = []
    column: float | None = None  # where the column stacking one character a line stands
    for index, band in enumerate(seen):
        single = [s for s in band.segments if len(s.text.strip()) == 1]
        if len(band.segments) > 1:
            column = single[-1].x0 if single else None
            continue
        if column is not None and len(single) == 1 and abs(single[0].x0 - column) <= single[0].size / 2:
            found.append(index)
        else:
            column = None
    return found


def side_by_side(bands: Sequence[Band]) -> list[Band]:
    """Each band with the segments of the neighbouring lines printed beside it (overlapping it in
    height, not in width): cells centred in their rows print their lines at half a line from
    their neighbours', so a row may have no line of several columns of its own."""
    seen = []
    for index, band in enumerate(bands):
        segments = list(band.segments)
        for other in (*bands[max(index - 2, 0):index], *bands[index + 1:index + 3]):
            if other.line.top < band.line.bottom and band.line.top < other.line.bottom:
                segments += [s for s in other.segments if not any(s.x0 < t.x1 and t.x0 < s.x1 for t in segments)]
        seen.append(Band(band.line, tuple(sorted(segments, key=lambda s: s.x0))))
    return seen


def text_table(page: PageContent, bands: Sequence[Band], rules: Sequence[Rule], place: RunPlace = RunPlace(),
               settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[PageTable, tuple[int, int]] | None:
    """The text-aligned table among consecutive bands, with the range of bands it takes (see
    :func:`table_band_range`), or None.

    When the columns its text shows match the columns of a table it may be part of (the first
    of ``place.known_columns`` that matches, see :func:`~..stitch.columns_match`), it is read on
    both together, so that a column empty on one page keeps its place. Lines opening a continued
    table that repeat ``place.header`` make a row of their own.
    """
    bands = bands_at_shared_edges(bands, settings)
    seen = side_by_side(bands)
    multi = [i for i, b in enumerate(seen) if len(b.segments) > 1]
    few = few_table_lines(seen, len(multi), settings)
    # the columns a continued table's end is read on: the text table's it continues, or else those
    # of the ruled table that closed the page before (its last rows printed on without rules)
    continued_columns = (*place.known_columns, *((place.ruled_columns,) if place.ruled_columns else ()))
    if few and not (place.continued and continued_columns):
        return None
    left = min(b.line.x0 for b in bands)
    right = max(b.line.x1 for b in bands)
    if few:  # the end of a continued table: read on its columns when its lines keep within them,
        # or print text in two of them (a paragraph runs across them from the left margin), or
        # keep within one of them between the table's rules or wrapping at its edge. The end of a
        # ruled table (its columns only from the ruled table closing the page before) is a row,
        # printing text in two of them on one line: lines keeping within one column elsewhere (a
        # signature, 海南省人民政府 and its date, under the responsibility column), or a paragraph
        # whose short last line ends before them, are no part of it
        columns = continued_columns[0]
        from_ruled = not place.known_columns
        found = tuple(columns[1:-1])
        spans = {column_span(s, columns) for band in bands for s in band.segments}
        if from_ruled:
            in_line = [[column_span(s, columns) for s in band.segments] for band in seen]
            beside = any(a[1] <= b[0] for line in in_line for a in line for b in line)
        else:
            beside = any(a[1] <= b[0] for a in spans for b in spans)  # text in two columns, as a table has
        one_column = all(c1 - c0 == 1 for c0, c1 in spans)
        if (not beside and (from_ruled or any(c1 - c0 > 1 for c0, c1 in spans) or all(c0 == 0 for c0, _c1 in spans))
                and not (one_column and (framed(bands, rules, settings) or wrapped_in_column(bands, columns, settings)))):
            return None
        if from_ruled and not one_column:  # a ruled table's row keeps each text within its rules: a
            return None  # line across them (联系人：张三 over the 序号 rule, 电话 beside it) is none
        multi = multi or [0]
    else:
        found = gutters(seen[multi[0]:multi[-1] + 1], left, right, settings)
    if not found:
        return None
    shown = (Boundary(left, left), *found, Boundary(right, right))
    known = next((columns for columns in place.known_columns
                  if columns_match(columns, shown, settings.column_tolerance, ruled=False)), None)
    if (known is None and place.ruled_columns and under_rules(shown, place.ruled_columns, settings.column_tolerance)
            and not any(crosses(band, place.ruled_columns[1:-1]) for band in seen if len(band.segments) > 1)):
        known = place.ruled_columns
    outer: tuple[float, float] | None = None
    if known is not None:
        found = tuple(union_columns(known, (known[0], *found, known[-1]), settings.column_tolerance)[1:-1])
        outer = (known[0].lo, known[-1].hi)
        bands = bands_on_columns(bands, found, settings)
    elif not few:  # a gutter the page's own lines agree on also parts the lines whose two cells
        # stand closer than a gutter across it (a table printed from HTML without borders)
        bands = bands_at_column_edges(bands, found, settings)
    columns = (Boundary(left, left), *found, Boundary(right, right))
    # the header repeated from the run's first line, or from its first line with columns (a label's
    # first line printed alone above the others, as a label wrapping in a narrow column is, shows none)
    only_header = place.continued and any(
        0 < (heads := repeated_header_bands(bands[start:], columns, place.header, settings)) and multi[-1] < start + heads
        for start in dict.fromkeys((multi[0], 0)))
    begin, end = table_band_range(bands, multi, found, rules, place, known is not None, settings, only_header)
    repeated = repeated_header_bands(bands[begin:end], columns, place.header, settings) if place.continued else 0
    table = text_page_table(page, bands[begin:end], found, rules, settings, outer, repeated, place.continued,
                            place.settled, place.ended, place.going_on)
    return (table, (begin, end)) if table.row_count >= 1 else None


def under_rules(shown: Sequence[Boundary], ruled: Sequence[Boundary], tolerance: float) -> bool:
    """Whether every gutter a text table shows has a column rule of a ruled table in it: its rows go
    on that table's (a gutter of its own would be a table of other columns). The caller also asks
    that no cell of its rows run across one of the ruled table's rules: a table of fewer columns,
    one gutter shared (序号 beside the text), whose text runs on over the rules it does not show."""
    inner = shown[1:-1]
    return bool(inner) and all(any(g.overlaps(r, tolerance) for r in ruled[1:-1]) for g in inner)


def table_band_range(bands: Sequence[Band], multi: Sequence[int], found: Sequence[Boundary], rules: Sequence[Rule],
                     place: RunPlace, on_known_columns: bool = False,
                     settings: PdfSettings = DEFAULT_SETTINGS, only_header: bool = False) -> tuple[int, int]:
    """The bands (begin, end-exclusive) a text table takes among a run's, whose lines with
    several columns (``multi``) are divided by ``found``.

    The table runs from the first to the last line with columns, on over the lines after it that
    keep within its columns (across the rules under its rows, when it has such, and the rule under
    a repeated header that is all its lines with columns show: ``only_header``), over heading rows
    spanning them when lines within them follow (rows of cells centred in their rows may print no
    line with several columns; not full lines wrapping into the run's last line from their left
    edge: a paragraph after the table), and on over ``stray_lines`` lines to the page's last line when its
    rules leave it open at the foot (rules above its text, none below: a page break cut it, and a
    heading row spanning the columns may close the page) or those lines are a numbered heading row
    spanning the columns (``三、…``). When it may continue a table from the page before
    (``place.continued``) it also takes ``stray_lines`` lines before its first line with columns
    (a heading row spanning them), or, read on that table's columns (``on_known_columns``), every
    line before it that keeps within them, spans them as a heading row or spans columns as the
    table's own lines do (rules between those are the table's own, under its rows).
    """
    left = min(b.line.x0 for b in bands)
    right = max(b.line.x1 for b in bands)

    bounds = (Boundary(left, left), *found, Boundary(right, right))
    spanning = frozenset(span for band in side_by_side(bands)[multi[0]:multi[-1] + 1] if len(band.segments) > 1
                         for span in (column_span(s, bounds) for s in band.segments) if span[1] - span[0] > 1)
    top, bottom = bands[multi[0]].line.top, bands[multi[-1]].line.bottom
    inner = [r for r in rules_across(bands[multi[0]:multi[-1] + 1], rules, settings) if top < r.top < bottom]
    # rules under its rows do not end a table, nor do they a table's end opening a page
    row_rules = () if (len(inner) >= 2 or on_known_columns and len(multi) < settings.min_text_table_rows
                       or only_header) else rules

    def continues(before: Band, band: Band, columns: Sequence[Boundary]) -> bool:
        return continues_table(before, band, columns, rules, left, right, settings)

    def heading_row(band: Band) -> bool:  # one line across the columns, from the table's left edge
        return (len(band.segments) == 1 and crosses(band, found)
                and band.line.x0 - left <= settings.heading_indent_em * band.line.size)

    def paragraph_after(first: int, last: int) -> bool:  # full lines across the columns wrapping
        # into the run's last line from the same left edge: a paragraph printed after the table
        # (its closing 保障措施 or 各责任单位要按时报送…), not heading rows with rows under them
        return (last == len(bands) - 1
                and all(right - bands[i].line.x1 <= settings.column_wrap_em * bands[i].line.size
                        for i in range(first, last))
                and abs(bands[last].line.x0 - bands[first].line.x0) <= settings.column_tolerance)

    end = multi[-1] + 1
    while end < len(bands):
        if continues_table(bands[end - 1], bands[end], found, row_rules, left, right, settings, spanning):
            end += 1
            continue
        after = end  # heading rows spanning the columns, with the table going on below them
        while after < len(bands) and heading_row(bands[after]) and continues(bands[after - 1], bands[after], ()):
            after += 1
        if (end < after < len(bands) and continues(bands[after - 1], bands[after], found)
                and not paragraph_after(end, after)):
            end = after + 1
            continue
        break
    tail = range(end, len(bands))
    if (place.closes_page and len(bands) - end <= settings.stray_lines
            and all(continues(bands[i - 1], bands[i], ()) for i in tail)
            and (open_at_foot(bands[multi[0]:multi[-1] + 1], rules, settings)
                 or tail and all(heading_row(bands[i]) for i in tail) and enumerator_value(bands[end].line.text) is not None)):
        end = len(bands)
    begin = cell_lines_above(bands, multi[0], bounds, rules, settings)
    heading = all(continues(bands[i], bands[i + 1], ()) for i in range(begin))
    within = on_known_columns and all(
        continues_table(bands[i], bands[i + 1], (), (), left, right, settings)
        and (not crosses(bands[i], found) or heading_row(bands[i])
             or all(column_span(s, bounds) in spanning for s in bands[i].segments)) for i in range(begin))
    if place.continued and (begin <= settings.stray_lines and heading or within):
        begin = 0
    return begin, end


def framed(bands: Sequence[Band], rules: Sequence[Rule], settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether rules wide enough to be a text table's run above the first of ``bands`` and below
    the last (a ruled table's last lines, alone on a page)."""
    across = rules_across(bands, rules, settings)
    first, last = bands[0].line, bands[-1].line
    return (any(r.top <= (first.top + first.bottom) / 2 for r in across)
            and any(r.top >= (last.top + last.bottom) / 2 for r in across))


def wrapped_in_column(bands: Sequence[Band], columns: Sequence[Boundary], settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether ``bands`` are lines of one of a table's columns that wrapped at its edge (a cell's
    last lines, alone on a page): two or more lines in the same column, each but the last ending
    within ``column_wrap_em`` of the gutter after it, where body text would have run on."""
    if len(bands) < 2:
        return False
    spans = {column_span(band.line, columns) for band in bands}
    if len(spans) != 1:
        return False
    (first, last), = spans
    if last >= len(columns) - 1:
        return False  # the last column's edge is the table's, as a paragraph's may be
    edge = columns[last].lo
    return all(edge - band.line.x1 <= settings.column_wrap_em * band.line.size for band in bands[:-1])


def cell_lines_above(bands: Sequence[Band], begin: int, bounds: Sequence[Boundary], rules: Sequence[Rule],
                     settings: PdfSettings = DEFAULT_SETTINGS) -> int:
    """The first band of a table whose first line with several columns is ``bands[begin]``,
    taking the lines above it that begin a cell of one column: a cell taller than its row's
    others, centred, prints its first lines above them (a header label wrapping over five
    lines). Such a line lies within one column (it does not reach into the gutter after it, as
    a heading paragraph above the table may), is full (it wraps into the next line of that
    column) and stands right above that line, with no rule between. Where the column's edge is
    not known (a gutter after it the lines do not show: the next column empty on the page but
    for its label), a line is full when it is as wide as the label's lines below it and runs on
    into them at their pitch (see :func:`runs_on_in_column`)."""
    left, right = bounds[0].lo, bounds[-1].hi
    while begin > 0:
        above = bands[begin - 1]
        if len(above.segments) != 1 or not continues_table(above, bands[begin], (), rules, left, right, settings):
            break
        segment = above.segments[0]
        span = column_span(segment, bounds)
        under = [s for band in bands[begin:] for s in band.segments if column_span(s, bounds) == span]
        below = under[0] if under else None
        stacked = [s for s in under if s.x0 < segment.x1 and segment.x0 < s.x1]  # the lines under it
        if (span[1] - span[0] != 1 or below is None or segment.x1 > bounds[span[1]].lo + settings.column_tolerance
                or below.top - segment.bottom > settings.table_line_gap_em * segment.size
                or (left_room(segment, bounds[span[1]].lo, below, settings)
                    and not runs_on_in_column(segment, stacked[:2], settings))):
            break
        begin -= 1
    return begin


def runs_on_in_column(line: TextLine, under: Sequence[TextLine], settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether ``line`` is a wrapped line of the cell whose next lines in its column are
    ``under``: the next line wraps into another (so it is full, and its edges are the cell's
    text width), ``line`` stands between the same edges (within ``column_tolerance``; a label's
    short last line, centred, need not), and it runs on into the next with no larger a gap than
    the cell's own line pitch."""
    if len(under) < 2:
        return False
    below, after = under
    slack = settings.wrap_slack_em * line.size
    return (abs(below.x0 - line.x0) <= settings.column_tolerance
            and abs(below.x1 - line.x1) <= settings.column_tolerance
            and abs(below.size - line.size) <= settings.size_tolerance
            and after.top - below.bottom <= settings.table_line_gap_em * below.size
            and below.top - line.bottom <= after.top - below.bottom + slack)


def open_at_foot(bands: Sequence[Band], rules: Sequence[Rule], settings: PdfSettings = DEFAULT_SETTINGS) -> bool:
    """Whether rules cross a text table above its last line and none below it (a ruled table a
    page break has cut: its closing rule is printed on a later page)."""
    across = rules_across(bands, rules, settings)
    last = bands[-1].line
    return bool(across) and not any(r.top >= last.top for r in across)


def repeated_header_bands(bands: Sequence[Band], columns: Sequence[Boundary], header: Sequence[str],
                          settings: PdfSettings = DEFAULT_SETTINGS) -> int:
    """How many bands opening a table print ``header`` again (at most ``repeated_header_lines``;
    0 if they do not)."""
    wanted = tuple(_unspaced(text) for text in header)
    for count in range(1, min(settings.repeated_header_lines, len(bands)) + 1):
        segments = [(s, column_span(s, columns)) for band in bands[:count] for s in band.segments]
        texts = tuple(_unspaced(join_lines([s.text for s in members])) for _c0, _c1, members in merged_spans(segments))
        if wanted and texts == wanted:
            return count
        if len(texts) > len(wanted) or not all(any(w.startswith(t) for w in wanted) for t in texts):
            return 0  # lines that are no part of the header
    return 0


def _unspaced(text: str) -> str:
    return re.sub(r"\s+", "", text)


def continues_table(before: Band, band: Band, columns: Sequence[Boundary], rules: Sequence[Rule],
                    left: float, right: float, settings: PdfSettings = DEFAULT_SETTINGS,
                    spans: frozenset[tuple[int, int]] = frozenset()) -> bool:
    """Whether ``band`` belongs to the same table as the band before it: the same text size, no
    rule and no more than ``table_line_gap_em`` between them, and no crossing of the table's
    columns but by a cell spanning columns the table's lines show (``spans``: a cell packing
    numbered items over 序号 and 具体举措)."""
    line = band.line
    bounds = (Boundary(left, left), *columns, Boundary(right, right))
    return (
        abs(line.size - before.line.size) <= settings.size_tolerance
        and line.top - before.line.bottom <= settings.table_line_gap_em * line.size
        and not rule_between(rules, before.line.bottom, line.top, left, right, settings)
        and (not crosses(band, columns) or all(column_span(s, bounds) in spans for s in band.segments))
    )

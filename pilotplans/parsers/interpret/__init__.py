"""One interpreter for every format: a :class:`Layout` becomes a :class:`Document`.

The interpreter finds task tables by their header vocabulary (:mod:`.tables`), reads their rows
into headings and measure drafts (:mod:`.rows`), mends the faults extractions put into them where
the layout shows the fault (:mod:`.repairs`), checks numbering and wording (:mod:`.checks`) and
builds the records (:mod:`.records`), with the document's metadata read from its paragraphs. A
document without a task table may print its tasks as a prose task list (:mod:`.tasklist`: numbered
paragraphs read into an outline, :mod:`.outline`, with their responsibilities in brackets or field
lines, :mod:`.fields`), read into the same drafts, with the conventions it states once
(:mod:`.conventions`).
Whatever it mends or cannot place is reported as a :class:`Warning` on the record concerned.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pilotplans.errors import NoTaskTable
from pilotplans.layout import Grid, Layout, Paragraph
from pilotplans.normalizers import faults
from pilotplans.normalizers.simplified import fold
from pilotplans.patterns import compiled
from pilotplans.parsers.headings import looks_like_title
from pilotplans.parsers.interpret.checks import (
    check_heading_numbers, check_measure_numbers, check_text_faults, heading_titles, number_runs, row_after_table,
)
from pilotplans.parsers.interpret.conventions import find_conventions, merge_conventions
from pilotplans.parsers.interpret.drafts import HeadingDraft, MeasureDraft
from pilotplans.parsers.interpret.records import (
    NOTE_OPENING, DocumentHints, document_record, heading_record, measure_record, read_notes, source_ref,
)
from pilotplans.parsers.interpret.plausible import records_beyond_rows
from pilotplans.parsers.interpret.repairs import demote_stray_tasks, glued_scope
from pilotplans.parsers.interpret.rows import TableReader
from pilotplans.parsers.interpret.sheets import sheets_left_out
from pilotplans.parsers.interpret.tables import TableSpan, find_tables
from pilotplans.parsers.info_rows import read_info_line
from pilotplans.parsers.dates import BRACKETED_LINE, read_date
from pilotplans.parsers.metadata import (
    _SKIP, DOC_NO, _is_name, _names_place_alone, closes_notice, number_line, opens_with_place, read_metadata,
)
from pilotplans.parsers.titles import TITLE_END, cited_titles, is_title_part, without_glosses, wrapped_over
from pilotplans.schema.models import Convention, Document, Heading, Measure, SourceFile, Table, Warning
from pilotplans.textutil import squash

if TYPE_CHECKING:  # the prose task-list reader is imported when a layout has no task table
    from pilotplans.parsers.interpret.tasklist import TaskList

__all__ = ["DocumentHints", "interpret"]


#: A text with at least this many Latin letters, and this many times more of them than Chinese
#: characters, is not printed in Chinese (a translation of a plan: a city's English site).
_LATIN_LETTERS_AT_LEAST = 200
_LATIN_PER_HAN_AT_LEAST = 20
# A word of prose in Latin letters, with the brackets and stops printed beside it (world-class, (ii),
# region.); a token holding a slash, a digit, an underscore or an @ (a link, a file name) is none
_LATIN_WORD = compiled(r"[(\[\"'“‘]*[A-Za-z]+(?:['’\-][A-Za-z]+)*[.,;:!?)\]\"'”’]*")


def not_chinese_cause(layout: Layout) -> str | None:
    """Why a layout holding no task list holds none when its text is not Chinese (These Opinions are
    formulated … / I. Guideline …): a cause naming the letters it is printed in, or None."""
    text = "\n".join(p.text for p in layout.paragraphs)
    # letters of words only: a link, a file's or a mail box's name is no prose (a page of downloads)
    latin = sum(sum(1 for c in token if c.isascii() and c.isalpha()) for token in text.split() if _LATIN_WORD.fullmatch(token))
    han = sum(1 for c in text if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf")
    if latin < _LATIN_LETTERS_AT_LEAST or latin < _LATIN_PER_HAN_AT_LEAST * han:
        return None
    return (f"no task list: the text is not printed in Chinese ({latin:,} Latin letters, {han:,} Chinese "
            f"characters: a translation?); pilotplans reads plans printed in Chinese")


def interpret(layout: Layout, source: SourceFile, hints: DocumentHints) -> Document:
    """The Document a layout holds: its task tables, or else its prose task list.

    A task table wins where it has the measures (a plan's narrative numbered paragraphs above its
    table are not read as a list). Raises NoTaskTable when the layout holds neither, or when its
    text is a document-sharing site's page chunks (:mod:`.chunks`), saying so.
    """
    from pilotplans.parsers.interpret.sign_off import without_sign_offs

    layout = without_sign_offs(layout)
    spans, after = find_tables(layout)
    read = _read_tables(layout, spans)
    if read.measures and not any(m.heading_path for m in read.measures):
        from pilotplans.parsers.interpret.prose_headings import prose_heading_paths, with_prose_headings

        # a table of the prose's tasks and owners after the plan prints no heading: the prose's carry over
        read.measures = with_prose_headings(read.measures, prose_heading_paths(layout, spans[0].before, spans[0].caption))
    if not read.measures:
        from pilotplans.parsers.interpret.chunks import joined_page_chunks, page_chunks
        from pilotplans.parsers.interpret.tasklist import read_task_list

        # a plan a site ran into one line and cut into page chunks is read back as that line (:mod:`.chunks`), the
        # document warned that it was
        joined = joined_page_chunks(layout)
        if joined is not None:
            layout = joined[0]
        chunked = page_chunks(layout)
        if chunked is not None:
            raise NoTaskTable(source.path, chunked)
        from pilotplans.parsers.interpret.open_owners import closed, open_owner_brackets

        # an item's owners' bracket its copy left open where the item ends is read up to there (:mod:`.open_owners`),
        # where every such bracket gives a measure its owners; else the page is read as printed
        printed = layout
        opened = open_owner_brackets(layout)
        layout, task_list = _read_cut(closed(layout, opened) if opened else layout)
        if opened and not all(bracket.warn(task_list.measures) for bracket in opened):
            layout, task_list = _read_cut(printed)
        if task_list.points and not _points_stand(layout):
            # the points of a page of another kind (a 解读's 政策要点, a study's 研究要点, the points a titled
            # report sets out for later, …工作完成情况 / 二、下半年工作要点) are no plan's measures
            task_list = read_task_list(layout, points=False)
        if not task_list.measures and not task_list.groups and hints.parent and _may_name_no_owner(layout, _page_title(layout)):
            # a plan declared a local plan of a national one whose items name no owner at all
            task_list = read_task_list(layout, declared=True)
        if task_list.measures:
            from pilotplans.schema.warned import warned

            return warned(_task_list_document(layout, source, hints, task_list), *([joined[1]] if joined else []))
        if task_list.groups and not spans:
            raise NoTaskTable(source.path, (
                f"an organisation plan: its numbered items are the working groups of a task force "
                f"({'、'.join(task_list.groups[:3])}{'…' if len(task_list.groups) > 3 else ''}), each with its members "
                f"and duties, not tasks; no task list found"))
    if not spans:
        from pilotplans.parsers.text.run_in_header import run_in_table_cause
        from pilotplans.parsers.text.unnumbered_cells import unread_table_cause

        foreign = (not_chinese_cause(layout) or _cell_per_row_cause(layout) or unread_table_cause(layout)
                   or run_in_table_cause(layout) or cut_owners_cause(layout))
        if not foreign:
            foreign = _kind_cause(layout, _page_title(layout), declared=bool(hints.parent))
        raise NoTaskTable(source.path, foreign) if foreign else NoTaskTable(source.path)
    metadata = read_metadata(list(spans[0].before) or list(layout.paragraphs), after=after, grids=layout.grids,
                             site=layout.site)
    notes = read_notes(after)
    left_out = sheets_left_out(layout, spans)
    if left_out is not None:
        read.warnings.append(left_out)
    for note in notes:
        read.warnings.extend(faults.check_counted_lists(note, "a note"))
    several = len(read.tables) > 1
    conventions = merge_conventions([*paragraph_conventions(layout, spans, several),
                                     *header_conventions(spans, several), *cell_conventions(read.measures, several)])
    from pilotplans.parsers.interpret.plausible import implausible_table_warnings

    read.warnings.extend(implausible_table_warnings(read.measures, conventions))
    return document_record(source, hints, metadata, read.tables, read.measures, notes, read.warnings, conventions)


def _read_cut(layout: Layout) -> tuple[Layout, TaskList]:
    """The layout's task list, a page cut inside its last item's owner bracket, or its owner line, read up to the cut
    (:mod:`.cut_bracket`, :mod:`.cut_field`), and the layout it is read from."""
    from pilotplans.parsers.interpret.cut_bracket import close_cut_bracket
    from pilotplans.parsers.interpret.cut_field import close_cut_field_line
    from pilotplans.parsers.interpret.tasklist import read_task_list

    cut = close_cut_bracket(layout) or close_cut_field_line(layout)
    read = read_task_list(cut.layout) if cut is not None else None
    if cut is not None and read is not None and cut.warn(read.measures):
        return cut.layout, read
    return layout, read_task_list(layout)


def _points_stand(layout: Layout) -> bool:
    """Whether the numbered points read as measures under a heading of points (:func:`.tasklist.mark_points`)
    stand: the page, read without them, is refused as no other kind than a plan naming no owners, or a report by
    its parts alone (an untitled page reviewing its year before its points); never a 解读, a study, a news report
    or a report its head names (:func:`.refusal.head_reports_progress`)."""
    from pilotplans.parsers.interpret.refusal import head_reports_progress, refused_as

    title = _page_title(layout)
    refusal = refused_as(layout, title)
    return (refusal is None or refusal.kind == "no_owners"
            or (refusal.kind == "report" and not head_reports_progress(layout, title)))


def _page_title(layout: Layout) -> str | None:
    """The page's title as its metadata reads it."""
    return read_metadata(list(layout.paragraphs), grids=layout.grids, site=layout.site).title


def _kind_cause(layout: Layout, title: str | None, declared: bool) -> str | None:
    """Why a page holds no plan when its lines show what it is instead (a news report, a 解读, a report, a
    notice without its plan, a plan naming no owners, a cut page: :mod:`.refusal`), or None. The page's kind is
    read once, and answers too whether the page, ``declared`` no local plan, may be read as one naming no owner if it
    were (only a plan naming no owners may: :func:`_may_name_no_owner`); that changes the line alone, never the
    kind (:meth:`.refusal.Refusal.as_declarable`)."""
    from pilotplans.parsers.interpret.refusal import refused_as

    refusal = refused_as(layout, title)
    if refusal is None:
        return None
    if refusal.readable_declared and not declared and _read_if_declared(layout, title):
        return refusal.as_declarable().cause
    return refusal.cause


def _read_if_declared(layout: Layout, title: str | None) -> bool:
    """Whether a page refused as a plan naming no owners would be read as one, its measures missing their owners,
    if it were declared a local plan of a national one (the reading :func:`interpret` makes with a ``parent``):
    its title ends with a kind of document (:func:`_titled_as_plan`) and the declared reading finds measures."""
    from pilotplans.parsers.interpret.tasklist import read_task_list

    return _titled_as_plan(layout, title) and bool(read_task_list(layout, declared=True).measures)


def _may_name_no_owner(layout: Layout, title: str | None) -> bool:
    """Whether a page declared a local plan, none of whose items names an owner, may be read as a plan
    naming none: its title ends with a kind of document (:func:`_titled_as_plan`) and its lines show it to be no
    other kind of page than a plan naming no owners (:mod:`.refusal`): a page
    cut in a part of its plan, or a notice ending before its plan's text, would give the part's lead
    paragraph as the plan's one measure, and a diff would find the national plan's measures dropped."""
    from pilotplans.parsers.interpret.refusal import refused_as

    if not _titled_as_plan(layout, title):
        return False
    refusal = refused_as(layout, title)
    return refusal is None or refusal.kind == "no_owners"


def _titled_as_plan(layout: Layout, title: str | None) -> bool:
    """Whether the page's title, as its metadata reads it, ends with a kind of document (…实施方案,
    …若干措施, 关于印发…的通知: ``TITLE_END``) — a 解读 of a plan (《…实施方案》政策解读) or a news story
    (我市召开…推进会) prints numbered items under its headings too, none of them a measure —, and the page
    does not end inside an item's owner bracket (:func:`cut_owners_cause`: it names owners, cut)."""
    return title is not None and TITLE_END.search(fold(title)) is not None and cut_owners_cause(layout) is None


def cut_owners_cause(layout: Layout) -> str | None:
    """Why a page whose items name no owners names none: the page ends inside an item's responsibility
    bracket, its label printed whole with its colon and no closer after it (…。(責任單位:省發展改革委,
    省直其他有關部門和單位,各市〔州〕、縣〔市、區、特, an excerpt cut there). Its names may be cut too, so none
    is read; the cause says so, quoting the bracket's start. None when the page ends otherwise."""
    from pilotplans.parsers.interpret.cut_bracket import labelled_names, open_bracket

    last = next((p.text.strip() for p in reversed(layout.paragraphs) if p.text.strip()), "")
    at = open_bracket(last)
    if at is None or not (labelled_names(last[at + 1:]) or "").strip():
        return None  # no bracket left open, or its label names no owners ((完成时限:2024年, (牵头领导:王)
    shown = last[at:at + 24] + ("…" if len(last) > at + 24 else "")
    return (f"no task list: the page ends inside an item's owner bracket, cut before it closes (`{shown}`); "
            f"no numbered item names its owners in full")


def _cell_per_row_cause(layout: Layout) -> str | None:
    """Why no table was read where the layout holds a grid printing one cell a row whose first
    is the number column's label (序号 |, then 主要任务 |, … a page's pipes a cell per line): its
    header is there, its labels unmatched to its rows; None where the layout holds no such grid
    (the generic cause then says no header row was found)."""
    from pilotplans.parsers.columns import role_of

    for grid in layout.grids:
        cells = [[cell for cell in row.cells if cell.text.strip()] for row in grid.rows]
        if any(len(row) > 1 for row in cells) or not cells or not cells[0]:
            continue
        cells = [row for row in cells if row]  # a row of empty cells (||) counts for none
        if len(cells) < 2:
            continue
        first = cells[0][0]
        if role_of(first.text.strip()) != "number":
            continue
        line = f" (line {first.where.line_start})" if first.where.line_start else ""
        return (f"no task table or task list found: a table of one cell a row opening with "
                f"{first.text.strip()}{line}, {len(cells)} rows, is a header and rows printed a cell per line "
                f"whose cells no reader could match to its labels; no numbered item names its 责任单位/牵头单位")
    return None


# The conventions a note about a mark states (加*号为配合部门, 标☆的为牵头单位): printed in one table's header, cell or
# footnote, of that table's owners where the document holds several tables.
_MARK_NOTES = ("marked_lead", "marked_role")


def _scoped(convention: Convention, table: int, several: bool) -> Convention:
    """``convention`` concerning table ``table`` alone, where it notes a mark and the document holds ``several``
    tables; as it is otherwise."""
    return convention.model_copy(update={"table": table}) if several and convention.kind in _MARK_NOTES else convention


def paragraph_conventions(layout: Layout, spans: list[TableSpan], several: bool) -> list[Convention]:
    """The conventions the layout's paragraphs state, each concerning every measure; a note about a mark printed as a
    footnote right under a table (注：加*号为配合部门), where the document holds ``several`` tables, that table's and
    those of the tables right before it printing the same header with no note under them (one table printed in
    parts, its header repeated, the note under the last: every part's), each a copy of the note — none where that
    reaches every table. A note anywhere else (over the first table, in the notice) concerns every table, as before:
    nothing says which."""
    under: dict[str, list[int]] = {}
    if several:
        after = [_paragraphs_after(layout, span) for span in spans]
        noted = [any(NOTE_OPENING.match(text) for text in texts) for texts in after]
        headers = [tuple(squash(cell.text) for cell in span.header.cells) for span in spans]
        for table, texts in enumerate(after, start=1):
            for text in texts:
                if NOTE_OPENING.match(text) and text not in under:  # 注：… right under a table: a note on it
                    under[text] = _tables_sharing_note(headers, noted, table)
    return [scoped for p in layout.paragraphs for c in find_conventions(p.text)
            for scoped in ([c] if p.text not in under or len(under[p.text]) == len(spans)
                           else [_scoped(c, table, True) for table in under[p.text]])]


def _tables_sharing_note(labels: list[tuple[str, ...]], noted: list[bool], table: int) -> list[int]:
    """The tables (1-based) a note printed right under table ``table`` concerns: that one, and the tables right before
    it printing the same header ``labels`` with no note of their own under them (``noted``)."""
    first = table
    while first > 1 and not noted[first - 2] and labels[first - 2] == labels[table - 1]:
        first -= 1
    return list(range(first, table + 1))


def header_conventions(spans: list[TableSpan], several: bool = False) -> list[Convention]:
    """The conventions a task table's header labels state in brackets after their label (闵行 2023's
    ``责任部门(加*号为牵头部门,其余为参与部门)``), each concerning every row of the document — a note about a mark, where
    the document holds ``several`` tables, every row of its own table; unread, every body the column lists was read as
    a lead, the starred one and the rest alike."""
    return [_scoped(c, table, several) for table, span in enumerate(spans, start=1)
            for cell in span.header.cells for c in find_conventions(cell.text)]


def cell_conventions(measures: list[Measure], several: bool = False) -> list[Convention]:
    """The conventions a table's responsibility cells state in brackets after a body or after their list
    (``县发改局（首位单位为牵头单位，下同）、县财政局``, ``…、县财政局（排名第一的为牵头单位）``), each read from its row's
    measure on, as one an item's bracket states in a task list (a note in the first row's cell concerns every row);
    unread, every body of every later row was read as a lead."""
    from pilotplans.parsers.interpret.fields import stated_remark

    found: list[Convention] = []
    for measure in measures:
        remark = stated_remark(measure.responsibility) if measure.responsibility else None
        if remark is not None:
            start = measure.position if measure.position > 1 else None
            found.extend(_scoped(c.model_copy(update={"from_measure": start}), measure.table, several)
                         for c in find_conventions(remark))
    return found


@dataclass
class _Read:
    """What the tables of a layout gave: the tables' records, their measures and the warnings."""

    tables: list[Table] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)


def _read_tables(layout: Layout, spans: list[TableSpan]) -> _Read:
    read = _Read()
    for table_index, span in enumerate(spans, start=1):
        reader = TableReader(span)
        reader.read()
        read.warnings.extend(records_beyond_rows(span, reader.measures, table_index))
        narrative = squash("".join(p.text for p in span.before))
        reader.measures = demote_stray_tasks(reader.measures, reader.headings, span.columns.has("policy"), narrative)
        check_heading_numbers(reader.headings)
        read.warnings.extend(reader.warnings)
        # a table numbering its rows anew under each heading repeats no number
        for run in number_runs(reader.measures, by_style=False, titles=heading_titles(reader.headings)):
            read.warnings.extend(check_measure_numbers(run))
        read.warnings.extend(row_after_table(reader.measures, _paragraphs_after(layout, span)))
        headings, measures = _records(layout, table_index, reader.headings, reader.measures, len(read.measures) + 1,
                                      read.warnings, has_scope_column=span.columns.has("scope"))
        read.measures.extend(measures)
        kind = "opening_measures" if span.columns.has("regulations") and not span.columns.has("responsibility") else "tasks"
        progress = [(at, label) for at, label in enumerate(span.columns.labels) if _PROGRESS_LABEL.search(squash(label))]
        # a progress column blank in every row is the plan's form for its owners to fill in, not a report
        progress = [label for at, label in progress if any(
            entry.row is not None and at < len(entry.row.cells) and not entry.row.cells[at].is_empty for entry in span.entries)]
        if progress:
            # a report of how a plan's tasks went (序号 | 工作事项 | 进度安排 | 进展情况 | 完成情况), not the plan:
            # its tasks are read, its progress columns are not
            kind = "progress_report"
            read.warnings.append(Warning(code="progress_report", message=(
                f"table {table_index} reports the progress of tasks (its columns {'、'.join(progress)}): read as a "
                f"progress report, its tasks as measures, what it reports of them not read")))
        read.tables.append(Table(
            index=table_index, kind=kind, title=span.caption, attachment=span.attachment,
            columns=list(span.columns.labels), roles=[r or "" for r in span.columns.roles], headings=headings,
            source=source_ref(layout, table_index, 1, span.header.where),
        ))
    return read


# A column reporting how a task went, not what it is: 进展情况, 完成情况, 第二季度完成情况, 落实情况,
# 工作进展. A schedule (进度安排) or a deadline (完成时限) is the plan's own.
_PROGRESS_LABEL = compiled(r"(?:进展|完成|落实|推进|执行|办理)情况(?:[（(][^）)]*[）)])?$|^(?:工作|目前|当前)?进展$")


def _paragraphs_after(layout: Layout, span: TableSpan, count: int = 3) -> list[str]:
    """The texts of the (at most ``count``) paragraphs printed right after a table's last part,
    before any other table."""
    rows = {id(entry.row) for entry in span.entries if entry.row is not None}
    last = max((index for index, block in enumerate(layout.blocks)
                if isinstance(block, Grid) and any(id(row) in rows for row in block.rows)), default=None)
    if last is None:
        return []
    texts: list[str] = []
    for block in layout.blocks[last + 1:]:
        if not isinstance(block, Paragraph) or len(texts) == count:
            break
        if block.text.strip():
            texts.append(block.text)
    return texts


def _records(layout: Layout, table: int, heading_drafts: list[HeadingDraft], measure_drafts: list[MeasureDraft],
             first_position: int, warnings: list[Warning], *, has_scope_column: bool) -> tuple[list[Heading], list[Measure]]:
    """The records of one table's (or task list's) drafts: its headings (their warnings added to
    ``warnings``) and its measures, numbered on from ``first_position``, each checked for faults in
    its wording (and for a scope glued to its text where the table has a scope column)."""
    headings = []
    for draft in heading_drafts:
        heading = heading_record(layout, table, draft)
        warnings.extend(heading.warnings)
        headings.append(heading)
    by_position = {h.position: h for h in headings}
    measures = []
    for draft in measure_drafts:
        glued_scope(draft, has_scope_column)
        check_text_faults(draft)
        measures.append(measure_record(layout, table, first_position + len(measures), draft, by_position))
    return headings, measures


def _task_list_document(layout: Layout, source: SourceFile, hints: DocumentHints, task_list: TaskList) -> Document:
    """The Document of a layout whose tasks are a prose task list: one Table of kind task_list, or
    one for each plan a notice issues together (现将《A方案》《B方案》印发给你们), each printed under
    its title with its numbering of its own, its headings numbered from 1 again."""
    from pilotplans.parsers.interpret.page_start import fragment_before_items, fragment_warning

    warnings = list(task_list.warnings)
    first = task_list.first_item or 0
    before = [(index, p) for index, p in task_list.loose if index < first or (index == first and _opens_block(layout, index, p))]
    after = [p for index, p in task_list.loose if index > first]
    fragment = fragment_before_items(before)
    if fragment is not None:  # the tail of an item the page does not hold: reported, and no title of the list
        warnings.append(fragment_warning(fragment[1]))
        before = [pair for pair in before if pair[0] != fragment[0]]
    cuts = [(0, 0, _list_title(before)), *task_list.plans]
    ends = [(m, h) for m, h, _ in cuts[1:]] + [(len(task_list.measures), len(task_list.headings))]
    tables: list[Table] = []
    measures: list[Measure] = []
    for index, ((m0, h0, title), (m1, h1)) in enumerate(zip(cuts, ends), start=1):
        heading_drafts, measure_drafts = task_list.headings[h0:h1], task_list.measures[m0:m1]
        if h0:
            for heading in heading_drafts:
                heading.position -= h0
                heading.parent = heading.parent - h0 if heading.parent else None
            for draft in measure_drafts:
                draft.heading = draft.heading - h0 if draft.heading else None
        for run in number_runs(measure_drafts, task_list.sections):
            warnings.extend(check_measure_numbers(run, task_list.sections))
        headings, read = _records(layout, index, heading_drafts, measure_drafts, len(measures) + 1, warnings,
                                  has_scope_column=False)
        first_source = read[0].source if not headings else headings[0].source
        tables.append(Table(index=index, kind="task_list", title=title, attachment=None, columns=[], roles=[],
                            headings=headings, source=first_source))
        measures.extend(read)
    metadata = read_metadata(list(layout.paragraphs), grids=layout.grids, site=layout.site)
    notes = read_notes(after)
    return document_record(source, hints, metadata, tables, measures, notes, warnings,
                           merge_conventions(task_list.conventions))


def _opens_block(layout: Layout, index: int, piece: Paragraph) -> bool:
    """Whether a loose ``piece`` read from block ``index``, the block the list's first item opens in,
    stands before that item: the block opens with it (a copy that lost its line breaks ran the notice
    and the list's title into the list's first lines)."""
    block = layout.blocks[index - 1] if 0 < index <= len(layout.blocks) else None  # the outline counts blocks from 1
    return isinstance(block, Paragraph) and bool(piece.text.strip()) and block.text.strip().startswith(piece.text.strip())


def _list_title(paragraphs: list[tuple[int, Paragraph]]) -> str | None:
    """The title printed above a task list: the last short line before it that is not a sentence
    (nor a row of a web page's information table), with the line above it where the title was
    printed over two (重庆市服务业扩大开放 / 综合试点工作方案), in the same or the block before. A 文号
    on its line (许政 [2020] 20号) is the notice's, never a title; above it only the notice's title, a line
    ending like one, may be the list's (never its red head, its issuer's name or a date). What is never a
    document's title (特此通知, (此件公开发布), 附件, a date) is none either, and a signature over the list
    means the list printed none."""
    if paragraphs and (run_in := _cited_title_run_in(paragraphs[-1][1].text)) is not None:
        return run_in
    past_number = False
    for at in range(len(paragraphs) - 1, -1, -1):
        index, paragraph = paragraphs[at]
        text = paragraph.text.strip()
        plain = without_glosses(text)  # a mirror site's pinyin glosses (關(guān)于) are no part of the title's shape
        folded = fold(plain)
        if number_line(plain) is not None:
            past_number = True
            continue
        if _SKIP.match(folded) or read_date(plain) is not None:
            continue  # the closing formula, a publication note, an attachment label, a date: never a title
        if _is_name(plain):
            return None  # a signature: the notice ends here, and no title of the list's own was printed
        if past_number and TITLE_END.search(folded) is None:
            continue
        if 0 < len(plain) <= 60 and not plain.endswith(("。", "：", ":")) and looks_like_title(plain) and read_info_line(text) is None:
            return _lines_over(paragraphs, at, text)
    return None


def _cited_title_run_in(text: str) -> str | None:
    """The title closing the paragraph right above a list, after a space, where it is a title that
    paragraph cites in 《》 (…现印发给你们… 2022年4月18日 (此件公开发布) 政府工作报告2022年重点工作责任分解): the
    list's title line, which a copy that lost its line breaks ran into the notice above it; or None."""
    head, _, last = text.strip().rpartition(" ")
    last = last.strip()
    return last if head and last in cited_titles(head) else None


# The lines a title may be printed over (宁夏回族自治区人民政府关于 / 加快发展数字贸易的 / 实施意见).
_TITLE_LINES = 4
_ISSUER_OPENS = compiled(r"^(?:关于|印发|转发|批转)")


def _lines_over(paragraphs: list[tuple[int, Paragraph]], at: int, text: str) -> str:
    """A list's title ``text`` (paragraph ``at``) with the lines above it it was printed over: a line
    wrapped over the rest (see :func:`wrapped_over`), the issuer's name with the title's 关于 (省人民政府關于 /
    進一步…意见), the issuer's name over a rest opening with 关于 (济宁市人民政府 / 关于…意见), and the
    place's name over a rest naming none first (上城区 / 2019年…分解)."""
    title = text
    for k in range(at, max(at - _TITLE_LINES + 1, 0), -1):
        if paragraphs[k][0] - paragraphs[k - 1][0] > 1:
            break
        above = paragraphs[k - 1][1].text.strip()
        folded = fold(above)
        if not (wrapped_over(above, title) or (folded.endswith("关于") and _is_name(above[:-2]))
                or (_is_name(above) and _ISSUER_OPENS.match(fold(title)) is not None)
                or (_names_place_alone(folded) and not opens_with_place(title, folded))
                or _opens_after_notice(paragraphs, k - 1)):
            break
        title = above + title
    return title


def _opens_after_notice(paragraphs: list[tuple[int, Paragraph]], at: int) -> bool:
    """Whether paragraph ``at``, a short line over the rest of a title, opens it right where the
    covering notice ends (…请认真贯彻落实。 / 推进 / 宜昌市…实施方案; …2021年5月10日 / 推进 / …): a line
    shorter than a wrapped title's first (see :func:`wrapped_over`) that can be part of a title and does
    not end like one, nor is a label (附件, 附表1), 文号 or note wholly in brackets ((2021年5月10日)), printed right after the notice's last sentence or its date, where no heading or
    aside stands."""
    if at == 0 or paragraphs[at][0] - paragraphs[at - 1][0] > 1:
        return False
    plain, before = without_glosses(paragraphs[at][1].text.strip()), paragraphs[at - 1][1].text.strip()
    folded = fold(plain)
    return (is_title_part(plain) and TITLE_END.search(folded) is None and not _is_name(plain)
            and _SKIP.match(folded) is None and DOC_NO.search(folded) is None and BRACKETED_LINE.match(folded) is None
            and (closes_notice(before) or read_date(without_glosses(before)) is not None))

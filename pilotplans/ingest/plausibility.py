"""Counting numbers and rows: does the structure read from a task table look like one?

A numbered task table gives each measure its number (序号). When a reader misjudges the table's
rows — a cell's printed lines taken as rows of their own — the records multiply and most lose
their number. Such a reading is not passed on as data: a table where most records lack the number
its 序号 column should give is refused with a one-line error, and one where some do carries a
warning on the document.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from pilotplans.errors import NoTaskTable, UnreadableFile
from pilotplans.ingest.detect import UNDECODABLE
from pilotplans.layout import Layout, Paragraph
from pilotplans.schema.models import Document, Measure, Warning
from pilotplans.schema.warned import warned
from pilotplans.textutil import squash


@dataclass(frozen=True)
class RowCounts:
    """A numbered table's records, and how many of them have no number."""

    table: int
    records: int
    unnumbered: int


UNREADABLE_SHARE = 0.5
"""A numbered table with more than this share of records without a number is refused."""
SUSPECT_SHARE = 0.1
"""More than this share of records without a number is worth a warning (a misread row is a
record without a number: the extra records of a table read line by line lack theirs; numbers
that restart under each heading are no fault)."""
MIN_RECORDS = 5
"""Tables with fewer records are too small to judge."""


def row_counts(document: Document) -> list[RowCounts]:
    """For each table with a 序号 column, its records and how many lack a number."""
    found = []
    for table in document.tables:
        if "number" not in table.roles:
            continue
        measures = [m for m in document.measures if m.table == table.index]
        found.append(RowCounts(table.index, len(measures), sum(1 for m in measures if m.number is None)))
    return found


def check_rows(document: Document) -> Document:
    """The document, with a warning for each numbered table whose records look misread; raises
    :class:`UnreadableFile` when most records of one lack their number, and :class:`NoTaskTable`
    when a task table was found but gave no record at all."""
    if not document.measures:  # a header row the interpreter took for a task table, and nothing under it
        raise NoTaskTable(document.source.path, "a task table header was found, but no row under it reads as a measure "
                                                "(an empty, cut or misread table)")
    warnings: list[Warning] = []
    for counts in row_counts(document):
        if counts.records < MIN_RECORDS:
            continue
        if counts.unnumbered > UNREADABLE_SHARE * counts.records:
            raise UnreadableFile(document.source.path, (
                f"the rows of task table {counts.table} could not be read: {counts.unnumbered} of its "
                f"{counts.records} records have no number in its 序号 column"))
        if counts.unnumbered > SUSPECT_SHARE * counts.records:
            warnings.append(Warning(code="rows_unnumbered", message=(
                f"{counts.unnumbered} of the {counts.records} records of table {counts.table} have no number in "
                "its 序号 column: its rows may be misread")))
    if not warnings:
        return document
    return warned(document, *warnings)


def carry_cautions(layout: Layout, document: Document) -> Document:
    """The document, carrying as warnings what the reader found implausible in the structure it
    read (``layout.cautions``: a reading of a table's geometry no row or cell can carry)."""
    if not layout.cautions:
        return document
    cautions = [Warning(code=caution.code, message=caution.message) for caution in layout.cautions]
    return warned(document, *cautions)


MIN_ALONE = 3
"""The fewest numbers standing alone on their lines, in sequence, that a prose reading must account for."""
MAX_ROW_LINES = 12
"""The most paragraphs from one number standing alone to the next in a table's row (farther apart,
they are a printed document's page numbers)."""


@dataclass(frozen=True)
class _Alone:
    """A number standing alone on its line: the block and line it stands on, and its value."""

    block: int  # 1-based block index, as a record's ``source.paragraph``
    value: int
    line: int | None


def _alone_number_runs(layout: Layout) -> list[list[_Alone]]:
    """The runs of numbers standing alone on their lines in sequence (1, 2, 3 … each a few paragraphs
    after the one before, never on the next), at least ``MIN_ALONE`` long, each written as a 序号
    cell may be (1, 1., （1）): the row numbers of a table copied one cell per paragraph."""
    from pilotplans.normalizers.numbers import parse_measure_number, runs_in_sequence
    from pilotplans.parsers.notice_lines import lines_of

    found: list[_Alone] = []
    for index, block in enumerate(layout.blocks, start=1):
        if isinstance(block, Paragraph):
            for line in lines_of(block.text):
                if (number := parse_measure_number(line)) is not None:
                    found.append(_Alone(index, number.value, block.where.line_start))
    runs = runs_in_sequence([(number.block, number.value) for number in found], MAX_ROW_LINES, MIN_ALONE)
    return [[found[index] for index in run] for run in runs]


def _row_owners(layout: Layout, run: list[_Alone]) -> list[list[str]]:
    """For each stretch between two numbers of ``run`` holding what a task table's row holds, its
    paragraphs that are lists of bodies or deadlines (a 责任单位 or 完成时限 cell): such a stretch
    holds a measure (a paragraph that ends a sentence or is longer than any body's name) and says who
    carries it out, by a list of bodies or by a date beside a third cell (a leader's name). Targets
    numbered so, with or without a date, name none; a list of contacts or units (单位/姓名/电话)
    holds no measure."""
    from pilotplans.parsers.interpret.fields import is_body_list
    from pilotplans.parsers.interpret.vocabulary import vocabulary
    from pilotplans.textutil import is_terminated

    words = vocabulary()
    rows: list[list[str]] = []
    for before, after in zip(run, run[1:]):
        texts = [block.text.strip() for block in layout.blocks[before.block:after.block - 1] if isinstance(block, Paragraph)]
        owners = [text for text in texts if is_body_list(text) or words.is_deadline(text)]
        measures = [text for text in texts if text not in owners
                    and (is_terminated(text) or len(squash(text)) > words.body_max_length)]
        # who carries it out: a list of bodies, or a date beside a third cell (a leader's name)
        if measures and (any(is_body_list(text) for text in owners) or (owners and len(texts) >= 3)):
            rows.append(owners)
    return rows


def check_flattened(layout: Layout, document: Document) -> None:
    """Refuse a prose reading (a task list) that swallowed a table copied one cell per paragraph
    whose header was not recognised: numbers stand alone on their lines in sequence, a few
    paragraphs apart (its rows, at least half of them holding a measure and a paragraph of bodies
    or a deadline), while the reading finds fewer than half as many items among them (the rows ran
    into one item, their numbers dropped as page numbers, the responsibility taken from the last
    bracket), or half as many items whose text holds a row's paragraph of bodies (the numbers read
    as the items', the owner cells run into their text). Raises :class:`UnreadableFile` naming the run."""
    if not document.tables or document.tables[0].kind != "task_list":
        return
    _refuse_flattened(layout, document.source.path, document.measures)


def check_flattened_unread(layout: Layout, source: str) -> None:
    """Name a table copied one cell per paragraph whose header was not recognised, where the page was
    refused for holding no task at all (the prose reading found no item naming its owners among the
    rows: their owner cells read as a body's second name, say): numbers standing alone on their lines
    in sequence with a measure and its bodies between them, as :func:`check_flattened` reads them.
    Raises :class:`UnreadableFile` naming the run; returns where the page holds no such run."""
    _refuse_flattened(layout, source, [])


def _refuse_flattened(layout: Layout, source: str, measures: list[Measure]) -> None:
    from pilotplans.parsers.interpret.fields import is_body_list

    for run in _alone_number_runs(layout):
        rows = _row_owners(layout, run)
        if 2 * len(rows) < len(run) - 1:
            continue
        first, last = run[0], run[-1]
        end = last.block + (last.block - run[-2].block)  # the last row, as long as the one before
        items = [m for m in measures if m.source.paragraph is not None and first.block < m.source.paragraph < end]
        bodies = {squash(text) for owners in rows for text in owners if is_body_list(text)}
        swallowed = sum(1 for m in items if any(text in squash(m.text) for text in bodies))
        if 2 * len(items) >= len(run) and 2 * swallowed < len(run):
            continue
        where = f"line {first.line}" if first.line is not None else f"paragraph {first.block}"
        found = (f"finds {len(items)} item{'s' if len(items) != 1 else ''} among them" if 2 * len(items) < len(run)
                 else f"runs the lists of bodies between them into {swallowed} items' text")
        raise UnreadableFile(source, (
            f"{len(run)} numbers stand alone on their lines in sequence ({first.value}–{last.value}, from {where}), "
            f"a few lines apart, but the prose reading {found}: "
            f"a table copied one cell per line whose header is not recognised, its rows not readable as prose"))


def check_undecodable(document: Document) -> Document:
    """The document, with an ``undecodable_bytes`` warning on each record holding U+FFFD in a field
    the text checks did not warn of (its heading, its number, a policy's responsibility), and
    on the document when its title or a table's title holds one: no damaged byte goes unsaid."""
    if UNDECODABLE not in document.model_dump_json(exclude={"warnings"}):
        return document
    measures = []
    for measure in document.measures:
        if not any(w.code == "undecodable_bytes" for w in measure.warnings):
            fields = [name for name, value in measure.model_dump(exclude={"warnings"}).items() if UNDECODABLE in str(value)]
            if fields:
                measure = warned(measure, Warning(code="undecodable_bytes", message=(
                    f"undecodable characters (�) in {', '.join(fields)}, where the source's bytes are damaged")))
        measures.append(measure)
    warnings = list(document.warnings)
    if UNDECODABLE in document.model_dump_json(exclude={"warnings", "measures"}):
        warnings.append(Warning(code="undecodable_bytes", message=(
            "undecodable characters (�) in the document's title, headings or table titles, where the file's bytes are damaged")))
    return document.model_copy(update={"measures": measures, "warnings": warnings})


def _garbled_lines(layout: Layout) -> list[tuple[str, str]]:
    """Where the layout's paragraphs print a line of mojibake (:func:`~.detect.garbled_as`), as
    ``line N`` (text) or ``paragraph N``, with the codepage it is shown in."""
    from pilotplans.ingest.detect import garbled_as

    found: list[tuple[str, str]] = []
    for index, block in enumerate(layout.blocks, start=1):
        if not isinstance(block, Paragraph):
            continue
        lines = block.text.split("\n")
        for offset, line in enumerate(lines):
            kind = garbled_as(line)
            if kind is None:
                continue
            start, end = block.where.line_start, block.where.line_end
            if start is not None and end is not None and end - start + 1 == len(lines):
                found.append((f"line {start + offset}", kind))
            elif start is not None:
                found.append((f"line {start}", kind))
            else:
                found.append((f"paragraph {index}", kind))
    return list(dict.fromkeys(found))


def check_garbled(layout: Layout, document: Document) -> Document:
    """The document, with a ``mojibake`` warning on each record holding Chinese text in UTF-8 shown
    as another codepage's characters (:func:`~.detect.garbled_as`; a page that mixes garbled and
    clean paragraphs: a wholly garbled text is refused when decoded), naming its fields, and on
    the document naming the lines (or paragraphs) that show it. Not mended: the bytes the
    codepage lacks are lost."""
    from pilotplans.ingest.detect import garbled_as

    lines = _garbled_lines(layout)
    measures = []
    for measure in document.measures:
        fields = {name: kind for name, value in measure.model_dump(exclude={"warnings", "departments", "regions"}).items()
                  if value and (kind := garbled_as(str(value))) is not None}
        if fields:
            kinds = " and ".join(dict.fromkeys(fields.values()))
            measure = warned(measure, Warning(code="mojibake", message=(
                f"{', '.join(fields)} show{'s' if len(fields) == 1 else ''} Chinese text in UTF-8 as {kinds} characters (mojibake), not mended")))
        measures.append(measure)
    if not lines and measures == document.measures:
        return document
    warnings = list(document.warnings)
    if lines:
        kinds = " and ".join(dict.fromkeys(kind for _, kind in lines))
        shown = ", ".join(where for where, _ in lines[:_NAMED_LINES]) + (" …" if len(lines) > _NAMED_LINES else "")
        warnings.append(Warning(code="mojibake", message=(
            f"{len(lines)} line{'s' if len(lines) > 1 else ''} ({shown}) show Chinese text in UTF-8 as {kinds} "
            f"characters (mojibake), the rest is clean: not mended; save the page again in its own encoding")))
    return document.model_copy(update={"measures": measures, "warnings": warnings})


# The most garbled lines a warning names one by one.
_NAMED_LINES = 10


def numbered_run(text: str) -> list[int]:
    """The longest run of a text's lines that open with numbers of one style in sequence (n, n+1 …),
    the numbers; empty when no two lines in a row do (a line without a number between them, a
    sentence wrapped over lines, ends no run: the run goes on at the next numbered line)."""
    from pilotplans.normalizers.numbers import KINDRED_STYLES, find_item_marker

    best: list[int] = []
    run: list[int] = []
    style: str | None = None
    for line in text.split("\n"):
        marker = find_item_marker(line.strip())
        if marker is None:
            continue
        kindred = style is not None and (marker.style == style or marker.style in KINDRED_STYLES.get(style, ()))
        if run and kindred and marker.number.value == run[-1] + 1:
            run.append(marker.number.value)
        else:
            run, style = [marker.number.value], marker.style
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= 2 else []


def run_together(measure: Measure, next_number: int | None = None, alone: bool = False) -> str | None:
    """Why a record looks like several rows of its table read as one, or None: its text holds lines
    opening with measure numbers in sequence that go on from its own number (…5 then （6）（7）), or
    that open its text when it has none and do not start at 1 (（98）（99）…: sub-items of a measure
    count from 1), or that open its text when it has none with as many newline-separated values in
    two of its cells as there are such lines — each line a row, each value that row's cell (in its
    only cell, when the next record of its table holding a number, ``next_number``, goes on from
    the last line's, or when it is the only record of its table, ``alone``, the whole table's rows
    read as one: one cell listing a body a line beside a text listing its own points 1. 2. is a
    row as any other among the table's other rows); or whose 序号 cell, read as no number, holds numbers in sequence one a
    line. A measure whose text lists its own sub-items (1. 2. 3.) under its number is none."""
    in_cell = numbered_run(measure.number_raw or "")
    if measure.number is None and in_cell:
        return f"its 序号 cell holds numbers {in_cell[0]}–{in_cell[-1]} in sequence, one a line"
    numbers = numbered_run(measure.text)
    if not numbers:
        return None
    first, last = numbers[0], numbers[-1]
    opens = find_opening_number(measure.text) == first
    from pilotplans.parsers.interpret.rows import VALUE_ROLES  # the fields holding a cell of its row beside its text

    cells = [value for name in VALUE_ROLES if (value := getattr(measure, name))]
    full = [value for value in cells if len([v for v in value.split("\n") if v.strip()]) >= len(numbers)]
    span = f"{first}–{last} in sequence"
    if measure.number is not None and first == measure.number + 1 and not counted_before(measure.text, first):
        return f"its text holds lines numbered {span} after its own number {measure.number}"
    if measure.number is None and opens and first > 1:
        return f"its text, read without a number, opens with lines numbered {span}"
    if measure.number is None and opens and len(full) >= 2:
        return f"its text holds lines numbered {span} and {len(full)} of its cells as many lines each"
    if measure.number is None and opens and len(cells) == 1 and full and next_number == last + 1:
        return (f"its text holds lines numbered {span}, its only cell as many lines, "
                f"and the next numbered record of its table is {next_number}")
    if measure.number is None and opens and len(cells) == 1 and full and alone:
        return f"its text holds lines numbered {span}, its only cell as many lines, and it is its table's only record"
    return None


def counted_before(text: str, number: int) -> bool:
    """Whether a text holds, inside a line before the first line opening with ``number``, the item
    marker numbered one less in a kindred style: the lines numbered from ``number`` go on a
    sub-list whose first items ran on after a lead-in (扩大开放：（1）…； and a line （2）…), not the next rows."""
    from pilotplans.normalizers.numbers import KINDRED_STYLES, find_item_marker, item_marker_at

    seen: list[tuple[str, int]] = []
    for line in text.split("\n"):
        opening = find_item_marker(line.strip())
        if opening is not None and opening.number.value == number:
            styles = (opening.style, *KINDRED_STYLES.get(opening.style, ()))
            return any(style in styles and value == number - 1 for style, value in seen)
        seen += [(m.style, m.number.value) for at in range(len(line)) if (m := item_marker_at(line, at, 12)) is not None]
    return False


def find_opening_number(text: str) -> int | None:
    """The number opening a text's first line, or None."""
    from pilotplans.normalizers.numbers import find_item_marker

    marker = find_item_marker(text.lstrip().split("\n", 1)[0])
    return marker.number.value if marker else None


MAX_LOST = 5
"""The most rows after a record's own (when no record of its table follows it) whose numbers a cell of
it may hold as another row's opening: further on, a figure and a dot are rather part of the cell's own
wording."""

_SENTENCE_ENDS = "。；;！？\n"


def other_row_in_cell(measure: Measure, held: set[int], next_held: int | None) -> str | None:
    """Why a record's cell holds another row's text, or None: a cell of it (not its text) holds,
    at its start or after a sentence's end, a measure number of the style its own is printed in,
    after its own and before the next number its table holds (or at most ``MAX_LOST`` after it when
    none follows), that no record of the table holds — that row's text went into this record's cell
    (a row broken by a page break joined to the wrong row or column) and the row is lost."""
    from pilotplans.normalizers.numbers import find_item_marker
    from pilotplans.parsers.interpret.rows import VALUE_ROLES  # the fields holding a cell of its row beside its text

    own = find_item_marker(measure.number_raw or "")
    if own is None or measure.number is None:
        return None
    limit = next_held if next_held is not None else measure.number + MAX_LOST + 1
    for name in VALUE_ROLES:
        value = getattr(measure, name) or ""
        starts = [0, *(i + 1 for i, ch in enumerate(value) if ch in _SENTENCE_ENDS)]
        for start in starts:
            marker = find_item_marker(value[start:].lstrip())
            if (marker is not None and marker.style == own.style and measure.number < marker.number.value < limit
                    and marker.number.value not in held):
                return (f"its {name} cell holds the opening of measure {marker.number.value} "
                        f"({marker.number.raw}), a number no record of its table holds")
    return None


def check_run_together(document: Document) -> Document:
    """The document, with a ``rows_run_together`` warning on each record that looks like several rows
    of its table read as one (:func:`run_together`): a reader that missed the rows' boundaries
    (rows not ruled) packs every row's text and cells into one record, and nothing else would say so;
    or whose cell holds another row's opening, a number no record holds (:func:`other_row_in_cell`):
    that row was lost into it, at the end of its table where no numbering gap shows it."""
    from bisect import bisect_right

    measures = []
    changed = False
    held: dict[int | None, set[int]] = {}
    records = Counter(m.table for m in document.measures)
    for m in document.measures:
        if m.number is not None:
            held.setdefault(m.table, set()).add(m.number)
    ordered = {table: sorted(numbers) for table, numbers in held.items()}  # once a table, not once a record
    next_numbers: list[int | None] = []  # for each record, the number of the next record of its table holding one
    coming: dict[int | None, int | None] = {}
    for m in reversed(document.measures):
        next_numbers.append(coming.get(m.table))
        if m.number is not None:
            coming[m.table] = m.number
    next_numbers.reverse()
    for measure, next_number in zip(document.measures, next_numbers):
        numbers = ordered.get(measure.table, [])
        at = bisect_right(numbers, measure.number) if measure.number is not None else len(numbers)
        following = numbers[at] if at < len(numbers) else None
        alone = measure.table is not None and records[measure.table] == 1
        cause = run_together(measure, next_number, alone) or other_row_in_cell(measure, held.get(measure.table, set()), following)
        if cause is not None:
            changed = True
            measure = warned(measure, Warning(code="rows_run_together", message=(
                f"several rows of the table may have been read as one: {cause}")))
        measures.append(measure)
    return document.model_copy(update={"measures": measures}) if changed else document


def check_points_missing(document: Document) -> Document:
    """The document, with a ``points_missing`` warning on each record whose text ends with a lead
    announcing its points (``…：``) and holds none after it: a record's text does not end so: its points
    were printed apart from it and lost (an unruled PDF table whose last cell's points, spaced wider
    than its rows, run past the table's end: tests/fixtures/variants/points-across-pages-unruled.pdf,
    measure 10)."""
    from pilotplans.parsers.interpret.points import ANNOUNCES

    changed = False
    measures = []
    for measure in document.measures:
        if measure.text.rstrip()[-1:] in ANNOUNCES:
            changed = True
            measure = warned(measure, Warning(code="points_missing", message=(
                f"the text ends with a lead announcing points, and lists none (printed apart from it and not read?): "
                f"…{measure.text.rstrip()[-30:]}")))
        measures.append(measure)
    return document.model_copy(update={"measures": measures}) if changed else document

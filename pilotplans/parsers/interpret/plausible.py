"""Warnings for a task table whose reading looks implausible as a table's: what no plan prints, found where a reader
placed a table's cells under the wrong labels (a cell lost or merged down, the rest counted on a place).

* a heading that is a date (10月底, 2023年底前): a table's deadline read as its rows' category — 闵行 2023's table,
  its category merged down, read so with exit 0 before its rows were read by their category (stop 57);
* owners printed with a mark (区农业农村委*) where no note of the document says what that mark means (加*号为牵头部门;
  a note naming another mark, 加△号为牵头部门, explains no *): every owner was read as the column says, the marked one
  and the rest alike, the lead unmarked;
* a note saying a mark singles out the lead (加*号为牵头部门) where no owner prints that mark (the copy lost it): no
  body is read as the lead, the rest read as the note says;
* far more records than the table prints rows: records read from rows that print nothing but a line of text (no
  number, every other cell blank, the owners carried from a row above) after a text ending mid-sentence, the sentence
  closing in one of them, as many as the rest — a table without rules between rows read one record per printed line
  (stop 58).

Each is a document warning, ``table_implausible``, naming the measures it concerns, so that such a reading never
passes with no word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pilotplans.parsers.interpret.table_words import table_words
from pilotplans.patterns import compiled
from pilotplans.schema.models import Warning
from pilotplans.textutil import is_terminated

if TYPE_CHECKING:
    from pilotplans.parsers.interpret.drafts import MeasureDraft
    from pilotplans.parsers.interpret.tables import TableSpan
    from pilotplans.schema.models import Convention, Measure

_SHOWN = 5  # measures named in a warning, the rest counted
# Records per printed row beyond which a table reads as shredded, and the fewest lone-line records that say so. Over
# every fixture (stop 58, 474 tables): a table's records reach 2.5 times the rows printing cells of their own (packed
# cells of numbered measures, 5 from 2 rows; 7 from one row of national 2020), but those records carry their numbers;
# records from rows printing only a line of text reach 2 of a table's 43 (national 2018's approval) and 1 of 5 (a
# policy table's stray task), 1.25 times the printed rows at most. A cell of three lines read a record a line gives 3,
# of two lines 2.
_SHREDDED_RATIO = 2
_SHREDDED_FEWEST = 3


def implausible_table_warnings(measures: list[Measure], conventions: list[Convention]) -> list[Warning]:
    """The ``table_implausible`` warnings a document's ``measures`` and its ``conventions`` give: headings that are a deadline's dates, owners marked with no note of what their mark means,
    a note of a mark no owner prints, owners whose every body a note marks as a partner (none leading)."""
    return [*_dated_headings(measures), *_unexplained_marks(measures, conventions),
            *_marks_printed_nowhere(measures, conventions), *_partners_alone(measures, conventions)]


def _dated_headings(measures: list[Measure]) -> list[Warning]:
    """A heading that is a deadline's date (10月底, 2023年底前, 年内): the row's deadline read as its heading. A heading
    naming a period alone (2025年, 2025年度, 2024—2025年, 3月份: a table of tasks by year or month) is a real heading."""
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    words = vocabulary()
    # a deadline naming a time (a figure, a month, a quarter: table_words.toml's dated_words), never a period alone
    # (2025年, 3月份: its period)
    dated_pattern, period = compiled(table_words().dated), compiled(table_words().period)

    def date_read_as_heading(measure: Measure) -> str | None:
        # any level of the path: a deadline read as the category sits above a second level read from a task column
        return next((heading for heading in measure.heading_path if dated_pattern.search(heading)
                     and not period.match(heading.strip()) and words.is_deadline(heading.strip())), None)

    dated = [(m, heading) for m in measures if (heading := date_read_as_heading(m)) is not None]
    if not dated:
        return []
    return [Warning(code="table_implausible", message=(
        f"the heading of {_named([m for m, _ in dated])} is a date ({dated[0][1]}): a deadline read as a category, "
        f"the table's cells likely placed under the wrong labels — check the table against its source"))]


def _unexplained_marks(measures: list[Measure], conventions: list[Convention]) -> list[Warning]:
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    def unexplained(measure: Measure) -> str:  # the marks no note concerning ``measure`` explains (one scoped elsewhere)
        explained = {c.body for c in conventions if c.kind in ("marked_lead", "marked_role") and c.body
                     and c.applies_to(measure.position, measure.table)}
        return "".join(mark for mark in vocabulary().name_marks if mark not in explained)

    marked = [m for m in measures if m.responsibility and _marks_a_name(m.responsibility, unexplained(m))]
    if not marked:
        return []
    return [Warning(code="table_implausible", message=(
        f"the owners of {_named(marked)} print a mark beside a name ({marked[0].responsibility}) and no note of the "
        f"document says what it marks: every owner is read as its column gives, the marked one alike"))]


def _marks_printed_nowhere(measures: list[Measure], conventions: list[Convention]) -> list[Warning]:
    """A note saying what a mark singles out (标☆的为牵头单位, ``marked_lead``; 加*号为配合部门, ``marked_role``) whose mark
    no owners' text it concerns prints (a note scoped to one table: that table's owners): told, one warning a kind."""
    if not any(m.responsibility for m in measures):
        return []
    warnings: list[Warning] = []
    for kind, singled in (("marked_lead", "the lead it singles out is"), ("marked_role", "the partners it singles out are")):
        lost = [c for c in conventions if c.kind == kind and c.body
                and not any(_marks_a_name(m.responsibility, c.body) for m in measures
                            if m.responsibility and c.applies_to(m.position, m.table))]
        if not lost:
            continue
        note = lost[0]
        where = f" of table {note.table}" if note.table is not None else ""
        says = "lead" if kind == "marked_lead" else f"are partners ({note.role})"
        warnings.append(Warning(code="table_implausible", message=(
            f"the note {note.text} says the bodies marked {note.body} {says}, and no owner{where} prints the mark (the "
            f"copy may have lost it): {singled} read nowhere — check the owners against the source")))
    return warnings


def _partners_alone(measures: list[Measure], conventions: list[Convention]) -> list[Warning]:
    """A note saying a mark singles out the partners (加*号为配合部门, ``marked_role``) and owners printing that mark
    whose bodies read no lead (区农业农村委* alone): read as the note states, and told, never given a lead."""
    notes = [c for c in conventions if c.kind == "marked_role" and c.body]
    alone = [m for m in measures if m.responsibility and _marks_every_name(m.responsibility, "".join(
        c.body or "" for c in notes if c.applies_to(m.position, m.table)))]
    if not alone:
        return []
    return [Warning(code="table_implausible", message=(
        f"the owners of {_named(alone)} print only bodies the note {notes[0].text} marks as partners "
        f"({alone[0].responsibility}): no body of theirs leads — check the owners against the source"))]


def _marks_a_name(text: str, marks: str) -> bool:
    """Whether ``text`` prints one of ``marks`` right after a name (区农业农村委*、) or right before one (☆经信局)."""
    return any(_marked(name, marks) for name in _names(text))


def _marks_every_name(text: str, marks: str) -> bool:
    """Whether every name ``text`` lists prints one of ``marks`` beside it (区农业农村委*, ☆经信局、*科技局)."""
    names = _names(text)
    return bool(names) and all(_marked(name, marks) for name in names)


def _names(text: str) -> list[str]:
    """The names an owners' text lists (split at 、，；), each stripped."""
    return [name.strip() for name in compiled(r"[、，,；;]").split(text) if name.strip()]


def _marked(name: str, marks: str) -> bool:
    """Whether ``name`` prints one of ``marks`` at either end beside some text of its own."""
    return len(name) > 1 and (name[-1] in marks or name[0] in marks)


def _named(measures: list[Measure]) -> str:
    numbers = [m.number_raw or str(m.position) for m in measures]
    return f"measure{'s' if len(numbers) > 1 else ''} {_listed(numbers)}"


def _listed(items: list[str]) -> str:
    """``items`` joined with 、, the first ``_SHOWN`` of them shown and the rest counted."""
    return "、".join(items[:_SHOWN]) + (f" and {len(items) - _SHOWN} more" if len(items) > _SHOWN else "")


def records_beyond_rows(span: TableSpan, drafts: list[MeasureDraft], table: int) -> list[Warning]:
    """A ``table_implausible`` warning where table ``table`` (its ``span``, read into ``drafts``) gives far more records
    than it prints rows: the records of rows printing nothing but their text (no number, every other cell blank, not even
    a copy of a cell merged from above) right after a record whose text ends mid-sentence number as many as the rest,
    and three at least. Such rows are lines of a row above read as rows of their own (a PDF table without rules between
    rows, read one record per printed line), their owners carried down. Such records count only where the sentence
    they go on with closes in one of them (。；！？): short items printing no mark at all (加强政策解读 / 创新解读形式
    under a category and owners printed blank below their first row) are whole items read right. Numbered records (a
    cell packing several measures), rows under a merged owner's cell, and whole tasks each closing its sentence never
    count; a table printing no row of cells of its own (a column of text alone) says nothing."""
    lone = _lines_going_on(span, drafts)
    printed = len(drafts) - len(lone)
    if not printed or len(lone) < _SHREDDED_FEWEST or len(drafts) < _SHREDDED_RATIO * printed:
        return []
    return [Warning(code="table_implausible", message=(
        f"table {table} gives {len(drafts)} records where it prints {printed} rows at most: {len(lone)} come from rows "
        f"printing nothing but a line of text going on from the record above (rows {_rows(lone)}; every other cell "
        f"blank, the text above ending mid-sentence) — lines of a row read as rows of their own (a table without rules "
        f"between rows?); check the table against its source"))]


def _lines_going_on(span: TableSpan, drafts: list[MeasureDraft]) -> list[MeasureDraft]:
    """The records of ``span``'s rows printing nothing but a line of text (no number, every other cell blank) that go
    on with a sentence the record above left open, in runs whose sentence closes (its last record's text ending
    。；！？); a run never closing (items printing no mark) is left out."""
    cells = {entry.index: entry.row.cells for entry in span.entries if entry.row is not None}
    text = set(span.columns.indexes("text"))
    found: list[MeasureDraft] = []
    run: list[MeasureDraft] = []
    for above, draft in zip(drafts, drafts[1:]):
        going_on = (draft.number is None and draft.row in cells and not is_terminated(above.text)
                    and all(cell.is_empty for at, cell in enumerate(cells[draft.row]) if at not in text))
        run = [*run, draft] if going_on else []
        if run and is_terminated(draft.text):
            found.extend(run)
            run = []
    return found


def _rows(drafts: list[MeasureDraft]) -> str:
    return _listed([str(d.row) for d in drafts])

"""A cell's text cut across two neighbouring records of one column, its whole printed elsewhere in that column.

A cell merged over two rows prints its lines once, at the middle of both; a reader that places the rows'
edge between two of its lines reads each row's part as that row's own cell (layout 100318: 备注 已有工作基础,
merged over 122–123 and stacked a character a line, read 已有 for 122 and 工作基础 for 123, while the same
column reads 已有工作基础 whole over 129–130). Nothing in either piece says it is cut; what does is the table
itself: the two pieces written together are a cell the same column prints elsewhere, and neither piece is
printed anywhere else in it. Both records' cells are then warned ``cell_cut``, as a body's name cut so is
(:mod:`.cut_cells`).

Two cells each printed elsewhere too (长期任务 over 拟先行先试, every remark of its own), or two whose join the
column prints nowhere, say nothing; nor does a pair :mod:`.cut_cells` names already.

A column whose cells are sentences (省商务厅牵头，…配合。) tells a cut by its punctuation too: where every other
cell the document's tables print in that column closes a sentence, a cell that stops short of one, over a
neighbour that closes one, is the upper part of one cell read as two (layout 6700286: 省商务厅牵头，省服务贸易创新发展
over 联席会议成员单位配合。, one cell merged over (1)–(2) of a table of two one-line rows, each line at its own row's
middle as cells of their own sit). Both records are warned ``cell_cut``. A cell that begins no sentence (a bare
name 省商务厅 among sentences, printed without 。: no clause mark inside it, none leading on at its end) is a cell of
its own, and says nothing. A column of bare names (no cell closing a sentence), a column holding fewer than :data:`MIN_SENTENCES` other cells, one other cell of it stopping short as
well, or a blank under the cell, say nothing. Nor does a table read from
markup (DOCX, HTML): its cells are the source's, a cell merged over rows is a vMerge or a rowspan read over them,
and two neighbouring cells 已 / 完成 beside a 已完成 elsewhere are printed so, no reading cut them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pilotplans.ingest.cut_cells import record_name
from pilotplans.schema.models import Document, Measure, Warning
from pilotplans.schema.warned import warned
from pilotplans.textutil import is_terminated

MARKUP_FORMATS = frozenset({"docx", "html"})
"""The formats whose tables print their cells, merged ones as such: no reading places a row's edge in a cell."""

VALUE_COLUMNS = ("responsibility", "cooperating", "superior", "leader", "deadline", "scope", "remarks")
"""The measure fields read from a cell of their own that a cell merged over rows may print."""

MIN_SENTENCES = 3
"""The fewest other cells of a column, each closing a sentence, that make its cells sentences (:func:`clause_cuts`)."""

CLAUSE_MARKS = "，,：:；;。"
"""Marks inside a cell that show a sentence begun (省商务厅牵头，…): a bare name or phrase prints none."""

LEADING_ON = "、，,：:"
"""Marks that end no cell but lead on to more (省委网信办、 / 省工信厅…): a text ending in one stops mid-sentence."""


@dataclass(frozen=True)
class Run:
    """Consecutive records of one table printing the same text in a column (a cell read over those rows, or
    cells alike): their places in the document's records, first and last inclusive, and the text."""

    first: int
    last: int
    text: str


def column_runs(measures: Sequence[Measure], column: str) -> list[Run]:
    """The runs of one table's records (``measures``, in order, all of one table) in ``column``; a blank
    cell ends a run and starts none."""
    runs: list[Run] = []
    for at, measure in enumerate(measures):
        text = (getattr(measure, column) or "").strip()
        if runs and text and runs[-1].text == text and runs[-1].last == at - 1:
            runs[-1] = Run(runs[-1].first, at, text)
        elif text:
            runs.append(Run(at, at, text))
    return runs


def cut_runs(runs: Sequence[Run]) -> list[tuple[Run, Run, Run]]:
    """Each two adjacent runs (the lower starting on the record after the upper's last) whose texts written
    together are the text of another run, neither text printed by any other run: (upper, lower, the run
    printing them whole)."""
    printed: dict[str, list[Run]] = {}
    for run in runs:
        printed.setdefault(run.text, []).append(run)
    found = []
    for upper, lower in zip(runs, runs[1:]):
        if lower.first != upper.last + 1 or len(printed[upper.text]) > 1 or len(printed[lower.text]) > 1:
            continue
        whole = printed.get(upper.text + lower.text)
        if whole:
            found.append((upper, lower, whole[0]))
    return found


def clause_cuts(runs: Sequence[Run], others: Sequence[str]) -> list[tuple[Run, Run]]:
    """Each two adjacent runs (the lower starting on the record after the upper's last) whose upper text begins a
    sentence (:func:`sentence_begun`) and stops short of its end and whose lower text closes one, where the column's
    cells are sentences: ``others``, the texts of the column's cells in the document's other tables, with ``runs``'
    own but the upper's, hold at least :data:`MIN_SENTENCES` and each closes a sentence
    (:func:`~pilotplans.textutil.is_terminated`)."""
    found = []
    for upper, lower in zip(runs, runs[1:]):
        if (lower.first != upper.last + 1 or is_terminated(upper.text) or not is_terminated(lower.text)
                or not sentence_begun(upper.text)):
            continue
        rest = [*others, *(run.text for run in runs if run is not upper)]
        if len(rest) >= MIN_SENTENCES and all(is_terminated(text) for text in rest):
            found.append((upper, lower))
    return found


def sentence_begun(text: str) -> bool:
    """True when ``text`` shows a sentence begun: a clause mark inside it (:data:`CLAUSE_MARKS`) or a mark leading on
    at its end (:data:`LEADING_ON`). A bare name or phrase (省商务厅, 持续推进, 2025年底前) is a cell of its own kind
    even among sentences, a cell the source printed without 。, not the first line of a sentence cut from the rest."""
    stripped = text.strip()
    return bool(stripped) and (stripped[-1] in LEADING_ON or any(mark in stripped for mark in CLAUSE_MARKS))


def check_cut_values(document: Document) -> Document:
    """The document, with a ``cell_cut`` warning on the records of each two neighbouring runs of one table's
    column whose texts together are a cell the column prints elsewhere (:func:`cut_runs`), or whose upper text stops
    short of a sentence's end where the column's cells are sentences (:func:`clause_cuts`); not on a prose task
    list (its items print no cells), nor on a table read from markup (:data:`MARKUP_FORMATS`: its cells are the
    source's), nor on a column of records :mod:`.cut_cells` warned so already."""
    quiet = {table.index for table in document.tables
             if table.kind == "task_list" or table.source.format in MARKUP_FORMATS}
    measures = document.measures
    added: dict[int, list[Warning]] = {}
    places_of: dict[int, list[int]] = {}
    for at, m in enumerate(measures):
        if m.table not in quiet:
            places_of.setdefault(m.table, []).append(at)
    runs_of = {(table, column): column_runs([measures[at] for at in places], column)
               for table, places in places_of.items() for column in VALUE_COLUMNS}
    for table, places in places_of.items():
        records = [measures[at] for at in places]
        name = _namer(records)

        def warn(column: str, upper: Run, lower: Run, message: str, named: bool = False) -> None:
            """Warn the pair's records, unless cut_cells named a cut of the column there (or, with ``named``, a
            cut of the column this check named already: its whole printed elsewhere)."""
            span = range(upper.first, lower.last + 1)
            if any(w.code == "cell_cut" and w.message.startswith(f"{column}:")
                   for at in span for w in (*records[at].warnings, *(added.get(places[at], ()) if named else ()))):
                return
            for at in span:
                added.setdefault(places[at], []).append(Warning(code="cell_cut", message=message))

        for column in VALUE_COLUMNS:
            runs = runs_of[(table, column)]
            for upper, lower, whole in cut_runs(runs):
                warn(column, upper, lower,
                     f"{column}: {upper.text!r} in {name(records[upper.first])} and {lower.text!r} in "
                     f"{name(records[lower.first])} are printed nowhere else in the column, and together "
                     f"({upper.text + lower.text!r}) are the cell of {name(records[whole.first])}: one cell "
                     "merged over both rows may have been read as two, cut between them")
            others = [run.text for other in places_of if other != table for run in runs_of[(other, column)]]
            for upper, lower in clause_cuts(runs, others):
                warn(column, upper, lower,
                     f"{column}: {upper.text!r} in {name(records[upper.first])} stops short of a sentence's end,"
                     f" over {lower.text!r} in {name(records[lower.first])}, where every other cell of the"
                     " column closes one: one cell merged over both rows may have been read as two, cut"
                     " between them", named=True)
    if not added:
        return document
    return document.model_copy(update={"measures": [warned(m, *added[at]) if at in added else m
                                                    for at, m in enumerate(measures)]})


def _namer(records: Sequence[Measure]) -> Callable[[Measure], str]:
    """How a warning names one of a table's records: by its measure number (:func:`record_name`) where the
    table's numbers name one record each, and by its place among the document's records too where they
    repeat (a table numbering each heading's measures from 1: measure 7 under one heading and under the next)."""
    numbers = [m.number for m in records if m.number is not None]
    if len(set(numbers)) == len(numbers):
        return record_name
    return lambda m: f"{record_name(m)} (record {m.position})" if m.number is not None else record_name(m)

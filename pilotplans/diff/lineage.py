"""Lineage across rounds: each measure followed from one national plan to the next.

:func:`lineage` diffs each round's national plan with the next (2018 tasks → 2020 measures →
2025 list) and chains the links into paths: one :class:`LineageRow` per way a measure went,
with the measure of each round (None where the path starts later or ends) and the step between
two rounds, in the words of rounds:

| step | the diff's relation | meaning |
| --- | --- | --- |
| ``carried`` | same | the next round keeps it, scope phrases and small wording aside |
| ``changed`` | adapted | the next round keeps it narrowed, extended or partly rewritten |
| ``merged`` | merged | the next round joins it with others into one measure |
| ``split`` | split (and each adapted part of a measure carried in several) | the next round carries it in several measures, or only some of its parts |
| ``new`` | added (local) | the measure first appears in this round |
| ``dropped`` | dropped | the next round does not take it up |

:func:`history` keeps the rows that pass through one measure. Renderers (:mod:`pilotplans.diff.render`,
:mod:`pilotplans.diff.html`) only read these values.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict

from pilotplans.diff.compare import diff_documents, document_ref
from pilotplans.diff.models import DiffResult, DocumentRef, Link, MeasureRef
from pilotplans.diff.segment import Segmenter
from pilotplans.diff.settings import DiffSettings
from pilotplans.errors import PilotplansError, UnknownValue
from pilotplans.schema.models import Document

if TYPE_CHECKING:
    from pilotplans.xlsx import Sheet

Step = Literal["carried", "changed", "merged", "split", "new", "dropped"]
STEPS: dict[str, Step] = {"same": "carried", "adapted": "changed", "merged": "merged", "split": "split",
                          "local": "new", "added": "new", "dropped": "dropped"}

#: The reason of a path that ends (``dropped``), in the lineage's words whatever the diff's: a diff of two national plans
#: of two programmes (national-2020 → national-2025) is no diff of two rounds, and words its dropped measure as a local
#: plan's ("no local measure takes it up") though neither plan is local.
ENDS = "the next round does not take it up"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class LineageRow(_Frozen):
    """One path through the rounds: ``measures[k]`` is the measure of round ``k`` (None before the
    path starts or after it ends) and ``steps[k]`` what happened between round ``k`` and ``k+1``
    (None before the path starts); ``reasons[k]`` is the diff's reason for that step."""

    measures: tuple[MeasureRef | None, ...]
    steps: tuple[Step | None, ...]
    reasons: tuple[str | None, ...] = ()


class Lineage(_Frozen):
    """The paths through ``rounds``; ``left_out``: the stored national plans of other programmes than the rounds' that a
    lineage of every stored plan did not follow (:func:`pilotplans.diff.direction.programme_rounds`)."""

    rounds: tuple[DocumentRef, ...]
    rows: tuple[LineageRow, ...]
    left_out: tuple[DocumentRef, ...] = ()

    def counts(self) -> list[dict[Step, int]]:
        """For each step between two rounds, how many measures of the earlier round went which way
        (new: how many of the later round are new)."""
        out = []
        for k in range(len(self.rounds) - 1):
            seen: dict[Step, set[tuple[int, int]]] = {}
            for row in self.rows:
                step = row.steps[k]
                if step is None:
                    continue
                measure = row.measures[k + 1] if step == "new" else row.measures[k]
                if measure is not None:
                    seen.setdefault(step, set()).add((k, measure.position))
            out.append({step: len(seen.get(step, ())) for step in STEPS.values()})
        return out


class UnknownMeasure(UnknownValue):
    """``--measure`` names no measure of the rounds compared: an option naming something that does not exist, exit 2
    on the command line, as ``measures --implements`` naming no measure (it was exit 1, round 53)."""


def lineage(documents: Sequence[Document], settings: DiffSettings | None = None,
            segmenter: Segmenter | None = None, on_diff: Callable[[str, int, int], None] | None = None) -> Lineage:
    """The paths of every measure through ``documents`` (national plans, oldest round first). ``on_diff`` is told
    before the first step (two neighbouring plans) is diffed (no name, 0 done) and after each — its name
    (``national-2018 → national-2020``), the steps diffed, the steps in all —, as ``coverage`` tells its diffs: a
    progress display, as a step takes some seconds."""
    if len(documents) < 2:
        raise PilotplansError("lineage needs at least two national plans (rounds) to follow measures through")
    pairs = list(zip(documents, documents[1:]))
    if on_diff is not None:
        on_diff("", 0, len(pairs))
    diffs = []
    for done, (a, b) in enumerate(pairs, start=1):
        diffs.append(diff_documents(a, b, settings, segmenter, resolver=None))
        if on_diff is not None:
            on_diff(f"{a.id} → {b.id}", done, len(pairs))
    return Lineage(rounds=tuple(document_ref(d) for d in documents), rows=tuple(_paths(diffs)))


def _step(link: Link, parts: int) -> Step:
    """The step a link makes: a measure the next round carries in ``parts`` measures (two or more) is ``split`` on each
    path, also where a part adds content of its own and the diff calls that link ``adapted`` (2018's #47 → 2020's 46 and
    114)."""
    if parts > 1 and link.relation in ("same", "adapted"):
        return "split"
    return STEPS[link.relation]


def _paths(diffs: Sequence[DiffResult]) -> list[LineageRow]:
    width = len(diffs) + 1
    onward: list[dict[int, list[Link]]] = []  # per diff: national position → its links
    for result in diffs:
        by_source: dict[int, list[Link]] = {}
        for link in result.links:
            if link.national is not None:
                by_source.setdefault(link.national.position, []).append(link)
        onward.append(by_source)

    rows: list[LineageRow] = []

    def extend(k: int, measure: MeasureRef, measures: list[MeasureRef | None], steps: list[Step | None],
               reasons: list[str | None]) -> None:
        """Continue a path that reached ``measure`` in round ``k``."""
        if k == width - 1:
            rows.append(LineageRow(measures=tuple(measures), steps=tuple(steps), reasons=tuple(reasons)))
            return
        links = onward[k].get(measure.position, [])
        parts = sum(1 for link in links if link.local is not None and link.relation != "merged")
        for link in links:
            step = _step(link, parts)
            if link.local is None:
                rows.append(LineageRow(measures=tuple(measures + [None] * (width - k - 1)),
                                       steps=tuple(steps + [step] + [None] * (width - k - 2)),
                                       reasons=tuple(reasons + [ENDS] + [None] * (width - k - 2))))
            else:
                extend(k + 1, link.local, measures + [link.local], steps + [step], reasons + [link.reason])

    for k, result in enumerate([None, *diffs]):
        if result is None:
            starts = [link.national for link in diffs[0].links if link.national is not None]
            starts = list({m.position: m for m in starts}.values())
        else:
            starts = [link.local for link in result.links if link.national is None and link.local is not None]
        for measure in starts:
            assert measure is not None
            lead: list[Step | None] = [None] * max(0, k - 1) + (["new"] if k > 0 else [])
            extend(k, measure, [None] * k + [measure], lead, [None] * max(0, k - 1) + (["first in this round"] if k else []))
    return sorted(rows, key=_row_order)


def _row_order(row: LineageRow) -> tuple[int, ...]:
    first = next(k for k, m in enumerate(row.measures) if m is not None)
    return (first, *(m.position if m is not None else 10**6 for m in row.measures[first:]))


def find_measure(result: Lineage, reference: str) -> tuple[int, int]:
    """``DOC:NUMBER`` (national-2020:59), ``ROUND:NUMBER`` (2020:59) or ``DOC:#POSITION`` for an
    unnumbered task (national-2018:#3): the round index and the measure's position. A number two measures of the
    round print (numbering restarting under each heading) is named by its label qualified by its headings' numbers
    (``DOC:二、1``, :mod:`pilotplans.diff.labels`); the bare number is refused naming them
    (:class:`~pilotplans.diff.labels.AmbiguousMeasure`)."""
    from pilotplans.diff.labels import pick
    from pilotplans.errors import shown_id

    document, _, label = reference.rpartition(":")
    given = shown_id(reference)  # as typed: DOC:NUMBER of an id with spaces, in quotes
    for k, ref in enumerate(result.rounds):
        if document in (ref.id, str(ref.round)):
            measures = {m.position: m for row in result.rows if (m := row.measures[k]) is not None}
            position = pick({p: m.label for p, m in measures.items()}, {p: m.bare_label for p, m in measures.items()},
                            label, given)
            if position is not None:
                return k, position
            labels = sorted({p: m.label for p, m in measures.items()}.items())
            known = f" (its measures: {labels[0][1]}–{labels[-1][1]})" if labels else ""
            raise UnknownMeasure(f"{given}: {shown_id(ref.id)} has no measure {label}{known}")
    known = ", ".join(f"{shown_id(r.id)} ({r.round})" for r in result.rounds)
    if not document:  # no DOC: before the number (or no number at all): there is no round to name
        raise UnknownMeasure(f"{given}: names no round; write DOC:NUMBER (e.g. national-2020:59) with a round among {known}")
    raise UnknownMeasure(f"{given}: no round {shown_id(document)} among {known}; write DOC:NUMBER, e.g. national-2020:59")


def history(result: Lineage, reference: str) -> Lineage:
    """The rows of ``result`` that pass through the measure ``reference`` names (see :func:`find_measure`)."""
    k, position = find_measure(result, reference)
    rows = tuple(r for r in result.rows if r.measures[k] is not None and r.measures[k].position == position)  # type: ignore[union-attr]
    return result.model_copy(update={"rows": rows})


def records(result: Lineage) -> list[dict[str, object]]:
    """One object per path: ``rounds`` (document ids), ``measures`` (number, label, text, or null
    per round) and ``steps`` (what happened between consecutive rounds), with the diff's ``reasons``."""
    rounds = [r.id for r in result.rounds]
    return [{
        "rounds": rounds,
        "measures": [None if m is None else {"number": m.number, "label": m.label, "position": m.position,
                                             "heading": m.heading_title, "text": m.text} for m in row.measures],
        "steps": list(row.steps),
        "reasons": list(row.reasons),
    } for row in result.rows]


def to_jsonl(result: Lineage) -> str:
    """:func:`records`, one a line."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records(result))


def to_json(result: Lineage) -> str:
    """:func:`records` as one JSON array (``-f json``, as the listings write one)."""
    return json.dumps(records(result), ensure_ascii=False, indent=2) + "\n"


def to_rows(result: Lineage) -> tuple[list[str], list[list[object]]]:
    """The headers and rows of a lineage in CSV and in a workbook: per round, its measure's number (its label when
    it has none, #3, or when another measure of its round has that number, 二、1), heading and text (a column each, named by the round's id), and between two rounds the step and its
    reason — a path a row, one cell a value, for a spreadsheet; each column headed as every plan-named column is
    (:func:`pilotplans.diff.columns.plan_column`: ``national-2018:no.``, ``national-2018 → national-2020:reason``)."""
    from pilotplans.diff.columns import plan_column

    ids = [r.id for r in result.rounds]
    headers: list[str] = []
    for k, round_id in enumerate(ids):
        if k:
            step = f"{ids[k - 1]} → {round_id}"
            headers += [step, plan_column(step, "reason")]
        headers += [plan_column(round_id, part) for part in ("no.", "heading", "text")]
    rows: list[list[object]] = []
    for row in result.rows:
        cells: list[object] = []
        for k, measure in enumerate(row.measures):
            if k:
                cells += [row.steps[k - 1], row.reasons[k - 1] if k - 1 < len(row.reasons) else None]
            cells += [None, None, None] if measure is None else [
                # a number a number in a workbook; a label qualified by its headings (二、1) text
                measure.number if measure.number is not None and measure.qualified_label is None else measure.label,
                measure.heading_title, measure.text]
        rows.append(cells)
    return headers, rows


def number_columns(headers: Sequence[str]) -> list[int]:
    """The indices of the rounds' ``no.`` columns among :func:`to_rows`'s ``headers``."""
    return [k for k, header in enumerate(headers) if header.endswith(":no.")]


def workbook_sheet(result: Lineage) -> Sheet:
    """The sheet ``lineage`` of ``lineage -f xlsx``: :func:`to_rows`, each round's ``no.`` column of one type. A round
    numbering every measure it holds keeps its numbers numbers; one where any measure is unnumbered or shares its number
    (a label, ``#5``, ``二、1``) writes every label of that column as text (``1``, ``#5``), and Excel is told the column is text, as the coverage
    workbook does its ``:local`` columns — a column of numbers and text alike Excel sorts apart and flags."""
    from pilotplans.xlsx import Sheet, fitted_columns

    headers, rows = to_rows(result)
    texts = tuple(k for k in number_columns(headers) if any(isinstance(row[k], str) for row in rows))
    typed = [[str(value) if k in texts and value is not None else value for k, value in enumerate(row)] for row in rows]
    return Sheet("lineage", fitted_columns(headers, typed), typed, texts)  # type: ignore[arg-type]


def to_table(result: Lineage, width: int = 160) -> str:
    """The counts per step, then one line per path: each round's measure and the step between."""
    import io

    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from pilotplans.errors import shown_id

    console = Console(file=io.StringIO(), width=width, force_terminal=False, color_system=None)
    names = [shown_id(ref.id) for ref in result.rounds]  # as a message names them: one with a space in quotes
    for k, counts in enumerate(result.counts()):
        console.print(escape(f"{names[k]} → {names[k + 1]}: ") + ", ".join(f"{n} {step}" for step, n in counts.items()))
    from pilotplans.fit import column_width, cut_to_cells

    rounds = len(result.rounds)
    cells = [["" if m is None else f"{m.label} {_short(m.text, 24)}" for m in row.measures] for row in result.rows]
    step_width = max(len(step) for step in STEPS.values())
    # each measure on one line, its number beside its words, cut to its share of the terminal with "…":
    # a boxed table spends a rule and two cells of padding on each column, and one rule more
    room = width - 1 - 3 * (2 * rounds - 1) - step_width * (rounds - 1)
    needs = [column_width(name, [c[k] for c in cells]) for k, name in enumerate(names)]
    widths = _shared(needs, [column_width(name, ()) for name in names], room)
    if sum(widths) > room:  # too narrow for the rounds' ids: each column its share, its id folded in the header
        widths = _shared(needs, [1] * rounds, room)
    # a cell cut to its width is never wrapped, and the table is never wider than the terminal, which
    # would crop its last columns unsaid
    table = Table(title="lineage", show_lines=False)
    for k, name in enumerate(names):
        table.add_column(escape(name), overflow="fold", min_width=widths[k])
        if k < rounds - 1:
            table.add_column("→", overflow="fold", min_width=step_width)
    for row, measures in zip(result.rows, cells):
        shown: list[str] = []
        for k, cell in enumerate(measures):
            shown.append(cut_to_cells(cell, widths[k]))
            if k < len(row.steps):
                shown.append(row.steps[k] or "")
        table.add_row(*shown)
    console.print(table)
    return console.file.getvalue()  # type: ignore[attr-defined]


def _shared(needs: list[int], floors: list[int], room: int) -> list[int]:
    """Cells each column takes of ``room``: the narrowest first, each what it ``needs`` up to an equal
    share of what the others before it left, and at least its floor."""
    widths = list(needs)
    for n, k in enumerate(sorted(range(len(needs)), key=needs.__getitem__)):
        widths[k] = max(floors[k], min(needs[k], room // (len(needs) - n)))
        room -= widths[k]
    return widths


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

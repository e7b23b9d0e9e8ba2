"""What a layout prints, before any format: a table plan or a prose plan, with its truth.

A :class:`TablePlan` is the title and columns of a task table and its rows grouped under their
headings; a :class:`ProsePlan` is a sequence of printed lines (title, body paragraphs, section and
heading lines, numbered items, field lines). Both are made from a slice of a source document and a
:class:`LayoutSpec`; every choice a spec leaves open (labels, values of columns the source lacks,
column widths) is drawn from the spec's seed, so one seed always gives one document. The truth is
built here, from the same values the renderers print.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

import cn2an

from tests.layouts.sources import Source, SourceItem
from tests.layouts.spec import LayoutSpec
from tests.layouts.truth import DocumentTruth, MeasureTruth
from tests.layouts.vocab import Vocab

WIDTH_WEIGHTS = {"heading": 2.6, "number": 1.2, "text": 8.0, "responsibility": 4.2, "lead": 3.0, "cooperating": 3.6,
                 "deadline": 2.0, "superior": 3.0, "remarks": 2.0, "scope": 2.4, "leader": 2.0}
"""Relative column widths by role (jittered per layout)."""

EXTRAS = ("superior", "scope", "leader", "remarks")
"""Optional columns, in their standard order after the responsibility columns."""


@dataclass(frozen=True)
class Column:
    role: str
    label: str
    weight: float


@dataclass(frozen=True)
class HeadingGroup:
    label: str
    """The heading as printed: number and title."""
    rows: tuple[tuple[str, ...], ...]
    """One tuple of cell texts per measure, one text per column (the heading column's is ``label``)."""
    spans: tuple[tuple[int, ...], ...] = ()
    """Per row and column, how many rows the cell spans from there (0: covered by a cell above it);
    empty when no cell spans rows (the heading column's, printed apart, is not counted)."""

    def span(self, row: int, column: int) -> int:
        return self.spans[row][column] if self.spans else 1


@dataclass(frozen=True)
class TablePlan:
    title: str
    running_title: str
    """Printed in the page header of a layout with a running title."""
    columns: tuple[Column, ...]
    groups: tuple[HeadingGroup, ...]
    title_lines: tuple[str, ...] = ()
    """The title as printed, one text a line."""
    cover: tuple[Line, ...] = ()
    """The covering notice printed before the plan (cover=notice)."""


LineKind = Literal["title", "body", "section", "heading", "item", "sub", "field", "number", "notice-title", "address",
                   "sign"]


@dataclass(frozen=True)
class Line:
    kind: LineKind
    text: str


@dataclass(frozen=True)
class ProsePlan:
    title: str
    running_title: str
    lines: tuple[Line, ...]
    title_lines: tuple[str, ...] = ()
    cover: tuple[Line, ...] = ()
    division: TablePlan | None = None
    """The table of the plan's tasks and their owners printed after it (division_table), under its title."""
    division_lines: tuple[Line, ...] = ()
    """The lines printed between the plan and that table: 附件：X closing the plan, and 附件 opening the page
    the table is printed on (division_table=attachment); none where the table follows the plan."""


Plan = TablePlan | ProsePlan


@dataclass(frozen=True)
class Marks:
    """The punctuation a prose layout prints around its markers."""

    open: str
    close: str
    label_open: str
    label_close: str
    colon: str
    comma: str
    semicolon: str

    @classmethod
    def of(cls, punctuation: str | None) -> Marks:
        if punctuation == "ascii":
            return cls("(", ")", "[", "]", ":", ",", ";")
        return cls("（", "）", "〔", "〕", "：", "，", "；")


def heading_label(number: int, title: str, style: str, marks: Marks = Marks.of(None)) -> str:
    numeral = cn2an.an2cn(number)
    if style == "一、":
        return f"{numeral}、{title}"
    return f"{marks.open}{numeral}{marks.close}{title}"


def number_label(number: int, style: str, marks: Marks = Marks.of(None)) -> str:
    if style == "（1）":
        return f"{marks.open}{number}{marks.close}"
    return f"{number}{style[1:]}"


def _blank(value: str | None) -> str | None:
    return value if value and value.strip() else None


class _Draws:
    """The choices a spec leaves open, each from its own stream of the spec's seed."""

    def __init__(self, spec: LayoutSpec) -> None:
        self.seed = spec.seed

    def rng(self, *name: object) -> random.Random:
        return random.Random(":".join(str(n) for n in (self.seed, *name)))

    def pick(self, values: tuple[str, ...], *name: object) -> str:
        return self.rng(*name).choice(values)


# ---------------------------------------------------------------------------------------------- the document


TITLE_BREAKS = ("试点", "、", "及", "关于")
"""Words a title's first line may end with where a publisher breaks it over two lines."""


def split_title(title: str, lines: int | None) -> tuple[str, ...]:
    """The title over ``lines`` lines: on two, broken after the word of :data:`TITLE_BREAKS` nearest
    its middle (each line at least three characters), or at its middle where none is."""
    if lines != 2 or len(title) < 6:
        return (title,)
    ends = [i + len(word) for word in TITLE_BREAKS for i in range(len(title)) if title.startswith(word, i)]
    ends = [end for end in ends if 3 <= end <= len(title) - 3] or [len(title) // 2]
    end = min(ends, key=lambda e: (abs(2 * e - len(title)), e))
    return (title[:end], title[end:])


def cover_notice(spec: LayoutSpec, title: str, vocab: Vocab) -> tuple[Line, ...]:
    """The notice issuing the plan (cover=notice): its number, title, addressees, the sentence issuing
    the plan, the issuer's signature and date, a note on publication, and 附件 over the plan."""
    if spec.cover != "notice":
        return ()
    draws, words = _Draws(spec), vocab.cover
    issuer = draws.pick(words["issuers"], "cover", "issuer")
    return (Line("number", draws.pick(words["doc_numbers"], "cover", "number")),
            Line("notice-title", f"{issuer}关于印发{title}的通知"),
            Line("address", draws.pick(words["addressees"], "cover", "addressees")),
            Line("body", draws.pick(words["issuing"], "cover", "issuing").format(title=title)),
            Line("sign", issuer), Line("sign", draws.pick(words["dates"], "cover", "date")),
            Line("body", draws.pick(words["public_notes"], "cover", "public")),
            Line("address", words["attachment"][0]))


# ---------------------------------------------------------------------------------------------- tables

SHARED_OWNERS = 0.35
"""With merge_owners, how often a measure takes the owners of the measure before it (as plans give one
bureau a run of measures), so that its cells repeat and are merged."""
SPARSE_COOPERATING = 0.2
"""With cooperating_cells sparse, how often a row keeps the co-owners the source gives it (older plans name
co-owners in a row now and then, the column blank between)."""
MERGED_ROLES = ("responsibility", "lead", "cooperating", "deadline", "superior", "leader", "scope", "remarks")
"""Columns whose equal cells on consecutive rows a merging layout prints as one cell spanning them."""


def owner_spans(rows: list[tuple[str, ...]], columns: tuple[Column, ...]) -> tuple[tuple[int, ...], ...]:
    """How many rows each cell spans: a non-empty cell of a :data:`MERGED_ROLES` column equal to the
    cell above it is covered (0) by the first of their run, which spans them all."""
    spans = [[1] * len(columns) for _ in rows]
    for index, column in enumerate(columns):
        if column.role not in MERGED_ROLES:
            continue
        start = 0
        for row in range(1, len(rows) + 1):
            if row < len(rows) and rows[row][index] and rows[row][index] == rows[start][index]:
                spans[row][index] = 0
                continue
            spans[start][index] = row - start
            start = row
    return tuple(map(tuple, spans))



def table_columns(spec: LayoutSpec, vocab: Vocab) -> tuple[Column, ...]:
    draws = _Draws(spec)
    leading = (["heading"] if spec.headings == "column" else []) + (["number"] if spec.number == "column" else [])
    tail = ["responsibility"] if spec.columns == "seq-resp" else ["lead", "cooperating", "deadline"]
    tail.extend(role for role in EXTRAS if getattr(spec, role))
    if spec.column_order == "shuffled":
        draws.rng("column-order").shuffle(tail)
    roles = [*leading, "text", *tail]
    jitter = draws.rng("widths")
    return tuple(Column(role, draws.pick(vocab.labels[role], "label", role),
                        WIDTH_WEIGHTS[role] * jitter.uniform(0.8, 1.25)) for role in roles)


def _cell_values(item: SourceItem, source: Source, spec: LayoutSpec, vocab: Vocab) -> dict[str, str | None]:
    """What each column role prints for ``item`` (``None`` for a blank cell)."""
    draws = _Draws(spec)
    rng = draws.rng("values", item.number)
    has = {name: any(getattr(i, name) for i in source.items) for name in ("superior", "remarks", "scope")}
    superior = item.superior if has["superior"] else "、".join(rng.sample(source.central, rng.randint(1, 2)))
    remarks = item.remarks if has["remarks"] else (rng.choice(vocab.remarks) if rng.random() < 0.4 else None)
    scope = item.scope if has["scope"] else (rng.choice(vocab.scopes) if rng.random() < 0.4 else None)
    cooperating = "、".join(item.bodies[1:]) or None
    if spec.cooperating_cells == "sparse" and draws.rng("sparse-cooperating", item.number).random() >= SPARSE_COOPERATING:
        cooperating = None
    return {
        "responsibility": item.responsibility or "、".join(item.bodies),
        "lead": item.bodies[0],
        "cooperating": cooperating,
        "deadline": rng.choice(vocab.deadlines),
        "superior": _blank(superior),
        "remarks": _blank(remarks),
        "scope": _blank(scope),
        "leader": rng.choice(vocab.leaders),
    }


def table_numbers(items: Sequence[SourceItem], numbering: str | None) -> dict[int, int]:
    """The number each item's row prints (by the item's ``id``), as ``table_numbering`` says: the source's
    (``source``, or no value: the layouts drawn before the dimension), 1 at each heading's first item
    (``restart``), or 1…N across the headings (``from-one``)."""
    if numbering == "from-one":
        return {id(item): k for k, item in enumerate(items, start=1)}
    if numbering == "restart":
        counts: dict[int | None, int] = {}
        numbers = {}
        for item in items:
            counts[item.heading_number] = counts.get(item.heading_number, 0) + 1
            numbers[id(item)] = counts[item.heading_number]
        return numbers
    return {id(item): item.number for item in items}


def plan_table(spec: LayoutSpec, source: Source, vocab: Vocab) -> tuple[TablePlan, DocumentTruth]:
    columns = table_columns(spec, vocab)
    items = source.items[spec.first: spec.first + spec.count]
    groups: list[HeadingGroup] = []
    truths: list[MeasureTruth] = []
    printed = table_numbers(items, spec.table_numbering)
    for heading_number in dict.fromkeys(item.heading_number for item in items):
        members = [item for item in items if item.heading_number == heading_number]
        label = heading_label(heading_number, members[0].heading_title, spec.heading_style)
        rows = []
        shared = _Draws(spec).rng("shared-owners", heading_number)
        previous: SourceItem | None = None
        for item in members:
            number_printed = printed[id(item)]
            if spec.merge_owners and previous is not None and shared.random() < SHARED_OWNERS:
                item = replace(item, responsibility=previous.responsibility, bodies=previous.bodies)
            previous = item
            values = _cell_values(item, source, spec, vocab)
            number = number_label(number_printed, spec.number_style)
            cells = {"heading": label, "number": number,
                     "text": item.text if spec.number == "column" else f"{number}{item.text}", **values}
            rows.append(tuple(cells[c.role] or "" for c in columns))
            roles = {c.role for c in columns}
            truths.append(MeasureTruth(
                number=number_printed, heading_path=(item.heading_title,), text=item.text,
                responsibility=values["responsibility"] if "responsibility" in roles else values["lead"],
                **{name: values[name] if name in roles else None
                   for name in ("cooperating", "deadline", "leader", "scope", "remarks", "superior")},
            ))
        spans = owner_spans(rows, columns) if spec.merge_owners else ()
        groups.append(HeadingGroup(label, tuple(rows), spans))
    running_title = _Draws(spec).pick(vocab.running_titles, "running-title")
    cover = cover_notice(spec, source.title, vocab)
    return (TablePlan(source.title, running_title, columns, tuple(groups), split_title(source.title, spec.title_lines),
                      cover), DocumentTruth(tuple(truths), document_title(source.title, cover)))


# ---------------------------------------------------------------------------------------------- prose


def _responsibility(item: SourceItem, spec: LayoutSpec, vocab: Vocab, marks: Marks) -> tuple[str, list[Line], dict]:
    """The bracket appended to the item (or ``""``), the field lines printed after it, and the truth
    fields they give, for the spec's responsibility form."""
    draws = _Draws(spec)
    bodies = list(item.bodies)
    everyone = "、".join(bodies)
    head, rest = bodies[0], "、".join(bodies[1:])
    form = spec.responsibility_form
    if spec.division_table in ("table", "attachment"):  # the table after the plan says who
        return "", [], {}
    if spec.owner_sentence in ("closing", "opening"):  # the sentence is the text's: see plan_prose
        said = f"{head}负责" if not rest else f"{head}牵头，{rest}配合"
        return "", [], {"responsibility": said}
    if form == "bracket":
        return f"{marks.open}责任单位{marks.colon}{everyone}{marks.close}", [], {"responsibility": everyone}
    if form == "roles":
        said = f"{head}负责" if not rest else f"{head}牵头{marks.comma}{rest}配合"
        return f"{marks.open}{said}{marks.close}", [], {"responsibility": said}
    if form == "labelled":
        if not rest:
            return f"{marks.label_open}责任单位{marks.colon}{head}{marks.label_close}", [], {"responsibility": head}
        said = f"牵头单位{marks.colon}{head}{marks.semicolon}责任单位{marks.colon}{rest}"
        return f"{marks.label_open}{said}{marks.label_close}", [], {"responsibility": said}
    lead_label = draws.pick(vocab.lead_labels, "lead-label")
    rng = draws.rng("fields", item.number)
    deadline, leader = rng.choice(vocab.deadlines), rng.choice(vocab.leaders)
    truth: dict = {"responsibility": everyone if lead_label == "责任单位" else head, "deadline": deadline}
    lines = [Line("field", f"{lead_label}{marks.colon}{truth['responsibility']}")]
    if lead_label != "责任单位" and rest:
        lines.append(Line("field", f"{draws.pick(vocab.cooperating_labels, 'coop-label')}{marks.colon}{rest}"))
        truth["cooperating"] = rest
    lines.append(Line("field", f"{draws.pick(vocab.deadline_labels, 'deadline-label')}{marks.colon}{deadline}"))
    if spec.leader:
        lines.append(Line("field", f"{draws.pick(vocab.leader_labels, 'leader-label')}{marks.colon}{leader}"))
        truth["leader"] = leader
    return "", lines, truth


def owner_sentence(text: str, said: str | None, spec: LayoutSpec) -> str:
    """The item's text with its owners said in a sentence of it (owner_sentence): closing it
    (…。由X牵头，Y配合。) or opening it (由X牵头，Y配合，…); the text alone otherwise."""
    if spec.owner_sentence == "closing":  # after the text's own last sentence, closed where the source left it open
        return f"{text if text.endswith('。') else text.rstrip('；;') + '。'}由{said}。"
    if spec.owner_sentence == "opening":
        return f"由{said}，{text}"
    return text


SENTENCE = re.compile(r"(?<=[。；])")


def sub_points(text: str, spec: LayoutSpec, marks: Marks) -> tuple[str, list[str]]:
    """A measure's lead and its sub-points as printed (sub_points): a text of three sentences or more
    (closed by 。 or ；) prints its first as a lead introducing the rest (its closing mark a colon,
    ``…：``), each of the rest a sub-point numbered one level below the items (（1） under 1. or 1、,
    ① under （1））, the responsibility after the last. Other texts, every text without
    sub_points, and a text its owners close in a sentence (owner_sentence=closing: after the last
    sub-point it would be that sub-point's, or the item's, as no page tells) print whole: ``(text, [])``."""
    pieces = [piece for piece in SENTENCE.split(text) if piece.strip()]
    if not spec.sub_points or len(pieces) < 3 or spec.owner_sentence == "closing":
        return text, []
    def label(k: int) -> str:
        return chr(0x2460 + k - 1) if spec.number_style == "（1）" else number_label(k, "（1）", marks)
    return pieces[0][:-1] + "：", [f"{label(k)}{piece}" for k, piece in enumerate(pieces[1:], start=1)]


def plan_prose(spec: LayoutSpec, source: Source, vocab: Vocab) -> tuple[ProsePlan, DocumentTruth]:
    draws = _Draws(spec)
    marks = Marks.of(spec.punctuation)
    items = source.items[spec.first: spec.first + spec.count]
    sectioned = spec.nesting == "sectioned"
    heading_style = "（一）" if sectioned else spec.heading_style
    section = draws.pick(vocab.task_sections, "task-section")
    lines = [Line("title", source.title), Line("body", draws.pick(vocab.intro, "intro"))]
    if sectioned:
        lines.append(Line("section", heading_label(1, vocab.general_section, "一、")))
        lines.extend(Line("body", f"{heading_label(k, title, '（一）', marks)}。{text}")
                     for k, (title, text) in enumerate(vocab.general, start=1))
        lines.append(Line("section", heading_label(2, section, "一、")))
    truths: list[MeasureTruth] = []
    heading_numbers = list(dict.fromkeys(item.heading_number for item in items))
    for heading_number in heading_numbers:
        members = [item for item in items if item.heading_number == heading_number]
        lines.append(Line("heading", heading_label(heading_number, members[0].heading_title, heading_style, marks)))
        for index, item in enumerate(members, start=1):
            number = index if spec.numbering == "restart" else item.number
            bracket, fields, said = _responsibility(item, spec, vocab, marks)
            text = owner_sentence(item.text, said.get("responsibility"), spec)
            lead, subs = sub_points(text, spec, marks)
            label = number_label(number, spec.number_style, marks)
            if subs:
                lines.append(Line("item", f"{label}{lead}"))
                lines.extend(Line("sub", text) for text in subs[:-1])
                lines.append(Line("sub", f"{subs[-1]}{bracket}"))
            else:
                lines.append(Line("item", f"{label}{text}{bracket}"))
            lines.extend(fields)
            path = (section, item.heading_title) if sectioned else (item.heading_title,)
            truths.append(MeasureTruth(number=number, heading_path=path, text=lead + "".join(subs), **said))
    if sectioned:
        lines.append(Line("section", heading_label(3, vocab.safeguard_section, "一、")))
        lines.extend(Line("body", f"{heading_label(k, title, '（一）', marks)}。{text}")
                     for k, (title, text) in enumerate(vocab.safeguards, start=1))
    else:
        lines.append(Line("heading", heading_label(max(heading_numbers) + 1, vocab.safeguard_section, heading_style, marks)))
        lines.extend(Line("body", f"{number_label(k, spec.number_style, marks)}{title}。{text}")
                     for k, (title, text) in enumerate(vocab.safeguards, start=1))
    running_title = draws.pick(vocab.running_titles, "running-title")
    cover = cover_notice(spec, source.title, vocab)
    division, division_lines = None, ()
    if spec.division_table in ("table", "attachment"):
        division, truths = division_table(spec, items, truths, vocab)
        if spec.division_table == "attachment":
            lines.append(Line("body", vocab.division["attachment_line"][0].format(title=division.title)))
            division_lines = (Line("address", vocab.cover["attachment"][0]),)
    return (ProsePlan(source.title, running_title, tuple(lines), split_title(source.title, spec.title_lines),
                      cover, division, division_lines), DocumentTruth(tuple(truths), document_title(source.title, cover)))


def division_table(spec: LayoutSpec, items: Sequence[SourceItem], prose: Sequence[MeasureTruth],
                   vocab: Vocab) -> tuple[TablePlan, list[MeasureTruth]]:
    """The table of a prose plan's tasks and their owners (division_table): 序号, the task as the prose
    prints it (its text whole), and the owners — 牵头单位 and 配合单位, or one 责任单位 cell naming them all —
    a row a task, numbered 1…N; and the truth it gives, a measure a row: the table's number, its task and
    the owners its cells print, under the prose's headings over its task (the table prints none; the reader
    carries the prose's headings over to the rows whose task they print: docs/reading.md)."""
    draws = _Draws(spec)
    lead_coop = draws.pick(("lead-coop", "responsibility"), "division", "columns") == "lead-coop"
    roles = ("number", "text", *(("lead", "cooperating") if lead_coop else ("responsibility",)))
    labels = {"number": "序号", "text": draws.pick(vocab.division["task_labels"], "division", "task-label"),
              "lead": vocab.labels["lead"][0], "cooperating": draws.pick(vocab.labels["cooperating"], "division", "coop"),
              "responsibility": draws.pick(vocab.labels["responsibility"], "division", "responsibility")}
    columns = tuple(Column(role, labels[role], WIDTH_WEIGHTS[role]) for role in roles)
    rows, truths = [], []
    for number, (item, said) in enumerate(zip(items, prose), start=1):
        cooperating = "、".join(item.bodies[1:]) or None
        owners = {"lead": item.bodies[0], "cooperating": cooperating, "responsibility": "、".join(item.bodies)}
        cells = {"number": str(number), "text": item.text, **owners}
        rows.append(tuple(cells[role] or "" for role in roles))
        truths.append(replace(said, number=number, text=item.text,
                              responsibility=owners["lead"] if lead_coop else owners["responsibility"],
                              cooperating=cooperating if lead_coop else None))
    title = draws.pick(vocab.division["titles"], "division", "title")
    return TablePlan(title, "", columns, (HeadingGroup("", tuple(rows)),), (title,)), truths


def document_title(title: str, cover: tuple[Line, ...]) -> str:
    """The title a reader gives the document: the covering notice's when one is printed (it issues
    the plan), else the plan's own."""
    return next((line.text for line in cover if line.kind == "notice-title"), title)


def plan_document(spec: LayoutSpec, source: Source, vocab: Vocab) -> tuple[Plan, DocumentTruth]:
    return (plan_table if spec.form == "table" else plan_prose)(spec, source, vocab)

"""Drafts: what a reader of task rows builds before the records are made.

A table reader and a prose task-list reader both end in the same drafts (headings and measures
with their values by column role), so the checks, repairs and records after them never know
which one read a measure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pilotplans.layout import Where
from pilotplans.normalizers.numbers import Number
from pilotplans.parsers.headings import HeadingText
from pilotplans.schema.models import Warning


@dataclass
class PolicyDraft:
    """A policy row of a measure as read, before it is made a record."""

    text: str
    responsibility: str | None
    where: Where
    row: int | None


@dataclass
class MeasureDraft:
    """A measure as read from a row or an item, before it is made a record: its number, text, heading, values by column role, policies and warnings."""

    number: Number | None
    number_raw: str | None
    text: str
    heading: int | None
    where: Where
    row: int | None  # row within its table; None for a prose item
    values: dict[str, str] = field(default_factory=dict)  # column role → text
    policies: list[PolicyDraft] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    own_policy: bool = False  # the task's first row printed a policy of its own
    row_where: Where | None = None  # where the row that opened this measure is (without its policy rows)
    paragraph: int | None = None  # 1-based block index of a prose item's first paragraph
    responsibility_label: str | None = None  # the label dropped from the only responsibility list (a prose item, or a table with 牵头单位 and 责任单位 columns)
    closes_card: bool = False  # a task card's contact line (联系人：…) closes this prose item: the card ends with it

    def extend_where(self, where: Where) -> None:
        self.where = self.where.spanning(where)


@dataclass
class PackedBlock:
    """Measures packed into one cell with their parallel list of responsibilities."""

    measures: list[MeasureDraft]
    responsibilities: list[str]
    row: int


@dataclass
class HeadingDraft:
    """A heading as read, before it is made a record: its position, text, level, parent and the measures under it."""

    position: int
    read: HeadingText
    where: Where
    row: int | None
    measures: int = 0
    level: int = 1
    parent: int | None = None  # position of the enclosing heading
    paragraph: int | None = None

"""What a generated document says (its truth) and how a reading differs from it, field by field.

The truth of each measure is what was typeset, in the terms of the shared spec
(/work/SPEC-TASKLISTS.md): number, heading_path (titles without their numbers, outermost first),
text (without the responsibility bracket or field lines), responsibility (as printed, without the
surrounding bracket, a single label dropped), cooperating, deadline, leader, scope, remarks and
superior; and the document's title (the covering notice's when one is printed, else the plan's,
its lines joined), so that the ``cover`` and ``title_lines`` dimensions check what they print.
:func:`compare` returns every difference; whitespace is the only thing it ignores
(a line wrap or a page break may leave or remove a space), and an empty value reads as ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pilotplans.schema.models import Document, Measure
from pilotplans.textutil import squash

TEXT_FIELDS = ("text", "responsibility", "cooperating", "deadline", "leader", "scope", "remarks", "superior")
FIELDS = ("number", "heading_path", *TEXT_FIELDS)


@dataclass(frozen=True)
class MeasureTruth:
    number: int | None
    heading_path: tuple[str, ...]
    text: str
    responsibility: str | None = None
    cooperating: str | None = None
    deadline: str | None = None
    leader: str | None = None
    scope: str | None = None
    remarks: str | None = None
    superior: str | None = None


@dataclass(frozen=True)
class DocumentTruth:
    measures: tuple[MeasureTruth, ...]
    title: str | None = None
    """The document's title as typeset: the covering notice's (…关于印发…的通知) when one is printed,
    else the plan's, its lines joined (None: not checked)."""


@dataclass(frozen=True)
class Difference:
    """One way a reading differs from the truth. ``field`` is a measure field, ``count`` (how many
    measures) or ``error`` (the file did not read); ``position`` is the 1-based position of the
    measure in the truth."""

    field: str
    expected: Any
    read: Any
    position: int | None = None
    number: int | None = None

    def __str__(self) -> str:
        where = "" if self.position is None else f"measure {self.position} (number {self.number}) "
        return f"{where}{self.field}: expected {self.expected!r}, read {self.read!r}"


def _heading_path(measure: Measure) -> tuple[str, ...]:
    """The reader's heading path: ``Measure.heading_path`` of the shared spec; a reader from before
    that field gives its one heading title, the path of a one-level table."""
    if "heading_path" in type(measure).model_fields:
        return tuple(getattr(measure, "heading_path"))
    return (measure.heading_title,) if measure.heading_title else ()


def read_truth(measure: Measure) -> MeasureTruth:
    """A read measure in the terms of the truth (a field the reader's model lacks reads as ``None``)."""
    values = {name: getattr(measure, name, None) for name in TEXT_FIELDS}
    return MeasureTruth(number=measure.number, heading_path=_heading_path(measure), **values)


def _norm(name: str, value: Any) -> Any:
    if name == "heading_path":
        return tuple(squash(title) for title in value)
    if name in TEXT_FIELDS:
        return squash(value) or None if value is not None else None
    return value


def compare_measure(expected: MeasureTruth, read: MeasureTruth, position: int) -> list[Difference]:
    return [
        Difference(name, getattr(expected, name), getattr(read, name), position, expected.number)
        for name in FIELDS
        if _norm(name, getattr(expected, name)) != _norm(name, getattr(read, name))
    ]


def compare(truth: DocumentTruth, document: Document | BaseException) -> list[Difference]:
    """Every difference between the truth and what was read (or the error reading raised): first
    the title when it differs, then the count of measures, then each measure's fields, measures
    paired in order."""
    if isinstance(document, BaseException):
        return [Difference("error", None, f"{type(document).__name__}: {document}")]
    read = [read_truth(m) for m in document.measures]
    differences = []
    if truth.title is not None and squash(truth.title) != squash(document.title or ""):
        differences.append(Difference("title", truth.title, document.title))
    if len(read) != len(truth.measures):
        differences.append(Difference("count", len(truth.measures), len(read)))
    for position, (expected, got) in enumerate(zip(truth.measures, read), start=1):
        differences.extend(compare_measure(expected, got, position))
    return differences

"""Warnings for a task table whose reading looks implausible as a table's: what no plan prints, found where a reader
placed a table's cells under the wrong labels (a cell lost or merged down, the rest counted on a place).

* a heading that is a date (10月底, 2023年底前): a table's deadline read as its rows' category — 闵行 2023's table,
  its category merged down, read so with exit 0 before its rows were read by their category (stop 57);
* owners printed with a mark (区农业农村委*) where no note of the document says what the mark means (加*号为牵头部门):
  every owner was read as the column says, the marked one and the rest alike, the lead unmarked.

Each is a document warning, ``table_implausible``, naming the measures it concerns, so that such a reading never
passes with no word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pilotplans.patterns import compiled
from pilotplans.schema.models import Warning

if TYPE_CHECKING:
    from pilotplans.schema.models import Convention, Measure

# a deadline naming a time (a month, a year, a quarter, a figure): 持续推进, 长期坚持 may be a category's words too
_DATED = compiled(r"[0-9０-９]|月|季度|年底|年内|年前|年中")
_SHOWN = 5  # measures named in a warning, the rest counted


def implausible_table_warnings(measures: list[Measure], conventions: list[Convention]) -> list[Warning]:
    """The ``table_implausible`` warnings the table measures ``measures`` (read from tables) and the document's
    ``conventions`` give: headings that are dates, owners marked with no note of what the mark means."""
    return [*_dated_headings(measures), *_unexplained_marks(measures, conventions)]


def _dated_headings(measures: list[Measure]) -> list[Warning]:
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    words = vocabulary()
    dated = [m for m in measures if m.heading_path and _DATED.search(m.heading_path[-1])
             and words.is_deadline(m.heading_path[-1].strip())]
    if not dated:
        return []
    return [Warning(code="table_implausible", message=(
        f"the heading of {_named(dated)} is a date ({dated[0].heading_path[-1]}): a deadline read as a category, "
        f"the table's cells likely placed under the wrong labels — check the table against its source"))]


def _unexplained_marks(measures: list[Measure], conventions: list[Convention]) -> list[Warning]:
    from pilotplans.parsers.interpret.vocabulary import vocabulary

    if any(c.kind == "marked_lead" for c in conventions):
        return []
    marks = vocabulary().name_marks
    marked = [m for m in measures if m.responsibility and _marks_a_name(m.responsibility, marks)]
    if not marked:
        return []
    return [Warning(code="table_implausible", message=(
        f"the owners of {_named(marked)} print a mark beside a name ({marked[0].responsibility}) and no note of the "
        f"document says what it marks: every owner is read as its column gives, the marked one alike"))]


def _marks_a_name(text: str, marks: str) -> bool:
    """Whether ``text`` prints one of ``marks`` right after a name (区农业农村委*、) or right before one (☆经信局)."""
    names = [name.strip() for name in compiled(r"[、，,；;]").split(text) if name.strip()]
    return any(len(name) > 1 and (name[-1] in marks or name[0] in marks) for name in names)


def _named(measures: list[Measure]) -> str:
    numbers = [m.number_raw or str(m.position) for m in measures]
    shown = "、".join(numbers[:_SHOWN]) + (f" and {len(numbers) - _SHOWN} more" if len(numbers) > _SHOWN else "")
    return f"measure{'s' if len(numbers) > 1 else ''} {shown}"

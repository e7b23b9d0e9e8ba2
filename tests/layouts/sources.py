"""The measures the generator re-typesets: those of the bundled documents, read once.

Each measure becomes a :class:`SourceItem` holding what a layout may print of it: its heading, its
number, its wording, its responsibility cell as printed and the bodies that cell names in written
order (for the layouts that print a lead and a cooperating column, or a prose bracket), plus the
columns the source has (上级部门, 备注, 适用范围). Documents without responsibilities (the 2025 list)
get bodies drawn from the bodies the national 2020 table names, so that every layout has owners.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from tests.seeds import read_seed
from tests.layouts.spec import SOURCES

BODY_POOL_SOURCE = {"national-2025": "national-2020"}
"""Where a source without responsibilities borrows its bodies from."""


@dataclass(frozen=True)
class SourceItem:
    number: int
    heading_number: int
    heading_title: str
    text: str
    responsibility: str | None
    bodies: tuple[str, ...]
    superior: str | None
    remarks: str | None
    scope: str | None


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    items: tuple[SourceItem, ...]
    pool: tuple[str, ...]
    """Resolved bodies of the document's level, to draw owners and 上级部门 from."""
    central: tuple[str, ...]
    """Resolved central bodies, to draw 上级部门 from."""

    @property
    def headings(self) -> tuple[int, ...]:
        return tuple(item.heading_number for item in self.items)


def _unique(names: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n for n in names if n))


def _resolved(document, level: str | None) -> tuple[str, ...]:
    return tuple(sorted({link.raw for m in document.measures for link in m.departments
                         if link.id and link.level != "other" and (level is None or link.level == level)}))


@cache
def load_source(doc_id: str) -> Source:
    document = read_seed(doc_id)
    lender = read_seed(BODY_POOL_SOURCE.get(doc_id, doc_id))
    pool = _resolved(lender, None)
    central = _resolved(lender, "central") or pool
    items = []
    for measure in document.measures:
        bodies = _unique([link.raw for link in measure.departments if link.column == "responsibility"])
        if not bodies:
            rng = random.Random(f"{doc_id}:{measure.number}:bodies")
            bodies = tuple(rng.sample(pool, rng.randint(1, 4)))
        items.append(SourceItem(
            number=measure.number, heading_number=measure.heading_number, heading_title=measure.heading_title,
            text=measure.text, responsibility=measure.responsibility, bodies=bodies, superior=measure.superior,
            remarks=measure.remarks, scope=measure.scope,
        ))
    return Source(id=doc_id, title=document.tables[0].title or document.title, items=tuple(items), pool=pool,
                  central=central)


def headings_of() -> dict[str, tuple[int, ...]]:
    """The heading of each measure of each source, in order (what :func:`draw_spec` needs)."""
    return {doc_id: load_source(doc_id).headings for doc_id in SOURCES}

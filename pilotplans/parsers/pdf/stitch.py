"""Tables over page breaks: a table opening a page continues the table that closed the page
before when their columns line up."""

from __future__ import annotations

from collections.abc import Sequence

from .ruled import nearest_index
from .settings import DEFAULT_SETTINGS, PdfSettings
from .tables import Boundary, PageBlocks, PageTable


def stitched_groups(pages: Sequence[PageBlocks],
                    settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[tuple[PageTable, ...], ...]:
    """Page tables grouped into whole tables: a table that opens a page continues the table that
    closed the page before when their columns match."""
    groups: list[list[PageTable]] = []
    previous_last: PageTable | None = None
    for page in pages:
        blocks = sorted([(t.bbox[1], 0, t) for t in page.tables] + [(line.top, 1, line) for line in page.lines],
                        key=lambda b: (b[0], b[1]))
        for position, (_top, _kind, block) in enumerate(blocks):
            if not isinstance(block, PageTable):
                continue
            continues = (
                position == 0 and previous_last is not None and groups and groups[-1][-1] is previous_last
                and block.ruled == groups[-1][-1].ruled
                and columns_match(group_columns(groups[-1], settings), block.columns, settings.column_tolerance,
                                  block.ruled)
            )
            if continues:
                groups[-1].append(block)
            else:
                groups.append([block])
        previous_last = blocks[-1][2] if blocks and isinstance(blocks[-1][2], PageTable) else None
    return tuple(tuple(group) for group in groups)


def columns_match(a: Sequence[Boundary], b: Sequence[Boundary], tolerance: float, ruled: bool = True) -> bool:
    """Whether two tables' column boundaries line up: every inner boundary of the table with
    fewer has a match in the other (merged cells can hide a rule on one page, and a column empty
    on one page shows no gutter there) and, for ruled tables, the outer edges match too. Text
    tables' outer edges are only where their text ends, and each page may lack a gutter the
    other shows (a column empty on it, or two columns' texts too close to part): all but one of
    the fewer inner boundaries must match."""
    if ruled and not (a[0].overlaps(b[0], tolerance) and a[-1].overlaps(b[-1], tolerance)):
        return False
    inner_a, inner_b = a[1:-1], b[1:-1]
    small, large = (inner_a, inner_b) if len(inner_a) <= len(inner_b) else (inner_b, inner_a)
    matched = sum(1 for x in small if any(x.overlaps(y, tolerance) for y in large))
    if ruled or len(small) < 2:
        return matched == len(small)
    return matched >= len(small) - 1


def union_columns(a: Sequence[Boundary], b: Sequence[Boundary], tolerance: float) -> tuple[Boundary, ...]:
    """Column boundaries of two matching tables merged into one list."""
    inner = list(a[1:-1])
    for boundary in b[1:-1]:
        if not any(boundary.overlaps(m, tolerance) for m in a):
            inner.append(boundary)
    return (a[0], *sorted(inner, key=lambda x: x.mid), a[-1])


def group_columns(group: Sequence[PageTable], settings: PdfSettings = DEFAULT_SETTINGS) -> tuple[Boundary, ...]:
    """The columns of a whole table: the union of its page parts' columns."""
    columns: tuple[Boundary, ...] = tuple(group[0].columns)
    for table in group[1:]:
        columns = union_columns(columns, table.columns, settings.column_tolerance)
    return columns


def column_map(own: Sequence[Boundary], canonical: Sequence[Boundary], tolerance: float) -> tuple[int, ...]:
    """For each of a table's boundaries, the index of the matching canonical boundary."""
    mapping = [0]
    for boundary in own[1:-1]:
        candidates = [i for i in range(1, len(canonical) - 1) if boundary.overlaps(canonical[i], tolerance)]
        mapping.append(candidates[0] if candidates else nearest_index([c.mid for c in canonical], boundary.mid))
    mapping.append(len(canonical) - 1)
    return tuple(mapping)

"""How every file the analysts' tools write heads a column named by a plan (or by a step between two plans).

One rule for ``coverage``'s CSV and workbook, the dataset workbook's ``coverage`` sheet and ``lineage``'s CSV and
workbook: the plan's id as stored, a colon, the part, no space — ``hainan-2020:relation``, ``hainan-2020:local``,
``national-2018:no.`` —, as a measure is named on the command line (``national-2020:59``, ``--implements
national-2020:76``). A column between two rounds is named by the step, ``national-2018 → national-2020``, and its
reason ``national-2018 → national-2020:reason``.
"""

from __future__ import annotations

from collections.abc import Sequence

#: What joins a plan's id (or a step's name) and the part of it a column holds.
PLAN_COLUMN_SEPARATOR = ":"


def plan_column(plan: str, part: str) -> str:
    """The header of the column holding ``part`` of ``plan`` (``hainan-2020:relation``)."""
    return f"{plan}{PLAN_COLUMN_SEPARATOR}{part}"


#: The coverage matrix's columns before the local plans', as its CSV and workbooks head them.
MEASURE_COLUMNS = ("national_document", "number", "position", "heading_number", "heading", "text")

#: The parts of a local plan's two columns in the coverage matrix: ``hainan-2020:relation``, ``hainan-2020:local``.
PLAN_PARTS = ("relation", "local")


def coverage_headers(plans: Sequence[str]) -> list[str]:
    """The headers of the coverage matrix's rows with the local plans ``plans`` (``coverage -f csv``/``-f xlsx`` and
    the dataset workbook's sheet ``coverage``): :data:`MEASURE_COLUMNS`, then per plan its relation and local-numbers
    columns."""
    return [*MEASURE_COLUMNS, *(plan_column(plan, part) for plan in plans for part in PLAN_PARTS)]


def label_columns(plans: int) -> tuple[int, ...]:
    """The indices of the local-numbers columns among :func:`coverage_headers` of ``plans`` plans: labels a workbook
    writes as text though they may read as numbers (``1``, ``22；23``), and tells Excel are text."""
    return tuple(len(MEASURE_COLUMNS) + len(PLAN_PARTS) * k + 1 for k in range(plans))

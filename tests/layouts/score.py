"""Score a reading against its truth: exact, warned, or wrong and silent.

A layout read exactly is ``exact``. A layout read wrongly is ``warned`` when the reading says it may
be wrong: the file was refused with an error, or the document carries a warning that doubts the
reading itself (:data:`DOUBTS`), on the document or on a record that reads wrongly (on any record
when the count of records differs, since records then pair by position only). Otherwise it is
``wrong-silent``: garbage passed off as data, the worst outcome. Warnings of faults in the source
(a body's typo, traditional characters) say nothing of the reading and do not count; a numbering
gap counts only where the typeset numbers have none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pilotplans.schema.models import Document
from tests.layouts.truth import Difference, DocumentTruth, compare

VERDICTS = ("exact", "warned", "wrong-silent")

DOUBTS = frozenset({
    "cell_blank", "cell_cropped", "cell_cut", "cell_displaced", "cell_merged_inferred", "cell_missing_inferred", "cell_shifted",
    "cell_stacked_bodies", "column_unlabelled", "extra_cell", "heading_in_cell", "item_unread", "items_skipped", "merged_cells_unread",
    "number_duplicate", "number_missing", "number_out_of_order", "number_unreadable", "points_missing",
    "responsibility_extra", "responsibility_list_shifted", "responsibility_missing", "row_lost", "rows_read_as_points",
    "rows_run_together", "rows_unnumbered", "second_task_joined", "stacked_cells_shifted", "text_missing",
    "unplaced_text",
})
"""Warning codes that doubt the reading of the table itself (its rows, cells, columns or numbers)."""


def _gapless(truth: DocumentTruth) -> bool:
    numbers = [m.number for m in truth.measures if m.number is not None]
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def doubts_of(codes: Iterable[str], truth: DocumentTruth, ignored: frozenset[str] = frozenset()) -> set[str]:
    """The codes of ``codes`` that doubt the reading (a numbering gap where the truth has none too),
    less ``ignored``."""
    doubting = DOUBTS | ({"number_gap"} if _gapless(truth) else set())
    return {code for code in codes if code in doubting and code not in ignored}


def verdict(truth: DocumentTruth, document: Document | BaseException, differences: Sequence[Difference] | None = None,
            ignored: frozenset[str] = frozenset()) -> str:
    """``exact``, ``warned`` or ``wrong-silent`` (see the module's note); ``ignored`` codes are not
    counted (to score a reading as it was before a warning existed)."""
    if differences is None:
        differences = compare(truth, document)
    if not differences:
        return "exact"
    if isinstance(document, BaseException):
        return "warned"
    if doubts_of((w.code for w in document.warnings), truth, ignored):
        return "warned"
    count_differs = any(d.field == "count" for d in differences)
    wrong = {d.position for d in differences if d.position is not None}
    records = [m for position, m in enumerate(document.measures, start=1) if count_differs or position in wrong]
    if doubts_of((w.code for m in records for w in m.warnings), truth, ignored):
        return "warned"
    return "wrong-silent"

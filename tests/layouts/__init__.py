"""A generator of task-list layouts that proves the reader on a space of them.

It re-typesets a slice of the measures of a bundled document (``sources``) as a table or as a
prose plan (``plan``), in a layout drawn from a seed (``spec``): orientation, font family and size,
rules, cell alignment, column sets and orders, where headings go, header repetition, page
furniture, numbering styles (typed, or in a DOCX printed by Word's list numbering), a table's numbers (the
source's, anew under each heading, or 1…N across the headings), a frame of column
rules, shaded (zebra) rows, a column squeezed to a character a line, prose responsibility forms and nestings,
the document's shape (a covering notice before the plan, a two-line title, owner cells merged down
their rows, a measure's sub-points under its lead) and a government site's page (layout tables, an information table, ``<br>`` lines); as DOCX (``render_docx``),
HTML in UTF-8 or GB2312 (``render_html``) or PDF printed by LibreOffice (``generate``). Each
document carries its truth (``truth``) and a comparison returns every field that reads otherwise.

Regenerate one layout's document and truth: ``python -m tests.layouts SEED... --out DIR``.
"""

from tests.layouts.generate import Generated, check, failure_report, generate
from tests.layouts.sources import headings_of
from tests.layouts.spec import DIMENSIONS, LayoutSpec, draw_sample, draw_spec, uncovered
from tests.layouts.truth import Difference, DocumentTruth, MeasureTruth, compare

__all__ = ["DIMENSIONS", "Difference", "DocumentTruth", "Generated", "LayoutSpec", "MeasureTruth", "check", "compare",
           "draw_sample", "draw_spec", "failure_report", "generate", "headings_of", "uncovered"]

"""PDF task tables without rules between their rows, generated over every dimension such a page
varies in (tests/rule_less_tables.py: the anchor of a row's cells on its first line, centred or on
its last; every line a closed sentence or lines running full width; no number, a number on the
row's first line or with the cells; even pitch or a larger gap between rows; a header of one line
or two; an owner of one line or two), each read exactly as typeset, or, where the page's evidence
cannot decide where a row begins, carrying the caution ``rows_uncertain``: never a line off in
silence.

The known faults (``KNOWN_FAULTS``, each with what it shows) are strict expected failures: a case
that comes to read right must leave the list, and a case that reads wrong and is not listed fails.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from pilotplans.parsers.interpret import DocumentHints, interpret
from pilotplans.parsers.pdf import layout_from_pages
from pilotplans.schema.models import SourceFile
from tests.rule_less_tables import Case, cases, expected, page_lines
from tests.test_read_pdf import synthetic_page

_FAULT_0 = 'number and cells centred, an owner of two lines, closed lines, even pitch: every row read a line off, no rows_uncertain'
_FAULT_6 = 'a first row whose first line runs full right under a one-line header at the pitch: the header read into the first row (具体举措 / 责任单位 in its cells)'
_FAULT_13 = ("cells and number on the row's last line, full lines, even pitch: rows cut at the cells, the first "
             "row's full lines read into the header or a row of their own, an owner of two lines cut between rows "
             "(会、证监会)")
_FAULT_17 = "cells on the row's last line, full lines, even pitch: the table read as one row"


KNOWN_FAULTS = {
    'centre-closed-number_anchor-even-header1-owner2': _FAULT_0,
    'centre-closed-number_anchor-even-header2-owner2': _FAULT_0,
    'first-full-number_none-even-header1-owner1': _FAULT_6,
    'last-full-number_anchor-even-header1-owner1': _FAULT_13,
    'last-full-number_anchor-even-header1-owner2': _FAULT_13,
    'last-full-number_anchor-even-header2-owner1': _FAULT_13,
    'last-full-number_anchor-even-header2-owner2': _FAULT_13,
    'last-full-number_none-even-header1-owner1': _FAULT_17,
    'last-full-number_none-even-header1-owner2': _FAULT_17,
    'last-full-number_none-even-header2-owner1': _FAULT_17,
    'last-full-number_none-even-header2-owner2': _FAULT_17,
}
"""Cases read wrong without ``rows_uncertain``, by name, each with the fault it shows."""


@cache
def read(case: Case) -> tuple[list[tuple[str | None, str, str | None, str | None]], frozenset[str]]:
    """The case's measures (number, text without whitespace, owner, deadline) and the layout's
    caution codes."""
    layout = layout_from_pages([synthetic_page(1, page_lines(case))], f"{case.name}.pdf")
    source = SourceFile(path=f"{case.name}.pdf", name=f"{case.name}.pdf", sha256="0" * 64, format="pdf", size=0)
    document = interpret(layout, source, DocumentHints(id=case.name))
    measures = [(measure.number_raw, re.sub(r"\s", "", measure.text), measure.responsibility, measure.deadline)
                for measure in document.measures]
    return measures, frozenset(caution.code for caution in layout.cautions)


def _typeset(case: Case) -> list[tuple[str | None, str, str | None, str | None]]:
    return [(row.number, row.text, row.owner, row.deadline) for row in expected(case)]


def _params() -> list:
    return [pytest.param(case, id=case.name, marks=(pytest.mark.xfail(strict=True, reason=KNOWN_FAULTS[case.name])
                                                    if case.name in KNOWN_FAULTS else ()))
            for case in cases()]


def test_the_known_faults_are_cases_the_generator_draws():
    assert set(KNOWN_FAULTS) <= {case.name for case in cases()}


@pytest.mark.parametrize("case", _params())
def test_each_rule_less_table_reads_as_typeset_or_names_its_rows_uncertain(case):
    measures, codes = read(case)
    if case.decided:
        # the page's evidence decides: read exactly, and no doubt named
        assert (measures, "rows_uncertain" in codes) == (_typeset(case), False)
    else:
        assert measures == _typeset(case) or "rows_uncertain" in codes

"""The prose29 blind round (tests/fixtures/prose-blind29/KEY.md and key.toml, written before the reader ran):
twelve pages of years, levels and kinds earlier rounds hold least (2006–2012 outline divisions naming their owners
in brackets after each target, a breakdown table printed as prose, autonomous regions' and an autonomous county's
pages, a county department's plan naming townships), read as the key says, and the faults of kind the round found:

- a piped information table whose last row prints nothing after a row of one labelled cell (``政策解读: |`` then
  ``|``): looking past the last row for a title row rebound the row's texts to the empty row's, and reading the
  page's metadata failed with an IndexError (pilotplans/parsers/info_rows.py ``grid_info_rows``).
"""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES
from tests.page_metadata import owners, page_metadata, refusal_cause

BLIND = FIXTURES / "prose-blind29"
HANYIN = BLIND / "hanyin-2021-county-government-office-funds-measures-piped-info-table-no-owners-cut.txt"
REFUSED = [BLIND / name for name in (
    "shanghai-2011-municipality-twelfth-five-year-outline-division-notice-principles-no-owners-cut.txt",
    "guangxi-2020-autonomous-region-non-grain-farmland-work-plan-traditional-notice-measures-no-owners-cut.txt",
    "neimenggu-2024-autonomous-region-party-committee-and-government-rural-opinions-news-copy-no-owners-cut.txt",
    "hanyin-2021-county-government-office-funds-measures-piped-info-table-no-owners-cut.txt",
    "yanshan-2019-county-grassland-subsidy-project-plan-interpretation-no-owners.txt",
)]


# --- the round's reading ----------------------------------------------------------------------------------------

def test_pages_naming_no_task_s_owner_are_refused():
    assert [refusal_cause(path).startswith("no task table or task list found") for path in REFUSED] == [True] * len(REFUSED)


# --- an information table closed by an empty row ----------------------------------------------------------------

def test_an_information_table_closed_by_an_empty_row_reads_its_fields():
    # was: IndexError in grid_info_rows
    metadata = page_metadata(HANYIN)
    assert (metadata.doc_no, metadata.issuer, str(metadata.date)) == ("汉政办发〔2021〕88号", "汉阴县人民政府办公室", "2021-09-28")


def test_a_lone_labelled_row_over_the_empty_row_is_no_title():
    # 政策解读: is a label with no value, not the document's title printed as the table's last row
    assert page_metadata(HANYIN).title == "汉阴县人民政府办公室关于印发《汉阴县过渡期统筹整合使用财政涉农资金管理办法》的通知"

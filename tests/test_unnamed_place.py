"""A notice whose issuer's place is left unnamed (某县人民政府办公室, 某区人民政府: a template's or a
sample's stand-in, 某 "a certain") names no region: the place was read as the county 某县 or the
district 某区. The level its word gives (a county's or a district's notice: county) stands."""

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.metadata import read_metadata
from pilotplans.parsers.text import read_text
from tests.conftest import FIXTURES


def metadata(text):
    return read_metadata(list(read_text(text, "t.txt").paragraphs))


@pytest.mark.parametrize("name", ["text-tables/flattened/county-livelihood-deadlines-empty.txt",
                                  "text-tables/flattened/district-report-tasks-leader-short.txt"])
def test_an_issuer_of_an_unnamed_place_names_no_region(name):
    document = read_document(FIXTURES / name)
    assert (document.region, document.level) == (None, "county")


def test_an_issuer_of_a_named_county_names_its_region():
    document = read_document(FIXTURES / "text-tables" / "blind" / "dazhu-2016-cell-per-paragraph.txt")
    assert (document.region, document.level) == ("大竹县", "county")


def test_a_city_left_unnamed_names_no_region():
    read = metadata("某某市人民政府办公室关于印发重点工作任务分解方案的通知\n各区人民政府：\n现将方案印发给你们。\n")
    assert (read.region, read.level) == (None, "municipal")


def test_a_city_named_in_full_names_its_region():
    read = metadata("宁波市人民政府办公厅关于印发重点工作任务分解方案的通知\n各区人民政府：\n现将方案印发给你们。\n")
    assert (read.region, read.level) == ("宁波", "municipal")

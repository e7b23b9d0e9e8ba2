"""A notice naming no place, whose 文号 is of a government's own series — a 简称 the gazetteer gives one city
alone and 府 or 政 (穗府〔2011〕15號: 广州's, regions.toml city_abbreviations) —, is placed in that city, said to
come from the 文号's opening (region_named_in "doc_no"), also on a page with no measures to read (a refused
page's metadata). A 简称 several places' names open with (锡: 无锡 and 锡林浩特), a series running on past it
(穗南府办规: a district's) or a bureau's (穗商务) place nothing (pilotplans.normalizers.place.place_of_doc_no)."""

from pathlib import Path

import pytest

from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import read_metadata

FIXTURES = Path(__file__).parent / "fixtures"


def _metadata(lines):
    return read_metadata([Paragraph(text=line) for line in lines])


def test_guangzhou_s_government_series_places_a_notice_printing_no_place():
    # places blind round 2's leftover: before, no level and no region
    lines = (FIXTURES / "places-blind2" / "guangzhou-2011-city-traditional-number-first.txt").read_text("utf-8").splitlines()
    found = _metadata(lines)
    assert (found.doc_no, found.level, found.region, found.region_named_by, found.region_named_in) == (
        "穗府〔2011〕15號", "municipal", "广州", "穗府", "doc_no")


@pytest.mark.parametrize("number", ["锡政发〔2020〕3号", "穗南府办规〔2023〕1号", "穗商务〔2020〕3号", "许政〔2020〕20号"])
def test_other_openings_place_nothing(number):
    found = _metadata([number, "关于进一步优化营商环境的意见", "各区人民政府,市政府各部门:"])
    assert (found.doc_no, found.region) == (number, None)


def test_a_series_of_a_city_outside_the_province_the_notice_cites_places_nothing():
    found = _metadata(["穗府〔2020〕3号", "关于进一步优化营商环境的意见", "各区人民政府,市政府各部门:",
                       "根据《湖南省人民政府关于优化营商环境的意见》(湘政发〔2019〕1号),提出如下意见。"])
    assert found.region is None


def test_a_series_under_a_title_forwarding_the_city_s_document_places_nothing():
    # the 文号 may be the forwarded document's, the notice a district's (before the mend: 广州, municipal)
    found = _metadata(["穗府〔2020〕3号", "关于转发广州市人民政府关于优化营商环境的意见的通知", "各镇人民政府,区政府各部门:"])
    assert (found.doc_no, found.level, found.region) == ("穗府〔2020〕3号", None, None)

"""A title opening with a prefecture named alone and its government (博尔塔拉蒙古自治州人民政府工作规则) is
that government's: the prefecture places the notice, at a city's level, though nothing signs it. A
prefecture named alone before other words (…自治州旅游发展规划) still places nothing by itself
(pilotplans.parsers.metadata)."""

from pathlib import Path

from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import read_metadata

FIXTURES = Path(__file__).parent / "fixtures"


def _metadata(lines):
    return read_metadata([Paragraph(text=line) for line in lines])


def test_an_autonomous_prefecture_s_rules_without_signature_are_its_government_s():
    lines = (FIXTURES / "places-blind3" / "bortala-2024-prefecture-rules-date-only.txt").read_text("utf-8").splitlines()
    found = _metadata(lines)
    assert (found.title, found.level, found.region) == ("博尔塔拉蒙古自治州人民政府工作规则", "municipal", "博尔塔拉")


def test_a_prefecture_named_alone_before_a_plan_s_words_places_nothing():
    found = _metadata(["博尔塔拉蒙古自治州旅游发展规划", "一、总体要求"])
    assert (found.level, found.region) == (None, None)

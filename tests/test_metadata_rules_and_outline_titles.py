"""规则 (a government's working rules, 镇巴县人民政府工作规则) and 纲要 (an outline, …发展规划纲要) are kinds
of document a title ends with, as 办法 and 规划 are: such a title is read, and the place it opens with places
the document; a line going on past the kind (…工作规则解读) is no title (pilotplans.parsers.titles)."""

from pathlib import Path

from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import read_metadata

FIXTURES = Path(__file__).parent / "fixtures"


def _metadata(lines):
    return read_metadata([Paragraph(text=line) for line in lines])


def _page(folder, name):
    return _metadata((FIXTURES / folder / name).read_text("utf-8").splitlines())


def test_a_county_s_working_rules_printed_without_a_notice_are_titled_and_placed():
    # 镇巴县人民政府工作规则 over its information rows and again under them (before: no title, no place)
    found = _page("places-blind2", "zhenba-2024-county-rules-bullet-rows.txt")
    assert (found.title, found.level, found.region) == ("镇巴县人民政府工作规则", "county", "镇巴县")


def test_a_province_s_outline_is_titled():
    # 【標題】 row's value, printed again over the text (before: no title)
    found = _page("places-blind", "anhui-2006-province-law-site-rows.txt")
    assert found.title == "安徽省人民政府沿江城市群“十一五”經濟社會發展規劃綱要"


def test_a_line_going_on_past_规则_is_no_title():
    found = _metadata(["镇巴县人民政府工作规则解读", "第一条 为规范政府工作,制定本规则。"])
    assert found.title is None

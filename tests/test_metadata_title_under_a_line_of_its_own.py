"""A notice's whole title, opening with its issuer and 关于/印发 (阿拉善盟行政公署办公室关于印发…的通知), does
not go on from the line above it that names no issuer: the name of the rules it issues printed over it as a
document site prints a file's name, or a site's section naming a kind of papers (政府文件 / 关于印发…的通知,
as a red head's …文件 is no part of a title). An issuer's name over the rest of a joint title (中共中央 /
国务院关于…) still opens the title, as an issuer's name over 关于… does (pilotplans.parsers.metadata)."""

from pathlib import Path

import pytest

from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import read_metadata

FIXTURES = Path(__file__).parent / "fixtures"


def _metadata(lines):
    return read_metadata([Paragraph(text=line) for line in lines])


def _page(folder, name):
    return _metadata((FIXTURES / folder / name).read_text("utf-8").splitlines())


def test_a_league_office_s_title_under_the_name_of_the_rules_it_issues():
    # before: the rules' name and the notice's title read as one title, and as the issuer's name
    found = _page("places-blind3", "alashan-2007-league-office-doc-site.txt")
    assert (found.title, found.issuer) == (
        "阿拉善盟行政公署办公室关于印发阿拉善盟行政公署办公室公文处理实施细则及文种式样的通知", "阿拉善盟行政公署办公室")


def test_a_title_under_a_site_s_section_of_government_papers():
    # before: 政府文件关于印发…
    found = _page("places-blind3", "alashankou-2016-county-city-breadcrumb-source-row.txt")
    assert found.title == "关于印发《阿拉山口市人民政府工作规则》的通知"


def test_a_joint_title_opening_with_the_party_s_centre_stays_one():
    found = _metadata(["中共中央", "国务院关于全面推进乡村振兴加快农业农村现代化的意见", "各省、自治区、直辖市:"])
    assert found.title == "中共中央国务院关于全面推进乡村振兴加快农业农村现代化的意见"


def test_an_issuer_s_name_over_关于_stays_the_title_s_first_line():
    found = _metadata(["某某县人民政府", "关于印发某某县乡村振兴实施方案的通知", "各乡镇人民政府:"])
    assert (found.title, found.issuer) == ("某某县人民政府关于印发某某县乡村振兴实施方案的通知", "某某县人民政府")



@pytest.mark.parametrize(("first", "second", "issuer"), [
    ("国务院办公厅转发", "国家发展改革委关于促进消费若干措施的通知", "国务院办公厅"),
    ("苏州市人民政府批转", "市发展改革委关于促进消费若干措施的意见的通知", "苏州市人民政府"),
    ("苏州市人民政府办公室关于转发", "市发展改革委关于促进消费若干措施的通知", "苏州市人民政府办公室"),
])
def test_a_forwarding_title_wrapped_before_the_forwarded_body_stays_one(first, second, issuer):
    # the line above holds a title's own words (转发, 批转, 关于): a title's first line, never the name of the
    # rules issued (before the mend: the forwarded body's title alone, issued by the forwarded body)
    found = _metadata([first, second, "各有关单位:"])
    assert (found.title, found.issuer) == (first + second, issuer)

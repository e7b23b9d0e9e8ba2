"""A title whose line prints several bodies a space apart before 关于 (成都市发展和改革委员会 中共成都市委
社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局 关于印发…) names its issuers, listed, even when
their names run together are too long to be read as one issuer; words before 关于 that are not each a
body's name are no issuers (pilotplans.parsers.metadata)."""

from pathlib import Path

from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import read_metadata

FIXTURES = Path(__file__).parent / "fixtures"

_PLAN = "关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知"


def _metadata(lines):
    return read_metadata([Paragraph(text=line) for line in lines])


def test_four_bodies_a_space_apart_before_关于_are_the_notice_s_issuers():
    # a policy site's copy: the title printed three times, no signature (before: no issuer)
    path = FIXTURES / "places-blind2" / "chengdu-2024-city-four-departments-joint.txt"
    found = _metadata(path.read_text("utf-8").splitlines())
    assert found.issuer == "成都市发展和改革委员会、中共成都市委社会工作部、成都市规划和自然资源局、成都市住房和城乡建设局"
    assert (found.level, found.region) == ("municipal", "成都")


def test_words_before_关于_that_are_no_bodies_name_no_issuer():
    found = _metadata(["重要文件 政策法规 " + _PLAN, "各区(市)县政府,市级有关部门:", "现将方案印发给你们。"])
    assert found.issuer is None


def test_a_body_printed_with_a_space_inside_among_the_bodies_before_关于_names_no_issuers():
    # the title is the whole line, as in Chengdu's, but 成都市 住房和城乡建设局 is one name printed
    # apart, neither piece a name the registry knows alone: no list is read (the words before
    # 关于 in the test above are taken off the title as a page's, so never reach this rule)
    line = ("成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市 住房和城乡建设局 " + _PLAN)
    found = _metadata([line, "各区(市)县政府,市级有关部门:", "现将方案印发给你们。"])
    assert found.title == line.replace(" ", "")
    assert found.issuer is None

"""A zone's name on the line over a title (tests/fixtures/prose-shapes/SOURCES.md): told by its kind
(…自贸区, …示范区, …新区, the gazetteer's zone types and area words), never by a list of the zones met.
A short line that named a zone the gazetteer does not know, or one ending like a body's name, was
taken for a news page's aside or a site's name over the title and dropped from it."""

from __future__ import annotations

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.metadata import _title
from tests.conftest import FIXTURES

STORY = "记者近日从区发改委获悉，全区重点工作目标已分解到各部门。"
YEAR_TITLE = "2023年重点工作任务分解"


def test_a_zone_s_name_ending_like_a_body_s_opens_the_title_under_it():
    document = read_document(FIXTURES / "prose-shapes" / "zone-name-over-year-title.txt")
    # was 2023年重点工作任务分解: 西咸新区 read as a site's name over the page
    assert (document.title, document.tables[0].title) == ("西咸新区2023年重点工作任务分解", "西咸新区2023年重点工作任务分解")
    assert [(m.number, m.responsibility) for m in document.measures] == [(1, "科技创新和新经济局"), (2, "经济发展局")]


def test_a_zone_named_by_a_kind_the_gazetteer_lists_opens_the_title_whatever_its_name():
    # 自贸区, 示范区, 综保区: zone types and area words of regions.toml; 横琴, 中关村 are in no list
    assert _title([STORY, "横琴自贸区", YEAR_TITLE]) == "横琴自贸区2023年重点工作任务分解"
    assert _title([STORY, "中关村示范区", YEAR_TITLE]) == "中关村示范区2023年重点工作任务分解"
    assert _title([STORY, "南沙综保区", YEAR_TITLE]) == "南沙综保区2023年重点工作任务分解"


def test_a_bare_name_or_an_aside_over_the_title_stays_apart():
    # without its kind a zone's name is a name like any other: no list of names says it is one
    assert _title([STORY, "前海", YEAR_TITLE]) == YEAR_TITLE
    assert _title([STORY, "小编带你了解", YEAR_TITLE]) == YEAR_TITLE


def test_a_zone_s_name_over_a_title_naming_its_own_place_is_a_site_s_name():
    assert _title(["西咸新区", "深圳市盐田区关于促进服务业发展的若干措施"]) == "深圳市盐田区关于促进服务业发展的若干措施"
    assert _title(["西咸新区", "关于促进服务业发展的若干措施"]) == "西咸新区关于促进服务业发展的若干措施"


def test_a_zone_s_name_over_a_title_opening_with_that_name_is_a_site_s_name():
    # 西咸新区 / 西咸新区2023年…: the title names its own place (no PLACE pattern matches a zone's name);
    # was 西咸新区西咸新区2023年重点工作任务分解, the document's title and the task list's
    document = read_document(FIXTURES / "prose-shapes" / "zone-name-over-title-naming-it.txt")
    assert (document.title, document.tables[0].title) == ("西咸新区2023年重点工作任务分解", "西咸新区2023年重点工作任务分解")
    assert _title(["曲江新区", "横琴粤澳深度合作区关于促进服务业发展的若干措施"]) == "横琴粤澳深度合作区关于促进服务业发展的若干措施"
    # the quiet side: a title naming no place, or another zone's kind only, still takes the name over it
    assert _title(["西咸新区", "2023年重点工作任务分解"]) == "西咸新区2023年重点工作任务分解"


def test_an_aside_naming_a_zone_s_kind_stays_apart():
    # a news page's aside is a verb of showing or reading over what it shows (一图读懂自贸区, 聚焦开发区,
    # 走进示范区): the zone's kind in it names no zone; was joined to the title (聚焦开发区2023年…), which
    # before the kind rule kept it apart
    assert _title([STORY, "一图读懂自贸区", YEAR_TITLE]) == YEAR_TITLE
    assert _title([STORY, "聚焦开发区", YEAR_TITLE]) == YEAR_TITLE
    assert _title([STORY, "走进示范区", YEAR_TITLE]) == YEAR_TITLE
    # the quiet side: a zone's own name, and a title under a notice, open the title
    assert _title([STORY, "横琴自贸区", YEAR_TITLE]) == "横琴自贸区2023年重点工作任务分解"
    assert _title(["经市政府同意，现将本方案印发给你们，请认真贯彻落实。", "聚焦", "宜昌市服务业扩大开放综合试点实施方案"]) \
        == "聚焦宜昌市服务业扩大开放综合试点实施方案"


def test_a_title_opening_with_a_verb_before_a_zone_s_kind_still_takes_the_zone_s_name_over_it():
    # the rule of _name_apart: a zone's name opens a title naming no place of its own first
    assert _title(["西咸新区", "加快推进自贸区建设实施方案"]) == "西咸新区加快推进自贸区建设实施方案"
    # and a township's kind (乡, 镇) ending a verb phrase: 全面推进乡村振兴 names no 全面推进乡
    assert _title(["曲江新区", "全面推进乡村振兴实施方案"]) == "曲江新区全面推进乡村振兴实施方案"


def test_a_title_opening_with_another_zone_s_name_keeps_the_zone_over_it_apart():
    # the quiet side: a title opening with a zone's name, as its issuer (关于) or its year's plan does,
    # makes the zone's name over it a site's
    assert _title(["西咸新区", "横琴粤澳深度合作区关于印发重点工作任务的通知"]) == "横琴粤澳深度合作区关于印发重点工作任务的通知"
    assert _title(["西咸新区", "中关村示范区2023年重点工作任务分解"]) == "中关村示范区2023年重点工作任务分解"

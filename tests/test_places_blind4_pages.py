"""The fourth places round's real pages (tests/fixtures/places-blind4, SOURCES.md) read as their key says where
the reader missed before: a copying site's pinyin glosses are no part of a title, a title cited whole in 《》
with the site's (全文) after it is that title, and a joint title keeps the spaces printed between its issuers
(places-blind2's 成都 page) (pilotplans.parsers.metadata)."""

from __future__ import annotations

from pathlib import Path

from tests.page_metadata import page_metadata

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_glossed_copy_s_title_is_read_without_its_glosses():
    # before: 湖南省人民政府關(guān)于印發(fā)〈…〉的通知
    found = page_metadata(FIXTURES / "places-blind4" / "hunan-2021-province-traditional-ftz-measures-pinyin-notes.txt")
    assert (found.title, found.doc_no, found.level, found.region) == (
        "湖南省人民政府關于印發〈中國(湖南)自由貿易試驗區管理辦法(試行)〉的通知", "湘政發〔2021〕8號", "provincial", "湖南")


def test_a_glossed_title_over_two_lines_is_read_without_its_glosses():
    found = page_metadata(FIXTURES / "places-blind4" / "heyuan-2013-guangdong-office-traditional-new-area-short-signature.txt")
    assert (found.title, found.level, found.region) == (
        "廣東省人民政府辦公廳關于印發河源江東新區建設工作方案的通知", "provincial", "广东")


def test_a_ministry_s_notice_cited_whole_with_the_site_s_full_text_mark_is_its_title():
    # before: no title
    found = page_metadata(FIXTURES / "places-blind4" / "changchun-2016-ndrc-new-area-plan-law-site.txt")
    assert (found.title, found.doc_no, found.level, found.region) == (
        "国家发展改革委关于印发长春新区总体方案的通知", "发改地区〔2016〕461号", "national", None)


def test_a_plan_for_a_zone_s_area_issued_by_its_city_s_two_bodies_run_together_is_the_city_s():
    found = page_metadata(FIXTURES / "places-blind4" / "nanjing-2019-city-party-and-government-run-together-ftz-area.txt")
    assert (found.title, found.issuer, found.level, found.region) == (
        "中共南京市委南京市人民政府关于促进中国(江苏)自由贸易试验区南京片区高质量发展的意见",
        "中共南京市委、南京市人民政府", "municipal", "南京")


def test_a_joint_title_on_a_page_keeps_the_spaces_between_its_four_issuers():
    # before: the four names run together (places-blind2's one miss)
    found = page_metadata(FIXTURES / "places-blind2" / "chengdu-2024-city-four-departments-joint.txt")
    assert found.title == ("成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局 "
                           "关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知")

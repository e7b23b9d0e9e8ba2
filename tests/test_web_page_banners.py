"""A web site's name printed as the page's banner (湖北省人民政府门户网站, 中国·宜昌) is page furniture
(tasklist.toml ``page_furniture``): never part of the title under it, nor its issuer. A title line
that holds 关于 and ends in a site word (…关于加快推进政府网站) stays the title's
(tests/fixtures/web-pages/SOURCES.md)."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret.vocabulary import vocabulary
from tests.conftest import FIXTURES

PAGES = FIXTURES / "web-pages"


def _head(name: str):
    document = read_document(PAGES / name)
    return document.title, document.issuer, document.region, len(document.measures)


def test_a_portal_s_name_over_a_notice_title_is_neither_title_nor_issuer():
    # was 湖北省人民政府门户网站关于印发…的通知, issuer the portal, region 湖北
    assert _head("site-name-banner-over-title.html") == (
        "关于印发宜昌市服务业扩大开放综合试点实施方案的通知", None, "宜昌", 2)


def test_a_city_brand_over_a_table_s_caption_stays_apart_from_it():
    # was 中国·宜昌宜昌市服务业扩大开放综合试点任务分工表
    assert _head("city-brand-banner-over-caption.html") == ("宜昌市服务业扩大开放综合试点任务分工表", None, "宜昌", 2)


def test_a_title_s_first_line_ending_in_a_site_word_stays_the_title_s():
    assert _head("title-line-ending-in-a-site-word.html") == (
        "宜昌市人民政府办公室关于加快推进政府网站集约化建设的实施方案", "宜昌市人民政府办公室", "宜昌", 2)


def test_only_a_name_closed_by_a_kind_of_site_or_a_city_brand_is_a_banner():
    words = vocabulary()
    assert [(line, words.is_furniture(line)) for line in (
        "宜昌市人民政府门户网站", "宜昌政府网", "某县政务服务网", "中国·宜昌", "宜昌市人民政府", "宜昌市人民政府办公室",
        "发展工业互联网", "关于加强政府网站", "中国人民银行宜昌市中心支行")] == [
        ("宜昌市人民政府门户网站", True), ("宜昌政府网", True), ("某县政务服务网", True), ("中国·宜昌", True),
        ("宜昌市人民政府", False), ("宜昌市人民政府办公室", False), ("发展工业互联网", False),
        ("关于加强政府网站", False), ("中国人民银行宜昌市中心支行", False)]


def test_a_site_s_name_wrapped_onto_its_own_line_inside_an_item_stays_the_item_s_text(tmp_path):
    # 依托 / 市政府门户网站 / 建设统一入口。: the middle line was dropped as a banner (依托建设统一入口。)
    path = tmp_path / "plan.txt"
    path.write_text("宜昌市数字政府建设实施方案\n一、重点任务\n1.推进政务数据共享，依托\n市政府门户网站\n"
                    "建设统一入口。（责任单位：市政府办公室）\n2.统一接入全省，\n湖北政务服务网\n同步发布。（责任单位：市政务服务和大数据管理局）\n",
                    "utf-8")
    assert [m.text for m in read_document(path).measures] == [
        "推进政务数据共享，依托市政府门户网站建设统一入口。", "统一接入全省，湖北政务服务网同步发布。"]


def test_a_banner_over_a_text_plan_s_title_is_still_furniture(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("宜昌市人民政府门户网站\n宜昌市数字政府建设实施方案\n一、重点任务\n"
                    "1.推进政务数据共享。（责任单位：市政府办公室）\n", "utf-8")
    document = read_document(path)
    assert (document.title, document.issuer, [m.text for m in document.measures]) == (
        "宜昌市数字政府建设实施方案", None, ["推进政务数据共享。"])


_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{head}</title></head>
<body><div class="article">{lines}
<table>
<tr><td>序号</td><td>具体举措</td><td>责任单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>整合市直部门网站，统一建设集约化平台。</td><td>市政务服务和大数据管理局</td><td>2023年底前</td></tr>
</table></div></body></html>
"""


def test_a_title_s_first_line_ending_in_a_site_word_is_the_title_s_when_the_next_line_goes_on_with_it(tmp_path):
    # 宜昌市一体化政务服务网 / 建设任务分工表: the first line was dropped as a banner (title 建设任务分工表)
    path = tmp_path / "page.html"
    path.write_text(_PAGE.format(head="x", lines="<p>宜昌市一体化政务服务网</p><p>建设任务分工表</p>"), "utf-8")
    assert read_document(path).title == "宜昌市一体化政务服务网建设任务分工表"


def test_a_site_s_name_over_a_title_opening_with_a_place_is_a_banner(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(_PAGE.format(head="x", lines="<p>宜昌政府网</p><p>宜昌市政府网站集约化建设任务分工表</p>"), "utf-8")
    assert read_document(path).title == "宜昌市政府网站集约化建设任务分工表"


def test_a_site_s_name_over_a_title_opening_with_its_year_is_a_banner(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(_PAGE.format(head="x", lines="<p>宜昌政府网</p><p>2024年宜昌市政务服务工作任务分工表</p>"), "utf-8")
    assert read_document(path).title == "2024年宜昌市政务服务工作任务分工表"


def test_a_plan_s_title_line_ending_in_a_site_word_under_its_notice_stays_the_plan_s(tmp_path):
    # 宜昌市一体化政务服务网 / 建设实施方案 under the notice citing it: the first line was dropped as a
    # banner, the plan's title read as 建设实施方案
    path = tmp_path / "notice.txt"
    path.write_text("宜昌市人民政府办公室关于印发宜昌市一体化政务服务网建设实施方案的通知\n"
                    "现将《宜昌市一体化政务服务网建设实施方案》印发给你们，请认真贯彻执行。\n宜昌市人民政府办公室\n2023年5月10日\n"
                    "宜昌市一体化政务服务网\n建设实施方案\n一、重点任务\n1.整合市直部门网站。（责任单位：市政府办公室）\n", "utf-8")
    assert [t.title for t in read_document(path).tables] == ["宜昌市一体化政务服务网建设实施方案"]

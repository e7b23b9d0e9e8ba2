"""The sixth places round's real pages (tests/fixtures/places-blind6, SOURCES.md, key.toml written before the
reader ran) read as their key says, and the lines each rule must leave alone (pilotplans.parsers.metadata,
pilotplans.normalizers.place, data/info_rows.toml): the title is the document's own head, its issuer's name
first (a site's headline copying it without the name, or a site's line over the head, is none of it); a zone's
committee or office issuing a notice places it in the zone's host; a law database's 【字号】 row is the 文号."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from pilotplans.normalizers.place import zone_host
from pilotplans.normalizers.registry import load_registry
from pilotplans.parsers.metadata import _title_over_own_head, _title_under_its_issuer
from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind6"
KEY = tomllib.loads((ROUND / "key.toml").read_text(encoding="utf-8"))["doc"]


@pytest.mark.parametrize("doc", KEY, ids=[doc["file"] for doc in KEY])
def test_each_page_is_read_as_its_key_says(doc):
    found = page_metadata(ROUND / doc["file"])
    got = {"title": found.title or "", "doc_no": found.doc_no or "", "issuer": found.issuer or "",
           "date": found.date.isoformat() if found.date else "", "level": found.level or ""}
    for field, value in got.items():
        assert value in doc[field], field
    assert any(want in (found.region or "") for want in doc["region"] if want)


# --- the title is the document's own head, its issuer's name first ------------------------------------------

def test_a_headline_copying_the_title_without_its_issuer_gives_the_head_s_title():
    # before: 关于印发2015年全市深化医药卫生体制改革下步工作要点的通知 (the site's headline); places-blind5's one miss
    found = page_metadata(ROUND.parent / "places-blind5" / "ganzhou-2015-city-office-number-and-date-digits-lost.txt")
    assert (found.title, found.issuer) == (
        "赣州市人民政府办公厅关于印发2015年全市深化医药卫生体制改革下步工作要点的通知", "赣州市人民政府办公厅")


def test_joint_issuers_over_the_head_s_title_open_it_run_together_as_without_a_headline():
    title = "关于加快第三产业发展的实施意见(试行)"
    head = ["中共沙县县委", "沙县人民政府", title, "各乡(镇)人民政府:", "为进一步提升第三产业,提出如下意见。"]
    assert _title_under_its_issuer([title, "日期:2012-10-11", *head], title, "中共沙县县委、沙县人民政府") == (
        f"中共沙县县委沙县人民政府{title}")
    assert lines_metadata(*head).title == f"中共沙县县委沙县人民政府{title}"  # the same head with no headline over it


def test_a_name_over_the_head_that_is_not_the_issuer_opens_no_title():
    # quiet: the notice is signed by another body (沙县发展和改革局; 沙县人民政府 under 三明's), so the name over its
    # head's title is a site's banner, not its issuer: the title stays as read, with no other body's name before it
    title = "关于印发沙县数字经济发展实施方案的通知"
    body = ["各乡(镇)人民政府,县直各单位:", "现将方案印发给你们,请认真贯彻执行。"]
    for banner, signer in (("沙县人民政府", "沙县发展和改革局"), ("三明市人民政府", "沙县人民政府")):
        found = lines_metadata(title, "发布日期:2023-03-02", banner, title, *body, signer, "2023年3月1日")
        assert (found.title, found.issuer) == (title, signer)
    # the same head signed by the body over it, or by that body named in full, opens its title with it as printed
    for over, signer in (("沙县人民政府", "沙县人民政府"), ("县人民政府办公室", "沙县人民政府办公室")):
        found = lines_metadata(title, "发布日期:2023-03-02", over, title, *body, signer, "2023年3月1日")
        assert found.title == f"{over}{title}"


def test_a_forwarding_notice_s_headline_without_its_issuer_gives_the_head_s_title():
    # a 转发 notice's head read as a 关于 one's: under a site's headline copying its title without the name, the head's
    # title opens with its issuer (was: the title as the headline printed it, and 转发市商务局 its issuer, 转发 its place)
    title = "转发市商务局关于加快数字经济发展实施意见的通知"
    head = ["沙县人民政府办公室", title, "各乡(镇)人民政府,县直各单位:", "市商务局的意见已经县政府同意,现转发给你们。",
            "沙县人民政府办公室", "2023年3月1日"]
    found = lines_metadata(title, "发布日期:2023-03-02", *head)
    assert (found.title, found.issuer, found.region) == (f"沙县人民政府办公室{title}", "沙县人民政府办公室", "沙县")
    assert lines_metadata(*head).title == found.title  # the same head with no headline over it
    # quiet: a headline with no name over its head keeps its title, and names no issuer by its opening word
    found = lines_metadata(title, "发布日期:2023-03-02", *head[1:4])
    assert (found.title, found.issuer) == (title, None)


def test_a_title_with_no_name_over_its_head_stays_as_read():
    # quiet: the line over the title is a site's row (2024-03-01), no body's name (金华 开发区)
    found = page_metadata(ROUND / "jinhua-2024-development-zone-office-info-rows-and-signature-differ.txt")
    assert found.title == "关于印发《金华经济技术开发区重污染天气应急预案(2024年修订)》的通知"
    title = "关于加快第三产业发展的实施意见(试行)"
    assert _title_under_its_issuer([title, "各乡(镇)人民政府:"], title, "沙县人民政府") == title


def test_a_code_of_rules_keeps_its_title_without_the_maker_over_it():
    # quiet: 黑龙江's congress over its 条例 is the maker, no part of a title naming what it rules
    found = page_metadata(
        ROUND.parent / "places-blind5" / "heilongjiang-2024-province-congress-traditional-ftz-regulation-pinyin-notes.txt")
    assert found.title == "中國(黑龍江)自由貿易試驗區條例"


def test_a_site_s_line_over_the_document_s_head_is_no_title():
    # before: 山东省财政厅大学生创业引领计划 (a school site's column, ending like a plan's title)
    found = page_metadata(ROUND / "shandong-2010-province-office-forwarding-title-printed-twice-chinese-numeral-dates.txt")
    assert (found.title, found.issuer, found.date) == (
        "山东省人民政府办公厅转发省人力资源社会保障厅等部门关于做好2010年普通高校毕业生就业工作的意见的通知",
        "山东省人民政府办公厅", dt.date(2010, 4, 30))


def test_a_headline_naming_the_plan_the_head_issues_stays_the_title():
    # quiet: the head's title holds the line over it (the plan it issues), as a site's headline copying it does
    lines = ["衡阳市数字城市建设管理办法", "衡阳市人民政府", "关于印发衡阳市数字城市建设管理办法的通知", "各县市区人民政府:"]
    assert _title_over_own_head(lines, "衡阳市数字城市建设管理办法", None) == "衡阳市数字城市建设管理办法"


def test_a_banner_over_the_head_under_a_site_s_line_is_no_issuer_where_another_body_signs():
    # quiet: a news headline over 沙县人民政府 (the site's banner) over a notice 沙县发展和改革局 signs: the head's
    # title is the document's, without the banner's name, and the signer stays its issuer (was: 沙县人民政府)
    title = "关于印发沙县数字经济发展实施方案的通知"
    lines = ["我县出台数字经济发展实施方案", "沙县人民政府", title, "各乡(镇)人民政府,县直各单位:",
             "现将方案印发给你们,请认真贯彻执行。"]
    found = lines_metadata(*lines, "沙县发展和改革局", "2023年3月1日")
    assert (found.title, found.issuer) == (title, "沙县发展和改革局")
    found = lines_metadata(*lines, "沙县人民政府", "2023年3月1日")  # signed by the body over the head: its title
    assert (found.title, found.issuer) == (f"沙县人民政府{title}", "沙县人民政府")


def test_a_name_over_a_sentence_is_no_head():
    # quiet: the body's name over a sentence opening with 关于 heads no title
    lines = ["2023年全市数字经济发展工作要点", "某某市人民政府", "关于做好今年工作,现提出以下要点。"]
    assert _title_over_own_head(lines, "2023年全市数字经济发展工作要点", None) == "2023年全市数字经济发展工作要点"


# --- a zone's committee or office issuing places the notice in the zone's host --------------------------------

def test_a_zone_committee_s_office_issuing_places_the_notice_in_its_host_city():
    # before: no level, no region
    found = page_metadata(ROUND / "jinhua-2024-development-zone-office-info-rows-and-signature-differ.txt")
    assert (found.issuer, found.level, found.region) == ("金华经济技术开发区管理委员会党政综合办公室", "municipal", "金华")


def test_a_zone_committee_named_in_full_is_no_ministry():
    # 长沙高新区管理委员会 ends like a ministry's 委员会 in eight characters or fewer: it was read national, while the same
    # body named 长沙高新区管委会 was placed in 长沙; a zone's committee is its host's, whichever way it is named
    for name in ("长沙高新区管理委员会", "长沙高新区管委会", "衢州智造新城管理委员会"):
        found = lines_metadata("关于印发数字经济发展实施方案的通知", "各部门:", "现将方案印发给你们。", name, "2023年3月1日")
        assert (found.level, found.region) == ("municipal", name[:2]), name
    # quiet: a ministry's name stays national
    found = lines_metadata("关于印发数字经济发展实施方案的通知", "各部门:", "现将方案印发给你们。", "国家卫生健康委员会", "2023年3月1日")
    assert (found.level, found.region) == ("national", None)


def test_a_county_s_zone_is_its_county_s():
    gazetteer = load_registry().gazetteer
    host = zone_host("太湖经济开发区管委会", gazetteer)
    assert (host.name, host.level) == ("太湖县", "county")


def test_a_listed_zone_s_committee_is_its_host_s():
    # before: a zone of the code table (承德高新区 130871, 新乡高新区 410771) read as its own region, of no level, and its
    # committee's document got no place from its issuer, while an unlisted zone's (太湖经济开发区) got its county
    gazetteer = load_registry().gazetteer
    hosts = [zone_host(name, gazetteer) for name in ("承德高新区管委会", "新乡高新技术产业开发区管理委员会")]
    assert [(host.name, host.level) for host in hosts] == [("承德市", "municipal"), ("新乡市", "municipal")]
    for name, city in (("承德高新区管委会", "承德"), ("承德高新区管委会办公室", "承德"), ("北戴河新区管委会", "秦皇岛")):
        found = lines_metadata("关于印发数字经济发展实施方案的通知", "各部门:", "现将方案印发给你们。", name, "2023年3月1日")
        assert (found.level, found.region) == ("municipal", city), name


def test_a_zone_naming_no_host_a_new_area_and_other_bodies_have_no_zone_host():
    gazetteer = load_registry().gazetteer
    assert [zone_host(name, gazetteer) for name in ("经济技术开发区管委会", "两江新区管委会", "金华市商务局")] == [
        None, None, None]


# --- a law database's 【字号】 row is the 文号 --------------------------------------------------------------------

def test_a_law_database_s_bracketed_zihao_row_is_the_document_number():
    # before: no 文号 (the label unknown; the bracketed number under the title lay below a site's sentence)
    found = page_metadata(ROUND / "tianjin-2011-municipality-commission-bracketed-attribute-rows.txt")
    assert found.doc_no == "津科创[2011]224号"


def test_a_font_size_switch_gives_no_document_number():
    # quiet: 字号:大 中 小 is a page's font-size switch, its value no 文号
    found = lines_metadata("长沙市人民政府办公厅关于印发长沙市数字经济发展实施方案的通知", "发布时间:2023-03-01 字号:大 中 小",
                           "各区县(市)人民政府,市直各单位:", "现将《长沙市数字经济发展实施方案》印发给你们,请认真贯彻执行。")
    assert (found.title, found.doc_no) == ("长沙市人民政府办公厅关于印发长沙市数字经济发展实施方案的通知", None)

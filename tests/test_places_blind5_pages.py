"""The fifth places round's real pages (tests/fixtures/places-blind5, SOURCES.md) read as their key says where
the reader missed before, and the lines each rule must leave alone (pilotplans.parsers.metadata, .dates,
.titles): a 通告 and a 条例 are titles' kinds of document, a government's order is numbered 某府令第N号, a code
of rules names its maker on the line over its title and its date in the bracketed line saying when it was
adopted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pilotplans.parsers.dates import read_adopted_date
from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind5"


def test_a_government_s_notice_titled_tonggao_with_its_order_number_and_a_date_in_chinese_numerals():
    # before: no title, no 文号, the signing post 市长 as issuer, no place
    found = page_metadata(ROUND / "chongqing-2001-municipality-order-chinese-numeral-date-law-site.txt")
    assert (found.title, found.doc_no, found.issuer, found.date, found.level, found.region) == (
        "重庆市人民政府关于控制主城区采(碎)石场和小水泥厂尘污染的通告", "渝府令第121号", "重庆市人民政府",
        dt.date(2001, 12, 30), "municipal", "重庆")


def test_an_order_cited_inside_a_sentence_is_no_document_number():
    found = lines_metadata("某某市人民政府关于加强扬尘管理的通告",
                           "根据国务院令第 708 号的规定,现就有关事项通告如下:",
                           "一、施工工地应当设置围挡。")
    assert found.doc_no is None


def test_an_order_number_on_a_line_of_its_own_in_the_plan_below_the_head_is_no_document_number():
    # a plan listing the laws it rests on, an order's number alone on its line: the page's 发文字号 row is its 文号
    found = lines_metadata("发文字号:赣府厅发〔2023〕5号", "江西省人民政府办公厅关于印发江西省优化营商环境实施方案的通知",
                           "各市、县人民政府,省政府各部门:", "现将《江西省优化营商环境实施方案》印发给你们,请认真贯彻执行。",
                           "江西省人民政府办公厅", "2023年3月1日", "江西省优化营商环境实施方案", "《优化营商环境条例》",
                           "国务院令第722号", "一、总体要求")
    assert found.doc_no == "赣府厅发〔2023〕5号"


def test_an_order_number_below_the_head_of_a_notice_printing_none_is_no_document_number():
    found = lines_metadata("江西省人民政府办公厅关于印发江西省优化营商环境实施方案的通知", "各市、县人民政府,省政府各部门:",
                           "现将《江西省优化营商环境实施方案》印发给你们,请认真贯彻执行。", "《优化营商环境条例》",
                           "国务院令第722号", "一、总体要求")
    assert found.doc_no is None


def test_a_site_s_section_named_by_kinds_of_document_alone_is_no_title():
    # 通知通告, 通知公告: a government site's column over the document, a subject-less run of kinds (before 通告
    # was a title's kind, main read the notice's own title here)
    found = lines_metadata("首页", "通知通告", "长沙市人民政府办公厅关于印发长沙市数字经济发展实施方案的通知",
                           "各区县(市)人民政府,市直各单位:", "现将《长沙市数字经济发展实施方案》印发给你们,请认真贯彻执行。")
    assert found.title == "长沙市人民政府办公厅关于印发长沙市数字经济发展实施方案的通知"


def test_the_closing_words_of_a_tonggao_are_no_title():
    found = lines_metadata("各区县人民政府:", "现就加强扬尘管理有关事项通告如下:", "一、施工工地应当设置围挡。", "特此通告")
    assert found.title is None


def test_a_code_of_rules_cited_whole_in_quotes_over_a_notice_is_no_title():
    # a page's list of the laws it rests on (《中华人民共和国政府信息公开条例》), as a law (…法) cited so is none:
    # a 条例 is a title's kind only printed as one, not cited
    found = lines_metadata("《中华人民共和国政府信息公开条例》", "长沙市人民政府办公厅关于印发长沙市数字经济发展实施方案的通知",
                           "各区县(市)人民政府,市直各单位:", "现将《长沙市数字经济发展实施方案》印发给你们,请认真贯彻执行。")
    assert found.title == "长沙市人民政府办公厅关于印发长沙市数字经济发展实施方案的通知"


def test_a_code_of_rules_names_its_maker_over_its_title_and_its_date_in_the_adoption_line():
    # before: no title, issuer, date, level or place
    found = page_metadata(ROUND / "heilongjiang-2024-province-congress-traditional-ftz-regulation-pinyin-notes.txt")
    assert (found.title, found.issuer, found.date, found.level, found.region) == (
        "中國(黑龍江)自由貿易試驗區條例", "黑龍江省人大常委會", dt.date(2024, 4, 24), "provincial", "黑龙江")


def test_an_adoption_line_is_read_as_a_date_only_when_it_says_a_meeting_adopted_it():
    assert read_adopted_date("(2024年4月24日黑龙江省第十四届人民代表大会常务委员会第十三次会议通过)") == dt.date(2024, 4, 24)
    assert read_adopted_date("（2023年12月31日前完成，市发展改革委牵头）") is None
    assert read_adopted_date("（2024年4月24日起施行）") is None


def test_a_notice_signed_and_dated_keeps_its_signed_date_over_the_meeting_that_adopted_it():
    # the adoption line dates only a code of rules printing no date of its own: a notice's head saying when a
    # meeting adopted it leaves the day it was signed its date
    found = lines_metadata("长沙市人民政府关于印发长沙市数字经济发展实施方案的通知", "（2023年3月1日市人民政府第10次常务会议通过）",
                           "各区县(市)人民政府,市直各单位:", "现将《长沙市数字经济发展实施方案》印发给你们,请认真贯彻执行。",
                           "长沙市人民政府", "2023年3月10日", "一、总体要求")
    assert found.date == dt.date(2023, 3, 10)


def test_a_work_plan_titled_by_its_subject_takes_no_body_over_it_as_its_issuer():
    # only a code of rules (条例, 办法, 规定…) is titled without its maker: a work plan's title under a body's name
    # (a site's banner as often as its issuer) leaves the issuer unread, as before
    found = lines_metadata("某某市人民政府", "2023年全市数字经济发展工作要点", "一、总体要求")
    assert (found.title, found.issuer) == ("2023年全市数字经济发展工作要点", None)


def test_a_government_over_a_code_of_rules_title_is_no_issuer():
    # a site's banner (杭州市人民政府) over measures its departments made (…管理办法) as often as their maker; a
    # congress alone makes a place's 条例 and never names a site: only a congress over a code of rules issues it
    found = lines_metadata("杭州市人民政府", "杭州市跨境电子商务专项资金管理办法", "第一条 为规范专项资金管理,制定本办法。")
    assert (found.title, found.issuer) == ("杭州市跨境电子商务专项资金管理办法", None)


def test_the_body_over_the_document_s_own_title_wrapped_over_two_lines_issues_it():
    # the site's headline (关于印发…的通知, no issuer) over the document's head: 赣州市人民政府办公厅 / 关于印发…医药卫生 /
    # 体制改革…的通知 (before: no issuer, level or place)
    found = page_metadata(ROUND / "ganzhou-2015-city-office-number-and-date-digits-lost.txt")
    assert (found.issuer, found.level, found.region, found.doc_no, found.date) == (
        "赣州市人民政府办公厅", "municipal", "赣州", None, dt.date(2015, 9, 17))


def test_a_body_over_lines_that_only_open_like_the_title_is_no_issuer():
    from pilotplans.parsers.metadata import _issuer_over_title

    title = "关于印发2015年全市深化医药卫生体制改革下步工作要点的通知"
    assert _issuer_over_title([title, "赣州市人民政府办公厅", "关于印发2015年全市深化医药卫生", "工作的几点说明"], title) is None
    assert _issuer_over_title([title, "赣州市人民政府办公厅", "关于印发2015年全市深化医药卫生",
                               "体制改革下步工作要点的通知"], title) == "赣州市人民政府办公厅"


def test_a_district_office_named_by_its_kind_alone_speaks_at_a_county_s_level_its_place_unsaid():
    # 区政府办公室关于…: the page never names the district (before: no level)
    found = page_metadata(ROUND / "guangfeng-2021-district-office-title-without-place.txt")
    assert (found.issuer, found.level, found.region) == ("区政府办公室", "county", None)


def test_a_city_s_government_named_by_its_kind_alone_keeps_a_city_s_level():
    # 市政府办公室: read at a city's level as before (the county rule reads only 县, 区 and 旗)
    found = lines_metadata("市政府办公室关于印发2021年政府工作报告重点工作责任分工的通知", "各镇人民政府,市直各单位:")
    assert (found.issuer, found.level, found.region) == ("市政府办公室", "municipal", None)


def test_a_city_s_party_committee_signing_over_its_government_issues_the_notice_with_it():
    # 中共蘇州市委 / 蘇州市人民政府 / 2022年7月13日 under a page opening at the addressee (before: the government alone)
    found = page_metadata(ROUND / "suzhou-2022-city-traditional-party-and-government-business-environment-opens-at-addressee.txt")
    assert (found.issuer, found.date, found.level, found.region) == (
        "中共蘇州市委、蘇州市人民政府", dt.date(2022, 7, 13), "municipal", "苏州")


def test_a_party_committee_of_an_unnamed_place_over_a_government_s_signature_is_no_joint_signer():
    # 中共某省委 names no body the registry knows (某省, a stand-in); one known is a joint signer whatever its place
    # (every known body one to a line over the date signs: metadata._cosigners_over)
    found = lines_metadata("各县(市、区)人民政府:", "现将有关事项通知如下。", "中共某省委", "苏州市人民政府", "2022年7月13日")
    assert found.issuer == "苏州市人民政府"


def test_an_autonomous_region_s_departments_addressed_under_words_naming_it_place_the_notice():
    # 各市、縣(區)人民政府,自治區政府各部門 and 根据《寧夏回族自治區…規劃》, no title, issuer or date printed
    # (before: no level, no place)
    found = page_metadata(ROUND / "ningxia-2012-region-traditional-opinion-opens-at-addressee.txt")
    assert (found.title, found.issuer, found.level, found.region, found.region_named_in) == (
        None, None, "provincial", "宁夏", "addressee")


def test_a_region_s_constituent_departments_addressed_place_its_notice():
    # 桂政发〔2017〕58号 as its page prints it (mzw.gxzf.gov.cn, read in review, nobody's fixture): 自治区人民政府各组成部门,
    # the way 广西's government addresses its own departments; before, only 各部门/各委/各厅/各直属 were read
    from pilotplans.normalizers.place import place_of_addressees
    from pilotplans.normalizers.registry import load_registry

    found = place_of_addressees([
        "广西壮族自治区人民政府关于贯彻落实国家“十三五”促进民族地区和人口较少民族发展规划的实施意见",
        "各市、县人民政府,自治区人民政府各组成部门、各直属机构:",
        "为贯彻落实《国务院关于印发“十三五”促进民族地区和人口较少民族发展规划的通知》精神,结合我区实际,现提出以下意见。",
        "一、总体要求"], load_registry().gazetteer)
    assert found is not None and found[1].name == "广西壮族自治区"
    # a city's constituent departments addressed: no province's government speaks
    assert place_of_addressees(["各县(区)人民政府,市人民政府各组成部门:", "根据《广西壮族自治区规划》,结合我市实际,制定本方案。"],
                               load_registry().gazetteer) is None


def test_the_addressed_departments_place_nothing_without_one_province_of_their_kind_named():
    from pilotplans.normalizers.place import place_of_addressees
    from pilotplans.normalizers.registry import load_registry

    gazetteer = load_registry().gazetteer
    addressee = "各市、县(区)人民政府,自治区政府各部门、直属机构:"
    # two regions named: which issues it, the words do not say
    assert place_of_addressees([addressee, "根据《宁夏回族自治区规划》和《广西壮族自治区规划》,结合我区实际,提出如下意见。"],
                               gazetteer) is None
    # a province of another kind than the addressed departments' word
    assert place_of_addressees([addressee, "学习江苏省的做法,结合我区实际,提出如下意见。"], gazetteer) is None
    # a city's departments addressed, a sentence under them speaking of the region's departments: no province's
    # government speaks (only the addressee line says who is addressed)
    assert place_of_addressees(["各县(区)人民政府,市政府各部门:",
                                "为贯彻落实《宁夏回族自治区促进就业规划》,按照自治区政府各部门的分工要求,结合我市实际,提出如下意见。"],
                               gazetteer) is None
    # every province's departments addressed (各省、自治区人民政府各部门): a national notice, no province's own
    assert place_of_addressees(["各省、自治区人民政府各部门:", "为贯彻落实《宁夏回族自治区促进就业规划》,提出如下意见。"],
                               gazetteer) is None
    # a city's departments addressed: no province's government speaks
    assert place_of_addressees(["各县(区)人民政府,市政府各部门:", "根据《宁夏回族自治区规划》,结合我市实际,制定本方案。"],
                               gazetteer) is None

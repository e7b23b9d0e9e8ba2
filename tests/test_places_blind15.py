"""Places blind round 15 (tests/fixtures/places-blind15, keyed in key.toml before the reader ran) and the leftovers of
earlier rounds the brief named: the rules they showed, each with a case where it stays quiet."""

from __future__ import annotations

from pathlib import Path

from pilotplans.normalizers.delivery_place import place_of_delivery
from pilotplans.normalizers.registry import load_registry
from pilotplans.normalizers.township_page import county_of_township_page, township_spoken_of
from pilotplans.parsers.dates import read_delivered_date
from pilotplans.parsers.info_rows import run_in_rows
from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind15"
META49 = Path(__file__).parent / "fixtures" / "meta49"

_SPEAKING_AS_DISTRICT = ("各位代表：", "现在，我代表区人民政府向大会报告工作，请予审议。")


# --- a work report placed by the congress its delivery line names -------------------------------------------------------

def test_a_report_whose_speaker_names_no_place_is_the_congress_s_place_s():
    # before: no level or place — 我代表区人民政府 names none, and the delivery line's 乌海市海南区 was read for its day only
    found = page_metadata(ROUND / "hainanqu-2010-district-named-as-a-province-work-report-district-portal.txt")
    assert (found.level, found.region, found.region_named_in) == ("county", "海南区", "delivery")
    assert found.date.isoformat() == "2010-12-28"


def test_a_delivery_line_broken_after_its_place_names_the_place():
    found = place_of_delivery(["——2010年12月28日在乌海市海南区", "第八届人民代表大会第四次会议上"], load_registry().gazetteer)
    assert found is not None and (found[0], found[1].name) == ("乌海市海南区", "海南区")


def test_a_traditional_delivery_line_with_glosses_names_its_district():
    found = page_metadata(ROUND / "jiuyuan-2012-district-work-report-traditional-copy-site.txt")
    assert (found.level, found.region) == ("county", "九原区")


def test_a_delivery_line_naming_a_kind_word_or_another_meeting_names_no_place():
    # quiet: 在区第十八届… (the kind word alone), 朝阳区 (several places bear it), 政协 (another body's meeting)
    gazetteer = load_registry().gazetteer
    assert place_of_delivery(["——2021年12月11日在区第十八届人民代表大会第一次会议上"], gazetteer) is None
    assert place_of_delivery(["——2019年1月8日在朝阳区第十六届人民代表大会第三次会议上"], gazetteer) is None
    assert place_of_delivery(["——2023年1月8日在海南区政协十届一次会议上"], gazetteer) is None
    found = lines_metadata("政府工作报告", "——2021年12月11日在区第十八届人民代表大会第一次会议上", *_SPEAKING_AS_DISTRICT)
    assert found.region is None


def test_a_news_sentence_opening_with_a_congress_s_day_places_nothing():
    # quiet: the sentence runs on past the meeting — before, 海南区's delegation's news was placed at 乌海 (the congress's
    # place), and a sentence citing a report delivered at 海南区's congress at 海南区
    gazetteer = load_registry().gazetteer
    delegation = ["海南区代表团审议政府工作报告",
                  "2023年1月8日在乌海市第十届人民代表大会第三次会议上，海南区代表团认真审议了政府工作报告。"]
    assert place_of_delivery(delegation, gazetteer) is None
    assert place_of_delivery(["2011年1月5日在乌海市海南区第八届人民代表大会第五次会议上作的报告中，区长提出…"], gazetteer) is None
    assert lines_metadata(*delegation).region is None
    # fires: the same day and congress alone on its line, undashed
    found = place_of_delivery(["2023年1月8日在乌海市第十届人民代表大会第三次会议上"], gazetteer)
    assert found is not None and found[1].name == "乌海市"


def test_an_undashed_delivery_line_dates_the_report_over_a_later_row():
    # before: 2021-12-24, the 发文日期 row of the site's re-filing — the session line had no dash, so was no delivery line
    found = page_metadata(ROUND / "wangyi-2010-district-work-report-rows-dated-later-city-portal.txt")
    assert found.date.isoformat() == "2010-06-11"
    assert read_delivered_date("2010年6月11日在铜川市王益区第八届人民代表大会第四次会议上").isoformat() == "2010-06-11"


def test_a_news_sentence_opening_with_its_day_is_no_delivery_line():
    # quiet: the line goes on past the meeting
    assert read_delivered_date("2023年1月8日在区人大常委会会议上，区长作了讲话") is None
    assert read_delivered_date("2023年1月8日在市政府常务会议上") is None


# --- a zone's year's report titled by its name --------------------------------------------------------------------------

def test_a_zone_s_year_s_report_is_titled_and_placed_at_its_host():
    # before: no title (…工作安排报告 ended no body's year's work), no place
    found = page_metadata(ROUND / "ningbo-2009-separately-planned-city-hightech-zone-summary-zone-portal.txt")
    assert (found.title, found.level, found.region) == (
        "宁波国家高新区2008年工作总结和2009年工作安排报告", "municipal", "宁波")


def test_a_year_s_report_naming_no_maker_titles_nothing_of_the_kind():
    # quiet: 2016年工作总结报告 names no body before its year
    found = lines_metadata("2016年工作总结报告", "一、2016年工作回顾")
    assert (found.level, found.region) == (None, None)


# --- a red head's name over a 关于 title with its number under it -------------------------------------------------------

def test_a_name_over_a_glossed_title_is_its_issuer_and_its_title_s_head():
    # before: title 關于…的通知 and no issuer — 關(guān)于 (a mirror's gloss after 關) read as no 关于, so the name over the
    # title was no issuer's
    found = page_metadata(ROUND / "qingdao-2026-separately-planned-city-ten-things-notice-traditional-copy-site.txt")
    assert (found.title, found.issuer) == ("青島市人民政府關于2026年重點辦好城鄉建設和改善人民生活方面10件實事的通知", "青島市人民政府")
    assert (found.level, found.region) == ("municipal", "青岛")


def test_a_name_over_a_title_opening_with_no_about_heads_nothing():
    # quiet: a code of rules titled by what it rules keeps its title, its maker over it no part of it (as unglossed)
    found = lines_metadata("青岛市人民政府", "青岛市城市绿化管理办法", "第一条 为了加强城市绿化管理，制定本办法。")
    assert found.title == "青岛市城市绿化管理办法"


def test_a_law_listing_s_maker_under_the_plan_s_name_is_no_head_of_the_notice():
    # before (meta49): 江西省吉安市人民政府办公室关于印发… — the name a law site lists under the plan's name read into the
    # notice's title
    found = page_metadata(META49 / "jian-2003-city-office-notice-law-site-number-in-brackets-below-title.txt")
    assert found.title == "关于印发吉安市市本级政务公开工作实施细则的通知"


# --- a law database's rows run into their labels -----------------------------------------------------------------------

def test_rows_run_into_their_labels_are_read_as_rows():
    # before: no issuer, date or level — 發文機關國務院辦公廳 printed no colon, so read as no row
    found = page_metadata(ROUND / "guobanhan-2003-national-reply-rows-only-traditional-law-site.txt")
    assert (found.issuer, found.date.isoformat(), found.level) == ("國務院辦公廳", "2003-03-10", "national")


def test_a_line_or_two_opening_with_a_label_s_words_are_no_rows():
    # quiet: a run of fewer than three such lines is text (时间紧…, 主题…)
    assert run_in_rows(["时间紧任务重", "主题教育深入开展", "各单位要抓好落实"]) == [None, None, None]
    rows = run_in_rows(["发文机关国务院办公厅", "发文日期2003年03月10日", "时效性现行有效"])
    assert [(row.kind, row.value) for row in rows] == [("issuer", "国务院办公厅"), ("date", "2003年03月10日"),
                                                       ("other", "现行有效")]


def test_three_sentences_opening_with_labels_words_are_no_rows():
    # quiet: each line prints a sentence's marks — before, 标题党现象治理工作要点 over three such sentences was read as a
    # run-in 标题 row, its title cut to 党现象治理工作要点
    prose = ["标题党现象治理工作要点", "来源广泛的网络谣言要及时处置。", "作者署名不实的稿件一律不得刊发。",
             "名称不规范的账号要限期整改。", "一、加强组织领导。县委网信办牵头。"]
    assert run_in_rows(prose) == [None] * 5
    assert run_in_rows(["主题教育是党的重要工作。", "时间紧、任务重，各单位要高度重视。", "分类推进，确保实效。"]) == [None] * 3
    assert lines_metadata(*prose).title == "标题党现象治理工作要点"


# --- a county named twice whose page speaks as it ---------------------------------------------------------------------

def test_a_page_naming_its_district_twice_and_speaking_as_it_is_the_district_s():
    # before: no place — only a county-level city (…市) named twice placed its page
    found = page_metadata(ROUND / "baiyunebo-2013-mining-district-secretary-article-traditional.txt")
    assert (found.level, found.region) == ("county", "白云鄂博矿区")


def test_a_district_named_twice_on_a_page_speaking_as_no_district_places_nothing():
    # quiet: the page speaks of no 区 of its own (全市, 市委)
    found = lines_metadata("近日，白云鄂博矿区召开会议。", "市委、市政府要求白云鄂博矿区加快发展，全市上下共同努力。")
    assert found.region is None


# --- a page printing no head that speaks of one township (rounds 13 and 14) --------------------------------------------

ROUND13 = Path(__file__).parent / "fixtures" / "places-blind13"
ROUND14 = Path(__file__).parent / "fixtures" / "places-blind14"


def test_a_street_s_profile_naming_its_district_twice_is_the_street_s():
    # before: no level or place — a page printing no head, 陈家桥街道 four times, 沙坪坝区 twice
    found = page_metadata(ROUND13 / "chenjiaqiao-2015-municipality-street-profile-encyclopedia.txt")
    assert (found.level, found.region) == ("township", "沙坪坝区")


def test_a_street_s_news_visiting_its_sibling_streets_is_its_own_district_s():
    found = page_metadata(ROUND14 / "tiyuchang-2023-district-street-study-visit-news-copy-site.txt")
    assert (found.level, found.region) == ("township", "张店区")


def test_a_town_s_news_naming_its_county_once_is_the_town_s_unplaced():
    # 柞水县 named once: the town's level, no county taken
    found = page_metadata(ROUND13 / "xingping-2017-town-assessment-news-county-site.txt")
    assert (found.level, found.region) == ("township", None)


def test_townships_each_named_once_or_together_make_no_township_s_page():
    # quiet: a county's news listing its towns (each once) and speaking of them together (各乡镇)
    gazetteer = load_registry().gazetteer
    texts = ["近日，武义县召开全县农业工作会议。", "桐琴镇、泉溪镇、熟溪街道负责同志发言。", "各乡镇要抓好落实，全县上下共同努力。"]
    assert township_spoken_of(texts, gazetteer) is None
    found = lines_metadata(*texts)
    assert found.level != "township"


def test_a_township_named_as_often_as_another_names_no_page_s_township():
    # quiet: two streets each three times — whose page it is the text does not say
    texts = ["甲山街道与乙水街道联合开展活动。", "甲山街道、乙水街道负责同志参加。", "甲山街道和乙水街道将继续合作。"]
    assert township_spoken_of(texts, load_registry().gazetteer) is None


def test_a_phrase_closing_with_a_township_s_word_three_times_makes_no_township_s_page():
    # quiet: 统筹城乡, 推进乡村振兴, 新型城镇化 three times each on a headless page — before, 统筹城乡, 推进乡 and 新型城镇 were
    # read as townships (the page made a township's, placed in 沙坪坝区); no body of a township is named
    gazetteer = load_registry().gazetteer
    urban_rural = ["近年来，我们坚持统筹城乡发展。", "进一步统筹城乡基础设施建设，", "全面统筹城乡社会事业。",
                   "沙坪坝区召开会议，沙坪坝区领导出席。"]
    assert township_spoken_of(urban_rural, gazetteer) is None
    assert township_spoken_of(["全面推进乡村振兴。", "扎实推进乡村建设行动。", "加快推进乡村产业发展。"], gazetteer) is None
    assert township_spoken_of(["推进新型城镇化。", "提升新型城镇化水平。", "以新型城镇化为抓手。"], gazetteer) is None
    found = lines_metadata(*urban_rural)
    assert (found.level, found.region) == (None, None)


def test_townships_counted_make_no_township_s_page():
    # quiet: 三个街道 three times with its bodies (三个街道党工委) in 滇中新区's news of its three new streets — before, read as a
    # street named 三个; a number and its counter count townships, naming none
    lines = [line for line in (ROUND14 / "dianzhong-2023-new-area-streets-founded-news-forum.txt").read_text("utf-8")
             .splitlines() if line.strip()]
    assert township_spoken_of(lines, load_registry().gazetteer) is None


def test_a_township_whose_name_goes_on_past_a_counter_is_named():
    # fires: 七个星镇 (焉耆县) is one town's name, its counter inside it
    texts = ["七个星镇召开考核大会。", "会上，镇长作了七个星镇政府工作报告。", "七个星镇在今后发展中要促进产业结构调整。"]
    assert township_spoken_of(texts, load_registry().gazetteer) == "七个星镇"

def test_a_township_named_with_its_body_once_is_the_page_s_township():
    # fires: 杏坪镇 three times, its body once by its name (杏坪镇政府); the same page without the body names none
    texts = ["杏坪镇召开考核大会。", "会上，镇长作了杏坪镇政府工作报告。", "杏坪镇在今后发展中要促进产业结构调整。"]
    gazetteer = load_registry().gazetteer
    assert township_spoken_of(texts, gazetteer) == "杏坪镇"
    assert township_spoken_of([texts[0], "会上，镇长作了报告。", texts[2], "杏坪镇人口众多。"], gazetteer) is None


def test_a_street_page_naming_a_neighbouring_district_as_often_places_no_county():
    # quiet: 沙坪坝区 twice and 九龙坡区 once — another county named, whose street it is the text does not say
    texts = ["陈家桥街道地处沙坪坝区西部。", "陈家桥街道与九龙坡区相邻，沙坪坝区委重视陈家桥街道发展。"]
    assert county_of_township_page(texts, load_registry().gazetteer) is None


def test_a_township_page_naming_its_guests_county_twice_places_no_county():
    # quiet: 安吉县 twice, each in a sentence of its visiting party — before, the town's page was placed in 安吉县
    texts = ["杏坪镇党委书记接待了来自安吉县的考察团。", "安吉县考察团参观了杏坪镇产业园。", "杏坪镇政府介绍了经验。"]
    assert county_of_township_page(texts, load_registry().gazetteer) is None
    assert (lines_metadata(*texts).level, lines_metadata(*texts).region) == ("township", None)
    # fires: the same town's page naming its own county twice outside them
    own = ["杏坪镇党委书记接待了来自安吉县的考察团。", "杏坪镇是柞水县农业大镇，柞水县委高度重视。", "杏坪镇政府介绍了经验。"]
    assert county_of_township_page(own, load_registry().gazetteer)[1].name == "柞水县"



def test_a_township_page_passes_over_a_county_it_only_visits():
    # fires: 安吉县 visited (赴…考察学习) is neither the town's county nor another county gainsaying 柞水县
    own = ["杏坪镇是柞水县农业大镇，柞水县委高度重视。", "杏坪镇政府介绍了经验。"]
    found = county_of_township_page(["杏坪镇组织干部赴安吉县考察学习。", *own], load_registry().gazetteer)
    assert found is not None and (found[0], found[1].region_id) == ("柞水县", "611026")


def test_a_township_page_naming_a_partner_county_places_no_county():
    # quiet: 安吉县 a partner (与…签订合作协议), not only visited — whose town it is the text does not say
    own = ["杏坪镇是柞水县农业大镇，柞水县委高度重视。", "杏坪镇政府介绍了经验。"]
    assert county_of_township_page(["杏坪镇与安吉县签订合作协议。", *own], load_registry().gazetteer) is None

# --- a body's year's plan of work named its 部署 ---------------------------------------------------------------------

def test_a_new_area_s_year_s_plan_named_its_deployment_is_titled_and_placed_by_its_text():
    # before: no title (…工作部署 closed no body's year's work); the page then read its place from its text, as now still
    found = page_metadata(ROUND13 / "cuiheng-2023-city-new-area-work-summary-city-portal.txt")
    assert (found.title, found.level, found.region) == ("翠亨新区2022年工作总结及2023年工作部署", "municipal", "中山")


def test_a_year_s_deployment_naming_no_maker_titles_nothing():
    # quiet: 2023年工作部署 alone names no body
    assert lines_metadata("2023年工作部署", "一、总体要求").title != "2023年工作部署"


def test_an_undashed_delivery_line_broken_after_its_session_dates_the_report():
    # before: no date — 2022年1月6日在苏尼特左旗第十六届 / 人民代表大会第一次会议上, read a line at a time
    found = page_metadata(ROUND14 / "sunitezuoqi-2022-banner-work-report-copy-site.txt")
    assert found.date.isoformat() == "2022-01-06"


# --- names in 《》 that name no document ------------------------------------------------------------------------------

def test_a_kind_of_document_after_a_qualifier_alone_is_no_citation():
    # before: 《工作方案》 cited — only 实施, 暂行, 若干, 管理 stood before a kind alone (now the vocabulary's
    # document_kind_qualifiers)
    found = lines_metadata("关于印发某某细则的通知", "根据《工作方案》要求，制定本细则。")
    assert found.citations == ()


def test_a_kind_of_document_named_after_its_place_or_matter_stays_cited():
    # quiet: 《安吉县工作方案》 names its place
    found = lines_metadata("关于印发某某细则的通知", "根据《安吉县工作方案》要求，制定本细则。")
    assert [c.title for c in found.citations] == ["安吉县工作方案"]


def test_the_page_naming_itself_is_no_citation_but_a_word_ending_with_its_lead_is_none():
    # the short-name leads are data now (short_name_leads, short_name_lead_words): 本《…》 the page itself, 日本《…》 a
    # country's law, cited
    assert lines_metadata("关于印发某某细则的通知", "按照本《实施细则》要求执行。").citations == ()
    found = lines_metadata("关于印发某某细则的通知", "参照日本《个人信息保护法》做法，制定本细则。")
    assert [c.title for c in found.citations] == ["个人信息保护法"]


# --- a land notice's number with round brackets ----------------------------------------------------------------------

def test_a_land_notice_number_with_its_year_in_round_brackets_reads_none():
    # decided: every real land notice held (沪青征地告〔2021〕第1018号, 沪(浦)…〔2022〕第14号, 沪(宝)…〔2025〕第28号,
    # 沪(奉)…〔2025〕第38号) prints its year in 〔〕 and none in the pages corpus prints it in round brackets, where 第N号
    # after a round-bracketed year is an announcement's issue or a court's case — so none is read, not one invented
    found = lines_metadata("上海市奉贤区人民政府征收土地公告", "沪(奉)征地告(2025)第38号", "根据《中华人民共和国土地管理法》规定。")
    assert found.doc_no is None
    found = lines_metadata("上海市奉贤区人民政府征收土地公告", "沪(奉)征地告〔2025〕第38号", "根据《中华人民共和国土地管理法》规定。")
    assert found.doc_no == "沪(奉)征地告〔2025〕第38号"

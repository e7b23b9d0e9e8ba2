"""Places blind round 10 (tests/fixtures/places-blind10, keyed in key.toml before the reader ran) and placement's
leftovers: the rules its pages and the leftovers showed, each with a case where it stays quiet."""

from __future__ import annotations

from pathlib import Path

from pilotplans.parsers.metadata import level_of
from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind10"
TO_PROVINCES = ("各省、自治区、直辖市党委和人民政府：", "现将有关事项通知如下。")
TO_DISTRICTS = ("各区人民政府，市政府各委、办、局：", "现将有关事项通知如下。")


# --- the Party's Central Committee listed before the State Council ----------------------------------------------------

def test_the_party_centre_and_the_state_council_listed_are_the_issuers():
    # before: no issuer and no level (中共中央 ends as no body's name does, so the list was read as none)
    found = lines_metadata("中共中央、国务院关于加快建设全国统一大市场的意见", *TO_PROVINCES)
    assert (found.issuer, found.level, found.region) == ("中共中央、国务院", "national", None)


def test_the_party_centre_s_and_the_state_council_s_offices_listed_are_national():
    found = lines_metadata("中共中央办公厅、国务院办公厅关于进一步优化营商环境的意见", *TO_PROVINCES)
    assert (found.issuer, found.level) == ("中共中央办公厅、国务院办公厅", "national")


def test_places_listed_before_about_are_still_no_issuers():
    # quiet: 北京 and 天津 are places the registry knows, no central bodies
    assert lines_metadata("北京、天津关于深化某某合作的通知", *TO_DISTRICTS).issuer is None


# --- the state's government -------------------------------------------------------------------------------------------

def test_the_state_s_government_is_national():
    # before: no level (中华人民共和国政府: the State Council under the name it declares in, read as no body)
    found = page_metadata(ROUND / "baselines-1996-state-declaration-government-name-law-site.txt")
    assert found.level == "national"


def test_the_state_s_government_reads_as_the_state_council():
    assert level_of("中华人民共和国政府") == level_of("国务院") == "national"


def test_the_state_s_name_before_a_place_s_office_still_says_no_level():
    # quiet: 中华人民共和国广州海关 is a place's customs office
    assert level_of("中华人民共和国广州海关") is None


# --- a notice addressed to every province -----------------------------------------------------------------------------

def test_a_notice_addressed_to_every_province_is_national():
    # before: no level (全国残疾人康复工作办公室, 全康办, named by no central word; only a central body addresses every
    # province's office)
    found = page_metadata(ROUND / "rehab-2007-national-office-under-federation-law-site-no-signature.txt")
    assert (found.doc_no, found.level, found.region) == ("全康办〔2007〕9号", "national", None)


def test_a_province_addressing_its_cities_is_not_national():
    # quiet: 各省辖市 (河南's cities under the province) opens with 各省 too
    found = lines_metadata("关于印发某某办法的通知", "各省辖市人民政府，省人民政府各部门：", "现印发给你们。")
    assert found.level is None


# --- a one-character 简称 other places' names open with too -----------------------------------------------------------

def test_a_province_s_abbreviation_some_counties_share_places_its_government():
    # before: no region (鲁 opens 鲁山县's and 鲁甸县's names too; no county's government speaks as a province's)
    found = lines_metadata("省人民政府关于做好某某工作的通知", "鲁政发〔2020〕3号", "各市人民政府：", "现将有关事项通知如下。")
    assert (found.level, found.region) == ("provincial", "山东")


def test_an_autonomous_region_s_abbreviation_places_its_government():
    found = lines_metadata("自治区人民政府关于做好某某工作的通知", "桂政发〔2020〕3号", "各市、县人民政府：",
                           "现将有关事项通知如下。")
    assert (found.level, found.region) == ("provincial", "广西")


def test_a_municipality_s_abbreviation_places_its_government_addressing_its_districts():
    # before: no region (京山市, a county-level city whose government is a 市人民政府 too, opens with 京)
    found = lines_metadata("市人民政府关于做好某某工作的通知", "京政发〔2020〕3号", *TO_DISTRICTS)
    assert (found.level, found.region) == ("municipal", "北京")


def test_chongqing_s_abbreviation_places_its_government_addressing_its_districts_and_counties():
    # before: no region (渝中区, 渝北区 and 新余's 渝水区 open with 渝)
    found = lines_metadata("市人民政府关于做好某某工作的通知", "渝府发〔2020〕3号", "各区县（自治县）人民政府：",
                           "现将有关事项通知如下。")
    assert (found.level, found.region) == ("municipal", "重庆")


def test_a_municipality_s_abbreviation_over_a_notice_to_towns_places_nothing():
    # quiet: a government addressing its towns and streets is a county-level city's (京山市 too prints 京)
    found = lines_metadata("市人民政府关于做好某某工作的通知", "京政发〔2020〕3号", "各镇人民政府、街道办事处：",
                           "现将有关事项通知如下。")
    assert (found.level, found.region) == ("municipal", None)


def test_a_province_s_abbreviation_two_cities_share_places_no_city_s_office():
    # quiet: 吉 opens 吉林市's and 吉安市's names, both prefecture-level cities speaking at the city's level
    found = lines_metadata("市人民政府办公室关于做好某某工作的通知", "吉政办发〔2020〕3号", *TO_DISTRICTS)
    assert found.region is None


def test_a_province_s_abbreviation_under_a_city_s_word_places_nothing():
    # quiet: 鲁政发 is a province's series; a city's government over it is placed by nothing
    found = lines_metadata("市人民政府关于做好某某工作的通知", "鲁政发〔2020〕3号", *TO_DISTRICTS)
    assert found.region is None


# --- a joint document of several places -------------------------------------------------------------------------------

def test_two_cities_governments_issuing_together_place_it_nowhere():
    # before: region 北京 (the first listed: silent wrong output — the document is 天津's as much)
    found = lines_metadata("北京市人民政府、天津市人民政府关于印发某某方案的通知", *TO_DISTRICTS)
    assert (found.issuer, found.level, found.region) == ("北京市人民政府、天津市人民政府", "municipal", None)


def test_two_districts_of_one_city_issuing_together_place_it_nowhere():
    # before: region 南京市鼓楼区; their city 南京 would make a district's document a city's
    found = lines_metadata("南京市鼓楼区人民政府、南京市玄武区人民政府关于印发某某方案的通知", "各街道办事处：",
                           "现将有关事项通知如下。")
    assert (found.level, found.region) == ("county", None)


def test_a_place_s_party_committee_and_government_issuing_together_place_it():
    # quiet: one place's two bodies
    found = lines_metadata("中共惠州市委、惠州市人民政府关于某某工作的决定", "各县（区）人民政府：", "现将有关事项通知如下。")
    assert (found.level, found.region) == ("municipal", "惠州")


def test_a_township_s_party_committee_and_government_place_their_district():
    # quiet: 来苏镇's committee and government name one district, 永川区, the region; the level is the township's own
    # (read county before the township level existed)
    found = page_metadata(ROUND / "laisu-2021-township-party-and-government-joint-notice-district-info-table.txt")
    assert (found.issuer, found.level, found.region) == (
        "中共重庆市永川区来苏镇委员会、重庆市永川区来苏镇人民政府", "township", "永川区")


def test_a_county_named_alone_beside_a_city_keeps_the_first_place():
    # quiet: 沙县 named without its city may lie in 三明, the body beside it: not several places for sure
    found = lines_metadata("中共沙县县委、三明市人民政府关于印发某某方案的通知", "各乡镇人民政府：", "现将有关事项通知如下。")
    assert found.region == "沙县"


# --- a wiki's lead dating the issuing by its month --------------------------------------------------------------------

def test_a_lead_dated_by_its_month_names_the_issuers_and_their_province():
    # before: no issuer, level or place (only 近日, 日前 and 近期 opened a report of the issuing)
    found = page_metadata(ROUND / "shanxi-2023-party-and-government-offices-rules-wiki-traditional.txt")
    assert (found.title, found.issuer, found.level, found.region) == (
        "山西省鄉村振興責任制實施細則", "中共山西省委辦公廳、山西省人民政府辦公廳", "provincial", "山西")


def test_a_preamble_dated_by_its_month_citing_what_it_carries_out_names_no_issuer():
    # quiet: the plan's own preamble cites the document it carries out (结合我市实际，制定本方案)
    found = lines_metadata("2023年12月，省政府印发《某某省促进消费若干措施》。为贯彻落实上述措施，结合我市实际，制定本方案。",
                           "一、工作目标")
    assert (found.title, found.issuer) == (None, None)


# --- a sample-text site's pieces on one page --------------------------------------------------------------------------

def test_a_page_s_second_piece_is_not_its_document():
    # before: title 第二篇省人民政府关于同意盘县乡镇行政区划调整的批复, issuer 第二篇省人民政府, region 第二篇 (silent wrong
    # output: the second piece, 贵州's reply, read with its mark as the page's document, and the mark as a place)
    # (meta45: the first piece's signer over its template date, 湖南省民政厅, places it in 湖南 — its own province)
    found = page_metadata(ROUND / "huayuan-20xx-province-department-reply-to-prefecture-township-merger-template-date.txt")
    assert (found.title, found.doc_no, found.region) == (None, None, "湖南")


def test_an_outline_s_parts_under_its_title_are_one_document():
    # quiet: 第一篇 and 第二篇 under the outline's title are its parts; its signature after them is read
    found = lines_metadata("某某市国民经济和社会发展第十四个五年规划纲要", "第一篇", "开启全面建设新征程", "第二篇",
                           "坚持创新驱动发展", "某某市人民政府", "2021年3月1日")
    assert (found.title, found.issuer) == ("某某市国民经济和社会发展第十四个五年规划纲要", "某某市人民政府")


def test_a_joint_document_numbered_in_its_lead_s_series_is_the_lead_s():
    # quiet: 川办发 is 四川's offices' series — the lead issuer numbers a joint document (prose-blind18's 成渝 plan)
    found = lines_metadata("四川省人民政府办公厅、重庆市人民政府办公厅关于印发《成渝地区双城经济圈优化营商环境方案》的通知",
                           "川办发〔2022〕7号", "各市（州）、区（县）人民政府：", "现将有关事项通知如下。")
    assert (found.level, found.region) == ("provincial", "四川")


# --- a district's announcement of its draft ---------------------------------------------------------------------------

ANNOUNCED = "为规范某某工作，区司法局起草了《{0}某某管理办法（征求意见稿）》，现向社会公开征求意见。"


def test_an_announcement_of_a_district_s_draft_is_the_district_s():
    # before: no level or place (a 公告 names its maker in its text, if anywhere; the draft it quotes was not read)
    found = lines_metadata("关于公开征求《闵行区某某管理办法（征求意见稿）》意见的公告", ANNOUNCED.format("闵行区"), "特此公告。")
    assert (found.level, found.region) == ("county", "闵行区")


def test_an_announcement_of_a_draft_titled_after_a_district_several_cities_bear_places_nothing():
    # quiet: 鼓楼区 is 南京's, 福州's, 开封's and 徐州's
    found = lines_metadata("关于公开征求《鼓楼区某某管理办法（征求意见稿）》意见的公告", ANNOUNCED.format("鼓楼区"), "特此公告。")
    assert (found.level, found.region) == (None, None)


def test_an_announcement_speaking_as_a_city_of_a_draft_on_its_mining_area_places_nothing():
    # quiet: 矿区 is 阳泉's district and a word for any town's mining area; the page speaks as a city (我市)
    found = lines_metadata("关于公开征求《矿区生态修复管理办法（征求意见稿）》意见的公告",
                           "为推进我市矿区生态修复，市自然资源局起草了本办法，现向社会公开征求意见。", "特此公告。")
    assert (found.level, found.region) == (None, None)


# --- review: the every-province line of a forwarded notice ------------------------------------------------------------

def test_a_notice_forwarding_a_central_one_is_not_national_by_the_forwarded_addressee_line():
    # before: national (the forwarded notice's 各省、自治区、直辖市… line under the page's own 各市、县人民政府： read as
    # the page's addressee line: silent wrong output — a province's or city's forwarding notice)
    found = lines_metadata("关于转发国务院办公厅关于某某工作的通知", "各市、县人民政府：",
                           "现将《国务院办公厅关于某某工作的通知》转发给你们，请认真贯彻执行。", "国务院办公厅关于某某工作的通知",
                           "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", "现将有关事项通知如下。")
    assert found.level is None


def test_a_notice_whose_own_addressee_line_is_every_province_s_stays_national():
    # quiet: the first addressee line is every province's, lines above it no addressee line
    found = lines_metadata("关于印发某某办法的通知", "某康办〔2007〕9号", "各省、自治区、直辖市残疾人康复工作办公室：",
                           "现将《某某办法》印发给你们。", "各市、县人民政府：")
    assert found.level == "national"


# --- review: one place's bodies written once with their parent's name and once without --------------------------------

def test_a_district_s_committee_named_with_its_city_and_its_government_without_keep_the_district():
    # before: no region (重庆市永川区 and 永川区 counted as two districts: silent loss of the place main read)
    found = lines_metadata("中共重庆市永川区委、永川区人民政府关于印发某某方案的通知", "各镇人民政府、街道办事处：",
                           "现将有关事项通知如下。")
    assert (found.level, found.region) == ("county", "永川区")


def test_a_city_s_government_printed_after_its_province_beside_its_committee_keeps_the_city():
    # before: no region (广东省惠州市人民政府 counted as 广东's, beside 中共惠州市委 as 惠州's: two places)
    found = lines_metadata("中共惠州市委、广东省惠州市人民政府关于某某工作的决定", "各县（区）人民政府：",
                           "现将有关事项通知如下。")
    assert (found.level, found.region) == ("municipal", "惠州")


def test_a_province_s_government_beside_a_city_s_still_places_nothing():
    # quiet: 广东省人民政府 names no city after its province: two places' governments
    found = lines_metadata("广东省人民政府、广州市人民政府关于印发某某方案的通知", "各区人民政府：", "现将有关事项通知如下。")
    assert found.region is None


# --- review: an outline opening its page with 第一篇 ------------------------------------------------------------------

def test_an_outline_opening_its_page_with_its_first_part_keeps_its_signature():
    # before: no issuer, date or level (the lines from 第二篇 on were cut as another document's, the outline's own
    # signature with them: main read 某某市人民政府, 2021-03-01)
    found = lines_metadata("第一篇", "开启全面建设新征程", "第二篇", "坚持创新驱动发展", "某某市人民政府", "2021年3月1日")
    assert (found.issuer, found.level) == ("某某市人民政府", "municipal")
    assert str(found.date) == "2021-03-01"


def test_a_second_piece_opening_with_a_document_s_title_is_still_cut():
    # quiet: 第二篇 over 省人民政府关于… is another document's start
    found = lines_metadata("第一篇", "某某州人民政府：", "你州的请示收悉。", "湖南省民政厅", "2020年11月30日", "第二篇",
                           "省人民政府关于同意某县乡镇行政区划调整的批复", "某某市人民政府：")
    assert found.title is None and "第二篇" not in (found.issuer or "")


# --- review: a plan's background dated by its month --------------------------------------------------------------------

def test_a_background_dated_by_its_month_narrating_what_came_of_a_document_names_no_issuer():
    # before: title 某某省自由贸易试验区总体方案, issuer 省政府 (the cited document's, read as the untitled page's: silent wrong
    # output; main read neither)
    found = lines_metadata("2018年11月，省政府印发《某某省自由贸易试验区总体方案》，试验区建设正式启动。", "一、总体要求",
                           "（一）指导思想")
    assert (found.title, found.issuer) == (None, None)


def test_a_lead_dated_by_its_month_ending_with_the_document_is_still_a_report():
    # quiet: the lead says what was issued and nothing more
    found = lines_metadata("2023年12月，中共山西省委办公厅、山西省人民政府办公厅发布《山西省某某实施细则》。", "第一章 总则")
    assert (found.title, found.issuer, found.region) == (
        "山西省某某实施细则", "中共山西省委办公厅、山西省人民政府办公厅", "山西")

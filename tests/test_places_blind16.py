"""Places blind round 16 (tests/fixtures/places-blind16, keyed in key.toml before the reader ran) and the leftovers of
earlier rounds the brief named: the rules they showed, each with a case where it stays quiet."""

from __future__ import annotations

from pathlib import Path

from pilotplans.normalizers.delivery_place import place_of_delivery
from pilotplans.normalizers.registry import load_registry
from pilotplans.normalizers.township_page import county_of_township_page
from pilotplans.parsers.info_rows import info_labels
from pilotplans.parsers.metadata import number_line
from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind16"
ROUND15 = Path(__file__).parent / "fixtures" / "places-blind15"

TIANMEN_GAZETTE = ROUND / "tianmen-2025-province-administered-city-office-notice-gazette-city-portal.txt"


# --- a site's table copied a cell to a line, its empty cells lost ---------------------------------------------------------

def test_stacked_labels_of_a_table_whose_empty_cells_were_lost_are_its_rows():
    # before: the issuer `发布日期` (a label read as 效力状态's value), the number run into the title, no place
    found = page_metadata(TIANMEN_GAZETTE)
    assert found.issuer == "市人民政府办公室"
    assert found.title == "市人民政府办公室关于做好《加强天门河流域生态环境综合治理的议案》办理工作的通知"


def test_a_label_word_alone_among_the_text_s_lines_is_no_row():
    # quiet: 主题 alone with no label or row beside it is a heading of the text, kept as its line
    found = lines_metadata("市人民政府关于加强防汛工作的通知", "主题", "为做好今年防汛工作，现就有关事项通知如下。")
    assert found.title == "市人民政府关于加强防汛工作的通知"
    assert found.issuer == "市人民政府"


# --- a 文号 that lost its 号 -------------------------------------------------------------------------------------------------

def test_a_number_alone_on_its_line_without_its_hao_is_the_number():
    assert page_metadata(TIANMEN_GAZETTE).doc_no == "天政办发〔2025〕4"
    assert number_line("天政办发〔2025〕4") == "天政办发〔2025〕4"


def test_a_year_and_figures_not_alone_or_in_another_bracket_are_no_number():
    assert number_line("天政办发〔2025〕4文件") is None  # words after it
    assert number_line("〔2025〕4") is None  # no letters
    assert number_line("天政办发(2025)4") is None  # a year in round brackets, no 号: any text's


# --- a gazette's name with its issue places what it prints ---------------------------------------------------------------

def test_a_gazette_named_by_its_government_places_a_notice_naming_its_issuer_by_kind():
    # before: no place; 市人民政府办公室 read at a city's level. 天门 is a county-level city under 湖北 directly.
    found = page_metadata(TIANMEN_GAZETTE)
    assert (found.level, found.region, found.region_named_in) == ("county", "天门市", "masthead")


def test_a_gazette_named_by_no_body_places_nothing():
    # quiet: 湖南政报 names a province's short name, no body
    found = lines_metadata("湖南政报2025第2号(总号:53)", "市人民政府办公室关于做好防汛工作的通知", "各县市区人民政府:",
                           "现就有关事项通知如下。")
    assert found.region is None


# --- a delivery line whose day stands apart under it -------------------------------------------------------------------

def test_a_dashed_delivery_line_without_its_day_names_the_congress_s_place():
    # before: no place — the session line had no day (printed under it in brackets) and lacks 次 (第一会议上)
    found = place_of_delivery(["——在东乌珠穆沁旗第十六届人民代表大会第一会议上", "(2022年1月5日)"],
                              load_registry().gazetteer)
    assert found is not None and found[1].name == "东乌珠穆沁旗"
    page = page_metadata(ROUND / "dongwuqi-2022-banner-work-report-speaker-line-banner-portal.txt")
    assert (page.level, page.date.isoformat()) == ("county", "2022-01-05")


def test_a_line_with_neither_dash_nor_day_is_no_delivery_line():
    # quiet: 在…会议上 opens any sentence
    assert place_of_delivery(["在东乌珠穆沁旗第十六届人民代表大会第一次会议上"], load_registry().gazetteer) is None


# --- an issuer row naming an office by its kind alone; the speaker's line names the report's government -----------------

def test_an_issuer_row_naming_an_office_by_its_kind_alone_names_no_issuer():
    # before: 宁波's zone report was issued by `区办公室`, its 发布机构 row
    assert page_metadata(ROUND15 / "ningbo-2009-separately-planned-city-hightech-zone-summary-zone-portal.txt").issuer is None
    labels = info_labels()
    assert labels.names_office_alone("区办公室") and labels.names_office_alone("政研室")


def test_an_issuer_row_naming_its_body_s_office_is_that_office():
    # quiet: 州政府办公室, 县政府研究室 say whose office they are
    labels = info_labels()
    assert not labels.names_office_alone("州政府办公室")
    assert not labels.names_office_alone("县政府研究室")
    assert not labels.names_office_alone("市委办公室")


def test_an_issuer_row_naming_the_congress_s_or_conference_s_office_is_that_office():
    # quiet: 人大, 政协, 党政, 法制, 扶贫, 地方志 before 办公室 say whose office it is, as 政府 does (before: each row gave
    # no issuer, and 市人大办公室's notice lost its city's level)
    labels = info_labels()
    for office in ("市人大办公室", "县政协办公室", "镇党政办公室", "县法制办公室", "县扶贫办公室", "市地方志办公室"):
        assert not labels.names_office_alone(office), office
    found = lines_metadata("信息名称：关于做好代表建议办理工作的通知", "发布机构：市人大办公室", "关于做好代表建议办理工作的通知",
                           "各单位：", "现将有关事项通知如下。")
    assert (found.issuer, found.level) == ("市人大办公室", "municipal")
    found = lines_metadata("信息名称：关于做好委员提案办理工作的通知", "发布机构：县政协办公室", "关于做好委员提案办理工作的通知",
                           "各乡镇：", "现将有关事项通知如下。")
    assert found.issuer == "县政协办公室"


def test_the_speaker_s_line_names_the_government_its_report_speaks_for():
    # before: `政研室`, the 发文机构 row; the speech says 我代表区人民政府, its speaker line 铜川市王益区人民政府区长 王春梅
    found = page_metadata(ROUND15 / "wangyi-2010-district-work-report-rows-dated-later-city-portal.txt")
    assert found.issuer == "铜川市王益区人民政府"
    banner = page_metadata(ROUND / "dongwuqi-2022-banner-work-report-speaker-line-banner-portal.txt")
    assert banner.issuer == "东乌旗人民政府"


def test_a_government_named_by_its_level_word_that_no_line_places_is_no_issuer():
    # quiet: 海南区's report prints no speaker line; 我代表区人民政府 alone names no body a reader can place
    found = page_metadata(ROUND15 / "hainanqu-2010-district-named-as-a-province-work-report-district-portal.txt")
    assert found.issuer is None
    assert found.region == "海南区"


# --- a township's page placed only by a county it ties to the township --------------------------------------------------

def test_a_street_page_naming_a_county_only_in_its_own_sentences_places_no_county():
    # quiet: before, 淄川区 named twice in sentences of its own placed 体育场街道's page there (places-blind15's left kind)
    texts = ["体育场街道党工委召开会议。", "体育场街道组织学习。", "淄川区召开经济工作会议。", "淄川区领导讲话。",
             "体育场街道党工委书记表示。"]
    assert county_of_township_page(texts, load_registry().gazetteer) is None


def test_a_street_page_tying_its_county_to_the_street_is_placed_there():
    # fires: one sentence names the street and the county whose campaign it carries out
    texts = ["体育场街道党工委召开会议，贯彻落实淄川区会议精神。", "体育场街道组织学习。", "淄川区领导讲话。",
             "体育场街道党工委书记表示。"]
    found = county_of_township_page(texts, load_registry().gazetteer)
    assert found is not None and found[1].name == "淄川区"
    street = page_metadata(Path(__file__).parent / "fixtures" / "places-blind14"
                           / "tiyuchang-2023-district-street-study-visit-news-copy-site.txt")
    assert (street.level, street.region) == ("township", "张店区")


# --- a joint notice's issuers listed on one line over its title ---------------------------------------------------------

def test_issuers_listed_on_one_line_over_the_title_issue_it_jointly():
    # before: no issuer, no level — the law site prints 财政部、司法部 between the title's copies
    found = page_metadata(ROUND / "caizheng-sifa-1990-two-ministries-joint-notice-law-site.txt")
    assert (found.issuer, found.level, found.region) == ("财政部、司法部", "national", None)


def test_a_sentence_listing_bodies_over_a_title_issues_nothing():
    # quiet: a list with a sentence's words after it is no line of names
    found = lines_metadata("关于返还问题的通知", "市发展改革委、市财政局按职责分工负责", "关于返还问题的通知",
                           "现将有关问题通知如下:")
    assert found.issuer is None


def test_a_speaker_s_line_run_into_the_opening_sentence_names_the_government_in_full():
    # before: 东城区人民政府, the opening sentence's name — the line 北京市东城区人民政府区长 ran into it on one line
    found = page_metadata(Path(__file__).parent / "fixtures" / "places-blind13"
                          / "dongcheng-2015-municipality-district-work-report-essay-site.txt")
    assert found.issuer == "北京市东城区人民政府"


def test_a_government_named_in_full_with_no_post_after_it_is_no_speaker_s_line():
    # quiet: 根据北京市东城区人民政府的部署 names the government in a sentence, no head's post after it
    found = lines_metadata("政府工作报告", "根据北京市东城区人民政府的部署，现在，我代表东城区人民政府，向大会报告工作。")
    assert found.issuer == "东城区人民政府"

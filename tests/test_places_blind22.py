"""Places blind round 22 (tests/fixtures/places-blind22, keyed in key.toml before the reader ran): the rules its misses
showed, each with a case where it stays quiet."""

from __future__ import annotations

from pathlib import Path

from pilotplans.parsers.info_rows import bracketed_rows_apart
from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind22"

_SHANGHAI = ROUND / "shanghai-2025-commission-reply-to-deputy-number-in-headline-bracket.txt"
_REPLY = "对市十六届人大三次会议第0276号代表建议的答复"


# --- a headline closed by a bracket holding the site's rows -----------------------------------------------------------

def test_a_headline_closed_by_a_bracket_of_the_site_s_rows_is_the_title_and_the_rows_are_read():
    # before: no title, no 文号 (the headline and its bracket one line, which opens with no title's words)
    found = page_metadata(_SHANGHAI)
    assert (found.title, found.doc_no) == (_REPLY, "沪发改开放建〔2025〕10号")


def test_the_bracket_is_parted_from_the_headline_it_closes():
    line = f"{_REPLY} (发布日期:2025年05月12日 文号:沪发改开放建〔2025〕10号)"
    assert bracketed_rows_apart(line) == [_REPLY, "发布日期:2025年05月12日 文号:沪发改开放建〔2025〕10号"]


def test_a_bracket_holding_one_row_or_none_stays_in_its_line():
    # quiet: a draft's or a revision's note, a publication note, one labelled row, words before the first label, a
    # bracket with nothing before it
    lines = ["关于印发某方案的通知(征求意见稿)", "某某管理办法(2023年修订)", "关于印发某方案的通知（此件公开发布）",
             "关于某建议的答复(文号:沪发改〔2025〕1号)", "关于某建议的答复(根据文号:沪发改〔2025〕1号 发布日期:2025年05月12日)",
             "(发布日期:2025年05月12日 文号:沪发改开放建〔2025〕10号)"]
    assert [bracketed_rows_apart(line) for line in lines] == [[line] for line in lines]


def test_a_title_closed_by_a_bracket_of_years_or_of_a_revision_s_note_with_a_colon_stays_whole():
    # quiet: a plan's period, and a revision's note whose one colon is no second row (review of places23)
    lines = ["某市国民经济和社会发展第十四个五年规划纲要(2021—2025年)", "某某管理办法(试行)(修订稿：第二版)",
             "某某管理办法(修订稿：第二版 征求意见稿：2025年)"]
    assert [bracketed_rows_apart(line) for line in lines] == [[line] for line in lines]


# --- a municipality's department's series over a page printing no issuer ------------------------------------------------

def test_a_reply_numbered_in_a_municipality_s_department_series_and_speaking_as_its_city_is_the_municipality_s():
    # before: no level, no place (a 文号 placed only a bare government's issuer, 市政府 over 沪府发)
    found = page_metadata(_SHANGHAI)
    assert (found.issuer, found.level, found.region) == (None, "municipal", "上海")


_REPLY_TEXT = ("李永杰代表:", "  您提出的建议收悉,经研究,现将办理情况答复如下:", "  综合保税区是我市开放型经济发展的重要平台。")


def test_a_municipality_s_series_written_as_lines_places_the_page_at_it():
    found = lines_metadata(_REPLY, "沪发改开放建〔2025〕10号", *_REPLY_TEXT)
    assert (found.level, found.region) == ("municipal", "上海")


def test_a_municipality_s_short_name_another_place_s_series_opens_with_places_nothing():
    # quiet: 京 opens 京山市's series, 津 津市's, 渝 渝中区's and 渝北区's (whose pages speak of 我市, their municipality)
    found = [lines_metadata(_REPLY, number, *_REPLY_TEXT)
             for number in ("京发改〔2025〕10号", "津发改〔2025〕10号", "渝发改〔2025〕10号")]
    assert [(m.level, m.region) for m in found] == [(None, None)] * 3


def test_a_municipality_s_series_over_a_page_speaking_as_no_city_or_as_a_province_places_nothing():
    # quiet: a page never saying 我市 or 本市, and one speaking as 我省 (no municipality's page)
    silent = lines_metadata(_REPLY, "沪发改开放建〔2025〕10号", "李永杰代表:", "  综合保税区是开放型经济发展的重要平台。")
    provincial = lines_metadata(_REPLY, "沪发改开放建〔2025〕10号", "李永杰代表:", "  综合保税区是我省开放型经济的平台,我市…")
    assert [(m.level, m.region) for m in (silent, provincial)] == [(None, None), (None, None)]


def test_a_province_s_department_series_over_a_page_speaking_as_a_city_places_nothing():
    # quiet: 苏发改 is 江苏's commission's; a page of it speaking as 我市 is no municipality's
    found = lines_metadata(_REPLY, "苏发改开放〔2025〕10号", *_REPLY_TEXT)
    assert (found.level, found.region) == (None, None)


def test_a_municipality_s_series_over_a_signed_page_leaves_it_to_its_signature():
    # quiet: a page signed by another place's body is placed by its signature, never by this rule
    found = lines_metadata("关于某事项的通知", "沪发改开放建〔2025〕10号", "  现将有关事项通知如下:我市…", "杭州市发展和改革委员会",
                           "2025年5月12日")
    assert (found.issuer, found.level, found.region) == ("杭州市发展和改革委员会", "municipal", "杭州")


def test_a_municipality_s_district_s_series_or_a_page_speaking_as_a_district_places_nothing():
    # quiet (review of places23): 沪浦 numbers 浦东新区's bodies' papers; a district's reply says 我区 of itself and 本市
    # of its municipality
    district = lines_metadata(_REPLY, "沪浦发改〔2025〕10号", *_REPLY_TEXT)
    speaking = lines_metadata(_REPLY, "沪发改开放建〔2025〕10号", "李永杰代表:", "  综合保税区是我区开放型经济的平台,本市…")
    assert [(m.level, m.region) for m in (district, speaking)] == [(None, None), (None, None)]


def test_a_municipality_s_series_shared_with_another_province_places_nothing():
    # quiet (review of places23): 沪苏 opens a series two places share
    found = lines_metadata(_REPLY, "沪苏同城〔2025〕1号", *_REPLY_TEXT)
    assert (found.level, found.region) == (None, None)


def test_a_municipality_s_series_over_a_page_naming_another_city_places_nothing():
    # quiet (review of places23): a page of 苏州 speaking as 我市 may print the number of the municipality's paper
    found = lines_metadata("关于做好综合保税区发展工作的通知", "沪发改开放〔2024〕5号", "各有关单位:",
                           "  苏州工业园区综合保税区是我市开放型经济发展的重要平台。")
    assert (found.doc_no, found.level, found.region) == ("沪发改开放〔2024〕5号", None, None)


# --- a city's bodies going on a visit, one named by the city's word alone among them -----------------------------------

_MEIZHOU = ROUND / "meizhou-2023-city-paper-zone-study-visit-to-partner-city-zone.txt"


def test_a_city_paper_s_news_of_its_bodies_visiting_another_city_s_zone_is_placed_at_the_visitors_city():
    # before: none (汕头, visited, named as often as 梅州, made the page no one city's)
    found = page_metadata(_MEIZHOU)
    assert (found.level, found.region, found.region_named_in) == ("municipal", "梅州", "visitors")


def test_visitors_naming_their_city_beside_its_own_bodies_by_the_city_s_word_place_the_page():
    found = lines_metadata("本报讯 日前,梅州海关、市商务局等单位组成考察组赴汕头综保区学习考察。",
                           "考察组详细了解汕头综保区的发展历程。")
    assert (found.level, found.region) == ("municipal", "梅州")


def test_visitors_naming_no_place_or_two_places_place_nothing():
    # quiet: 市商务局 alone visiting 深圳 (whose city is unsaid), two cities' customs among the visitors
    alone = lines_metadata("本报讯 日前,市商务局赴深圳考察学习,深圳的经验值得借鉴。")
    two = lines_metadata("本报讯 日前,梅州海关、汕头海关、市商务局赴广州调研。")
    assert [(m.level, m.region) for m in (alone, two)] == [(None, None), (None, None)]


def test_visitors_with_a_province_s_body_or_no_body_by_the_city_s_word_place_nothing():
    # quiet: a province's news may list a city's bodies beside its own; a vertical body alone says no page's city
    provincial = lines_metadata("本报讯 日前,省商务厅、梅州海关、市商务局赴汕头学习考察。")
    vertical = lines_metadata("本报讯 日前,梅州海关赴汕头综保区学习考察。")
    assert [(m.level, m.region) for m in (provincial, vertical)] == [(None, None), (None, None)]


def test_a_page_naming_a_place_neither_the_visitors_nor_visited_places_nothing():
    # quiet: a partner met elsewhere (与深圳合作) or another city named (广州) beside the visit
    partner = lines_metadata("本报讯 日前,梅州海关、市商务局赴汕头综保区学习考察。", "双方表示将与深圳合作。")
    other = lines_metadata("本报讯 日前,梅州海关、市商务局赴汕头综保区学习考察。", "广州客商也参加了活动。")
    assert [(m.level, m.region) for m in (partner, other)] == [(None, None), (None, None)]


def test_visitors_coming_to_the_page_s_place_go_on_no_visit():
    # quiet: 来 brings them to the host's page (汕头's), which the visitors' city never places
    found = lines_metadata("本报讯 日前,梅州海关、市商务局等单位来汕头综保区考察学习。")
    assert (found.level, found.region) == (None, None)


def test_a_city_s_departments_visiting_its_own_zone_across_a_comma_place_the_page_at_their_city():
    # left by places23, read since places24 (tests/test_places_blind23.py): the text's visit 赴镇江综合保税区,调研… closes
    # right after the comma parting the place from what the visit is for; its visitors (市商务局、镇江海关…) are 镇江's
    found = page_metadata(ROUND / "zhenjiang-2017-city-departments-visit-zone-company-site-headline.txt")
    assert (found.level, found.region, found.region_named_in) == ("municipal", "镇江", "visitors")


def test_a_province_s_group_visiting_in_any_clause_of_the_page_places_nothing():
    # quiet (review of places23): the province's news lists the city's bodies in a visit of their own
    found = lines_metadata("本报讯 日前,省商务厅率调研组赴汕头综保区调研。", "梅州海关、市商务局等单位赴汕头综保区学习考察。")
    assert (found.level, found.region) == (None, None)


def test_a_county_level_city_among_the_visitors_places_nothing():
    # quiet (review of places23): beside 兴宁市商务局, 市发改局 may be 兴宁's own, a county's body, not 梅州's
    found = lines_metadata("本报讯 日前,兴宁市商务局、市发改局等单位赴汕头综保区学习考察。")
    assert (found.level, found.region) == (None, None)


def test_a_headline_naming_the_visited_city_alone_places_nothing():
    # quiet (review of places23): 汕头综保区迎来考察团 is the host's news, whoever the visitors are
    found = lines_metadata("汕头综保区迎来考察团", "本报讯 日前,梅州海关、市商务局等单位组成考察组赴汕头综保区学习考察。")
    assert (found.level, found.region) == (None, None)

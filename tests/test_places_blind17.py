"""Places blind round 17 (tests/fixtures/places-blind17, keyed in key.toml before the reader ran) and the leftovers of
earlier rounds the brief named: the rules they showed, each with a case where it stays quiet."""

from __future__ import annotations

from pathlib import Path

import pytest

from pilotplans.errors import PilotplansError
from pilotplans.normalizers.corps import corps_data, divisions_named, place_of_corps_text
from pilotplans.normalizers.delivery_place import place_of_delivery
from pilotplans.normalizers.place import named_places, visited_places
from pilotplans.normalizers.registry import load_registry
from pilotplans.parsers.metadata import number_line
from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind17"
ROUND16 = Path(__file__).parent / "fixtures" / "places-blind16"


def gazetteer():
    return load_registry().gazetteer


# --- the Corps: a division and its regiments place a page printing no head in the division's city -----------------------

def test_a_regiment_s_news_is_its_division_city_s():
    # before: no place — no regiment was in the gazetteer. 136团 is 第八师's, run as one with 石河子市.
    found = page_metadata(ROUND / "tuan136-2020-corps-regiment-meeting-news-division-city-paper.txt")
    assert (found.level, found.region, found.region_named_in, found.region_named_by) == ("county", "石河子市", "corps", "136团")


def test_a_division_written_before_its_city_places_the_city():
    # 十師北屯市 (traditional), its regiments 一八四團 and 一八五團: 第十师's, 北屯
    found = page_metadata(ROUND / "shi10-beitun-2020-corps-division-city-feature-traditional-news-portal.txt")
    assert (found.level, found.region, found.region_named_by) == ("county", "北屯市", "十师")


def test_a_regiment_written_after_its_division_is_that_division_s():
    # round 16's article: 六师一〇六团 → 五家渠 (第六师's city)
    found = page_metadata(ROUND16 / "tuan106-2018-corps-regiment-training-article-magazine.txt")
    assert (found.level, found.region) == ("county", "五家渠市")


def test_a_regiment_named_on_a_page_not_speaking_as_the_corps_places_nothing():
    # quiet: 136团 of an army's unit, no 团场, 师市 or 兵团: any army's regiment
    lines = ["某部136团开展实弹射击训练", "日前，某部136团组织官兵开展实弹射击训练，136团官兵士气高昂。"]
    assert place_of_corps_text(lines, gazetteer()) is None


def test_an_army_unit_s_companies_are_no_corps_word():
    # quiet (review): 连队 are any army's companies: 某部136团's training news is no 石河子 page (before: 石河子市)
    lines = ["某部136团组织连队开展实弹射击训练", "日前，某部136团组织各连队开展训练，136团官兵士气高昂。"]
    assert place_of_corps_text(lines, gazetteer()) is None


def test_a_war_history_s_numbered_army_group_and_regiments_place_nothing():
    # quiet (review): 第五兵团 is a war's army group and 第四十六团 an army's regiment (before: 图木舒克市, 第三师's 46团)
    lines = ["解放战争时期，第二野战军第五兵团第十六军……", "第四十六团、第四十八团在战斗中……第四十六团伤亡较大。"]
    assert place_of_corps_text(lines, gazetteer()) is None


def test_a_one_figure_group_is_no_regiment():
    # quiet (review): 1团 and 2团 are a drill's or a tour's groups, on a page naming the Corps' museum (before: 阿拉尔市)
    lines = ["军训期间，全校学生编为12个连队，分属1团、2团。", "1团和2团在兵团军垦博物馆参观。"]
    assert place_of_corps_text(lines, gazetteer()) is None


def test_the_corps_spoken_of_beside_two_regiments_places_their_division_s_city():
    # fires: 兵团 with nothing before it, and two regiments of 第八师 written in figures
    lines = ["按照兵团党委部署，136团召开会议。", "会上，136团、121团负责同志作了发言。"]
    assert place_of_corps_text(lines, gazetteer())[1].name == "石河子市"


def test_regiments_of_two_divisions_place_nothing():
    # quiet: 136团 (第八师) and 一〇六团 (第六师): whose page it is the text does not say
    lines = ["136团与一〇六团开展团场结对共建", "136团党委书记带队赴一〇六团学习连队建设经验。"]
    assert place_of_corps_text(lines, gazetteer()) is None


def test_a_bare_division_number_is_a_division_only_before_its_city_or_a_regiment():
    # quiet: 十师人 (the division's people, no city after) and 教师 are no division's name; 十师北屯市 and 十师一八四团 are
    named = [(written, division.number) for written, division in divisions_named("一代代十师人和教师，十师北屯市，十师一八四团",
                                                                                  gazetteer())]
    assert named == [("十师", 10), ("十师", 10), ("一八四团", 10)]


def test_a_word_after_a_regiment_s_number_making_it_no_regiment_is_passed_over():
    # quiet: 二十一团结 (…团结, a unity), 136团员 (League members)
    assert divisions_named("二十一团结一心，136团员", gazetteer()) == []


def test_a_regiment_listed_under_two_divisions_is_refused():
    text = ('corps_words = ["兵团"]\n[[division]]\nnumber = 6\ncity = "659004"\nregiments = [106]\n'
            '[[division]]\nnumber = 8\ncity = "659001"\nregiments = [106]\n')
    with pytest.raises(PilotplansError, match=r"^pilotplans/data/corps.toml: .*regiment 106 is listed under two divisions"):
        corps_data(text)


# --- a report's session line with neither dash nor day, under its own head --------------------------------------------

def test_a_session_line_under_the_report_s_own_head_names_its_congress():
    # before: no place — 在兰州市城关区第十七届人民代表大会第一次会议上 has neither dash nor day
    found = place_of_delivery(["20xx年兰州市城关区政府工作报告", "政 府 工 作 报 告", "在兰州市城关区第十七届人民代表大会第一次会议上",
                               "张国一", "20xx年10月11日"], gazetteer())
    assert found is not None and (found[0], found[1].name) == ("兰州市城关区", "城关区")
    page = page_metadata(ROUND / "chengguan-lanzhou-20xx-district-work-report-year-masked-essay-site.txt")
    assert (page.level, page.region, page.region_named_in) == ("county", "兰州市城关区", "delivery")


def test_a_session_line_under_any_other_line_is_no_delivery_line():
    # quiet: under a news sentence, 在…会议上 alone is any sentence's
    assert place_of_delivery(["记者从大会获悉。", "在兰州市城关区第十七届人民代表大会第一次会议上"], gazetteer()) is None


# --- a periodical database's mark opening the text --------------------------------------------------------------------

def test_a_number_run_into_the_addressees_after_a_periodical_mark_is_the_notice_s():
    # before: no number, level or place — <正> opened the line before 晋政办发[2017]108号
    found = page_metadata(ROUND / "shanxi-2017-province-office-notice-number-opens-abstract-periodical-site.txt")
    assert (found.doc_no, found.level, found.region, found.region_named_in) == (
        "晋政办发[2017]108号", "provincial", "山西", "doc_no_province")


def test_a_mark_inside_a_line_is_left_as_printed():
    # quiet: only a mark opening the line is the database's; one inside a sentence is the sentence's
    found = lines_metadata("论文部分内容阅读", "摘要<正>晋政办发[2017]108号各市、县人民政府:创建特色农产品优势区。")
    assert found.doc_no is None


# --- an addressee line naming the province's own departments ----------------------------------------------------------

def test_an_addressee_line_naming_the_province_s_departments_is_a_province_s():
    found = lines_metadata("各市、县人民政府，省人民政府各委、办、厅、局：", "现就有关事项通知如下。")
    assert found.level == "provincial"


@pytest.mark.parametrize("addressees", ["各省辖市人民政府，省直有关单位：", "根据省人民政府各部门职责分工："])
def test_addressees_naming_no_province_s_own_departments_say_no_level(addressees):
    # quiet: a province's cities (各省辖市), a sentence naming the departments
    assert lines_metadata(addressees, "现就有关事项通知如下。").level is None


def test_addressees_naming_a_city_s_own_departments_say_a_city_s_level_not_a_province_s():
    # quiet for the province's rule: a city's departments are no province's (since places-blind19 they say a city's level,
    # tests/test_places_blind19.py)
    assert lines_metadata("各区人民政府，市政府各委、办、局：", "现就有关事项通知如下。").level == "municipal"


# --- a 文号 that lost its 号, and a cross-reference --------------------------------------------------------------------------

def test_a_cross_reference_to_an_attachment_is_no_number():
    # before: 见附件〔2020〕3 read as a 文号 that lost its 号
    assert number_line("见附件〔2020〕3") is None
    assert number_line("详见附表〔2020〕3") is None


def test_a_series_without_its_hao_is_still_a_number():
    # quiet: an issuer's series
    assert number_line("天政办发〔2025〕4") == "天政办发〔2025〕4"


# --- a visit's 赴 standing as a word -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["全力以赴安吉县学习", "前赴后继安吉县学习", "提前往年安吉县学习"])
def test_fu_inside_an_idiom_opens_no_visit(text):
    # before: 全力以赴安吉县学习 read a visit to 安吉县
    assert visited_places(text, gazetteer()) == []


@pytest.mark.parametrize("text", ["组织干部分赴安吉县、余姚市考察学习", "工作组奔赴安吉县、余姚市考察学习"])
def test_a_verb_of_going_closing_with_fu_opens_a_visit(text):
    # fires (review): 分赴, 奔赴 go to the places named (the segmenter cuts them as words of two letters); the branch
    # read no visit in them, so the places visited could be taken for the page's own
    assert [place.name for _, place in visited_places(text, gazetteer())] == ["安吉县", "余姚市"]


def test_fu_standing_as_a_word_opens_a_visit():
    # quiet: 组织干部赴安吉县考察学习 is a visit
    assert [place.name for _, place in visited_places("组织干部赴安吉县考察学习", gazetteer())] == ["安吉县"]


# --- a county's two-character name alone --------------------------------------------------------------------------------

def test_a_two_character_county_standing_as_a_word_is_named():
    # before: 沁县 alone was passed over
    assert [p.name for p in named_places("为沁县建设多提发展良策", gazetteer())] == ["沁县"]
    found = page_metadata(ROUND16 / "qinxian-2016-county-photo-caption-news-newspaper.txt")
    assert (found.level, found.region, found.region_named_in) == ("county", "沁县", "text")


def test_a_two_character_county_inside_other_words_is_not_named():
    # quiet: 交易县域 holds 易县 as letters (交易 / 县域), 温和县委 和县 (温和 / 县委)
    assert named_places("推进交易县域经济", gazetteer()) == []
    assert named_places("温和县委", gazetteer()) == []



def test_a_two_character_county_opening_with_a_joining_word_opens_its_line():
    # fires: 和县人民政府办公室 names 和县 (马鞍山's)
    assert [p.name for p in named_places("和县人民政府办公室", gazetteer())] == ["和县"]


@pytest.mark.parametrize("text", ["各市和县人民政府", "建立省、市和县三级联动机制", "乡镇和县直部门"])
def test_and_joining_a_level_to_xian_names_no_county(text):
    # quiet (review): 和 joins a level to 县 (市和县 is "cities and counties"); the branch named 安徽's 和县 in each
    assert named_places(text, gazetteer()) == []


# --- a news headline saying who issued a document, and its lead -------------------------------------------------------

def test_a_headline_saying_two_provinces_issued_a_plan_is_no_title():
    # before: the site's headline 重庆四川两省市印发…联合实施方案 was the title and named no issuer
    found = page_metadata(ROUND16 / "chengyu-2021-two-provinces-joint-plan-news-portal.txt")
    assert found.title == "重庆四川两省市贯彻落实《成渝地区双城经济圈建设规划纲要》联合实施方案"
    assert found.issuer == "中共重庆市委、中共四川省委、重庆市人民政府、四川省人民政府"
    assert found.region is None


def test_a_notice_s_own_title_issuing_a_document_stays_the_title():
    # quiet: the notice's kind closes it
    title = "中共中央办公厅、国务院办公厅印发《关于加强新时代检察机关法律监督工作的意见》的通知"
    assert lines_metadata(title, "各省、自治区、直辖市党委和人民政府：").title == title


def test_a_lead_naming_no_body_before_its_time_word_names_no_issuer():
    # quiet: 记者日前从…获悉 names a reporter, no issuer
    found = lines_metadata("记者日前印发了《某某方案》的消息获悉", "为推动发展，制定如下措施。")
    assert found.issuer is None


# --- a township's own paper, its name masked --------------------------------------------------------------------------

def test_a_page_speaking_as_a_township_in_the_first_person_is_a_township_s():
    # before: no level — the copy masked its name (xx畲族乡), so no township is named three times
    found = page_metadata(ROUND / "ninghua-2019-she-ethnic-township-progress-report-doc-site.txt")
    assert found.level == "township"


@pytest.mark.parametrize("lines", [("我乡地处山区，交通不便。", "全县各乡镇要认真落实。"),
                                   ("我乡镇干部积极参与。", "我乡镇要认真落实。")])
def test_a_page_saying_we_the_township_once_or_naming_the_townships_together_is_none(lines):
    # quiet: once is a quotation; 我乡镇 is a county's townships together
    assert lines_metadata(*lines).level is None


def test_a_titled_page_s_addressees_leave_its_level_to_its_title_and_bodies():
    # quiet: a titled page is placed by its title and bodies (a province's plan naming its cities: 湖北), not by its
    # addressee line first
    found = lines_metadata("关于支持武汉、襄阳、宜昌建设区域中心城市的若干措施", "各市、州、县人民政府，省政府各部门：",
                           "现印发给你们，请认真贯彻执行。")
    assert found.level is None

"""Places blind round 19 (tests/fixtures/places-blind19, keyed in key.toml before the reader ran) and the leftovers of
earlier rounds the brief named: the rules they showed, each with a case where it stays quiet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pilotplans.normalizers.registry import load_registry
from pilotplans.normalizers.place import place_of_signing_zone
from pilotplans.normalizers.township import titled_township_signs
from pilotplans.parsers.dates import MONTH_LINE, ZEROLESS_MONTH_LINE
from pilotplans.parsers.info_rows import read_info_line
from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind19"
ROUND7 = Path(__file__).parent / "fixtures" / "places-blind7"
ROUND18 = Path(__file__).parent / "fixtures" / "places-blind18"

_OUTLINE = "天津市滨海新区新北街道国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"


# --- a street's cover: its name over a month whose year lost its 〇 ----------------------------------------------------

def test_a_street_s_cover_month_that_lost_its_zero_is_a_date_of_its_own():
    # before: issuer none, dated 2021-09-03 (the site's 发布日期, taken where the page seemed to print no date), county
    found = page_metadata(ROUND / "xinbei-2021-binhai-street-outline-contents-date-lost-zero.txt")
    assert (found.title, found.issuer, found.date, found.level, found.region) == (
        _OUTLINE, "天津市滨海新区新北街道", None, "township", "滨海新区")
    assert found.date_published is False


def test_a_month_line_with_its_zero_is_read_as_before():
    # quiet: round 7's street office dated 二〇二一年八月 (a month, no day) reads as it did
    found = page_metadata(ROUND7 / "haibin-2021-binhai-street-office-outline-title-split-month-date.txt")
    assert (found.issuer, found.date, found.level) == ("天津市滨海新区海滨街道办事处", None, "township")


def test_only_a_year_too_short_opening_as_a_year_does_is_a_zeroless_month():
    for line in ("二一年八月", "二三年十二月", "一九九年五月"):
        assert ZEROLESS_MONTH_LINE.match(line) is not None, line
    # quiet: a whole year is a month line's; numbers no year opens with, a day, a sentence are none
    assert ZEROLESS_MONTH_LINE.match("二〇二一年八月") is None and MONTH_LINE.match("二〇二一年八月") is not None
    for line in ("十二年八月", "三年八月", "二一年八月五日", "二一年八月召开会议"):
        assert ZEROLESS_MONTH_LINE.match(line) is None, line


def test_only_the_township_a_title_opens_with_signs_as_the_township():
    assert titled_township_signs(_OUTLINE, "天津市滨海新区新北街道")
    # quiet: another body, the district alone, or a title opening with no township
    assert not titled_township_signs(_OUTLINE, "天津市滨海新区人民政府")
    assert not titled_township_signs(_OUTLINE, "天津市滨海新区")
    assert not titled_township_signs("天津市滨海新区国民经济和社会发展第十四个五年规划纲要", "天津市滨海新区")


# --- an information row's label whose spaces a converter printed as ? -----------------------------------------------

def test_a_label_whose_gap_became_question_marks_is_read():
    # before: 標??題 was no label, and the whole ruled table went unread (no title, no 文号)
    found = page_metadata(ROUND / "tongling-2018-province-reply-to-city-traditional-pipe-rows-lost-label.txt")
    assert (found.title, found.doc_no, found.issuer, found.date, found.level, found.region) == (
        "安徽省人民政府關于銅陵市省級以上開發區優化整合方案的批復", "皖政秘〔2018〕25號", "安徽省人民政府",
        dt.date(2018, 2, 8), "provincial", "安徽")


def test_question_marks_inside_words_that_are_no_label_make_no_row():
    # quiet: 标??准 is no label however its gap is printed; the row's value keeps its own ? marks
    assert read_info_line("标??准化建设: 推进试点工作") is None
    fields = read_info_line("标??题: | 关于??事项的通知 | ||", cells=True)
    assert fields is not None and [(f.kind, f.value) for f in fields][0] == ("title", "关于??事项的通知")


# --- a zone's body signing, its zone written in full after its city once -------------------------------------------

def test_a_zone_s_bureau_signing_is_placed_at_the_city_its_zone_is_written_after():
    # before: level and region none (中山 named once, in the address line, through pinyin glosses)
    found = page_metadata(ROUND / "zhongshan-2021-development-zone-bureau-consultation-notice-pinyin-glossed.txt")
    assert (found.issuer, found.level, found.region, found.region_named_in) == (
        "火炬區經科局", "municipal", "中山", "signing_zone")


def test_a_zone_s_bureau_with_its_zone_written_alone_or_after_two_cities_is_not_placed():
    gazetteer = load_registry().gazetteer
    texts = ["地址:中山市火炬开发区管委会大楼637室", "火炬区经科局", "2021年2月7日"]
    assert place_of_signing_zone("火炬区经科局", texts, gazetteer)[0] == "中山市"
    # quiet: the zone written after no city, after two, a level word's office, a place's own name before the word
    assert place_of_signing_zone("火炬区经科局", ["地址:火炬开发区管委会大楼", "中山市人民政府"], gazetteer) is None
    assert place_of_signing_zone("火炬区经科局", ["地址:中山市火炬开发区", "地址:珠海市火炬开发区"], gazetteer) is None
    assert place_of_signing_zone("区经科局", texts, gazetteer) is None
    assert place_of_signing_zone("中山区经科局", ["地址:中山市中山开发区"], gazetteer) is None


def test_a_zone_of_the_signing_zone_s_name_cited_outside_an_address_places_nothing():
    # before: 厦门 (another city's 火炬 zone, cited once in a sentence, was taken for the signing bureau's)
    gazetteer = load_registry().gazetteer
    texts = ["参考兄弟园区(厦门市火炬高新区)的做法，", "火炬区经科局", "2021年2月7日"]
    assert place_of_signing_zone("火炬区经科局", texts, gazetteer) is None
    # fires: an address line writing the zone after its city, its province perhaps before it
    found = place_of_signing_zone("火炬区经科局", ["地址：广东省中山市火炬开发区管委会大楼"], gazetteer)
    assert found is not None and found[0] == "中山市"


# --- a page printing no head, addressing a city's own departments ----------------------------------------------------

def test_a_headless_page_addressing_a_city_s_departments_speaks_at_a_city_s_level():
    # before: no level (the city never named; its province's office cited)
    found = page_metadata(ROUND / "henan-2018-city-opinion-city-never-named-province-office-cited.txt")
    assert (found.title, found.issuer, found.level, found.region) == (None, None, "municipal", None)
    found = lines_metadata("各乡镇人民政府,县政府各部门:", "为做好我县工作,现提出如下意见。")
    assert (found.level, found.region) == ("county", None)


def test_a_city_s_departments_addressed_beside_towns_only_give_no_level():
    # quiet: 海城's addressee line (prose-blind30), a county-level city's: its 市政府各部门 beside its towns and zones says
    # no city's level (before: municipal); a county-level city and a city with no counties both address so
    assert lines_metadata("各开发区管委会,各镇人民政府、街道办事处,市政府各部门:", "现将有关事项通知如下。").level is None
    assert lines_metadata("各镇、乡人民政府,各街道办事处,市政府各部门、单位:", "现将有关事项通知如下。").level is None
    # fires: the same departments beside a county-level division's governments (a prefecture's, an autonomous prefecture's)
    assert lines_metadata("各县、区人民政府,市政府各部门:", "现将有关事项通知如下。").level == "municipal"
    assert lines_metadata("各县（市）人民政府，州政府各部门：", "现将有关事项通知如下。").level == "municipal"


def test_addressees_naming_no_government_s_departments_give_no_level():
    # quiet: a list of divisions alone, or a province's region's word (自治区人民政府各厅局: the province's rule, not this)
    assert lines_metadata("各县(市、区)人民政府:", "为做好工作,现提出如下意见。").level is None
    assert lines_metadata("各有关单位:", "为做好工作,现通知如下。").level is None


# --- joint makers printed a gap apart over the title; a traditional title line's makers apart ------------------------

def test_joint_makers_a_gap_apart_over_the_title_are_listed_and_keep_the_gap_in_the_title():
    # before: 中共湖州市委湖州市人民政府 one issuer, the title run together
    found = page_metadata(ROUND / "huzhou-2018-city-party-and-government-opinion-number-without-hao-bureau-site.txt")
    assert (found.issuer, found.title, found.doc_no) == (
        "中共湖州市委、湖州市人民政府",
        "中共湖州市委 湖州市人民政府关于深化城乡社区建设加强和完善城乡社区治理的实施意见", "湖委发〔2018〕20")


def test_makers_one_to_a_line_over_the_title_still_run_together_in_it():
    # quiet: a joint notice printing its makers one to a line keeps the head's run-together title
    found = lines_metadata("关于加强某项工作的意见", "中共沙县县委", "沙县人民政府", "关于加强某项工作的意见",
                           "各乡镇党委、政府:")
    assert (found.issuer, found.title) == ("中共沙县县委、沙县人民政府", "中共沙县县委沙县人民政府关于加强某项工作的意见")


def test_a_traditional_title_line_keeps_the_gap_between_its_makers():
    # before: 中共揚州市委揚州市人民政府關于印發… (關于 was not looked for in a traditional line)
    found = page_metadata(ROUND / "yangzhou-2019-city-party-and-government-notice-traditional-date-figures-glued.txt")
    assert (found.title, found.issuer) == (
        "中共揚州市委 揚州市人民政府關于印發《揚州市加快推進教育現代化實施意見》的通知", "中共揚州市委、揚州市人民政府")


# --- a number run on right after the page's whole title ----------------------------------------------------------------

def test_a_number_run_on_after_the_page_s_title_is_its_own():
    # before: no 文号 (the law site's line 武威市人民政府关于…的实施意见武政发[2017]52号 stands under its rows)
    found = page_metadata(ROUND / "wuwei-2017-city-government-opinion-law-site-summary-run-on.txt")
    assert (found.title, found.doc_no) == ("武威市人民政府关于统筹推进县域内城乡义务教育一体化改革发展的实施意见", "武政发[2017]52号")


def test_a_number_after_a_sentence_citing_the_title_is_not_the_page_s():
    # quiet: the line opens with a sentence's word, not the title; the number cited there is no own number
    found = lines_metadata("某市人民政府关于加强某项工作的实施意见", "根据某市人民政府关于加强某项工作的实施意见某政发[2017]5号要求,制定本方案。")
    assert found.doc_no is None


def test_a_number_run_on_after_a_traditional_title_keeps_its_printed_characters():
    # before: 温政发〔2017〕52号 (the number was returned from the folded line, in simplified script)
    found = lines_metadata("溫州市人民政府關於加強某項工作的實施意見",
                           "溫州市人民政府關於加強某項工作的實施意見溫政發〔2017〕52號")
    assert found.doc_no == "溫政發〔2017〕52號"

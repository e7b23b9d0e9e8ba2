"""Places blind round 18 (tests/fixtures/places-blind18, keyed in key.toml before the reader ran) and the leftovers of
earlier rounds the brief named: the rules they showed, each with a case where it stays quiet."""

from __future__ import annotations

from pathlib import Path

from pilotplans import read
from pilotplans.normalizers.corps import _data as corps_divisions
from pilotplans.normalizers.registry import load_registry
from pilotplans.parsers.notice_lines import run_on_lines
from pilotplans.parsers.titles import TITLE_END
from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "places-blind18"
ROUND17 = Path(__file__).parent / "fixtures" / "places-blind17"
ROUND16 = Path(__file__).parent / "fixtures" / "places-blind16"

# 宁化's township report's text (places-blind17), under whatever title a test puts over it
_TOWNSHIP_TEXT = ("我乡地处宁化西南部，乡域面积178平方公里。", "我乡是革命老区乡，全乡辖12个行政村。", "我乡是宁化唯一的少数民族乡。")


# --- a report delivered to visitors or superiors (…情况汇报) is a title's kind -------------------------------------------

def test_a_township_report_ending_情况汇报_is_titled_so():
    # before: no title (汇报 was no kind of document a title ends with)
    # its name blanked (乡位于县东南部): no place, and no first person (我乡) to read its level by
    found = page_metadata(ROUND / "xiang-20xx-township-report-title-ends-huibao-name-masked-essay-site.txt")
    assert (found.title, found.region) == ("乡经济社会发展情况汇报", None)


def test_a_zone_s_report_ending_工作打算汇报_is_titled_so():
    # before: no title
    found = page_metadata(ROUND / "wuhu-2022-development-zone-report-title-ends-huibao-essay-site.txt")
    assert found.title == "经开区2022年经济社会发展总体情况和2023年工作打算汇报"


def test_宁化_s_report_is_titled_and_still_speaks_as_a_township():
    # places-blind17's leftover: before, no title; read now, and its title, naming no maker, does not silence 我乡
    found = page_metadata(ROUND17 / "ninghua-2019-she-ethnic-township-progress-report-doc-site.txt")
    assert (found.title, found.level) == ("民族乡工作进展情况汇报", "township")


def test_a_sentence_s_汇报_ends_no_title():
    # quiet: the verb — after 有关, a 将, 听取 or whom it is reported to
    for line in ("现将有关情况汇报", "要将落实情况汇报", "及时向县委汇报", "向市委做工作汇报", "听取了市政府的工作汇报"):
        assert TITLE_END.search(line) is None, line


def test_a_news_sentence_hearing_a_汇报_is_no_title():
    # quiet (review): before, the whole sentence was the page's title (关于…的汇报 closing it); 听取, 作了 or 所作 in its
    # clause make its 汇报 a report heard or made, whatever closes it
    for line in ("会议听取了县发改局关于重点项目建设情况的汇报", "大会审议了县长所作的工作汇报", "县长在会上作了工作汇报"):
        assert TITLE_END.search(line) is None, line
    found = lines_metadata("近日，副市长张三到我县调研，听取了县发改局关于重点项目建设情况的汇报", "张三指出，要加快项目建设。")
    assert found.title is None


def test_a_汇报_titled_关于_its_matter_stays_a_title():
    # fires beside the quiet case above: no hearing or making in its clause
    assert TITLE_END.search("某某县人民政府关于民族乡工作进展情况的汇报") is not None
    assert TITLE_END.search("关于做好2023年防汛工作的汇报") is not None


def test_a_title_reporting_a_visit_names_no_place_of_its_maker():
    # review: before, 赴浙江省学习考察情况汇报 read provincial in a region 赴浙江 (and 赴杭州市余杭区… municipal, 赴杭州): the
    # place after 赴 is the one visited, never the page's maker's; now no place is read from the title
    text = ("根据县委安排，我们一行5人赴浙江省考察学习。", "浙江省在数字经济方面走在全国前列。")
    for title in ("赴浙江省学习考察情况汇报", "2023年赴杭州市余杭区学习考察情况汇报", "赴浙江省学习考察活动方案"):
        found = lines_metadata(title, *text)
        assert (found.title, found.level, found.region) == (title, None, None)


def test_a_title_opening_with_its_own_place_still_places_the_page():
    # quiet beside the visit above
    found = lines_metadata("浙江省学习考察活动方案", "根据省委安排，组织赴外省考察学习。")
    assert (found.level, found.region) == ("provincial", "浙江")


def test_a_title_of_another_kind_over_a_township_s_words_still_heads_the_page():
    # quiet: only a 汇报's title gives way to the text; a 通报 is a head, and no township level is read under it
    assert lines_metadata("民族乡工作进展情况汇报", *_TOWNSHIP_TEXT).level == "township"
    assert lines_metadata("民族乡工作进展情况通报", *_TOWNSHIP_TEXT).level is None


def test_a_汇报_its_maker_signs_in_its_title_is_placed_by_its_maker():
    # quiet: 某某县人民政府关于…的汇报 names its maker: county, not the township its text speaks as
    found = lines_metadata("某某县人民政府关于民族乡工作进展情况的汇报", *_TOWNSHIP_TEXT)
    assert (found.issuer, found.level) == ("某某县人民政府", "county")


# --- a joint document of a municipality's and a province's bodies ----------------------------------------------------

def test_a_municipality_and_a_province_issuing_together_speak_at_a_province_s_rank():
    # before: municipal (重庆市's bodies listed first); round 16's news of the joint plan of 重庆 and 四川
    found = page_metadata(ROUND16 / "chengyu-2021-two-provinces-joint-plan-news-portal.txt")
    assert (found.level, found.region) == ("provincial", None)
    found = lines_metadata("日前,重庆市人民政府、四川省人民政府联合印发了《某某联合实施方案》。")
    assert (found.issuer, found.level, found.region) == ("重庆市人民政府、四川省人民政府", "provincial", None)


def test_two_municipalities_or_a_municipality_and_another_province_s_city_stay_municipal():
    # quiet: no province's own body among them (四川省成都市人民政府 is a city's, its province printed before it)
    assert lines_metadata("北京市人民政府、天津市人民政府关于印发某方案的通知").level == "municipal"
    assert lines_metadata("重庆市人民政府、四川省成都市人民政府关于印发某方案的通知").level == "municipal"


def test_a_city_s_own_body_beside_a_province_s_says_no_province_s_rank():
    # quiet (review): only a municipality's own bodies beside a province's rank so; a city of a province (成都, 南京,
    # 深圳) beside a province's body, or among a municipality's and a province's, stays at the level read before
    assert lines_metadata("成都市人民政府、四川省交通运输厅关于印发某方案的通知").level == "municipal"
    assert lines_metadata("南京市人民政府、安徽省人民政府关于印发某方案的通知").level == "municipal"
    assert lines_metadata("成都市人民政府、重庆市人民政府、四川省发展和改革委员会关于印发某方案的通知").level == "municipal"


def test_a_municipality_s_and_a_province_s_party_offices_speak_at_a_province_s_rank():
    found = lines_metadata("中共重庆市委办公厅、中共四川省委办公厅关于印发某方案的通知")
    assert (found.level, found.region) == ("provincial", None)


# --- a city forwarding a provincial office's document: the city's, dated where its line ran on -------------------------

def test_a_city_forwarding_a_province_s_circular_is_the_city_s_and_dated_over_the_attachment():
    # before: no date — 二○○五年十一月二十一日 between the forwarding sentence and 附: 关于…的通报, the line run on
    found = page_metadata(ROUND / "lanzhou-2005-city-office-forwarding-province-office-notice-law-site.txt")
    assert (found.issuer, found.level, found.region, str(found.date)) == (
        "兰州市人民政府办公厅", "municipal", "兰州", "2005-11-21")


def test_a_province_s_office_forwarding_a_ministry_s_notice_stays_the_province_s():
    # quiet: the forwarding body places the page, whoever wrote what it forwards (round 17's 湖北 office, 住建部's notice)
    found = page_metadata(ROUND17 / "hubei-2017-province-department-office-forwarding-ministry-office-notice-industry-site.txt")
    assert (found.issuer, found.level, found.region) == ("湖北省住房和城乡建设厅办公室", "provincial", "湖北")


def test_a_date_after_a_forwarding_sentence_not_over_the_attachment_parts_no_line():
    # quiet: without 附: the document after the date is no attachment the notice prints: the line stays whole
    line = (ROUND / "lanzhou-2005-city-office-forwarding-province-office-notice-law-site.txt").read_text().strip()
    unattached = line.replace("附: ", "")
    assert "二○○五年十一月二十一日" not in run_on_lines([unattached])


def test_a_date_over_an_attachment_that_is_not_the_forwarded_document_dates_nothing(tmp_path: Path):
    # quiet (review): 附: opens another document than the one the sentence forwards: the date is not read over it
    page = (ROUND / "lanzhou-2005-city-office-forwarding-province-office-notice-law-site.txt").read_text()
    other = tmp_path / "lanzhou-forwarding-another-attachment.txt"
    other.write_text(page.replace("附: 关于国务院联合督查组对我省专项行动督查情况的通报", "附: 关于加强环境保护工作的意见"))
    found = page_metadata(other)
    assert (found.issuer, found.date) == ("兰州市人民政府办公厅", None)


# --- a copy's headline over a work report's own head ---------------------------------------------------------------------

def test_a_copy_s_headline_over_a_report_s_letter_spaced_head_is_not_its_title():
    # places-blind17's leftover: before, 20xx年兰州市城关区政府工作报告 (the essay site's headline)
    found = page_metadata(ROUND17 / "chengguan-lanzhou-20xx-district-work-report-year-masked-essay-site.txt")
    assert found.title == "政府工作报告"


def test_a_site_s_hit_counter_row_does_not_end_the_head_over_the_delivery_line():
    # before: no date — 2023/8/7 23:36:09 点击: ended the head, the delivery line (——2021年4月27日在…) under it unread
    found = page_metadata(ROUND / "xixiang-2021-county-work-report-exam-portal.txt")
    assert (found.date and str(found.date), found.level, found.region) == ("2021-04-27", "county", "西乡县")


def test_a_plan_s_measure_telling_users_what_to_click_keeps_its_text_whole(tmp_path):
    # quiet (点击 as a site's row label): inside a measure's sentence, 点击： is the plan's own wording, not a hit counter
    plan = tmp_path / "plan.txt"
    plan.write_text("\n".join((
        "某市人民政府办公室关于印发某市优化营商环境工作方案的通知", "各县（市、区）人民政府，市直各单位：",
        "《某市优化营商环境工作方案》已经市政府同意，现印发给你们，请认真贯彻执行。", "某市人民政府办公室", "2023年5月6日",
        "某市优化营商环境工作方案", "一、推进政务服务网上办理",
        "1．企业登录政务服务网后点击：“企业开办”栏目即可一次办结开办事项。（责任单位：市行政审批局）",
        "2．推行电子证照共享应用，减少群众重复提交材料。（责任单位：市大数据中心）")), encoding="utf-8")
    document = read(plan)
    assert [(task.number, task.text, task.responsibility) for task in document.measures] == [
        (1, "企业登录政务服务网后点击：“企业开办”栏目即可一次办结开办事项。", "市行政审批局"),
        (2, "推行电子证照共享应用，减少群众重复提交材料。", "市大数据中心")]
    assert str(document.date) == "2023-05-06"


def test_a_report_s_headline_right_over_its_delivery_line_stays_its_title():
    # quiet: no head of the report between the headline and its delivery line
    found = lines_metadata("某某市2023年政府工作报告", "——2023年1月5日在某某市第十届人民代表大会第二次会议上", "各位代表：",
                           "现在，我代表市人民政府，向大会报告工作，请予审议。")
    assert (found.title, str(found.date)) == ("某某市2023年政府工作报告", "2023-01-05")


# --- a news headline saying who issued a document --------------------------------------------------------------------------

def test_a_notice_s_own_title_issuing_a_document_is_no_news_headline():
    # quiet (_ISSUING_HEADLINE): its kind closes it (…印发《…》的通知): the notice's title, its maker the issuer
    found = lines_metadata("成都市人民政府办公厅印发《成都市某某行动方案》的通知", "各区（市）县人民政府，市政府各部门：",
                           "现将《成都市某某行动方案》印发给你们，请认真贯彻执行。")
    assert (found.title, found.issuer, found.region) == (
        "成都市人民政府办公厅印发《成都市某某行动方案》的通知", "成都市人民政府办公厅", "成都")


def test_a_news_headline_naming_two_places_as_its_subject_names_no_issuer():
    # quiet (_ISSUING_HEADLINE): 重庆四川两省市印发… is the site's headline: neither its title nor its places an issuer
    found = lines_metadata("重庆四川两省市印发贯彻落实《成渝地区双城经济圈建设规划纲要》联合实施方案",
                           "日前，记者从有关方面获悉，两省市各级各部门要认真抓好贯彻落实。")
    assert (found.title, found.issuer, found.level, found.region) == (None, None, None, None)


# --- the Corps: corps.toml's divisions and the gazetteer's division-cities ----------------------------------------------

def test_every_division_city_of_the_gazetteer_is_one_division_s_city():
    gazetteer = load_registry().gazetteer
    cities = {region.id for region in gazetteer.regions.values() if region.id.startswith(gazetteer.corps_cities)}
    held = [division.city for division in corps_divisions().divisions if division.city is not None]
    assert sorted(held) == sorted(cities)

"""meta48: the metadata faults the places12 and prose26 blind rounds left (tests/fixtures/places-blind12/KEY.md,
tests/fixtures/prose-blind26/KEY.md), each mended for its kind of page, with a case where the rule fires and one
where it must stay quiet:

- a 文号 numbered in a municipality's series with its district's abbreviation in brackets, its number printed 第N号
  (沪(浦)征地告〔2022〕第14号), is read as the page's 文号; an order's 令〔2020〕第3号 stays an order's;
- a number a sentence runs 以 into after its maker (上海市人民政府以沪府土〔2022〕469号批文) is cited without 以;
- an announcement titled by its issuer's name and its matter (上海市浦东新区人民政府征收土地公告, or the name on a line
  over 征收土地公告) is the title; a site's 通知公告 is none;
- a signature's seal mark in brackets (上海市浦东新区人民政府(盖章)) is no part of the issuer's name;
- the body a title of those two kinds opens with (上海市浦东新区人民政府, 五角场街道办事处) is its issuer;
- a body's year's work summary or plan of work titled by its name (五角场街道办事处2016年工作总结和2017年工作安排) is a
  title, also in a headline with the site's date after it (… 2018-06-15), which is no part of it;
- a 名称 row naming a work ledger (…重点任务台账) is the title;
- a label with its colon run on after a value with no space (发 文 字 号 :西青政发〔2018〕2号主 题 :…) opens a row of its
  own, so the value before it reads whole;
- a converter's ? marks for lost characters (lines of ?, a run of them indenting a signature's date) are no text;
- a site's list of related documents at the page's foot (相关文件:, 拓展阅读:) cites nothing, and gives no parent;
- a law database's rows run together on one line (…的通知文章属性•【制定机关】…•【公布日期】…•【字号】…正文…) are read as rows,
  and a file's name over a document site's card (- 格式:doc) is the title only where no other line is one."""

from __future__ import annotations

import datetime as dt

from pilotplans.parsers.info_rows import InfoField, law_rows_apart, read_info_line
from pilotplans.parsers.metadata import DOC_NO, ORDER_NO, without_seal_mark
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, page_metadata

PLACES12 = FIXTURES / "places-blind12"
PROSE26 = FIXTURES / "prose-blind26"
PUDONG = PLACES12 / "pudong-2022-district-land-notice-city-approval-number.txt"
BAOSHAN = PLACES12 / "baoshan-2025-district-land-notice-head-on-two-lines.txt"
WUJIAOCHANG = PLACES12 / "wujiaochang-2016-street-office-work-summary-district-portal.txt"
GUANGDONG = PROSE26 / "guangdong-2021-province-health-commission-open-government-ledger-piped-responsible-divisions-cut.txt"
XIQING = PROSE26 / "xiqing-2018-district-economic-plan-info-rows-review-no-tasks-cut.txt"
ZUNYI = PLACES12 / "zunyi-2020-city-office-rules-doc-site-law-rows.txt"
HUIZHOU = FIXTURES / "places-blind9" / "huizhou-2010-party-committee-and-government-joint-decision-law-rows.txt"
HAIDONG = PROSE26 / "haidong-2018-city-market-regulation-opinions-traditional-signature-date-only-no-owners-cut.txt"


# --- a 文号 in a municipality's series: a district's abbreviation in brackets, 第N号 ------------------------------

def test_a_number_holding_its_district_s_abbreviation_in_brackets_and_printed_第n号_is_the_page_s():
    # before: no 文号 — the bracket inside the series (沪(浦)) and 第 before the number read no 文号 at all
    assert page_metadata(PUDONG).doc_no == "沪(浦)征地告〔2022〕第14号"


def test_the_same_series_under_a_head_on_two_lines_is_read_too():
    assert page_metadata(BAOSHAN).doc_no == "沪(宝)征地告〔2025〕第28号"


def test_an_order_s_number_printed_第n号_after_its_year_stays_an_order_s_not_a_文号():
    # quiet: 令〔2020〕第3号 numbers a government's order (ORDER_NO), never a 文号 of the order's maker
    number = "上海市人民政府令〔2020〕第3号"
    assert (DOC_NO.fullmatch(number), ORDER_NO.fullmatch(number) is not None) == (None, True)


def test_a_bracket_in_a_sentence_s_words_before_a_number_is_no_district_s():
    # review: (试行) after the words of a sentence was read as a district's bracket in the number's letters — the cited
    # number, and the parent, 据上海市某某管理办法(试行)沪府规〔2020〕5号; a district's series opens with its municipality's
    # abbreviation, no character of a sentence before it
    found = lines_metadata("某某市人民政府关于做好某某工作的通知", "各区人民政府：",
                           "根据上海市某某管理办法(试行)沪府规〔2020〕5号，现通知如下。", "某某市人民政府", "2020年6月8日")
    assert ([c.doc_no for c in found.citations], found.parent_doc_no) == (["沪府规〔2020〕5号"], "沪府规〔2020〕5号")


def test_a_district_s_number_after_a_label_is_read_whole():
    # the same series after a label and its colon (no character of a sentence before it): the district's bracket stays
    assert DOC_NO.search("文号：沪(浦)征地告〔2022〕第14号").group() == "沪(浦)征地告〔2022〕第14号"


def test_a_number_a_sentence_runs_以_into_after_its_maker_is_cited_without_it():
    # before: the cited 文号 以沪府土〔2022〕469号 (以 after 上海市人民政府: 政府 led in, 以 was kept)
    found = page_metadata(PUDONG)
    assert [c.doc_no for c in found.citations if c.doc_no] == ["沪府土〔2022〕469号"]


def test_以_inside_a_series_after_no_lead_in_word_stays_the_series_letter():
    # quiet: 以 leads in only where the run opens with it or a lead-in word ends right before it (所以 is none)
    found = lines_metadata("某某市人民政府关于某某事项的通知", "所以沪府土〔2022〕469号文件要求各区落实。")
    assert [c.doc_no for c in found.citations if c.doc_no] == ["所以沪府土〔2022〕469号"]


# --- an announcement titled by its issuer and its matter ----------------------------------------------------------

def test_an_announcement_titled_by_its_issuer_s_name_and_its_matter_is_the_title():
    # before: no title — 公告 closed a title only after 的 or 关于…
    assert page_metadata(PUDONG).title == "上海市浦东新区人民政府征收土地公告"


def test_the_issuer_s_name_on_a_line_over_the_announcement_s_matter_is_the_title_s_first_line():
    # before: no title — 上海市宝山区人民政府 stood apart as a site's name, and 征收土地公告 alone names no issuer
    assert page_metadata(BAOSHAN).title == "上海市宝山区人民政府征收土地公告"


def test_a_site_s_notices_section_named_after_its_body_is_no_title():
    # quiet: 通知公告 is a site's section, no announcement's matter
    found = lines_metadata("某区人民政府通知公告", "根据《中华人民共和国土地管理法》，现公告如下：", "一、征收范围",
                           "某区人民政府", "2022年6月8日")
    assert found.title is None


def test_an_announcement_s_matter_alone_with_no_issuer_over_it_is_no_title():
    # quiet: 征收土地公告 under a sentence names no body, so it reads no title of this kind
    found = lines_metadata("现将有关事项公告如下：", "征收土地公告", "一、征收范围")
    assert found.title is None


def test_a_body_s_name_and_公告_alone_is_no_announcement_of_a_matter_and_keeps_the_signed_issuer():
    # review: 上海市浦东新区人民政府公告 (a site's column, or a numbered announcement) read as the title with the issuer
    # 上海市浦东新区 — 人民政府 taken for the matter; nothing but the body stands before 公告, so no matter is announced
    found = lines_metadata("上海市浦东新区人民政府公告", "根据法律规定，现公告如下：", "一、征收范围",
                           "上海市浦东新区人民政府", "2022年6月8日")
    assert (found.title, found.issuer) == (None, "上海市浦东新区人民政府")


def test_a_site_s_section_of_kinds_of_notice_after_a_body_s_name_is_no_title():
    # review: 某某区人民政府公示公告 (the column 公示公告, as 通知公告 is) was read as the page's title
    found = lines_metadata("某某区人民政府公示公告", "现将有关情况公示如下：", "某某区人民政府", "2022年6月8日")
    assert (found.title, found.issuer) == (None, "某某区人民政府")


# --- a signature's seal mark ---------------------------------------------------------------------------------------

def test_a_signature_s_seal_mark_is_no_part_of_the_issuer_s_name():
    # before: the issuer 上海市浦东新区人民政府(盖章)
    found = page_metadata(PUDONG)
    assert (found.issuer, found.date) == ("上海市浦东新区人民政府", dt.date(2022, 6, 8))


def test_a_bracket_naming_no_seal_after_a_signature_stays_the_name_s():
    # quiet: （筹） is the body's own (a committee being set up), no seal's mark
    assert without_seal_mark("某某经济开发区管理委员会（筹）") == "某某经济开发区管理委员会（筹）"


def test_a_form_s_seal_mark_公章_after_a_name_is_taken_off_as_盖章_is():
    assert without_seal_mark("某某区人民政府（公章）") == "某某区人民政府"


def test_each_cosigner_s_seal_mark_is_taken_off_and_both_sign():
    # review: only the last name's mark was taken off, so the body over it, its mark still on, ended the run of
    # cosigners: the issuer 肇庆市政务服务和数据管理局 alone, half the notice's issuers
    found = lines_metadata("关于某某事项的通知", "各单位：", "现将有关事项通知如下，请认真贯彻执行。",
                           "肇庆市工业和信息化局（盖章）", "肇庆市政务服务和数据管理局（盖章）", "2024年7月26日")
    assert found.issuer == "肇庆市工业和信息化局、肇庆市政务服务和数据管理局"


def test_a_cosigner_s_bracket_naming_no_seal_still_ends_the_run():
    # quiet: a line with a bracket naming no seal (（联系人）) is no cosigner's name
    found = lines_metadata("关于某某事项的通知", "各单位：", "现将有关事项通知如下，请认真贯彻执行。",
                           "肇庆市工业和信息化局（联系人）", "肇庆市政务服务和数据管理局（盖章）", "2024年7月26日")
    assert found.issuer == "肇庆市政务服务和数据管理局"


# --- a body's year's work summary, a headline with the site's date after it ---------------------------------------

def test_a_body_s_year_s_work_summary_and_plan_titled_by_its_name_is_the_title():
    # before: no title — 工作安排 closes no title, and the headline over it printed the site's date after it
    found = page_metadata(WUJIAOCHANG)
    assert (found.title, found.date) == ("五角场街道办事处2016年工作总结和2017年工作安排", None)


def test_a_headline_with_the_site_s_date_after_it_is_the_title_without_the_date():
    found = lines_metadata("五角场街道办事处2016年工作总结和2017年工作安排 2018-06-15", "一、2016年主要工作回顾",
                           "2016年，街道办事处完成了年初确定的各项目标任务。")
    assert (found.title, found.date) == ("五角场街道办事处2016年工作总结和2017年工作安排", None)


def test_a_year_s_work_summary_naming_no_body_before_its_year_is_no_title():
    # quiet: 2016年工作总结 alone is a report's heading as often as a title: no body's name opens it
    found = lines_metadata("2016年工作总结", "2016年，街道办事处完成了年初确定的各项目标任务。")
    assert found.title is None


def test_a_body_s_name_with_a_date_after_it_is_no_headline():
    # quiet: what stands before the date ends as no title (a signature's line), so the date is not cut off as a site's
    found = lines_metadata("某某区人民政府 2018-06-15", "一、2016年主要工作回顾", "2016年，街道办事处完成了各项目标任务。")
    assert found.title is None


def test_the_body_a_year_s_work_summary_is_titled_by_is_its_issuer():
    # before: no issuer — the maker opening a title with no 关于 after it was read as none, and no level with it
    found = page_metadata(WUJIAOCHANG)
    assert (found.issuer, found.level) == ("五角场街道办事处", "township")


def test_the_longest_body_s_name_opening_an_announcement_is_its_issuer():
    # 上海市浦东新区 ends as a zone's name does (新区): the issuer is the government named after it, as the title prints it
    found = lines_metadata("上海市浦东新区人民政府征收土地公告", "根据《中华人民共和国土地管理法》，现公告如下：", "特此公告。")
    assert found.issuer == "上海市浦东新区人民政府"


def test_words_naming_no_body_before_a_year_s_work_summary_name_no_issuer():
    # quiet: 某某项目 ends as no body's name does: the title is none of this kind, and no issuer is read from it
    found = lines_metadata("某某项目2016年工作总结和2017年工作安排", "2016年，项目完成了年初确定的各项目标任务。")
    assert (found.title, found.issuer) == (None, None)


def test_a_place_s_year_s_work_plan_names_no_issuer():
    # review: 上海市浦东新区2022年工作安排 read the place 上海市浦东新区 as its issuer; a place's name is no body's
    found = lines_metadata("上海市浦东新区2022年工作安排", "一、主要任务", "（一）推进改革。")
    assert (found.title, found.issuer) == ("上海市浦东新区2022年工作安排", None)


# --- a 名称 row naming a work ledger ----------------------------------------------------------------------------

def test_a_name_row_naming_a_work_ledger_is_the_title():
    # before: no title — 台账 closes no title line, so the 名称 row's value was dropped
    assert page_metadata(GUANGDONG).title == "广东省卫生健康委2021年政务公开工作重点任务台账"


def test_a_line_ending_with_台账_outside_an_information_table_is_no_title():
    # quiet: a ledger is named a title only by a site's 名称 row (info_rows.toml named_kinds), never by a line alone
    found = lines_metadata("2021年政务公开工作重点任务台账", "一、做好常态化疫情防控信息发布")
    assert found.title is None


# --- a label run on after a value -------------------------------------------------------------------------------

def test_a_label_with_its_colon_run_on_after_a_number_opens_a_row_of_its_own():
    # before: no 文号 — the value 西青政发〔2018〕2号主 题 :综合政务\政务公开 read as no number
    assert page_metadata(XIQING).doc_no == "西青政发〔2018〕2号"


def test_a_row_s_value_is_cut_at_a_label_run_into_it():
    assert read_info_line("发 文 字 号 :西青政发〔2018〕2号主 题 :综合政务") == [
        InfoField(label="发 文 字 号", kind="doc_no", value="西青政发〔2018〕2号"),
        InfoField(label="主 题", kind="other", value="综合政务")]


def test_a_label_s_words_inside_a_value_without_a_colon_stay_the_value_s():
    # quiet: 发布时间 inside a title, no colon after it, is the title's words
    assert read_info_line("名称: 关于做好发布时间安排的通知") == [
        InfoField(label="名称", kind="title", value="关于做好发布时间安排的通知")]


# --- a converter's ? marks -------------------------------------------------------------------------------------

def test_a_signature_s_date_indented_by_a_converter_s_marks_dates_the_notice():
    # before: no date — ?????…2018年7月31日 under lines of ? read as no date line
    assert page_metadata(HAIDONG).date == dt.date(2018, 7, 31)


def test_a_line_opening_with_one_question_mark_keeps_it():
    # quiet: one ? before a date is no indent of lost characters: the line is no date line
    found = lines_metadata("某某市人民政府关于印发某某方案的通知", "现将《某某方案》印发给你们，请认真贯彻执行。", "?2018年7月31日")
    assert found.date is None


# --- a site's list of related documents at the page's foot --------------------------------------------------------

# A notice whose plan the page does not print (every line may cite), signed and dated, then the site's list of related
# documents, as 汉阳's page prints it (tests/fixtures/unseen-pages/number-dash-title-signed-over-figures.txt's site).
_NOTICE = ["区人民政府办公室关于印发某某方案的通知", "各单位:",
           "为贯彻落实《湖北省某某方案》(鄂政办发〔2018〕3号)，现将方案印发给你们,请认真贯彻落实。",
           "武汉市汉阳区人民政府办公室", "2019年1月14日"]
_RELATED = "武政办〔2018〕5号—市人民政府办公厅关于印发另一方案的通知"


def test_a_related_documents_list_at_the_page_s_foot_cites_nothing():
    # before: 武政办〔2018〕5号 cited, after the notice's own citation
    found = lines_metadata(*_NOTICE, "相关文件:", _RELATED)
    assert [(c.title, c.doc_no) for c in found.citations] == [("湖北省某某方案", "鄂政办发〔2018〕3号")]


def test_a_related_document_at_the_page_s_foot_is_no_parent():
    # before: the parent 武政办〔2018〕5号 where the notice cited no number of its own
    notice = [*_NOTICE[:2], "现将方案印发给你们,请认真贯彻落实。", *_NOTICE[3:]]
    assert lines_metadata(*notice, "相关文件:", _RELATED).parent_doc_no is None


def test_a_real_page_s_further_reading_list_ends_its_citing_lines():
    # 浦东's notice on a lawyer's site, 拓展阅读: and its links closing the page: the notice's own citations only
    assert [(c.title, c.doc_no) for c in page_metadata(PUDONG).citations] == [
        ("中华人民共和国土地管理法", None), ("中华人民共和国土地管理法实施条例", None), (None, "沪府土〔2022〕469号")]


def test_a_related_label_over_the_document_before_any_date_cuts_nothing():
    # quiet: 相关文件 printed over the notice (a site's menu), no date above it: the notice under it still cites
    found = lines_metadata("相关文件", *_NOTICE)
    assert [c.doc_no for c in found.citations] == ["鄂政办发〔2018〕3号"]


def test_a_related_label_under_the_date_a_page_prints_below_its_title_cuts_nothing():
    # review: the date under the title (2019年1月14日) was taken for the page's foot, so 相关文件： over the notice cut
    # every line under it — the notice's own citation and its parent were lost; the signature's date is still to come
    found = lines_metadata(_NOTICE[0], "2019年1月14日", "相关文件：", *_NOTICE[1:])
    assert ([c.doc_no for c in found.citations], found.parent_doc_no) == (["鄂政办发〔2018〕3号"], "鄂政办发〔2018〕3号")


def test_a_sentence_opening_with_related_words_after_the_date_still_cites():
    # quiet: 相关文件精神 opens a sentence of the plan, no list's label (no colon, words after it)
    found = lines_metadata(*_NOTICE[:2], "现将方案印发给你们,请认真贯彻落实。", *_NOTICE[3:],
                           "相关文件精神按照《某某办法》(武政规〔2019〕2号)执行。")
    assert [c.doc_no for c in found.citations] == ["武政规〔2019〕2号"]


# --- a law database's rows run together, a document site's file card ---------------------------------------------

def test_law_rows_run_together_on_one_line_give_the_number_the_issuer_and_the_date():
    # before: no 文号, issuer or date — •【制定机关】…•【公布日期】…•【字号】… ran together on the notice's line, no row read
    found = page_metadata(ZUNYI)
    assert (found.doc_no, found.issuer, found.date) == ("遵府办函〔2020〕178号", "遵义市人民政府办公室", dt.date(2020, 10, 10))


def test_a_file_s_name_over_a_document_site_s_card_gives_way_to_the_notice_s_title():
    # before: the title 新区管理委员会工作规则, the site's name of another file over - 格式:doc / - 大小:… / - 文档页数:…
    assert page_metadata(ZUNYI).title == "遵义市人民政府办公室关于印发遵义市政务信息工作规则的通知"


def test_law_rows_run_together_are_parted_at_each_row_without_the_database_s_headings():
    line = ("某某市人民政府关于印发某某办法的通知文章属性•【制定机关】某某市人民政府•【公布日期】2020.10.10"
            "•【主题分类】机关工作正文某某市人民政府关于印发某某办法的通知")
    assert law_rows_apart(line) == ["某某市人民政府关于印发某某办法的通知", "•【制定机关】某某市人民政府",
                                    "•【公布日期】2020.10.10", "•【主题分类】机关工作", "某某市人民政府关于印发某某办法的通知"]


def test_a_last_row_naming_the_title_keeps_正文_in_its_words():
    # review: 正文 inside the title's words was taken for the database's heading before the text: the title read 格式的通知
    line = "•【发文字号】某府办函〔2020〕178号•【标题】某某市人民政府办公室关于规范公文正文格式的通知"
    assert law_rows_apart(line) == ["•【发文字号】某府办函〔2020〕178号", "•【标题】某某市人民政府办公室关于规范公文正文格式的通知"]


def test_one_law_row_on_its_line_is_left_as_it_stands():
    # quiet: a row alone on its line (惠州's page prints one a line) is no line run together
    assert law_rows_apart("【发文字号】惠市委发[2010]5号") == ["【发文字号】惠市委发[2010]5号"]


def test_law_rows_one_a_line_under_a_file_card_read_as_before():
    # quiet: 惠州's page, its file's name cut short over the card and its rows one a line: the title under the card
    found = page_metadata(HUIZHOU)
    assert (found.title, found.doc_no) == ("中共惠州市委、惠州市人民政府关于进一步推动惠州仲恺高新技术产业开发区发展的决定",
                                           "惠市委发[2010]5号")


def test_a_file_s_name_over_a_card_is_the_title_where_no_other_line_is_one():
    # quiet: the card's file name is read last, not never
    found = lines_metadata("某某市人民政府关于印发某某方案的通知", "- 格式:doc", "- 大小:24.00 KB", "各区人民政府：",
                           "现将方案印发给你们，请认真贯彻执行。")
    assert found.title == "某某市人民政府关于印发某某方案的通知"

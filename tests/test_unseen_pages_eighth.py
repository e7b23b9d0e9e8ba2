"""Shapes of real published pages met in the eighth round of unseen pages (SOURCES.md, eighth round):
city and district plans, department plans, and pages that are no plan, each read wrong before."""

from __future__ import annotations

from pathlib import Path

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.dates import figures_date_line
from pilotplans.parsers.metadata import _numbers_in_lines
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, refusal_cause

PAGES = FIXTURES / "unseen-pages"


# --- a 文号 a dash parts from the title it heads: 阳政办〔2019〕1号—区人民政府办公室关于…的通知 ------------------

def test_a_number_a_dash_parts_from_the_title_it_heads_is_the_notice_s_own():
    # the page's first line; its 文号 was read nowhere (the dash is neither the issuer's name nor 关于)
    document = read_document(PAGES / "number-dash-title-signed-over-figures.txt")
    assert document.doc_no == "阳政办〔2019〕1号"


def test_a_number_a_dash_parts_from_the_title_it_heads_is_no_part_of_the_title():
    # as a number a space parts from the title is none (阳政办〔2019〕1号 区人民政府办公室关于…): the title was read
    # with 阳政办〔2019〕1号— before it
    document = read_document(PAGES / "number-dash-title-signed-over-figures.txt")
    assert document.title == "区人民政府办公室关于印发2019年区《政府工作报告》确定的主要目标任务责任分解方案的通知"


def test_a_number_a_dash_parts_from_a_sentence_stays_in_its_line():
    # the dash before words that are no whole title: the line as printed, no title
    assert lines_metadata(*["阳政办〔2019〕1号—各单位要认真落实。", "各单位:"]).title is None


def test_a_number_a_dash_parts_from_words_that_are_no_title_is_no_one_s():
    # the dash before a sentence, or before a title a sentence's words come between: cited, not the notice's own
    assert _numbers_in_lines(["阳政办〔2019〕1号—各单位要认真落实。"])[0] == []
    assert _numbers_in_lines(["为贯彻落实国办发〔2022〕10号—现就有关事项关于…的通知要求，制定本方案。"])[0] == []


def test_a_number_heading_another_title_below_the_notice_is_cited_not_its_own():
    # a related document listed under the page (相关文件: / 武政办〔2018〕5号—市人民政府办公厅关于…): its number,
    # dash or none, is that document's, not the notice's, whose own number the page does not print
    notice = ["区人民政府办公室关于印发某某方案的通知", "各单位:", "现将方案印发给你们,请认真贯彻落实。",
              "武汉市汉阳区人民政府办公室", "2019年1月14日", "某某方案", "一、主要任务", "相关文件:"]
    for related in ("武政办〔2018〕5号—市人民政府办公厅关于印发另一方案的通知", "武政办〔2018〕5号市人民政府办公厅关于印发另一方案的通知"):
        assert lines_metadata(*[*notice, related]).doc_no is None


# --- a signature over a date whose 年月日 the copy lost, its figures splitting two ways: 2019114 -------------------

def test_a_signature_over_figures_that_are_a_date_is_the_issuer_and_places_the_plan():
    # 武汉市汉阳区人民政府办公室 / 2019114 (2019-1-14 or 2019-11-4): no issuer, so no region, and the measures'
    # 区… bodies were all left unresolved; the signed date stays unread, its figures splitting two ways
    # (the title prints its issuer 区人民政府办公室; the signature names it in full, so places the plan and, since
    # meta42, names its issuer;
    # 永丰街办事处 and 区商旅局 are read since bodies23: a street office written 街办, a merged commerce-tourism bureau)
    document = read_document(PAGES / "number-dash-title-signed-over-figures.txt")
    assert (document.issuer, document.region, document.level) == ("武汉市汉阳区人民政府办公室", "汉阳区", "county")
    assert [(m.number, [(d.raw, d.id, d.role) for d in m.departments]) for m in document.measures] == [
        (1, [("区科技和经信局", "420105-science_industry_information_bureau", "lead"),
             ("汉阳经济开发区管委会", "420105-development_zone_committee", "carry_out"),
             ("永丰街办事处", "420105-subdistrict_office-永丰", "carry_out")]),
        (2, [("区商旅局", "420105-commerce_tourism_bureau", "carry_out")]),
        (3, [("区行政审批局", "420105-administrative_approval_bureau", "lead")])]
    assert [w.code for w in document.measures[2].warnings] == ["responsibility_cut"]


def test_figures_are_a_signature_s_date_only_under_a_body_s_name_and_only_when_they_split_into_a_date():
    assert figures_date_line("2019114") and figures_date_line("2024327")
    assert not figures_date_line("2019999") and not figures_date_line("20191")  # no month and day; a year and one figure
    signed = ["各单位:", "现将方案印发给你们,请认真贯彻落实。", "武汉市汉阳区人民政府办公室", "2019114", "某某方案"]
    assert lines_metadata(*signed).issuer == "武汉市汉阳区人民政府办公室"
    # under a label (a telephone number), under a sentence, or figures that are no month and day: no signature
    assert lines_metadata(*["各单位:", "现将方案印发给你们。", "联系电话:", "2062811", "某某方案"]).issuer is None
    assert lines_metadata(*["各单位:", "现将方案印发给你们,请认真贯彻落实。", "2019114", "某某方案"]).issuer is None
    assert lines_metadata(*["各单位:", "现将方案印发给你们。", "武汉市汉阳区人民政府办公室", "2019999", "某某方案"]).issuer is None


def test_figures_whose_year_is_yet_to_come_are_no_date_and_close_no_signature():
    # a telephone number under a body's name (甲市商务局 / 2062811: 2062-8-11 splits one way only) is no signature's
    # date: the issuer is not read from it, nor the notice dated 2062
    assert not figures_date_line("2062811")
    found = lines_metadata(*["关于印发某某方案的通知", "各单位:", "现将方案印发给你们,请认真贯彻落实。", "甲市商务局", "2062811",
                       "某某方案"])
    assert (found.issuer, found.date) == (None, None)


# --- a work summary that lost its title, its first part reporting work done: 一、主要经济指标完成情况 ----------------

REPORT = ("no task table or task list found: a report on the progress of a plan, not the plan itself "
          "— read the plan it reports on")


def test_an_untitled_page_whose_first_part_reports_work_done_with_its_figures_is_a_report():
    # a county bureau's half-year summary (半年以来，县商务局…; 一、主要经济指标完成情况 / 1、外贸工作:1-5月…完成240万美元,
    # 占年计划任务…的15.86%): it was refused as a plan holding 6 measures naming no owner before the page ends
    assert refusal_cause(PAGES / "summary-untitled-parts-report-work-done.txt") == REPORT


@pytest.mark.parametrize("lines", [
    # its first part sets aims (一、工作目标), though a later one reports work done
    ["一、工作目标", "1、外贸出口总额增长15%。", "二、上半年完成情况", "1、外贸出口完成240万美元,增长12%。"],
    # a plan's own section after the part reporting work done: a plan recounting its base first
    ["一、2023年工作完成情况", "1、外贸出口完成240万美元,增长12%。", "二、2024年工作目标", "1、外贸出口增长15%。"],
    # no figure of the work reported
    ["一、主要经济指标完成情况", "1、外贸工作:出口稳步增长。", "2、外经工作:外派人数稳定。"],
])
def test_a_page_is_no_report_by_its_parts_where_its_first_part_sets_aims_a_plan_section_follows_or_no_figure_is_given(
        tmp_path: Path, lines: list[str]):
    page = tmp_path / "page.txt"
    page.write_text("\n".join(["20xx年是关键之年,县商务局紧紧围绕“富民强县”的目标开展工作。", *lines]) + "\n", encoding="utf-8")
    assert refusal_cause(page) != REPORT


@pytest.mark.parametrize("sets_out", ["特制订本规划。", "特制定本规划。"])
def test_an_untitled_page_setting_out_its_own_plan_is_no_report_though_its_first_part_reviews_results(
        tmp_path: Path, sets_out: str):
    # a plan's own opening (结合我市实际，特制订本规划: 制订 as often as 制定) over a first part reviewing the base it
    # builds on (一、“十一五”时期发展成效, with its figures): a plan naming no owners, not a report on its progress
    page = tmp_path / "page.txt"
    page.write_text("\n".join([
        f"根据《国务院关于加快发展服务业的若干意见》(国发〔2007〕7号)等精神,结合我市服务业发展的实际,{sets_out}",
        "一、“十一五”时期服务业发展成效",
        "1.服务业规模继续扩大。2010年全市服务业增加值达到2863.07亿元,占全市生产总值比重达到51%。",
        "2.服务业结构趋于优化。金融业2010年增加值达到347.12亿元,新引进7家境内外金融机构。"]) + "\n",
        encoding="utf-8")
    assert refusal_cause(page) == (
        "no task table or task list found: the page holds 2 numbered measures of the plan, none of them naming a body "
        "responsible (no 责任单位/牵头单位) — pilotplans reads plans that name who carries out each measure")


def test_a_titled_page_is_no_report_by_its_parts_alone():
    # the same parts under a plan's title: its title decides
    page_lines = ["某县2024年商务工作要点", "一、2023年主要经济指标完成情况", "1、外贸出口完成240万美元,增长12%。",
                  "2、外派人数122人。"]
    from pilotplans.parsers.interpret import refusal

    assert not refusal._untitled_report(refusal.vocabulary(), "某县2024年商务工作要点", page_lines[1:3], page_lines)
    assert refusal._untitled_report(refusal.vocabulary(), "", page_lines[1:3], page_lines[1:])


# --- names listed after the verb citing them as the basis: 根据《A》(国发〔2007〕7号)、《B》(国办发〔2008〕11号)… ----------

def test_every_name_listed_after_the_basis_verb_is_a_basis_and_none_the_page_s_plan():
    # a city's service-industry 规划 with no title on the page, cut in its first part: it was refused as holding the
    # measures of 《国务院办公厅关于加快发展服务业若干政策措施的实施意见》, the second name its 根据 lists
    assert refusal_cause(PAGES / "plan-cut-after-basis-names-listed.txt") == (
        "no task table or task list found: the page holds only the first 2 numbered measures of the plan before it "
        "ends, none of them naming a body responsible (no 责任单位/牵头单位) — pilotplans reads plans that name who "
        "carries out each measure")


def test_a_name_after_the_basis_s_clause_or_verb_is_still_the_page_s_plan():
    from pilotplans.parsers.interpret import refusal

    vocab = refusal.vocabulary()
    assert refusal._cited(vocab, "根据《甲市服务业发展意见》(甲发〔2007〕7号)、《甲市实施意见》(甲办发〔2008〕11号)和"
                                 "《甲市规划纲要》等精神,特制订本规划。") is None
    # a comma, or a verb of the page's own, ends the basis: the name after it is the page's plan
    assert refusal._cited(vocab, "根据《甲市服务业发展意见》(甲发〔2007〕7号)精神,制定《乙市服务业实施方案》。") == "乙市服务业实施方案"
    assert refusal._cited(vocab, "根据《甲市服务业发展意见》等文件,市政府研究制定了《乙市服务业实施方案》。") == "乙市服务业实施方案"


# --- a congress's deliberation opinion cited in news: 《…人大常委会关于…工作情况报告的审议意见》 ------------------------

def test_a_congress_s_deliberation_opinion_is_no_plan_a_news_report_is_about():
    # news of a city congress's survey (…率调研组对我市优化营商环境工作进行专题调研 / (实习记者 …)) was said to be
    # about 《京山市人大常委会关于京山市优化营商环境工作情况报告的审议意见》, an opinion it followed up
    assert refusal_cause(PAGES / "news-of-congress-survey-citing-its-opinion.txt") == (
        "no task table or task list found: a news report, not the plan itself — find the plan's own notice and read that")


def test_a_name_holding_an_opinion_it_carries_out_or_an_opinion_of_measures_is_still_a_plan():
    from pilotplans.parsers.interpret import refusal

    vocab = refusal.vocabulary()
    assert refusal._cited(vocab, "市政府印发《关于落实市人大常委会审议意见的工作方案》") == "关于落实市人大常委会审议意见的工作方案"
    assert refusal._cited(vocab, "市政府印发《关于进一步优化营商环境的实施意见》") == "关于进一步优化营商环境的实施意见"
    assert refusal._cited(vocab, "跟踪《市人大常委会关于营商环境工作情况报告的审议意见》落实情况") is None


# --- a copy site's line of page facts: 点击量:1570 发布于:2019-01-14 04:42 -------------------------------------------

def test_the_day_a_page_says_it_was_published_on_dates_a_notice_whose_own_date_is_unread():
    # the signed date printed 2019114 reads as nothing (1-14 or 11-4); the page's 发布于 is the day it was published
    document = read_document(PAGES / "number-dash-title-signed-over-figures.txt")
    assert str(document.date) == "2019-01-14"
    assert [w.code for w in document.warnings if w.code == "date_published"] == ["date_published"]


def test_published_on_is_read_only_as_a_label_of_the_page_s_facts_and_never_over_a_date_the_notice_prints():
    head = ["点击量:1570 发布于:2019-01-14 04:42", "某区人民政府办公室关于印发某某方案的通知", "各单位:",
            "现将方案印发给你们,请认真贯彻落实。", "某区人民政府办公室"]
    found = lines_metadata(*[*head, "2019年1月10日"])
    assert (str(found.date), found.date_published) == ("2019-01-10", False)
    found = lines_metadata(*[*head, "2019114"])
    assert (str(found.date), found.date_published) == ("2019-01-14", True)
    # in a sentence, 发布于 labels nothing
    found = lines_metadata(*["某区人民政府办公室关于印发某某方案的通知", "各单位:", "该清单发布于2019年1月14日,请对照落实。",
                       "某区人民政府办公室", "2019114"])
    assert (found.date, found.date_published) == (None, False)

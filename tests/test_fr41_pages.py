"""Pages met in the review of the day's merged change (tests/fixtures/fr41): where one branch's rule met
another's input, each with a case where it stays quiet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pilotplans.parsers.interpret.refusal import _cited, vocabulary
from tests.page_metadata import lines_metadata, page_metadata, refusal_cause

ROUND = Path(__file__).parent / "fixtures" / "fr41"


# --- a government's order numbered with its year in brackets (政府令〔2010〕第15号) is an order's number ----------------

def test_an_order_number_with_its_year_bracketed_is_the_page_s_number_and_names_its_maker():
    # before: no 文号 (the order series was read only as 令第N号), so places8's rule of a government over its rules
    # under its order's number never fired, and the page had no issuer
    found = page_metadata(ROUND / "hebei-2010-province-order-rules-year-bracketed-order-number.txt")
    assert (found.title, found.doc_no, found.issuer, found.date, found.region) == (
        "河北省人工影响天气管理规定", "政府令〔2010〕第15号", "河北省人民政府", dt.date(2010, 12, 25), "河北")


def test_an_office_s_number_under_rules_names_no_maker_over_them():
    # quiet: a 文号 of no order series (冀政办〔2010〕15号) under the rules leaves the government printed over them a
    # site's banner, as before
    found = lines_metadata("河北省人民政府", "河北省人工影响天气管理规定", "冀政办〔2010〕15号",
                           "第一条 为加强对人工影响天气工作的管理，制定本规定。")
    assert (found.doc_no, found.issuer) == ("冀政办〔2010〕15号", None)


def test_a_bracketed_year_before_a_number_of_no_order_is_no_order_number():
    # quiet: a number with its year bracketed and 第 before it but no 令 (某政发〔2010〕第15号) is no order's
    found = lines_metadata("河北省人民政府", "河北省人工影响天气管理规定", "冀政〔2010〕第15号",
                           "第一条 为加强对人工影响天气工作的管理，制定本规定。")
    assert found.issuer is None


# --- a name cited inside the name a title issues is no plan the notice issues ---------------------------------------

def test_a_report_cited_inside_the_issued_name_is_not_the_plan_a_cut_notice_issues():
    # before: the cause named 《政府工作报告》, cited inside the title's 2024年县《政府工作报告》确定的…方案 (and its
    # information table's 名称 row), as the plan the notice issues; meta42's refusals name the plan passed down
    cause = refusal_cause(ROUND / "jiayu-2024-county-notice-title-cites-report-inside-issued-name.txt")
    assert "the notice issuing 《2024年县〈政府工作报告〉确定的重点工作责任分解方案》 ends before" in cause


def test_a_name_a_title_issues_whole_is_still_the_plan():
    # quiet: 关于印发《X》的通知 issues X, and a title issuing a name that opens with a cited one keeps it whole
    vocab = vocabulary()
    assert _cited(vocab, "某县人民政府关于印发《某县优化营商环境实施方案》的通知") == "某县优化营商环境实施方案"
    assert _cited(vocab, "关于印发《政府工作报告》任务分解表的通知") == "〈政府工作报告〉任务分解表"


def test_a_name_cited_after_an_issuing_sentence_s_words_outside_any_notice_s_name_is_still_cited():
    # quiet: a line that issues something and then cites a plan, no 的通知 after it, still names the plan it cites
    assert _cited(vocabulary(), "现印发给你们《某县优化营商环境实施方案》") == "某县优化营商环境实施方案"


# --- a county's site named on a source line with its publishing time after it places a county's notice -----------------

def test_a_county_s_government_on_a_dated_source_line_places_the_county_s_notice():
    # before: no region — the source row's value ran on into its date (华容县政府   2021-03-23 10:56) and was no name,
    # and a county's site was never taken for a county's notice (the places a text names give a county the level a
    # city's plan is read at)
    found = page_metadata(ROUND / "huarong-2021-county-source-row-dated-county-site.txt")
    assert (found.level, found.region, found.region_named_by, found.date) == (
        "county", "华容县", "华容县政府", dt.date(2021, 3, 23))


def test_a_city_s_government_on_a_county_s_source_line_places_nothing():
    # quiet: the source names a place of another level than the notice's own (a county's office under its city's site)
    found = lines_metadata("来源:岳阳市政府   2021-03-23 10:56", "县人民政府办公室关于做好某某工作的通知",
                           "各乡镇人民政府：", "现将有关事项通知如下。")
    assert (found.level, found.region) == ("county", None)


def test_a_newspaper_on_a_dated_source_line_places_nothing():
    # quiet: a source naming no government's site (a paper) places nothing, its date taken off or not
    found = lines_metadata("来源:湖南日报   2021-03-23 10:56", "县人民政府办公室关于做好某某工作的通知",
                           "各乡镇人民政府：", "现将有关事项通知如下。")
    assert (found.level, found.region) == ("county", None)

"""Faults the review of meta45 found in its head readings, each a silent misreading of a line the branch's new
rules took for what it is not, with the case where the rule must still fire."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.page_metadata import lines_metadata, page_metadata

FIXTURES = Path(__file__).parent / "fixtures"


# --- a signature whose date lost its 日 -------------------------------------------------------------------------

def test_an_item_s_owner_and_cut_deadline_before_the_signature_neither_signs_nor_dates_the_notice():
    # before: issuer 市商务局, date 2023-12-31 — a task's owner and its deadline, its 日 lost, read as the signature
    # over the notice's own (某某市人民政府办公室 / 2023年5月6日)
    found = lines_metadata("关于印发某某方案的通知", "各区人民政府：", "现将方案印发给你们。", "市商务局  2023年12月31",
                           "某某市人民政府办公室", "2023年5月6日")
    assert (found.issuer, found.date) == ("某某市人民政府办公室", dt.date(2023, 5, 6))


def test_an_item_s_owner_named_by_its_level_word_and_a_cut_deadline_date_no_notice():
    # before: date 2023-06-30 — the one line so cut, a body without its place, is an item's, not the signature
    found = lines_metadata("某某市人民政府办公室关于印发某某方案的通知", "各区人民政府：", "现将方案印发给你们。",
                           "市商务局  2023年6月30")
    assert found.date is None


def test_a_place_s_body_and_a_cut_date_still_sign_a_page_dated_nowhere_else():
    # fires: 寿县人民政府督查室  2022年8月19, the bulletin's only date
    found = page_metadata(FIXTURES / "meta44" / "shouxian-2022-county-inspection-office-bulletin-of-progress.txt")
    assert (found.issuer, found.date) == ("寿县人民政府督查室", dt.date(2022, 8, 19))


# --- a site's menu over the headline ----------------------------------------------------------------------------

def test_a_title_s_first_line_is_kept_where_a_sentence_opens_with_its_last_words():
    # before: 优化营商环境行动方案 — the slogan opening the title (no 关于, place or figure) cut as a site's menu, because
    # a sentence of the plan opens with the title's last line's words; a title printed again ends its line
    found = lines_metadata("深入推进“放管服”改革", "优化营商环境行动方案", "为深入推进改革，制定本方案。", "一、总体要求",
                           "优化营商环境行动方案明确了任务。")
    assert found.title == "深入推进“放管服”改革优化营商环境行动方案"


def test_a_menu_over_a_headline_the_page_prints_again_on_a_line_of_its_own_is_still_cut():
    # fires: the headline's words printed again whole on their line below, never the menu's
    found = lines_metadata("电脑桌面", "添加文秘网到电脑桌面", "优化营商环境行动方案", "为深入推进改革，制定本方案。",
                           "优化营商环境行动方案")
    assert found.title == "优化营商环境行动方案"


# --- a body's name under a copy of the title -------------------------------------------------------------------

def test_a_body_under_a_headline_printing_the_title_once_over_the_head_heads_the_title():
    # before: 关于印发…的通知 — a page's headline, then the document's head (沙县人民政府 / 关于…的通知) with no row
    # between, was taken for a law site's listing and the issuer's name dropped from the title
    found = lines_metadata("关于印发某某县优化营商环境实施方案的通知", "沙县人民政府", "关于印发某某县优化营商环境实施方案的通知",
                           "各乡镇人民政府：", "现将方案印发给你们。", "沙县人民政府", "2023年5月6日")
    assert found.title == "沙县人民政府关于印发某某县优化营商环境实施方案的通知"


def test_a_law_site_s_maker_under_its_listing_of_the_title_still_heads_no_title():
    # fires: the headline, the site's listing of the title and the body it files it under, the document's title
    found = lines_metadata("关于印发某某县优化营商环境实施方案的通知", "时间:2024-07-23 来源: 法律资料网",
                           "关于印发某某县优化营商环境实施方案的通知", "沙县人民政府", "关于印发某某县优化营商环境实施方案的通知",
                           "各乡镇人民政府：", "现将方案印发给你们。")
    assert found.title == "关于印发某某县优化营商环境实施方案的通知"


# --- a date printed in brackets with a body --------------------------------------------------------------------

def test_a_date_and_a_body_bracketed_under_an_item_are_its_deadline_and_owner_not_the_plan_s_date():
    # before: date 2023-06-30 — a task's deadline and owner in brackets under its item, the plan printing no sentence
    # before it (its head running on), read as the date and maker a law site prints under a title
    found = lines_metadata("某某市2023年重点工作任务分工方案", "一、推进某某工作", "（2023年6月30日 市发展改革委）",
                           "二、推进某某工作")
    assert found.date is None


def test_a_date_and_its_maker_bracketed_under_the_title_still_date_the_document():
    # fires: no item before the bracket — the law site's line under the title
    found = lines_metadata("关于同意某某市开展边境旅游的复函", "国家旅游局", "(1992年6月15日 国家旅游局)", "吉林省人民政府:")
    assert found.date == dt.date(1992, 6, 15)

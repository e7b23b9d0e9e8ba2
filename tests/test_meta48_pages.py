"""meta48: the metadata faults the places12 and prose26 blind rounds left (tests/fixtures/places-blind12/KEY.md,
tests/fixtures/prose-blind26/KEY.md), each mended for its kind of page, with a case where the rule fires and one
where it must stay quiet:

- a 文号 numbered in a municipality's series with its district's abbreviation in brackets, its number printed 第N号
  (沪(浦)征地告〔2022〕第14号), is read as the page's 文号; an order's 令〔2020〕第3号 stays an order's;
- a number a sentence runs 以 into after its maker (上海市人民政府以沪府土〔2022〕469号批文) is cited without 以."""

from __future__ import annotations

from pilotplans.parsers.metadata import DOC_NO, ORDER_NO
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, page_metadata

PLACES12 = FIXTURES / "places-blind12"
PROSE26 = FIXTURES / "prose-blind26"
PUDONG = PLACES12 / "pudong-2022-district-land-notice-city-approval-number.txt"
BAOSHAN = PLACES12 / "baoshan-2025-district-land-notice-head-on-two-lines.txt"
WUJIAOCHANG = PLACES12 / "wujiaochang-2016-street-office-work-summary-district-portal.txt"
GUANGDONG = PROSE26 / "guangdong-2021-province-health-commission-open-government-ledger-piped-responsible-divisions-cut.txt"
XIQING = PROSE26 / "xiqing-2018-district-economic-plan-info-rows-review-no-tasks-cut.txt"
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


def test_a_number_a_sentence_runs_以_into_after_its_maker_is_cited_without_it():
    # before: the cited 文号 以沪府土〔2022〕469号 (以 after 上海市人民政府: 政府 led in, 以 was kept)
    found = page_metadata(PUDONG)
    assert [c.doc_no for c in found.citations if c.doc_no] == ["沪府土〔2022〕469号"]


def test_以_inside_a_series_after_no_lead_in_word_stays_the_series_letter():
    # quiet: 以 leads in only where the run opens with it or a lead-in word ends right before it (所以 is none)
    found = lines_metadata("某某市人民政府关于某某事项的通知", "所以沪府土〔2022〕469号文件要求各区落实。")
    assert [c.doc_no for c in found.citations if c.doc_no] == ["所以沪府土〔2022〕469号"]

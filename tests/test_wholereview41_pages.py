"""Pages met in the review of the day's merged change (tests/fixtures/wholereview41): where one branch's rule met
another's input, each with a case where it stays quiet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.page_metadata import lines_metadata, page_metadata

ROUND = Path(__file__).parent / "fixtures" / "wholereview41"


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

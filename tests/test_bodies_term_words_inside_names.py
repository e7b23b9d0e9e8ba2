"""A term word inside a body's name (中共江苏省第十四届委员会, 江苏省第十四届人民代表大会常务委员会, 省十四届人大
常委会) names the body that sits in every term: the name is read without it. The congress itself
(江苏省第十四届人民代表大会) is the place's congress; a congress's special committee (日喀则市第二届人民代表大会
财政经济农牧环资委员会) is the congress's part, kept by its name."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

JIANGSU = make_context(region="江苏省", level="provincial", date=dt.date(2023, 3, 1))
SHIGATSE = make_context(region="日喀则市", level="municipal", date=dt.date(2021, 3, 1))


def test_a_party_committee_written_with_its_term_is_that_committee():
    found = resolve_body("中共江苏省第十四届委员会", JIANGSU)
    assert (found.id, found.notes[-1]) == ("320000-party_committee", "the term word 第十四届 inside the name")


@pytest.mark.parametrize("written", ["江苏省第十四届人民代表大会常务委员会", "省十四届人大常委会"])
def test_a_congress_standing_committee_written_with_its_term_is_that_committee(written):
    assert resolve_body(written, JIANGSU).id == "320000-people_congress_standing_committee"


def test_the_central_committee_of_a_party_congress_term_is_the_central_committee():
    assert resolve_body("中国共产党第二十届中央委员会", JIANGSU).id == "cpc-central"


def test_the_congress_of_a_term_is_the_place_s_congress():
    assert resolve_body("江苏省第十四届人民代表大会", JIANGSU).id == "320000-people_congress"


def test_a_congress_s_special_committee_of_a_term_is_the_congress_s_part():
    found = resolve_body("日喀则市第二届人民代表大会财政经济农牧环资委员会", SHIGATSE)
    assert found.id == "540200-people_congress-committee-财政经济农牧环资委员会"

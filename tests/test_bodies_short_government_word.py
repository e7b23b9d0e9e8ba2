"""府 written alone for 政府 in the collective of a government's own units (市府直属各单位), as plans of
Guangdong's cities and districts address them. Each cell is quoted from a published plan (named beside it)."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

DONGGUAN_2018 = make_context(region="东莞市", level="municipal", date=dt.date(2018, 5, 31))


def test_the_units_directly_under_the_city_government_written_with_fu_alone_are_the_collective():
    # 东府〔2018〕67号 addressees: 各镇人民政府（街道办事处），市府直属各单位
    found = resolve_body("市府直属各单位", DONGGUAN_2018)
    assert (found.id, found.collective) == ("direct-units", True)


def test_fu_alone_without_a_quantifier_and_a_word_for_bodies_is_no_collective():
    # 市府 is the city government itself, and 市府办 its general office: neither is the collective
    assert resolve_body("市府", DONGGUAN_2018).id is None
    assert resolve_body("市府办", DONGGUAN_2018).id == "441900-government_general_office"

"""A municipality's intermediate courts are numbered (上海市第一、第二、第三中级人民法院; 北京 has four, 重庆 five),
and which one serves a district is not in a name that leaves the place out: 区中院 in a 上海 district's plan,
市中院 in 北京's, stay unread with a note, where they read as an unnumbered 上海市中级人民法院 that no longer
exists. A city's single intermediate court keeps its reading, from the city or from a county under it."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

PUDONG_2021 = make_context(region="浦东新区", level="municipal", date=dt.date(2021, 6, 1))
BEIJING_2021 = make_context(region="北京", level="provincial", date=dt.date(2021, 6, 1))
SONGZI_2021 = make_context(region="松滋市", level="municipal", date=dt.date(2021, 6, 1))
QINGDAO_2021 = make_context(region="青岛市", level="municipal", date=dt.date(2021, 6, 1))


def test_an_unnumbered_intermediate_court_of_a_municipality_stays_unread():
    for written, context in (("区中院", PUDONG_2021), ("中院", PUDONG_2021), ("市中院", BEIJING_2021)):
        found = resolve_body(written, context)
        assert (found.id, found.kind) == (None, "intermediate_court"), written
        assert found.notes[-1].endswith(f"中级人民法院 bodies are numbered: {written} does not say which one")


def test_a_numbered_one_and_a_city_s_single_court_keep_their_reading():
    assert resolve_body("市一中院", PUDONG_2021).id == "310000-intermediate_court-第一"
    assert resolve_body("市二中院", BEIJING_2021).id == "110000-intermediate_court-第二"
    assert resolve_body("区法院", PUDONG_2021).id == "310115-basic_court"
    assert resolve_body("市中院", SONGZI_2021).id == "421000-intermediate_court"
    assert resolve_body("市中院", QINGDAO_2021).id == "370200-intermediate_court"


def test_the_municipality_written_before_an_unnumbered_court_says_no_more_which_one():
    # 重庆 has five numbered courts: 重庆市中院 read as an unnumbered 重庆市中级人民法院
    for written in ("重庆市中院", "上海市中级人民法院", "天津中院"):
        found = resolve_body(written, BEIJING_2021)
        assert (found.id, found.kind) == (None, "intermediate_court"), written
    assert resolve_body("重庆一中院", BEIJING_2021).id == "500000-intermediate_court-第一"
    assert resolve_body("荆州市中级人民法院", SONGZI_2021).id == "421000-intermediate_court"

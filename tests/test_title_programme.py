"""A rebuild without a manifest takes a plan's programme, and its round where the title says which, from a
title naming the programme without the national plan's title (pilotplans.ingest.programmes, linked in
pilotplans.ingest.parents)."""

from __future__ import annotations

import datetime as dt

from pilotplans.ingest.parents import link_parent
from pilotplans.ingest.pipeline import read_document

_LOCAL = "{title}\n1.建设国际航运中心，提升港口服务能力。（责任单位：市港口局、市交通局）\n2.发展文化创意产业园区。（责任单位：市文旅局）\n"


def _plan(tmp_path, title, **fields):
    path = tmp_path / "local.txt"
    path.write_text(_LOCAL.format(title=title), "utf-8")
    return read_document(path).model_copy(update=fields)


def test_a_title_naming_a_round_gives_its_programme_and_round(tmp_path):
    # before: no programme, no round (no manifest, no parent)
    plan = _plan(tmp_path, "厦门市全面深化服务贸易创新发展试点实施方案", region="厦门", level="municipal",
                 date=dt.date(2020, 10, 9))
    linked = link_parent(plan, [])
    assert (linked.programme, linked.round) == ("service-trade", 2020)


def test_a_round_s_name_inside_a_longer_one_is_not_that_round(tmp_path):
    # 深化服务贸易创新发展试点 (2018) stands inside 全面深化… (2020), 服务贸易创新发展试点 (2016) inside both
    plan = _plan(tmp_path, "深化服务贸易创新发展试点实施方案", region="厦门", level="municipal", date=dt.date(2019, 3, 1))
    linked = link_parent(plan, [])
    assert (linked.programme, linked.round) == ("service-trade", None)  # 厦门 is no pilot area of 2018


def test_a_member_s_plan_naming_the_2018_round_gets_it(tmp_path):
    plan = _plan(tmp_path, "武汉市深化服务贸易创新发展试点实施方案", region="武汉", level="municipal", date=dt.date(2018, 9, 1))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-trade", 2018)


def test_a_plan_dated_before_the_round_it_names_gets_the_programme_only(tmp_path):
    # 天津's 服务业扩大开放综合试点 plan of 2021: the programme's round listed is 2025's
    plan = _plan(tmp_path, "天津市服务业扩大开放综合试点总体方案", region="天津", level="municipal", date=dt.date(2021, 4, 1))
    linked = link_parent(plan, [])
    assert (linked.programme, linked.round) == ("service-opening", None)


def test_a_plan_of_a_pilot_area_of_the_round_dated_after_it_gets_the_round(tmp_path):
    plan = _plan(tmp_path, "苏州市服务业扩大开放综合试点实施方案", region="苏州", level="municipal", date=dt.date(2025, 6, 1))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-opening", 2025)


def test_a_title_naming_no_programme_gives_none(tmp_path):
    plan = _plan(tmp_path, "厦门市推进自由贸易试验区建设实施方案", region="厦门", level="municipal")
    linked = link_parent(plan, [])
    assert (linked.programme, linked.round) == (None, None)


def test_a_title_naming_two_programmes_gives_none(tmp_path):
    plan = _plan(tmp_path, "关于统筹推进服务业扩大开放综合试点和全面深化服务贸易创新发展试点的实施方案", region="北京",
                 level="municipal")
    assert link_parent(plan, []).programme is None


def test_the_manifest_s_programme_is_kept(tmp_path):
    plan = _plan(tmp_path, "厦门市全面深化服务贸易创新发展试点实施方案", region="厦门", level="municipal",
                 programme="service-opening", round=2025)
    linked = link_parent(plan, [])
    assert (linked.programme, linked.round) == ("service-opening", 2025)


def test_a_national_plan_s_title_gives_its_programme_and_round(tmp_path):
    plan = _plan(tmp_path, "全面深化服务贸易创新发展试点总体方案", region=None, level="national", date=dt.date(2020, 8, 2))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-trade", 2020)


def test_a_plan_dated_after_the_programme_s_next_round_gets_the_programme_only(tmp_path):
    # 服务贸易创新发展试点 is the 2016 round's name and the programme's own: a notice of 2023 naming it is of the
    # programme, not of a round two rounds (2018, 2020) behind it
    plan = _plan(tmp_path, "商务部关于推广服务贸易创新发展试点经验案例的通知", region=None, level="national",
                 date=dt.date(2023, 1, 5))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-trade", None)


def test_a_plan_dated_before_the_programme_s_next_round_gets_the_round_it_names(tmp_path):
    plan = _plan(tmp_path, "广州市服务贸易创新发展试点实施方案", region="广州", level="municipal", date=dt.date(2016, 8, 1))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-trade", 2016)


def test_an_interpretation_quoting_its_plan_s_title_names_no_programme(tmp_path):
    # before: ("service-trade", 2020), the round of the plan its title quotes; a 解读 is not the plan
    plan = _plan(tmp_path, "《厦门市全面深化服务贸易创新发展试点实施方案》政策解读", region="厦门", level="municipal",
                 date=dt.date(2020, 10, 12))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == (None, None)


def test_an_interpretation_s_questions_and_answers_name_no_programme(tmp_path):
    plan = _plan(tmp_path, "商务部有关负责人就全面深化服务贸易创新发展试点总体方案答记者问", region=None, level="national",
                 date=dt.date(2020, 8, 14))
    assert link_parent(plan, []).programme is None


def test_a_plan_whose_title_cites_an_interpretation_is_no_interpretation(tmp_path):
    # quiet: 解读 inside the title, not ending it
    plan = _plan(tmp_path, "厦门市全面深化服务贸易创新发展试点政策解读工作实施方案", region="厦门", level="municipal",
                 date=dt.date(2020, 10, 9))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-trade", 2020)

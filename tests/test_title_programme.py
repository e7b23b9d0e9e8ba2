"""A rebuild without a manifest takes a plan's programme, and its round where the title says which, from a
title naming the programme without the national plan's title (pilotplans.ingest.programmes, linked in
pilotplans.ingest.parents)."""

from __future__ import annotations

import datetime as dt

import pytest

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
    # 服务业扩大开放综合试点's first round of provinces and cities is 2021's
    plan = _plan(tmp_path, "天津市服务业扩大开放综合试点总体方案", region="天津", level="municipal", date=dt.date(2019, 4, 1))
    linked = link_parent(plan, [])
    assert (linked.programme, linked.round) == ("service-opening", None)


def test_a_name_two_rounds_share_gives_the_round_the_plan_s_date_falls_in(tmp_path):
    # before: 天津's plan of 2021 got no round, the gazetteer listing the 2025 round alone under this name
    plan = _plan(tmp_path, "天津市服务业扩大开放综合试点总体方案", region="天津", level="municipal", date=dt.date(2021, 4, 1))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-opening", 2021)


def test_an_undated_plan_of_a_place_in_both_rounds_sharing_the_name_gets_neither(tmp_path):
    plan = _plan(tmp_path, "天津市服务业扩大开放综合试点总体方案", region="天津", level="municipal")
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-opening", None)


def test_an_undated_plan_of_a_place_in_one_of_the_rounds_sharing_the_name_gets_that_one(tmp_path):
    plan = _plan(tmp_path, "苏州市服务业扩大开放综合试点实施方案", region="苏州", level="municipal")
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-opening", 2025)


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


# The service-opening programme's rounds of one name: 北京 2015 (国函〔2015〕81号), 天津、上海、海南、重庆 2021
# (国函〔2021〕37号), 沈阳、南京、杭州、武汉、广州、成都 2022 (approved 2022-12-20), the nine cities of 2025
# (tests/fixtures/real_plans/ROUNDS.md).

def test_a_plan_of_the_2022_round_s_city_dated_in_its_time_gets_that_round(tmp_path):
    # before: no round (the gazetteer held no round of 沈阳 before 2025's)
    plan = _plan(tmp_path, "沈阳市服务业扩大开放综合试点实施方案（2023-2025年）", region="沈阳", level="municipal",
                 date=dt.date(2023, 5, 11))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-opening", 2022)


def test_a_plan_of_a_2022_city_dated_in_the_2025_round_gets_2025(tmp_path):
    plan = _plan(tmp_path, "沈阳市服务业扩大开放综合试点实施方案", region="沈阳", level="municipal", date=dt.date(2025, 6, 1))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-opening", 2025)


def test_a_plan_of_a_2022_city_dated_before_its_round_gets_the_programme_only(tmp_path):
    plan = _plan(tmp_path, "沈阳市服务业扩大开放综合试点实施方案", region="沈阳", level="municipal", date=dt.date(2021, 6, 1))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-opening", None)


def test_an_undated_plan_of_a_city_of_the_2022_and_2025_rounds_gets_neither(tmp_path):
    # before: 2025's, the only round of the name the gazetteer held for 沈阳
    plan = _plan(tmp_path, "沈阳市服务业扩大开放综合试点实施方案", region="沈阳", level="municipal")
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-opening", None)


def test_a_2021_pilot_area_s_plan_dated_after_2022_keeps_2021_s_round(tmp_path):
    # the 2022 round (six other cities) does not end 天津's: ended at the programme's next round, its plan of 2023
    # got no round once 2022's was held
    plan = _plan(tmp_path, "天津市服务业扩大开放综合试点工作方案", region="天津", level="municipal", date=dt.date(2023, 3, 1))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-opening", 2021)


def test_a_place_of_no_round_before_2025_dated_in_2022_s_time_gets_no_round(tmp_path):
    plan = _plan(tmp_path, "厦门市服务业扩大开放综合试点实施方案", region="厦门", level="municipal", date=dt.date(2023, 5, 1))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-opening", None)


def test_beijing_s_plan_of_its_own_pilot_gets_the_2015_round(tmp_path):
    # 国函〔2019〕16号's plan deepens 北京's pilot of 2015: the rounds of 2021 and 2022 hold no 北京
    plan = _plan(tmp_path, "全面推进北京市服务业扩大开放综合试点工作方案", region="北京", level="municipal",
                 date=dt.date(2019, 1, 31))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-opening", 2015)


def test_beijing_s_plan_before_its_pilot_gets_the_programme_only(tmp_path):
    plan = _plan(tmp_path, "北京市服务业扩大开放综合试点总体方案", region="北京", level="municipal", date=dt.date(2014, 12, 1))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-opening", None)


def test_a_2022_city_s_plan_of_the_other_programme_gets_no_service_opening_round(tmp_path):
    # 沈阳 is no pilot area of the service-trade rounds
    plan = _plan(tmp_path, "沈阳市全面深化服务贸易创新发展试点实施方案", region="沈阳", level="municipal",
                 date=dt.date(2023, 5, 1))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-trade", None)


def test_an_interpretation_of_a_2022_city_s_plan_gets_no_programme_nor_round(tmp_path):
    # a 解读 is no plan: its line is no title, and names the plan only inside 《》
    plan = _plan(tmp_path, "《沈阳市服务业扩大开放综合试点总体方案》解读", region="沈阳", level="municipal",
                 date=dt.date(2023, 1, 12))
    assert (plan.title, link_parent(plan, []).programme, link_parent(plan, []).round) == (None, None, None)


def test_the_2022_approval_itself_gets_the_2022_round(tmp_path):
    plan = _plan(tmp_path, "国务院关于同意在沈阳等6个城市开展服务业扩大开放综合试点的批复", region=None, level="national",
                 date=dt.date(2022, 12, 20))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-opening", 2022)


def test_the_2022_approval_printed_with_full_width_digits_gets_the_2022_round(tmp_path):
    plan = _plan(tmp_path, "国务院关于同意在沈阳等６个城市开展服务业扩大开放综合试点的批复", region=None, level="national",
                 date=dt.date(2022, 12, 20))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-opening", 2022)


def test_the_2021_approval_by_its_wenhao_gets_2021(tmp_path):
    # 北京's round of 2015 still runs in 2021: by its date alone, a national document of 2021 is of two rounds
    plan = _plan(tmp_path, "国务院关于同意在天津、上海、海南、重庆开展服务业扩大开放综合试点的批复", region=None,
                 level="national", date=dt.date(2021, 4, 9), doc_no="国函〔2021〕37号")
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-opening", 2021)


# A national document stands for every pilot area: while 北京's round of 2015 and 天津、上海、海南、重庆's of 2021
# run on (2022's six cities end neither), a national notice naming 服务业扩大开放综合试点 is of none of them alone.

def test_a_national_notice_dated_while_several_rounds_of_the_name_run_gets_the_programme_only(tmp_path):
    # before: the 2022 round, its 试点地区 the six cities of 2022 alone (北京 and the four of 2021 left out)
    plan = _plan(tmp_path, "商务部关于做好服务业扩大开放综合试点工作的通知", region=None, level="national",
                 date=dt.date(2023, 5, 11))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-opening", None)


def test_a_national_notice_dated_in_2021_s_round_gets_the_programme_only(tmp_path):
    # before: the 2021 round, leaving 北京 out of its 试点地区
    plan = _plan(tmp_path, "商务部关于做好服务业扩大开放综合试点工作的通知", region=None, level="national",
                 date=dt.date(2021, 9, 1))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-opening", None)


def test_a_national_notice_dated_while_beijing_s_round_alone_runs_gets_it(tmp_path):
    plan = _plan(tmp_path, "商务部关于做好服务业扩大开放综合试点工作的通知", region=None, level="national",
                 date=dt.date(2019, 3, 1))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-opening", 2015)


def test_a_national_notice_dated_in_the_round_holding_every_earlier_area_gets_it(tmp_path):
    # 2025's round holds 北京 and the ten areas of 2021 and 2022: it ends their rounds for the whole country
    plan = _plan(tmp_path, "商务部关于做好服务业扩大开放综合试点工作的通知", region=None, level="national",
                 date=dt.date(2025, 6, 1))
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-opening", 2025)


def test_a_national_document_whose_wenhao_is_no_round_s_approval_gets_no_round_by_it(tmp_path):
    # its 文号 approves no round: dated in 2023, it is of no one round
    plan = _plan(tmp_path, "商务部关于做好服务业扩大开放综合试点工作的通知", region=None, level="national",
                 date=dt.date(2023, 5, 11), doc_no="商服贸函〔2023〕101号")
    assert (link_parent(plan, []).programme, link_parent(plan, []).round) == ("service-opening", None)


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


@pytest.mark.parametrize("region", ["重庆", "500000"])
def test_the_round_is_read_in_the_region_the_bodies_are_placed_in_given_by_name_or_id(tmp_path, region):
    # make_context places a document's bodies by its region's id as by its name: the title's round was read by
    # the name only, so a region given by its id (500000) made the plan of no round
    plan = _plan(tmp_path, "重庆市服务业扩大开放综合试点工作方案", region=region, level="provincial",
                 date=dt.date(2021, 8, 4))
    linked = link_parent(plan, [])
    assert (linked.programme, linked.round) == ("service-opening", 2021)

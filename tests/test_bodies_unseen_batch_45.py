"""What round 45's rosters taught: pages listing one place's bodies whole, quoted in bench/unseen_bodies/rosters.tsv
before the tool read them. 嘉善县's deputy head's division of work (js-2012, 2010-2013, traditional characters) writes
its food and drug bureau 縣食品藥品監督局, without 管理; the kind's stems now hold 食品药品监督. The near misses are the
same field's units that are no bureau (a station, a testing institute, a squad) and a post written after the bureau."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

JIASHAN_2012 = make_context(region="嘉善县", level="county", date=dt.date(2012, 1, 1))
ZHEJIANG_2012 = make_context(region="浙江省", level="provincial", date=dt.date(2012, 1, 1))


def test_a_county_s_food_and_drug_bureau_written_without_guanli_is_the_bureau():
    found = resolve_body("縣食品藥品監督局", JIASHAN_2012)
    assert (found.id, found.name) == ("330421-food_drug_administration_former", "嘉善县食品药品监督管理局")


def test_a_province_s_food_and_drug_bureau_written_without_guanli_is_the_province_s():
    assert resolve_body("省食品药品监督局", ZHEJIANG_2012).id == "330000-food_drug_administration_former"


def test_a_city_named_before_the_short_form_is_that_city_s_bureau():
    assert resolve_body("嘉兴市食品药品监督局", ZHEJIANG_2012).id == "330400-food_drug_administration_former"


def test_the_full_name_still_reads_as_before():
    assert resolve_body("县食品药品监督管理局", JIASHAN_2012).id == "330421-food_drug_administration_former"


def test_a_food_and_drug_station_is_no_bureau():
    assert resolve_body("县食品药品监督所", JIASHAN_2012).id is None


def test_a_food_and_drug_testing_institute_is_no_bureau():
    assert resolve_body("县食品药品监督检验所", JIASHAN_2012).id is None


def test_a_food_and_drug_inspection_squad_is_no_bureau():
    assert resolve_body("县食品药品监督稽查大队", JIASHAN_2012).id is None


def test_a_post_written_after_the_short_form_is_no_body():
    assert resolve_body("县食品药品监督局局长", JIASHAN_2012).id is None

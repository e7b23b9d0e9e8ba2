"""A district's merged bureau of commerce and tourism (区商务和旅游局, written 区商旅局) is one body answering to both
ministries, told apart from the commerce bureau and the culture and tourism bureau; a province has none. A street
office written 街办事处 (永丰街办事处, 道 left out) is the subdistrict's office as 街道办事处 is; a liaison office
(驻京办事处) is none."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

DISTRICT = make_context(region="杭州市上城区", level="district", date=dt.date(2022, 1, 1))


def test_the_merged_bureau_s_short_form_is_the_commerce_and_tourism_bureau():
    found = resolve_body("区商旅局", DISTRICT)
    assert (found.id, found.name) == ("330102-commerce_tourism_bureau", "上城区商务和旅游局")


def test_the_merged_bureau_answers_to_both_ministries():
    assert resolve_body("区商务和旅游局", DISTRICT).counterparts == ("mofcom", "mct")


def test_the_commerce_bureau_alone_stays_the_commerce_bureau():
    assert resolve_body("区商务局", DISTRICT).id == "330102-commerce_bureau"


def test_a_province_has_no_commerce_and_tourism_bureau():
    assert resolve_body("省商旅厅", make_context(region="浙江省", level="provincial", date=dt.date(2022, 1, 1))).id is None


def test_a_street_office_without_its_dao_is_the_subdistrict_s_office():
    assert resolve_body("永丰街办事处", DISTRICT).id == resolve_body("永丰街道办事处", DISTRICT).id == \
        "330102-subdistrict_office-永丰"


def test_a_liaison_office_is_no_street_office():
    assert resolve_body("区政府驻京办事处", DISTRICT).id is None


def test_a_street_office_written_jieban_is_the_subdistrict_s_office():
    assert resolve_body("永丰街办", DISTRICT).id == "330102-subdistrict_office-永丰"


def test_jieban_inside_other_words_names_no_street_office():
    # 街办企业 (an enterprise a street office runs) and a pedestrian street's office (步行街办公室) hold 街办 without naming
    # a subdistrict's office
    assert (resolve_body("街办企业", DISTRICT).id, resolve_body("步行街办公室", DISTRICT).id) == (None, None)

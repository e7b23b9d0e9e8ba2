"""Two readings the unseen-bodies key's tenth batch asked for: two collectives joined by 和 read as one, as
those joined by 及 are (县直和省市驻城各单位: 城步苗族自治县 2021), and a bureau of education, sport and science
(西昌市教体科局: 凉山州 2022) read as the education bureau, as 教体局 and 教科局 are. Bodies joined by 和, and 和
inside a body's name, stay what they were."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

CHENGBU_2021 = make_context(region="城步苗族自治县", level="municipal", date=dt.date(2021, 9, 3))
LIANGSHAN_2022 = make_context(region="凉山彝族自治州", level="municipal", date=dt.date(2022, 5, 19))


def test_two_collectives_joined_by_he_are_one_collective():
    found = resolve_body("县直和省市驻城各单位", CHENGBU_2021)
    assert (found.id, found.collective) == ("direct-units", True)
    assert resolve_body("县直及省市驻城各单位", CHENGBU_2021).id == "direct-units"


def test_bodies_joined_by_he_or_a_body_with_he_in_its_name_are_no_collective():
    assert resolve_body("县财政局和县税务局", CHENGBU_2021).id is None
    assert resolve_body("县直和县财政局", CHENGBU_2021).id is None
    assert resolve_body("县发展和改革局", CHENGBU_2021).id == "430529-development_reform_commission"
    assert resolve_body("县住房和城乡建设局", CHENGBU_2021).id == "430529-housing_construction_bureau"


def test_a_body_joined_by_he_to_a_collective_is_no_collective():
    # the government is a body: 县政府 + 有关部门 would make the county's departments of it, the government lost
    assert resolve_body("县政府和县直有关部门", CHENGBU_2021).id is None
    # a body's members (县发改局成员单位) are no list of the body and the members
    assert resolve_body("县发改局和各成员单位", CHENGBU_2021).id is None


def test_a_bureau_of_education_sport_and_science_is_the_education_bureau():
    assert resolve_body("西昌市教体科局", LIANGSHAN_2022).id == "513401-education_bureau"
    assert resolve_body("州教体局", LIANGSHAN_2022).id == "513400-education_bureau"


def test_the_science_bureau_stays_the_science_bureau():
    assert resolve_body("州科技局", LIANGSHAN_2022).id == "513400-science_technology_bureau"

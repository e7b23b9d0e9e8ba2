"""Round 21's leftovers. A military unit is led by a Party committee of its own, not a Party group: the armed forces
department's (区人武部党委: 杨陵区 2024) is read as the unit's, while another body's 党委 and a unit's 党组 name none; a
county bureau joining agriculture (herding), water and science (泽库县农牧水利和科技局: 泽库 2023) is one body answering
to the three ministries, as the bureaus joining two are."""

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

YANGLING_2024 = make_context(region="杨陵区", level="municipal", date=dt.date(2024, 4, 8))
YUNCHENG_2024 = make_context(region="运城市", level="municipal", date=dt.date(2024, 4, 8))
ZEKU_2023 = make_context(region="泽库县", level="municipal", date=dt.date(2023, 6, 1))


# --- a military unit's Party committee -------------------------------------------------------------------------

@pytest.mark.parametrize("written", ["区人武部党委", "杨陵区人武部党委", "中共杨陵区人武部党委", "区人民武装部党委"])
def test_the_armed_forces_department_s_party_committee_is_the_unit_s(written):
    found = resolve_body(written, YANGLING_2024)
    assert (found.id, found.name) == ("610403-armed_forces_department-party_committee", "中共杨陵区人民武装部委员会"), written
    assert found.notes[-1] == "the Party committee of 杨陵区人民武装部"


def test_a_military_subdistrict_s_party_committee_is_the_subdistrict_s():
    found = resolve_body("军分区党委", YUNCHENG_2024)
    assert (found.id, found.name) == ("140800-military_subdistrict-party_committee", "中共运城军分区委员会")


def test_a_unit_s_party_committee_is_no_place_s_party_committee():
    assert resolve_body("区人武部党委", YANGLING_2024).kind != resolve_body("区委", YANGLING_2024).kind


@pytest.mark.parametrize("written", ["区人武部党组", "区财政局党委", "区党委人武部"])
def test_a_unit_s_party_group_and_another_body_s_party_committee_name_none(written):
    # a unit sets up no Party group; a government department is led by a Party group, its 党委 no body the registry names
    assert resolve_body(written, YANGLING_2024).id is None, written


# --- a bureau of three functions -----------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "title"), [
    ("泽库县农牧水利和科技局", "泽库县农牧水利和科技局"), ("县农牧水利和科技局", "泽库县农牧水利和科技局"),
    ("县农业农村水利和科技局", "泽库县农业农村水利和科技局"),
])
def test_a_bureau_joining_agriculture_water_and_science_answers_to_the_three_ministries(written, title):
    found = resolve_body(written, ZEKU_2023)
    assert (found.id, found.name, found.counterparts) == (
        "632323-agriculture_water_science_bureau", title, ("mara", "mwr", "most")), written


@pytest.mark.parametrize(("written", "kind"), [
    ("县农牧和科技局", "agriculture_science_bureau"), ("县农业农村和水利局", "agriculture_water_bureau"),
    ("县水利局", "water_resources_bureau"),
])
def test_a_bureau_joining_two_of_them_or_one_stays_its_own_kind(written, kind):
    assert resolve_body(written, ZEKU_2023).id == f"632323-{kind}", written

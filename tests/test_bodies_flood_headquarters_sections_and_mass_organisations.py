"""Batch 19's mends of what it read wrong or left unread. A county's flood-control headquarters titled 防洪抗旱 (绩溪县
防洪抗旱指挥部 and its office: 绩溪 2020) is the flood-control headquarters, no task group of its own; the members of a
headquarters named by its short form, 指挥部 clipped to 指 (县防指成员单位), are the members of the place's task group;
the mass organisations (县群团组织: 东乡县 2016) are the people's organisations; and a county bureau's section (股:
利辛县应急管理局应急指挥股, 利辛 2025) is a division of the bureau, as a city bureau's 科 is."""

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

JIXI_2020 = make_context(region="绩溪县", level="municipal", date=dt.date(2020, 6, 17))
DONGXIANG_2016 = make_context(region="东乡县", level="municipal", date=dt.date(2016, 12, 28))
LIXIN_2025 = make_context(region="利辛县", level="municipal", date=dt.date(2025, 4, 1))


@pytest.mark.parametrize(("written", "expected"), [
    ("县防洪抗旱指挥部", "341824-flood_control_headquarters"),
    ("绩溪县防洪抗旱指挥部", "341824-flood_control_headquarters"),
    ("县防洪抗旱指挥部办公室", "341824-flood_control_office"),
])
def test_a_flood_headquarters_titled_fanghong_is_the_flood_headquarters(written, expected):
    assert resolve_body(written, JIXI_2020).id == expected, written


def test_a_flood_works_headquarters_stays_a_task_group():
    # 防洪 alone, without 抗旱, names a task group of its own (a flood-works headquarters)
    assert resolve_body("县防洪指挥部", JIXI_2020).id == "341824-task_group-防洪指挥部"


@pytest.mark.parametrize("written", ["县防指成员单位", "县防指各成员单位", "县森防指成员单位"])
def test_members_of_a_headquarters_by_its_short_form(written):
    found = resolve_body(written, JIXI_2020)
    assert (found.id, found.collective) == ("task-group-members", True), written


def test_a_clipped_headquarters_needs_its_topic():
    assert resolve_body("县指成员单位", JIXI_2020).id is None


@pytest.mark.parametrize("written", ["县直所指成员单位", "县级所指成员单位", "县上述所指成员单位", "县意指成员单位"])
def test_members_referred_to_are_no_headquarters_members(written):
    # 所指, 意指: 指 as the verb "refer to", after no headquarters' topic (防指, 森防指, 三防指)
    assert resolve_body(written, JIXI_2020).id is None, written


@pytest.mark.parametrize("written", ["县群团组织", "县级各群团组织"])
def test_the_mass_organisations_are_the_people_s_organisations(written):
    assert resolve_body(written, DONGXIANG_2016).id == "people-organisations", written


def test_mass_organisations_without_a_level_stay_unread():
    assert resolve_body("群团组织", DONGXIANG_2016).id is None


@pytest.mark.parametrize(("written", "expected"), [
    ("利辛县应急管理局应急指挥股", "341623-emergency_management_bureau-division-应急指挥股"),
    ("县财政局预算股", "341623-finance_bureau-division-预算股"),
])
def test_a_county_bureau_s_section_is_its_division(written, expected):
    assert resolve_body(written, LIXIN_2025).id == expected, written


@pytest.mark.parametrize("written", ["局机关各股室", "市城投集团控股"])
def test_sections_none_named_and_a_company_s_holding_are_no_division(written):
    assert resolve_body(written, LIXIN_2025).id is None, written


@pytest.mark.parametrize("written", ["县国资委控股", "县国资委持股", "县财政局参股", "县城投公司入股"])
def test_a_body_s_shareholding_is_no_section(written):
    # 控股, 持股, 参股, 入股 (holding, taking a stake in shares) end with 股 and are no section of the body before them
    assert resolve_body(written, LIXIN_2025).id is None, written


def test_a_section_named_after_state_assets_is_a_section():
    assert resolve_body("县财政局国资股", LIXIN_2025).id == "341623-finance_bureau-division-国资股"

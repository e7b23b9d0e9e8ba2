"""Batch 21's mends. A county's commerce bureau merged with science and industry (中方县商务科技和经济信息化局, 县商科工信局:
中方 2023) is one body answering to the three ministries, as 科工信局 answers to two; a development zone named by what
it holds (中方产业开发区) is its host's development zone; a body's organs (宁夏回族自治区商务厅机关, 厅机关 in the
department's own page) are the body; and 省辖市, 河南's word for its prefecture-level cities, is a level word."""

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body

ZHONGFANG_2023 = make_context(region="中方县", level="municipal", date=dt.date(2023, 4, 1))
NINGXIA_DEPARTMENT = make_context(region="宁夏回族自治区", level="provincial", date=dt.date(2020, 1, 1),
                                  issuer="宁夏回族自治区商务厅")
NINGXIA_2020 = make_context(region="宁夏回族自治区", level="provincial", date=dt.date(2020, 1, 1))
HENAN_2021 = make_context(region="河南省", level="provincial", date=dt.date(2021, 12, 14))
ZHENGZHOU_2021 = make_context(region="郑州市", level="municipal", date=dt.date(2021, 12, 14))


@pytest.mark.parametrize(("written", "title"), [
    ("中方县商务科技和经济信息化局", "中方县商务科技和经济信息化局"), ("县商务科技和工业信息化局", "中方县商务科技和工业信息化局"),
    ("县商科工信局", "中方县商务科技和经济信息化局"),
])
def test_a_commerce_bureau_merged_with_science_and_industry_answers_to_the_three_ministries(written, title):
    # one body of three functions, as 科工信局 is one of two: read as the commerce bureau alone, its science and
    # industry tasks lost their ministries and its title (中方县商务局) named no body
    found = resolve_body(written, ZHONGFANG_2023)
    assert (found.id, found.name, found.counterparts) == (
        "431221-commerce_science_industry_bureau", title, ("mofcom", "most", "miit")), written


def test_a_commerce_bureau_alone_stays_the_commerce_bureau():
    assert resolve_body("县商务局", ZHONGFANG_2023).id == "431221-commerce_bureau"


def test_science_joined_with_industry_alone_stays_its_own_kind():
    assert resolve_body("县科工信局", ZHONGFANG_2023).id == "431221-science_industry_information_bureau"


def test_a_development_zone_named_by_what_it_holds_is_the_host_s():
    assert resolve_body("中方产业开发区", ZHONGFANG_2023).id == "431221-development_zone_committee"


def test_a_high_tech_industrial_zone_stays_the_high_tech_zone():
    assert resolve_body("中方高新技术产业开发区", ZHONGFANG_2023).id == "431221-hightech_zone_committee"


@pytest.mark.parametrize(("written", "context"), [
    ("宁夏回族自治区商务厅机关", NINGXIA_2020), ("自治区商务厅机关", NINGXIA_2020), ("厅机关", NINGXIA_DEPARTMENT),
])
def test_a_body_s_organs_are_the_body(written, context):
    found = resolve_body(written, context)
    assert (found.id, found.name) == ("640000-commerce_bureau", "宁夏回族自治区商务厅"), written
    assert "the organs of" in found.notes[-1]


@pytest.mark.parametrize(("written", "context"), [
    ("厅机关", NINGXIA_2020), ("国家机关", NINGXIA_2020), ("机关", NINGXIA_DEPARTMENT), ("宁夏机关", NINGXIA_2020),
])
def test_organs_after_no_one_local_body_stay_unread(written, context):
    # 厅 without the document's issuer is no department; a place or the state is no body
    assert resolve_body(written, context).id is None, written


def test_a_department_s_own_units_and_divisions_stay_its_collective():
    assert resolve_body("厅机关各处室", NINGXIA_DEPARTMENT).id == "direct-units"


@pytest.mark.parametrize(("written", "expected"), [
    ("各省辖市人民政府", "410000-subordinate-people_government"),
    ("各省辖市自然资源主管部门", "410000-subordinate-natural_resources_bureau"),
])
def test_the_cities_a_province_governs(written, expected):
    found = resolve_body(written, HENAN_2021)
    assert (found.id, found.collective) == (expected, True), written


def test_the_cities_a_province_governs_are_none_under_a_city():
    assert resolve_body("各省辖市人民政府", ZHENGZHOU_2021).id is None

"""A plan of a state-level new area (国家级新区: 两江新区, 雄安新区, 贵安新区, 西咸新区) is the new area's: its
region is the new area as the gazetteer writes it, read ``municipal`` as the gazetteer reads a new area's
bodies, and its bodies written 区… are the new area's bureaus — not its province's (重庆, 河北), which the
title's opening place gave before. A municipality's district named 新区 (浦东新区, 滨海新区) stays a
district, a city's development zone (成都高新区) its city's, and a province's plan naming a new area its
province's (pilotplans.normalizers.place.named_places, new_area_opening; parsers.metadata)."""

from pathlib import Path

import pytest

from pilotplans.ingest.pipeline import read_document

FIXTURES = Path(__file__).parent / "fixtures"


def _said(document, code):
    return [w.message for w in document.warnings if w.code == code]


def _plan(tmp_path: Path, issuer: str, title: str, bodies: str = "区商务局、区财政局") -> Path:
    path = tmp_path / "plan.txt"
    path.write_text(f"{issuer}关于印发{title}的通知\n各有关单位：\n现将《{title}》印发给你们，请认真贯彻落实。\n"
                    f"{issuer}\n2021年3月1日\n{title}\n"
                    f"1.支持服务贸易企业开拓国际市场。（责任单位：{bodies}）\n"
                    f"2.推进服务外包转型升级。（责任单位：{bodies}）\n", "utf-8")
    return path


def test_a_new_area_committee_s_plan_is_the_new_area_s_and_its_district_bodies_its_bureaus():
    # ljxq.cq.gov.cn 渝两江管发〔2023〕10号: issued by 重庆两江新区管理委员会, whose name ends like a ministry's
    document = read_document(FIXTURES / "notices/new-area-committee-district-bodies.txt")
    assert (document.level, document.region) == ("municipal", "两江新区")
    assert [(d.raw, d.id) for d in document.measures[0].departments] == [
        ("区商务局", "500000-liangjiang-commerce_bureau"), ("区财政局", "500000-liangjiang-finance_bureau")]
    assert not _said(document, "level_from_bodies")


def test_a_new_area_written_after_its_province_is_the_new_area_s_not_the_province_s():
    document = read_document(FIXTURES / "notices/new-area-written-after-province.txt")
    assert (document.issuer, document.level, document.region) == ("河北省雄安新区管理委员会", "municipal", "雄安新区")
    assert [d.id for d in document.measures[0].departments] == ["133100-commerce_bureau", "133100-finance_bureau"]


@pytest.mark.parametrize(("issuer", "title", "region", "commerce"), [
    ("两江新区管委会", "重庆两江新区推进服务贸易创新发展实施方案", "两江新区", "500000-liangjiang-commerce_bureau"),
    ("雄安新区管委会", "河北雄安新区推进服务贸易创新发展实施方案", "雄安新区", "133100-commerce_bureau"),
    ("贵安新区管委会", "贵安新区推进服务贸易创新发展实施方案", "贵安新区", "520100-guian-commerce_bureau"),
    ("西咸新区管委会", "西咸新区推进服务贸易创新发展实施方案", "西咸新区", "610100-xixian-commerce_bureau"),
])
def test_a_new_area_s_plan_whose_title_names_it_reads_the_new_area(tmp_path, issuer, title, region, commerce):
    document = read_document(_plan(tmp_path, issuer, title))
    assert (document.level, document.region) == ("municipal", region)
    assert document.measures[0].departments[0].id == commerce


def test_a_new_area_named_only_by_the_title_of_a_page_is_taken_from_it_and_said():
    document = read_document(FIXTURES / "prose-shapes/zone-name-over-title-naming-it.txt")
    assert (document.level, document.region) == ("municipal", "西咸新区")
    assert _said(document, "region_inferred") == [
        "the document's metadata names no region; taken from its title, which names 西咸新区"]


@pytest.mark.parametrize(("issuer", "title", "region"), [
    ("上海市浦东新区人民政府", "浦东新区推进服务贸易创新发展实施方案", "浦东新区"),  # a district of 上海 named 新区
    ("滨海新区人民政府", "天津滨海新区推进服务贸易创新发展实施方案", "滨海新区"),  # a district of 天津 named 新区
    ("渝中区人民政府", "重庆市渝中区推进服务贸易创新发展实施方案", "渝中区"),  # a municipality's ordinary district
])
def test_a_municipality_s_district_plan_still_reads_the_district(tmp_path, issuer, title, region):
    document = read_document(_plan(tmp_path, issuer, title))
    assert (document.level, document.region) == ("county", region)


def test_a_city_s_development_zone_plan_still_reads_the_city(tmp_path):
    document = read_document(_plan(tmp_path, "成都高新区管委会", "成都高新区推进服务贸易创新发展实施方案"))
    assert (document.level, document.region) == ("municipal", "成都")
    assert [d.id for d in document.measures[0].departments] == [None, None]


def test_a_province_s_plan_naming_a_new_area_stays_the_province_s(tmp_path):
    document = read_document(_plan(tmp_path, "河北省人民政府办公厅", "支持雄安新区推进服务贸易创新发展实施方案",
                                   "省商务厅、省财政厅"))
    assert (document.level, document.region) == ("provincial", "河北")


def test_a_plan_titled_after_a_new_area_its_province_s_government_issues_stays_the_province_s(tmp_path):
    # the plan's title printed alone, its issuer the province's government signing it
    path = tmp_path / "plan.txt"
    path.write_text("河北省雄安新区推进服务贸易创新发展实施方案\n河北省人民政府\n2021年3月1日\n"
                    "1.支持服务贸易企业开拓国际市场。（责任单位：省商务厅、省财政厅）\n"
                    "2.推进服务外包转型升级。（责任单位：省商务厅）\n", "utf-8")
    document = read_document(path)
    assert (document.issuer, document.level, document.region) == ("河北省人民政府", "provincial", "河北")


@pytest.mark.parametrize(("issuer", "title", "region", "commerce"), [
    # 青岛西海岸新区总体方案: 规划范围为青岛市黄岛区全域; 黄岛区政府与西海岸新区管委整合 (2014)
    ("青岛西海岸新区管委", "青岛西海岸新区推进服务贸易创新发展实施方案", "黄岛区", "370211-commerce_bureau"),
    # 广州南沙新区发展规划: 南沙街、珠江街、龙穴街 and the six towns of 南沙区, its plans issued by 广州市南沙区人民政府
    ("广州市南沙区人民政府办公室", "南沙新区推进服务贸易创新发展实施方案", "广州市南沙区", "440115-commerce_bureau"),
])
def test_a_new_area_one_district_s_government_governs_whole_reads_the_district(tmp_path, issuer, title, region,
                                                                              commerce):
    document = read_document(_plan(tmp_path, issuer, title))
    assert (document.level, document.region) == ("county", region)
    assert document.measures[0].departments[0].id == commerce


@pytest.mark.parametrize(("issuer", "title", "region", "commerce"), [
    ("南京江北新区管理委员会", "南京江北新区推进服务贸易创新发展实施方案", "江北新区", "320100-jiangbei-commerce_bureau"),
    ("四川天府新区管理委员会", "四川天府新区推进服务贸易创新发展实施方案", "天府新区", "510100-tianfu-commerce_bureau"),
])
def test_a_new_area_whose_committee_spans_several_divisions_reads_the_new_area(tmp_path, issuer, title, region,
                                                                              commerce):
    document = read_document(_plan(tmp_path, issuer, title))
    assert (document.level, document.region) == ("municipal", region)
    assert document.measures[0].departments[0].id == commerce


@pytest.mark.parametrize("title", ["广州南沙新区推进服务贸易创新发展实施方案", "南沙新区推进服务贸易创新发展实施方案"])
def test_a_new_area_plan_its_zone_s_committee_alone_issues_reads_the_district_the_new_area_is(tmp_path, title):
    # 广州南沙开发区管委会 signs 南沙区's plans with its government (穗南开管办函〔2022〕5号): alone, its name
    # (广州 + 南沙 + 开发区) opens the notice's title before the new area it issues the plan for
    document = read_document(_plan(tmp_path, "广州南沙开发区管委会", title))
    assert (document.level, document.region) == ("county", "广州市南沙区")
    assert [d.id for d in document.measures[0].departments] == ["440115-commerce_bureau", "440115-finance_bureau"]


def test_a_new_area_plan_its_city_s_government_issues_stays_the_city_s(tmp_path):
    document = read_document(_plan(tmp_path, "广州市人民政府办公厅", "广州南沙新区推进服务贸易创新发展实施方案",
                                   "市商务局、市财政局"))
    assert (document.level, document.region) == ("municipal", "广州")
    assert [d.id for d in document.measures[0].departments] == ["440100-commerce_bureau", "440100-finance_bureau"]


def test_a_city_plan_naming_the_new_area_s_committee_among_its_owners_stays_the_city_s(tmp_path):
    document = read_document(_plan(tmp_path, "广州市商务局", "广州市推进服务贸易创新发展实施方案", "市商务局、南沙新区管委会"))
    assert (document.level, document.region) == ("municipal", "广州")
    assert [d.id for d in document.measures[0].departments] == ["440100-commerce_bureau", "440100-nansha-new_area_committee"]


@pytest.mark.parametrize("issuer", ["浙江舟山群岛新区管理委员会", "舟山市人民政府"])
def test_a_new_area_over_one_whole_city_reads_the_city(tmp_path, issuer):
    # 国函〔2011〕77号: 浙江舟山群岛新区范围为舟山市现有行政区域范围 — its plan is 舟山's, whichever of the two signs
    document = read_document(_plan(tmp_path, issuer, "浙江舟山群岛新区推进服务贸易创新发展实施方案", "市商务局、市财政局"))
    assert (document.level, document.region) == ("municipal", "舟山")
    assert [d.id for d in document.measures[0].departments] == ["330900-commerce_bureau", "330900-finance_bureau"]


def test_a_new_area_plan_over_one_whole_city_its_province_issues_stays_the_province_s(tmp_path):
    document = read_document(_plan(tmp_path, "浙江省人民政府", "浙江舟山群岛新区推进服务贸易创新发展实施方案",
                                   "省商务厅、省财政厅"))
    assert (document.level, document.region) == ("provincial", "浙江")

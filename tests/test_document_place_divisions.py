"""A notice is placed in the most specific division its issuer's name opens with, each division written
in full inside the one before it (广东省深圳市南山区人民政府办公室: 南山区; 湖北省恩施州人民政府: 恩施州), and a
district whose name several cities' districts bear (城区, 郊区, 市中区) is written after its city, so that
its region names it alone (晋城市城区). pilotplans.normalizers.place.division_opening reads the chain from
the division data (divisions.tsv: names, short forms and aliases such as 恩施州, 延边州)."""

from pathlib import Path

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.layout import Paragraph
from pilotplans.normalizers.place import division_opening
from pilotplans.normalizers.registry import load_registry
from pilotplans.parsers.metadata import read_metadata

DISTRICT = Path(__file__).parent / "fixtures" / "notices" / "district-named-after-province-and-city.txt"


def _metadata(*lines: str):
    return read_metadata([Paragraph(text=line) for line in lines])


def _read(tmp_path, text):
    path = tmp_path / "plan.txt"
    path.write_text(text, "utf-8")
    return read_document(path)


def test_a_district_named_after_its_province_and_city_is_the_district_s():
    # before: provincial, 广东 (the province the name opens with), and 区商务局 placed nowhere
    document = read_document(DISTRICT)
    assert (document.level, document.region) == ("county", "深圳市南山区")
    assert [d.id for d in document.measures[0].departments] == ["440305-commerce_bureau", "440305-finance_bureau"]


def test_a_province_s_own_office_stays_the_province_s(tmp_path):
    document = _read(tmp_path, DISTRICT.read_text("utf-8").replace("广东省深圳市南山区人民政府办公室", "广东省人民政府办公厅"))
    assert (document.level, document.region) == ("provincial", "广东")


@pytest.mark.parametrize(("issuer", "level", "region"), [
    ("湖北省恩施州人民政府", "municipal", "恩施"),
    ("恩施州人民政府", "municipal", "恩施"),
    ("吉林省延边州人民政府", "municipal", "延边"),
    ("内蒙古自治区锡林郭勒盟行政公署", "municipal", "锡林郭勒"),
    ("兴安盟行政公署", "municipal", "兴安"),
    ("西藏自治区阿里地区行政公署", "municipal", "阿里"),
    ("中共湖北省恩施州委办公室", "municipal", "恩施"),
])
def test_a_prefecture_written_as_its_government_writes_it_is_the_prefecture_s(issuer, level, region):
    meta = _metadata(f"{issuer}关于印发跨境电子商务综合试验区实施方案的通知", "各县市人民政府：", "现将方案印发给你们。")
    assert (meta.level, meta.region) == (level, region)


@pytest.mark.parametrize(("issuer", "region"), [
    ("晋城市城区人民政府", "晋城市城区"),
    ("铜陵市郊区人民政府办公室", "铜陵市郊区"),
    ("济南市市中区人民政府办公室", "济南市市中区"),
    ("山西省晋城市城区人民政府", "晋城市城区"),
])
def test_a_district_whose_name_several_cities_bear_is_written_after_its_city(issuer, region):
    # before: 城区, 郊区, 市中区, which the gazetteer cannot tell between cities
    meta = _metadata(f"{issuer}关于印发实施方案的通知", "各街道办事处：", "现将方案印发给你们。")
    assert (meta.level, meta.region) == ("county", region)
    assert load_registry().gazetteer.lookup_written(region).code == {
        "晋城市城区": "140502", "铜陵市郊区": "340711", "济南市市中区": "370103"}[region]


def test_a_title_naming_a_prefecture_after_its_province_is_the_prefecture_s():
    meta = _metadata("湖北省恩施州跨境电子商务综合试验区实施方案", "一、总体要求")
    assert (meta.level, meta.region) == ("municipal", "恩施")


def test_a_province_issuing_a_plan_for_its_prefecture_keeps_the_province_s_reading():
    meta = _metadata("湖北省人民政府关于印发湖北省恩施州跨境电子商务综合试验区实施方案的通知", "各市、州人民政府：",
                     "现将方案印发给你们。")
    assert (meta.level, meta.region) == ("provincial", "湖北")


def test_a_county_level_city_named_after_its_province_is_that_city_s():
    # before: provincial, 江苏; as a document, a county-level city's plan reads at a county's level
    meta = _metadata("江苏省昆山市商务局关于印发实施方案的通知", "各区镇：", "现将方案印发给你们。")
    assert (meta.level, meta.region) == ("county", "昆山")


@pytest.mark.parametrize(("text", "name", "links"), [
    ("广东省深圳市南山区人民政府办公室", "南山区", 3),
    ("湖北省恩施州人民政府", "恩施土家族苗族自治州", 2),
    ("吉林省延边朝鲜族自治州人民政府", "延边朝鲜族自治州", 2),
    ("济南市市中区人民政府", "市中区", 2),
    ("湖北省商务厅", "湖北省", 1),
])
def test_the_division_chain_a_name_opens_with(text, name, links):
    found = division_opening(text, load_registry().gazetteer)
    assert (found.region.name, found.links) == (name, links)


@pytest.mark.parametrize("text", ["城区人民政府", "关于印发实施方案的通知", "深圳南山区人民政府"])
def test_no_division_chain_where_none_is_written_in_full_or_a_name_is_several_places(text):
    assert division_opening(text, load_registry().gazetteer) is None


@pytest.mark.parametrize(("issuer", "region"), [
    ("广州南沙开发区管委会", "广州市南沙区"),  # 广州南沙开发区(自贸区南沙片区)管理委员会: one government with 南沙区
    ("广州南沙开发区管理委员会办公室", "广州市南沙区"),
    ("广州开发区管委会", "黄埔区"),  # 广州开发区 and 黄埔区: 合署办公
    ("广州经济技术开发区管理委员会", "黄埔区"),
    ("广州市南沙区人民政府", "广州市南沙区"),  # 三沙 has a 南沙区 too
    ("广州开发区管委会 广州市黄埔区人民政府", "黄埔区"),  # the two issuing together, one government
])
def test_a_zone_committee_that_is_one_government_with_a_district_is_the_district_s(issuer, region):
    # before: no place (广州南沙开发区, 广州开发区 named no place the gazetteer read), or 南沙区 of no one city
    meta = _metadata(f"{issuer}关于印发实施方案的通知", "各部门：", "现将方案印发给你们。")
    assert (meta.level, meta.region) == ("county", region)


def test_an_area_s_other_name_opens_no_notice_where_its_committee_governs_no_division():
    # 雄安 (河北雄安新区's alias) and 东湖高新区 (武汉东湖新技术开发区's) name no division their committee governs
    assert (_metadata("雄安管委会关于印发实施方案的通知", "各部门：", "现将方案印发给你们。").region) is None
    assert (_metadata("东湖高新区管委会关于印发实施方案的通知", "各部门：", "现将方案印发给你们。").region) is None

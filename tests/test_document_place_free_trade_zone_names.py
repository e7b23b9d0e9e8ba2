"""A free trade zone's full name opening an issuer's or a title's (中国（广东）自由贸易试验区广州南沙新区片区管理委员会)
is read through for the place: the issuer is taken with its bracketed province as its own letters, and the
place is the new area the zone's 片区 goes on with (广州南沙新区: 南沙区, the district its committee governs as
one), or the city or county of the zone's province its 片区 is named after (武汉片区: 武汉, municipal; 绥芬河片区:
绥芬河, county), or, for a municipality's zone, the municipality whose 派出机构 the zone's committee is (临港新片区:
上海, at the level a municipality reads, municipal). A 片区 is never a level of its own: it reads as its host. A
片区 named after no place of the zone's province (钦州港片区) stays unplaced, never the province's
(pilotplans.parsers.metadata)."""

from pathlib import Path

from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import read_metadata

FIXTURES = Path(__file__).parent / "fixtures"


def _metadata(lines):
    return read_metadata([Paragraph(text=line) for line in lines])


def test_a_municipality_s_zone_plan_titled_with_the_zone_s_full_name_is_the_municipality_s():
    # before: no level, no region
    lines = (FIXTURES / "notices" / "lingang-2021-zone-plan-on-news-page.txt").read_text("utf-8").splitlines()
    found = _metadata(lines)
    assert (found.title, found.level, found.region) == ("中国(上海)自由贸易试验区临港新片区发展“十四五”规划", "municipal", "上海")


def test_the_nansha_area_committee_issues_and_places_its_notice_in_nansha():
    # before: no issuer (the brackets stopped its name), no place
    found = _metadata(["中国（广东）自由贸易试验区广州南沙新区片区管理委员会关于印发南沙片区促进跨境贸易便利化若干措施的通知",
                       "各有关单位:"])
    assert (found.issuer, found.level, found.region) == (
        "中国（广东）自由贸易试验区广州南沙新区片区管理委员会", "county", "广州市南沙区")


def test_the_lingang_committee_signing_places_its_notice_in_shanghai():
    found = _metadata(["关于印发临港新片区促进产业发展若干政策的通知", "各有关单位:",
                       "中国（上海）自由贸易试验区临港新片区管理委员会", "2023年1月3日"])
    assert (found.issuer, found.level, found.region) == ("中国（上海）自由贸易试验区临港新片区管理委员会", "municipal", "上海")


def test_a_province_s_zone_area_named_by_its_city_s_short_form_is_the_city_s():
    # before: unplaced (no level, no region), though the registry reads the committee as 武汉's body
    found = _metadata(["中国（湖北）自由贸易试验区武汉片区管理委员会关于印发若干措施的通知", "各有关单位:"])
    assert (found.issuer, found.level, found.region) == ("中国（湖北）自由贸易试验区武汉片区管理委员会", "municipal", "武汉")


def test_a_zone_area_s_plan_titled_with_the_zone_s_full_name_is_its_city_s():
    # round 4's leftover: 厦门片区 unplaced
    found = _metadata(["中国（福建）自由贸易试验区厦门片区建设实施方案", "一、总体要求"])
    assert (found.level, found.region) == ("municipal", "厦门")


def test_a_city_s_zone_area_without_the_zone_s_name_is_the_city_s():
    found = _metadata(["厦门片区管委会关于印发若干措施的通知", "各有关单位:"])
    assert (found.issuer, found.level, found.region) == ("厦门片区管委会", "municipal", "厦门")


def test_a_zone_area_named_after_a_county_level_city_reads_county():
    found = _metadata(["中国（黑龙江）自由贸易试验区绥芬河片区管理委员会关于印发若干措施的通知", "各有关单位:"])
    assert (found.level, found.region) == ("county", "绥芬河")


def test_a_zone_area_named_after_no_place_stays_unplaced():
    found = _metadata(["中国（广西）自由贸易试验区钦州港片区管理委员会关于印发若干措施的通知", "各有关单位:"])
    assert (found.level, found.region) == (None, None)


def test_a_zone_area_named_after_another_province_s_city_stays_unplaced():
    found = _metadata(["中国（福建）自由贸易试验区武汉片区建设实施方案", "一、总体要求"])
    assert (found.level, found.region) == (None, None)


def test_a_planning_area_opening_a_title_without_a_city_s_name_places_nothing():
    found = _metadata(["城北片区改造提升实施方案", "一、总体要求"])
    assert (found.level, found.region) == (None, None)


def test_a_municipality_s_zone_area_named_after_no_district_is_the_municipality_s():
    found = _metadata(["中国（天津）自由贸易试验区天津港片区管理委员会关于印发若干措施的通知", "各有关单位:"])
    assert (found.level, found.region) == ("municipal", "天津")


def test_a_province_s_notice_supporting_its_zone_stays_the_province_s():
    found = _metadata(["湖北省人民政府办公厅关于印发支持中国（湖北）自由贸易试验区深化改革创新若干措施的通知", "各市、州人民政府:"])
    assert (found.issuer, found.level, found.region) == ("湖北省人民政府办公厅", "provincial", "湖北")


def test_a_municipality_s_zone_named_whole_with_no_area_places_nothing():
    # the zone's overall plan (the State Council's) printed without its issuer: no area's, no committee's
    found = _metadata(["中国（天津）自由贸易试验区总体方案", "一、总体要求"])
    assert (found.level, found.region) == (None, None)


def test_a_zone_area_s_plan_under_a_state_council_number_places_nothing():
    # 国发〔2019〕15号: the State Council's overall plan for 临港新片区, printed without its issuer (before the
    # mend: 上海, municipal)
    found = _metadata(["国发〔2019〕15号", "中国（上海）自由贸易试验区临港新片区总体方案", "一、总体要求"])
    assert (found.doc_no, found.level, found.region) == ("国发〔2019〕15号", None, None)


def test_a_zone_area_s_plan_under_the_city_s_number_stays_the_city_s():
    found = _metadata(["沪府发〔2021〕15号", "中国（上海）自由贸易试验区临港新片区发展“十四五”规划", "一、发展基础"])
    assert (found.doc_no, found.level, found.region) == ("沪府发〔2021〕15号", "municipal", "上海")


def test_a_province_s_plan_for_its_zone_s_area_stays_the_province_s():
    # the province signs: its plan for the area inside it, as a province's plan for a new area is its own
    found = _metadata(["中国（湖北）自由贸易试验区武汉片区高质量发展若干措施", "一、总体要求", "湖北省人民政府", "2023年1月3日"])
    assert (found.issuer, found.level, found.region) == ("湖北省人民政府", "provincial", "湖北")


def test_a_province_s_plan_for_a_city_s_zone_area_named_without_the_zone_stays_the_province_s():
    found = _metadata(["厦门自贸片区高质量发展若干措施", "一、总体要求", "福建省人民政府", "2023年1月3日"])
    assert (found.issuer, found.level, found.region) == ("福建省人民政府", "provincial", "福建")


def test_a_planning_area_named_like_a_city_without_a_zone_s_word_places_nothing():
    # 中山片区 is a city quarter's name in many cities (大连's 中山区, a 中山路): no zone's word (自贸片区, a 片区's
    # committee) says it is a free trade zone's area of 中山
    found = _metadata(["中山片区改造提升实施方案", "一、总体要求"])
    assert (found.level, found.region) == (None, None)


def test_a_municipality_s_zone_area_named_after_one_of_its_districts_is_that_district():
    # before: unplaced (朝阳区 written alone is borne by several places)
    found = _metadata(["中国（北京）自由贸易试验区朝阳片区建设方案", "一、总体要求"])
    assert (found.level, found.region) == ("county", "北京市朝阳区")


def test_a_zone_area_named_after_a_prefecture_written_as_a_diqu_is_that_prefecture_s():
    # before: national (喀什地区片区管理委员会 read as a ministry's name ending in 委员会, its place not being a 市)
    found = _metadata(["中国（新疆）自由贸易试验区喀什片区管理委员会关于印发若干措施的通知", "各有关单位:"])
    assert (found.level, found.region) == ("municipal", "喀什")

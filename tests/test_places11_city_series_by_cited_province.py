"""A city government's 文号 opening with a character several places' names open with (德府发: 德阳, 德州, 德宏…) is the one
city of the province whose 简称 opens a number the notice cites (川府发〔2015〕45号: 四川 → 德阳), where its addressee line
speaks as a city's government (各县(市、区)人民政府…): prose-blind23's 德阳, which named its place only in a 关键词 row."""

from __future__ import annotations

from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, page_metadata

DEYANG = FIXTURES / "prose-blind23" / "deyang-2016-city-ppp-opinion-piped-info-rows-reasons-numbered-cut.txt"
TO_COUNTIES = "各县(市、区)人民政府,市级各部门:"


def test_a_city_s_series_is_placed_by_the_province_its_notice_cites():
    # before: no level, no region (德 opens 德阳's, 德州's, 德宏's … names)
    found = page_metadata(DEYANG)
    assert (found.level, found.region, found.region_named_by, found.region_named_in) == ("municipal", "德阳", "德府", "doc_no_cited_province")


def test_a_series_is_not_placed_where_the_notice_cites_no_province():
    # quiet: 国办发 is no province's number
    found = lines_metadata("德府发〔2016〕20号", TO_COUNTIES, "按照国务院办公厅《关于…的通知》(国办发〔2015〕42号)要求,提出以下意见。")
    assert (found.level, found.region) == (None, None)


def test_a_series_is_not_placed_where_two_cities_of_the_province_cited_share_its_character():
    # quiet: 济 opens 济南's and 济宁's names, both of 山东 (鲁政发)
    found = lines_metadata("济府发〔2016〕20号", TO_COUNTIES, "按照省政府《关于…的意见》(鲁政发〔2015〕45号)要求,提出以下意见。")
    assert (found.level, found.region) == (None, None)


def test_a_series_is_not_placed_where_the_addressee_line_speaks_as_a_province():
    # quiet: a province addresses its cities first (各市(州)、县(市、区)人民政府)
    found = lines_metadata("德府发〔2016〕20号", "各市(州)、县(市、区)人民政府,省级各部门:",
                           "按照省政府《关于…的意见》(川府发〔2015〕45号)要求,提出以下意见。")
    assert found.region is None


def test_a_series_is_not_placed_where_a_county_addresses_its_own_departments_first():
    # quiet: 各县直部门 opens with 各县 but a county speaks (德昌县's 德府发, under 凉山, cites 川府发 too): not 德阳
    found = lines_metadata("德府发〔2016〕20号", "各县直部门,各乡镇人民政府:",
                           "按照省政府《关于…的意见》(川府发〔2015〕45号)要求,提出以下意见。")
    assert (found.level, found.region) == (None, None)


def test_a_series_is_placed_where_the_city_addresses_its_counties_and_districts_together():
    # fires: 各县区人民政府 is a city's addressee line as 各县(市、区)人民政府 is
    found = lines_metadata("德府发〔2016〕20号", "各县区人民政府,市级各部门:",
                           "按照省政府《关于…的意见》(川府发〔2015〕45号)要求,提出以下意见。")
    assert (found.level, found.region, found.region_named_in) == ("municipal", "德阳", "doc_no_cited_province")

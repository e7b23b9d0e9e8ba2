"""What round 46 taught about a body's place and time, each rule with the case it fires on and the near misses it must
leave alone.

- A bare 郊区 in a city's own plan is that city's part when the city had one at the page's date (长治's 郊区, merged
  with 城区 into 潞州区 in 2018: 长治市城区's page of 2014, zhongguowangshi.com.cn/doc-view-73053.html, 北与郊区毗邻),
  never the namesake another city bears now (阳泉's 郊区, 140311); 阳泉's own pages keep theirs (陽泉市礦區's page,
  jswhf.com/shanxi/yangquan/10804.shtml: 北塊與陽泉市城區、郊區接壤).
- A division split among several leaves its name to the one of them bearing it under another unit word (牟平县 → 牟平区
  and 莱山区, 1994: 国函〔1994〕69号, as yescallop/areacodes gives the codes): 牟平县政府 on 牟平区's page of 2000
  (shandong-chorography.org, 烟台市牟平区志) is 牟平区's government.
- A province's tobacco company's city company (湖南省烟草公司郴州市公司: authors' units of m.jizihe.com/page/2013/0126/
  15813030.shtml) is the city's tobacco monopoly bureau, the bureau and the company being one organ."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

from pilotplans.normalizers.registry.divisions import parse_divisions
from pilotplans.normalizers.resolve import make_context, resolve_body

ROOT = Path(__file__).resolve().parents[1]
SPLIT = Path(__file__).parent / "fixtures" / "areacodes" / "divisions_split.csv"

HUNAN_2013 = make_context(region="430000", level="provincial", date=dt.date(2013, 1, 26))
CHANGZHI_1997 = make_context(region="140400", level="municipal", date=dt.date(1997, 1, 1))
CHANGZHI_2021 = make_context(region="140400", level="municipal", date=dt.date(2021, 5, 25))
CHANGZHI_UNDATED = make_context(region="140400", level="municipal")
LUZHOU_2014 = make_context(region="140403", level="municipal", date=dt.date(2014, 6, 1))
LUZHOU_2021 = make_context(region="140403", level="municipal", date=dt.date(2021, 6, 1))
YANGQUAN_2017 = make_context(region="140300", level="municipal", date=dt.date(2017, 6, 1))
YANGQUAN_MINING_UNDATED = make_context(region="140303", level="municipal")
TAIYUAN_UNDATED = make_context(region="140100", level="municipal")
EZHOU_2015 = make_context(region="420700", level="municipal", date=dt.date(2015, 6, 1))
SHANGRAO_2020 = make_context(region="361100", level="municipal", date=dt.date(2020, 6, 1))
MUPING_2000 = make_context(region="370612", level="municipal", date=dt.date(2000, 12, 31))
MUPING_1990 = make_context(region="370612", level="municipal", date=dt.date(1990, 6, 1))

SUBURB_UNTIL_2018 = "郊区 was the name of 潞州区 until 2018 (the document's year, {year}, is before)"


def build_gazetteer():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "tools" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def former_names() -> dict[str, list[tuple[str, str]]]:
    tool = build_gazetteer()
    current, history = tool.read_areacodes(SPLIT)
    tool.attach_former(current, history, tool.ethnic_groups())
    return {code: division.former for code, division in current.items()}


# 郊区 on a page of the city that had one: its own, or nothing -----------------------------------------------------

def test_a_bare_suburb_district_on_its_city_s_page_of_its_years_is_the_city_s_own():
    found = resolve_body("郊區", CHANGZHI_1997)
    assert (found.id, found.flags, found.notes) == ("140403", (), (SUBURB_UNTIL_2018.format(year=1997),))


def test_a_bare_suburb_district_s_bureau_on_a_district_s_page_of_the_city_before_the_merger_is_its_own():
    found = resolve_body("郊区财政局", LUZHOU_2014)
    assert (found.id, found.flags, found.notes) == (
        "140403-finance_bureau", (), (SUBURB_UNTIL_2018.format(year=2014),))


def test_a_bare_suburb_district_on_its_city_s_page_after_the_merger_names_no_other_city_s_district():
    assert resolve_body("郊区财政局", CHANGZHI_2021).id is None


def test_a_bare_suburb_district_on_its_city_s_undated_page_names_no_other_city_s_district():
    assert resolve_body("郊区", CHANGZHI_UNDATED).id is None


def test_a_bare_suburb_district_on_the_merged_district_s_own_page_after_the_merger_names_nothing():
    assert resolve_body("郊区财政局", LUZHOU_2021).id is None


def test_the_city_bearing_the_name_now_reads_its_own_suburb_district():
    assert resolve_body("郊区财政局", YANGQUAN_2017).id == "140311-finance_bureau"


def test_a_district_of_the_city_bearing_the_name_now_reads_that_city_s_suburb_district_on_an_undated_page():
    assert resolve_body("郊區", YANGQUAN_MINING_UNDATED).id == "140311"


def test_an_undated_page_of_a_city_that_never_had_a_suburb_district_reads_the_province_s_one_as_before():
    assert resolve_body("郊区", TAIYUAN_UNDATED).id == "140311"


def test_a_proper_name_two_cities_bore_is_the_other_city_s_place_on_the_page_of_the_one_that_gave_it_up():
    # 鄂州's 华容区 was its 黄州区 until 1987; 黄冈's 黄州区, across the river, bears the name now: only two cities'
    # divisions ever bore it, a proper name, not a name of a city's part as 郊区 is
    assert resolve_body("黄州区财政局", EZHOU_2015).id == "421102-finance_bureau"


def test_a_neighbouring_prefecture_named_like_a_county_level_city_the_page_s_city_once_held_is_that_prefecture():
    # 鹰潭市 was a county-level city of 上饶地区 until 1983 (its code went on to 德兴市): the prefecture now
    assert resolve_body("鹰潭市财政局", SHANGRAO_2020).id == "360600-finance_bureau"


def test_the_city_written_before_its_former_district_reads_it_after_the_merger():
    found = resolve_body("长治市郊区财政局", CHANGZHI_2021)
    assert (found.id, found.flags) == ("140403-finance_bureau", ("old_name",))


# A split division's name goes to the part bearing it ------------------------------------------------------------

def test_a_county_split_in_two_leaves_its_name_to_the_district_bearing_it():
    names = former_names()
    assert (names["370612"], names["370613"]) == ([("牟平县", "1994")], [])


def test_a_split_county_s_name_is_written_as_taken_in_part():
    tool = build_gazetteer()
    current, history = tool.read_areacodes(SPLIT)
    tool.attach_former(current, history, tool.ethnic_groups())
    assert (current["370612"].parts, current["370613"].parts) == (["牟平县"], [])


def test_the_division_table_reads_a_name_taken_in_part_apart_from_a_name_taken_whole():
    table = "code\tname\tlevel\tparent\tshort\taliases\tsince\tformer\tuntil\n"
    rows = ("370612\t牟平区\tcounty\t370600\t牟平\t\t1994\t牟平县@1994/part\t\n"
            "330109\t萧山区\tcounty\t330100\t萧山\t\t2001\t萧山市@2001\t\n")
    muping, xiaoshan = parse_divisions(table + rows)[0]
    assert ((muping.former, muping.parts), (xiaoshan.former, xiaoshan.parts)) == (
        ((("牟平县", 1994),), ("牟平县",)), ((("萧山市", 2001),), ()))


def test_a_county_level_city_whose_name_went_on_as_a_prefecture_s_leaves_none_to_the_county_beside_it():
    names = former_names()
    assert (names["430600"], names["430621"]) == ([], [])


def test_a_county_split_between_districts_none_of_which_bears_its_name_is_no_former_name():
    names = former_names()
    assert (names["130402"], names["130403"]) == ([], [])


def test_a_split_county_s_government_after_the_change_is_its_namesake_district_s_under_an_old_name():
    found = resolve_body("牟平县政府", MUPING_2000)
    assert (found.id, found.flags, found.notes) == (
        "370612-people_government", ("old_name",), ("牟平县 is a former name of 牟平区, which took part of its area (changed 1994)",))


def test_a_split_county_s_government_before_the_change_is_no_old_name():
    found = resolve_body("牟平县政府", MUPING_1990)
    assert (found.id, found.flags, found.notes) == (
        "370612-people_government", (), ("牟平县 was split in 1994; 牟平区 bears its name and took part of its area (the document's year, 1990, "
         "is before)",))


def test_a_county_level_city_taken_whole_keeps_the_renaming_note():
    found = resolve_body("萧山市财政局", make_context(region="330100", level="municipal", date=dt.date(1999, 6, 1)))
    assert (found.id, found.notes) == (
        "330109-finance_bureau", ("萧山市 was the name of 萧山区 until 2001 (the document's year, 1999, is before)",))


def test_the_part_split_off_keeps_its_own_name():
    assert resolve_body("莱山区", MUPING_2000).id == "370613"


# A province's tobacco company's city company ------------------------------------------------------------------

def test_a_province_s_tobacco_company_s_city_company_is_the_city_s_tobacco_bureau():
    assert resolve_body("湖南省烟草公司郴州市公司", HUNAN_2013).id == "431000-tobacco_monopoly_bureau"


def test_a_province_s_tobacco_company_s_autonomous_prefecture_company_is_the_prefecture_s_tobacco_bureau():
    assert resolve_body("湖南省烟草公司湘西自治州公司", HUNAN_2013).id == "433100-tobacco_monopoly_bureau"


def test_the_province_s_tobacco_company_alone_is_the_province_s_bureau_as_before():
    assert resolve_body("湖南省烟草公司", HUNAN_2013).id == "430000-tobacco_monopoly_bureau"


def test_a_company_of_a_city_outside_the_province_names_no_body():
    assert resolve_body("湖南省烟草公司太原市公司", HUNAN_2013).id is None


def test_a_city_company_under_another_province_s_company_names_no_body():
    assert resolve_body("山西省烟草公司郴州市公司", HUNAN_2013).id is None


def test_a_county_branch_under_a_city_company_is_not_read_as_the_city_s_bureau():
    assert resolve_body("湖南省烟草公司郴州市公司桂阳县分公司", HUNAN_2013).id is None

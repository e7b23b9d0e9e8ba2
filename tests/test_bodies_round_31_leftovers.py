"""Round 30's leftovers, each with the case it fires on and a near miss it must leave alone: two areas before one
committee word, the second with its host in brackets (吉林's addressees, tests/fixtures/prose-blind10/jilin-2021-…:
长春新区、中韩(长春)国际合作示范区管委会); the note saying why an area its committee runs is left as printed, told from what
the registry reads (两江新区税务局 is a body of the area); and a government office a district's plan writes with its own
level marker where no district has one (区国防科工办)."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.links import parse_cell
from pilotplans.normalizers.resolve import make_context, resolve_body
from pilotplans.normalizers.segment import strip_inner_bracket
from tests.conftest import FIXTURES

JILIN = make_context(region="吉林省", level="provincial", date=dt.date(2021, 6, 1))
FUCHENG = make_context(region="涪城区", level="county", date=dt.date(2022, 1, 1))
YUBEI = make_context(region="渝北区", level="county", date=dt.date(2022, 1, 1))
MIANYANG = make_context(region="绵阳市", level="municipal", date=dt.date(2022, 1, 1))
JILIN_2021 = FIXTURES / "prose-blind10" / "jilin-2021-province-sections-numbered-through.txt"


def _read(cell: str, context) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.reads_as, resolve_body(m.reads_as or m.text, context).id)
            for m in parse_cell(cell, "responsibility", prose=True)]


def _left(cell: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.left_as_printed) for m in parse_cell(cell, "responsibility", prose=True)]


def test_two_areas_share_a_committee_word_the_second_writing_its_host_in_brackets():
    line = JILIN_2021.read_text(encoding="utf-8").splitlines()[5]
    cell = line.split(",")[2]
    assert cell == "长春新区、中韩(长春)国际合作示范区管委会"
    assert _read(cell, JILIN) == [
        ("长春新区", "长春新区管委会", "220100-changchun-new_area_committee"),
        ("中韩(长春)国际合作示范区管委会", None, "220100-zone_committee-中韩国际合作示范区")]


def test_a_host_in_brackets_under_the_plan_s_place_places_the_committee():
    found = resolve_body("中韩（长春）国际合作示范区管委会", JILIN)
    assert (found.id, found.notes) == ("220100-zone_committee-中韩国际合作示范区", (
        "one of the 开发区管理委员会 bodies of 长春市: 中韩国际合作示范区", "bracketed inside the name: 长春, the place it lies in"))


def test_a_host_inside_a_name_is_taken_out_in_either_width():
    assert strip_inner_bracket("中韩(长春)国际合作示范区管委会") == ("中韩国际合作示范区管委会", "长春")
    assert strip_inner_bracket("中韩（长春）国际合作示范区管委会") == ("中韩国际合作示范区管委会", "长春")


def test_a_bracket_closing_or_opening_a_name_or_two_brackets_stay():
    for name in ("市市场监督管理局（市知识产权局）", "（长春）商务局", "中新（重庆）（天津）产业园管委会"):
        assert strip_inner_bracket(name) == (name, None)


def test_a_second_name_closing_the_name_places_nothing():
    # a bracket closing the name is a second name or a remark (strip_qualifier's), not a host inside the name
    assert resolve_body("商务局（长春）", JILIN).id == "220000-commerce_bureau"


def test_an_area_alone_before_a_committee_of_its_own_place_shares_as_before():
    assert _read("长春新区、长春经开区管委会", JILIN) == [
        ("长春新区", "长春新区管委会", "220100-changchun-new_area_committee"),
        ("长春经开区管委会", None, "220171-development_zone_committee")]


def test_an_area_whose_ending_names_its_own_body_says_so_when_left_as_printed():
    # 国家税务总局重庆两江新区税务局 is a body of the area: the note had said 两江新区税务局 names no body
    assert _left("两江新区、渝北区税务局") == [
        ("两江新区", "两江新区 before 渝北区税务局: left as printed, the place or area itself (两江新区税务局 reads as "
                     "重庆两江新区税务局, the area's own, which the list may mean; an area its committee runs takes no "
                     "ending of the places beside it but a committee word)"),
        ("渝北区税务局", None)]


def test_an_area_before_a_government_keeps_the_committee_s_note():
    assert _left("江北新区、南京市政府")[0][1] == (
        "江北新区 before 南京市政府: left as printed, the place or area itself (江北新区政府 names no body: the area is run "
        "by its committee)")


def test_a_district_s_own_marker_before_an_office_no_district_has_reads_none():
    for context, district in ((FUCHENG, "涪城区"), (YUBEI, "渝北区")):
        found = resolve_body("区国防科工办", context)
        assert (found.id, found.notes[-1]) == (None, (
            f"区 written before 国防科学技术工业办公室 names {district}'s own, and {district} has none: the kind is found "
            "at province、municipality、city level only"))


def test_a_district_s_full_name_before_an_office_no_district_has_reads_none():
    assert resolve_body("涪城区国防科工办", FUCHENG).id is None


def test_the_city_s_office_written_with_the_city_s_marker_stays_the_city_s():
    assert resolve_body("市国防科工办", FUCHENG).id == "510700-defense_industry_office"
    assert resolve_body("市国防科工办", MIANYANG).id == "510700-defense_industry_office"


def test_the_office_written_bare_in_a_district_s_plan_is_still_its_city_s():
    assert resolve_body("国防科工办", FUCHENG).id == "510700-defense_industry_office"


def test_a_court_and_a_military_body_by_their_fixed_forms_keep_the_tier_above():
    assert resolve_body("区中院", FUCHENG).id == "510700-intermediate_court"
    assert resolve_body("区军分区", FUCHENG).id == "510700-military_subdistrict"


def test_a_district_s_own_bureau_by_its_marker_is_the_district_s():
    assert resolve_body("区商务局", FUCHENG).id == "510703-commerce_bureau"


YUANJIANG = make_context(region="沅江市", level="municipal", date=dt.date(2024, 6, 27))
CAIDIAN = make_context(region="蔡甸区", level="municipal", date=dt.date(2023, 1, 3))
SHAANXI_2004 = make_context(region="陕西省", level="provincial", date=dt.date(2004, 6, 1))


def test_a_hunan_science_and_industry_bureau_by_its_short_form():
    # yuanjiang.gov.cn 2024-06-27 (bench/unseen_bodies/key.tsv, yjs-2024): 市科工局, Hunan's short form of the
    # 科学技术和工业信息化局
    found = resolve_body("市科工局", YUANJIANG)
    assert (found.id, found.name) == ("430981-science_industry_information_bureau", "沅江市科学技术和工业信息化局")


def test_科工局_outside_hunan_stays_unread():
    found = resolve_body("区科工局", CAIDIAN)
    assert (found.id, found.notes) == (None, (
        "科工局 is the short form of a 科学技术和工业信息化局 in 湖南; elsewhere 科工 is no stem of the science and industry "
        "bureaus",))


def test_the_defence_science_and_industry_bodies_keep_their_names():
    assert resolve_body("国防科工局", YUANJIANG).id == "sastind"
    assert resolve_body("国防科工委", SHAANXI_2004).id == "610000-defense_industry_office"
    assert resolve_body("省科工委", SHAANXI_2004).id is None


HUNAN = make_context(region="湖南省", level="provincial", date=dt.date(2024, 6, 1))
YIYANG = make_context(region="益阳市", level="municipal", date=dt.date(2024, 6, 1))
TAOJIANG = make_context(region="桃江县", level="county", date=dt.date(2024, 6, 1))


def test_科工局_of_hunan_s_province_or_city_names_no_merged_bureau():
    # Hunan's province and cities keep science and industry apart (湖南省科学技术厅, 衡阳市科技局): 科工局 merges them in its
    # counties only, so 湖南省科工局 or 益阳市科工局 is no 科学技术和工业信息化局 (read before as one, a body that does not exist)
    for mention, context, place in (("省科工局", HUNAN, "湖南省"), ("湖南省科工局", HUNAN, "湖南省"),
                                    ("市科工局", YIYANG, "益阳市"), ("益阳市科工局", HUNAN, "益阳市")):
        found = resolve_body(mention, context)
        assert (found.id, found.notes) == (None, (
            f"{mention} names a body of a place at county level only, and {place} is none",))


def test_科工局_of_a_hunan_county_by_name_or_marker_is_its_bureau():
    assert resolve_body("县科工局", TAOJIANG).id == "430922-science_industry_information_bureau"
    assert resolve_body("桃江县科工局", YIYANG).id == "430922-science_industry_information_bureau"
    assert resolve_body("沅江市科工局", YIYANG).id == "430981-science_industry_information_bureau"

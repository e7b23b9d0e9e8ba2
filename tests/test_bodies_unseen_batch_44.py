"""What round 44 taught about a place's former name, each rule with the case it fires on and the near misses it must
leave alone. 株洲县's Party general office on its page of 2015 (zzx-2015, batch 43: 株洲县 became 渌口区 in 2018) is written
under the county's name of that year, not a former one; 白云区, 梧州's district merged into 万秀区 in 1984 (the gazetteer's
白云区@1984; suinian.com/book/897/45825.html, 中国地名演变手册: 万秀区(含原白云区)), is 广州's and 贵阳's district's name now,
so a page of 万秀区 that is not of 白云区's years names no one place by it unless it writes 梧州市 before it."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.resolve import make_context, resolve_body

ZHUZHOU_COUNTY_2015 = make_context(region="430212", level="municipal", date=dt.date(2015, 3, 18))
LUKOU_2018 = make_context(region="430212", level="municipal", date=dt.date(2018, 9, 1))
LUKOU_2020 = make_context(region="430212", level="municipal", date=dt.date(2020, 6, 1))
LUKOU_UNDATED = make_context(region="430212", level="municipal")
WANQUAN_2012 = make_context(region="130708", level="municipal", date=dt.date(2012, 5, 1))
WANQUAN_2020 = make_context(region="130708", level="municipal", date=dt.date(2020, 5, 1))
WANXIU_1983 = make_context(region="450403", level="municipal", date=dt.date(1983, 6, 1))
WANXIU_2020 = make_context(region="450403", level="municipal", date=dt.date(2020, 6, 1))
WANXIU_UNDATED = make_context(region="450403", level="municipal")
WUZHOU_2020 = make_context(region="450400", level="municipal", date=dt.date(2020, 6, 1))
GUANGZHOU_2020 = make_context(region="440100", level="municipal", date=dt.date(2020, 6, 1))
GUIYANG_2020 = make_context(region="520100", level="municipal", date=dt.date(2020, 6, 1))
CHANGZHI_2017 = make_context(region="140400", level="municipal", date=dt.date(2017, 6, 1))
LUZHOU_2021 = make_context(region="140403", level="municipal", date=dt.date(2021, 6, 1))

BEFORE_2018 = "株洲县 was the name of 渌口区 until 2018 (the document's year, 2015, is before)"
FORMER_2018 = "株洲县 is a former name of 渌口区 (changed 2018)"


# A former name on a page dated before the change was the place's name then: the body is read, with no old_name flag
# and a note saying so (composition, a kind's patterns and a place named alone alike).

def test_a_county_s_party_committee_under_its_name_of_the_page_s_year_is_no_old_name():
    found = resolve_body("中共株洲县委", ZHUZHOU_COUNTY_2015)
    assert (found.id, found.flags, found.notes) == ("430212-party_committee", (), (BEFORE_2018,))


def test_the_county_named_alone_on_a_page_before_the_change_is_no_old_name():
    found = resolve_body("株洲县", ZHUZHOU_COUNTY_2015)
    assert (found.id, found.flags, found.notes) == ("430212", (), (BEFORE_2018,))


def test_a_name_the_general_office_s_pattern_reads_before_the_change_is_no_old_name():
    found = resolve_body("万全县委办", WANQUAN_2012)
    assert (found.id, found.flags) == ("130708-party_general_office", ())
    assert found.notes == ("万全县 was the name of 万全区 until 2016 (the document's year, 2012, is before)",)


def test_a_page_after_the_change_still_writes_a_former_name():
    found = resolve_body("中共株洲县委", LUKOU_2020)
    assert (found.id, found.flags, found.notes) == ("430212-party_committee", ("old_name",), (FORMER_2018,))
    assert resolve_body("万全县委办", WANQUAN_2020).flags == ("old_name",)


def test_a_page_of_the_year_of_the_change_is_not_before_it():
    found = resolve_body("中共株洲县委", LUKOU_2018)
    assert (found.flags, found.notes) == (("old_name",), (FORMER_2018,))


def test_an_undated_page_keeps_the_former_name_note():
    found = resolve_body("中共株洲县委", LUKOU_UNDATED)
    assert (found.id, found.flags, found.notes) == ("430212-party_committee", ("old_name",), (FORMER_2018,))


# A former name another place bears now (白云区: 万秀区's until 1984, 广州's and 贵阳's now) is read as the former only on
# a page dated within its years, or written after the old place's parent; otherwise it names no one place.

def test_a_former_name_borne_elsewhere_on_a_page_after_the_change_names_nothing():
    assert resolve_body("白云区委办", WANXIU_2020).id is None
    assert resolve_body("中共白云区委", WANXIU_2020).id is None
    assert resolve_body("白云区发改局", WANXIU_2020).id is None


def test_a_former_name_borne_elsewhere_on_an_undated_page_names_nothing():
    assert resolve_body("白云区发改局", WANXIU_UNDATED).id is None


def test_in_the_city_s_plan_too_it_names_nothing_unless_the_city_is_written():
    assert resolve_body("中共白云区委", WUZHOU_2020).id is None


def test_a_page_dated_within_the_former_name_s_years_reads_the_former_place():
    found = resolve_body("中共白云区委", WANXIU_1983)
    assert (found.id, found.flags) == ("450403-party_committee", ())
    assert found.notes == ("白云区 was the name of 万秀区 until 1984 (the document's year, 1983, is before)",)
    assert resolve_body("白云区委办", WANXIU_1983).id == "450403-party_general_office"


def test_the_old_place_s_parent_written_first_reads_the_former_place():
    found = resolve_body("梧州市白云区发改局", WANXIU_2020)
    assert (found.id, found.flags, found.notes) == (
        "450403-development_reform_commission", ("old_name",), ("白云区 is a former name of 万秀区 (changed 1984)",))


def test_the_places_bearing_the_name_now_keep_it():
    found = resolve_body("白云区发改局", GUANGZHOU_2020)
    assert (found.id, found.flags, found.notes) == ("440111-development_reform_commission", (), ())
    assert resolve_body("广州市白云区发改局", WUZHOU_2020).id == "440111-development_reform_commission"
    assert resolve_body("贵阳市白云区委", GUIYANG_2020).id == "520113-party_committee"


def test_a_former_name_no_other_place_bears_is_read_after_the_change_as_before():
    found = resolve_body("株洲县发改局", LUKOU_2020)
    assert (found.id, found.flags) == ("430212-development_reform_commission", ("old_name",))


# Review of round 44: the page's own place is no written parent. 城区, 潞州区's name until 2018 (merged with 郊区; 阳泉's and
# 晋城's 城区 bear it now), on the renamed place's own page of 2021 stays unread as on 长治's (batch 36); 长治's page of 2017,
# dated within the name's years, reads it.

def test_a_former_name_borne_elsewhere_on_the_renamed_place_s_own_page_after_the_change_names_nothing():
    assert resolve_body("城区财政局", LUZHOU_2021).id is None


def test_a_former_name_borne_elsewhere_on_its_city_s_page_before_the_change_reads_the_former_place():
    found = resolve_body("城区财政局", CHANGZHI_2017)
    assert (found.id, found.flags, found.notes) == (
        "140403-finance_bureau", (), ("城区 was the name of 潞州区 until 2018 (the document's year, 2017, is before)",))


# The parent written before a former name reads it whichever place bears the name now, and where none does (株洲县:
# 株洲市株洲县发改局 read nothing before round 44).

def test_a_former_name_no_place_bears_written_after_its_parent_reads_the_former_place():
    found = resolve_body("株洲市株洲县发改局", LUKOU_2020)
    assert (found.id, found.flags, found.notes) == ("430212-development_reform_commission", ("old_name",), (FORMER_2018,))

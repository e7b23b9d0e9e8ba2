"""Batch 20's mends of areas' committees. A Taiwanese investment area (台商投资区: 泉州 2019 泉政办〔2019〕4号, beside
泉州开发区) is an area no national list of zones holds, its committee one of its host's, told apart by its name; a
place's development parks named together (各开发园区管委: 玉林 2024, beside 各县(市、区)人民政府) are the committees of
the areas under it, a collective."""

import datetime as dt

import pytest

from pilotplans.normalizers.resolve import make_context, resolve_body
from pilotplans.normalizers.responsibility import parse_responsibility

QUANZHOU_2019 = make_context(region="泉州市", level="municipal", date=dt.date(2019, 1, 21))
FUZHOU_2019 = make_context(region="福州市", level="municipal", date=dt.date(2019, 1, 21))
YULIN_2024 = make_context(region="玉林市", level="municipal", date=dt.date(2024, 3, 22))


def test_a_taiwanese_investment_area_s_committee_is_its_host_s():
    found = resolve_body("泉州台商投资区管委会", QUANZHOU_2019)
    assert (found.id, found.collective) == ("350500-zone_committee-台商投资区", False)


def test_a_taiwanese_investment_area_is_told_apart_by_its_name():
    assert resolve_body("福州台商投资区管委会", FUZHOU_2019).id == "350100-zone_committee-台商投资区"


def test_a_development_zone_and_a_taiwanese_investment_area_sharing_the_committee_word_are_two_bodies():
    found = [resolve_body(m.reads_as or m.text, QUANZHOU_2019).id
             for m in parse_responsibility("泉州开发区、泉州台商投资区管委会") if m.side == "body"]
    assert found == ["350500-development_zone_committee", "350500-zone_committee-台商投资区"]


@pytest.mark.parametrize("written", ["各开发园区管委", "各开发园区管委会"])
def test_every_development_park_s_committee_is_a_collective(written):
    found = resolve_body(written, YULIN_2024)
    assert (found.id, found.collective) == ("450900-subordinate-zone_committee", True), written


def test_a_sort_of_area_written_alone_names_no_one_area():
    # 开发园区 is a sort of area the sets are named by, no area's name: it read as the city's area called 开发园区
    assert resolve_body("开发园区管委会", YULIN_2024).id is None


def test_the_city_s_development_parks_named_by_its_level_alone_are_no_one_park():
    # 开发园区 is every sort of zone and park together (各开发园区管委): 市开发园区管委会 read silently as one park of the
    # city's called 开发园区 until bodies26; now unread, with a note
    found = resolve_body("市开发园区管委会", YULIN_2024)
    assert (found.id, found.notes) == (None, ("市开发园区管委会 names the committee of an area it does not name: no one body",))


def test_a_development_park_named_by_a_level_below_the_host_is_the_places_set():
    found = resolve_body("县开发园区管委会", YULIN_2024)
    assert (found.id, found.collective) == ("450900-subordinate-zone_committee", True)


def test_a_development_park_named_after_its_host_is_the_host_s_area():
    # the host's name written before the sort of park names the host's park (玉林开发园区), as 青浦工业园区 does
    named = resolve_body("玉林开发园区管委会", YULIN_2024)
    assert (named.id, named.name) == ("450900-zone_committee-开发园区", "玉林市开发园区管理委员会")

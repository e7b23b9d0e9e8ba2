"""Areas listed before a committee or a government, each named by a place of its own (两江新区, 重庆高新区: a full name
with its own area word), share only the word that closes the list, never what the last item has after its own place.
Read as they were before this round, 两江新区、重庆高新区管委会 took 重庆高新区管委会's 高新区管委会 (两江新区高新区管委会,
500000-liangjiang-hightech_zone_committee, a zone no one named), 滨海新区、天津港保税区管委会 took 港保税区管委会
(…-bonded_zone_committee-滨海新区港), and 江北新区、南京市政府 took 政府 (320100-jiangbei-people_government: a new area a
committee runs has no government). An item the closing word makes no body of stays as printed, a place. The cells are the
lead's cases of round 29 (the task's brief); 江北新区、各区政府 is 南京's (tests/fixtures/city_plans/nanjing-2021.tsv,
measure 39)."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.links import parse_cell
from pilotplans.normalizers.resolve import make_context, resolve_body

DAY = dt.date(2021, 6, 1)


def _ids(cell: str, region: str, level: str) -> list[tuple[str, str | None]]:
    context = make_context(region=region, level=level, date=DAY)
    return [(m.text, resolve_body(m.name, context).id) for m in parse_cell(cell, "responsibility", prose=True)]


def _read(cell: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.reads_as) for m in parse_cell(cell, "responsibility", prose=True)]


def test_an_area_before_another_area_s_committee_takes_the_committee_word_alone():
    assert _read("两江新区、重庆高新区管委会") == [("两江新区", "两江新区管委会"), ("重庆高新区管委会", None)]
    assert _ids("两江新区、重庆高新区管委会", "重庆市", "provincial") == [
        ("两江新区", "500000-liangjiang-new_area_committee"), ("重庆高新区管委会", "500000-hightech_zone_committee")]


def test_an_area_the_committee_word_makes_no_body_of_stays_as_printed():
    # 滨海新区 is a district with a government since 2009: 滨海新区管委会 names no body, and 港保税区管委会 is 天津港's
    assert _read("滨海新区、天津港保税区管委会") == [("滨海新区", None), ("天津港保税区管委会", None)]
    assert _ids("滨海新区、天津港保税区管委会", "天津市", "provincial") == [
        ("滨海新区", "120116"), ("天津港保税区管委会", "120000-bonded_zone_committee-天津港")]


def test_an_area_a_committee_runs_takes_no_government_word():
    assert _read("江北新区、南京市政府") == [("江北新区", None), ("南京市政府", None)]
    assert _ids("江北新区、南京市政府", "江苏省", "provincial") == [
        ("江北新区", "320100-jiangbei"), ("南京市政府", "320100-people_government")]
    assert _read("雄安新区、石家庄市政府") == [("雄安新区", None), ("石家庄市政府", None)]


def test_bare_places_before_an_area_s_committee_still_share_all_after_the_place():
    # 广州 names no area of its own: 广州高新区管委会, the city's zone
    assert _ids("广州、深圳高新区管委会", "广东省", "provincial") == [
        ("广州", "440100-hightech_zone_committee"), ("深圳高新区管委会", "440300-hightech_zone_committee")]


def test_places_before_a_government_still_share_it():
    assert _read("银川市、石嘴山市、吴忠市人民政府") == [
        ("银川市", "银川市人民政府"), ("石嘴山市", "石嘴山市人民政府"), ("吴忠市人民政府", None)]


def test_zones_named_by_their_own_word_still_share_a_committee_word():
    assert _read("两江新区、重庆高新区、重庆经开区管委会") == [
        ("两江新区", "两江新区管委会"), ("重庆高新区", "重庆高新区管委会"), ("重庆经开区管委会", None)]
    assert _read("济宁高新区、太白湖新区、济宁经开区管委会") == [
        ("济宁高新区", "济宁高新区管委会"), ("太白湖新区", "太白湖新区管委会"), ("济宁经开区管委会", None)]


def test_an_area_before_its_city_s_governments_as_a_set_is_untouched():
    assert _ids("江北新区、各区政府", "南京市", "municipal") == [
        ("江北新区", "320100-jiangbei"), ("各区政府", "320100-subordinate-people_government")]


def test_a_place_before_its_own_zone_s_committee_takes_no_ending():
    # review of round 29: 长沙市 took 经开区管委会 from the item after it (长沙市经开区管委会), the same body as 长沙经开区管委会
    # named twice and the city lost; 长沙县 took it too (长沙县经开区管委会, 430121-development_zone_committee), a county's
    # zone no one named — the last item opens with the place's name, so the list names the place and then its zone
    assert _ids("长沙市、长沙经开区管委会", "湖南省", "provincial") == [
        ("长沙市", "430100"), ("长沙经开区管委会", "430100-development_zone_committee")]
    assert _read("长沙县、长沙经开区管委会") == [("长沙县", None), ("长沙经开区管委会", None)]
    assert _read("南京市、南京高新区管委会") == [("南京市", None), ("南京高新区管委会", None)]


def test_a_place_before_another_place_s_zone_still_shares_it():
    assert _read("广州市、深圳市高新区管委会") == [("广州市", "广州市高新区管委会"), ("深圳市高新区管委会", None)]
    assert _read("长沙市、株洲市人民政府") == [("长沙市", "长沙市人民政府"), ("株洲市人民政府", None)]


def test_districts_beside_an_area_a_committee_runs_still_share_the_government():
    # review of round 29: 两江新区 taking no government took it from 渝北区 too (渝北区 read as the district, no body)
    assert _ids("两江新区、渝北区、北碚区人民政府", "重庆市", "provincial") == [
        ("两江新区", "500000-liangjiang"), ("渝北区", "500112-people_government"),
        ("北碚区人民政府", "500109-people_government")]
    assert _read("渝北区、两江新区、北碚区人民政府")[0] == ("渝北区", "渝北区人民政府")


def test_an_area_a_committee_runs_alone_before_a_government_still_takes_none():
    assert _read("两江新区、北碚区人民政府") == [("两江新区", None), ("北碚区人民政府", None)]

"""What round 31's held-out batch taught, with the case it fires on and the near misses it must leave alone. The cell is
quoted from 黄石's 2021 task breakdown (huangshi.gov.cn, 黄政办发〔2021〕1号, addressees: 大冶市、阳新县、各区人民政府), keyed
in bench/unseen_bodies/key.tsv (hs-2021) before the tool read it."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.links import parse_cell
from pilotplans.normalizers.resolve import make_context, resolve_body

HUANGSHI = make_context(region="黄石市", level="municipal", date=dt.date(2021, 2, 25))
JIANGSU = make_context(region="江苏省", level="provincial", date=dt.date(2021, 1, 1))
NANJING = make_context(region="南京市", level="municipal", date=dt.date(2021, 1, 1))


def _read(cell: str, context) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.reads_as, resolve_body(m.reads_as or m.text, context).id)
            for m in parse_cell(cell, "responsibility", prose=True)]


def test_divisions_before_the_collective_of_their_siblings_share_its_ending():
    assert _read("大冶市、阳新县、各区人民政府", HUANGSHI) == [
        ("大冶市", "大冶市人民政府", "420281-people_government"),
        ("阳新县", "阳新县人民政府", "420222-people_government"),
        ("各区人民政府", None, "420200-subordinate-people_government")]


def test_a_department_s_ending_is_shared_as_a_government_s():
    assert _read("大冶市、各区发改局", HUANGSHI)[0] == ("大冶市", "大冶市发改局", "420281-development_reform_commission")


def test_divisions_of_two_tiers_share_nothing():
    # a city and a county-level city beside 各设区市: which of them the collective's tier meant the list does not say
    assert _read("南京市、江阴市、各设区市人民政府", JIANGSU)[:2] == [("南京市", None, "320100"), ("江阴市", None, "320281")]


def test_a_new_area_before_the_districts_collective_shares_nothing():
    # 南京's plan (tests/fixtures/city_plans/nanjing-2021.tsv, measure 39)
    assert [(m.text, m.reads_as, m.left_as_printed) for m in parse_cell("江北新区、各区政府", "responsibility", prose=True)] \
        == [("江北新区", None, None), ("各区政府", None, None)]


def test_a_collective_of_places_alone_lends_no_ending():
    assert _read("大冶市、各区", HUANGSHI)[0] == ("大冶市", None, "420281")

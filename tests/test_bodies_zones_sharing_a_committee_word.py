"""Zones and areas listed before the last one's committee word share it (济宁高新区、太白湖新区、…管委会: each one's
committee). The list is read before the plan's place is known, so what tells an area is its own name — an area word
(新区, 度假区) or a zone form ending it, or a zone form alone (开发区: the plan's place's own zone of the type) — not a
place of the registry opening it. 莱阳's addressees (laiyang.gov.cn, 莱政发〔2022〕7号): 各镇政府、街道办事处，开发区、
丁字湾度假区管委，市政府各部门 — 开发区 was read as no body, as 丁字湾度假区管委, which no place opens, named no committee
the list could share."""

from __future__ import annotations

import datetime as dt

from pilotplans.normalizers.links import parse_cell
from pilotplans.normalizers.resolve import make_context, resolve_body

LAIYANG = make_context(region="莱阳市", level="municipal", date=dt.date(2022, 5, 13))


def _read(cell: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.reads_as) for m in parse_cell(cell, "responsibility", prose=True)]


def test_a_zone_form_alone_shares_the_committee_word_of_an_area_after_it():
    assert _read("开发区、丁字湾度假区管委") == [("开发区", "开发区管委"), ("丁字湾度假区管委", None)]


def test_in_the_plan_s_place_each_reads_as_its_committee():
    assert [resolve_body(m.name, LAIYANG).id for m in parse_cell("开发区、丁字湾度假区管委", "responsibility",
                                                                   prose=True)] == [
        "370682-development_zone_committee", "370682-zone_committee-丁字湾度假区"]


def test_a_zone_form_alone_before_a_department_or_a_government_shares_nothing():
    assert _read("开发区、区发改局") == [("开发区", None), ("区发改局", None)]
    assert _read("开发区、市政府") == [("开发区", None), ("市政府", None)]


def test_a_committee_word_after_a_government_s_name_is_no_area_s_to_share():
    # 市政府 is no area: the area's committee after it stays the one body
    assert _read("市政府、丁字湾度假区管委") == [("市政府", None), ("丁字湾度假区管委", None)]


def test_towns_and_a_zone_under_one_quantifier_take_no_committee_word():
    # 各 over the towns, the street offices and the zone is one item ending with a zone's form: 管委 after it made the
    # towns and streets zone committees (各镇街、开发区管委 → 370682-subordinate-zone_committee)
    cell = "各镇街、开发区、丁字湾度假区管委"
    assert _read(cell) == [("各镇街、开发区", None), ("丁字湾度假区管委", None)]
    assert [resolve_body(m.name, LAIYANG).id for m in parse_cell(cell, "responsibility", prose=True)] == [
        "subordinate-localities", "370682-zone_committee-丁字湾度假区"]


def test_zones_listed_one_by_one_before_the_area_s_committee_still_share_it():
    assert _read("大榭开发区、开发区、丁字湾度假区管委") == [
        ("大榭开发区", "大榭开发区管委"), ("开发区", "开发区管委"), ("丁字湾度假区管委", None)]

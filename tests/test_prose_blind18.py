"""The prose18 blind round's pages (tests/fixtures/prose-blind18, keyed before the reader ran on them): the readings
they hold the reader to. The mends they led to are tested with their rules (tests/test_prose_heading_owner_line_numbered_on.py,
tests/test_metadata_gazette_contents_and_news_lead.py)."""

from __future__ import annotations

import warnings

import pytest

import pilotplans
from pilotplans.errors import NoTaskTable
from tests.conftest import FIXTURES

ROUND = FIXTURES / "prose-blind18"


def _read(name: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return pilotplans.read(ROUND / name)


def test_a_province_s_owner_line_lists_its_bodies_then_the_cities_governments_who_all_carry_it_out():
    document = _read("fujian-20xx-province-cross-border-owner-lines-with-city-governments.txt")
    first = document.measures[0]
    assert (first.number, first.heading_path) == (2, ["主要任务", "建立线上综合服务平台"])
    assert [(d.raw, d.role) for d in first.departments][-3:] == [
        ("厦门检验检疫局", "carry_out"), ("有关设区市人民政府", "carry_out"), ("平潭综合实验区管委会", "carry_out")]


def test_the_item_under_a_heading_with_an_owner_line_is_a_measure_of_its_own_warned():
    last = _read("fujian-20xx-province-cross-border-owner-lines-with-city-governments.txt").measures[-1]
    assert (last.number, last.heading_path) == (4, ["主要任务", "构建线下产业园区平台"])
    assert last.text.startswith("构建跨境电子商务园区体系。")
    assert "responsibility_on_heading" in [w.code for w in last.warnings]


def test_leader_lead_and_partner_lines_give_the_lead_and_those_assisting_the_leader_no_body():
    document = _read("anhui-20xx-province-news-year-digits-dropped-leader-lead-partner-lines.txt")
    first = document.measures[0]
    assert (first.number, first.text) == (1, "全省生产总值增长7%以上,在实际工作中力争更好结果。")
    assert [(d.raw, d.role) for d in first.departments] == [
        ("省发展改革委", "lead"), ("省政府各部门", "assist"), ("各直属机构", "assist")]
    assert (document.issuer, document.region, document.level) == ("安徽省人民政府", "安徽", "provincial")


def test_a_gazette_s_task_table_broken_in_its_copy_is_refused_in_one_line():
    with pytest.raises(NoTaskTable):
        _read("xianning-2020-city-gazette-contents-over-task-table-one-cell-a-line.txt")

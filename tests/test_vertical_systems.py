"""Branches of vertically managed systems (the central bank, civil aviation, customs, tax, the
financial regulators) read by their naming rule: [a form of the system's name][place][branch word],
every form of the name (中国人民银行, 人民银行, 人行) before every branch word, for any place."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest

from pilotplans.normalizers.registry import DEPARTMENTS_FILE, REGIONS_FILE, ROLES_FILE, RegistryError, build_registry, load_registry
from pilotplans.normalizers.resolve import make_context, resolve_body

GAZETTEER = load_registry().gazetteer
PREFECTURES = sorted((r for r in GAZETTEER.regions.values() if r.level == "prefecture" and r.short), key=lambda r: r.id)
CAPITALS = {p.capital for p in GAZETTEER.regions.values() if p.level == "province" and p.capital}
BEFORE_2023 = make_context(region="南京", level="municipal", date=dt.date(2021, 3, 1))
AFTER_2023 = make_context(region="武汉", level="municipal", date=dt.date(2025, 3, 1))


def _data(name: str) -> str:
    return resources.files("pilotplans.data").joinpath(name).read_text("utf-8")


@pytest.mark.parametrize("written", ["中国人民银行上海总部", "人民银行上海总部", "人行上海总部"])
def test_the_central_bank_shanghai_head_office_in_every_form_of_the_bank_name(written):
    found = resolve_body(written)
    assert (found.id, found.name, found.counterpart_id) == ("310000-pboc_regional_branch", "中国人民银行上海总部", "pboc")


@pytest.mark.parametrize(("written", "expected"), [
    ("人民银行广州分行", "440100-pboc_regional_branch"),
    ("人行沈阳分行", "210100-pboc_regional_branch"),
    ("人行营业管理部", "110000-pboc_branch"),
    ("人行武汉分行营业管理部", "420000-pboc_branch"),
    ("人民银行义乌市支行", "330782-pboc_branch"),
])
def test_central_bank_branches_by_rule(written, expected):
    assert resolve_body(written, BEFORE_2023).id == expected


def test_a_county_sub_branch_after_the_2023_reform_is_the_new_system_s():
    found = resolve_body("人行义乌市支行", AFTER_2023)
    assert (found.id, found.name, found.flags) == ("330782-pboc_branch_2023", "中国人民银行义乌市支行", ("old_name",))


def test_the_head_office_form_is_given_its_own_title_not_a_regional_branch_s():
    assert resolve_body("中国人民银行武汉分行营业管理部").name == "中国人民银行武汉分行营业管理部"


def test_every_prefecture_s_central_bank_sub_branch_resolves_under_each_form_of_the_bank_name():
    wrong = []
    for city in PREFECTURES:
        expected = "pboc_branch" if city.id not in CAPITALS else None
        for prefix in ("中国人民银行", "人民银行", "人行"):
            found = resolve_body(f"{prefix}{city.short}中心支行", BEFORE_2023)
            if found.id is None or (expected and found.id != f"{city.id}-{expected}"):
                wrong.append((f"{prefix}{city.short}中心支行", found.id))
    assert wrong == []
    assert len(PREFECTURES) > 290


@pytest.mark.parametrize(("written", "expected"), [
    ("民航华东地区管理局", "310000-caac_regional_administration"),
    ("中国民用航空西北地区管理局", "610100-caac_regional_administration"),
    ("中国民用航空江苏安全监管局", "320000-caac_safety_bureau"),
    ("中华人民共和国南京海关", "320000-customs_district"),
    ("中华人民共和国连云港海事局", "320700-maritime_bureau"),
    ("证监会江苏监管局", "320000-csrc_bureau"),
    ("金融监管总局无锡监管分局", "320200-nfra_bureau"),
    ("国家外汇管理局无锡中心支局", "320200-safe_branch"),
])
def test_other_vertical_systems_by_rule(written, expected):
    assert resolve_body(written, BEFORE_2023).id == expected


@pytest.mark.parametrize("written", [
    "人行南京总部",  # only Shanghai's branch is a 总部
    "人行北京支行",  # a 支行 is a county's
    "中国银行南京分行", "中国工商银行上海分行",  # commercial banks, no bodies
    "中国民航大学", "民航华东", "人行大厦", "中华人民共和国",
])
def test_names_that_are_no_branch_stay_unresolved(written):
    assert resolve_body(written, BEFORE_2023).id is None


def test_a_system_placeholder_in_a_kind_without_a_system_is_rejected():
    departments = _data(DEPARTMENTS_FILE).replace('counterpart = "gacc"\nsystem = "gacc"\n', 'counterpart = "gacc"\n', 1)
    with pytest.raises(RegistryError, match="kind\\[.*a form holds \\{system\\} but the kind names no `system`"):
        build_registry(departments, _data(REGIONS_FILE), _data(ROLES_FILE))


def test_a_system_headed_by_no_central_body_is_rejected():
    departments = _data(DEPARTMENTS_FILE).replace('[[system]]\nid = "nbs"', '[[system]]\nid = "nbss"')
    with pytest.raises(RegistryError, match="^departments.toml: system 'nbss': id 'nbss' is not a central body$"):
        build_registry(departments, _data(REGIONS_FILE), _data(ROLES_FILE))


@pytest.mark.parametrize(("written", "region", "expected", "name"), [
    ("省外汇局", "湖北", "420000-safe_branch", "国家外汇管理局湖北省分局"),
    ("省外汇管理局", "湖北", "420000-safe_branch", "国家外汇管理局湖北省分局"),
    ("湖北省外汇管理局", "湖北", "420000-safe_branch", "国家外汇管理局湖北省分局"),
    ("市外汇局", "厦门", "350200-safe_branch", "国家外汇管理局厦门市分局"),
])
def test_a_foreign_exchange_branch_written_as_a_local_bureau(written, region, expected, name):
    found = resolve_body(written, make_context(region=region, level="municipal"))
    assert (found.id, found.name, found.counterpart_id) == (expected, name, "safe")

"""``pilotplans departments --counterpart BODY`` keeps the local bodies answering to a central body named by any of
its names or its id; ``--sort led`` orders them by the measures they lead (牵头) or carry out (负责), counted in a
column ``led``. On xiamen-2020 (data/raw): 厦门市商务局 lead:8 assist:9, 中国人民银行厦门市中心支行 lead:12 assist:3."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app


def run(curated, *args: str):
    return CliRunner(env={"COLUMNS": "100"}).invoke(app, [*args, "--db", f"sqlite:///{curated / 'pilotplans.db'}"])


@pytest.mark.parametrize("named", ["商务部", "mofcom", "中华人民共和国商务部", "商務部"])
def test_the_local_counterparts_of_a_central_body_named_any_way_are_listed(curated, named):
    result = run(curated, "departments", "-d", "xiamen-2020", "--counterpart", named, "-f", "csv")
    assert (result.exit_code, result.stdout.lstrip("\ufeff").splitlines()) == (0, [
        "id,name,level,counterpart,mentions,measures,documents,roles,written as",
        "350200-commerce_bureau,厦门市商务局,municipal,商务部,17,17,xiamen-2020,assist:9 lead:8,市商务局",
        "350200-free_trade_zone_committee,中国（福建）自由贸易试验区厦门片区管理委员会,municipal,商务部,7,7,xiamen-2020,"
        "assist:4 lead:3,自贸委",
    ])


def test_the_central_body_itself_is_no_counterpart_of_its_own(curated):
    # 商务部 is named in xiamen-2020's 上级部门 column (policy:24): it answers to no one
    result = run(curated, "departments", "-d", "xiamen-2020", "-c", "mofcom", "-f", "csv")
    assert "mofcom" not in result.stdout


def test_a_local_body_named_as_the_counterpart_is_one_error_line(curated):
    result = run(curated, "departments", "-c", "厦门市商务局")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", (
        "error: --counterpart 厦门市商务局: no central body of that id or name in the registry (a ministry or "
        "commission, e.g. 商务部 or mofcom: the counterpart column of `pilotplans departments`)\n"))


def test_sorted_by_the_measures_led_the_bodies_that_lead_most_come_first_with_the_count(curated):
    result = run(curated, "departments", "-d", "xiamen-2020", "--sort", "led")
    assert result.stdout.splitlines()[:4] == [
        " id                         name                                          mentions  measures  led",
        " 350200-pboc_branch         中国人民银行厦门市中心支行                    15        15        12",
        " 350200-scien…ology_bureau  厦门市科学技术局                              18        18        10",
        " 350200-marke…ation_bureau  厦门市市场监督管理局                          14        14        10",
    ]


def test_a_body_that_only_supports_leads_none(curated):
    # 商务部 in 厦门's 上级部门 column gives the policy (policy:24) and leads nothing
    result = run(curated, "departments", "-d", "xiamen-2020", "--sort", "led", "-f", "csv")
    rows = result.stdout.lstrip("\ufeff").splitlines()
    assert rows[0].split(",")[:7] == ["id", "name", "level", "counterpart", "mentions", "measures", "led"]
    assert next(r for r in rows if r.startswith("mofcom,")).split(",")[4:7] == ["24", "24", "0"]


def test_the_default_order_is_by_mentions_without_the_led_column(curated):
    result = run(curated, "departments", "-d", "xiamen-2020")
    assert result.stdout.splitlines()[:2] == [
        " id                         name                                          mentions  measures",
        " mofcom                     商务部                                        24        24",
    ]


# The registry reads a central body's full name without 中华人民共和国 (国家卫生健康委员会, 退役军人事务部) and
# 国家 before a short name (国家中医药局) by rule, not as aliases: --counterpart takes them as the documents do.
def test_a_central_body_named_by_a_form_the_registry_makes_by_rule_finds_its_counterparts(curated):
    result = run(curated, "departments", "-d", "xiamen-2020", "-c", "国家卫生健康委员会", "-f", "csv")
    assert (result.exit_code, result.stdout.lstrip("\ufeff").splitlines()) == (0, [
        "id,name,level,counterpart,mentions,measures,documents,roles,written as",
        "350200-health_commission,厦门市卫生健康委员会,municipal,卫生健康委,7,7,xiamen-2020,assist:4 lead:3,市卫健委",
    ])


@pytest.mark.parametrize(("named", "id"), [("退役军人事务部", "mva"), ("国家中医药局", "natcm"), ("MOFCOM", "mofcom")])
def test_forms_made_by_rule_and_an_id_in_capitals_name_their_central_body(named, id):
    from pilotplans.central_bodies import central_body_id

    assert central_body_id(named, "--counterpart") == id


@pytest.mark.parametrize("named", ["有关部门", "省商务厅"])
def test_a_collective_or_a_local_kind_s_short_form_names_no_central_body(named):
    from pilotplans.central_bodies import central_body_id
    from pilotplans.errors import UnknownValue

    with pytest.raises(UnknownValue):
        central_body_id(named, "--counterpart")

"""Plans of other pilot cities read through the pipeline and scored against a hand-made key of every
body mention (tests/fixtures/city_plans/*.key.tsv): 成都, 武汉, 杭州, which the naming rules were
first written against, and 南京, 西安, 重庆 (a municipality, in 2025) and 长沙, whose plans and keys
were written before the rules were changed for them (bench/bodies_eval.py gives the figures)."""

from __future__ import annotations

import pytest

from city_plans import found_mentions, plan_ids, read_city_plan, read_key, score


# The plans the naming rules were first written against, and the four written after them.
FIRST_PLANS = ["chengdu-2021", "hangzhou-2021", "wuhan-2021"]
MORE_PLANS = ["changsha-2021", "chongqing-2025", "nanjing-2021", "xian-2021"]


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    folder = tmp_path_factory.mktemp("city_plans")
    keys = {plan: read_key(plan) for plan in FIRST_PLANS}
    found = [m for plan in FIRST_PLANS for m in found_mentions(read_city_plan(plan, folder))]
    return score(found, keys)


def test_seven_cities_in_seven_provinces():
    assert plan_ids() == sorted(FIRST_PLANS + MORE_PLANS)


def test_every_mention_is_in_the_key(scored):
    assert scored.missing_from_key == ()
    assert scored.mentions == 327


def test_at_least_97_percent_of_mentions_resolve(scored):
    assert scored.resolved == 325  # the two misses are bodies no kind models (市网络理政办, 市港航管理中心)
    assert scored.resolved_share >= 0.97


def test_mentions_of_one_body_share_an_id_and_different_bodies_never_do(scored):
    assert (scored.pair_precision, scored.pair_recall) == (1.0, 1.0)


def test_local_bodies_get_their_central_counterparts(scored):
    """Every resolved body gets the right counterparts; the two unresolved have none to be right about."""
    assert (scored.counterpart_right, scored.local_bodies) == (325, 327)


def test_what_stays_unresolved_is_what_no_kind_models(scored):
    assert {written for written, _, found in scored.wrong if found is None} == {
        "市网络理政办", "市港航管理中心"}
    assert [w for w in scored.wrong if w[2] is not None] == []


@pytest.fixture(scope="module")
def more_scored(tmp_path_factory):
    folder = tmp_path_factory.mktemp("more_city_plans")
    return {plan: score(found_mentions(read_city_plan(plan, folder)), {plan: read_key(plan)}) for plan in MORE_PLANS}


@pytest.mark.parametrize("plan", MORE_PLANS)
def test_each_later_plan_meets_the_targets(more_scored, plan):
    """At least 97% resolved, same-body pairs at precision and recall 0.98, 95% right counterparts,
    every mention read as the key holds it, and no organisation that is no body given an id."""
    s = more_scored[plan]
    assert (s.missing_from_key, s.non_bodies_resolved) == ((), ())
    assert s.resolved_share >= 0.97
    assert min(s.pair_precision, s.pair_recall) >= 0.98
    assert s.counterpart_share >= 0.95


def test_the_later_plans_figures(more_scored):
    figures = {plan: (s.mentions, s.resolved, s.counterpart_right, s.non_bodies) for plan, s in more_scored.items()}
    assert figures == {
        "changsha-2021": (106, 106, 106, 2),
        "chongqing-2025": (103, 102, 102, 1),
        "nanjing-2021": (133, 133, 133, 2),
        "xian-2021": (120, 120, 120, 2),
    }


def test_what_the_later_plans_leave_unresolved_is_what_no_kind_models(more_scored):
    wrong = [w for s in more_scored.values() for w in s.wrong]
    assert wrong == [("市中新项目管理局", "500000-china_singapore_project_bureau", None)]


def test_check_prints_the_nearest_registry_entries_of_each_unresolved_mention(tmp_path):
    from typer.testing import CliRunner

    from city_plans import write_docx
    from pilotplans.cli import app

    runner = CliRunner()
    write_docx("chengdu-2021", tmp_path / "chengdu-2021.docx")
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    assert runner.invoke(app, ["extract", str(tmp_path / "chengdu-2021.docx"), "--db", url, "-o", str(tmp_path / "o.jsonl")]).exit_code == 0
    result = runner.invoke(app, ["check", "--db", url])
    assert result.exit_code == 1
    assert ("chengdu-2021\t市网络理政办\tnearest: 成都市民政局 (510100-civil_affairs_bureau); 成都市财政局 "
            "(510100-finance_bureau); 成都市人民政府办公厅 (510100-government_general_office)") in result.stdout.splitlines()
    assert "1 unresolved mention(s) among 123 department mentions in 1 document(s)" in result.output

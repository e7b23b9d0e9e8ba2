"""Plans of three other pilot cities (成都, 武汉, 杭州), read through the pipeline and scored against a
hand-made key of every body mention (tests/fixtures/city_plans/*.key.tsv)."""

from __future__ import annotations

import pytest

from city_plans import found_mentions, plan_ids, read_city_plan, read_key, score


# The plans the naming rules were first written against.
FIRST_PLANS = ["chengdu-2021", "hangzhou-2021", "wuhan-2021"]


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    folder = tmp_path_factory.mktemp("city_plans")
    keys = {plan: read_key(plan) for plan in FIRST_PLANS}
    found = [m for plan in FIRST_PLANS for m in found_mentions(read_city_plan(plan, folder))]
    return score(found, keys)


def test_three_cities_in_three_provinces():
    assert set(FIRST_PLANS) <= set(plan_ids())


def test_every_mention_is_in_the_key(scored):
    assert scored.missing_from_key == ()
    assert scored.mentions == 327


def test_at_least_97_percent_of_mentions_resolve(scored):
    assert scored.resolved == 323  # the four misses are bodies no kind models (市大数据中心, 市网络理政办 …)
    assert scored.resolved_share >= 0.97


def test_mentions_of_one_body_share_an_id_and_different_bodies_never_do(scored):
    assert (scored.pair_precision, scored.pair_recall) == (1.0, 1.0)


def test_local_bodies_get_their_central_counterparts(scored):
    """Every resolved body gets the right counterparts; the four unresolved have none to be right about."""
    assert (scored.counterpart_right, scored.local_bodies) == (323, 327)


def test_what_stays_unresolved_is_what_no_kind_models(scored):
    assert {written for written, _, found in scored.wrong if found is None} == {
        "市大数据中心", "市网络理政办", "市港航管理中心", "市住房保障房管局"}
    assert [w for w in scored.wrong if w[2] is not None] == []


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
    assert "chengdu-2021\t市大数据中心\tnearest: 成都市大数据管理局 (510100-big_data_bureau)" in result.stdout.splitlines()
    assert "2 unresolved mention(s) among 123 department mentions in 1 document(s)" in result.output

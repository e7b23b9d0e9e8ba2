"""`pilotplans search`: word-level Chinese full-text search over the stored measures (SQLite FTS5
here; PostgreSQL in test_postgres.py), ranked, with the matching words marked in a snippet."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pilotplans import Dataset
from pilotplans.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def data(curated) -> Dataset:
    return Dataset(curated / "pilotplans.db")


def found(hits) -> list[tuple[str, int | None]]:
    return [(h.document, h.number) for h in hits]


def test_a_query_finds_its_words_in_either_order(data):
    hits = data.search("跨境数据")
    assert found(hits)[:2] == [("national-2020", 76), ("hainan-2020", 72)]
    assert hits[0].snippet == "探索«跨境数据»流动分类监管模式，开展«数据跨境»传输安全管理试点。"
    assert {("national-2020", 115), ("xiamen-2020", 51), ("xiamen-2020", 81)} <= set(found(hits))


def test_a_part_of_a_word_finds_every_body_it_begins(data):
    hits = data.search("银保监")
    snippets = {h.snippet for h in hits if h.field == "responsibility"}
    assert "厦门«银保监»局" in snippets
    assert "«银保监»会制订政策保障措施；试点地区负责推进" in snippets


def test_a_document_filter_keeps_that_document_only(data):
    assert found(data.search("跨境数据", document=["xiamen-2020"])) == [("xiamen-2020", 51), ("xiamen-2020", 81), ("xiamen-2020", 57)]


def test_department_and_region_filters_take_names(data):
    assert found(data.search("跨境数据", department=["商务部"], region=["厦门"])) == [
        ("national-2020", 115), ("xiamen-2020", 51), ("xiamen-2020", 81), ("xiamen-2020", 57), ("national-2020", 83)]


def test_round_and_scope_filters(data):
    assert {h.document for h in data.search("跨境数据", round=2025)} == {"national-2025"}
    assert {h.scope_kind for h in data.search("跨境数据", scope="listed")} == {"listed"}


def test_the_cli_prints_ranked_hits_with_numbers_as_numbers(curated):
    result = runner.invoke(app, ["search", "跨境数据", "--db", f"sqlite:///{curated / 'pilotplans.db'}", "-f", "json", "--limit", "2"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert [(h["document"], h["number"]) for h in hits] == [("national-2020", 76), ("hainan-2020", 72)]
    assert isinstance(hits[0]["score"], float) and hits[0]["score"] > hits[1]["score"]


def test_an_unknown_scope_lists_the_valid_ones_and_exits_2(curated):
    result = runner.invoke(app, ["search", "跨境数据", "--db", f"sqlite:///{curated / 'pilotplans.db'}", "--scope", "bogus"])
    assert result.exit_code == 2
    assert result.stderr == "error: --scope bogus: not a scope kind; valid: all, listed, qualified, related, subordinate, none\n"


def test_a_document_id_not_stored_is_an_error_as_in_measures(curated):
    # a mistyped --document found nothing and said "0 hit(s)", exit 0, where `measures -d` names the id
    db = f"sqlite:///{curated / 'pilotplans.db'}"
    result = runner.invoke(app, ["search", "跨境数据", "--db", db, "--document", "xiamen-2021", "--document", "xiamen-2020"])
    assert (result.exit_code, result.stderr) == (
        1, "error: no document with id xiamen-2021 in the database; it holds hainan-2020, national-2018, national-2020, "
           "national-2025, xiamen-2020\n")
    quiet = runner.invoke(app, ["search", "跨境数据", "--db", db, "--document", "xiamen-2020", "-f", "json"])
    assert quiet.exit_code == 0, quiet.output
    assert [(h["document"], h["number"]) for h in json.loads(quiet.stdout)] == [("xiamen-2020", 51), ("xiamen-2020", 81), ("xiamen-2020", 57)]


def test_a_round_no_stored_document_has_lists_the_stored_rounds_and_exits_2(curated, data):
    # --round 2021 (no such round) found nothing and said "0 hit(s)", exit 0
    result = runner.invoke(app, ["search", "跨境数据", "--db", f"sqlite:///{curated / 'pilotplans.db'}", "--round", "2021"])
    assert (result.exit_code, result.stderr) == (2, "error: --round 2021: no stored document of that round; stored rounds: 2018, 2020, 2025\n")
    assert found(data.search("银保监", round=2025)) == []  # a stored round without a hit is no error
    assert found(data.search("跨境数据", round=2018)) == [("national-2018", None)]


def test_a_region_filter_takes_a_district_written_after_its_city(data):
    # 鼓楼区 alone is borne by several cities; written after 南京市 it is one place (no plan there)
    assert found(data.search("跨境数据", region=["南京市鼓楼区"])) == []


def test_a_region_filter_naming_a_district_its_city_does_not_have_is_refused(data):
    from pilotplans.errors import UnknownValue

    with pytest.raises(UnknownValue, match="--region 南京市朝阳区: no place of that name or code in the gazetteer"):
        data.search("跨境数据", region=["南京市朝阳区"])


def test_a_workers_words_cross_joined_and_store_as_the_lists_would():
    from types import SimpleNamespace

    from pilotplans.store.search import joined_words, search_rows

    words = [(["电子", "商务", "电子商务"], ["试点"], [], ["year2020"])]
    assert joined_words(words) == [("电子 商务 电子商务", "试点", "", "year2020")]
    document = SimpleNamespace(id="d")
    for postgres in (False, True):
        assert (search_rows(document, [7], postgres=postgres, measure_words=joined_words(words))
                == search_rows(document, [7], postgres=postgres, measure_words=words))
    assert search_rows(document, [7], postgres=True, measure_words=joined_words(words))[0]["vector"] == (
        "'电子':1A '商务':2A '电子商务':3A '试点':4B 'year2020':5D")


def test_words_that_would_not_split_back_keep_their_list():
    from pilotplans.store.search import joined_words

    assert joined_words([(["new york", "市"], [""], ["a"], [])]) == [(["new york", "市"], [""], "a", "")]


def test_a_query_of_function_words_only_names_nothing_to_search_for(curated):
    # `search 的` matched every measure, 50 hits scored 0.00
    result = runner.invoke(app, ["search", "的", "--db", f"sqlite:///{curated / 'pilotplans.db'}"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("error: the query '的' names nothing to search for: 的 is a function word every measure "
                             "uses; search for a word the measures are about\n")


def test_a_query_mixing_function_words_with_words_searches_the_words(data):
    assert found(data.search("跨境数据 的")) == found(data.search("跨境数据"))
    assert found(data.search("的跨境数据")) == found(data.search("跨境数据"))


def test_a_function_word_the_segmenter_cut_off_a_name_it_does_not_know_is_kept():
    # 于都 (a county) is cut 于 / 都: dropping 于 searched 都, every 首都 and 都市, silently; 个税 searched 税
    from pilotplans.search import parse_query

    assert [(p.text, p.words) for p in parse_query("于都").parts] == [("于都", ("于", "都"))]
    assert [(p.text, p.words) for p in parse_query("个税").parts] == [("个税", ("个", "税"))]
    assert [(p.text, p.words) for p in parse_query("数据的流动").parts] == [("数据流动", ("数据", "流动"))]

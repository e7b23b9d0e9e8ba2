"""The diff: which national measures a local plan took up, and how (pilotplans.diff)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.diff import DiffResult, DiffSettings, diff_documents
from pilotplans.diff.answers import agreement, read_answer_key
from pilotplans.diff.render import to_csv, to_jsonl
from pilotplans.diff.segment import Segmenter
from tests.conftest import FIXTURES, SEED_FILES, SEEDS

ANSWERS = FIXTURES / "answers"
runner = CliRunner()


def links_of_local(result: DiffResult, number: int) -> list[tuple[int | None, str]]:
    return sorted((l.national.number if l.national else None, l.relation)
                  for l in result.links if l.local is not None and l.local.number == number)


def links_of_national(result: DiffResult, number: int) -> list[tuple[int | None, str]]:
    return sorted((l.local.number if l.local else None, l.relation)
                  for l in result.links if l.national is not None and l.national.number == number)


def test_xiamen_1_is_national_2_without_its_scope_phrase(xiamen_diff):
    assert links_of_local(xiamen_diff, 1) == [(2, "same")]


def test_xiamen_14_merges_national_28_and_29(xiamen_diff):
    assert links_of_local(xiamen_diff, 14) == [(28, "merged"), (29, "merged")]


def test_hainan_22_and_23_split_national_24(hainan_diff):
    assert links_of_national(hainan_diff, 24) == [(22, "split"), (23, "split")]


def test_hainan_111_is_a_local_addition(hainan_diff):
    assert links_of_local(hainan_diff, 111) == [(None, "local")]


def test_every_measure_of_hainan_section_9_is_local(hainan_diff):
    section = [l for l in hainan_diff.links if l.local is not None and l.local.heading_number == 9]
    assert [(l.local.number, l.relation) for l in section] == [(n, "local") for n in range(111, 118)]


def test_xiamen_25_is_a_local_addition_despite_its_neighbours(xiamen_diff):
    assert links_of_local(xiamen_diff, 25) == [(None, "local")]


def test_national_31_for_the_greater_bay_area_is_dropped_by_xiamen(xiamen_diff):
    assert links_of_national(xiamen_diff, 31) == [(None, "dropped")]


def test_every_measure_appears_once_on_its_side_unless_merged_or_split(xiamen_diff, national2020, xiamen):
    locals_ = sorted({l.local.number for l in xiamen_diff.links if l.local})
    nationals = sorted({l.national.number for l in xiamen_diff.links if l.national})
    assert locals_ == list(range(1, 89))
    assert nationals == list(range(1, 123))


def test_counts_per_relation(xiamen_diff):
    counts = xiamen_diff.counts()
    assert list(counts) == ["same", "adapted", "merged", "split", "local", "dropped"]
    assert sum(counts.values()) == len(xiamen_diff.links)
    assert (counts["merged"], counts["split"], counts["local"]) == (2, 3, 10)


@pytest.mark.parametrize(("key", "diff"), [
    ("xiamen_to_national2020.sample.tsv", "xiamen_diff"),
    ("hainan_to_national2020.sample.tsv", "hainan_diff"),
])
def test_the_sample_answer_keys_are_reproduced(key, diff, request):
    scored = agreement(request.getfixturevalue(diff), read_answer_key(ANSWERS / key))
    assert (scored.missed, scored.spurious, scored.disagreements) == ((), (), ())
    assert scored.locals_found == scored.locals_expected


def test_ownership_of_a_copied_measure_is_consistent(xiamen_diff):
    link = next(l for l in xiamen_diff.links if l.local and l.local.number == 1)
    assert (link.ownership.status, link.ownership.shared, link.ownership.region) == ("consistent", ("cbirc",), "all")


def test_region_check_tells_named_from_not_named(xiamen_diff, hainan_diff):
    named = next(l for l in hainan_diff.links if l.local and l.local.number == 8)  # national 9 lists 海南
    not_named = next(l for l in xiamen_diff.links if l.local and l.local.number == 3)  # national 4: 北京、深圳…
    assert (named.national.number, named.ownership.region) == (9, "named")
    assert (not_named.national.number, not_named.ownership.region) == (4, "not_named")


def test_a_local_body_managed_by_the_national_owner_is_consistent(hainan_diff):
    link = next(l for l in hainan_diff.links if l.local and l.local.number == 69)  # 移民局 ← 省公安厅
    assert (link.ownership.status, link.ownership.via) == ("consistent", "supervising_body")


def test_two_national_rounds_compare_with_the_same_engine(national2018, national2020):
    result = diff_documents(national2018, national2020, segmenter=Segmenter(None))
    window = next(l for l in result.links if l.local and l.local.number == 16)
    assert window.national.text.startswith("逐步将有关服务贸易管理事项纳入国际贸易")
    assert (window.relation, window.ownership.region) == ("adapted", "not_applicable")


def test_jsonl_has_one_object_per_link_with_the_promised_keys(xiamen_diff):
    lines = to_jsonl(xiamen_diff).splitlines()
    first = json.loads(lines[0])
    assert len(lines) == len(xiamen_diff.links)
    assert list(first)[:7] == ["national", "local", "relation", "score", "ownership", "national_text", "local_text"]
    assert (first["national"], first["local"], first["relation"], first["score"], first["ownership"]) == (2, 1, "same", 1.0, "consistent")


def test_csv_starts_with_a_byte_order_mark(xiamen_diff):
    text = to_csv(xiamen_diff)
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert text.startswith("\ufeffnational,local,relation,score,ownership")
    assert len(rows) == len(xiamen_diff.links) + 1


@pytest.mark.parametrize("engine", ["rjieba", "jieba"])
def test_a_cached_segmentation_never_loads_the_engine(tmp_path, monkeypatch, engine):
    first = Segmenter(tmp_path, engine=engine)
    first.cut("允许特定条件下租用外籍船舶从事临时运输。")
    first.save()

    def refuse(engine: str, words: tuple = ()):
        raise AssertionError("the segmentation engine was loaded for a cached text")

    from pilotplans.diff import segment  # the module itself: the name pilotplans.diff is the API's diff()

    monkeypatch.setattr(segment, "cutter", refuse)
    assert Segmenter(tmp_path, engine=engine).cut("允许特定条件下租用外籍船舶从事临时运输。")[:3] == ("允许", "特定条件", "下")


def test_settings_reject_nonsense():
    with pytest.raises(ValueError, match="link"):
        DiffSettings(link=1.5)
    with pytest.raises(ValueError, match="order_floor"):
        DiffSettings(link=0.3, order_floor=0.5)


def test_cli_diff_reads_two_files_on_the_fly():
    national, local = (str(SEEDS / SEED_FILES[i]) for i in ("national-2020", "xiamen-2020"))
    result = runner.invoke(app, ["diff", national, local, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    merged = [(r["national"], r["local"]) for r in rows if r["relation"] == "merged"]
    assert merged == [(28, 14), (29, 14)]


def test_cli_diff_refuses_a_region_the_gazetteer_cannot_place(tmp_path):
    # --region 火星 was taken as the local plan's region, replaced its 厦门 and moved four links from same to adapted
    national, local = str(SEEDS / SEED_FILES["national-2020"]), str(FIXTURES / "xiamen-tasks.docx")
    db = f"sqlite:///{tmp_path / 'none.db'}"
    refused = runner.invoke(app, ["diff", "-f", "table", national, local, "--db", db, "--region", "火星"])
    assert (refused.exit_code, refused.stderr) == (
        2, "error: --region 火星: no place of that name in the gazetteer (a province, city or county, e.g. 厦门, 海南省 or "
           "桐乡市)\n")
    counts = "national-2020 → xiamen-tasks: 59 same, 15 adapted, 2 merged, 3 split, 10 local, 43 dropped"
    for region in ([], ["--region", "厦门市"]):  # the place it records, named in full: the same diff
        result = runner.invoke(app, ["diff", "-f", "table", national, local, "--db", db, *region])
        assert result.exit_code == 0, result.output
        assert result.stdout.splitlines()[0] == counts


def test_cli_diff_names_a_missing_document(tmp_path):
    national = str(SEEDS / SEED_FILES["national-2020"])
    result = runner.invoke(app, ["diff", national, "nowhere-2020", "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert result.exit_code == 1
    assert result.stderr == "error: nowhere-2020: no such file, and no database to look the id up in\n"


def test_cli_coverage_prints_and_exports_the_matrix(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in [*SEED_FILES.values(), "manifest.toml"]:
        (raw / name).write_bytes((SEEDS / name).read_bytes())
    out = tmp_path / "out"
    assert runner.invoke(app, ["rebuild", "--raw", str(raw), "--out", str(out)]).exit_code == 0
    target = tmp_path / "coverage.csv"
    result = runner.invoke(app, ["coverage", "-f", "table", "--db", f"sqlite:///{out / 'pilotplans.db'}"])
    written = runner.invoke(app, ["coverage", "--db", f"sqlite:///{out / 'pilotplans.db'}", "--output", str(target)])
    assert (result.exit_code, written.exit_code, written.stdout) == (0, 0, ""), result.output + written.output
    assert "national-2020" in result.stdout and "split 22；23" in result.stdout
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"))))
    row24 = next(r for r in rows if r["number"] == "24")
    assert len(rows) == 122
    assert (row24["hainan-2020:relation"], row24["hainan-2020:local"]) == ("split", "22；23")
    assert (row24["xiamen-2020:relation"], row24["xiamen-2020:local"]) == ("same", "13")


def test_answer_key_reader_maps_partial_to_split():
    rows = read_answer_key(ANSWERS / "hainan_to_national2020.sample.tsv")
    assert [(r.local, r.nationals, r.relation) for r in rows if r.local in (22, 56, 111)] == [
        (22, (24,), "split"), (56, (59, 94), "merged"), (111, (), "local"),
    ]


def test_hand_made_keys_are_labelled_as_ours():
    for path in sorted(Path(ANSWERS).glob("*ours*.tsv")):
        assert path.read_text("utf-8").startswith("# OUR OWN hand-made key")


def test_score_matrix_is_the_cosine_of_weighted_words(national2020, xiamen):
    from pilotplans.diff.align import prepare, score_matrix

    prepared = prepare(national2020, xiamen, Segmenter(None))
    a, b = prepared.source.vectors[27], prepared.derived.vectors[13]
    assert score_matrix(prepared)[27][13] == pytest.approx(sum(v * b[w] for w, v in a.items() if w in b))


def test_scope_phrases_and_the_local_place_are_normalised_away():
    from pilotplans.diff.similarity import normalise_wording

    national = "对到试点地区从事商务、交流、访问等经贸活动的特定国家和地区人员，进一步优化144小时过境免签政策。"
    local = "对到厦门从事商务、交流、访问等经贸活动的特定国家和地区人员，进一步优化144小时过境免签政策。"
    assert normalise_wording(national) == normalise_wording(local, "厦门") == (
        "从事商务、交流、访问等经贸活动的特定国家和地区人员，进一步优化144小时过境免签政策。")


def test_place_names_of_any_city_come_from_the_gazetteer():
    from pilotplans.diff.similarity import load_scope_rules

    assert set(load_scope_rules().place_names("青岛")) == {"青岛", "青岛市"}
    assert {"海南省", "来琼", "在琼", "海南自由贸易港"} <= set(load_scope_rules().place_names("海南"))


def test_a_region_s_place_names_come_longest_first_in_one_order_whatever_the_hash_seed():
    # the scope pattern made of them is then the same text in every run, compiled once and kept
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = "from pilotplans.diff.similarity import load_scope_rules; print(load_scope_rules().place_names('厦门'))"
    root = str(Path(__file__).parents[1])
    orders = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root,
                             env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": root}).stdout
              for seed in ("1", "2", "3")}
    assert orders == {"('厦门市', '厦门', '在厦', '来厦', '赴厦', '驻厦')\n"}


@pytest.mark.parametrize(("text", "region", "normalised"), [
    ("在京津冀、长三角、粤港澳大湾区及中西部具备条件的试点地区开展数字人民币试点。", None, "开展数字人民币试点。"),
    ("为粤港澳大湾区、京津冀、长三角区域试点地区引进外籍高端人才提供签证便利。", None, "为引进外籍高端人才提供签证便利。"),
    ("推动省政府将自由类技术进出口登记备案管理权限下放至成都市商务局。", "成都", "推动省政府将自由类技术进出口登记备案管理权限下放。"),
    ("在确保有效监管的前提下，对进口料件实行保税监管。", None, "对进口料件实行保税监管。"),
    ("开展跨境使用试点，条件成熟时逐步推开至全部试点地区。", None, "开展跨境使用试点。"),
])
def test_scope_phrases_of_every_kind_are_normalised_away(text, region, normalised):
    from pilotplans.diff.similarity import normalise_wording

    assert normalise_wording(text, region) == normalised


@pytest.mark.parametrize("text", [
    "支持创立粤港澳大湾区、京津冀、长三角艺术创新中心。",  # the same names as the object of a measure
    "外国机构举办的涉外经济技术展行政许可委托省级商务主管部门实施。",  # a body that is not receiving a devolved power
    "鼓励和引导先行先试，因地制宜，探索建立高质量发展指标体系。",  # two verbs joined by 和 are no list of places
])
def test_wording_that_only_looks_like_a_scope_phrase_stays(text):
    from pilotplans.diff.similarity import normalise_wording

    assert normalise_wording(text) == text

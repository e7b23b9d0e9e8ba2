"""bench/diff_eval.py: a key names the two plans it compares (``<local>_to_national<year>.<kind>.tsv``),
any national plan a seed manifest lists, and a key whose plan no manifest lists is reported as not
scored with that cause — it was left out unsaid (keys were taken against national-2020 only, and only
where the local plan was read), so a blind round's key of a plan not yet listed scored nothing without
a word."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "bench" / "diff_eval.py"
spec = importlib.util.spec_from_file_location("diff_eval", SCRIPT)
bench = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = bench  # its dataclasses look their module up
spec.loader.exec_module(bench)

ANSWERS = ROOT / "tests" / "fixtures" / "answers"
REAL = ROOT / "tests" / "fixtures" / "real_plans"
SHANGHAI_KEY = ANSWERS / "shanghai-2020_to_national2020.real.tsv"


def named(folder: Path) -> list[tuple[str, str, str]]:
    return [(c.key_path.name, c.national, c.local) for c in bench.cases(folder)]


def test_the_kept_keys_name_their_national_plans_and_their_local_plans():
    assert named(ANSWERS) == [
        ("chengdu_to_national2020.ours-handmade.tsv", "national-2020", "chengdu-2020"),
        ("chongqing-2021_to_national2020.real.tsv", "national-2020", "chongqing-2021"),
        ("hainan_to_national2020.ours-handmade.tsv", "national-2020", "hainan-2020"),
        ("hainan_to_national2020.sample.tsv", "national-2020", "hainan-2020"),
        ("national-2020_to_national2018.real.tsv", "national-2018", "national-2020"),
        ("shanghai-2018_to_national2018.real.tsv", "national-2018", "shanghai-2018"),
        ("shanghai-2020_to_national2020.real.tsv", "national-2020", "shanghai-2020"),
        ("shenzhen-2021_to_national2020.real.tsv", "national-2020", "shenzhen-2021"),
        ("wuhan_to_national2020.ours-handmade.tsv", "national-2020", "wuhan-2020"),
        ("xiamen_to_national2020.ours-handmade.tsv", "national-2020", "xiamen-2020"),
        ("xiamen_to_national2020.sample.tsv", "national-2020", "xiamen-2020"),
    ]


def test_a_key_of_the_2025_plan_names_national_2025(tmp_path):
    shutil.copy(SHANGHAI_KEY, tmp_path / "fuzhou-2026_to_national2025.real.tsv")
    assert named(tmp_path) == [("fuzhou-2026_to_national2025.real.tsv", "national-2025", "fuzhou-2026")]


def test_files_not_named_as_a_key_are_no_keys(tmp_path):
    shutil.copy(SHANGHAI_KEY, tmp_path / "fuzhou-2026_to_national.real.tsv")
    shutil.copy(ANSWERS / "README.md", tmp_path / "README.md")
    assert named(tmp_path) == []


def test_a_key_whose_plan_no_manifest_lists_is_named_with_its_cause(tmp_path, capsys):
    shutil.copy(SHANGHAI_KEY, tmp_path / SHANGHAI_KEY.name)
    shutil.copy(SHANGHAI_KEY, tmp_path / "nowhere-2021_to_national2020.real.tsv")
    shutil.copy(SHANGHAI_KEY, tmp_path / "shanghai-2020_to_national2025.real.tsv")
    bench.main(["--answers", str(tmp_path), "--seeds", str(REAL), "--no-baseline"])
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" not scored: ") for line in lines if " not scored: " in line] == [
        ["nowhere-2021_to_national2020.real.tsv".ljust(44), "no manifest.toml of the seed folders lists nowhere-2021"],
        ["shanghai-2020_to_national2025.real.tsv".ljust(44), "no manifest.toml of the seed folders lists national-2025"],
    ]


def test_a_key_whose_plans_are_listed_is_scored(tmp_path, capsys):
    shutil.copy(SHANGHAI_KEY, tmp_path / SHANGHAI_KEY.name)
    bench.main(["--answers", str(tmp_path), "--seeds", str(REAL), "--no-baseline"])
    out = capsys.readouterr().out
    assert "not scored" not in out
    assert ("shanghai-2020_to_national2020.real.tsv       pairs P 100.0% R 100.0% (4/4 found, 4 expected)  "
            "local P 100.0% R 100.0% (0/0, 0)  relation 100.0% (2/2)") in out.splitlines()


def test_a_real_plan_cut_before_its_measures_is_reported_with_the_reader_s_cause(tmp_path, capsys):
    # 上海's 2018 plan as the pages corpus stores it ends in 一、指导思想和主要目标: refused, not scored, never read as measures
    shutil.copy(ANSWERS / "shanghai-2018_to_national2018.real.tsv", tmp_path)
    bench.main(["--answers", str(tmp_path), "--seeds", str(REAL), "--no-baseline"])
    out = [line for line in capsys.readouterr().out.splitlines() if line.startswith("shanghai-2018_to_national2018")]
    assert out == ["shanghai-2018_to_national2018.real.tsv".ljust(44) + " not scored: the reader refuses shanghai-2018: "
                   "no task table or task list found: the page ends in its part `(二)主要目标`, before any numbered measure "
                   "of 《上海市深化服务贸易创新发展试点实施方案》 names its owners — the page is cut: find the page or attachment "
                   "that holds the whole plan"]

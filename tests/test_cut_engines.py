"""One segmentation engine for the diff and the placing of counties' names (:mod:`pilotplans.cut_engines`): chosen by
``$PILOTPLANS_SEGMENTER``, else by whether rjieba is installed, without reading any package's metadata; reached by the
placing without the diff's package; and a page's places read alike under either engine."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from pilotplans import cut_engines
from pilotplans.cut_engines import ENGINE_ENV, default_engine
from pilotplans.normalizers.place import named_places, visited_places
from pilotplans.normalizers.registry import load_registry
from tests.conftest import FIXTURES
from tests.page_metadata import page_metadata

YINGXIAN = FIXTURES / "prose-blind25" / "yingxian-2023-county-office-plan-number-and-date-marks-lost-tasks-no-owners-cut.txt"
ROOT = Path(__file__).parents[1]


@pytest.fixture
def fresh_choice(monkeypatch):
    """Whether an engine is installed asked anew (and again after the test)."""
    monkeypatch.delenv(ENGINE_ENV, raising=False)
    cut_engines._installed.cache_clear()
    yield monkeypatch
    cut_engines._installed.cache_clear()


def gazetteer():
    return load_registry().gazetteer


def test_without_the_variable_rjieba_cuts_where_it_is_installed(fresh_choice):
    assert default_engine() == "rjieba"


def test_without_the_variable_jieba_cuts_where_rjieba_is_not_installed(fresh_choice):
    find_spec = importlib.util.find_spec
    fresh_choice.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "rjieba" else find_spec(name, *a))
    assert default_engine() == "jieba"


@pytest.mark.parametrize("engine", ["jieba", "rjieba"])
def test_the_variable_names_the_engine(fresh_choice, engine):
    fresh_choice.setenv(ENGINE_ENV, f" {engine} ")
    assert default_engine() == engine


def test_choosing_the_engine_reads_no_package_metadata(fresh_choice):
    def asked(name):
        raise AssertionError(f"the metadata of {name} was read")

    fresh_choice.setattr(metadata, "version", asked)
    assert default_engine() == "rjieba"


@pytest.mark.parametrize("engine", ["jieba", "rjieba"])
def test_the_yingxian_page_is_placed_alike_by_either_engine(monkeypatch, engine):
    # 应县人民政府办公 is cut (应县 / 人民政府 / 办公): 应县 stands as a word, so the notice names the county
    monkeypatch.setenv(ENGINE_ENV, engine)
    found = page_metadata(YINGXIAN)
    assert (found.issuer, found.level, found.region, found.region_named_in) == ("应县人民政府办公室", "county", "应县", "notice")


@pytest.mark.parametrize("engine", ["jieba", "rjieba"])
def test_a_county_or_a_visit_inside_other_words_is_passed_over_by_either_engine(monkeypatch, engine):
    # quiet: 交易县域 holds 易县 as letters, 全力以赴 goes nowhere; fires: 为沁县建设 names 沁县
    monkeypatch.setenv(ENGINE_ENV, engine)
    assert named_places("推进交易县域经济", gazetteer()) == []
    assert visited_places("全力以赴安吉县学习", gazetteer()) == []
    assert [p.name for p in named_places("为沁县建设多提发展良策", gazetteer())] == ["沁县"]


def _modules_after(code: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", f"{code}\nimport sys\nprint(' '.join(sys.modules))"], capture_output=True,
                          text=True, check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return set(done.stdout.split())


def test_placing_a_page_reaches_the_engine_without_the_diff_s_package():
    modules = _modules_after(f"from pathlib import Path\nfrom tests.page_metadata import page_metadata\n"
                             f"page_metadata(Path({str(YINGXIAN)!r}))")
    assert "rjieba" in modules
    assert {m for m in modules if m.startswith("pilotplans.diff")} == set()


def test_the_diff_s_segmenter_loads_without_the_diff_s_models_or_aligner():
    modules = _modules_after("import pilotplans.diff.segment")
    assert "pilotplans.diff.segment" in modules
    assert modules & {"pilotplans.diff.models", "pilotplans.diff.settings", "pilotplans.diff.compare"} == set()

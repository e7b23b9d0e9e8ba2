"""The Python API (`import pilotplans`): the calls the CLI makes, as the README shows them."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

import pilotplans
from tests.conftest import FIXTURES, SEEDS


@pytest.fixture(scope="module")
def data(curated) -> pilotplans.Dataset:
    return pilotplans.Dataset(curated / "pilotplans.db")


def test_every_exported_name_is_there_and_nothing_else_is_public():
    assert sorted(pilotplans.__all__) == [
        "CoverageMatrix", "Dataset", "DiffResult", "Document", "Measure", "MeasureOut", "Notice", "PilotplansError",
        "RebuildResult", "SearchHit", "UnknownValue", "UnreadableFile", "Warning", "coverage", "diff", "read", "read_notice"]
    for name in pilotplans.__all__:
        assert getattr(pilotplans, name) is not None


def test_import_pilotplans_stays_light():
    loaded = subprocess.run([sys.executable, "-c", "import sys, pilotplans; print(' '.join(sorted(sys.modules)))"],
                            capture_output=True, text=True, check=True).stdout.split()
    assert not {"pdfplumber", "docx", "sqlalchemy", "pydantic", "jieba", "rjieba", "httpx", "openpyxl", "rich"} & set(loaded)


def test_read_gives_a_document():
    doc = pilotplans.read(FIXTURES / "xiamen-tasks.docx")
    assert isinstance(doc, pilotplans.Document)
    assert (len(doc.measures), doc.measures[0].number) == (88, 1)


def test_a_dataset_lists_documents_and_measures(data):
    assert [d.id for d in data.documents()] == ["hainan-2020", "national-2018", "national-2020", "national-2025", "xiamen-2020"]
    (measure,) = data.measures(["national-2020"], number=93)
    assert measure.responsibility == "人民银行制订政策保障措施；先由深圳、成都、苏州、雄安新区等地及未来冬奥场景相关部门协助推进，后续视情扩大到其他地区"


def test_an_unknown_warning_code_is_an_unknown_value_listing_every_code(data):
    from pilotplans.warning_codes import warning_codes

    with pytest.raises(pilotplans.UnknownValue) as raised:
        data.measures(warning="nosuchcode")
    assert str(raised.value) == f"--warning nosuchcode: no such warning code; valid codes: {', '.join(sorted(warning_codes()))}"


def test_search_returns_ranked_hits(data):
    hits = data.search("银保监", department=["银保监会"])
    assert all(isinstance(h, pilotplans.SearchHit) for h in hits)
    assert [(h.document, h.number) for h in hits][:2] == [("xiamen-2020", 1), ("national-2020", 2)]


def test_diff_and_coverage_of_stored_plans(data):
    national, xiamen = data.document("national-2020"), data.document("xiamen-2020")
    result = pilotplans.diff(national, xiamen)
    assert isinstance(result, pilotplans.DiffResult)
    assert sum(result.counts().values()) == len(result.links)
    matrix = pilotplans.coverage(national, [xiamen])
    assert len(matrix.rows) == 122
    assert [m.national.id for m in data.coverage()] == ["national-2020"]


def test_rebuild_into_a_dataset_of_ones_own(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "raw")
    result = pilotplans.Dataset(tmp_path / "out" / "pilotplans.db").rebuild(tmp_path / "raw")
    assert isinstance(result, pilotplans.RebuildResult)
    assert (result.read, [d.id for d in result.documents]) == (5, ["hainan-2020", "national-2018", "national-2020", "national-2025", "xiamen-2020"])
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "measures.csv", "measures.jsonl", "measures.xlsx", "pilotplans.db"]


@pytest.mark.parametrize(("ids", "named"), [
    # it read "(附件1 实施方案, 附件2 任务清单)": four words, two ids or one?
    (["附件1 实施方案", "附件2 任务清单"], "'附件1 实施方案', '附件2 任务清单'"),
    (["xiamen-2024-plan", "xiamen-2024-tasks"], "xiamen-2024-plan, xiamen-2024-tasks"),  # plain ids as they are
])
def test_read_of_a_notice_holding_several_plans_names_them_as_the_command_line_takes_them(monkeypatch, ids, named):
    from types import SimpleNamespace

    from pilotplans.ingest.fetch import Notice

    url = "https://www.example.gov.cn/notice.html"
    monkeypatch.setattr("pilotplans.api.read_notice", lambda *_, **__: Notice(url, [SimpleNamespace(id=i) for i in ids]))
    with pytest.raises(pilotplans.PilotplansError) as refused:
        pilotplans.read(url)
    assert str(refused.value) == f"{url}: 2 plans read ({named}): use pilotplans.read_notice() for all of them"

"""A rebuild without a manifest: the State Council's task table printed alone reads national by its
central owners, its local plans are linked to it by their measures or, failing them, by a title that is
its title with their place before it, and a local plan left unlinked beside a stored national plan is
said on stderr (pilotplans.ingest.parents)."""

from __future__ import annotations

import shutil

from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.ingest.parents import link_parent
from pilotplans.ingest.unlinked import PlanFacts, unlinked_notes
from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

_NATIONAL = ("推进服务贸易创新发展试点任务分工\n1.支持服务贸易企业开拓国际市场。（责任单位：商务部、财政部）\n"
             "2.推进服务外包转型升级。（责任单位：商务部、科技部、发展改革委）\n3.便利跨境人员往来。（责任单位：外交部、公安部）\n")
_LOCAL = "{title}\n1.建设国际航运中心，提升港口服务能力。（责任单位：市港口局、市交通局）\n2.发展文化创意产业园区。（责任单位：市文旅局）\n"


def _read(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return read_document(path)


def test_the_researcher_s_folder_links_hainan_and_xiamen_to_the_national_table(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("national-2020-tasks.html", "hainan-2020-plan.docx", "xiamen-tasks.docx"):
        shutil.copy(FIXTURES / name, raw / name)
    db = f"sqlite:///{tmp_path / 'out' / 'pilotplans.db'}"
    rebuilt = CliRunner().invoke(app, ["rebuild", "--raw", str(raw), "--out", str(tmp_path / "out"), "--workers", "1"])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "note:" not in rebuilt.stderr  # both are linked: nothing to say
    coverage = CliRunner().invoke(app, ["coverage", "-f", "table", "--db", db])
    assert coverage.exit_code == 0, coverage.output
    lines = [line for line in coverage.stdout.splitlines() if " → national-2020-tasks: " in line]
    assert [line.split(":")[0] for line in lines] == ["hainan-2020-plan → national-2020-tasks",
                                                     "xiamen-tasks → national-2020-tasks"]
    # hainan's notice cites the plan's title beside the approval's 文号, which the table printed alone does not print
    assert [line.split(" (")[0].split(": ")[1] for line in lines] == [
        "linked by the title it cites", "linked by its best-matching measures"]


def test_a_local_plan_whose_title_is_the_national_title_after_its_place_is_linked_by_it(tmp_path):
    national = _read(tmp_path, "national.txt", _NATIONAL)
    assert national.level == "national"  # five ministries own its measures
    local = _read(tmp_path, "local.txt", _LOCAL.format(title="厦门市推进服务贸易创新发展试点任务分工"))
    linked = link_parent(local, [national])
    assert linked.parent == "national"
    assert [w.message for w in linked.warnings if w.code == "parent_inferred"] == [
        "it cites no 文号 of the plan it implements, and its measures match no stored plan clearly; linked to national "
        "by its title, which is that plan's title with its place (厦门市) before it"]


def test_a_title_naming_a_round_s_plan_is_linked_though_it_ends_with_the_round_before_s_title(tmp_path):
    # 全面深化… (2020) ends with 深化… (2018): before the earlier round's title stands 厦门市全面, no place
    earlier = _read(tmp_path, "earlier.txt", _NATIONAL.replace("推进服务贸易", "深化服务贸易", 1))
    later = _read(tmp_path, "later.txt", _NATIONAL.replace("推进服务贸易", "全面深化服务贸易", 1))
    local = _read(tmp_path, "local.txt", _LOCAL.format(title="厦门市全面深化服务贸易创新发展试点任务分工"))
    assert link_parent(local, [earlier, later]).parent == "later"


def test_a_local_plan_whose_title_is_two_stored_plans_title_after_its_place_is_not_linked(tmp_path):
    # two rounds' plans of one title: which one it carries out its title does not say
    first = _read(tmp_path, "first.txt", _NATIONAL)
    second = _read(tmp_path, "second.txt", _NATIONAL)
    local = _read(tmp_path, "local.txt", _LOCAL.format(title="厦门市推进服务贸易创新发展试点任务分工"))
    assert link_parent(local, [first, second]).parent is None


def test_a_local_plan_whose_title_adds_words_that_are_no_place_is_not_linked(tmp_path):
    national = _read(tmp_path, "national.txt", _NATIONAL)
    local = _read(tmp_path, "local.txt", _LOCAL.format(title="厦门市加快推进服务贸易创新发展试点任务分工"))
    assert link_parent(local, [national]).parent is None


def test_a_local_plan_of_another_title_is_not_linked(tmp_path):
    national = _read(tmp_path, "national.txt", _NATIONAL)
    local = _read(tmp_path, "local.txt", _LOCAL.format(title="厦门市推进服务业发展工作方案"))
    assert link_parent(local, [national]).parent is None


def _facts(id, level, programme=None, parent=None, region=None, cited=None):
    return PlanFacts(id, level, region, programme, parent, cited)


def test_a_local_plan_unlinked_beside_a_national_plan_of_its_programme_is_said():
    plans = [_facts("national-2020", "national", "service-trade"),
             _facts("wuxi", "municipal", "service-trade", region="无锡", cited="国函〔2020〕111号")]
    assert unlinked_notes(plans) == [
        "wuxi: linked to no national plan (it cites 国函〔2020〕111号, which no stored plan has, and neither its measures "
        "nor its title match one clearly) though national-2020 is stored: name its parent in manifest.toml "
        "(parent = \"…\") if it implements one"]


def test_a_programme_unknown_on_either_side_counts_as_the_same():
    plans = [_facts("table", "national"), _facts("wuxi", "municipal", "service-trade", region="无锡")]
    assert [line.split(":")[0] for line in unlinked_notes(plans)] == ["wuxi"]


def test_a_linked_plan_a_plan_of_another_programme_and_a_lone_local_plan_are_not_said():
    assert unlinked_notes([_facts("national-2025", "national", "service-opening"),
                           _facts("wuxi", "municipal", "service-trade", region="无锡"),
                           _facts("xiamen", "municipal", "service-opening", parent="national-2025")]) == []
    assert unlinked_notes([_facts("wuxi", "municipal", region="无锡")]) == []


def test_a_rebuild_says_on_stderr_which_local_plan_it_linked_to_no_national_plan(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(FIXTURES / "national-2020-tasks.html", raw / "national-2020-tasks.html")
    (raw / "local.txt").write_text(_LOCAL.format(title="厦门市推进服务业发展工作方案"), "utf-8")
    rebuilt = CliRunner().invoke(app, ["rebuild", "--raw", str(raw), "--out", str(tmp_path / "out"), "--workers", "1"])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert [line for line in rebuilt.stderr.splitlines() if line.startswith("note:")] == [
        "note: local: linked to no national plan (it cites no stored plan's 文号, and neither its measures nor its "
        "title match one clearly) though national-2020-tasks is stored: name its parent in manifest.toml "
        "(parent = \"…\") if it implements one"]

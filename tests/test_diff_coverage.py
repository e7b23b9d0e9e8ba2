"""Complete coverage: every stored local plan linked to its parent and round (pilotplans.ingest.parents, diff.coverage)."""

from __future__ import annotations

import csv
import io
import shutil

import pytest
from typer.testing import CliRunner

from pilotplans.cli import app
from pilotplans.diff.coverage import plan_groups
from pilotplans.ingest.parents import link_parent, parent_link
from pilotplans.ingest.pipeline import read_document
from pilotplans.schema.models import Citation
from pilotplans.store.db import load_documents
from tests.conftest import FIXTURES, SEED_FILES, SEEDS
from tests.plans import PLAN_FILES, PLANS

runner = CliRunner()


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> str:
    """The bundled documents rebuilt, then the Chengdu and Wuhan plans stored with ``extract --db``
    from a folder without a manifest (so nothing but their text links them)."""
    root = tmp_path_factory.mktemp("coverage")
    raw, loose = root / "raw", root / "loose"
    raw.mkdir(), loose.mkdir()
    for name in [*SEED_FILES.values(), "manifest.toml"]:
        shutil.copy(SEEDS / name, raw / name)
    for name in PLAN_FILES.values():
        shutil.copy(PLANS / name, loose / name)
    url = f"sqlite:///{root / 'out' / 'pilotplans.db'}"
    assert runner.invoke(app, ["rebuild", "--raw", str(raw), "--out", str(root / "out")]).exit_code == 0
    stored = runner.invoke(app, ["extract", *(str(loose / n) for n in PLAN_FILES.values()), "--db", url, "-o", str(root / "x.jsonl")])
    assert stored.exit_code == 0, stored.output
    return url


def test_a_plan_stored_with_extract_is_linked_to_its_parent_by_the_doc_no_it_cites(database):
    chengdu = load_documents(database, ids=["chengdu-2020-tasks"])[0]
    assert (chengdu.parent, chengdu.parent_doc_no, chengdu.round, chengdu.programme) == (
        "national-2020", "国函〔2020〕111号", 2020, "service-trade")


def test_a_plan_citing_its_parent_by_title_alone_is_linked_by_that_title(database):
    # 为贯彻落实《全面深化服务贸易创新发展试点总体方案》: no 文号; national-2020 is stored under its attachment's title
    wuhan = load_documents(database, ids=["wuhan-2020-tasks"])[0]
    national = load_documents(database, ids=["national-2020"])[0]
    link = parent_link(wuhan, national)
    assert (wuhan.parent, wuhan.round, [w.code for w in wuhan.warnings if w.code.startswith("parent_")]) == (
        "national-2020", 2020, [])
    assert (link.how, link.detail) == ("cited_title", "it cites 《全面深化服务贸易创新发展试点总体方案》, the plan of "
                                       "全面深化服务贸易创新发展试点 that the title of national-2020 names")


def test_a_plan_that_cites_nothing_is_linked_to_its_best_match_and_says_so(national2020, national2018):
    wuhan = read_document(PLANS / PLAN_FILES["wuhan-2020"], None).model_copy(update={"citations": []})
    linked = link_parent(wuhan, [national2020, national2018])
    assert (linked.parent, [w.message for w in linked.warnings if w.code == "parent_inferred"]) == ("national-2020", [
        "it cites no 文号 of the plan it implements; linked to national-2020 by its measures: "
        "78% of them have a close measure there (next best plan: 0%)"])


def test_coverage_includes_every_stored_plan_and_says_how_each_was_linked(database, tmp_path):
    target = tmp_path / "coverage.csv"
    result = runner.invoke(app, ["coverage", "-f", "table", "--db", database])
    assert runner.invoke(app, ["coverage", "--db", database, "--output", str(target)]).exit_code == 0
    assert result.exit_code == 0, result.output
    assert [line.split(" (")[0] for line in result.stdout.splitlines() if " → national-2020: " in line] == [
        "chengdu-2020-tasks → national-2020: linked by the 文号 it cites",
        "hainan-2020 → national-2020: linked by the 文号 it cites",
        "wuhan-2020-tasks → national-2020: linked by the title it cites",
        "xiamen-2020 → national-2020: linked by the manifest",
    ]
    assert "national-2018: no stored local plan implements it" in result.stdout
    header = next(csv.reader(io.StringIO(target.read_text("utf-8-sig"))))
    assert [h for h in header if h.endswith(":relation")] == [
        "chengdu-2020-tasks:relation", "hainan-2020:relation", "wuhan-2020-tasks:relation", "xiamen-2020:relation"]


def test_a_plan_stored_before_its_parent_is_linked_when_coverage_is_asked(national2020):
    wuhan = read_document(PLANS / PLAN_FILES["wuhan-2020"], None)  # no manifest: no parent, no round
    groups = plan_groups([wuhan, national2020])
    (national, members), = groups.groups
    assert (national.id, [(d.id, d.round, link.how) for d, link in members]) == (
        "national-2020", [("wuhan-2020-tasks", 2020, "cited_title")])


def test_a_plan_matching_no_national_plan_clearly_stays_unlinked(national2018):
    # nor does the title it cites (全面深化服务贸易创新发展试点总体方案) name national-2018's (深化…试点的批复)
    wuhan = read_document(PLANS / PLAN_FILES["wuhan-2020"], None)
    linked = link_parent(wuhan, [national2018])
    assert (linked.parent, parent_link(linked, None).how) == (None, "none")


def test_a_county_plan_implementing_a_stored_city_plan_is_unlinked_saying_its_parent_is_a_local_plan(national2020):
    # coverage compares plans with national plans: a county's plan whose parent is its city's (stored)
    # and which matches no national plan clearly is unlinked, its parent named as the local plan it is
    county = read_document(FIXTURES / "text-tables/blind/dazhu-2016-task-table.html", None)
    county = county.model_copy(update={"parent": "wuhan-2020-tasks"})
    city = read_document(PLANS / PLAN_FILES["wuhan-2020"], None)
    groups = plan_groups([national2020, city, county])
    assert [(d.id, [m.id for m, _ in members]) for d, members in groups.groups] == [
        ("national-2020", ["wuhan-2020-tasks"])]
    assert [(link.document, link.parent, link.how, link.detail) for link in groups.unlinked] == [
        ("dazhu-2016-task-table", "wuhan-2020-tasks", "given",
         "its parent wuhan-2020-tasks is a stored municipal plan, not a national one (coverage compares plans with "
         "national plans), and no stored national plan matches it clearly")]


def test_a_plan_whose_parent_is_not_stored_is_unlinked_saying_so(national2020):
    county = read_document(FIXTURES / "text-tables/blind/dazhu-2016-task-table.html", None)
    groups = plan_groups([national2020, county.model_copy(update={"parent": "dazhou-2016"})])
    assert [link.detail for link in groups.unlinked] == [
        "its parent dazhou-2016 is not stored, and no stored plan matches it clearly"]


def test_a_plan_citing_its_parent_s_文号_in_traditional_characters_and_full_width_is_linked_by_it(national2020):
    # a 文号 is one however it is printed (pilotplans.doc_numbers.same_doc_no), in the link by the 文号 cited as in
    # diff's note on a plan citing another
    chengdu = read_document(PLANS / PLAN_FILES["chengdu-2020"], None).model_copy(
        update={"parent_doc_no": "國函［２０２０］111號"})
    approval = national2020.model_copy(update={"id": "approval-2020", "doc_no": "国函〔2020〕111号"})
    linked = link_parent(chengdu, [approval])
    assert (linked.parent, parent_link(linked, approval).how, parent_link(linked, approval).detail) == (
        "approval-2020", "cited", "it cites 國函［２０２０］111號")  # not by its measures


def test_a_plan_citing_another_文号_is_not_linked_by_it(national2020):
    chengdu = read_document(PLANS / PLAN_FILES["chengdu-2020"], None).model_copy(
        update={"parent_doc_no": "國函［２０１８］79號", "citations": [Citation(doc_no="國函［２０１８］79號")]})
    approval = national2020.model_copy(update={"id": "approval-2020", "doc_no": "国函〔2020〕111号"})
    linked = link_parent(chengdu, [approval])
    assert (parent_link(linked, None).how, parent_link(linked, None).detail.split(",")[0]) == (
        "inferred", "it cites 國函［２０１８］79號")  # by its measures alone, the 文号 cited being no stored plan's

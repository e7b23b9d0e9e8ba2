"""A plan of a county-level division (a county, a county-level city, a district — a municipality's too —)
reads ``county``, as the gazetteer knows the place's level; a prefecture-level city's plan stays
``municipal``, a province's ``provincial`` (pilotplans.normalizers.place.at_region_level)."""

import json
import os
import shutil
from pathlib import Path

import pytest

from pilotplans.ingest.manifest import ManifestEntry
from pilotplans.ingest.pipeline import read_document
from pilotplans.normalizers.place import is_county_level
from pilotplans.normalizers.registry import load_registry
from pilotplans.parsers.interpret import DocumentHints

FIXTURES = Path(__file__).parent / "fixtures"


def _said(document, code):
    return [w.message for w in document.warnings if w.code == code]


@pytest.mark.parametrize(("fixture", "region"), [
    ("text-tables/blind/dazhu-2016-task-table.html", "大竹县"),  # a county (大竹县, under 达州)
    ("web-pages/ruicheng-two-column-layout.gb2312.html", "芮城县"),  # a county (芮城县, under 运城)
    ("notices/one-line-page.txt", "立山区"),  # a city's district (立山区, under 鞍山)
    ("prose-blind/yantian-2023-business-measures.txt", "盐田区"),  # a district of 深圳
    ("plans/shapes/shape-sentence-brackets.txt", "松江区"),  # a municipality's district (松江区, under 上海)
    ("notices/county-forwards-city-plan.txt", "桐乡市"),  # a county-level city (桐乡市, under 嘉兴)
    ("unseen-pages/leader-named-in-heading.txt", "桐乡"),  # the same, its region written without 市
    ("prose-shapes/prefecture-issues-county-city-plan.txt", "耒阳市"),  # a county-level city's plan its prefecture issues
])
def test_a_plan_of_a_county_level_division_reads_county(fixture, region):
    document = read_document(FIXTURES / fixture)
    assert (document.level, document.region) == ("county", region)
    assert not _said(document, "level_from_bodies")


def test_a_district_whose_name_two_cities_bear_reads_county():
    # 宝山区 is 上海's and 双鸭山's: which one is not told, but both are districts
    document = read_document(FIXTURES / "notices/district-two-cities-bear.txt")
    assert (document.level, document.region) == ("county", "宝山区")


@pytest.mark.parametrize(("fixture", "level", "region"), [
    ("plans/chengdu-2020-tasks.txt", "municipal", "成都"),  # a prefecture-level (sub-provincial) city
    ("plans/xiangxi-traditional-fields.txt", "municipal", "湘西"),  # an autonomous prefecture
    ("unseen-pages/notice-without-plan-title.txt", "municipal", "重庆"),  # a municipality
    ("seeds/004_662d9067fb13adab.txt", "provincial", "海南"),
    ("plans/gansu-law-database-fragment.txt", "provincial", "甘肃"),
    ("seeds/001_49e808efe8358f81.txt", "national", None),  # 国务院's
])
def test_a_plan_of_a_prefecture_a_province_or_the_state_keeps_its_level(fixture, level, region):
    document = read_document(FIXTURES / fixture)
    assert (document.level, document.region) == (level, region)


@pytest.mark.parametrize(("region", "county"), [
    ("房县", True), ("桐乡市", True), ("桐乡", True), ("闵行区", True), ("渝中区", True), ("浦东新区", True),
    ("神农架林区", True),  # a forest area under its province
    ("宝山区", True),  # two districts bear it, both county-level
    ("南京市鼓楼区", True),  # a district written after its city, as several bear its name
    ("成都", False), ("湘西", False), ("重庆", False), ("海南", False),
    ("雄安新区", False),  # a new area: no county-level division in the gazetteer
    ("某区", False),  # no place bears it: nothing said
])
def test_the_gazetteer_tells_a_county_level_region(region, county):
    assert is_county_level(region, load_registry().gazetteer) is county


def test_a_district_plan_naming_no_place_reads_county_from_its_issuers_kind_not_its_bodies():
    # its issuer, a district government's office named by its kind alone (区人民政府办公室), gives its level
    # (places-blind5's 广丰 page): its 区… bodies are not needed for it, and the document says nothing of them
    document = read_document(FIXTURES / "plans/shapes/shape-info-rows.txt")
    assert (document.issuer, document.level, document.region) == ("区人民政府办公室", "county", None)
    assert _said(document, "level_from_bodies") == []


def _plan(tmp_path, bodies: str) -> Path:
    path = tmp_path / "plan.txt"
    path.write_text("关于印发推进服务贸易创新发展实施方案的通知\n各有关单位：\n"
                    "现将《推进服务贸易创新发展实施方案》印发给你们，请认真贯彻落实。\n推进服务贸易创新发展实施方案\n"
                    f"1.支持服务贸易企业开拓国际市场。（责任单位：{bodies}）\n"
                    f"2.推进服务外包转型升级。（责任单位：{bodies}）\n", "utf-8")
    return path


def test_a_plan_naming_no_place_whose_bodies_are_written_shi_and_qu_stays_municipal(tmp_path):
    # 市商务局 beside 区财政局: a city's plan naming its districts' bodies as well as a district's naming its
    # city's; read at a city's level, as before
    document = read_document(_plan(tmp_path, "市商务局、区财政局"))
    assert (document.level, document.region) == ("municipal", None)
    assert _said(document, "level_from_bodies") == [
        "nothing else gives its level, and its bodies are written 市、区… only (市商务局、区财政局): read as a "
        "municipal document"]


def test_a_level_the_manifest_gives_is_never_overruled():
    hints = DocumentHints(id="tongxiang", level="municipal")
    document = read_document(FIXTURES / "notices/county-forwards-city-plan.txt", hints)
    assert (document.level, document.region) == ("municipal", "桐乡市")


def test_a_county_level_the_manifest_gives_is_kept_and_the_plan_still_placed():
    # the placing rules read a county's plan at a city's level: a county given is placed as one read
    hints = DocumentHints(id="tongxiang", level="county")
    document = read_document(FIXTURES / "notices/county-forwards-city-plan.txt", hints)
    assert (document.level, document.region) == ("county", "桐乡市")
    assert [d.id for d in document.measures[0].departments] == [
        d.id for d in read_document(FIXTURES / "notices/county-forwards-city-plan.txt").measures[0].departments]


def test_a_manifest_entry_takes_the_county_level_and_refuses_an_unknown_one():
    assert ManifestEntry(file="a.txt", id="a", level="county").hints().level == "county"
    with pytest.raises(ValueError, match="county"):
        ManifestEntry(file="a.txt", id="a", level="district")


@pytest.mark.parametrize(("region", "level"), [("桐乡市", "county"), ("嘉兴", "municipal"), ("上海市闵行区", "county")])
def test_a_city_plan_given_a_region_reads_at_that_region_s_level(region, level):
    import pilotplans
    from pilotplans.diff.sources import with_region

    # 市商务局's plan naming no place: read municipal, its region unknown
    path = FIXTURES / "notices/unnamed-city-no-place.txt"
    assert (read_document(path).level, read_document(path).region) == ("municipal", None)
    assert (pilotplans.read(path, region=region).level, pilotplans.read(path, region=region).region) == (level, region)
    assert with_region(read_document(path), region).level == level


def test_a_county_plan_applies_its_measures_to_its_own_region():
    # a local plan's measure naming no region applies to the plan's own: a county's as a city's
    document = read_document(FIXTURES / "text-tables/blind/dazhu-2016-task-table.html")
    assert {(r.raw, r.id, r.source) for r in document.measures[0].regions} == {("大竹县", "511724", "document")}


def test_a_county_plan_is_stored_and_exported_at_its_level(tmp_path):
    from pilotplans.export import measures_out, to_jsonl
    from pilotplans.store.db import load_documents, rebuild, sqlite_url

    document = read_document(FIXTURES / "text-tables/blind/dazhu-2016-task-table.html")
    url = sqlite_url(tmp_path / "p.db")
    rebuild(url, [document])
    (stored,) = load_documents(url)
    assert stored.level == "county"
    rows = [json.loads(line) for line in to_jsonl(measures_out([stored])).splitlines()]
    assert {(row["level"], row["region"]) for row in rows} == {("county", "大竹县")}


@pytest.mark.skipif(not os.environ.get("PILOTPLANS_TEST_POSTGRES_URL"), reason="set PILOTPLANS_TEST_POSTGRES_URL to run")
def test_a_county_plan_is_stored_at_its_level_on_postgres():
    from pilotplans.store.db import load_documents, rebuild

    url = os.environ["PILOTPLANS_TEST_POSTGRES_URL"]
    document = read_document(FIXTURES / "text-tables/blind/dazhu-2016-task-table.html")
    rebuild(url, [document])
    assert [(d.level, d.region) for d in load_documents(url)] == [("county", "大竹县")]


def test_the_documents_command_keeps_one_level_s_documents(tmp_path):
    from typer.testing import CliRunner

    from pilotplans.cli import app
    from pilotplans.store.db import rebuild, sqlite_url

    county = read_document(FIXTURES / "text-tables/blind/dazhu-2016-task-table.html")
    city = read_document(FIXTURES / "plans/chengdu-2020-tasks.txt")
    url = sqlite_url(tmp_path / "p.db")
    rebuild(url, [county, city])
    runner = CliRunner()

    def listed(*options: str) -> list[tuple[str, str]]:
        result = runner.invoke(app, ["documents", "--db", url, "-f", "json", *options])
        assert result.exit_code == 0, result.output
        return [(d["id"], d["level"]) for d in json.loads(result.stdout)]

    assert listed("--level", "county") == [("dazhu-2016-task-table", "county")]
    assert listed("--level", "municipal") == [("chengdu-2020-tasks", "municipal")]
    assert listed("--level", "provincial") == []
    assert listed() == [("chengdu-2020-tasks", "municipal"), ("dazhu-2016-task-table", "county")]
    refused = runner.invoke(app, ["documents", "--db", url, "--level", "district"])
    assert refused.exit_code == 2


def test_the_documents_command_offers_every_level_the_schema_knows():
    from typing import get_args

    from pilotplans.cli import LevelChoice
    from pilotplans.schema.models import Level

    assert [choice.value for choice in LevelChoice] == list(get_args(Level))


def test_a_zone_committee_s_plan_whose_bodies_are_written_qu_reads_municipal_not_county():
    # 高新区管委会 issues it: its 区科技局, 区经济发展局 are the zone's bureaus, and the gazetteer reads a zone's
    # bodies at a city's level (body_level municipal), not a district's
    document = read_document(FIXTURES / "notices/zone-committee-district-bodies.txt")
    assert (document.issuer, document.level, document.region) == ("高新区管委会", "municipal", None)
    assert _said(document, "level_from_bodies") == [
        "nothing else gives its level, and its bodies are written 区… only (区科技局、区财政局、区经济发展局): "
        "read as a municipal document"]


@pytest.mark.parametrize(("region", "level"), [
    ("厦门", "municipal"),  # a prefecture-level city: the plan is the city's, its 区… bodies notwithstanding
    ("湘西", "municipal"),  # an autonomous prefecture
    ("重庆两江新区", "municipal"),  # a new area, no county-level division
    ("思明区", "county"),  # a district: stays county
    ("浦东新区", "county"),  # a new area that is a district
    ("海南", "county"),  # a province: says nothing of a county's or a city's level, the level read stays
])
def test_a_district_plan_given_a_region_reads_at_that_region_s_level(region, level):
    import pilotplans
    from pilotplans.diff.sources import with_region

    # 区人民政府办公室's plan naming no place, its bodies 区…: read county, its region unknown
    path = FIXTURES / "plans/shapes/shape-info-rows.txt"
    assert (read_document(path).level, read_document(path).region) == ("county", None)
    assert (pilotplans.read(path, region=region).level, pilotplans.read(path, region=region).region) == (level, region)
    assert with_region(read_document(path), region).level == level


@pytest.mark.parametrize(("fixture", "level", "region"), [
    ("plans/shapes/shape-notice-then-year-headings.txt", "county", None),  # 某区人民政府: a district's government, its place unnamed
    ("plans/changningwan-blank-line-cells.txt", "county", "长宁湾区"),  # 长宁湾区人民政府办公室
    ("plans/shapes/shape-own-title-qualifier.txt", "municipal", None),  # 某市人民政府办公室: a city's, stays
])
def test_a_county_s_government_the_gazetteer_does_not_know_reads_county_from_its_kind(fixture, level, region):
    # the issuer's own kind (县, 旗, 区 before 人民政府) says a county's level where the gazetteer cannot
    document = read_document(FIXTURES / fixture)
    assert (document.level, document.region) == (level, region)


def test_a_plan_given_a_city_s_region_no_longer_says_its_level_came_from_its_bodies():
    import pilotplans

    # read alone it is a county's plan (by its issuer's kind, 区人民政府办公室); given 厦门 it is the city's
    path = FIXTURES / "plans/shapes/shape-info-rows.txt"
    assert read_document(path).level == "county"
    document = pilotplans.read(path, region="厦门")
    assert (document.level, _said(document, "level_from_bodies")) == ("municipal", [])


def test_a_plan_given_a_county_s_region_keeps_the_note_its_level_came_from_its_bodies():
    import pilotplans

    path = FIXTURES / "plans/shapes/shape-info-rows.txt"
    document = pilotplans.read(path, region="思明区")
    assert (document.level, _said(document, "level_from_bodies")) == ("county", _said(read_document(path), "level_from_bodies"))


def test_the_documents_command_says_when_stored_documents_predate_the_county_level(tmp_path):
    # a database stored before the county level existed holds 大竹县's plan read municipal: listing county
    # documents finds none, and says why and what to do, on stderr (the listing itself stays clean)
    from typer.testing import CliRunner

    from pilotplans.cli import app
    from pilotplans.store.db import rebuild, sqlite_url

    county = read_document(FIXTURES / "text-tables/blind/dazhu-2016-task-table.html")
    city = read_document(FIXTURES / "plans/chengdu-2020-tasks.txt")
    url = sqlite_url(tmp_path / "p.db")
    rebuild(url, [county.model_copy(update={"level": "municipal"}), city])
    result = CliRunner().invoke(app, ["documents", "--db", url, "-f", "json", "--level", "county"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []
    assert result.stderr == (
        "note: no document matches\n"  # the listing is empty, and the next note says why
        "note: 1 stored document(s) read municipal have a county-level region (dazhu-2016-task-table (大竹县)): they "
        "were stored before the county level existed (or a manifest gave them municipal); run "
        f"`pilotplans rebuild --db {url}` to re-read them at their level\n")  # a bare rebuild writes data/curated's


def test_the_documents_command_says_nothing_of_a_database_stored_at_today_s_levels(tmp_path):
    from typer.testing import CliRunner

    from pilotplans.cli import app
    from pilotplans.store.db import rebuild, sqlite_url

    county = read_document(FIXTURES / "text-tables/blind/dazhu-2016-task-table.html")
    city = read_document(FIXTURES / "plans/chengdu-2020-tasks.txt")
    url = sqlite_url(tmp_path / "p.db")
    rebuild(url, [county, city])
    for level in ("county", "municipal"):
        result = CliRunner().invoke(app, ["documents", "--db", url, "-f", "json", "--level", level])
        assert result.exit_code == 0, result.output
        assert result.stderr == ""


@pytest.mark.skipif(not os.environ.get("PILOTPLANS_TEST_POSTGRES_URL"), reason="set PILOTPLANS_TEST_POSTGRES_URL to run")
def test_the_documents_command_notes_a_county_plan_stored_municipal_on_postgres():
    # the note reads the stored documents back, whatever the store: PostgreSQL says what SQLite says
    from typer.testing import CliRunner

    from pilotplans.cli import app
    from pilotplans.store.db import rebuild

    url = os.environ["PILOTPLANS_TEST_POSTGRES_URL"]
    county = read_document(FIXTURES / "text-tables/blind/dazhu-2016-task-table.html")
    city = read_document(FIXTURES / "plans/chengdu-2020-tasks.txt")
    rebuild(url, [county.model_copy(update={"level": "municipal"}), city])
    result = CliRunner().invoke(app, ["documents", "--db", url, "-f", "json", "--level", "county"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []
    assert result.stderr.startswith(
        "note: no document matches\n"  # the listing is empty, and the next note says why
        "note: 1 stored document(s) read municipal have a county-level region (dazhu-2016-task-table (大竹县))")


def _rebuilt_with_municipal_for_a_county(tmp_path: Path) -> str:
    """The url of a database a rebuild by this version wrote, its manifest giving 大竹县's plan ``municipal``."""
    from pilotplans.store.db import sqlite_url
    from tests.conftest import build

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(FIXTURES / "text-tables/blind/dazhu-2016-task-table.html", raw / "dazhu.html")
    (raw / "manifest.toml").write_text('[[document]]\nfile = "dazhu.html"\nid = "dazhu-2016"\nlevel = "municipal"\n', "utf-8")
    build(raw, tmp_path / "out")
    return sqlite_url(tmp_path / "out" / "pilotplans.db")


def test_the_documents_command_says_nothing_of_a_manifest_s_municipal_for_a_county_after_a_rebuild(tmp_path):
    # the manifest's explicit choice, which the rebuild by this version keeps, is no document stored
    # before the county level existed
    from typer.testing import CliRunner

    from pilotplans.cli import app

    url = _rebuilt_with_municipal_for_a_county(tmp_path)
    result = CliRunner().invoke(app, ["documents", "--db", url, "-f", "json", "--level", "municipal"])
    assert result.exit_code == 0, result.output
    assert [(d["id"], d["level"], d["region"]) for d in json.loads(result.stdout)] == [("dazhu-2016", "municipal", "大竹县")]
    assert result.stderr == ""


def test_the_documents_command_notes_a_county_plan_stored_municipal_by_an_older_reader(tmp_path):
    # the same database, its last rebuild by another reader version: its municipal may be that reader's
    import sqlite3

    from typer.testing import CliRunner

    from pilotplans.cli import app

    url = _rebuilt_with_municipal_for_a_county(tmp_path)
    with sqlite3.connect(tmp_path / "out" / "pilotplans.db") as connection:
        connection.execute("UPDATE build_info SET value = 'older' WHERE key = 'version.reader'")
    result = CliRunner().invoke(app, ["documents", "--db", url, "-f", "json", "--level", "county"])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(
        "note: no document matches\n"  # the listing is empty, and the next note says why
        "note: 1 stored document(s) read municipal have a county-level region (dazhu-2016 (大竹县)): they were stored "
        "before the county level existed")



def test_a_district_office_s_table_of_central_owners_reads_county_and_warns_each_owner_it_cannot_place():
    # generated layout 102018: a district office's head (区人民政府办公室) over central owners. Its level is its
    # issuer's (it read national from those owners before places5); a body central by its own name (商务部) still
    # resolves, while a national plan's short names (国资委, 医保局) name no body of a district left unnamed, and
    # every record naming one says so: nothing is dropped silently
    from tests.test_read_pdf import VARIANTS

    document = read_document(VARIANTS / "horizontal-rules-merged-owners-top.pdf")
    assert (document.issuer, document.level, document.region) == ("区人民政府办公室", "county", None)
    links = [(m, link) for m in document.measures for link in m.departments]
    assert {link.id for _, link in links if link.raw == "商务部"} == {"mofcom"}
    unplaced = {(m.number, link.raw) for m, link in links if link.id is None}
    warned = {(m.number, w.message.split("'")[1]) for m in document.measures for w in m.warnings
              if w.code == "department_unresolved"}
    assert {"国资委", "医保局", "中医药局"} <= {raw for _, raw in unplaced}
    assert unplaced <= warned

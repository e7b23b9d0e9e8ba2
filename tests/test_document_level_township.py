"""A document a township (乡, 镇, 街道, 苏木) issues itself reads ``township``: its own body issuing, or, where no
issuer is read, a 文号 of a township's series; its region stays the county it lies in (no division list holds
townships). A county's notice addressing its townships, a county named after a township's word and a series
opening with a place's name stay as read (pilotplans.normalizers.township)."""

import json
import os
from pathlib import Path
from typing import get_args

import pytest

from pilotplans.normalizers.registry import load_registry
from pilotplans.normalizers.township import township_issuer, township_series
from pilotplans.schema.models import LOCAL_LEVELS, Level
from tests.page_metadata import lines_metadata, page_metadata, read_text

FIXTURES = Path(__file__).parent / "fixtures"

# a township's plan as its notice prints it: its government's red head and 文号, three items with owners, its signature
TOWNSHIP_PLAN = """嵊州市通源乡人民政府关于印发通源乡森林防火工作方案的通知
通政〔2023〕5号
各村、乡属各单位：
现将《通源乡森林防火工作方案》印发给你们，请认真贯彻执行。
一、加强火源管理。严格落实野外用火审批制度。（责任单位：乡农业办、市林业局）
二、开展隐患排查。对林区周边开展拉网式排查。（责任单位：乡应急办、各村）
三、强化宣传教育。利用广播、标语开展防火宣传。（责任单位：乡宣传办）
通源乡人民政府
2023年1月9日
"""


@pytest.mark.parametrize(("fixture", "issuer", "region"), [
    ("places-blind9/tongyuan-2009-township-forwards-national-notice-letter-o-date.txt", "通源乡人民政府", "嵊州"),
    ("prose-blind24/mudong-2024-town-government-work-report-bracketed-piped-info-rows-no-tasks-cut.txt",
     "重庆市巴南区木洞镇人民政府", "巴南区"),
    ("prose-blind12/shanfu-2020-town-info-table-one-line-plan.txt", "温州市鹿城区山福镇人民政府", "鹿城区"),
    ("places-blind7/haibin-2021-binhai-street-office-outline-title-split-month-date.txt", "天津市滨海新区海滨街道办事处",
     "滨海新区"),
    ("places-blind10/laisu-2021-township-party-and-government-joint-notice-district-info-table.txt",
     "中共重庆市永川区来苏镇委员会、重庆市永川区来苏镇人民政府", "永川区"),
])
def test_a_township_s_own_body_issuing_reads_township_in_its_county(fixture, issuer, region):
    # a town's government, a street office, a town's Party committee leading its government: each page read county
    # before the township level existed
    found = page_metadata(FIXTURES / fixture)
    assert (found.issuer, found.level, found.region) == (issuer, "township", region)


def test_a_township_s_plan_reads_township_and_its_measures_apply_to_its_county(tmp_path):
    document = read_text(tmp_path, TOWNSHIP_PLAN)
    assert (document.issuer, document.level, document.region) == ("嵊州市通源乡人民政府", "township", "嵊州")
    # its bodies are read at its county's tier: 市林业局 is 嵊州市's own (a county-level city), as in 嵊州's plans
    assert [(d.raw, d.id) for d in document.measures[0].departments] == [
        ("乡农业办", None), ("市林业局", "330683-forestry_bureau")]
    assert {(r.raw, r.id, r.source) for r in document.measures[2].regions} == {("嵊州", "330683", "document")}


def test_a_county_s_notice_addressing_its_townships_stays_the_county_s():
    # quiet: 各乡镇人民政府 is whom the county writes to, not who writes
    found = lines_metadata("嵊州市人民政府关于做好森林防火工作的通知", "嵊政发〔2023〕5号", "各乡镇人民政府、街道办事处，市政府各部门：",
                           "现将有关事项通知如下。", "嵊州市人民政府", "2023年1月9日")
    assert (found.issuer, found.level, found.region) == ("嵊州市人民政府", "county", "嵊州")


def test_a_county_named_after_a_township_s_word_stays_a_county():
    # quiet: 镇巴县 opens with 镇, and its series 镇政发 with it: a county's government and its own series
    found = page_metadata(FIXTURES / "places-blind2/zhenba-2024-county-rules-bullet-rows.txt")
    assert (found.level, found.region, found.doc_no) == ("county", "镇巴县", "镇政发〔2024〕7号")


def test_a_city_s_reply_creating_a_street_office_stays_the_city_s():
    # quiet: the title names the 街道办事处 it approves; the municipality issues it
    found = page_metadata(FIXTURES / "places-blind7/shanghai-2015-municipality-reply-to-district-on-street-office.txt")
    assert (found.issuer, found.level, found.region) == ("上海市人民政府", "municipal", "上海")


@pytest.mark.parametrize("issuer", [
    "嵊州市通源乡人民政府", "通源乡人民政府", "中共重庆市永川区来苏镇委员会", "来苏镇党委", "海滨街道办事处", "海滨街道党工委",
    "某某苏木人民政府", "木洞镇人民政府办公室", "来苏镇党政办公室",
    "西安市未央区新城街道办事处",  # a street whose own name ends with 城, as 新城, 古城, 龙城 streets' and towns' do
    "嵊州市古城镇人民政府",
    "西安市未央区人民政府新城街道办事处",  # its district's government printed before it
    "嵊州市通源鄉人民政府",  # a traditional page's 鄉 and 鎮
    "重庆市巴南区木洞鎮人民政府",
    "某县金乡人民政府",  # a township bearing a county's name (金乡县) after its own county's name
])
def test_a_township_s_bodies_are_named_so(issuer):
    assert township_issuer(issuer, load_registry().gazetteer)


@pytest.mark.parametrize("issuer", [
    "各乡镇人民政府",  # every township, whom a county writes to
    "乡镇人民政府",  # the kind, no township
    "镇巴县人民政府",  # a county opening with 镇
    "重庆市住房和城乡建设委员会",  # 乡 inside a bureau's name
    "某县城镇建设委员会",  # 城镇, towns and cities
    "中共镇委",  # the Party's mark and the word alone
    "嵊州市人民政府、通源乡人民政府",  # a county leading, a township beside it
    "某县城镇委员会",  # 城镇 after its county: towns and cities, no township's own name
    "全县各乡镇人民政府",
    "所属各街道办事处",  # the streets under a district, whom it writes to
    "景德镇人民政府",  # a city's name closing with 镇, its government written without 市
    "江西省景德镇人民政府",
])
def test_bodies_with_a_township_s_word_in_them_are_no_township_s(issuer):
    assert not township_issuer(issuer, load_registry().gazetteer)


@pytest.mark.parametrize(("doc_no", "township"), [
    ("海滨街发〔2021〕3号", True),  # a street's series, its word cut to 街
    ("来苏镇委发〔2021〕68号", True),  # a town's Party committee's
    ("通源乡政〔2009〕3号", True),
    ("武乡政发〔2020〕1号", False),  # 武乡县's own series: 武乡 is a place's name
    ("萍乡府发〔2020〕1号", False),  # 萍乡's, a city
    ("镇政发〔2024〕7号", False),  # 镇巴县's (or 镇江's): no township's name before the word
    ("乡镇发〔2020〕1号", False),  # no one township
    ("古城镇政〔2023〕5号", True),  # a town whose own name ends with 城
    ("粤乡发〔2023〕5号", False),  # a province's 简称 alone before the word: a department of 广东's series
    ("浙乡发〔2023〕5号", False),
    ("苏建村镇发〔2020〕1号", False),  # a province's department's, its topic 村镇 a sort of settlement (places13)
    ("鲁农村镇发〔2018〕1号", False),
    ("李村镇政〔2020〕1号", True),  # quiet: a town whose name closes with 村, no province's 简称 before it
    ("新城镇发〔2020〕1号", True),  # quiet (review): 新城镇's own, 新 a 简称's character opening a town's name, no department's
    ("云城镇委发〔2020〕1号", True),
    ("新城乡发〔2020〕1号", True),
])
def test_a_township_s_series_is_its_name_its_word_and_a_kind(doc_no, township):
    assert township_series(doc_no, load_registry().gazetteer) is township


def test_a_township_s_series_reads_township_only_where_no_issuer_is_read():
    found = lines_metadata("关于做好防汛工作的通知", "海滨街发〔2021〕3号", "各社区：", "现将有关事项通知如下。", "2021年6月1日")
    assert (found.issuer, found.level) == (None, "township")
    # quiet: a district's government printing a street's number it cites keeps its own level
    cited = lines_metadata("天津市滨海新区人民政府关于做好防汛工作的通知", "海滨街发〔2021〕3号", "各街道办事处：",
                           "现将有关事项通知如下。", "天津市滨海新区人民政府", "2021年6月1日")
    assert (cited.issuer, cited.level) == ("天津市滨海新区人民政府", "county")


def test_a_province_s_department_numbering_its_notice_in_a_topic_series_of_villages_and_towns_is_no_township():
    # 苏建村镇发: 苏 江苏's 简称, 建 its 住房和城乡建设厅, 村镇 the topic of one of its 处 — no township's name
    found = lines_metadata("关于做好农村住房建设管理工作的通知", "苏建村镇发〔2020〕1号", "各设区市住房城乡建设局：",
                           "现将有关事项通知如下。", "2020年3月1日")
    assert (found.issuer, found.level) == (None, None)


def test_the_township_level_is_a_local_level_of_the_schema():
    assert "township" in get_args(Level)
    assert "township" in LOCAL_LEVELS


def test_a_township_s_plan_is_stored_exported_and_listed_at_its_level(tmp_path):
    from typer.testing import CliRunner

    from pilotplans.cli import app
    from pilotplans.export import measures_out, to_jsonl
    from pilotplans.ingest.pipeline import read_document
    from pilotplans.store.db import load_documents, rebuild, sqlite_url

    township = read_text(tmp_path, TOWNSHIP_PLAN)
    county = read_document(FIXTURES / "text-tables/blind/dazhu-2016-task-table.html")
    url = sqlite_url(tmp_path / "p.db")
    rebuild(url, [township, county])
    assert {d.id: d.level for d in load_documents(url)} == {"plan": "township", "dazhu-2016-task-table": "county"}
    rows = [json.loads(line) for line in to_jsonl(measures_out([township])).splitlines()]
    assert {(row["level"], row["region"]) for row in rows} == {("township", "嵊州")}
    result = CliRunner().invoke(app, ["documents", "--db", url, "-f", "json", "--level", "township"])
    assert result.exit_code == 0, result.output
    assert [(d["id"], d["level"]) for d in json.loads(result.stdout)] == [("plan", "township")]
    assert result.stderr == ""


@pytest.mark.skipif(not os.environ.get("PILOTPLANS_TEST_POSTGRES_URL"), reason="set PILOTPLANS_TEST_POSTGRES_URL to run")
def test_a_township_s_plan_is_stored_at_its_level_on_postgres(tmp_path):
    from pilotplans.store.db import load_documents, rebuild

    url = os.environ["PILOTPLANS_TEST_POSTGRES_URL"]
    rebuild(url, [read_text(tmp_path, TOWNSHIP_PLAN)])
    assert [(d.level, d.region) for d in load_documents(url)] == [("township", "嵊州")]


def test_the_documents_command_says_when_a_township_s_plan_was_stored_before_the_township_level(tmp_path):
    # a database stored before the township level existed holds the township's plan read county: listing township
    # documents finds none, and says why and what to do, on stderr
    from typer.testing import CliRunner

    from pilotplans.cli import app
    from pilotplans.store.db import rebuild, sqlite_url

    url = sqlite_url(tmp_path / "p.db")
    rebuild(url, [read_text(tmp_path, TOWNSHIP_PLAN).model_copy(update={"level": "county"})])
    result = CliRunner().invoke(app, ["documents", "--db", url, "-f", "json", "--level", "township"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []
    assert result.stderr == (
        "note: no document matches\n"
        "note: 1 stored document(s) a township issues read another level (plan (嵊州市通源乡人民政府)): they were stored "
        "before the township level existed (or a manifest gave them their level); run "
        f"`pilotplans rebuild --db {url}` to re-read them at their level\n")  # a bare rebuild writes data/curated's


def test_a_manifest_entry_takes_the_township_level():
    from pilotplans.ingest.manifest import ManifestEntry

    assert ManifestEntry(file="a.txt", id="a", level="township").hints().level == "township"


def test_a_malformed_township_file_is_a_one_line_error_naming_the_file_and_key():
    from pilotplans.data import read_bytes
    from pilotplans.errors import PilotplansError
    from pilotplans.normalizers.township import township_words

    text = read_bytes("township.toml").decode("utf-8")
    assert township_words(text)["words"] == ["街道", "苏木", "镇", "乡"]
    with pytest.raises(PilotplansError, match=r"^pilotplans/data/township.toml: bodies\.0: "):
        township_words(text.replace('bodies = ["人民政府"', 'bodies = [""'))


def test_a_street_whose_own_name_ends_with_cheng_reads_township_in_its_district():
    # 新城街道, 古城镇: a township's own name may end with 城; only 城 alone before the word (城镇) is a sort of place
    found = lines_metadata("西安市未央区人民政府新城街道办事处关于印发新城街道防汛工作方案的通知", "新城街办发〔2021〕3号", "各社区：",
                           "现将方案印发给你们。", "西安市未央区新城街道办事处", "2021年6月1日")
    assert (found.issuer, found.level, found.region) == ("西安市未央区人民政府新城街道办事处", "township", "未央区")


def test_a_traditional_page_s_township_reads_township():
    found = lines_metadata("嵊州市通源鄉人民政府關於印發通源鄉森林防火工作方案的通知", "通政〔2023〕5号", "各村：",
                           "現將方案印發給你們。", "嵊州市通源鄉人民政府", "2023年1月9日")
    assert (found.level, found.region) == ("township", "嵊州")


def test_a_city_s_government_written_without_its_word_is_no_township_s():
    # quiet: 景德镇 is a city's name ending with 镇; nothing here says its level, as before the township level
    found = lines_metadata("景德镇人民政府关于印发森林防火工作方案的通知", "景府发〔2023〕5号", "各县（市、区）人民政府：",
                           "现将方案印发给你们。", "景德镇人民政府", "2023年1月9日")
    assert (found.issuer, found.level) == ("景德镇人民政府", None)


def test_a_province_s_department_series_with_a_township_s_word_is_no_township_s():
    # quiet: 粤乡发, no issuer printed: 粤 is 广东's 简称, not a township's name
    found = lines_metadata("关于做好防汛工作的通知", "粤乡发〔2023〕5号", "各地级以上市乡村振兴局：", "现将方案印发给你们。",
                           "2023年1月9日")
    assert (found.issuer, found.level) == (None, None)


# a township's plan whose head names no county: the county bodies it names in full say which county it lies in
TOWNSHIP_PLAN_NO_COUNTY = """通源乡人民政府关于印发通源乡森林防火工作方案的通知
通政〔2023〕5号
各村、乡属各单位：
现将《通源乡森林防火工作方案》印发给你们，请认真贯彻执行。
一、加强火源管理。严格落实野外用火审批制度。（责任单位：乡农业办、嵊州市林业局）
二、开展隐患排查。对林区周边开展拉网式排查。（责任单位：乡应急办、嵊州市应急管理局）
三、强化宣传教育。利用广播、标语开展防火宣传。（责任单位：乡宣传办、嵊州市委宣传部）
通源乡人民政府
2023年1月9日
"""


def test_a_township_s_plan_naming_no_county_is_placed_by_its_bodies(tmp_path):
    # before the mend: township, no region and no warning (the placing rules knew no township level); and the
    # township's own series 通政 is no county's abbreviation gainsaying its bodies
    document = read_text(tmp_path, TOWNSHIP_PLAN_NO_COUNTY)
    assert (document.issuer, document.level, document.region) == ("通源乡人民政府", "township", "嵊州市")
    assert [w.code for w in document.warnings] == ["region_inferred"]


def test_a_county_s_plan_whose_number_opens_with_another_place_s_abbreviation_is_still_unplaced(tmp_path):
    # quiet: a county's government's 文号 (许政: 许昌's) gainsays the bodies naming 嵊州 as before
    document = read_text(tmp_path, TOWNSHIP_PLAN_NO_COUNTY.replace("通源乡人民政府", "县人民政府").replace("通政", "许政"))
    assert (document.level, document.region) == ("county", None)
    assert [w.code for w in document.warnings] == ["region_unplaced"]

"""The prose38 blind round (tests/fixtures/prose-blind38/KEY.md and key.toml, written before the reader ran): eight
pages of kinds earlier rounds hold few of (a 兵团 city's work report on a bare-IP portal, a district office's 第X条
rules under a mangled 文号, a city's plan under a reading-aid toolbar, a city gazette's notice cut before its tasks, a
national mass organisation's bulletin, two townships' plans on sample sites, a county congress's resolution in the
county's paper), none naming an owner, read as the key says, and the faults of kind the round found:

- a title a sample site dropped the township's name from, its word opening the title before the paper's year
  (镇2023年度创建…实施方案) over lines speaking as that township (全镇): a township's own paper, as one opening with the
  word and a body is (``township_titled``);
- a city's government naming no place printing a plan titled by its city (市人民政府关于印发随州市…行动方案的通知) under a
  文号 series a county of the city shares (随政发: 随县's too), left unplaced: the place the printed plan's title opens
  with, in full with the issuer's level word, one alone (placing.toml ``unnamed_governments``, ``own_printing``;
  ``place_of_own_plan_printed``).
"""

from __future__ import annotations

from datetime import date

import pytest

from pilotplans.normalizers.place import place_of_own_plan_printed
from pilotplans.normalizers.registry import load_registry
from pilotplans.normalizers.township import township_titled
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, page_metadata, refusal_cause

BLIND = FIXTURES / "prose-blind38"
HUYANGHE = BLIND / "huyanghe-2025-corps-city-government-work-report-ip-address-portal-info-table-no-tasks.txt"
GUANGAN = BLIND / "guangan-2020-district-office-city-fine-management-rules-articles-portal-broken-doc-number-no-owners-cut.txt"
SUIZHOU = BLIND / "suizhou-2020-city-ten-projects-three-year-action-plan-portal-accessibility-toolbar-cut-before-tasks.txt"
EZHOU = BLIND / "ezhou-2019-city-office-report-targets-division-notice-gazette-cut-before-tasks.txt"
TOWN_2023 = BLIND / "town-2023-township-civilized-city-implementation-plan-sample-site-masked-no-owners-cut.txt"
QIANJIN = BLIND / "qianjin-20xx-township-party-committee-key-projects-plan-sample-site-no-owners-cut.txt"


# --- the round's reading ----------------------------------------------------------------------------------------

def test_a_corps_city_s_report_is_dated_by_its_session_and_placed_in_the_city():
    # ——2025年2月19日在胡杨河市第一届人民代表大会 / 第四次会议上 under the portal's 生效日期: 2025-02-28
    meta = page_metadata(HUYANGHE)
    assert (meta.title, meta.doc_no, meta.issuer, meta.date, meta.level, meta.region) == (
        "政府工作报告", None, "胡杨河市人民政府", date(2025, 2, 19), "county", "胡杨河")


def test_a_gazette_s_publication_day_dates_no_notice_cut_before_its_signature():
    # 信息来源:鄂州政府网 日期:2019-05-14 over a notice whose signature is never reached
    meta = page_metadata(EZHOU)
    assert (meta.doc_no, meta.issuer, meta.date, meta.level, meta.region) == (
        "鄂州政办发〔2019〕1号", "市人民政府办公室", None, "municipal", "鄂州")


def test_a_district_office_s_rules_are_signed_dated_and_placed():
    meta = page_metadata(GUANGAN)
    assert (meta.issuer, meta.date, meta.level, meta.region) == (
        "广安市广安区人民政府办公室", date(2020, 10, 28), "county", "广安区")


def test_a_reading_aid_toolbar_is_no_part_of_the_title():
    meta = page_metadata(SUIZHOU)
    assert (meta.title, meta.doc_no, meta.date) == (
        "市人民政府关于印发随州市疫后重振补短板强功能“十大工程”三年行动方案(2020—2022年)的通知",
        "随政发〔2020〕16号", date(2020, 10, 26))


@pytest.mark.parametrize("page", [HUYANGHE, GUANGAN, SUIZHOU, EZHOU, TOWN_2023, QIANJIN])
def test_a_page_naming_no_owner_is_refused(page):
    assert refusal_cause(page).startswith("no task table or task list found")


# --- a title a copy dropped the township's name from --------------------------------------------------------------

def test_a_title_opening_with_a_township_s_word_and_its_year_is_a_township_s():
    # fires: 镇2023年度创建全国文明城市工作实施方案 over 全镇 (a sample site dropped the name; its county masked XX县)
    meta = page_metadata(TOWN_2023)
    assert (meta.level, meta.region) == ("township", None)


SPEAKING = ["组织全镇上下积极行动,对标整改问题。"]


@pytest.mark.parametrize("title", ["镇2023年度创建全国文明城市工作实施方案", "乡2021年工作要点", "2022年镇2022年度工作计划",
                                   "街道2016年工作总结"])
def test_a_township_s_word_before_its_paper_s_year(title):
    texts = SPEAKING if "镇" in title else [SPEAKING[0].replace("全镇", "全乡" if "乡" in title else "全街道")]
    assert township_titled(title, texts)


@pytest.mark.parametrize("title", ["乡镇2013年林业工作实施方案", "乡村振兴2023年工作方案", "镇江2023年工作要点",
                                   "镇区2023年管理方案", "关于印发镇2023年工作要点的通知"])
def test_no_township_s_word_before_a_year(title):
    # quiet: townships together (乡镇), a word the township's character opens (乡村, 镇江, 镇区), the word past the
    # title's opening
    assert not township_titled(title, SPEAKING)


def test_a_township_s_word_and_year_over_a_county_s_words_is_no_township_s():
    # quiet: the page speaks as a county (全县各乡镇), no township of that word
    assert not township_titled("镇2023年度创建全国文明城市工作实施方案", ["全县各乡镇要积极行动。"])


@pytest.mark.parametrize("texts", [
    ["全县各镇要积极行动,全镇干部群众要……"],  # reviewer's near miss (r_prose38): a county's words over its towns, 全镇 once
    ["各镇人民政府,县直有关部门:", "组织全镇上下积极行动。"],  # a county's addressee line
])
def test_a_township_s_word_and_year_over_a_page_speaking_as_a_county_as_often_is_no_township_s(texts):
    # quiet: 镇2023年度… may be a county's paper on its towns whose copy dropped the county's name
    assert not township_titled("镇2023年度综合考核方案", texts)


def test_a_township_s_word_and_year_over_more_of_the_township_s_words_than_a_county_s_is_a_township_s():
    # fires: a township's paper citing its county's plan once (按照全县…) and speaking as 全镇 twice
    assert township_titled("镇2023年度综合考核方案", ["按照全县统一部署,组织全镇上下积极行动。", "全镇各村要……"])


def test_a_county_s_title_over_townships_keeps_no_level():
    meta = lines_metadata("乡镇2013年林业工作实施方案", "一、总体要求")
    assert meta.level is None


def test_a_township_titled_by_its_word_and_body_still_reads_its_county():
    # the rule's elder form (2015年乡政府工作计划 over …武乡县扬德煤层气…, places-blind12) keeps its county
    wuxiang = FIXTURES / "places-blind12" / "wuxiang-2015-township-work-plan-name-starred-essay-site.txt"
    meta = page_metadata(wuxiang)
    assert (meta.level, meta.region) == ("township", "武乡县")


# --- a plan printed by a government naming no place --------------------------------------------------------------

def _printed(title: str, doc_no: str | None) -> tuple[str, str, str] | None:
    found = place_of_own_plan_printed(title, doc_no, load_registry().gazetteer)
    return None if found is None else (found[0], found[1].name, found[1].level)


def test_a_city_s_government_printing_its_city_s_plan_places_the_page_in_the_city():
    # fires: 市人民政府关于印发随州市疫后重振…三年行动方案(2020—2022年)的通知 under 随政发〔2020〕16号
    meta = page_metadata(SUIZHOU)
    assert (meta.level, meta.region) == ("municipal", "随州")


@pytest.mark.parametrize("title, doc_no, expected", [
    ("市人民政府关于印发随州市疫后重振补短板强功能“十大工程”三年行动方案(2020—2022年)的通知", "随政发〔2020〕16号",
     ("随州市", "随州市", "municipal")),
    ("市政府关于印发《随州市2021年重点工作方案》的通知", "随政发〔2021〕3号", ("随州市", "随州市", "municipal")),
    ("县人民政府办公室关于印发嘉鱼县2021年重点工作责任分解方案的通知", "嘉政办发〔2021〕3号", ("嘉鱼县", "嘉鱼县", "county")),
])
def test_the_place_a_printed_plan_s_title_opens_with_at_the_issuer_s_level(title, doc_no, expected):
    assert _printed(title, doc_no) == expected


@pytest.mark.parametrize("title", [
    "市人民政府关于印发湖北省疫后重振补短板强功能“十大工程”三年行动方案的通知",  # a province's plan
    "县人民政府关于印发随州市工作方案的通知",  # a city's plan under a county's government
    "市人民政府关于印发随州市、孝感市联合工作方案的通知",  # two places' plan
    "市人民政府关于转发随州市工作方案的通知",  # forwarded, not printed as its own
    "市人民政府关于印发2020年全市工作要点的通知",  # no place
    "随州市人民政府关于印发孝感市工作方案的通知",  # a government naming its place: its own place reads it
    "市人民政府关于印发嘉鱼县工作方案的通知",  # a county's plan under a city's government
])
def test_no_place_of_a_plan_printed_otherwise(title):
    assert _printed(title, "随政发〔2020〕16号" if "随州" in title else "嘉政办发〔2021〕3号") is None


@pytest.mark.parametrize("title, doc_no", [
    # reviewer's near misses (r_prose38): the title alone is no evidence whose the government is
    ("市人民政府关于印发深圳市优化营商环境改革经验做法的通知", None),  # no 文号: any city may print 深圳's to learn from
    ("市人民政府关于印发深圳市优化营商环境改革经验做法的通知", "东府〔2020〕3号"),  # another place's series
    ("市人民政府关于印发深圳市等地营商环境经验做法的通知", "深府〔2020〕3号"),  # 深圳 and others
    ("市人民政府关于印发宁波市舟山市港口一体化方案的通知", "宁政发〔2020〕3号"),  # two places, no joiner
    ("州人民政府关于印发杭州亚运会保障方案的通知", "杭政发〔2020〕3号"),  # 杭州 is no 州 written in full
])
def test_no_place_of_a_printed_plan_without_its_own_series(title, doc_no):
    assert _printed(title, doc_no) is None


def test_a_city_s_notice_printing_a_province_s_plan_stays_unplaced():
    meta = lines_metadata("市人民政府关于印发湖北省疫后重振补短板强功能“十大工程”三年行动方案的通知", "随政发〔2020〕16号",
                          "各县、市、区人民政府,市政府各部门:")
    assert meta.region is None


# --- the round's score ---------------------------------------------------------------------------------------------

def test_the_round_s_key_scores_as_recorded(capsys):
    # docs/reading.md: 46 / 56 at the first run, 48 / 56 after, 52 / 56 with mend39's 文号 cut from its year and
    # 房县's adoption line (the misses left are named there and in KEY.md)
    import importlib.util

    script = FIXTURES.parent.parent / "bench" / "prose_blind_score.py"
    spec = importlib.util.spec_from_file_location("prose_blind_score", script)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.main([str(BLIND / "key.toml")]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "total: 52 / 56"


@pytest.mark.parametrize("key", ["unnamed_level_words", "second_place_joiners"])
def test_a_placing_file_without_a_printed_plan_key_is_a_one_line_error(key):
    # the printed-plan rule's level words and second-place joiners are data (placing.toml), and required: a key left
    # out would let the rule read no level word, or take 随州市、孝感市… as 随州's own plan
    from pilotplans.data import read_bytes
    from pilotplans.errors import PilotplansError
    from pilotplans.normalizers import place

    text = read_bytes("placing.toml").decode("utf-8")
    with pytest.raises(PilotplansError, match=rf"^pilotplans/data/placing.toml: {key}: Field required$"):
        place.placing_words(text.replace(f"\n{key} =", f"\n# {key} ="))

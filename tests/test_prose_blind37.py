"""The prose37 blind round (tests/fixtures/prose-blind37/KEY.md and key.toml, written before the reader ran): eight
pages of kinds earlier rounds hold few of (a county office's division whose lead and responsible units share one
bracket, a city plan naming its section's leader and lead department in the section's heading, a 镇/街道's campaign
on a document site, a 2009 city division naming its owners in brackets with no label, a 地区's county-level city's
outline with no title line, a 2012 city notice on a law site dated 1970-08-22, an autonomous prefecture's notice, a
乡镇's 2013 plan on a sample site), read as the key says, and the faults of kind the round found:

- a sample site's prompt to put it on the reader's desktop (电脑桌面 / 添加文秘网到电脑桌面 / 安装后可以在桌面快捷访问),
  read as the title's first lines: page furniture now (tasklist.toml ``page_furniture``);
- a township's own addressee line (各村委会、镇直有关部门: its villages and its own departments) under a masked name:
  the page is a township's (township.toml ``villages``; ``addresses_own_villages``);
- a title opening with a masked township's name (XX镇街道…工作方案): a township's own paper (township.toml ``masks``;
  ``masked_township_titled``).
"""

from __future__ import annotations

from datetime import date

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.normalizers.township import addresses_own_villages, masked_township_titled
from pilotplans.parsers.interpret.vocabulary import vocabulary
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, owners, page_metadata, refusal_cause

BLIND = FIXTURES / "prose-blind37"
JIAYU = BLIND / "jiayu-2021-county-office-report-key-work-breakdown-notice-lead-and-responsible-square-brackets-cut.txt"
JINGZHOU = BLIND / "jingzhou-2009-city-office-report-breakdown-law-site-unlabelled-owner-brackets-cut.txt"
TOWN_2013 = BLIND / "town-2013-township-forestry-implementation-plan-sample-site-masked-no-owners-cut.txt"
TOWN_2023 = BLIND / "town-2023-subdistrict-hundred-day-campaign-document-site-page-breaks-lead-responsible-run-together-cut.txt"
GUANGZHOU = BLIND / "guangzhou-2012-city-key-work-division-notice-law-site-epoch-dates-cut-before-tasks.txt"
EZHOU = BLIND / "ezhou-2020-city-ten-projects-plan-gazette-section-heading-leader-and-lead-department-cut.txt"


# --- the round's reading ----------------------------------------------------------------------------------------

def test_a_lead_and_its_responsible_units_in_one_square_bracket_are_read():
    # (一)地区生产总值增长11%。[牵头单位:县发改局(粮食局);责任单位:各镇人民政府,嘉鱼经济开发区]
    first = read_document(JIAYU).measures[0]
    assert (first.number, first.heading_path) == (1, ["2021年经济社会发展主要目标"])
    # the bureau's second plate in brackets is no part of the body read (the key takes either)
    assert owners(first) == [("县发改局", "lead"), ("各镇人民政府", "carry_out"), ("嘉鱼经济开发区", "carry_out")]


def test_a_county_office_s_division_reads_its_number_signature_date_and_level():
    meta = page_metadata(JIAYU)
    assert (meta.doc_no, meta.issuer, meta.date, meta.level) == (
        "嘉政办发〔2021〕5号", "县人民政府办公室", date(2021, 5, 12), "county")


def test_owners_in_a_bracket_with_no_label_each_carry_out():
    # 4、财政一般预算收入增长13%(市财政局、市国税局、市地税局,各县市区政府,荆州开发区)。 — the whole notice on one line
    document = read_document(JINGZHOU)
    assert len(document.measures) == 11  # 11 cut inside its owners (市水…), read as far as printed
    fourth = document.measures[3]
    assert (fourth.number, fourth.heading_path) == (4, ["主要工作目标"])
    assert owners(fourth) == [("市财政局", "carry_out"), ("市国税局", "carry_out"), ("市地税局", "carry_out"),
                              ("各县市区政府", "carry_out"), ("荆州开发区", "carry_out")]


def test_a_law_site_s_epoch_date_dates_nothing():
    # 【颁发时间】 1970-08-22 under 穗府[2012]4号: the database's empty value, no date of the notice
    meta = page_metadata(GUANGZHOU)
    assert (meta.title, meta.issuer, meta.date, meta.region) == (
        "广州市人民政府印发2012年市政府重点工作责任分工的通知", "广州市人民政府", None, "广州")


def test_a_section_naming_its_leader_and_lead_department_is_read_as_one_measure_led_by_the_department():
    # (一)公共卫生体系补短板工程(分管领导:程少云;牵头部门:市卫健委) / 1. 三年目标。… — the person is no owner; the
    # reader takes the section as the measure and its 1. as its part (the key keys item 1 under the section: left)
    measures = read_document(EZHOU).measures
    assert [(m.number, m.heading_path, owners(m)) for m in measures] == [
        (1, ["“十大工程”目标任务"], [("市卫健委", "lead")])]


def test_a_notice_cut_before_its_division_is_refused():
    assert refusal_cause(GUANGZHOU).startswith("no task table or task list found")


# --- a sample site's prompt to put it on the desktop --------------------------------------------------------------

def test_a_sample_site_s_desktop_prompt_is_no_line_of_the_title():
    # fires: 电脑桌面 / 添加文秘网到电脑桌面 / 安装后可以在桌面快捷访问 over the plan's headline
    meta = page_metadata(TOWN_2013)
    assert meta.title == "乡镇2013年林业工作实施方案"


@pytest.mark.parametrize("line", ["电脑桌面", "添加文秘网到电脑桌面", "安装后可以在桌面快捷访问", "添加到桌面"])
def test_a_desktop_prompt_s_lines_are_page_furniture(line):
    assert vocabulary().is_page_furniture(line)


@pytest.mark.parametrize("line", ["推进电脑桌面云化改造", "添加文秘网到电脑桌面，方便查阅相关政策", "电脑桌面管理系统采购项目"])
def test_a_plan_s_line_about_desktops_is_no_furniture(line):
    # quiet: a sentence or a project naming desktops goes on past the prompt's words
    assert not vocabulary().is_page_furniture(line)


# --- a township's own addressee line -------------------------------------------------------------------------------

def test_a_township_s_own_addressees_make_a_masked_page_a_township_s():
    # fires: 各村委会、镇直有关部门: over a sample site's plan whose township is masked (xx县, 我镇)
    assert page_metadata(TOWN_2013).level == "township"


@pytest.mark.parametrize("line", ["各村委会、镇直有关部门:", "各村(社区)、镇直各单位：", "镇直各单位、各村（社区）：",
                                  "各村（居）委会，街道直属各单位："])
def test_villages_and_the_township_s_own_departments_are_a_township_s_addressees(line):
    assert addresses_own_villages(["关于印发2023年林业工作实施方案的通知", line])


@pytest.mark.parametrize("line", ["各乡镇人民政府、县直有关部门:", "各村委会:", "镇直有关部门:",
                                  "各村委会、镇直有关部门要认真落实本方案。", "各乡镇、各村委会:", "各镇、县直有关部门:",
                                  "各乡镇、各村委会、县直有关部门:"])
def test_a_county_s_addressees_or_one_half_alone_are_no_township_s(line):
    # quiet: a county addresses its townships and 县直 departments; villages alone or 镇直 alone, or a sentence
    assert not addresses_own_villages(["关于印发2023年林业工作实施方案的通知", line])


def test_a_county_s_addressee_line_keeps_the_county_s_level():
    meta = lines_metadata("关于印发2023年林业工作实施方案的通知", "各乡镇人民政府、县直有关部门:", "现将方案印发给你们。")
    assert (meta.level, meta.region) == (None, None)


# --- a title opening with a masked township's name -------------------------------------------------------------------

def test_a_title_opening_with_a_masked_township_s_name_is_a_township_s():
    # fires: 《XX镇街道镇区管理百日攻坚行动工作方案.docx》 on a document site, its place masked
    assert page_metadata(TOWN_2023).level == "township"


@pytest.mark.parametrize("title", ["XX镇街道镇区管理百日攻坚行动工作方案", "某某镇2023年工作计划", "xx乡人民政府工作报告",
                                   "2021年XX街道工作要点"])
def test_masked_township_titles(title):
    assert masked_township_titled(title)


@pytest.mark.parametrize("title", ["XX县乡村振兴实施方案", "XX乡镇环境整治方案", "乡镇2013年林业工作实施方案",
                                   "XX市XX镇农业产业发展方案", "新XX镇建设方案", "XX乡村振兴实施方案", "XX乡村旅游发展规划",
                                   "XX镇村规划建设管理办法", "XX街道路灯改造方案", "XX乡贤工作方案"])
def test_no_masked_township_title(title):
    # quiet: a mask before another level's word, townships together (乡镇), no mask, a mask after the title's opening,
    # a word the township's character opens (乡村, 镇村, 街道路, 乡贤: the mask a county's name)
    assert not masked_township_titled(title)


def test_a_masked_title_opening_a_village_word_leaves_the_level_unread():
    meta = lines_metadata("XX乡村振兴实施方案", "一、总体要求")
    assert meta.level is None


# --- a county's notice addressing its own zone -------------------------------------------------------------------

TITLE = "县人民政府办公室关于印发重点工作责任分解的通知"


def _own_zone(line: str, level: str | None = "county", doc_no: str | None = "嘉政办发〔2021〕5号"
              ) -> tuple[str, str, str] | None:
    from pilotplans.normalizers.place import place_of_own_zone
    from pilotplans.normalizers.registry import load_registry

    found = place_of_own_zone([TITLE, line], level, doc_no, load_registry().gazetteer)
    return None if found is None else (found[0], found[1].name, found[1].level)


def test_a_county_s_notice_addressing_its_own_zone_is_placed_in_the_county():
    # fires: 嘉鱼's office (县人民政府办公室, no place) addressing 各镇人民政府,县政府各部门,嘉鱼经济开发区、武汉新港潘湾工业园
    meta = page_metadata(JIAYU)
    assert (meta.region, meta.level) == ("嘉鱼县", "county")


def test_the_zone_names_its_host_county():
    assert _own_zone("各镇人民政府,县政府各部门,嘉鱼经济开发区、武汉新港潘湾工业园:") == ("嘉鱼经济开发区", "嘉鱼县", "county")


@pytest.mark.parametrize("line, level", [
    ("各镇人民政府,县政府各部门:", "county"),                          # no zone named
    ("各镇人民政府,县政府各部门,成都高新区:", "county"),                 # a city's zone: no county's own
    ("各镇人民政府,嘉鱼经济开发区、太湖经济开发区管委会:", "county"),      # zones of two counties
    ("各镇人民政府,县政府各部门,嘉鱼经济开发区:", "municipal"),          # a city's notice: not the rule's
    ("现将嘉鱼经济开发区的方案印发给你们。", "county"),                  # a sentence, no addressee line
])
def test_no_own_zone_places_nothing(line, level):
    assert _own_zone(line, level) is None


def test_a_zone_whose_name_goes_on_past_its_host_s_name_places_nothing():
    # quiet: 长乐山工业园区 (prose-blind22's 夏鹿 district office addressing it) opens with 长乐 but names 长乐山's park:
    # no 长乐区's own zone, and the page names no place (its key: region none)
    assert _own_zone("长乐山工业园区、各街办,区政府各部门,市垂管各单位:") is None
    xialu = FIXTURES / "prose-blind22" / "xialu-2022-district-office-key-tasks-square-bracket-owners-no-place-cut.txt"
    assert page_metadata(xialu).region is None


def test_a_zone_named_by_its_county_s_full_name_places_the_county():
    assert _own_zone("各乡镇人民政府,县政府各部门,太湖县经济开发区管委会:", doc_no="太政办〔2020〕3号") == (
        "太湖县经济开发区管委会", "太湖县", "county")


@pytest.mark.parametrize("line", ["各镇人民政府,县政府各部门,长乐工业园区:", "各乡镇人民政府,县直各部门,太平工业园区:",
                                  "各镇人民政府,县政府各部门,江南工业园区:", "各乡镇人民政府,县直各部门,永安工业园区:",
                                  "各镇人民政府,县政府各部门,东城工业园区:"])
def test_a_zone_named_after_a_town_bearing_another_county_s_name_places_nothing(line):
    # quiet: 长乐, 太平, 江南, 永安, 东城 are towns of many counties as well as 福州's, 阜新's, 南宁's, 三明's, 北京's
    # districts; the notice's 文号 (嘉政办发) opens with none of their names, so the zone's name alone places nothing
    assert _own_zone(line) is None


def test_a_zone_of_the_county_named_by_the_notice_s_own_series_places_it():
    assert _own_zone("各镇人民政府,县政府各部门,嘉鱼经济开发区:", doc_no="嘉政办发〔2021〕5号") == (
        "嘉鱼经济开发区", "嘉鱼县", "county")


@pytest.mark.parametrize("doc_no", [None, "咸政办发〔2021〕5号"])
def test_a_zone_under_no_series_or_another_place_s_places_nothing(doc_no):
    # quiet: no 文号, or one opening with another place's abbreviation (咸宁's)
    assert _own_zone("各镇人民政府,县政府各部门,嘉鱼经济开发区:", doc_no=doc_no) is None


@pytest.mark.parametrize("line", ["各县市区人民政府,市直各部门,嘉鱼经济开发区:",
                                  "各县(市、区)人民政府,各乡镇,市政府各部门,嘉鱼经济开发区:"])
def test_a_city_s_line_listing_a_county_s_zone_places_nothing(line):
    # quiet: a line addressing counties or a city's departments is a city's, its zones its counties'
    assert _own_zone(line) is None


def test_a_county_s_page_addressing_a_namesake_zone_stays_unplaced():
    # quiet, whole page: a county office's notice signed by no place, 长乐 a town of the county
    meta = lines_metadata("关于印发重点工作责任分解的通知", "某政办发〔2021〕5号", "各镇人民政府,县政府各部门,长乐工业园区:",
                          "现将方案印发给你们。", "县人民政府办公室", "2021年5月12日")
    assert (meta.level, meta.region) == ("county", None)

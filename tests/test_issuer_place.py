"""An issuer printed with its level word alone (区人民政府办公室关于…) is named with the place the document states
(pilotplans.parsers.issuer_place): the signature's or information table's name for the same body first, else the place
the document's head reads or the placing rules keep; a name whose level word opens a common noun (市场), a list, a body
the signature names as another, or a page naming no place keep the issuer as printed. Real pages:
tests/fixtures/issuer-place (SOURCES.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.issuer_place import issuer_with_place
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, page_metadata

PAGES = FIXTURES / "issuer-place"
CAIDIAN = PAGES / "caidian-2023-district-office-title-without-place-signed-in-full.txt"


def test_the_signature_naming_the_body_in_full_names_the_issuer():
    # before: 区人民政府办公室 (as the title prints it), though the signature reads 蔡甸区人民政府办公室
    found = page_metadata(CAIDIAN)
    assert (found.title, found.issuer, found.region, found.level) == (
        "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知", "蔡甸区人民政府办公室", "蔡甸区", "county")


def test_the_document_read_whole_carries_the_issuer_in_full():
    document = read_document(CAIDIAN)
    assert (document.issuer, document.region, document.date) == ("蔡甸区人民政府办公室", "蔡甸区", dt.date(2023, 1, 3))


@pytest.mark.parametrize(("page", "issuer", "region"), [
    ("jianghan-2022-district-office-title-without-place-publisher-in-full.txt", "江汉区人民政府办公室", "江汉区"),
    ("wuchang-2023-district-office-info-pipes-publisher-in-full.txt", "武昌区人民政府办公室", "武昌区"),
])
def test_the_information_table_s_publisher_naming_the_body_in_full_names_the_issuer(page, issuer, region):
    # before: 区人民政府办公室; the page prints no signature, its 发布机构 names the office in full
    found = page_metadata(PAGES / page)
    assert (found.issuer, found.region) == (issuer, region)


def test_a_place_the_placing_rules_keep_names_an_issuer_no_line_names_in_full(tmp_path):
    # the same page without its signature and its table's 发布机构: only its 文号 (蔡政办) names the place, kept by
    # the placing rules (region_inferred): the issuer takes that place's name before its words
    text = CAIDIAN.read_text("utf-8").replace("蔡甸区人民政府办公室\n", "").replace("发布机构 区人民政府办公室 ", "")
    page = tmp_path / "caidian-unsigned.txt"
    page.write_text(text, "utf-8")
    document = read_document(page)
    assert (document.issuer, document.region) == ("蔡甸区人民政府办公室", "蔡甸区")
    assert "region_inferred" in [w.code for w in document.warnings]


def test_a_page_naming_no_place_keeps_the_issuer_as_printed():
    # quiet: 广丰区's page names no place anywhere (places-blind5's key: a county-level document, place unknown)
    found = page_metadata(FIXTURES / "places-blind5" / "guangfeng-2021-district-office-title-without-place.txt")
    assert (found.issuer, found.region, found.level) == ("区政府办公室", None, "county")


def test_a_signature_naming_another_body_leaves_the_bare_issuer():
    # quiet: the signature names another body, no full name of this one; no place is read
    found = lines_metadata("市商务局关于印发服务贸易创新发展实施方案的通知", "各区商务主管部门：",
                           "现将《实施方案》印发给你们，请认真贯彻落实。", "某某市财政局", "2023年1月3日")
    assert found.issuer == "市商务局"


@pytest.mark.parametrize(("issuer", "region", "named"), [
    ("市人民政府", "襄阳", "襄阳市人民政府"),
    ("州人民政府办公室", "恩施", "恩施土家族苗族自治州人民政府办公室"),
    ("自治区人民政府", "广西", "广西壮族自治区人民政府"),
    ("县市场监督管理局", "房县", "房县市场监督管理局"),
])
def test_the_place_s_name_ends_with_the_level_word_the_issuer_opens_with(issuer, region, named):
    assert issuer_with_place(issuer, None, region) == named


@pytest.mark.parametrize(("issuer", "region"), [
    ("市场监督管理局", "襄阳"),  # 市场 is a word, no level marker
    ("区人民政府办公室", "上海"),  # a district's office read in a municipality: the place's name ends otherwise
    ("市人民政府", "湖北"),  # a province's name ends 省
    ("区人民政府办公室", None),  # no place read
    ("蔡甸区人民政府办公室", "蔡甸区"),  # names its own place
    ("区发展和改革局、区人民政府办公室", "蔡甸区"),  # a list of issuers
])
def test_an_issuer_naming_no_bare_level_word_of_its_place_stays_as_printed(issuer, region):
    assert issuer_with_place(issuer, None, region) == issuer


# A prefecture's opinion on one of its county-level cities (宜昌's 市人民政府 supporting 枝江市): the placing rules place
# it by the first place its title names (枝江市, region_inferred) — whom the plan speaks of, not who issues it.
_SUPPORTING = ("市人民政府关于支持枝江市开展服务业综合改革试点的实施意见\n{doc_no}各县市区人民政府，市政府各部门：\n"
               "为支持枝江市开展服务业综合改革试点，现提出如下意见。\n"
               "一、加快现代物流业发展。支持枝江建设区域物流中心。（责任单位：市发改委、市商务局）\n"
               "二、推进服务业集聚区建设。（责任单位：市发改委、市住建局）\n"
               "三、完善服务业发展政策。（责任单位：市财政局、市税务局）\n2016年3月1日\n")


@pytest.mark.parametrize(("place", "doc_no"), [("枝江", ""), ("枝江", "宜府发〔2016〕3号\n"), ("宜都", "宜府发〔2016〕3号\n")])
def test_a_place_inferred_from_the_title_names_no_issuer(tmp_path, place, doc_no):
    # quiet: before, 枝江市人民政府 — a precise falsehood; the 文号, where printed, is 宜昌's series (宜府发), not 枝江's,
    # and 宜, though 宜都's first character, is 宜昌's and 宜城's as well: no series of 宜都's alone
    page = tmp_path / "prefecture-supporting-county-level-city.txt"
    page.write_text(_SUPPORTING.format(doc_no=doc_no).replace("枝江", place), "utf-8")
    document = read_document(page)
    assert (document.issuer, document.region) == ("市人民政府", f"{place}市")
    assert "region_inferred" in [w.code for w in document.warnings]


def test_a_county_level_city_s_own_series_names_its_bare_issuer(tmp_path):
    # fires: 枝政发 opens as 枝江's own 文号 do; its 市 is the county-level city's (枝江市人民政府)
    page = tmp_path / "county-level-city-own-series.txt"
    page.write_text(_SUPPORTING.format(doc_no="枝政发〔2016〕3号\n"), "utf-8")
    assert read_document(page).issuer == "枝江市人民政府"


def test_a_joint_signature_names_the_title_s_one_issuer_by_the_body_it_lists_in_full():
    # before: 江汉区发展和改革局、江汉区人民政府办公室 — the two bodies signing together taken whole for the title's
    # one issuer, the listing ending as that issuer does
    found = lines_metadata("区人民政府办公室关于印发推进营商环境改革试点实施方案的通知", "各街道办事处，区政府各部门：",
                           "《推进营商环境改革试点实施方案》已经区人民政府同意，现印发给你们，请认真贯彻执行。",
                           "江汉区发展和改革局、江汉区人民政府办公室", "2023年3月1日")
    assert (found.issuer, found.region) == ("江汉区人民政府办公室", "江汉区")


def test_a_joint_signature_listing_no_body_the_title_names_leaves_the_issuer_as_printed():
    found = lines_metadata("区人民政府办公室关于印发推进营商环境改革试点实施方案的通知", "各街道办事处，区政府各部门：",
                           "《推进营商环境改革试点实施方案》已经区人民政府同意，现印发给你们，请认真贯彻执行。",
                           "江汉区发展和改革局、江岸区财政局", "2023年3月1日")
    assert (found.issuer, found.region) == ("区人民政府办公室", None)

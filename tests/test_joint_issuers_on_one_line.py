"""Joint issuers signed on one line, a single space apart (商务部 国家发展改革委 财政部), as joint central
notices print them: read as several issuers where every piece is a body the registry knows on its own."""

import datetime as dt
from pathlib import Path

from pilotplans import read
from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import central_by_name, level_of, read_metadata

FIXTURES = Path(__file__).parent / "fixtures"


def metadata(*lines: str):
    return read_metadata([Paragraph(text=line) for line in lines])


def test_bodies_a_space_apart_over_the_date_are_listed_as_several_issuers():
    document = read(FIXTURES / "prose-shapes" / "central-bodies-space-apart.txt")
    assert (document.issuer, document.level, document.region, document.date) == (
        "商务部、国家发展改革委、财政部", "national", None, dt.date(2021, 3, 1))


def test_bodies_a_space_apart_before_the_date_on_one_line_are_listed_and_the_date_read():
    found = metadata("关于印发某方案的通知", "各有关单位：", "现印发给你们。", "商务部 国家发展改革委 财政部 2021年3月1日")
    assert (found.issuer, found.level, found.date) == ("商务部、国家发展改革委、财政部", "national", dt.date(2021, 3, 1))


def test_local_bodies_a_space_apart_are_listed_at_their_places_level():
    found = metadata("关于印发某方案的通知", "各区人民政府：", "现印发给你们。", "中共厦门市委 厦门市人民政府", "2021年3月1日")
    assert (found.issuer, found.level, found.region) == ("中共厦门市委、厦门市人民政府", "municipal", "厦门")


def test_one_name_a_pdf_prints_with_a_space_inside_stays_one_issuer():
    found = metadata("关于印发某方案的通知", "各区人民政府：", "现印发给你们。", "厦门市 人民政府", "2021年3月1日")
    assert (found.issuer, found.level, found.region, found.date) == ("厦门市人民政府", "municipal", "厦门", dt.date(2021, 3, 1))


def test_one_name_with_a_space_inside_before_its_date_on_one_line_still_reads_its_date():
    found = metadata("厦门市服务贸易创新发展工作方案", "三、工作要求", "厦门市商务局 2022年5月6日")
    assert (found.issuer, found.date) == ("厦门市商务局", dt.date(2022, 5, 6))


def test_a_piece_that_is_no_known_body_keeps_the_line_one_name_as_printed():
    # 张三 names no body: the line is not read as a list of issuers
    found = metadata("关于印发某方案的通知", "各有关单位：", "现印发给你们。", "商务部 张三办公室", "2021年3月1日")
    assert found.issuer == "商务部张三办公室"


def test_a_district_party_committee_s_departments_signed_a_space_apart_are_not_read_national():
    # 区委组织部, 区委宣传部 end like ministries (部) but are a district's Party committee's departments:
    # listed, each is looked up, and neither is a central body
    found = metadata("关于印发某区人才引进工作方案的通知", "各街道：", "现印发给你们。", "区委组织部 区委宣传部", "2023年3月1日")
    assert (found.issuer, found.level) == ("区委组织部、区委宣传部", None)


def test_party_departments_listed_without_their_place_have_no_level_by_name():
    assert (level_of("组织部、宣传部"), central_by_name("组织部、宣传部")) == (None, False)


def test_central_party_departments_listed_with_a_ministry_stay_national():
    # the quiet case: 中央组织部 is the registry's central body, as 人力资源社会保障部 is
    issuer = "中央组织部、人力资源社会保障部"
    assert (level_of(issuer), central_by_name(issuer)) == ("national", True)

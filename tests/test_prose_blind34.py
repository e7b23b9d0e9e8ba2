"""The prose34 blind round (tests/fixtures/prose-blind34/KEY.md and key.toml, written before the reader ran): eight
pages of kinds earlier rounds hold few of (a district's 若干措施 on a news copy, a city's 实施细则 with pinyin glosses
and its owners in brackets, a document site's one-line copy, western counties' work reports, a municipality's rules
in articles, a county's plan under its portal's table, 2021–2025), read as the key says, and the faults of kind the
round found:

- a work report's delivery line printing no day (镇沅: ``——在县第十八届人民代表大会第四次会议上 县长 … 各位代表: …``,
  the speaker's words run after it) did not make the line over it a report's title, and the page read no title
  (pilotplans/parsers/metadata.py ``_UNDATED_DELIVERY``).
- a document-sharing site's line naming the file it shares (嘉兴: ``《…实施方案.docx》由会员分享,…``) over a text
  printed in one line gave no title: the file's name is read as one where no line is (pilotplans/parsers/titles.py
  ``shared_file_name``).
"""

from __future__ import annotations

from pilotplans.parsers.titles import shared_file_name
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, owners, page_metadata, refusal_cause

BLIND = FIXTURES / "prose-blind34"
ZHENYUAN = BLIND / "zhenyuan-2025-autonomous-county-government-work-report-portal-table-frame-no-date-no-tasks.txt"
JIAXING = BLIND / "jiaxing-2023-city-private-economy-implementation-plan-document-site-one-line-first-listed-lead-cut.txt"
MAANSHAN = BLIND / "maanshan-2021-city-private-economy-rules-pinyin-glossed-mirror-owner-brackets-cut.txt"
REFUSED = [BLIND / name for name in (
    "wanzhou-2025-district-office-private-economy-measures-news-copy-cut-before-measures.txt",
    "tongwei-2024-county-government-work-report-traditional-forum-one-line-no-tasks.txt",
    "muchuan-2024-county-government-work-report-forum-post-twenty-articles-named-no-tasks.txt",
    "zhenyuan-2025-autonomous-county-government-work-report-portal-table-frame-no-date-no-tasks.txt",
    "beijing-2023-municipality-party-and-government-offices-rural-responsibility-rules-articles-copy-no-owners-cut.txt",
    "ziyang-2024-county-development-plan-portal-info-table-spaced-number-no-owners-cut.txt",
)]


# --- the round's reading ----------------------------------------------------------------------------------------

def test_pages_naming_no_task_s_owner_are_refused():
    assert [bool(refusal_cause(path)) for path in REFUSED] == [True] * len(REFUSED)


def test_a_glossed_mirror_s_item_reads_its_bracketed_owners():
    # 1.搭建創意平台。…(市商務局,各縣區、開(kāi)發(fā)園區按職責分工負責), under (一) under 二、主要任務
    from pilotplans.ingest.pipeline import read_document

    first = read_document(MAANSHAN).measures[0]
    assert (first.number, first.heading_path) == (1, ["主要任務", "激發(fā)創意熱情彙聚源頭活水"])
    assert ("市商務局", "carry_out") in owners(first)


# --- a delivery line printing no day ----------------------------------------------------------------------------

def test_a_report_over_an_undated_delivery_line_reads_its_title():
    meta = page_metadata(ZHENYUAN)
    assert (meta.title, meta.date, meta.level) == ("2025年镇沅县政府工作报告", None, "county")


def test_a_dash_before_a_meeting_that_is_no_congress_makes_no_report():
    # quiet: ——在全县经济工作会议上 is a speech's line, no report's delivery
    assert lines_metadata("2025年镇沅县政府工作报告", "——在全县经济工作会议上 县长 尹雪兰 同志们: 现在,我讲三点意见。").title is None


def test_an_undashed_undated_session_line_makes_no_report():
    # quiet: 在…会议上 without the dash opens any sentence
    assert lines_metadata("2025年镇沅县政府工作报告", "在县第十八届人民代表大会第四次会议上 县长 尹雪兰").title is None


# --- a document-sharing site's line naming its file -------------------------------------------------------------

def test_a_document_site_s_line_naming_the_shared_file_gives_the_title():
    meta = page_metadata(JIAXING)
    assert (meta.title, meta.level, meta.region) == (
        "嘉兴市贯彻落实《浙江省促进民营经济高质量发展若干措施》实施方案", "municipal", "嘉兴")


def test_a_name_in_brackets_without_a_file_s_extension_is_no_shared_file():
    # quiet: a law or a plan cited opening a sentence; a shared file's name with no extension (a 文库's 《…》由会员分享)
    assert [shared_file_name(text) for text in (
        "《中华人民共和国行政许可法》规定,…", "《民族乡工作进展情况汇报》由会员分享,可在线阅读",
        "《某某市实施方案.pdf》由会员分享",
    )] == [None, None, "某某市实施方案"]


def test_a_shared_file_s_name_gives_way_to_a_title_the_page_prints():
    # quiet: the page's own title line under the site's line stays the title
    meta = lines_metadata("《某某县2024年工作方案定稿.docx》由会员分享,可在线阅读。", "某某县农村公路建设实施方案",
                          "为加快农村公路建设,制定本方案。")
    assert meta.title == "某某县农村公路建设实施方案"

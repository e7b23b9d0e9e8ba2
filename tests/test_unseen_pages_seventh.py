"""Shapes of real published pages met in the seventh round of unseen pages (SOURCES.md, seventh round):
task lists, department plans and county plans, each read wrong before."""

from __future__ import annotations

from pathlib import Path

from pilotplans.ingest.pipeline import read_document
from pilotplans.layout import Paragraph
from pilotplans.parsers.metadata import read_metadata
from tests.conftest import FIXTURES

PAGES = FIXTURES / "unseen-pages"


def _metadata(lines: list[str]):
    return read_metadata([Paragraph(text=line) for line in lines])


# --- two bodies signing one to a line over the date: 肇庆市工业和信息化局 / 肇庆市政务服务和数据管理局 ---------

def test_a_notice_two_departments_sign_names_both_as_its_issuers():
    # the second signer alone was read as the issuer, silently: half the notice's issuers
    document = read_document(PAGES / "two-bodies-sign-over-date.txt")
    assert document.issuer == "肇庆市工业和信息化局、肇庆市政务服务和数据管理局"
    assert (document.level, document.region, str(document.date)) == ("municipal", "肇庆", "2024-07-26")


def test_an_information_table_with_a_site_row_still_gives_the_number():
    # the table's last row (发布网站 | http://… |) opens with no label known: the whole table was dropped,
    # and its 发文字号 with it
    document = read_document(PAGES / "two-bodies-sign-over-date.txt")
    assert document.doc_no == "肇工信函〔2024〕33号"


def test_a_single_signer_under_the_notice_s_sentence_stays_alone():
    metadata = _metadata(["某市商务局关于印发某方案的通知", "各区商务主管部门:",
                          "现将《某方案》印发给你们,请认真贯彻落实。", "某市商务局", "2024年3月1日"])
    assert metadata.issuer == "某市商务局"


def test_a_phrase_ending_like_a_body_over_the_signer_is_no_cosigner():
    # 贯彻落实市委 ends like a body's name, but names none on its own: the signer stands alone
    metadata = _metadata(["关于印发某方案的通知", "各区人民政府:", "现将《某方案》印发给你们。",
                          "贯彻落实市委", "肇庆市商务局", "2024年3月1日"])
    assert metadata.issuer == "肇庆市商务局"


def test_bodies_signing_one_to_a_line_are_listed_in_their_order():
    metadata = _metadata(["关于印发某方案的通知", "各区人民政府:", "现将《某方案》印发给你们。",
                          "肇庆市商务局", "肇庆市财政局", "肇庆市发展和改革局", "2024年3月1日"])
    assert metadata.issuer == "肇庆市商务局、肇庆市财政局、肇庆市发展和改革局"

"""`extract URL`: a notice page fetched from a (local) government-style site, its body read and its
attachments followed; what cannot be read reported with the reason, the URL kept as provenance."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import pilotplans
from pilotplans.cli import app
from pilotplans.errors import PilotplansError, UnreadableFile
from pilotplans.ingest import convert
from pilotplans.ingest.convert import soffice
from pilotplans.ingest.fetch import FetchSettings, attachment_links, fetch, read_notice
from pilotplans.parsers.ocr import OcrSettings
from tests.notice_server import NOTICES, notice_site

needs_soffice = pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")


@pytest.fixture(scope="module")
def site():
    with notice_site() as root:
        yield root


@pytest.fixture(scope="module")
def notice(site):
    return read_notice(f"{site}/zwgk/notice.html", FetchSettings(timeout=1.0))


def test_attachment_links_are_resolved_against_the_page_and_other_links_are_left_out():
    links = attachment_links((NOTICES / "notice.gb2312.html").read_bytes(), "http://gov.example.cn/zwgk/notice.html")
    assert [(a.url, a.text) for a in links] == [
        ("http://gov.example.cn/zwgk/files/harbin-table-leader.docx", "附件1：哈尔滨市全面深化服务贸易创新发展试点任务分工方案.docx"),
        ("http://gov.example.cn/download?id=7&filename=xiamen-tasks.pdf", "附件2：厦门市试点任务（PDF版）"),
        ("http://gov.example.cn/missing/fujian3.pdf", "附件3：已撤下的文件"),
        ("http://gov.example.cn/zwgk/files/slow.pdf", "附件4：服务器很慢的文件"),
        ("http://gov.example.cn/zwgk/files/harbin-table-leader.doc", "附件5：任务分工方案（旧版Word）"),
        ("http://gov.example.cn/zwgk/files/plan.ofd", "附件6：任务分工方案（OFD版）"),
        ("http://gov.example.cn/zwgk/files/plan.xlsx", "附件7：任务分工表（Excel）"),
    ]


def test_a_base_href_sets_where_relative_links_point():
    page = '<html><head><base href="http://cdn.example.cn/att/"></head><body><a href="a.pdf">附件</a></body></html>'
    assert [a.url for a in attachment_links(page.encode(), "http://gov.example.cn/zwgk/1.html")] == ["http://cdn.example.cn/att/a.pdf"]


def test_a_page_link_is_an_attachment_only_when_its_text_says_so():
    page = '<a href="/other.html">政策解读</a><a href="/plan.html">附件：实施方案</a>'
    assert [a.url for a in attachment_links(page.encode(), "http://gov.example.cn/")] == ["http://gov.example.cn/plan.html"]


@needs_soffice
def test_the_readable_attachments_give_documents_that_record_their_url(notice, site):
    assert [(d.id, len(d.measures), d.source.path) for d in notice.documents] == [
        ("harbin-table-leader", 7, f"{site}/zwgk/files/harbin-table-leader.docx"),
        ("xiamen-tasks", 88, f"{site}/download?id=7&filename=xiamen-tasks.pdf"),
        ("harbin-table-leader-2", 7, f"{site}/zwgk/files/harbin-table-leader.doc"),
    ]
    assert {m.source.file for m in notice.documents[1].measures} == {f"{site}/download?id=7&filename=xiamen-tasks.pdf"}


@needs_soffice
def test_a_legacy_doc_is_converted_by_libreoffice_and_reads_as_its_docx_does(notice):
    docx, doc = notice.documents[0], notice.documents[2]
    assert [(m.number, m.text, m.responsibility) for m in doc.measures] == [(m.number, m.text, m.responsibility) for m in docx.measures]


def test_each_attachment_that_cannot_be_read_is_reported_with_its_reason(notice, site):
    # (the legacy .doc is read where LibreOffice is installed, and refused with its reason elsewhere: see below)
    assert [(f.path, f.cause) for f in notice.failures if not f.path.endswith(".doc")] == [
        (f"{site}/missing/fujian3.pdf", "HTTP 404 Not Found"),
        (f"{site}/zwgk/files/slow.pdf", "no answer within 1 s (timeout)"),
        (f"{site}/zwgk/files/plan.ofd", "OFD document (the Chinese fixed-layout format) is not supported: convert it to PDF first"),
        (f"{site}/zwgk/files/plan.xlsx", "a task table header was found, but no row under it reads as a measure (an empty, cut or misread table)"),
    ]


def test_a_notice_page_without_a_table_is_noted_not_failed(notice, site):
    read = 3 if convert.soffice() else 2  # the legacy .doc is read where LibreOffice is installed
    assert len(notice.documents) == read
    assert notice.skipped == [f"{site}/zwgk/notice.html: the page holds no task table or list; "
                              f"its 7 attachment(s) were followed, {read} of them read"]


def test_a_notice_whose_attachments_all_fail_does_not_say_they_were_read(site):
    # the note said "its 7 attachment(s) were read" above seven errors, one per attachment
    notice = read_notice(f"{site}/zwgk/notice.html", FetchSettings(timeout=1.0, max_bytes=2000))  # the page itself is 1,277 bytes
    assert (notice.documents, len(notice.failures)) == ([], 7)
    assert notice.skipped == [f"{site}/zwgk/notice.html: the page holds no task table or list; "
                              "its 7 attachment(s) were followed, 0 of them read"]


def test_a_page_that_prints_its_task_table_is_read_itself(site):
    page = read_notice(f"{site}/zwgk/national-2020.html")
    assert [(d.id, len(d.measures), d.source.path) for d in page.documents] == [
        ("national-2020", 122, f"{site}/zwgk/national-2020.html")]
    assert page.failures == [] and page.attachments == []


def test_a_file_beyond_the_size_cap_is_refused_before_it_is_read(site):
    with pytest.raises(UnreadableFile, match=r"too large: 318,706 bytes, beyond the limit of 1,000"):
        fetch(f"{site}/files/xiamen-tasks.pdf", FetchSettings(max_bytes=1000))


def test_a_redirect_is_followed_and_the_final_url_kept(site):
    fetched = fetch(f"{site}/download?id=7&filename=xiamen-tasks.pdf", FetchSettings())
    assert (fetched.final_url, fetched.data[:5]) == (f"{site}/files/xiamen-tasks.pdf", b"%PDF-")


def test_a_refused_connection_names_the_url():
    with notice_site() as root:
        gone = f"{root}/zwgk/notice.html"
    # "cannot fetch: [Errno 111] Connection refused"
    with pytest.raises(UnreadableFile, match=r"^http://127\.0\.0\.1:\d+/zwgk/notice\.html: cannot connect to 127\.0\.0\.1: "
                                             r"the server refused the connection \(is the address and port right\?\)$"):
        fetch(gone, FetchSettings(timeout=2.0))


def test_a_legacy_doc_without_libreoffice_is_a_clear_error(site, monkeypatch):
    monkeypatch.setattr(convert, "soffice", lambda: None)
    with pytest.raises(PilotplansError, match="LibreOffice \\(soffice\\) is not installed to convert it"):
        pilotplans.read(f"{site}/zwgk/files/harbin-table-leader.doc")


def test_read_gives_the_one_document_a_url_holds(site):
    document = pilotplans.read(f"{site}/zwgk/files/harbin-table-leader.docx")
    assert (document.id, len(document.measures), document.source.path) == (
        "harbin-table-leader", 7, f"{site}/zwgk/files/harbin-table-leader.docx")


def test_the_ocr_option_reaches_a_fetched_scan(site):
    notice = read_notice(f"{site}/zwgk/files/xiamen-scan.pdf", FetchSettings(ocr=OcrSettings(mode="never")))
    assert ([d.id for d in notice.documents], [str(f) for f in notice.failures]) == (
        [], [f"{site}/zwgk/files/xiamen-scan.pdf: no text layer (OCR is off: --ocr never)"])


def test_extract_url_prints_the_measures_and_reports_each_failure(site):
    result = CliRunner().invoke(app, ["extract", f"{site}/zwgk/notice.html", "--timeout", "1", "-f", "jsonl"])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["document"] for r in records].count("xiamen-tasks") == 88
    assert records[0]["source"]["file"] == f"{site}/zwgk/files/harbin-table-leader.docx"
    assert f"error: {site}/missing/fujian3.pdf: HTTP 404 Not Found" in result.stderr
    assert f"error: {site}/zwgk/files/slow.pdf: no answer within 1 s (timeout)" in result.stderr


@pytest.mark.parametrize(("url", "said"), [
    # httpx's "Request URL is missing an 'http://' or 'https://' protocol." of an address that has one
    ("http://", "not a web address: it names no host (give http://HOST/PATH or https://HOST/PATH)"),
    ("https:///zwgk/notice.html", "not a web address: it names no host (give http://HOST/PATH or https://HOST/PATH)"),
    # "cannot fetch: [Errno -2] Name or service not known"
    ("http://no-such-host.invalid/zwgk/notice.html", "cannot reach no-such-host.invalid: no such host (a typo in the address, "
                                                     "or no network)"),
    # a traceback: httpx.InvalidURL is no httpx.HTTPError
    ("http://[::1/zwgk/notice.html", "not a web address: it names no host (give http://HOST/PATH or https://HOST/PATH)"),
    ("http://www.gov.cn:abc/notice.html", "not a web address: Invalid port: 'abc'"),
], ids=["no-host", "empty-host", "unknown-host", "bad-host", "bad-port"])
def test_an_address_that_reaches_no_server_is_one_line_saying_why_in_words(url, said):
    result = CliRunner().invoke(app, ["extract", url, "--timeout", "5"])
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", f"error: {url}: {said}\n")


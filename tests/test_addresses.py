"""What extract is given that is neither a file nor an address it fetches (pilotplans.ingest.addresses)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pilotplans.ingest.addresses import file_url_path, not_fetched


def test_a_file_address_names_its_file_with_its_escapes_undone():
    assert file_url_path("file:///tmp/%E8%AE%A1%E5%88%92%20a.txt") == Path("/tmp/计划 a.txt")


@pytest.mark.parametrize("source", ["/tmp/plan.txt", "http://www.gov.cn/a.html", "file://server/share/a.txt",
                                    "http://[::1/a.html", "file://[::1/a.txt"])
def test_anything_but_a_local_file_address_names_no_file(source):
    assert file_url_path(source) is None


@pytest.mark.parametrize(("source", "said"), [
    ("ftp://example.com/a.pdf", "ftp:// addresses are not fetched, only http:// and https:// ones (or give a file's path)"),
    ("www.gov.cn/zhengce/notice.html", "no such file; a web address? begin it with http:// or https:// "
                                       "(http://www.gov.cn/zhengce/notice.html)"),
    ("gov.cn/a.html", "no such file; a web address? begin it with http:// or https:// (http://gov.cn/a.html)"),
    # "ValueError: Invalid IPv6 URL", a traceback
    ("file://[::1/a.txt", "a file:// address of another computer ([::1) is not read: copy the file here and give its path"),
    # "file:/server/share/a.txt: cannot open", its // collapsed
    ("file://server/share/a.txt", "a file:// address of another computer (server) is not read: copy the file here and "
                                  "give its path"),
], ids=["other-scheme", "www", "host-and-path", "bad-file-address", "file-of-another-host"])
def test_a_source_that_looks_like_an_address_extract_does_not_fetch_says_so(source, said):
    assert not_fetched(source) == said


@pytest.mark.parametrize("source", ["notes.md", "plan.docx", "data/raw/x.txt", "a.txt/b", "http://www.gov.cn/a.html",
                                    "计划 a.txt",
                                    # a folder named as a workbook, an OFD or a scan extract reads (fetch.toml's endings)
                                    "table.xlsx/a.txt", "notice.ofd/x", "scans.webp/page"])
def test_a_file_name_is_never_taken_for_an_address(source):
    assert not_fetched(source) is None


def test_extract_of_an_existing_file_never_compiles_the_host_pattern():
    from pilotplans.cli import _sources_to_read
    from pilotplans.ingest import addresses

    addresses._host_head.cache_clear()
    kept, refused = _sources_to_read([str(Path(__file__))])
    assert (kept, refused) == ([str(Path(__file__))], [])
    assert addresses._host_head.cache_info().currsize == 0


def test_a_source_naming_no_file_compiles_the_host_pattern_once():
    from pilotplans.cli import _sources_to_read
    from pilotplans.ingest import addresses

    addresses._host_head.cache_clear()
    kept, refused = _sources_to_read(["www.gov.cn/a.html", "www.gov.cn/b.html"])
    assert kept == [] and len(refused) == 2
    assert addresses._host_head.cache_info().misses == 1

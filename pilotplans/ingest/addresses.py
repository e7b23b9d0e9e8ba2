"""What ``extract`` is given that is neither a file nor an address it fetches: a ``file://`` address
(a browser's copy of a local file's place: the file itself is read), an address of a scheme it does
not fetch (``ftp://``), or a web address without its ``http://`` (``www.gov.cn/…``), each named in
words rather than read as a file name that does not exist (``ftp:/example.com/a.pdf: cannot open``).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

#: The schemes whose addresses are fetched (:mod:`pilotplans.ingest.fetch`).
FETCHED = ("http", "https")

#: A host name at the head of a path (``www.gov.cn/…``, ``www.gov.cn``; ``gov.cn/…``, but not ``notes.md``
#: alone, a file's name): labels of letters, digits and hyphens, the last of two letters or more.
_HOST_HEAD = (r"^(?:www\.(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z]{2,}(?::\d+)?(?:/|$)"
              r"|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?/)")


@cache
def _host_head() -> re.Pattern[str]:
    """:data:`_HOST_HEAD` compiled, on the first source that names no file: compiled case-blind it costs some
    11 M instructions, which every ``extract`` of an existing file paid at import and never used."""
    return re.compile(_HOST_HEAD, re.IGNORECASE)

#: The endings of the files extract reads that no attachment's link names (a scan's image, a table of cells, an
#: archive it refuses in words); with those of ``data/fetch.toml`` (:func:`file_endings`), the endings a file name's
#: head may end in (``plan.docx/…``, ``表.xlsx/…`` is no host).
_OTHER_FILE_ENDINGS = ("csv", "png", "jpg", "jpeg", "tif", "tiff", "bmp", "gif", "webp", "zip")


def file_endings() -> tuple[str, ...]:
    """The endings of the files extract reads: the attachments' and pages' it follows (``data/fetch.toml``, read
    once by :func:`pilotplans.ingest.fetch.link_rules`) and the others it reads."""
    from pilotplans.ingest.fetch import link_rules

    rules = link_rules()
    return (*_OTHER_FILE_ENDINGS, *(e.lstrip(".").lower() for e in (*rules.extensions, *rules.page_extensions)))


def file_url_path(source: str) -> Path | None:
    """The local path a ``file://`` address names (``file:///tmp/计划%20a.txt`` → ``/tmp/计划 a.txt``), or None."""
    if not source[:5].lower() == "file:":
        return None
    try:
        parts = urlsplit(source)
    except ValueError:  # file://[::1/a.txt: no address of this computer
        return None
    if parts.netloc not in ("", "localhost"):
        return None
    return Path(unquote(parts.path))


def not_fetched(source: str) -> str | None:
    """Why ``source``, which names no file, is no address ``extract`` fetches either, or None: a
    ``file://`` address of another computer, another scheme's address, or a web address without ``http://``."""
    scheme, sep, rest = source.partition("://")
    if sep and scheme.lower() == "file" and file_url_path(source) is None:
        host = rest.split("/", 1)[0]
        return f"a file:// address of another computer ({host}) is not read: copy the file here and give its path"
    if sep and re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*", scheme) and scheme.lower() not in (*FETCHED, "file"):
        return f"{scheme}:// addresses are not fetched, only http:// and https:// ones (or give a file's path)"
    head = _host_head().match(source)
    if head and head.group(0).rstrip("/").rsplit(".", 1)[-1].split(":")[0].lower() not in file_endings():
        return f"no such file; a web address? begin it with http:// or https:// (http://{source})"
    return None

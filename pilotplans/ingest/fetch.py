"""Notices on the web: fetch a notice page, read its body and every attachment it links to.

Government sites publish a plan as a notice page (often GB2312) whose body is the notice and whose
attachments (附件) are the plan: PDF, DOCX, a legacy .doc/.wps, sometimes a spreadsheet or an OFD.
:func:`read_notice` fetches the page, reads its body as an HTML document (a page that prints the
task table or list itself gives a document), finds the attachment links (relative ones resolved
against the page, ``<base href>`` honoured; what counts as one is data: ``pilotplans/data/fetch.toml``),
fetches each (redirects followed, a timeout per request and for the whole file, a size cap checked
before and while the bytes arrive) and reads it with the readers every file goes through — the
format told from the bytes, never from the extension or the server's content type. A legacy
.doc/.wps is converted to DOCX by LibreOffice when it is installed (:mod:`pilotplans.ingest.convert`).
Whatever cannot be read (a 404, a timeout, a file too large, a spreadsheet, an OFD) is reported
with its reason and the rest is still read. Every document records its URL as its source path, and
its measures name the URL as their file.
"""

from __future__ import annotations

import functools
import time
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit

from pilotplans.errors import NoTaskTable, PilotplansError, UnreadableFile

if TYPE_CHECKING:
    import httpx

    from pilotplans.parsers.ocr import OcrSettings
    from pilotplans.schema.models import Document

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class FetchSettings:
    """How pages and attachments are fetched."""

    timeout: float = 30.0
    """Seconds to wait for a server to connect or send the next bytes (a whole file may take four times this)."""
    max_bytes: int = 64 * 1024 * 1024
    """The largest file fetched."""
    max_redirects: int = 10
    max_attachments: int = 50
    convert_timeout: float = 120.0
    """Seconds LibreOffice may take to convert a legacy .doc/.wps."""
    user_agent: str = "Mozilla/5.0 (compatible; pilotplans; +https://pypi.org/project/pilotplans/)"
    ocr: OcrSettings | None = None
    """Which pages of a scanned page or attachment are read through OCR (None: the defaults)."""

    def __post_init__(self) -> None:
        if self.timeout <= 0 or self.max_bytes <= 0 or self.max_redirects < 0 or self.max_attachments < 0:
            raise ValueError("FetchSettings: timeout and max_bytes must be positive, max_redirects and max_attachments not negative")


@dataclass(frozen=True)
class Attachment:
    """A link of a notice page to an attachment: its absolute URL and the link's text."""

    url: str
    text: str


@dataclass(frozen=True)
class Fetched:
    """What a URL gave: the bytes, the URL they came from after redirects, the content type."""

    url: str
    final_url: str
    data: bytes
    content_type: str | None


@dataclass
class Notice:
    """What a notice page gave: the documents read, the attachments found, and for each part that
    could not be read, why (``failures``); ``skipped`` notes parts that were read but hold no plan
    (the page's own notice text, when its attachments hold the plan)."""

    url: str
    documents: list[Document] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    failures: list[UnreadableFile] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class LinkRules:
    """What makes a link an attachment (``pilotplans/data/fetch.toml``)."""

    extensions: tuple[str, ...]
    page_extensions: tuple[str, ...]
    words: tuple[str, ...]


@functools.cache
def link_rules() -> LinkRules:
    data = tomllib.loads(resources.files("pilotplans.data").joinpath("fetch.toml").read_text("utf-8"))
    rules = LinkRules(tuple(data["attachment_extensions"]), tuple(data["page_extensions"]), tuple(data["attachment_words"]))
    if not rules.extensions or any(not e.startswith(".") for e in (*rules.extensions, *rules.page_extensions)):
        raise PilotplansError("pilotplans/data/fetch.toml: extensions must be given, each starting with '.'")
    return rules


def _extension_of(url: str, text: str) -> str | None:
    """The attachment extension the link's path, a query value or its text ends in."""
    parts = urlsplit(url)
    candidates = [unquote(parts.path), *(unquote(v) for _, v in parse_qsl(parts.query)), text.strip()]
    for candidate in candidates:
        suffix = PurePosixPath(candidate.lower()).suffix
        if suffix in link_rules().extensions:
            return suffix
    return None


def attachment_links(html: bytes, page_url: str) -> list[Attachment]:
    """The attachments a notice page links to, in page order, each once (absolute URLs)."""
    from bs4 import BeautifulSoup

    from pilotplans.parsers.html import decode_html

    soup = BeautifulSoup(decode_html(html), "lxml")
    base = soup.find("base", href=True)
    base_url = urljoin(page_url, base["href"]) if base is not None else page_url  # type: ignore[index]
    rules = link_rules()
    found: dict[str, Attachment] = {}
    for anchor in soup.find_all("a", href=True):
        href = str(anchor["href"]).strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urljoin(base_url, href)
        if urlsplit(url).scheme not in ("http", "https"):
            continue
        text = " ".join(anchor.get_text(" ").split())
        extension = _extension_of(url, text)
        if extension is None:
            continue
        if extension in rules.page_extensions and not any(word in text for word in rules.words):
            continue
        if urlsplit(url)._replace(fragment="").geturl() == urlsplit(page_url)._replace(fragment="").geturl():
            continue
        found.setdefault(url, Attachment(url, text))
    return list(found.values())


# ----------------------------------------------------------------------------- fetching


def _client(settings: FetchSettings) -> httpx.Client:
    import httpx

    return httpx.Client(follow_redirects=True, max_redirects=settings.max_redirects, timeout=settings.timeout,
                        headers={"User-Agent": settings.user_agent})


def fetch(url: str, settings: FetchSettings, client: httpx.Client | None = None) -> Fetched:
    """The bytes at ``url`` (redirects followed); :class:`UnreadableFile` naming the URL and the
    cause for an HTTP error, a timeout, a refused connection or a file beyond ``max_bytes``."""
    import httpx

    own = client is None
    client = client or _client(settings)
    deadline = time.monotonic() + settings.timeout * 4
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise UnreadableFile(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > settings.max_bytes:
                raise UnreadableFile(url, f"too large: {int(declared):,} bytes, beyond the limit of {settings.max_bytes:,} "
                                          "(FetchSettings.max_bytes, --max-mb)")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > settings.max_bytes:
                    raise UnreadableFile(url, f"too large: more than {settings.max_bytes:,} bytes (FetchSettings.max_bytes, --max-mb)")
                if time.monotonic() > deadline:
                    raise UnreadableFile(url, f"the server took longer than {settings.timeout * 4:g} s to send the file")
                chunks.append(chunk)
            return Fetched(url, str(response.url), b"".join(chunks), response.headers.get("content-type"))
    except httpx.TooManyRedirects:
        raise UnreadableFile(url, f"more than {settings.max_redirects} redirects") from None
    except httpx.TimeoutException:
        raise UnreadableFile(url, f"no answer within {settings.timeout:g} s (timeout)") from None
    except (httpx.HTTPError, httpx.InvalidURL) as exc:  # InvalidURL (a bad host or port) is no HTTPError
        raise UnreadableFile(url, fetch_failure(url, exc)) from None
    finally:
        if own:
            client.close()


#: What the resolver says of a host name that names no host (glibc, macOS, Windows), in an error's text.
_NO_SUCH_HOST = ("Name or service not known", "nodename nor servname", "getaddrinfo failed", "No address associated",
                 "Temporary failure in name resolution", "[Errno -2]", "[Errno -3]", "[Errno -5]", "[Errno 11001]")


def fetch_failure(url: str, exc: Exception) -> str:
    """Why ``url`` could not be fetched, in words a user can act on: an address with no host in it, a
    host name that names no host (a typo, or no network), a server that refused the connection; the
    library's own words for anything else."""
    import httpx
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        host = ""
    if isinstance(exc, httpx.UnsupportedProtocol) or not host:
        return "not a web address: it names no host (give http://HOST/PATH or https://HOST/PATH)"
    if isinstance(exc, httpx.InvalidURL):  # "Invalid port: ':abc'"
        return f"not a web address: {exc}"
    said = str(exc)
    if isinstance(exc, httpx.ConnectError) and any(words in said for words in _NO_SUCH_HOST):
        return f"cannot reach {host}: no such host (a typo in the address, or no network)"
    if isinstance(exc, httpx.ConnectError) and "refused" in said.lower():
        return f"cannot connect to {host}: the server refused the connection (is the address and port right?)"
    return f"cannot fetch: {exc or type(exc).__name__}"


# ----------------------------------------------------------------------------- reading


def _file_name(url: str, text: str) -> str:
    """A file name for what ``url`` gave: its path's last part, a query value naming a file, or the link's text,
    fitted to give a document id (:func:`pilotplans.ingest.ids.name_fitted`: the server's name cannot be renamed)."""
    from pilotplans.ingest.ids import name_fitted

    parts = urlsplit(url)
    for candidate in (*(unquote(v) for _, v in parse_qsl(parts.query)), unquote(parts.path).rstrip("/")):
        name = name_fitted(PurePosixPath(candidate).name)
        if PurePosixPath(name).suffix:
            return name
    return name_fitted(PurePosixPath(unquote(parts.path).rstrip("/")).name or text) or parts.netloc


def with_url(document: Document, url: str) -> Document:
    """``document`` recording ``url`` as its source path and as the file of every record read from it."""
    def ref(source):  # type: ignore[no-untyped-def]
        return source.model_copy(update={"file": url})

    tables = [t.model_copy(update={"source": ref(t.source),
                                   "headings": [h.model_copy(update={"source": ref(h.source)}) for h in t.headings]})
              for t in document.tables]
    measures = [m.model_copy(update={"source": ref(m.source),
                                     "policies": [p.model_copy(update={"source": ref(p.source)}) for p in m.policies]})
                for m in document.measures]
    return document.model_copy(update={"source": document.source.model_copy(update={"path": url}), "tables": tables,
                                       "measures": measures})


def read_fetched(fetched: Fetched, name: str, settings: FetchSettings) -> Document:
    """The document fetched bytes hold (a legacy .doc/.wps converted first)."""
    from pathlib import Path

    from pilotplans.ingest.pipeline import document_from_bytes

    data = fetched.data
    if data.startswith(_OLE_MAGIC):
        from pilotplans.ingest.detect import detect_format

        try:
            detect_format(data, fetched.url)
        except UnreadableFile as refused:
            if not refused.cause.startswith("legacy .doc/.wps"):
                raise
            from pilotplans.ingest.convert import legacy_to_docx

            data = legacy_to_docx(data, fetched.url, settings.convert_timeout)
    try:
        document = document_from_bytes(data, fetched.url, Path(name), ocr=settings.ocr)
    except UnreadableFile as failure:
        raise type(failure)(fetched.url, failure.cause) from None
    return with_url(document, fetched.url)


def _unique_id(document: Document, taken: set[str]) -> Document:
    base, n, candidate = document.id, 1, document.id
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return document if candidate == base else document.model_copy(update={"id": candidate})


def read_notice(url: str, settings: FetchSettings = FetchSettings()) -> Notice:
    """Fetch the notice page at ``url``, read its body and its attachments (see the module docstring).
    Only the page itself failing to arrive is an error; each attachment that fails is a failure of the notice."""
    notice = Notice(url)
    taken: set[str] = set()
    with _client(settings) as client:
        page = fetch(url, settings, client)
        notice.attachments = attachment_links(page.data, page.final_url)[: settings.max_attachments]
        body_skipped = False
        try:
            notice.documents.append(_unique_id(read_fetched(page, _file_name(page.final_url, "") or "notice.html", settings), taken))
        except NoTaskTable:
            if notice.attachments:
                body_skipped = True
            else:
                notice.failures.append(UnreadableFile(url, "the page holds no task table or list, and links to no attachment "
                                                           f"({', '.join(link_rules().extensions)})"))
        except UnreadableFile as failure:
            notice.failures.append(failure)
        for attachment in notice.attachments:
            try:
                fetched = fetch(attachment.url, settings, client)
                document = read_fetched(fetched, _file_name(fetched.final_url, attachment.text), settings)
            except UnreadableFile as failure:
                notice.failures.append(failure)
                continue
            notice.documents.append(_unique_id(document, taken))
    if body_skipped:  # said once the attachments are read: "were read" of attachments that all failed misled
        notice.skipped.append(f"{url}: the page holds no task table or list; its {len(notice.attachments)} attachment(s) "
                              f"were followed, {len(notice.documents)} of them read")
    return notice

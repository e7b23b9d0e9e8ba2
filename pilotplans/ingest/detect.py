"""Tell a file's format from its bytes, and decode text, never trusting the extension."""

from __future__ import annotations

import codecs
import re
import io
import zipfile
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pilotplans.errors import UnreadableFile
from pilotplans.layout import Format

if TYPE_CHECKING:
    import regex

    from pilotplans.ingest.signatures import Signatures

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BINARY_SAMPLE = 4096
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<table", b"<meta")
# A page's body copied with its markup but without the page around it (a law database shows a
# notice as ``<p>各市、县人民政府：</p><p>…</p>``): paragraph and line-break tags, several of them,
# on lines of no tab-separated table (a text extraction's table may keep its cells' <p> markup).
# (compiled when first used: most files are told by their signature, and a DOCX or PDF never asks)
@cache
def _body_tags() -> re.Pattern[bytes]:
    return re.compile(rb"<(?:p|/p|br|div|/div)(?:\s[^<>]*)?/?>")


_BODY_TAGS_AT_LEAST = 3
_CONVERT = "convert it to DOCX or PDF first (e.g. soffice --headless --convert-to docx FILE)"
#: Forms Word and WPS save a document in besides DOCX, each told by markers its first bytes all hold
#: (lower case), and what the file is: they open as markup or text, and read as text they would
#: give the markup or MIME headers, not the plan.
_SAVED_AS = (
    ((b"<?mso-application", b"word.document"),
     f"Word XML document (Word 2003 XML or a flat XML package), not a DOCX: {_CONVERT}"),
    ((b"mime-version:", b"multipart/related"),
     "single-file web page (MHTML, .mht), not a DOCX or HTML page: open it in a browser or Word and save it "
     "as a web page (.html) or DOCX first"),
)


def detect_format(data: bytes, source: str | Path) -> Format:
    """The format of ``data``: 'pdf', 'docx', 'xlsx' (an Excel workbook), 'html', 'text' or 'image'
    (a scan or photo, read through OCR; the kinds are in ``pilotplans/data/signatures.toml``).

    Raises :class:`UnreadableFile` naming what the file is instead for anything else: an empty
    file, a legacy Office binary (told by its streams), a zip package of another kind (told by
    its members), an archive, RTF, a Word XML document or single-file web page, or binary data of no
    known kind.
    """
    if not _without_bom(data).strip():
        raise UnreadableFile(source, "empty file")
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if _is_pdf(data):
        return "pdf"
    if data.startswith(_OLE_MAGIC):
        raise UnreadableFile(source, _compound_cause(data))
    if data.startswith(b"PK\x03\x04"):
        return _zip_format(data, source)
    known = _signatures().identify(data)
    if known is not None and known.kind == "image":
        return "image"
    if known is not None:
        raise UnreadableFile(source, known.cause)
    lowered = _ascii_view(head).lower()
    for markers, cause in _SAVED_AS:
        if all(marker in lowered for marker in markers):
            raise UnreadableFile(source, cause)
    if any(marker in lowered for marker in _HTML_MARKERS) or _is_body_fragment(lowered):
        return "html"
    if _looks_binary(data):
        raise UnreadableFile(source, "binary data of an unknown kind, not a PDF, DOCX, HTML page or text file")
    if _is_decoded_compound(data[:_BINARY_SAMPLE]):
        raise UnreadableFile(source, "a legacy .doc/.wps binary whose bytes were saved as text (a web page showed the "
                                     "file as characters): its text is lost; convert the original file to DOCX or PDF")
    return "text"


def _is_body_fragment(head: bytes) -> bool:
    """Whether the first bytes are a page's body copied with its paragraph markup (see _body_tags):
    several tags, and from the first line holding one on, at least half the lines hold some (the
    markup carries the text; a cell of a table printed a cell a line that kept its <p> markup
    stands among plain lines). A tab parts a table's cells only between a line's characters: one
    indenting a line (a site's database keeps each paragraph as ``\\n\\t　　text</p><p>``) parts none."""
    lines = [line for line in head.split(b"\n") if line.strip() and b"\t" not in line.strip()]
    body_tags = _body_tags()
    tagged = [k for k, line in enumerate(lines) if body_tags.search(line)]
    if not tagged or sum(len(body_tags.findall(lines[k])) for k in tagged) < _BODY_TAGS_AT_LEAST:
        return False
    return 2 * len(tagged) >= len(lines) - tagged[0]


#: Bytes at the start of a file that tell whether it is paged (:func:`is_paged`).
HEAD_BYTES = 4096


def _signatures() -> Signatures:
    """The kinds of file told by their bytes (``data/signatures.toml``), loaded when a file is
    neither a PDF nor a zip package: a PDF or a DOCX is told without them."""
    from pilotplans.ingest.signatures import signatures

    return signatures()


def _without_bom(data: bytes) -> bytes:
    """``data`` without the byte order mark it opens with, if any (a file of a BOM alone is empty)."""
    return split_bom(data)[0]


def split_bom(data: bytes) -> tuple[bytes, str | None]:
    """``data`` without the byte order mark it opens with, and the codec of what follows the mark
    (None, and ``data`` whole, where it opens with none): the one table of marks, for text files
    and web pages alike."""
    for bom, encoding in _TEXT_BOMS:
        if data.startswith(bom):
            return data[len(bom):], encoding
    return data, None


def _is_pdf(data: bytes) -> bool:
    return data.startswith(b"%PDF") or b"%PDF-" in data[:1024]


def is_paged(head: bytes) -> bool:
    """Whether a file starting with ``head`` (its first ``HEAD_BYTES``) is one that
    :func:`detect_format` calls a PDF or an image, read a page at a time."""
    if _is_pdf(head):
        return True
    if head.startswith(_OLE_MAGIC) or head.startswith(b"PK\x03\x04"):
        return False
    known = _signatures().identify(head)
    return known is not None and known.kind == "image"


def _compound_cause(data: bytes) -> str:
    """What an OLE compound file is (a legacy .doc/.wps unless its streams say otherwise)."""
    found = _signatures().compound(data)
    if found is None:
        return ("legacy .doc/.wps binary is not supported: convert it to DOCX or PDF first "
                "(e.g. soffice --headless --convert-to docx FILE)")
    return found.cause


# The names of an OLE compound file's streams, which a legacy .doc/.wps shown as characters by a web
# page (and saved as text) still prints near its start: Root Entry and the Word or WPS streams.
_COMPOUND_ROOT = b"Root Entry"
_COMPOUND_STREAMS = (b"WordDocument", b"SummaryInformation", b"WpsCustomData")


#: The OLE signature (D0 CF 11 E0 A1 B1 1A E1) read as UTF-8 by a page that showed the file: D0 CF
#: are no character and are dropped or shown as U+FFFD, E0 A1 B1 is one character (U+0871); the
#: header's version byte (3E, '>') follows it after the zero bytes of its class id.
_COMPOUND_MAGIC_AS_UTF8 = b"\xe0\xa1\xb1"
_COMPOUND_MAGIC_WITHIN = 12  # bytes before it: a BOM, spaces, U+FFFD for the dropped bytes, a control byte
_COMPOUND_VERSION_WITHIN = 24  # bytes after it to the version byte


def _is_decoded_compound(head: bytes) -> bool:
    """Whether the first bytes of a text are an OLE compound file's bytes decoded as characters:
    its directory's stream names, or (when the page cut the file before its directory) its
    signature as UTF-8 opening the text with the header's version byte after it."""
    view = _ascii_view(head)
    if _COMPOUND_ROOT in view and any(name in view for name in _COMPOUND_STREAMS):
        return True
    at = head.find(_COMPOUND_MAGIC_AS_UTF8, 0, _COMPOUND_MAGIC_WITHIN + len(_COMPOUND_MAGIC_AS_UTF8))
    if at < 0:
        return False
    # only a BOM, U+FFFD or '?' for the dropped bytes, spaces and control bytes stand before it: in a
    # GBK text the same bytes are the ends of two characters (多” is B6 E0 A1 B1)
    before = head[:at].replace(b"\xef\xbb\xbf", b"").replace(b"\xef\xbf\xbd", b"")
    if any(byte > 0x20 and byte != ord("?") for byte in before):
        return False
    return b">" in head[at + len(_COMPOUND_MAGIC_AS_UTF8):at + len(_COMPOUND_MAGIC_AS_UTF8) + _COMPOUND_VERSION_WITHIN]


def _looks_binary(data: bytes) -> bool:
    """True for bytes no text encoding gives: NUL or other control bytes in the first 4 KiB, unless
    they are the zero bytes of UTF-16."""
    sample = data[:_BINARY_SAMPLE]
    if sample[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or utf16_codec(sample):
        return False
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in b"\t\n\r\f\x1a\x1b")
    return b"\x00" in sample or controls * 20 > len(sample)


def _ascii_view(head: bytes) -> bytes:
    """The first bytes with UTF-16 zero bytes removed, so markup is found in any encoding."""
    if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return head[2:].replace(b"\x00", b"")
    if _looks_like_utf16(head):  # markup is ASCII: its UTF-16 has a zero byte beside every character
        return head.replace(b"\x00", b"")
    return head


def _zip_format(data: bytes, source: str | Path) -> Format:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError) as exc:
        raise UnreadableFile(source, f"corrupt or truncated zip/DOCX/XLSX file ({exc})") from exc
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    known = _signatures().package(names)
    if known is not None:
        raise UnreadableFile(source, known.cause)
    raise UnreadableFile(source, "zip archive that is not a Word document (no word/document.xml): unpack it and name the files in it")


def decode_text(data: bytes, source: str | Path) -> str:
    """Decode a text file: BOM first, then strict UTF-8, UTF-16 and GB18030, then UTF-8 with a few
    damaged bytes (see :data:`DAMAGED_SHARE`), then detection.

    Raises :class:`UnreadableFile` when no encoding decodes the bytes cleanly.
    """
    text = _decoded(data, source)
    cause = mojibake_cause(text)
    if cause is not None:
        raise UnreadableFile(source, cause)
    return text


def _decoded(data: bytes, source: str | Path) -> str:
    rest, encoding = split_bom(data)
    if encoding is not None:
        try:
            return rest.decode(encoding)
        except UnicodeDecodeError as error:
            name = encoding[:6].upper().rstrip("-")
            raise UnreadableFile(source, f"damaged {name} text: it opens with a {name} byte order mark, but byte "
                                         f"{len(data) - len(rest) + error.start:,} does not decode ({error.reason})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if _cut_inside_utf8_character(data, error):
            raise UnreadableFile(source, "truncated text file: it ends inside a UTF-8 character (cut short?)") from None
    utf16 = utf16_codec(data)
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    damaged = data.decode("utf-8", errors="replace")
    if mostly_decoded(damaged):
        return damaged  # UTF-8 with a few damaged bytes: the records holding them are warned of
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableFile(source, "cannot tell the text encoding (not UTF-8, UTF-16 or GB18030)")
    return str(best)


# The characters a UTF-8 continuation byte (0x80–0xBF) shows as when the bytes are read as
# Windows-1252 or Latin-1 (€ ‚ … ¡ ¢ … ¿), and the lead bytes of Chinese characters (0xE4–0xE9: ä å
# æ ç è é): Chinese text in UTF-8 read so prints a lead and one or two of those for every character.
_CONTINUATIONS = frozenset(bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore") + bytes(range(0x80, 0xC0)).decode("latin-1"))


@cache
def _mojibake() -> tuple[re.Pattern[str], regex.Pattern[str]]:
    """The pattern of a lead and its continuations shown as characters, and of a Chinese character
    (compiled when a text is first asked about)."""
    return (re.compile("[\u00e4-\u00e9][" + re.escape("".join(sorted(_CONTINUATIONS))) + "]{1,2}"), _han())


@cache
def _han() -> regex.Pattern[str]:
    """The pattern of a Chinese character (made when first asked for), through the kept patterns
    (``regex``), not ``re``: ``re`` builds a class of ranges character by character, 52 ms for these
    28,160, where ``regex`` takes a fraction of a millisecond and matches the same characters."""
    from pilotplans.patterns import compiled

    return compiled("[\u3400-\u9fff\uf900-\ufaff]")


# The characters the lead bytes of Chinese characters in UTF-8 show as (see _mojibake): a text
# holding none of them shows no mojibake of the first kind, and its pattern is not compiled. A
# search for them (one pass in C) is cheaper than asking a set for each of a line's characters.
_LEAD = re.compile("[\u00e4-\u00e9]")


def shows_leads(text: str) -> bool:
    """Whether ``text`` holds a character the lead byte of a Chinese character in UTF-8 shows as
    (ä…é): a text without one shows no mojibake of the first kind, told without compiling its pattern."""
    return _LEAD.search(text) is not None


# A text is mojibake when it shows at least this many such characters and ten times more of them
# than Chinese characters, and most of them as a lead and two (a codepage lacks 5 of the 64
# continuation bytes; an accented letter before a quote or dash, café’s, shows as a lead and one).
_MOJIBAKE_LEAST = 10


def mojibake_cause(text: str) -> str | None:
    """Why ``text`` cannot be read when it is Chinese text in UTF-8 that a page or a copy showed as
    Windows-1252 or Latin-1 characters (ä¸\u00ad for 中, the bytes those codepages lack often dropped): a
    one-line cause, else None. It is not mended: the dropped bytes are lost."""
    mojibake, han = _mojibake()
    shown = [len(match[0]) for match in mojibake.finditer(text)]
    found = len(shown)
    if found < _MOJIBAKE_LEAST or len(han.findall(text)) * 10 > found or shown.count(3) * 2 < found:
        return None
    return ("Chinese text in UTF-8 shown as Windows-1252/Latin-1 characters (mojibake: ä¸\u00ad for 中), "
            "not mended: save the page again in its own encoding")


# A line shows mojibake of the first kind when at least this many such characters stand in it, most
# of them as a lead and two (a quoted example, 乱码 ä¸­ 即“中”, shows one or two).
_GARBLED_LEAST = 3
# A run of characters beyond ASCII read back from GBK to UTF-8 (Chinese text in UTF-8 a page showed
# as GBK: 鍙戝睍 for 发展) is mojibake when it gives at least this many Chinese characters and no more
# undecodable characters than them (a byte GBK lacks loses a pair); Chinese text read so gives almost
# no Chinese character.
_GBK_HAN_LEAST = 3
_BEYOND_ASCII_RUN = re.compile(r"[^\x00-\x7f]{4,}")
LATIN_SHOWN = "Windows-1252/Latin-1"
GBK_SHOWN = "GBK"


def garbled_as(text: str) -> str | None:
    """The codepage whose characters ``text`` shows Chinese text in UTF-8 as, when part of it is
    such mojibake: ``LATIN_SHOWN`` (ä¸\u00ad for 中: three or more of a lead byte's character and
    the continuation bytes' after it, most as a lead and two) or ``GBK_SHOWN`` (涓\ue15e for 中,
    鍙戝睍 for 发展: a run of characters beyond ASCII whose GBK bytes read as UTF-8 give Chinese
    characters, no more bytes undecodable); else None. A rule over the characters of one line or
    field, for a page that mixes garbled and clean paragraphs (a whole text so is refused,
    :func:`mojibake_cause`)."""
    # Asked of every line and field read, most of them numbers, codes and words in ASCII: both kinds
    # show characters beyond it, so an ASCII text is none (a flag of the string, not a scan).
    if text.isascii():
        return None
    return _garbled_beyond_ascii(text)


@lru_cache(maxsize=4096)  # a measure's fields repeat its lines, and its neighbours' owners and scope
def _garbled_beyond_ascii(text: str) -> str | None:
    """:func:`garbled_as` of a text beyond ASCII, kept for the process (a function of the text alone)."""
    if _LEAD.search(text) is not None:
        shown = [len(match[0]) for match in _mojibake()[0].finditer(text)]
        if len(shown) >= _GARBLED_LEAST and shown.count(3) * 2 >= len(shown):
            return LATIN_SHOWN
    for run in _BEYOND_ASCII_RUN.findall(text):
        back = run.encode("gbk", errors="ignore").decode("utf-8", errors="replace")
        undecodable = back.count(UNDECODABLE)
        # the Chinese characters are among the rest: where the rest is fewer than the least or than
        # the undecodable ones (clean text read back so is mostly undecodable), they are not counted
        if len(back) - undecodable < max(_GBK_HAN_LEAST, undecodable):
            continue
        han = len(_han().findall(back))
        if han >= _GBK_HAN_LEAST and undecodable <= han:
            return GBK_SHOWN
    return None


UNDECODABLE = "\ufffd"
"""What a decoder puts for bytes it cannot decode (text and pages with a few damaged bytes are read
so, :data:`DAMAGED_SHARE`; the records holding it are warned ``undecodable_bytes``)."""

DAMAGED_SHARE = 10
"""Text decoded with at most one undecodable character in this many of its characters beyond ASCII
is damaged, not in another encoding (a wrong one fails on most of its Chinese characters, however
much ASCII markup surrounds them): it is read, with U+FFFD for the bytes that do not decode, rather
than handed to a detector that may take it for a single-byte codepage and turn all of it into garbage."""


def mostly_decoded(text: str) -> bool:
    """Whether ``text``, decoded with U+FFFD for bytes that do not decode, is damaged text in the
    encoding tried rather than text in another (see :data:`DAMAGED_SHARE`)."""
    beyond_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return text.count(UNDECODABLE) * DAMAGED_SHARE <= beyond_ascii


#: Byte order marks of text files and the codec of what follows them (UTF-32's before UTF-16's:
#: they begin with the same bytes).
_TEXT_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _cut_inside_utf8_character(data: bytes, error: UnicodeDecodeError) -> bool:
    """Whether ``data`` is UTF-8 text (with characters beyond ASCII) cut in the middle of its last
    character: the one fault is an unfinished sequence at the very end."""
    return error.reason == "unexpected end of data" and error.end == len(data) and not data[:error.start].isascii()


def utf16_codec(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when ``data`` (without a BOM) reads as UTF-16 text: its
    zero bytes fall on one side (ASCII-heavy text), or its first 4 KiB decode strictly into
    printable text (Chinese text has few zero bytes)."""
    if _looks_like_utf16(data):
        return "utf-16-le" if data[1:4000:2].count(0) > data[0:4000:2].count(0) else "utf-16-be"
    sample = data[:_BINARY_SAMPLE - _BINARY_SAMPLE % 2]
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text and not any(ch < " " and ch not in "\t\n\r\f" for ch in text) and "\n" in text:
            return encoding
    return None


def _looks_like_utf16(data: bytes) -> bool:
    sample = data[:4000]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = len(sample) / 2
    # Chinese UTF-16 has few zero bytes, ASCII-heavy UTF-16 many: check both halves' balance.
    return max(zeros_even, zeros_odd) > 0.2 * half and min(zeros_even, zeros_odd) < 0.05 * half

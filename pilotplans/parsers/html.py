"""Read an HTML page into a :class:`~pilotplans.layout.Layout`.

The bytes are decoded first (BOM, then well-formed UTF-8 whatever the page declares, then the
declared ``<meta>`` charset, then UTF-8, then a guess by charset-normalizer; GB2312 and GBK are read as their superset GB18030). The body is
then walked in document order: each ``<table>`` becomes a :class:`Grid` with ``rowspan``/``colspan`` expanded
(copies ``merged_from="above"``/``"left"``, short rows filled with empty cells), and the text of
other blocks (``p``, ``h1``–``h6``, ``div``, ``li`` …) becomes :class:`Paragraph` blocks; a
``<caption>`` is a paragraph before its grid. ``<script>``, ``<style>``, ``<head>`` and hidden
elements are skipped. Text split over inline elements (``<span>`` runs) is joined. Whitespace from
the source formatting collapses to one space, except that a run holding a line break between two
CJK characters is dropped (a source line wrapped inside Chinese text, as Word's HTML export
wraps it, is no space); a full-width space U+3000 inside a paragraph is kept, and each paragraph
is stripped at its ends of every kind of space (``&nbsp;`` and U+3000 indentation). A ``<br>``
separates paragraphs, in the body as inside a cell: plans published on the web print one item
a line in a single ``<p>`` or ``<div>``. A table nested in a cell is flattened into that cell's
paragraphs, except in a layout table: a table holding a nested table with more rows than itself
is page layout, so its cells are read as page flow and the nested table becomes a grid; so is a
table of one column (no row holds two cells), the stack of boxes an old site template lays a
page out in (banner, menu, title, the document's text, footer).
HTML has no pages, so every :class:`Where` is empty and ``Row.after_break`` is never set.
"""

from __future__ import annotations

import codecs
import functools
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from pilotplans.errors import UnreadableFile
from pilotplans.layout import (
    MAX_GRID_COLUMNS,
    Block,
    Cell,
    Grid,
    Layout,
    Paragraph,
    Row,
    SpanningCell,
    expand_spans,
)

if TYPE_CHECKING:
    from bs4 import Tag

_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""",
    re.IGNORECASE,
)
_HEAD_BYTES = 16384
_CHINESE_CODECS = ("gb18030", "big5")
_GB_FAMILY = frozenset({"gb2312", "gbk", "cp936", "x-gbk", "gb_2312-80", "euc-cn", "csgb2312"})

_SKIPPED = frozenset(
    {"head", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
     "select", "button", "input", "textarea", "map", "area", "audio", "video", "canvas"}
)
_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir",
     "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
     "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p",
     "pre", "section", "summary", "ul", "caption", "table", "thead", "tbody", "tfoot", "tr", "td", "th"}
)
_ROW_GROUPS = frozenset({"thead", "tbody", "tfoot"})
_SOURCE_WHITESPACE = re.compile(r"[ \t\n\r\f\xa0]+")
_WIDE = r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]"
_WRAP_BETWEEN_WIDE = re.compile(rf"(?<={_WIDE})[ \t\f\xa0]*[\r\n][ \t\n\r\f\xa0]*(?={_WIDE})")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def read_html(data: bytes, source: str) -> Layout:
    """The layout of the HTML page ``data``; ``source`` names the file in errors and provenance."""
    import warnings

    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    if not data.strip():
        raise UnreadableFile(source, "empty file, not an HTML page")
    text = decode_html(data)
    if _looks_binary(text):
        raise UnreadableFile(source, "binary data (control characters), not an HTML page")
    with warnings.catch_warnings():  # bs4 warns on stderr of XHTML read as HTML, which it reads well
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(_fragment_lines(text.replace("\x00", "")), "lxml")
    site = _site_words(soup)
    root = soup.body or soup
    _read_shown_markup(root)
    try:
        blocks = tuple(_blocks(_flow(root, in_cell=False)))
    except RecursionError:  # the walk descends one element at a time: some hundreds of levels
        raise UnreadableFile(source, "HTML nested too deeply to read (hundreds of elements inside one another)") from None
    from pilotplans.parsers.text.cells import paragraph_tables

    return Layout(source=source, format="html", blocks=paragraph_tables(blocks, source), site=site)


def _site_words(soup: object) -> tuple[str, ...]:
    """What the page's head says of its site: the ``SiteName`` a government site's head carries
    (济南市人民政府), then the head's ``<title>`` (…的通知_杭州市人民政府, 武汉市人民政府)."""
    head = getattr(soup, "head", None)
    if head is None:
        return ()
    found = [meta.get("content", "").strip() for meta in head.find_all("meta")
             if str(meta.get("name", "")).lower() == "sitename"]
    if head.title is not None:
        found.append(head.title.get_text(" ", strip=True))
    return tuple(text for text in found if text)


_PAGE_MARKUP = re.compile(r"<(?:!doctype|html|head|body)\b", re.IGNORECASE)
# A block's tag shown as text (a site that escaped the article's HTML prints ``<p>…</p>`` literally).
_SHOWN_BLOCK_TAG = re.compile(r"</?(?:p|div|br|table|tr|td|th|h[1-6]|li)\b[^<>]{0,200}?/?>", re.IGNORECASE)
_SHOWN_CLOSING_TAG = re.compile(r"</(?:p|div|table|tr|td|th|h[1-6]|li)\s*>", re.IGNORECASE)
_SHOWN_TAGS_FEWEST = 3


def _read_shown_markup(root: Tag) -> None:
    """Read as markup the text of an element that is itself markup: a site that escaped its
    article's HTML shows its tags as text (``&lt;p&gt;各市、县人民政府：&lt;/p&gt;&lt;p&gt;…``), which
    a browser prints as one paragraph of ``<p>`` and ``</p>``. Only a text holding several block
    tags, a closing one among them, is read so; a text citing a tag or two stays as it is."""
    from bs4 import BeautifulSoup, NavigableString

    for node in list(root.find_all(string=True)):
        if type(node) is not NavigableString:  # comments, CDATA and the like
            continue
        text = str(node)
        if len(_SHOWN_BLOCK_TAG.findall(text)) < _SHOWN_TAGS_FEWEST or not _SHOWN_CLOSING_TAG.search(text):
            continue
        fragment = BeautifulSoup(text, "lxml")
        node.replace_with(*list((fragment.body or fragment).contents))


def _fragment_lines(text: str) -> str:
    """A page's body copied with its markup but not the page around it (a law database's
    ``发文机关：…`` / ``文号：…`` lines, then ``<p>…</p>``) printed its first lines as plain text:
    they are lines of their own, as the text shows them, not one paragraph a browser would run
    together. A whole page (``<html>``, ``<body>``…) is read as it stands."""
    first_tag = text.find("<")
    if first_tag <= 0 or _PAGE_MARKUP.search(text, 0, 4096) or "\n" not in text[:first_tag].strip():
        return text
    head = text[:first_tag]
    return "<br>".join(head.split("\n")) + text[first_tag:]


def _looks_binary(text: str) -> bool:
    """True if over a tenth of the first 4096 characters are control characters."""
    sample = text[:4096]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f")
    return controls * 10 > len(sample)


def decode_html(data: bytes) -> str:
    """The text of an HTML page: by its BOM, else as UTF-16 if its zero bytes say so, else its
    declared charset, else UTF-8 if it decodes strictly, else a charset detected by
    charset-normalizer. A charset that fails on a few damaged bytes only (at most one in
    :data:`~pilotplans.ingest.detect.DAMAGED_SHARE` of its characters beyond ASCII) still reads the page, with U+FFFD for what it cannot decode, which
    the records holding them are warned of: a detector would take such a page for another
    charset (a single-byte one decodes anything) and turn all of it into garbage."""
    from pilotplans.ingest.detect import mostly_decoded, split_bom, utf16_codec

    rest, by_bom = split_bom(data)
    if by_bom is not None:
        return rest.decode(by_bom, errors="replace")
    utf16 = utf16_codec(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    first = None
    for encoding in _candidate_charsets(data):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            text = data.decode(encoding, errors="replace")
        if mostly_decoded(text):
            return text
        first = first or text
    return first or data.decode("utf-8", errors="replace")


def _candidate_charsets(data: bytes) -> Iterator[str]:
    """Charsets to try in turn; detection runs only if the earlier ones fail. A page whose bytes
    beyond ASCII are all well-formed UTF-8 is read as UTF-8 whatever it declares: a site moved to
    UTF-8 keeps its template's ``charset=gb2312``, and GB2312/GBK text is (past a few characters)
    never well-formed UTF-8, while the declared codec would read the UTF-8 bytes into garbage."""
    declared = declared_charset(data)
    if declared and declared != "utf-8" and _is_utf8_beyond_ascii(data):
        yield "utf-8"
    if declared:
        yield declared
    yield "utf-8"
    detected = _detected_charset(data)
    if detected:
        yield detected


def _is_utf8_beyond_ascii(data: bytes) -> bool:
    """True if ``data`` holds bytes beyond ASCII and decodes strictly as UTF-8."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def declared_charset(data: bytes) -> str | None:
    """The Python codec for the charset the page declares in ``<meta>``, or None if none is usable.

    GB2312 and GBK declarations give ``"gb18030"``, the superset pages labelled so are written in;
    a UTF-16/32 declaration gives ``"utf-8"`` (a declaration readable as ASCII cannot be UTF-16).
    """
    match = _DECLARED_CHARSET.search(data[:_HEAD_BYTES])
    if match is None:
        return None
    codec = _python_codec((match.group(1) or match.group(2)).decode("ascii"))
    return "utf-8" if codec and codec.startswith(("utf-16", "utf-32")) else codec


def _detected_charset(data: bytes) -> str | None:
    """The charset charset-normalizer finds most likely, or None.

    The Chinese codecs are tried on their own first: on short texts an open guess often picks
    a Korean or Central European codepage for GBK bytes.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(_CHINESE_CODECS)).best() or from_bytes(data).best()
    return None if best is None else _python_codec(best.encoding)


def _python_codec(label: str) -> str | None:
    """Python's name for a charset label, the GB2312/GBK family mapped to GB18030."""
    label = label.strip().lower()
    if label in _GB_FAMILY:
        return "gb18030"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "gb18030" if name in _GB_FAMILY else name


# --- the page as a flow of tokens ---------------------------------------------------------------


@dataclass(frozen=True)
class _Text:
    """Text as it stands in the source, whitespace not yet collapsed."""

    text: str


@dataclass(frozen=True)
class _LineBreak:
    """A ``<br>``."""


@dataclass(frozen=True)
class _Edge:
    """The start or end of a block: text on either side belongs to different paragraphs."""


@dataclass(frozen=True)
class _Table:
    """A data table met in the page flow."""

    tag: Tag


_Token = _Text | _LineBreak | _Edge | _Table


def _flow(node: Tag, in_cell: bool) -> Iterator[_Token]:
    """The tokens of ``node``'s content; inside a cell, nested tables are flattened."""
    from bs4 import NavigableString, Tag
    from bs4.element import PreformattedString

    for child in node.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, PreformattedString):
                yield _Text(str(child))
        elif isinstance(child, Tag) and not _is_skipped(child):
            yield from _tag_flow(child, in_cell)


def _tag_flow(tag: Tag, in_cell: bool) -> Iterator[_Token]:
    """The tokens of one element: a break, a table (data, flattened or layout), a block or inline."""
    name = tag.name
    if name == "br":
        yield _LineBreak()
    elif name == "table" and in_cell:
        yield _Edge()
        for cell in _cells_of(tag):
            yield from _flow(cell, in_cell=True)
            yield _Edge()
    elif name == "table" and (_is_layout_table(tag) or _is_one_column(tag)):
        yield _Edge()
        caption = tag.find("caption", recursive=False)
        if caption is not None:
            yield from _flow(caption, in_cell=False)
            yield _Edge()
        for cell in _cells_of(tag):
            if not _is_link_block(cell):  # a layout cell holding the site's menu
                yield from _flow(cell, in_cell=False)
            yield _Edge()
    elif name == "table":
        yield _Table(tag)
    elif name == "ol" and _numbered_list(tag):
        yield from _ordered_list_flow(tag, in_cell)
    elif name in _BLOCKS:
        yield _Edge()
        yield from _flow(tag, in_cell)
        yield _Edge()
    else:
        yield from _flow(tag, in_cell)


_NO_MARKERS = re.compile(r"list-style(?:-type)?\s*:\s*none\b", re.IGNORECASE)


def _numbered_list(tag: Tag) -> bool:
    """Whether an ordered list numbers its items with figures (the default, type="1"), which the
    browser prints before them and the text does not hold; not one styled without markers
    (list-style: none), whose browser shows no number."""
    kind = tag.get("type")
    return (kind is None or kind == "1") and not _NO_MARKERS.search(str(tag.get("style", "")))


def _ordered_list_flow(tag: Tag, in_cell: bool) -> Iterator[_Token]:
    """An ordered list's items, each opening with the number a browser shows for it (1. 2. …,
    from ``start``): a plan whose measures are list items prints their numbers so. An item whose
    own text opens with a number (1．…, （2）…) keeps that one alone."""
    from bs4 import Tag as _Tag

    from pilotplans.normalizers.numbers import find_item_marker

    try:
        number = int(str(tag.get("start", "1")).strip())
    except ValueError:
        number = 1
    yield _Edge()
    for child in tag.children:
        if isinstance(child, _Tag) and child.name == "li" and not _is_skipped(child):
            yield _Edge()
            if find_item_marker(child.get_text().strip()) is None:
                yield _Text(f"{number}.")
            yield from _flow(child, in_cell)
            yield _Edge()
            number += 1
        elif isinstance(child, _Tag) and not _is_skipped(child):
            yield from _tag_flow(child, in_cell)
    yield _Edge()


def _is_skipped(tag: Tag) -> bool:
    """True for elements that are never shown as page text, and for the site's chrome around the
    document (its footer and navigation: ``pilotplans/data/html.toml``), whose 主办单位：… line
    would otherwise read as the last item's responsibility."""
    if tag.name in _SKIPPED or tag.has_attr("hidden"):
        return True
    style = tag.get("style")
    if isinstance(style, str) and _HIDDEN_STYLE.search(style):
        return True
    tags, names = _chrome()
    if tag.name in tags:
        return True
    words = [word for attribute in ("class", "id") for value in _attribute_values(tag, attribute)
             for word in _NAME_WORDS.split(value.lower()) if word]
    return any(word in names for word in words) or _is_link_block(tag)


# What a block of links may print besides its links: separators, numbers, dates (2023-06-26).
_LINK_BLOCK_FILLER = re.compile(r"[\s\d>＞»›<«|｜/·•\-–—_.．、:：,，()（）\[\]【】]+")
_LINK_BLOCK_TAGS = _BLOCKS - {"body", "html", "thead", "tbody", "tfoot", "tr", "caption"}


def _is_link_block(tag: Tag) -> bool:
    """True for a block that is links and little else: the site's menu, breadcrumbs (当前位置：首页 >
    政务公开 > …), tools (【打印本页】【关闭窗口】 as links), a list of related articles under its heading
    (相关文章), a list page's entries with their dates, a layout table or cell holding a column of
    menu links (信息公开 / 政策文件 / 规划计划: one link a row, whose words would read as a title).
    Data tables met in the page flow are judged whole; the cells of a task table never are. Evidence: two links or more, and beside their
    text no more than ``link_block_words`` characters other than separators, numbers and dates,
    none of them an attachment's label (附件 before links to the plan's files is the document's)."""
    if tag.name not in _LINK_BLOCK_TAGS:
        return False
    links = tag.find_all("a", limit=2)
    if len(links) < 2:
        return False
    text = tag.get_text()
    if _opens_an_item(tag) or any(stop in _unlinked_text(tag) for stop in "。；;！？"):
        return False  # a numbered item or a sentence whose words are links (3.推广<a>单一窗口</a>、<a>…</a>)
    linked = "".join(link.get_text() for link in tag.find_all("a"))
    rest = _LINK_BLOCK_FILLER.sub("", text)
    beside = len(rest) - len(_LINK_BLOCK_FILLER.sub("", linked))
    return beside <= _link_block_words() and "附件" not in rest.replace(_LINK_BLOCK_FILLER.sub("", linked), "")


def _unlinked_text(tag: Tag) -> str:
    """The text of ``tag`` outside its links."""
    return "".join(str(piece) for piece in tag.find_all(string=True) if piece.find_parent("a") is None)


def _opens_an_item(tag: Tag) -> bool:
    """True if ``tag``'s text opens, outside any link, with an item's number (3., （三）): a task list's
    item, whose links are its words, where a menu's numbers if any are its links' own."""
    from pilotplans.normalizers.numbers import find_item_marker

    pieces = [str(piece).strip() for piece in tag.find_all(string=True) if piece.find_parent("a") is None]
    first = next((piece for piece in tag.find_all(string=True) if piece.strip()), None)
    if first is None or first.find_parent("a") is not None or find_item_marker(first.strip()) is None:
        return False
    # words of its own beside the numbers (推广 of 3.推广<a>…</a>): a numbered list of links alone
    # (1. <a>…</a> 2. <a>…</a>, a list page's entries) is still a block of links
    own = "".join(piece[marker.end:] if (marker := find_item_marker(piece)) else piece for piece in pieces)
    return bool(_LINK_BLOCK_FILLER.sub("", own))


_NAME_WORDS = re.compile(r"[-_\s]+")


def _attribute_values(tag: Tag, attribute: str) -> list[str]:
    value = tag.get(attribute)
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


@functools.cache
def _chrome() -> tuple[frozenset[str], frozenset[str]]:
    """The tags and class/id words of site chrome (``pilotplans/data/html.toml``), checked."""
    data = tomllib.loads(resources.files("pilotplans.data").joinpath("html.toml").read_text("utf-8"))
    found = []
    for key in ("chrome_tags", "chrome_names"):
        words = data.get(key)
        if not isinstance(words, list) or not all(isinstance(w, str) and w and w == w.lower() for w in words):
            raise ValueError(f"pilotplans/data/html.toml: `{key}` must be a list of lower-case words")
        found.append(frozenset(words))
    return found[0], found[1]


@functools.cache
def _link_block_words() -> int:
    """How many characters besides its links a block of links may print (``link_block_words``)."""
    data = tomllib.loads(resources.files("pilotplans.data").joinpath("html.toml").read_text("utf-8"))
    value = data.get("link_block_words")
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("pilotplans/data/html.toml: `link_block_words` must be a whole number, 0 or more")
    return value


def _blocks(tokens: Iterable[_Token]) -> Iterator[Block]:
    """Paragraphs and grids from the page flow; blocks and ``<br>`` separate paragraphs."""
    pieces: list[str] = []
    for token in tokens:
        if isinstance(token, _Text):
            pieces.append(token.text)
            continue
        text = _paragraph_text(pieces)
        if text:
            yield Paragraph(text)
        pieces = []
        if isinstance(token, _Table):
            yield from _table_blocks(token.tag)
    text = _paragraph_text(pieces)
    if text:
        yield Paragraph(text)


def _paragraph_text(pieces: list[str]) -> str:
    """One paragraph from its pieces of source text: source line wraps inside CJK text dropped,
    other whitespace collapsed, every kind of space stripped at the ends."""
    text = _WRAP_BETWEEN_WIDE.sub("", "".join(pieces))
    return _SOURCE_WHITESPACE.sub(" ", text).strip()


def _cell_paragraphs(cell: Tag) -> tuple[str, ...]:
    """The paragraphs of a ``<td>``/``<th>``: blocks and ``<br>`` separate them."""
    paragraphs: list[str] = []
    pieces: list[str] = []
    for token in _flow(cell, in_cell=True):
        if isinstance(token, _Text):
            pieces.append(token.text)
            continue
        text = _paragraph_text(pieces)
        if text:
            paragraphs.append(text)
        pieces = []
    text = _paragraph_text(pieces)
    if text:
        paragraphs.append(text)
    return tuple(paragraphs)


# --- tables ---------------------------------------------------------------------------------


def _rows_of(table: Tag) -> list[Tag]:
    """The table's own ``<tr>`` elements in source order (not those of nested tables)."""
    rows: list[Tag] = []
    for child in table.find_all(recursive=False):
        if child.name == "tr":
            rows.append(child)
        elif child.name in _ROW_GROUPS:
            rows.extend(child.find_all("tr", recursive=False))
    return rows


def _cells_of(table: Tag) -> Iterator[Tag]:
    """The table's own ``<td>``/``<th>`` elements in source order."""
    for row in _rows_of(table):
        yield from row.find_all(("td", "th"), recursive=False)


def _is_layout_table(table: Tag) -> bool:
    """True if the table holds a nested table with more rows than itself (page layout)."""
    own_rows = len(_rows_of(table))
    return any(len(_rows_of(nested)) > own_rows for nested in table.find_all("table"))


def _is_one_column(table: Tag) -> bool:
    """True if no row of the table holds more than one cell: a column of boxes stacking the page
    (banner, menu, title, date line, the document's text, footer), as old site templates lay out
    a page, never a table of tasks, whose rows pair a measure with its owner or number."""
    rows = _rows_of(table)
    return bool(rows) and all(len(row.find_all(("td", "th"), recursive=False)) <= 1 for row in rows)


def _table_blocks(table: Tag) -> Iterator[Block]:
    """The caption (as a paragraph) and the grid of a data table."""
    caption = table.find("caption", recursive=False)
    if caption is not None:
        yield from _blocks(_flow(caption, in_cell=False))
    yield _grid(table)


def _grid(table: Tag) -> Grid:
    """The table as a grid with rowspan and colspan expanded."""
    rows = _rows_of(table)
    return Grid(tuple(Row(cells) for cells in expand_spans(_placements(rows), len(rows))))


def _placements(rows: list[Tag]) -> list[SpanningCell]:
    """The HTML table model: each cell placed at the first free grid position of its row."""
    taken: set[tuple[int, int]] = set()
    placed: list[SpanningCell] = []
    for r, row in enumerate(rows):
        column = 0
        for tag in row.find_all(("td", "th"), recursive=False):
            while (r, column) in taken:
                column += 1
            colspan = _span(tag, "colspan", zero_means=1)
            rowspan = min(_span(tag, "rowspan", zero_means=len(rows) - r), len(rows) - r)
            placed.append(SpanningCell(r, column, Cell(_cell_paragraphs(tag)), rowspan=rowspan, colspan=colspan))
            taken.update((r + dr, column + dc) for dr in range(rowspan) for dc in range(colspan))
            column += colspan
    return placed


def _span(cell: Tag, attribute: str, zero_means: int) -> int:
    """A cell's ``rowspan``/``colspan`` as browsers read it (leading digits, 1 if unusable)."""
    value = cell.get(attribute)
    match = re.match(r"\s*(\d+)", value) if isinstance(value, str) else None
    if match is None:
        return 1
    span = int(match.group(1))
    return zero_means if span == 0 else min(span, MAX_GRID_COLUMNS)

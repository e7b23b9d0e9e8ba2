"""The parts of a DOCX package the reader takes (the body, the numbering and the styles), opened
without python-docx where the package is an ordinary one.

Importing python-docx costs an ``extract`` of a DOCX more than reading the document does: some
three hundred classes of elements, parts, enumerations and proxies, of which the reader uses none
(it walks the elements with lxml's own calls). :func:`open_plainly` reads the package as
python-docx reads it (OPC: ``[Content_Types].xml``, the relationships from the package's own down
to every part they reach, each WordprocessingML part python-docx parses parsed with its parser's
settings) and gives the same elements. Anything it does not expect (a part missing, a second
styles or numbering part, an unknown content type, XML that does not parse, no body, a part that
is not a Word document) makes it answer None, and python-docx then opens the package, so that
what it accepts and every error it reports stay as they were.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from pilotplans.parsers.wordml import child as _child
from pilotplans.parsers.wordml import w as _w

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from lxml.etree import _Element

_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_OFFICE_DOCUMENT, _NUMBERING, _STYLES, _IMAGE = (_RT + name for name in ("officeDocument", "numbering", "styles", "image"))
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_DOCUMENT_MAIN, _NUMBERING_PART, _STYLES_PART = (_WML + name for name in ("document.main+xml", "numbering+xml", "styles+xml"))
#: The content types of the parts python-docx parses when it opens a package (its PartFactory's
#: classes); every other part is kept as bytes, and so is any part related as an image.
_PARSED = frozenset({
    "application/vnd.openxmlformats-package.core-properties+xml", _WML + "comments+xml", _DOCUMENT_MAIN,
    _WML + "footer+xml", _WML + "header+xml", _NUMBERING_PART, _WML + "settings+xml", _STYLES_PART,
})


class Package:
    """What the DOCX reader takes from a package: the document's ``w:body``, the root elements of
    its numbering and styles parts (None if it has none), and ``related``, the part the document
    part relates by a relationship id (an embedded chunk's), with its ``content_type`` and ``blob``
    as python-docx gives them, or None."""

    __slots__ = ("body", "numbering", "styles", "related")

    def __init__(self, body: _Element, numbering: _Element | None, styles: _Element | None,
                 related: Callable[[str], Any]) -> None:
        self.body, self.numbering, self.styles, self.related = body, numbering, styles, related


def from_python_docx(document: DocxDocument) -> Package:
    """The parts of a document python-docx opened."""

    def element(get: Callable[[], Any]) -> _Element | None:
        try:
            return get().element
        except (KeyError, NotImplementedError, AttributeError, ValueError):
            return None

    numbering = element(lambda: document.part.numbering_part)
    styles = element(lambda: document.styles)
    return Package(document.element.body, numbering, styles, document.part.related_parts.get)


def open_plainly(data: bytes, with_python_docx: Callable[[], Package]) -> Package | None:
    """The parts of the DOCX ``data``, read without python-docx, or None where the package is not an
    ordinary one (python-docx then opens it). An embedded chunk's part is asked of
    ``with_python_docx()`` (the package opened by python-docx), as only a rare document holds one."""
    from lxml import etree

    # python-docx's parser (docx.oxml.parser.oxml_parser) without its element classes
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            package_rels, opened = _parts(archive, parser)
    except Exception:  # noqa: BLE001 - whatever python-docx makes of it, it says so itself
        return None
    document_name = _only(package_rels, _OFFICE_DOCUMENT, opened, _DOCUMENT_MAIN)
    if document_name is None:
        return None
    document, document_rels, _ = opened[document_name]
    if document is None or document.tag != _w("document"):
        return None
    body = _child(document, "body")
    numbering = _only(document_rels, _NUMBERING, opened, _NUMBERING_PART)
    styles = _only(document_rels, _STYLES, opened, _STYLES_PART)
    if body is None or numbering is None or styles is None:
        return None
    chunks: list[Package] = []

    def related(rel_id: str) -> Any:
        if not chunks:
            chunks.append(with_python_docx())
        return chunks[0].related(rel_id)

    return Package(body, opened[numbering][0], opened[styles][0], related)


Rels = dict[str, tuple[str, "str | None"]]  # relationship id → (type, part name; None if external)
#: part name → (its root element where python-docx parses it, its relationships, its content type)
Opened = dict[str, tuple["_Element | None", Rels, str]]


def _parts(archive: zipfile.ZipFile, parser: Any) -> tuple[Rels, Opened]:
    """The package's relationships and every part they reach (parsed where python-docx parses it),
    walked as python-docx walks them; an error where python-docx would meet one too (a part or its
    content type missing, XML that does not parse, a relationship without a target)."""
    from lxml import etree

    types = etree.fromstring(archive.read("[Content_Types].xml"), parser)
    overrides = {o.get("PartName").lower(): o.get("ContentType") for o in types.iterchildren(_CT + "Override")}
    defaults = {d.get("Extension").lower(): d.get("ContentType") for d in types.iterchildren(_CT + "Default")}

    def rels_of(partname: str) -> Rels:
        base, name = posixpath.split(partname)
        try:
            xml = archive.read(posixpath.join(base, "_rels", f"{name}.rels")[1:])
        except KeyError:
            return {}
        rels: Rels = {}
        for rel in etree.fromstring(xml, parser).iterchildren(_PR + "Relationship"):
            external = rel.get("TargetMode", "Internal") == "External"
            target = None if external else posixpath.abspath(posixpath.join(base, rel.get("Target")))
            if rel.get("Id") in rels:  # python-docx walks both, and keeps the last
                raise ValueError("a relationship id used twice")
            rels[rel.get("Id")] = (rel.get("Type"), target)
        return rels

    def content_type(partname: str) -> str:
        if partname.lower() in overrides:
            return overrides[partname.lower()]
        extension = posixpath.splitext(partname)[1]
        return defaults[(extension[1:] if extension.startswith(".") else extension).lower()]  # KeyError: none

    opened: Opened = {}

    def walk(rels: Iterable[tuple[str, str | None]]) -> None:
        for reltype, partname in rels:
            if partname is None or partname in opened:
                continue
            part_rels = rels_of(partname)
            blob = archive.read(partname[1:])
            kind = content_type(partname)
            parsed = kind in _PARSED and reltype != _IMAGE
            opened[partname] = (etree.fromstring(blob, parser) if parsed else None, part_rels, kind)
            walk(part_rels.values())

    package_rels = rels_of("/")
    walk(package_rels.values())
    return package_rels, opened


def _only(rels: Rels, reltype: str, opened: Opened, kind: str) -> str | None:
    """The name of the one part ``rels`` relate by ``reltype`` (none external), if it is of content
    type ``kind``; else None."""
    targets = [target for rel_kind, target in rels.values() if rel_kind == reltype]
    if len(targets) != 1 or targets[0] is None or opened[targets[0]][2] != kind:
        return None
    return targets[0]

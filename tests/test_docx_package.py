"""A DOCX package is read without python-docx where it is an ordinary one: the same body, numbering
and styles as python-docx gives; where it is not, python-docx opens it and says what is wrong."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from lxml import etree

from pilotplans.errors import UnreadableFile
from pilotplans.parsers.docx import read_docx
from pilotplans.parsers.docx_package import from_python_docx, open_plainly
from tests.conftest import FIXTURES

DOCX_FIXTURES = sorted(FIXTURES.rglob("*.docx"))
XIAMEN = FIXTURES / "xiamen-tasks.docx"
RELS = "word/_rels/document.xml.rels"


def rewritten(data: bytes, changes: dict[str, bytes | None]) -> bytes:
    """``data`` with the zip members named in ``changes`` replaced, or left out where None."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            if info.filename not in changes:
                target.writestr(info.filename, source.read(info))
            elif changes[info.filename] is not None:
                target.writestr(info.filename, changes[info.filename])
    return buffer.getvalue()


def member(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


def never() -> None:
    raise AssertionError("python-docx was asked to open an ordinary package")


@pytest.mark.parametrize("path", DOCX_FIXTURES, ids=lambda path: path.name)
def test_every_fixture_docx_reads_plainly_to_the_elements_python_docx_gives(path):
    data = path.read_bytes()
    plain = open_plainly(data, never)
    opened = from_python_docx(docx.Document(io.BytesIO(data)))
    assert plain is not None
    for part in ("body", "numbering", "styles"):
        assert etree.tostring(getattr(plain, part)) == etree.tostring(getattr(opened, part))


def test_the_fixtures_read_plainly_are_all_twenty_nine_docx_fixtures():
    assert len(DOCX_FIXTURES) == 29


def test_a_package_without_a_numbering_part_is_left_to_python_docx_and_read_as_before():
    data = XIAMEN.read_bytes()
    rels = member(data, RELS).replace(
        b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" '
        b'Target="numbering.xml"/>', b"")
    without = rewritten(data, {"word/numbering.xml": None, RELS: rels})
    assert open_plainly(without, never) is None
    layout = read_docx(without, "x.docx")
    assert layout.blocks[0] == read_docx(data, "x.docx").blocks[0]


def test_a_relationship_to_a_part_the_zip_lacks_is_refused_with_python_docx_s_missing_part_error():
    data = rewritten(XIAMEN.read_bytes(), {"word/footer1.xml": None})
    assert open_plainly(data, never) is None
    with pytest.raises(UnreadableFile) as caught:
        read_docx(data, "x.docx")
    assert caught.value.cause == "corrupt DOCX: the zip package has no word/footer1.xml, which the package refers to"


def test_malformed_xml_in_a_part_python_docx_parses_is_refused_naming_that_part():
    data = rewritten(XIAMEN.read_bytes(), {"word/footer1.xml": b"<w:ftr"})
    assert open_plainly(data, never) is None
    with pytest.raises(UnreadableFile) as caught:
        read_docx(data, "x.docx")
    assert caught.value.cause.startswith("corrupt DOCX: malformed XML in word/footer1.xml (")


def test_malformed_xml_in_a_part_python_docx_keeps_as_bytes_is_not_parsed():
    data = rewritten(XIAMEN.read_bytes(), {"word/webSettings.xml": b"<w:webSettings"})
    assert open_plainly(data, never) is not None
    assert read_docx(data, "x.docx") == read_docx(XIAMEN.read_bytes(), "x.docx")


def test_a_relationship_id_written_twice_is_left_to_python_docx():
    data = XIAMEN.read_bytes()
    rels = member(data, RELS).replace(b'Id="rId9"', b'Id="rId8"')
    assert open_plainly(rewritten(data, {RELS: rels}), never) is None

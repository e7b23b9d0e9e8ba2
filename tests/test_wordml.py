"""Finding a WordprocessingML element's properties child: where the schema puts it (first), and
anywhere else a file puts it."""

import docx
from docx.oxml import parse_xml

from pilotplans.parsers.wordml import W, child, properties, w
from tests.conftest import FIXTURES


def test_a_paragraphs_properties_are_its_first_child():
    body = docx.Document(str(FIXTURES / "national-2025-service-opening.docx")).element.body
    p = next(body.iter(w("p")))
    assert p[0].tag == w("pPr")
    assert properties(p, "pPr") is p[0]


def test_a_rows_properties_after_its_table_exceptions_are_found():
    tr = parse_xml(f'<w:tr xmlns:w="{W}"><w:tblPrEx/><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc/></w:tr>')
    assert properties(tr, "trPr") is child(tr, "trPr")
    assert properties(tr, "trPr").tag == w("trPr")


def test_properties_after_a_comment_are_found():
    p = parse_xml(f'<w:p xmlns:w="{W}"><!-- made by a converter --><w:pPr/><w:r/></w:p>')
    assert properties(p, "pPr").tag == w("pPr")


def test_an_element_without_properties_has_none():
    assert properties(parse_xml(f'<w:p xmlns:w="{W}"><w:r><w:t>说明</w:t></w:r></w:p>'), "pPr") is None
    assert properties(parse_xml(f'<w:tc xmlns:w="{W}"/>'), "tcPr") is None

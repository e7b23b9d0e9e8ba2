"""The PDF reader takes each page's characters, lines and rectangles from pdfminer's layout
itself (``placed_objects``); they must be exactly what pdfplumber's ``page.chars``,
``page.lines`` and ``page.rects`` give, in the same order: on the bundled PDFs, and on a page
whose MediaBox does not start at the origin (pdfplumber shifts every object by its offset)."""

import io

import pdfplumber
import pytest

from pilotplans.parsers.pdf.content import placed_objects
from tests.conftest import FIXTURES


def plumbers_own(page):
    chars = [(c["text"], c["x0"], c["top"], c["x1"], c["bottom"], c["size"]) for c in page.chars]
    lines = [(o["x0"], o["top"], o["x1"], o["bottom"]) for o in page.lines]
    rects = [(o["x0"], o["top"], o["x1"], o["bottom"]) for o in page.rects]
    return chars, lines, rects


def offset_page_pdf() -> bytes:
    """One page, its MediaBox at (20, 30): a word, a line and a rectangle."""
    content = b"BT /F1 12 Tf 100 700 Td (Hello) Tj ET\n50 600 m 300 600 l S\n100 400 200 50 re S\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [20 30 620 830] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


@pytest.mark.parametrize("name", ["xiamen-tasks.pdf", "hainan-2020-plan.pdf"])
def test_the_objects_of_every_page_are_pdfplumbers(name):
    with pdfplumber.open(FIXTURES / name) as pdf:
        for page in pdf.pages:
            assert placed_objects(page)[:3] == plumbers_own(page)


def test_a_mediabox_away_from_the_origin_shifts_the_objects_as_pdfplumber_does():
    with pdfplumber.open(io.BytesIO(offset_page_pdf())) as pdf:
        page = pdf.pages[0]
        chars, lines, rects, paints = placed_objects(page)
        assert page.mediabox[:2] == (20, -30)  # pdfplumber's: x0, and the top measured from the MediaBox's top
        assert "".join(c[0] for c in chars) == "Hello"
        assert lines == [(50.0, 200.0, 300.0, 200.0)]  # where the page draws it: x as written, 800 - (600 - 30) - 30 from the top
        assert len(rects) == 1
        assert (chars, lines, rects) == plumbers_own(page)

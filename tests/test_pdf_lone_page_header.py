"""The page header of a document of one page, which no repeat shows running.

A running header is told by its repeating at the same place on several pages; a document of one
page shows none, and a page header naming the plan (全面深化服务贸易创新发展试点实施方案, printed
small in the top margin) was read as the document's title over the table's own title set larger
under it (试点任务责任分工表): generated layout 1700159 (tests/test_generated_layouts.py). On a
document's only page, a line reading like a title in the top margin, standing apart, over a line set
larger (``PdfSettings.header_size_ratio``, 1.2 times its size) is the page's header: a title is set
larger than the page header over it. A label over the title (附件1) does not read like a title, a
title-like line over a line of its own size is a title's first line, and one over larger text that
is no title (body text, a subtitle of years) is the only title there is: all stay.

Glyphs are one em wide, as in tests/test_read_pdf.py, at the size each line gives."""

from __future__ import annotations

from pilotplans.parsers.pdf import layout_from_pages
from pilotplans.parsers.pdf.content import Glyph, PageContent

PLAN = "全面深化服务贸易创新发展试点实施方案"
TABLE = "试点任务责任分工表"
BODY = "一、全面探索提升便利水平"


def page(number: int, *lines: tuple[float, float, str]) -> PageContent:
    """A page of centred lines ``(top, size, text)``, a CJK glyph ``size`` wide and tall."""
    glyphs = []
    for top, size, text in lines:
        x = (595.0 - size * len(text)) / 2
        for char in text:
            glyphs.append(Glyph(char, x, top, x + size, top + size, size))
            x += size
    return PageContent(number, 595.0, 842.0, tuple(glyphs), ())


def paragraphs(*pages: PageContent) -> list[str]:
    return [p.text for p in layout_from_pages(list(pages), "page.pdf").paragraphs]


def test_a_title_like_line_in_the_top_margin_over_a_larger_title_on_the_only_page_is_its_header():
    assert paragraphs(page(1, (35, 10, PLAN), (61, 14, TABLE), (90, 10, BODY))) == [TABLE, BODY]


def test_a_label_over_a_larger_title_stays():
    assert paragraphs(page(1, (35, 10, "附件1"), (61, 14, TABLE), (90, 10, BODY))) == ["附件1", TABLE, BODY]


def test_a_title_like_line_over_a_line_of_its_own_size_stays():
    # a title printed over two lines, read as one paragraph
    assert paragraphs(page(1, (35, 14, PLAN), (61, 14, TABLE), (90, 10, BODY))) == [PLAN + TABLE, BODY]


def test_on_a_document_of_several_pages_only_a_repeat_shows_a_running_header():
    first, second = page(1, (35, 10, PLAN), (61, 14, TABLE), (90, 10, BODY)), page(2, (90, 10, BODY))
    assert paragraphs(first, second)[:2] == [PLAN, TABLE]


def test_a_title_like_line_over_larger_body_text_is_the_title_and_stays():
    # the evidence of a page header is a title set larger under it; body text set larger is none
    assert paragraphs(page(1, (35, 12, PLAN), (61, 16, BODY), (90, 16, BODY))) == [PLAN, BODY + BODY]


def test_a_title_like_line_over_a_larger_line_that_is_no_title_stays():
    # a subtitle of years set larger ends like no title
    assert paragraphs(page(1, (35, 14, PLAN), (61, 18, "（2024—2026年）"), (90, 10, BODY)))[0] == PLAN


def test_a_title_like_line_over_a_larger_title_wrapped_over_two_lines_is_its_header():
    assert paragraphs(page(1, (35, 10, PLAN), (61, 14, "全面深化服务贸易创新发展试点"), (79, 14, "任务责任分工表"),
                           (110, 10, BODY))) == ["全面深化服务贸易创新发展试点任务责任分工表", BODY]


def test_an_attachment_label_ending_like_a_table_s_title_stays():
    # 附表 ends in 表 as a table's title does, but labels the attachment over its title
    assert paragraphs(page(1, (35, 10, "附表"), (61, 14, TABLE), (90, 10, BODY)))[:2] == ["附表", TABLE]

"""A document-sharing site's page chunks (1、 2、 3、 …, each cut mid-sentence where a page of the
original ended) are refused in one line rather than read into headings made of the words after a
page break and items whose owners stand in the next chunk
(tests/fixtures/plans/docsite-page-chunks.txt; the shape of a 文库 site's copy, SOURCES.md)."""

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.layout import Layout, Paragraph
from pilotplans.parsers.interpret.chunks import page_chunks

LONG = "推进外贸新业态发展，支持企业建设海外仓，完善跨境电商公共服务平台功能，提升通关效率和物流配送能力，"  # 49 characters


def layout(*texts):
    return Layout(source="t.txt", format="text", blocks=tuple(Paragraph(t) for t in texts))


def test_chunks_cut_mid_sentence_are_found():
    found = page_chunks(layout("1、" + LONG * 2 + "全年新增面积达到2", "2、" + LONG * 2 + "对企业给予", "3、万平方米。（责任单位：市商务局）"))
    assert found == ("the text is a document-sharing site's page chunks (1、 to 3、, 2 of them cut mid-sentence where a "
                     "page ended): the document's lines and numbering are lost; read the original file")


def test_the_fixture_is_refused_in_one_line():
    from pilotplans.ingest.pipeline import read_document
    from tests.conftest import FIXTURES

    with pytest.raises(NoTaskTable, match="page chunks \\(1、 to 3、, 2 of them cut mid-sentence"):
        read_document(FIXTURES / "plans" / "docsite-page-chunks.txt")


def test_long_items_that_end_with_their_owners_are_no_chunks():
    assert page_chunks(layout("1、" + LONG * 2 + "（责任单位：市商务局）", "2、" + LONG * 2 + "（责任单位：市财政局）",
                              "3、" + LONG + "。")) is None


@pytest.mark.parametrize("bracket", ["〔责任单位：市商务局〕", "【责任单位：市商务局】", "［责任单位：市商务局］"])
def test_long_items_that_end_with_their_owners_in_any_closing_bracket_are_no_chunks(bracket):
    # the generated prose layouts close their owners with 〔…〕 (seeds 1100076, 1100772 were refused)
    assert page_chunks(layout("1、" + LONG * 2 + bracket, "2、" + LONG * 2 + bracket, "3、" + LONG + "。")) is None


def test_item_titles_without_a_full_stop_are_no_chunks():
    # 1、加强组织领导 / text / 2、… : short titles end with no mark, and are no page chunks
    assert page_chunks(layout("1、加强组织领导", LONG + "。", "2、强化要素保障", LONG + "。", "3、严格督查考核", LONG + "。")) is None


def test_one_cut_chunk_is_not_enough():
    assert page_chunks(layout("1、" + LONG * 2 + "对企业给予", "2、奖励。（责任单位：市商务局）")) is None


def test_items_whose_owners_stand_on_a_line_of_their_own_are_no_chunks():
    # 1、…以上 / 责任单位：… : an item without a full stop whose field line follows it; a page chunk
    # runs straight on into the next chunk, with no paragraph between them
    assert page_chunks(layout("1、" + LONG * 2 + "年均增长百分之十以上", "责任单位：市商务局",
                              "2、" + LONG * 2 + "压缩至十五个工作日以内", "责任单位：市财政局",
                              "3、" + LONG + "。", "责任单位：市税务局")) is None

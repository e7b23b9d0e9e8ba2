"""Shapes of real published plans no test had read (tests/fixtures/unseen-pages/SOURCES.md), each
read right now where it was read wrong or refused: a row of a page's information table that alone
could open a sentence, a mirror site's pinyin glosses inside a label or after an item's numeral, a
heading that names the lead of every item under it."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.metadata import _info_rows
from tests.conftest import FIXTURES

PAGES = FIXTURES / "unseen-pages"


# --- an information table's row after another: 有效性 失效 -------------------------------------

def test_a_row_of_one_label_apart_from_its_value_after_a_row_is_no_part_of_the_title():
    # 有效性 失效 (one label, no colon, its value apart) was read as a line of the document and the
    # title began with it: 有效性失效金政发〔2021〕1号关于印发…的通知, with exit 0
    document = read_document(PAGES / "info-row-after-info-rows.txt")
    assert document.title == "金政发〔2021〕1号关于印发2021年金乡县政府重要工作事项责任分工的通知"
    assert (document.doc_no, document.issuer, str(document.date)) == ("金政发〔2021〕1号", "金乡县人民政府", "2021-02-10")
    assert [(m.number, m.responsibility, m.leader) for m in document.measures] == [
        (1, "县发展和改革局", "赵某某"), (2, "县发展和改革局、县住房和城乡建设局", "钱某某")]


def test_a_row_is_read_so_only_right_after_a_row_and_never_a_sentence():
    texts, rows = _info_rows(["索  引  号 jnsjxx/2021-00428 公开方式 主动公开", "有效性 失效", "关于印发某某方案的通知"])
    assert (texts, [[f.label for f in row] for row in rows]) == (
        ["关于印发某某方案的通知"], [["索  引  号", "公开方式"], ["有效性"]])
    # no row before it: a line of the document
    assert _info_rows(["有效性 失效", "关于印发某某方案的通知"]) == (["有效性 失效", "关于印发某某方案的通知"], [])
    # a sentence after a row stays one
    sentence = "时间 紧任务重，各单位要抓紧落实。"
    assert _info_rows(["索  引  号 jnsjxx/2021-00428", sentence])[0] == [sentence]

"""A document-sharing site's page chunks (1、 2、 3、 …, each cut mid-sentence where a page of the
original ended) are never read as items: where they hold the plan's own outline inline (a plan the site ran into one
line: 嘉兴's, prose-blind34; 沈阳's, one-line-copies35; tests/fixtures/plans/docsite-page-chunks.txt, the shape of a
文库 site's copy, SOURCES.md) they are joined back into that line and read, the document warned
``page_chunks_joined``; otherwise they are refused in one line rather than read into headings made of the words after
a page break and items whose owners stand in the next chunk."""

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.layout import Layout, Paragraph
from pilotplans.parsers.interpret.chunks import joined_page_chunks, page_chunks

LONG = "推进外贸新业态发展，支持企业建设海外仓，完善跨境电商公共服务平台功能，提升通关效率和物流配送能力，"  # 49 characters


def layout(*texts):
    return Layout(source="t.txt", format="text", blocks=tuple(Paragraph(t) for t in texts))


def test_chunks_cut_mid_sentence_are_found():
    found = page_chunks(layout("1、" + LONG * 2 + "全年新增面积达到2", "2、" + LONG * 2 + "对企业给予", "3、万平方米。（责任单位：市商务局）"))
    assert found == ("the text is a document-sharing site's page chunks (1、 to 3、, 2 of them cut mid-sentence where a "
                     "page ended): the document's lines and numbering are lost; read the original file")


def test_chunks_holding_no_outline_of_their_plan_are_refused_in_one_line(tmp_path):
    # a table run together (zhonglou's, tests/test_blind_task_tables.py) holds no 一、 or （一）: nothing tells its lines
    from pilotplans.ingest.pipeline import read_document

    page = tmp_path / "chunks.txt"
    page.write_text("\n".join(["1、" + LONG * 2 + "全年新增面积达到2", "2、" + LONG * 2 + "对企业给予",
                               "3、万平方米。（责任单位：市商务局）"]), "utf-8")
    with pytest.raises(NoTaskTable, match="page chunks \\(1、 to 3、, 2 of them cut mid-sentence"):
        read_document(page)


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


# -- a plan the site ran into one line: its page chunks are joined back into that line (joined_page_chunks)

HEADED = "为加快发展外贸新业态新模式，结合我市实际，制定本方案。一、总体要求到2025年，全市跨境电商交易额年均增长百分之十五以上，"


def test_chunks_of_a_plan_run_into_one_line_are_joined_back_into_it():
    joined, warning = joined_page_chunks(layout("《滨海市外贸方案.docx》由会员分享", "1、" + HEADED + LONG + "全年新增面积达到2",
                                                "2、万平方米。（责任单位：市商务局）"))
    assert [p.text for p in joined.paragraphs] == ["《滨海市外贸方案.docx》由会员分享",
                                                   HEADED + LONG + "全年新增面积达到2万平方米。（责任单位：市商务局）"]
    assert (warning.code, warning.message) == ("page_chunks_joined", "a document site's copy printing the plan in one "
                                               "line cut into page chunks (1、 to 2、): the page markers were left out "
                                               "and each page joined to the next")


def test_the_synthetic_copy_cut_twice_is_read_with_its_owners():
    from pilotplans.ingest.pipeline import read_document
    from tests.conftest import FIXTURES

    document = read_document(FIXTURES / "plans" / "docsite-page-chunks.txt")
    assert [(m.number, m.heading_path, m.responsibility) for m in document.measures] == [
        (1, ["重点任务", "培育市场主体"], "市商务局、市财政局"), (2, ["重点任务", "培育市场主体"], "市商务局"),
        (3, ["重点任务", "完善配套服务"], "市商务局、市交通运输局"), (4, ["重点任务", "完善配套服务"], "滨海海关")]
    assert document.measures[2].text.endswith("全年新增公共海外仓面积达到2万平方米。")  # the page cut inside 2万
    assert "page_chunks_joined" in [w.code for w in document.warnings]


def test_jiaxings_one_line_copy_reads_its_first_measure_led_by_the_first_listed_body():
    from pilotplans.ingest.pipeline import read_document
    from tests.conftest import FIXTURES

    document = read_document(next((FIXTURES / "prose-blind34").glob("jiaxing-2023-*.txt")))
    first = document.measures[0]
    assert (first.number, first.heading_path) == (1, ["加强民营经济资源要素支持"])
    assert first.text.startswith("强化财税政策保障。")
    assert "为农户、小微企业及个体工商户提供融资担保" in first.text  # joined across the page marker 2、
    assert [(d.raw, d.role) for d in first.departments] == [
        ("市税务局", "lead"), ("市财政局", "carry_out"), ("市科技局", "carry_out"), ("市人力社保局", "carry_out"),
        ("市退役军人事务局", "carry_out"), ("各县市、区政府", "carry_out")]


def test_shenyangs_copy_cut_inside_a_figure_is_joined_and_refused_as_holding_no_measure():
    # one-line-copies35: 一、总体要求 (一)指导思想 (二)总体目标, no measure before the corpus cut it
    from pilotplans.ingest.pipeline import read_layout
    from tests.conftest import FIXTURES

    page = next((FIXTURES / "one-line-copies35").glob("shenyang-2023-*.txt"))
    joined, _ = joined_page_chunks(read_layout(page.read_bytes(), str(page)))
    assert "全市服务业增加值占GDP比重达到60%左右;新设服务业外商投资企业" in joined.paragraphs[1].text
    with pytest.raises(NoTaskTable, match="no task table or task list found \\(no header row"):
        from pilotplans.ingest.pipeline import read_document
        read_document(page)


@pytest.mark.parametrize("name", ["prose-blind34/tongwei-2024-*.txt", "one-line-copies35/zhejiang-2009-*.txt"])
def test_a_one_line_page_printing_no_page_markers_is_left_as_it_is(name):
    from pilotplans.ingest.pipeline import read_layout
    from tests.conftest import FIXTURES

    folder, pattern = name.split("/")
    page = next((FIXTURES / folder).glob(pattern))
    assert joined_page_chunks(read_layout(page.read_bytes(), str(page))) is None


def test_a_news_storys_numbered_sentences_are_no_chunks_to_join():
    assert joined_page_chunks(layout("1、" + HEADED + LONG + "。", "2、" + LONG + "。", "3、" + LONG + "。")) is None


def test_a_list_item_running_on_into_the_next_holding_no_heading_is_no_chunk_to_join():
    assert joined_page_chunks(layout("1、" + LONG * 2 + "对企业给予", "2、奖励。（责任单位：市商务局）")) is None


def test_a_list_item_holding_its_own_sub_items_is_no_chunk_to_join():
    # （1） nests under 1、: an item's own points, not the plan's outline
    assert joined_page_chunks(layout("1、" + LONG + "。（1）" + LONG + "对企业给予", "2、奖励。（责任单位：市商务局）")) is None


def test_chunks_with_a_paragraph_between_them_are_not_joined():
    assert joined_page_chunks(layout("1、" + HEADED + LONG + "对企业给予", "责任单位：市商务局",
                                     "2、奖励。（责任单位：市商务局）")) is None


def test_an_item_listing_its_own_points_by_cn_parens_is_no_chunk_to_join():
    # a county's list numbering 1、 over （一）, its first item running on into the second (review of mend35)
    assert joined_page_chunks(layout("1、" + LONG * 2 + "全面落实", "2、条例各项规定。（一）对新设立企业免费刻制公章；"
                                     "（二）对首次申领发票的企业免费发放税控设备。（责任单位：市税务局）")) is None


def test_a_plans_parts_listed_after_a_colon_are_no_outline_to_join_by():
    # an answer or a meeting's item naming the plan's parts: 一、 after a colon opens no sentence of the plan's
    assert joined_page_chunks(layout("1、问：方案的结构如何？答：" + LONG + "方案共分为四个部分：一、总体要求，二、重点任务，"
                                     "三、政策措施，四、保障措施", "2、问：方案的目标是什么？答：" + LONG + "。")) is None


def test_a_task_list_numbering_1_over_cn_parens_is_read_as_its_items(tmp_path):
    from pilotplans.ingest.pipeline import read_document

    page = tmp_path / "list.txt"
    page.write_text("\n".join([
        "滨海市2024年优化营商环境重点任务清单",
        "1、" + LONG * 2 + "全面落实",
        "2、条例各项规定。（一）对新设立企业免费刻制公章；（二）对首次申领发票的企业免费发放税控设备。（责任单位：市税务局）",
        "3、优化工程建设项目审批流程，将审批时间压缩至60个工作日以内。（责任单位：市住建局）"]), "utf-8")
    document = read_document(page)
    assert [(m.number, m.responsibility) for m in document.measures][-1] == (3, "市住建局")
    assert "page_chunks_joined" not in [w.code for w in document.warnings]

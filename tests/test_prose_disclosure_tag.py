"""The disclosure tag a government prints alone over its notice (主动公开, 依申请公开, 不予公开: a
notice's 公开属性 under the disclosure regulations) is no line of the notice's title. It ended like
nothing, so it was read as the title's first line, and the issuer and place read from the title took
it too (主动公开房县人民政府办公室, place 主动公开房县) — silently
(tests/fixtures/prose-shapes/disclosure-tag-over-notice.txt)."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.metadata import _title
from tests.conftest import FIXTURES

TAGGED = FIXTURES / "prose-shapes" / "disclosure-tag-over-notice.txt"
TITLE = "房县人民政府办公室关于印发房县推进跨境电子商务发展实施方案的通知"


def test_a_disclosure_tag_alone_over_the_notice_is_no_part_of_its_title():
    document = read_document(TAGGED)
    assert (document.title, document.issuer, document.region, document.doc_no) == (
        TITLE, "房县人民政府办公室", "房县", "房政办发〔2023〕12号")


def test_the_plan_under_the_tagged_notice_is_read_as_before():
    document = read_document(TAGGED)
    assert document.tables[0].title == "房县推进跨境电子商务发展实施方案"
    assert [(m.number, [(d.raw, d.role) for d in m.departments]) for m in document.measures] == [
        (1, [("县商务局", "lead"), ("县财政局", "carry_out"), ("各乡镇人民政府", "carry_out")]),
        (2, [("县经济开发区管委会", "lead"), ("县自然资源局", "carry_out")]),
    ]


def test_each_disclosure_tag_in_any_bracket_is_skipped():
    for tag in ("主动公开", "依申请公开", "不予公开", "【主动公开】", "（主动公开）"):
        assert _title([tag, TITLE]) == TITLE


def test_a_title_about_disclosure_keeps_its_words():
    # the tag's words opening or inside a title are the title's own
    assert _title(["关于做好政府信息主动公开工作的通知"]) == "关于做好政府信息主动公开工作的通知"
    assert _title(["主动公开事项标准目录编制工作方案"]) == "主动公开事项标准目录编制工作方案"


# --- the tag printed on the 文号's own line (tests/fixtures/prose-shapes/disclosure-tag-beside-number.txt)

BESIDE = FIXTURES / "prose-shapes" / "disclosure-tag-beside-number.txt"


def test_a_disclosure_tag_beside_the_number_leaves_the_number_read():
    # was: doc_no None — the line 荆政办发〔2023〕5号 主动公开 was no 文号 line, silently
    document = read_document(BESIDE)
    assert (document.title, document.doc_no, document.issuer, document.region, document.date.isoformat()) == (
        "荆州市人民政府办公室关于印发荆州市推进服务业扩大开放实施方案的通知", "荆政办发〔2023〕5号",
        "荆州市人民政府办公室", "荆州", "2023-05-08")
    assert document.tables[0].title == "荆州市推进服务业扩大开放实施方案"


def test_the_number_is_read_whichever_side_of_it_the_tag_stands():
    from pilotplans.parsers.metadata import number_line

    for line in ("荆政办发〔2023〕5号 主动公开", "主动公开 荆政办发〔2023〕5号", "【主动公开】荆政办发〔2023〕5号",
                 "荆政办发〔2023〕5号　依申请公开", "荆政办发〔2023〕5号（不予公开）"):
        assert number_line(line) == "荆政办发〔2023〕5号", line


def test_a_line_holding_a_number_and_other_words_is_no_number_line():
    from pilotplans.parsers.metadata import number_line

    # quiet: a sentence citing a number, or a number followed by a title, is not the notice's 文号 line
    assert number_line("荆政办发〔2023〕5号") == "荆政办发〔2023〕5号"
    assert number_line("依据荆政办发〔2023〕5号文件精神") is None
    assert number_line("荆政办发〔2023〕5号 荆州市人民政府办公室关于印发…的通知") is None


# --- the tagged number line over a task list printing no title of its own
# (tests/fixtures/prose-shapes/disclosure-tag-beside-number-notice-list.txt)

NOTICE_LIST = FIXTURES / "prose-shapes" / "disclosure-tag-beside-number-notice-list.txt"


def test_a_tagged_number_line_is_never_the_title_of_the_list_under_it():
    # the notice is the list: its title is the list's, past the 文号 line; read as no number line, the
    # list took `荆政办发〔2023〕6号 主动公开` as its title (the task-list reader's own check; no test held it)
    document = read_document(NOTICE_LIST)
    assert [table.title for table in document.tables] == [
        "荆州市人民政府办公室关于做好2023年服务业扩大开放重点工作的通知"]
    assert (document.doc_no, len(document.measures)) == ("荆政办发〔2023〕6号", 2)

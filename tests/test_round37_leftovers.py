"""Round 37's reading leftovers (stop 58, mend38).

The 2023 campaign's copy on a document site (tests/fixtures/prose-blind37, town-2023): a converter broke an owners'
label with a wrap space (``(牵 头单位:乡村振兴办责任单位:…``). The label is read where it is certain (right before its
colon, the characters around the space one owners' label whole, fields.close_label_gaps). The page's item 3 also
leaves its owners' bracket open where item 4 runs on (``…规建办、各村(社区)4 .对主次干道…``): a rule reading an open
bracket as the item's tail was tried and taken back — an item's owners wrapped over lines (``（牵头单位：市发改委、`` /
``市商务局；配合单位：市财政局）``, prose-shapes; 石家庄's and 烟台's PDF extractions) open their bracket on one line
and close it on the next, and the line reader asks for the tail line by line, so the first line's half list was read
as the whole (the fixture comparison caught it). The near misses that caught it are tests here. Near misses are
written. mend40 reads the open bracket where the lesson allows (tests/test_round39_leftovers.py): up to the next
item's number run on after its last name on the same line, or to a line ending on a name before a line opening the
next item.
"""

from __future__ import annotations

import pytest

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret.fields import close_label_gaps
from tests.conftest import FIXTURES

TOWN_2023 = FIXTURES / "prose-blind37" / (
    "town-2023-subdistrict-hundred-day-campaign-document-site-page-breaks-lead-responsible-run-together-cut.txt")


WRAPPED = FIXTURES / "prose-shapes" / "owner-lists-wrapped-over-lines.txt"


def test_the_broken_label_is_read_and_the_open_bracket_up_to_the_next_item():
    # item 3's bracket, left open where item 4 runs on, is read up to item 4's number (mend40: only where the next
    # item's number follows the last name on the same line, never a line's half list); item 4 is its own measure
    measures = read_document(TOWN_2023).measures
    assert [m.number for m in measures] == [1, 2, 3, 4]
    assert [(d.raw, d.role) for d in measures[2].departments] == [
        ("乡村振兴办", "lead"), ("规建办", "carry_out"), ("各村(社区)", "carry_out")]


def test_owners_wrapped_over_two_lines_are_read_whole():
    # quiet: the bracket opened on one line and closed on the next is one list, never the first line's half
    first = read_document(WRAPPED).measures[0]
    assert (first.responsibility, first.cooperating) == ("市发改委、市商务局", "市财政局")


@pytest.mark.parametrize(("printed", "read"), [
    ("牵 头单位:乡村振兴办", "牵头单位:乡村振兴办"),
    ("责任 单位：规建办", "责任单位：规建办"),
    ("牵头单位:乡村振兴办责任 单位:规建办", "牵头单位:乡村振兴办责任单位:规建办"),
])
def test_a_label_broken_by_a_wrap_space_before_its_colon_is_joined(printed, read):
    assert close_label_gaps(printed) == read


@pytest.mark.parametrize("printed", [
    "综合 执法分局、派出所",  # a body's name broken by a wrap space: no label, no colon
    "加强 管理:每月报送",  # words before a colon that make no label
    "各责任 单位要加强协作",  # the label's words in a sentence, no colon after them
    "牵 头 单位:X",  # two spaces: no one wrap space
    # the label's words closing a sentence's run (review r_mend38: joined, the sentence read as a label and its
    # rest as owners)
    "请各街道确定责任 单位:报区政府",
    "市发改委牵头 单位：各区",
    "各区要明确本区的牵 头单位:于3月底前报市发改委",
    "牵头单位:区发改委、请各街道确定责任 单位:报区政府",  # after a list, not right after a label's colon
])
def test_a_space_that_breaks_no_label_stays(printed):
    assert close_label_gaps(printed) == printed


def test_a_sentence_ending_in_a_broken_label_s_words_names_no_owner():
    # review r_mend38: the join made 请各街道确定责任单位 a label and 报区政府 its body
    from pilotplans.parsers.interpret.fields import read_bracket_content

    fields = read_bracket_content("请各街道确定责任 单位:报区政府")
    assert [(s.label, s.text) for s in fields.segments] == [(None, "请各街道确定责任 单位:报区政府")]


# --- the words of a read table's checks, data (table_words.toml) -----------------------------------------------------

def test_the_dated_pattern_built_from_the_data_file_is_the_one_the_code_held():
    from pilotplans.parsers.interpret.table_words import table_words

    assert table_words().dated == "[0-9０-９]|月|季度|年底|年内|年前|年中"


def test_the_period_pattern_read_from_the_data_file_is_the_one_the_code_held():
    from pilotplans.parsers.interpret.table_words import table_words

    assert table_words().period == (
        r"(?:(?:(?:19|20)\d{2}\s*[—–~～至-]\s*)?(?:19|20)\d{2}年度?|(?:(?:19|20)\d{2}年)?\d{1,2}月份?)$")


def test_the_clause_marks_read_from_the_data_file_are_the_ones_the_code_held():
    from pilotplans.parsers.interpret.table_words import table_words

    assert table_words().clause_marks == "，,。；;：:！？!?"


def test_a_table_words_file_missing_a_key_is_refused_in_one_line():
    from pilotplans.errors import PilotplansError
    from pilotplans.parsers.interpret.table_words import table_words_of

    with pytest.raises(PilotplansError, match=r"^pilotplans/data/table_words\.toml: .*period") as raised:
        table_words_of('dated_words = ["月"]\nclause_marks = "，"\n')
    assert "\n" not in str(raised.value)


def test_a_table_words_file_s_pattern_that_does_not_compile_is_refused_in_one_line():
    from pilotplans.errors import PilotplansError
    from pilotplans.parsers.interpret.table_words import table_words_of

    with pytest.raises(PilotplansError, match=r"^pilotplans/data/table_words\.toml: .*period"):
        table_words_of('dated_words = ["月"]\nperiod = "(?:年"\nclause_marks = "，"\n')


# --- a text part inside a .docx keeps its printed colon (review r_mend37) --------------------------------------------

def _weihai_printed_with(colon: str) -> str:
    from tests.test_round36_leftovers import WEIHAI

    text = WEIHAI.read_text("utf-8")
    return "".join(colon if c in ":：" and not (text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()) else c
                   for i, c in enumerate(text))


def _docx_with_text_part(text: str, tmp_path):
    import docx

    from tests.test_read_docx import with_chunk

    document = docx.Document()
    document.add_paragraph("附件")
    page = tmp_path / "chunk.docx"
    page.write_bytes(with_chunk(document, text.encode("utf-8"), "text/plain", "afchunk.txt"))
    return read_document(page)


def test_a_text_part_inside_a_docx_keeps_the_look_alike_colon_it_printed(tmp_path):
    # 威海's page (prose-blind10) printed with ∶, embedded as a .docx's text part: main read it folded and kept ：
    first = _docx_with_text_part(_weihai_printed_with("∶"), tmp_path).measures[0]
    assert first.responsibility == ("牵头单位∶市行政审批服务局;责任单位∶市直有关部门、单位,各区市政府、开发区管委。"
                                    "以下任务均需各区市政府、开发区管委落实,不再一一列出")


def test_a_text_part_s_look_alike_colon_is_still_read_as_a_label_s(tmp_path):
    first = _docx_with_text_part(_weihai_printed_with("∶"), tmp_path).measures[0]
    assert [(d.raw, d.role) for d in first.departments][:2] == [("市行政审批服务局", "lead"), ("市直有关部门、单位", "carry_out")]


def test_a_text_part_printing_the_colon_itself_keeps_it(tmp_path):
    # quiet: the page's own ： stays ：
    first = _docx_with_text_part(_weihai_printed_with("："), tmp_path).measures[0]
    assert first.responsibility.startswith("牵头单位：市行政审批服务局;责任单位：市直有关部门")

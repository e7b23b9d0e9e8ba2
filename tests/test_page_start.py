"""A page starting inside an item it does not hold (pilotplans/parsers/interpret/page_start.py): a site's snippet cut
from the middle of a plan opens with the tail of the item before its first numbered one. That tail is reported in a
``page_starts_inside_item`` warning quoting it, never dropped silently nor read as the list's title. The shapes are
written here: no page the `search` tool's corpus stores opens so (its pages are stored from their beginning)."""

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret.page_start import opens_inside_item

_ITEMS = ("2.持续深化相对集中行政许可权改革。依托行政许可事项清单，全面梳理规范改革事项划转目录。"
          "（市政府办公室牵头，各县市区政府按职责分工负责）\n"
          "3.全面推行证明事项告知承诺制。编制公布证明事项告知承诺制事项目录。（市司法局牵头，市级各有关部门按职责分工负责）\n")


def _read(tmp_path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, "utf-8")
    return read_document(path)


def _starts_inside(document) -> list[str]:
    return [w.message for w in document.warnings if w.code == "page_starts_inside_item"]


def test_a_page_opening_with_the_tail_of_a_name_in_a_bracket_is_warned_and_the_tail_is_no_title(tmp_path):
    # 府按职责分工负责） closes a bracket the page never opened: it was read as the list's title, silently
    document = _read(tmp_path, "府按职责分工负责）\n" + _ITEMS)
    assert _starts_inside(document) == [
        "the page starts inside an item it does not hold: its first line `府按职责分工负责）` goes on from text before "
        "the page (the owners or end of an item cut off), read as no measure and no title — find the whole plan to "
        "read that item"]
    assert document.tables[0].title is None
    assert [m.number for m in document.measures] == [2, 3]


def test_a_page_opening_with_a_mark_going_on_from_a_clause_is_warned(tmp_path):
    document = _read(tmp_path, "、市财政局按职责分工负责）\n" + _ITEMS)
    assert len(_starts_inside(document)) == 1
    assert "`、市财政局按职责分工负责）`" in _starts_inside(document)[0]


def test_a_page_opening_with_its_title_is_not_warned(tmp_path):
    document = _read(tmp_path, "某市深化“放管服”改革优化营商环境工作方案\n" + _ITEMS)
    assert _starts_inside(document) == []
    assert document.tables[0].title == "某市深化“放管服”改革优化营商环境工作方案"


def test_brackets_a_line_opens_and_closes_are_no_fragment():
    assert not opens_inside_item("为深化“放管服”改革（以下简称改革），制定本方案。")
    assert not opens_inside_item("（此件公开发布）")
    assert opens_inside_item("府按职责分工负责）")
    assert opens_inside_item("ment of the plan")


def test_a_lower_case_letter_opening_a_site_address_or_a_title_is_no_fragment(tmp_path):
    # a site's address printed at the top of the page, or a title opening with a lower-case letter, was warned and
    # the title dropped: a word going on from a clause has a space or a mark after it (ment of the plan)
    assert not opens_inside_item("www.example.gov.cn")
    assert not opens_inside_item("http://www.example.gov.cn/zwgk/2021.html")
    document = _read(tmp_path, "e政务服务改革工作方案\n" + _ITEMS)
    assert _starts_inside(document) == []
    assert document.tables[0].title == "e政务服务改革工作方案"


def test_a_title_typing_its_opening_quote_as_a_closing_one_is_no_fragment(tmp_path):
    # ”放管服”改革工作方案: a site typing ” for both marks; the title was dropped and the page warned
    document = _read(tmp_path, "”放管服”改革工作方案\n" + _ITEMS)
    assert _starts_inside(document) == []
    assert document.tables[0].title == "”放管服”改革工作方案"
    assert opens_inside_item("”专项行动。（市商务局负责）")


def test_a_title_mixing_a_brackets_widths_is_no_fragment(tmp_path):
    # 工作方案(试行）: a half-width opener closed by a full-width closer, as sites type it; it closed a bracket "never
    # opened", and the title was dropped
    assert not opens_inside_item("某市深化改革工作方案（试行)")
    document = _read(tmp_path, "某市深化改革工作方案(试行）\n" + _ITEMS)
    assert _starts_inside(document) == []
    assert document.tables[0].title == "某市深化改革工作方案(试行）"

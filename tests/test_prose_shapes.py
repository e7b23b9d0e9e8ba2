"""Shapes of prose task lists that real local plans print, each read as the plan means it
(tests/fixtures/prose-shapes/): a title printed on a line of its own under a number standing alone,
and the further shapes listed in tests/fixtures/prose-shapes/SOURCES.md."""

from __future__ import annotations

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.ingest.pipeline import read_document
from tests.conftest import FIXTURES

SHAPES = FIXTURES / "prose-shapes"


def _read(tmp_path, text: str, name: str = "plan.txt"):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return read_document(path)


# --- a title line under a number standing alone ------------------------------------------------

def test_a_title_line_under_a_number_alone_stays_apart_from_the_item_s_paragraph():
    # 1. / 加快数字贸易发展 / 支持企业…。（责任单位：…）: the title ran into the sentence
    # (加快数字贸易发展支持企业…), read as one; it is kept apart by a line break, as a run-in title
    # （一）加快…。 is by its full stop, and the item's third wraps at the page's width: no title
    for name in ("title-line-under-number.txt", "title-line-under-number.html"):
        document = read_document(SHAPES / name)
        assert [(m.number_raw, m.heading_title, m.text, m.responsibility) for m in document.measures] == [
            ("1.", "重点任务", "加快数字贸易发展\n支持企业开展数字服务出口，培育数字贸易龙头企业"
             + ("，打造数字贸易示范区。" if name.endswith("txt") else "。"), "市商务局"),
            ("2.", "重点任务", "推动技术贸易创新\n完善技术进出口服务体系，建设技术交易平台"
             + ("，促进技术成果转化。" if name.endswith("txt") else "。"), "市科技局"),
            ("3.", "重点任务", "扩大服务业对外开放推动服务外包向高端发展引进一批国际知名服务企业。"
             if name.endswith("txt") else "扩大服务业对外开放，推动服务外包向高端发展，引进一批国际知名服务企业。",
             "市发展改革委")]


def test_a_sentence_s_first_line_wrapped_under_a_number_alone_runs_on(tmp_path):
    # every item's first line as wide as the page: wrapped sentences, no titles
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n"
                     "1.\n加快推进跨境电子商务综合试验区建设和外贸转型\n升级基地培育。（责任单位：市商务局）\n"
                     "2.\n完善技术进出口服务体系建设国家技术转移区域中\n心。（责任单位：市科技局）\n")
    assert [m.text for m in document.measures] == [
        "加快推进跨境电子商务综合试验区建设和外贸转型升级基地培育。", "完善技术进出口服务体系建设国家技术转移区域中心。"]


def test_a_short_line_under_a_number_alone_with_only_a_bracket_after_it_is_the_item_s_text(tmp_path):
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n1.\n加快数字贸易发展\n（责任单位：市商务局）\n"
                     "2.\n推动技术贸易创新\n（责任单位：市科技局）\n")
    assert [(m.text, m.responsibility) for m in document.measures] == [
        ("加快数字贸易发展", "市商务局"), ("推动技术贸易创新", "市科技局")]


# --- a page mixing garbled and clean lines ---------------------------------------------------------

def test_lines_of_utf8_shown_as_another_codepage_among_clean_ones_are_warned_by_record_and_line():
    # items 2 and 4 shown as Windows-1252 (å®Œå–„…) or GBK (瀹屽杽…) among clean lines: read with the
    # garbage as their text and nothing said but responsibility_missing
    for name, kind, where in (("partly-utf8-shown-as-latin.txt", "Windows-1252/Latin-1", "line 4, line 6"),
                              ("partly-utf8-shown-as-latin.html", "Windows-1252/Latin-1", "paragraph 4, paragraph 6"),
                              ("partly-utf8-shown-as-gbk.txt", "GBK", "line 4, line 6")):
        document = read_document(SHAPES / name)
        assert [(m.number, [w.message for w in m.warnings if w.code == "mojibake"]) for m in document.measures] == [
            (1, []), (2, [f"text shows Chinese text in UTF-8 as {kind} characters (mojibake), not mended"]),
            (3, []), (4, [f"text shows Chinese text in UTF-8 as {kind} characters (mojibake), not mended"])]
        assert [w.message for w in document.warnings if w.code == "mojibake"] == [
            f"2 lines ({where}) show Chinese text in UTF-8 as {kind} characters (mojibake), the rest is clean: "
            f"not mended; save the page again in its own encoding"]
        assert [m.responsibility for m in document.measures][::2] == ["市商务局", "市发展改革委"]


def test_clean_chinese_traditional_characters_and_a_quoted_example_are_no_mojibake(tmp_path):
    from pilotplans.ingest.detect import garbled_as

    assert garbled_as("1.支持企业开展数字服务出口，培育数字贸易龙头企业。（责任单位：市商务局）") is None
    assert garbled_as("健全政務誠信記錄，實施失信懲戒。（責任單位：市發展改革委）") is None
    assert garbled_as("页面乱码示例：ä¸­ 即“中”，é 即“é”。") is None  # one lead and two, quoted
    assert garbled_as("The café’s terrace — André’s résumé “é” comité—la société") is None
    shown = "完善技术进出口服务".encode("utf-8")
    assert garbled_as(shown.decode("gbk", errors="replace")) == "GBK"  # 瀹屽杽鎶�鏈�杩涘嚭鍙ｆ湇鍔�
    assert garbled_as(shown.decode("cp1252", errors="ignore")) == "Windows-1252/Latin-1"  # å®Œå–„æŠ€æœ¯è¿›…
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n"
                     "1.规范网页编码，消除“ä¸­”一类乱码。（责任单位：市大数据局）\n2.健全政務誠信記錄。（责任单位：市发展改革委）\n")
    assert [w.code for m in document.measures for w in m.warnings if w.code == "mojibake"] == []
    assert [w.code for w in document.warnings if w.code == "mojibake"] == []


def test_each_line_of_real_mojibake_and_of_clean_text_is_told_apart_by_its_characters():
    # tests/fixtures/mojibake/lines.tsv: lines of public files showing UTF-8 as GBK (鍙戝睍 for 发展) or as
    # Windows-1252 (å‘å±• for 发展), and clean lines (the seeds, traditional characters, French, a quoted
    # example, a field's number or code in ASCII, which is decided without reading any character back)
    from pilotplans.ingest.detect import garbled_as

    rows = [line.split("\t", 1) for line in (FIXTURES / "mojibake" / "lines.tsv").read_text("utf-8").splitlines()]
    assert [(kind, garbled_as(text) or "clean") for kind, text in rows] == [(kind, kind) for kind, _ in rows]
    assert [kind for kind, _ in rows].count("clean") == 11 and len(rows) == 18


def test_a_run_read_back_from_gbk_is_mojibake_up_to_as_many_undecodable_characters_as_chinese_ones():
    from pilotplans.ingest.detect import garbled_as

    # 发展改革 in UTF-8 shown as GBK, then 丂 (81 40: undecodable, then @) four and five times
    shown = "发展改革".encode("utf-8")
    assert garbled_as((shown + b"\x81\x40" * 4).decode("gbk")) == "GBK"  # 4 Chinese, 4 undecodable
    assert garbled_as((shown + b"\x81\x40" * 5).decode("gbk")) is None  # 4 Chinese, 5 undecodable
    assert garbled_as((shown[:9] + b"A").decode("gbk")) == "GBK"  # 鍙戝睍鏀笰: 发展改A, three, the least
    assert garbled_as((shown[:6] + b"\x81\x40").decode("gbk")) is None  # 鍙戝睍丂: 发展, two



def test_a_run_whose_rest_is_just_three_chinese_characters_as_many_as_its_undecodable_ones_is_read_back():
    # the runs not counted are those whose characters other than undecodable ones are fewer than three or
    # than the undecodable ones: at exactly three, as many as them, the Chinese characters are counted
    from pilotplans.ingest.detect import garbled_as

    shown = "发展改".encode("utf-8") + b"\xe5"  # a lead byte cut off: undecodable
    assert garbled_as(shown.decode("gbk")) == "GBK"  # 鍙戝睍鏀瑰: 发展改 and one undecodable
    assert garbled_as((shown + b"\xe5\xa1" * 2).decode("gbk")) == "GBK"  # 鍙戝睍鏀瑰濉濉: three and three
    assert garbled_as((shown + b"\xe5\xa1" * 3).decode("gbk")) is None  # three and four


def test_mojibake_of_chinese_characters_of_each_lead_byte_alone_is_windows_1252():
    # UTF-8 leads 0xE4–0xE9 show as ä å æ ç è é: 中会作 (U+4xxx) … 金门部 (U+9xxx), each shown with one
    # lead only, are found whichever it is; words with each of those letters and no continuation are none
    from pilotplans.ingest.detect import garbled_as

    shown = ["ä¸\xadä¼šä½œ", "å±•åŠ¡åŒº", "æ”¿æ–°æ–½", "ç®¡çŸ¥ç»Ÿ", "è´¸è¯•è®¾", "é‡‘é—¨éƒ¨"]
    assert [garbled_as(f"第1条 {text} 10%") for text in shown] == ["Windows-1252/Latin-1"] * 6
    assert [text.encode("cp1252").decode("utf-8") for text in shown] == ["中会作", "展务区", "政新施", "管知统", "贸试设", "金门部"]
    assert garbled_as("Mädchen, Åland, Æsop, garçon, très, café") is None

# --- a notice's numbered paragraphs, then the plan's items ------------------------------------------

def test_items_after_a_notice_s_numbered_paragraphs_on_a_web_page_stand_under_no_heading():
    document = read_document(SHAPES / "notice-paragraphs-then-items.html")
    assert document.tables[0].headings == []
    assert [(m.number, m.heading_title, m.responsibility, [w.code for w in m.warnings if w.code == "heading_is_notice_paragraph"])
            for m in document.measures] == [
        (1, None, "市发展改革委", ["heading_is_notice_paragraph"]),
        (2, None, "市工业和信息化局", ["heading_is_notice_paragraph"])]


# --- field lines after the items of an outermost heading -------------------------------------------

def test_field_lines_after_the_items_of_an_outermost_heading_close_each_item_as_a_bracket_alone_does(tmp_path):
    # 一、重点任务 / 1. 2. 3. / 责任单位：市商务局: the heading was read as one measure whose text ran its
    # title and its items together (重点任务1.支持…2.完善…3.培育…), the next heading's item warned items_skipped
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n1.支持企业开展数字服务出口。\n"
                     "2.完善技术进出口服务体系。\n3.培育服务外包示范园区。\n责任单位：市商务局\n二、保障措施\n"
                     "4.加强资金保障。（责任单位：市财政局）\n")
    assert [(m.number_raw, m.heading_title, m.text, m.responsibility,
             [w.message for w in m.warnings if w.code in ("responsibility_on_heading", "items_skipped")])
            for m in document.measures] == [
        (f"{n}.", "重点任务", text, "市商务局", ["the responsibility (市商务局) is printed after the items of the heading "
                                              "一、重点任务, whose items print none"])
        for n, text in ((1, "支持企业开展数字服务出口。"), (2, "完善技术进出口服务体系。"), (3, "培育服务外包示范园区。"))
    ] + [("4.", "保障措施", "加强资金保障。", "市财政局", [])]


def test_field_lines_after_the_sub_items_of_a_numbered_measure_stay_that_measure_s(tmp_path):
    # 1.完善应急预案体系 / （1）（2） / 责任单位：…: the sub-items are the measure's text, as before
    document = _read(tmp_path, "某市应急管理工作方案\n一、重点任务\n1.完善应急预案体系\n（1）修订总体应急预案。\n"
                     "（2）完善专项应急预案。\n责任单位：市应急局\n2.加强队伍建设。（责任单位：市消防救援支队）\n")
    assert [(m.number_raw, m.text, m.responsibility, [w.code for w in m.warnings if w.code.startswith("responsibility")])
            for m in document.measures] == [
        ("1.", "完善应急预案体系（1）修订总体应急预案。（2）完善专项应急预案。", "市应急局", []),
        ("2.", "加强队伍建设。", "市消防救援支队", [])]


# --- field lines after a measure's deepest sub-item ------------------------------------------------

def test_field_lines_after_a_measure_s_deepest_sub_item_are_the_measure_s_when_its_siblings_stand_alone(tmp_path):
    # 1.… / （1） / （2） / ①…；②… / 责任单位：X / 2.…（责任单位：Y）: 1. and （2） were read as headings over
    # ① alone, its text 引进龙头企业；②扶持中小企业。, and （1）建设数字贸易平台 was dropped with nothing said
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n（一）扩大服务业开放\n1.推进数字贸易发展。\n"
                     "（1）建设数字贸易平台。\n（2）培育数字服务企业。\n①引进龙头企业；②扶持中小企业。\n"
                     "责任单位：市商务局、市科技局\n2.发展技术贸易。（责任单位：市科技局）\n")
    assert [(h.number_raw, h.title) for h in document.tables[0].headings] == [("一、", "重点任务"), ("（一）", "扩大服务业开放")]
    assert [(m.number_raw, m.heading_title, m.text, m.responsibility) for m in document.measures] == [
        ("1.", "扩大服务业开放", "推进数字贸易发展。（1）建设数字贸易平台。（2）培育数字服务企业。①引进龙头企业；②扶持中小企业。",
         "市商务局、市科技局"),
        ("2.", "扩大服务业开放", "发展技术贸易。", "市科技局")]


def test_a_deepest_sub_item_s_own_bracket_or_siblings_that_are_headings_keep_the_reading(tmp_path):
    # the bracket closes ①'s own line: ① is a measure of its own, its heading （2）
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n1.推进数字贸易发展。\n（1）建设数字贸易平台。\n"
                     "（2）培育数字服务企业。\n①引进龙头企业。（责任单位：市商务局）\n2.发展技术贸易。（责任单位：市科技局）\n")
    assert [(m.number_raw, m.heading_title, m.text) for m in document.measures] == [
        ("①", "培育数字服务企业", "引进龙头企业。"), ("2.", "重点任务", "发展技术贸易。")]
    # no sibling of 1.'s style stands alone: the field lines stay ①'s
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n1.推进数字贸易发展。\n（1）建设数字贸易平台。\n"
                     "（2）培育数字服务企业。\n①引进龙头企业。\n责任单位：市商务局\n2.发展技术贸易。\n（1）建设技术交易平台。"
                     "（责任单位：市科技局）\n", "other.txt")
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == [
        ("①", "引进龙头企业。", "市商务局"), ("（1）", "建设技术交易平台。", "市科技局")]


# --- a figure in brackets by a slip after measures numbered 1. 2. ----------------------------------

def test_a_bracketed_figure_next_after_a_measure_its_bracket_ended_is_its_sibling(tmp_path):
    # １．…（…） ２．…（…） （３）…（…）: ２． was read as a heading (its own owners warned on the document
    # only) over （３）, warned number_gap
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n１．支持企业开展数字服务出口。（责任单位：市商务局）\n"
                     "２．完善技术进出口服务体系。（责任单位：市科技局）\n（３）培育服务外包示范园区。（责任单位：市发展改革委）\n")
    assert [(m.number_raw, m.number, m.heading_title, m.responsibility, [w.code for w in m.warnings if not w.code.startswith("department")])
            for m in document.measures] == [
        ("１．", 1, "重点任务", "市商务局", []), ("２．", 2, "重点任务", "市科技局", []), ("（３）", 3, "重点任务", "市发展改革委", [])]
    assert [h.title for h in document.tables[0].headings] == ["重点任务"]


def test_bracketed_figures_opening_a_sub_list_or_under_an_open_item_stay_its_sub_items(tmp_path):
    # （1） under a measure: its sub-list; （3） under 2. whose text goes on (no bracket yet): its sub-item
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n1.支持企业开展数字服务出口。（责任单位：市商务局）\n"
                     "2.完善技术进出口服务体系：\n（1）建设技术交易平台。\n（2）培育技术经纪人。（责任单位：市科技局）\n")
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == [
        ("1.", "支持企业开展数字服务出口。", "市商务局"),
        ("2.", "完善技术进出口服务体系：（1）建设技术交易平台。（2）培育技术经纪人。", "市科技局")]
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n1.支持企业开展数字服务出口。（责任单位：市商务局）\n"
                     "2.完善技术进出口服务体系\n（3）建设技术交易平台。（责任单位：市科技局）\n", "open.txt")
    assert [(m.number_raw, m.heading_title) for m in document.measures] == [("1.", "重点任务"), ("（3）", "完善技术进出口服务体系")]


def test_field_lines_after_the_items_of_a_heading_whose_siblings_are_headings_close_each_item(tmp_path):
    # （一）扩大服务业开放 / 1. 2. / 责任单位：市商务局 / （二）强化要素保障 / 3.…（…）: （一） was read as one
    # measure 扩大服务业开放1.支持…2.完善…, and 3. warned items_skipped
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n（一）扩大服务业开放\n1.支持企业开展数字服务出口。\n"
                     "2.完善技术进出口服务体系。\n责任单位：市商务局\n（二）强化要素保障\n3.加强资金保障。（责任单位：市财政局）\n")
    assert [(m.number_raw, m.heading_title, m.text, m.responsibility,
             [w.code for w in m.warnings if w.code in ("responsibility_on_heading", "items_skipped")]) for m in document.measures] == [
        ("1.", "扩大服务业开放", "支持企业开展数字服务出口。", "市商务局", ["responsibility_on_heading"]),
        ("2.", "扩大服务业开放", "完善技术进出口服务体系。", "市商务局", ["responsibility_on_heading"]),
        ("3.", "强化要素保障", "加强资金保障。", "市财政局", [])]


def test_field_lines_after_the_sub_items_of_a_measure_beside_measures_stay_that_measure_s(tmp_path):
    # （二） a measure standing alone: （一） is one too, its sub-items its text
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n（一）扩大服务业开放\n1.支持企业开展数字服务出口。\n"
                     "2.完善技术进出口服务体系。\n责任单位：市商务局\n（二）加强资金保障。（责任单位：市财政局）\n")
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == [
        ("（一）", "扩大服务业开放1.支持企业开展数字服务出口。2.完善技术进出口服务体系。", "市商务局"),
        ("（二）", "加强资金保障。", "市财政局")]


# --- a deadline printed after the bracket ----------------------------------------------------------

def test_a_deadline_printed_after_the_responsibility_bracket_is_the_item_s_deadline(tmp_path):
    # …。（责任单位：市商务局）2025年6月底前: no bracket was found at the end; refused as a text without a task list
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n1.支持企业开展数字服务出口。（责任单位：市商务局）2025年6月底前\n"
                     "2.完善技术进出口服务体系。（责任单位：市科技局）长期坚持。\n")
    assert [(m.text, m.responsibility, m.responsibility_label, m.deadline) for m in document.measures] == [
        ("支持企业开展数字服务出口。", "市商务局", "责任单位", "2025年6月底前"),
        ("完善技术进出口服务体系。", "市科技局", "责任单位", "长期坚持")]


def test_words_after_a_bracket_that_are_no_deadline_or_a_bracket_naming_nobody_stay_text(tmp_path):
    from pilotplans.parsers.interpret.fields import find_tail

    assert find_tail("支持企业开展数字服务出口（含跨境电商）2025年6月底前") is None  # an aside, no owner
    assert find_tail("支持企业（责任单位：市商务局）开展数字服务出口") is None  # text goes on after it
    tail = find_tail("支持企业开展数字服务出口。（责任单位：市商务局）")
    assert (tail.text, tail.bracket, tail.fields.value("deadline")) == ("支持企业开展数字服务出口。", "（责任单位：市商务局）", None)


# --- a line saying who does the items above it -----------------------------------------------------

def test_a_line_saying_who_does_the_items_above_it_closes_them_as_a_bracket_alone_does(tmp_path):
    # 一、重点任务 / 1. 2. / 以上任务由市商务局牵头，市科技局配合。: the line ran into item 2's text, items 1 and 2
    # (naming no owner) were dropped, and 3. warned items_skipped
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n1.支持企业开展数字服务出口。\n"
                     "2.完善技术进出口服务体系。\n以上任务由市商务局牵头，市科技局配合。\n二、保障措施\n"
                     "3.加强资金保障。（责任单位：市财政局）\n")
    assert [(m.number, m.text, m.responsibility, [(d.raw, d.role) for d in m.departments],
             [w.code for w in m.warnings if w.code in ("responsibility_on_heading", "items_skipped")])
            for m in document.measures] == [
        (1, "支持企业开展数字服务出口。", "市商务局牵头，市科技局配合", [("市商务局", "lead"), ("市科技局", "assist")],
         ["responsibility_on_heading"]),
        (2, "完善技术进出口服务体系。", "市商务局牵头，市科技局配合", [("市商务局", "lead"), ("市科技局", "assist")],
         ["responsibility_on_heading"]),
        (3, "加强资金保障。", "市财政局", [("市财政局", "carry_out")], [])]


def test_a_line_after_the_items_naming_no_body_or_after_items_with_owners_is_no_closing_note(tmp_path):
    # 以上事项由市场决定 names no body: it stays the last item's text
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n1.放开服务价格。（责任单位：市发展改革委）\n"
                     "2.完善定价机制。\n以上事项由市场决定。\n")
    assert [(m.number, m.text, m.responsibility) for m in document.measures] == [
        (1, "放开服务价格。", "市发展改革委"), (2, "完善定价机制。以上事项由市场决定。", None)]
    # after an item its own bracket ended: a loose line, not the items' owners
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n1.支持企业开展数字服务出口。（责任单位：市商务局）\n"
                     "2.完善技术进出口服务体系。（责任单位：市科技局）\n以上任务由市商务局牵头。\n", "owned.txt")
    assert [(m.number, m.responsibility) for m in document.measures] == [(1, "市商务局"), (2, "市科技局")]


# --- a title printed on the number's own line, the paragraph after it ------------------------------

def test_a_title_on_the_number_s_own_line_stays_apart_from_the_paragraph_after_it(tmp_path):
    # （一）加快数字贸易发展 / 支持企业…。（…）: read as one sentence 加快数字贸易发展支持企业…
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n（一）加快数字贸易发展\n"
                     "支持企业开展数字服务出口，培育数字贸易龙头企业。（责任单位：市商务局）\n（二）推动技术贸易创新\n"
                     "完善技术进出口服务体系，建设技术交易平台。（责任单位：市科技局）\n")
    assert [(m.number_raw, m.text) for m in document.measures] == [
        ("（一）", "加快数字贸易发展\n支持企业开展数字服务出口，培育数字贸易龙头企业。"),
        ("（二）", "推动技术贸易创新\n完善技术进出口服务体系，建设技术交易平台。")]


def test_a_numbered_line_wrapped_at_the_page_s_width_runs_on(tmp_path):
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n（一）加快推进跨境电子商务综合试验区建设和外贸\n"
                     "转型升级基地培育。（责任单位：市商务局）\n（二）完善技术进出口服务体系建设国家技术转移区\n"
                     "域中心。（责任单位：市科技局）\n")
    assert [m.text for m in document.measures] == [
        "加快推进跨境电子商务综合试验区建设和外贸转型升级基地培育。", "完善技术进出口服务体系建设国家技术转移区域中心。"]


# --- an item beside headings, with no owner and no measure inside -----------------------------------

def test_an_item_without_owner_beside_headings_of_its_style_inside_a_heading_is_warned_not_dropped_unsaid(tmp_path):
    # 1. / （1）建设…。 / （2）培育…。 / ①引进…。（…）: （1） was neither measure nor heading, dropped with nothing said
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、重点任务\n1.推进数字贸易发展。\n（1）建设数字贸易平台。\n"
                     "（2）培育数字服务企业。\n①引进龙头企业。（责任单位：市商务局）\n2.发展技术贸易。（责任单位：市科技局）\n")
    assert [w.message for w in document.warnings if w.code == "item_unread"] == [
        "item （1）建设数字贸易平台。… under 推进数字贸易发展 names no owner and holds no measure, while items of its style "
        "beside it are headings over measures: not read as a measure (its owners printed with a sub-item, or lost in the copy?)"]


def test_a_preamble_section_beside_the_plan_s_headings_is_not_warned(tmp_path):
    # 一、总体要求 beside 二、重点任务: a section of the plan's preamble, outside any heading
    document = _read(tmp_path, "某市促进服务贸易创新发展实施方案\n一、总体要求\n坚持稳中求进，扩大开放。\n二、重点任务\n"
                     "1.支持企业开展数字服务出口。（责任单位：市商务局）\n三、保障措施\n（一）加强组织领导。\n")
    assert [m.number for m in document.measures] == [1]
    assert [w.code for w in document.warnings if w.code == "item_unread"] == []


# --- a lead line closing with a colon over its sub-points ------------------------------------------

def test_a_lead_line_ending_in_a_label_word_and_a_colon_introduces_its_sub_points(tmp_path):
    # 1.…缩短审批时限： / （1）（2）（3）…（责任单位：X）: 时限： at the line's end was read as a deadline field
    # run into the text, with no value: 1. became a heading 简化…缩短审批 over three measures （1）（2）（3）,
    # the first two without owners (found by the layout generator's sub_points dimension)
    document = _read(tmp_path, "某市试点实施方案\n一、完善管理体制\n1.简化外资旅行社审批流程、缩短审批时限：\n"
                     "（1）实行企业承诺制，替代现场检查环节；\n（2）提交申请材料时，仅需提供从业资格相关证明；\n"
                     "（3）将审批时限由30个工作日缩短至15个工作日。（责任单位：市文旅局）\n"
                     "2.推进医疗机构审批登记全程电子化。（责任单位：市卫健委）\n")
    assert [(m.number_raw, m.heading_path, m.text, m.responsibility, m.deadline) for m in document.measures] == [
        ("1.", ["完善管理体制"], "简化外资旅行社审批流程、缩短审批时限：（1）实行企业承诺制，替代现场检查环节；"
         "（2）提交申请材料时，仅需提供从业资格相关证明；（3）将审批时限由30个工作日缩短至15个工作日。", "市文旅局", None),
        ("2.", ["完善管理体制"], "推进医疗机构审批登记全程电子化。", "市卫健委", None)]


def test_a_label_with_its_value_run_into_an_item_s_text_is_still_its_field_line(tmp_path):
    document = _read(tmp_path, "某区目标任务责任分解\n一、经济发展\n1.地区生产总值增长7%以上完成时限：2023年底前\n"
                     "2.固定资产投资增长10%。（责任单位：区发展和改革局）\n")
    assert [(m.number_raw, m.text, m.deadline) for m in document.measures] == [
        ("1.", "地区生产总值增长7%以上", "2023年底前"), ("2.", "固定资产投资增长10%。", None)]


# --- owners said in a sentence closing the item ----------------------------------------------------

def test_a_sentence_closing_an_item_that_says_who_does_it_is_its_responsibility(tmp_path):
    # …。由X牵头，Y配合。 after a long item's own sentences: read only where the item's first sentence was a
    # title, the other items left without owners, warned responsibility_missing (the generator's
    # owner_sentence=closing layouts: 0 of 32 DOCX/HTML read exactly)
    document = _read(tmp_path, "某市试点实施方案\n一、提升便利水平\n"
                     "1.推行贸易金融区块链服务平台付汇电子化场景，推进公共服务平台建设。由人行厦门中心支行牵头，市口岸办、市税务局配合。\n"
                     "2.与共建“一带一路”国家扩大航空运输服务。由民航厦门安全监管局负责。\n")
    assert [(m.number_raw, m.text, m.responsibility) for m in document.measures] == [
        ("1.", "推行贸易金融区块链服务平台付汇电子化场景，推进公共服务平台建设。由人行厦门中心支行牵头，市口岸办、市税务局配合。",
         "人行厦门中心支行牵头，市口岸办、市税务局配合"),
        ("2.", "与共建“一带一路”国家扩大航空运输服务。由民航厦门安全监管局负责。", "民航厦门安全监管局负责")]


def test_a_closing_sentence_naming_no_body_or_running_on_past_its_role_clauses_names_no_responsibility(tmp_path):
    document = _read(tmp_path, "某市试点实施方案\n一、提升便利水平\n1.建设跨境电商公共服务平台。由企业负责运营。\n"
                     "2.完善口岸收费目录清单，进一步降低进出口环节合规成本。由市口岸办牵头，市发改委配合，定期向社会公布。\n"
                     "3.推进技术进出口便利化。由市科技局负责。\n")
    assert [(m.number_raw, m.responsibility) for m in document.measures] == [("1.", None), ("2.", None), ("3.", "市科技局负责")]


def test_a_closing_sentence_naming_a_market_body_says_no_level_and_names_no_responsibility(tmp_path):
    # 市场化运营机构 opens with 市 as 市商务局 does, but 市场 is a word (market), no city: the operator the
    # measure sets up was read as the item's owner
    document = _read(tmp_path, "某市试点实施方案\n一、提升便利水平\n1.建设国际贸易单一窗口。由市场化运营机构负责。\n"
                     "2.设立区域性服务贸易促进中心。由区域性行业组织负责。\n"
                     "3.推进技术进出口便利化。由市科技局负责。\n4.扩大航空运输服务。由区交通局负责。\n")
    assert [(m.number_raw, m.responsibility) for m in document.measures] == [
        ("1.", None), ("2.", None), ("3.", "市科技局负责"), ("4.", "区交通局负责")]


# --- a field label alone on its line, its value on the next ----------------------------------------

def test_a_field_label_alone_on_its_line_takes_the_next_line_as_its_value(tmp_path):
    # 责任单位： / 区发展和改革局、区统计局: the label was read with no value and the bodies below it lost
    # without a word (measure 1 without owners, no warning)
    document = _read(tmp_path, "某区目标任务责任分解\n一、经济发展\n1.地区生产总值增长7%以上\n责任单位：\n"
                     "区发展和改革局、区统计局\n完成时限：\n2023年底前\n2.固定资产投资增长10%。\n责任单位：区发展和改革局\n")
    assert [(m.number, m.text, m.responsibility, m.deadline) for m in document.measures] == [
        (1, "地区生产总值增长7%以上", "区发展和改革局、区统计局", "2023年底前"),
        (2, "固定资产投资增长10%。", "区发展和改革局", None)]


def test_a_sentence_or_an_item_after_a_label_alone_is_no_value_of_it(tmp_path):
    document = _read(tmp_path, "某区目标任务责任分解\n一、经济发展\n1.社会消费品零售总额增长8%。\n责任单位：\n"
                     "各单位要高度重视，确保完成。\n2.进出口总额增长5%。\n责任单位：\n3.实际利用外资增长3%。\n"
                     "责任单位：区商务局\n")
    assert [(m.number, m.text, m.responsibility) for m in document.measures] == [
        (1, "社会消费品零售总额增长8%。", None), (2, "进出口总额增长5%。", None), (3, "实际利用外资增长3%。", "区商务局")]


def test_a_responsibility_label_closing_an_item_s_line_is_its_field_line_its_value_on_the_next(tmp_path):
    # …增长7%以上责任单位： / 区发展和改革局: the colon closing the line was read as the text's own (as …缩短审批
    # 时限： over sub-points is), the label and its value run into the text, the measure without owners
    document = _read(tmp_path, "某区目标任务责任分解\n一、经济发展\n1.地区生产总值增长7%以上责任单位：\n区发展和改革局\n"
                     "2.固定资产投资增长10%。（责任单位：区发展和改革局）\n")
    assert [(m.number, m.text, m.responsibility) for m in document.measures] == [
        (1, "地区生产总值增长7%以上", "区发展和改革局"), (2, "固定资产投资增长10%。", "区发展和改革局")]


def test_a_closing_sentence_of_only_bodies_and_role_phrases_without_you_is_the_item_s_responsibility(tmp_path):
    # …。市统计局牵头，市商务局主动配合。: the owners printed as a bare sentence ending the measure, no 由, no
    # bracket, no label; the sentence was kept in the text and the measure read without owners
    document = _read(tmp_path, "某市试点实施方案\n一、提升便利水平\n"
                     "1.推进统计监测体系建设，完善服务贸易统计制度。市统计局牵头，市商务局主动配合。\n"
                     "2.推进技术进出口便利化。市科技局负责。\n")
    assert [(m.number_raw, m.responsibility, [(d.raw, d.role) for d in m.departments])
            for m in document.measures] == [
        ("1.", "市统计局牵头，市商务局主动配合", [("市统计局", "lead"), ("市商务局", "assist")]),
        ("2.", "市科技局负责", [("市科技局", "carry_out")])]


def test_a_closing_task_sentence_whose_subject_is_a_body_names_no_responsibility(tmp_path):
    # 市商务局要加强…: a body opens the sentence but the words after it are the task, no role phrase
    document = _read(tmp_path, "某市试点实施方案\n一、提升便利水平\n"
                     "1.加强服务贸易企业培育。市商务局要加强对重点企业的跟踪服务。\n"
                     "2.扩大航空运输服务。企业负责运营。\n3.推进技术进出口便利化。市科技局负责。\n")
    assert [(m.number_raw, m.responsibility) for m in document.measures] == [
        ("1.", None), ("2.", None), ("3.", "市科技局负责")]


def test_a_plan_section_s_closing_sentence_of_bodies_names_no_measure(tmp_path):
    # 二、保障措施 / 加强组织领导，…。市委组织部牵头，各部门配合。: the bodies run the section's work; the
    # section was read as a measure of its own beside the plan's tasks
    document = _read(tmp_path, "某市试点实施方案\n一、重点任务\n"
                     "1.推进统计监测体系建设，完善服务贸易统计制度。市统计局牵头，市商务局配合。\n"
                     "2.推进技术进出口便利化，建设技术交易平台。市科技局负责。\n二、保障措施\n"
                     "加强组织领导，成立试点工作领导小组，统筹推进试点工作。市委组织部牵头，各部门配合。\n")
    assert [(m.number_raw, m.responsibility) for m in document.measures] == [
        ("1.", "市统计局牵头，市商务局配合"), ("2.", "市科技局负责")]


def test_a_plan_whose_only_owners_close_its_safeguards_section_has_no_task_list(tmp_path):
    # no task names an owner: the chapters 一、重点任务 (its items 1. 2. run into its text) and 二、保障措施
    # were read as two measures; a clear error, as without the section's sentence
    with pytest.raises(NoTaskTable):
        _read(tmp_path, "某市试点实施方案\n一、重点任务\n1.推进统计监测体系建设，完善服务贸易统计制度。\n"
              "2.推进技术进出口便利化，建设技术交易平台。\n二、保障措施\n"
              "加强组织领导，成立试点工作领导小组，统筹推进试点工作。市委组织部牵头，各部门配合。\n")


def test_a_chapter_titled_as_a_task_keeps_the_owners_closing_its_paragraph(tmp_path):
    # quiet: 二、扩大开放合作 is a task, not a plan section; its paragraph's closing bodies own it
    document = _read(tmp_path, "某市试点实施方案\n一、重点任务\n"
                     "1.推进统计监测体系建设，完善服务贸易统计制度。市统计局牵头，市商务局配合。\n"
                     "2.推进技术进出口便利化，建设技术交易平台。市科技局负责。\n二、扩大开放合作\n"
                     "支持企业开拓国际市场，建设对外合作平台。市商务局牵头，市发展改革委配合。\n")
    assert [(m.number_raw, m.responsibility) for m in document.measures] == [
        ("1.", "市统计局牵头，市商务局配合"), ("2.", "市科技局负责"), ("二、", "市商务局牵头，市发展改革委配合")]


def test_a_plan_s_closing_sentence_after_an_item_whose_own_line_ends_with_its_owners_is_not_its_owner(tmp_path):
    # …平台。市科技局负责。 / 各区人民政府负责组织实施。: the plan's closing word on every item above continued the
    # last item's paragraph and was read as its only owner, 市科技局 lost, silently
    document = _read(tmp_path, "某市试点实施方案\n一、重点任务\n"
                     "1.推进统计监测体系建设，完善服务贸易统计制度。市统计局负责。\n"
                     "2.推进技术进出口便利化，建设技术交易平台。市科技局负责。\n各区人民政府负责组织实施。\n")
    assert [(m.number_raw, m.responsibility, [d.raw for d in m.departments]) for m in document.measures] == [
        ("1.", "市统计局负责", ["市统计局"]), ("2.", "市科技局负责", ["市科技局"])]


def test_owners_closing_an_item_on_the_line_after_its_own_are_still_its_owners(tmp_path):
    # quiet: the item's own line names nobody; the sentence continuing its paragraph is its owners
    document = _read(tmp_path, "某市试点实施方案\n一、重点任务\n"
                     "1.推进统计监测体系建设，完善服务贸易统计制度。市统计局负责。\n"
                     "2.推进技术进出口便利化，建设技术交易平台。\n市科技局负责。\n")
    assert [(m.number_raw, m.responsibility) for m in document.measures] == [
        ("1.", "市统计局负责"), ("2.", "市科技局负责")]

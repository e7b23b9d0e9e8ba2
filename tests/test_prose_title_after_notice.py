"""A plan's title whose first line is a short verb line printed right after a covering notice
(tests/fixtures/prose-shapes/SOURCES.md): …请认真贯彻落实。 / 推进 / 宜昌市…实施方案. The short line was
taken for a news page's aside over the title (小编带你了解 / 2023年…分解) and dropped, from the document's
title and from the task list's; an aside stands after a story's sentence, never after a notice's last
one or its date."""

from __future__ import annotations

from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.metadata import _title, closes_notice
from pilotplans.parsers.titles import is_title_part
from tests.conftest import FIXTURES

SHAPES = FIXTURES / "prose-shapes"


def test_a_short_verb_line_after_the_notice_s_last_sentence_opens_the_title():
    document = read_document(SHAPES / "short-verb-line-opens-title-under-notice.txt")
    # was 宜昌市服务业扩大开放综合试点实施方案 for both
    assert (document.title, document.tables[0].title) == (
        "推进宜昌市服务业扩大开放综合试点实施方案", "推进宜昌市服务业扩大开放综合试点实施方案")
    assert [(m.number, m.responsibility) for m in document.measures] == [(1, "市商务局"), (2, "市金融办")]


def test_a_short_verb_line_after_the_notice_s_date_opens_the_task_list_s_title():
    document = read_document(SHAPES / "short-verb-line-opens-title-after-notice-date.txt")
    assert (document.title, document.doc_no) == ("宜昌市人民政府办公室关于印发服务业扩大开放综合试点实施方案的通知", "宜府办发〔2021〕12号")
    assert document.tables[0].title == "推进宜昌市服务业扩大开放综合试点实施方案"  # was its second line only


def test_a_notice_s_last_sentence_is_told_from_a_story_s():
    assert closes_notice("经市政府同意，现将本方案印发给你们，请认真贯彻落实。")
    assert closes_notice("请结合实际认真组织实施。")
    assert not closes_notice("目标任务如何分解?")
    assert not closes_notice("记者近日从区发改委获悉，全区重点工作目标已分解到各部门。")


def test_a_short_line_after_a_story_s_sentence_stays_an_aside():
    assert _title(["记者近日从区发改委获悉，全区重点工作目标已分解到各部门。", "小编带你了解",
                   "2023年区政府工作报告重点工作目标任务分解"]) == "2023年区政府工作报告重点工作目标任务分解"
    assert _title(["经市政府同意，现将本方案印发给你们，请认真贯彻落实。", "推进",
                   "宜昌市服务业扩大开放综合试点实施方案"]) == "推进宜昌市服务业扩大开放综合试点实施方案"


def test_a_notice_s_date_by_its_month_opens_no_title():
    # …请认真贯彻落实。 / 2021年5月 / 服务业…实施方案: a date with no day is a date still, no title's first
    # line (was 2021年5月服务业… for both titles; the task list's took it from the rule above)
    document = read_document(SHAPES / "notice-dated-by-month-over-title.txt")
    assert (document.title, document.tables[0].title) == ("服务业扩大开放综合试点实施方案", "服务业扩大开放综合试点实施方案")
    assert [(m.number, m.responsibility) for m in document.measures] == [(1, "市商务局"), (2, "市金融办")]
    # the quiet side: a year, or a month within a title's words, is the title's
    assert is_title_part("2023年5月重点工作安排")
    assert _title(["经市政府同意，现将本方案印发给你们，请认真贯彻落实。", "推进",
                   "2021年5月服务业扩大开放综合试点实施方案"]) == "推进2021年5月服务业扩大开放综合试点实施方案"


def _notice_then(line: str) -> str:
    return "\n".join(["各县市区人民政府，市政府各部门：", "经市政府同意，现将本方案印发给你们，请认真贯彻落实。", line,
                      "服务业扩大开放综合试点实施方案", "一、重点任务",
                      "1.放宽外资准入，支持外商投资设立研发中心。（责任单位：市商务局）", ""])


def test_an_attachment_label_or_a_bracketed_note_after_the_notice_opens_no_title(tmp_path):
    # 附表1 / （2021年5月10日） right after the notice's last sentence: an attachment's label and a note
    # wholly in brackets, as wrapped_over keeps them out (were 附表1服务业… / （2021年5月10日）服务业… for the
    # task list's title, and 附表1服务业… for the document's)
    for line in ("附表1", "（2021年5月10日）"):
        path = tmp_path / "notice.txt"
        path.write_text(_notice_then(line), encoding="utf-8")
        document = read_document(path)
        assert (line, document.title, document.tables[0].title) == (
            line, "服务业扩大开放综合试点实施方案", "服务业扩大开放综合试点实施方案")
    # the quiet side: the short verb line still opens it
    path = tmp_path / "notice.txt"
    path.write_text(_notice_then("推进"), encoding="utf-8")
    document = read_document(path)
    assert (document.title, document.tables[0].title) == ("推进服务业扩大开放综合试点实施方案", "推进服务业扩大开放综合试点实施方案")

"""Shapes of real published plans met in the fourth round of unseen pages (SOURCES.md, fourth
round), each read silently wrong before: a note printed over a pipe table's first header label, a
notice's closing formula read as the document's title, a publication note read as a table's caption."""

from __future__ import annotations

import datetime as dt

from pilotplans.ingest.pipeline import read_document
from pilotplans.layout import Paragraph
from pilotplans.parsers.columns import role_of
from pilotplans.parsers.dates import read_bracketed_date, read_date
from pilotplans.parsers.interpret.tables import _caption
from pilotplans.parsers.metadata import _title
from tests.conftest import FIXTURES

PAGES = FIXTURES / "unseen-pages"


# --- a note over the header's first label: (注:A类指责任目标;…) / 序号 -------------------------

def test_a_note_over_the_number_label_leaves_the_number_column_read():
    # the note line joined the first header cell: 序号 was not read, the rows lost their numbers and
    # the last row, one cell short, was placed from the right: text "2", 牵头部门 "增长6%", with exit 0
    document = read_document(PAGES / "note-over-header-label.txt")
    assert [(m.number, m.text, m.responsibility) for m in document.measures] == [
        (1, "地区生产总值", "区发改经信局"), (2, "服务业增加值", "区发改经信局")]
    assert document.measures[1].cooperating.startswith("区财政局、区住房和城建局")


def test_a_label_is_read_past_a_note_only():
    assert role_of("（注：A类指责任目标）序号") == "number"
    assert role_of("(注:A类指责任目标;B类指激励目标)") is None
    # a bracket that is no note (注明, no colon) stays part of the label, as before
    assert role_of("（注明）序号") is None
    assert role_of("责任单位（注明牵头单位）") == "responsibility"


# --- a closing formula is no title: 特此通知 --------------------------------------------------

def test_the_closing_formula_is_not_the_title_the_plan_s_title_is():
    # 特此通知 ends like a title (…通知) and was read as the document's title, with exit 0
    document = read_document(PAGES / "closing-formula-before-plan-title.txt")
    assert (document.title, document.doc_no) == ("2008年政府工作目标任务分解", "宝府办〔2008〕18号")
    assert [(m.number, m.responsibility) for m in document.measures] == [(1, "发改委、统计局")]


def test_only_the_closing_formula_is_passed_over():
    assert _title(["特此通知", "某市人民政府关于印发某某方案的通知"]) == "某市人民政府关于印发某某方案的通知"
    assert _title(["特此函告。", "关于某某工作的通知"]) == "关于某某工作的通知"
    assert _title(["关于特此通知事项的通知"]) == "关于特此通知事项的通知"


# --- a publication note is no caption: (此件可公开发布) ------------------------------------------

def test_the_publication_note_above_a_table_is_not_its_caption():
    document = read_document(PAGES / "note-over-header-label.txt")
    assert document.tables[0].title is None


def test_a_caption_under_the_publication_note_is_still_read():
    assert _caption([Paragraph("(此件可公开发布)")]) == (None, None)
    assert _caption([Paragraph("（此件公开发布）"), Paragraph("2022年重点工作任务分解表")]) == ("2022年重点工作任务分解表", None)
    assert _caption([Paragraph("（此件公开发布）"), Paragraph("附件1"), Paragraph("重点工作任务分解表")]) == (
        "重点工作任务分解表", "附件1")


# --- a news page's short aside over the plan's title: 小编带你了解 / 2023年…分解 ------------------

def test_a_short_aside_over_a_whole_title_is_no_part_of_it():
    # the aside was joined to the title: 小编带你了解2023年区政府工作报告重点工作目标任务分解, with exit 0
    document = read_document(PAGES / "news-aside-over-plan-title.txt")
    assert document.title == "2023年区政府工作报告重点工作目标任务分解"
    assert [(m.number, m.responsibility) for m in document.measures][:2] == [
        (1, "牵头单位:区发改委；责任单位:各产业主管部门"), (2, "牵头单位:区财政局；责任单位:区税务局、区国资委等")]


def test_a_title_wrapped_after_a_short_first_line_stays_whole():
    assert _title(["目标任务如何分解?", "小编带你了解", "2023年区政府工作报告重点工作目标任务分解"]) == (
        "2023年区政府工作报告重点工作目标任务分解")
    # the line under opens no title of its own (no year, place or 关于): one title wrapped
    assert _title(["加快推进", "全域旅游示范区创建实施方案"]) == "加快推进全域旅游示范区创建实施方案"
    # a place, a title's opening words, a joining word: the short line opens the title
    assert _title(["滨州市", "优化营商环境实施方案"]) == "滨州市优化营商环境实施方案"
    assert _title(["关于印发", "2023年某某实施方案的通知"]) == "关于印发2023年某某实施方案的通知"
    assert _title(["某某任务及", "2023年分工方案"]) == "某某任务及2023年分工方案"
    assert _title(["中共某某县委", "关于某某工作的通知"]) == "中共某某县委关于某某工作的通知"


# --- a date in brackets, its zeros printed as the letter O: （二OO八年二月二十六日） -------------------

def test_a_bracketed_date_with_letter_zeros_is_the_document_s_date():
    # 二OO八 (the letter O for 〇) and the line's brackets left the date unread: date None
    document = read_document(PAGES / "closing-formula-before-plan-title.txt")
    assert str(document.date) == "2008-02-26"


def test_only_a_whole_date_in_brackets_is_read():
    assert (read_date("二OO八年二月二十六日"), read_bracketed_date("（二○○八年二月二十六日）")) == (
        dt.date(2008, 2, 26), dt.date(2008, 2, 26))
    # a period, a deadline, a publication note in brackets: no date
    assert [read_bracketed_date(t) for t in ("（2018—2020年）", "(2019年12月31日前完成)", "（此件公开发布）")] == [None, None, None]
    # read_date reads no bracketed line: in a task list it is an item's deadline
    assert read_date("（2023年12月31日）") is None


# --- a 文号 on its line is no task list's title: 许政 [2020] 20号 ------------------------------------

def test_a_doc_number_is_not_the_title_of_the_list_under_its_notice():
    # the list's title read was the notice's 文号, the only short line above the list, with exit 0
    document = read_document(PAGES / "doc-no-over-notice-and-list.txt")
    assert (document.tables[0].title, document.doc_no) == (None, "许政[2020]20号")
    assert [(m.number, m.heading_title, m.responsibility) for m in document.measures][:1] == [
        (1, "抓好常态化疫情防控,全面恢复生产生活秩序", "市疫情防控指挥部办公室、市卫生健康委等,各县(市、区)政府(管委会)")]


def test_past_a_doc_number_the_title_above_it_is_the_list_s():
    # a bundled plan's list had been titled 濂政发〔2024〕9号; the notice's title above the 文号 is read
    document = read_document(FIXTURES / "plans" / "lianjiang-conventions-in-brackets.txt")
    assert document.tables[0].title == "濂江市人民政府关于推动港口物流提质增效的若干意见"


# --- review: a place below a city's level on a title's first line opens it ---------------------

def test_a_district_county_or_unsuffixed_province_over_the_title_opens_it():
    # the aside rule knew only 某省 / 某市 as places: 上城区, 房县, 广西 were cut off their titles
    assert _title(["上城区", "2019年政府工作报告目标任务分解"]) == "上城区2019年政府工作报告目标任务分解"
    assert _title(["房县", "2023年优化营商环境实施方案"]) == "房县2023年优化营商环境实施方案"
    assert _title(["江北区", "2023年优化营商环境实施方案"]) == "江北区2023年优化营商环境实施方案"
    assert _title(["广西", "关于某某的实施意见"]) == "广西关于某某的实施意见"
    assert _title(["黔东南州", "2023年某某实施方案"]) == "黔东南州2023年某某实施方案"
    assert _title(["临港新片区", "2023年重点工作任务分解方案"]) == "临港新片区2023年重点工作任务分解方案"
    assert _title(["某某镇", "2023年某某实施方案"]) == "某某镇2023年某某实施方案"


def test_a_short_line_naming_no_place_over_a_whole_title_stays_apart():
    assert _title(["近日方案印发。", "政务公开", "2023年某某实施方案"]) == "2023年某某实施方案"
    assert _title(["近日方案印发。", "评论区", "2023年某某实施方案"]) == "2023年某某实施方案"
    # after a story's sentence, a place still opens the title
    assert _title(["近日方案印发。", "上城区", "2019年政府工作报告目标任务分解"]) == "上城区2019年政府工作报告目标任务分解"


def test_a_district_over_its_plan_s_title_places_the_plan(tmp_path):
    # the district cut off the title left the plan without a region (region None, level None)
    page = tmp_path / "district-over-title.txt"
    page.write_text("上城区\n2019年政府工作报告目标任务分解\n"
                    "1.地区生产总值增长6%。(牵头单位:区发改经信局;配合单位:区统计局)\n"
                    "2.服务业增加值增长7%。(牵头单位:区发改经信局;配合单位:区商务局)\n", encoding="utf-8")
    document = read_document(page)
    assert (document.title, document.region, document.level) == ("上城区2019年政府工作报告目标任务分解", "上城区", "county")


# --- review: a deadline in brackets inside the list is no date of the document -----------------

def test_a_bracketed_deadline_under_an_item_is_not_the_document_s_date(tmp_path):
    # each item's deadline line (2023年12月31日) in brackets was read as the document's date
    page = tmp_path / "deadlines-in-brackets.txt"
    page.write_text("某市2023年重点工作任务分解\n"
                    "1.推进港口建设,完成投资10亿元。\n(责任单位:市交通运输局、市发展改革委)\n(2023年12月31日)\n"
                    "2.推进物流园区建设。\n(责任单位:市商务局)\n(2023年6月30日)\n", encoding="utf-8")
    document = read_document(page)
    assert (document.date, [(m.number, m.responsibility) for m in document.measures]) == (
        None, [(1, "市交通运输局、市发展改革委"), (2, "市商务局")])


# --- review: past the 文号, the list's title is read whole over all its lines ------------------

def test_a_list_title_printed_over_three_lines_is_read_whole():
    # past the 文号 only the last two lines were read: 加快发展数字贸易的实施意见
    document = read_document(FIXTURES / "plans" / "ningxia-flipbook-pages.txt")
    assert document.tables[0].title == "宁夏回族自治区人民政府关于加快发展数字贸易的实施意见"


def test_a_list_title_whose_first_line_ends_at_guanyu_is_read_whole():
    # 省人民政府關于 (short, ending at the title's 关于) was left off: 進一步改善營商環境的若干意見
    document = read_document(FIXTURES / "notices" / "unnamed-province-doc-no.txt")
    assert document.tables[0].title == "省人民政府關于進一步改善營商環境的若干意見"


def test_a_list_title_under_its_issuer_s_name_is_read_whole():
    # 济宁市人民政府 / 关于…: the issuer's line was left off
    document = read_document(FIXTURES / "web-pages" / "jining-layout-tables.html")
    assert document.tables[0].title == "济宁市人民政府关于推进自由贸易试验区联动创新的实施意见"


def test_only_the_title_s_own_lines_join_a_list_s_title():
    from pilotplans.parsers.interpret import _list_title

    def lines(*texts):
        return [(i, Paragraph(t)) for i, t in enumerate(texts)]
    # a body's name over a title that does not open with 关于: a site's name, apart
    assert _list_title(lines("某市商务局", "2023年重点工作任务分解")) == "2023年重点工作任务分解"
    # a sentence, or a short line ending at 关于 that names no body (a sentence cut there), apart
    assert _list_title(lines("现将有关事项通知如下。", "2023年重点工作任务分解")) == "2023年重点工作任务分解"
    assert _list_title(lines("现根据关于", "2023年重点工作任务分解")) == "2023年重点工作任务分解"
    # a blank paragraph between: apart
    assert _list_title([(0, Paragraph("某市人民政府关于")), (2, Paragraph("某某工作的实施意见"))]) == "某某工作的实施意见"


# --- review: a 文号 printed between a title's lines is no part of it ---------------------------

def test_a_doc_number_between_the_title_s_lines_is_left_out_of_it():
    # the 文号 was joined into the title: 某市人民政府关于某政发〔2024〕21号印发某某方案的通知
    assert _title(["某市人民政府关于", "某政发〔2024〕21号", "印发某某方案的通知"]) == "某市人民政府关于印发某某方案的通知"
    assert _title(["某市人民政府关于印发", "某政发〔2024〕21号", "某某方案的通知", "各区人民政府:"]) == "某市人民政府关于印发某某方案的通知"


def test_a_doc_number_under_a_whole_title_stays_out_of_it():
    assert _title(["某市人民政府关于印发某某方案的通知", "某政发〔2024〕21号", "各区人民政府:"]) == "某市人民政府关于印发某某方案的通知"
    assert _title(["某政发〔2024〕21号", "某市人民政府关于印发某某方案的通知"]) == "某市人民政府关于印发某某方案的通知"


# --- review: only an aside within a story stands apart; a title's own short first line opens it ----

def test_a_short_first_line_at_the_head_opens_the_title():
    # with no story above, the short line is the title's own: the year, the issuer, the opening verb
    # had been cut off (某某市重点工作任务分解, 关于某某的意见, 某某市高质量发展若干措施)
    assert _title(["2023年", "某某市重点工作任务分解"]) == "2023年某某市重点工作任务分解"
    assert _title(["中共中央", "关于某某的意见"]) == "中共中央关于某某的意见"
    assert _title(["支持", "某某市高质量发展若干措施"]) == "支持某某市高质量发展若干措施"
    assert _title(["某某县人民政府文件", "加快建设", "某某市某某中心的实施方案"]) == "加快建设某某市某某中心的实施方案"


def test_a_short_line_after_a_story_s_sentence_stands_apart():
    assert _title(["方案共细分出171项目标任务。", "一起来看", "2023年某某区重点工作目标任务分解"]) == "2023年某某区重点工作目标任务分解"


# --- review: the closing formula right over the date: the notice is unsigned -------------------

def test_an_unsigned_notice_s_closing_formula_is_passed_to_no_signature(tmp_path):
    # passing over 特此通知 as no title let the signature search climb to a sentence above it:
    # issuer 请认真贯彻执行
    page = tmp_path / "unsigned.txt"
    page.write_text("关于印发某某市2021年重点工作任务分解的通知\n各区人民政府,市政府各部门:\n"
                    "现将《某某市2021年重点工作任务分解》印发给你们\n请认真贯彻执行\n特此通知\n2021年3月5日\n"
                    "某某市2021年重点工作任务分解\n1.推进港口建设。(责任单位:市交通运输局、市发展改革委)\n"
                    "2.推进物流园区建设。(责任单位:市商务局)\n", encoding="utf-8")
    document = read_document(page)
    assert (document.issuer, str(document.date)) == (None, "2021-03-05")


def test_a_signature_under_the_closing_formula_is_still_read():
    from pilotplans.parsers.metadata import _signature
    assert _signature(["请认真贯彻执行", "特此通知", "某某市人民政府办公室", "2021年3月5日"]) == "某某市人民政府办公室"


# --- review: a note over the label, by any of its names, with a bracket inside ------------------

def test_a_label_is_read_past_a_note_of_any_name_or_with_brackets_inside():
    # the note rule knew (注:…) without inner brackets only: these hid the 序号 label again
    assert role_of("(注:A类指责任目标(约束性);B类指激励目标)序号") == "number"
    assert role_of("（说明：A类指责任目标）序号") == "number"
    assert role_of("(备注:A类指责任目标)序号") == "number"


def test_a_label_s_own_bracket_is_no_note():
    assert role_of("备注") == "remarks"
    assert role_of("（说明）序号") is None
    assert role_of("序号(说明书)") is None


# --- review: above a 文号 only the notice's title is the list's, never its red head or date ------

def test_above_a_doc_number_no_red_head_name_date_or_breadcrumb_titles_the_list():
    from pilotplans.parsers.interpret import _list_title

    def lines(*texts):
        return [(i, Paragraph(t)) for i, t in enumerate(texts)]
    # passing over the 文号 let the line above it title the list: the red head, the issuer, a date
    assert _list_title(lines("许昌市人民政府文件", "许政〔2020〕20号")) is None
    assert _list_title(lines("许昌市人民政府", "许政〔2020〕20号")) is None
    assert _list_title(lines("2020年05月28日", "许政〔2020〕20号")) is None
    assert _list_title(lines("首页 > 政务公开 > 政策文件", "许政〔2020〕20号")) is None


def test_above_a_doc_number_the_notice_s_title_still_titles_the_list():
    from pilotplans.parsers.interpret import _list_title

    def lines(*texts):
        return [(i, Paragraph(t)) for i, t in enumerate(texts)]
    assert _list_title(lines("许昌市人民政府文件", "许昌市人民政府关于印发2020年重点工作任务分解的通知", "许政〔2020〕20号")) == (
        "许昌市人民政府关于印发2020年重点工作任务分解的通知")
    # with no 文号, a short line above the list is its title, as before
    assert _list_title(lines("2020年重点工作任务")) == "2020年重点工作任务"


def test_a_list_title_under_its_place_s_line_is_read_whole():
    from pilotplans.parsers.interpret import _list_title

    def lines(*texts):
        return [(i, Paragraph(t)) for i, t in enumerate(texts)]
    # the document's title read 上城区2019年…分解, its list's only 2019年…分解
    assert _list_title(lines("上城区", "2019年政府工作报告目标任务分解")) == "上城区2019年政府工作报告目标任务分解"
    # a line naming no place, or a place over a title opening with its own place, stays apart
    assert _list_title(lines("小编带你了解", "2019年政府工作报告目标任务分解")) == "2019年政府工作报告目标任务分解"
    assert _list_title(lines("浙江省", "杭州市2019年重点工作任务分解")) == "杭州市2019年重点工作任务分解"
    # a body's name opening with a place (a signature) is no place's line
    assert _list_title(lines("上海市人民政府", "某某工作的实施意见")) == "某某工作的实施意见"


def test_a_glossed_title_titles_its_list_not_the_date_above_it():
    # the glosses hid the title (關(guān)于…意见): the list was titled by the notice's date, 2017年12月20日
    document = read_document(PAGES / "glossed-labels-and-numerals.txt")
    assert document.tables[0].title == "關(guān)于本市加強(qiáng)政務(wù)誠信建設(shè)的實(shí)施意見"


# --- review: what is never a document's title is never a list's either -------------------------

def test_no_closing_formula_note_label_date_or_signature_titles_a_list():
    from pilotplans.parsers.interpret import _list_title

    def lines(*texts):
        return [(i, Paragraph(t)) for i, t in enumerate(texts)]
    # each of these, right over the list, had been its title
    notice = ("某某市人民政府关于印发某某方案的通知", "请认真贯彻执行。")
    assert _list_title(lines(*notice, "某某市人民政府", "2021年3月5日")) is None
    assert _list_title(lines(*notice, "某某市人民政府")) is None
    # unsigned, the notice's own title is the list's, as under a 文号
    assert _list_title(lines(*notice, "特此通知")) == "某某市人民政府关于印发某某方案的通知"
    assert _list_title(lines(*notice, "(此件公开发布)")) == "某某市人民政府关于印发某某方案的通知"


def test_a_plan_s_title_over_its_date_still_titles_its_list():
    from pilotplans.parsers.interpret import _list_title

    def lines(*texts):
        return [(i, Paragraph(t)) for i, t in enumerate(texts)]
    assert _list_title(lines("某某市2021年重点工作任务分解", "2021年3月5日")) == "某某市2021年重点工作任务分解"
    assert _list_title(lines("某某市人民政府", "2021年3月5日", "附件", "某某市2021年重点工作任务分解")) == "某某市2021年重点工作任务分解"


def test_a_bundled_notice_s_publication_note_no_longer_titles_its_list():
    # 重庆's notice, signed and dated, then (此件公开发布) right over the plan's text: the list was
    # titled (此件公开发布)
    document = read_document(PAGES / "notice-without-plan-title.txt")
    assert document.tables[0].title is None

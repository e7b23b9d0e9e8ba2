"""Shapes of real published pages met in the ninth round of unseen pages (SOURCES.md, ninth round): plans cut
before their measures and pages that are no plan (an interpretation, questions and answers, documents of rules set
out in articles), each refused with a wrong plan's name or a wrong kind before."""

from __future__ import annotations

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret.refusal import _asks_and_answers, _cited, vocabulary
from tests.conftest import FIXTURES
from tests.page_metadata import lines_metadata, page_metadata, refusal_cause

PAGES = FIXTURES / "unseen-pages"
GENERIC = NoTaskTable("x").cause


def _text_cause(tmp_path, text: str) -> str:
    path = tmp_path / "page.txt"
    path.write_text(text, "utf-8")
    with pytest.raises(NoTaskTable) as refused:
        read_document(path)
    return refused.value.cause


# --- a basis list naming each document after its issuer: 贯彻落实国务院办公厅《A》(…)、国家发展改革委《B》(…)要求 ------

def test_a_basis_list_naming_each_name_after_its_issuer_names_no_plan_of_the_page():
    # 江西's plan copied without its title: it was refused as cut in 《关于建立健全企业家参与涉企政策制定机制的实施意见》,
    # the national commission's document its preamble lists second as its basis; the page names no plan of its own
    assert "《" not in refusal_cause(PAGES / "basis-names-each-after-its-issuer.txt")


def test_each_name_of_a_basis_list_after_its_issuer_is_a_basis():
    line = "为贯彻落实国务院办公厅《关于甲的通知》(国办发〔2019〕9号)、国家发展改革委《关于乙的实施意见》(发改体改〔2019〕1494号)要求,制定本方案。"
    assert _cited(vocabulary(), line) is None


def test_a_name_after_the_basis_clause_ends_is_the_page_s_plan():
    # the comma ends the basis clause: what the next clause names, after its issuer, is the page's own
    line = "为贯彻落实国务院办公厅《关于甲的通知》要求,市政府制定了《某市乙实施方案》。"
    assert _cited(vocabulary(), line) == "某市乙实施方案"


# --- a site's breadcrumbs sections and its label for the page printed over the title: 地方政策 / 详细内容 ----------

def test_the_sections_breadcrumbs_pass_through_and_the_page_s_label_are_no_part_of_the_title():
    # 首页 >> 地方政策 >>大连(辽宁) >>技术创新 >> 大连沙河口区关于… / 地方政策 / 详细内容 / 大连沙河口区关于…: the title was
    # read 地方政策详细内容大连沙河口区关于打造科技创新主城区的实施方案, the name the cut page was refused with
    assert page_metadata(PAGES / "breadcrumb-sections-over-title.txt").title == "大连沙河口区关于打造科技创新主城区的实施方案"
    assert "of 《大连沙河口区关于打造科技创新主城区的实施方案》 names" in refusal_cause(PAGES / "breadcrumb-sections-over-title.txt")


def test_a_title_over_two_lines_under_breadcrumbs_stays_whole():
    lines = ["首页 > 政策文件 > 技术创新", "大连沙河口区关于打造科技创新", "主城区的实施方案", "一、总体要求"]
    assert lines_metadata(*lines).title == "大连沙河口区关于打造科技创新主城区的实施方案"


def test_a_short_first_line_of_a_title_that_is_no_step_of_the_breadcrumbs_stays_in_it():
    # 加快推进 names no section the breadcrumbs pass through: the title's own first line
    lines = ["首页 > 政务公开 > 技术创新 > 正文", "详细内容", "加快推进", "全域旅游示范区创建实施方案", "一、总体要求"]
    assert lines_metadata(*lines).title == "加快推进全域旅游示范区创建实施方案"


def test_a_title_s_first_line_naming_a_step_of_breadcrumbs_ending_in_a_section_stays_in_it():
    # the breadcrumbs end with their section (通知公告), the heading the site prints: a topic they pass through
    # (优化营商环境) printed alone is the wrapped title's first line, not dropped as a heading
    lines = ["首页 > 专题专栏 > 优化营商环境 > 通知公告", "优化营商环境", "三年行动方案", "一、总体要求"]
    assert lines_metadata(*lines).title == "优化营商环境三年行动方案"


# --- a name holding a pair of angle brackets: 《<政府工作报告>重点工作分工方案》 ---------------------------------------

def test_a_pair_of_marks_inside_a_name_is_the_name_s_own():
    # the interpretation was named of 《政府工作报告>重点工作分工方案》: the opening < was taken for a mark left over
    # from a name cited inside another
    assert refusal_cause(PAGES / "interpretation-of-name-citing-report-in-angles.txt") == (
        "no task table or task list found: a policy interpretation (解读) of 《<政府工作报告>重点工作分工方案》, not the plan "
        "itself — find the plan's own notice and read that")


def test_the_marks_of_a_name_cited_inside_a_cited_title_are_dropped():
    assert _cited(vocabulary(), "关于转发《省政府关于印发〈某某实施方案〉的通知》的通知") == "某某实施方案"


# --- questions and answers with no title: 问：方案的出台依据是什么 / 答：… ------------------------------------------------

def test_questions_and_answers_are_an_interpretation_of_the_plan_drafted():
    # refused as a page reporting that 《烟台市优化营商环境创新突破行动实施方案》 was issued: the answer recounts the
    # province's and the city's plans issued, then the plan the county-level city drafted, the one it interprets
    assert refusal_cause(PAGES / "questions-and-answers-no-title.txt") == (
        "no task table or task list found: a policy interpretation (解读) of 《龙口市优化营商环境创新突破行动实施方案》, not "
        "the plan itself — find the plan's own notice and read that")


def test_a_question_without_an_answer_after_it_is_no_interpretation():
    vocab = vocabulary()
    assert _asks_and_answers(vocab, ["问:方案的出台依据是什么", "答:根据上级要求。"])
    assert not _asks_and_answers(vocab, ["问:方案的出台依据是什么", "一、总体要求"])
    assert not _asks_and_answers(vocab, ["答:根据上级要求。", "问:方案的出台依据是什么"])


def test_questions_and_answers_name_the_plan_drafted_last_on_their_line_not_the_one_above_it(tmp_path):
    # the answer recounts the province's plan as made (制定了《省方案》) before the one the city drafted under it
    page = ("问:方案的出台依据是什么\n答:2021年,山东省人民政府制定了《山东省优化营商环境创新突破行动实施方案》,开展行动。"
            "为贯彻落实上级文件精神,结合我市实际,市行政审批服务局牵头起草了《龙口市优化营商环境创新突破行动实施方案》。\n"
            "问:方案的目标任务是什么?\n答:目标是对标国内先进理念和最佳实践,找准差距,明确方向,补齐补强短板弱项。")
    assert "of 《龙口市优化营商环境创新突破行动实施方案》" in _text_cause(tmp_path, page)


_NOTICE_WITH_QUESTIONS = ("关于印发某某市推进政务服务改革实施方案的通知\n各区人民政府,市政府各部门:\n"
                          "现将《某某市推进政务服务改革实施方案》印发给你们,请认真贯彻执行。\n"
                          "问:本方案适用于哪些单位?\n答:适用于全市各级政务服务机构。\n"
                          "一、总体要求\n以企业群众满意为导向,全面推进政务服务改革。\n二、重点任务\n"
                          "(一)推进一网通办。全面推行网上办理,实现九成事项网上可办。\n"
                          "(二)推进一窗受理。设立综合受理窗口,实行前台受理、后台审批。\n")


def test_questions_and_answers_on_a_notice_issuing_its_plan_make_no_interpretation(tmp_path):
    # the notice issues the plan: its 问：/答： are the plan's own; refused (naming no owners) as the plan
    assert "interpretation" not in _text_cause(tmp_path, _NOTICE_WITH_QUESTIONS)


def test_a_plan_declared_local_with_questions_and_answers_on_its_page_is_read(tmp_path):
    # declared a local plan of a national one, its items naming no owner are read as its measures (as they were
    # before the 问：/答： rule), not refused as an interpretation of itself
    from pilotplans.parsers.interpret import DocumentHints

    path = tmp_path / "page.txt"
    path.write_text(_NOTICE_WITH_QUESTIONS, "utf-8")
    document = read_document(path, DocumentHints(id="page", parent="national-2020"))
    assert [m.number for m in document.measures] == [1, 2]


def test_an_interpretation_s_title_names_its_plan_before_one_its_lines_say_was_drafted():
    # 沂水's 解读: its lines say 形成了《<政府工作报告>重点工作任务分解方案》; its title names 《<政府工作报告>重点工作分工方案》
    assert "of 《<政府工作报告>重点工作分工方案》" in refusal_cause(PAGES / "interpretation-of-name-citing-report-in-angles.txt")


# --- documents of rules set out in articles: 第一条 … --------------------------------------------------------------

def test_a_draft_of_rules_offered_for_comment_is_a_document_of_rules():
    # refused as a news report (召开的…会议 in its first sentence): a 条例's draft in articles, offered for comment
    assert refusal_cause(PAGES / "draft-rules-for-comment-in-articles.txt") == (
        "no task table or task list found: 《清远市优化营商环境条例(草案修改稿)》 is a document of rules set out in "
        "articles (第一条…), not a plan of measures with their owners — pilotplans reads task plans")


def test_rules_in_articles_without_their_title_are_a_document_of_rules():
    # a city's 营商环境通报制 copied without its title, every article on one line: refused as a news report
    # (通过召开座谈会 in its 第四条)
    assert refusal_cause(PAGES / "rules-in-articles-no-title.txt") == (
        "no task table or task list found: the page is a document of rules set out in articles (第一条…), not a plan "
        "of measures with their owners — pilotplans reads task plans")


def test_an_article_cited_inside_a_sentence_makes_no_document_of_rules(tmp_path):
    page = ("某县优化营商环境实施方案\n根据《优化营商环境条例》第一条规定,结合我县实际,制定本方案。\n"
            "一、总体要求\n(一)指导思想\n坚持以人民为中心的发展思想,持续优化营商环境,激发市场活力")
    assert "document of rules" not in _text_cause(tmp_path, page)


_MEASURES_IN_ARTICLES = ("第一条 加大财政支持力度。县财政每年安排专项资金不少于1000万元,用于支持中小企业技术改造和创新发展。\n"
                         "第二条 降低企业融资成本。对中小企业贷款给予贴息支持,贴息比例不超过同期贷款基准利率的百分之五十。\n"
                         "第三条 优化政务服务。推行企业开办一网通办,压缩开办时间至一个工作日以内。")


def test_a_plan_titled_by_a_plan_s_kind_numbering_its_measures_in_articles_is_no_document_of_rules(tmp_path):
    # a 若干措施 may number its measures 第一条…: naming no owners it is refused, but never as rules
    page = "某某县支持中小企业发展的若干措施\n" + _MEASURES_IN_ARTICLES
    assert "document of rules" not in _text_cause(tmp_path, page)


def test_a_notice_issuing_a_plan_numbering_its_measures_in_articles_is_no_document_of_rules(tmp_path):
    page = ("关于印发《某某县支持中小企业发展的若干措施》的通知\n各乡镇人民政府,县直各单位:\n"
            "现将《某某县支持中小企业发展的若干措施》印发给你们,请认真贯彻执行。\n" + _MEASURES_IN_ARTICLES)
    assert "document of rules" not in _text_cause(tmp_path, page)


def test_a_notice_asking_comment_on_a_draft_in_articles_is_a_document_of_rules(tmp_path):
    # 意见 after 征求 is the comment asked for, no plan's kind: the draft's articles are rules
    page = ("关于征求《某某县优化营商环境条例(草案)》意见的通知\n各乡镇人民政府,县直各单位:\n"
            "第一条 为了持续优化营商环境,激发经营主体发展活力,根据有关法律和法规,结合本县实际,制定本条例。\n"
            "第二条 本条例适用于本县行政区域内优化营商环境工作。")
    assert "is a document of rules set out in articles" in _text_cause(tmp_path, page)


# --- a signature over a date whose closing 日 the copy lost: 金乡县人民政府 / 2021年2月22 ------------------------------

def test_a_signature_over_a_date_without_its_day_mark_names_the_issuer():
    # the notice's issuer was read from the page's 发布机构 row (金乡县发展和改革局, the bureau that posted it): the
    # signature over 2021年2月22 was not read as one, its date line lacking 日
    metadata = page_metadata(PAGES / "signature-over-date-without-day-mark.txt")
    assert (metadata.issuer, metadata.doc_no, metadata.date.isoformat(), metadata.region) == (
        "金乡县人民政府", "金政发〔2021〕3号", "2021-02-22", "金乡县")


def test_a_date_without_its_day_mark_closes_a_signature_only_under_a_body_and_only_as_a_real_date():
    notice = ["各单位:", "现将计划下达给你们,请认真组织实施。"]
    assert lines_metadata(*notice, "金乡县人民政府", "2021年2月22", "某某计划").issuer == "金乡县人民政府"
    assert lines_metadata(*notice, "联系电话:", "2021年2月22", "某某计划").issuer is None
    assert lines_metadata(*notice, "金乡县人民政府", "2021年2月30", "某某计划").issuer is None


# --- the State Council's division of its 政府工作报告: （国务院各部门分别负责，年内持续推进） ---------------------------------

def test_a_deadline_in_the_year_unnamed_closes_an_owners_bracket():
    # 国发〔2020〕6号, copied by a newspaper's site and cut in item 2: refused with the generic line, 年内持续推进 being no
    # deadline the owners' bracket could close with, so the bracket named no owner; now item 1 is read with its owners
    # and deadline, item 2 (cut before its bracket) warned
    document = read_document(PAGES / "state-council-division-deadline-in-year.txt")
    assert (document.title, document.doc_no, document.issuer, document.level) == (
        "国务院关于落实《政府工作报告》重点工作部门分工的意见", "国发〔2020〕6号", "国务院", "national")
    first, second = document.measures
    assert (first.number, first.responsibility, first.deadline) == (1, "国务院各部门分别负责", "年内持续推进")
    assert [(d.raw, d.role) for d in first.departments] == [("国务院各部门", "carry_out")]
    assert first.heading_path == ["落实2020年发展主要目标和下一阶段工作总体部署", "总体要求和主要预期目标"]
    assert (second.number, second.responsibility, [w.code for w in second.warnings]) == (2, None, ["responsibility_missing"])


def test_a_deadline_in_the_year_unnamed_is_the_year_and_a_verb_of_doing_alone():
    from pilotplans.parsers.interpret.vocabulary import vocabulary as task_list_vocabulary

    words = task_list_vocabulary()
    assert all(words.is_deadline(piece) for piece in ("年内持续推进", "年底前完成", "年内", "今年底前出台"))
    assert not any(words.is_deadline(piece) for piece in ("今年起实施", "年鉴编辑部", "年内完成招商引资任务"))


def test_a_plan_without_its_title_cut_in_its_opening_part_is_the_plan_cut():
    # 江西's plan (above): naming no plan once its basis names are read as such, it sets one out in a plan's own part
    # (一、总体要求) and ends in its part (二)…: the plan, cut
    assert refusal_cause(PAGES / "basis-names-each-after-its-issuer.txt") == (
        "no task table or task list found: the page ends in its part `(二)国民经济和社会发展中长期规划及年度…`, before any "
        "numbered measure of the plan names its owners — the page is cut: find the page or attachment that holds the "
        "whole plan")


def test_a_page_naming_no_plan_and_setting_none_out_keeps_the_generic_line_where_it_ends_in_a_part(tmp_path):
    page = ("各有关单位:\n近期有关工作安排如下。\n一、加强统筹协调\n(一)建立工作机制\n"
            "各单位要明确专人负责,及时沟通工作进展和遇到的困难问题,形成工作合力")
    assert _text_cause(tmp_path, page) == GENERIC

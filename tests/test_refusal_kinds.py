"""A refused page says what it is and why it is no plan (pilotplans/parsers/interpret/refusal.py, the
evidence in pilotplans/data/refusals.toml): a 解读, a news report, a report on progress, a document of
rules, a notice without its plan (in an attachment, or cut before it), a plan naming no owners, a page
cut in a part of its plan. Each kind fires on a real page of the fixtures and stays quiet on a near
miss; a page showing no evidence keeps the generic line. The refusal stays a NoTaskTable (exit 1)."""

import pytest

from pilotplans.errors import NoTaskTable
from pilotplans.ingest.pipeline import read_document
from pilotplans.parsers.interpret import DocumentHints
from tests.conftest import FIXTURES
from tests.page_metadata import text_refusal_cause

GENERIC = NoTaskTable("x").cause
# what the line adds where the page, declared a local plan of a national one, would be read with its owners missing
AS_LOCAL_PLAN = ("; declared a local plan of a national one (a `parent` in its manifest entry, or "
                 "`pilotplans diff NATIONAL FILE`), it is read with its owners missing")


def _cause(relative: str) -> str:
    with pytest.raises(NoTaskTable) as refused:
        read_document(FIXTURES / relative)
    cause = refused.value.cause
    assert "\n" not in cause
    return cause


def _cause_of(path) -> str:
    with pytest.raises(NoTaskTable) as refused:
        read_document(path)
    return refused.value.cause


def _cut(part: str, name: str) -> str:
    return (f"no task table or task list found: the page ends in its part `{part}`, before any numbered measure "
            f"of 《{name}》 names its owners — the page is cut: find the page or attachment that holds the whole plan")


def test_an_interpretation_of_a_plan_is_named_one():
    assert _cause("prose-shapes/ownerless-plan-interpretation.txt") == (
        "no task table or task list found: a policy interpretation (解读) of 《某市全面深化服务贸易创新发展试点实施方案》, "
        "not the plan itself — find the plan's own notice and read that")


def test_a_site_s_navigation_naming_its_interpretations_is_no_interpretation():
    # the law site's bar (… 法规解读 下载绿色版 …) over an excerpt cut in the plan's first part
    assert _cause("prose-blind10/suzhou-2017-city-field-list-dated-a-year-late.txt") == _cut(
        "一、打造外资发展新的增长极", "苏州市贯彻落实扩大对外开放积极利用外资政策的实施意见")


def test_a_news_report_is_named_one():
    assert _cause("prose-blind14/zhengzhou-2023-city-news-pilot-appraised.txt") == (
        "no task table or task list found: a news report, not the plan itself — find the plan's own notice and read that")


def test_a_news_report_names_the_plan_it_is_about():
    # 本報3月4日訊(記者 …) 記者今日從省政府獲悉: the leaders' shares of 《政府工作報告》
    assert _cause("prose-blind14/shanxi-2016-province-news-traditional-leaders-take-tasks.txt") == (
        "no task table or task list found: a news report about 《政府工作报告》, not the plan itself — find the plan's "
        "own notice and read that")


def test_a_web_page_reporting_a_meeting_is_named_a_news_report():
    assert _cause("web-pages/news-item.html") == (
        "no task table or task list found: a news report, not the plan itself — find the plan's own notice and read that")


def test_news_over_the_plan_s_full_text_is_named_by_the_plan_cut():
    # 近日…印发了《…》 then 《…》全文如下: the page holds the plan, cut in its second part
    assert _cause("prose-blind12/chongqing-2023-municipality-news-over-joint-plan.txt") == _cut(
        "二、分类引导区县城发展方向", "重庆市推进以区县城为重要载体的城镇化建设实施方案")


def test_a_plan_with_a_news_line_over_it_is_still_read():
    # 近日,渝中区人民政府办公室发布《…》 over the plan: a plan, read, never refused as news
    assert read_document(FIXTURES / "unseen-pages" / "news-aside-over-plan-title.txt").measures


@pytest.mark.parametrize("page", ["prose-blind14/jinzhai-2025-county-inspection-report-on-progress.txt",
                                  "prose-blind14/xuancheng-2020-city-progress-notice-cited-number-broken.txt"])
def test_a_report_on_progress_is_named_one(page):
    # an inspection's 督查组; a title …部分目标任务完成情况
    assert _cause(page) == ("no task table or task list found: a report on the progress of 《政府工作报告》, not the plan "
                            "itself — read the plan it reports on")


def test_a_page_titled_a_bulletin_is_named_a_report_on_progress(tmp_path):
    # the title's ending read from tasklist.toml report_title_endings, as the metadata reads a 名称 row
    page = tmp_path / "bulletin.txt"
    page.write_text("发布机构: 某某市商务局 主题分类: 综合政务\n名称: 某某市自贸试验区建设工作简报 文号:\n"
                    "发布日期: 2024-05-10\n某某市自贸试验区建设工作简报\n一、工作进展\n"
                    "今年以来，各项工作稳步推进，取得阶段性成效。\n二、下一步工作\n继续抓好各项任务落实。\n",
                    encoding="utf-8")
    assert _cause_of(page) == ("no task table or task list found: a report on the progress of a plan, not the plan "
                               "itself — read the plan it reports on")


def test_a_title_citing_a_report_is_no_report(tmp_path):
    # 关于落实《政府工作报告》重点工作部门分工的意见: the report is cited; the page is the plan, cut (before its
    # only owner bracket: the page itself, cut inside it, is read up to the cut)
    text = (FIXTURES / "prose-blind14/hunan-2019-province-posts-and-bodies-in-one-bracket.txt").read_text("utf-8")
    page = tmp_path / "page.txt"
    page.write_text(text[:text.index("(分管副省长")], encoding="utf-8")
    # the page ends inside 一、's (一)总体要求:…, its heading run into its text: the innermost part is named
    assert _cause_of(page) == _cut("(一)总体要求", "湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见")


def test_a_notice_issuing_a_summary_with_its_points_is_no_report():
    assert _cause("prose-blind12/shaoxing-2017-city-commission-summary-before-points.txt") == _cut(
        "一、突出两个主题,深化医改促发展", "2016年绍兴市卫生计生工作总结和2017年绍兴市卫生计生工作要点")


def test_a_document_of_rules_is_named_by_its_kind():
    assert _cause("places-blind3/ali-2021-prefecture-info-rows.txt") == (
        "no task table or task list found: 《阿里地区行政公署工作规则》 is a 规则, a document of rules, not a plan of "
        "measures with their owners — pilotplans reads task plans")


def test_a_notice_issuing_a_document_of_rules_is_named_by_its_kind():
    assert _cause("places-blind4/chengdu-2014-city-traditional-copy-site-time-row.txt") == (
        "no task table or task list found: 《成都市市级财政专项资金管理暂行办法》 is a 办法, a document of rules, not a "
        "plan of measures with their owners — pilotplans reads task plans")


def test_a_notice_breaking_down_a_cited_outline_is_no_document_of_rules_and_its_principles_no_measures():
    # 关于分解落实《…规划纲要》主要目标和任务的通知: the outline is cited, not issued; (一)–(三) under 一、分工原则
    # are principles: the page shows no kind, and keeps the generic line
    assert _cause("prose-blind12/nanjing-2006-city-square-bracket-number-responsibility-split.txt") == GENERIC


def test_a_notice_whose_plan_is_an_attachment_says_so():
    assert _cause("places-blind4/changchun-2016-ndrc-new-area-plan-law-site.txt") == (
        "no task table or task list found: the notice issues 《长春新区总体方案》 as an attachment the page does not hold "
        "— fetch the attachment (extract the notice's URL to follow its attachments)")


@pytest.mark.parametrize("page, name", [
    ("prose-blind14/sichuan-2017-province-info-bullets-notice-cut-before-plan.txt",
     "贯彻落实省第十一次党代会报告涉及政府工作目标任务分工方案"),
    ("prose-blind13/heilongjiang-2025-province-news-site-notice-issuing-three-plans.txt", "黑龙江省县域经济发展突破年行动方案"),
])
def test_a_notice_cut_before_its_plan_says_so(page, name):
    assert _cause(page) == (f"no task table or task list found: the notice issuing 《{name}》 ends before the plan's text "
                            f"— the page is cut: find the page or attachment that holds the plan")


def test_a_notice_followed_by_its_plan_s_text_without_its_title_is_named_by_the_plan_cut():
    # 现将《…若干意见》印发给你们 then the opinions' text, its title not printed again
    assert _cause("prose-blind9/hubei-2020-province-opinions-cut-before-owners.txt") == _cut(
        "一、着力抓好政策实施,推动国家和省系列支…", "支持全省服务业疫后加快发展若干意见")


def test_a_plan_whose_measures_name_no_owner_says_so():
    # its title ends with a kind of plan named by its measures as a whole (若干政策, prose33): declared a local plan, it
    # is read with its owners missing, and the line says so; the excerpt stops in its third measure (3. 加强土地要): the
    # count is the page's, only the first measures
    assert _cause("prose-blind11/binjiang-2023-district-policies-without-owners.txt") == (
        "no task table or task list found: the page holds only the first 2 numbered measures of "
        "《关于推动经济高质量发展的若干政策》 before it ends, none of them naming a body responsible (no 责任单位/牵头单位) "
        "— pilotplans reads plans that name who carries out each measure" + AS_LOCAL_PLAN)


def test_a_plan_naming_no_owner_that_ends_as_a_whole_page_ends_is_not_said_to_hold_only_its_first_measures():
    # 三、保障措施 (一)… (二)…。: the page ends a sentence after its measures; it holds 3, no more is claimed
    assert _cause("prose-shapes/ownerless-plan-sections.txt").startswith(
        "no task table or task list found: the page holds 3 numbered measures of 《某市全面深化服务贸易创新发展试点实施方案》, "
        "none of them naming a body responsible (no 责任单位/牵头单位) — ")


SHENZHEN = "prose-blind9/shenzhen-2021-city-measures-without-owners.txt"


def test_a_plan_naming_no_owner_that_would_be_read_declared_a_local_plan_says_how():
    # diff2 reads such a plan declared a local plan (manifest parent, or pilotplans diff NATIONAL FILE):
    # the refusal no longer says pilotplans reads only plans naming owners
    assert _cause(SHENZHEN) == (
        "no task table or task list found: the page holds only the first 2 numbered measures of "
        "《深圳市关于加快推动服务贸易创新发展的若干措施》 before it ends, none of them naming a body responsible "
        "(no 责任单位/牵头单位) — pilotplans reads plans that name who carries out each measure; "
        "declared a local plan of a national one (a `parent` in its manifest entry, or `pilotplans diff NATIONAL FILE`), "
        "it is read with its owners missing")


def test_the_way_a_refusal_of_a_plan_naming_no_owner_gives_reads_it():
    document = read_document(FIXTURES / SHENZHEN, DocumentHints(id="shenzhen-2021", parent="national-2020"))
    assert len(document.measures) == 2


def test_a_plan_cut_at_its_first_measure_is_named_cut_not_ownerless():
    assert _cause("prose-blind10/dalian-2025-city-field-list-measures-as-sections.txt") == _cut(
        "二、做大做强优势产业", "大连市生产性服务业高质量发展三年行动方案(2025—2027年)")


@pytest.mark.parametrize("page, part, name", [
    ("prose-blind11/xiongan-2021-new-area-two-issuers.txt", "一、总体要求", "全面推进乡村振兴加快农业农村现代化的实施方案"),
    ("prose-blind13/jingzhou-2018-district-notice-issuing-three-plans-figures-run-together.txt", "一、指导思想",
     "荆州区第三期学前教育三年行动计划(2018—2020年)"),
])
def test_a_page_cut_in_a_part_of_its_plan_says_so(page, part, name):
    assert _cause(page) == _cut(part, name)


def test_a_breakdown_going_on_under_its_heading_keeps_the_generic_line():
    # 常熟's rows printed a line each under 一、…: the reader's failure, no cut page; the generic line stands
    assert _cause("text-tables/blind7/changshu-2018-rows-one-line-each.txt") == GENERIC


def test_numbered_goals_are_no_measures_naming_no_owner():
    # 1.规模效益显著提升。… under 二、发展目标: targets, not measures; the page is not called a plan naming no owners
    cause = _cause("prose-blind10/haimen-2022-district-goals-numbered-no-tasks.txt")
    assert "numbered measures of" not in cause


def test_a_plan_s_own_sections_numbered_are_no_measures():
    # (一)指导思想 (二)主要目标 under 一、总体要求, then (三) cut under 二、: a cut page, not one naming no owners
    assert _cause("prose-blind10/jilin-2021-province-sections-numbered-through.txt") == _cut(
        "二、突出重点发展方向", "吉林省人民政府关于推动服务业转型升级高质量发展的意见")


def test_a_page_cut_as_its_item_opens_its_owner_bracket_is_no_plan_naming_no_owners():
    # …技术先进型服务企业。(责任 — the item was naming its owners when the excerpt stopped
    assert _cause("prose-blind/zhejiang-2024-print-page.txt") == _cut(
        "二、主要任务", "浙江省加力推动跨境电商高质量发展行动计划(2024—2027年)")


def test_the_refusals_file_is_validated_naming_the_key_found_wrong():
    from pilotplans.errors import PilotplansError, validated_data_file
    from pilotplans.parsers.interpret.refusal_schema import RefusalsFile

    text = (FIXTURES.parent.parent / "pilotplans" / "data" / "refusals.toml").read_text("utf-8")
    with pytest.raises(PilotplansError, match=r"^pilotplans/data/refusals.toml: news.opening: .*not a valid regular"):
        validated_data_file(RefusalsFile, text.replace("opening = [\n    '本报", "opening = [\n    '(本报", 1),
                            "refusals.toml")


_WHOLE_PLAN = ("某市推进服务贸易创新发展实施方案\n为推进服务贸易创新发展，结合我市实际，制定本方案。\n一、总体要求\n"
               "以习近平新时代中国特色社会主义思想为指导，推动服务贸易高质量发展。\n二、重点任务\n（一）扩大服务业开放\n"
               "推动金融、电信等领域有序开放，吸引外资企业落户，完善配套政策体系建设。\n（二）培育新型服务贸易\n"
               "大力发展数字贸易，建设数字贸易示范区，培育一批龙头企业和服务平台。\n{last}\n"
               "各地各部门要加强组织领导，强化协调配合，确保各项任务落到实处。\n2023年5月6日\n")


@pytest.mark.parametrize("last", ["三、保障措施", "三、组织实施", "（三）强化组织保障"])
def test_a_whole_plan_ending_in_the_part_a_plan_closes_with_is_not_called_cut(tmp_path, last):
    # its measures are headed paragraphs naming no owner, and it ends as a plan ends: the generic line
    assert text_refusal_cause(tmp_path, _WHOLE_PLAN.format(last=last)) == GENERIC


def test_a_page_cut_in_a_part_of_its_measures_is_still_called_cut(tmp_path):
    cut = _WHOLE_PLAN.split("{last}")[0] + "（三）发展服务外包\n推动服务外包向研发设计、检验检测等高端\n"
    assert text_refusal_cause(tmp_path, cut) == _cut("（三）发展服务外包", "某市推进服务贸易创新发展实施方案")


def test_a_page_cut_mid_sentence_in_the_part_a_plan_closes_with_is_still_called_cut(tmp_path):
    cut = _WHOLE_PLAN.split("{last}")[0] + "三、保障措施\n各地各部门要加强组织领导，强化协调\n"
    assert text_refusal_cause(tmp_path, cut) == _cut("三、保障措施", "某市推进服务贸易创新发展实施方案")


def test_a_plan_citing_a_notice_that_issued_another_plan_is_no_notice_cut_before_its_plan(tmp_path):
    # 为贯彻落实《国务院关于印发X的通知》: 印发 is the cited notice's; the page is the plan, cut in its first part
    page = ("某市加快发展服务贸易实施方案\n为贯彻落实《国务院关于印发全面深化服务贸易创新发展试点总体方案的通知》精神，"
            "结合我市实际，制定本方案。\n一、总体要求\n以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，推动\n")
    assert text_refusal_cause(tmp_path, page) == _cut("一、总体要求", "某市加快发展服务贸易实施方案")


def test_a_consultation_on_a_draft_is_named_by_its_own_title_not_the_notice_it_cites():
    # 根据…《关于印发<促进消费恢复发展若干政策措施〉的通知》: the city's notice cited, not the county's draft
    assert _cause("prose-blind10/zhongxian-2022-county-consultation-over-measures.txt") == _cut(
        "一、推出消费惠民便民利民措施",
        "忠县发展和改革委员会关于《忠县促进消费恢复发展若干政策措施(征求意见稿)》公开征求意见的通知")


def test_a_plan_reprinted_by_a_newspaper_s_site_is_no_news_report(tmp_path):
    # 来源：某某日报 says where the page was printed, not that it reports: the plan, cut in its first part
    page = ("某市加快发展服务贸易实施方案\n来源：某某日报 发布时间：2023-05-06\n为推进服务贸易高质量发展，结合我市实际，"
            "制定本方案。\n一、总体要求\n以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，推动\n")
    assert text_refusal_cause(tmp_path, page) == _cut("一、总体要求", "某市加快发展服务贸易实施方案")


def test_an_outline_is_named_an_outline_not_a_document_of_rules():
    # …“十一五”经济社会发展规划纲要: goals and tasks, no rules
    assert _cause("places-blind/anhui-2006-province-law-site-rows.txt") == (
        "no task table or task list found: 《安徽省人民政府沿江城市群“十一五”经济社会发展规划纲要》 is a 规划纲要, an outline "
        "of goals and tasks, not a plan of measures with their owners — pilotplans reads task plans")


def test_a_plan_naming_no_owner_but_an_attachment_sends_the_user_to_the_attachment(tmp_path):
    # 附件：…重点任务分工表: the owners may be in the table the page only names
    page = ("某市加快发展服务贸易实施方案\n为推进服务贸易高质量发展，结合我市实际，制定本方案。\n一、重点任务\n"
            "1.扩大服务业开放。推动金融、电信等领域有序开放。\n2.培育新型服务贸易。大力发展数字贸易。\n"
            "二、保障措施\n各地各部门要加强组织领导，确保各项任务落到实处。\n附件：某市加快发展服务贸易重点任务分工表\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: the page holds 2 numbered measures of 《某市加快发展服务贸易实施方案》, none of "
        "them naming a body responsible on the page, and it names an attachment (`附件：某市加快发展服务贸易重点任务分工表`) the page does not hold — fetch the "
        "attachment (extract the notice's URL to follow its attachments)")


def test_a_notice_convening_a_meeting_is_no_news_report(tmp_path):
    # 定于…召开…推进会: a meeting to be held, not one reported; the page shows no kind and keeps the generic line
    page = ("关于召开全市服务贸易工作推进会的通知\n各区县人民政府，市政府各部门：\n"
            "经市政府同意，定于2023年5月10日召开全市服务贸易工作推进会，现将有关事项通知如下：\n一、会议时间\n"
            "2023年5月10日上午9:00\n二、参会人员\n各区县分管负责同志，市商务局负责同志。\n某市人民政府办公室\n2023年5月6日\n")
    assert text_refusal_cause(tmp_path, page) == GENERIC


def test_a_meeting_held_is_still_a_news_report(tmp_path):
    page = ("某市召开服务贸易工作推进会\n5月10日，市政府召开全市服务贸易工作推进会，部署下一阶段重点工作。\n"
            "会议强调，要加快推进服务贸易创新发展，确保各项任务落到实处。\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: a news report, not the plan itself — find the plan's own notice and read that")


def test_a_page_naming_no_plan_is_not_called_a_cut_plan(tmp_path):
    # no title read and no plan cited: a page ending under 一、基本情况 shows no plan it could be cut from; its head
    # line, shaped as a title, names its kind (…的调研报告), read though the metadata reads no title from it
    page = ("关于某市服务贸易发展的调研报告\n为全面了解我市服务贸易发展现状，市政协组织开展专题调研，现将调研情况报告如下。\n一、基本情况\n"
            "近年来，我市服务贸易规模持续扩大，结构不断优化，新业态新模式加快\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: 《关于某市服务贸易发展的调研报告》 is a 调研报告, a study of a question, not a plan "
        "of measures with their owners — pilotplans reads task plans")


def test_a_page_naming_no_plan_nor_its_kind_keeps_the_generic_line(tmp_path):
    # the same page under a head naming no kind: ending under 一、基本情况, it shows no plan it could be cut from
    page = ("某市服务贸易发展现状与思考\n为全面了解我市服务贸易发展现状，市政协组织开展专题调研，现将调研情况报告如下。\n一、基本情况\n"
            "近年来，我市服务贸易规模持续扩大，结构不断优化，新业态新模式加快\n")
    assert text_refusal_cause(tmp_path, page) == GENERIC


def test_a_plan_s_account_of_its_base_is_no_report_on_progress(tmp_path):
    # 一、发展基础 截至目前，…: the plan's own account of where it starts; the plan, cut in its second part
    page = ("某市加快发展服务贸易实施方案\n为推进服务贸易高质量发展，结合我市实际，制定本方案。\n一、发展基础\n"
            "截至目前，全市服务贸易企业达到1200家，服务贸易额年均增长15%。\n二、总体要求\n"
            "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，推动\n")
    assert text_refusal_cause(tmp_path, page) == _cut("二、总体要求", "某市加快发展服务贸易实施方案")


def test_a_site_s_navigation_naming_its_questions_and_answers_is_no_interpretation(tmp_path):
    # 政策解读 | 一问一答 | 在线访谈: the site's sections over the plan, cut in its first part
    page = ("首页 | 政务公开 | 政策文件 | 政策解读 | 一问一答 | 在线访谈\n某市加快发展服务贸易实施方案\n"
            "为推进服务贸易高质量发展，结合我市实际，制定本方案。\n一、总体要求\n"
            "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，推动\n")
    assert text_refusal_cause(tmp_path, page) == _cut("一、总体要求", "某市加快发展服务贸易实施方案")


def test_questions_and_answers_on_a_plan_are_an_interpretation(tmp_path):
    page = ("市商务局负责人就《某市加快发展服务贸易实施方案》答记者问\n近日，市政府印发了《某市加快发展服务贸易实施方案》。\n"
            "一、方案出台的背景是什么？\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: a policy interpretation (解读) of 《某市加快发展服务贸易实施方案》, not the plan "
        "itself — find the plan's own notice and read that")


def test_measures_naming_their_bodies_as_subjects_are_not_said_to_name_none(tmp_path):
    # 市商务局要推动…: each measure names who carries it out, in a shape the reader does not take; the generic line
    page = ("某市加快发展服务贸易实施方案\n为推进服务贸易高质量发展，结合我市实际，制定本方案。\n一、重点任务\n"
            "1.扩大服务业开放。市商务局要推动金融、电信等领域有序开放。\n2.培育新型服务贸易。市发展改革委要大力发展数字贸易。\n"
            "二、保障措施\n各地各部门要加强组织领导，确保各项任务落到实处。\n")
    assert text_refusal_cause(tmp_path, page) == GENERIC


def test_a_byline_over_a_plan_s_numbered_parts_is_no_news_report(tmp_path):
    # 本报记者 … 通讯员 over the plan's own 一、 and （一）: a newspaper reprinting the plan, cut in its first part
    page = ("某市加快发展服务贸易实施方案\n本报记者 王某某 通讯员 李某某\n为推进服务贸易高质量发展，结合我市实际，"
            "制定本方案。\n一、总体要求\n（一）指导思想\n以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，推动\n")
    assert text_refusal_cause(tmp_path, page) == _cut("（一）指导思想", "某市加快发展服务贸易实施方案")


def test_a_byline_over_a_report_of_a_meeting_held_with_numbered_parts_is_still_news():
    # 记者 张三 over 一、会议情况 1.会议听取…: the title reports a meeting held, so the parts are the report's
    assert _cause("prose-shapes/ownerless-news-story.txt") == (
        "no task table or task list found: a news report, not the plan itself — find the plan's own notice and read that")


def test_a_byline_alone_over_a_page_printing_no_plan_s_parts_is_news(tmp_path):
    # 记者：… 通讯员：… and no numbered part or measure: a report, though it names no dateline
    page = ("某市服务贸易发展势头良好\n本报记者：王某某 通讯员：李某某\n今年以来，我市服务贸易规模持续扩大，"
            "一批龙头企业加快成长，数字贸易成为新的增长点。\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: a news report, not the plan itself — find the plan's own notice and read that")


def test_a_byline_over_a_report_listing_a_plan_s_points_is_still_news(tmp_path):
    # 本报记者 … over 主要内容包括： 1.… 2.…: points numbered alone are a report's list, no plan's own parts
    page = ("某市出台措施支持服务贸易发展\n本报记者 王某某 通讯员 李某某\n为推动服务贸易高质量发展，我市出台若干措施，"
            "主要内容包括：\n1.扩大服务业开放。推动金融、电信等领域有序开放。\n2.培育新型服务贸易。大力发展数字贸易。\n"
            "下一步，市商务局将抓好各项措施落实。\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: a news report, not the plan itself — find the plan's own notice and read that")


def test_a_whole_plan_naming_no_owner_signed_by_its_issuer_is_not_said_to_end_early(tmp_path):
    # its last measure ends a sentence, then 某市人民政府办公室 without a date: an issuer closing a whole plan (titled
    # 若干政策, a kind of plan: declared a local plan, it is read with its owners missing)
    page = ("某市加快发展服务贸易若干政策\n为推进服务贸易高质量发展，结合我市实际，制定本政策。\n一、主要任务\n"
            "1.扩大服务业开放。推动金融、电信等领域有序开放。\n2.培育新型服务贸易。大力发展数字贸易。\n某市人民政府办公室\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: the page holds 2 numbered measures of 《某市加快发展服务贸易若干政策》, "
        "none of them naming a body responsible (no 责任单位/牵头单位) — pilotplans reads plans that name who carries "
        "out each measure" + AS_LOCAL_PLAN)


def test_a_byline_over_a_report_in_parts_of_its_own_is_still_news(tmp_path):
    # 本报记者 … over 一、坚持高位推动 二、突出制度创新: a report's parts, none named like a plan's (一、总体要求)
    page = ("我市服务贸易创新发展试点取得明显成效\n本报记者 王某某 通讯员 李某某\n自《某市全面深化服务贸易创新发展试点实施方案》"
            "实施以来，我市多措并举推动试点落地见效。\n一、坚持高位推动\n市委市政府高度重视，成立工作专班，定期调度推进。\n"
            "二、突出制度创新\n1.推进跨境服务贸易便利化。全市累计形成创新案例十余个。\n2.培育数字贸易新业态。一批龙头企业加快成长。\n"
            "三、下一步打算\n我市将继续深化改革，推动服务贸易高质量发展。\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: a news report about 《某市全面深化服务贸易创新发展试点实施方案》, not the plan "
        "itself — find the plan's own notice and read that")


def test_a_dateline_naming_a_correspondent_is_still_a_dateline(tmp_path):
    # 本报讯（通讯员 …）: the 讯 of 通讯员 is no dateline, but 本报讯 before it is, even over a plan's own parts
    page = ("我市出台服务贸易实施方案\n本报讯（通讯员 李某某）我市印发某市加快发展服务贸易实施方案，主要内容如下。\n"
            "一、总体要求\n以习近平新时代中国特色社会主义思想为指导，推动服务贸易高质量发展。\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: a news report, not the plan itself — find the plan's own notice and read that")


def test_a_page_opening_with_a_site_s_dateline_is_named_a_news_report():
    # (金砖跨境)2月17日消息, over the site's own digest of the plan's points (1、2、2、3、4, no owners)
    assert _cause("unseen-pages/news-site-dateline-over-plan-points.txt") == (
        "no task table or task list found: a news report about 《中国(鄂尔多斯)跨境电子商务综合试验区建设实施方案》, not the "
        "plan itself — find the plan's own notice and read that")


def test_a_date_running_into_a_word_is_no_dateline(tmp_path):
    # 自2024年1月1日电子营业执照…: 日电 of a date and a word, no wire's 4月21日电
    page = tmp_path / "plan.txt"
    page.write_text("某某市优化营商环境实施方案\n自2024年1月1日电子营业执照全面推行，为进一步优化营商环境，制定本方案。\n"
                    "一、深化商事制度改革\n", encoding="utf-8")
    assert _cause_of(page) == _cut("一、深化商事制度改革", "某某市优化营商环境实施方案")


# -- refusals3: a notice's shape, a report of work done, a byline's name, a page cut by evidence --

_REPORTED = ("no task table or task list found: a page reporting that 《{}》 was issued (a news report or commentary), "
             "not the plan itself — find the plan's own notice and read that")


def test_a_commentary_reporting_a_plan_issued_is_no_notice_cut_before_its_plan():
    # …2025年4月11日,国务院印发《…工作方案》… over the commentary's own parts: it issues nothing
    assert _cause("unseen-pages/commentary-quoting-state-council-issued-plan.txt") == _REPORTED.format(
        "加快推进服务业扩大开放综合试点工作方案")


def test_a_page_reporting_a_plan_issued_names_the_plan_reported_not_its_source(tmp_path):
    page = ("据《经济日报》报道，国务院印发《加快推进服务业扩大开放综合试点工作方案》，新增9个试点城市。\n"
            "一、服务业扩大开放的时代背景\n当前，全球经济复苏动力不足，中国坚定不移扩大对外开放。\n")
    assert text_refusal_cause(tmp_path, page) == _REPORTED.format("加快推进服务业扩大开放综合试点工作方案")


def test_a_page_reporting_a_plan_issued_then_printing_its_title_holds_the_plan():
    # 8月12日,上海市人民政府印发《…规划》的通知。 then the plan's title and its first part: the plan, cut
    assert _cause("notices/lingang-2021-zone-plan-on-news-page.txt") == _cut(
        "一、发展基础", "中国(上海)自由贸易试验区临港新片区发展“十四五”规划")


def test_a_plan_s_purpose_clause_citing_a_plan_issued_is_no_report_of_it(tmp_path):
    # 为贯彻落实国务院印发《X》: the plan's own preamble, not a report that X was issued
    page = ("某市加快发展服务贸易实施方案\n为贯彻落实国务院印发《全面深化服务贸易创新发展试点总体方案》，结合我市实际，"
            "制定本方案。\n一、总体要求\n以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，推动\n")
    assert text_refusal_cause(tmp_path, page) == _cut("一、总体要求", "某市加快发展服务贸易实施方案")


def test_a_plan_whose_preamble_recounts_the_plan_it_follows_being_issued_is_no_report_of_it(tmp_path):
    # 2020年8月，国务院印发《X》，我市被列为试点城市 … 制定本方案: the local plan's own preamble; the plan, cut
    page = ("某市全面深化服务贸易创新发展试点实施方案\n2020年8月，国务院印发《全面深化服务贸易创新发展试点总体方案》，"
            "我市被列为全面深化试点城市。为高质量推进试点工作，结合我市实际，制定本方案。\n一、总体要求\n"
            "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，推动\n")
    assert text_refusal_cause(tmp_path, page) == _cut("一、总体要求", "某市全面深化服务贸易创新发展试点实施方案")


def test_a_notice_issuing_a_plan_to_its_addressees_is_still_a_notice_cut_before_its_plan(tmp_path):
    # the addressees, then 现将《X》印发给你们: the notice's own shape
    page = ("某市人民政府办公室关于印发某市加快发展服务贸易实施方案的通知\n各区县人民政府，市政府各部门：\n"
            "经市政府同意，现将《某市加快发展服务贸易实施方案》印发给你们，请认真贯彻执行。\n某市人民政府办公室\n2023年5月6日\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: the notice issuing 《某市加快发展服务贸易实施方案》 ends before the plan's text "
        "— the page is cut: find the page or attachment that holds the plan")


def _titled(tmp_path, title: str) -> str:
    page = tmp_path / "report.txt"
    page.write_text(f"发布机构: 某某市商务局 主题分类: 综合政务\n名称: {title} 文号:\n发布日期: 2024-05-10\n{title}\n"
                    "一、基本情况\n今年以来，我们围绕服务贸易创新发展试点开展了专题研究，走访了二十余家企业。\n"
                    "二、主要问题\n部分企业对试点政策了解不够，跨境支付仍有堵点。\n", encoding="utf-8")
    return _cause_of(page)


@pytest.mark.parametrize("title", ["某某市服务贸易创新发展试点调研报告", "关于某某市数字贸易发展的研究报告",
                                   "某某市服务贸易创新发展试点评估报告"])
def test_a_research_or_investigation_report_is_a_study_not_a_report_on_progress(tmp_path, title):
    # its parts (一、基本情况 二、主要问题) are a study's: no report on a plan's progress, and no plan cut in a part
    kind = title[-4:]
    assert _titled(tmp_path, title) == (f"no task table or task list found: 《{title}》 is a {kind}, a study of a question, "
                                        "not a plan of measures with their owners — pilotplans reads task plans")


@pytest.mark.parametrize("title", ["某某市服务贸易创新发展试点工作报告", "关于某某市服务贸易创新发展试点进展情况的报告",
                                   "关于某某市2023年服务贸易发展计划执行情况的报告"])
def test_a_report_of_work_done_is_a_report_on_progress(tmp_path, title):
    assert _titled(tmp_path, title) == ("no task table or task list found: a report on the progress of a plan, not the "
                                        "plan itself — read the plan it reports on")


def test_a_bare_reporter_in_the_opening_lines_is_no_byline():
    # 记者大讲堂实施方案_第1页 …: a document site's outline of a plan; no line names a reporter
    assert _cause("unseen-pages/doc-site-plan-outline-naming-reporters.txt") == GENERIC


@pytest.mark.parametrize("byline", ["（记者 张三）", "记者：王小明、李大力", "文/记者 张三 李四", "本报记者 王某某",
                                    "本报记者 王 燕", "（记者 王 燕 通讯员 李 强）"])
def test_a_reporter_s_name_is_a_byline(tmp_path, byline):
    page = (f"某市服务贸易发展势头良好\n{byline}\n今年以来，我市服务贸易规模持续扩大，一批龙头企业加快成长，"
            "数字贸易成为新的增长点。\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: a news report, not the plan itself — find the plan's own notice and read that")


def test_the_reporter_reporting_is_news_though_no_byline_names_him(tmp_path):
    # 记者从市商务局了解到: a reporting verb
    page = ("某市服务贸易发展势头良好\n记者从市商务局了解到，今年以来，我市服务贸易规模持续扩大，一批龙头企业加快成长。\n"
            "数字贸易成为新的增长点，跨境电商交易额同比增长三成。\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: a news report, not the plan itself — find the plan's own notice and read that")


def test_a_plan_naming_reporters_in_its_text_is_no_news_report(tmp_path):
    # 为新闻记者采访提供便利: reporters named in the plan's preamble, no byline; the plan, cut in its first part
    page = ("某市加快发展新闻出版服务贸易实施方案\n为推进新闻出版服务贸易发展，为境外新闻记者采访提供便利，结合我市实际，"
            "制定本方案。\n一、重点任务\n推动新闻出版企业拓展海外市场，支持出版物版权输出，建设一批对外\n")
    assert text_refusal_cause(tmp_path, page) == _cut("一、重点任务", "某市加快发展新闻出版服务贸易实施方案")


@pytest.mark.parametrize("page, name", [
    ("real_plans/shanghai-2020-tasks-excerpt.txt", "上海市全面深化服务贸易创新发展试点实施方案"),
    ("places-blind4/guangdong-2015-province-traditional-plan-page-opens-at-addressee.txt", "广东省加快发展服务贸易行动计画(2015-2020年)"),
])
def test_an_excerpt_ending_on_a_whole_sentence_after_its_measures_holds_only_its_first_measures(page, name):
    # 2.…。 as the page's last line: no part a plan closes with, no signature, no date — the excerpt ends early
    assert _cause(page).startswith(
        f"no task table or task list found: the page holds only the first 2 numbered measures of 《{name}》 before it ends")


_MEASURES = ("某市加快发展服务贸易若干措施\n为推进服务贸易高质量发展，结合我市实际，{announce}制定本措施。\n一、主要任务\n"
             "1.扩大服务业开放。推动金融、电信等领域有序开放。\n2.培育新型服务贸易。大力发展数字贸易。\n"
             "3.发展服务外包。推动服务外包向高端延伸。\n{after}")


def _held_of(tmp_path, announce: str = "", after: str = "") -> str:
    cause = text_refusal_cause(tmp_path, _MEASURES.format(announce=announce, after=after))
    return cause.split(" of 《")[0].removeprefix("no task table or task list found: ")


@pytest.mark.parametrize("after", ["本措施自印发之日起施行。\n", "某市人民政府办公室\n2023年5月6日\n",
                                   "二、保障措施\n各地各部门要加强组织领导，确保各项措施落到实处。\n",
                                   "附件：服务贸易重点项目表\n", "各地各部门要加强组织领导，确保各项措施落到实处。\n"])
def test_a_whole_plan_showing_its_end_is_not_said_to_hold_only_its_first_measures(tmp_path, after):
    assert _held_of(tmp_path, after=after) == "the page holds 3 numbered measures"


def test_a_page_marking_itself_cut_holds_only_its_first_measures(tmp_path):
    # the last measure's paragraphs go on past three lines, then the site's 阅读全文
    after = "".join(f"推动服务外包向研发设计、检验检测等高端环节延伸，第{k}批示范企业加快培育。\n" for k in "一二三") + "阅读全文\n"
    assert _held_of(tmp_path, after=after) == "the page holds only the first 3 numbered measures"


def test_a_page_whose_measures_fall_short_of_the_count_its_plan_announces_holds_only_its_first(tmp_path):
    after = "".join(f"推动服务外包向研发设计、检验检测等高端环节延伸，第{k}批示范企业加快培育。\n" for k in "一二三")
    assert _held_of(tmp_path, announce="提出以下十条措施，", after=after) == (
        "the page holds only the first 3 numbered measures")


def test_a_page_going_on_past_its_last_measure_with_no_evidence_of_a_cut_keeps_the_plain_count(tmp_path):
    after = "".join(f"推动服务外包向研发设计、检验检测等高端环节延伸，第{k}批示范企业加快培育。\n" for k in "一二三")
    assert _held_of(tmp_path, after=after) == "the page holds 3 numbered measures"


def test_a_list_of_measures_alone_ending_on_a_whole_sentence_keeps_the_plain_count(tmp_path):
    # 1. … 3. with no parts (一、…) and nothing after: a list of measures may end so whole
    page = _MEASURES.format(announce="", after="").replace("一、主要任务\n", "")
    cause = text_refusal_cause(tmp_path, page)
    assert cause.split(" of 《")[0] == "no task table or task list found: the page holds 3 numbered measures"


def test_a_plan_in_its_own_sections_ending_right_after_its_last_measure_holds_only_its_first(tmp_path):
    # 一、总体要求 二、主要任务 1. … 3.。 and nothing after: a plan so set out closes with a part of its own (保障措施);
    # no such part, no signature, no date
    page = _MEASURES.format(announce="", after="").replace("一、主要任务\n", "一、总体要求\n到2025年，服务贸易规模稳步扩大。\n二、主要任务\n")
    cause = text_refusal_cause(tmp_path, page)
    assert cause.split(" of 《")[0] == "no task table or task list found: the page holds only the first 3 numbered measures"


def test_a_plan_in_its_own_sections_reaching_a_part_after_its_last_measure_keeps_the_plain_count(tmp_path):
    # 三、抓好贯彻落实 after the measures: the part the plan closes with, though not named 保障措施
    page = _MEASURES.format(announce="", after="三、抓好贯彻落实\n建立工作推进机制，确保各项措施落到实处。\n").replace(
        "一、主要任务\n", "一、总体要求\n到2025年，服务贸易规模稳步扩大。\n二、主要任务\n")
    cause = text_refusal_cause(tmp_path, page)
    assert cause.split(" of 《")[0] == "no task table or task list found: the page holds 3 numbered measures"


def test_a_plan_in_parts_of_measures_alone_ending_right_after_its_last_measure_keeps_the_plain_count(tmp_path):
    # 一、主要任务 1. … 3.。 and nothing after: parts holding measures alone (a 若干措施's) may end so whole
    assert _held_of(tmp_path) == "the page holds 3 numbered measures"


_RECOUNTING = ("某市全面深化服务贸易创新发展试点实施方案\n2020年8月，国务院印发《全面深化服务贸易创新发展试点总体方案》，"
               "我市被列为全面深化试点城市。{purpose}\n{part}\n以习近平新时代中国特色社会主义思想为指导，推动\n")


@pytest.mark.parametrize("purpose", ["为高质量推进试点工作，根据国家有关要求，制定本实施方案。",
                                     "为高质量推进试点工作，现就推进试点提出如下意见。"])
def test_a_plan_setting_itself_out_as_a_kind_of_document_is_no_report_of_the_plan_it_follows(tmp_path, purpose):
    # 制定本实施方案 (a kind of document after 本), 现就…提出如下意见: the local plan's own preamble
    page = _RECOUNTING.format(purpose=purpose, part="一、重点任务")
    assert text_refusal_cause(tmp_path, page) == _cut("一、重点任务", "某市全面深化服务贸易创新发展试点实施方案")


def test_a_plan_printing_its_own_parts_is_no_report_of_the_plan_it_follows(tmp_path):
    # no sentence setting the plan out, but its part 一、总体要求 is a plan's own
    page = _RECOUNTING.format(purpose="", part="一、总体要求")
    assert text_refusal_cause(tmp_path, page) == _cut("一、总体要求", "某市全面深化服务贸易创新发展试点实施方案")


def test_a_count_a_measure_names_is_no_count_its_plan_announces(tmp_path):
    # a list of measures alone, whole: 制定10项 in its last measure counts standards, not the plan's measures
    page = (_MEASURES.format(announce="", after="").replace("一、主要任务\n", "")
            .replace("推动服务外包向高端延伸。", "到2025年，制定10项服务外包团体标准。"))
    cause = text_refusal_cause(tmp_path, page)
    assert cause.split(" of 《")[0] == "no task table or task list found: the page holds 3 numbered measures"


def test_a_notice_titled_issuer_issues_the_named_plan_is_a_notice_cut_before_its_plan(tmp_path):
    # 某省人民政府办公厅印发《X》的通知 over its addressees: the notice's own title, the name in 《》 read out of it
    page = ("某省人民政府办公厅印发《某省加快发展服务贸易实施方案》的通知\n各市人民政府，省政府各部门：\n"
            "《某省加快发展服务贸易实施方案》已经省政府同意，请认真贯彻执行。\n某省人民政府办公厅\n2023年5月6日\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: the notice issuing 《某省加快发展服务贸易实施方案》 ends before the plan's text "
        "— the page is cut: find the page or attachment that holds the plan")


def test_a_sentence_reporting_a_notice_issued_is_no_notice_title(tmp_path):
    # …办公厅印发《X》的通知。 ended as a sentence, opening a commentary: it reports the notice, issues nothing
    page = ("2023年5月6日，某省人民政府办公厅印发《某省加快发展服务贸易实施方案》的通知。\n"
            "一、服务贸易发展的新机遇\n当前，全球服务贸易加快发展，数字技术深刻改变服务的提供方式。\n")
    assert text_refusal_cause(tmp_path, page) == _REPORTED.format("某省加快发展服务贸易实施方案")


@pytest.mark.parametrize("told", ["市商务局负责人向记者介绍了方案的主要内容。", "市商务局负责人在接受记者采访时表示，方案内容务实。",
                                  "市商务局负责人告诉记者，方案内容务实。"])
def test_an_official_speaking_to_the_reporter_is_news_though_no_byline_names_him(tmp_path, told):
    # a news page listing the plan's points 1. 2. 3.: the official speaks to the reporter, which no plan does
    page = (f"某市印发服务贸易创新发展试点实施方案\n{told}\n方案明确了以下重点：\n1.扩大服务业开放，推动金融、电信等领域有序开放。\n"
            "2.培育新型服务贸易，大力发展数字贸易。\n3.发展服务外包，推动服务外包向高端延伸。\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: a news report, not the plan itself — find the plan's own notice and read that")


def test_a_plan_naming_reporters_as_its_subject_is_no_news_report(tmp_path):
    # 加强对记者的培训: reporters the plan's subject, no one speaking to one; the plan, cut in its first part
    page = ("某市加快发展新闻出版服务贸易实施方案\n为推进新闻出版服务贸易发展，加强对记者的培训，结合我市实际，"
            "制定本方案。\n一、重点任务\n推动新闻出版企业拓展海外市场，支持出版物版权输出，建设一批对外\n")
    assert text_refusal_cause(tmp_path, page) == _cut("一、重点任务", "某市加快发展新闻出版服务贸易实施方案")


def test_a_plan_cut_paragraphs_past_its_opening_part_s_heading_is_named_cut():
    # 新乡…行动计划: 一、总体要求, then (一)指导思想。… (二)发展目标。… and two paragraphs, the last cut mid-sentence
    # (…占规模以上工业增加): refused with the generic line, the heading five lines before the page's end
    assert _cause("unseen-pages/plan-cut-in-its-opening-part.txt") == _cut(
        "一、总体要求", "新乡市建设制造强市三年行动计划(2023—2025年)")


def test_a_page_ending_a_sentence_in_its_opening_part_keeps_the_generic_line(tmp_path):
    text = (FIXTURES / "unseen-pages/plan-cut-in-its-opening-part.txt").read_text("utf-8").rstrip()
    page = tmp_path / "ended.txt"
    page.write_text(text + "值比重超过30%。\n", encoding="utf-8")
    assert _cause_of(page) == GENERIC


@pytest.mark.parametrize("end", ["新乡市人民政府办公室", "附件：新乡市重点项目表", "（此件公开发布）"])
def test_a_page_showing_a_plan_s_end_after_its_opening_part_keeps_the_generic_line(tmp_path, end):
    # a sentence ended, then the plan's signature or attachment: the last line ends no sentence, yet the page shows
    # the plan's end, not a cut (it was named cut `in its part 一、总体要求`)
    text = (FIXTURES / "unseen-pages/plan-cut-in-its-opening-part.txt").read_text("utf-8").rstrip()
    page = tmp_path / "signed.txt"
    page.write_text(text + "值比重超过30%。\n" + end + "\n", encoding="utf-8")
    assert _cause_of(page) == GENERIC


# -- refusals4: the page's kind read once; 记者 inside a title; a notice's other verbs; a pilot's evaluation; a
# report of an approval --

def test_a_refused_page_s_kind_is_read_once(monkeypatch):
    # the page, not declared a local plan, is asked whether it would be read declared one (a plan naming no owners,
    # titled …若干措施) and what it is: one reading answers both, as only the line, never the kind, differs
    from pilotplans.parsers.interpret import refusal

    calls = []
    read = refusal.refused_as
    monkeypatch.setattr(refusal, "refused_as", lambda *args: calls.append(args) or read(*args))
    assert _cause(SHENZHEN).endswith("it is read with its owners missing")
    assert len(calls) == 1


def test_only_a_plan_naming_no_owners_says_how_it_is_read_declared():
    from pilotplans.parsers.interpret.refusal import Refusal

    news = Refusal("news", "no task table or task list found: a news report")
    assert news.as_declarable() == news
    ownerless = Refusal("no_owners", "no task table or task list found: the page holds 2", readable_declared=True)
    assert ownerless.as_declarable().kind == "no_owners"
    assert ownerless.as_declarable().cause.endswith("it is read with its owners missing")


_NEWS = "no task table or task list found: a news report, not the plan itself — find the plan's own notice and read that"
_APPROVAL = "unseen-pages/news-state-council-approval-reported.txt"


def test_a_news_report_of_an_approval_is_named_news():
    # 江西内陆开放型经济试验区设立获批 / 中国政府网消息,国务院13日发布关于同意设立…的批复: it kept the generic line
    assert _cause(_APPROVAL) == _NEWS


def _approval_page(tmp_path, title: str, opening: str) -> str:
    body = (FIXTURES / _APPROVAL).read_text("utf-8").splitlines()[2:]
    return text_refusal_cause(tmp_path, "\n".join([title, opening, *body]) + "\n")


@pytest.mark.parametrize("title, opening", [
    ("江西内陆开放型经济试验区设立获批", "国务院发布关于同意设立江西内陆开放型经济试验区的批复。"),  # a headline ending 获批
    ("江西内陆开放型经济试验区", "中国政府网消息，国务院发布关于同意设立江西内陆开放型经济试验区的批复。"),  # an outlet's source line
    ("江西内陆开放型经济试验区", "国务院13日发布关于同意设立江西内陆开放型经济试验区的批复。"),  # a bare day of the month
    ("江西内陆开放型经济试验区", "国务院日前下发关于同意设立江西内陆开放型经济试验区的批复。"),  # 日前 with no comma
])
def test_each_form_of_a_reported_approval_alone_makes_a_page_news(tmp_path, title, opening):
    assert _approval_page(tmp_path, title, opening) == _NEWS


def test_a_plan_issued_of_late_with_no_comma_makes_a_page_news_about_it(tmp_path):
    opening = "国家发展改革委近日印发《江西内陆开放型经济试验区建设总体方案》。"
    assert _approval_page(tmp_path, "江西内陆开放型经济试验区", opening) == _NEWS.replace(
        "a news report,", "a news report about 《江西内陆开放型经济试验区建设总体方案》,")


def test_a_reported_approval_without_a_news_report_s_form_keeps_the_generic_line(tmp_path):
    # the same page opening with the approval dated in full, as a plan recounts it: no form of a report
    opening = "2020年4月13日，国务院发布关于同意设立江西内陆开放型经济试验区的批复。"
    assert _approval_page(tmp_path, "江西内陆开放型经济试验区", opening) == GENERIC


@pytest.mark.parametrize("purpose", [
    "2020年8月13日，国务院批复同意《全面深化服务贸易创新发展试点总体方案》，我市被列为试点城市。",
    "为贯彻落实省政府近日印发的《全面深化服务贸易创新发展试点总体方案》，结合我市实际。",
    "根据国务院日前批复的总体方案要求，我市被列为全面深化试点城市。",
])
def test_a_plan_recounting_the_approval_it_follows_is_no_news_report(tmp_path, purpose):
    # a full date, a name cited (近日印发的《X》), a basis clause (根据…日前批复): the plan's own preamble; the plan, cut
    page = (f"某市全面深化服务贸易创新发展试点实施方案\n{purpose}\n一、重点任务\n"
            "以习近平新时代中国特色社会主义思想为指导，推动\n")
    assert text_refusal_cause(tmp_path, page) == _cut("一、重点任务", "某市全面深化服务贸易创新发展试点实施方案")


def test_a_plan_titled_a_training_plan_for_reporters_is_no_news_report(tmp_path):
    # …新闻记者培训计划: 记者 then 培训计划 read as a reporter's name; the title ends in a kind of document: the plan, cut
    page = ("某市2024年新闻记者培训计划\n为提高新闻记者业务能力，结合我市实际，制定本计划。\n一、培训对象\n"
            "全市各新闻单位一线记者和编辑人员。\n二、培训内容\n新闻采写、融媒体制作和舆论引导能\n")
    assert text_refusal_cause(tmp_path, page) == _cut("二、培训内容", "某市2024年新闻记者培训计划")


@pytest.mark.parametrize("title", ["某市全面深化服务贸易创新发展试点中外记者见面会", "某市2024年新闻记者培训班"])
def test_a_title_naming_an_event_for_reporters_is_no_byline(tmp_path, title):
    # 记者 then 见面会 / 培训班: the event the title is about, not who wrote the page; the page shows no kind
    page = (f"{title}\n5月10日上午，市政府新闻办组织活动，市商务局负责人介绍试点进展。\n"
            "主持人：各位朋友，大家上午好。\n一、试点以来取得了哪些成效？\n")
    assert text_refusal_cause(tmp_path, page) == GENERIC


@pytest.mark.parametrize("byline", ["本报记者 李秀会", "记者 王见面 通讯员 张会"])
def test_a_reporter_s_name_ending_as_an_event_word_does_is_still_a_byline(tmp_path, byline):
    page = (f"某市服务贸易发展势头良好\n{byline}\n今年以来，我市服务贸易规模持续扩大，一批龙头企业加快成长，"
            "数字贸易成为新的增长点。\n")
    assert text_refusal_cause(tmp_path, page) == _NEWS


_NOTICE_CUT = ("no task table or task list found: the notice issuing 《某市加快发展服务贸易实施方案》 ends before the plan's "
               "text — the page is cut: find the page or attachment that holds the plan")


@pytest.mark.parametrize("title, sentence", [
    ("某市人民政府办公室通知", "《某市加快发展服务贸易实施方案》已经市政府同意，特予印发，请认真贯彻执行。"),
    ("某市商务局关于发布《某市加快发展服务贸易实施方案》的通知", "请认真贯彻执行。"),
    ("某市商务局通知", "经研究，现发布《某市加快发展服务贸易实施方案》，请认真贯彻执行。"),
    ("某市商务局通知", "经研究，特发布《某市加快发展服务贸易实施方案》，请认真贯彻执行。"),
    ("某市商务局通知", "经研究，现将《某市加快发展服务贸易实施方案》予以发布，请认真贯彻执行。"),
])
def test_a_notice_issuing_its_plan_with_another_verb_is_a_notice_cut_before_its_plan(tmp_path, title, sentence):
    # 特予印发, 关于发布《X》的通知, 现发布 / 特发布 / 予以发布: the issuer's own act of issuing, as 现将《X》印发给你们
    page = f"{title}\n各区县人民政府，市政府各部门：\n{sentence}\n某市商务局\n2023年5月6日\n"
    assert text_refusal_cause(tmp_path, page) == _NOTICE_CUT


def test_a_notice_titled_issuing_a_plan_by_fabu_names_it_from_its_title(tmp_path):
    # 关于发布X的通知 with no 《》: the name read out of the title, the plan in an attachment the page does not hold
    page = ("某市商务局关于发布某市加快发展服务贸易实施方案的通知\n各区县商务主管部门：\n请认真贯彻执行。\n"
            "附件：某市加快发展服务贸易实施方案\n某市商务局\n2023年5月6日\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: the notice issues 《某市加快发展服务贸易实施方案》 as an attachment the page "
        "does not hold — fetch the attachment (extract the notice's URL to follow its attachments)")


@pytest.mark.parametrize("page", [
    # news reporting that someone 发布 a plan: no issuer's own act
    "某市发布服务贸易实施方案\n某市商务局发布《某市加快发展服务贸易实施方案》，提出十条措施。\n方案提出，到2025年服务贸易规模稳步扩大。\n",
    # a notice convening a 发布会: a meeting, not a plan issued
    "关于召开服务贸易实施方案新闻发布会的通知\n各区县商务主管部门：\n经研究，定于5月10日召开新闻发布会，现将有关事项通知如下。\n"
    "某市商务局\n2023年5月6日\n",
    "关于举行服务贸易新闻发布会暨政策宣讲活动的通知\n各区县商务主管部门：\n经研究，定于5月10日举行新闻发布会，现将有关事项"
    "通知如下。\n某市商务局\n2023年5月6日\n",
])
def test_a_page_reporting_a_plan_published_or_convening_a_press_conference_is_no_notice_issuing_it(tmp_path, page):
    assert text_refusal_cause(tmp_path, page) == GENERIC


def _evaluation(tmp_path, title: str, parts: str) -> str:
    page = tmp_path / "evaluation.txt"
    page.write_text(f"发布机构: 某某市商务局 主题分类: 综合政务\n名称: {title} 文号:\n发布日期: 2024-05-10\n{title}\n{parts}",
                    encoding="utf-8")
    return _cause_of(page)


_WORK_DONE = ("一、试点工作进展情况\n试点启动以来，全市新增服务贸易企业45家，完成试点任务32项，服务贸易额增长12.5%。\n"
              "二、取得的主要成效\n跨境服务贸易便利化水平明显提升，形成创新案例8个。\n三、下一步工作\n继续抓好各项任务落实。\n")
_FINDINGS = ("一、评估方法\n采用问卷调查和企业访谈相结合的方式，共回收问卷320份。\n二、主要发现\n"
             "部分企业对试点政策了解不够，跨境支付仍有堵点。\n三、对策建议\n建议加强政策宣传，完善跨境支付服务。\n")


@pytest.mark.parametrize("title", ["某某市服务贸易创新发展试点中期评估报告", "某某市服务贸易创新发展试点终期评估报告"])
def test_a_pilot_s_evaluation_reporting_work_done_with_its_figures_is_a_report_on_progress(tmp_path, title):
    # 一、试点工作进展情况 …45家…32项…12.5%, 二、取得的主要成效: what the pilot did, counted
    assert _evaluation(tmp_path, title, _WORK_DONE) == (
        "no task table or task list found: a report on the progress of a plan, not the plan itself — read the plan it "
        "reports on")


@pytest.mark.parametrize("title", ["某某市服务贸易创新发展试点中期评估报告", "某某市服务贸易创新发展试点终期评估报告"])
def test_a_pilot_s_evaluation_setting_out_findings_and_recommendations_is_a_study(tmp_path, title):
    # 一、评估方法 二、主要发现 三、对策建议: findings and recommendations, though it counts its questionnaires
    assert _evaluation(tmp_path, title, _FINDINGS) == (
        f"no task table or task list found: 《{title}》 is a 评估报告, a study of a question, not a plan of measures with "
        "their owners — pilotplans reads task plans")


def test_an_evaluation_reporting_work_done_and_recommending_is_a_study(tmp_path):
    # its parts of work done, then 四、对策建议: recommendations make it a study
    title = "某某市服务贸易创新发展试点中期评估报告"
    parts = _WORK_DONE.replace("三、下一步工作\n继续抓好各项任务落实。\n", "三、对策建议\n建议加强政策宣传。\n")
    assert _evaluation(tmp_path, title, parts).startswith(f"no task table or task list found: 《{title}》 is a 评估报告")


def test_an_evaluation_reporting_work_done_without_figures_is_a_study(tmp_path):
    # 一、试点工作进展情况 in words alone: no figures of work done, the evaluation stays a study
    title = "某某市服务贸易创新发展试点中期评估报告"
    parts = ("一、试点工作进展情况\n试点启动以来，各项工作有序推进。\n二、取得的主要成效\n跨境服务贸易便利化水平明显提升。\n")
    assert _evaluation(tmp_path, title, parts).startswith(f"no task table or task list found: 《{title}》 is a 评估报告")


def test_a_plan_s_sentence_with_xian_before_fabu_issues_nothing(tmp_path):
    # 实现发布《…》信息…: 现 of 实现, not the issuer's 现发布; the plan, cut in its first part
    page = ("某市加快发展服务贸易实施方案\n为推进服务贸易高质量发展，实现发布《某市服务贸易指南》信息全覆盖，结合我市实际，"
            "制定本方案。\n一、重点任务\n推动新闻出版企业拓展海外市场，支持出版物版权输出，建设一批对外\n")
    assert text_refusal_cause(tmp_path, page) == _cut("一、重点任务", "某市加快发展服务贸易实施方案")


# A local plan's preamble recounting the national or provincial plan it follows in a report's form (国务院日前印发
# 《X》, 省政府近日印发《X》 with no comma) named the plan news: a plan naming no owners lost its line, and declared a
# local plan it was refused instead of read. The forms of a reported issue hold only on a page setting out no plan of
# its own (结合…实际，制定以下措施) and issuing none itself (现予印发), as a reported 印发《X》 does.

def _shenzhen_recounting(tmp_path, recounted: str, notice: bool = False):
    lines = (FIXTURES / SHENZHEN).read_text("utf-8").splitlines()
    page = tmp_path / "plan.txt"
    if notice:  # the notice issuing the plan recounts the one it follows before its sentence issuing it
        page.write_text("\n".join([lines[0], recounted, *lines[1:]]) + "\n", "utf-8")
    else:  # the plan alone, its preamble opening with the plan it follows
        page.write_text("\n".join([lines[5], recounted, *lines[6:]]) + "\n", "utf-8")
    return page


_RECOUNTED = [
    "国务院日前印发《全面深化服务贸易创新发展试点总体方案》，深圳市被列为试点地区。",
    "省政府近日印发《广东省推进服务贸易创新发展实施方案》，对全省服务贸易工作作出部署。",
    "商务部13日发布《全面深化服务贸易创新发展试点名单》，深圳市列入其中。",
]


@pytest.mark.parametrize("recounted", _RECOUNTED)
@pytest.mark.parametrize("notice", [False, True])
def test_a_plan_recounting_the_plan_it_follows_in_a_report_s_form_is_read_declared_a_local_plan(
        tmp_path, recounted, notice):
    page = _shenzhen_recounting(tmp_path, recounted, notice)
    document = read_document(page, DocumentHints(id="shenzhen-2021", parent="national-2020"))
    assert len(document.measures) == 2


@pytest.mark.parametrize("recounted", _RECOUNTED)
def test_a_plan_recounting_the_plan_it_follows_in_a_report_s_form_is_named_a_plan_naming_no_owners(
        tmp_path, recounted):
    cause = _cause_of(_shenzhen_recounting(tmp_path, recounted))
    assert cause.startswith("no task table or task list found: the page holds only the first 2 numbered measures of "
                            "《深圳市关于加快推动服务贸易创新发展的若干措施》")


@pytest.mark.parametrize("deadline", [
    "请各区县于6月30日前印发本地区实施方案，报市商务局备案。",
    "请各区县于每月10日前报送上月数据，市商务局于每月二十日前发布全市服务贸易运行情况。",
])
def test_a_deadline_before_a_day_is_no_issue_of_late(tmp_path, deadline):
    # X日前 after a day's number is a deadline (before the 30th), not 日前 (of late) a report uses: the notice asking
    # for plans keeps the generic line
    page = (f"某市商务局关于做好服务贸易创新发展试点工作的通知\n各区县商务局：\n{deadline}\n"
            "各区县要明确专人负责，及时报告工作中遇到的问题。\n某市商务局\n2023年5月6日\n")
    assert text_refusal_cause(tmp_path, page) == GENERIC


@pytest.mark.parametrize("recounted", [
    "国务院近日批复同意《全面深化服务贸易创新发展试点总体方案》，我市被列为试点城市。",
    "省政府近日印发了《全面深化服务贸易创新发展试点总体方案》，我市被列为试点城市。",
])
def test_a_notice_setting_out_its_own_arrangements_after_the_plan_it_follows_is_no_report(tmp_path, recounted):
    # 现就…通知如下: the issuer's own act, a notice implementing the plan it recounts; no report of that plan
    page = (f"某市人民政府办公室关于做好服务贸易创新发展试点工作的通知\n各区县人民政府，市政府各部门：\n{recounted}"
            "现就做好试点工作有关事项通知如下。\n一、提高思想认识\n各区县、各部门要充分认识试点工作的重要意义，切实增强责任感。\n"
            "二、抓好工作落实\n各区县、各部门要结合职责，认真抓好各项任务的落实。\n某市人民政府办公室\n2023年5月6日\n")
    assert text_refusal_cause(tmp_path, page) == GENERIC


@pytest.mark.parametrize("title", ["某市商务局关于加强服务贸易统计数据发布和政策解读工作的通知",
                                   "某市商务局关于做好2024年度服务贸易数据发布有关工作的通知"])
def test_a_notice_titled_about_publishing_issues_no_plan(tmp_path, title):
    # 发布 inside what the notice is about (数据发布有关工作) is no verb issuing a plan: the title issues one only as
    # 关于发布X的通知 or …发布《X》的通知; it named 《有关工作》 a plan the page was cut before
    page = (f"{title}\n各区县商务局：\n为做好服务贸易数据的统计和使用，请各区县认真做好数据审核工作，确保数据真实准确。\n"
            "各区县要明确专人负责，及时报告工作中遇到的问题。\n某市商务局\n2023年5月6日\n")
    assert text_refusal_cause(tmp_path, page) == GENERIC


def test_a_byline_after_a_headline_ending_as_a_title_is_still_a_byline(tmp_path):
    # 某市出台…若干措施（记者 张三）: the headline ends in a kind of document before the byline; the words after 记者
    # are the reporter's name, not what a title is about
    page = ("某市出台服务贸易创新发展若干措施（记者 张三）\n今年以来，我市服务贸易规模持续扩大，一批龙头企业加快成长，"
            "数字贸易成为新的增长点。\n")
    assert text_refusal_cause(tmp_path, page) == _NEWS


def test_a_plan_titled_as_the_notice_s_sentence_names_it_is_the_plan_s_text_cut_in_its_part():
    # 合肥 2009 (prose-blind17): the title issues 2009年主要目标任务分解, the sentence 《合肥市人民政府2009年主要目标
    # 任务》, the line the plan is titled by (before: the notice read as cut before its plan, the plan's text there)
    assert _cause("prose-blind17/hefei-2009-city-law-attributes-titled-item-cut-before-owner.txt") == _cut(
        "一、不断扩大有效投入", "2009年主要目标任务分解")


def test_a_notice_naming_its_plan_two_ways_and_cut_before_it_is_still_a_notice_cut_before_its_plan(tmp_path):
    # the same two names, the page ending at the notice's date: no line titles the plan
    page = ("某市人民政府关于印发2024年主要目标任务分解的通知\n各县区人民政府，市政府各部门：\n"
            "现将《某市人民政府2024年主要目标任务》印发给你们，请认真贯彻执行。\n二〇二四年一月二十四日\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: the notice issuing 《2024年主要目标任务分解》 ends before the plan's text "
        "— the page is cut: find the page or attachment that holds the plan")


def test_a_notice_handing_down_a_year_s_tasks_cut_before_them_is_a_notice_cut_before_its_plan():
    # 芜湖 2009 (prose-blind17): 关于分解下达2009年度市政府重点工作任务的通知, its own four requirements numbered 一、…
    # 四、 (before: read as the plan's parts, the notice named as the plan)
    assert _cause("prose-blind17/wuhu-2009-city-law-site-notice-numbered-requirements-cut.txt") == (
        "no task table or task list found: the notice issuing 《2009年度市政府重点工作任务》 ends before the plan's text "
        "— the page is cut: find the page or attachment that holds the plan")


@pytest.mark.parametrize("page", [
    # 下达 alone hands down money or quotas, not tasks: the generic line stands
    ("某市财政局关于下达2024年市级商贸流通专项资金的通知\n各县区财政局：\n"
     "现将2024年市级商贸流通专项资金下达给你们，请按规定使用。\n某市财政局\n2024年3月1日\n"),
    # 分解下达 of funds, not tasks: the page is no notice cut before a plan (before: "the notice issuing
    # 《2024年中央财政衔接推进乡村振兴补助资金》 ends before the plan's text")
    ("某市财政局关于分解下达2024年中央财政衔接推进乡村振兴补助资金的通知\n各县区财政局、农业农村局：\n"
     "现将2024年中央财政衔接推进乡村振兴补助资金分解下达给你们，请按规定使用，加强资金管理。\n某市财政局\n2024年3月1日\n"),
    # a target of consumption broken down among cities is a quota, no plan of tasks
    ("某省发展改革委关于分解下达2024年度煤炭消费总量控制目标的通知\n各市发展改革委：\n"
     "现将2024年度煤炭消费总量控制目标分解下达给你们，请认真落实。\n某省发展改革委\n2024年3月1日\n"),
], ids=["funds-handed-down", "funds-broken-down-and-handed-down", "quota-broken-down-and-handed-down"])
def test_a_notice_handing_down_funds_or_a_quota_issues_no_plan(tmp_path, page):
    assert text_refusal_cause(tmp_path, page) == GENERIC


_ARTICLE = ("no task table or task list found: an article (a commentary or analysis), not the plan itself — find the "
            "plan's own notice and read that")
_PAPER = ("no task table or task list found: a research paper (its abstract, keywords, author's unit or citations), "
          "not a plan — find the plan it studies and read that")


def test_a_commentary_under_a_papers_commentator_is_named_an_article():
    # ■本报评论员 over a commentary on 有序扩大服务领域自主开放: it kept the generic line
    assert _cause("unseen-pages/article-by-a-papers-commentator.txt") == _ARTICLE


def test_an_explainer_posing_the_questions_it_answers_is_named_an_article():
    # …为什么要扩大服务领域开放?如何有序扩大服务领域自主开放? closing its opening paragraph
    assert _cause("unseen-pages/article-posing-its-questions.txt") == _ARTICLE


def test_an_analysis_titled_as_one_is_named_an_article():
    # 深度解析:加快服务业扩大开放综合试点的必要性与挑战, its parts unnumbered
    assert _cause("unseen-pages/article-titled-as-an-analysis.txt") == _ARTICLE


def test_a_journal_paper_is_named_a_paper():
    # [摘要], [关键词], （福建江夏学院 法学院,福建 福州350003）, 哈尔滨学院学报 2016年7期, citations [1]
    assert _cause("unseen-pages/paper-abstract-keywords-author-unit.txt") == _PAPER


def test_a_paper_showing_its_authors_unit_and_citations_is_named_a_paper():
    # (福建师范大学经济学院,福建 福州 350108) over 一、文献回顾 citing [1] … [8]: round three's page, refused in one line
    assert _cause("unseen-pages/paper-author-unit-and-citations.txt") == _PAPER


def test_a_page_printing_one_field_of_a_papers_apparatus_keeps_the_generic_line(tmp_path):
    # a government site's information table prints 关键词 as a field: one kind of evidence is no paper
    page = ("关键词：服务业扩大开放\n发布机构：某市商务局\n"
            "某市持续推进服务业扩大开放综合试点，试点任务有序推进，各项工作取得积极成效。\n")
    assert text_refusal_cause(tmp_path, page) == GENERIC


_PLAN_NAMING_NO_OWNERS = ("{}某市进一步优化营商环境若干措施\n"
                          "1.深化商事制度改革。全面推行企业开办一网通办，压缩企业开办时间。\n"
                          "2.提升政务服务效能。推进政务服务事项全程网上办理，实现高频事项跨省通办{}。\n"
                          "3.加强知识产权保护。建立知识产权快速维权中心，缩短专利审查周期{}。\n{}")
_NO_OWNERS_OF_THE_PLAN = ("no task table or task list found: the page holds 3 numbered measures of "
                          "《某市进一步优化营商环境若干措施》, none of them naming a body responsible (no 责任单位/牵头单位)")


def test_a_plan_under_a_sites_keyword_and_abstract_fields_is_no_paper(tmp_path):
    # 关键词：… and 摘要：… are both fields of a government site's information table: one kind, not two — the plan's
    # page was named a research paper
    page = _PLAN_NAMING_NO_OWNERS.format("关键词：营商环境\n摘要：为进一步优化营商环境，提出以下措施。\n", "", "", "")
    assert text_refusal_cause(tmp_path, page).startswith(_NO_OWNERS_OF_THE_PLAN)


def test_a_plan_with_footnotes_and_their_notes_is_no_paper(tmp_path):
    # 注释： over the notes to its marks [1] [2] is a plan's own apparatus, no paper's references
    page = _PLAN_NAMING_NO_OWNERS.format("", "[1]", "[2]", "注释：\n[1]跨省通办事项清单见国务院办公厅文件。\n[2]见有关规定。\n")
    assert text_refusal_cause(tmp_path, page).startswith(_NO_OWNERS_OF_THE_PLAN)


def test_keywords_with_a_journals_codes_over_prose_are_a_paper(tmp_path):
    # keywords and a journal's codes are two kinds still
    page = ("服务业扩大开放的实践与思考\n关键词：服务业；扩大开放\n中图分类号：F752 文献标识码：A\n"
            "近年来，服务业已成为我国经济增长的重要引擎，但行业开放度不足、国际竞争力偏弱等问题日益凸显。\n")
    assert text_refusal_cause(tmp_path, page).startswith("no task table or task list found: a research paper")


def test_a_plans_page_whose_head_poses_two_questions_is_no_article(tmp_path):
    # the plan's numbered measures under its title: the page was named an article, losing the no-owners line (and
    # how to read it declared a local plan)
    page = _PLAN_NAMING_NO_OWNERS.format("", "", "", "").replace(
        "若干措施\n", "若干措施\n为什么要优化营商环境？怎样才能优化营商环境？\n", 1)
    assert text_refusal_cause(tmp_path, page).startswith(_NO_OWNERS_OF_THE_PLAN)


def test_a_page_naming_commentators_or_asking_one_question_is_no_article(tmp_path):
    # a commentator named inside a sentence is a subject, and a single question no questions the page answers
    page = ("某市聘请本报特约评论员参与政策宣传，持续推进服务业扩大开放综合试点。\n"
            "试点工作取得积极成效，下一步如何深化？各部门要加强协同配合。\n")
    assert text_refusal_cause(tmp_path, page) == GENERIC


_COMMENTARY = ("■本报评论员\n{}国务院印发《加快推进服务业扩大开放综合试点工作方案》，这是我国服务业开放的一件大事，值得深入思考。\n"
               "服务业扩大开放是对外开放的关键一环，也是我国经济发展的重要支撑，必须有序推进，稳步扩大制度型开放。\n")


@pytest.mark.parametrize("lead", ["", "日前，"])
def test_a_commentary_recounting_an_issue_is_an_article_however_it_words_it(tmp_path, lead):
    # a commentator's byline over a lead recounting what was issued: 日前， (news.reported_form) made it a news report,
    # as articles were tried after news, while the same lead without it was named an article
    assert text_refusal_cause(tmp_path, _COMMENTARY.format(lead)) == _ARTICLE.replace(
        "(a commentary or analysis),", "(a commentary or analysis) about 《加快推进服务业扩大开放综合试点工作方案》,")


_COLUMN_COMMENTARY = ("{}\n"
                      "好的营商环境如同阳光和空气，企业须臾不能缺少，各地近年来持续加大改革力度。\n"
                      "世界银行发布的《2020营商环境报告》显示，我国排名大幅提升。\n"
                      "不久前，国务院印发《关于开展营商环境创新试点工作的意见》，部署在六个城市开展创新试点。\n"
                      "营商环境好不好，市场主体最有发言权，优化营商环境只有进行时。\n")


@pytest.mark.parametrize("head", ["东湖评论:优化营商环境只有进行时", "麓山快评|优化环境 赢得未来",
                                  "为优化营商环境按下快进键(评论员观察)", "人人都是营商环境|长江评论"])
def test_a_commentary_under_its_column_s_name_is_an_article_about_the_plan_it_recounts(tmp_path, head):
    # real pages (荆楚网's 东湖评论, 人民日报's 评论员观察…), nobody's made for the rule: a column's name before or after the
    # kind of commentary left them news; and the report the piece cites first (《2020营商环境报告》) is not what it is about
    assert text_refusal_cause(tmp_path, _COLUMN_COMMENTARY.format(head)) == _ARTICLE.replace(
        "(a commentary or analysis),", "(a commentary or analysis) about 《关于开展营商环境创新试点工作的意见》,")


def test_a_news_headline_naming_commentators_or_an_observation_is_still_news(tmp_path):
    # 评论 or 观察 inside a headline, no column's kind by a colon, a bar or brackets: the dateline's news
    for head in ("某市举办网络评论员培训班", "某市观察员队伍赴企业开展营商环境调研"):
        page = (f"{head}\n本报讯（记者 王某某）5月6日，某市召开优化营商环境工作会议，部署下一阶段重点工作。\n"
                "会议指出，各部门要持续深化改革，提升政务服务效能。\n")
        assert text_refusal_cause(tmp_path, page).startswith("no task table or task list found: a news report"), head


def test_a_report_under_a_reporter_s_byline_is_still_news(tmp_path):
    page = _COMMENTARY.format("日前，").replace("■本报评论员", "本报记者 王某某")
    assert text_refusal_cause(tmp_path, page).startswith("no task table or task list found: a news report about")


# Kinds named from the page's head (refusals5): a speech, a people's congress committee's study or inspection report,
# an evaluation of performance; read from the title, or, where the metadata reads none, the opening's title-shaped lines.

_SPEECH = ("not a plan of measures with their owners — find the plan or task list that puts what it announces into "
           "effect and read that")


def test_a_speech_opening_with_its_address_is_named_a_speech_not_news():
    # 同志们: then 市政府就召开三次全体会议 (before: a news report, the meeting held); no title line
    assert _cause("unseen-pages/speech-opening-comrades-recounting-meetings.txt") == (
        f"no task table or task list found: the page is a speech or address to a meeting (opening `同志们:`), {_SPEECH}")


def test_a_speech_titled_as_given_at_a_meeting_is_named_a_speech():
    # 市委书记在2025年全市三级干部大会上的讲话 (before: the generic line)
    assert _cause("unseen-pages/speech-titled-at-a-meeting.txt") == (
        f"no task table or task list found: 《市委书记在2025年全市三级干部大会上的讲话》 is a speech at a meeting (讲话), "
        f"{_SPEECH}")


def test_a_work_report_read_to_a_congress_is_named_an_address_not_a_report_on_progress(tmp_path):
    # …政府工作报告 read to the congress, 各位代表：: it announces the year's tasks, which a 分工方案 puts into effect (a
    # report on progress would send the user to the plan it reports on)
    page = ("2024年某市政府工作报告\n——2024年1月10日在某市第十七届人民代表大会第四次会议上\n市长 张三\n各位代表：\n"
            "现在，我代表市人民政府，向大会报告政府工作，请予审议，并请市政协委员和其他列席人员提出意见。\n一、2023年工作回顾\n"
            "过去一年，我们坚持稳中求进工作总基调，全市地区生产总值增长5.5%。\n")
    assert text_refusal_cause(tmp_path, page) == (
        f"no task table or task list found: the page is a speech or address to a meeting (opening `各位代表：`), {_SPEECH}")


@pytest.mark.parametrize("page", [
    # a headline reporting a speech (…在…推进会上讲话), and a report saying the mayor spoke (出席会议并讲话)
    ("张三在全市服务贸易工作推进会上讲话\n5月10日，市政府召开全市服务贸易工作推进会，部署下一阶段重点工作。\n"
     "张三强调，要加快推进服务贸易创新发展，确保各项任务落到实处。\n"),
    ("某市召开服务贸易工作推进会\n5月10日，市政府召开全市服务贸易工作推进会，部署下一阶段重点工作。市长张三出席会议并讲话。\n"
     "会议强调，要加快推进服务贸易创新发展，确保各项任务落到实处。\n"),
], ids=["headline-spoke-at", "attended-and-spoke"])
def test_a_news_report_of_a_speech_is_still_news(tmp_path, page):
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: a news report, not the plan itself — find the plan's own notice and read that")


def test_a_plan_following_a_speech_is_no_speech(tmp_path):
    # the speech cited in the plan's preamble (贯彻落实…大会上的讲话精神): the plan, cut in its first part
    page = ("某市加快发展服务贸易实施方案\n为贯彻落实市委书记在全市三级干部大会上的讲话精神，结合我市实际，制定本方案。\n一、总体要求\n"
            "坚持以习近平新时代中国特色社会主义思想为指导，推动服务贸易高质量发展\n")
    assert text_refusal_cause(tmp_path, page) == _cut("一、总体要求", "某市加快发展服务贸易实施方案")


def test_a_congress_committee_s_study_report_is_named_a_study_not_news():
    # 重庆市人大…关于中国(重庆)自由贸易试验区建设情况的调研报告, 调研组召开市级部门座谈会 (before: a news report)
    assert _cause("unseen-pages/congress-committee-study-report.txt") == (
        "no task table or task list found: 《重庆市人大民族宗教侨务外事委员会关于中国(重庆)自由贸易试验区建设情况的调研报告》 "
        "is a 调研报告, a study of a question, not a plan of measures with their owners — pilotplans reads task plans")


def test_a_law_enforcement_inspection_report_is_named_by_its_kind(tmp_path):
    # …执法检查组关于检查《X法》实施情况的报告: a report on a law, not on a plan's progress (…情况的报告 alone is one)
    page = ("某市人大常委会执法检查组关于检查《中华人民共和国对外贸易法》实施情况的报告\n市人大常委会：\n"
            "根据常委会2023年度监督工作计划，执法检查组于5月至6月对《中华人民共和国对外贸易法》在我市的实施情况进行了检查。"
            "现将检查情况报告如下。\n一、法律实施的基本情况\n近年来，市政府及有关部门认真贯彻实施对外贸易法，外贸规模稳步扩大\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: 《某市人大常委会执法检查组关于检查《中华人民共和国对外贸易法》实施情况的报告》 is a "
        "people's congress committee's report of its inspection of how a law is enforced (执法检查), not a plan of "
        "measures with their owners — pilotplans reads task plans")


def test_a_plan_for_an_inspection_is_no_inspection_report(tmp_path):
    page = ("某市开展对外贸易法执法检查工作方案\n为做好对外贸易法执法检查工作，结合我市实际，制定本方案。\n一、检查内容\n"
            "对外贸易法在我市的实施情况，重点检查\n")
    assert text_refusal_cause(tmp_path, page) == _cut("一、检查内容", "某市开展对外贸易法执法检查工作方案")


@pytest.mark.parametrize("page, name, kind", [
    # under the site's info rows (- 索引号: … - 发布机构: …); before: the generic line
    ("unseen-pages/performance-self-evaluation-under-info-rows.txt", "红河州数据发展中心2024年度项目支出绩效单位自评报告",
     "自评报告"),
    # under breadcrumbs ending in its title; its figures numbered 1、收入 2、支出 (before: "the page holds 5 numbered
    # measures of the plan, none of them naming a body responsible")
    ("unseen-pages/performance-evaluation-numbered-figures.txt", "部门整体支出及项目支出绩效评价报告", "绩效评价报告"),
], ids=["self-evaluation", "evaluation"])
def test_an_evaluation_of_performance_is_named_by_its_kind(page, name, kind):
    assert _cause(page) == (
        f"no task table or task list found: 《{name}》 is a {kind}, an evaluation of performance against its targets, "
        f"not a plan of measures with their owners — pilotplans reads task plans")


def test_a_notice_calling_for_self_evaluations_is_no_evaluation(tmp_path):
    page = ("关于开展2024年度部门整体支出绩效自评工作的通知\n各区县财政局，市直各部门：\n"
            "为做好2024年度部门整体支出绩效自评工作，现将有关事项通知如下：\n一、自评范围\n市直各部门2024年度部门整体支出。\n")
    # a notice arranging the evaluations (…绩效自评工作的通知), cut in its first part: no 自评报告 itself
    assert text_refusal_cause(tmp_path, page) == _cut("一、自评范围", "关于开展2024年度部门整体支出绩效自评工作的通知")


# A meeting named in the sentence by which a document says how it was passed or issued, or sets itself out, is the
# document's own history, no meeting reported (preamble.meeting).

def test_a_notice_passed_by_a_meeting_it_names_is_no_news_report(tmp_path):
    # 已经…召开的市政府第12次常务会议审议通过，现印发给你们 (before: a news report about the plan)
    page = ("关于印发某市服务贸易创新发展试点实施方案的通知\n各区县人民政府，市政府各部门：\n"
            "《某市服务贸易创新发展试点实施方案》已经2024年5月6日召开的市政府第12次常务会议审议通过，现印发给你们，请认真贯彻执行。\n"
            "附件：某市服务贸易创新发展试点实施方案\n某市人民政府\n2024年5月8日\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: the notice issues 《某市服务贸易创新发展试点实施方案》 as an attachment the page "
        "does not hold — fetch the attachment (extract the notice's URL to follow its attachments)")


def test_a_plan_following_a_meeting_it_names_is_no_news_report(tmp_path):
    # 为贯彻落实2月27日召开的全省商务工作会议精神，…制定本方案 (before: a news report)
    page = ("某市服务贸易创新发展试点实施方案\n为贯彻落实2月27日召开的全省商务工作会议精神，结合我市实际，制定本方案。\n一、总体要求\n"
            "坚持以习近平新时代中国特色社会主义思想为指导，推动服务贸易高质量发展\n")
    assert text_refusal_cause(tmp_path, page) == _cut("一、总体要求", "某市服务贸易创新发展试点实施方案")


def test_a_plan_following_a_meeting_it_names_setting_itself_out_with_the_variant_zhiding_is_no_news_report(tmp_path):
    # …召开的全省商务工作会议精神，特制订本方案 (制订 for 制定, as own_plan reads it; before: a news report)
    page = ("某市服务贸易创新发展试点实施方案\n为贯彻落实2月27日召开的全省商务工作会议精神，特制订本方案。\n一、总体要求\n"
            "坚持以习近平新时代中国特色社会主义思想为指导，推动服务贸易高质量发展\n")
    assert text_refusal_cause(tmp_path, page) == _cut("一、总体要求", "某市服务贸易创新发展试点实施方案")


def test_a_report_of_a_meeting_passing_a_plan_is_still_news(tmp_path):
    # the meeting as the report's event, in a clause of its own: 5月6日，市政府召开第12次常务会议，审议通过了《X》
    page = ("市政府召开第12次常务会议\n5月6日，市政府召开第12次常务会议，审议通过了《某市服务贸易创新发展试点实施方案》。\n"
            "会议强调，各区县各部门要抓好方案落实。\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: a news report about 《某市服务贸易创新发展试点实施方案》, not the plan itself "
        "— find the plan's own notice and read that")


def test_a_report_of_a_meeting_that_passed_a_plan_named_before_its_verb_is_still_news(tmp_path):
    # 3月5日召开的…常务会议审议通过了《X》: the meeting is the report's event, no document's own 已经…召开的…通过
    page = ("3月5日召开的市政府第12次常务会议审议通过了《某市促进消费扩容提质若干措施》。\n"
            "该措施提出，到2025年，全市社会消费品零售总额突破5000亿元，培育10个以上特色消费商圈。\n"
            "市商务局有关负责人表示，下一步将抓紧制定配套细则，推动各项措施尽快落地见效。\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: a news report about 《某市促进消费扩容提质若干措施》, not the plan itself "
        "— find the plan's own notice and read that")


def test_a_report_of_a_meeting_studying_measures_for_the_city_is_still_news(tmp_path):
    # 召开常务会议，研究制定本市…措施: 本市 is the city, no plan setting itself out (制定本方案)
    page = ("5月6日，市政府召开常务会议，研究制定本市促进消费扩容提质的若干措施。\n"
            "市长王某某主持会议。会上，市商务局汇报了全市消费市场运行情况和下一步工作打算。\n"
            "下一步，全市将围绕汽车、家电、餐饮等重点领域，持续开展促消费系列活动，推动消费市场加快恢复。\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: a news report, not the plan itself — find the plan's own notice and read that")


def test_a_dateline_in_the_sentence_naming_the_meeting_that_passed_a_plan_is_still_news(tmp_path):
    # 本报讯 经…召开的…常务会议审议通过，《X》正式出台: only the meeting is the document's history, not the dateline
    page = ("本报讯 经3月5日召开的市政府第12次常务会议审议通过，《某市促进消费扩容提质若干措施》正式出台。\n"
            "该措施提出，到2025年，全市社会消费品零售总额突破5000亿元，培育10个以上特色消费商圈。\n"
            "措施明确，将加大财政资金支持力度，每年安排专项资金2亿元，用于支持消费券发放和商圈改造。\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: a news report about 《某市促进消费扩容提质若干措施》, not the plan itself "
        "— find the plan's own notice and read that")


# A government site's disclosure menu (tasklist.toml page_furniture): the regulation it follows and its entries are the
# site's navigation, never the page's title.

@pytest.mark.parametrize("nav", ["中华人民共和国政府信息公开条例", "政府信息公开指南", "依申请公开",
                                 "政府信息公开指南 | 中华人民共和国政府信息公开条例 | 依申请公开"])
def test_a_disclosure_menu_line_over_a_notice_is_no_title(tmp_path, nav):
    # before: 《中华人民共和国政府信息公开条例》 is a 条例, a document of rules
    page = (f"{nav}\n各区人民政府，市政府各部门：\n现将《某市推进服务业扩大开放综合试点工作方案》印发给你们，请认真贯彻执行。\n"
            "附件：某市推进服务业扩大开放综合试点工作方案\n某市人民政府\n2023年5月6日\n")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: the notice issues 《某市推进服务业扩大开放综合试点工作方案》 as an attachment the "
        "page does not hold — fetch the attachment (extract the notice's URL to follow its attachments)")


@pytest.mark.parametrize("title, kind", [("某市政府信息公开实施办法", "办法"), ("某省政府信息公开条例", "条例")])
def test_a_document_on_disclosure_titled_with_its_issuer_keeps_its_title(tmp_path, title, kind):
    page = f"{title}\n第一条 为保障公民、法人和其他组织依法获取政府信息，制定本{kind}。\n"
    assert text_refusal_cause(tmp_path, page) == (
        f"no task table or task list found: 《{title}》 is a {kind}, a document of rules, not a plan of measures with "
        f"their owners — pilotplans reads task plans")


def test_a_government_s_report_to_its_congress_is_named_a_report_on_progress():
    # 重庆市人民政府关于中国(重庆)自由贸易试验区建设情况的报告, its title over three lines after it, 一、工作推进情况 (before:
    # the generic line, the metadata reading no title ending 报告)
    assert _cause("unseen-pages/government-report-to-congress.txt") == (
        "no task table or task list found: a report on the progress of a plan, not the plan itself — read the plan it "
        "reports on")


def test_only_the_first_title_shaped_line_is_the_page_s_head(tmp_path):
    # a line shaped as a title under the page's first (重点任务推进情况) is a heading of its text, never its title
    page = ("某市服务贸易发展现状与思考\n全市重点任务推进情况\n为全面了解我市服务贸易发展现状，市政协组织开展专题调研。\n一、基本情况\n"
            "近年来，我市服务贸易规模持续扩大，结构不断优化，新业态新模式加快\n")
    assert text_refusal_cause(tmp_path, page) == GENERIC


_ISSUING_WITH_ARRANGEMENTS = (
    "某市人民政府办公室关于印发《2021年市〈政府工作报告〉任务分解方案》的通知\n某政办发〔2021〕1号\n"
    "各县、区人民政府，市政府各部门：\n"
    "现将《2021年市〈政府工作报告〉任务分解方案》印发给你们，{}\n"
    "1.明确任务，压实责任。各牵头单位要细化工作举措，确保责任逐级落实。\n"
    "2.统筹协调，合力攻坚。各相关单位要加强配合，统筹推进各项工作。\n"
    "3.加强督考，狠抓落实。市政府督考办要加大督查考核力度，及时跟进督查进展。\n"
    "某市人民政府办公室\n2021年1月25日\n")


def test_a_notice_setting_out_its_own_arrangements_after_issuing_ends_before_the_plan(tmp_path):
    # a real page (盘锦's 2021 notice, whose 146 tasks are in no text on the page): its numbered arrangements were read
    # as the plan's text following the notice untitled, and the page kept the generic line
    page = _ISSUING_WITH_ARRANGEMENTS.format("并就抓好《方案》确定的工作任务落实通知如下：")
    assert text_refusal_cause(tmp_path, page) == (
        "no task table or task list found: the notice issuing 《2021年市〈政府工作报告〉任务分解方案》 ends before the "
        "plan's text — the page is cut: find the page or attachment that holds the plan")


def test_a_notice_whose_plan_follows_it_untitled_is_still_read_for_the_plans_measures(tmp_path):
    # no arrangements announced: the numbered items after the issuing sentence are the plan's, as before
    page = _ISSUING_WITH_ARRANGEMENTS.format("请认真贯彻落实。")
    assert not text_refusal_cause(tmp_path, page).startswith(
        "no task table or task list found: the notice issuing 《2021年市〈政府工作报告〉任务分解方案》 ends before")
